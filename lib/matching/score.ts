import { KIND_OF, PROGRAMME_CONCEPTS, qualifierDim, tokenName } from "./lexicon";
import type { Signature, TypeClass } from "./signature";
import { subjectsConflict } from "./form-subject";

export interface PairScore {
  score: number;
  /** A hard conflict: the two may never share an element (different qualifier, measure or type). */
  isHard: boolean;
  /** Short Chinese notes, e.g. 「限定词不同：本月 ≠ 本年累计」. */
  notes: string[];
}

/** Token weights: rarer subject tokens weigh more (inverse document frequency over signatures). */
export type TokenWeights = (token: string) => number;

const TYPE_NAMES: Record<TypeClass, string> = { num: "数值", text: "文本", date: "日期", id: "证件号", phone: "电话" };

function typeFactor(a: TypeClass, b: TypeClass): number {
  if (a === b) return 1;
  if (a === "num" || b === "num") return 0;
  const pair = [a, b].sort().join("-");
  if (pair === "id-text" || pair === "phone-text") return 0.9;
  if (pair === "date-text") return 0.85;
  return 0;
}

/** Measures that agree: null (no measure word, no unit) agrees with anything countable. */
function measuresAgree(a: string | null, b: string | null): boolean {
  return a === b || a === null || b === null;
}

function bigrams(s: string): string[] {
  const cs = Array.from(s);
  if (cs.length < 2) return cs;
  const out: string[] = [];
  for (let i = 0; i + 1 < cs.length; i++) out.push(cs[i] + cs[i + 1]);
  return out;
}

/** Dice coefficient over character bigrams. */
export function bigramDice(a: string, b: string): number {
  const A = bigrams(a);
  const B = bigrams(b);
  if (A.length === 0 || B.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const x of A) counts.set(x, (counts.get(x) ?? 0) + 1);
  let common = 0;
  for (const x of B) {
    const c = counts.get(x) ?? 0;
    if (c > 0) {
      common++;
      counts.set(x, c - 1);
    }
  }
  return (2 * common) / (A.length + B.length);
}

/** Weighted Jaccard over subject tokens; unknown words spelled slightly differently earn partial credit. */
function conceptSimilarity(a: string[], b: string[], weight: TokenWeights): number {
  const setA = new Set(a);
  const setB = new Set(b);
  let matched = 0;
  let unmatched = 0;
  for (const t of a) if (setB.has(t)) matched += weight(t);
  const onlyA = a.filter((t) => !setB.has(t));
  const onlyB = b.filter((t) => !setA.has(t));
  const usedB = new Set<string>();
  for (const ta of onlyA) {
    let best = 0;
    let bestT = "";
    if (ta.startsWith("r:")) {
      for (const tb of onlyB) {
        if (!tb.startsWith("r:") || usedB.has(tb)) continue;
        const d = bigramDice(ta.slice(2), tb.slice(2));
        if (d > best) [best, bestT] = [d, tb];
      }
    }
    if (best >= 0.5) {
      usedB.add(bestT);
      const w = (weight(ta) + weight(bestT)) / 2;
      matched += w * best;
      unmatched += w * (1 - best);
    } else unmatched += weight(ta);
  }
  for (const tb of onlyB) if (!usedB.has(tb)) unmatched += weight(tb);
  return matched + unmatched === 0 ? 0 : matched / (matched + unmatched);
}

/** Character weights: inverse document frequency of each character over the signatures' readings (display). */
export type CharWeights = (ch: string) => number;

export function charWeights(sigs: Signature[]): CharWeights {
  const df = new Map<string, number>();
  for (const s of sigs) for (const ch of new Set(Array.from(s.display))) df.set(ch, (df.get(ch) ?? 0) + 1);
  const n = Math.max(sigs.length, 1);
  // log(N/df): a character in most readings weighs next to nothing; the generic parts of statistical indicator names
  // (总 / 数 / 量 / 额 / 级 / 的 …: 总面积, 户数, 村级) weigh little whatever a small corpus says.
  return (ch) => (Math.log(1 + n / (df.get(ch) ?? 1)) - Math.log(2)) * (GENERIC_CHARS.has(ch) ? 0.15 : 1);
}

