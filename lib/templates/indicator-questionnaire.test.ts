import { describe, expect, it } from "vitest";
import { parseTemplate } from "./parse-template";
import { buildWorkbook, longQuestionnaireSpec, type SheetSpec } from "./test-fixtures";
import type { FormDefinition } from "./types";

async function parse(sheets: SheetSpec[], file = "t.xlsx"): Promise<FormDefinition[]> {
  return parseTemplate(await buildWorkbook(sheets), file);
}

describe("long questionnaires with indicators down the rows", () => {
  it("项目 | 单位 | 数量 over 80+ rows: one field per indicator row, category rows only in the path, no stamp cells", async () => {
    const { spec, indicators } = longQuestionnaireSpec({ sections: 4, groups: 3, items: 6 });
    expect(indicators.length).toBeGreaterThanOrEqual(80);
    const forms = await parse(spec);
    expect(forms).toHaveLength(1);
    const [form] = forms;
    expect(form.layout).toBe("indicator-rows");
    const data = form.fields.filter((f) => !f.isRemark);
    expect(data.map((f) => f.address)).toEqual(indicators.map((x) => x.address));
    expect(data.map((f) => f.unit)).toEqual(indicators.map((x) => x.unit));
    expect(form.fields.filter((f) => f.isRemark).map((f) => f.label)).toEqual(["备注"]);
    expect(form.fields.some((f) => /盖章|填表人|审核人|负责人/.test(f.label))).toBe(false);
    const first = data[0];
    expect(first.path).toEqual(["一、人口基本情况", "（一）土地统计", first.label]);
    expect(first.valueCell).toBe(`C${first.row}`);
    expect(data.find((f) => f.label.startsWith("（1）60岁以上"))?.path.slice(0, 2)).toEqual(["一、人口基本情况", "（一）土地统计"]);
    expect(data.find((f) => f.unit === "万元")?.type).toBe("decimal");
    expect(data.find((f) => f.unit === "户")?.type).toBe("integer");
    expect(form.frequency).toBe("quarterly");
    expect(form.department).toBe("区农业农村局");
  });

  it("a row with a blank unit where every item fills its unit cell (人 / 元 / —) is a heading, not a field", async () => {
    const items = ["所在乡（镇）", "所在行政村", "户主姓名", "户主证件号码", "家庭人口数", "监测对象类别"].map((l) => [l, l === "家庭人口数" ? "人" : "—"]);
    const rows = [["防止返贫监测对象信息采集表"], ["项    目", "单位", "填报内容"], ...items, ["风险情况", ""], ["主要风险类型", "—"], ["家庭年人均纯收入", "元"], ["帮扶措施", ""], ["产业帮扶措施", "—"], ["帮扶责任人", "—"]];
    const [form] = await parse([{ name: "户基本信息", rows }]);
    expect(form.layout).toBe("indicator-rows");
    expect(form.fields.map((f) => f.label)).not.toContain("风险情况");
    expect(form.fields.map((f) => f.label)).not.toContain("帮扶措施");
    expect(form.fields.map((f) => f.label)).toEqual([...items.map(([l]) => l), "主要风险类型", "家庭年人均纯收入", "产业帮扶措施", "帮扶责任人"]);
  });

  it("指标名称 | 计量单位 | 代码 | 本期数 | 上年同期 | 增减%: comparison columns keep one field per indicator", async () => {
    const { spec, indicators } = longQuestionnaireSpec({ sections: 2, groups: 2, items: 4, header: ["指标名称", "计量单位", "代码", "本期数", "上年同期", "增减%"] });
    const [form] = await parse(spec);
    expect(form.layout).toBe("indicator-rows");
    expect(form.fields.map((f) => f.address)).toEqual(indicators.map((x) => x.address));
    expect(form.fields[0]).toMatchObject({ valueCell: `D${form.fields[0].row}`, code: expect.stringMatching(/^\d+$/) });
  });

  it("本月 | 本年累计 beside a unit column are the indicator's values, not fields of their own", async () => {
    const [form] = await parse([{ name: "S", rows: [["项目", "单位", "本月", "本年累计"], ["一、实有人口", "", "", ""], ["实有人口总数", "人"], ["其中：流动人口", "人"]] }]);
    expect(form.layout).toBe("indicator-rows");
    expect(form.fields.map((f) => [f.address, f.valueCell, f.path.join(">")])).toEqual([
      ["A3", "C3", "一、实有人口>实有人口总数"],
      ["A4", "C4", "一、实有人口>其中：流动人口"],
    ]);
  });

  it("信息项 | 单位 | 填写内容: one household's facts down the rows are indicator rows, places and codes typed as text", async () => {
    const [form] = await parse([
      { name: "户信息", rows: [["农户基本信息表"], ["采集项", "单位", "填报内容"], ["所在乡（镇）", ""], ["户编码", ""], ["户主姓名", ""], ["户主身份证号", ""], ["家庭人口", "人"], ["家庭住址", ""]] },
    ]);
    expect(form.layout).toBe("indicator-rows");
    expect(form.fields.map((f) => [f.address, f.valueCell, f.type])).toEqual([
      ["A3", "C3", "text"],
      ["A4", "C4", "text"],
      ["A5", "C5", "text"],
      ["A6", "C6", "idcard"],
      ["A7", "C7", "integer"],
      ["A8", "C8", "text"],
    ]);
  });

  it("without a unit column, row labels × 本季 | 上年同期 | 同比增减 are a grid", async () => {
    const [form] = await parse([{ name: "S", rows: [["项    目", "本季（头）", "上年同期（头）", "同比增减（%）"], ["能繁母猪存栏"], ["生猪存栏"]] }]);
    expect(form.layout).toBe("grid");
    expect(form.fields.map((f) => [f.address, f.unit])).toEqual([
      ["B2", "头"],
      ["C2", "头"],
      ["D2", "%"],
      ["B3", "头"],
      ["C3", "头"],
      ["D3", "%"],
    ]);
  });

  it("a label header merged over two columns: the outer column is a category merged down, the inner one the indicator", async () => {
    const [form] = await parse([
      {
        name: "Sheet1",
        rows: [
          ["贫困村基本情况调查表"],
          ["项目", "", "单位", "数量"],
          ["人口", "户籍户数", "户"],
          ["", "户籍人口", "人"],
          ["土地", "耕地面积", "亩"],
          ["", "林地面积", "亩"],
          ["村集体经济收入", "", "万元"],
        ],
        merges: ["A1:D1", "A2:B2", "A3:A4", "A5:A6", "A7:B7"],
      },
    ]);
    expect(form.layout).toBe("indicator-rows");
    expect(form.fields.map((f) => [f.address, f.path.join(">"), f.unit])).toEqual([
      ["B3", "人口>户籍户数", "户"],
      ["B4", "人口>户籍人口", "人"],
      ["B5", "土地>耕地面积", "亩"],
      ["B6", "土地>林地面积", "亩"],
      ["A7", "村集体经济收入", "万元"],
    ]);
  });

  it("stamp and signature cells without colons, inside or under the table, are not indicators", async () => {
    const [form] = await parse([
      {
        name: "Sheet1",
        rows: [
          ["社区警务室工作情况统计表"],
          ["项目", "单位", "数量"],
          ["一、基础工作"],
          ["（一）实有人口"],
          ["1.户籍人口", "人"],
          ["2.流动人口", "人"],
          ["二、治安防范"],
          ["1.发案数", "起"],
          ["单位（盖章）", "", "填表人"],
          ["审核人", "", "报送日期"],
        ],
      },
    ]);
    expect(form.fields.map((f) => [f.address, f.path.join(">")])).toEqual([
      ["A5", "一、基础工作>（一）实有人口>1.户籍人口"],
      ["A6", "一、基础工作>（一）实有人口>2.流动人口"],
      ["A8", "二、治安防范>1.发案数"],
    ]);
    expect(form.layoutInfo.footerRow).toBe(9);
  });

  it("a numbered indicator with numbered sub-items (after its 其中 items) is their context", async () => {
    const [form] = await parse([
      {
        name: "S",
        rows: [
          ["指标名称", "计量单位", "代码", "本期数"],
          ["一、从业人员", "人", "01"],
          ["其中：女", "人", "02"],
          ["（一）按行业分", "", ""],
          ["1.农业", "人", "03"],
          ["二、外出务工", "人", "04"],
        ],
      },
    ]);
    expect(form.fields.map((f) => [f.address, f.path.join(">")])).toEqual([
      ["A2", "一、从业人员"],
      ["A3", "一、从业人员>其中：女"],
      ["A5", "一、从业人员>（一）按行业分>1.农业"],
      ["A6", "二、外出务工"],
    ]);
  });

  it("unnumbered headings (…情况 over rows with units) and other label headers (调查项目)", async () => {
    const [form] = await parse([
      { name: "S", rows: [["调查项目", "计量单位", "数量"], ["人口情况", "", ""], ["户籍人口", "人"], ["常住人口", "人"], ["整改情况", ""], ["是否通宽带", ""]] },
    ]);
    expect(form.layout).toBe("indicator-rows");
    expect(form.fields.map((f) => [f.address, f.path.join(">")])).toEqual([
      ["A3", "人口情况>户籍人口"],
      ["A4", "人口情况>常住人口"],
      ["A5", "人口情况>整改情况"],
      ["A6", "人口情况>是否通宽带"],
    ]);
  });

  it(".xls round trip: numbers stored as text, stray empty rows and columns, empty Sheet2/Sheet3", async () => {
    const forms = await parse([
      {
        name: "Sheet1",
        rows: [
          [],
          ["", "农村低保工作进度月报表"],
          [],
          ["", "序号", "项目", "计量单位", "本月数", ""],
          ["", "1", "低保户数", "户", "", ""],
          ["", "2", "低保人数", "人"],
          [],
          ["", "3", "发放金额", "万元"],
          ["", "4", "其中：分类施保金额", "万元"],
          ["", "填报单位（盖章）：", "", "报送区民政局"],
        ],
        merges: ["B2:E2"],
      },
      { name: "Sheet2", rows: [] },
      { name: "Sheet3", rows: [[""]] },
    ]);
    expect(forms).toHaveLength(1);
    const [form] = forms;
    expect(form.layout).toBe("indicator-rows");
    expect(form.fields.map((f) => [f.address, f.unit])).toEqual([
      ["C5", "户"],
      ["C6", "人"],
      ["C8", "万元"],
      ["C9", "万元"],
    ]);
    expect(form.frequency).toBe("monthly");
    expect(form.department).toBe("区民政局");
  });
});

