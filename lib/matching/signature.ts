import type { FieldType } from "@/lib/domain";
import { CONCEPTS, FILLERS, GENERIC_GROUP_SUFFIXES, KIND_OF, MEANINGLESS_GROUPS, PERSON_NOUNS, PLACE_WHEN_ALONE, RELATION_ROLES, tokenName } from "./lexicon";
import { GRID } from "./form-subject";
import { normalizeLabel } from "./normalize-label";
import { segmentLabel } from "./segment";
import type { MatchField } from "./types";
import { measureOfUnit } from "./units";

export type TypeClass = "num" | "text" | "date" | "id" | "phone";

/** The canonical reading of one field: what datum it names, under which qualifiers, in which measure. */
export interface Signature {
  key: string;
  typeClass: TypeClass;
  /** Subject tokens (c:concept, r:raw text), sorted. */
  concepts: string[];
  /** Qualifier dimension → value (period, role, pop, sex, age, change …). */
  quals: Record<string, string>;
  measure: string | null;
  /** Token → the text it was read from, for reasons. */
  surfaces: Record<string, string>;
  /** Group headers that changed the meaning / that were ignored. */
  usedGroups: string[];
  /**
   * 城乡 values read from a section header that also names a topic (五、农村经济 > 家庭农场): the section may be about
   * rural matters rather than a rural subset, so a reading without the word is close, not a conflict (score.ts).
   */
  topicAreas?: string[];
  ignoredGroups: string[];
  /** Cleaned text of the meaningful path, e.g. 户主姓名. */
  display: string;
  /** Unit written in the label when the field has none. */
  labelUnit: string | null;
  /** For a personal attribute (姓名, 身份证号, 电话 …): the person noun that says whose it is, if any. */
  holder: Holder | null;
  /** Whether the field is a personal attribute (a person-scoped concept on a non-count field). */
  isPersonal: boolean;
  /**
   * A choice field's dropdown, normalized and sorted: where the lexicon cannot read the label (人员类别, 类别) the
   * list says what is asked (score.ts).
   */
  choices?: string[];
  /**
   * A bare amount's programme (发放金额 on a 高龄津贴 roster → 高龄津贴), from the form's title: amounts of two named
   * programmes are two data (score.ts).
   */
  programmes?: string[];
  /**
   * The readings of a facility written with its other name in brackets (社区养老服务站（日间照料中心）): each name
   * alone; a pair scores as its best reading (score.ts).
   */
  alternatives?: Signature[];
}

/**
 * Whose personal attribute a field is, when a person noun says so: a group header (保洁员 > 姓名, 家属 > 电话,
 * 调解员信息 > 性别) or a word before the attribute (逝者姓名, 参保人姓名, 负责人联系电话). Whether that noun is the
 * row's own person (a roster OF 保洁员) or somebody else (the 家属 of the deceased) depends on the form, not on
 * the word: see roster-subject.ts.
 */
export interface Holder {
  /** The noun as written, without 情况/信息 (调解员信息 → 调解员). */
  text: string;
  /** Lexicon role (q:role value) when the noun is a known one. */
  role: string | null;
  source: "group" | "leaf";
  /** A family or household relation (户主, 配偶, 监护人 … GB/T 4761): always somebody else. */
  isRelation: boolean;
  /** A roster noun of the lexicon (学生, 职工, 申请人 …). */
  isRosterNoun: boolean;
}

/** own: the holder is the row's person (drop it); other: a different person (keep it as a role). */
export type HolderMode = "own" | "other";

/**
 * What a form's rows are when they are objects rather than persons (场所名称 → 场所, 机构名称 → 机构): see
 * roster-subject.ts. `text` is the noun as written, `key` its subject tokens (场所 / 企业 / 单位 share c:entityName).
 */
export interface RowObject {
  text: string;
  key: string;
}

/** Measures a bare column has when it only says what kind of datum it is (类别, 类型, 名称, 地址). */
const BARE_OF_OBJECT = new Set(["category", "name", "place"]);
/**
 * Roles that belong to a person (户主, 配偶, 监护人, 紧急联系人 …), never to an object; every other role (负责人,
 * 管理员, 安全员, 联系人 …) on a form whose rows are objects is that object's.
 */
const PERSON_ONLY_ROLES = new Set(RELATION_ROLES.filter((r) => r !== "contact"));

/**
 * Nouns of objects by word formation (站点, 服务站, 加工厂, 养老院, 合作社, 公司 …): a role written after one
 * (站点负责人) is that object's; a modifier before a role (新当选书记, 村级路长) names no object.
 */
const OBJECT_NOUN = /(站|点|所|厂|店|馆|院|园|室|中心|机构|单位|企业|公司|合作社|基地|设施|项目|工程|学校|医院|市场|超市|网点|仓库|工地|景区|水库|泵站)$/;

/** Subject tokens of an object noun, as a qualifier key (站点 → r:站点); empty when the words name no object. */
function objectKeyOf(text: string): string {
  if (!OBJECT_NOUN.test(text)) return "";
  const p = readPartCached(text);
  return [...new Set(p.tokens.filter((t) => isSubject(t) && !isPersonNounToken(t) && !PERSON_SCOPED.has(t)))].sort().join("+");
}

