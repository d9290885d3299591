import type { Frequency, TargetLevel } from "@/lib/domain";
import { DEPARTMENT_TOPICS, TOPIC_HISTORY } from "./department-topics";
import { norm, splitKeyValue } from "./text";

/**
 * A department name as counties write it: 区民政局, 县卫健委, 区委政法委, 区消防救援大队 … (旗: Inner Mongolia's county,
 * 旗民政局). Every pattern below that reads a county's office starts with the same [区县市旗].
 */
const DEPARTMENT = /^(?:[区县市旗]|[^\s，。、；;：:（）()]{1,6}[区县市旗])[^\s，。、；;：:（）()“”]{1,14}?(?:局|委|部|办|办公室|会|联|协|队|大队|分局|院|中心|所|站|处|厅|社)$/;

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

/** A department name compared without its place prefix, in its short form and without the generic ending. */
function departmentCore(name: string): string {
  let t = norm(name).replace(/^[\d\s._、-]+/, "").replace(/^(?:[^\s]{1,6}?[省市])?[^\s]{0,6}?[区县旗](?=.{2,})/, "");
  for (const [re, short] of DEPARTMENT_SHORT) t = t.replace(re, short);
  return t.replace(/(分局|大队|支队|办公室|委员会|局|委|办|会|部|中心|队|所|站)$/, "");
}

/**
 * The catalog's department a name stands for (`民政局`, `01-民政`, `XX县民政局` → 区民政局), when the catalog knows
 * exactly one that fits; null otherwise.
 */
export function matchKnownDepartment(name: string, known: string[]): string | null {
  if (known.includes(name)) return name;
  const mine = departmentCore(name);
  if (mine.length < 2) return null;
  const exact = known.filter((d) => departmentCore(d) === mine);
  if (exact.length === 1) return exact[0];
  const loose = known.filter((d) => {
    const core = departmentCore(d);
    return core.length >= 2 && (core.startsWith(mine) || mine.startsWith(core));
  });
  return loose.length === 1 ? loose[0] : null;
}

/** Department from the folder path (`区民政局/…`, or `民政/…` when the catalog knows 区民政局), innermost folder first. */
export function departmentFromPath(relativePath: string, known: string[] = []): string | null {
  const parts = relativePath.split(/[\\/]/).slice(0, -1).reverse();
  for (const part of parts) {
    const bare = part.replace(/^[\d\s._、-]+/, "");
    if (isDepartmentName(bare)) return canonicalDepartment(bare, known);
    const byName = known.length > 0 && bare.length >= 2 ? matchKnownDepartment(bare, known) : null;
    if (byName) return byName;
  }
  return null;
}

const DEPARTMENT_KEY = /^(制定机关|制表机关|制发机关|主管部门|主管单位|业务主管部门|发文单位|制表单位|牵头单位|责任单位|报送单位|填报单位|统计单位|主办单位)$/;

/** Department from 制定机关：… in the statistical block, a 填报单位 that is a department, or `…报送区民政局` in the notes. */
export function departmentFromTexts(texts: string[], known: string[] = []): string | null {
  for (const text of texts) {
    const kv = splitKeyValue(text);
    if (!kv || !DEPARTMENT_KEY.test(kv.key)) continue;
    const value = norm(kv.value).replace(/[(（](盖章|公章)[)）]$/, "");
    if (isDepartmentName(value)) return value;
    const byName = known.length > 0 && kv.key !== "填报单位" ? matchKnownDepartment(value, known) : null;
    if (byName) return byName;
  }
  for (const text of texts) {
    const t = norm(text);
    // …报县妇联权益部, 报县水务局农水股, 报县应急管理局（县防汛办）: the department, then maybe one of its offices.
    for (const m of t.matchAll(/(?:报送至|报送到|上报至|上报到|上报|报送|报至|报到|报|送交|交至|交)([区县市旗][^，。、；;：:（）()“”]{1,14}?(?:局|委|部|办|会|联|队|分局|院|中心))(?:[^，。、；;：:（）()“”]{1,6}?(?:科|股|室|组|部|办|中心))?(?=[，。；;、()（）]|$|审核|备案|汇总)/g)) {
      // 报县农普办（设县统计局）: an office housed in a department belongs to it.
      const housed = /^[（(]设(?:在)?([区县市旗][^）)，。]{1,14}?(?:局|委|部|办|会|联))/.exec(t.slice(m.index + m[0].length));
      if (housed && isDepartmentName(housed[1])) return housed[1];
      if (isDepartmentName(m[1])) return parentDepartment(m[1]);
    }
    if (known.length === 0) continue;
    for (const m of t.matchAll(/(?:报送至|报送到|上报至|上报|报送|报至|送交|交至)([^，。、；;：:（）()“”\s]{2,12}?(?:局|委|部|办|会|联|队|分局|中心))(?=[，。；;、]|$|审核|备案|汇总)/g)) {
      if (/^(各|镇|乡|街道)/.test(m[1])) continue;
      const byName = matchKnownDepartment(m[1], known);
      if (byName) return byName;
    }
  }
  return null;
}

