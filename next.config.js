import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder lets a benchmark build while the test suite's build is in use.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // `npm run bench:catalogue -- --skip-type-check` measures while others' work in progress does not
  // type-check yet; `tsc --noEmit` stays the type gate.
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPE_CHECK === "1" },
  // Native and WASM packages must be loaded by Node at run time, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "pg", "pg-boss"],
  poweredByHeader: false,
  experimental: {
    // Product forms upload up to 8 images of at most 5 MB each (checked again in lib/products/images.ts).
    // Both limits default lower (1 MB for actions; 10 MB, silently truncated, behind the proxy).
    serverActions: { bodySizeLimit: "42mb" },
    proxyClientMaxBodySize: "42mb",
  },
};

export default withNextIntl(nextConfig);
