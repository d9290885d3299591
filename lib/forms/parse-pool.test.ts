import { afterAll, describe, expect, it } from "vitest";
import { parseTemplate } from "@/lib/templates/parse-template";
import { buildWorkbook, rosterSpec } from "@/lib/templates/test-fixtures";
import { ParsePool } from "./parse-pool";

const pool = new ParsePool({ size: 2, timeoutMs: 30_000 });
afterAll(() => pool.close());

describe("ParsePool", () => {
  it("parses like the in-process parser, many files on a few reused workers", async () => {
    const buf = await buildWorkbook(rosterSpec());
    const expected = await parseTemplate(buf, "走访.xlsx");
    const results = await Promise.all(Array.from({ length: 5 }, () => pool.parse(buf, "走访.xlsx")));
    for (const forms of results) expect(forms).toEqual(expected);
  });

  it("sends a catalog to each worker once and parses with it like the in-process parser, also after a worker is replaced", async () => {
    const buf = await buildWorkbook(rosterSpec());
    const catalog = [
      { fileName: "走访.xlsx", title: "走访台账", department: "区民政局", frequency: "monthly" as const, targetLevels: [] },
      { fileName: "其他.xlsx", title: null, department: "区卫健委", frequency: null, targetLevels: [] },
    ];
    const options = { relativePath: "走访.xlsx", catalog };
    const expected = await parseTemplate(buf, "走访.xlsx", options);
    expect(expected[0].department).toBe("区民政局");
    expect(expected[0].frequency).toBe("monthly");
    const recycling = new ParsePool({ size: 2, timeoutMs: 30_000, recycleAfter: 2 });
    try {
      const results = await Promise.all(Array.from({ length: 7 }, () => recycling.parse(buf, "走访.xlsx", options)));
      for (const forms of results) expect(forms).toEqual(expected);
      // Another catalog (another array) is a new one for the workers.
      const other = [{ ...catalog[0], department: "区应急管理局" }];
      expect((await recycling.parse(buf, "走访.xlsx", { relativePath: "走访.xlsx", catalog: other }))[0].department).toBe("区应急管理局");
      expect((await recycling.parse(buf, "走访.xlsx", { relativePath: "走访.xlsx" }))[0].department).toBe((await parseTemplate(buf, "走访.xlsx"))[0].department);
    } finally {
      await recycling.close();
    }
  });

  it("passes refusals through as TemplateErrors naming the file, and keeps working", async () => {
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    await expect(pool.parse(broken, "损坏.xlsx")).rejects.toMatchObject({ problem: "zipCorrupt", message: expect.stringContaining("「损坏.xlsx」文件已损坏") });
    const buf = await buildWorkbook(rosterSpec());
    expect((await pool.parse(buf, "走访.xlsx"))[0].fields.length).toBeGreaterThan(3);
  });

  it("fails a slow file alone with a timeout and replaces its worker", async () => {
    const slow = new ParsePool({ size: 1, timeoutMs: 1 });
    const buf = await buildWorkbook(rosterSpec());
    await expect(slow.parse(buf, "慢.xlsx")).rejects.toMatchObject({ problem: "timeout" });
    await slow.close();
  });
});
