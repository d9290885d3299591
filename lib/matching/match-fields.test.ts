import { describe, expect, it } from "vitest";
import type { FieldType } from "@/lib/domain";
import { subjectOf } from "./form-subject";
import { matchFields, type MatchField } from "./index";

let n = 0;
function field(formId: string, path: string | string[], type: FieldType = "text", unit: string | null = null): MatchField {
  const p = Array.isArray(path) ? path : [path];
  return { id: `f${n++}`, formId, label: p[p.length - 1], path: p, type, unit };
}

function sameElement(fields: MatchField[], a: MatchField, b: MatchField, options?: Parameters<typeof matchFields>[1]): boolean {
  const r = matchFields(fields, options);
  const el = new Map(r.fields.map((m) => [m.fieldId, m.elementId]));
  return el.get(a.id) === el.get(b.id);
}

function pairMerges(a: MatchField, b: MatchField): boolean {
  return sameElement([a, b], a, b);
}

describe("matchFields: everyday spellings of the frequent elements", () => {
  it("reads ID-number and phone columns by their type when the spelling is not in the lexicon", () => {
    expect(pairMerges(field("A", "公民身份证件编号", "idcard"), field("B", "身份证号", "idcard"))).toBe(true);
    expect(pairMerges(field("A", "居民身份证编码", "idcard"), field("B", "公民身份号码", "idcard"))).toBe(true);
    expect(pairMerges(field("A", "手机/电话", "phone"), field("B", "联系电话", "phone"))).toBe(true);
    expect(pairMerges(field("A", "户主身份证号码", "idcard"), field("B", "身份证号", "idcard"))).toBe(false);
  });

  it("knows household heads, addresses, ages and periods as county forms write them", () => {
    expect(pairMerges(field("A", "家庭户主"), field("B", "户主姓名"))).toBe(true);
    expect(pairMerges(field("A", "户口登记地址"), field("B", "户籍地址"))).toBe(true);
    expect(pairMerges(field("A", "常住地址"), field("B", "现住址"))).toBe(true);
    expect(pairMerges(field("A", "户口登记地址"), field("B", "现住址"))).toBe(false);
    expect(pairMerges(field("A", "周岁", "integer", "岁"), field("B", "年龄", "integer", "岁"))).toBe(true);
    expect(pairMerges(field("A", "1-N月累计", "integer", "人"), field("B", "本年累计", "integer", "人"))).toBe(true);
    expect(pairMerges(field("A", ["截至本月底", "人数"], "integer", "人"), field("B", ["现有", "人数"], "integer", "人"))).toBe(true);
  });

  it("keeps a target (计划 / 任务 / 目标) apart from the result, but not inside programme names (计划生育)", () => {
    expect(pairMerges(field("A", ["年度目标", "签约人数"], "integer", "人"), field("B", "签约人数", "integer", "人"))).toBe(false);
    expect(pairMerges(field("A", "计划参保人数", "integer", "人"), field("B", "参保人数", "integer", "人"))).toBe(false);
    expect(pairMerges(field("A", "计划生育特别扶助人数", "integer", "人"), field("B", "特别扶助人数", "integer", "人"))).toBe(true);
    expect(pairMerges(field("A", ["家庭成员", "姓名"]), field("B", "姓名"))).toBe(true);
  });

  it("reads a closing stock as the stock, an opening stock apart (期末户籍人口 = 户籍人口 ≠ 期初户籍人口)", () => {
    expect(pairMerges(field("A", "期末户籍人口", "integer", "人"), field("B", "户籍人口（人）", "integer", "人"))).toBe(true);
    expect(pairMerges(field("A", "期初户籍人口", "integer", "人"), field("B", "户籍人口（人）", "integer", "人"))).toBe(false);
    expect(pairMerges(field("A", "本户人数", "integer", "人"), field("B", "家庭人口数", "integer", "人"))).toBe(true);
  });
});

