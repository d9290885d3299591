import { and, asc, eq, inArray } from "drizzle-orm";
import type { OrgLevel } from "@/lib/domain";
import { buildExportUnits, type SourceField } from "@/lib/export/build-units";
import type { ExportUnit } from "@/lib/export/fill-template";
import { periodKind, periodsWithin, type PeriodKind } from "@/lib/periods";
import { elements, files, formFields, forms, orgUnits, persons, personValues, rosterEntries, submissions, values, type Form, type OrgUnit } from "../schema";
import type { DbOrTx } from "../types";
import { listOrgUnitsInSubtree } from "./org-units";

/** Read-only queries for exporting a department's form filled from the one form (no writes here). */

export interface FormExportSource {
  form: Form;
  fields: SourceField[];
  template: { name: string; bytes: Buffer };
}

/** A form with its fields (excluded ones left out) and their elements, plus the original template bytes. */
export async function getFormExportSource(db: DbOrTx, { formId }: { formId: string }): Promise<FormExportSource | null> {
  const [row] = await db.select({ form: forms, name: files.name, bytes: files.bytes }).from(forms).innerJoin(files, eq(files.id, forms.fileId)).where(eq(forms.id, formId));
  if (!row) return null;
  const fieldRows = await db
    .select({ field: formFields, element: { id: elements.id, name: elements.name, scope: elements.scope, aggregation: elements.aggregation } })
    .from(formFields)
    .leftJoin(elements, eq(elements.id, formFields.elementId))
    .where(and(eq(formFields.formId, formId), eq(formFields.excluded, false)))
    .orderBy(asc(formFields.position));
  const fields: SourceField[] = fieldRows.map(({ field, element }) => ({
    id: field.id,
    label: field.label,
    type: field.type,
    column: field.placement.column ?? null,
    valueCell: field.placement.valueCell ?? null,
    orgUnit: field.placement.orgUnit ?? null,
    unitFactor: field.unitFactor,
    sheet: field.ref.includes("!") ? field.ref.slice(0, field.ref.lastIndexOf("!")) : null,
    element: element?.id ? element : null,
  }));
  return { form: row.form, fields, template: { name: row.name, bytes: row.bytes } };
}

/** The villages/communities a form is filled by in its district, ordered by division code. */
export async function listFormUnits(db: DbOrTx, { districtPath, levels }: { districtPath: string; levels: OrgLevel[] }): Promise<OrgUnit[]> {
  return listOrgUnitsInSubtree(db, { path: districtPath, levels });
}

const RANK: Record<PeriodKind, number> = { day: 0, week: 1, month: 2, quarter: 3, half: 4, year: 5 };

/** Every period key the one form may have stored a form period's values under: itself and finer periods inside it. */
export function storedPeriodKeys(formPeriod: string): string[] {
  const kind = periodKind(formPeriod);
  if (!kind) return [];
  const kinds = (Object.keys(RANK) as PeriodKind[]).filter((k) => RANK[k] < RANK[kind]);
  return [formPeriod, ...kinds.flatMap((k) => periodsWithin(formPeriod, k))];
}

