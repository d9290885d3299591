import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite loads its WASM by URL at run time; bundled, it breaks (STACK.md P3).
  serverExternalPackages: ["@electric-sql/pglite", "exceljs"],
  poweredByHeader: false,
  // Lets parallel builds (e.g. browser tests of two checkouts' worth of work) use separate folders.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  experimental: { serverActions: { bodySizeLimit: "1mb" } },
  // CI runs `tsc --noEmit` itself right after the build (the same tsconfig, .next/types included), so it builds with
  // ONEFORM_BUILD_TYPECHECK=0 instead of checking every file twice. Any other build type-checks as usual.
  typescript: { ignoreBuildErrors: process.env.ONEFORM_BUILD_TYPECHECK === "0" },
};

export default withNextIntl(nextConfig);
