import { createRequire } from "node:module";
import createNextIntlPlugin from "next-intl/plugin";

// Messages are compiled from ICU text at build time (next-intl's precompile): a page formats
// them without parsing, where parsing and memoizing them again on every request cost a search
// page ~2 ms of CPU (docs/benchmarks.md, issue 16). Tests outside the build read the same JSON
// with the full ICU parser.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});
// Shared with lib/http/security-headers.ts (the proxy's headers); JSON so that both can read it.
const baselineSecurityHeaders = createRequire(import.meta.url)("./lib/http/baseline-security-headers.json");

/**
 * The files proxy.ts does not see (its matcher skips them): build output and public
 * files. They get the baseline headers and a policy under which nothing runs if one is
 * opened as a document; pages and API routes get theirs from the proxy.
 */
const staticFileHeaders = [
  ...Object.entries(baselineSecurityHeaders).map(([key, value]) => ({ key, value })),
  { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder lets a benchmark build while the test suite's build is in use.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // `npm run bench:catalogue -- --skip-type-check` measures while others' work in progress does not
  // type-check yet; `tsc --noEmit` stays the type gate.
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPE_CHECK === "1" },
  // Native and WASM packages must be loaded by Node at run time, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "@node-rs/jieba", "az", "pg", "pg-boss"],
  poweredByHeader: false,
  experimental: {
    // Product forms upload up to 8 images of at most 5 MB each (checked again in lib/products/images.ts).
    // Both limits default lower (1 MB for actions; 10 MB, silently truncated, behind the proxy).
    serverActions: { bodySizeLimit: "42mb" },
    proxyClientMaxBodySize: "42mb",
  },
  async headers() {
    return ["/_next/static/:path*", "/_next/image", "/favicon.ico", "/robots.txt", "/icon.svg"].map((source) => ({
      source,
      headers: staticFileHeaders,
    }));
  },
};

export default withNextIntl(nextConfig);
