import { describe, expect, it } from "vitest";
import type { AnalyzeForm } from "@/lib/analyze/analyze-forms";
import type { FieldType } from "@/lib/domain";
import { canonicalAnalysis } from "./analysis-output";
import { matchFields, type MatchDecision, type MatchField } from "./index";

let n = 0;
function field(formId: string, path: string | string[], type: FieldType = "text", unit: string | null = null): MatchField {
  const p = Array.isArray(path) ? path : [path];
  return { id: `${formId}#S!A${++n}`, formId, label: p[p.length - 1], path: p, type, unit };
}

/** Three rosters of their own people and a visit log whose visitor (来访人) may or may not be its own person. */
function corpus() {
  const rosters = ["甲", "乙", "丙"].flatMap((f) => [field(f, "姓名"), field(f, "性别"), field(f, "身份证号码", "idcard"), field(f, "联系电话", "phone")]);
  const visit = [field("访", "接访领导"), field("访", ["来访人信息", "姓名"]), field("访", ["来访人信息", "身份证号码"], "idcard"), field("访", ["来访人信息", "联系电话"], "phone"), field("访", "来访事由")];
  return { rosters, visit, all: [...rosters, ...visit] };
}

const elementOf = (fields: MatchField[], decisions: MatchDecision[] = []) => new Map(matchFields(fields, { decisions }).fields.map((m) => [m.fieldId, m.elementId]));

