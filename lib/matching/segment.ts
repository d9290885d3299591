import { COMPOUNDS, CONCEPTS, COUNT_WORDS, FILLERS, MEASURES, QUALIFIERS, WHOLE_WORDS } from "./lexicon";

/** A piece of a normalized label: the canonical tokens it stands for and the text it came from. */
export interface Segment {
  surface: string;
  /** c:concept, q:dim=value, m:measure, r:raw text; empty for fillers. */
  tokens: string[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  tokens?: string[];
}

let trie: TrieNode | null = null;

function termKey(term: string): string {
  return term.normalize("NFKC").toLowerCase().replace(/[\s:：;；,，、。.·/\\|\-—_()（）]/g, "");
}

function buildTrie(): TrieNode {
  const root: TrieNode = { next: new Map() };
  // Earlier entries win: compounds, then concepts, qualifiers, measures, count words, whole words, fillers.
  const add = (term: string, tokens: string[]) => {
    const key = termKey(term);
    if (!key) return;
    let node = root;
    for (const ch of key) {
      let n = node.next.get(ch);
      if (!n) node.next.set(ch, (n = { next: new Map() }));
      node = n;
    }
    if (!node.tokens) node.tokens = tokens;
  };
  for (const c of COMPOUNDS) for (const t of c.terms) add(t, c.tokens);
  for (const c of CONCEPTS) for (const t of c.terms) add(t, [`c:${c.id}`, ...(c.implies ?? [])]);
  for (const q of QUALIFIERS) for (const v of q.values) for (const t of v.terms) add(t, [`q:${q.dim}=${v.value}`]);
  for (const m of MEASURES) for (const t of m.terms) add(t, [`m:${m.value}`]);
  for (const t of COUNT_WORDS) add(t, []);
  for (const t of WHOLE_WORDS) add(t, [`r:${t}`]);
  for (const t of FILLERS) add(t, []);
  return root;
}

const RAW_CHAR_COST = 2;

/** Words that make a label a yes/no question, wherever they stand in it. */
const QUESTION_WORDS = new Set(["是否", "有无", "是否为", "是不是"]);

/**
 * Splits a normalized label into lexicon words with the fewest pieces, leaving unknown characters as raw
 * runs (dynamic programming over the lexicon trie; raw characters cost more than any word).
 */
export function segmentLabel(text: string): Segment[] {
  trie ??= buildTrie();
  const chars = Array.from(text);
  const n = chars.length;
  const cost = new Array<number>(n + 1).fill(Infinity);
  const back = new Array<{ from: number; tokens: string[] | null }>(n + 1);
  cost[0] = 0;
  for (let i = 0; i < n; i++) {
    if (cost[i] === Infinity) continue;
    if (cost[i] + RAW_CHAR_COST < cost[i + 1]) {
      cost[i + 1] = cost[i] + RAW_CHAR_COST;
      back[i + 1] = { from: i, tokens: null };
    }
    let node: TrieNode | undefined = trie;
    for (let j = i; j < n; j++) {
      node = node.next.get(chars[j]);
      if (!node) break;
      if (node.tokens && cost[i] + 1 <= cost[j + 1]) {
        cost[j + 1] = cost[i] + 1;
        back[j + 1] = { from: i, tokens: node.tokens };
      }
    }
  }
  const out: Segment[] = [];
  let raw = "";
  const pieces: { surface: string; tokens: string[] | null }[] = [];
  for (let j = n; j > 0; ) {
    const b = back[j];
    pieces.push({ surface: chars.slice(b.from, j).join(""), tokens: b.tokens });
    j = b.from;
  }
  pieces.reverse();
  // …人 + 数 is a count of persons (结对帮扶人数, 已接收人数), not a role noun counted: 结对帮扶 + 人数.
  for (let i = 0; i + 1 < pieces.length; i++) {
    const p = pieces[i];
    if (pieces[i + 1].surface !== "数" || !p.surface.endsWith("人") || !p.tokens?.some((t) => t.startsWith("q:role="))) continue;
    const head = segmentLabel(p.surface.slice(0, -1)).map((s) => ({ surface: s.surface, tokens: s.tokens[0]?.startsWith("r:") ? null : s.tokens }));
    pieces.splice(i, 2, ...head, { surface: "人数", tokens: ["m:persons"] });
  }
  for (const [i, p] of pieces.entries()) {
    if (p.tokens === null) {
      raw += p.surface;
      continue;
    }
    // 饮水是否安全 asks 是否饮水安全: a yes/no word inside unknown words does not split them.
    if (raw && QUESTION_WORDS.has(p.surface) && pieces[i + 1]?.tokens === null) continue;
    if (raw) out.push({ surface: raw, tokens: [`r:${raw}`] });
    raw = "";
    out.push({ surface: p.surface, tokens: p.tokens });
  }
  if (raw) out.push({ surface: raw, tokens: [`r:${raw}`] });
  return out;
}
