import { describe, expect, it } from "vitest";
import { parseTemplate } from "./parse-template";
import { parseWorkbookInWorker } from "./parse-worker";
import { buildWorkbook, rosterSpec } from "./test-fixtures";

describe("parseWorkbookInWorker", () => {
  it("returns the same forms as parsing in process", async () => {
    const buf = await buildWorkbook(rosterSpec());
    const inWorker = await parseWorkbookInWorker(buf, "走访.xlsx", { timeoutMs: 30_000 });
    expect(inWorker).toEqual(await parseTemplate(buf, "走访.xlsx"));
  });

  it("passes refusals through as TemplateErrors", async () => {
    await expect(parseWorkbookInWorker(Buffer.from("<html></html>"), "网页.xls")).rejects.toMatchObject({ problem: "htmlAsXls" });
  });

  it("fails alone with a timeout instead of blocking the caller", async () => {
    const buf = await buildWorkbook(rosterSpec());
    await expect(parseWorkbookInWorker(buf, "慢.xlsx", { timeoutMs: 1 })).rejects.toMatchObject({ problem: "timeout" });
    const again = await parseWorkbookInWorker(buf, "走访.xlsx", { timeoutMs: 30_000 });
    expect(again[0].fields.length).toBe(7);
  });
});
