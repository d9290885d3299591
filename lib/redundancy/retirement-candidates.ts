import { FREQUENCIES } from "@/lib/domain";
import { TIMES_PER_YEAR } from "@/lib/periods";
import { coverageOf, formElements, indexActiveFields } from "./coverage";
import type { DuplicateForm, RedundancyForm, RetirementCandidate, RetirementOptions } from "./types";

const NEAR_DUPLICATE = 0.8;

/**
 * Active forms sharing elements, for the near-duplicate check: instead of intersecting the form with every other
 * form (3,000 forms: 9 million set intersections), each element lists the forms carrying it and the shared counts
 * are added up per form. The similarity is the same Jaccard index: shared / (mine + theirs − shared).
 */
class SharedElements {
  private readonly formsOf = new Map<string, number[]>();
  private readonly counts: Int32Array;

  constructor(
    private readonly active: RedundancyForm[],
    private readonly elements: Map<string, Set<string>>,
  ) {
    this.counts = new Int32Array(active.length);
    active.forEach((f, i) => {
      for (const e of elements.get(f.id)!) (this.formsOf.get(e) ?? this.formsOf.set(e, []).get(e)!).push(i);
    });
  }

  duplicatesOf(form: RedundancyForm): DuplicateForm[] {
    const mine = this.elements.get(form.id)!;
    const touched: number[] = [];
    for (const e of mine) {
      for (const i of this.formsOf.get(e) ?? []) if (this.counts[i]++ === 0) touched.push(i);
    }
    // In the order of the active forms (the sort below is stable: ties keep it).
    touched.sort((a, b) => a - b);
    const out: DuplicateForm[] = [];
    for (const i of touched) {
      const shared = this.counts[i];
      this.counts[i] = 0;
      const o = this.active[i];
      if (o.id === form.id) continue;
      const union = mine.size + this.elements.get(o.id)!.size - shared;
      const s = union === 0 ? 0 : shared / union;
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
}

/** Covering forms, most covered elements first (ties: earlier form first); an element's fields on one form count once. */
function coveringForms(evidence: { coveredBy: { formId: string }[] }[], order: Map<string, number>): string[] {
  const count = new Map<string, number>();
  const lastSeen = new Map<string, number>();
  evidence.forEach((e, k) => {
    for (const { formId } of e.coveredBy) {
      if (lastSeen.get(formId) === k) continue;
      lastSeen.set(formId, k);
      count.set(formId, (count.get(formId) ?? 0) + 1);
    }
  });
  return [...count]
    .map(([id, n]) => ({ id, n, at: order.get(id)! }))
    .sort((a, b) => b.n - a.n || a.at - b.at)
    .map((c) => c.id);
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
  const shared = new SharedElements(active, elements);

  const candidates: RetirementCandidate[] = [];
  for (const form of active) {
    const cov = coverageOf(form, index, options.aggregation);
    if (cov.elementCount === 0 || cov.coverage < partialAt) continue;
    const coveredBy = coveringForms(cov.evidence, order);
    const coveredFields = form.fields.filter((f) => !f.isRemark && cov.covered.has(f.elementId)).length;
    const times = TIMES_PER_YEAR[form.frequency];
    const duplicates = shared.duplicatesOf(form);
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
