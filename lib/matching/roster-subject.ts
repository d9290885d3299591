import { CONCEPTS } from "./lexicon";
import { normalizeLabel } from "./normalize-label";
import { type HolderMode, type RowObject, type Signature } from "./signature";
import type { MatchField } from "./types";

/** Attributes only a person has (an object or a place has none of them). */
const STRONG = new Set(["c:name", "c:idNumber", "c:sex", "c:birthDate", "c:age", "c:ethnic"]);
/** Attributes that describe a person beyond naming and reaching them: a roster keeps them for its own people. */
const PROFILE = new Set(["c:sex", "c:birthDate", "c:age", "c:ethnic", "c:political", "c:education", "c:marital", "c:health", "c:nativePlace"]);
/** Unqualified attributes that show the rows are persons (a phone or a post as well; not 宗教 or 地址, places have those). */
const EVIDENCE = new Set([...STRONG, ...PROFILE, "c:phone", "c:post", "c:occupation", "c:employer"]);

/** Attributes a person has once (a second one in the same row is somebody else's). */
const PERSON_KEY = new Set(["c:idNumber", "c:phone", "c:sex", "c:birthDate", "c:age"]);

/** A column that names a person by its noun alone (被申请人, 调解员, 当事人): agent nouns by word formation. */
const PARTY_NOUN = /(人|者|员)$/;

const has = (s: Signature, set: Set<string>) => s.concepts.some((c) => set.has(c));

const PERSON_SCOPED = new Set(CONCEPTS.filter((c) => c.scope === "person").map((c) => `c:${c.id}`));

/** A count of people or households of the row (党员人数, 留守儿童数): the rows are villages or units, not persons. */
function countsPeople(s: Signature): boolean {
  return s.typeClass === "num" && (s.measure === "persons" || s.measure === "households") && !has(s, PERSON_SCOPED);
}

/** A column naming the row's object (场所名称, 使用单位名称, 公墓名称): its rows are objects, not persons. */
function namesObject(f: MatchField, s: Signature): boolean {
  if (s.isPersonal || s.typeClass !== "text" || s.concepts.includes("c:villageName")) return false;
  return s.concepts.includes("c:entityName") || /名称$/.test(normalizeLabel(f.path.at(-1) ?? f.label).text);
}

/**
 * Decides, form by form, whether a person noun over or before a personal attribute (保洁员 > 姓名, 逝者姓名,
 * 家属 > 电话, 关工委主任 > 姓名) names the row's own person or somebody else, from the form's structure:
 *
 * - a form that asks for a plain 姓名 is about that person: every other named person is somebody else;
 * - a form whose own attributes stand unqualified (性别, 身份证号, 电话) but whose name carries a noun
 *   (逝者姓名, 参保人姓名, 扶助对象姓名, 调解员姓名 | 手机号码) is a roster of that noun — except a known role on
 *   a form whose rows are objects (`场所名称 | 负责人姓名 | 联系电话`) with only a phone or a post unqualified;
 * - otherwise the one group that profiles its person (性别, 出生日期, 文化程度 …) is the roster's person
 *   (保洁员 > 姓名/性别/年龄); groups that only name and reach someone (关工委主任 > 姓名/联系方式) are roles,
 *   except the one …对象 group (签约对象 > 姓名 beside 签约医生 > 姓名): the people the form serves;
 * - family and household relations (户主, 配偶, 监护人 …) are always somebody else and keep their lexicon reading.
 *
 * Returns a mode only for fields whose reading it changes or fixes; others keep the per-field reading.
 */
