import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/db/seed/demo-data";
import { buildWorkbook, fiveSheetSurveySpec, longQuestionnaireSpec } from "@/lib/templates/test-fixtures";
import { newPage, screenshot, signIn, useBrowser } from "./browser";

const b = useBrowser();
const dir = mkdtempSync(path.join(tmpdir(), "oneform-upload-preview-"));
const LONG = path.join(dir, "农村经济社会基本情况调查表.xlsx");
const SURVEY = path.join(dir, "农村困难家庭调查表.xlsx");
const long = longQuestionnaireSpec({ sections: 4, groups: 3, items: 6 });
const SHEETS = ["表一", "表二", "表三", "表四", "表五"];
const GRIDS = path.join(dir, "村级特色产业发展情况统计表.xlsx");
const MONTHS = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);

beforeAll(async () => {
  writeFileSync(LONG, await buildWorkbook(long.spec));
  const survey = fiveSheetSurveySpec();
  survey[1].lists = { "D5:D200": "'选项'!$A$2:$A$3" };
  writeFileSync(SURVEY, await buildWorkbook(survey));
  // Grids the kit's writer does not make: a row header in two columns with a 计量单位 column (the category merged
  // down), and indicator rows over 1月…12月 with a 全年合计.
  writeFileSync(
    GRIDS,
    await buildWorkbook([
      {
        name: "特色产业",
        rows: [["村级特色优势产业发展情况统计表"], ["产业类别", "产业名称", "计量单位", "种植面积（养殖规模）", "带动农户（户）"], ["种植业", "茶叶", "亩"], ["种植业", "中药材", "亩"], ["养殖业", "生猪", "头"], ["养殖业", "肉牛", "头"]],
        merges: ["A1:E1", "A3:A4", "A5:A6"],
      },
      {
        name: "巡山护林",
        rows: [["巡山护林情况统计表"], ["项  目", "单位", "月份", ...MONTHS.slice(1).map(() => ""), "全年合计"], ["", "", ...MONTHS, ""], ["巡山次数", "次"], ["发现火情隐患", "处"]],
        merges: ["A1:O1", "A2:A3", "B2:B3", "C2:N2", "O2:O3"],
      },
    ]),
  );
});

