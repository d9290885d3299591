// Turns the clusters of matchFields into its result: elements (stable ids, names, units, scope),
// per-field matches with readable reasons, and the review queue of uncertain pairs.
import { CONCEPTS } from "./lexicon";
import type { ClusterItem, ConstrainedClusters } from "./cluster";
import { composeElementName } from "./element-name";
import { explainPair } from "./explain";
import type { PairScore } from "./score";
import { withHolderOver } from "./roster-subject";
import { signatureOf, type HolderMode, type RowObject, type Signature } from "./signature";
import type { ElementAggregation, ElementScope, ExistingElement, FieldMatch, MatchDecision, MatchedElement, MatchField, MatchResult, ReviewPair } from "./types";
import { conversionFactor } from "./units";

export interface Item extends ClusterItem {
  field: MatchField;
  /** The field's unit, or the one written in its label. */
  unit: string | null;
  isVirtual: boolean;
  isInput: boolean;
  source: FieldMatch["source"];
  /** Whose personal attribute it is, as decided from its form (roster-subject.ts). */
  mode?: HolderMode;
  /** What the form's rows are when they are objects (roster-subject.ts). */
  rowObject?: RowObject;
}

const FLOW_PERIODS = new Set(["day", "week", "month", "quarter", "half", "ytd", "prevYear"]);
const FLOW_MEASURES = new Set(["personTimes", "times", "cases"]);
const CONCEPT_SCOPE = new Map(CONCEPTS.map((c) => [`c:${c.id}`, c.scope]));
const REVIEW_LIMIT = 5000;

function hashKey(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

function mostCommon<T>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined;
  let bestN = 0;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > bestN) [best, bestN] = [v, n];
  }
  return best;
}

export interface BuildInput {
  items: Item[];
  sigs: Signature[];
  clusters: ConstrainedClusters;
  remarks: MatchField[];
  existingById: Map<string, ExistingElement>;
  decisions: MatchDecision[];
  scored: { a: number; b: number; ps: PairScore }[];
  pairScore: (a: number, b: number) => PairScore;
  mergeAt: number;
  confirmed: Set<number>;
}