/** The department an office of it belongs to (县人力资源和社会保障局就业局 → 县人力资源和社会保障局; 县教育局资助中心 → 县教育局). */
function parentDepartment(name: string): string {
  for (const m of name.matchAll(/(局|委)/g)) {
    const head = name.slice(0, m.index + 1);
    if (head.length < name.length && head.length >= 3 && isDepartmentName(head)) return head;
  }
  return name;
}

/** `区` or `县`: how the catalog's departments begin (区 when it says nothing). */
function districtPrefix(known: string[]): string {
  const county = known.filter((d) => norm(d).startsWith("县")).length;
  return county * 2 > known.length && county > 0 ? "县" : "区";
}

/**
 * The department responsible for the topic a text names: the catalog's only department of that kind, or, when the
 * catalog has none of that kind, its usual name (区公安分局).
 */
function departmentForTopic(text: string, known: string[], year: number | null = null): string | null {
  for (const [topicRe, deptRe, usual] of DEPARTMENT_TOPICS) {
    if (!topicRe.test(text)) continue;
    const earlier = year !== null ? TOPIC_HISTORY.find(([re, last]) => re.test(usual) && year <= last) : undefined;
    const pattern = earlier && known.some((d) => earlier[2].test(d)) ? earlier[2] : deptRe;
    const fits = known.filter((d) => pattern.test(d));
    if (fits.length === 1) return fits[0];
    if (fits.length === 0) return `${districtPrefix(known)}${usual}`;
    return null;
  }
  return null;
}

/** The year a template is about (`2014年度…`, `（2013年）`), if it names one. */
export function yearOf(text: string): number | null {
  const m = /((?:19|20)\d{2})\s*年/.exec(norm(text));
  return m ? Number(m[1]) : null;
}

/** Department from the system a template was exported from (`数据来源：全国防返贫监测信息系统`, `金民工程导出`). */
export function departmentFromSystem(texts: string[], known: string[]): string | null {
  for (const text of texts) {
    const t = norm(text);
    for (const m of t.matchAll(/([\p{Script=Han}A-Za-z]{2,24}?(?:信息系统|管理系统|业务系统|系统|平台|数据库|直报|工程))/gu)) {
      const dept = departmentForTopic(m[1], known);
      if (dept) return dept;
    }
  }
  return null;
}

/**
 * The catalog's name for a department found in a template: itself, its short form (canonicalDepartment), the known
 * department a sub-unit belongs to (区人社局劳动保障监察大队 → 区人社局), or the one whose work the unit does
 * (区就业服务中心 → 区人社局). Without a catalog list, the name as found.
 */
export function knownDepartmentFor(name: string | null, known: string[]): string | null {
  if (!name || known.length === 0 || known.includes(name)) return name;
  const canonical = canonicalDepartment(name, known);
  if (canonical && known.includes(canonical)) return canonical;
  const parent = known.filter((d) => norm(name).startsWith(norm(d)) && norm(name).length > norm(d).length);
  if (parent.length === 1) return parent[0];
  return matchKnownDepartment(name, known) ?? departmentForTopic(norm(name).replace(/^[区县市旗]/, ""), known) ?? name;
}

/** A department named at the start of a title or file name (`区林业局生态护林员花名册`). */
export function departmentFromTitle(title: string, known: string[]): string | null {
  const m = /^(?:附件\d*[-—:：、\s]*)?((?:[区县市旗]|[^\s，。、；;：:（）()]{1,6}[区县市旗])[^\s，。、；;：:（）()“”]{1,10}?(?:局|委|部|办|会|联|队|馆|社|中心))/.exec(norm(title));
  if (!m || !isDepartmentName(m[1])) return null;
  return knownDepartmentFor(m[1], known);
}

/**
 * Last resort: the department whose work the title names (社区警务 → 公安, 优抚对象 → 退役军人事务, 扶贫 → 乡村振兴),
 * among the catalog's departments, when exactly one fits.
 */
export function departmentFromTopic(title: string, known: string[], year: number | null = yearOf(title)): string | null {
  return departmentForTopic(norm(title), known, year);
}