/** Characters that build indicator names without naming a subject (统计指标 naming: 总量 / 人数 / 村级 / 其中 …). */
const GENERIC_CHARS = new Set(Array.from("总数量额级的及其中之各个计合共全实有现"));

/**
 * Similarity of two readings by their characters, weighted by rarity over the corpus (IDF): the generic words one
 * form adds (总, 数, 级, 人员 …) cost little, a different subject character (耕 / 林, 出 / 存) costs a lot. When every
 * character of the shorter reading occurs in the longer one (an inserted word: 撂荒面积 / 撂荒耕地面积, 耕地面积 /
 * 耕地总面积, 持证残疾人 / 持残疾人证人数), the score is the weighted Dice coefficient; when characters were replaced
 * (房屋地址 / 房屋详址) it is capped below the merge threshold, so the pair reaches a reviewer instead of merging.
 */
export function surfaceSimilarity(a: string, b: string, weight: CharWeights): { score: number; inserted: boolean } {
  if (!a || !b || a === b) return { score: a && a === b ? 1 : 0, inserted: false };
  const [short, long] = Array.from(a).length <= Array.from(b).length ? [a, b] : [b, a];
  const pool = new Map<string, number>();
  for (const ch of long) pool.set(ch, (pool.get(ch) ?? 0) + 1);
  let common = 0;
  let missing = 0;
  for (const ch of short) {
    const left = pool.get(ch) ?? 0;
    if (left > 0) {
      common += weight(ch);
      pool.set(ch, left - 1);
    } else missing += weight(ch);
  }
  let extra = 0;
  for (const [ch, left] of pool) extra += left * weight(ch);
  const total = 2 * common + missing + extra;
  const dice = total === 0 ? 0 : (2 * common) / total;
  const inserted = missing === 0;
  return { score: inserted ? dice : Math.min(dice, SUBSTITUTION_CAP), inserted };
}

const SUBSTITUTION_CAP = 0.75;

/** Qualifier values a village's count has when it writes none (城乡: 农村; 人口: 户籍), with the note's words. */
const IMPLIED_COUNT_QUALIFIER: Record<string, { value: string; name: string }> = {
  area: { value: "rural", name: "城乡限定" },
  pop: { value: "hj", name: "人口口径" },
};

/** How likely two signatures name the same datum (0–1), with the hard conflicts that forbid it. */
export function scoreSignatures(a: Signature, b: Signature, weight: TokenWeights, chars?: CharWeights): PairScore {
  if (!a.alternatives && !b.alternatives) return scoreReadings(a, b, weight, chars);
  // A facility under two names (社区养老服务站（日间照料中心）) is as close as its closest reading.
  let best: PairScore | null = null;
  for (const x of [a, ...(a.alternatives ?? [])]) {
    for (const y of [b, ...(b.alternatives ?? [])]) {
      const ps = scoreReadings(x, y, weight, chars);
      if (!best || (best.isHard && !ps.isHard) || (ps.isHard === best.isHard && ps.score > best.score)) best = ps;
    }
  }
  return best!;
}

