import { and, asc, desc, eq, ilike, inArray, sql } from "drizzle-orm";

import type { Frequency } from "@/lib/domain";
import { departments, elements, formFields, forms, matchReviews, orgUnits, type Element } from "../schema";
import type { DbOrTx } from "../types";

export interface ElementListItem {
  element: Element;
  fieldCount: number;
  formCount: number;
  departmentCount: number;
  /** Frequencies of the forms asking for it (one entry per field), for "entries saved". */
  frequencies: Frequency[];
}

/** The district's catalog, elements asked by the most forms first. */
export async function listElements(db: DbOrTx, { districtId, text, limit = 500 }: { districtId: string; text?: string; limit?: number }): Promise<ElementListItem[]> {
  const rows = await db
    .select({
      element: elements,
      fieldCount: sql<number>`count(${formFields.id})`.mapWith(Number),
      formCount: sql<number>`count(distinct ${forms.id})`.mapWith(Number),
      departmentCount: sql<number>`count(distinct ${forms.departmentId})`.mapWith(Number),
      frequencies: sql<Frequency[]>`coalesce(json_agg(${forms.frequency}) filter (where ${forms.status} <> 'retired'), '[]'::json)`,
    })
    .from(elements)
    .innerJoin(formFields, eq(formFields.elementId, elements.id))
    .innerJoin(forms, eq(formFields.formId, forms.id))
    .where(and(eq(elements.districtId, districtId), text ? ilike(elements.name, `%${text.replace(/[\\%_]/g, "\\$&")}%`) : undefined))
    .groupBy(elements.id)
    .orderBy(desc(sql`count(distinct ${forms.id})`), asc(elements.name))
    .limit(limit);
  return rows;
}

export async function getElementById(db: DbOrTx, { id }: { id: string }): Promise<Element | null> {
  const [row] = await db.select().from(elements).where(eq(elements.id, id));
  return row ?? null;
}

/** Path of the district an element belongs to, for authorization. */
export async function getElementDistrictPath(db: DbOrTx, { id }: { id: string }): Promise<string | null> {
  const [row] = await db.select({ path: orgUnits.path }).from(elements).innerJoin(orgUnits, eq(elements.districtId, orgUnits.id)).where(eq(elements.id, id));
  return row?.path ?? null;
}

export interface FieldWithForm {
  fieldId: string;
  label: string;
  path: string[];
  type: string;
  unit: string | null;
  elementId: string | null;
  matchScore: number | null;
  matchReason: string | null;
  matchSource: string | null;
  formId: string;
  formTitle: string;
  formStatus: string;
  frequency: Frequency;
  departmentName: string;
  districtId: string;
}

function fieldsWithForms(db: DbOrTx) {
  return db
    .select({
      fieldId: formFields.id,
      label: formFields.label,
      path: formFields.path,
      type: formFields.type,
      unit: formFields.unit,
      elementId: formFields.elementId,
      matchScore: formFields.matchScore,
      matchReason: formFields.matchReason,
      matchSource: formFields.matchSource,
      formId: forms.id,
      formTitle: forms.title,
      formStatus: forms.status,
      frequency: forms.frequency,
      departmentName: departments.name,
      districtId: forms.districtId,
    })
    .from(formFields)
    .innerJoin(forms, eq(formFields.formId, forms.id))
    .innerJoin(departments, eq(forms.departmentId, departments.id));
}

export async function listFieldsOfElement(db: DbOrTx, { elementId }: { elementId: string }): Promise<FieldWithForm[]> {
  return fieldsWithForms(db).where(eq(formFields.elementId, elementId)).orderBy(asc(departments.name), asc(forms.title));
}

export async function getFieldsWithForms(db: DbOrTx, { ids }: { ids: string[] }): Promise<FieldWithForm[]> {
  if (ids.length === 0) return [];
  return fieldsWithForms(db).where(inArray(formFields.id, ids));
}

export interface ReviewItem {
  id: number;
  score: number;
  reason: string;
  merged: boolean;
  weight: number;
  /** Pairs one answer decides (more than 1 for a group suggestion). */
  pairs: number;
  a: FieldWithForm;
  b: FieldWithForm;
  /** The elements the two fields sit in now, with how many fields each has. */
  elementA: ReviewElement | null;
  elementB: ReviewElement | null;
}