const ON_ROLLS = new Set(CONCEPTS.filter((c) => c.onRolls).map((c) => `c:${c.id}`));
const MEANINGLESS = new Set(MEANINGLESS_GROUPS.map((g) => normalizeLabel(g).text));
const PERSON_SCOPED = new Set(CONCEPTS.filter((c) => c.scope === "person").map((c) => `c:${c.id}`));
let personNounTokens: Set<string> | null = null;
/** Subject tokens of the roster nouns (职工 → r:职工, 残疾人 → c:disabled). */
function isPersonNounToken(t: string): boolean {
  personNounTokens ??= new Set(PERSON_NOUNS.flatMap((w) => segmentLabel(normalizeLabel(w).text).flatMap((s) => s.tokens)).filter((x) => x.startsWith("c:") || x.startsWith("r:")));
  return personNounTokens.has(t);
}
const FILLER_SET = new Set(FILLERS.map((w) => normalizeLabel(w).text));
const ROSTER_NOUN_SET = new Set(PERSON_NOUNS.map((w) => normalizeLabel(w).text));
const RELATION_SET = new Set(RELATION_ROLES);
/**
 * Agent nouns (who someone is): 人 / 者 / 员 / 长 / 属 / 对象 / 主任 / 警 / 妇 / 儿童 … — 参保人, 逝者, 保洁员, 家长, 家属,
 * 扶助对象, 关工委主任, 社区民警, 孕产妇, 留守儿童, 爱心妈妈 (a volunteer role named by kinship), a contract's 流出方 /
 * 承包农户, 厨师 / 医师. Word formation, not a list of roles.
 */
const AGENT_NOUN = /(人|者|员|长|属|对象|主任|书记|干部|领导|代表|医生|教师|老师|学生|职工|工人|护工|民兵|士|警|妇|儿童|婴儿|孤儿|妈妈|爸爸|阿姨|叔叔|方|农户|承包户|师)$/;
const GENERIC_SUFFIXES_LONGEST = [...GENERIC_GROUP_SUFFIXES].sort((a, b) => b.length - a.length);

function stripGenericSuffix(text: string): string {
  for (const s of GENERIC_SUFFIXES_LONGEST) if (text.endsWith(s) && text.length > s.length) return text.slice(0, -s.length);
  return text;
}

/** A person noun: a known role, a roster noun, or an agent noun by word formation; never a filler (本人, 人员). */
function personNoun(text: string, tokens: string[]): { role: string | null } | null {
  if (!text || FILLER_SET.has(text)) return null;
  const role = tokens.find((t) => t.startsWith("q:role="))?.slice(7) ?? null;
  if (role || ROSTER_NOUN_SET.has(text) || AGENT_NOUN.test(text)) return { role };
  return null;
}

/** Characters ID-number and phone labels are spelled with (GA/T 543 公民身份号码 and its everyday variants). */
const ID_SPELLING = /^[公民居身份证件号码编明籍]+$/;
const PHONE_SPELLING = /^[联系电话手机号码移动固定方式本人座机通讯]+$/;

const BREAKDOWN_HEADER = /^按.{1,8}(分|划分|分组|统计)$/;

/** 老年人 is defined by age (老年人权益保障法: 60周岁以上): with an age threshold of 60+ the word adds nothing. */
const ELDERLY_AGE = 60;
const CHILD_AGE = 17;

export function typeClassOf(type: FieldType): TypeClass {
  if (type === "integer" || type === "decimal") return "num";
  if (type === "date") return "date";
  if (type === "idcard") return "id";
  if (type === "phone") return "phone";
  return "text";
}

const CONJUNCTIONS = new Set(["与", "及", "和"]);

/**
 * A section header that lists topics (人口与劳动力, 户籍人口和劳动力, 基础设施与公共服务): its rows are about one topic or
 * the other, so it lends them nothing (户籍 goes with 人口, not with 劳动力).
 */
function isTopicList(text: string): boolean {
  const segs = segmentLabel(text);
  const at = segs.findIndex((g) => CONJUNCTIONS.has(g.surface) && g.tokens.length === 0);
  const meaningful = (g: { tokens: string[] }) => g.tokens.some((t) => !t.startsWith("q:"));
  return at > 0 && segs.slice(0, at).some(meaningful) && segs.slice(at + 1).some(meaningful);
}

function isGenericGroup(text: string): boolean {
  return GENERIC_GROUP_SUFFIXES.some((s) => text.endsWith(s));
}

interface Part {
  text: string;
  tokens: string[];
  surfaces: [string, string][];
  units: string[];
}


/**
 * Words before a lone place word that say how the row belongs to it (所在村, 派驻村 of a 第一书记, 涉及村 of a project;
 * 安置社区 / 安置点（社区） of 易地扶贫搬迁 and 合村并居: the community its people were moved to, now their own).
 */
const PLACE_PREFIX = /^(所属|所在|隶属|派驻|所驻|驻|涉及|实施|安置点|安置)/;

