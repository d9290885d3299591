import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { checkCharacter } from "@/lib/id-number/gb11643";
import { periodEnd, periodKeyOf } from "@/lib/periods";
import { DEMO_PASSWORD } from "@/db/seed/demo-data";
import { newPage, screenshot, signIn, useBrowser } from "./browser";

const b = useBrowser();
const PHONE = { width: 390, height: 844 };
// Next month: the one-form tests fill this month and last month of the same village, and values typed in
// the month before theirs would make their saves ask for confirmation (a jump against the period before).
const PERIOD = periodKeyOf(new Date(periodEnd(periodKeyOf(new Date(), "month")).getTime() + 86_400_000), "month");
const shared = { villageId: "", item: "", note: "本月出生人数与户籍变动不符，请核实" };

/** A plausible value for an input, by the element type the page puts on it. */
async function fillByType(input: Locator, n: number) {
  const type = await input.getAttribute("data-type");
  if ((await input.evaluate((el) => el.tagName)) === "SELECT") {
    const options = await input.locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    return input.selectOption(options[n % options.length]);
  }
  const id17 = "43011219700101001";
  const value = { integer: String(3 + (n % 7)), decimal: `${2 + (n % 5)}.5`, date: "2026-12-02", phone: "13800001234", idcard: `${id17}${checkCharacter(id17)}`, text: "无" }[type ?? "text"] ?? "无";
  await input.fill(value);
}

/** Saves a section, confirming warnings against last period if the server asks. */
async function saveSectionOf(section: Locator) {
  await section.locator("button", { hasText: "保存本节" }).click();
  const alert = section.locator(".alert").first();
  await expect.poll(async () => (await alert.count()) && ((await alert.textContent()) ?? "").match(/已保存|已核实|改正/)?.[0], { timeout: 15_000 }).toBeTruthy();
  if (!(await alert.textContent())?.includes("已保存")) {
    for (const warning of await section.locator(".field-warning input[type=checkbox]").all()) await warning.check();
    await section.locator("button", { hasText: "保存本节" }).click();
  }
  await expect.poll(() => section.locator("[role=status]").textContent(), { timeout: 15_000 }).toContain("已保存");
}

async function fillAllSections(page: Page) {
  const sections = page.locator("section[data-section]");
  for (let i = 0; i < (await sections.count()); i++) {
    const section = sections.nth(i);
    const inputs = section.locator(".fields input:not([disabled]), .fields select:not([disabled])");
    for (let j = 0; j < (await inputs.count()); j++) await fillByType(inputs.nth(j), j);
    await saveSectionOf(section);
  }
}

async function submit(page: Page) {
  await page.locator("[data-testid=submit-period] button").click();
  await expect.poll(() => page.locator("[data-testid=submit-period]").textContent(), { timeout: 15_000 }).toContain("提交成功");
}

async function signedIn(username: string, viewport = PHONE): Promise<Page> {
  const page = await newPage(b.browser, b.baseURL(), viewport);
  await signIn(page, username, DEMO_PASSWORD);
  return page;
}

async function openOneForm(page: Page) {
  await page.goto(`/one-form/${shared.villageId}/${PERIOD}`);
  await page.waitForSelector("[data-testid=burden]");
}

async function openReview(page: Page) {
  await page.goto(`/review?period=${PERIOD}`);
  const row = page.locator("[data-testid=review-row][data-village=团山湖村]");
  await Promise.all([page.waitForURL(new RegExp(`/review/${shared.villageId}/${PERIOD}$`)), row.locator("a").click()]);
  await page.waitForSelector("[data-testid=review-status]");
}

const fitsPhone = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
const stateOf = (page: Page) => page.locator("[data-testid=review-status] [data-testid=review-state]").getAttribute("data-state");