describe("suggestions (the review queue)", () => {
  it("asks once whether a group's person read as the row's own (申请人 > 姓名 / 身份证号) is somebody else; a no splits them", () => {
    const rosters = ["甲", "乙"].flatMap((f) => [field(f, "姓名"), field(f, "身份证号码", "idcard")]);
    const register = [field("审", ["申请人", "姓名"]), field("审", ["申请人", "身份证号"], "idcard"), field("审", "申请类型"), field("审", "批准日期", "date")];
    const all = [...rosters, ...register];
    const before = elementOf(all);
    expect(before.get(register[0].id)).toBe(before.get(rosters[0].id));
    const group = matchFields(all).review.find((r) => r.group && r.merged);
    expect(group?.reason).toContain("申请人");
    expect(group!.group!.map(([a]) => a).sort()).toEqual([register[0].id, register[1].id].sort());
    const no = group!.group!.map(([a, b]) => ({ kind: "reject" as const, fieldA: a, fieldB: b }));
    const after = elementOf(all, no);
    expect(after.get(register[0].id)).not.toBe(after.get(rosters[0].id));
    expect(after.get(register[1].id)).not.toBe(after.get(rosters[1].id));
    expect(after.get(rosters[0].id)).toBe(after.get(rosters[2].id));
    expect(matchFields(all, { decisions: no }).review.some((r) => r.group && r.merged)).toBe(false);
  });

  it("reads a household list's ID and phone as the 户主's, asks once whether they are the row's own, and a yes moves only that form's fields", () => {
    const rosters = ["甲", "乙"].flatMap((f) => [field(f, "姓名"), field(f, "身份证号码", "idcard"), field(f, "联系电话", "phone")]);
    const heads = ["丙", "丁"].flatMap((f) => [field(f, "户主姓名"), field(f, "户主身份证号", "idcard"), field(f, "户主联系电话", "phone"), field(f, "家庭人口", "integer", "人")]);
    const list = [field("危", "户主姓名"), field("危", "身份证号", "idcard"), field("危", "联系电话", "phone"), field("危", "改造方式")];
    const all = [...rosters, ...heads, ...list];
    const before = elementOf(all);
    expect(before.get(list[1].id)).toBe(before.get(heads[1].id));
    expect(before.get(list[2].id)).toBe(before.get(heads[2].id));
    const group = matchFields(all).review.find((r) => r.group && r.reason.includes("户主"));
    expect(group?.reason).toContain("已按户主的读取");
    expect(group?.group?.map(([a]) => a).sort()).toEqual([list[1].id, list[2].id].sort());
    const yes = group!.group!.map(([a, b]) => ({ kind: "confirm" as const, fieldA: a, fieldB: b }));
    const after = elementOf(all, yes);
    expect(after.get(list[1].id)).toBe(after.get(rosters[1].id));
    expect(after.get(list[2].id)).toBe(after.get(rosters[2].id));
    // The other forms' 户主 ID numbers stay the 户主's: the answer re-read the one form, not the whole element.
    expect(after.get(heads[1].id)).toBe(after.get(heads[5].id));
    expect(after.get(heads[1].id)).not.toBe(after.get(rosters[1].id));
    // Answered: not asked again.
    expect(matchFields(all, { decisions: yes }).review.some((r) => r.group && r.reason.includes("户主"))).toBe(false);
  });

  it("asks whether a list that profiles its own person but names only the 户主 has the 户主's ID and phone", () => {
    const heads = ["丙", "丁"].flatMap((f) => [field(f, "户主姓名"), field(f, "户主身份证号", "idcard"), field(f, "户主联系电话", "phone")]);
    const farmers = [field("农", "户主名字"), field("农", "公民身份号码", "idcard"), field("农", "手机号", "phone"), field("农", "受教育程度", "choice")];
    const group = matchFields([...heads, ...farmers]).review.find((r) => r.group && r.reason.includes("可能是户主的"));
    expect(group?.group?.map(([a]) => a).sort()).toEqual([farmers[1].id, farmers[2].id].sort());
  });

  it("asks once whether a person noun's name, ID and phone are the row's own person's, and one answer merges them all", () => {
    const { rosters, visit, all } = corpus();
    const before = elementOf(all);
    expect(before.get(visit[1].id)).not.toBe(before.get(rosters[0].id));
    const review = matchFields(all).review;
    const group = review.find((r) => r.group && r.group.length === 3);
    expect(group?.reason).toContain("来访人");
    expect(group!.group!.map(([a]) => a).sort()).toEqual([visit[1].id, visit[2].id, visit[3].id].sort());
    const confirmed = group!.group!.map(([a, b]) => ({ kind: "confirm" as const, fieldA: a, fieldB: b }));
    const after = elementOf(all, confirmed);
    expect(after.get(visit[1].id)).toBe(after.get(rosters[0].id));
    expect(after.get(visit[2].id)).toBe(after.get(rosters[2].id));
    expect(after.get(visit[3].id)).toBe(after.get(rosters[3].id));
    // The confirmed attributes join the whole element, not only the one field they were paired with.
    expect(after.get(visit[1].id)).toBe(after.get(rosters[4].id));
    expect(after.get(visit[1].id)).toBe(after.get(rosters[8].id));
    // Answered: the group is no longer asked.
    expect(matchFields(all, { decisions: confirmed }).review.some((r) => r.group)).toBe(false);
  });

  it("does not ask about a contact person with only a name and a phone (负责人 of a 场所)", () => {
    const { rosters } = corpus();
    const site = [field("场", "场所名称"), field("场", ["负责人", "姓名"]), field("场", ["负责人", "联系电话"], "phone")];
    expect(matchFields([...rosters, ...site]).review.some((r) => r.group)).toBe(false);
  });

  it("lists a close pair kept apart as a merge suggestion with a Chinese reason, best first, and a reject removes it", () => {
    const fields = [field("A", "巡查路段"), field("B", "巡查路线"), field("C", "村名"), field("D", "村名"), field("E", "困难类别"), field("F", "就业困难类型")];
    const review = matchFields(fields).review;
    expect(review.length).toBeGreaterThan(0);
    for (let i = 1; i < review.length; i++) expect(review[i - 1].weight).toBeGreaterThanOrEqual(review[i].weight);
    for (const r of review) expect(r.reason).toMatch(/[\u4e00-\u9fa5]/);
    const first = review[0];
    const rejected = matchFields(fields, { decisions: [{ kind: "reject", fieldA: first.fieldA, fieldB: first.fieldB }] }).review;
    expect(rejected.some((r) => r.fieldA === first.fieldA && r.fieldB === first.fieldB)).toBe(false);
  });
});

