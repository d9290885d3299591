import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "@/lib/catalog/read-catalog";
import { scoreGeneralization, type GenGoldFile, type GenPredFile, type GenScores } from "@/tests/heldout/score";
import { parseTemplate } from "./parse-template";
import { buildWorkbook, type SheetSpec } from "./test-fixtures";
import type { FormDefinition } from "./types";

/** Templates shaped unlike the dev corpus: other wording, offsets, header styles. */
async function parse(sheets: SheetSpec[], file = "t.xlsx"): Promise<FormDefinition[]> {
  return parseTemplate(await buildWorkbook(sheets), file);
}

async function listXlsx(dir: string, base = dir): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listXlsx(full, base)));
    else if (e.name.endsWith(".xlsx")) out.push(path.relative(base, full).split(path.sep).join("/"));
  }
  return out.sort();
}

const fieldsOf = (form: FormDefinition) => Object.fromEntries(form.fields.map((f) => [f.address, f]));

describe("templates unlike the dev corpus", () => {
  it("roster offset to column B, 附件 prefix in the title cell, note above the header, colon-less footer", async () => {
    const [form] = await parse([
      {
        name: "Sheet1",
        rows: [
          [],
          ["", "附件2：2026年度农村留守儿童信息登记表"],
          ["", "说明：本表发生变化时及时更新，报送县妇联。"],
          ["", "姓 名", "身 份 证\n号 码", "出生年月", "文化程度", "政治面貌", "是否低保户", "联系方式", "家庭住址", "月收入（元）", "存栏数（头）"],
          ["", "填写示例", "110101201501010011", "2015年1月", "小学", "群众", "否", "13800000000", "某村1组", 1200.5, 3],
          [],
          [],
          ["", "填表人            审核人            填报日期"],
        ],
        merges: ["B2:L2", "B3:L3", "B8:L8"],
      },
    ]);
    expect(form.title).toBe("2026年度农村留守儿童信息登记表");
    const f = fieldsOf(form);
    expect(Object.keys(f)).toHaveLength(10);
    expect(f.B4).toMatchObject({ type: "text", column: 2 });
    expect(f.C4.type).toBe("idcard");
    expect(f.D4.type).toBe("date");
    expect(f.E4.type).toBe("choice");
    expect(f.F4.type).toBe("choice");
    expect(f.G4.type).toBe("boolean");
    expect(f.H4.type).toBe("phone");
    expect(f.I4.type).toBe("text");
    expect(f.J4).toMatchObject({ type: "decimal", unit: "元" });
    expect(f.K4).toMatchObject({ type: "integer", unit: "头" });
    expect(form.layoutInfo.exampleRows).toEqual([5]);
    expect(form.layoutInfo.footerRow).toBe(8);
    expect(form.frequency).toBe("adhoc");
  });

  it("options from a defined name", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("台账");
    ws.addRow(["姓名", "性别", "民族"]);
    const lists = wb.addWorksheet("字典", { state: "veryHidden" });
    lists.addRow(["男"]);
    lists.addRow(["女"]);
    wb.definedNames.add("字典!$A$1:$A$2", "性别列表");
    (ws as unknown as { dataValidations: { add(a: string, v: object): void } }).dataValidations.add("B2:B100", { type: "list", formulae: ["性别列表"] });
    const [form] = await parseTemplate(Buffer.from(await wb.xlsx.writeBuffer()), "dn.xlsx");
    expect(form.fields.find((x) => x.label === "性别")).toMatchObject({ type: "choice", options: ["男", "女"] });
  });

  it("an indicator panel with several value columns (本月 | 本年累计) still has one field per indicator row", async () => {
    const [form] = await parse([
      {
        name: "S",
        rows: [["指标名称", "计量单位", "本月", "本年累计"], ["接待来访", "批次"], ["化解纠纷", "件"]],
      },
    ]);
    expect(form.layout).toBe("indicator-rows");
    const f = fieldsOf(form);
    expect(Object.keys(f).sort()).toEqual(["A2", "A3"]);
    expect(f.A3).toMatchObject({ label: "化解纠纷", type: "integer", unit: "件", valueCell: "C3" });
  });

  it("indicator rows without unit or code columns, units in brackets", async () => {
    const [form] = await parse([{ name: "S", rows: [["2026年第二季度统计"], ["指标", "数值"], ["常住人口（人）"], ["人均收入（元）"], ["其中：女性"]] }]);
    expect(form.layout).toBe("indicator-rows");
    const f = fieldsOf(form);
    expect(f.A3).toMatchObject({ type: "integer", unit: "人", valueCell: "B3" });
    expect(f.A4).toMatchObject({ type: "decimal", unit: "元" });
    expect(f.A5).toMatchObject({ type: "integer", unit: "人" });
    expect(form.frequency).toBe("quarterly");
  });

  it("grid with a diagonal header and a two-level row header", async () => {
    const [form] = await parse([
      {
        name: "S",
        rows: [["项目\\时段", "", "本月", "本年累计"], ["户籍人口", "男"], ["", "女"], ["外出人口", ""]],
        merges: ["A1:B1", "A2:A3", "A4:B4"],
      },
    ]);
    expect(form.layout).toBe("grid");
    const f = fieldsOf(form);
    expect(Object.keys(f).sort()).toEqual(["C2", "C3", "C4", "D2", "D3", "D4"]);
    expect(f.C3).toMatchObject({ label: "户籍人口女本月", path: ["户籍人口", "女", "本月"], unit: "人" });
  });

  it("a roster pre-filled with person names stays a roster (not a grid)", async () => {
    const [form] = await parse([{ name: "S", rows: [["姓名", "联系电话", "走访情况"], ["张三"], ["李四"], ["王五"]] }]);
    expect(form.layout).toBe("columns");
    expect(form.fields).toHaveLength(3);
  });

  it("unrelated visible form sheets are separate forms; hidden and instruction sheets are not forms", async () => {
    const forms = await parse([
      { name: "低保", rows: [["低保对象花名册"], ["村名", "户数"], ["东村"]] },
      { name: "特困", rows: [["特困人员供养名册"], ["姓名", "年龄"]] },
      { name: "隐藏", state: "hidden", rows: [["姓名", "年龄"]] },
      { name: "填报说明", rows: [["“户数”：计量单位为户。"]] },
    ]);
    expect(forms.map((f) => f.sheet)).toEqual(["低保", "特困"]);
    expect(forms.every((f) => f.parts === undefined)).toBe(true);
  });

  it("sheets numbered 表1 / 表2 without titles of their own are parts of one form", async () => {
    const forms = await parse([
      { name: "表1", rows: [["村名", "户数"], ["东村"]] },
      { name: "表2", rows: [["姓名", "年龄"]] },
    ]);
    expect(forms).toHaveLength(1);
    expect(forms[0].fields.map((f) => f.ref)).toEqual(["表1!A1", "表1!B1", "表2!A1", "表2!B1"]);
    expect(forms[0].parts?.map((p) => p.sheet)).toEqual(["表1", "表2"]);
  });
});

