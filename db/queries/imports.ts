import { and, eq, inArray, sql } from "drizzle-orm";
import type { OneFormElement } from "@/lib/one-form";
import type { ValidPerson } from "@/lib/import/roster-import";
import { AppError } from "@/lib/errors";
import { periodKeyOf } from "@/lib/periods";
import { elements, forms, persons, personValues, rosterEntries } from "../schema";
import type { Db, DbOrTx } from "../types";
import { mutate, type Actor } from "./audit";
import { assertResidentsUnlocked, getOneFormScope } from "./one-form";
import { loadPlan } from "./one-form-plan";

/** The district's catalog as the import planner needs it. */
export async function listImportCatalog(db: DbOrTx, { districtId }: { districtId: string }): Promise<OneFormElement[]> {
  return db
    .select({ id: elements.id, name: elements.name, type: elements.type, unit: elements.unit, scope: elements.scope, aggregation: elements.aggregation, options: elements.options, section: elements.section })
    .from(elements)
    .where(eq(elements.districtId, districtId));
}

/** Roster forms in force in a district (a cadre may add the imported residents to one of them). */
export async function listRosterForms(db: DbOrTx, { districtId }: { districtId: string }) {
  return db
    .select({ id: forms.id, title: forms.title })
    .from(forms)
    .where(and(eq(forms.districtId, districtId), eq(forms.kind, "roster"), inArray(forms.status, ["active", "under_review"])))
    .orderBy(forms.title);
}

export interface ImportPersonsInput {
  orgUnitId: string;
  districtId: string;
  rows: ValidPerson[];
  /** A roster form to list the residents in (optional). */
  formId?: string | null;
  file: string;
  rejected: number;
  /** The one form whose lock applies (default: this month's, the one the cadre's 一表通 opens on). */
  periodKey?: string;
}

export interface ImportOutcome {
  created: number;
  updated: number;
  values: number;
  listed: number;
}

const BATCH = 500;

function chunks<T>(list: T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/**
 * Imports residents of one village in ONE transaction with its audit row: new residents are added to
 * the registry, known ones (same 公民身份号码 in the village) get their name updated; their values are
 * written as "imported" (a newer import replaces an older value); any failure imports nothing. Like an
 * edit in the one form, it is refused ("locked") when the chosen roster, or an approved roster of the
 * period's one form that lists a known resident, would change (assertResidentsUnlocked).
 */
export async function importPersons(db: Db, actor: Actor, input: ImportPersonsInput): Promise<ImportOutcome> {
  const scope = await getOneFormScope(db, { orgUnitId: input.orgUnitId });
  if (!scope) throw new AppError("notFound");
  const { plan } = await loadPlan(db, scope, input.periodKey ?? periodKeyOf(new Date(), "month"));
  return mutate(db, actor, { action: "import", entity: "person" }, async (tx) => {
    const idNumbers = input.rows.map((r) => r.idNumber);
    const known = new Map<string, string>();
    const knownName = new Map<string, string>();
    for (const part of chunks(idNumbers)) {
      const rows = await tx.select({ id: persons.id, idNumber: persons.idNumber, name: persons.name }).from(persons).where(and(eq(persons.orgUnitId, input.orgUnitId), inArray(persons.idNumber, part)));
      for (const r of rows) {
        known.set(r.idNumber, r.id);
        knownName.set(r.idNumber, r.name);
      }
    }
    const target = input.formId ? plan.due.find((f) => f.id === input.formId && f.kind === "roster") : undefined;
    await assertResidentsUnlocked(tx, plan, {
      orgUnitId: input.orgUnitId,
      changes: input.rows.filter((r) => known.has(r.idNumber)).map((r) => ({ personId: known.get(r.idNumber)!, nameChanged: knownName.get(r.idNumber) !== r.name, values: r.values })),
      forms: target ? [{ formId: target.id, periodKey: target.formPeriod }] : [],
    });
    const fresh = input.rows.filter((r) => !known.has(r.idNumber));
    const existing = input.rows.filter((r) => known.has(r.idNumber));
    const personId = new Map(known);
    for (const part of chunks(fresh)) {
      const inserted = await tx
        .insert(persons)
        .values(part.map((r) => ({ orgUnitId: input.orgUnitId, districtId: input.districtId, idNumber: r.idNumber, name: r.name, birthDate: r.birthDate, sex: r.sex })))
        .returning({ id: persons.id, idNumber: persons.idNumber });
      for (const p of inserted) personId.set(p.idNumber, p.id);
    }
    for (const r of existing) {
      await tx
        .update(persons)
        .set({ name: r.name, updatedAt: new Date(), version: sql`${persons.version} + 1` })
        .where(and(eq(persons.id, known.get(r.idNumber)!), sql`${persons.name} <> ${r.name}`));
    }
    const valueRows = input.rows.flatMap((r) =>
      Object.entries(r.values).map(([elementId, value]) => ({ personId: personId.get(r.idNumber)!, elementId, districtId: input.districtId, value, source: "imported" as const, updatedBy: actor.userId })),
    );
    for (const part of chunks(valueRows)) {
      await tx
        .insert(personValues)
        .values(part)
        .onConflictDoUpdate({
          target: [personValues.personId, personValues.elementId],
          set: { value: sql`excluded.value`, source: "imported", updatedBy: actor.userId, updatedAt: new Date(), version: sql`${personValues.version} + 1` },
        });
    }
    let listed = 0;
    if (input.formId) {
      for (const part of chunks(input.rows)) {
        const added = await tx
          .insert(rosterEntries)
          .values(part.map((r) => ({ formId: input.formId!, personId: personId.get(r.idNumber)!, orgUnitId: input.orgUnitId, districtId: input.districtId, addedBy: actor.userId })))
          .onConflictDoNothing()
          .returning({ personId: rosterEntries.personId });
        listed += added.length;
      }
    }
    const result = { created: fresh.length, updated: existing.length, values: valueRows.length, listed };
    // The audit row carries counts, never the ID numbers themselves.
    return { result, entityId: input.orgUnitId, districtId: input.districtId, after: { file: input.file, formId: input.formId ?? null, rejected: input.rejected, ...result } };
  });
}