describe("review of a village's one form at phone width (村 → 乡镇 → 区)", () => {
  it("the cadre fills and submits; the town sees it waiting and returns it with a reason at one item", async () => {
    const cadre = await signedIn("cadre");
    await cadre.goto("/one-form");
    shared.villageId = new URL(cadre.url()).pathname.split("/")[2];
    await openOneForm(cadre);
    await fillAllSections(cadre);
    await submit(cadre);
    // A cadre has no review page and cannot reach one.
    expect((await cadre.goto(`/review?period=${PERIOD}`))?.status()).toBe(404);
    expect((await cadre.goto(`/review/${shared.villageId}/${PERIOD}`))?.status()).toBe(404);
    await cadre.context().close();

    const town = await signedIn("town");
    await Promise.all([town.waitForURL("**/review"), town.click("nav >> text=审核")]);
    await town.goto(`/review?period=${PERIOD}`);
    const row = town.locator("[data-testid=review-row][data-village=团山湖村]");
    expect(await row.getAttribute("data-state")).toBe("submitted");
    expect(await row.locator("td").last().textContent()).toBe("0");
    expect(await fitsPhone(town)).toBeLessThanOrEqual(390);
    await screenshot(town, "review-list-town-390");

    await openReview(town);
    expect(await stateOf(town)).toBe("submitted");
    // Read only: values shown as text, no inputs of the one form.
    expect(await town.locator("[data-review-section] input").count()).toBe(0);
    expect(await fitsPhone(town)).toBeLessThanOrEqual(390);
    await screenshot(town, "review-detail-town-390");

    await town.click("button:has-text('退回修改')");
    const section = town.locator("details[data-review-section]").first();
    await section.locator("summary").click();
    const item = section.locator("li[data-item]").first();
    shared.item = (await item.getAttribute("data-item")) ?? "";
    await item.locator("[data-testid=mark-item]").click();
    await item.locator("[data-testid=item-note]").fill(shared.note);
    await town.fill("#return-reason", "人口数请与户籍台账核对后重新提交");
    await screenshot(town, "review-return-390");
    await town.click("button:has-text('确认退回')");
    await expect.poll(() => stateOf(town), { timeout: 15_000 }).toBe("returned");
    expect(await town.textContent("[data-testid=return-reason]")).toContain("人口数请与户籍台账核对后重新提交");
    await town.context().close();
  });

  it("the cadre sees the reason at the item, corrects it and resubmits; the town approves and the form is locked", async () => {
    const cadre = await signedIn("cadre");
    await openOneForm(cadre);
    expect(await cadre.textContent("[data-testid=review-returned]")).toContain("人口数请与户籍台账核对后重新提交");
    const field = cadre.locator(".field", { has: cadre.locator("[data-testid=return-note]") });
    expect(await field.count()).toBe(1);
    expect(await field.locator("label").first().textContent()).toContain(shared.item);
    expect(await field.locator("[data-testid=return-note]").textContent()).toBe(`退回意见：${shared.note}`);
    await field.scrollIntoViewIfNeeded();
    await screenshot(cadre, "review-returned-cadre-390");
    await field.locator("input").fill("1");
    await saveSectionOf(cadre.locator("section[data-section]", { has: field }));
    await submit(cadre);
    await cadre.context().close();

    const town = await signedIn("town");
    await town.goto(`/review?period=${PERIOD}`);
    const row = town.locator("[data-testid=review-row][data-village=团山湖村]");
    expect(await row.getAttribute("data-state")).toBe("submitted");
    expect(await row.locator("td").last().textContent()).toBe("1");
    await openReview(town);
    await town.click("button:has-text('审核通过')");
    await expect.poll(() => stateOf(town), { timeout: 15_000 }).toBe("town_approved");
    await screenshot(town, "review-approved-town-390");
    await town.context().close();

    const locked = await signedIn("cadre");
    await openOneForm(locked);
    expect(await locked.textContent("[data-testid=review-locked]")).toContain("已审核通过并锁定");
    expect(await locked.locator("button", { hasText: "保存本节" }).count()).toBe(0);
    expect(await locked.locator("section[data-section] .fields input:not([disabled])").count()).toBe(0);
    expect(await locked.locator("[data-testid=submit-period]").count()).toBe(0);
    await screenshot(locked, "review-locked-cadre-390");
    await locked.context().close();
  });

  it("the district sees what the town approved, approves, and the approvals unlock level by level; another town cannot review", async () => {
    const district = await signedIn("district");
    await district.goto(`/review?period=${PERIOD}`);
    const summary = district.locator("[data-testid=town-summary] tr[data-town=乔口镇]");
    expect(Number(await summary.locator("[data-testid=town-approved]").textContent())).toBeGreaterThanOrEqual(1);
    expect(await fitsPhone(district)).toBeLessThanOrEqual(390);
    await screenshot(district, "review-list-district-390");
    await openReview(district);
    await district.click("button:has-text('区级审核通过')");
    await expect.poll(() => stateOf(district), { timeout: 15_000 }).toBe("district_approved");
    await screenshot(district, "review-approved-district-390");

    // The town cannot review another town's village: 芦江村 (靖港镇) is missing for 乔口镇's official.
    await district.goto("/one-form");
    const otherVillage = (await district.locator("a:text-is('芦江村')").getAttribute("href"))!.split("/")[2];
    const town = await signedIn("town");
    expect((await town.goto(`/review/${otherVillage}/${PERIOD}`))?.status()).toBe(404);
    await town.goto(`/review?period=${PERIOD}`);
    expect(await town.locator("[data-testid=review-row][data-village=芦江村]").count()).toBe(0);
    // The town cannot unlock the district's approval; the district unlocks back to the town's, then the town unlocks.
    await openReview(town);
    expect(await town.locator("button:has-text('解除锁定')").count()).toBe(0);

    town.on("dialog", (dialog) => void dialog.accept());
    district.on("dialog", (dialog) => void dialog.accept());
    await openReview(district);
    await district.click("button:has-text('解除锁定')");
    await expect.poll(() => stateOf(district), { timeout: 15_000 }).toBe("town_approved");
    await openReview(town);
    await town.click("button:has-text('解除锁定')");
    await expect.poll(() => stateOf(town), { timeout: 15_000 }).toBe("submitted");
    await district.context().close();
    await town.context().close();

    // The same pages on a desktop.
    const desk = await signedIn("district", { width: 1280, height: 860 });
    await desk.goto(`/review?period=${PERIOD}`);
    await screenshot(desk, "review-list-district-1280");
    await openReview(desk);
    await screenshot(desk, "review-detail-district-1280");
    await desk.context().close();

    const cadre = await signedIn("cadre");
    await openOneForm(cadre);
    expect(await cadre.locator("[data-testid=review-locked]").count()).toBe(0);
    expect(await cadre.locator("button", { hasText: "保存本节" }).count()).toBeGreaterThan(0);
    await cadre.context().close();
  });
});