describe("header words that also appear in footers", () => {
  it("a roster with 负责人 and 联系电话 columns keeps its header", async () => {
    const [form] = await parse([{ name: "S", rows: [["经营主体名录"], ["单位名称", "负责人", "联系电话"], [], ["填表人：", "", "审核人："]] }]);
    expect(form.fields.map((f) => f.label)).toEqual(["单位名称", "负责人", "联系电话"]);
    expect(form.fields[2].type).toBe("phone");
    expect(form.layoutInfo.footerRow).toBe(4);
  });
});

describe("more layouts", () => {
  it("合计 row first, then villages; a unit note sitting in the header row is not a field", async () => {
    const [form] = await parse([
      { name: "S", rows: [["乡镇", "常住人口", "耕地面积", "单位：亩、人"], ["合计"], ["甲村"], ["乙村"]] },
    ]);
    expect(form.fields.map((f) => f.label)).toEqual(["乡镇", "常住人口", "耕地面积"]);
    expect(form.layoutInfo.totalRows).toEqual([2]);
    expect(form.layoutInfo.prefilledRows.map((x) => x.label)).toEqual(["甲村", "乙村"]);
    expect(form.kind).toBe("aggregate");
  });

  it("indicator rows with a 序号 column before the label", async () => {
    const [form] = await parse([
      { name: "S", rows: [["序号", "指标", "单位", "数值"], [1, "受理件数", "件"], [2, "办结率", "%"]] },
    ]);
    expect(form.layout).toBe("indicator-rows");
    expect(form.fields.map((f) => [f.address, f.type, f.unit, f.valueCell])).toEqual([
      ["B2", "integer", "件", "D2"],
      ["B3", "decimal", "%", "D3"],
    ]);
  });
});

