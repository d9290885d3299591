import type { FieldType, FormKind, Frequency, OrgLevel, TargetLevel } from "../domain";

/** A JSON scalar as stored in `values.value` / `person_values.value`. */
export type Scalar = string | number | boolean | null;
export type ValueSource = "entered" | "carried" | "imported" | "derived" | "pushed";

/** What the one form needs of a form (plain data, from the database or a test). */
export interface OneFormForm {
  id: string;
  title: string;
  departmentId: string;
  departmentName: string;
  frequency: Frequency;
  kind: FormKind;
  status: "draft" | "active" | "under_review" | "retired";
  targetLevels: TargetLevel[];
}

export interface OneFormField {
  id: string;
  formId: string;
  elementId: string | null;
  label: string;
  path: string[];
  position: number;
  isRemark: boolean;
  excluded: boolean;
  /**
   * Set on a field that moved here from a form merged (并入) into this one: nobody else collects it, so the
   * villages keep being asked for it as part of this form. `formId` of the field is the target's.
   */
  carriedFrom?: { formId: string; title: string } | null;
}

export interface OneFormElement {
  id: string;
  name: string;
  type: FieldType;
  unit: string | null;
  scope: "person" | "unit";
  aggregation: "stock" | "flow";
  options: string[] | null;
  /** Set by an official; otherwise the section is inferred (see sections.ts). */
  section: string | null;
}

export interface OneFormUnit {
  id: string;
  level: OrgLevel;
}

/** A department's pushed value (数据回流) of an item, as the one form shows it: source department and date. */
export interface PushedValue {
  value: Scalar;
  departmentName: string;
  pushedAt: Date | string;
}

/** A stored value of an element for one period. */
export interface StoredValue {
  value: Scalar;
  source: ValueSource;
  version: number;
  updatedBy?: string | null;
  updatedByName?: string | null;
  updatedAt?: Date | string | null;
}
