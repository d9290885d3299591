import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/db/seed/demo-data";
import { newPage, screenshot, signIn, useBrowser } from "./browser";

const b = useBrowser();

describe("signing in and out", () => {
  it("lets every demo account sign in and see its own name", async () => {
    for (const account of DEMO_ACCOUNTS) {
      const page = await newPage(b.browser, b.baseURL());
      await signIn(page, account.username, DEMO_PASSWORD);
      await expect.poll(() => page.textContent("[data-testid=who]")).toContain(account.displayName);
      await page.context().close();
    }
  });

  it("refuses a wrong password with a Chinese message, then signs in and out", async () => {
    const page = await newPage(b.browser, b.baseURL());
    await page.goto("/");
    expect(new URL(page.url()).pathname).toBe("/login");
    await page.fill("#username", "cadre");
    await page.fill("#password", "wrong-password1");
    await page.click("button[type=submit]");
    await expect.poll(() => page.textContent("[role=alert]")).toContain("用户名或密码错误");
    expect(await page.inputValue("#username")).toBe("cadre");
    await screenshot(page, "login-error");

    await signIn(page, "cadre", DEMO_PASSWORD);
    await screenshot(page, "home-cadre");
    await Promise.all([page.waitForURL("**/login"), page.click("text=退出登录")]);
    await page.goto("/");
    expect(new URL(page.url()).pathname).toBe("/login");
    await page.context().close();
  });

  it("switches the interface to English and back", async () => {
    const page = await newPage(b.browser, b.baseURL());
    await page.goto("/login");
    await page.click("text=English");
    await expect.poll(() => page.textContent("h1")).toBe("OneForm");
    await page.click("text=中文");
    await expect.poll(() => page.textContent("h1")).toBe("一表通");
    await page.context().close();
  });
});

describe("a village cadre's reach", () => {
  it("opens its own village but gets a 404 for another village, by link or by typed URL", async () => {
    const admin = await newPage(b.browser, b.baseURL());
    await signIn(admin, "admin", DEMO_PASSWORD);
    await admin.goto("/org-units");
    const otherVillage = await admin.getAttribute("a:text-is('芦江村')", "href");
    const ownVillage = await admin.getAttribute("a:text-is('团山湖村')", "href");
    expect(otherVillage).toMatch(/^\/org-units\/[0-9a-f-]{36}$/);
    await admin.context().close();

    const page = await newPage(b.browser, b.baseURL(), { width: 390, height: 800 });
    await signIn(page, "cadre", DEMO_PASSWORD);
    const own = await page.goto(ownVillage!);
    expect(own?.status()).toBe(200);
    expect(await page.textContent("h1")).toContain("团山湖村");
    await screenshot(page, "cadre-own-village-phone");
    const other = await page.goto(otherVillage!);
    expect(other?.status()).toBe(404);
    expect(await page.textContent("body")).not.toContain("芦江村");
    await screenshot(page, "cadre-other-village-404");
    const admins = await page.goto("/admin/users");
    expect(admins?.status()).toBe(404);
    await page.context().close();
  });
});
