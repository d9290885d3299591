import { and, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { AppError } from "@/lib/errors";
import { parseIdNumber } from "@/lib/id-number/gb11643";
import {
  applyDerived, buildOneForm, isFilled, checkSection, checkValue, personAttributeOf, valueKey, type BuildInput, type OneFormElement, type OneFormView, type Scalar, type ValueIssue,
} from "@/lib/one-form";
import { isPeriodKey, previousPeriod } from "@/lib/periods";
import { elements, orgUnits, personValues, rosterEntries, type OrgUnit, type ReviewedForm } from "../schema";
import type { Db, DbOrTx, Tx } from "../types";
import { mutate, recordAudit, type Actor } from "./audit";
import { loadPlan } from "./one-form-plan";
import { refreshVillageBurden } from "./burden";
import { addRosterEntry, getPersonById, getPersonByIdNumber, insertPerson, listPersonValues, listPersonsOfOrgUnit, listRosterEntries, removeRosterEntry, savePersonValues, updatePersonName } from "./persons";
import { assertFormsUnlocked, recordSubmissionForReview } from "./reviews";
import { listSubmissions, reopenSubmissions, submitForms } from "./submissions";
import { listValues, lockValues, writeValues } from "./values";
import { listPushedPersonValues, listPushedValues } from "./data-push";

/** A village or community with its district: what every one-form read and write is scoped to. */
export interface OneFormScope {
  orgUnit: OrgUnit;
  districtId: string;
}

/** The scope of an org unit's one form, or null if it is not a village or community (one query). */
export async function getOneFormScope(db: DbOrTx, { orgUnitId }: { orgUnitId: string }): Promise<OneFormScope | null> {
  const district = alias(orgUnits, "district");
  const [row] = await db
    .select({ orgUnit: orgUnits, districtId: district.id })
    .from(orgUnits)
    .innerJoin(district, and(eq(district.level, "district"), sql`${orgUnits.path} like ${district.path} || '%'`))
    .where(and(eq(orgUnits.id, orgUnitId), inArray(orgUnits.level, ["village", "community"])));
  return row ? { orgUnit: row.orgUnit, districtId: row.districtId } : null;
}

/** Everything the one-form page shows, assembled by lib/one-form. */
export async function loadOneForm(db: DbOrTx, { scope, periodKey }: { scope: OneFormScope; periodKey: string }): Promise<{ view: OneFormView; input: BuildInput }> {
  if (!isPeriodKey(periodKey)) throw new AppError("notFound");
  const { definition, plan } = await loadPlan(db, scope, periodKey);
  const periods = plan.unitElements.flatMap((u) => [u.period, previousPeriod(u.period)]);
  const [values, persons, rosterEntries, submissions, pushed, pushedPersonValues] = await Promise.all([
    listValues(db, { orgUnitId: scope.orgUnit.id, elementIds: plan.unitElements.map((u) => u.element.id), periodKeys: periods }),
    listPersonsOfOrgUnit(db, { orgUnitId: scope.orgUnit.id }),
    listRosterEntries(db, { orgUnitId: scope.orgUnit.id }),
    listSubmissions(db, { orgUnitId: scope.orgUnit.id, periodKeys: plan.due.map((f) => f.formPeriod) }),
    // Departments' pushed values (数据回流): prefills and conflicts, never stored values.
    listPushedValues(db, { orgUnitId: scope.orgUnit.id, elementIds: plan.unitElements.map((u) => u.element.id), periodKeys: periods }),
    listPushedPersonValues(db, { orgUnitId: scope.orgUnit.id }),
  ]);
  const personValues = await listPersonValues(db, { personIds: persons.map((p) => p.id) });
  const input: BuildInput = {
    ...definition,
    values,
    persons,
    personValues,
    rosterEntries,
    pushed,
    pushedPersonValues,
    submissions: new Map(
      plan.due.map((f) => {
        const row = submissions.get(`${f.id}|${f.formPeriod}`);
        return [f.id, { submittedAt: row?.status === "submitted" || row?.status === "approved" ? row.submittedAt : null }];
      }),
    ),
  };
  return { view: buildOneForm(input), input };
}

export type SaveOutcome =
  | { status: "saved"; written: number; versions: Record<string, number> }
  | { status: "invalid"; issues: ValueIssue[] }
  | { status: "warnings"; issues: ValueIssue[] };

export interface SaveSectionInput {
  scope: OneFormScope;
  periodKey: string;
  section: string;
  /** Raw inputs by element id (derived elements are ignored: they are computed). */
  values: Record<string, unknown>;
  /** The version of every element of the section as the client read it (0 = none stored). */
  versions: Record<string, number>;
  /** Elements whose warnings the cadre confirmed. */
  confirmed: string[];
  /** "Unchanged": store the carried values of the section as they are. */
  unchanged?: boolean;
}

/** A save that stops before writing (invalid input, unconfirmed warnings): rolls its transaction back, no audit. */
class NotSaved {
  constructor(readonly outcome: SaveOutcome) {}
}

/**
 * Saves one section of the one form: validates against the elements (errors refuse, unconfirmed
 * warnings ask), recomputes totals, then stores with optimistic concurrency and an audit row.
 * Round trips: the plan's stamp (the plan itself is cached, db/queries/one-form-plan.ts), then in one
 * transaction the section's rows read and locked in one statement, one write, the reopen and the audit row.
 */
export async function saveOneFormSection(db: Db, actor: Actor, input: SaveSectionInput): Promise<SaveOutcome> {
  if (!isPeriodKey(input.periodKey)) throw new AppError("notFound");
  const { plan } = await loadPlan(db, input.scope, input.periodKey);
  const section = plan.unitElements.filter((u) => u.section === input.section);
  if (!section.length) throw new AppError("notFound");
  const inSection = new Map(section.map((u) => [u.element.id, u]));
  // Ids that are not this village's elements of this section are refused, never written.
  if (Object.keys(input.values).some((id) => !inSection.has(id)) || input.confirmed.some((id) => !inSection.has(id))) throw new AppError("notFound");
  const rules = plan.rules.filter((r) => inSection.has(r.target));
  const derived = new Set(rules.map((r) => r.target));
  const involved = new Map(plan.unitElements.filter((u) => inSection.has(u.element.id) || rules.some((r) => r.parts.includes(u.element.id))).map((u) => [u.element.id, u]));
  const typed = section.filter((u) => !derived.has(u.element.id));
  const expected = section.map((u) => ({ elementId: u.element.id, periodKey: u.period, version: Number(input.versions[u.element.id] ?? 0) }));

  let outcome: { saved: Awaited<ReturnType<typeof writeValues>>; reopened: string[] };
  try {
    outcome = await mutate(db, actor, { action: input.unchanged ? "confirmUnchanged" : "save", entity: "one_form_section" }, async (tx) => {
      // Forms a reviewer approved are locked until unlocked (db/queries/reviews.ts).
      await assertFormsUnlocked(tx, { orgUnitId: input.scope.orgUnit.id, forms: [...new Map(section.flatMap((u) => u.forms.map((f) => [f.id, { formId: f.id, periodKey: f.formPeriod }] as const))).values()] });
      // The stored values this save builds on (this and last period), read under lock: nobody changes them until commit.
      const stored = await lockValues(tx, {
        orgUnitId: input.scope.orgUnit.id,
        elementIds: [...involved.keys()],
        periodKeys: [...involved.values()].flatMap((u) => [u.period, previousPeriod(u.period)]),
      });
      const currentOf = (id: string) => stored.get(valueKey(id, involved.get(id)!.period));
      const previousOf = (id: string) => stored.get(valueKey(id, previousPeriod(involved.get(id)!.period)))?.value ?? null;

      let entered: Record<string, Scalar>;
      const fromPush = new Set<string>();
      if (input.unchanged) {
        entered = {};
        // A department's pushed value shown as the prefill is what the cadre confirms (before last period's).
        const pushed = await listPushedValues(tx, { orgUnitId: input.scope.orgUnit.id, elementIds: typed.map((u) => u.element.id), periodKeys: typed.flatMap((u) => [u.period, previousPeriod(u.period)]) });
        for (const u of typed) {
          if (currentOf(u.element.id)) continue;
          const stock = u.element.aggregation === "stock";
          const push = pushed.get(valueKey(u.element.id, u.period)) ?? (stock ? pushed.get(valueKey(u.element.id, previousPeriod(u.period))) : undefined);
          if (push && isFilled(push.value)) {
            entered[u.element.id] = push.value;
            fromPush.add(u.element.id);
            continue;
          }
          const carried = stock ? previousOf(u.element.id) : undefined;
          if (carried !== undefined && carried !== null) entered[u.element.id] = carried;
        }
      } else {
        const check = checkSection({
          elements: typed.map((u) => u.element).filter((e) => e.id in input.values),
          raw: input.values,
          previous: Object.fromEntries(typed.map((u) => [u.element.id, previousOf(u.element.id)])),
          confirmed: input.confirmed,
        });
        if (check.errors.length) throw new NotSaved({ status: "invalid", issues: check.errors });
        if (check.unconfirmed.length) throw new NotSaved({ status: "warnings", issues: check.unconfirmed });
        entered = check.values;
      }
      const all: Record<string, Scalar> = Object.fromEntries([...involved.keys()].map((id) => [id, currentOf(id)?.value ?? null]));
      Object.assign(all, entered);
      const totals = applyDerived(all, rules);

      const writes = [
        ...Object.entries(entered)
          .filter(([id, value]) => value !== null || currentOf(id))
          .map(([id, value]) => ({
            elementId: id,
            periodKey: involved.get(id)!.period,
            value,
            source: (fromPush.has(id) ? "pushed" : input.unchanged || (!currentOf(id) && value !== null && value === previousOf(id) && involved.get(id)!.element.aggregation === "stock") ? "carried" : "entered") as "carried" | "entered" | "pushed",
          })),
        ...[...derived].filter((id) => totals[id] !== null || currentOf(id)).map((id) => ({ elementId: id, periodKey: involved.get(id)!.period, value: totals[id], source: "derived" as const })),
      ];
      const saved = await writeValues(tx, { orgUnitId: input.scope.orgUnit.id, districtId: input.scope.districtId, userId: actor.userId, expected, writes }, stored);
      let reopened: string[] = [];
      if (saved.written) {
        // A form already submitted whose values change goes back to draft: its department must not take the old copy for final.
        const changed = new Set(Object.keys(saved.after).map((key) => key.split("|")[0]));
        const touched = new Map(section.filter((u) => changed.has(u.element.id)).flatMap((u) => u.forms.map((f) => [f.id, f.formPeriod] as const)));
        if (await reopenSubmissions(tx, { orgUnitId: input.scope.orgUnit.id, forms: [...touched].map(([formId, periodKey]) => ({ formId, periodKey })) })) reopened = [...touched.values()];
      }
      return { result: { saved, reopened }, entityId: input.scope.orgUnit.id, districtId: input.scope.districtId, before: { periodKey: input.periodKey, section: input.section, values: saved.before }, after: { values: saved.after } };
    });
  } catch (error) {
    if (error instanceof NotSaved) return error.outcome;
    throw error;
  }
  const { saved: result, reopened } = outcome;
  // A reopened form no longer counts as submitted on the dashboard; values themselves are not in the rollup.
  if (reopened.length) await refreshVillageBurden(db, { districtId: input.scope.districtId, orgUnitId: input.scope.orgUnit.id, periodKeys: reopened });
  const versions: Record<string, number> = {};
  for (const u of section) versions[u.element.id] = result.versions[valueKey(u.element.id, u.period)] ?? Number(input.versions[u.element.id] ?? 0);
  return { status: "saved", written: result.written, versions };
}

/** A due roster form of this village and its columns, or notFound. */
async function rosterOf(db: DbOrTx, scope: OneFormScope, periodKey: string, formId: string) {
  if (!isPeriodKey(periodKey)) throw new AppError("notFound");
  const { plan } = await loadPlan(db, scope, periodKey);
  const form = plan.due.find((f) => f.id === formId && f.kind === "roster");
  if (!form) throw new AppError("notFound");
  const columnIds = [...new Set(plan.fields.filter((f) => f.formId === formId && f.elementId).map((f) => f.elementId!))];
  const own = columnIds.map((id) => plan.elementById.get(id)).filter((e): e is OneFormElement => !!e && !personAttributeOf(e));
  return { form, own, plan };
}

type OneFormPlan = Awaited<ReturnType<typeof loadPlan>>["plan"];

/** What a write changes of one resident's shared data: the name (shown on every roster) and values. */
export interface ResidentChange {
  personId: string;
  nameChanged: boolean;
  values: Record<string, Scalar>;
}

/**
 * The lock of shared resident data. A resident's name and values show on every roster listing them, so a
 * write through one roster (or a spreadsheet import) is refused ("locked") when one of the residents is on
 * a roster of the period's one form that a reviewer approved and that roster shows what actually changes:
 * the name, or a value of one of its columns (a value equal to the stored one changes nothing). `forms` are
 * checked too (the roster being written). Call inside the writing transaction: the check is
 * assertFormsUnlocked on the submissions of those rosters.
 */
export async function assertResidentsUnlocked(tx: Tx, plan: OneFormPlan, input: { orgUnitId: string; changes: ResidentChange[]; forms?: ReviewedForm[] }): Promise<void> {
  const rosters = new Map(plan.due.filter((f) => f.kind === "roster").map((f) => [f.id, f.formPeriod]));
  const forms = new Map((input.forms ?? []).map((f) => [`${f.formId}|${f.periodKey}`, f]));
  const elementIds = [...new Set(input.changes.flatMap((c) => Object.keys(c.values)))];
  if (rosters.size && input.changes.length) {
    const columns = new Map<string, Set<string>>();
    for (const f of plan.fields) if (f.elementId && rosters.has(f.formId)) (columns.get(f.formId) ?? columns.set(f.formId, new Set()).get(f.formId)!).add(f.elementId);
    const changed = new Map<string, { name: boolean; elements: Set<string> }>();
    for (let i = 0; i < input.changes.length; i += 500) {
      const part = input.changes.slice(i, i + 500);
      const stored = elementIds.length
        ? await tx
            .select({ personId: personValues.personId, elementId: personValues.elementId, value: personValues.value })
            .from(personValues)
            .where(and(inArray(personValues.personId, part.map((c) => c.personId)), inArray(personValues.elementId, elementIds)))
        : [];
      const current = new Map(stored.map((r) => [`${r.personId}|${r.elementId}`, JSON.stringify(r.value ?? null)]));
      for (const c of part) {
        const differing = Object.entries(c.values).filter(([id, v]) => current.get(`${c.personId}|${id}`) !== JSON.stringify(v ?? null)).map(([id]) => id);
        if (c.nameChanged || differing.length) changed.set(c.personId, { name: c.nameChanged, elements: new Set(differing) });
      }
    }
    const ids = [...changed.keys()];
    for (let i = 0; i < ids.length; i += 500) {
      const entries = await tx
        .select({ formId: rosterEntries.formId, personId: rosterEntries.personId })
        .from(rosterEntries)
        .where(and(eq(rosterEntries.orgUnitId, input.orgUnitId), inArray(rosterEntries.personId, ids.slice(i, i + 500)), inArray(rosterEntries.formId, [...rosters.keys()])));
      for (const e of entries) {
        const change = changed.get(e.personId)!;
        if (change.name || [...change.elements].some((id) => columns.get(e.formId)?.has(id))) forms.set(`${e.formId}|${rosters.get(e.formId)}`, { formId: e.formId, periodKey: rosters.get(e.formId)! });
      }
    }
  }
  await assertFormsUnlocked(tx, { orgUnitId: input.orgUnitId, forms: [...forms.values()] });
}

/** A person of this village, or notFound (another village's resident is never touched or shown). */
async function personIn(db: DbOrTx, scope: OneFormScope, personId: string) {
  const person = await getPersonById(db, { id: personId });
  if (!person || person.orgUnitId !== scope.orgUnit.id) throw new AppError("notFound");
  return person;
}

function checkOwnValues(own: OneFormElement[], raw: Record<string, unknown>) {
  const issues: ValueIssue[] = [];
  const values: Record<string, Scalar> = {};
  for (const e of own) {
    if (!(e.id in raw)) continue;
    const r = checkValue(e, raw[e.id]);
    if (r.ok) values[e.id] = r.value;
    else issues.push(r.issue);
  }
  return { issues, values };
}

export type RosterOutcome = { status: "saved"; personId: string } | { status: "invalid"; issues: ValueIssue[] };

/**
 * Puts a resident on a roster form. An existing resident (by id, or by 公民身份号码) is reused, so only the
 * roster's own fields are asked; a new one is registered with birth date and sex from the number.
 */
export async function addToRoster(
  db: Db,
  actor: Actor,
  input: { scope: OneFormScope; periodKey: string; formId: string; personId?: string; idNumber?: string; name?: string; values: Record<string, unknown>; versions: Record<string, number> },
): Promise<RosterOutcome> {
  const { own, form, plan } = await rosterOf(db, input.scope, input.periodKey, input.formId);
  if (Object.keys(input.values).some((id) => !own.some((e) => e.id === id))) throw new AppError("notFound");
  let person = input.personId ? await personIn(db, input.scope, input.personId) : null;
  const issues: ValueIssue[] = [];
  let parsed: ReturnType<typeof parseIdNumber> | null = null;
  if (!person) {
    parsed = parseIdNumber(input.idNumber ?? "");
    if (!input.idNumber?.trim()) issues.push({ elementId: "idNumber", level: "error", key: "required", params: {} });
    else if (!parsed.ok) issues.push({ elementId: "idNumber", level: "error", key: `id${parsed.problem[0].toUpperCase()}${parsed.problem.slice(1)}`, params: {} });
    else person = await getPersonByIdNumber(db, { orgUnitId: input.scope.orgUnit.id, idNumber: parsed.info.idNumber });
    if (!person && !input.name?.trim()) issues.push({ elementId: "name", level: "error", key: "required", params: {} });
  }
  const checked = checkOwnValues(own, input.values);
  issues.push(...checked.issues);
  if (issues.length) return { status: "invalid", issues };
  return mutate(db, actor, { action: "addToRoster", entity: "roster_entry" }, async (tx) => {
    // A known resident's values are shared: also refused when another approved roster shows a changed one.
    const changes = person ? [{ personId: person.id, nameChanged: false, values: Object.fromEntries(Object.entries(checked.values).filter(([, v]) => v !== null)) }] : [];
    await assertResidentsUnlocked(tx, plan, { orgUnitId: input.scope.orgUnit.id, changes, forms: [{ formId: form.id, periodKey: form.formPeriod }] });
    const target =
      person ??
      (await insertPerson(tx, {
        orgUnitId: input.scope.orgUnit.id,
        districtId: input.scope.districtId,
        idNumber: (parsed as { ok: true; info: { idNumber: string } }).info.idNumber,
        name: input.name!.trim().slice(0, 60),
        birthDate: (parsed as { ok: true; info: { birthDate: string } }).info.birthDate,
        sex: (parsed as { ok: true; info: { sex: "male" | "female" } }).info.sex,
      }));
    const items = Object.entries(checked.values)
      .filter(([, value]) => value !== null)
      .map(([elementId, value]) => ({ elementId, value, version: Number(input.versions[elementId] ?? 0) }));
    const saved = await savePersonValues(tx, { personId: target.id, districtId: input.scope.districtId, userId: actor.userId, items });
    await addRosterEntry(tx, { formId: input.formId, personId: target.id, orgUnitId: input.scope.orgUnit.id, districtId: input.scope.districtId, userId: actor.userId });
    return { result: { status: "saved" as const, personId: target.id }, entityId: target.id, districtId: input.scope.districtId, after: { formId: input.formId, isNewPerson: !person, values: Object.keys(saved.after) } };
  });
}

/** Edits a resident's name and values (shown in every roster listing them), version-checked. */
export async function editResident(
  db: Db,
  actor: Actor,
  input: { scope: OneFormScope; periodKey: string; formId: string; personId: string; name: string; version: number; values: Record<string, unknown>; versions: Record<string, number> },
): Promise<RosterOutcome> {
  const { own, form, plan } = await rosterOf(db, input.scope, input.periodKey, input.formId);
  const person = await personIn(db, input.scope, input.personId);
  if (Object.keys(input.values).some((id) => !own.some((e) => e.id === id))) throw new AppError("notFound");
  const checked = checkOwnValues(own, input.values);
  const issues = [...checked.issues];
  if (!input.name.trim()) issues.push({ elementId: "name", level: "error", key: "required", params: {} });
  if (issues.length) return { status: "invalid", issues };
  const name = input.name.trim().slice(0, 60);
  return mutate(db, actor, { action: "editResident", entity: "person" }, async (tx) => {
    // The resident is shared: every approved roster of the period showing what changes refuses the edit.
    const changes = [{ personId: input.personId, nameChanged: person.name !== name, values: checked.values }];
    await assertResidentsUnlocked(tx, plan, { orgUnitId: input.scope.orgUnit.id, changes, forms: [{ formId: form.id, periodKey: form.formPeriod }] });
    await updatePersonName(tx, { id: input.personId, name, version: input.version });
    const items = Object.entries(checked.values).map(([elementId, value]) => ({ elementId, value, version: Number(input.versions[elementId] ?? 0) }));
    const saved = await savePersonValues(tx, { personId: input.personId, districtId: input.scope.districtId, userId: actor.userId, items });
    return { result: { status: "saved" as const, personId: input.personId }, entityId: input.personId, districtId: input.scope.districtId, before: { values: Object.keys(saved.before) }, after: { values: Object.keys(saved.after) } };
  });
}

export async function takeOffRoster(db: Db, actor: Actor, input: { scope: OneFormScope; periodKey: string; formId: string; personId: string }) {
  const { form } = await rosterOf(db, input.scope, input.periodKey, input.formId);
  await personIn(db, input.scope, input.personId);
  return mutate(db, actor, { action: "removeFromRoster", entity: "roster_entry" }, async (tx) => {
    await assertFormsUnlocked(tx, { orgUnitId: input.scope.orgUnit.id, forms: [{ formId: form.id, periodKey: form.formPeriod }] });
    const removed = await removeRosterEntry(tx, { formId: input.formId, personId: input.personId });
    return { result: removed, entityId: input.personId, districtId: input.scope.districtId, before: { formId: input.formId } };
  });
}

/** A resident's full 公民身份号码 and phone numbers, for someone allowed to see them; the read is audited. */
export async function revealPersonalData(db: Db, actor: Actor, { scope, personId }: { scope: OneFormScope; personId: string }) {
  const person = await personIn(db, scope, personId);
  const phoneElements = await db.select({ id: elements.id }).from(elements).where(and(eq(elements.districtId, scope.districtId), eq(elements.type, "phone")));
  const values = await listPersonValues(db, { personIds: [personId] });
  const phones: Record<string, string> = {};
  for (const e of phoneElements) {
    const v = values.get(`${personId}|${e.id}`)?.value;
    if (typeof v === "string" && v) phones[e.id] = v;
  }
  await recordAudit(db, actor, { action: "view", entity: "person", entityId: personId, districtId: scope.districtId, after: { fields: ["idNumber", ...Object.keys(phones).map(() => "phone")] } });
  return { idNumber: person.idNumber, phones };
}

/** Submits the period: every due form, once all values are in. */
export async function submitOneForm(db: Db, actor: Actor, { scope, periodKey }: { scope: OneFormScope; periodKey: string }) {
  const { view } = await loadOneForm(db, { scope, periodKey });
  const missing = view.sections.reduce((n, s) => n + s.progress.total - s.progress.filled, 0);
  if (missing > 0) throw new AppError("incomplete", { count: missing });
  if (!view.forms.length) throw new AppError("notFound");
  const result = await mutate(db, actor, { action: "submit", entity: "one_form" }, async (tx) => {
    // Opens (or starts a new round of) the town's review; an approved one form is refused as locked.
    await recordSubmissionForReview(tx, { scope, periodKey, userId: actor.userId, forms: view.forms.map((f) => ({ formId: f.id, periodKey: f.formPeriod })) });
    const rows = await submitForms(tx, { orgUnitId: scope.orgUnit.id, districtId: scope.districtId, userId: actor.userId, forms: view.forms.map((f) => ({ formId: f.id, periodKey: f.formPeriod })) });
    return { result: { forms: rows.length }, entityId: scope.orgUnit.id, districtId: scope.districtId, after: { periodKey, forms: view.forms.map((f) => f.title) } };
  });
  await refreshVillageBurden(db, { districtId: scope.districtId, orgUnitId: scope.orgUnit.id, periodKeys: view.forms.map((f) => f.formPeriod) });
  return result;
}