describe("look-alikes", () => {
  it("a roster with 名称 | 单位 columns and blank rows is not an indicator form", async () => {
    const [form] = await parse([{ name: "S", rows: [["名称", "单位", "地址", "联系电话"], [], []] }]);
    expect(form.layout).toBe("columns");
    expect(form.fields).toHaveLength(4);
  });

  it("a key column naming a breakdown (年龄组, 改厕模式) or a village's own parts over pre-filled rows makes a grid; blank 村民小组 rows stay a list", async () => {
    const [ages] = await parse([{ name: "S", rows: [["年龄组", "常住老年人（人）", "完成体检（人）"], ["65-69岁"], ["70-79岁"], ["80岁及以上"]] }]);
    expect(ages.layout).toBe("grid");
    expect(ages.fields).toHaveLength(6);
    const [toilets] = await parse([{ name: "S", rows: [["改厕模式", "年度任务（户）", "已完工（户）"], ["三格式化粪池"], ["双瓮式"]] }]);
    expect(toilets.layout).toBe("grid");
    // The village's own groups printed down the rows are cells of the village's form; a list of groups to fill is a list.
    const [groups] = await parse([{ name: "S", rows: [["村民小组", "户数（户）", "人数（人）"], ["一组"], ["二组"], ["三组"]] }]);
    expect(groups.layout).toBe("grid");
    const [groupList] = await parse([{ name: "S", rows: [["序号", "村民小组名称", "户数（户）", "人口（人）"], [1], [2], [3]] }]);
    expect(groupList.layout).toBe("columns");
    // 小区名称 over 翠竹苑 / 东湖新村 (a 小区 named like a village): the community's estates.
    const [estates] = await parse([{ name: "S", rows: [["小区名称", "楼幢数（幢）", "住户数（户）"], ["翠竹苑"], ["东湖新村"], ["供电所宿舍"]] }]);
    expect(estates.layout).toBe("grid");
    // 行业领域 | 发现隐患（条） | 已整改（条） over 工矿商贸企业 / 人员密集场所 …: sectors, one of them ending like a place
    const [sectors] = await parse([{ name: "S", rows: [["行业领域", "发现隐患（条）", "已整改（条）"], ["工矿商贸企业"], ["人员密集场所"], ["城镇燃气"], ["合计"]] }]);
    expect(sectors.layout).toBe("grid");
    expect(sectors.fields).toHaveLength(6);
    // 重点人群 over 脱贫人口 / 监测对象 / 65岁及以上老年人: groups of people
    const [groupsOfPeople] = await parse([{ name: "S", rows: [["重点人群", "应签约人数", "已签约人数"], ["脱贫人口"], ["监测对象"], ["65岁及以上老年人"], ["合计"]] }]);
    expect(groupsOfPeople.layout).toBe("grid");
    expect(groupsOfPeople.fields).toHaveLength(6);
  });

  it("a count beside a money column does not take its 万元 (危房户数 | 补助金额（万元） | 脱贫户危房数)", async () => {
    const [form] = await parse([{ name: "S", rows: [["村（社区）", "危房户数（户）", "补助金额（万元）", "脱贫户危房数"], ["白沙村"], ["合计"]] }]);
    const byLabel = new Map(form.fields.map((f) => [f.label, f]));
    expect(byLabel.get("补助金额（万元）")?.unit).toBe("万元");
    expect(byLabel.get("脱贫户危房数")?.unit).not.toBe("万元");
  });

  it("a grid whose rows are 城镇/农村 is still a grid", async () => {
    const [form] = await parse([{ name: "S", rows: [["类别", "户数", "人数"], ["城镇"], ["农村"]] }]);
    expect(form.layout).toBe("grid");
    expect(form.fields.map((f) => [f.address, f.unit])).toEqual([
      ["B2", "户"],
      ["C2", "人"],
      ["B3", "户"],
      ["C3", "人"],
    ]);
  });
});

