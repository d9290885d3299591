import type { FieldType, Frequency, TargetLevel } from "@/lib/domain";

export const ADMISSION_STATUSES = ["pending", "approved", "approved_with_changes", "rejected"] as const;
export type AdmissionStatus = (typeof ADMISSION_STATUSES)[number];

/** 已有 (the villages already give it through an admitted form: cost 0), 新增 (new data), 待确认 (uncertain match). */
export const FIELD_CLASSES = ["existing", "new", "uncertain"] as const;
export type FieldClass = (typeof FIELD_CLASSES)[number];

/** One field of a requested form, as classified at submission. */
export interface ClassifiedField {
  fieldId: string;
  label: string;
  path: string[];
  type: FieldType;
  class: FieldClass;
  /** The element of admitted forms it matched (existing) or may match (uncertain). */
  elementId: string | null;
  elementName: string | null;
  score: number | null;
  reason: string | null;
}

/** 表号, 制定机关, 批准文号, 有效期至 as found in the template's meta texts (null when absent). */
export interface LegalMarks {
  formNumber: string | null;
  authority: string | null;
  approvalNumber: string | null;
  /** As written (2027年12月); `validUntilDate` is its last day as yyyy-MM-dd when it could be read. */
  validUntil: string | null;
  validUntilDate: string | null;
}

/** What is stored with a request: the classification and legal marks of the form at submission time. */
export interface AdmissionAnalysis {
  fields: ClassifiedField[];
  legal: LegalMarks;
  analyzedAt: string;
}

/** A form as the load arithmetic sees it. */
export interface LoadForm {
  frequency: Frequency;
  targetLevels: TargetLevel[];
  fields: { type: FieldType }[];
}