describe("matchFields: general knowledge added for unseen wording", () => {
  it("reads 年满60周岁 as 60 and over, and 老年人 as implied by an age of 60+", () => {
    expect(pairMerges(field("A", "年满60周岁老年人数", "integer", "人"), field("B", "60周岁及以上人口", "integer", "人"))).toBe(true);
    expect(pairMerges(field("A", "年满60周岁老年人数", "integer", "人"), field("B", "80周岁以上人口", "integer", "人"))).toBe(false);
  });

  it("keeps chiefs of 河长制 / 田长制 apart from the row's own person", () => {
    expect(pairMerges(field("A", ["村级河长", "姓名"]), field("B", "姓名"))).toBe(false);
    expect(pairMerges(field("A", ["村级河长", "姓名"]), field("B", "河长姓名"))).toBe(true);
    expect(pairMerges(field("A", ["村级河长", "联系电话"], "phone"), field("B", ["村级田长", "手机"], "phone"))).toBe(false);
  });

  it("reads a roster noun before a personal attribute as the row's person (职工姓名 = 姓名), not in counts", () => {
    expect(pairMerges(field("A", "职工姓名"), field("B", "姓名"))).toBe(true);
    expect(pairMerges(field("A", "学生身份证号", "idcard"), field("B", "公民身份号码", "idcard"))).toBe(true);
    expect(pairMerges(field("A", "职工人数", "integer", "人"), field("B", "党员人数", "integer", "人"))).toBe(false);
  });

  it("tells 应缴费人数 from 已缴费人数 and links 医保 with 城乡居民基本医疗保险", () => {
    expect(pairMerges(field("A", ["城乡居民基本医疗保险", "应缴费人数"], "integer", "人"), field("B", "医保已缴费人数", "integer", "人"))).toBe(false);
    expect(pairMerges(field("A", ["城乡居民基本医疗保险", "已缴费人数"], "integer", "人"), field("B", "医保已缴费人数", "integer", "人"))).toBe(true);
  });

  it("reads a lone 组 / 组（寨） as the villager group, also under an address header (家庭住址 > 组)", () => {
    expect(pairMerges(field("A", "组"), field("B", "村民小组"))).toBe(true);
    expect(pairMerges(field("A", "村民组（寨）"), field("B", "组别"))).toBe(true);
    expect(pairMerges(field("A", ["家庭住址", "组"]), field("B", "所在村民小组"))).toBe(true);
    expect(pairMerges(field("A", ["户籍所在地", "村"]), field("B", "村（居）"))).toBe(true);
    // a resettlement community (易地扶贫搬迁 / 合村并居) is the community its people now live in
    expect(pairMerges(field("A", "安置社区名称"), field("B", "村（社区）"))).toBe(true);
    expect(pairMerges(field("A", "安置点（社区）名称"), field("B", "所在村（社区）"))).toBe(true);
    expect(pairMerges(field("A", "迁出村"), field("B", "村（社区）"))).toBe(false);
    // Inner Mongolia's pastoral village and township: 嘎查 is the 村, 苏木 the 乡镇
    expect(pairMerges(field("A", "嘎查（村）"), field("B", "村（社区）"))).toBe(true);
    expect(pairMerges(field("A", "所在苏木（镇）"), field("B", "乡镇（街道）"))).toBe(true);
    // 户籍所在村（社区） in one label is the row's village too
    expect(pairMerges(field("A", "户籍所在村（社区）"), field("B", "社区（村）"))).toBe(true);
    // how the row belongs to the place does not change which place it is (派驻村 of a 第一书记, 涉及村 of a project)
    expect(pairMerges(field("A", "派驻村"), field("B", "村（社区）"))).toBe(true);
    expect(pairMerges(field("A", "派驻乡镇"), field("B", "乡（镇）"))).toBe(true);
    expect(pairMerges(field("A", "涉及村（社区）"), field("B", "村（社区）"))).toBe(true);
    expect(pairMerges(field("A", "涉及人数", "integer", "人"), field("B", "涉及人员", "integer", "人"))).toBe(true);
    expect(pairMerges(field("A", "残疾证编号"), field("B", "残疾人证号"))).toBe(true);
    // an urban table's 社区居委会 column names the community
    expect(pairMerges(field("A", "社区居委会"), field("B", "村（社区）"))).toBe(true);
    // the address itself stays the address
    expect(pairMerges(field("A", "户籍所在地"), field("B", "现住址"))).toBe(false);
  });

  it("drops a category over one of its kinds (五、社会救助 > （二）农村最低生活保障 > 保障户数 = 农村低保户数)", () => {
    const a = field("A", ["五、社会救助", "（二）农村最低生活保障", "保障户数"], "integer", "户");
    expect(pairMerges(a, field("B", ["农村低保", "户数"], "integer", "户"))).toBe(true);
    expect(pairMerges(field("A", ["社会救助", "特困人员"], "integer", "人"), field("B", "特困供养人员", "integer", "人"))).toBe(true);
    expect(pairMerges(field("A", ["社会救助", "低保人数"], "integer", "人"), field("B", "特困人员", "integer", "人"))).toBe(false);
  });

  it("reads a monthly report's 本月数 of a register's households as the register's count, a flow's as the month's", () => {
    const monthly = (path: string[], unit: string) => ({ ...field("M", path, "integer", unit), layout: "indicator-rows" as const });
    const yearly = (path: string[], unit: string) => ({ ...field("Y", path, "integer", unit), layout: "indicator-rows" as const });
    expect(pairMerges(monthly(["本月数", "一、农村最低生活保障", "1.保障户数"], "户"), yearly(["本年", "八、社会保障", "农村低保户数"], "户"))).toBe(true);
    expect(pairMerges(monthly(["本月数", "转移就业人数"], "人"), yearly(["本年", "转移就业人数"], "人"))).toBe(false);
  });

  it("reads a role after the roster's noun as that role's name (监测户户主 = 户主 > 姓名)", () => {
    expect(pairMerges(field("A", "监测户户主"), field("B", ["户主", "姓名"]))).toBe(true);
    expect(pairMerges(field("A", "监测户户主"), field("B", "姓名"))).toBe(false);
  });

  it("reads a date under a role's header that is not the person's own as the row's (帮扶责任人 > 结对时间 = 结对日期)", () => {
    expect(pairMerges(field("A", ["帮扶责任人", "结对时间"], "date"), field("B", "结对日期", "date"))).toBe(true);
    expect(pairMerges(field("A", ["监护人", "出生日期"], "date"), field("B", "出生日期", "date"))).toBe(false);
  });

  it("keeps the words of a counting header over a population (政府代缴人数（人） > 低保对象 ≠ 低保人数)", () => {
    expect(pairMerges(field("A", ["政府代缴人数（人）", "低保对象"], "integer", "人"), field("B", "农村低保人数", "integer", "人"))).toBe(false);
    expect(pairMerges(field("A", ["政府代缴人数（人）", "低保对象"], "integer", "人"), field("B", ["政府代缴人数", "低保对象"], "integer", "人"))).toBe(true);
  });

  it("knows a community's 住宅小区 and those under property management (物业小区 = 有物业服务的小区)", () => {
    expect(pairMerges(field("A", "小区数（个）", "integer", "个"), field("B", "住宅小区（个）", "integer", "个"))).toBe(true);
    expect(pairMerges(field("A", "其中：物业小区（个）", "integer", "个"), field("B", ["住宅小区", "其中：有物业服务的小区"], "integer", "个"))).toBe(true);
    expect(pairMerges(field("A", "物业小区（个）", "integer", "个"), field("B", "住宅小区（个）", "integer", "个"))).toBe(false);
  });

  it("reads a child's 家长 as his guardian (家长联系电话 = 监护人 > 联系电话)", () => {
    expect(pairMerges(field("A", "家长联系电话", "phone"), field("B", ["监护人", "联系电话"], "phone"))).toBe(true);
    expect(pairMerges(field("A", "家长联系电话", "phone"), field("B", "联系电话", "phone"))).toBe(false);
  });

  it("reads 建档立卡 as the register every 贫困人口 was on, not a subset (建档立卡贫困人口 = 贫困人口)", () => {
    expect(pairMerges(field("A", "建档立卡贫困人口（人）", "integer", "人"), field("B", "贫困人口（人）", "integer", "人"))).toBe(true);
    expect(pairMerges(field("A", "建档立卡贫困户数", "integer", "户"), field("B", "贫困人口", "integer", "人"))).toBe(false);
  });

  it("reads a yes/no question the same wherever its 是否 stands (饮水是否安全 = 是否饮水安全)", () => {
    expect(pairMerges(field("A", "饮水是否安全", "boolean"), field("B", ["二、生活条件", "是否饮水安全"], "boolean"))).toBe(true);
    expect(pairMerges(field("A", "住房是否安全", "boolean"), field("B", "是否饮水安全", "boolean"))).toBe(false);
  });

  it("lets 户主及家庭信息 name the 户主 for his phone but not for the household's place and size", () => {
    const group = "一、户主及家庭信息";
    expect(pairMerges(field("A", [group, "乡（镇）"]), field("B", "乡镇"))).toBe(true);
    expect(pairMerges(field("A", [group, "家庭人口数"], "integer", "人"), field("B", "家庭人口（人）", "integer", "人"))).toBe(true);
    expect(pairMerges(field("A", [group, "联系电话"], "phone"), field("B", ["户主", "联系电话"], "phone"))).toBe(true);
  });

  it("reads a dropdown the lexicon cannot name by its choices: none in common is two questions, the same list one", () => {
    const choice = (formId: string, label: string, options: string[]): MatchField => ({ ...field(formId, label, "choice"), options });
    const special = choice("A", "人员类别", ["社区矫正对象", "刑满释放人员", "吸毒人员"]);
    const veteran = choice("B", "人员类别", ["残疾军人", "烈士遗属", "在乡复员军人"]);
    expect(pairMerges(special, veteran)).toBe(false);
    const kind = choice("C", "类别", ["1.小作坊", "2.小餐饮", "3.食品摊贩"]);
    const business = choice("D", "经营类型", ["小作坊", "小餐饮", "食品摊贩"]);
    expect(pairMerges(kind, business)).toBe(true);
    // a list that shares choices, or a column without one, is left to the label
    expect(pairMerges(choice("E", "人员类别", ["社区矫正对象", "吸毒人员", "重点青少年"]), special)).toBe(true);
    expect(pairMerges(field("F", "人员类别", "choice"), special)).toBe(true);
  });

  it("keeps 永久基本农田 apart from 耕地 and converts 亩 / 公顷", () => {
    expect(pairMerges(field("A", "耕地面积（亩）", "decimal", "亩"), field("B", "耕地面积（公顷）", "decimal", "公顷"))).toBe(true);
    expect(pairMerges(field("A", "永久基本农田面积", "decimal", "亩"), field("B", "耕地面积", "decimal", "亩"))).toBe(false);
  });

  it("knows the words of 组织, 防返贫, 人民调解, 家庭医生, 通宽带 and 养老保险 statistics", () => {
    const n = (form: string, label: string, unit = "人") => field(form, label, "integer", unit);
    expect(pairMerges(n("A", "两委干部人数（人）"), n("B", "村“两委”成员"))).toBe(true);
    expect(pairMerges(n("A", "纳入监测户数", "户"), n("B", "监测户数", "户"))).toBe(true);
    expect(pairMerges(field("A", "化解时间", "date"), field("B", "调解日期", "date"))).toBe(true);
    expect(pairMerges(field("A", "签约率（%）", "decimal", "%"), field("B", "签约覆盖率（%）", "decimal", "%"))).toBe(true);
    expect(pairMerges(n("A", "通宽带户数", "户"), n("B", "通宽带互联网的户数", "户"))).toBe(true);
    expect(pairMerges(n("A", "参加新型农村社会养老保险人数"), n("B", "参加城乡居民基本养老保险人数"))).toBe(true);
    expect(pairMerges(n("A", "防返贫监测户数", "户"), n("B", "监测户数", "户"))).toBe(true);
    expect(pairMerges(field("A", "脱贫年度"), field("B", "脱贫年份"))).toBe(true);
    expect(pairMerges(field("A", "聘用期限"), field("B", "聘期"))).toBe(true);
    expect(pairMerges(n("A", "楼幢数（幢）", "幢"), n("B", "楼栋数", "栋"))).toBe(true);
    expect(pairMerges(n("A", "城镇职工基本医疗保险参保人数"), n("B", "职工基本医疗保险参保人数"))).toBe(true);
    expect(pairMerges(n("A", "住户数（户）", "户"), n("B", "居民户数", "户"))).toBe(true);
    expect(pairMerges(n("A", "易地扶贫搬迁迁出户数", "户"), n("B", "易地扶贫搬迁户", "户"))).toBe(true);
    const money = (form: string, label: string, title?: string) => ({ ...field(form, label, "decimal", "万元"), ...(title ? subjectOf(title, "indicator-rows") : {}) });
    expect(pairMerges(money("A", "村集体经济组织资产总计"), money("B", "村集体资产总额"))).toBe(true);
    // On the books of a 村集体经济组织 its bare 总收入 is the 村集体经济收入; elsewhere a bare 总收入 stays unread.
    expect(pairMerges(money("A", "总收入", "村集体经济组织收益分配统计表"), money("B", "村集体经济总收入"))).toBe(true);
    expect(pairMerges(money("A", "总收入", "农村住户收支调查表"), money("B", "村集体经济总收入"))).toBe(false);
    // …and what they keep apart: the date a household entered monitoring is not whether it is monitored.
    expect(pairMerges(field("A", "纳入监测时间", "date"), field("B", "是否监测户", "boolean"))).toBe(false);
  });

  it("keeps a grid's row words (1月, 李庄村) that the lexicon does not know, and drops a 粮食作物 category over 小麦", () => {
    const cell = (form: string, path: string[], unit: string) => ({ ...field(form, path, "decimal", unit), layout: "grid" as const });
    expect(pairMerges(cell("A", ["1月", "巡河次数"], "次"), cell("B", ["2月", "巡河次数"], "次"))).toBe(false);
    expect(pairMerges(cell("A", ["1月", "巡河次数"], "次"), cell("B", ["1月", "巡河次数"], "次"))).toBe(true);
    expect(pairMerges(cell("A", ["李庄村", "耕地面积"], "亩"), field("B", "耕地面积", "decimal", "亩"))).toBe(false);
    expect(pairMerges(cell("A", ["粮食作物", "小麦", "总产（吨）"], "吨"), cell("B", ["小麦", "总产量（吨）"], "吨"))).toBe(true);
    expect(pairMerges(cell("A", ["油料作物", "花生", "种植面积（亩）"], "亩"), cell("B", ["花生", "种植面积（亩）"], "亩"))).toBe(true);
    // An age band alone over the count is the count of that band; the rest (其他) of a breakdown is not the whole.
    expect(pairMerges(cell("A", ["0-2周岁", "留守儿童人数（人）", "小计"], "人"), field("B", "农村留守儿童", "integer", "人"))).toBe(false);
    expect(pairMerges(cell("A", ["其他少数民族", "人口数（人）", "合计"], "人"), field("B", ["户籍人口", "其中：少数民族人口"], "integer", "人"))).toBe(false);
  });

  it("reads a population category over the population it breaks down as that population (重点人群签约人数 > 高血压患者 = 高血压签约数)", () => {
    const n = (form: string, path: string[]) => field(form, path, "integer", "人");
    expect(pairMerges(n("A", ["重点人群签约人数（人）", "高血压患者"]), n("B", ["高血压签约数"]))).toBe(true);
    expect(pairMerges(n("A", ["重点人群签约人数（人）", "65岁及以上老年人"]), n("B", ["65周岁以上老年人签约数"]))).toBe(true);
    // A section heading of the category alone adds nothing either ((二) 重点人群 > 独居老年人 = 独居老年人).
    expect(pairMerges(n("A", ["二、人口情况", "（二）重点人群", "独居老年人"]), n("B", ["一、老年人口", "独居老年人"]))).toBe(true);
    // A header saying how rows break a total down (按年龄分) adds nothing; 儿童 is implied by an age under 18.
    expect(pairMerges(n("A", ["二、人口情况", "（一）按年龄分", "60周岁及以上"]), n("B", ["一、老年人口", "60周岁以上老年人"]))).toBe(true);
    expect(pairMerges(n("A", ["（一）按年龄分", "0-17周岁"]), n("B", ["二、儿童", "0至17周岁儿童"]))).toBe(true);
    // A bare category header is all the context its child has: 转移的特殊群体 > 老年人 is not the 受灾 老年人.
    expect(pairMerges(n("A", ["其中：特殊群体（人）", "老年人"]), n("B", ["一、人员受灾情况", "受灾人口", "老年人"]))).toBe(false);
  });

  it("reads who a person is the same under a programme's header (签约居民 > 姓名 = 姓名), a facility's phone as the facility's", () => {
    expect(pairMerges(field("A", ["签约居民", "姓名"]), field("B", "姓名"))).toBe(true);
    expect(pairMerges(field("A", ["签约居民", "身份证号"], "idcard"), field("B", "公民身份号码", "idcard"))).toBe(true);
    expect(pairMerges(field("A", ["签约居民", "联系电话"], "phone"), field("B", "联系电话", "phone"))).toBe(true);
    expect(pairMerges(field("A", ["微型消防站", "联系电话"], "phone"), field("B", "联系电话", "phone"))).toBe(false);
  });

  it("reads a facility with its other name in brackets as either name (社区养老服务站（日间照料中心）)", () => {
    const n = (form: string, label: string, unit = "个") => field(form, label, "integer", unit);
    expect(pairMerges(n("A", "社区养老服务站（日间照料中心）"), n("B", "日间照料中心（个）"))).toBe(true);
    expect(pairMerges(n("A", "社区养老服务站（日间照料中心）"), n("B", "社区养老服务站"))).toBe(true);
    const area = (form: string, label: string) => field(form, label, "decimal", "平方米");
    expect(pairMerges(area("A", "党群服务中心（综合服务设施）面积"), area("B", "社区综合服务设施面积"))).toBe(true);
    // 中心 is a word, not the filler 中 + 心; a bracket that qualifies (含…) is no other name.
    expect(pairMerges(n("A", "日间照料中心"), n("B", "日间照料心"))).toBe(false);
    expect(pairMerges(n("A", "养老服务站（含日间照料中心）"), n("B", "日间照料中心"))).toBe(false);
  });

  it("keeps the payments of two insurances apart (缴费日期 on a 养老保险 roster ≠ on a 医保 roster)", () => {
    const paid = (form: string, title: string) => ({ ...field(form, "缴费日期", "date"), ...subjectOf(title, "columns") });
    const pension = paid("A", "城乡居民基本养老保险参保缴费花名册");
    const medical = paid("B", "城乡居民医保参保缴费台账（系统导出）");
    const pension2 = paid("C", "2025年度城乡居民基本养老保险缴费情况登记表");
    expect(pairMerges(pension, medical)).toBe(false);
    expect(pairMerges(pension, pension2)).toBe(true);
  });

  it("knows pastoral words: 草场 is 草原, every subsidy's account is the household's 一卡通 account", () => {
    const area = (form: string, label: string) => field(form, label, "decimal", "亩");
    expect(pairMerges(area("A", "承包草场面积（亩）"), area("B", "承包草原面积"))).toBe(true);
    expect(pairMerges(area("A", "承包草场面积"), area("B", "承包耕地面积"))).toBe(false);
    expect(pairMerges(field("A", "补贴账号"), field("B", "“一卡通”账号"))).toBe(true);
    // 羊单位 is the unit of carrying capacity: a label's bracket naming it is no word of the label
    expect(pairMerges(field("A", "核定载畜量（羊单位）", "integer", "羊单位"), field("B", "核定载畜量", "integer", "羊单位"))).toBe(true);
  });

  it("gives every village's cell of a town's table (villages across) the row's element, the village form's datum", () => {
    const cell = (label: string, village: string, unit: string) => ({ ...field("T", [village, label], "decimal", unit), layout: "grid" as const, orgUnit: village });
    const land = ["李庄村", "王楼村", "张集村"].map((v) => cell("耕地面积", v, "亩"));
    const idle = ["李庄村", "王楼村", "张集村"].map((v) => cell("撂荒面积", v, "亩"));
    const yearly = field("Y", ["二、土地资源", "耕地面积"], "decimal", "亩");
    const r = matchFields([...land, ...idle, yearly]);
    const el = new Map(r.fields.map((m) => [m.fieldId, m.elementId]));
    expect(new Set(land.map((f) => el.get(f.id)))).toEqual(new Set([el.get(yearly.id)]));
    expect(new Set(idle.map((f) => el.get(f.id))).size).toBe(1);
    expect(el.get(idle[0].id)).not.toBe(el.get(yearly.id));
    // the element lists every cell, and a decision on any cell is the row's
    expect(r.elements.find((e) => e.id === el.get(yearly.id))!.fieldIds).toHaveLength(4);
    const rejected = matchFields([...land, ...idle, yearly], { decisions: [{ kind: "reject", fieldA: land[2].id, fieldB: yearly.id }] });
    const el2 = new Map(rejected.fields.map((m) => [m.fieldId, m.elementId]));
    expect(el2.get(land[0].id)).not.toBe(el2.get(yearly.id));
  });

  it("keeps two rows of a town's table apart when they read alike (户籍人口 > 其中：蒙古族, 村委会成员 > 其中：蒙古族)", () => {
    const cell = (label: string, village: string, row: number) => ({ ...field("T", [village, label], "integer", "人"), layout: "grid" as const, orgUnit: village, row });
    const rows = [
      ["户籍人口", 5],
      ["其中：蒙古族", 6],
      ["嘎查村民委员会成员", 8],
      ["其中：蒙古族", 9],
    ] as const;
    const cells = rows.flatMap(([label, row]) => ["巴彦淖尔嘎查", "乌兰图嘎查"].map((v) => cell(label, v, row)));
    const el = new Map(matchFields(cells).fields.map((m) => [m.fieldId, m.elementId]));
    const elementOfRow = (row: number) => new Set(cells.filter((c) => c.row === row).map((c) => el.get(c.id)));
    expect(elementOfRow(6).size).toBe(1);
    expect([...elementOfRow(6)][0]).not.toBe([...elementOfRow(9)][0]);
  });

  it("finds a village's 户籍人口 in another village form's plain 总人口, and keeps 实有人口 and 农户 counts apart", () => {
    const village = (form: string, path: string[], unit: string) => ({ ...field(form, path, "integer", unit), layout: "indicator-rows" as const, ...subjectOf("村级统计年报", "indicator-rows") });
    const registered = village("A", ["一、人口和户数", "户籍人口"], "人");
    const total = village("B", ["总人口（人）"], "人");
    const police = village("C", ["一、实有人口", "实有人口总数"], "人");
    const policeRegistered = village("C", ["一、实有人口", "其中：户籍人口"], "人");
    const farm = village("D", ["农户人口数"], "人");
    const el = new Map(matchFields([registered, total, police, policeRegistered, farm]).fields.map((m) => [m.fieldId, m.elementId]));
    expect(el.get(total.id)).toBe(el.get(registered.id));
    expect(el.get(police.id)).not.toBe(el.get(registered.id));
    // the police form's 其中：户籍人口 is the 户籍 count, not the 实有 one its section names
    expect(el.get(policeRegistered.id)).toBe(el.get(registered.id));
    expect(el.get(farm.id)).not.toBe(el.get(registered.id));
  });

  it("reads an indicator's 其中 sub-item that names only a kind (其中：牛) as part of the row above it", () => {
    const row = (form: string, label: string, unit: string) => ({ ...field(form, ["四、畜牧业", label], "integer", unit), layout: "indicator-rows" as const });
    const yearEnd = row("A", "年末牲畜存栏", "头");
    const cattle = row("A", "其中：牛", "头");
    const banned = row("A", "其中：禁牧面积", "亩");
    const byColumn = field("B", ["年末牲畜存栏", "牛（头）"], "integer", "头");
    const midYear = field("C", ["牲畜存栏（牧业年度6月末）", "牛（头）"], "integer", "头");
    const el = new Map(matchFields([yearEnd, cattle, banned, byColumn, midYear]).fields.map((m) => [m.fieldId, m.elementId]));
    expect(el.get(cattle.id)).toBe(el.get(byColumn.id));
    // the herd at the end of June (牧业年度) is another datum than the year's end
    expect(el.get(midYear.id)).not.toBe(el.get(byColumn.id));
  });

  it("knows 登记失业 is urban by definition (人社部: 城镇登记失业人员 = a 社区's 登记失业人员), and not employment", () => {
    const persons = (form: string, path: string[]) => field(form, path, "integer", "人");
    expect(pairMerges(persons("A", ["一、就业创业", "城镇登记失业人员"]), persons("B", ["三、社会保障", "登记失业人员"]))).toBe(true);
    expect(pairMerges(persons("A", ["城镇登记失业人员"]), persons("B", ["城镇新增就业人数"]))).toBe(false);
  });

  it("reads a section named by a record's attribute (帮扶措施落实) over a count that names its subject as a topic", () => {
    const persons = (form: string, path: string[]) => field(form, path, "integer", "人");
    expect(pairMerges(persons("A", ["四、帮扶措施落实", "公益性岗位安置"]), persons("B", ["二、劳动力与就业", "公益性岗位安置人数"]))).toBe(true);
    // A section that counts keeps its words, and so does one over a bare measure.
    expect(pairMerges(persons("A", ["帮扶措施", "户数"]), persons("B", ["户数"]))).toBe(false);
  });
});