describe("hidden columns and title rows", () => {
  it("never takes a 表号 / 制定机关 line for the title, even when it ends in 表", async () => {
    const [form] = await parse([
      { name: "S", rows: [["", "", "表    号：农经1表"], ["", "", "制定机关：农业农村部"], ["农村经营管理情况统计年报"], ["指标名称", "计量单位", "本年", "上年"], ["家庭农场数", "个"], ["农民专业合作社数", "个"]] },
    ]);
    expect(form.title).toBe("农村经营管理情况统计年报");
  });

  it("names a form whose parts carry only their part titles (表一  家庭成员基本情况) by its file", async () => {
    const forms = await parse(
      [
        { name: "表一", rows: [["表一  家庭成员基本情况"], ["姓名", "性别", "身份证号", "与户主关系"], []] },
        { name: "表二", rows: [["表二  生产经营情况"], ["项目", "单位", "数量"], ["耕地面积", "亩"], ["家庭年收入", "元"]] },
      ],
      "农户家庭基本情况调查表.xlsx",
    );
    expect(forms).toHaveLength(1);
    expect(forms[0].title).toBe("农户家庭基本情况调查表");
  });

  it("skips a hidden helper column and a title row that has 附件 beside the title", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.addRow(["附件1", "2026年村级公益岗位人员花名册"]);
    ws.addRow(["姓名", "辅助列", "身份证号", "岗位"]);
    ws.getColumn(2).hidden = true;
    const [form] = await parseTemplate(Buffer.from(await wb.xlsx.writeBuffer()), "h.xlsx");
    expect(form.title).toBe("2026年村级公益岗位人员花名册");
    expect(form.fields.map((f) => f.address)).toEqual(["A2", "C2", "D2"]);
  });
});

describe("indicator rows under a topic's label header", () => {
  it("reads 收入项目 | 单位 | 金额 as indicator rows (the unit column tells it), a roster's 项目 column not", async () => {
    const [form] = await parse([
      { name: "表四", rows: [["D. 上年度家庭收入情况"], ["收入项目", "单位", "金额"], ["家庭年收入", "元"], ["    其中：工资性收入", "元"], ["家庭人均纯收入", "元"]], merges: ["A1:C1"] },
    ]);
    expect(form.layout).toBe("indicator-rows");
    expect(form.fields.map((f) => f.address)).toEqual(["A3", "A4", "A5"]);
    const [roster] = await parse([{ name: "S", rows: [["项目台账"], ["建设项目", "实施单位", "投资金额（万元）"], []] }]);
    expect(roster.layout).toBe("columns");
  });
});

