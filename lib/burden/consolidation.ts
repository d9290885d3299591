import type { FieldType, Frequency, TargetLevel } from "../domain";
import type { DueRow } from "./calendar";
import type { MinutesModel } from "./minutes";

/** A form as the burden model sees it. `elementKey` is the field's element, or the field itself when unmatched. */
export interface BurdenForm {
  id: string;
  departmentId: string;
  frequency: Frequency;
  /** Retired forms still count "before" (what villages typed without OneForm), never "after". */
  isRetired: boolean;
  targetLevels: TargetLevel[];
  fields: { type: FieldType; elementKey: string; isStock: boolean }[];
}

export interface DepartmentLoad {
  departmentId: string;
  formsBefore: number;
  formsAfter: number;
  entriesBefore: number;
  entriesAfter: number;
  entriesPrefilled: number;
  minutesBefore: number;
  minutesAfter: number;
}

/**
 * Field entries one unit of `level` owes in `month`, by department, before and after consolidation.
 * Before: every form due, every field, every time. After: retired forms drop; each element is typed once
 * per period of the most frequent form asking for it that month (ties: the lowest form id drives it, and
 * its department carries the entry); stock elements come prefilled from the last value and are only
 * confirmed. The SQL in db/queries/burden.ts computes the same thing over stored rows.
 */
export function formLoadForMonth(forms: BurdenForm[], level: TargetLevel, month: string, calendar: DueRow[], minutes: MinutesModel): DepartmentLoad[] {
  const due = new Map<Frequency, number>();
  for (const row of calendar) if (row.month === month) due.set(row.frequency, (due.get(row.frequency) ?? 0) + 1);
  const out = new Map<string, DepartmentLoad>();
  const loadOf = (departmentId: string) =>
    out.get(departmentId) ??
    out.set(departmentId, { departmentId, formsBefore: 0, formsAfter: 0, entriesBefore: 0, entriesAfter: 0, entriesPrefilled: 0, minutesBefore: 0, minutesAfter: 0 }).get(departmentId)!;
  const drivers = new Map<string, { occ: number; formId: string; departmentId: string; type: FieldType; isStock: boolean }>();
  for (const form of forms) {
    const occ = due.get(form.frequency) ?? 0;
    if (occ === 0 || !form.targetLevels.includes(level)) continue;
    const load = loadOf(form.departmentId);
    load.formsBefore += occ;
    load.entriesBefore += occ * form.fields.length;
    load.minutesBefore += occ * (minutes.report + form.fields.reduce((s, f) => s + minutes.field[f.type], 0));
    if (form.isRetired) continue;
    load.formsAfter += occ;
    load.minutesAfter += occ * minutes.report;
    for (const f of form.fields) {
      const current = drivers.get(f.elementKey);
      if (!current || occ > current.occ || (occ === current.occ && form.id < current.formId)) {
        drivers.set(f.elementKey, { occ, formId: form.id, departmentId: form.departmentId, type: f.type, isStock: f.isStock });
      }
    }
  }
  for (const d of drivers.values()) {
    const load = loadOf(d.departmentId);
    load.entriesAfter += d.occ;
    if (d.isStock) {
      load.entriesPrefilled += d.occ;
      load.minutesAfter += d.occ * minutes.prefilled;
    } else {
      load.minutesAfter += d.occ * minutes.field[d.type];
    }
  }
  return [...out.values()].sort((a, b) => a.departmentId.localeCompare(b.departmentId));
}

/** The share of entries consolidation removed, 0–1 (0 when there was nothing to type). */
export function reductionShare(before: number, after: number): number {
  return before > 0 ? Math.max(0, (before - after) / before) : 0;
}