describe("types and units of real county wording", () => {
  it("certificate numbers, office holders, date spans, durations, medical measurements, 顶/把/间", async () => {
    const [form] = await parse([
      {
        name: "S",
        rows: [
          ["金额单位：万元"],
          ["村名", "残疾人证号", "驻村第一书记", "租赁起止日期", "务工时间（月）", "收缩压", "空腹血糖（mmol/L）", "帐篷（顶）", "出租间数", "集体收入"],
          ["东村"],
          ["西村"],
        ],
      },
    ]);
    expect(form.fields.map((f) => [f.label, f.type, f.unit])).toEqual([
      ["村名", "text", null],
      ["残疾人证号", "text", null],
      ["驻村第一书记", "text", null],
      ["租赁起止日期", "text", null],
      ["务工时间（月）", "integer", "月"],
      ["收缩压", "integer", "mmHg"],
      ["空腹血糖（mmol/L）", "decimal", "mmol/L"],
      ["帐篷（顶）", "integer", "顶"],
      ["出租间数", "integer", "间"],
      ["集体收入", "decimal", "万元"],
    ]);
  });
});

describe("grids keyed by a category of things", () => {
  it("作物名称 × 本周 / 累计 > 面积 / 占比 with pre-printed crops is a grid", async () => {
    const [form] = await parse([
      {
        name: "S",
        rows: [["2026年第 周农作物播种进度周报"], ["作物名称", "本周", "", "累计", ""], ["", "面积（亩）", "占比（%）", "面积（亩）", "占比（%）"], ["早稻"], ["玉米"]],
        merges: ["A1:E1", "A2:A3", "B2:C2", "D2:E2"],
      },
    ]);
    expect(form.layout).toBe("grid");
    expect(form.fields.map((f) => [f.address, f.path.join(">"), f.unit])).toEqual([
      ["B4", "早稻>本周>面积（亩）", "亩"],
      ["C4", "早稻>本周>占比（%）", "%"],
      ["D4", "早稻>累计>面积（亩）", "亩"],
      ["E4", "早稻>累计>占比（%）", "%"],
      ["B5", "玉米>本周>面积（亩）", "亩"],
      ["C5", "玉米>本周>占比（%）", "%"],
      ["D5", "玉米>累计>面积（亩）", "亩"],
      ["E5", "玉米>累计>占比（%）", "%"],
    ]);
    expect(form.frequency).toBe("weekly");
  });
});
