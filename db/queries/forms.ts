import { and, asc, count, desc, eq, getTableColumns, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import type { Frequency, TargetLevel } from "@/lib/domain";
import { AppError } from "@/lib/errors";
import type { FormDefinition } from "@/lib/templates/types";
import { departments, elements, formFields, forms, type Form, type FormField, type FormStatus } from "../schema";
import type { DbOrTx, Tx } from "../types";

export interface NewFormInput {
  districtId: string;
  departmentId: string;
  fileId: string;
  definition: FormDefinition;
  /** Overrides of what the parser found (the catalog or the user's corrections). */
  frequency: Frequency;
  targetLevels: TargetLevel[];
  status: FormStatus;
  createdBy: string | null;
}

/** Stores a parsed form with all its fields. Run inside a transaction: a form is never half-saved. */
export async function insertForm(tx: Tx, input: NewFormInput): Promise<Form> {
  const { definition: d } = input;
  const [form] = await tx
    .insert(forms)
    .values({
      districtId: input.districtId,
      departmentId: input.departmentId,
      fileId: input.fileId,
      title: d.title,
      sheet: d.sheet,
      frequency: input.frequency,
      layout: d.layout,
      kind: d.kind,
      targetLevels: input.targetLevels,
      status: input.status,
      definition: { layoutInfo: d.layoutInfo, notes: d.notes, warnings: d.warnings, ...(d.parts ? { parts: d.parts } : {}) },
      createdBy: input.createdBy,
    })
    .returning();
  if (d.fields.length) {
    await tx.insert(formFields).values(
      d.fields.map((f, position) => ({
        formId: form.id,
        position,
        ref: f.ref,
        label: f.label,
        path: f.path,
        type: f.type,
        unit: f.unit,
        options: f.options ?? null,
        isRemark: f.isRemark,
        placement: { column: f.column, valueCell: f.valueCell, row: f.row, code: f.code, ...(f.orgUnit ? { orgUnit: f.orgUnit } : {}) },
      })),
    );
  }
  return form;
}

export interface FormFilter {
  districtId: string;
  departmentId?: string;
  frequency?: Frequency;
  status?: FormStatus;
  text?: string;
}

export interface FormListItem {
  form: Omit<Form, "definition">;
  departmentName: string;
  fieldCount: number;
}

export async function listForms(db: DbOrTx, filter: FormFilter): Promise<FormListItem[]> {
  const conditions: (SQL | undefined)[] = [
    eq(forms.districtId, filter.districtId),
    filter.departmentId ? eq(forms.departmentId, filter.departmentId) : undefined,
    filter.frequency ? eq(forms.frequency, filter.frequency) : undefined,
    filter.status ? eq(forms.status, filter.status) : undefined,
    filter.text ? or(ilike(forms.title, `%${escapeLike(filter.text)}%`), ilike(departments.name, `%${escapeLike(filter.text)}%`)) : undefined,
  ];
  const fieldCounts = db
    .select({ formId: formFields.formId, n: count().as("n") })
    .from(formFields)
    .where(eq(formFields.excluded, false))
    .groupBy(formFields.formId)
    .as("field_counts");
  const { definition: _definition, ...columns } = getTableColumns(forms);
  const rows = await db
    .select({ form: columns, departmentName: departments.name, fieldCount: sql<number>`coalesce(${fieldCounts.n}, 0)`.mapWith(Number) })
    .from(forms)
    .innerJoin(departments, eq(forms.departmentId, departments.id))
    .leftJoin(fieldCounts, eq(fieldCounts.formId, forms.id))
    .where(and(...conditions))
    .orderBy(asc(departments.name), desc(forms.createdAt));
  return rows;
}

export async function getFormById(db: DbOrTx, { id }: { id: string }): Promise<Form | null> {
  const [row] = await db.select().from(forms).where(eq(forms.id, id));
  return row ?? null;
}

export async function listFormFields(db: DbOrTx, { formId }: { formId: string }): Promise<FormField[]> {
  return db.select().from(formFields).where(eq(formFields.formId, formId)).orderBy(asc(formFields.position));
}

export async function listFieldsOfForms(db: DbOrTx, { formIds }: { formIds: string[] }): Promise<FormField[]> {
  if (formIds.length === 0) return [];
  return db.select().from(formFields).where(inArray(formFields.formId, formIds)).orderBy(asc(formFields.formId), asc(formFields.position));
}

export interface FormMetaChanges {
  id: string;
  version: number;
  title: string;
  departmentId: string;
  frequency: Frequency;
  kind: Form["kind"];
  targetLevels: TargetLevel[];
}

/** Saves the form's metadata if nobody changed it since `version` was read (optimistic concurrency). */
export async function updateFormMeta(tx: Tx, { id, version, ...changes }: FormMetaChanges): Promise<{ before: Form; after: Form }> {
  const before = await getFormById(tx, { id });
  if (!before) throw new AppError("notFound");
  const [after] = await tx
    .update(forms)
    .set({ ...changes, version: version + 1, updatedAt: new Date() })
    .where(and(eq(forms.id, id), eq(forms.version, version)))
    .returning();
  if (!after) throw new AppError("conflict");
  return { before, after };
}

export async function setFormStatus(tx: Tx, { id, status }: { id: string; status: FormStatus }): Promise<{ before: Form; after: Form }> {
  const before = await getFormById(tx, { id });
  if (!before) throw new AppError("notFound");
  const [after] = await tx
    .update(forms)
    .set({ status, version: before.version + 1, updatedAt: new Date() })
    .where(eq(forms.id, id))
    .returning();
  return { before, after };
}

export interface FieldCorrection {
  id: string;
  label: string;
  path: string[];
  type: FormField["type"];
  unit: string | null;
  excluded: boolean;
}

/** Applies a user's corrections to fields of one form (rename, retype, unit, exclude, header path). */
export async function correctFields(tx: Tx, { formId, corrections }: { formId: string; corrections: FieldCorrection[] }) {
  const current = await listFormFields(tx, { formId });
  const byId = new Map(current.map((f) => [f.id, f]));
  const changed: { before: FormField; after: FieldCorrection }[] = [];
  for (const c of corrections) {
    const before = byId.get(c.id);
    if (!before) throw new AppError("notFound");
    const same = before.label === c.label && before.type === c.type && before.unit === c.unit && before.excluded === c.excluded && JSON.stringify(before.path) === JSON.stringify(c.path);
    if (same) continue;
    await tx.update(formFields).set({ label: c.label, path: c.path, type: c.type, unit: c.unit, excluded: c.excluded }).where(eq(formFields.id, c.id));
    changed.push({ before, after: c });
  }
  return changed;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export interface FormFieldWithElement extends FormField {
  elementName: string | null;
}

/** A form's fields with the name of the element each was matched to (null while unmatched). */
export async function listFormFieldsWithElements(db: DbOrTx, { formId }: { formId: string }): Promise<FormFieldWithElement[]> {
  const rows = await db
    .select({ field: formFields, elementName: elements.name })
    .from(formFields)
    .leftJoin(elements, eq(formFields.elementId, elements.id))
    .where(eq(formFields.formId, formId))
    .orderBy(asc(formFields.position));
  return rows.map((r) => ({ ...r.field, elementName: r.elementName }));
}

/** Deletes a draft and its fields (the uploaded file stays: files are kept whole). Registered forms are never deleted here. */
export async function deleteDraftForm(tx: Tx, { id }: { id: string }): Promise<Form> {
  const before = await getFormById(tx, { id });
  if (!before) throw new AppError("notFound");
  const [deleted] = await tx
    .delete(forms)
    .where(and(eq(forms.id, id), eq(forms.status, "draft")))
    .returning();
  if (!deleted) throw new AppError("conflict");
  return before;
}
