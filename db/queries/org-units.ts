import { and, asc, count, eq, inArray, like, sql } from "drizzle-orm";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { OrgLevel } from "@/lib/domain";
import { canBeChild, codeFitsLevel, codeFitsParent } from "@/lib/org-units/hierarchy";
import type { ValidatedOrgUnit } from "@/lib/org-units/import-rows";
import { departments, orgUnits, users, type OrgUnit } from "../schema";
import type { DbOrTx, Tx } from "../types";

export async function getOrgUnitById(db: DbOrTx, { id }: { id: string }): Promise<OrgUnit | null> {
  const [row] = await db.select().from(orgUnits).where(eq(orgUnits.id, id));
  return row ?? null;
}

export async function getOrgUnitByCode(db: DbOrTx, { code }: { code: string }): Promise<OrgUnit | null> {
  const [row] = await db.select().from(orgUnits).where(eq(orgUnits.divisionCode, code));
  return row ?? null;
}

/** Every unit in the subtree under `path` (itself included), ordered by division code. */
export async function listOrgUnitsInSubtree(db: DbOrTx, { path, levels }: { path: string; levels?: OrgLevel[] }): Promise<OrgUnit[]> {
  return db
    .select()
    .from(orgUnits)
    .where(and(like(orgUnits.path, `${escapeLike(path)}%`), levels ? inArray(orgUnits.level, levels) : undefined))
    .orderBy(asc(orgUnits.divisionCode));
}

export async function listAllDivisionCodes(db: DbOrTx): Promise<{ code: string; level: OrgLevel }[]> {
  return db.select({ code: orgUnits.divisionCode, level: orgUnits.level }).from(orgUnits);
}

/** The district an org unit lies in (itself if it is one), or null above district level. */
export async function getDistrictOf(db: DbOrTx, { path }: { path: string }): Promise<OrgUnit | null> {
  const [row] = await db
    .select()
    .from(orgUnits)
    .where(and(eq(orgUnits.level, "district"), sql`${path} LIKE ${orgUnits.path} || '%'`));
  return row ?? null;
}

export interface OrgUnitInput {
  parentId: string | null;
  level: OrgLevel;
  name: string;
  divisionCode: string;
}

export async function insertOrgUnit(tx: Tx, input: OrgUnitInput): Promise<OrgUnit> {
  const parent = input.parentId ? await getOrgUnitById(tx, { id: input.parentId }) : null;
  if (input.parentId && !parent) throw new AppError("notFound");
  assertPlacement(input, parent);
  const id = crypto.randomUUID();
  try {
    const [row] = await tx
      .insert(orgUnits)
      .values({ ...input, id, path: `${parent?.path ?? "/"}${id}/` })
      .returning();
    return row;
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("duplicate", { name: input.divisionCode });
    throw error;
  }
}

function assertPlacement(input: { level: OrgLevel; divisionCode: string }, parent: OrgUnit | null) {
  if (!canBeChild(parent?.level ?? null, input.level)) throw new AppError("invalidInput", { reason: "levelUnderParent" });
  if (!codeFitsLevel(input.divisionCode, input.level)) throw new AppError("invalidInput", { reason: "codeLevelMismatch" });
  if (parent && !codeFitsParent(input.divisionCode, parent.divisionCode, parent.level)) {
    throw new AppError("invalidInput", { reason: "codeParentMismatch" });
  }
}

/** Renames or recodes a unit; its place in the tree (parent, level) does not change here. */
export async function updateOrgUnit(tx: Tx, { id, name, divisionCode }: { id: string; name: string; divisionCode: string }) {
  const before = await getOrgUnitById(tx, { id });
  if (!before) throw new AppError("notFound");
  const parent = before.parentId ? await getOrgUnitById(tx, { id: before.parentId }) : null;
  assertPlacement({ level: before.level, divisionCode }, parent);
  try {
    const [after] = await tx.update(orgUnits).set({ name, divisionCode, updatedAt: new Date() }).where(eq(orgUnits.id, id)).returning();
    return { before, after };
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("duplicate", { name: divisionCode });
    throw error;
  }
}

/** Deletes a leaf unit nobody belongs to; anything still attached makes it refuse, not cascade. */
export async function deleteOrgUnit(tx: Tx, { id }: { id: string }): Promise<OrgUnit> {
  const unit = await getOrgUnitById(tx, { id });
  if (!unit) throw new AppError("notFound");
  const [{ children }] = await tx.select({ children: count() }).from(orgUnits).where(eq(orgUnits.parentId, id));
  if (children > 0) throw new AppError("hasChildren");
  const [{ members }] = await tx.select({ members: count() }).from(users).where(eq(users.orgUnitId, id));
  const [{ depts }] = await tx.select({ depts: count() }).from(departments).where(eq(departments.districtId, id));
  if (members > 0 || depts > 0) throw new AppError("inUse");
  await tx.delete(orgUnits).where(eq(orgUnits.id, id));
  return unit;
}

/** Inserts new units and renames existing ones (matched by division code); rows come parents first. */
export async function upsertOrgUnits(tx: Tx, rows: ValidatedOrgUnit[]): Promise<{ created: number; updated: number }> {
  let created = 0;
  let updated = 0;
  for (const row of rows) {
    const existing = await getOrgUnitByCode(tx, { code: row.code });
    if (existing) {
      if (existing.name !== row.name) {
        await tx.update(orgUnits).set({ name: row.name, updatedAt: new Date() }).where(eq(orgUnits.id, existing.id));
        updated++;
      }
      continue;
    }
    const parent = row.parentCode ? await getOrgUnitByCode(tx, { code: row.parentCode }) : null;
    await insertOrgUnit(tx, { parentId: parent?.id ?? null, level: row.level, name: row.name, divisionCode: row.code });
    created++;
  }
  return { created, updated };
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The units named in a materialized path, root first. */
export async function listAncestors(db: DbOrTx, { path }: { path: string }): Promise<OrgUnit[]> {
  const ids = path.split("/").filter(Boolean);
  if (ids.length === 0) return [];
  const rows = await db.select().from(orgUnits).where(inArray(orgUnits.id, ids));
  return ids.map((id) => rows.find((r) => r.id === id)).filter((r): r is OrgUnit => !!r);
}

export async function listChildren(db: DbOrTx, { id }: { id: string }): Promise<OrgUnit[]> {
  return db.select().from(orgUnits).where(eq(orgUnits.parentId, id)).orderBy(asc(orgUnits.divisionCode));
}