describe("matchFields", () => {
  it("links ID-number synonyms across forms with a readable reason", () => {
    const a = field("A", "身份证号", "idcard");
    const b = field("B", "公民身份号码", "idcard");
    const c = field("C", "居民身份证号码（18位）", "idcard");
    const r = matchFields([a, b, c]);
    expect(new Set(r.fields.map((m) => m.elementId)).size).toBe(1);
    const reasons = r.fields.map((m) => m.reason).join(" ");
    expect(reasons).toMatch(/同义词：.*≈/);
    expect(reasons).toContain("类型相同");
  });

  it("links 联系电话 and 手机号码, and normalizes spaced labels like 姓  名", () => {
    expect(pairMerges(field("A", "联系电话", "phone"), field("B", "手机号码", "phone"))).toBe(true);
    expect(pairMerges(field("A", "姓  名"), field("B", "姓名"))).toBe(true);
  });

  it("understands word order and group headers: 男性户籍人口 = 户籍人口 › 男", () => {
    const a = field("A", "男性户籍人口", "integer", "人");
    const b = field("B", ["户籍人口（人）", "男"], "integer", "人");
    const c = field("C", ["人数", "户籍"], "integer", "人");
    const d = field("D", "户籍人口数", "integer", "人");
    expect(pairMerges(a, b)).toBe(true);
    expect(pairMerges(c, d)).toBe(true);
    expect(pairMerges(b, d)).toBe(false);
  });

  it("strips numbering and moves bracketed units to the unit", () => {
    const a = field("A", "（一）耕地面积（单位：亩）", "decimal");
    const b = field("B", "3.耕地面积(亩)", "decimal");
    const c = field("C", "①耕地面积", "decimal", "亩");
    const r = matchFields([a, b, c]);
    expect(new Set(r.fields.map((m) => m.elementId)).size).toBe(1);
    expect(r.elements[0].unit).toBe("亩");
  });

  it("keeps a group header that changes meaning and ignores one that does not", () => {
    const head = field("A", ["户主信息", "姓名"]);
    const headDirect = field("B", "户主姓名");
    const plain = field("C", ["基本信息", "姓名"]);
    const plainDirect = field("D", "姓名");
    const fields = [head, headDirect, plain, plainDirect];
    expect(sameElement(fields, head, headDirect)).toBe(true);
    expect(sameElement(fields, plain, plainDirect)).toBe(true);
    expect(sameElement(fields, head, plain)).toBe(false);
  });

  it("separates 本月 > 排查数 from 本年累计 > 排查数", () => {
    const m = field("A", ["本月", "排查数（件）"], "integer");
    const y = field("B", ["本年累计", "排查数（件）"], "integer");
    const m2 = field("C", ["当月情况", "排查数"], "integer", "件");
    const fields = [m, y, m2];
    expect(sameElement(fields, m, m2)).toBe(true);
    expect(sameElement(fields, m, y)).toBe(false);
  });

  describe("keeps look-alikes apart", () => {
    const families: [string, string[], FieldType, string | null][] = [
      ["population kinds", ["户籍人口", "常住人口", "流动人口"], "integer", "人"],
      ["households vs persons", ["低保户数", "低保人数"], "integer", null],
      ["age thresholds", ["60周岁以上老年人数", "65周岁以上老年人数", "80周岁以上老年人数"], "integer", "人"],
      ["periods", ["本月新增就业人数", "本年累计新增就业人数", "截至期末就业人数"], "integer", "人"],
      ["new vs total", ["新增党员人数", "党员总数"], "integer", "人"],
      ["party member kinds", ["党员人数", "预备党员人数", "流动党员人数"], "integer", "人"],
      ["addresses", ["户籍地址", "现居住地址"], "text", null],
      ["names", ["姓名", "户主姓名", "监护人姓名"], "text", null],
    ];
    for (const [name, labels, type, unit] of families) {
      it(`(${name}) ${labels.join(" / ")}`, () => {
        const fields = labels.map((l, i) => field(`F${i}`, l, type, unit));
        const r = matchFields(fields);
        expect(new Set(r.fields.map((m) => m.elementId)).size).toBe(labels.length);
      });
    }
    it("(birth date vs age) 出生日期 / 年龄", () => {
      expect(pairMerges(field("A", "出生日期", "date"), field("B", "年龄", "integer", "岁"))).toBe(false);
    });
  });

  it("never puts two fields of one form in one element", () => {
    const a1 = field("A", ["申请人", "身份证号"], "idcard");
    const a2 = field("A", "身份证号", "idcard");
    const b = field("B", "公民身份号码", "idcard");
    const r = matchFields([a1, a2, b]);
    const el = new Map(r.fields.map((m) => [m.fieldId, m.elementId]));
    expect(el.get(a1.id)).not.toBe(el.get(a2.id));
    expect(el.get(a2.id)).toBe(el.get(b.id));
  });

  it("merges one concept in different units with a conversion factor", () => {
    const mu = field("A", "承包地面积（亩）", "decimal");
    const mu2 = field("B", "承包地面积", "decimal", "亩");
    const ha = field("C", "确权承包地面积（公顷）", "decimal");
    const r = matchFields([mu, mu2, ha]);
    expect(new Set(r.fields.map((m) => m.elementId)).size).toBe(1);
    expect(r.elements[0].unit).toBe("亩");
    const f = r.fields.find((m) => m.fieldId === ha.id)!;
    expect(f.factor).toBe(15);
    expect(f.reason).toContain("单位换算");
    const money = matchFields([field("A", "村集体经济收入（万元）", "decimal"), field("B", "村集体经济收入（元）", "decimal"), field("C", "村集体经济收入", "decimal", "元")]);
    expect(money.elements).toHaveLength(1);
    expect(money.fields.find((m) => m.factor !== 1)?.factor).toBe(10000);
  });

  it("gives each form's 备注 its own element", () => {
    const r = matchFields([field("A", "备注"), field("B", "备  注"), field("C", "姓名")]);
    const ids = r.fields.map((m) => m.elementId);
    expect(new Set(ids).size).toBe(3);
    expect(ids.filter((id) => id.startsWith("remark:"))).toEqual(["remark:A", "remark:B"]);
  });

  it("puts uncertain pairs in the review queue with a weight, and a count whose period only one side writes only when many field pairs hang on it", () => {
    // On the development corpora such period pairs were the same datum 1 time in 24.
    const one = matchFields([field("A", "新增就业人数", "integer", "人"), field("B", "本月新增就业人数", "integer", "人")]);
    expect(one.review).toHaveLength(0);
    const many = matchFields([
      ...["A", "B", "C"].map((f) => field(f, "新增就业人数", "integer", "人")),
      ...["D", "E"].map((f) => field(f, "本月新增就业人数", "integer", "人")),
    ]);
    expect(many.review.length).toBeGreaterThan(0);
    expect(many.review[0].weight).toBeGreaterThan(0);
    expect(many.review[0].reason).toContain("统计期一方未写明");
  });
});

