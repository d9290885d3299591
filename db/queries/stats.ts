import { and, count, eq, inArray, like } from "drizzle-orm";
import { departments, orgUnits, users } from "../schema";
import type { DbOrTx } from "../types";

/** Counts for a user's home page, within the subtree under `path`. */
export async function countScope(db: DbOrTx, { path, districtId }: { path: string; districtId: string | null }) {
  const inScope = like(orgUnits.path, `${path}%`);
  const [villages] = await db.select({ n: count() }).from(orgUnits).where(and(inScope, inArray(orgUnits.level, ["village", "community"])));
  const [towns] = await db.select({ n: count() }).from(orgUnits).where(and(inScope, eq(orgUnits.level, "town")));
  const [people] = await db.select({ n: count() }).from(users).innerJoin(orgUnits, eq(users.orgUnitId, orgUnits.id)).where(inScope);
  const [depts] = districtId ? await db.select({ n: count() }).from(departments).where(eq(departments.districtId, districtId)) : [{ n: 0 }];
  return { villages: villages.n, towns: towns.n, users: people.n, departments: depts.n };
}
