import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/db/seed/demo-data";
import { DEMO_AGGREGATE_TITLE, DEMO_EXPORT_PERIOD, DEMO_ROSTER_TITLE, demoAggregateFigures, demoIdNumber } from "@/db/seed/demo-export";
import { newPage, screenshot, signIn, useBrowser } from "./browser";

const b = useBrowser();

/** Clicks a download link and reads the file the browser saved with exceljs. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; ws: ExcelJS.Worksheet; wb: ExcelJS.Workbook }> {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync((await file.path())!) as unknown as ArrayBuffer);
  return { name: file.suggestedFilename(), ws: wb.worksheets[0], wb };
}

/** From the form catalog to a form's submissions page, the way a department user gets there. */
async function openSubmissions(page: Page, title: string): Promise<string> {
  await page.goto(`/forms?q=${encodeURIComponent(title)}`);
  await page.getByRole("link", { name: title, exact: true }).click();
  await page.waitForURL(/\/forms\/[0-9a-f-]{36}$/);
  await page.getByTestId("submissions-link").click();
  await page.waitForURL(/\/submissions/);
  const url = new URL(page.url());
  await page.goto(`${url.pathname}?period=${DEMO_EXPORT_PERIOD}`);
  return url.pathname;
}

describe("department export", () => {
  it("department staff see who has reported and download their form filled for every village and for one", async () => {
    const page = await newPage(b.browser, b.baseURL());
    await signIn(page, "minzheng", DEMO_PASSWORD);
    const path = await openSubmissions(page, DEMO_AGGREGATE_TITLE);
    const rows = page.getByTestId("submission-row");
    await expect.poll(() => rows.count()).toBe(31);
    const units = await rows.evaluateAll((trs) => trs.map((tr) => [tr.querySelectorAll("td")[1].textContent, tr.getAttribute("data-status")]));
    // demo-export: every 5th village has not started, the one before it is still a draft
    units.forEach(([, status], i) => expect(status).toBe(i % 5 === 4 ? "notStarted" : i % 5 === 3 ? "draft" : "submitted"));
    expect(await page.getByTestId("count-notStarted").textContent()).toBe("6");
    await screenshot(page, "export-submissions");
    // Who has not reported: the count is also the filter.
    await page.getByTestId("count-notStarted").click();
    await expect.poll(() => rows.count()).toBe(6);
    await expect.poll(() => rows.evaluateAll((trs) => trs.every((tr) => tr.getAttribute("data-status") === "notStarted"))).toBe(true);
    await page.goto(`${path}?period=${DEMO_EXPORT_PERIOD}`);

    const all = await download(page, () => page.getByTestId("download-all").click());
    expect(all.name).toBe(`${DEMO_AGGREGATE_TITLE}_${DEMO_EXPORT_PERIOD}_全部村（社区）.xlsx`);
    const ws = all.ws;
    expect(ws.getCell("A1").value).toBe(DEMO_AGGREGATE_TITLE);
    expect(ws.getCell("A3").value).toBe("序号");
    units.forEach(([name], i) => {
      const r = 5 + i;
      const f = demoAggregateFigures(i);
      const filled = i % 5 !== 4;
      expect([ws.getCell(r, 1).value, ws.getCell(r, 2).value]).toEqual([i + 1, name]);
      expect([ws.getCell(r, 3).value, ws.getCell(r, 4).value, ws.getCell(r, 5).value]).toEqual(filled ? [f.households, f.people, f.amountYuan / 10_000] : [null, null, null]);
    });
    const households = units.reduce((sum, _, i) => sum + (i % 5 !== 4 ? demoAggregateFigures(i).households : 0), 0);
    expect([ws.getCell(36, 2).value, ws.getCell(36, 3).value]).toEqual(["合计", households]);
    expect(String(ws.getCell(37, 1).value)).toContain("单位负责人");
    expect(ws.model.merges).toEqual(expect.arrayContaining(["A1:F1", "A37:F37", "A38:F38"]));
    expect(ws.getCell("C20").border?.left?.style).toBe("thin");

    const [first] = units[0] as [string, string];
    const one = await download(page, () => page.getByRole("link", { name: `下载${first}的报表`, exact: true }).click());
    expect(one.name).toBe(`${DEMO_AGGREGATE_TITLE}_${DEMO_EXPORT_PERIOD}_${first}.xlsx`);
    expect(one.ws.getCell("A2").value).toBe(`填报单位（盖章）：${first}`);
    expect([one.ws.getCell("B5").value, one.ws.getCell("C5").value]).toEqual([first, demoAggregateFigures(0).households]);
    expect(one.ws.getCell("B6").value).toBe("合计");

    // The roster: one row per resident, a formula typed into a phone field arrives as text.
    const rosterPath = await openSubmissions(page, DEMO_ROSTER_TITLE);
    expect(rosterPath).not.toBe(path);
    const roster = await download(page, () => page.getByTestId("download-all").click());
    const rws = roster.ws;
    expect(rws.getCell("B5").value).toBeNull();
    expect([rws.getCell("A6").value, rws.getCell("B6").value, rws.getCell("C6").value]).toEqual([1, "刘桂英", "女"]);
    expect(rws.getCell("E8").value).toBe('=HYPERLINK("http://example.com","点我")');
    expect(rws.getCell("E8").formula).toBeUndefined();
    await page.context().close();
  });

  it("another department's staff find neither the page nor the file", async () => {
    const owner = await newPage(b.browser, b.baseURL());
    await signIn(owner, "minzheng", DEMO_PASSWORD);
    const path = await openSubmissions(owner, DEMO_AGGREGATE_TITLE);
    await owner.context().close();

    const page = await newPage(b.browser, b.baseURL());
    await signIn(page, "weijian", DEMO_PASSWORD);
    const response = await page.goto(`${path}?period=${DEMO_EXPORT_PERIOD}`);
    expect(response?.status()).toBe(404);
    const formId = path.split("/")[2];
    const api = await page.request.get(`/api/forms/${formId}/export?period=${DEMO_EXPORT_PERIOD}&orgUnit=all`);
    expect(api.status()).toBe(403);
    await page.context().close();
  });

  it("a cadre imports residents from the village's own spreadsheet and the department's roster lists them", async () => {
    const good1 = demoIdNumber("1955-06-01", 72);
    const good2 = demoIdNumber("1958-09-09", 81);
    const bad = `${good1.slice(0, 17)}${good1[17] === "1" ? "2" : "1"}`;
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("台账");
    sheet.addRows([["团山湖村困难群众台账"], ["序号", "姓名", "身份证号", "性别", "联系电话", "月补助金额（元）"], [1, "孙秀珍", good1, "女", "13807318881", 600], [2, "李四", bad, "男"], [3, "吴大海", good2, "男", "13807318882", 650], [4, "孙秀珍", good1, "女"]]);
    const file = path.join(os.tmpdir(), `import-${process.pid}.xlsx`);
    await wb.xlsx.writeFile(file);

    const page = await newPage(b.browser, b.baseURL());
    await signIn(page, "cadre", DEMO_PASSWORD);
    await page.getByRole("navigation", { name: "main" }).getByRole("link", { name: "表格导入" }).click();
    await page.waitForURL(/\/one-form\/import$/);
    await page.setInputFiles("#import-file", file);
    await page.selectOption("#import-roster", { label: DEMO_ROSTER_TITLE });
    await page.getByRole("button", { name: "预览" }).click();
    await expect.poll(() => page.getByTestId("import-summary").textContent()).toBe("共 4 行：合格 2 行，不合格 2 行。");
    const rejected = await page.getByTestId("import-rejected").locator("tbody tr").allTextContents();
    expect(rejected[0]).toContain("校验码");
    expect(rejected[1]).toContain("重复");
    expect(await page.getByTestId("import-columns").textContent()).toContain("居民信息：公民身份号码");
    await screenshot(page, "import-preview");
    await page.getByRole("button", { name: "确认导入 2 行" }).click();
    await expect.poll(() => page.getByTestId("import-outcome").textContent()).toContain("新增 2 人");
    await screenshot(page, "import-done");
    await page.context().close();
    fs.rmSync(file, { force: true });

    const staff = await newPage(b.browser, b.baseURL());
    await signIn(staff, "minzheng", DEMO_PASSWORD);
    await openSubmissions(staff, DEMO_ROSTER_TITLE);
    const roster = await download(staff, () => staff.getByTestId("download-all").click());
    const names = [6, 7, 8, 9, 10].map((r) => roster.ws.getCell(r, 2).value);
    expect(names).toEqual(["刘桂英", "陈建国", "周秀兰", "孙秀珍", "吴大海"]);
    expect([roster.ws.getCell("D9").value, roster.ws.getCell("E9").value, roster.ws.getCell("G9").value]).toEqual([good1, "13807318881", 600]);
    await staff.context().close();
  });
});