function scoreReadings(a: Signature, b: Signature, weight: TokenWeights, chars?: CharWeights): PairScore {
  const notes: string[] = [];
  const tf = typeFactor(a.typeClass, b.typeClass);
  if (tf === 0) return { score: 0, isHard: true, notes: [`类型不同：${TYPE_NAMES[a.typeClass]} ≠ ${TYPE_NAMES[b.typeClass]}`] };
  if (tf < 1) notes.push(`类型相近：${TYPE_NAMES[a.typeClass]} ≈ ${TYPE_NAMES[b.typeClass]}`);
  let penalty = 1;
  const dims = new Set([...Object.keys(a.quals), ...Object.keys(b.quals)]);
  const numeric = a.typeClass === "num" && b.typeClass === "num";
  for (const dim of dims) {
    const va = a.quals[dim] ?? "none";
    const vb = b.quals[dim] ?? "none";
    if (va === vb) continue;
    // The object a form's title names (form-subject.ts): only two named objects conflict (户 ≠ 村); a form whose
    // title names none may be about either.
    if (dim === "subject") {
      if (!subjectsConflict(a.quals.subject, b.quals.subject)) continue;
      return { score: 0, isHard: true, notes: [`表的对象不同：${va} ≠ ${vb}`] };
    }
    const label = (v: string) => (v === "none" ? "（无）" : dim === "age" ? `${v}岁` : tokenName(`q:${dim}=${v}`));
    const conflict = `限定词不同：${label(va)} ≠ ${label(vb)}`;
    // 农村 from a section header that names a topic (五、农村经济) against no 城乡 word at all: close, for a reviewer.
    const fromTopic = (vb === "none" && !!a.topicAreas?.includes(va)) || (va === "none" && !!b.topicAreas?.includes(vb));
    // A village's counts are rural and of its 户籍 population unless they say otherwise: the value a count leaves
    // unwritten (乡村劳动力 = 劳动力, 总人口 = 年末户籍人口) is close, any other against none stays a conflict.
    const implied = numeric ? IMPLIED_COUNT_QUALIFIER[dim] : undefined;
    if (implied && (va === "none" || vb === "none") && [va, vb].includes(implied.value)) {
      penalty *= 0.9;
      notes.push(`${implied.name}一方未写明：${label(va)} / ${label(vb)}`);
      continue;
    }
    if (dim === "area" && fromTopic) {
      penalty *= 0.75;
      notes.push(`城乡限定来自分组表头：${label(va)} / ${label(vb)}`);
      continue;
    }
    // Two role nouns the lexicon does not know, one inside the other (厨师 / 乡村厨师, 网格员 / 专职网格员): one role.
    if (dim === "role" && va.startsWith("x:") && vb.startsWith("x:") && (va.slice(2).includes(vb.slice(2)) || vb.slice(2).includes(va.slice(2)))) {
      penalty *= 0.9;
      notes.push(`角色相近：${va.slice(2)} ≈ ${vb.slice(2)}`);
      continue;
    }
    if (qualifierDim(dim)?.strength === "period") {
      if (!numeric) {
        penalty *= 0.95;
        continue;
      }
      if ((va === "none" && vb === "end") || (vb === "none" && va === "end")) continue;
      if (va === "none" || vb === "none") {
        penalty *= ONE_SIDED_PERIOD;
        notes.push(`统计期一方未写明：${label(va)} / ${label(vb)}`);
        continue;
      }
    }
    return { score: 0, isHard: true, notes: [conflict] };
  }
  // Dropdowns where the lexicon cannot read a label: no choice in common is two questions (人员类别 of 特殊人群 vs of
  // 优抚对象); the same distinctive list is one question under two labels (类别 / 经营类型).
  const unread = !a.concepts.some(isConcept) || !b.concepts.some(isConcept);
  const sameChoices = unread && !!a.choices && !!b.choices && a.choices.join("/") === b.choices.join("/") && isDistinctiveList(a.choices);
  if (unread && a.choices && b.choices && !a.choices.some((c) => b.choices!.includes(c))) {
    return { score: 0, isHard: true, notes: [`下拉选项不同：${a.choices.slice(0, 3).join("、")}… ≠ ${b.choices.slice(0, 3).join("、")}…`] };
  }
  const programmeClash = programmesClash(a, b);
  if (programmeClash) return { score: 0, isHard: true, notes: [programmeClash] };
  if (!measuresAgree(a.measure, b.measure)) {
    return { score: 0, isHard: true, notes: [`计量不同：${tokenName(`m:${a.measure}`)} ≠ ${tokenName(`m:${b.measure}`)}`] };
  }
  let cs: number;
  if (a.concepts.length === 0 && b.concepts.length === 0) {
    const hasMeaning = dims.size > 0 || a.measure !== null;
    cs = hasMeaning ? 1 : 0.6;
  } else if (a.concepts.length === 0 || b.concepts.length === 0) {
    cs = 0;
  } else {
    cs = conceptSimilarity(a.concepts, b.concepts, weight);
  }
  // Words the lexicon does not know: the readings' characters, weighted by rarity, when the two ask the same kind
  // of datum (same type, agreeing measure and unit dimension, no qualifier conflict — checked above).
  const quantities = a.typeClass === "num" && b.typeClass === "num";
  if (chars && cs < 0.8 && (quantities || a.concepts.some((t) => t.startsWith("r:")) || b.concepts.some((t) => t.startsWith("r:")) || a.concepts.some((t) => b.concepts.includes(t)))) {
    const ss = surfaceSimilarity(a.display, b.display, chars);
    if (ss.score > cs) {
      cs = ss.score;
      notes.push(ss.inserted ? `字面相近（一方多出泛用字词）：${a.display} ≈ ${b.display}` : `字面相近：${a.display} ≈ ${b.display}`);
    }
  }
  if (sameChoices && cs < SAME_CHOICES_SCORE) {
    cs = SAME_CHOICES_SCORE;
    notes.push(`下拉选项相同：${a.choices!.slice(0, 4).join("、")}`);
  }
  return { score: Math.round(tf * cs * penalty * 1000) / 1000, isHard: false, notes };
}

