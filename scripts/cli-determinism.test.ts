import { execFileSync } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const corpus = path.join(root, "tests/blind3");

const analyze = (folder: string) =>
  execFileSync("npx", ["tsx", "scripts/cli.ts", "analyze", folder, "--catalog", path.join(corpus, "报表清单.xlsx")], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 << 20 });

async function listFiles(dir: string, base = dir): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(full, base)));
    else out.push(path.relative(base, full));
  }
  return out;
}

describe("npm run cli -- analyze is deterministic", () => {
  let copy = "";
  afterAll(async () => {
    if (copy) await rm(copy, { recursive: true, force: true });
  });

  it("gives byte-identical JSON for two runs on one folder and for a copy made in another order under another name", async () => {
    const first = analyze(path.join(corpus, "forms"));
    const second = analyze(path.join(corpus, "forms"));
    expect(second).toBe(first);

    // The same files, copied in reverse order into a differently named folder.
    copy = await mkdtemp(path.join(tmpdir(), "oneform-det-"));
    const target = path.join(copy, "另一个文件夹");
    for (const rel of (await listFiles(path.join(corpus, "forms"))).sort().reverse()) {
      await mkdir(path.dirname(path.join(target, rel)), { recursive: true });
      await copyFile(path.join(corpus, "forms", rel), path.join(target, rel));
    }
    expect(analyze(target)).toBe(first);

    const result = JSON.parse(first);
    // Ids come from content, not from the database: no UUIDs, and every element id is used by its fields.
    for (const e of result.elements) expect(e.id).toMatch(/^el_[0-9a-z]+(_\d+)?$/);
    const files = result.forms.map((f: { file: string }) => f.file);
    expect(files).toEqual([...files].sort());
    const retired = result.retirement.map((r: { file: string }) => r.file);
    expect(new Set(retired).size).toBe(retired.length);
    expect(result.suggestions.length).toBeGreaterThan(0);
    for (const s of result.suggestions) {
      expect(s.reason).toMatch(/[\u4e00-\u9fa5]/);
      if (s.kind === "group") expect(s.pairs.length).toBeGreaterThan(1);
      else expect(s.elements.length).toBe(s.kind === "merge" ? 2 : 1);
    }
  });
});
