/**
 * Dev check for lib/matching and lib/redundancy on the dedup-dev benchmark, without the template parser:
 * feeds the gold fields' label/path/type/unit/form (never their element ids) into matchFields, then scores
 * pairwise and B-cubed F1 against the gold elements, next to exact-label and fuzzy-string baselines.
 * Retirement is scored with gold elements first, then with our elements.
 *
 *   npx tsx scripts/dev-match-gold.ts [--gold path] [--pred out.json] [--verbose]
 */
import fs from "node:fs";
import type { Frequency } from "@/lib/domain";
import { matchFields, normalizeLabel, type MatchField } from "@/lib/matching";
import { bigramDice } from "@/lib/matching/score";
import { findRetirementCandidates } from "@/lib/redundancy";

interface GoldField { ref: string; label: string; path: string[]; element: string; type: MatchField["type"]; unit: string | null }
interface Gold {
  forms: { file: string; title: string; department: string; frequency: Frequency; layout: MatchField["layout"] }[];
  fields: GoldField[];
  retirement: { full: string[]; partial: string[] };
}

const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const gold: Gold = JSON.parse(fs.readFileSync(arg("--gold") ?? "/work/shared/bench/dedup-dev/gold.json", "utf8"));
const fileOf = (ref: string) => ref.slice(0, ref.indexOf("#"));
const layoutOf = new Map(gold.forms.map((f) => [f.file, f.layout]));

const inputs: MatchField[] = gold.fields.map((f) => ({
  id: f.ref,
  formId: fileOf(f.ref),
  label: f.label,
  path: f.path,
  type: f.type,
  unit: f.unit,
  layout: layoutOf.get(fileOf(f.ref)),
}));

/** Pairwise and B-cubed P/R/F1 of a clustering (ref → cluster id) against gold (ref → element). */
function scoreClusters(pred: Map<string, string>, truth: Map<string, string>) {
  const refs = [...truth.keys()];
  const group = (m: Map<string, string>) => {
    const g = new Map<string, string[]>();
    for (const r of refs) {
      const k = m.get(r) ?? `\u0000${r}`;
      g.set(k, [...(g.get(k) ?? []), r]);
    }
    return g;
  };
  const pg = group(pred);
  const tg = group(truth);
  const pairs = (g: Map<string, string[]>) => [...g.values()].reduce((s, v) => s + (v.length * (v.length - 1)) / 2, 0);
  let correct = 0;
  for (const members of pg.values()) {
    const byTruth = new Map<string, number>();
    for (const r of members) byTruth.set(truth.get(r)!, (byTruth.get(truth.get(r)!) ?? 0) + 1);
    for (const n of byTruth.values()) correct += (n * (n - 1)) / 2;
  }
  const pp = pairs(pg);
  const tp = pairs(tg);
  const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
  const pw = { p: pp ? correct / pp : 1, r: tp ? correct / tp : 1 };
  let bp = 0;
  let br = 0;
  const predKey = (r: string) => pred.get(r) ?? `\u0000${r}`;
  for (const r of refs) {
    const pc = pg.get(predKey(r))!;
    const tc = tg.get(truth.get(r)!)!;
    const inter = pc.filter((x) => truth.get(x) === truth.get(r)).length;
    bp += inter / pc.length;
    br += inter / tc.length;
  }
  bp /= refs.length;
  br /= refs.length;
  return { pairP: pw.p, pairR: pw.r, pairF1: f1(pw.p, pw.r), bcubedP: bp, bcubedR: br, bcubedF1: f1(bp, br) };
}

const truth = new Map(gold.fields.map((f) => [f.ref, f.element]));
const fmt = (o: Record<string, number>) => Object.entries(o).map(([k, v]) => `${k}=${v.toFixed(3)}`).join(" ");
const isRemark = (f: MatchField) => normalizeLabel(f.label).text === "备注";

// Baseline 1: exact normalized leaf label (remarks kept per form; never two fields of one form).
function baselineExact(): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of inputs) out.set(f.id, isRemark(f) ? `remark:${f.formId}` : `x:${f.label.replace(/\s+/g, "")}`);
  return out;
}
// Baseline 2: fuzzy string — greedy single-link on bigram Dice ≥ 0.7 over the normalized leaf label.
function baselineFuzzy(): Map<string, string> {
  const labels = inputs.map((f) => normalizeLabel(f.label).text);
  const parent = inputs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < inputs.length; i++) {
    if (isRemark(inputs[i])) continue;
    for (let j = i + 1; j < inputs.length; j++) {
      if (isRemark(inputs[j]) || inputs[i].formId === inputs[j].formId) continue;
      if (labels[i] === labels[j] || bigramDice(labels[i], labels[j]) >= 0.7) parent[find(j)] = find(i);
    }
  }
  return new Map(inputs.map((f, i) => [f.id, `f:${find(i)}`]));
}

