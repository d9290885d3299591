import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const fixtures = path.join(root, "tests/fixtures/xlsx");

describe("npm run cli -- analyze", () => {
  it("prints the bench JSON for a folder of templates, analysed in an in-memory database", () => {
    const out = execFileSync("npx", ["tsx", "scripts/cli.ts", "analyze", fixtures], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    const result = JSON.parse(out);
    expect(result.forms.length).toBeGreaterThanOrEqual(3);
    const refs = result.forms.flatMap((f: { fields: { ref: string }[] }) => f.fields.map((x) => x.ref));
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) expect(ref).toMatch(/^[^#]+\.xlsx#[^!]+![A-Z]+\d+$/);
    const clustered = result.elements.flatMap((e: { fields: string[] }) => e.fields).sort();
    expect(clustered).toEqual([...refs].sort());
    expect(Array.isArray(result.retirement)).toBe(true);
  });

  it("exits 2 with a Chinese message for a missing folder", () => {
    let status = 0;
    let stderr = "";
    try {
      execFileSync("npx", ["tsx", "scripts/cli.ts", "analyze", "/nonexistent-folder"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    } catch (error) {
      status = (error as { status: number }).status;
      stderr = String((error as { stderr: string }).stderr);
    }
    expect(status).toBe(2);
    expect(stderr).toContain("找不到文件夹");
  });
});
