import { and, asc, count, desc, eq, inArray, like, sql } from "drizzle-orm";
import {
  addedLoad,
  checkLegalMarks,
  diffForms,
  duplicateFields,
  existingSources,
  formsLoad,
  readLegalMarks,
  targetUnits,
  type AddedLoad,
  type Collector,
  type DuplicateField,
  type FieldClass,
  type FormDiff,
  type LegalIssue,
  type LegalMarks,
  type UnitsByLevel,
  type YearlyLoad,
} from "@/lib/admission";
import type { MinutesModel } from "@/lib/burden/minutes";
import type { Frequency, TargetLevel } from "@/lib/domain";
import { admissionRequests, departments, formFields, forms, orgUnits, users, type AdmissionRequest, type Form } from "../schema";
import type { DbOrTx } from "../types";
import { ADMITTED_STATUSES } from "./admission";
import { getMinutesModel } from "./burden";

export interface AdmissionListItem {
  id: string;
  formId: string;
  formTitle: string;
  departmentName: string;
  status: AdmissionRequest["status"];
  requestedFrequency: Frequency;
  isNewVersion: boolean;
  counts: Record<FieldClass, number>;
  submittedAt: Date;
  decidedAt: Date | null;
}

/** A district's requests (a department's only, when given), open ones first, newest first. */
export async function listAdmissionRequests(db: DbOrTx, { districtId, departmentId }: { districtId: string; departmentId?: string | null }): Promise<AdmissionListItem[]> {
  const rows = await db
    .select({ request: admissionRequests, formTitle: forms.title, departmentName: departments.name })
    .from(admissionRequests)
    .innerJoin(forms, eq(forms.id, admissionRequests.formId))
    .innerJoin(departments, eq(departments.id, admissionRequests.departmentId))
    .where(and(eq(admissionRequests.districtId, districtId), departmentId ? eq(admissionRequests.departmentId, departmentId) : undefined))
    .orderBy(sql`(${admissionRequests.status} = 'pending') desc`, desc(admissionRequests.submittedAt), asc(admissionRequests.id))
    .limit(500);
  return rows.map(({ request: r, formTitle, departmentName }) => {
    const counts = { existing: 0, new: 0, uncertain: 0 };
    for (const f of r.analysis.fields) counts[f.class]++;
    return { id: r.id, formId: r.formId, formTitle, departmentName, status: r.status, requestedFrequency: r.requestedFrequency, isNewVersion: r.previousFormId !== null, counts, submittedAt: r.submittedAt, decidedAt: r.decidedAt };
  });
}

/** Villages and communities of a district by level. */
export async function countUnitsByLevel(db: DbOrTx, { districtPath }: { districtPath: string }): Promise<UnitsByLevel> {
  const rows = await db
    .select({ level: orgUnits.level, n: count() })
    .from(orgUnits)
    .where(and(like(orgUnits.path, `${districtPath}%`), inArray(orgUnits.level, ["village", "community"])))
    .groupBy(orgUnits.level);
  return Object.fromEntries(rows.map((r) => [r.level, Number(r.n)]));
}

/** Admitted forms collecting each of these elements (kept fields only). */
async function collectorsOf(db: DbOrTx, { districtId, elementIds }: { districtId: string; elementIds: string[] }): Promise<Map<string, Collector[]>> {
  const out = new Map<string, Collector[]>();
  if (elementIds.length === 0) return out;
  const rows = await db
    .selectDistinct({ elementId: formFields.elementId, formId: forms.id, title: forms.title, departmentId: forms.departmentId, departmentName: departments.name, frequency: forms.frequency })
    .from(formFields)
    .innerJoin(forms, eq(forms.id, formFields.formId))
    .innerJoin(departments, eq(departments.id, forms.departmentId))
    .where(and(eq(forms.districtId, districtId), inArray(forms.status, [...ADMITTED_STATUSES]), eq(formFields.excluded, false), inArray(formFields.elementId, elementIds)))
    .orderBy(asc(forms.id));
  for (const { elementId, ...c } of rows) (out.get(elementId!) ?? out.set(elementId!, []).get(elementId!)!).push(c);
  return out;
}

