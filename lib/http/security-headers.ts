import baselineSecurityHeaders from "./baseline-security-headers.json";

// The baseline headers of every response (nosniff, Referrer-Policy, Permissions-Policy,
// COOP, CORP, X-Frame-Options) live in a JSON file so that next.config.js gives the same
// values to the static files the proxy never sees.
//
// Referrer-Policy is `same-origin`, not `no-referrer`: room links carry their token in
// the path (/rooms/<token>) and must not leak to other sites, but with `no-referrer`
// browsers send `Origin: null` on same-site POSTs, which Next's server actions (and
// our cross-origin check) would refuse.

export type SecurityEnvironment = {
  /** `next dev`: React's development build evaluates strings (call stacks, HMR). */
  development: boolean;
  /** The public URL is https: browsers may pin it (HSTS) and upgrade stray http links. */
  https: boolean;
  /** Origins besides ours that pages may connect to: the Janus API of live showcases (JANUS_PUBLIC_URL or JANUS_URL). */
  connectOrigins?: string[];
};

/** Read once by the proxy. The public URL is the one mails and room links use. */
export function securityEnvironment(env: Record<string, string | undefined> = process.env): SecurityEnvironment {
  const publicUrl = env.APP_URL || env.NEXTAUTH_URL || "";
  const janusUrl = env.JANUS_PUBLIC_URL || env.JANUS_URL;
  const connectOrigins = janusUrl && URL.canParse(janusUrl) ? [new URL(janusUrl).origin] : [];
  return { development: env.NODE_ENV === "development", https: publicUrl.startsWith("https://"), connectOrigins };
}

/** A fresh, unguessable nonce per page request (128 bits, base64). */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * The policy of an HTML page. Scripts run only with this request's nonce (Next puts
 * it on its own scripts when it finds it in the request's CSP header) or when loaded
 * by such a script ('strict-dynamic'). Styles keep 'unsafe-inline': React renders
 * `style` attributes (progress bars, score meters, the not-found page) that no
 * nonce or hash can cover, and CSS cannot run script. Video rooms show camera
 * streams (mediastream:, blob:) and talk to the app only (fetch, EventSource);
 * WebRTC media and ICE traffic is outside CSP's reach.
 */
export function pageContentSecurityPolicy(nonce: string, environment: SecurityEnvironment): string {
  const scriptSources = ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"];
  if (environment.development) scriptSources.push("'unsafe-eval'");
  return serialize({
    "default-src": ["'self'"],
    "script-src": scriptSources,
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "media-src": ["'self'", "blob:", "mediastream:"],
    "connect-src": ["'self'", ...(environment.connectOrigins ?? [])],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    ...(environment.https ? { "upgrade-insecure-requests": [] } : {}),
  });
}

/**
 * The policy of everything that is not one of our pages (API answers, uploaded
 * files, static files): nothing may run or load if a browser opens one as a
 * document (an uploaded SVG, say). Inline styles and images stay allowed for
 * next-auth's own fallback pages under /api/auth.
 */
export const resourceContentSecurityPolicy = serialize({
  "default-src": ["'none'"],
  "style-src": ["'unsafe-inline'"],
  "img-src": ["'self'", "data:"],
  "form-action": ["'self'"],
  "base-uri": ["'none'"],
  "frame-ancestors": ["'none'"],
});

/** Two years, subdomains included: only sent when the public URL is https. */
export const strictTransportSecurity = "max-age=63072000; includeSubDomains";

/** All security headers of one response the proxy answers or passes on. */
export function securityHeaders(
  contentSecurityPolicy: string,
  environment: SecurityEnvironment,
): Record<string, string> {
  return {
    ...baselineSecurityHeaders,
    "Content-Security-Policy": contentSecurityPolicy,
    ...(environment.https ? { "Strict-Transport-Security": strictTransportSecurity } : {}),
  };
}

function serialize(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");
}
