import { createHash } from "node:crypto";
import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import { latestDecisions } from "@/lib/matching/decisions";
import { subjectOf } from "@/lib/matching/form-subject";
import { conversionFactor } from "@/lib/matching/units";
import { matchFields, type ExistingElement, type MatchDecision, type MatchField, type MatchResult } from "@/lib/matching";
import type { FormPart } from "@/lib/templates/types";
import { elements, files, formFields, forms, matchDecisions, matchReviews, personValues, values, type Element, type FormField } from "../schema";
import type { Db, DbOrTx, Tx } from "../types";
import { mutate, type Actor } from "./audit";

/**
 * Fields that take part in matching: every kept field of every registered (non-draft) form of a district, in a
 * fixed order (forms by registration time, then file name and sheet, then field position): the greedy clustering
 * depends on its input order, so the same forms always give the same elements.
 */
async function loadDistrictFields(db: DbOrTx, districtId: string) {
  return db
    .select({ field: formFields, formId: forms.id, layout: forms.layout, title: forms.title, parts: formParts })
    .from(formFields)
    .innerJoin(forms, eq(formFields.formId, forms.id))
    .innerJoin(files, eq(forms.fileId, files.id))
    .where(and(eq(forms.districtId, districtId), ne(forms.status, "draft"), eq(formFields.excluded, false)))
    .orderBy(asc(forms.createdAt), asc(files.name), asc(forms.sheet), asc(forms.title), asc(forms.id), asc(formFields.position));
}

/** The sheets of a form in several parts (null for a one-sheet form), selected beside its fields. */
export const formParts = sql<FormPart[] | null>`${forms.definition}->'parts'`;

export function toMatchField(field: FormField, form: { layout: MatchField["layout"]; title?: string | null; parts?: FormPart[] | null }): MatchField {
  // ref is "sheet!A1": the sheet is the field's part of a form that spans several sheets (MatchField.part).
  const part = field.ref.slice(0, Math.max(0, field.ref.lastIndexOf("!")));
  const { layout, title } = form;
  return { id: field.id, formId: field.formId, label: field.label, path: field.path, type: field.type, unit: field.unit, options: field.options ?? undefined, isRemark: field.isRemark, layout, part, ...(field.placement?.orgUnit ? { orgUnit: field.placement.orgUnit, row: field.placement.row } : {}), ...subjectOf(title, layout, form.parts?.find((p) => p.sheet === part)) };
}

/** An official's stored decision as the matcher takes it (rematch and the admission classification alike). */
export function toDecision(row: typeof matchDecisions.$inferSelect): MatchDecision | null {
  switch (row.kind) {
    case "confirm":
    case "reject":
      return row.fieldA && row.fieldB ? { kind: row.kind, fieldA: row.fieldA, fieldB: row.fieldB } : null;
    case "assign":
      return row.fieldA && row.elementId ? { kind: "assign", fieldId: row.fieldA, elementId: row.elementId } : null;
    case "rename":
      return row.elementId && row.name ? { kind: "rename", elementId: row.elementId, name: row.name } : null;
    case "alias":
      return row.elementId && row.label ? { kind: "alias", label: row.label, elementId: row.elementId } : null;
  }
}

/**
 * Matches every field of a district against its element catalog and officials' decisions, then stores
 * the outcome: elements (ids of existing ones stay), each field's element, score and reason, and the
 * review queue. Incremental by construction: a new form's fields join existing elements.
 */
export async function rematchDistrict(db: Db, { districtId, actor }: { districtId: string; actor: Actor }) {
  const rows = await loadDistrictFields(db, districtId);
  const catalog = await db.select().from(elements).where(eq(elements.districtId, districtId));
  const decisions = latestDecisions(
    (await db.select().from(matchDecisions).where(eq(matchDecisions.districtId, districtId)).orderBy(matchDecisions.id))
      .map(toDecision)
      .filter((d): d is MatchDecision => d !== null),
  );
  const fields = rows.map((r) => toMatchField(r.field, r));
  const existing = toExisting(catalog);
  const result = matchFields(fields, { existing, decisions });
  return mutate(db, actor, { action: "rematch", entity: "district", }, async (tx) => {
    const stats = await storeMatchResult(tx, { districtId, result, catalog, currentElementOf: new Map(rows.map((r) => [r.field.id, r.field.elementId])) });
    return { result: stats, entityId: districtId, districtId, after: stats };
  });
}

