import { FREQUENCIES } from "@/lib/domain";
import type { CoverageEvidence, CoveringField, RedundancyForm } from "./types";

/** The form's distinct elements, 备注 excluded. */
export function formElements(form: RedundancyForm): Set<string> {
  return new Set(form.fields.filter((f) => !f.isRemark).map((f) => f.elementId));
}

/**
 * element → fields of active forms collecting it. The entries are the very objects a coverage's evidence lists (no
 * copy per covered form: with 3,000 forms, 姓名 alone would be millions of copies).
 */
export function indexActiveFields(forms: RedundancyForm[]): Map<string, CoveringField[]> {
  const index = new Map<string, CoveringField[]>();
  for (const form of forms) {
    if (form.status !== "active") continue;
    for (const f of form.fields) {
      if (f.isRemark) continue;
      const list = index.get(f.elementId) ?? [];
      list.push({ formId: form.id, fieldId: f.id, label: f.label, frequency: form.frequency });
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
  // isAtLeastAsFrequent(c.frequency, form.frequency), with the form's rank looked up once (3,000 forms: millions of checks).
  const mine = FREQUENCIES.indexOf(form.frequency);
  for (const f of form.fields) {
    if (f.isRemark || seen.has(f.elementId)) continue;
    seen.add(f.elementId);
    const by = (index.get(f.elementId) ?? []).filter(
      (c) => c.formId !== form.id && FREQUENCIES.indexOf(c.frequency) <= mine && !excluded.has(c.formId),
    );
    if (by.length === 0) {
      uncovered.push({ fieldId: f.id, elementId: f.elementId, label: f.label });
      continue;
    }
    covered.add(f.elementId);
    const isDerivable = aggregation[f.elementId] === "flow" && by.some((c) => c.frequency !== form.frequency);
    evidence.push({ fieldId: f.id, elementId: f.elementId, label: f.label, coveredBy: by, isDerivable });
  }
  return { coverage: elements.size === 0 ? 0 : covered.size / elements.size, elementCount: elements.size, covered, evidence, uncovered };
}