function readPart(raw: string): Part {
  const norm = normalizeLabel(raw);
  const tokens: string[] = [];
  const surfaces: [string, string][] = [];
  const place = PLACE_WHEN_ALONE.get(norm.text.replace(PLACE_PREFIX, "").replace(/(?<=.)(名称|名)$/, ""));
  if (place) return { text: norm.text, tokens: [`c:${place}`], surfaces: [[`c:${place}`, norm.text]], units: norm.units };
  for (const seg of segmentLabel(norm.text)) {
    for (const t of seg.tokens) {
      tokens.push(t);
      surfaces.push([t, seg.surface]);
    }
  }
  for (const a of norm.ages) {
    tokens.push(`q:age=${a}`);
    surfaces.push([`q:age=${a}`, `${a}岁`]);
  }
  return { text: norm.text, tokens, surfaces, units: norm.units };
}

/**
 * The levels a village's roster places its rows by. Under an address header (户籍所在地 > 村, 家庭住址 > 组) they are
 * still the village and group the row belongs to: a form is filled by one village, which knows one village and its
 * groups, so the header says which address is meant but not another datum.
 */
const PLACE_LEVELS = new Set(["c:townName", "c:villageName", "c:villagerGroup"]);
const ADDRESS_CONCEPTS = new Set(["c:hjAddress", "c:curAddress"]);

/** A header joining two subjects (户主及家庭信息, 监护人和联系人). */
const CONJUNCTION = /[及和与、]/;

/** Generic headers (户主情况, 本月情况) lend only these qualifiers; their topic words (排查化解) do not qualify. */
const GENERIC_GROUP_QUALS = /^q:(period|role|pop|sex|age)=/;

/** 党员情况 is about 党员 and can lend it to 总数; 排查化解情况 mixes a topic with qualifiers and lends nothing. */
const isPureSubject = (p: Part) => p.tokens.length > 0 && p.tokens.every((t) => t.startsWith("c:"));

const isSubject = (t: string) => t.startsWith("c:") || t.startsWith("r:");

const partCache = new Map<string, Part>();
function readPartCached(raw: string): Part {
  let p = partCache.get(raw);
  if (!p) {
    if (partCache.size > 200_000) partCache.clear();
    p = readPart(raw);
    partCache.set(raw, p);
  }
  return p;
}

/**
 * Signatures already read, by (path or label, type, unit, holder mode): the matcher asks for the same field's
 * signature several times and a large folder repeats the same headers thousands of times. Each caller gets its
 * own copy (callers and the row-object step below modify what they get).
 */
const signatureCache = new Map<string, Signature>();

function copySignature(s: Signature): Signature {
  return {
    ...s,
    concepts: [...s.concepts],
    quals: { ...s.quals },
    surfaces: { ...s.surfaces },
    usedGroups: [...s.usedGroups],
    ignoredGroups: [...s.ignoredGroups],
    topicAreas: s.topicAreas ? [...s.topicAreas] : undefined,
    choices: s.choices ? [...s.choices] : undefined,
    programmes: s.programmes ? [...s.programmes] : undefined,
    alternatives: s.alternatives?.map(copySignature),
    holder: s.holder ? { ...s.holder } : null,
  };
}

/** An average over households or persons (人均纯收入, 户均务工收入): on a summary of households, the households' own. */
const AVERAGE = /(人均|户均|平均)/;

/** Concepts a record's text or choice column asks (帮扶措施, 文化程度): see readSignature's topicOverCount. */
const ATTRIBUTE_CONCEPTS = new Set(CONCEPTS.filter((c) => c.type === "text" || c.type === "choice").map((c) => `c:${c.id}`));

/**
 * Reads a field's path and label into its signature (see DESIGN: normalize → canonical tokens). A quantity of a
 * form whose title names its object (MatchField.subject: 户, 卫生室, 村) carries that object as a qualifier, so the
 * household's 耕地面积 and the village's stay apart (form-subject.ts).
 */
