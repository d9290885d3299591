import type { CompoundEntry, MeasureEntry } from "./types";

/**
 * What a quantity counts or measures. Two fields with different measures are different elements
 * (户数 ≠ 人数 ≠ 人次); a field without a measure word takes it from its unit (（户） → households).
 * "count" is the generic 数/个数 and agrees with any countable measure.
 */
export const MEASURES: MeasureEntry[] = [
  { value: "persons", name: "人数", terms: ["人数", "人口", "人口数", "人员数", "总人数", "总人口", "名数", "人口总数", "人"] },
  { value: "households", name: "户数", terms: ["户数", "户", "总户数", "家庭数", "户数量"] },
  { value: "personTimes", name: "人次", terms: ["人次", "人次数", "人次数量"] },
  { value: "times", name: "次数", terms: ["次数", "次", "场次", "场次数", "批次", "期数", "频次"] },
  { value: "cases", name: "件数", terms: ["件数", "件", "起数", "起", "宗数", "案件数"] },
  { value: "money", name: "金额", terms: ["金额", "资金", "款", "款项", "费用", "金", "资金额", "总额", "收入", "经费", "销售额", "营业额", "交易额", "成交额", "销售收入", "营业收入"] },
  { value: "length", name: "长度", terms: ["长度", "里程", "总长度", "总里程", "距离"] },
  { value: "area", name: "面积", terms: ["面积"] },
  { value: "rate", name: "比率", terms: ["率", "普及率", "入户率", "比例", "覆盖率", "占比", "比率", "百分比"] },
  { value: "date", name: "日期", terms: ["日期", "时间", "年月", "年份", "年代", "年月日", "时间点"] },
  { value: "category", name: "类别", terms: ["类别", "类型", "种类", "分类", "性质", "属性"] },
  { value: "level", name: "等级", terms: ["等级", "级别", "分级", "档次", "等次"] },
  { value: "code", name: "编号", terms: ["编号", "编码", "代码", "号码", "号"] },
  { value: "place", name: "地点", terms: ["地点", "地址", "位置", "场所"] },
  { value: "reason", name: "原因", terms: ["原因", "事由", "理由"] },
  // X名称 names an X: a name, never its type or its count (机构名称 ≠ 机构类型).
  { value: "name", name: "名称", terms: ["名称"] },
];

/**
 * Generic count words: they add nothing (合计 = the total; 数 = a count). Measures above win over them.
 * Kept apart from MEASURES so "合计" never conflicts with "人数".
 */
export const COUNT_WORDS: string[] = ["数", "个数", "数量", "总数", "合计", "总计", "小计", "总量", "个", "家", "处", "座", "支", "所", "名"];

/** Words that stand for several tokens at once. */
export const COMPOUNDS: CompoundEntry[] = [
  // 民政 statistics count a programme's 保障户数 / 保障人数 (供养人数): the households and persons it covers.
  { terms: ["保障户数", "保障户"], tokens: ["m:households"] },
  { terms: ["保障人数", "保障人口", "供养人数"], tokens: ["m:persons"] },
  // 农村低保 and 城市低保 are the two halves of 城乡低保: the area is part of the programme's name.
  { terms: ["农村低保", "农村最低生活保障"], tokens: ["c:dibao", "q:area=rural"] },
  { terms: ["城市低保", "城市最低生活保障", "城镇低保"], tokens: ["c:dibao", "q:area=urban"] },
  { terms: ["停保", "停发低保"], tokens: ["c:dibao", "q:change=exit"] },
  { terms: ["新纳入低保", "新增低保"], tokens: ["c:dibao", "q:change=new"] },
  { terms: ["低保金", "低保资金"], tokens: ["c:dibao", "m:money"] },
  { terms: ["特困供养金", "特困供养资金", "特困人员供养金"], tokens: ["c:tekun", "m:money"] },
  { terms: ["救助金", "救助资金"], tokens: ["c:aid", "m:money"] },
  { terms: ["养老金"], tokens: ["c:pensionInsurance", "m:money"] },
  { terms: ["预备党员"], tokens: ["c:party", "q:partyType=probation"] },
  { terms: ["流动党员"], tokens: ["c:party", "q:pop=flow"] },
  { terms: ["女党员"], tokens: ["c:party", "q:sex=f"] },
  { terms: ["流动人口"], tokens: ["q:pop=flow", "m:persons"] },
  { terms: ["户籍人口"], tokens: ["q:pop=hj", "m:persons"] },
  { terms: ["常住人口"], tokens: ["q:pop=cz", "m:persons"] },
  { terms: ["外出人口"], tokens: ["q:pop=out", "m:persons"] },
  // 外出务工人员 count the residents with 外出务工 = 是: the same subject as a 外出务工 column counted.
  { terms: ["外出务工人员", "外出务工人数"], tokens: ["c:outWork", "m:persons"] },
  { terms: ["村医人数"], tokens: ["c:villageDoctor", "m:persons"] },
  { terms: ["患者"], tokens: [] },
  { terms: ["低保户"], tokens: ["c:dibao", "m:households"] },
  { terms: ["五保户", "特困户"], tokens: ["c:tekun", "m:households"] },
  { terms: ["脱贫户"], tokens: ["c:povertyExit", "m:households"] },
  { terms: ["监测户"], tokens: ["c:monitorObject", "m:households"] },
];
