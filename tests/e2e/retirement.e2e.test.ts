import fs from "node:fs";
import ExcelJS from "exceljs";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { Frequency } from "@/lib/domain";
import { PERIOD_OF_FREQUENCY, periodEnd, periodKeyOf } from "@/lib/periods";
import { DEMO_PASSWORD } from "@/db/seed/demo-data";
import { newPage, screenshot, signIn, useBrowser } from "./browser";

const b = useBrowser();

/** The candidate the official retires, shared by the steps below (tests in this file run in order). */
const picked = { title: "", reviewUrl: "", formId: "", formPeriod: "", pagePeriod: "", elements: [] as string[] };

async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

function cellsOf(wb: ExcelJS.Workbook): unknown[] {
  const cells: unknown[] = [];
  wb.worksheets.forEach((ws) => ws.eachRow((row) => row.eachCell((cell) => cells.push(cell.value))));
  return cells;
}

/** The first village form (one row per village) that is fully covered and safe to retire. */
async function firstSafeFullVillageForm(page: Page): Promise<Locator> {
  const rows = page.locator("[data-testid=candidate][data-kind=aggregate]");
  for (let i = 0; i < (await rows.count()); i++) {
    const text = (await rows.nth(i).textContent()) ?? "";
    if (text.includes("全覆盖") && !text.includes("建议保留")) return rows.nth(i);
  }
  throw new Error("no fully covered village form in the demo district");
}

async function cadrePage(username: string): Promise<{ page: Page; villageId: string }> {
  const page = await newPage(b.browser, b.baseURL());
  await signIn(page, username, DEMO_PASSWORD);
  await page.goto("/one-form");
  const villageId = new URL(page.url()).pathname.split("/")[2];
  await page.goto(`/one-form/${villageId}/${picked.pagePeriod}`);
  return { page, villageId };
}

const formsDue = (page: Page) => page.locator("[data-testid=form-due]").allTextContents();

