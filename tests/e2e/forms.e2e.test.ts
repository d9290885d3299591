import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/db/seed/demo-data";
import { newPage, screenshot, signIn, useBrowser } from "./browser";

const b = useBrowser();
const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/xlsx/forms");
const TEMPLATES = ["临时救助对象登记表.xlsx", "2026年特殊困难老年人探访关爱台账.xlsx", "区民政局城乡低保及特困供养情况统计表.xlsx", "损坏的表样.xlsx"];

describe("department staff register templates", () => {
  it("uploads several templates with the catalog, corrects a field, saves; a broken file is reported and the others saved", async () => {
    const page = await newPage(b.browser, b.baseURL());
    await signIn(page, "minzheng", DEMO_PASSWORD);
    await page.click("nav >> text=上传表样");
    await page.setInputFiles("#templates", TEMPLATES.map((f) => path.join(FIXTURES, f)));
    await page.setInputFiles("#catalog", path.join(FIXTURES, "报表清单.xlsx"));
    await page.click("button:has-text('上传 4 个文件')");
    await expect.poll(() => page.textContent("[data-testid=upload-status]"), { timeout: 60_000 }).toContain("完成：3 个文件已保存为 3 张草稿报表，1 个文件未保存");
    const results = page.locator("[data-testid=upload-results] > li");
    expect(await results.count()).toBe(4);
    const broken = page.locator("[data-testid=upload-results] > li[data-ok=false]");
    expect(await broken.count()).toBe(1);
    expect(await broken.textContent()).toContain("「损坏的表样.xlsx」文件已损坏");
    await screenshot(page, "forms-upload-desktop");
    const drafts = await page.locator("[data-testid=upload-results] > li[data-ok=true] a").evaluateAll((links) => links.map((a) => ({ href: a.getAttribute("href")!, title: a.textContent!.trim() })));
    expect(drafts).toHaveLength(3);

    // The first draft: the original sheet with its header highlighted, one field renamed, saved and submitted for admission.
    const draft = drafts.find((d) => d.title.startsWith("临时救助对象登记表"))!;
    await page.goto(draft.href);
    expect(await page.textContent("[data-testid=form-status]")).toBe("草稿");
    expect(await page.locator("[data-testid=sheet-preview] td[title]").count()).toBeGreaterThan(3);
    const firstLabel = page.locator("[data-testid=fields-table] tbody tr").first().locator("input").first();
    const original = await firstLabel.inputValue();
    await firstLabel.fill(`${original}（户主）`);
    await screenshot(page, "form-draft-desktop");
    await page.click("button:has-text('保存并提交准入')");
    await expect.poll(() => page.textContent("[data-testid=admission-status], [data-testid=form-editor] [role=alert]"), { timeout: 90_000 }).toContain("待审核");
    // The district admits it (报表准入, tests/e2e/admission.e2e.test.ts); only then is it in use.
    const official = await newPage(b.browser, b.baseURL());
    await signIn(official, "district", DEMO_PASSWORD);
    await official.goto((await page.getAttribute("[data-testid=admission-status] a", "href"))!);
    await official.click("[data-testid=decide-button]");
    await official.click("[data-testid=confirm-decision]");
    await expect.poll(() => official.textContent("[data-testid=decided], [data-testid=decision-form] [role=alert]"), { timeout: 90_000 }).toContain("已准予准入");
    await official.context().close();
    await page.reload();
    await expect.poll(() => page.textContent("[data-testid=form-status]")).toBe("在用");
    await page.reload();
    expect(await page.locator("[data-testid=fields-table] tbody tr").first().locator("input").first().inputValue()).toBe(`${original}（户主）`);
    await screenshot(page, "form-active-desktop");

    // The catalog lists all three; filtered to active ones, only the saved form.
    await page.goto("/forms");
    const links = () => page.locator("[data-testid=forms-table] tbody tr td:first-child a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(await links()).toEqual(expect.arrayContaining(drafts.map((d) => d.href)));
    await screenshot(page, "forms-catalog-desktop");
    await page.selectOption("#f-status", "active");
    await page.fill("#f-q", "临时救助");
    await Promise.all([page.waitForURL(/status=active/), page.click("button:has-text('筛选')")]);
    const filtered = await links();
    expect(filtered).toContain(draft.href);
    for (const d of drafts.filter((x) => x !== draft)) expect(filtered).not.toContain(d.href);
    expect(await page.locator("[data-testid=forms-table] tbody tr td:first-child").allTextContents()).toEqual(filtered.map(() => expect.stringContaining("临时救助")));
    await page.context().close();

    // On a phone: the page fits the screen; the original sheet scrolls sideways inside its own box.
    const phone = await newPage(b.browser, b.baseURL(), { width: 390, height: 800 });
    await signIn(phone, "minzheng", DEMO_PASSWORD);
    await phone.goto(draft.href);
    const widths = await phone.evaluate(() => ({ page: document.documentElement.scrollWidth, sheet: document.querySelector("[data-testid=sheet-preview]")!.scrollWidth }));
    expect(widths.page).toBeLessThanOrEqual(390);
    expect(widths.sheet).toBeGreaterThan(390);
    await screenshot(phone, "form-detail-phone");
    await phone.goto("/forms");
    // The catalog is long (the demo district has 100+ forms): the first screen is what matters.
    await phone.screenshot({ path: path.resolve(import.meta.dirname, "../../test-results/forms-catalog-phone.png") });
    await phone.context().close();

    // A village cadre sees the active form in the catalog, but not the department's drafts.
    const cadre = await newPage(b.browser, b.baseURL(), { width: 390, height: 800 });
    await signIn(cadre, "cadre", DEMO_PASSWORD);
    await cadre.goto("/forms");
    const seen = await cadre.locator("[data-testid=forms-table] tbody tr td:first-child a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(seen).toContain(draft.href);
    for (const d of drafts.filter((x) => x !== draft)) expect(seen).not.toContain(d.href);
    expect((await cadre.goto(drafts.find((x) => x !== draft)!.href))?.status()).toBe(404);
    await cadre.context().close();
  }, 300_000);
});
