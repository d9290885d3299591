import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/db/seed/demo-data";
import { newPage, screenshot, signIn, useBrowser } from "./browser";

const b = useBrowser();
const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/xlsx/forms");
const NAMES = ["临时救助对象登记表.xlsx", "2026年特殊困难老年人探访关爱台账.xlsx", "损坏的表样.xlsx", "区民政局城乡低保及特困供养情况统计表.xlsx"];
const dir = mkdtempSync(path.join(tmpdir(), "oneform-upload-progress-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Eight files: the fixtures twice, the second time under other names (as copies in a village's folder). */
function folderFiles(tag: string): string[] {
  return [0, 1].flatMap((copy) =>
    NAMES.map((name) => {
      const target = path.join(dir, name.replace(".xlsx", `${copy === 0 ? "" : "-芦江村"}${tag}.xlsx`));
      copyFileSync(path.join(FIXTURES, name), target);
      return target;
    }),
  );
}

describe("upload of many templates shows progress per file", () => {
  it("names the files being parsed with n of N while it runs, then each file's outcome; works on a phone", async () => {
    for (const [width, shot, tag] of [
      [1280, "upload-progress-desktop", ""],
      [390, "upload-progress-phone", "-手机"],
    ] as const) {
      const page = await newPage(b.browser, b.baseURL(), { width, height: 860 });
      await signIn(page, "minzheng", DEMO_PASSWORD);
      await page.goto("/forms/upload");
      await page.setInputFiles("#templates", folderFiles(tag));
      await page.setInputFiles("#catalog", path.join(FIXTURES, "报表清单.xlsx"));
      // Every text the status line and the counter show while the upload runs.
      await page.evaluate(() => {
        const seen: string[] = [];
        (window as unknown as { __seen: string[] }).__seen = seen;
        new MutationObserver(() => {
          for (const id of ["upload-status", "upload-done"]) {
            const text = document.querySelector(`[data-testid=${id}]`)?.textContent;
            if (text && seen.at(-1) !== text) seen.push(text);
          }
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      await page.click("button:has-text('上传 8 个文件')");
      await expect.poll(() => page.textContent("[data-testid=upload-status]"), { timeout: 90_000 }).toContain("完成：6 个文件已保存为 6 张草稿报表，2 个文件未保存");
      const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
      const parsing = seen.filter((s) => s.startsWith("正在上传并解析"));
      // n of N counting up to N (React may render two quick steps as one), and two files named at once while both
      // are in flight.
      const ns = parsing.map((s) => Number(/（第 (\d)\/8 个）$/.exec(s)?.[1]));
      expect(ns, JSON.stringify(seen)).toEqual([...ns].sort((x, y) => x - y));
      expect(new Set(ns).size, JSON.stringify(seen)).toBeGreaterThanOrEqual(3);
      expect(ns.at(-1)).toBe(8);
      expect(parsing.some((s) => /\.xlsx、.+\.xlsx（第 \d\/8 个）$/.test(s))).toBe(true);
      expect(seen.some((s) => /^已完成 [1-7]\/8 个，其中 [0-2] 个未保存$/.test(s))).toBe(true);
      // Outcomes in the order chosen; the broken copies say why, in Chinese.
      const rows = page.locator("[data-testid=upload-results] > li");
      expect(await rows.count()).toBe(8);
      const failed = await page.locator("[data-testid=upload-results] > li[data-ok=false]").allTextContents();
      expect(failed).toHaveLength(2);
      expect(failed[0]).toContain(`「损坏的表样${tag}.xlsx」文件已损坏`);
      expect(failed[1]).toContain(`「损坏的表样-芦江村${tag}.xlsx」文件已损坏`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await screenshot(page, shot);
      await page.context().close();
    }
  });
});