export function holderModes(fields: MatchField[], sigOf: (f: MatchField) => Signature): Map<string, HolderMode> {
  const out = new Map<string, HolderMode>();
  const bySubject = new Map<string, { f: MatchField; s: Signature }[]>();
  const objectRows = new Set<string>();
  const peopleCounts = new Set<string>();
  const placeColumns = new Set<string>();
  const partyColumns = new Set<string>();
  const indicatorForms = new Set<string>();
  const caseForms = new Set<string>();
  const disputeForms = new Set<string>();
  for (const f of fields) {
    const s = sigOf(f);
    const key = f.formId;
    if (f.eventRows) caseForms.add(key);
    if (f.disputeRows) disputeForms.add(key);
    // A case register that names a further person in a column of its own (被申请人, 调解员): its rows are cases
    // with several parties, so no person noun is the row's.
    // (A lone noun column reads as that person's name — signature.ts — so personal or not, the label decides.)
    if (f.eventRows && s.typeClass === "text" && f.path.length <= 1 && PARTY_NOUN.test(normalizeLabel(f.label).text)) partyColumns.add(key);
    if (namesObject(f, s)) objectRows.add(key);
    if (countsPeople(s)) peopleCounts.add(key);
    if (s.concepts.includes("c:villageName") || s.concepts.includes("c:townName")) placeColumns.add(key);
    if (!s.isPersonal) continue;
    let list = bySubject.get(key);
    if (!list) bySubject.set(key, (list = []));
    list.push({ f, s });
    if (f.layout === "indicator-rows") indicatorForms.add(key);
  }
  // Rows are villages when a form names the village and counts its people (村（居） | 党员合计 | 书记 > 姓名).
  const unitRows = new Set([...peopleCounts].filter((k) => placeColumns.has(k)));
  for (const [key, attrs] of bySubject) {
    const held = attrs.filter((a) => a.s.holder && !a.s.holder.isRelation);
    if (held.length === 0) continue;
    // Forms without a row person, so every person they name is somebody else: a questionnaire of indicator rows
    // (网格员联系电话 on a 网格基本信息 sheet is the 网格员's) and a dispute register, whose rows are disputes
    // (人民调解登记簿: 当事人姓名 | 联系方式 | 纠纷事由: parties). (A 信访 register's 信访人 is its row's person, as the
    // corpora have it.)
    if (indicatorForms.has(key) || disputeForms.has(key)) {
      for (const a of held) out.set(a.f.id, "other");
      continue;
    }
    const unqualified = attrs.filter((a) => !a.s.holder);
    const texts = (list: typeof attrs) => [...new Set(list.map((a) => a.s.holder!.text))];
    let own: string | null = null;
    const plainName = unqualified.some((a) => a.s.concepts.includes("c:name"));
    if (!plainName) {
      const evidence = unqualified.filter((a) => has(a.s, EVIDENCE));
      const strong = evidence.some((a) => has(a.s, STRONG) || has(a.s, PROFILE));
      if (evidence.length > 0) {
        const named = texts(held.filter((a) => a.s.holder!.source === "leaf" && a.s.concepts.includes("c:name")));
        if (named.length === 1) {
          const h = held.find((a) => a.s.holder!.text === named[0])!.s.holder!;
          if (!h.role || strong || !objectRows.has(key)) own = named[0];
        }
      }
      // A form that counts people per row (党员人数 | 新当选书记 > 姓名/年龄/学历) lists villages: a profiled group
      // is an office holder of the village, not the row. A case register's rows are cases: its 当事人 > 姓名/性别
      // is a party to the case however fully the form profiles them.
      if (own === null && !unitRows.has(key) && !caseForms.has(key)) {
        const profiled = texts(held.filter((a) => has(a.s, PROFILE)));
        if (profiled.length === 1) own = profiled[0];
      }
      // …对象 is the word for the people a programme serves (签约对象 > 姓名 | 签约医生 > 姓名): the roster's rows.
      if (own === null && !unitRows.has(key)) {
        const served = texts(held).filter((t) => /对象$/.test(t));
        if (served.length === 1) own = served[0];
      }
    }
    // One person has one 身份证号: an attribute asked both plainly and under a noun belongs to two people.
    const plainConcepts = new Set(unqualified.flatMap((a) => a.s.concepts));
    const twice = new Set(held.filter((a) => a.s.concepts.some((c) => c !== "c:name" && plainConcepts.has(c) && PERSON_KEY.has(c))).map((a) => a.s.holder!.text));
    if (own && twice.has(own)) own = null;
    for (const a of held) {
      const h = a.s.holder!;
      if (twice.has(h.text)) out.set(a.f.id, "other");
      else if (h.text === own) out.set(a.f.id, "own");
      // A roster noun alone keeps its lexicon reading (the row's person) unless the form names another person.
      else if (h.isRosterNoun && !plainName && own === null && !partyColumns.has(key)) continue;
      else out.set(a.f.id, "other");
    }
  }
  return out;
}

