import type { Frequency } from "@/lib/domain";
import { findRetirementCandidates } from "./retirement-candidates";
import type { RetirementOptions } from "./types";

/** The analyze JSON's form shape, as far as retirement needs it. */
export interface AnalyzedFormInput {
  file: string;
  department?: string | null;
  frequency: Frequency | null;
  fields: { ref: string; label: string; element: string }[];
}

const isRemarkElement = (element: string, label: string) => element.startsWith("remark:") || /^备\s*注$/.test(label.trim());

/**
 * Adapter for the analyze pipeline (lib/analyze RetirementFinder): the bench `retirement` list from the
 * forms' element ids. Forms without a frequency count as 不定期 (adhoc), the least frequent.
 */
export function findRetirementForAnalyze(
  forms: AnalyzedFormInput[],
  options?: RetirementOptions,
): { file: string; level: "full" | "partial"; coverage: number; coveredBy: string[] }[] {
  const candidates = findRetirementCandidates(
    forms.map((f) => ({
      id: f.file,
      file: f.file,
      department: f.department ?? undefined,
      frequency: f.frequency ?? "adhoc",
      status: "active" as const,
      fields: f.fields.map((x) => ({ id: x.ref, elementId: x.element, label: x.label, isRemark: isRemarkElement(x.element, x.label) })),
    })),
    options,
  );
  return candidates.map((c) => ({ file: c.formId, level: c.level, coverage: c.coverage, coveredBy: c.coveredBy }));
}