describe("upload preview of a long questionnaire and a five-sheet survey", () => {
  it("shows the indicators (not the stamp cells) and one form with the fields of all five sheets; saved, the form pages show them", async () => {
    expect(long.indicators.length).toBeGreaterThanOrEqual(60);
    const page = await newPage(b.browser, b.baseURL());
    await signIn(page, "minzheng", DEMO_PASSWORD);
    await page.click("nav >> text=上传表样");
    await page.setInputFiles("#templates", [LONG, SURVEY]);
    await page.click("button:has-text('上传 2 个文件')");
    await expect.poll(() => page.textContent("[data-testid=upload-status]"), { timeout: 60_000 }).toContain("完成：2 个文件已保存为 2 张草稿报表，0 个文件未保存");

    // The questionnaire: one form, indicator rows, every indicator listed, no stamp or signature cell.
    const questionnaire = page.locator("[data-testid=upload-results] > li", { hasText: "农村经济社会基本情况调查表.xlsx" });
    const longPreview = questionnaire.locator("[data-testid=upload-preview]");
    expect(await longPreview.count()).toBe(1);
    expect(await longPreview.locator("summary").textContent()).toContain("指标行式");
    const longLabels = await longPreview.locator("li").allTextContents();
    expect(longLabels).toHaveLength(long.indicators.length + 1);
    expect(longLabels[0]).toBe(`${long.indicators[0].label}（${long.indicators[0].unit}）`);
    expect(longLabels.some((l) => /盖章|填表人|审核人|负责人/.test(l))).toBe(false);
    expect(longLabels.some((l) => /^一、|^（一）/.test(l))).toBe(false);

    // The survey: ONE form whose preview names the five sheets, each with its fields; the option sheet is none.
    const survey = page.locator("[data-testid=upload-results] > li", { hasText: "农村困难家庭调查表.xlsx" });
    expect(await survey.locator("[data-testid=upload-preview]").count()).toBe(1);
    expect(await survey.locator("[data-testid=upload-preview] summary").textContent()).toContain("共 5 个工作表");
    expect(await survey.locator("[data-testid=upload-preview] section").evaluateAll((s) => s.map((x) => x.getAttribute("data-sheet")))).toEqual(SHEETS);
    expect(await survey.locator("section[data-sheet=表二] li").allTextContents()).toEqual(["姓名", "与户主关系", "性别", "出生日期"]);
    expect(await survey.textContent()).not.toContain("选项");
    await screenshot(page, "upload-preview-desktop");

    // Saved as a draft, the survey's page lists the five sheets and every field with its sheet.
    await survey.locator("a").first().click();
    await page.waitForURL(/\/forms\/[0-9a-f-]{36}$/);
    expect(await page.textContent("[data-testid=form-sheets]")).toContain("表五（3 个字段");
    const refs = () => page.locator("[data-testid=fields-table] tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-field-ref")));
    const surveyRefs = await refs();
    expect(surveyRefs).toHaveLength(17);
    expect(new Set(surveyRefs.map((r) => r!.split("!")[0]))).toEqual(new Set(SHEETS));
    expect(await page.locator("[data-testid=fields-table] tbody tr").first().locator("td").first().textContent()).toBe("表一!B4");
    // The original sheets, one at a time: 表三's header cells are marked as its fields.
    expect(await page.locator("[data-testid=sheet-tabs] a").allTextContents()).toEqual(SHEETS);
    await Promise.all([page.waitForURL(/sheet=/), page.click("[data-testid=sheet-tabs] a:has-text('表三')")]);
    expect(await page.locator("[data-testid=sheet-preview]").textContent()).toContain("（收入情况）");
    expect(await page.locator("[data-testid=sheet-preview] td[title]").allTextContents()).toEqual(["户主姓名", "工资性收入（元）", "经营性收入（元）"]);
    await page.click("button:has-text('仅保存草稿')");
    await expect.poll(() => page.textContent("[role=status]"), { timeout: 30_000 }).toContain("草稿已保存");
    await page.reload();
    expect(await refs()).toEqual(surveyRefs);
    await screenshot(page, "upload-survey-form-desktop");

    // The questionnaire's page: the indicator rows, one per indicator, on its sheet.
    await page.goto("/forms?q=" + encodeURIComponent("农村经济社会基本情况调查表"));
    await page.locator("[data-testid=forms-table] tbody tr td:first-child a", { hasText: "农村经济社会基本情况调查表" }).first().click();
    await page.waitForURL(/\/forms\/[0-9a-f-]{36}$/);
    expect(await page.textContent("main")).toContain("指标行式");
    const longRefs = await refs();
    expect(longRefs.filter((r) => !r!.endsWith("!D3"))).toEqual(long.indicators.map((x) => `调查表!${x.address}`));
    await screenshot(page, "upload-questionnaire-form-desktop");
    await page.context().close();

    // On a phone: the upload preview wraps inside the screen.
    const phone = await newPage(b.browser, b.baseURL(), { width: 390, height: 800 });
    await signIn(phone, "minzheng", DEMO_PASSWORD);
    await phone.goto("/forms/upload");
    await phone.setInputFiles("#templates", [SURVEY]);
    await phone.click("button:has-text('上传 1 个文件')");
    await expect.poll(() => phone.textContent("[data-testid=upload-status]"), { timeout: 60_000 }).toContain("完成：1 个文件已保存为 1 张草稿报表");
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(phone, "upload-preview-phone");
    await phone.context().close();
  });

  it("shows grids as cells: a two-column row header with its units and indicator rows over twelve months", async () => {
    const page = await newPage(b.browser, b.baseURL());
    await signIn(page, "minzheng", DEMO_PASSWORD);
    await page.goto("/forms/upload");
    await page.setInputFiles("#templates", [GRIDS]);
    await page.click("button:has-text('上传 1 个文件')");
    await expect.poll(() => page.textContent("[data-testid=upload-status]"), { timeout: 60_000 }).toContain("完成：1 个文件已保存为");
    const result = page.locator("[data-testid=upload-results] > li", { hasText: "村级特色产业发展情况统计表.xlsx" });
    const previews = result.locator("[data-testid=upload-preview]");
    const text = (await previews.allTextContents()).join("\n");
    expect(text).toContain("交叉表");
    // One field per cell: 4 crops × 2 columns, the unit column none; 2 indicators × (12 months + 全年合计).
    const labels = await previews.locator("li").allTextContents();
    // A bracket that is not the unit does not hide the row's unit (亩 for 茶叶, 头 for 生猪).
    expect(labels).toContain("茶叶种植面积（养殖规模）（亩）");
    expect(labels).toContain("生猪种植面积（养殖规模）（头）");
    expect(labels).toContain("生猪带动农户（户）");
    expect(labels).toContain("巡山次数1月（次）");
    expect(labels.filter((l) => l.startsWith("巡山次数"))).toHaveLength(13);
    expect(labels.some((l) => /计量单位/.test(l))).toBe(false);
    await screenshot(page, "upload-preview-grids");

    // The two sheets are two forms (each its own title); the first one's page lists its eight cells, not the units.
    await result.locator("a").first().click();
    await page.waitForURL(/\/forms\/[0-9a-f-]{36}$/);
    expect(await page.textContent("main")).toContain("交叉表");
    const refs = await page.locator("[data-testid=fields-table] tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-field-ref")));
    expect(refs).toContain("特色产业!D3");
    expect(refs).not.toContain("特色产业!C3");
    expect(refs).toHaveLength(8);
    await screenshot(page, "upload-grid-form-desktop");
    await page.context().close();
  });
});
