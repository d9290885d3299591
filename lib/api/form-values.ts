import type { FieldType, FormKind, Frequency } from "@/lib/domain";
import type { SourceField } from "@/lib/export/build-units";
import { isUnitNameField, toFieldUnit, type ExportUnit } from "@/lib/export/fill-template";
import type { ExportScalar } from "@/lib/export/sanitize-cell";

/** Field types whose values are personal data read in full (公民身份号码, phone numbers). */
const PERSONAL_TYPES: ReadonlySet<FieldType> = new Set(["idcard", "phone"]);

export type ApiScalar = string | number | boolean;

export interface ApiUnitInput {
  id: string;
  name: string;
  divisionCode: string;
  townName: string | null;
  status: "submitted" | "draft" | "notStarted";
  submittedAt: Date | null;
}

export interface FormValuesInput {
  form: { id: string; title: string; departmentName: string; frequency: Frequency; kind: FormKind };
  period: string;
  fields: SourceField[];
  /** The villages, in output order, with their 报送情况. */
  units: ApiUnitInput[];
  /** The export's records of the same villages in the same order (values in the elements' units). */
  exportUnits: ExportUnit[];
}

export interface FormValuesDocument {
  form: { id: string; title: string; department: string; frequency: Frequency; kind: FormKind; period: string };
  fields: { id: string; label: string; type: FieldType; element: { id: string; name: string } | null }[];
  units: {
    orgUnit: { id: string; name: string; divisionCode: string; town: string | null };
    status: ApiUnitInput["status"];
    submittedAt: string | null;
    records: Record<string, ApiScalar>[];
  }[];
}

/** What a response carried of residents' personal data: the audit row of the read lists it. */
export interface PersonalDataRead {
  /** Roster rows (one per listed resident) returned. */
  persons: number;
  /** ID-number and phone fields returned with at least one value, with how many values. */
  fields: { id: string; label: string; type: FieldType; values: number }[];
}

function toJsonScalar(value: ExportScalar): ApiScalar | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value;
}

/**
 * The API's JSON of a form's filled values: the very records the department's .xlsx export writes
 * (same fields, same values in the form's own units, the village's name in its name column), per village.
 * Pure: the caller loads the export's records (db/queries/export.ts).
 */
export function formValuesDocument(input: FormValuesInput): { document: FormValuesDocument; personal: PersonalDataRead } {
  const personalCounts = new Map<string, number>();
  const units = input.units.map((unit, i) => {
    const records = (input.exportUnits[i]?.records ?? []).map((record) => {
      const out: Record<string, ApiScalar> = {};
      for (const field of input.fields) {
        const value = isUnitNameField(field) && record[field.id] === undefined ? unit.name : toJsonScalar(toFieldUnit(record[field.id], field));
        if (value === undefined) continue;
        out[field.id] = value;
        if (PERSONAL_TYPES.has(field.type)) personalCounts.set(field.id, (personalCounts.get(field.id) ?? 0) + 1);
      }
      return out;
    });
    return {
      orgUnit: { id: unit.id, name: unit.name, divisionCode: unit.divisionCode, town: unit.townName },
      status: unit.status,
      submittedAt: unit.submittedAt ? unit.submittedAt.toISOString() : null,
      records,
    };
  });
  const document: FormValuesDocument = {
    form: { id: input.form.id, title: input.form.title, department: input.form.departmentName, frequency: input.form.frequency, kind: input.form.kind, period: input.period },
    fields: input.fields.map((f) => ({ id: f.id, label: f.label, type: f.type, element: f.element ? { id: f.element.id, name: f.element.name } : null })),
    units,
  };
  const personal: PersonalDataRead = {
    persons: input.form.kind === "roster" ? units.reduce((n, u) => n + u.records.length, 0) : 0,
    fields: input.fields.filter((f) => personalCounts.has(f.id)).map((f) => ({ id: f.id, label: f.label, type: f.type, values: personalCounts.get(f.id)! })),
  };
  return { document, personal };
}

/** A read is audited as access to personal data when it returned any resident or any ID / phone value. */
export function readsPersonalData(personal: PersonalDataRead): boolean {
  return personal.persons > 0 || personal.fields.length > 0;
}