export function signatureOf(field: Pick<MatchField, "label" | "path" | "type" | "unit" | "subject" | "householdSummary" | "programme" | "benefits" | "layout" | "options" | "rentalRows" | "disputeRows" | "bookkeeper">, holderMode?: HolderMode, rowObject?: RowObject): Signature {
  let s = labelSignatureOf(withoutCurrentYearColumn(field), holderMode, rowObject);
  // 总收入 / 资产总计 on the books of a 村集体经济组织 are its 村集体经济收入 / 村集体资产 — when the lexicon knows the
  // datum once the organisation's name stands before the leaf.
  if (field.bookkeeper && s.typeClass === "num" && s.measure === "money" && !s.concepts.some((c) => c.startsWith("c:"))) {
    const leaf = field.bookkeeper + (field.path.at(-1) ?? field.label);
    const lent = labelSignatureOf(withoutCurrentYearColumn({ ...field, label: leaf, path: [...field.path.slice(0, -1), leaf] }), holderMode, rowObject);
    if (lent.concepts.some((c) => c.startsWith("c:"))) s = lent;
  }
  // 社会救助统计月报 | 本月数 > 农村低保 > 保障户数: a monthly report's current column of a register's households or
  // persons (ConceptEntry.onRolls) is the register's count, as a yearly report's 本年 is; a flow (转移就业, 新增,
  // 人次) keeps its month.
  if (isCurrentPeriodColumn(field) && (s.measure === "households" || s.measure === "persons") && !s.quals.change && s.concepts.some((c) => ON_ROLLS.has(c))) {
    s = labelSignatureOf({ ...field, path: field.path.slice(1) }, holderMode, rowObject);
  }
  // A dispute register's 登记日期 is the day the dispute was taken in: its 受理日期 (a 信访 register's stays its own).
  if (field.disputeRows && s.typeClass === "date" && s.concepts.length === 1 && s.concepts[0] === "r:登记" && Object.keys(s.quals).length === 0) s.concepts = ["c:accepted"];
  // 业主 > 姓名 on a form about rented housing is the landlord's (房主 / 房东), not a business owner's.
  if (field.rentalRows && s.quals.role === "owner") s.quals.role = "landlord";
  if (field.type === "choice") s.choices = choiceSet(field.options) ?? undefined;
  const count = s.typeClass === "num" && !s.isPersonal;
  // 应参保人数 / 已缴费人数 on a form whose title names one insurance count that insurance's insured, and 是否参合 /
  // 是否参保 there asks whether the person is in it. A count's reading names it too, or the two insurances' identical
  // labels would read as one by their characters.
  if ((count || field.type === "boolean") && field.programme && INSURED.test(s.display) && s.concepts.every((c) => GENERIC_INSURED.has(c))) {
    s.concepts = [field.programme];
    if (count) s.display = tokenName(field.programme) + s.display;
  }
  // 发放金额 / 补助金额 on a roster whose title names its programme (高龄津贴发放花名册) is that programme's money.
  // …and 缴费日期 / 缴费金额 on an insurance's roster (城乡居民基本养老保险参保缴费花名册) is that insurance's payment.
  if (field.benefits && s.typeClass === "num" && s.measure === "money" && s.concepts.every(isBareAmountToken)) s.programmes = [...field.benefits];
  else if (field.programme && (s.typeClass === "num" || s.typeClass === "date") && !s.isPersonal && INSURED.test(s.display) && s.concepts.every((c) => !c.startsWith("c:"))) s.programmes = [field.programme];
  if (count) {
    // 人口数 on a form about households (饮水安全核查表 of 贫困户) is each household's 家庭人口数.
    // A summary of households over the village (form-subject.ts) sums the village's; only its averages are households'.
    const villageCount = field.householdSummary && !AVERAGE.test(s.display) && !s.concepts.includes("c:perCapitaIncome");
    if (field.subject === "户" && !villageCount && s.concepts.length === 0 && s.measure === "persons" && Object.keys(s.quals).length === 0) s.concepts = ["c:householdSize"];
    // A header naming one grid (其中：网格内基本情况 > 户数) has already said whose the count is.
    if (field.subject && !s.quals.subject && !villageCount) s.quals.subject = field.subject;
  }
  const leaf = field.path.at(-1) ?? field.label;
  const names = alternativeNames(leaf);
  if (names) s.alternatives = names.map((name) => signatureOf({ ...field, label: name, path: [...field.path.slice(0, -1), name] }, holderMode, rowObject));
  return withKey(s);
}

/** Nouns a facility or an organisation ends with (站, 中心, 室, 设施, 之家 …). */
const FACILITY_NOUN = /(站|中心|室|所|馆|院|点|设施|场所|场|组织|协会|会|队|社|基地|园|之家|驿站|食堂)$/;

/**
 * 社区养老服务站（日间照料中心）, 党群服务中心（综合服务设施）面积: a facility written with its other name in brackets
 * (both names end like a facility) — either name alone is the same thing. Null for any other bracket (units, 含…).
 */
function alternativeNames(raw: string): [string, string] | null {
  const m = /^(.+?)[（(]([^（()）]{2,14})[)）](.{0,6})$/.exec(raw.replace(/\s+/g, ""));
  if (!m) return null;
  const [, before, inside, after] = m;
  if (!FACILITY_NOUN.test(before) || !FACILITY_NOUN.test(inside) || /^(含|不含|包括|其中|即|指|如)/.test(inside)) return null;
  return [before + after, inside + after];
}

/** The attributes that say who a person is and where he lives: the same whatever programme lists him. */
const IDENTITY = new Set(["c:name", "c:sex", "c:birthDate", "c:idNumber", "c:phone", "c:ethnic", "c:political", "c:education", "c:curAddress", "c:hjAddress"]);

/**
 * Words for a population made of others (卫健 重点人群 = 老年人, 高血压患者, 脱贫人口 …; 医保 特殊困难群体 = 特困, 低保
 * …): over a child that names one of them they add nothing.
 */
const POPULATION_CATEGORIES = new Set(["重点人群", "重点对象", "特殊人群", "特殊群体", "困难群体", "特殊困难群体", "困难群众", "特殊困难群众", "重点群体"]);

/** Tokens of an amount that do not say which programme pays it (发放金额, 补助, 资金, 月 …). */
const BARE_AMOUNT_CONCEPTS = new Set(["c:benefitPay", "c:aid", "c:eduAid"]);
const BARE_AMOUNT_WORDS = /^r:(补助|补贴|资助|发放|资金|标准|金额|月|年|本月|当月|每月|人均|户均|合计|小计)+$/;
const isBareAmountToken = (t: string) => BARE_AMOUNT_CONCEPTS.has(t) || BARE_AMOUNT_WORDS.test(t);