describe("matchFields decisions", () => {
  it("never merges a rejected pair again", () => {
    const a = field("A", "身份证号", "idcard");
    const b = field("B", "公民身份号码", "idcard");
    expect(sameElement([a, b], a, b)).toBe(true);
    expect(sameElement([a, b], a, b, { decisions: [{ kind: "reject", fieldA: a.id, fieldB: b.id }] })).toBe(false);
  });

  it("merges a confirmed pair the matcher would keep apart", () => {
    const a = field("A", "九小场所", "integer", "家");
    const b = field("B", "小型经营场所数", "integer", "家");
    expect(sameElement([a, b], a, b)).toBe(false);
    const r = matchFields([a, b], { decisions: [{ kind: "confirm", fieldA: a.id, fieldB: b.id }] });
    expect(new Set(r.fields.map((m) => m.elementId)).size).toBe(1);
    expect(r.fields.map((m) => m.source)).toContain("confirmed");
  });

  it("keeps a pinned field in its element, and applies renames and aliases", () => {
    const a = field("A", "饲养量", "integer", "头");
    const b = field("B", "存栏生猪", "integer", "头");
    const r = matchFields([a, b], {
      decisions: [
        { kind: "assign", fieldId: a.id, elementId: "el-pigs" },
        { kind: "alias", label: "存栏生猪", elementId: "el-pigs" },
        { kind: "rename", elementId: "el-pigs", name: "生猪存栏" },
      ],
    });
    const el = new Map(r.fields.map((m) => [m.fieldId, m.elementId]));
    expect(el.get(a.id)).toBe("el-pigs");
    expect(el.get(b.id)).toBe("el-pigs");
    expect(r.elements.find((e) => e.id === "el-pigs")?.name).toBe("生猪存栏");
  });
});

