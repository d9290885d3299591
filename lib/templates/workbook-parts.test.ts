import { describe, expect, it } from "vitest";
import { parseTemplate } from "./parse-template";
import { buildWorkbook, fiveSheetSurveySpec } from "./test-fixtures";
import { groupParts, isNumberedPart, sharesSurveyName, surveyStem } from "./workbook-parts";

describe("workbooks whose sheets are parts of one form", () => {
  it("表一…表五 of one survey are one form with the fields of all five sheets; option and instruction sheets give none", async () => {
    const spec = fiveSheetSurveySpec();
    spec[1].lists = { "D5:D200": "'选项'!$A$2:$A$3", "C5:C200": "选项!$B$2:$B$4" };
    const forms = await parseTemplate(await buildWorkbook(spec), "困难家庭调查.xlsx");
    expect(forms).toHaveLength(1);
    const [form] = forms;
    expect(form.parts?.map((p) => [p.sheet, p.fieldCount])).toEqual([
      ["表一", 4],
      ["表二", 4],
      ["表三", 3],
      ["表四", 3],
      ["表五", 3],
    ]);
    expect(form.fields.map((f) => f.ref)).toEqual([
      "表一!B4", "表一!C4", "表一!D4", "表一!E4",
      "表二!B4", "表二!C4", "表二!D4", "表二!E4",
      "表三!B4", "表三!C4", "表三!D4",
      "表四!B4", "表四!C4", "表四!D4",
      "表五!B4", "表五!C4", "表五!D4",
    ]);
    expect(form.title).toBe("2025年农村困难家庭调查表");
    expect(form.fields.find((f) => f.ref === "表二!D4")).toMatchObject({ type: "choice", options: ["男", "女"] });
    expect(form.fields.find((f) => f.ref === "表二!C4")?.options).toEqual(["户主", "配偶", "子女"]);
    expect(form.layout).toBe("columns");
    expect(form.sheet).toBe("表一");
    expect(form.frequency).toBe("annual");
    expect(form.department).toBe("区民政局");
  });

  it("keeps a part's own title even when it reads like `key：value` (表五：网格内单位和场所)", async () => {
    const forms = await parseTemplate(
      await buildWorkbook([
        { name: "表一", rows: [["网格化服务管理基础信息采集表"], ["项目", "单位", "内容"], ["网格名称", "—"], ["住户数", "户"]] },
        { name: "表五", rows: [["表五：网格内单位和场所"], ["项目", "单位", "数量"], ["九小场所", "个"], ["出租房屋", "套"]] },
      ]),
      "网格化服务管理基础信息采集表.xlsx",
    );
    expect(forms).toHaveLength(1);
    expect(forms[0].parts?.map((p) => p.title)).toEqual(["网格化服务管理基础信息采集表", "表五：网格内单位和场所"]);
  });

  it("a visible list sheet with a plain name is not a form when dropdowns read it", async () => {
    const forms = await parseTemplate(
      await buildWorkbook([
        { name: "Sheet1", rows: [["独居老人关爱登记表"], ["姓名", "性别", "健康状况"]], lists: { "C3:C100": "Sheet2!$A$1:$A$3" } },
        { name: "Sheet2", rows: [["良好", "男"], ["一般", "女"], ["较差"]] },
        { name: "Sheet3", rows: [] },
      ]),
      "关爱.xlsx",
    );
    expect(forms).toHaveLength(1);
    expect(forms[0].fields.map((f) => [f.label, f.options ?? null])).toEqual([
      ["姓名", null],
      ["性别", null],
      ["健康状况", ["良好", "一般", "较差"]],
    ]);
  });

  it("two sheets of one survey without part numbers share its name", async () => {
    const forms = await parseTemplate(
      await buildWorkbook([
        { name: "调查小区", rows: [["2026年人口变动抽样调查小区情况表"], ["所在村（社区）", "调查小区编码", "住户数（户）"]] },
        { name: "按户登记", rows: [["人口变动抽样调查按户登记表"], ["户编号", "户主", "本户人数（人）"]] },
        { name: "按人登记", rows: [["人口变动抽样调查按人登记表"], ["户编号", "姓名", "性别"]] },
      ]),
      "人口变动.xlsx",
    );
    expect(forms).toHaveLength(1);
    expect(forms[0].fields).toHaveLength(9);
    expect(new Set(forms[0].fields.map((f) => f.sheet))).toEqual(new Set(["调查小区", "按户登记", "按人登记"]));
  });

  it("the order of forms and fields does not depend on anything but the workbook", async () => {
    const buf = await buildWorkbook(fiveSheetSurveySpec());
    const a = await parseTemplate(buf, "x.xlsx");
    const b = await parseTemplate(buf, "x.xlsx");
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});

describe("the grouping rule", () => {
  it("reads part numbers in sheet names and titles", () => {
    for (const t of ["表一", "表2", "附表3", "第一部分", "（表二）家庭成员", "调查表表三", "表四：住房", "一、基本情况"]) expect(isNumberedPart(t), t).toBe(true);
    for (const t of ["Sheet1", "花名册", "统计表", "低保", "2026年"]) expect(isNumberedPart(t), t).toBe(false);
  });

  it("compares survey names without periods, place blanks and generic suffixes", () => {
    expect(surveyStem("______镇（街道）2026年度民兵整组登记表")).toBe("民兵整组");
    expect(sharesSurveyName("残疾人辅助器具适配需求登记表", "残疾人辅助器具发放登记表")).toBe(true);
    expect(sharesSurveyName("______镇（街道）低保对象花名册", "______镇（街道）特困人员花名册")).toBe(false);
    expect(sharesSurveyName("村级集体经济统计表", "村级组织基本情况表")).toBe(false);
    expect(sharesSurveyName("农村低保对象名册", "农村特困人员名册")).toBe(false);
  });

  it("groups numbered sheets and untitled continuations, keeps unrelated forms apart", () => {
    expect(
      groupParts([
        { sheet: "表1", title: "养殖场基本情况" },
        { sheet: "表2", title: "防疫情况" },
        { sheet: "续表", title: "" },
        { sheet: "名册", title: "村级防疫员花名册" },
      ]),
    ).toEqual([[0, 1, 2], [3]]);
  });
});