/** The load a department's admitted forms impose now (kept fields × target units × submissions a year). */
async function departmentLoad(db: DbOrTx, input: { districtId: string; departmentId: string; units: UnitsByLevel; minutes: MinutesModel; except?: string }): Promise<YearlyLoad & { forms: number }> {
  const rows = await db
    .select({ formId: forms.id, frequency: forms.frequency, targetLevels: forms.targetLevels, type: formFields.type })
    .from(forms)
    .innerJoin(formFields, and(eq(formFields.formId, forms.id), eq(formFields.excluded, false)))
    .where(and(eq(forms.districtId, input.districtId), eq(forms.departmentId, input.departmentId), inArray(forms.status, [...ADMITTED_STATUSES])));
  const byForm = new Map<string, { frequency: Frequency; targetLevels: TargetLevel[]; fields: { type: (typeof rows)[number]["type"] }[] }>();
  for (const r of rows) (byForm.get(r.formId) ?? byForm.set(r.formId, { frequency: r.frequency, targetLevels: r.targetLevels, fields: [] }).get(r.formId)!).fields.push({ type: r.type });
  return { ...formsLoad([...byForm.values()], input.units, input.minutes), forms: byForm.size };
}

export interface AdmissionReview {
  request: AdmissionRequest;
  form: Pick<Form, "id" | "title" | "status" | "frequency" | "targetLevels" | "kind" | "departmentId">;
  departmentName: string;
  submittedByName: string | null;
  decidedByName: string | null;
  units: number;
  minutes: MinutesModel;
  load: AddedLoad;
  /** With the decision applied (dropped fields, admitted frequency), once decided. */
  admittedLoad: AddedLoad | null;
  departmentLoad: YearlyLoad & { forms: number };
  duplicates: DuplicateField[];
  /** Every field already collected: the admitted forms holding the data. null when something is new. */
  existingSources: { form: Collector; fields: number }[] | null;
  legal: LegalMarks;
  legalIssues: LegalIssue[];
  previous: { id: string; title: string; status: Form["status"]; frequency: Frequency; diff: FormDiff } | null;
}

/** Everything the admission page shows for one request, read in a few queries (the classification is stored). */
export async function getAdmissionReview(db: DbOrTx, { request, today }: { request: AdmissionRequest; today: string }): Promise<AdmissionReview | null> {
  const [row] = await db
    .select({ form: forms, departmentName: departments.name, districtPath: orgUnits.path })
    .from(forms)
    .innerJoin(departments, eq(departments.id, forms.departmentId))
    .innerJoin(orgUnits, eq(orgUnits.id, forms.districtId))
    .where(eq(forms.id, request.formId));
  if (!row) return null;
  const { form } = row;
  const fields = request.analysis.fields;
  const elementIds = [...new Set(fields.filter((f) => f.class === "existing" && f.elementId).map((f) => f.elementId!))];
  const people = [request.submittedBy, request.decidedBy].filter((id): id is string => id !== null);
  const names = people.length ? await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, people)) : [];
  const [unitsByLevel, minutes, collectors, previous] = await Promise.all([
    countUnitsByLevel(db, { districtPath: row.districtPath }),
    getMinutesModel(db, { districtId: request.districtId }),
    collectorsOf(db, { districtId: request.districtId, elementIds }),
    request.previousFormId ? previousVersion(db, { previousFormId: request.previousFormId, formId: form.id }) : null,
  ]);
  const units = targetUnits(form.targetLevels, unitsByLevel);
  const decided = request.status === "approved" || request.status === "approved_with_changes";
  const legal = request.analysis.legal ?? readLegalMarks(form.definition.notes);
  return {
    request,
    form: { id: form.id, title: form.title, status: form.status, frequency: form.frequency, targetLevels: form.targetLevels, kind: form.kind, departmentId: form.departmentId },
    departmentName: row.departmentName,
    submittedByName: names.find((n) => n.id === request.submittedBy)?.name ?? null,
    decidedByName: names.find((n) => n.id === request.decidedBy)?.name ?? null,
    units,
    minutes,
    load: addedLoad({ fields, frequency: request.requestedFrequency, units, minutes }),
    admittedLoad: decided ? addedLoad({ fields, dropped: new Set(request.droppedFieldIds), frequency: request.admittedFrequency ?? request.requestedFrequency, units, minutes }) : null,
    departmentLoad: await departmentLoad(db, { districtId: request.districtId, departmentId: request.departmentId, units: unitsByLevel, minutes }),
    duplicates: duplicateFields({ fields, departmentId: request.departmentId, frequency: request.requestedFrequency, collectors }),
    existingSources: existingSources(fields, collectors),
    legal,
    legalIssues: checkLegalMarks(legal, today),
    previous,
  };
}

