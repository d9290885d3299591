/**
 * Sections of the one form a cadre understands. Data, not if-chains: an element goes to the first
 * section (in MATCH_ORDER) whose keyword occurs in its name; failing that, to the section of the department that asks
 * for it; failing that, to "other".
 */
export interface SectionDef {
  key: string;
  /** zh-CN name, also accepted when an official typed it into `elements.section`. */
  name: string;
  keywords: string[];
  departments: string[];
}

export const SECTIONS: SectionDef[] = [
  { key: "population", name: "人口", keywords: ["人口", "户籍", "常住", "出生", "死亡", "迁入", "迁出", "户数", "总户", "流动人员", "外来"], departments: ["统计", "公安"] },
  { key: "civil", name: "民政", keywords: ["低保", "特困", "五保", "救助", "残疾", "孤儿", "留守", "养老服务", "高龄", "殡葬", "婚姻", "困境", "临时救助"], departments: ["民政", "残联", "退役军人"] },
  { key: "party", name: "党建", keywords: ["党员", "党组织", "支部", "入党", "党费", "两委", "发展对象", "积极分子"], departments: ["组织部", "宣传部"] },
  { key: "safety", name: "平安", keywords: ["矛盾", "纠纷", "调解", "信访", "治安", "案件", "网格", "禁毒", "反诈", "诈骗", "重点人员", "社区矫正", "安置帮教"], departments: ["政法委", "司法", "信访"] },
  { key: "agriculture", name: "农业", keywords: ["耕地", "粮食", "播种", "种植", "养殖", "农作物", "水稻", "生猪", "农机", "土地流转", "撂荒", "农田", "监测对象", "防返贫", "脱贫"], departments: ["农业农村", "林业", "乡村振兴"] },
  { key: "emergency", name: "应急", keywords: ["应急", "灾", "火灾", "防汛", "隐患", "避险", "转移", "救援", "安全生产", "地质", "危房"], departments: ["应急管理", "住建"] },
  { key: "health", name: "卫健", keywords: ["疫苗", "接种", "孕", "新生儿", "妇女", "儿童", "健康", "慢病", "卫生", "计生", "医保", "参保"], departments: ["卫健", "医保", "妇联"] },
  { key: "employment", name: "就业社保", keywords: ["就业", "务工", "培训", "社保", "养老保险", "失业"], departments: ["人社"] },
  { key: "other", name: "其他", keywords: [], departments: [] },
];

/** Which section's keywords are tried first: the specific ones, broad 人口 words last (低保户数 is 民政's). */
const MATCH_ORDER = ["civil", "party", "safety", "agriculture", "emergency", "health", "employment", "population"];
const BY_MATCH_ORDER = MATCH_ORDER.map((key) => SECTIONS.find((s) => s.key === key)!);

const BY_KEY = new Map(SECTIONS.map((s) => [s.key, s]));
const BY_NAME = new Map(SECTIONS.map((s) => [s.name, s]));

/** The section key of an element, from its own `section`, its name, then the departments asking for it. */
export function sectionOf(element: { name: string; section: string | null }, departmentNames: string[] = []): string {
  if (element.section) {
    const chosen = BY_KEY.get(element.section) ?? BY_NAME.get(element.section);
    if (chosen) return chosen.key;
  }
  const byName = BY_MATCH_ORDER.find((s) => s.keywords.some((k) => element.name.includes(k)));
  if (byName) return byName.key;
  for (const department of departmentNames) {
    const byDepartment = BY_MATCH_ORDER.find((s) => s.departments.some((d) => department.includes(d)));
    if (byDepartment) return byDepartment.key;
  }
  return "other";
}

/** Position of a section in the page (the table's order). */
export function sectionRank(key: string): number {
  const index = SECTIONS.findIndex((s) => s.key === key);
  return index < 0 ? SECTIONS.length : index;
}
