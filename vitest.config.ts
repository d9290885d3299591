import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname);
const shared = {
  resolve: { alias: { "@": root, "server-only": path.join(root, "tests/helpers/empty-module.ts") } },
};

/**
 * Three projects: `unit` (pure lib/, no database), `db` (queries, actions, routes on PGlite, or on the
 * server when TEST_DATABASE_URL is set) and `e2e` (a real browser against `next start`).
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // PGlite instances are large (0.4–0.9 GB each): two workers on this 2-core machine.
    maxWorkers: 2,
    projects: [
      {
        ...shared,
        test: {
          name: "unit",
          environment: "node",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "i18n/**/*.test.ts"],
          // Projects do not inherit the root timeouts; the CLI test parses 60 workbooks on an in-memory PGlite.
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        ...shared,
        test: {
          name: "db",
          environment: "node",
          include: ["db/**/*.test.ts", "app/**/*.test.ts", "tests/db/**/*.test.ts"],
          globalSetup: ["./tests/helpers/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        ...shared,
        test: {
          name: "e2e",
          environment: "node",
          include: ["tests/e2e/**/*.e2e.test.ts"],
          globalSetup: ["./tests/e2e/server.ts"],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
