import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/db/seed/demo-data";
import { newPage, screenshot, signIn, useBrowser } from "./browser";

const b = useBrowser();

describe("the load dashboard", () => {
  it("lets a district official open the overview, drill down to a town and a village, and export a table", async () => {
    const page = await newPage(b.browser, b.baseURL());
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await signIn(page, "district", DEMO_PASSWORD);
    await page.click("nav >> text=负担看板");
    await page.waitForURL("**/dashboard");
    await expect.poll(() => page.textContent("h1")).toContain("望城区 报表负担");
    await page.waitForSelector("[data-chart] svg .recharts-bar-rectangle");
    expect(await page.locator("[data-testid=children-table] tbody tr").count()).toBe(4);
    expect(await page.locator("[data-testid=top-table] tbody tr").count()).toBe(10);
    await screenshot(page, "dashboard-district-1280");

    await Promise.all([page.waitForURL(/\/dashboard\/[0-9a-f-]{36}/), page.click("[data-testid=children-table] >> text=乔口镇")]);
    await expect.poll(() => page.textContent("h1")).toContain("乔口镇 报表负担");
    await page.waitForSelector("[data-chart] svg .recharts-bar-rectangle");
    await screenshot(page, "dashboard-town-1280");

    await Promise.all([page.waitForURL(/\/dashboard\/[0-9a-f-]{36}/), page.click("[data-testid=children-table] >> text=团山湖村")]);
    await expect.poll(() => page.textContent("h1")).toContain("团山湖村 报表负担");
    await page.waitForSelector("[data-chart] svg .recharts-bar-rectangle");
    await screenshot(page, "dashboard-village-1280");

    const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=导出 Excel >> nth=0")]);
    const file = path.join(await fs.promises.mkdtemp("/tmp/oneform-e2e-"), download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/团山湖村.*\.xlsx$/);
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0];
    expect(String(ws.getCell(2, 1).value)).toBe("月份");
    expect(ws.rowCount).toBeGreaterThanOrEqual(14);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("is readable on a phone: the village cadre sees their own village, charts included", async () => {
    const page = await newPage(b.browser, b.baseURL(), { width: 390, height: 844 });
    await signIn(page, "cadre", DEMO_PASSWORD);
    await page.goto("/dashboard");
    await expect.poll(() => page.textContent("h1")).toContain("团山湖村 报表负担");
    await page.waitForSelector("[data-chart] svg .recharts-bar-rectangle");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await screenshot(page, "dashboard-village-390");
    await page.goto("/checkins");
    await expect.poll(() => page.locator("[data-testid=my-checkins] tbody tr").count()).toBeGreaterThanOrEqual(6);
    await screenshot(page, "checkins-cadre-390");
    await page.context().close();

    const district = await newPage(b.browser, b.baseURL(), { width: 390, height: 844 });
    await signIn(district, "district", DEMO_PASSWORD);
    await district.goto("/dashboard");
    await district.waitForSelector("[data-chart] svg .recharts-bar-rectangle");
    await screenshot(district, "dashboard-district-390");
    await district.goto("/checkins");
    await expect.poll(() => district.locator("[data-testid=checkin-tasks] tbody tr").count()).toBeGreaterThanOrEqual(10);
    await screenshot(district, "checkins-district-390");
    await district.context().close();
  });
});
