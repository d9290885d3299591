import path from "node:path";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

const root = path.resolve(import.meta.dirname);
/**
 * Files known to run long (they spawn the CLI or analyse whole corpora) start first. Vitest orders a run by the
 * durations it cached last time, and without a cache (a clean checkout: CI) project by project, db before unit, so the
 * 36 s CLI comparison started last and one worker idled while it finished. Only the order changes: every file still
 * runs in its own worker, on its own database.
 */
const SLOW_FIRST = [
  "scripts/cli-paths.test.ts",
  "scripts/cli-determinism.test.ts",
  "tests/db/analyze-paths.test.ts",
  "lib/forms/parse-pool.test.ts",
  "tests/db/auth-flow.test.ts",
  "tests/db/forms-upload-progress.test.ts",
  "scripts/cli.test.ts",
];

class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => {
      const i = SLOW_FIRST.indexOf(path.relative(root, spec.moduleId).split(path.sep).join("/"));
      return i < 0 ? SLOW_FIRST.length : i;
    };
    // Stable: the other files keep vitest's order.
    return (await super.sort(files)).map((spec, i) => ({ spec, i, r: rank(spec) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.spec);
  }
}

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
    // The long files first, so both workers stay busy to the end of the unit + db group (see the sequencer).
    sequence: { sequencer: SlowFirstSequencer },
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