/** A dropdown's choices as a set: codes (1. / A、/ 01-) and spacing removed; null for fewer than two. */
function choiceSet(options: string[] | undefined): string[] | null {
  if (!options) return null;
  const set = new Set(options.map((o) => o.normalize("NFKC").replace(/\s+/g, "").replace(/^([0-9]{1,2}|[A-Za-z])[.、:：\-)）]/, "")).filter(Boolean));
  return set.size >= 2 ? [...set].sort() : null;
}

/** Value-column headers of an annual questionnaire that mean "this report's value" (本年 | 上年: 本年 is the datum). */
const CURRENT_YEAR_COLUMN = new Set(["本年", "本年数", "本年度", "当年", "本年实际", "本年实际数", "当年数"]);

/** Value-column headers of a monthly or quarterly indicator report that mean "this report's value". */
const CURRENT_PERIOD_COLUMN = new Set(["本月", "本月数", "当月", "当月数", "本期", "本期数", "本季", "本季度", "本季数", "本季度数"]);

function isCurrentPeriodColumn(field: Pick<MatchField, "path" | "layout">): boolean {
  return field.layout === "indicator-rows" && field.path.length >= 2 && CURRENT_PERIOD_COLUMN.has(normalizeLabel(field.path[0]).text);
}

/** An indicator row's value in its 本年 column reads as the indicator itself (the 上年 column stays the previous year's). */
function withoutCurrentYearColumn<F extends Pick<MatchField, "path" | "layout">>(field: F): F {
  if (field.layout !== "indicator-rows" || field.path.length < 2 || !CURRENT_YEAR_COLUMN.has(normalizeLabel(field.path[0]).text)) return field;
  return { ...field, path: field.path.slice(1) };
}

/** Words of a count of the insured that do not say which insurance. */
const INSURED = /参保|缴费|代缴|参合|征缴/;
const GENERIC_INSURED = new Set(["r:参保", "r:缴费", "r:已缴费", "r:代缴", "r:参合", "c:insureType"]);

function labelSignatureOf(field: Pick<MatchField, "label" | "path" | "type" | "unit" | "layout">, holderMode?: HolderMode, rowObject?: RowObject): Signature {
  if (rowObject) {
    const plain = labelSignatureOf(field, holderMode);
    // On a form whose rows are objects of kind X, a bare 类别 / 类型 / 名称 / 地址 is X's (类别 on a 场所 list = 场所类别).
    const bare = normalizeLabel(field.path.at(-1) ?? field.label).text;
    if (!bare.startsWith(rowObject.text) && plain.concepts.length === 0 && Object.keys(plain.quals).length === 0 && plain.typeClass === "text" && plain.usedGroups.length === 0 && BARE_OF_OBJECT.has(plain.measure ?? "")) {
      const leaf = rowObject.text + (field.path.at(-1) ?? field.label);
      return labelSignatureOf({ ...field, label: leaf, path: [...field.path.slice(0, -1), leaf] }, holderMode);
    }
    // A plain 联系电话 on such a form is the object's (a 法人单位's phone, not a person's).
    if (plain.typeClass === "phone" && !plain.holder && Object.keys(plain.quals).length === 0) {
      plain.quals.role = `contact@${rowObject.key}`;
      return withKey(plain);
    }
    // A role on such a form is the object's (负责人 of a 场所 ≠ 负责人 of a 机构); an object named before the role
    // (站点负责人) says so itself.
    const role = plain.quals.role;
    if (role && plain.typeClass !== "num" && !role.includes("@") && !PERSON_ONLY_ROLES.has(role)) plain.quals.role = `${role}@${rowObject.key}`;
    else return plain;
    return withKey(plain);
  }
  const path = withNameOfLonePersonNoun(field.path.length > 0 ? field.path : [field.label], field.type);
  // A grid's row label (李庄村, 1月, 小商店) is what sets its cell apart from the next row's, whatever the lexicon knows.
  const keepGroupWords = field.layout === "grid";
  const cacheKey = JSON.stringify([path, field.type, field.unit ?? null, holderMode ?? null, keepGroupWords]);
  let cached = signatureCache.get(cacheKey);
  if (!cached) {
    if (signatureCache.size > 200_000) signatureCache.clear();
    cached = readSignature(path, field.type, field.unit, holderMode, keepGroupWords);
    signatureCache.set(cacheKey, cached);
  }
  return copySignature(cached);
}

