import type { Layout } from "@/lib/domain";
import { PROGRAMME_CONCEPTS } from "./lexicon";
import { normalizeLabel } from "./normalize-label";
import { segmentLabel } from "./segment";
import type { MatchField } from "./types";

/** The object a form's quantities are about: 户, an institution's noun (卫生室, 学校 …) or 村. */
export type FormSubject = string;

/**
 * Household nouns (国家统计局 住户调查: 住户 / 农户; 扶贫 建档立卡: 贫困户, 脱贫户; 防返贫监测: 监测户 / 监测对象 (monitored
 * by household), 脱贫不稳定户,
 * 边缘易致贫户, 返贫户; 民政: 低保户, 特困户, 五保户, 困难户). 婚姻家庭 / 家庭暴力 / 家庭矛盾 name a topic, not households.
 */
const HOUSEHOLD = /(贫困户|农户|住户|低保户|特困户|五保户|困难户|脱贫户|监测户|监测对象|不稳定户|致贫户|返贫户|(?<!婚姻)家庭(?!医生|农场|暴力|教育|矛盾|纠纷))/;
/** Institutions of a village that report their own staff, income and services (卫健 村卫生室, 教育 学校 …). */
const INSTITUTION = /(卫生室|卫生院|卫生服务站|学校|小学|中学|幼儿园|托儿所|养老院|敬老院|幸福院|福利院|医院|诊所)/;
/** A grid (网格) of a village, the unit a 网格员 keeps: a sheet about one grid counts that grid's houses and places. */
export const GRID = /(网格内|本网格|网格基本(情况|信息))/;
/** Words of a summary over villages (statistics reports: 汇总表, 统计表, 统计月报, （村级）). */
const AGGREGATE = /(汇总|统计[年月季]?报|统计表|村级|[年月季]报表?$)/;
/** Titles about a village (村级 …, 基本情况 of 村), or that aggregate over villages (统计年报 / 月报 / 季报, 汇总表). */
const VILLAGE = /(农村基本情况|村级|村基本情况|村（社区）基本情况|贫困村|行政村|统计[年月季]?报|[年月季]报表?$|统计表|汇总表|汇总)/;

/**
 * Whose quantities a form asks, read from its title: the matcher sees only field labels, so 耕地面积 of a
 * 贫困户信息采集表 (one household's land) and 耕地面积 of a 农村基本情况统计年报表 (the village's) look alike. The
 * title says which object the form is about:
 *
 * - a household (贫困户, 农户, 住户, 低保户, 家庭 — not 家庭医生, a service): "户";
 * - an institution of the village (村卫生室, 学校, 幼儿园, 养老院 …) in the title of a form of indicator rows (one
 *   institution per form): that institution's noun ("卫生室");
 * - one grid of the village (表五：网格内单位和场所, 网格基本信息): "网格";
 * - the village or an aggregate over it (农村基本情况, 村级基本情况, 贫困村, 统计年报 / 月报, 汇总表): "村".
 *
 * Returns null when the title names none of them (a roster of persons, a register of events …): such forms
 * keep matching by their labels alone. See `subjectsConflict` for how two subjects are compared.
 */
export function formSubjectOf(title: string | null | undefined, layout?: Layout): FormSubject | null {
  const t = (title ?? "").replace(/\s+/g, "");
  if (!t) return null;
  const household = HOUSEHOLD.exec(t);
  // An institution in the title of a list (镇村卫生室基本情况表: one row per village, 村卫生室数 | 乡村医生人数) is a
  // topic of the villages' rows; only a form of indicator rows is about one institution (its 总支出, its staff).
  const institution = layout === "indicator-rows" ? INSTITUTION.exec(t) : null;
  // A summary of households over villages (脱贫户收入监测汇总表（村级）): its 户数 are the village's, its 人均纯收入 the
  // households' average — mixed, so no subject.
  if (household && !institution && AGGREGATE.test(t)) return null;
  if (household || institution) {
    // The head noun is the last of them before the form word (卫生室 of 村卫生室家庭医生签约情况表).
    const h = household?.index ?? -1;
    const i = institution?.index ?? -1;
    return i > h ? institution![1] : "户";
  }
  if (GRID.test(t)) return "网格";
  return VILLAGE.test(t) ? "村" : null;
}

