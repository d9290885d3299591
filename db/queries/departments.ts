import { and, asc, count, eq } from "drizzle-orm";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { departments, users, type Department } from "../schema";
import type { DbOrTx, Tx } from "../types";

export async function listDepartmentsByDistrict(db: DbOrTx, { districtId }: { districtId: string }): Promise<Department[]> {
  return db.select().from(departments).where(eq(departments.districtId, districtId)).orderBy(asc(departments.name));
}

export async function listAllDepartments(db: DbOrTx): Promise<Department[]> {
  return db.select().from(departments).orderBy(asc(departments.name));
}

export async function getDepartmentById(db: DbOrTx, { id }: { id: string }): Promise<Department | null> {
  const [row] = await db.select().from(departments).where(eq(departments.id, id));
  return row ?? null;
}

export async function getDepartmentByName(db: DbOrTx, { districtId, name }: { districtId: string; name: string }) {
  const [row] = await db.select().from(departments).where(and(eq(departments.districtId, districtId), eq(departments.name, name)));
  return row ?? null;
}

export async function insertDepartment(tx: Tx, input: { districtId: string; name: string }): Promise<Department> {
  try {
    const [row] = await tx.insert(departments).values(input).returning();
    return row;
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("duplicate", { name: input.name });
    throw error;
  }
}

export async function renameDepartment(tx: Tx, { id, name }: { id: string; name: string }) {
  const before = await getDepartmentById(tx, { id });
  if (!before) throw new AppError("notFound");
  try {
    const [after] = await tx.update(departments).set({ name }).where(eq(departments.id, id)).returning();
    return { before, after };
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("duplicate", { name });
    throw error;
  }
}

export async function deleteDepartment(tx: Tx, { id }: { id: string }): Promise<Department> {
  const before = await getDepartmentById(tx, { id });
  if (!before) throw new AppError("notFound");
  const [{ n }] = await tx.select({ n: count() }).from(users).where(eq(users.departmentId, id));
  if (n > 0) throw new AppError("inUse");
  await tx.delete(departments).where(eq(departments.id, id));
  return before;
}