export interface ReviewElement {
  id: string;
  name: string;
  fieldCount: number;
}

/**
 * The review queue: suggestions of the latest analysis, best first (in the order the matcher returned them).
 * `text` keeps the suggestions one of whose fields or forms mentions it (a form's title, a field's label).
 */
export async function listReviewQueue(db: DbOrTx, { districtId, limit = 50, text }: { districtId: string; limit?: number; text?: string }): Promise<ReviewItem[]> {
  const needle = text?.replace(/\s+/g, "") || null;
  const matches = sql`exists (select 1 from ${formFields} ff join ${forms} fo on fo.id = ff.form_id where ff.id in (${matchReviews.fieldA}, ${matchReviews.fieldB}) and (position(${needle} in fo.title) > 0 or position(${needle} in replace(ff.label, ' ', '')) > 0))`;
  const reviews = await db
    .select()
    .from(matchReviews)
    .where(needle ? and(eq(matchReviews.districtId, districtId), matches) : eq(matchReviews.districtId, districtId))
    .orderBy(desc(matchReviews.weight), asc(matchReviews.id))
    .limit(limit);
  const fields = await getFieldsWithForms(db, { ids: reviews.flatMap((r) => [r.fieldA, r.fieldB]) });
  const byId = new Map(fields.map((f) => [f.fieldId, f]));
  const elementIds = [...new Set(fields.map((f) => f.elementId).filter((id): id is string => !!id))];
  const counted = elementIds.length
    ? await db
        .select({ id: elements.id, name: elements.name, fieldCount: sql<number>`count(${formFields.id})`.mapWith(Number) })
        .from(elements)
        .leftJoin(formFields, and(eq(formFields.elementId, elements.id), eq(formFields.excluded, false)))
        .where(inArray(elements.id, elementIds))
        .groupBy(elements.id, elements.name)
    : [];
  const elementById = new Map(counted.map((e) => [e.id, e]));
  const elementOf = (f: FieldWithForm) => (f.elementId ? (elementById.get(f.elementId) ?? null) : null);
  return reviews
    .filter((r) => byId.has(r.fieldA) && byId.has(r.fieldB))
    .map((r) => {
      const a = byId.get(r.fieldA)!;
      const b = byId.get(r.fieldB)!;
      return { id: r.id, score: r.score, reason: r.reason, merged: r.merged, weight: r.weight, pairs: r.pairs?.length ?? 1, a, b, elementA: elementOf(a), elementB: elementOf(b) };
    });
}

export async function countReviewQueue(db: DbOrTx, { districtId }: { districtId: string }): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(matchReviews).where(eq(matchReviews.districtId, districtId));
  return row.n;
}

/**
 * Deletes a suggestion from the queue and returns the pairs its answer decides: the suggestion's group when it is
 * one (all attributes under one person noun), else just [fieldA, fieldB].
 */
export async function takeReview(db: DbOrTx, { districtId, fieldA, fieldB }: { districtId: string; fieldA: string; fieldB: string }): Promise<[string, string][]> {
  const rows = await db
    .delete(matchReviews)
    .where(
      and(
        eq(matchReviews.districtId, districtId),
        sql`((${matchReviews.fieldA} = ${fieldA} and ${matchReviews.fieldB} = ${fieldB}) or (${matchReviews.fieldA} = ${fieldB} and ${matchReviews.fieldB} = ${fieldA}))`,
      ),
    )
    .returning({ pairs: matchReviews.pairs });
  const group = rows.find((r) => r.pairs && r.pairs.length > 0)?.pairs;
  return group ?? [[fieldA, fieldB]];
}

export async function deleteReview(db: DbOrTx, { districtId, fieldA, fieldB }: { districtId: string; fieldA: string; fieldB: string }) {
  await db
    .delete(matchReviews)
    .where(
      and(
        eq(matchReviews.districtId, districtId),
        sql`((${matchReviews.fieldA} = ${fieldA} and ${matchReviews.fieldB} = ${fieldB}) or (${matchReviews.fieldA} = ${fieldB} and ${matchReviews.fieldB} = ${fieldA}))`,
      ),
    );
}