function readSignature(path: string[], type: MatchField["type"], unit: MatchField["unit"], holderMode?: HolderMode, keepGroupWords = false): Signature {
  const field = { type, unit };
  const leaf = readPartCached(path[path.length - 1]);
  const groups = path.slice(0, -1).map(readPartCached);
  const { holder, holderGroup, holderLeafTokens } = findHolder(leaf, groups);
  const leafHasSubject = leaf.tokens.some(isSubject);
  const pathHasSubject = leafHasSubject || groups.some((g) => !isGenericGroup(g.text) && !MEANINGLESS.has(g.text) && g.tokens.some((t) => t.startsWith("c:")));

  const tokens: string[] = [];
  const surfaces: Record<string, string> = {};
  const usedGroups: string[] = [];
  const ignoredGroups: string[] = [];
  // 重点人群签约人数 > 高血压患者: the group's population category is what its children break down; the child says it
  // (when the group also says what it counts, or is a section heading of the category alone — （二）重点人群 > 独居老年人;
  // a counting header of the category alone, 其中：特殊群体（人） > 老年人, keeps it).
  const leafNamesPopulation = leaf.tokens.some((t) => t.startsWith("c:") || t.startsWith("q:age="));
  const take = (p: Part, keep: (t: string) => boolean) => {
    let used = false;
    for (const [t, s] of p.surfaces) {
      if (!keep(t)) continue;
      if (p !== leaf && leafNamesPopulation && POPULATION_CATEGORIES.has(s) && (p.surfaces.some(([o, os]) => o.startsWith("c:") && !POPULATION_CATEGORIES.has(os)) || (p.units.length === 0 && POPULATION_CATEGORIES.has(p.text)))) continue;
      tokens.push(t);
      surfaces[t] ??= s;
      used = true;
    }
    return used;
  };
  const displayParts: string[] = [];
  const topicAreas: string[] = [];
  let groupMeasure: string | null = null;
  const leafIsPlaceLevel = leaf.tokens.length === 1 && PLACE_LEVELS.has(leaf.tokens[0]);
  const leafIsIdentity = typeClassOf(type) !== "num" && leaf.tokens.length > 0 && leaf.tokens.every((t) => IDENTITY.has(t));
  let sharedGroupRole: string | null = null;
  for (const g of groups) {
    let used: boolean;
    // A header that is only an age band (0-2周岁 over 留守儿童人数) keeps its band.
    if (!g.text) used = take(g, (t) => t.startsWith("q:age="));
    // 按年龄分 / 按性别划分: a header that says how the rows below break a total down adds nothing to them.
    else if (MEANINGLESS.has(g.text) || BREAKDOWN_HEADER.test(g.text)) used = false;
    else if (leafIsPlaceLevel && g.tokens.length > 0 && g.tokens.every((t) => ADDRESS_CONCEPTS.has(t))) used = false;
    else if (holderMode && g === holderGroup) used = false;
    else if (isGenericGroup(g.text)) {
      used = take(g, (t) => GENERIC_GROUP_QUALS.test(t) || (!pathHasSubject && isPureSubject(g) && t.startsWith("c:")));
      if (CONJUNCTION.test(g.text)) sharedGroupRole = g.tokens.find((t) => t.startsWith("q:role="))?.slice(7) ?? null;
    }
    else if (isTopicList(g.text)) used = false;
    else {
      // A header that counts (政府代缴人数（人） > 低保对象, 规划安置人数 > 其中：贫困人口) keeps its words: its children are
      // the counted subset, not the population itself.
      const counts = g.tokens.includes("m:persons") || g.tokens.includes("m:households") || g.units.some((u) => u === "人" || u === "户");
      // 签约居民 > 姓名 / 性别 / 身份证号: who a person is does not depend on the programme over the column; only a
      // person noun (a holder) or a role makes it somebody else's.
      // (A facility's or body's 联系电话 — 微型消防站 > 联系电话 — stays that facility's.)
      const identity = leafIsIdentity && !counts && !FACILITY_NOUN.test(g.text);
      // 四、帮扶措施落实 > 公益性岗位安置（人）: over a count that names what it counts, a section named by a record's
      // attribute (帮扶措施, 文化程度, 政治面貌 — a text or choice column elsewhere) is a topic, not a subset.
      const topicOverCount = typeClassOf(type) === "num" && leafHasSubject && !counts;
      used = take(g, (t) => (!t.startsWith("r:") || !leafHasSubject || counts || keepGroupWords) && !(identity && t.startsWith("c:") && !isPersonNounToken(t)) && !(topicOverCount && ATTRIBUTE_CONCEPTS.has(t)));
      // A section header whose 农村 / 城镇 goes with its topic (五、农村经济; 二、农村最低生活保障): see topicAreas.
      for (const t of g.tokens) if (t.startsWith("q:area=") && g.tokens.some(isSubject)) topicAreas.push(t.slice(7));
    }
    // A grid's 其他少数民族 / 其他作物 row is the rest, not the whole: 其他 is a filler everywhere else.
    if (keepGroupWords && /^其[他它]/.test(g.text)) {
      tokens.push("r:其他");
      surfaces["r:其他"] ??= "其他";
      used = true;
    }
    const m = g.tokens.filter((t) => t.startsWith("m:")).pop();
    if (m && used) groupMeasure = m.slice(2);
    (used ? usedGroups : ignoredGroups).push(g.text);
    if (used) displayParts.push(g.text);
  }
  take(leaf, (t) => !holderMode || !holderLeafTokens.has(t));
  displayParts.push(leaf.text);

  const typeClass = typeClassOf(field.type);
  const leafMeasure = leaf.tokens.filter((t) => t.startsWith("m:")).pop()?.slice(2) ?? null;
  const labelUnit = leaf.units[0] ?? groups.flatMap((g) => g.units).pop() ?? null;
  let measure = leafMeasure ?? groupMeasure ?? measureOfUnit(field.unit ?? labelUnit);
  if (measure === "count") measure = null;
  // A measure counts things; on a name, number or date it is a piece of a noun (参保人姓名: 人 is not 人数).
  if (typeClass !== "num" && (measure === "persons" || measure === "households")) measure = null;

  const quals: Record<string, string> = {};
  const concepts = new Set<string>();
  for (const t of tokens) {
    if (t.startsWith("q:")) {
      const eq = t.indexOf("=");
      const dim = t.slice(2, eq);
      // An age band is narrowed by the leaf (60周岁以上老年人 > 其中：80周岁以上), and so is a population (一、实有人口 >
      // 其中：户籍人口 | 流动人口): the last one read is the field's.
      if (dim === "age" || dim === "pop") quals[dim] = t.slice(eq + 1);
      else quals[dim] ??= t.slice(eq + 1);
    } else if (isSubject(t)) concepts.add(t);
  }
  // 其中：网格内基本情况 > 户数（户） on a roster of 网格员: the grid's count, not the village's (form-subject.ts).
  if (typeClass === "num" && groups.some((g) => GRID.test(g.text))) quals.subject = "网格";
  // A category over one of its kinds (社会救助 > 农村低保户数) adds nothing: the kind says it.
  for (const c of [...concepts]) {
    const broader = KIND_OF.get(c);
    if (broader) concepts.delete(broader);
  }
  // An ID-card or phone column spelled in a way the lexicon lacks (公民身份证件号, 手机/电话): the type says what it is.
  const spelled = typeClass === "id" ? ID_SPELLING : typeClass === "phone" ? PHONE_SPELLING : null;
  if (spelled) {
    const raw = [...concepts].filter((c) => c.startsWith("r:"));
    if (raw.length > 0 && raw.every((c) => spelled.test(c.slice(2)))) {
      for (const c of raw) concepts.delete(c);
      concepts.add(typeClass === "id" ? "c:idNumber" : "c:phone");
    }
  }
  const isPersonal = typeClass !== "num" && [...concepts].some((c) => PERSON_SCOPED.has(c) && !isPersonNounToken(c));
  if (holderMode && holder && isPersonal) {
    // Decided by the form (roster-subject.ts): the holder is the row's own person, or somebody else.
    if (holder.role && quals.role === holder.role) delete quals.role;
    for (const c of [...concepts]) if (isPersonNounToken(c)) concepts.delete(c);
    if (holderMode === "other") quals.role ??= holder.role ?? `x:${holder.text}`;
    delete quals.sex;
  } else if (!quals.role && isPersonal) {
    // 职工姓名 / 学生身份证号 in a roster: the roster noun names whose attribute it is, i.e. the row's own person.
    for (const c of [...concepts]) if (isPersonNounToken(c)) concepts.delete(c);
    // 妇女基本情况 > 姓名: a sex word over a personal attribute names the roster's people, not a subset
    // (counts keep it: 家庭人口 > 女).
    delete quals.sex;
  } else if (holder && isPersonal) {
    // 家庭成员或监护人 > 姓名: the role says whose name it is; the roster noun beside it adds nothing.
    for (const c of [...concepts]) if (isPersonNounToken(c)) concepts.delete(c);
  }
  // 户主及家庭信息 > 乡（镇） / 家庭人口数: a header over a person and more (the household) names the person only for
  // that person's attributes (its 联系电话 is the 户主's); the household's place and size are nobody's role.
  if (sharedGroupRole && quals.role === sharedGroupRole && !isPersonal && !leaf.tokens.includes(`q:role=${sharedGroupRole}`)) delete quals.role;
  // 帮扶责任人 > 结对时间: a date under a role's header that is not the person's own (not his birth or post) dates
  // the row's event, the pairing, as 结对日期 does on the pairing ledger.
  if (holder?.source === "group" && quals.role && !isPersonal && typeClass === "date" && !leaf.tokens.some((t) => t.startsWith("q:role="))) delete quals.role;
  // Whose attribute it is, not which population or area he is counted in: 外出父母 > 父亲姓名 is the father's name,
  // 乡村厨师 > 姓名 the cook's (流动人口 > 姓名 the person's own); counts keep them (外出务工人数, 农村低保人数).
  // 户籍所在村（社区）: the row's village, whichever address names it (see PLACE_LEVELS).
  const placeOnly = typeClass === "text" && concepts.size > 0 && [...concepts].every((c) => PLACE_LEVELS.has(c));
  if (isPersonal || placeOnly) {
    delete quals.pop;
    delete quals.area;
  }
  // A stock counted at the end of the period is the stock (期末户籍人口 = 户籍人口; statistical 时点指标).
  if (typeClass === "num" && quals.period === "end") delete quals.period;
  const age = /^>=(\d+)$/.exec(quals.age ?? "");
  if (age && Number(age[1]) >= ELDERLY_AGE) concepts.delete("c:elderly");
  // …and 儿童 by age (未成年人保护法: under 18): 0至17周岁儿童 is the 0-17周岁 band.
  const young = /^<=(\d+)$/.exec(quals.age ?? "");
  if (young && Number(young[1]) <= CHILD_AGE) concepts.delete("c:child");
  // 年龄35岁以下 = 35周岁及以下: in a count with an age band, the word 年龄 only introduces the band.
  if (typeClass === "num" && quals.age) concepts.delete("c:age");
  // A role with its object written before it (站点负责人 > 姓名, 场所负责人电话) is that object's role.
  if (holderMode === "other" && holder?.role && quals.role === holder.role && !PERSON_ONLY_ROLES.has(holder.role)) {
    const key = objectKeyOf(holder.text.slice(0, holder.text.length - roleSurface(holder.text).length));
    if (key) quals.role = `${holder.role}@${key}`;
  }
  // A role alone names a person: 监护人 / 当事人 / 帮扶责任人 → that person's name; so does a role after the roster's
  // noun (监测户户主, 低保户户主: the household's head).
  if (quals.role && !measure && typeClass === "text" && [...concepts].every(isPersonNounToken)) {
    concepts.clear();
    concepts.add("c:name");
  }
  const sortedConcepts = [...concepts].sort();
  return withKey({
    key: "",
    typeClass,
    concepts: sortedConcepts,
    quals,
    measure,
    surfaces,
    usedGroups,
    ignoredGroups,
    topicAreas: topicAreas.length ? topicAreas : undefined,
    display: displayParts.join(""),
    labelUnit,
    holder: isPersonal ? holder : null,
    isPersonal,
  });
}

