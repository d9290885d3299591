import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const run = promisify(execFile);

/** `npm run cli -- analyze` as the user runs it, with extra flags; stdout is the JSON. */
async function analyze(corpus: string, flags: string[]): Promise<string> {
  const { stdout } = await run("npx", ["tsx", "scripts/cli.ts", "analyze", path.join(corpus, "forms"), "--catalog", path.join(corpus, "报表清单.xlsx"), ...flags], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 256 << 20,
  });
  return stdout;
}

// The fast path (workbooks parsed on a pool of workers, matching and retirement over plain data in lib/) against the
// reference path it replaced (each file parsed in this process, one after another, then registered, matched and
// analysed in an in-memory PGlite through the app's database code), both from the same code version: identical bytes.
describe("npm run cli -- analyze: fast path = reference path", () => {
  for (const corpus of ["../shared/bench/dedup-dev", "tests/heldout", "tests/blind3"]) {
    it(`gives byte-identical JSON on ${corpus}`, { timeout: 180_000 }, async () => {
      const dir = path.resolve(root, corpus);
      const [fast, reference] = await Promise.all([analyze(dir, []), analyze(dir, ["--in-process", "--via-database"])]);
      const result = JSON.parse(fast);
      // Not a comparison of two empty outputs: the corpus has forms, merged elements and retirement candidates.
      expect(result.forms.length).toBeGreaterThan(20);
      expect(result.elements.some((e: { fields: string[] }) => e.fields.length > 1)).toBe(true);
      expect(result.retirement.length).toBeGreaterThan(0);
      expect(fast).toBe(reference);
    });
  }
});