/**
 * The stored catalog as the matcher's "existing" elements: names, units and aliases only. No field is
 * pinned as a member: officials' placements come back through their decisions on every run (so the
 * latest decision wins), automatic ones are re-decided, and ids stay stable through `reusableId`.
 */
function toExisting(catalog: Element[]): ExistingElement[] {
  return catalog.map((e) => ({ id: e.id, name: e.name, type: e.type, unit: e.unit, scope: e.scope, aggregation: e.aggregation, aliases: e.aliases, fields: [] }));
}

async function storeMatchResult(tx: Tx, input: { districtId: string; result: MatchResult; catalog: Element[]; currentElementOf: Map<string, string | null> }) {
  const { districtId, catalog, currentElementOf } = input;
  // Elements left without a real field (an existing element nobody asks for any more) are dropped.
  const result = { ...input.result, elements: input.result.elements.filter((e) => e.fieldIds.some((id) => currentElementOf.has(id))) };
  const known = new Set(catalog.map((e) => e.id));
  const claimed = new Set(result.elements.filter((e) => known.has(e.id)).map((e) => e.id));
  const idOf = new Map<string, string>();
  const taken = new Set<string>(known);
  for (const el of result.elements) {
    if (known.has(el.id) || UUID.test(el.id)) idOf.set(el.id, el.id); // stored, or pinned by an "assign" decision
    else idOf.set(el.id, reusableId(el.fieldIds, currentElementOf, known, claimed) ?? derivedId(districtId, el.fieldIds, known, taken));
    taken.add(idOf.get(el.id)!);
  }
  const byDbId = new Map(catalog.map((e) => [e.id, e]));
  const fresh = result.elements.filter((e) => !byDbId.has(idOf.get(e.id)!));
  for (let i = 0; i < fresh.length; i += 500) {
    await tx.insert(elements).values(
      fresh.slice(i, i + 500).map((e) => ({ id: idOf.get(e.id)!, districtId, name: e.name, type: e.type, unit: e.unit, scope: e.scope, aggregation: e.aggregation })),
    );
  }
  for (const e of result.elements) {
    const before = byDbId.get(idOf.get(e.id)!);
    if (before && (before.name !== e.name || before.type !== e.type || before.unit !== e.unit)) {
      await tx.update(elements).set({ name: e.name, type: e.type, unit: e.unit, updatedAt: new Date() }).where(eq(elements.id, before.id));
    }
  }
  await updateFieldMatches(tx, result, idOf);
  const used = new Set(result.elements.map((e) => idOf.get(e.id)!));
  const unused = catalog.filter((e) => !used.has(e.id)).map((e) => e.id);
  await carryValuesOver(tx, { unused, catalog, result, idOf, currentElementOf });
  // An element no field asks for any more goes, unless villages already stored values under it: those
  // values stay reachable (and the element can be re-used by a later form) instead of being lost.
  if (unused.length) {
    await tx.delete(elements).where(
      and(
        inArray(elements.id, unused),
        sql`not exists (select 1 from ${values} v where v.element_id = ${elements.id})`,
        sql`not exists (select 1 from ${personValues} pv where pv.element_id = ${elements.id})`,
      ),
    );
  }
  await tx.delete(matchReviews).where(eq(matchReviews.districtId, districtId));
  const review = result.review.filter((r) => currentElementOf.has(r.fieldA) && currentElementOf.has(r.fieldB));
  for (let i = 0; i < review.length; i += 500) {
    await tx.insert(matchReviews).values(review.slice(i, i + 500).map((r) => ({ districtId, fieldA: r.fieldA, fieldB: r.fieldB, score: r.score, reason: r.reason, merged: r.merged, weight: r.weight, pairs: r.group ?? null })));
  }
  return { fields: result.fields.length, elements: result.elements.length, created: fresh.length, removed: unused.length, review: review.length };
}

/**
 * A new element's id, derived from its content instead of drawn at random: a UUID made from the district and the
 * element's first field id (no other element has that field), so the same forms give the same ids.
 */