describe("matchFields incremental", () => {
  it("matches a new form against the catalog and keeps existing ids", () => {
    const old1 = field("A", "身份证号", "idcard");
    const old2 = field("B", "公民身份号码", "idcard");
    const first = matchFields([old1, old2]);
    const idEl = first.elements[0];
    const existing = [{ id: "E-ID", name: idEl.name, type: idEl.type, unit: null, fields: [old1, old2], aliases: ["证件号码"] }];
    const fresh = field("C", "居民身份证号码", "idcard");
    const viaAlias = field("D", "证件号码", "idcard");
    const newOne = field("C", "姓名");
    const r = matchFields([fresh, viaAlias, newOne], { existing });
    const el = new Map(r.fields.map((m) => [m.fieldId, m.elementId]));
    expect(el.get(fresh.id)).toBe("E-ID");
    expect(el.get(viaAlias.id)).toBe("E-ID");
    expect(el.get(newOne.id)).not.toBe("E-ID");
    expect(r.elements.find((e) => e.id === "E-ID")?.fieldIds).toEqual(expect.arrayContaining([old1.id, old2.id, fresh.id]));
    expect(r.elements.find((e) => e.id === "E-ID")?.isExisting).toBe(true);
  });

  it("gives the same ids when run twice on the same input", () => {
    const fields = [field("A", "户籍人口", "integer", "人"), field("B", ["户籍人口数", "合计"], "integer", "人"), field("C", "姓名")];
    const one = matchFields(fields).fields.map((m) => m.elementId);
    const two = matchFields(fields).fields.map((m) => m.elementId);
    expect(two).toEqual(one);
  });
});