describe("canonicalAnalysis", () => {
  const form = (file: string, refs: [string, string][]): AnalyzeForm => ({
    file,
    title: file,
    department: null,
    frequency: null,
    layout: "columns",
    fields: refs.map(([ref, element]) => ({ ref: `${file}#S!${ref}`, label: ref, path: [ref], type: "text", unit: null, element })),
  });

  it("gives the same ids and order whatever ids and order the input had", () => {
    const a = canonicalAnalysis({
      forms: [form("b.xlsx", [["B10", "x"], ["B9", "y"]]), form("a.xlsx", [["C3", "y"]])],
      retirement: [{ file: "a.xlsx", level: "partial", coverage: 0.8, coveredBy: ["b.xlsx", "c.xlsx"] }, { file: "b.xlsx", level: "full", coverage: 1, coveredBy: ["a.xlsx"] }],
      names: new Map([["x", "姓名"], ["y", "村名"]]),
      suggestions: [{ refA: "b.xlsx#S!B10", refB: "a.xlsx#S!C3", score: 0.6, reason: "相近", merged: false }],
    });
    const b = canonicalAnalysis({
      forms: [form("a.xlsx", [["C3", "uuid-2"]]), form("b.xlsx", [["B9", "uuid-2"], ["B10", "uuid-1"]])],
      retirement: [{ file: "b.xlsx", level: "full", coverage: 1, coveredBy: ["a.xlsx"] }, { file: "a.xlsx", level: "partial", coverage: 0.8, coveredBy: ["c.xlsx", "b.xlsx"] }],
      names: new Map([["uuid-1", "姓名"], ["uuid-2", "村名"]]),
      suggestions: [{ refA: "a.xlsx#S!C3", refB: "b.xlsx#S!B10", score: 0.6, reason: "相近", merged: false }],
    });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.forms.map((f) => f.file)).toEqual(["a.xlsx", "b.xlsx"]);
    expect(a.forms[1].fields.map((f) => f.ref)).toEqual(["b.xlsx#S!B9", "b.xlsx#S!B10"]);
    expect(a.retirement.map((r) => r.file)).toEqual(["b.xlsx", "a.xlsx"]);
    expect(a.suggestions).toHaveLength(1);
    expect(a.suggestions[0].elements).toHaveLength(2);
    for (const e of a.elements) expect(e.id).toMatch(/^el_[0-9a-z]{7}$/);
  });

  it("keeps a split group whose pairs are still together and a join group whose pairs are still apart", () => {
    const out = canonicalAnalysis({
      forms: [form("a.xlsx", [["A1", "x"], ["A2", "y"]]), form("b.xlsx", [["B1", "x"], ["B2", "y"]]), form("c.xlsx", [["C1", "z"]])],
      retirement: [],
      names: new Map([["x", "姓名"], ["y", "身份证号"], ["z", "来访人姓名"]]),
      suggestions: [
        { refA: "b.xlsx#S!B1", refB: "a.xlsx#S!A1", score: 0.5, reason: "分开？", merged: true, group: [["b.xlsx#S!B1", "a.xlsx#S!A1"], ["b.xlsx#S!B2", "a.xlsx#S!A2"]] },
        { refA: "c.xlsx#S!C1", refB: "a.xlsx#S!A1", score: 0.5, reason: "合并？", merged: false, group: [["c.xlsx#S!C1", "a.xlsx#S!A1"], ["c.xlsx#S!C1", "b.xlsx#S!B2"]] },
      ],
    });
    expect(out.suggestions.map((g) => [g.kind, g.reason, g.pairs?.length])).toEqual([
      ["group", "分开？", 2],
      ["group", "合并？", 2],
    ]);
  });
});