export function buildResult(input: BuildInput): MatchResult {
  const { items, sigs, clusters, remarks, existingById, decisions, scored, pairScore, mergeAt } = input;
  const renames = new Map<string, string>();
  for (const d of decisions) if (d.kind === "rename") renames.set(d.elementId, d.name);
  const rosterForms = new Set<string>();
  for (const it of items) {
    if (it.field.type === "idcard" || sigs[it.sig].concepts.includes("c:name")) rosterForms.add(it.formId);
  }

  const links = linkScores(scored, mergeAt);
  const elements: MatchedElement[] = [];
  const matches: FieldMatch[] = [];
  const usedIds = new Set<string>();
  const repOfRoot = new Map<number, number>();
  const elementOfRoot = new Map<number, MatchedElement>();
  const roots = clusters.roots().sort((x, y) => x - y);
  for (const root of roots) {
    const members = clusters.membersOf(root).filter((i) => !items[i].isVirtual);
    const fixedId = clusters.fixedIdOf(root);
    if (members.length === 0 && !fixedId) continue;
    const ex = fixedId ? existingById.get(fixedId) : undefined;
    const pool = members.length ? members : clusters.membersOf(root);
    const repSig = mostCommon(pool.map((i) => items[i].sig))!;
    const rep = pool.find((i) => items[i].sig === repSig)!;
    repOfRoot.set(root, rep);
    const sig = sigs[repSig];
    let id = fixedId ?? `el_${hashKey(sig.key)}`;
    if (!fixedId) {
      let k = 2;
      while (usedIds.has(id)) id = `el_${hashKey(sig.key)}_${k++}`;
    }
    usedIds.add(id);
    const units = members.map((i) => items[i].unit).filter((u): u is string => !!u);
    const unit = ex ? ex.unit : (mostCommon(units) ?? null);
    const displays = members.map((i) => sigs[items[i].sig].display).filter(Boolean);
    const name = renames.get(id) ?? ex?.name ?? composeElementName(sig) ?? mostCommon(displays) ?? items[rep].field.label;
    const scopeGuess: ElementScope =
      (sig.concepts.map((c) => CONCEPT_SCOPE.get(c)).find(Boolean) as ElementScope | undefined) ??
      (members.filter((i) => rosterForms.has(items[i].formId)).length * 2 >= members.length ? "person" : "unit");
    const isFlow = FLOW_PERIODS.has(sig.quals.period ?? "") || !!sig.quals.change || FLOW_MEASURES.has(sig.measure ?? "");
    const el: MatchedElement = {
      id,
      name,
      type: ex?.type ?? mostCommon(members.map((i) => items[i].field.type)) ?? "text",
      unit,
      scope: ex?.scope ?? scopeGuess,
      aggregation: ex?.aggregation ?? ((isFlow ? "flow" : "stock") as ElementAggregation),
      fieldIds: members.map((i) => items[i].field.id),
      isExisting: !!ex,
    };
    elements.push(el);
    elementOfRoot.set(root, el);
    for (const i of members) {
      const it = items[i];
      if (!it.isInput) continue;
      const ps = pairScore(it.sig, repSig);
      const score = it.source === "auto" ? Math.max(ps.score, links.get(it.sig) ?? 0) : 1;
      matches.push({
        fieldId: it.field.id,
        elementId: id,
        score: Math.min(1, score),
        reason: i === rep ? `代表字段：${sig.display || it.field.label}` : sourceNote(it.source) + explainPair(sideOf(items[i]), sideOf(items[rep]), ps),
        source: it.source,
        factor: +(conversionFactor(it.unit, unit) ?? 1).toPrecision(10),
      });
    }
  }
  for (const f of remarks) {
    let id = `remark:${f.formId}`;
    if (usedIds.has(id)) id = `remark:${f.formId}:${f.id}`;
    usedIds.add(id);
    elements.push({ id, name: "备注", type: f.type, unit: null, scope: "unit", aggregation: "stock", fieldIds: [f.id], isExisting: false });
    matches.push({ fieldId: f.id, elementId: id, score: 1, reason: "备注：每张表的备注单独成项，不与其他表合并", source: "auto", factor: 1 });
  }
  return { elements, fields: matches, review: reviewQueue(input, repOfRoot, elementOfRoot) };
}

/** The field's own reading (signatures are shared by key, their surfaces are not). */
function sideOf(it: Item) {
  return { sig: signatureOf(it.field, it.mode, it.rowObject), path: it.field.path.length ? it.field.path : [it.field.label], unit: it.unit };
}

function sourceNote(source: FieldMatch["source"]): string {
  if (source === "confirmed") return "已人工确认；";
  if (source === "manual") return "人工指定；";
  if (source === "existing") return "沿用已有数据元；";
  return "";
}

/** Best merge-level score that linked each signature to another one (chained joins). */
function linkScores(scored: BuildInput["scored"], mergeAt: number): Map<number, number> {
  const best = new Map<number, number>();
  for (const p of scored) {
    if (p.ps.score < mergeAt) break;
    for (const s of [p.a, p.b]) if (!best.has(s)) best.set(s, p.ps.score);
  }
  return best;
}

/**
 * The review queue, which is also the CLI's `suggestions` list: pairs of elements that may be one (kept apart but
 * close) and elements that may be two (a signature joined its element below 0.9), one entry per pair of elements,
 * best first. "Best" is the expected number of field pairs the decision puts right: pairs touched × the chance the
 * suggestion is right (score for a merge, 1 − score for a split), so one answer on a frequent element comes first.
 */
