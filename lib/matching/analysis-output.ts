// The analyze JSON in canonical form: the same folder gives the same bytes whatever the order files were read in,
// whatever ids the database handed out, and whichever path (in-process or through the database) built it.
import type { AnalyzeElement, AnalyzeForm, AnalyzeResult, AnalyzeRetirement, AnalyzeSuggestion } from "@/lib/analyze/analyze-forms";

/** One entry of the review queue as stored or returned by the matcher, with the fields given as analyze refs. */
export interface SuggestionPair {
  refA: string;
  refB: string;
  score: number;
  reason: string;
  merged: boolean;
  /** Every pair a group suggestion decides at once ([refA, refB] first). */
  group?: [string, string][] | null;
}

/** FNV-1a, 32 bits, base 36: short, stable across runs and platforms. */
function hash36(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36).padStart(7, "0");
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A1 address → [row, column] for ordering (B10 after B9). */
function addressKey(ref: string): [string, number, number] {
  const bang = ref.lastIndexOf("!");
  const m = /^([A-Z]+)(\d+)/.exec(ref.slice(bang + 1).toUpperCase());
  if (!m) return [ref, 0, 0];
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return [ref.slice(0, bang), Number(m[2]), col];
}

/** Fields of a form: by sheet name, then row, then column. */
export function compareRefs(a: string, b: string): number {
  const [sa, ra, ca] = addressKey(a);
  const [sb, rb, cb] = addressKey(b);
  return cmp(sa, sb) || ra - rb || ca - cb || cmp(a, b);
}

/**
 * Files sorted as cmp sorts them. Files of analysed forms go by their rank in the (sorted) forms, as a typed-array
 * sort: 3,000 forms give ~3 million coveredBy entries, too many for a comparator call each.
 */
function sortFiles(files: string[], rank: Map<string, number>, forms: { file: string }[]): string[] {
  if (!files.every((f) => rank.has(f))) return files.sort(cmp);
  return Array.from(Int32Array.from(files, (f) => rank.get(f)!).sort(), (i) => forms[i].file);
}

/**
 * Canonical analyze result: forms by file, fields by sheet/row/column, element ids derived from content (a hash of
 * the element's first member ref, which no other element has), elements by their first ref, retirement by level,
 * coverage and file (coveredBy by file), suggestions best first with ties by refs. `suggestions` are the matcher's
 * review queue (lib/matching/result.ts reviewQueue) translated to element ids.
 */
export function canonicalAnalysis(input: { forms: AnalyzeForm[]; retirement: AnalyzeRetirement[]; names: Map<string, string>; suggestions: SuggestionPair[] }): AnalyzeResult {
  const forms = [...input.forms].sort((a, b) => cmp(a.file, b.file)).map((f) => ({ ...f, fields: [...f.fields].sort((x, y) => compareRefs(x.ref, y.ref)) }));
  const refsOf = new Map<string, string[]>();
  for (const form of forms) for (const f of form.fields) (refsOf.get(f.element) ?? refsOf.set(f.element, []).get(f.element)!).push(f.ref);
  const idOf = new Map<string, string>();
  const used = new Set<string>();
  const ordered = [...refsOf].map(([id, refs]) => ({ id, refs: refs.sort(compareRefs) })).sort((a, b) => cmp(a.refs[0], b.refs[0]));
  for (const { id, refs } of ordered) {
    let canonical = `el_${hash36(refs[0])}`;
    for (let k = 2; used.has(canonical); k++) canonical = `el_${hash36(refs[0])}_${k}`;
    used.add(canonical);
    idOf.set(id, canonical);
  }
  const elements: AnalyzeElement[] = ordered.map(({ id, refs }) => ({ id: idOf.get(id)!, name: input.names.get(id) ?? refs[0], fields: refs }));
  const outForms = forms.map((f) => ({ ...f, fields: f.fields.map((x) => ({ ...x, element: idOf.get(x.element)! })) }));
  const fileRank = new Map(forms.map((f, i) => [f.file, i]));
  const retirement = input.retirement
    .map((r) => ({ ...r, coveredBy: sortFiles([...new Set(r.coveredBy)], fileRank, forms) }))
    .sort((a, b) => Number(a.level !== "full") - Number(b.level !== "full") || b.coverage - a.coverage || cmp(a.file, b.file));
  const elementOfRef = new Map(outForms.flatMap((f) => f.fields.map((x) => [x.ref, x.element] as const)));
  const suggestions: AnalyzeSuggestion[] = [];
  const seen = new Set<string>();
  for (const s of input.suggestions) {
    const ea = elementOfRef.get(s.refA);
    const eb = elementOfRef.get(s.refB);
    if (!ea || !eb || (s.merged ? ea !== eb : ea === eb)) continue;
    const score = Math.round(s.score * 1000) / 1000;
    if (s.group && s.group.length > 1) {
      // A join group asks about pairs still apart; a split group (merged) about pairs still together.
      const pairs = s.group.filter(([a, b]) => elementOfRef.has(a) && elementOfRef.has(b) && (elementOfRef.get(a) === elementOfRef.get(b)) === !!s.merged);
      const key = `group:${pairs.map((p) => p.join("|")).join("/")}`;
      if (pairs.length === 0 || seen.has(key)) continue;
      seen.add(key);
      const elements = [...new Set(pairs.flat().map((r) => elementOfRef.get(r)!))];
      suggestions.push({ kind: "group", elements, fields: pairs[0], pairs, score, reason: s.reason });
      continue;
    }
    const [refA, refB] = compareRefs(s.refA, s.refB) <= 0 ? [s.refA, s.refB] : [s.refB, s.refA];
    const key = s.merged ? `split:${refA}|${refB}` : `merge:${[ea, eb].sort().join("|")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    suggestions.push({ kind: s.merged ? "split" : "merge", elements: s.merged ? [ea] : [elementOfRef.get(refA)!, elementOfRef.get(refB)!], fields: [refA, refB], score, reason: s.reason });
  }
  return { forms: outForms, elements, retirement, suggestions };
}