describe("grids unlike the kit's", () => {
  it("reads printed 小区 rows as cells of the community's form, printed 村 rows as a village table", async () => {
    const head = ["小区名称", "总户数（户）", "参与分类户数（户）"];
    const [estates] = await parse([{ name: "S", rows: [["生活垃圾分类月报"], head, ["明月小区"], ["锦绣花园"], ["桂花苑"]] }]);
    expect(estates.layout).toBe("grid");
    expect(estates.fields).toHaveLength(6);
    const [villages] = await parse([{ name: "S", rows: [["生活垃圾分类月报"], ["村（社区）", "总户数（户）", "参与分类户数（户）"], ["李庄村"], ["王楼村"], ["明月社区"]] }]);
    expect(villages.layout).toBe("columns");
    // …also under the community they belong to, merged down (社区 | 小区名称).
    const [byCommunity] = await parse([
      { name: "S", rows: [["生活垃圾分类月报"], ["社区", ...head], ["明月社区", "明月小区"], ["明月社区", "锦绣花园"], ["桂花社区", "桂花苑"], ["桂花社区", "丹桂小区"]], merges: ["A3:A4", "A5:A6"] },
    ]);
    expect(byCommunity.layout).toBe("grid");
    expect(byCommunity.fields.map((f) => f.address)).toEqual(["C3", "D3", "C4", "D4", "C5", "D5", "C6", "D6"]);
    expect(villages.fields.map((f) => f.address)).toEqual(["A2", "B2", "C2"]);
  });

  it("reads a two-column row header with a 计量单位 or 行次 column beside it, the row's unit from that column", async () => {
    const [form] = await parse([
      {
        name: "特色产业",
        rows: [["村级特色优势产业发展情况统计表"], ["产业类别", "产业名称", "计量单位", "种植面积（养殖规模）", "带动农户（户）"], ["种植业", "茶叶", "亩"], ["种植业", "中药材", "亩"], ["养殖业", "生猪", "头"], ["养殖业", "肉牛", "头"]],
        merges: ["A1:E1", "A3:A4", "A5:A6"],
      },
    ]);
    expect(form.layout).toBe("grid");
    expect(form.fields.map((f) => f.address)).toEqual(["D3", "E3", "D4", "E4", "D5", "E5", "D6", "E6"]);
    expect(fieldsOf(form).D5.unit).toBe("头");
    // …but a count of households beside it stays a count.
    expect(fieldsOf(form).E5.unit).toBe("户");
    const [ages] = await parse([
      { name: "S", rows: [["留守儿童分年龄段统计表"], ["年 龄 段", "行次", "小计", "男", "女"], ["甲", "乙", 1, 2, 3], ["0-2周岁", 1], ["3-5周岁", 2], ["合计", 3]] },
    ]);
    expect(ages.layout).toBe("grid");
    expect(ages.fields.map((f) => f.address)).toEqual(["C4", "D4", "E4", "C5", "D5", "E5"]);
  });

  it("reads a row header in two columns (类别 | 险种, the category merged down) as one grid", async () => {
    const [form] = await parse([
      {
        name: "参保统计",
        rows: [
          ["2025年第二季度社会保险参保情况统计表"],
          ["类  别", "险    种", "参保人数（人）", "本季征缴金额（元）"],
          ["养老保险", "城乡居民基本养老保险"],
          ["养老保险", "职工基本养老保险"],
          ["其他社会保险", "失业保险"],
          ["其他社会保险", "工伤保险"],
        ],
        merges: ["A1:D1", "A3:A4", "A5:A6"],
      },
    ]);
    expect(form.layout).toBe("grid");
    expect(form.fields.map((f) => f.address)).toEqual(["C3", "D3", "C4", "D4", "C5", "D5", "C6", "D6"]);
    // The category only groups rows their own names tell apart: the row is the insurance, as another office writes it.
    expect(fieldsOf(form).C3).toMatchObject({ path: ["城乡居民基本养老保险", "参保人数（人）"], unit: "人" });
    // 畜类 | 畜种: a category header written …类 (livestock statistics), the unit on each row's name.
    const [livestock] = await parse([
      {
        name: "牧业年度",
        rows: [["2024年牧业年度牲畜生产情况调查表"], ["畜  类", "畜  种", "6月末存栏", "当年新生仔畜"], ["大牲畜", "牛（头）"], ["大牲畜", "马（匹）"], ["羊", "绵羊（只）"], ["羊", "山羊（只）"], ["合计", "合计"]],
        merges: ["A1:D1", "A3:A4", "A5:A6", "A7:B7"],
      },
    ]);
    expect(livestock.layout).toBe("grid");
    expect(livestock.fields.map((f) => f.address)).toEqual(["C3", "D3", "C4", "D4", "C5", "D5", "C6", "D6"]);
    expect(fieldsOf(livestock).C5.unit).toBe("只");
  });

  it("reads indicator rows over months or villages across as a grid, one field per cell, a 合计 over villages not a field", async () => {
    const months = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
    const [byMonth] = await parse([
      {
        name: "巡河统计",
        rows: [["2025年度村级河长巡河情况统计表"], ["项  目", "单位", "月份", ...months.slice(1).map(() => ""), "全年合计"], ["", "", ...months, ""], ["巡河次数", "次"], ["发现问题", "个"]],
        merges: ["A1:O1", "A2:A3", "B2:B3", "C2:N2", "O2:O3"],
      },
    ]);
    expect(byMonth.layout).toBe("grid");
    // 12 months and the 全年合计 (a datum of its own, like the bench README's 户籍人口数 > 合计) for two indicators.
    expect(byMonth.fields).toHaveLength(26);
    expect(fieldsOf(byMonth).D4).toMatchObject({ label: "巡河次数2月", path: ["2月", "巡河次数"], unit: "次" });
    const [byVillage] = await parse([
      { name: "月报", rows: [["田长制耕地保护工作月报表"], ["项目", "计量单位", "李庄村", "王楼村", "合计"], ["耕地面积", "亩"], ["撂荒面积", "亩"]], merges: ["A1:E1"] },
    ]);
    expect(byVillage.layout).toBe("grid");
    expect(byVillage.fields.map((f) => f.address)).toEqual(["C3", "D3", "C4", "D4"]);
    // Each village's cell is that village's value of the row's datum (decisions.md #14); months are no org units.
    expect(byVillage.fields.map((f) => f.orgUnit)).toEqual(["李庄村", "王楼村", "李庄村", "王楼村"]);
    expect(byMonth.fields.some((f) => f.orgUnit)).toBe(false);
    // Printed rows of objects that are not org units (河涌) over months: a grid, its 合计 column included.
    const [rivers] = await parse([
      { name: "巡河", rows: [["河涌巡查情况表"], ["序号", "河涌名称", "1月", "2月", "3月", "合计"], [1, "沙头涌"], [2, "海心涌"]], merges: ["A1:F1"] },
    ]);
    expect(rivers.layout).toBe("grid");
    expect(rivers.fields.map((f) => f.address)).toEqual(["C3", "D3", "E3", "F3", "C4", "D4", "E4", "F4"]);
    // Columns under one caption (小区名称 > 翠竹苑 | 东湖新村 …) are a series whatever they are called; their 合计 is not a field.
    const [byEstate] = await parse([
      {
        name: "月报",
        rows: [["生活垃圾分类工作月报表"], ["序号", "指    标", "计量单位", "小区名称", "", "", "合计"], ["", "", "", "翠竹苑", "学府花园", "东湖新村", ""], [1, "居民户数", "户"], [2, "楼栋数", "栋"]],
        merges: ["A1:G1", "D2:F2", "A2:A3", "B2:B3", "C2:C3", "G2:G3"],
      },
    ]);
    expect(byEstate.layout).toBe("grid");
    expect(byEstate.fields.map((f) => f.address)).toEqual(["D4", "E4", "F4", "D5", "E5", "F5"]);
    // 本月 | 本年累计 stay one indicator per row.
    const [periods] = await parse([{ name: "S", rows: [["警务月报"], ["项目", "单位", "本月", "本年累计"], ["接处警", "起"], ["调解纠纷", "起"]] }]);
    expect(periods.layout).toBe("indicator-rows");
    expect(periods.fields.map((f) => f.address)).toEqual(["A3", "A4"]);
  });
});