/**
 * Whether two forms' subjects forbid their quantities to be one datum: both known and different (户 ≠ 村,
 * 卫生室 ≠ 村, 卫生室 ≠ 学校). A form without a subject never conflicts.
 */
export function subjectsConflict(a: FormSubject | null | undefined, b: FormSubject | null | undefined): boolean {
  return !!a && !!b && a !== b;
}

/**
 * Registers whose rows are cases or events (案件, 纠纷, 信访, 调解, 事件, 聚餐, 活动): a person on them is one party of the
 * case (申请人 of a 调解案件, 厨师 of a 集体聚餐), not the row itself. A summary of them (统计表, 月报) is the village's.
 */
const EVENT = /(案件|纠纷|信访|调解|事件|事故|聚餐|宴席|活动)/;

/** A roster of people named by their office (人民调解员名册, 信访工作人员名单): its rows are those people, not cases. */
const STAFF_ROSTER = /(员|人员|干部|队员)(花名册|名册|名单|信息表|登记表|联系表|台账)$/;

/** Registers of disputes (矛盾纠纷排查化解登记表, 人民调解案件登记台账): one kind of case whatever office keeps it. */
const DISPUTES = /(纠纷|调解|调处)/;

export function isDisputeRegister(title: string | null | undefined): boolean {
  return isEventRegister(title) && DISPUTES.test((title ?? "").replace(/\s+/g, ""));
}

export function isEventRegister(title: string | null | undefined): boolean {
  const t = (title ?? "").replace(/\s+/g, "");
  return EVENT.test(t) && !AGGREGATE.test(t) && !STAFF_ROSTER.test(t);
}

/** The two insurances of 城乡居民 (国家医保局 / 人社部), as the lexicon reads them. */
const PROGRAMMES = new Set(["c:medInsurance", "c:pensionInsurance"]);

/** The insurance a title names, read with the lexicon, when it names exactly one. */
export function programmeOf(title: string | null | undefined): string | null {
  const named = new Set(segmentLabel(normalizeLabel(title ?? "").text).flatMap((s) => s.tokens.filter((t) => PROGRAMMES.has(t))));
  return named.size === 1 ? [...named][0] : null;
}

/** A benefit's name the lexicon may not know, up to its last benefit word (定期抚恤补助发放 → 定期抚恤补助). */
const BENEFIT_NAME = /^(.*(补贴|津贴|补助|救助|资助|抚恤|扶助|奖补|生活费|保险))/;

/**
 * The benefit programmes a form's title names (农村低保和特困人员花名册 → 低保, 特困; 优抚对象定期抚恤补助发放花名册 →
 * 定期抚恤补助), sorted; null when it names none. A bare 发放金额 / 补助金额 on the form is that programme's money.
 */
export function benefitsOf(title: string | null | undefined): string[] | null {
  const found = new Set<string>();
  for (const seg of segmentLabel(normalizeLabel(title ?? "").text)) {
    for (const t of seg.tokens) {
      if (PROGRAMME_CONCEPTS.has(t)) found.add(t);
      else if (t.startsWith("r:")) {
        const name = BENEFIT_NAME.exec(t.slice(2))?.[1];
        if (name && name.length >= 2) found.add(`r:${name}`);
      }
    }
  }
  return found.size > 0 ? [...found].sort() : null;
}

/**
 * The title's context as MatchField properties: absent when the title says nothing (both input paths use this). A
 * sheet of a form in several parts may name its own object (表五：网格内单位和场所 of a 网格化 survey): its title
 * says whose quantities it asks before the form's does.
 */
