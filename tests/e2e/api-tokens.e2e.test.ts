import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/db/seed/demo-data";
import { DEMO_AGGREGATE_TITLE, DEMO_EXPORT_PERIOD } from "@/db/seed/demo-export";
import { newPage, screenshot, signIn, useBrowser } from "./browser";

const b = useBrowser();

/** A department system's call: plain fetch, no session cookie, only the bearer token. */
function api(path: string, token?: string) {
  return fetch(`${b.baseURL()}${path}`, { redirect: "manual", headers: token ? { Authorization: `Bearer ${token}` } : {} });
}

describe("API tokens (系统管理 → API 令牌)", () => {
  it("an admin creates a department token shown once, a department system reads with it, the admin revokes it", async () => {
    // Without a session the API answers itself (401 JSON), it is not sent to the login page.
    const anonymous = await api("/api/v1/forms");
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error.code).toBe("unauthenticated");
    const openapi = await api("/api/v1/openapi.json");
    expect(openapi.status).toBe(200);
    expect((await openapi.json()).openapi).toBe("3.1.0");

    const page = await newPage(b.browser, b.baseURL());
    await signIn(page, "admin", DEMO_PASSWORD);
    await page.goto("/admin/api-tokens");
    await expect.poll(() => page.textContent("h1")).toBe("API 令牌");
    await page.fill("#t-name", "民政业务系统");
    await page.selectOption("#t-department", { label: "区民政局" });
    await page.click("button:has-text('新建令牌')");
    const shown = page.locator("[data-testid=new-token]");
    await shown.waitFor({ state: "visible", timeout: 15_000 });
    const secret = (await shown.textContent())!.trim();
    expect(secret).toMatch(/^oft_[A-Za-z0-9_-]{43}$/);
    await expect.poll(() => page.textContent("table")).toContain("民政业务系统");
    // Still in view once the list has refreshed.
    expect(await shown.isVisible()).toBe(true);
    await screenshot(page, "api-tokens-created-1280");

    // The department system reads its forms with it.
    const forms = await (await api("/api/v1/forms", secret)).json();
    expect(forms.department).toBe("区民政局");
    const dibao = forms.forms.find((f: { title: string }) => f.title === DEMO_AGGREGATE_TITLE);
    expect(dibao).toBeDefined();
    const values = await api(`/api/v1/forms/${dibao.id}/values?period=${DEMO_EXPORT_PERIOD}`, secret);
    expect(values.status).toBe(200);
    const body = await values.json();
    expect(body.units.length).toBeGreaterThan(10);
    expect(body.units.some((u: { records: Record<string, unknown>[] }) => Object.keys(u.records[0] ?? {}).length > 1)).toBe(true);

    // The shown-once token is gone after a reload; the list shows its last use and only its prefix.
    await page.reload();
    expect(await page.locator("[data-testid=new-token]").count()).toBe(0);
    const row = page.locator("tr", { hasText: "民政业务系统" });
    await expect.poll(() => row.textContent()).toContain(secret.slice(0, 10));
    expect(await row.textContent()).not.toContain(secret);
    expect(await row.textContent()).not.toContain("从未使用");

    // Revoking asks first; cancelling keeps the token working.
    await row.locator("button:has-text('撤销')").click();
    await expect.poll(() => row.locator("dialog").textContent()).toContain("确定撤销区民政局的令牌“民政业务系统”吗？");
    await row.locator("dialog button:has-text('取消')").click();
    expect((await api("/api/v1/forms", secret)).status).toBe(200);
    await row.locator("button:has-text('撤销')").click();
    await row.locator("dialog button:has-text('确认')").click();
    await expect.poll(() => page.locator("tr", { hasText: "民政业务系统" }).textContent()).toContain("已撤销");
    expect((await api("/api/v1/forms", secret)).status).toBe(401);
    await screenshot(page, "api-tokens-revoked-1280");
    await page.context().close();
  });

  it("works at phone width", async () => {
    const page = await newPage(b.browser, b.baseURL(), { width: 390, height: 800 });
    await signIn(page, "admin", DEMO_PASSWORD);
    await page.goto("/admin/api-tokens");
    await page.fill("#t-name", "卫健业务系统");
    await page.selectOption("#t-department", { label: "区卫健委" });
    await page.click("button:has-text('新建令牌')");
    await page.locator("[data-testid=new-token]").waitFor({ state: "visible", timeout: 15_000 });
    await expect.poll(() => page.textContent("table")).toContain("卫健业务系统");
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await screenshot(page, "api-tokens-390");
    await page.context().close();
  });
});