function derivedId(districtId: string, fieldIds: string[], known: Set<string>, taken: Set<string>): string {
  const anchor = [...fieldIds].sort()[0] ?? "";
  for (let k = 0; ; k++) {
    const h = createHash("sha256").update(`${districtId}|${anchor}|${k}`).digest("hex");
    const id = `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    if (!known.has(id) && !taken.has(id)) return id;
  }
}

/**
 * Values follow the fields they were entered through. When a re-analysis or an official's decision moves a field from
 * one stored element to another, the village values (and residents' values) of the old element are copied to the new
 * one — converted to its unit (万元 → 元) and never over a value the new element already holds for that village (or
 * person) and period — so the form that asks for them still shows them: a department's export would otherwise show
 * blanks where villages had reported. An old element left with no field gives its values up to the new one.
 */
async function carryValuesOver(
  tx: Tx,
  input: { unused: string[]; catalog: Element[]; result: MatchResult; idOf: Map<string, string>; currentElementOf: Map<string, string | null> },
) {
  const byId = new Map(input.catalog.map((e) => [e.id, e]));
  const newElementOf = new Map(input.result.fields.map((m) => [m.fieldId, input.idOf.get(m.elementId)!]));
  const moves = new Map<string, [string, string]>();
  for (const [fieldId, before] of input.currentElementOf) {
    const after = newElementOf.get(fieldId);
    if (before && after && before !== after && byId.has(before)) moves.set(`${before}>${after}`, [before, after]);
  }
  if (moves.size === 0) return;
  // The new element's unit as this analysis stores it (a fresh element is not in the catalog yet).
  const unitAfter = new Map(input.result.elements.map((e) => [input.idOf.get(e.id)!, e.unit]));
  const copied = new Set<string>();
  for (const [from, to] of [...moves.values()].sort((a, b) => a.join().localeCompare(b.join()))) {
    // Units of two dimensions (人 → 元) do not convert: the values stay where they are.
    const factor = conversionFactor(byId.get(from)?.unit ?? null, unitAfter.get(to) ?? null);
    if (factor === null) continue;
    copied.add(from);
    const value = factor === 1 ? sql`v.value` : sql`case when jsonb_typeof(v.value) = 'number' then to_jsonb((v.value #>> '{}')::numeric * ${factor}::numeric) else v.value end`;
    await tx.execute(sql`
      insert into ${values} (org_unit_id, element_id, period_key, district_id, value, source, updated_by, updated_at)
      select v.org_unit_id, ${to}::uuid, v.period_key, v.district_id, ${value}, v.source, v.updated_by, v.updated_at from ${values} v where v.element_id = ${from}::uuid
      on conflict do nothing`);
    await tx.execute(sql`
      insert into ${personValues} (person_id, element_id, district_id, value, source, updated_by, updated_at)
      select v.person_id, ${to}::uuid, v.district_id, ${value}, v.source, v.updated_by, v.updated_at from ${personValues} v where v.element_id = ${from}::uuid
      on conflict do nothing`);
  }
  const emptied = input.unused.filter((id) => copied.has(id));
  if (emptied.length) {
    await tx.delete(values).where(inArray(values.elementId, emptied));
    await tx.delete(personValues).where(inArray(personValues.elementId, emptied));
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A cluster keeps the id of the stored element most of its fields sat in, unless another cluster has it. */
function reusableId(fieldIds: string[], currentElementOf: Map<string, string | null>, known: Set<string>, claimed: Set<string>): string | null {
  const votes = new Map<string, number>();
  for (const id of fieldIds) {
    const current = currentElementOf.get(id);
    if (current && known.has(current) && !claimed.has(current)) votes.set(current, (votes.get(current) ?? 0) + 1);
  }
  const [best] = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  if (!best) return null;
  claimed.add(best[0]);
  return best[0];
}

/** One UPDATE … FROM (VALUES …) per chunk instead of a statement per field. */
async function updateFieldMatches(tx: Tx, result: MatchResult, idOf: Map<string, string>) {
  for (let i = 0; i < result.fields.length; i += 1000) {
    const chunk = result.fields.slice(i, i + 1000);
    const values = sql.join(
      chunk.map((m) => sql`(${m.fieldId}::uuid, ${idOf.get(m.elementId)!}::uuid, ${m.score}::real, ${m.reason}, ${m.source}, ${m.factor}::float8)`),
      sql`, `,
    );
    await tx.execute(sql`
      update form_fields as f set element_id = v.element_id, match_score = v.score, match_reason = v.reason, match_source = v.source, unit_factor = v.factor
      from (values ${values}) as v(id, element_id, score, reason, source, factor)
      where f.id = v.id`);
  }
}

export async function recordDecision(db: DbOrTx, input: typeof matchDecisions.$inferInsert) {
  const [row] = await db.insert(matchDecisions).values(input).returning();
  return row;
}
