import type { ConstrainedClusters } from "./cluster";
import type { PairScore } from "./score";
import type { Item } from "./result";

/** Two forms are one family when this share of the smaller one's elements is also the other's. */
const FAMILY_OVERLAP = 0.6;
const FAMILY_MIN_SHARED = 3;
/**
 * Elements on more than this share of the forms (村名, 姓名, 身份证号 …: any two rosters have them) say nothing about
 * a family and are not counted; a family shares what few other forms ask.
 */
const COMMON_SHARE = 0.1;

/**
 * Sibling evidence: two forms of one family (the same register kept by two offices, a platform export of a local
 * ledger — most of their elements already shared) that each have exactly one date left unmatched, or one text column
 * left unmatched that reads close to the other's, ask the same thing under another word (登记日期 / 采集日期 of a
 * 出租房屋 register, 房屋地址 / 房屋详址). Those pairs are merged, unless the two readings conflict outright (a
 * qualifier, a measure, a type). Returns the merged item pairs (they reach the review queue as merged below 0.9).
 */
export function pairFormFamilies(items: Item[], clusters: ConstrainedClusters, pairScore: (a: number, b: number) => PairScore): [number, number][] {
  const rootsOf = new Map<string, Set<number>>();
  const itemsOf = new Map<string, number[]>();
  items.forEach((it, i) => {
    if (it.isVirtual || !it.isInput) return;
    (rootsOf.get(it.formId) ?? rootsOf.set(it.formId, new Set()).get(it.formId)!).add(clusters.find(i));
    (itemsOf.get(it.formId) ?? itemsOf.set(it.formId, []).get(it.formId)!).push(i);
  });
  const formsOfRoot = new Map<number, string[]>();
  for (const [form, roots] of rootsOf) for (const r of roots) (formsOfRoot.get(r) ?? formsOfRoot.set(r, []).get(r)!).push(form);
  const common = Math.max(3, Math.ceil(rootsOf.size * COMMON_SHARE));
  const rare = (r: number) => (formsOfRoot.get(r)?.length ?? 0) <= common;
  const shared = new Map<string, number>();
  for (const forms of formsOfRoot.values()) {
    if (forms.length < 2 || forms.length > common) continue;
    const sorted = [...forms].sort();
    for (let x = 0; x < sorted.length; x++) for (let y = x + 1; y < sorted.length; y++) {
      const key = `${sorted[x]}\u0001${sorted[y]}`;
      shared.set(key, (shared.get(key) ?? 0) + 1);
    }
  }
  const merged: [number, number][] = [];
  const families = [...shared].filter(([, n]) => n >= FAMILY_MIN_SHARED).map(([k]) => k.split("\u0001") as [string, string]).sort((p, q) => (p[0] + p[1] < q[0] + q[1] ? -1 : 1));
  for (const [fa, fb] of families) {
    const ra = rootsOf.get(fa)!;
    const rb = rootsOf.get(fb)!;
    const rareA = [...ra].filter(rare);
    const rareB = [...rb].filter(rare);
    const both = rareA.filter((r) => rb.has(r)).length;
    if (both / Math.max(1, Math.min(rareA.length, rareB.length)) < FAMILY_OVERLAP) continue;
    const leftA = itemsOf.get(fa)!.filter((i) => !rb.has(clusters.find(i)) && items[i].source === "auto");
    const leftB = itemsOf.get(fb)!.filter((i) => !ra.has(clusters.find(i)) && items[i].source === "auto");
    for (const kind of ["date", "text"] as const) {
      const of = (list: number[]) => list.filter((i) => (kind === "date" ? items[i].field.type === "date" : items[i].field.type === "text"));
      const [a, b] = [of(leftA), of(leftB)];
      if (a.length === 0 || b.length === 0) continue;
      let pair: [number, number] | null = null;
      if (kind === "date" && a.length === 1 && b.length === 1) pair = [a[0], b[0]];
      if (kind === "text") {
        // The one close pair (a reading within reach of a reviewer's threshold) among the leftovers.
        const close = a.flatMap((i) => b.map((j) => ({ i, j, ps: pairScore(items[i].sig, items[j].sig) }))).filter((p) => !p.ps.isHard && p.ps.score >= 0.5);
        if (close.length === 1) pair = [close[0].i, close[0].j];
      }
      if (!pair) continue;
      const [i, j] = pair;
      if (clusters.blocker(i, j, false) || hardConflict(items, clusters, i, j, pairScore)) continue;
      clusters.union(i, j);
      merged.push(pair);
    }
  }
  return merged;
}

function hardConflict(items: Item[], clusters: ConstrainedClusters, a: number, b: number, pairScore: (a: number, b: number) => PairScore): boolean {
  const sa = new Set(clusters.membersOf(a).map((i) => items[i].sig));
  const sb = new Set(clusters.membersOf(b).map((i) => items[i].sig));
  for (const x of sa) for (const y of sb) if (x !== y && pairScore(x, y).isHard) return true;
  return false;
}