function reviewQueue(input: BuildInput, repOfRoot: Map<number, number>, elementOfRoot: Map<number, MatchedElement>): ReviewPair[] {
  const { items, clusters, scored, pairScore, mergeAt, decisions } = input;
  const rejected = new Set(decisions.filter((d) => d.kind === "reject").map((d) => pairKey(d.fieldA, d.fieldB)));
  const confirmed = new Set(decisions.filter((d) => d.kind === "confirm").map((d) => pairKey(d.fieldA, d.fieldB)));
  const side = (j: number) => sideOf(items[j]);
  const out: (ReviewPair & { order: number })[] = [];
  const seen = new Set<string>();
  const realSize = (root: number) => elementOfRoot.get(clusters.find(root))?.fieldIds.length ?? 0;
  // Merged but not sure: a signature joined its element below 0.9.
  for (const [root, rep] of repOfRoot) {
    const el = elementOfRoot.get(root)!;
    const bySig = new Map<number, number[]>();
    for (const i of clusters.membersOf(root)) {
      if (items[i].isVirtual) continue;
      const list = bySig.get(items[i].sig) ?? bySig.set(items[i].sig, []).get(items[i].sig)!;
      list.push(i);
    }
    for (const [s, members] of bySig) {
      if (s === items[rep].sig || members.some((i) => items[i].source !== "auto")) continue;
      const i = Math.min(...members);
      const ps = pairScore(s, items[rep].sig);
      if (ps.score >= SPLIT_ASK_BELOW) continue;
      if (confirmed.has(pairKey(items[i].field.id, items[rep].field.id))) continue;
      const pairs = members.length * Math.max(0, el.fieldIds.length - members.length);
      out.push({ fieldA: items[i].field.id, fieldB: items[rep].field.id, elementA: el.id, elementB: el.id, score: ps.score, reason: explainPair(side(i), side(rep), ps), merged: true, weight: round3(pairs * (1 - ps.score)), order: Math.min(i, rep) });
    }
  }
  // Kept apart but close: candidate pairs between the thresholds that ended in different elements.
  for (const { a, b, ps } of scored) {
    if (ps.score >= mergeAt) continue;
    const firstA = firstItem(input, a);
    const firstB = firstItem(input, b);
    if (firstA === undefined || firstB === undefined) continue;
    const ra = clusters.find(firstA);
    const rb = clusters.find(firstB);
    if (ra === rb) continue;
    const key = ra < rb ? `${ra}-${rb}` : `${rb}-${ra}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const fa = items[firstA].field.id;
    const fb = items[firstB].field.id;
    if (rejected.has(pairKey(fa, fb))) continue;
    // Not askable: the two share a form, or an official already said no. (Two catalog elements — different fixed
    // ids — are askable: confirming their fields merges them on the next run.)
    const blocked = clusters.blocker(ra, rb, false);
    if (blocked === "form" || blocked === "rejected") continue;
    const elA = elementOfRoot.get(ra);
    const elB = elementOfRoot.get(rb);
    if (!elA || !elB) continue;
    const pairs = realSize(ra) * realSize(rb);
    const chance = mergeChance(ps, items[firstA].unit, items[firstB].unit);
    if (chance < MERGE_ASK_FROM && pairs < MERGE_ASK_PAIRS) continue;
    out.push({ fieldA: fa, fieldB: fb, elementA: elA.id, elementB: elB.id, score: ps.score, reason: explainPair(side(firstA), side(firstB), ps), merged: false, weight: round3(pairs * chance), order: Math.min(firstA, firstB) });
  }
  out.push(...holderGroups(input, elementOfRoot), ...ownHolderSplits(input, elementOfRoot));
  out.sort((x, y) => y.weight - x.weight || y.score - x.score || x.order - y.order || Number(x.merged) - Number(y.merged));
  return out.slice(0, REVIEW_LIMIT).map(({ order: _order, ...r }) => r);
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * How likely a pair kept apart is one datum, for the queue's order: its score, except that two labels alike only
 * by their characters whose units need a conversion (耕地面积 亩 ≈ 占地面积 平方米, 出租间数 间 ≈ 出租屋 套) were the same
 * datum 0 times in 14 on the development corpora (bench:review, 2026-12-04): such a pair is asked only when many
 * field pairs hang on it.
 */
function mergeChance(ps: PairScore, unitA: string | null, unitB: string | null): number {
  const converted = !!unitA && !!unitB && unitA !== unitB && conversionFactor(unitA, unitB) !== null;
  const byCharacters = ps.notes.some((n) => n.startsWith("字面相近"));
  return converted && byCharacters ? ps.score * 0.6 : ps.score;
}

/**
 * What is worth an official's answer, measured by the oracle reviewer over the development corpora (bench:review,
 * 2026-12-03): merges that joined at 0.8–0.9 were right 6 times in 7, and pairs kept apart below 0.55 were the same
 * datum 6 times in 36 — so neither is asked, unless the low pair joins two large elements (村名称 ≈ 村（社区）: one
 * answer, dozens of field pairs).
 */
const SPLIT_ASK_BELOW = 0.8;
const MERGE_ASK_FROM = 0.55;
const MERGE_ASK_PAIRS = 4;

const HOLDER_GROUP_SCORE = 0.5;

/** Attributes that go with a person's name (how to identify and reach them). */
const IDENTIFYING = new Set(["c:idNumber", "c:phone"]);

/** One field read the other way round: the signature it would have, and the person noun the question names. */
interface OtherReading {
  item: number;
  sig: Signature;
  holder: string;
  /** own: "may be the row's own person's"; relation: "may be the 户主's"; attached: read as the 户主's, may be own. */
  kind: "own" | "relation" | "attached";
}

/**
 * Whose person a group of attributes names is a convention forms do not state, and the matcher settles it one way;
 * the suggestion asks once for the whole group, each attribute read the other way and paired with the element that
 * reading lands in:
 * - 来访人信息 > 姓名 / 身份证号 / 电话 on a visit log is kept apart as somebody else's (a role qualifier), yet may be
 *   the log's own person (the same 姓名 as every roster's);
 * - a household list whose only name is the 户主's (户主姓名 | 身份证号 | 联系电话) has its ID and phone read as the
 *   户主's (roster-subject.ts attachHolders), yet they may be the row's own person's; where the matcher kept them the
 *   row's own (a list that also profiles its person), they may be the 户主's.
 * Only groups that identify their person (an ID number among them) are asked.
 */
function holderGroups(input: BuildInput, elementOfRoot: Map<number, MatchedElement>): (ReviewPair & { order: number })[] {
  const { items, sigs, clusters, decisions } = input;
  const decided = decidedPairs(decisions);
  const sigByKey = new Map(sigs.map((sg, i) => [sg.key, i]));
  const itemsBySig = new Map<number, number[]>();
  items.forEach((it, i) => {
    if (!it.isVirtual) (itemsBySig.get(it.sig) ?? itemsBySig.set(it.sig, []).get(it.sig)!).push(i);
  });
  const groups = new Map<string, HolderGroup>();
  for (const other of [...ownReadings(input), ...relationReadings(input)]) {
    const i = other.item;
    const it = items[i];
    const target = sigByKey.get(other.sig.key);
    if (target === undefined || target === it.sig) continue;
    // The biggest element holding the other reading that this form does not already fill.
    let best: number | null = null;
    for (const j of itemsBySig.get(target) ?? []) {
      const root = clusters.find(j);
      if (root === clusters.find(i) || clusters.formsOf(root).has(it.formId)) continue;
      if (best === null || clusters.membersOf(root).length > clusters.membersOf(best).length) best = root;
    }
    if (best === null) continue;
    const rep = clusters.membersOf(best).filter((j) => !items[j].isVirtual).sort((x, y) => x - y)[0];
    if (rep === undefined || decided.has(pairKey(it.field.id, items[rep].field.id))) continue;
    addToGroup(groups, `${it.formId}\u0000${other.kind}\u0000${other.holder}`, { holder: other.holder, kind: other.kind }, [i, rep], it);
  }
  const out: (ReviewPair & { order: number })[] = [];
  for (const g of groups.values()) {
    // Only a group that identifies its person (an ID number) may be the row's own person: a 负责人 / 路长 / 书记 with a
    // name and a phone is a contact of the row's object or village (roster-subject.ts), not a registrant.
    if (!g.pairs.some(([a]) => sigs[items[a].sig].typeClass === "id")) continue;
    const [i, rep] = g.pairs[0];
    const el = elementOfRoot.get(clusters.find(i));
    const target = elementOfRoot.get(clusters.find(rep));
    if (!el || !target) continue;
    const pairs = g.pairs.reduce((n, [a, b]) => n + (elementOfRoot.get(clusters.find(a))?.fieldIds.length ?? 0) * (elementOfRoot.get(clusters.find(b))?.fieldIds.length ?? 0), 0);
    const labels = g.labels.join("、");
    out.push({
      fieldA: items[i].field.id,
      fieldB: items[rep].field.id,
      elementA: el.id,
      elementB: target.id,
      score: HOLDER_GROUP_SCORE,
      reason:
        g.kind === "own"
          ? `「${g.holder}」名下的 ${labels} 可能就是本表登记的人本人的：若是，它们与其他表的同名数据元是同一项（一次确认 ${g.pairs.length} 项）`
          : g.kind === "attached"
            ? `本表只写明了「${g.holder}」的姓名，${labels} 已按${g.holder}的读取：若是本表登记的人本人的，它们与其他表的同名数据元是同一项（一次确认 ${g.pairs.length} 项）`
            : `本表只写明了「${g.holder}」的姓名：${labels} 可能是${g.holder}的：若是，它们与其他表中${g.holder}的同名数据元是同一项（一次确认 ${g.pairs.length} 项）`,
      merged: false,
      weight: round3(pairs * HOLDER_GROUP_SCORE),
      order: i,
      group: g.pairs.map(([a, b]) => [items[a].field.id, items[b].field.id] as [string, string]),
    });
  }
  return out;
}

/**
 * The other way round: a group's person read as the row's own (申请人 > 姓名 / 身份证号 on an approval register) and
 * merged with every roster's 姓名 may be somebody else. One question per group: a "no" keeps them apart (each pair
 * with the element's representative is rejected). Only groups that identify their person (an ID number).
 */
function ownHolderSplits(input: BuildInput, elementOfRoot: Map<number, MatchedElement>): (ReviewPair & { order: number })[] {
  const { items, sigs, clusters, decisions } = input;
  const decided = decidedPairs(decisions);
  const groups = new Map<string, HolderGroup>();
  items.forEach((it, i) => {
    if (it.isVirtual || !it.isInput || it.source !== "auto" || it.mode === "other" || !sigs[it.sig].isPersonal) return;
    // The item's own reading: signatures are shared by key, and the key does not record the holder.
    const sig = signatureOf(it.field, it.mode, it.rowObject);
    if (!sig.holder || sig.holder.isRelation || sig.quals.role) return;
    const root = clusters.find(i);
    const rep = clusters.membersOf(root).filter((j) => !items[j].isVirtual && items[j].formId !== it.formId).sort((x, y) => x - y)[0];
    if (rep === undefined || decided.has(pairKey(it.field.id, items[rep].field.id))) return;
    addToGroup(groups, `${it.formId}\u0000${sig.holder.text}`, { holder: sig.holder.text }, [i, rep], it);
  });
  const out: (ReviewPair & { order: number })[] = [];
  for (const g of groups.values()) {
    if (!g.pairs.some(([a]) => sigs[items[a].sig].typeClass === "id")) continue;
    const [i, rep] = g.pairs[0];
    const el = elementOfRoot.get(clusters.find(i));
    if (!el) continue;
    const pairs = g.pairs.reduce((n, [a]) => n + Math.max(0, (elementOfRoot.get(clusters.find(a))?.fieldIds.length ?? 1) - 1), 0);
    out.push({
      fieldA: items[i].field.id,
      fieldB: items[rep].field.id,
      elementA: el.id,
      elementB: el.id,
      score: HOLDER_GROUP_SCORE,
      reason: `「${g.holder}」名下的 ${g.labels.join("、")} 已按本表登记的人本人的合并到其他表的同名数据元：若「${g.holder}」是另一个人，它们应分开（一次确认 ${g.pairs.length} 项）`,
      merged: true,
      weight: round3(pairs * HOLDER_GROUP_SCORE),
      order: i,
      group: g.pairs.map(([a, b]) => [items[a].field.id, items[b].field.id] as [string, string]),
    });
  }
  return out;
}

/**
 * Attributes kept apart as somebody else's (来访人信息 > 姓名; a household list's 身份证号 read as the 户主's), read as
 * the row's own person's.
 */
function ownReadings({ items, sigs }: BuildInput): OtherReading[] {
  const out: OtherReading[] = [];
  items.forEach((it, i) => {
    const sig = sigs[it.sig];
    const attached = it.field.attachedHolder;
    if (attached && !it.isVirtual && it.isInput && it.source === "auto") {
      const path = it.field.path.filter((_, k, all) => k !== all.length - 2);
      out.push({ item: i, sig: signatureOf({ ...it.field, path }, undefined, it.rowObject), holder: attached, kind: "attached" });
      return;
    }
    if (it.isVirtual || !it.isInput || it.source !== "auto" || it.mode !== "other" || !sig.holder || !sig.quals.role) return;
    out.push({ item: i, sig: signatureOf(it.field, "own", it.rowObject), holder: sig.holder.text, kind: "own" });
  });
  return out;
}

/**
 * On a form (part) whose only names are a relation's (户主姓名) and none the row person's own, the unqualified ID and
 * phone read as that relation's (户主 > 身份证号).
 */
function relationReadings({ items, sigs }: BuildInput): OtherReading[] {
  const byForm = new Map<string, number[]>();
  items.forEach((it, i) => {
    if (!it.isVirtual && it.isInput) (byForm.get(it.field.formId) ?? byForm.set(it.field.formId, []).get(it.field.formId)!).push(i);
  });
  const out: OtherReading[] = [];
  for (const members of byForm.values()) {
    const names = members.map((i) => sigs[items[i].sig]).filter((s) => s.isPersonal && s.concepts.includes("c:name"));
    const relation = names[0]?.holder;
    if (!relation?.isRelation || names.some((s) => !s.holder || s.holder.text !== relation.text)) continue;
    for (const i of members) {
      const it = items[i];
      const sig = sigs[it.sig];
      if (it.source !== "auto" || sig.holder || sig.quals.role || !sig.concepts.some((c) => IDENTIFYING.has(c))) continue;
      out.push({ item: i, sig: signatureOf(withHolderOver(it.field, relation.text), "other", it.rowObject), holder: relation.text, kind: "relation" });
    }
  }
  return out;
}

/** The fields of one form read under one person noun, each paired with the element the question offers. */
interface HolderGroup {
  pairs: [number, number][];
  holder: string;
  /** For a join question: which way round the fields were read (ownReadings / relationReadings). */
  kind?: OtherReading["kind"];
  labels: string[];
}

function addToGroup(groups: Map<string, HolderGroup>, key: string, init: Pick<HolderGroup, "holder" | "kind">, pair: [number, number], it: Item): void {
  let g = groups.get(key);
  if (!g) groups.set(key, (g = { ...init, pairs: [], labels: [] }));
  g.pairs.push(pair);
  g.labels.push(sideOf(it).path.at(-1)?.replace(/\s+/g, "") ?? it.field.label);
}

const pairKey = (a: string, b: string) => [a, b].sort().join("\u0000");

/** Field pairs an official already answered (either way): never asked again. */
function decidedPairs(decisions: MatchDecision[]): Set<string> {
  return new Set(decisions.filter((d) => d.kind === "reject" || d.kind === "confirm").map((d) => pairKey(d.fieldA, d.fieldB)));
}

const firstItemCache = new WeakMap<BuildInput, Map<number, number>>();
function firstItem(input: BuildInput, sig: number): number | undefined {
  let m = firstItemCache.get(input);
  if (!m) {
    m = new Map();
    input.items.forEach((it, i) => {
      if (!it.isVirtual && !m!.has(it.sig)) m!.set(it.sig, i);
    });
    firstItemCache.set(input, m);
  }
  return m.get(sig);
}