const t0 = performance.now();
const result = matchFields(inputs);
const ms = performance.now() - t0;
const ours = new Map(result.fields.map((m) => [m.fieldId, m.elementId]));

console.log(`fields=${inputs.length} forms=${gold.forms.length} elements=${result.elements.length} ms=${ms.toFixed(0)} review=${result.review.length}`);
console.log(`ours          ${fmt(scoreClusters(ours, truth))}`);
console.log(`exact-label   ${fmt(scoreClusters(baselineExact(), truth))}`);
console.log(`fuzzy-string  ${fmt(scoreClusters(baselineFuzzy(), truth))}`);

// Retirement: with gold elements, then with ours.
function retirementScore(elementOf: Map<string, string>) {
  const forms = gold.forms.map((form) => ({
    id: form.file,
    file: form.file,
    frequency: form.frequency,
    status: "active" as const,
    fields: inputs.filter((f) => f.formId === form.file).map((f) => ({ id: f.id, elementId: elementOf.get(f.id)!, isRemark: isRemark(f), label: f.label })),
  }));
  const cands = findRetirementCandidates(forms, { villages: 1 });
  const setF1 = (pred: string[], g: string[]) => {
    const P = new Set(pred);
    const tp = g.filter((x) => P.has(x)).length;
    const p = pred.length ? tp / pred.length : g.length ? 0 : 1;
    const r = g.length ? tp / g.length : 1;
    return p + r ? (2 * p * r) / (p + r) : 0;
  };
  const full = cands.filter((c) => c.level === "full").map((c) => c.formId);
  const partial = cands.filter((c) => c.level === "partial").map((c) => c.formId);
  return { fullF1: setF1(full, gold.retirement.full), partialF1: setF1(partial, gold.retirement.partial), cands };
}
const rg = retirementScore(truth);
const ro = retirementScore(ours);
console.log(`retirement(gold elements) fullF1=${rg.fullF1.toFixed(3)} partialF1=${rg.partialF1.toFixed(3)}`);
console.log(`retirement(our elements)  fullF1=${ro.fullF1.toFixed(3)} partialF1=${ro.partialF1.toFixed(3)}`);

if (args.includes("--verbose")) {
  const byPred = new Map<string, string[]>();
  for (const [r, e] of ours) byPred.set(e, [...(byPred.get(e) ?? []), r]);
  const labelOf = new Map(gold.fields.map((f) => [f.ref, f.path.join(">").replace(/\s+/g, "")]));
  console.log("\n-- predicted clusters mixing gold elements --");
  for (const [e, refs] of byPred) {
    const els = new Set(refs.map((r) => truth.get(r)));
    if (els.size > 1) console.log(e, refs.map((r) => `${labelOf.get(r)}=${truth.get(r)}`).join(" | "));
  }
  console.log("\n-- gold elements split across predicted clusters --");
  const byGold = new Map<string, string[]>();
  for (const [r, e] of truth) byGold.set(e, [...(byGold.get(e) ?? []), r]);
  for (const [g, refs] of byGold) {
    const ps = new Set(refs.map((r) => ours.get(r)));
    if (ps.size > 1) console.log(g, refs.map((r) => `${labelOf.get(r)}→${ours.get(r)}`).join(" | "));
  }
  console.log("\n-- review queue (top 15) --");
  for (const r of result.review.slice(0, 15)) console.log(r.merged ? "merged" : "apart ", r.score, r.weight, labelOf.get(r.fieldA), "~", labelOf.get(r.fieldB), "::", r.reason);
  console.log("\n-- retirement (ours) --");
  for (const c of ro.cands) console.log(c.level, c.coverage.toFixed(3), c.formId, c.recommendation, c.mutualWith.join(","));
}

const predOut = arg("--pred");
if (predOut) {
  const pred = {
    forms: gold.forms.map((f) => ({
      ...f,
      fields: gold.fields.filter((g) => fileOf(g.ref) === f.file).map((g) => ({ ref: g.ref, label: g.label, path: g.path, type: g.type, unit: g.unit, element: ours.get(g.ref) })),
    })),
    elements: result.elements.map((e) => ({ id: e.id, name: e.name, fields: e.fieldIds })),
    retirement: ro.cands.map((c) => ({ file: c.formId, level: c.level, coverage: c.coverage, coveredBy: c.coveredBy })),
  };
  fs.writeFileSync(predOut, JSON.stringify(pred, null, 1));
}
