import { and, asc, eq, inArray } from "drizzle-orm";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { Scalar, StoredValue } from "@/lib/one-form";
import { personValues, persons, rosterEntries, users, type Person } from "../schema";
import type { DbOrTx, Tx } from "../types";
import { conflictError } from "./values";

/** Residents of one village or community (the registry), by name. */
export async function listPersonsOfOrgUnit(db: DbOrTx, { orgUnitId }: { orgUnitId: string }): Promise<Person[]> {
  return db.select().from(persons).where(eq(persons.orgUnitId, orgUnitId)).orderBy(asc(persons.name));
}

export async function getPersonById(db: DbOrTx, { id }: { id: string }): Promise<Person | null> {
  const [row] = await db.select().from(persons).where(eq(persons.id, id));
  return row ?? null;
}

export async function getPersonByIdNumber(db: DbOrTx, { orgUnitId, idNumber }: { orgUnitId: string; idNumber: string }): Promise<Person | null> {
  const [row] = await db.select().from(persons).where(and(eq(persons.orgUnitId, orgUnitId), eq(persons.idNumber, idNumber)));
  return row ?? null;
}

/** Person values by `${personId}|${elementId}`. */
export async function listPersonValues(db: DbOrTx, { personIds }: { personIds: string[] }): Promise<Map<string, StoredValue>> {
  const out = new Map<string, StoredValue>();
  if (!personIds.length) return out;
  const rows = await db
    .select({ personId: personValues.personId, elementId: personValues.elementId, value: personValues.value, source: personValues.source, version: personValues.version, updatedAt: personValues.updatedAt, updatedByName: users.displayName })
    .from(personValues)
    .leftJoin(users, eq(users.id, personValues.updatedBy))
    .where(inArray(personValues.personId, personIds));
  for (const r of rows) out.set(`${r.personId}|${r.elementId}`, r);
  return out;
}

export async function listRosterEntries(db: DbOrTx, { orgUnitId }: { orgUnitId: string }) {
  return db.select({ formId: rosterEntries.formId, personId: rosterEntries.personId }).from(rosterEntries).where(eq(rosterEntries.orgUnitId, orgUnitId));
}

export interface NewPerson {
  orgUnitId: string;
  districtId: string;
  idNumber: string;
  name: string;
  birthDate: string;
  sex: "male" | "female";
}

/** Registers a resident; one 公民身份号码 once per village. */
export async function insertPerson(tx: Tx, input: NewPerson): Promise<Person> {
  try {
    const [row] = await tx.insert(persons).values(input).returning();
    return row;
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("duplicate", { name: input.name });
    throw error;
  }
}

/** Renames a resident if nobody changed the record since `version` was read. */
export async function updatePersonName(tx: Tx, { id, name, version }: { id: string; name: string; version: number }): Promise<{ before: Person; after: Person }> {
  const before = await getPersonById(tx, { id });
  if (!before) throw new AppError("notFound");
  if (before.name === name) return { before, after: before };
  const [after] = await tx
    .update(persons)
    .set({ name, version: version + 1, updatedAt: new Date() })
    .where(and(eq(persons.id, id), eq(persons.version, version)))
    .returning();
  if (!after) throw new AppError("rowConflict", { name: before.name });
  return { before, after };
}

/**
 * Stores a resident's values (typed once, shown in every roster listing them). Each value names the
 * version it was read at (0 = none yet); a changed one refuses the whole save.
 */
export async function savePersonValues(tx: Tx, input: { personId: string; districtId: string; userId: string | null; items: { elementId: string; value: Scalar; version: number }[] }) {
  const ids = input.items.map((i) => i.elementId).sort();
  if (!ids.length) return { written: 0, before: {}, after: {} };
  const locked = await tx
    .select({ elementId: personValues.elementId, value: personValues.value, version: personValues.version, updatedBy: personValues.updatedBy, updatedAt: personValues.updatedAt })
    .from(personValues)
    .where(and(eq(personValues.personId, input.personId), inArray(personValues.elementId, ids)))
    .orderBy(personValues.elementId)
    .for("update");
  const current = new Map(locked.map((r) => [r.elementId, r]));
  const stale = input.items.find((i) => (current.get(i.elementId)?.version ?? 0) !== i.version);
  if (stale) {
    const row = current.get(stale.elementId);
    const [who] = row?.updatedBy ? await tx.select({ name: users.displayName }).from(users).where(eq(users.id, row.updatedBy)) : [];
    throw conflictError(who?.name, row?.updatedAt);
  }
  const before: Record<string, Scalar> = {};
  const after: Record<string, Scalar> = {};
  const now = new Date();
  for (const item of input.items) {
    const row = current.get(item.elementId);
    if (row && JSON.stringify(row.value ?? null) === JSON.stringify(item.value)) continue;
    before[item.elementId] = row?.value ?? null;
    after[item.elementId] = item.value;
    if (row) {
      await tx
        .update(personValues)
        .set({ value: item.value, source: "entered", version: row.version + 1, updatedBy: input.userId, updatedAt: now })
        .where(and(eq(personValues.personId, input.personId), eq(personValues.elementId, item.elementId)));
    } else {
      const inserted = await tx
        .insert(personValues)
        .values({ personId: input.personId, elementId: item.elementId, districtId: input.districtId, value: item.value, source: "entered", updatedBy: input.userId, updatedAt: now })
        .onConflictDoNothing()
        .returning({ elementId: personValues.elementId });
      if (!inserted.length) throw conflictError(null, now);
    }
  }
  return { written: Object.keys(after).length, before, after };
}

export async function addRosterEntry(tx: Tx, input: { formId: string; personId: string; orgUnitId: string; districtId: string; userId: string | null }): Promise<boolean> {
  const rows = await tx
    .insert(rosterEntries)
    .values({ formId: input.formId, personId: input.personId, orgUnitId: input.orgUnitId, districtId: input.districtId, addedBy: input.userId })
    .onConflictDoNothing()
    .returning({ personId: rosterEntries.personId });
  return rows.length > 0;
}

export async function removeRosterEntry(tx: Tx, { formId, personId }: { formId: string; personId: string }): Promise<boolean> {
  const rows = await tx
    .delete(rosterEntries)
    .where(and(eq(rosterEntries.formId, formId), eq(rosterEntries.personId, personId)))
    .returning({ personId: rosterEntries.personId });
  return rows.length > 0;
}