describe("a district official's retirement review", () => {
  it("runs the analysis and shows a fully covered village form with its evidence side by side", async () => {
    const page = await newPage(b.browser, b.baseURL());
    await signIn(page, "district", DEMO_PASSWORD);
    await Promise.all([page.waitForURL("**/retirement"), page.click("nav >> text=清退审核")]);
    await page.click("button:has-text('重新分析')");
    await expect.poll(() => page.textContent("[role=status]"), { timeout: 30_000 }).toContain("已分析");
    await expect.poll(() => page.locator("[data-testid=candidate]").count()).toBeGreaterThan(0);
    await screenshot(page, "retirement-queue-1280");

    const row = await firstSafeFullVillageForm(page);
    picked.title = ((await row.locator("a").first().textContent()) ?? "").trim();
    await Promise.all([page.waitForURL(/\/retirement\/[0-9a-f-]{36}$/), row.locator("a").first().click()]);
    picked.reviewUrl = new URL(page.url()).pathname;
    await expect.poll(() => page.textContent("h1")).toBe(picked.title);
    const link = page.locator("[data-testid=form-link]");
    picked.formId = (await link.getAttribute("href"))!.split("/").pop()!;
    const frequency = (await link.getAttribute("data-frequency")) as Frequency;
    picked.formPeriod = periodKeyOf(new Date(), PERIOD_OF_FREQUENCY[frequency]);
    // The month in which this period's form falls due: its covering forms (as frequent or more) are due then too.
    picked.pagePeriod = periodKeyOf(periodEnd(picked.formPeriod), "month");
    picked.elements = (await page.locator("[data-testid=evidence] [data-element]").evaluateAll((els) => els.map((e) => e.getAttribute("data-element")!))).filter(Boolean);
    expect(picked.elements.length).toBeGreaterThan(0);
    expect(await page.locator("[data-testid=evidence]").textContent()).not.toContain("未被其他报表覆盖");
    await screenshot(page, "retirement-detail-1280");
    await page.context().close();
  });

  it("finds the form due in a village's one form before the decision", async () => {
    const { page } = await cadrePage("cadre");
    expect((await formsDue(page)).join()).toContain(picked.title);
    await page.context().close();
  });

  it("asks for a reason to keep, then retires after a confirmation; queue, history, summary and 清退清单 agree", async () => {
    const page = await newPage(b.browser, b.baseURL());
    await signIn(page, "district", DEMO_PASSWORD);
    await page.goto(picked.reviewUrl);
    await page.check("input[name=decision][value=keep]");
    await page.click("button:has-text('提交决定')");
    await page.click("dialog[open] button:has-text('确认')");
    await expect.poll(() => page.textContent("#reason-error")).toContain("请填写理由");

    await page.check("input[name=decision][value=retire]");
    await page.fill("#reason", "各项数据已由其他报表按相同或更高频次采集");
    await page.click("button:has-text('提交决定')");
    await expect.poll(() => page.textContent("dialog[open]")).toContain(`确认清退「${picked.title}」`);
    await page.click("dialog[open] button:has-text('确认')");
    // The page now shows the decision in force, with the way back.
    await expect.poll(() => page.textContent("[data-testid=decision]")).toContain("清退");
    expect(await page.textContent("[data-testid=decision]")).toContain("撤销决定");
    await screenshot(page, "retirement-decided-1280");

    await page.goto("/retirement");
    expect((await page.locator("[data-testid=candidate] a").allTextContents()).map((t) => t.trim())).not.toContain(picked.title);
    await page.goto("/retirement/history");
    const history = await page.locator("[data-testid=history-row]").first().textContent();
    expect(history).toContain(picked.title);
    expect(history).toContain("清退");
    expect(history).toContain("区数据局 李审核");
    await screenshot(page, "retirement-history-1280");
    await page.goto("/retirement/summary");
    expect(Number(await page.textContent("[data-testid=figure-retired]"))).toBeGreaterThanOrEqual(1);
    expect(Number((await page.textContent("[data-testid=per-village]"))!.replace(/,/g, ""))).toBeGreaterThan(0);
    await screenshot(page, "retirement-summary-1280");

    const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=下载清退清单")]);
    const list = (await readWorkbook(fs.readFileSync((await download.path())!))).getWorksheet("清退清单")!;
    const listed = [];
    for (let r = 2; r <= list.rowCount; r++) listed.push([list.getRow(r).getCell(2).value, list.getRow(r).getCell(5).value]);
    expect(listed).toContainEqual([picked.title, "清退"]);
    await page.context().close();
  });

  it("drops the form from every village's one form", async () => {
    const official = await newPage(b.browser, b.baseURL());
    await signIn(official, "district", DEMO_PASSWORD);
    await official.goto("/one-form");
    const villages = (await official.locator("a[href^='/one-form/']").evaluateAll((as) => as.map((a) => a.getAttribute("href")!.split("/")[2]))).filter(Boolean);
    expect(villages.length).toBeGreaterThanOrEqual(31);
    for (const id of villages) {
      const html = await (await official.request.get(`/one-form/${id}/${picked.pagePeriod}`)).text();
      // The list of forms due this period (the page's other parts name forms too).
      const due = html.slice(html.indexOf("forms-due"), html.indexOf("</details>", html.indexOf("forms-due")));
      expect(due, id).toContain("data-testid=\"form-due\"");
      expect(due.includes(picked.title), id).toBe(false);
    }
    await official.context().close();
    const { page } = await cadrePage("cadre2");
    expect((await formsDue(page)).length).toBeGreaterThan(0);
    expect((await formsDue(page)).join()).not.toContain(picked.title);
    await page.context().close();
  });

  it("fills the retired form's export from what the cadre enters through the covering forms", async () => {
    const { page, villageId } = await cadrePage("cadre");
    const typed: number[] = [];
    const sections = new Set<string>();
    for (const [i, id] of picked.elements.entries()) {
      const input = page.locator(`#el-${id}`);
      // Counts and amounts the cadre types (the village-name column is written from the org unit itself).
      if (!(await input.count()) || (await input.isDisabled()) || !["numeric", "decimal"].includes((await input.getAttribute("inputmode")) ?? "")) continue;
      const value = 7100 + i;
      await input.fill(String(value));
      typed.push(value);
      sections.add((await input.evaluate((el) => el.closest("section")?.getAttribute("data-section"))) ?? "");
    }
    expect(typed.length).toBeGreaterThan(0);
    for (const key of sections) {
      const section = page.locator(`section[data-section="${key}"]`);
      await section.locator("button:has-text('保存本节')").click();
      // Values far from last period's (another test may have filled it) come back as warnings to confirm.
      await expect.poll(async () => ((await section.textContent()) ?? "").match(/已保存|请核实/)?.[0]).toBeTruthy();
      if (!(await section.textContent())?.includes("已保存")) {
        for (const warning of await section.locator(".field-warning input[type=checkbox]").all()) await warning.check();
        await section.locator("button:has-text('保存本节')").click();
      }
      await expect.poll(() => section.textContent()).toContain("已保存");
    }
    await page.context().close();

    const admin = await newPage(b.browser, b.baseURL());
    await signIn(admin, "admin", DEMO_PASSWORD);
    const response = await admin.request.get(`/api/forms/${picked.formId}/export?period=${picked.formPeriod}&orgUnit=${villageId}`);
    expect(response.status()).toBe(200);
    const cells = cellsOf(await readWorkbook(await response.body()));
    expect(cells.map(String).join("")).toContain(picked.title);
    for (const value of typed) expect(cells).toContain(value);
    await admin.context().close();
  });

  it("fits a phone: queue and evidence at 390 px", async () => {
    const page = await newPage(b.browser, b.baseURL(), { width: 390, height: 844 });
    await signIn(page, "district", DEMO_PASSWORD);
    await page.goto("/retirement");
    await screenshot(page, "retirement-queue-390");
    await Promise.all([page.waitForURL(/\/retirement\/[0-9a-f-]{36}$/), page.locator("[data-testid=candidate] a").first().click()]);
    await page.locator("[data-testid=evidence]").waitFor();
    await screenshot(page, "retirement-detail-390");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});
