import { FREQUENCIES } from "@/lib/domain";
import { TIMES_PER_YEAR } from "@/lib/periods";
import { coverageOf, formElements, indexActiveFields } from "./coverage";
import type { DuplicateForm, RedundancyForm, RetirementCandidate, RetirementOptions } from "./types";

const NEAR_DUPLICATE = 0.8;

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 0 : inter / union;
}

function duplicatesOf(form: RedundancyForm, others: RedundancyForm[], elements: Map<string, Set<string>>): DuplicateForm[] {
  const mine = elements.get(form.id)!;
  const out: DuplicateForm[] = [];
  for (const o of others) {
    if (o.id === form.id) continue;
    const theirs = elements.get(o.id)!;
    // Jaccard ≤ smaller / larger size: most pairs are ruled out without comparing their elements.
    if (Math.min(mine.size, theirs.size) / Math.max(mine.size, theirs.size) < NEAR_DUPLICATE) continue;
    const s = jaccard(mine, theirs);
    if (s < NEAR_DUPLICATE) continue;
    out.push({
      formId: o.id,
      kind: s === 1 ? "exact" : "near",
      similarity: Math.round(s * 1000) / 1000,
      isOtherDepartment: !!form.department && !!o.department && form.department !== o.department,
    });
  }
  return out.sort((x, y) => y.similarity - x.similarity);
}

/**
 * Which active forms could be retired (清退) because other active forms already collect their elements at the
 * same or a higher frequency: full (coverage 1) and partial (≥ 0.8), with evidence, duplicates, the load removed,
 * and a safe retirement order that never retires every copy of a datum (mutual coverage keeps one form).
 */
export function findRetirementCandidates(forms: RedundancyForm[], options: RetirementOptions = {}): RetirementCandidate[] {
  const villages = options.villages ?? 1;
  const partialAt = options.partialAt ?? 0.8;
  const active = forms.filter((f) => f.status === "active");
  const index = indexActiveFields(forms);
  const elements = new Map(forms.map((f) => [f.id, formElements(f)]));
  const order = new Map(forms.map((f, i) => [f.id, i]));

  const candidates: RetirementCandidate[] = [];
  for (const form of active) {
    const cov = coverageOf(form, index, options.aggregation);
    if (cov.elementCount === 0 || cov.coverage < partialAt) continue;
    const byForm = new Map<string, number>();
    for (const e of cov.evidence) for (const c of new Set(e.coveredBy.map((x) => x.formId))) byForm.set(c, (byForm.get(c) ?? 0) + 1);
    const coveredBy = [...byForm.entries()].sort((a, b) => b[1] - a[1] || order.get(a[0])! - order.get(b[0])!).map(([id]) => id);
    const coveredFields = form.fields.filter((f) => !f.isRemark && cov.covered.has(f.elementId)).length;
    const times = TIMES_PER_YEAR[form.frequency];
    const duplicates = duplicatesOf(form, active, elements);
    const reasons: string[] = [];
    reasons.push(
      cov.coverage === 1
        ? `全部 ${cov.elementCount} 项数据已由其他表按相同或更高频次采集`
        : `${cov.elementCount} 项数据中 ${cov.covered.size} 项已由其他表采集（${Math.round(cov.coverage * 100)}%）`,
    );
    for (const d of duplicates) {
      reasons.push(`${d.kind === "exact" ? "与" : "与"}${d.formId}${d.kind === "exact" ? "完全重复" : `高度相似（${Math.round(d.similarity * 100)}%）`}${d.isOtherDepartment ? "，跨部门重复" : ""}`);
    }
    const derivable = cov.evidence.filter((e) => e.isDerivable).length;
    if (derivable > 0) reasons.push(`${derivable} 项为期间累计数，可由更高频次报表汇总得出`);
    candidates.push({
      formId: form.id,
      file: form.file,
      level: cov.coverage === 1 ? "full" : "partial",
      coverage: Math.round(cov.coverage * 10000) / 10000,
      elementCount: cov.elementCount,
      coveredElementCount: cov.covered.size,
      coveredBy,
      evidence: cov.evidence,
      uncovered: cov.uncovered,
      duplicates,
      loadRemoved: coveredFields * times * villages,
      timesPerYear: times,
      recommendation: "retire",
      mutualWith: [],
      reasons,
    });
  }
  planSafeRetirement(candidates, forms, options, order);
  return candidates.sort(
    (a, b) =>
      Number(a.recommendation === "keep") - Number(b.recommendation === "keep") ||
      b.loadRemoved - a.loadRemoved ||
      order.get(a.formId)! - order.get(b.formId)!,
  );
}

/**
 * Walks full candidates from the one whose loss is cheapest to keep (least frequent, fewest elements, latest)
 * and retires it only if its elements stay covered by forms not yet retired; otherwise it is the copy to keep.
 */
function planSafeRetirement(
  candidates: RetirementCandidate[],
  forms: RedundancyForm[],
  options: RetirementOptions,
  order: Map<string, number>,
): void {
  const formById = new Map(forms.map((f) => [f.id, f]));
  const index = indexActiveFields(forms);
  const retired = new Set<string>();
  const full = candidates.filter((c) => c.level === "full");
  const freq = (id: string) => FREQUENCIES.indexOf(formById.get(id)!.frequency);
  full.sort(
    (a, b) => freq(b.formId) - freq(a.formId) || a.elementCount - b.elementCount || order.get(b.formId)! - order.get(a.formId)!,
  );
  for (const c of full) {
    const cov = coverageOf(formById.get(c.formId)!, index, options.aggregation, retired);
    if (cov.coverage === 1) {
      retired.add(c.formId);
      continue;
    }
    c.recommendation = "keep";
    c.mutualWith = c.coveredBy.filter((id) => retired.has(id));
    c.reasons.push(`与 ${c.mutualWith.join("、")} 互相覆盖：其一清退后本表须保留，否则数据无人采集`);
  }
  const kept = full.filter((k) => k.recommendation === "keep");
  for (const c of full) {
    if (c.recommendation !== "retire") continue;
    const keepers = kept.filter((k) => k.mutualWith.includes(c.formId)).map((k) => k.formId);
    if (keepers.length) {
      c.mutualWith = keepers;
      c.reasons.push(`与 ${keepers.join("、")} 互相覆盖，建议清退本表、保留对方`);
    }
  }
}
