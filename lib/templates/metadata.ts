import type { Frequency, TargetLevel } from "@/lib/domain";
import { norm, splitKeyValue } from "./text";

/** A department name as counties write it: 区民政局, 县卫健委, 区委政法委, 区消防救援大队 … */
const DEPARTMENT = /^(?:[区县市旗]|[^\s，。、；;：:（）()]{1,6}[区县市])[^\s，。、；;：:（）()“”]{1,14}?(?:局|委|部|办|办公室|会|联|协|队|大队|分局|院|中心|所|站|处|厅|社)$/;

export function isDepartmentName(text: string): boolean {
  return DEPARTMENT.test(norm(text));
}

/**
 * Official full names and the short forms county catalogs use for them (国务院、地方机构改革后的通行简称):
 * 人力资源和社会保障局 → 人社局, 卫生健康委员会 → 卫健委 …
 */
const DEPARTMENT_SHORT: [RegExp, string][] = [
  [/人力资源和社会保障/, "人社"],
  [/卫生健康委员会|卫生和健康委员会/, "卫健委"],
  [/卫生健康/, "卫健"],
  [/住房和城乡建设/, "住建"],
  [/文化广电旅游体育|文化旅游广电体育|文化广电体育和旅游/, "文旅广体"],
  [/文化和旅游|文化旅游/, "文旅"],
  [/市场监督管理/, "市场监管"],
  [/自然资源和规划/, "自然资源"],
  [/发展和改革委员会/, "发改委"],
  [/医疗保障/, "医保"],
  [/民族宗教事务/, "民宗"],
  [/退役军人事务/, "退役军人事务"],
  [/残疾人联合会/, "残联"],
  [/妇女联合会/, "妇联"],
  [/科学技术协会/, "科协"],
  [/人民防空办公室/, "人防办"],
  [/粮食和物资储备/, "粮食和物资储备"],
  [/委员会$/, "委"],
];

/**
 * The catalog's spelling of a department found in a template (制定机关：XX区人力资源和社会保障局 → 区人社局), when
 * the catalog knows it under its short name; otherwise the name as found.
 */
export function canonicalDepartment(name: string | null, known: string[]): string | null {
  if (!name || known.length === 0 || known.includes(name)) return name;
  const core = (d: string) => {
    let t = norm(d).replace(/^(?:[^\s]{1,6}?[省市])?[^\s]{0,6}?[区县旗](?=.{2,})/, "");
    for (const [re, short] of DEPARTMENT_SHORT) t = t.replace(re, short);
    return t;
  };
  const mine = core(name);
  return known.find((d) => core(d) === mine) ?? name;
}

/** Department from the folder path (`区民政局/…`), innermost folder first. */
export function departmentFromPath(relativePath: string): string | null {
  const parts = relativePath.split(/[\\/]/).slice(0, -1).reverse();
  return parts.find((p) => isDepartmentName(p)) ?? null;
}

/** Department from 制定机关：… in the statistical block, or `…报送区民政局` in the notes. */
export function departmentFromTexts(texts: string[]): string | null {
  for (const text of texts) {
    const kv = splitKeyValue(text);
    if (kv && /^(制定机关|制表机关|主管部门|发文单位|主管单位)$/.test(kv.key) && isDepartmentName(kv.value)) return norm(kv.value);
  }
  for (const text of texts) {
    const t = norm(text);
    for (const m of t.matchAll(/(?:报送|报|报至|送交|交)([区县市][^，。、；;：:（）()“”]{1,14}?(?:局|委|部|办|会|联|队|分局|院|中心))(?=[，。；;、]|$|审核|备案)/g)) {
      if (isDepartmentName(m[1])) return m[1];
    }
  }
  return null;
}

const FREQ_WORDS: [RegExp, Frequency][] = [
  [/日报|每日|每天|当日|逐日/, "daily"],
  [/周报|每周|本周|第\d+周/, "weekly"],
  [/半年报|半年|上半年|下半年/, "semiannual"],
  [/季报|季度|每季|季后|一季|二季|三季|四季|第.{0,2}季/, "quarterly"],
  [/月报|每月|次月|本月|\d{1,2}月份?(?!\d{1,2}日)|月份|年\s*月(?!\s*日)/, "monthly"],
  [/年报|年度|每年|次年|全年/, "annual"],
  [/不定期|按需|随时|发生变动后|变动后|接通知|按通知|临时/, "adhoc"],
];

/** Frequency from the catalog's 填报频次 word. */
export function frequencyFromCatalogWord(word: string): Frequency | null {
  const t = norm(word);
  const direct: Record<string, Frequency> = { 日报: "daily", 周报: "weekly", 月报: "monthly", 季报: "quarterly", 半年报: "semiannual", 年报: "annual", 不定期: "adhoc" };
  if (direct[t]) return direct[t];
  return frequencyFromText(t);
}

