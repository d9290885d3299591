import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/db/seed/demo-data";
import { demoIdNumber } from "@/db/seed/demo-export";
import { buildWorkbook } from "@/lib/templates/test-fixtures";
import { newPage, screenshot, signIn, useBrowser } from "./browser";

/** A screenshot of what the screen shows (the one form's full page is too long to look at). */
async function view(page: Page, name: string) {
  fs.mkdirSync("test-results", { recursive: true });
  await page.screenshot({ path: `test-results/${name}.png` });
}

const b = useBrowser();
const ROSTER = "最低生活保障对象名册";
const VILLAGE = "芦江村"; // cadre2's village
const SUN = demoIdNumber("1956-04-18", 612); // a woman (even sequence)
const ZHOU = demoIdNumber("1971-09-02", 623); // a man
const BAD = `${ZHOU.slice(0, 17)}${ZHOU[17] === "1" ? "2" : "1"}`;

/** 区民政局's own 低保 records for 芦江村, as its system exports them (its own column order, a bad ID, an unknown village). */
async function dibaoFile(): Promise<string> {
  const bytes = await buildWorkbook([
    {
      name: "低保对象",
      rows: [
        ["望城区最低生活保障对象（民政系统导出）"],
        ["序号", "村（社区）", "姓名", "性别", "公民身份号码", "家庭人口数", "保障金额（元）", "联系电话", "所在村民小组"],
        [1, VILLAGE, "孙秀英", "女", SUN, 3, 680, "13907310011", "第一村民小组"],
        [2, VILLAGE, "周德明", "男", ZHOU, 2, 520, "13907310012", "第三村民小组"],
        [3, VILLAGE, "错号码", "男", BAD, 1, 300, "13907310013", "第二村民小组"],
        [4, "月亮村", "王五", "男", demoIdNumber("1980-01-01", 15), 1, 300, "13907310014", "第一村民小组"],
      ],
    },
  ]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "oneform-push-")), "民政低保对象.xlsx");
  fs.writeFileSync(file, bytes);
  return file;
}

async function upload(page: Page, file: string) {
  await page.goto("/data-push");
  await page.setInputFiles("#push-file", file);
  await page.click("button:has-text('预览（试运行）')");
  await page.waitForSelector("[data-testid=push-villages]");
}

async function apply(page: Page) {
  page.once("dialog", (d) => void d.accept());
  await page.click("button:has-text('确认推送')");
  await expect.poll(() => page.locator("[data-testid=push-outcome]").textContent(), { timeout: 30_000 }).toContain("推送完成");
}

