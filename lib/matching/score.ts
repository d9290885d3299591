import { qualifierDim, tokenName } from "./lexicon";
import type { Signature, TypeClass } from "./signature";

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

/** How likely two signatures name the same datum (0–1), with the hard conflicts that forbid it. */
export function scoreSignatures(a: Signature, b: Signature, weight: TokenWeights): PairScore {
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
    const label = (v: string) => (v === "none" ? "（无）" : dim === "age" ? `${v}岁` : tokenName(`q:${dim}=${v}`));
    const conflict = `限定词不同：${label(va)} ≠ ${label(vb)}`;
    if (qualifierDim(dim)?.strength === "period") {
      if (!numeric) {
        penalty *= 0.95;
        continue;
      }
      if ((va === "none" && vb === "end") || (vb === "none" && va === "end")) continue;
      if (va === "none" || vb === "none") {
        penalty *= 0.7;
        notes.push(`统计期一方未写明：${label(va)} / ${label(vb)}`);
        continue;
      }
    }
    return { score: 0, isHard: true, notes: [conflict] };
  }
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
  return { score: Math.round(tf * cs * penalty * 1000) / 1000, isHard: false, notes };
}