/**
 * A text column that is only a person noun (参保人, 承办人, 经办人) holds that person's name: read as 参保人姓名, so the
 * holder rules decide whose it is (a role word such as 监护人 already reads as a name; fillers such as 人员 stay).
 */
function withNameOfLonePersonNoun(path: string[], type: MatchField["type"]): string[] {
  if (type !== "text") return path;
  const leaf = path[path.length - 1];
  const text = normalizeLabel(leaf).text;
  if (text.length < 2 || FILLER_SET.has(text) || !(AGENT_NOUN.test(text) || ROSTER_NOUN_SET.has(text))) return path;
  const tokens = readPartCached(leaf).tokens;
  if (tokens.some((t) => t.startsWith("q:role=") || (t.startsWith("c:") && !isPersonNounToken(t)))) return path;
  return [...path.slice(0, -1), `${leaf}姓名`];
}

/** The words of a holder that spell its role (站点负责人 → 负责人): the trailing segment with a role token. */
function roleSurface(text: string): string {
  const segs = segmentLabel(normalizeLabel(text).text);
  const last = segs.at(-1);
  return last && last.tokens.some((t) => t.startsWith("q:role=")) ? last.surface : "";
}

function withKey(s: Signature): Signature {
  const qualKey = Object.keys(s.quals)
    .sort()
    .map((d) => `${d}=${s.quals[d]}`)
    .join(",");
  s.key = `${s.typeClass}|${s.concepts.join(",")}|${qualKey}|${s.measure ?? ""}${s.choices ? `|${s.choices.join("/")}` : ""}${s.programmes ? `|p:${s.programmes.join("/")}` : ""}${s.alternatives ? `|alt:${s.alternatives.map((a) => a.key).join("/")}` : ""}`;
  return s;
}