/** First frequency cue in one text. */
export function frequencyFromText(text: string): Frequency | null {
  const t = norm(text);
  for (const [re, freq] of FREQ_WORDS) if (re.test(t)) return freq;
  return null;
}

/** Frequency from the deadline in the notes (`每月5日前`, `季后10日内`, `6月20日和12月20日前`). */
export function frequencyFromNotes(texts: string[]): Frequency | null {
  for (const text of texts) {
    const t = norm(text);
    const deadline = /(报送|上报|填报|报)/.test(t) ? t : "";
    if (!deadline) continue;
    if (/每天|每日|当日/.test(t)) return "daily";
    if (/每周|周[一二三四五]前/.test(t)) return "weekly";
    if (/每月|次月/.test(t)) return "monthly";
    if (/每季|季后|季度(末|结束)|季末/.test(t)) return "quarterly";
    if (/每半年|半年(结束|后)|6月\d+日和12月\d+日|6月底和12月底/.test(t)) return "semiannual";
    if (/每年|次年|年底前|年末/.test(t)) return "annual";
    if (/(?<!\d)月(底|末)前?/.test(t)) return "monthly";
    if (/发生变动|变动后|按通知|接通知|不定期|随时|及时/.test(t)) return "adhoc";
  }
  return null;
}

/** Frequency from a title or file name: explicit words first (月报), then the period it names (2026年第三季度). */
export function frequencyFromTitle(title: string): Frequency | null {
  const t = norm(title);
  const explicit = /(日报|周报|月报|季报|半年报|年报)/.exec(t);
  if (explicit) return frequencyFromCatalogWord(explicit[1]);
  return frequencyFromText(t);
}

/** Target levels from a 填报对象 word or a note (`本表由各村（社区）填报`). */
export function targetLevelsFromText(text: string): TargetLevel[] | null {
  const t = norm(text);
  if (/村和社区|村\/社区|村、社区|村\(社区\)|村\(居\)|村居|村社区/.test(t)) return ["village", "community"];
  if (/社区/.test(t)) return ["community"];
  if (/村/.test(t)) return ["village"];
  return null;
}

/** Target levels from the notes: `本表由各村填报` → village only. */
export function targetLevelsFromNotes(texts: string[]): TargetLevel[] | null {
  for (const text of texts) {
    const m = /由各?([^，。；;]{1,10}?)填报/.exec(norm(text));
    if (m) return targetLevelsFromText(m[1]);
  }
  return null;
}

/** Town-level offices named in notes (`报送镇（街道）民政办`) and the county department words they answer to. */
const OFFICE_ALIASES: [RegExp, RegExp][] = [
  [/综治|网格/, /政法委/],
  [/派出所|警务/, /公安/],
  [/村镇建设|规划建设|建设办/, /住建|住房/],
  [/党建|组织/, /组织部/],
  [/文化站|文体|文旅/, /文旅|文化/],
  [/中心学校|教办|教育/, /教育/],
  [/计生|卫生院|卫健/, /卫健|卫生/],
  [/劳动保障|社保/, /人社|人力资源/],
  [/退役军人/, /退役军人/],
];

/**
 * Department from the town office a note sends the form to, among departments already known (e.g. the
 * catalog's): `报送镇（街道）民政办` → 区民政局, `…司法所` → 区司法局, `…综治中心` → 区委政法委.
 */
export function departmentFromOffice(texts: string[], known: string[]): string | null {
  if (known.length === 0) return null;
  for (const text of texts) {
    const m = /报送(?:至|到)?(?:各)?(?:乡镇|镇|乡|街道)(?:\((?:街道|乡|镇)\))?([^，。；;、\s]{2,12}?)(?:办公室|办|所|站|中心|分局|队)?(?=[，。；;、]|$)/.exec(norm(text));
    if (!m) continue;
    const office = m[1];
    for (const [officeRe, deptRe] of OFFICE_ALIASES) {
      if (!officeRe.test(office)) continue;
      const dept = known.find((d) => deptRe.test(d));
      if (dept) return dept;
    }
    const stem = office.replace(/(服务|工作|管理)?(办公室|中心|办|所|站|分局|队)$/, "").replace(/服务$/, "");
    const byStem = stem.length >= 2 ? known.find((d) => d.includes(stem.slice(0, 2))) : undefined;
    if (byStem) return byStem;
  }
  return null;
}

/** Last resort when nothing names a period: a bare year in the title reads as yearly, else ad hoc. */
export function defaultFrequency(title: string): Frequency {
  return /\d{4}年(?!\s*(第|[一二三四上下]|\d{1,2}月|度?上|度?下))/.test(norm(title)) ? "annual" : "adhoc";
}