/**
 * The object a form's rows are, when they are not persons: the noun of its first name column (场所名称 → 场所,
 * 机构名称 → 机构, 公路名称 → 公路) on a form with no attribute of its own person (no plain 姓名 / 身份证号 /
 * 性别; a role's 负责人 > 姓名 is not the row's). A person roster with a 岗位名称 column keeps its person.
 */
export function rowObjects(fields: MatchField[], sigOf: (f: MatchField) => Signature, modes: Map<string, HolderMode>): Map<string, RowObject> {
  const candidate = new Map<string, RowObject>();
  const persons = new Set<string>();
  for (const f of fields) {
    const s = sigOf(f);
    // Rows are persons when the form asks who its own person is (姓名, 身份证号, 性别 …); a phone or an address alone
    // is also an object's.
    if (s.isPersonal && !s.quals.role && s.concepts.some((c) => STRONG.has(c)) && (!s.holder || modes.get(f.id) === "own" || !modes.has(f.id))) persons.add(f.formId);
    if (candidate.has(f.formId) || !namesObject(f, s)) continue;
    const text = normalizeLabel(f.path.at(-1) ?? f.label).text.replace(/名称$/, "");
    // A bare 名称 (基本信息 > 名称 on a 合作社 名录) names the row's entity, whatever it is: a 主体名称.
    if (!text && s.concepts.length === 0) {
      candidate.set(f.formId, { text: "主体", key: "c:entityName" });
      continue;
    }
    const key = s.concepts.join("+");
    if (text && key) candidate.set(f.formId, { text, key });
  }
  for (const k of persons) candidate.delete(k);
  return candidate;
}

/** Attributes that follow a person's name as that person's (how to reach them, where they work, their post). */
const FOLLOWS_NAME = new Set(["c:idNumber", "c:phone", "c:employer", "c:post"]);

/**
 * Whose the unqualified ID, phone, employer and post of one sheet of a form spanning several are, when the only
 * name on that sheet is a person noun's:
 *
 * - one sheet of a multi-sheet form whose other sheets hold the form's own person (表二 家庭成员 > 姓名) and whose only
 *   name is another noun's (表五: 帮扶责任人姓名 | 工作单位 | 职务 | 联系电话; 调查员姓名 | 联系电话) asks that
 *   person's employer, post and phone.
 *
 * - a household list whose only name is the 户主's (户主姓名 | 身份证号 | 联系电话) asks the 户主's ID and phone — unless
 *   it profiles a person of its own (文化程度, 民族 …) or is the household sheet of a form whose persons sheet lists
 *   everyone (there the corpora disagree whether the phone is the 户主's or the household's; the reviewer decides).
 *
 * Such fields are read as if the noun were written over them (帮扶责任人 > 联系电话), so they match
 * the same noun's attributes on other forms and never the row's own person's. Returns the rewritten fields (same
 * ids); fields it does not concern are returned as they were.
 */
