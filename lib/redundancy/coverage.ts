import { FREQUENCIES, type Frequency } from "@/lib/domain";
import type { CoverageEvidence, CoveringField, RedundancyForm } from "./types";

/** Times a form is filled per year, from its frequency (不定期 counted once). */
export const TIMES_PER_YEAR: Record<Frequency, number> = {
  daily: 365,
  weekly: 52,
  monthly: 12,
  quarterly: 4,
  semiannual: 2,
  annual: 1,
  adhoc: 1,
};

/** True when `a` is filled at least as often as `b` (daily > weekly > … > adhoc). */
export function isAtLeastAsFrequent(a: Frequency, b: Frequency): boolean {
  return FREQUENCIES.indexOf(a) <= FREQUENCIES.indexOf(b);
}

/** The form's distinct elements, 备注 excluded. */
export function formElements(form: RedundancyForm): Set<string> {
  return new Set(form.fields.filter((f) => !f.isRemark).map((f) => f.elementId));
}

/** element → fields of active forms collecting it. */
export function indexActiveFields(forms: RedundancyForm[]): Map<string, (CoveringField & { elementId: string })[]> {
  const index = new Map<string, (CoveringField & { elementId: string })[]>();
  for (const form of forms) {
    if (form.status !== "active") continue;
    for (const f of form.fields) {
      if (f.isRemark) continue;
      const list = index.get(f.elementId) ?? [];
      list.push({ formId: form.id, fieldId: f.id, label: f.label, frequency: form.frequency, elementId: f.elementId });
      index.set(f.elementId, list);
    }
  }
  return index;
}

export interface FormCoverage {
  coverage: number;
  elementCount: number;
  covered: Set<string>;
  evidence: CoverageEvidence[];
  uncovered: { fieldId: string; elementId: string; label?: string }[];
}

/** Coverage of one form by the other active forms at the same or a higher frequency. */
export function coverageOf(
  form: RedundancyForm,
  index: ReturnType<typeof indexActiveFields>,
  aggregation: Record<string, "stock" | "flow"> = {},
  excluded: Set<string> = new Set(),
): FormCoverage {
  const elements = formElements(form);
  const covered = new Set<string>();
  const evidence: CoverageEvidence[] = [];
  const uncovered: FormCoverage["uncovered"] = [];
  const seen = new Set<string>();
  for (const f of form.fields) {
    if (f.isRemark || seen.has(f.elementId)) continue;
    seen.add(f.elementId);
    const by = (index.get(f.elementId) ?? []).filter(
      (c) => c.formId !== form.id && !excluded.has(c.formId) && isAtLeastAsFrequent(c.frequency, form.frequency),
    );
    if (by.length === 0) {
      uncovered.push({ fieldId: f.id, elementId: f.elementId, label: f.label });
      continue;
    }
    covered.add(f.elementId);
    const isDerivable = aggregation[f.elementId] === "flow" && by.some((c) => c.frequency !== form.frequency);
    evidence.push({ fieldId: f.id, elementId: f.elementId, label: f.label, coveredBy: by.map(({ elementId: _e, ...c }) => c), isDerivable });
  }
  return { coverage: elements.size === 0 ? 0 : covered.size / elements.size, elementCount: elements.size, covered, evidence, uncovered };
}
