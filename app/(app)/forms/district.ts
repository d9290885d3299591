import "server-only";
import { getDistrictOf, listOrgUnitsInSubtree } from "@/db/queries/org-units";
import type { OrgUnit } from "@/db/schema";
import type { UserWithScope } from "@/db/queries/users";
import type { DbOrTx } from "@/db/types";

/** Districts whose forms a user works with: admins every district under them, everyone else their own. */
export async function listDistrictsFor(db: DbOrTx, me: UserWithScope): Promise<OrgUnit[]> {
  if (me.user.role === "admin") return listOrgUnitsInSubtree(db, { path: me.principal.orgUnitPath, levels: ["district"] });
  const own = await getDistrictOf(db, { path: me.principal.orgUnitPath });
  return own ? [own] : [];
}

/** The district a catalog or upload is about: the requested one if the user has it, else their first. */
export async function resolveDistrict(db: DbOrTx, me: UserWithScope, requestedId?: string | null): Promise<OrgUnit | null> {
  const districts = await listDistrictsFor(db, me);
  return districts.find((d) => d.id === requestedId) ?? districts[0] ?? null;
}