const FREQ_WORDS: [RegExp, Frequency][] = [
  [/日报|每日|每天|当日|逐日/, "daily"],
  [/周报|每周|本周|第\d+周/, "weekly"],
  // A school term (春季学期 / 秋季学期) is half a year.
  [/半年报|半年|上半年|下半年|学期/, "semiannual"],
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

/** How many deadlines a year a note lists: `6月、12月底前` → 2, `3、6、9、12月` → 4 (evenly spaced months only). */
function deadlineMonths(t: string): number {
  const m = /((?:\d{1,2}月?(?:\d{1,2}日)?(?:底|末)?(?:前)?[、,，和及与]){1,3}\d{1,2}月)/.exec(t);
  if (!m) return 0;
  const months = [...m[1].matchAll(/(\d{1,2})(?=月|[、,，和及与])/g)].map((x) => Number(x[1])).filter((n, i, all) => n >= 1 && n <= 12 && !(i > 0 && all[i - 1] === n));
  const uniq = [...new Set(months)].sort((a, b) => a - b);
  if (uniq.length < 2) return 0;
  const step = 12 / uniq.length;
  return uniq.every((n, i) => i === 0 || n - uniq[i - 1] === step) ? uniq.length : 0;
}

/** The period a note's 每… names; 每年 is left to the deadline rules (每年6月、12月底前 lists two deadlines a year). */
const EVERY = /每(天|日|周|半年|季|月)/;
const EVERY_FREQUENCY: Record<string, Frequency> = { 天: "daily", 日: "daily", 周: "weekly", 半年: "semiannual", 季: "quarterly", 月: "monthly" };

/** Frequency from the deadline in the notes (`每月5日前`, `季后10日内`, `6月20日和12月20日前`). */
export function frequencyFromNotes(texts: string[]): Frequency | null {
  for (const text of texts) {
    const t = norm(text);
    const deadline = /(报送|上报|填报|报|更新)/.test(t) ? t : "";
    if (!deadline) continue;
    // A one-off check sends its result when it ends (核查结束后3日内报, 摸底后报): no period.
    if (CAMPAIGN.test(t) && /(结束|完成)?后.{0,6}报/.test(t)) return "adhoc";
    // The first 每… the note says is the period (每季度末月25日前报乡镇汇总，次月5日前报县: quarterly; the 次月 is the
    // town's deadline after it).
    const every = EVERY.exec(t);
    if (every) return EVERY_FREQUENCY[every[1]];
    // 本表随采随报，不定期报送…；检测结果为阳性的当日上报: the note says it has no period before it names a same-day case.
    if (/不定期|随[采查检访]随报/.test(t)) return "adhoc";
    if (/当日/.test(t)) return "daily";
    if (/周[一二三四五]前/.test(t)) return "weekly";
    if (/次月/.test(t)) return "monthly";
    if (/季后|季度(末|结束)|季末/.test(t)) return "quarterly";
    if (/半年(结束|后)|6月\d+日和12月\d+日|6月底和12月底/.test(t)) return "semiannual";
    const listed = deadlineMonths(t);
    if (listed === 2) return "semiannual";
    if (listed === 4) return "quarterly";
    if (/每年|次年|年底前|年末/.test(t)) return "annual";
    if (frequencyFromFixedDeadline([text])) return "annual";
    if (/(?<!\d)月(底|末)前?/.test(t)) return "monthly";
    if (/发生变动|变动后|按通知|接通知|不定期|随时|及时/.test(t)) return "adhoc";
  }
  return null;
}

/**
 * One fixed date a year (请于3月31日前报…), whatever the note adds about changes in between: annual — but weaker than
 * a period within the year the title names (2024年上半年…统计表 with 请于7月5日前报 is half-yearly: parse-workbook.ts).
 */
export function frequencyFromFixedDeadline(texts: string[]): Frequency | null {
  for (const text of texts) {
    const t = norm(text);
    if (!/(报送|上报|填报|报|更新)/.test(t)) continue;
    if (deadlineMonths(t) === 0 && /(?<![\d、,，和及与])\d{1,2}月\d{1,2}日(前|之前|以前)/.test(t) && !/每|次月|季/.test(t)) return "annual";
  }
  return null;
}

/**
 * Frequency from the period a meta line dates the form with (`乡镇（街道）：      2025年度`, `2025年第三季度`, `2025年11月`):
 * only a year followed by a period, and never the 有效期至 / 填报日期 lines.
 */
export function frequencyFromPeriodLine(texts: string[]): Frequency | null {
  for (const text of texts) {
    const t = norm(text);
    // Dates that are not the period reported: the statistics block's validity, the filling and sending dates.
    if (/有效期|批准|填报日期|填表日期|报出日期|报送日期|日期[:：]/.test(t)) continue;
    if (/\d{4}年度/.test(t)) return "annual";
    if (/\d{4}年第?[一二三四1-4]季度/.test(t)) return "quarterly";
    if (/\d{4}年[上下]半年|\d{4}年(春季|秋季)?学期/.test(t)) return "semiannual";
    if (/\d{4}年\d{1,2}月(?!\d{1,2}日)/.test(t)) return "monthly";
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

/**
 * Last resort when nothing names a period: a bare year in the title reads as yearly, else ad hoc — except a one-off
 * check (2019年…核查表, 摸底登记表, “回头看”排查表): a campaign of that year, not a yearly report.
 */
export function defaultFrequency(title: string): Frequency {
  const t = norm(title);
  if (CAMPAIGN.test(t)) return "adhoc";
  return /\d{4}年(?!\s*(第|[一二三四上下]|\d{1,2}月|度?上|度?下))/.test(t) ? "annual" : "adhoc";
}

/** Words of a one-off check or survey campaign. */
const CAMPAIGN = /(摸底|核查|排查|普查|清查|回头看)/;
