import { describe, expect, it } from "vitest";
import {
  createNonce,
  pageContentSecurityPolicy,
  resourceContentSecurityPolicy,
  securityEnvironment,
  securityHeaders,
} from "./security-headers";

const production = { development: false, https: false };

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split("; ").map((directive) => {
      const [name, ...sources] = directive.split(" ");
      return [name, sources];
    }),
  );
}

describe("pageContentSecurityPolicy", () => {
  it("runs only scripts carrying the request's nonce, and nothing inline", () => {
    const policy = directives(pageContentSecurityPolicy("abc123", production));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  });

  it("lets the video rooms show camera streams and talk to the app only", () => {
    const policy = directives(pageContentSecurityPolicy("n", production));
    expect(policy.get("media-src")).toEqual(["'self'", "blob:", "mediastream:"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
  });

  it("allows eval only to next dev, and upgrades http links only when served over https", () => {
    expect(pageContentSecurityPolicy("n", production)).not.toContain("unsafe-eval");
    expect(directives(pageContentSecurityPolicy("n", { development: true, https: false })).get("script-src")).toContain(
      "'unsafe-eval'",
    );
    expect(pageContentSecurityPolicy("n", production)).not.toContain("upgrade-insecure-requests");
    expect(pageContentSecurityPolicy("n", { development: false, https: true })).toMatch(/; upgrade-insecure-requests$/);
  });
});

describe("resourceContentSecurityPolicy", () => {
  it("runs nothing in an API answer or uploaded file opened as a document", () => {
    const policy = directives(resourceContentSecurityPolicy);
    expect(policy.get("default-src")).toEqual(["'none'"]);
    expect(policy.has("script-src")).toBe(false);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  });
});

describe("securityHeaders", () => {
  it("sends the baseline with the policy on every response", () => {
    const headers = securityHeaders("default-src 'none'", production);
    expect(headers).toMatchObject({
      "Content-Security-Policy": "default-src 'none'",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "same-origin",
      "X-Frame-Options": "DENY",
      "Cross-Origin-Opener-Policy": "same-origin",
    });
    expect(headers["Permissions-Policy"]).toContain("camera=(self), microphone=(self), display-capture=(self)");
    expect(headers["Permissions-Policy"]).toContain("geolocation=()");
  });

  it("pins https (HSTS) only when the app is served over https", () => {
    expect(securityHeaders("x", production)).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders("x", { development: false, https: true })["Strict-Transport-Security"]).toBe(
      "max-age=63072000; includeSubDomains",
    );
  });
});

describe("securityEnvironment", () => {
  it("takes https from the public URL (APP_URL, else NEXTAUTH_URL)", () => {
    expect(securityEnvironment({ NEXTAUTH_URL: "https://fair.example" }).https).toBe(true);
    expect(securityEnvironment({ APP_URL: "http://localhost:3000", NEXTAUTH_URL: "https://x" }).https).toBe(false);
    expect(securityEnvironment({}).https).toBe(false);
    expect(securityEnvironment({ NODE_ENV: "development" }).development).toBe(true);
  });
});

describe("createNonce", () => {
  it("is fresh for every request", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    expect(createNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