/** The person noun over (group) or before (leaf prefix) a field's attribute; see Holder. */
function findHolder(leaf: Part, groups: Part[]): { holder: Holder | null; holderGroup: Part | null; holderLeafTokens: Set<string> } {
  const none = { holder: null, holderGroup: null, holderLeafTokens: new Set<string>() };
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i];
    if (!g.text || MEANINGLESS.has(g.text)) continue;
    const core = stripGenericSuffix(g.text);
    const noun = personNoun(core, g.tokens);
    if (!noun) continue;
    return { holder: makeHolder(core, noun.role, "group"), holderGroup: g, holderLeafTokens: new Set() };
  }
  // 逝者姓名 / 参保人姓名: the words before the first personal attribute.
  const segments = segmentLabel(leaf.text);
  let prefix = "";
  const prefixTokens: string[] = [];
  let found = false;
  for (const seg of segments) {
    if (seg.tokens.some((t) => PERSON_SCOPED.has(t) && !isPersonNounToken(t))) {
      found = true;
      break;
    }
    prefix += seg.surface;
    prefixTokens.push(...seg.tokens);
  }
  if (!found || !prefix || prefixTokens.length === 0) return none;
  const noun = personNoun(prefix, prefixTokens);
  if (!noun) return none;
  return { holder: makeHolder(prefix, noun.role, "leaf"), holderGroup: null, holderLeafTokens: new Set(prefixTokens.filter((t) => !t.startsWith("q:") || t.startsWith("q:role="))) };
}

function makeHolder(text: string, role: string | null, source: Holder["source"]): Holder {
  return { text, role, source, isRelation: !!role && RELATION_SET.has(role), isRosterNoun: ROSTER_NOUN_SET.has(text) };
}