/** The records to write into the template: one per village (aggregate) or per listed resident (roster). */
export async function loadExportUnits(db: DbOrTx, { source, formPeriod, units }: { source: FormExportSource; formPeriod: string; units: Pick<OrgUnit, "id" | "name">[] }): Promise<ExportUnit[]> {
  const { form, fields } = source;
  const unitIds = units.map((u) => u.id);
  // A village table's elements are all read as the villages' (see buildExportUnits); a roster's by their scope.
  const unitElementIds = [...new Set(fields.filter((f) => f.element && (form.kind !== "roster" || f.element.scope === "unit")).map((f) => f.element!.id))];
  const personElementIds = [...new Set(fields.filter((f) => f.element?.scope === "person").map((f) => f.element!.id))];
  const unitValues =
    unitIds.length && unitElementIds.length
      ? await db
          .select({ orgUnitId: values.orgUnitId, elementId: values.elementId, periodKey: values.periodKey, value: values.value })
          .from(values)
          .where(and(eq(values.districtId, form.districtId), inArray(values.orgUnitId, unitIds), inArray(values.elementId, unitElementIds), inArray(values.periodKey, storedPeriodKeys(formPeriod))))
      : [];
  let rosterPersons: Awaited<ReturnType<typeof listRosterPersons>> = [];
  let personValueRows: { personId: string; elementId: string; value: string | number | boolean | null }[] = [];
  if (form.kind === "roster" && unitIds.length) {
    rosterPersons = await listRosterPersons(db, { formId: form.id, districtId: form.districtId, orgUnitIds: unitIds });
    const personIds = rosterPersons.map((p) => p.id);
    if (personIds.length && personElementIds.length) {
      personValueRows = await db
        .select({ personId: personValues.personId, elementId: personValues.elementId, value: personValues.value })
        .from(personValues)
        .where(and(eq(personValues.districtId, form.districtId), inArray(personValues.personId, personIds), inArray(personValues.elementId, personElementIds)));
    }
  }
  return buildExportUnits({
    kind: form.kind,
    formPeriod,
    fields,
    units,
    unitValues: unitValues.map((v) => ({ ...v, value: v.value ?? null })),
    persons: rosterPersons,
    personValues: personValueRows.map((v) => ({ ...v, value: v.value ?? null })),
  });
}

/** Residents a roster form lists in the given villages, in the order they were added. */
export async function listRosterPersons(db: DbOrTx, { formId, districtId, orgUnitIds }: { formId: string; districtId: string; orgUnitIds: string[] }) {
  if (orgUnitIds.length === 0) return [];
  return db
    .select({ id: persons.id, orgUnitId: persons.orgUnitId, name: persons.name, idNumber: persons.idNumber, sex: persons.sex, birthDate: persons.birthDate })
    .from(rosterEntries)
    .innerJoin(persons, eq(persons.id, rosterEntries.personId))
    .where(and(eq(rosterEntries.formId, formId), eq(rosterEntries.districtId, districtId), inArray(rosterEntries.orgUnitId, orgUnitIds)))
    .orderBy(asc(rosterEntries.addedAt), asc(persons.idNumber));
}

export type SubmissionState = "submitted" | "draft" | "notStarted";

export interface UnitSubmission {
  orgUnit: Pick<OrgUnit, "id" | "name" | "level" | "divisionCode" | "parentId">;
  townName: string | null;
  status: SubmissionState;
  submittedAt: Date | null;
}

/** Per village of the form's district: submitted, draft or not started for a period (who has not reported). */
export async function listSubmissionStatuses(db: DbOrTx, { form, districtPath, periodKey }: { form: Pick<Form, "id" | "districtId" | "targetLevels">; districtPath: string; periodKey: string }): Promise<UnitSubmission[]> {
  const units = await listFormUnits(db, { districtPath, levels: form.targetLevels });
  const rows = await db
    .select({ orgUnitId: submissions.orgUnitId, status: submissions.status, submittedAt: submissions.submittedAt })
    .from(submissions)
    .where(and(eq(submissions.districtId, form.districtId), eq(submissions.formId, form.id), eq(submissions.periodKey, periodKey)));
  const byUnit = new Map(rows.map((r) => [r.orgUnitId, r]));
  const parentIds = [...new Set(units.map((u) => u.parentId).filter((id): id is string => !!id))];
  const parents = parentIds.length ? await db.select({ id: orgUnits.id, name: orgUnits.name }).from(orgUnits).where(inArray(orgUnits.id, parentIds)) : [];
  const parentName = new Map(parents.map((p) => [p.id, p.name]));
  return units.map((u) => {
    const s = byUnit.get(u.id);
    return {
      orgUnit: { id: u.id, name: u.name, level: u.level, divisionCode: u.divisionCode, parentId: u.parentId },
      townName: u.parentId ? (parentName.get(u.parentId) ?? null) : null,
      // For the department, an approved form is submitted; one a reviewer returned is being corrected (a draft again).
      status: s ? (s.status === "approved" ? "submitted" : s.status === "returned" ? "draft" : s.status) : "notStarted",
      submittedAt: s?.submittedAt ?? null,
    };
  });
}
