import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/db/seed/demo-data";
import { newPage, screenshot, signIn, useBrowser } from "./browser";
import { buildAdmissionTemplate, NEW_FIELDS } from "./admission-template";

const b = useBrowser();
/** Why the district drops NEW_FIELDS[2]: shown to the department with the decision. */
const REASON = "古树名木挂牌由区林业局统计";
const FILE = path.resolve(import.meta.dirname, "../../test-results/区民政局困难群众走访慰问情况月报.xlsx");
/** The demo district 望城区 has 31 villages and communities (README). */
const UNITS = 31;

describe("报表准入: a department's new form is admitted with changes before villages see it", () => {
  it("submit → review (load, legal marks) → approve with changes → the one form asks only the admitted fields", async () => {
    fs.mkdirSync(path.dirname(FILE), { recursive: true });
    fs.writeFileSync(FILE, await buildAdmissionTemplate());

    // 区民政局 uploads the template, checks the draft and submits it.
    const dept = await newPage(b.browser, b.baseURL());
    await signIn(dept, "minzheng", DEMO_PASSWORD);
    await dept.goto("/forms/upload");
    await dept.setInputFiles("#templates", FILE);
    await dept.click("button:has-text('上传 1 个文件')");
    await expect.poll(() => dept.textContent("[data-testid=upload-status]"), { timeout: 60_000 }).toContain("完成：1 个文件已保存为 1 张草稿报表");
    await dept.click("[data-testid=upload-results] > li[data-ok=true] a");
    await dept.waitForSelector("[data-testid=form-editor]");
    await dept.click("button:has-text('保存并提交准入')");
    // The submission classifies the fields with one matcher run over the district: seconds on a busy machine.
    // Saved and submitted: the page shows the request; a waiting draft has nothing to save.
    await dept.waitForSelector("[data-testid=admission-status], [data-testid=form-editor] [role=alert]", { timeout: 120_000 });
    expect(await dept.textContent("[data-testid=admission-status], [data-testid=form-editor] [role=alert]")).toContain("待审核");
    expect(await dept.locator("button:has-text('保存并提交准入'), button:has-text('保存草稿')").count()).toBe(0);
    const requestHref = (await dept.getAttribute("[data-testid=admission-status] a", "href"))!;
    expect(requestHref).toMatch(/^\/admission\/[0-9a-f-]{36}$/);
    const formHref = dept.url();
    // Still a draft: the department cannot approve its own request (no decision form).
    await dept.goto(requestHref);
    expect(await dept.textContent("[data-testid=request-status]")).toBe("待审核");
    expect(await dept.locator("[data-testid=decision-form]").count()).toBe(0);

    // The district reviews it.
    const official = await newPage(b.browser, b.baseURL());
    await signIn(official, "district", DEMO_PASSWORD);
    await official.click("nav >> text=报表准入");
    await official.waitForSelector("[data-testid=admission-table]");
    await screenshot(official, "admission-list-desktop");
    await official.goto(requestHref);
    for (const label of NEW_FIELDS) expect(await official.locator(`[data-testid=admission-fields] tr:has-text("${label}")`).getAttribute("data-class")).toBe("new");
    // 3 new fields × 31 villages and communities × 12 months = 1,116 entries a year.
    expect(await official.textContent("[data-testid=added-entries]")).toBe((3 * UNITS * 12).toLocaleString("zh-CN"));
    expect(await official.textContent("[data-testid=legal-marks]")).toContain("望统制〔2026〕12号");
    expect(await official.locator("[data-testid=legal-issues]").count()).toBe(0);
    expect(await official.locator("[data-testid=nothing-new]").count()).toBe(0);

    // Approve with changes: drop one new field, lower monthly to quarterly; the figures follow at once.
    await official.locator(`[data-testid=admission-fields] tr:has-text("${NEW_FIELDS[2]}") input[type=checkbox]`).check();
    await official.selectOption("#a-frequency", "quarterly");
    await official.fill("#a-reason", REASON);
    // 2 new fields × 31 × 4 quarters = 248.
    expect(await official.textContent("[data-testid=added-entries]")).toBe((2 * UNITS * 4).toLocaleString("zh-CN"));
    await screenshot(official, "admission-review-desktop");
    expect(await official.textContent("[data-testid=decide-button]")).toBe("修改后准入");
    await official.click("[data-testid=decide-button]");
    await official.click("[data-testid=confirm-decision]");
    await official.waitForSelector("[data-testid=decided], [data-testid=decision-form] [role=alert]", { timeout: 120_000 });
    expect(await official.textContent("[data-testid=decided], [data-testid=decision-form] [role=alert]")).toContain("已修改后准入");
    await official.reload();
    expect(await official.textContent("[data-testid=decision]")).toContain("删去 1 个字段，填报频次 月报 → 季报");

    // On a phone: the request and the 准入目录 fit the screen.
    const phone = await newPage(b.browser, b.baseURL(), { width: 390, height: 800 });
    await signIn(phone, "district", DEMO_PASSWORD);
    await phone.goto(requestHref);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(phone, "admission-review-phone");
    await phone.goto("/admission/catalog");
    expect(await phone.textContent("[data-testid=catalog-table]")).toContain("困难群众走访慰问情况月报");
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: path.resolve(import.meta.dirname, "../../test-results/admission-catalog-phone.png") });
    await phone.context().close();
    await official.goto("/admission/catalog");
    await official.screenshot({ path: path.resolve(import.meta.dirname, "../../test-results/admission-catalog-desktop.png") });
    await official.context().close();

    // The department sees the decision and the reason on its form.
    await dept.goto(formHref);
    expect(await dept.textContent("[data-testid=form-status]")).toBe("在用");
    expect(await dept.textContent("[data-testid=admission-status]")).toContain("修改后准入");
    expect(await dept.textContent("[data-testid=admission-status]")).toContain(REASON);
    await dept.context().close();

    // A village cadre's one form of this month (a quarter's last month) asks the two admitted new fields only.
    const cadre = await newPage(b.browser, b.baseURL(), { width: 390, height: 800 });
    await signIn(cadre, "cadre", DEMO_PASSWORD);
    await cadre.goto("/");
    await Promise.all([cadre.waitForURL(/\/one-form\/[0-9a-f-]{36}\/\d{4}-\d{2}$/), cadre.click("nav >> text=一表通")]);
    await cadre.waitForSelector("[data-testid=burden]");
    const text = (await cadre.textContent("main.page")) ?? "";
    expect(text).toContain(NEW_FIELDS[0]);
    expect(text).toContain(NEW_FIELDS[1]);
    // The dropped field, without its unit (the one form names items without it).
    expect(text).not.toContain(NEW_FIELDS[2].replace(/（.*）$/, ""));
    // Villages see no admission request.
    expect((await cadre.goto(requestHref))?.status()).toBe(404);
    await cadre.context().close();
  }, 420_000);
});
