import { and, eq, inArray, sql } from "drizzle-orm";
import { dueForms, formPeriodFor, planElements, type OneFormElement, type OneFormField, type OneFormForm } from "@/lib/one-form";
import { FREQUENCIES, type OrgLevel } from "@/lib/domain";
import { departments, elements, formFields, forms, type OrgUnit } from "../schema";
import type { DbOrTx } from "../types";
import { rowsOf } from "../raw-rows";
import { listCarriedFields } from "./carried-fields";

/** Carried items come after the target's own fields. */
const CARRIED_POSITION = 100_000;

/** The definition part of a one form: forms due, their fields and elements (no values). */
async function readPlan(db: DbOrTx, districtId: string, level: OrgLevel, periodKey: string) {
  // One round trip: forms that can be due (status, level, a frequency falling due) with fields and elements;
  // dueForms() below stays the one rule, the SQL only narrows what is fetched.
  const frequencies = FREQUENCIES.filter((f) => formPeriodFor(f, periodKey) !== null);
  const [rows, carriedAll] = await Promise.all([
    frequencies.length
      ? db
          .select({
            form: { id: forms.id, title: forms.title, departmentId: forms.departmentId, departmentName: departments.name, frequency: forms.frequency, kind: forms.kind, status: forms.status, targetLevels: forms.targetLevels },
            field: { id: formFields.id, formId: formFields.formId, elementId: formFields.elementId, label: formFields.label, path: formFields.path, position: formFields.position, isRemark: formFields.isRemark, excluded: formFields.excluded },
            element: { id: elements.id, name: elements.name, type: elements.type, unit: elements.unit, scope: elements.scope, aggregation: elements.aggregation, options: elements.options, section: elements.section },
          })
          .from(forms)
          .innerJoin(departments, eq(departments.id, forms.departmentId))
          .leftJoin(formFields, eq(formFields.formId, forms.id))
          .leftJoin(elements, eq(elements.id, formFields.elementId))
          .where(and(eq(forms.districtId, districtId), inArray(forms.status, ["active", "under_review"]), inArray(forms.frequency, frequencies)))
      : [],
    listCarriedFields(db, { districtId }),
  ]);
  const formRows = [...new Map(rows.map((r) => [r.form.id, r.form as OneFormForm])).values()];
  const due = dueForms(formRows, { level }, periodKey);
  const dueIds = new Set(due.map((f) => f.id));
  const fieldRows: OneFormField[] = rows.filter((r) => r.field?.id && dueIds.has(r.form.id)).map((r) => r.field!);
  const elementRows = [...new Map(rows.filter((r) => r.element?.id && dueIds.has(r.form.id)).map((r) => [r.element!.id, r.element as OneFormElement])).values()];
  // Items of forms merged into a due form that nobody else collects: asked as part of that form.
  for (const c of carriedAll.filter((c) => dueIds.has(c.targetFormId))) {
    fieldRows.push({ id: c.id, formId: c.targetFormId, elementId: c.elementId, label: c.label, path: c.path, position: CARRIED_POSITION + c.position, isRemark: false, excluded: false, carriedFrom: { formId: c.formId, title: c.formTitle } });
    if (!elementRows.some((e) => e.id === c.elementId)) elementRows.push(c.element);
  }
  return { periodKey, forms: due, fields: fieldRows, elements: elementRows };
}

type Definition = Awaited<ReturnType<typeof readPlan>>;
type Planned = { definition: Definition; plan: ReturnType<typeof planElements> };

/**
 * Plans by database handle, then by district|period|level. An entry holds the district's stamp when it was
 * read: a definition change anywhere (any process, any code path, a test writing rows directly) changes the
 * stamp through the triggers of migration one_form_plan_stamps, and the next read misses. Concurrent misses
 * share one read. Read through a transaction, the cache lives and dies with that transaction object.
 */
const caches = new WeakMap<object, Map<string, { stamp: string; planned: Promise<Planned> }>>();
const CACHE_ENTRIES = 500;

/** The district's definition stamp ("none" before its first change since the migration). */
async function planStamp(db: DbOrTx, districtId: string): Promise<string> {
  const [row] = rowsOf<{ stamp: string }>(await db.execute(sql`select stamp::text as stamp from one_form_plan_stamps where district_id = ${districtId}`));
  return row?.stamp ?? "none";
}

/**
 * Forms due for a village or community in a period, their fields and elements, and where each element is
 * stored (lib/one-form planElements): one small stamp query when cached, three queries when not. The
 * returned objects are shared between requests: read them, never change them.
 */
export async function loadPlan(db: DbOrTx, scope: { orgUnit: Pick<OrgUnit, "id" | "level">; districtId: string }, periodKey: string) {
  const level = scope.orgUnit.level as OrgLevel;
  const stamp = await planStamp(db, scope.districtId);
  const cache = caches.get(db) ?? caches.set(db, new Map()).get(db)!;
  const key = `${scope.districtId}|${periodKey}|${level}`;
  let entry = cache.get(key);
  if (!entry || entry.stamp !== stamp) {
    const planned = readPlan(db, scope.districtId, level, periodKey).then((definition) => ({ definition, plan: planElements({ ...definition, unit: { id: scope.orgUnit.id, level } }) }));
    entry = { stamp, planned };
    cache.delete(key);
    cache.set(key, entry);
    if (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
    planned.catch(() => cache.get(key) === entry && cache.delete(key));
  }
  const { definition, plan } = await entry.planned;
  return { definition: { ...definition, unit: { id: scope.orgUnit.id, level } }, plan };
}
