import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/db/seed/demo-data";
import { newPage, screenshot, signIn, useBrowser } from "./browser";

const b = useBrowser();
const BLIND4 = path.resolve(import.meta.dirname, "../blind4");
/** A long indicator-rows questionnaire (70+ indicator rows in numbered sections) and a five-sheet workbook (表一…表五). */
const LONG_QUESTIONNAIRE = "区统计局/农村基本情况统计年报表.xlsx";
const FIVE_SHEETS = "区扶贫办/建档立卡贫困户信息采集表.xlsx";

/** Labels of the first review pair on the page. */
async function firstPairLabels(page: import("playwright-core").Page): Promise<string[]> {
  return page.locator("[data-testid=review-pair]").first().locator("[data-testid=pair-label]").allTextContents();
}

/**
 * The first review pair's labels with their forms, to find the same pair again after re-running: two household lists
 * may ask the same question under the same labels (户主姓名 | 公民身份号码 on two forms).
 */
async function firstPairKey(page: import("playwright-core").Page): Promise<string> {
  return (await page.locator("[data-testid=review-pair]").first().locator("[data-testid=pair-label], [data-testid=pair-form]").allTextContents()).join("|");
}

describe("element review", () => {
  it("an official confirms one match and rejects another; re-running the analysis keeps both decisions", async () => {
    const page = await newPage(b.browser, b.baseURL());
    await signIn(page, "district", DEMO_PASSWORD);
    await page.goto("/elements");
    await expect.poll(() => page.locator("table tbody tr").count()).toBeGreaterThan(10);
    await screenshot(page, "elements-catalog");
    await page.goto("/elements/review");
    await expect.poll(() => page.locator("[data-testid=review-pair]").count()).toBeGreaterThan(1);
    await screenshot(page, "elements-review");

    const confirmed = await firstPairLabels(page);
    const confirmedKey = await firstPairKey(page);
    await page.locator("[data-testid=review-pair]").first().getByRole("button", { name: "是同一数据元", exact: true }).click();
    // Each decision re-runs the district's analysis before the page comes back (seconds on a busy machine).
    await expect.poll(() => firstPairKey(page), { timeout: 60_000 }).not.toBe(confirmedKey);

    const rejectedKey = await firstPairKey(page);
    await page.locator("[data-testid=review-pair]").first().getByRole("button", { name: "不是同一数据元", exact: true }).click();
    await expect.poll(() => firstPairKey(page), { timeout: 60_000 }).not.toBe(rejectedKey);

    await page.goto("/elements");
    await page.getByRole("button", { name: "重新分析" }).click();
    await expect.poll(() => page.textContent("body"), { timeout: 60_000 }).toContain("分析完成");
    await page.goto("/elements/review");
    const pairs = await page.locator("[data-testid=review-pair]").evaluateAll((nodes) =>
      nodes.map((n) => [...n.querySelectorAll("[data-testid=pair-label], [data-testid=pair-form]")].map((l) => l.textContent).join("|")),
    );
    expect(pairs).not.toContain(confirmedKey);
    expect(pairs).not.toContain(rejectedKey);

    // The confirmed pair now shares one element: the element page of its first field lists the second.
    await page.goto("/elements");
    await page.fill("input[name=q]", confirmed[0].split(" › ").at(-1)!.replace(/\s+/g, "").slice(0, 2));
    await page.click("text=筛选");
    await screenshot(page, "elements-after-decisions");
    await page.context().close();

    const phone = await newPage(b.browser, b.baseURL(), { width: 390, height: 844 });
    await signIn(phone, "district", DEMO_PASSWORD);
    await phone.goto("/elements/review");
    await screenshot(phone, "elements-review-phone");
    await phone.context().close();
  }, 300_000);

  it("registered questionnaires and workbooks reach the review queue: suggestions with reasons, and confirming one merges its elements", async () => {
    // Department staff register a long indicator-rows questionnaire and a five-sheet workbook, as uploads.
    const staff = await newPage(b.browser, b.baseURL());
    await signIn(staff, "minzheng", DEMO_PASSWORD);
    await staff.click("nav >> text=上传表样");
    await staff.setInputFiles("#templates", [LONG_QUESTIONNAIRE, FIVE_SHEETS].map((f) => path.join(BLIND4, "forms", f)));
    await staff.setInputFiles("#catalog", path.join(BLIND4, "报表清单.xlsx"));
    await staff.click("button:has-text('上传 2 个文件')");
    await expect.poll(() => staff.textContent("[data-testid=upload-status]"), { timeout: 90_000 }).toContain("完成");
    const drafts = await staff.locator("[data-testid=upload-results] > li[data-ok=true] a").evaluateAll((links) => links.map((a) => ({ href: a.getAttribute("href")!, title: a.textContent!.trim() })));
    // The workbook is one form, not five.
    expect(drafts).toHaveLength(2);
    const requests: string[] = [];
    for (const draft of drafts) {
      await staff.goto(draft.href);
      expect(await staff.locator("[data-testid=fields-table] tbody tr").count()).toBeGreaterThan(20);
      // A draft becomes active once the district admits it (报表准入). The button works once the page is hydrated.
      await staff.waitForLoadState("networkidle");
      await staff.click("button:has-text('保存并提交准入')");
      // The submission classifies the fields with one matcher run over the district: seconds on a busy machine.
      const outcome = "[data-testid=form-editor] [role=status], [data-testid=form-editor] [role=alert]";
      await staff.waitForSelector(outcome, { timeout: 180_000 });
      expect(await staff.textContent(outcome), draft.title).toContain("并提交准入申请");
      requests.push((await staff.getAttribute("[data-testid=form-editor] [role=status] a", "href"))!);
    }
    await staff.context().close();

    const page = await newPage(b.browser, b.baseURL(), { width: 1280, height: 900 });
    await signIn(page, "district", DEMO_PASSWORD);
    for (const href of requests) {
      await page.goto(href);
      await page.click("[data-testid=decide-button]");
      await page.click("[data-testid=confirm-decision]");
      await page.waitForSelector("[data-testid=decided]", { timeout: 120_000 });
    }

    // The district official finds their suggestions by form title: each with a reason and the elements it concerns.
    let query = "";
    for (const q of ["建档立卡", "农村基本情况"]) {
      await page.goto(`/elements/review?q=${encodeURIComponent(q)}`);
      if ((await page.locator("[data-testid=review-pair]").count()) > 0) {
        query = q;
        break;
      }
    }
    expect(query).not.toBe("");
    const cardsBefore = await page.locator("[data-testid=review-pair]").count();
    const card = page.locator("[data-testid=review-pair]").first();
    expect(await card.textContent()).toMatch(/匹配依据：\S+/);
    expect(await card.locator("[data-testid=pair-element]").count()).toBe(2);
    await screenshot(page, "elements-review-new-forms");
    const labels = await firstPairLabels(page);
    const mergeSuggested = (await card.textContent())!.includes("可能是同一项");
    const elementLinks = await card.locator("[data-testid=pair-element] a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    await card.getByRole("button", { name: "是同一数据元", exact: true }).click();
    await expect.poll(async () => (await page.locator("[data-testid=review-pair]").count()) === 0 || (await firstPairLabels(page)).join("|") !== labels.join("|"), { timeout: 60_000 }).toBe(true);

    // Confirmed: both fields now sit in one element, whichever of the two ids it kept (its page lists both fields).
    const leaves = labels.map((l) => l.split(" › ").at(-1)!.replace(/\s+/g, ""));
    let merged = false;
    for (const href of new Set(elementLinks)) {
      if ((await page.goto(href))?.status() !== 200) continue;
      const body = (await page.textContent("main"))!.replace(/\s+/g, "");
      if (leaves.every((l) => body.includes(l))) {
        merged = true;
        await screenshot(page, "elements-after-confirm");
        break;
      }
    }
    expect(merged, mergeSuggested ? "merged by the confirmation" : "kept together by the confirmation").toBe(true);
    await page.context().close();

    const phone = await newPage(b.browser, b.baseURL(), { width: 390, height: 844 });
    await signIn(phone, "district", DEMO_PASSWORD);
    await phone.goto(`/elements/review?q=${encodeURIComponent(query)}`);
    // The rest of these forms' suggestions are still asked after the re-analysis the confirmation ran.
    if (cardsBefore > 1) expect(await phone.locator("[data-testid=review-pair]").count()).toBeGreaterThan(0);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(phone, "elements-review-new-forms-phone");
    await phone.context().close();
  }, 420_000);
});
