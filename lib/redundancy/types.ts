import type { Frequency } from "@/lib/domain";

export type FormStatus = "active" | "under_review" | "retired";

export interface RedundancyField {
  id: string;
  elementId: string;
  isRemark?: boolean;
  label?: string;
}

export interface RedundancyForm {
  id: string;
  file?: string;
  title?: string;
  department?: string;
  frequency: Frequency;
  status: FormStatus;
  fields: RedundancyField[];
}

export interface RetirementOptions {
  /** Villages that fill each form (load multiplier). Default 1. */
  villages?: number;
  /** Coverage at or above this (and below 1) is a partial candidate. Default 0.8. */
  partialAt?: number;
  /** Element aggregation (flow elements of a less frequent form can be summed from a more frequent one). */
  aggregation?: Record<string, "stock" | "flow">;
}

export interface CoveringField {
  formId: string;
  fieldId: string;
  label?: string;
  frequency: Frequency;
}

export interface CoverageEvidence {
  fieldId: string;
  elementId: string;
  label?: string;
  coveredBy: CoveringField[];
  /** True when the element is a flow collected more often elsewhere: this form's value is a sum of theirs. */
  isDerivable: boolean;
}

export interface DuplicateForm {
  formId: string;
  kind: "exact" | "near";
  /** Jaccard similarity of the two forms' element sets. */
  similarity: number;
  isOtherDepartment: boolean;
}

export interface RetirementCandidate {
  formId: string;
  file?: string;
  level: "full" | "partial";
  /** Share of distinct elements (备注 excluded) collected by another active form at the same or higher frequency. */
  coverage: number;
  elementCount: number;
  coveredElementCount: number;
  /** Forms that cover it, most elements covered first. */
  coveredBy: string[];
  evidence: CoverageEvidence[];
  uncovered: { fieldId: string; elementId: string; label?: string }[];
  duplicates: DuplicateForm[];
  /** Fields a village no longer types per year if the form goes: covered fields × times per year × villages. */
  loadRemoved: number;
  timesPerYear: number;
  /**
   * retire: safe to retire in ranking order; keep: the forms covering it are themselves being retired
   * (mutual coverage) — keep this one instead (see keepReason).
   */
  recommendation: "retire" | "keep";
  /** Forms this one and its coverers cover mutually (identical or near-identical forms). */
  mutualWith: string[];
  reasons: string[];
}