/**
 * Two amounts of named programmes (Signature.programmes: 发放金额 on a 高龄津贴 roster; or the label's own 低保金) that
 * share none are two data. Programmes agree when one is a kind of the other (低保 under 社会救助) or when two names
 * the lexicon lacks share most of their characters (定期抚恤补助 ≈ 抚恤补助).
 */
function programmesClash(a: Signature, b: Signature): string | null {
  if (!a.programmes && !b.programmes) return null;
  const named = (s: Signature) => s.programmes ?? s.concepts.filter((t) => PROGRAMME_CONCEPTS.has(t));
  const pa = named(a);
  const pb = named(b);
  if (pa.length === 0 || pb.length === 0) return null;
  const agree = (x: string, y: string) => x === y || KIND_OF.get(x) === y || KIND_OF.get(y) === x || (x.startsWith("r:") && y.startsWith("r:") && bigramDice(x.slice(2), y.slice(2)) >= 0.5);
  if (pa.some((x) => pb.some((y) => agree(x, y)))) return null;
  return `所属项目不同：${pa.map(tokenName).join("、")} ≠ ${pb.map(tokenName).join("、")}`;
}


/**
 * A count whose period only one side writes (本月 > 受灾人口 against a yearly 受灾人口): close, but on the development
 * corpora the same datum 1 time in 24 (bench:review, 2026-12-04) — low enough that the review queue asks it only
 * when many field pairs hang on it.
 */
const ONE_SIDED_PERIOD = 0.5;

/** Same dropdown list under two labels: above the merge threshold (0.8), below a lexicon match. */
const SAME_CHOICES_SCORE = 0.85;

const isConcept = (t: string) => t.startsWith("c:");

/** A grade or rating scale (一级…四级, A/B/C, 好/一般/差) is shared by unrelated questions; a list of kinds is not. */
const SCALE_CHOICE = /^(\d+|[一二三四五六七八九十]+)(级|等|类|档|星)?$|^[A-Da-d]$|^(好|较好|一般|较差|差|优|优秀|良|良好|中|合格|不合格|高|低|强|弱)$/;

function isDistinctiveList(choices: string[]): boolean {
  return choices.length >= 3 && !choices.some((c) => SCALE_CHOICE.test(c));
}
