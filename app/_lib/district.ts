import "server-only";
import { getDistrictOf, listOrgUnitsInSubtree } from "@/db/queries/org-units";
import type { OrgUnit } from "@/db/schema";
import type { UserWithScope } from "@/db/queries/users";
import type { Db } from "@/db/types";

/**
 * The district a page works on: the user's own; for a city-level admin, the requested district of the
 * city or else its first one.
 */
export async function resolveDistrict(db: Db, me: UserWithScope, requestedId?: string): Promise<OrgUnit | null> {
  const own = await getDistrictOf(db, { path: me.principal.orgUnitPath });
  if (own) return own;
  const districts = await listOrgUnitsInSubtree(db, { path: me.principal.orgUnitPath, levels: ["district"] });
  return districts.find((d) => d.id === requestedId) ?? districts[0] ?? null;
}