describe("words the lexicon does not know: character similarity weighted by rarity, gated by type and qualifiers", () => {
  // A small corpus around the pairs, so that character rarity means something.
  // 耕地 is frequent in such a corpus (so it weighs little); 撂荒 is rare.
  const background = ["林地面积", "水田面积", "耕地面积", "耕地流转面积", "耕地保护面积", "户籍人口", "流动人口", "播种面积", "生猪存栏", "生猪出栏", "低保人数", "特困人数", "外出务工人数"].map((l, i) =>
    field(`bg${i}`, l, "integer", /面积/.test(l) ? "亩" : /存栏|出栏/.test(l) ? "头" : "人"),
  );
  const same = (a: MatchField, b: MatchField) => {
    const el = elementOf([...background, a, b]);
    return el.get(a.id) === el.get(b.id);
  };

  it("merges a label with one generic word inserted (总, 级, 数)", () => {
    expect(same(field("A", "撂荒面积", "decimal", "亩"), field("B", "撂荒耕地面积", "decimal", "亩"))).toBe(true);
    expect(same(field("A", "村集体经济收入", "decimal", "万元"), field("B", "村级集体经济总收入", "decimal", "万元"))).toBe(true);
  });

  it("keeps apart what differs in a subject character, a qualifier, a measure or a type", () => {
    expect(same(field("A", "园地面积", "decimal", "亩"), field("B", "林地面积", "decimal", "亩"))).toBe(false);
    expect(same(field("A", "生猪存栏", "integer", "头"), field("B", "生猪出栏", "integer", "头"))).toBe(false);
    expect(same(field("A", "本月撂荒面积", "decimal", "亩"), field("B", "累计撂荒耕地面积", "decimal", "亩"))).toBe(false);
    expect(same(field("A", "撂荒户数", "integer", "户"), field("B", "撂荒人数", "integer", "人"))).toBe(false);
    expect(same(field("A", "60岁以上人口", "integer", "人"), field("B", "人口", "integer", "人"))).toBe(false);
  });

  it("keeps 城市 and 农村 programmes apart even when only the section header says which (二、农村最低生活保障 > 保障户数)", () => {
    expect(same(field("A", ["一、城市最低生活保障", "保障户数"], "integer", "户"), field("B", "农村低保户数", "integer", "户"))).toBe(false);
    // A village's count with 农村 on one side only is the same count (五、农村经济 > 家庭农场 = 家庭农场数).
    expect(same(field("A", ["五、农村经济", "家庭农场"], "integer", "个"), field("B", "家庭农场数", "integer", "个"))).toBe(true);
    expect(same(field("A", ["二、劳动力及就业", "乡村劳动力人数"], "integer", "人"), field("B", ["一、人口与劳动力", "3.劳动力总数"], "integer", "人"))).toBe(true);
  });

  it("reads offices' spellings of one word as the standard word (劳力, 参军, 退伍, 打工, 总产, 村组集体收入)", () => {
    expect(same(field("A", "三、乡村劳力", "integer", "人"), field("B", "乡村劳动力", "integer", "人"))).toBe(true);
    expect(same(field("A", "劳动力资源总数", "integer", "人"), field("B", "劳动力人数", "integer", "人"))).toBe(true);
    expect(same(field("A", "参军时间", "date"), field("B", "入伍时间", "date"))).toBe(true);
    expect(same(field("A", "居住地详址"), field("B", "现住址"))).toBe(true);
    expect(same(field("A", "户籍地详址"), field("B", "现住址"))).toBe(false);
    // 公安's 常住户籍人口 is the 户籍 population, 统计's 常住人口 is not
    expect(same(field("A", ["实有人口", "其中：常住户籍人口"], "integer", "人"), field("B", "户籍人口", "integer", "人"))).toBe(true);
    expect(same(field("A", "常住户籍人口", "integer", "人"), field("B", "常住人口", "integer", "人"))).toBe(false);
    // the verb of access before a utility adds nothing; 基本农田保护面积 is the 永久基本农田
    expect(same(field("A", "饮用自来水户数", "integer", "户"), field("B", ["五、基础设施", "通自来水的户数"], "integer", "户"))).toBe(true);
    expect(same(field("A", "使用卫生厕所户数", "integer", "户"), field("B", "通自来水户数", "integer", "户"))).toBe(false);
    expect(same(field("A", "基本农田保护面积", "decimal", "亩"), field("B", "永久基本农田（亩）", "decimal", "亩"))).toBe(true);
    // 国家统计局's definition of 劳动力资源; 外出从业劳动力 = 外出务工劳动力; 撂荒 = 抛荒 = 弃耕; 时长 = 时间 of a duration
    expect(same(field("A", "劳动年龄人口中有劳动能力的人数", "integer", "人"), field("B", ["二、劳动力和就业", "劳动力资源总数"], "integer", "人"))).toBe(true);
    expect(same(field("A", ["二、人口和劳动力", "外出从业劳动力"], "integer", "人"), field("B", "外出务工劳动力", "integer", "人"))).toBe(true);
    expect(same(field("A", "弃耕抛荒地面积", "decimal", "亩"), field("B", ["一、耕地", "撂荒地面积"], "decimal", "亩"))).toBe(true);
    expect(same(field("A", "闲置撂荒耕地面积", "decimal", "亩"), field("B", "耕地面积", "decimal", "亩"))).toBe(false);
    expect(same(field("A", "务工时间（月）", "integer", "月"), field("B", ["务工情况", "务工时长（月）"], "integer", "月"))).toBe(true);
    expect(same(field("A", "选派单位"), field("B", "派出单位"))).toBe(true);
    expect(same(field("A", "就诊医院"), field("B", "救治医院"))).toBe(true);
    // 旱地 / 水田 are kinds of 耕地, 公益林 of 林地: under their category or alone they are the same
    expect(same(field("A", ["一、耕地", "旱地"], "decimal", "亩"), field("B", ["三、土地资源", "旱地"], "decimal", "亩"))).toBe(true);
    expect(same(field("A", ["三、林地", "林地面积", "其中：公益林"], "decimal", "亩"), field("B", "其中：公益林（亩）", "decimal", "亩"))).toBe(true);
    expect(same(field("A", "旱地", "decimal", "亩"), field("B", "水田", "decimal", "亩"))).toBe(false);
    // the police's 暂住人口 is the 流动人口; 寄住 stays its own
    expect(same(field("A", ["实有人口", "暂住人口"], "integer", "人"), field("B", "流动人口", "integer", "人"))).toBe(true);
    expect(same(field("A", "寄住人口", "integer", "人"), field("B", "流动人口", "integer", "人"))).toBe(false);
    expect(same(field("A", "退伍时间", "date"), field("B", "退出现役时间", "date"))).toBe(true);
    expect(same(field("A", ["3.劳力总数", "其中：外出打工"], "integer", "人"), field("B", ["农村劳动力", "其中：外出务工劳动力"], "integer", "人"))).toBe(true);
    expect(same(field("A", "五、粮食总产", "decimal", "吨"), field("B", "粮食产量", "decimal", "吨"))).toBe(true);
    expect(same(field("A", "六、村组集体收入", "decimal", "万元"), field("B", "村集体经济组织总收入", "decimal", "万元"))).toBe(true);
    // 总产值 is a value, not a quantity produced.
    expect(same(field("A", "农业总产值", "decimal", "万元"), field("B", "农业总产量", "decimal", "吨"))).toBe(false);
  });

  it("reads an annual questionnaire's 本年 value column as the indicator itself, its 上年 column as last year's", () => {
    const row = (path: string[]): MatchField => ({ ...field("A", path, "integer", "个"), layout: "indicator-rows" });
    const thisYear = row(["本年", "四、新型农业经营主体", "2.家庭农场"]);
    const lastYear = { ...row(["上年", "四、新型农业经营主体", "2.家庭农场"]), formId: "C" };
    const other = { ...row(["三、新型经营主体", "2.家庭农场数"]), formId: "B" };
    expect(same(thisYear, other)).toBe(true);
    expect(same(lastYear, other)).toBe(false);
  });

  it("reads whose attribute a group names, not which population: 外出父母 > 父亲姓名 is the father's name; a contract's 流出方 is a party", () => {
    expect(same(field("A", ["外出父母", "父亲姓名"]), field("B", ["父母情况", "父亲姓名"]))).toBe(true);
    const roster = [field("R", "姓名"), field("R", "身份证号码", "idcard"), field("R", "性别", "choice")];
    const contract = [field("T", ["流出方（承包农户）", "姓名"]), field("T", ["流出方（承包农户）", "身份证号码"], "idcard"), field("T", ["流入方", "名称"]), field("T", "流转面积", "decimal", "亩")];
    const el = elementOf([...roster, ...contract]);
    expect(el.get(contract[0].id)).not.toBe(el.get(roster[0].id));
    expect(el.get(contract[1].id)).not.toBe(el.get(roster[1].id));
  });

  it("reads a text column that is only a person noun (参保人, 承办人) as that person's name", () => {
    expect(same(field("A", "参保人"), field("B", "参保人姓名"))).toBe(true);
    expect(same(field("A", "承办人"), field("B", ["承办人", "姓名"]))).toBe(true);
    expect(same(field("A", "参保人"), field("B", "参保人数", "integer", "人"))).toBe(false);
  });

  it("reads a village's unqualified 总人口 as its 户籍 population, never its 常住 one", () => {
    expect(same(field("A", ["一、户数与人口", "总人口"], "integer", "人"), field("B", ["一、人口及就业", "3.年末户籍人口"], "integer", "人"))).toBe(true);
    expect(same(field("A", "常住人口", "integer", "人"), field("B", "户籍人口", "integer", "人"))).toBe(false);
  });

  it("reads a topic-list section header (人口与劳动力) as lending no subject to its rows", () => {
    expect(same(field("A", ["一、人口与劳动力", "1.总户数（户籍）"], "integer", "户"), field("B", "户籍户数", "integer", "户"))).toBe(true);
    expect(same(field("A", ["一、户籍人口和劳动力", "乡村劳动力资源数"], "integer", "人"), field("B", "劳动力", "integer", "人"))).toBe(true);
  });

  it("reads 民政 programme counts with their section: 保障户数 under 农村低保, 城市低保 never 农村低保", () => {
    const rural = field("A", ["一、城乡最低生活保障", "（二）农村低保", "1.保障户数"], "integer", "户");
    expect(same(rural, field("B", "农村低保户", "integer", "户"))).toBe(true);
    expect(same(field("A", ["一、城市最低生活保障", "1.保障户数"], "integer", "户"), field("B", "农村低保户数", "integer", "户"))).toBe(false);
    expect(same(field("A", ["二、特困人员救助供养", "1.特困人员"], "integer", "人"), field("B", "特困人员", "integer", "人"))).toBe(true);
  });

  it("reads a lone 村 / 社区 column as the village, and a leaf's age band as narrowing its group's", () => {
    expect(same(field("A", "村"), field("B", "村（社区）"))).toBe(true);
    expect(same(field("A", "所属社区"), field("B", "村（社区）"))).toBe(true);
    const a = field("A", ["一、老年人口", "60周岁以上老年人", "其中：80周岁以上"], "integer", "人");
    expect(same(a, field("B", ["其中：年龄分布（人）", "80周岁及以上"], "integer", "人"))).toBe(true);
    expect(same(a, field("C", "60周岁以上老年人", "integer", "人"))).toBe(false);
  });

  it("sends a replaced word to the reviewer instead of merging (巡查路段 / 巡查路线)", () => {
    const a = field("A", "巡查路段");
    const b = field("B", "巡查路线");
    const result = matchFields([...background, a, b]);
    const el = new Map(result.fields.map((m) => [m.fieldId, m.elementId]));
    expect(el.get(a.id)).not.toBe(el.get(b.id));
    expect(result.review.some((r) => [r.fieldA, r.fieldB].sort().join() === [a.id, b.id].sort().join() && r.reason.includes("字面相近"))).toBe(true);
  });
});