export function subjectOf(title: string | null | undefined, layout?: Layout, part?: { title: string; layout: Layout }): TitleContext {
  // Asked once per field by both paths: the title is read (segmented) once per form and sheet.
  const key = `${title ?? ""}\u0000${layout ?? ""}\u0000${part?.title ?? ""}\u0000${part?.layout ?? ""}`;
  let context = titleContexts.get(key);
  if (!context) {
    if (titleContexts.size > 10_000) titleContexts.clear();
    titleContexts.set(key, (context = readTitleContext(title, layout, part)));
  }
  return context;
}

type TitleContext = Readonly<Pick<MatchField, "subject" | "householdSummary" | "eventRows" | "disputeRows" | "programme" | "benefits" | "bookkeeper" | "rentalRows">>;
const titleContexts = new Map<string, TitleContext>();

/**
 * A summary of households over a village (贫困户收入情况汇总表（村级）, 防止返贫动态监测对象村级汇总表): formSubjectOf
 * reads it as mixed. Its counts and sums are the village's (监测户数 = the 村级年报's), its averages the households'
 * (人均纯收入 of 贫困户 ≠ 农村居民人均可支配收入): subject 户 with `householdSummary` (signature.ts).
 */
function isHouseholdSummary(title: string): boolean {
  const t = title.replace(/\s+/g, "");
  return HOUSEHOLD.test(t) && AGGREGATE.test(t) && !INSTITUTION.test(t);
}

/**
 * The object a form's sheet asks about. A sheet with a title of its own (a part of the form) names its object, or
 * sums over villages; only a sheet whose title says nothing of either is the form's.
 */
function sheetSubjectOf(title: string | null | undefined, layout: Layout | undefined, part?: { title: string; layout: Layout }): Pick<MatchField, "subject" | "householdSummary"> {
  for (const [t, l] of part && part.title !== title ? [[part.title, part.layout] as const, [title, layout] as const] : [[title, layout] as const]) {
    const subject = formSubjectOf(t, l);
    if (subject) return { subject };
    if (isHouseholdSummary(t ?? "")) return { subject: "户", householdSummary: true };
    if (t && t === part?.title && AGGREGATE.test(t.replace(/\s+/g, ""))) return {};
  }
  return {};
}

function readTitleContext(title: string | null | undefined, layout?: Layout, part?: { title: string; layout: Layout }): TitleContext {
  const { subject, householdSummary } = sheetSubjectOf(title, layout, part);
  const programme = programmeOf(title);
  const benefits = benefitsOf(title);
  const bookkeeper = bookkeeperOf(title);
  return {
    ...(bookkeeper ? { bookkeeper } : {}),
    ...(subject ? { subject } : {}),
    ...(householdSummary ? { householdSummary } : {}),
    ...(isEventRegister(title) ? { eventRows: true } : {}),
    ...(isDisputeRegister(title) ? { disputeRows: true } : {}),
    ...(programme ? { programme } : {}),
    ...(benefits ? { benefits } : {}),
    ...(RENTALS.test((title ?? "").replace(/\s+/g, "")) ? { rentalRows: true } : {}),
  };
}

/**
 * An organisation whose own books a form keeps (村集体经济组织收益分配统计表): its bare 总收入 / 资产总计 are that
 * organisation's (signature.ts reads them with its name before them, when the lexicon then knows the datum).
 */
const BOOKKEEPER = /((?:村|农村)?集体经济组织|村级集体经济|村集体经济)/;

export function bookkeeperOf(title: string | null | undefined): string | null {
  return BOOKKEEPER.exec((title ?? "").replace(/\s+/g, ""))?.[1] ?? null;
}

/** Titles about rented housing (公安 / 综治 出租房屋登记, 出租屋巡查): the 业主 on them lets the house. */
const RENTALS = /(出租(房屋|屋|房|住房)|房屋(租赁|出租)|租赁房屋)/;