export function attachHolders(fields: MatchField[], sigOf: (f: MatchField) => Signature): MatchField[] {
  const byPart = new Map<string, { f: MatchField; s: Signature }[]>();
  const formOf = (key: string) => key.split("\u0000")[0];
  const ownPersonForms = new Set<string>();
  const partsOfForm = new Map<string, Set<string>>();
  for (const f of fields) {
    const s = sigOf(f);
    (byPart.get(f.formId) ?? byPart.set(f.formId, []).get(f.formId)!).push({ f, s });
    const form = formOf(f.formId);
    (partsOfForm.get(form) ?? partsOfForm.set(form, new Set()).get(form)!).add(f.formId);
  }
  const plainName = (a: { s: Signature }) => a.s.isPersonal && !a.s.holder && !a.s.quals.role && a.s.concepts.includes("c:name");
  for (const [part, attrs] of byPart) if (attrs.some(plainName)) ownPersonForms.add(formOf(part));
  const rewrite = new Map<string, string>();
  for (const [part, attrs] of byPart) {
    if (attrs.some(plainName)) continue;
    const names = attrs.filter((a) => a.s.typeClass === "text" && a.s.concepts.includes("c:name") && (a.s.holder || a.s.quals.role));
    // A household list may also name its 帮扶责任人: the list is still the 户主's when his is the one household name.
    const heads = names.filter((a) => a.s.quals.role === "head");
    const othersAreRoles = names.every((a) => heads.includes(a) || (!!a.s.quals.role && !a.s.holder?.isRosterNoun));
    // …and a dispute register names its one party beside the mediator (当事人姓名 | 联系方式 | 调解人).
    const parties = attrs[0]?.f.disputeRows ? names.filter((a) => a.s.quals.role === "party") : [];
    const name = names.length === 1 ? names[0] : heads.length === 1 && othersAreRoles ? heads[0] : parties.length === 1 ? parties[0] : null;
    if (!name) continue;
    let noun: string | null = null;
    if (name.s.holder && !name.s.holder.isRelation && name.s.holder.source === "leaf") {
      const form = formOf(part);
      const siblings = [...(partsOfForm.get(form) ?? [])].filter((p) => p !== part);
      // Another sheet of the same form holds the form's own person.
      if (siblings.length > 0 && siblings.some((p) => byPart.get(p)!.some(plainName)) && ownPersonForms.has(form)) noun = name.s.holder.text;
    }
    // A household list whose only name is the 户主's (户主姓名 | 身份证号 | 联系电话) asks the 户主's ID and phone,
    // unless it profiles a person of its own (文化程度, 宗教信仰 …: a farmer's roster that also names his 户主) or is
    // the household sheet of a form whose persons sheet lists everyone (人口抽样调查: 户编号 | 户主 | 联系电话).
    const profiles = attrs.some((a) => !a.s.holder && !a.s.quals.role && has(a.s, PROFILE));
    if (!noun && name.s.quals.role === "head" && !profiles && !ownPersonForms.has(formOf(part))) noun = "户主";
    // A dispute register that names one party (当事人姓名 | 联系方式): the plain phone and ID are that party's.
    if (!noun && name.f.disputeRows && name.s.holder && !name.s.holder.isRelation && (names.length === 1 || parties.includes(name))) noun = name.s.holder.text;
    if (!noun) continue;
    for (const a of attrs) {
      if (a === name || a.s.holder || a.s.quals.role || !a.s.concepts.some((c) => FOLLOWS_NAME.has(c))) continue;
      rewrite.set(a.f.id, noun);
    }
  }
  if (rewrite.size === 0) return fields;
  return fields.map((f) => {
    const noun = rewrite.get(f.id);
    return noun ? { ...withHolderOver(f, noun), attachedHolder: noun } : f;
  });
}

/** The self-government and party organs every village has, one per village (named after it: 白沙村党支部). */
const VILLAGE_ORGAN = /(党组织|党支部|党总支|党委|村委会|居委会|村民委员会|居民委员会|调委会|人民调解委员会)(名称)?$/;

/**
 * On a form whose rows are villages (its title's subject is 村) and that has no plain village column, the text
 * column naming each row's organ (村（社区）党组织, 调委会名称) is the row's village: read as 村（社区）.
 */
export function villageOrganKeys(fields: MatchField[], sigOf: (f: MatchField) => Signature): MatchField[] {
  const byForm = new Map<string, MatchField[]>();
  for (const f of fields) if (f.subject === "村" && f.layout !== "indicator-rows") (byForm.get(f.formId) ?? byForm.set(f.formId, []).get(f.formId)!).push(f);
  const keys = new Set<string>();
  for (const list of byForm.values()) {
    if (list.some((f) => sigOf(f).concepts.join() === "c:villageName")) continue;
    const organ = list.find((f) => f.type === "text" && f.path.length === 1 && VILLAGE_ORGAN.test(normalizeLabel(f.label).text));
    if (organ) keys.add(organ.id);
  }
  if (keys.size === 0) return fields;
  return fields.map((f) => (keys.has(f.id) ? { ...f, label: "村（社区）", path: ["村（社区）"] } : f));
}

/** The field read as if a person noun were written over it (帮扶责任人 > 联系电话, 户主 > 身份证号). */
export function withHolderOver<F extends Pick<MatchField, "label" | "path">>(field: F, noun: string): F {
  const path = field.path.length ? field.path : [field.label];
  return { ...field, path: [...path.slice(0, -1), noun, path[path.length - 1]] };
}