describe("meta rows without colons", () => {
  it("are not taken for the header", async () => {
    const [form] = await parse([
      { name: "S", rows: [["2026年 月养老服务补贴发放表"], ["填报单位", "（盖章）", "填报时间", "年  月  日"], ["姓名", "补贴金额（元）", "发放月份"]] },
    ]);
    expect(form.layoutInfo.headerRows).toEqual([3, 3]);
    expect(form.fields.map((f) => f.type)).toEqual(["text", "decimal", "date"]);
  });
});

describe("blind4 (issue 10's real-county shapes): parser metrics", () => {
  const root = path.resolve(import.meta.dirname, "../../tests/blind4");
  let scores: GenScores;
  let first: string;
  let second: string;

  async function parseCorpus(): Promise<GenPredFile> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(path.join(root, "报表清单.xlsx"))) as unknown as ArrayBuffer);
    const catalog = readCatalog(wb);
    const forms: GenPredFile["forms"] = [];
    for (const rel of await listXlsx(path.join(root, "forms"))) {
      const defs = await parseTemplate(await readFile(path.join(root, "forms", rel)), rel, { relativePath: rel, catalog });
      forms.push({
        file: rel,
        department: defs[0].department,
        frequency: defs[0].frequency,
        layout: defs[0].layout,
        fields: defs.flatMap((d) => d.fields.map((f) => ({ ref: `${rel}#${f.sheet}!${f.address}`, element: `${rel}#${f.ref}` }))),
      });
    }
    return { forms, elements: [], retirement: [] } as unknown as GenPredFile;
  }

  beforeAll(async () => {
    const gold = JSON.parse(await readFile(path.join(root, "gold.json"), "utf8")) as GenGoldFile;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(path.join(root, "报表清单.xlsx"))) as unknown as ArrayBuffer);
    const listed = new Set(readCatalog(wb).map((e) => e.fileName));
    const pred = await parseCorpus();
    first = JSON.stringify(pred);
    second = JSON.stringify(await parseCorpus());
    scores = scoreGeneralization(gold, pred, listed);
  });

  it("finds the fields of every layout, indicator rows included (P and R ≥ 0.98; 1.0 when written)", () => {
    for (const layout of ["columns", "indicator-rows", "grid"]) {
      expect(scores.fieldsByLayout[layout].precision, layout).toBeGreaterThanOrEqual(0.98);
      expect(scores.fieldsByLayout[layout].recall, layout).toBeGreaterThanOrEqual(0.98);
    }
    expect(scores.meta.layout).toBeGreaterThanOrEqual(0.97);
  });

  it("infers department and frequency of the forms the 报表清单 does not list (≥ 0.9)", () => {
    expect(scores.absent.forms).toBeGreaterThanOrEqual(10);
    expect(scores.absent.department).toBeGreaterThanOrEqual(0.9);
    expect(scores.absent.frequency).toBeGreaterThanOrEqual(0.9);
  });

  it("gives the same forms, fields and order on every run", () => {
    expect(second).toBe(first);
  });
});
