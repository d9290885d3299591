import type { Signature } from "./signature";

export interface BlockOptions {
  /** Keys shared by more signatures than this are too common to block on (their pairs come from rarer keys). */
  maxBlockSize?: number;
}

function blockingKeys(sig: Signature): string[] {
  const keys: string[] = [];
  for (const t of sig.concepts) {
    keys.push(t);
    if (t.startsWith("r:")) {
      const cs = Array.from(t.slice(2));
      for (let i = 0; i + 1 < cs.length; i++) keys.push(`b:${cs[i]}${cs[i + 1]}`);
    }
  }
  const qualifierKey = (quals: [string, string][]) => `e:${sig.typeClass}|${quals.sort().join(",")}|${sig.measure ?? ""}`;
  if (sig.concepts.length === 0) keys.push(qualifierKey(Object.entries(sig.quals)));
  // A village's 户籍人口 / 户籍户数 and its plain 总人口 / 总户数 (a village's counts are of its 户籍 population unless
  // they say otherwise, score.ts): on the forms about a village only, where a count without subject words is the
  // village's total — elsewhere (a household register's 保障人数) it is not.
  if (sig.concepts.length === 0 && sig.quals.pop === "hj" && sig.quals.subject === "村" && (sig.measure === "persons" || sig.measure === "households")) {
    keys.push(qualifierKey(Object.entries(sig.quals).filter(([dim]) => dim !== "pop")));
  }
  // The same dropdown under two labels (类别 / 经营类型): score.ts weighs it.
  if (sig.choices) keys.push(`o:${sig.choices.join("/")}`);
  // Character bigrams of the reading, within one type class (村民小组 / 村民小组数 read as two lexicon concepts):
  // candidates for the surface similarity of score.ts. Only rare bigrams block (READING_BLOCK): a frequent one (面积,
  // 人数) would pair thousands of readings that share nothing else.
  const cs = Array.from(sig.display);
  for (let i = 0; i + 1 < cs.length; i++) keys.push(`d:${sig.typeClass}:${cs[i]}${cs[i + 1]}`);
  return keys;
}

/**
 * Candidate pairs of distinct signatures that share a blocking key (a subject token, a character bigram of an
 * unknown word, or — for subject-less signatures — their qualifiers). Never all pairs.
 */
/** Reading-bigram blocks larger than this are skipped (frequent bigrams say little and cost quadratically). */
const READING_BLOCK = 12;

export function candidatePairs(sigs: Signature[], options: BlockOptions = {}): [number, number][] {
  const maxBlock = options.maxBlockSize ?? 1500;
  const index = new Map<string, number[]>();
  const readingBlocks = new Map<number[], number[]>();
  sigs.forEach((s, i) => {
    for (const k of new Set(blockingKeys(s))) {
      let list = index.get(k);
      if (!list) {
        index.set(k, (list = []));
        if (k.startsWith("d:")) readingBlocks.set(list, list);
      }
      list.push(i);
    }
  });
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const n = sigs.length;
  for (const list of index.values()) {
    if (list.length < 2 || list.length > maxBlock) continue;
    if (list.length > READING_BLOCK && list === readingBlocks.get(list)) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const code = list[x] * n + list[y];
        if (seen.has(code)) continue;
        seen.add(code);
        pairs.push([list[x], list[y]]);
      }
    }
  }
  return pairs;
}

/** Inverse document frequency of subject tokens over the signatures. */
export function tokenWeights(sigs: Signature[]): (token: string) => number {
  const df = new Map<string, number>();
  for (const s of sigs) for (const t of s.concepts) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(sigs.length, 1);
  return (t) => Math.log(1 + n / (df.get(t) ?? 1));
}
