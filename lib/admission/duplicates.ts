import type { Frequency } from "@/lib/domain";
import { isAtLeastAsFrequent } from "@/lib/periods";
import type { ClassifiedField } from "./types";

/** An admitted form that collects an element. */
export interface Collector {
  formId: string;
  title: string;
  departmentId: string;
  departmentName: string;
  frequency: Frequency;
}

export interface DuplicateField {
  fieldId: string;
  label: string;
  elementName: string | null;
  /** Other departments' admitted forms asking for the same datum at the same or a higher frequency. */
  forms: Collector[];
}

/**
 * Fields of a request that another department's admitted form already collects at the same or a higher frequency
 * (what 荆门 rejects outright). Only 已有 fields can be duplicates; forms are listed by department, then title.
 */
export function duplicateFields(input: { fields: ClassifiedField[]; departmentId: string; frequency: Frequency; collectors: ReadonlyMap<string, Collector[]> }): DuplicateField[] {
  const out: DuplicateField[] = [];
  for (const f of input.fields) {
    if (f.class !== "existing" || !f.elementId) continue;
    const forms = (input.collectors.get(f.elementId) ?? [])
      .filter((c) => c.departmentId !== input.departmentId && isAtLeastAsFrequent(c.frequency, input.frequency))
      .sort((a, b) => a.departmentName.localeCompare(b.departmentName, "zh-CN") || a.title.localeCompare(b.title, "zh-CN") || a.formId.localeCompare(b.formId));
    if (forms.length) out.push({ fieldId: f.fieldId, label: f.label, elementName: f.elementName, forms });
  }
  return out;
}

/**
 * A request that adds nothing (every field 已有): the admitted forms holding its data, so the department can be
 * pointed to the existing data instead. Each form once, the one covering most of the request's fields first.
 */
export function existingSources(fields: ClassifiedField[], collectors: ReadonlyMap<string, Collector[]>): { form: Collector; fields: number }[] | null {
  if (fields.length === 0 || fields.some((f) => f.class !== "existing")) return null;
  const byForm = new Map<string, { form: Collector; fields: number }>();
  for (const f of fields) {
    for (const c of new Map((collectors.get(f.elementId!) ?? []).map((c) => [c.formId, c])).values()) {
      const e = byForm.get(c.formId) ?? byForm.set(c.formId, { form: c, fields: 0 }).get(c.formId)!;
      e.fields++;
    }
  }
  return [...byForm.values()].sort((a, b) => b.fields - a.fields || a.form.title.localeCompare(b.form.title, "zh-CN") || a.form.formId.localeCompare(b.form.formId));
}