async function previousVersion(db: DbOrTx, { previousFormId, formId }: { previousFormId: string; formId: string }) {
  const [prev] = await db.select({ id: forms.id, title: forms.title, status: forms.status, frequency: forms.frequency }).from(forms).where(eq(forms.id, previousFormId));
  if (!prev) return null;
  const rows = await db
    .select({ id: formFields.id, formId: formFields.formId, ref: formFields.ref, label: formFields.label, path: formFields.path, type: formFields.type, unit: formFields.unit })
    .from(formFields)
    .where(and(inArray(formFields.formId, [previousFormId, formId]), eq(formFields.excluded, false)))
    .orderBy(asc(formFields.position));
  const of = (id: string) => rows.filter((r) => r.formId === id).map(({ formId: _f, ...r }) => r);
  return { ...prev, diff: diffForms(of(previousFormId), of(formId)) };
}

export interface CatalogItem {
  formId: string;
  title: string;
  departmentName: string;
  frequency: Frequency;
  targetLevels: TargetLevel[];
  fieldCount: number;
  status: Form["status"];
  legal: LegalMarks;
  /** The request that admitted it; null for forms registered before the gate (counted as admitted). */
  admission: { status: AdmissionRequest["status"]; decidedAt: Date | null; decidedByName: string | null } | null;
}

/** 准入目录: the district's admitted forms, by department and title, each with its legal marks and how it was admitted. */
export async function listAdmittedCatalog(db: DbOrTx, { districtId }: { districtId: string }): Promise<CatalogItem[]> {
  const fieldCounts = db.select({ formId: formFields.formId, n: count().as("n") }).from(formFields).where(eq(formFields.excluded, false)).groupBy(formFields.formId).as("field_counts");
  const rows = await db
    .select({
      formId: forms.id,
      title: forms.title,
      departmentName: departments.name,
      frequency: forms.frequency,
      targetLevels: forms.targetLevels,
      status: forms.status,
      notes: sql<string[]>`${forms.definition} -> 'notes'`,
      fieldCount: sql<number>`coalesce(${fieldCounts.n}, 0)`.mapWith(Number),
    })
    .from(forms)
    .innerJoin(departments, eq(departments.id, forms.departmentId))
    .leftJoin(fieldCounts, eq(fieldCounts.formId, forms.id))
    .where(and(eq(forms.districtId, districtId), inArray(forms.status, [...ADMITTED_STATUSES])))
    .orderBy(asc(departments.name), asc(forms.title), asc(forms.id));
  const decisions = rows.length
    ? await db
        .select({ formId: admissionRequests.formId, status: admissionRequests.status, decidedAt: admissionRequests.decidedAt, decidedByName: users.displayName })
        .from(admissionRequests)
        .leftJoin(users, eq(users.id, admissionRequests.decidedBy))
        .where(and(eq(admissionRequests.districtId, districtId), inArray(admissionRequests.status, ["approved", "approved_with_changes"])))
    : [];
  const admissionOf = new Map(decisions.map((d) => [d.formId, { status: d.status, decidedAt: d.decidedAt, decidedByName: d.decidedByName }]));
  return rows.map(({ notes, ...r }) => ({ ...r, legal: readLegalMarks(Array.isArray(notes) ? notes : []), admission: admissionOf.get(r.formId) ?? null }));
}
