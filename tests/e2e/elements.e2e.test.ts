import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/db/seed/demo-data";
import { newPage, screenshot, signIn, useBrowser } from "./browser";

const b = useBrowser();

/** Labels of the first review pair on the page, to find the same pair again after re-running. */
async function firstPairLabels(page: import("playwright-core").Page): Promise<string[]> {
  return page.locator("[data-testid=review-pair]").first().locator("[data-testid=pair-label]").allTextContents();
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
    await page.locator("[data-testid=review-pair]").first().getByRole("button", { name: "是同一数据元", exact: true }).click();
    await expect.poll(async () => (await firstPairLabels(page)).join("|")).not.toBe(confirmed.join("|"));

    const rejected = await firstPairLabels(page);
    await page.locator("[data-testid=review-pair]").first().getByRole("button", { name: "不是同一数据元", exact: true }).click();
    await expect.poll(async () => (await firstPairLabels(page)).join("|")).not.toBe(rejected.join("|"));

    await page.goto("/elements");
    await page.getByRole("button", { name: "重新分析" }).click();
    await expect.poll(() => page.textContent("body")).toContain("分析完成");
    await page.goto("/elements/review");
    const pairs = await page.locator("[data-testid=review-pair]").evaluateAll((nodes) =>
      nodes.map((n) => [...n.querySelectorAll("[data-testid=pair-label]")].map((l) => l.textContent).join("|")),
    );
    expect(pairs).not.toContain(confirmed.join("|"));
    expect(pairs).not.toContain(rejected.join("|"));

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
  });
});