describe("sibling evidence: two forms of one family", () => {
  it("pair their one unmatched date and their one close text column; rosters that share only person attributes do not", () => {
    const register = (form: string, address: string, date: string) => [
      field(form, address),
      field(form, ["房东", "姓名"]),
      field(form, ["房东", "身份证号码"], "idcard"),
      field(form, ["房东", "联系电话"], "phone"),
      field(form, ["承租人", "姓名"]),
      field(form, ["承租人", "身份证号码"], "idcard"),
      field(form, "出租间数", "integer", "间"),
      field(form, date, "date"),
    ];
    const a = register("台账", "房屋地址", "登记日期");
    const b = register("平台导出", "房屋详址", "采集日期");
    const rosters = ["甲", "乙", "丙", "丁"].flatMap((f, i) => [field(f, "姓名"), field(f, "身份证号码", "idcard"), field(f, "联系电话", "phone"), field(f, ["悬挂日期", "审批日期", "认定日期", "出生日期"][i], "date")]);
    const el = elementOf([...a, ...b, ...rosters]);
    expect(el.get(a[7].id)).toBe(el.get(b[7].id));
    expect(el.get(a[0].id)).toBe(el.get(b[0].id));
    for (let i = 1; i < 4; i++) expect(el.get(rosters[i * 4 - 1].id)).not.toBe(el.get(rosters[i * 4 + 3].id));
  });
});