describe("数据回流: a department's data prefills the villages' one forms; corrections come back as discrepancies", () => {
  it("department uploads → preview → apply; cadre sees the marks and corrects; second push; discrepancy list has the correction", async () => {
    const file = await dibaoFile();
    const dept = await newPage(b.browser, b.baseURL());
    await signIn(dept, "minzheng", DEMO_PASSWORD);
    await Promise.all([dept.waitForURL("**/data-push"), dept.click("nav >> text=数据回流")]);
    await upload(dept, file);
    // The preview says what would be filled where, before anything is written.
    expect(await dept.textContent("[data-testid=push-summary]")).toContain(`居民名册 · 共 4 行：合格 2 行，不合格 2 行 · 列入「${ROSTER}」`);
    const villages = await dept.locator("[data-testid=push-villages] tbody tr").allTextContents();
    expect(villages).toHaveLength(1);
    expect(villages[0]).toContain(VILLAGE);
    expect(await dept.textContent("[data-testid=push-unknown]")).toContain("月亮村");
    const rejected = await dept.textContent("[data-testid=push-rejected]");
    expect(rejected).toContain("校验码");
    expect(rejected).not.toContain(BAD);
    await screenshot(dept, "data-push-preview-1280");
    // A wrong mapping can be corrected in the preview: leaving 所在村民小组 out re-runs the dry run without it.
    const group = dept.locator("[data-testid=push-columns] tr:has(td:text-is('所在村民小组')) select[data-testid=push-mapping]");
    const proposed = await group.inputValue();
    expect(proposed).not.toBe("");
    await group.selectOption("");
    await expect.poll(() => dept.locator("[data-testid=push-unmapped]").textContent(), { timeout: 30_000 }).toContain("所在村民小组");
    await group.selectOption(proposed);
    await expect.poll(() => dept.locator("[data-testid=push-unmapped]").count(), { timeout: 30_000 }).toBe(0);
    // Back on the proposed element: the matcher's own mapping again, with its score.
    expect(await dept.locator("[data-testid=push-columns] tr:has(td:text-is('所在村民小组')) td").nth(2).textContent()).toMatch(/^\d+%$/);
    await apply(dept);

    // The cadre sees the residents prefilled with their source and the share departments' data prefills.
    const cadre = await newPage(b.browser, b.baseURL());
    await signIn(cadre, "cadre2", DEMO_PASSWORD);
    await Promise.all([cadre.waitForURL(/\/one-form\/[0-9a-f-]{36}\/\d{4}-\d{2}$/), cadre.click("nav >> text=一表通")]);
    const share = await cadre.textContent("[data-testid=pushed-share]");
    const [, filled, total] = share!.match(/预填 (\d+)\/(\d+) 项/)!.map(Number);
    expect(filled / total).toBeGreaterThanOrEqual(0.8);
    // The prefills still to confirm are counted in the progress line's own cells: never more than are left to do.
    const [, done, cells] = (await cadre.textContent("[data-testid=progress]"))!.match(/已完成 (\d+)\/(\d+)/)!.map(Number);
    const pending = Number((await cadre.textContent("[data-testid=prefill-pending]"))!.match(/预填 (\d+) 项待确认$/)![1]);
    expect(pending).toBeGreaterThan(0);
    expect(pending).toBeLessThanOrEqual(cells - done);
    expect(await cadre.locator("[data-testid=pushed-from]").first().textContent()).toMatch(/^区.+ \d{4}\/\d{2}\/\d{2} 推送$/);
    const roster = cadre.locator(`section[data-roster="${ROSTER}"]`);
    const sun = roster.locator("tr[data-person=孙秀英]");
    await sun.scrollIntoViewIfNeeded();
    expect(await sun.locator("td.pushed").count()).toBeGreaterThan(0);
    expect(await sun.locator("td.pushed").first().getAttribute("title")).toMatch(/^区民政局 .+ 推送$/);
    await cadre.locator("[data-testid=pushed-from]").first().scrollIntoViewIfNeeded();
    await view(cadre, "data-push-one-form-1280");
    await roster.scrollIntoViewIfNeeded();
    await roster.screenshot({ path: "test-results/data-push-roster-1280.png" });

    // The cadre corrects 孙秀英's household size (3 → 4).
    await sun.locator("button", { hasText: "编辑" }).click();
    const form = roster.locator("[data-testid=edit-resident-form]");
    await form.getByLabel("家庭人口数").fill("4");
    await form.locator("button[type=submit]").click();
    await expect.poll(() => roster.locator("[data-testid=edit-resident-form]").count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => sun.textContent()).toContain("4");

    // A second push of the same records: the correction stays and shows as a conflict on both sides.
    await upload(dept, file);
    expect(await dept.locator("[data-testid=push-villages] tbody tr").first().textContent()).toMatch(/芦江村.*\s*\d+\s*\d+\s*\d+\s*1/);
    await apply(dept);
    await cadre.reload();
    const conflict = cadre.locator(`section[data-roster="${ROSTER}"] tr[data-person=孙秀英] [data-testid=roster-conflict]`);
    await expect.poll(() => conflict.textContent()).toBe("≠ 3");
    await cadre.locator(`section[data-roster="${ROSTER}"]`).screenshot({ path: "test-results/data-push-roster-conflict-1280.png" });
    expect(await cadre.locator(`section[data-roster="${ROSTER}"] tr[data-person=孙秀英]`).textContent()).toContain("4");

    // The department's discrepancy list, on the page and as .xlsx, has the correction.
    await dept.goto("/data-push");
    const list = await dept.textContent("[data-testid=discrepancies]");
    expect(list).toContain("孙秀英");
    expect(list).not.toContain(SUN);
    await screenshot(dept, "data-push-discrepancies-1280");
    const response = await dept.request.get("/api/data-push/discrepancies");
    expect(response.status()).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await response.body()) as unknown as ArrayBuffer);
    const rows = (wb.worksheets[0].getSheetValues().slice(2) as unknown[][]).map((r) => r.slice(1));
    const mine = rows.find((r) => r[6] === "孙秀英" && r[4] === "家庭人口数");
    expect(mine).toBeTruthy();
    expect([mine![2], mine![7], mine![8], mine![10], mine![13]]).toEqual([VILLAGE, SUN, 3, 4, "推送后村里更正"]);
    await dept.context().close();
    await cadre.context().close();
  });

  it("works on a phone: the department's page and the cadre's marks at 390 px", async () => {
    const dept = await newPage(b.browser, b.baseURL(), { width: 390, height: 844 });
    await signIn(dept, "minzheng", DEMO_PASSWORD);
    await upload(dept, await dibaoFile());
    await screenshot(dept, "data-push-preview-390");
    expect(await dept.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const cadre = await newPage(b.browser, b.baseURL(), { width: 390, height: 844 });
    await signIn(cadre, "cadre2", DEMO_PASSWORD);
    await Promise.all([cadre.waitForURL(/\/one-form\//), cadre.click("nav >> text=一表通")]);
    await cadre.waitForSelector("[data-testid=pushed-share]");
    await view(cadre, "data-push-one-form-390");
    await cadre.locator("[data-testid=pushed-from]").first().scrollIntoViewIfNeeded();
    await view(cadre, "data-push-one-form-item-390");
    expect(await cadre.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await dept.context().close();
    await cadre.context().close();
  });
});
