import "server-only";
import { and, eq, max } from "drizzle-orm";
import { can } from "@/lib/auth/permissions";
import { isMonth, lastMonths, monthsBetween } from "@/lib/burden";
import { getBurdenRefresh, refreshBurden, type BurdenScope } from "@/db/queries/burden";
import { getDistrictOf, getOrgUnitById } from "@/db/queries/org-units";
import type { UserWithScope } from "@/db/queries/users";
import { departments, forms, type OrgUnit } from "@/db/schema";
import type { Db } from "@/db/types";
import { resolveDistrict } from "@/app/_lib/district";

export interface DashboardFilters {
  from: string;
  to: string;
  dept?: string;
}

export interface DashboardContext {
  unit: OrgUnit;
  district: OrgUnit;
  scope: BurdenScope;
  filters: DashboardFilters;
  departments: { id: string; name: string }[];
}

/** Period and department from the query string: months YYYY-MM (at most 36), the last 12 by default. */
export function readFilters(params: Record<string, string | string[] | undefined>, now = new Date()): DashboardFilters {
  const pick = (k: string) => (typeof params[k] === "string" ? (params[k] as string) : "");
  const fallback = lastMonths(now, 12);
  let from = isMonth(pick("from")) ? pick("from") : fallback.from;
  let to = isMonth(pick("to")) ? pick("to") : fallback.to;
  if (from > to) [from, to] = [to, from];
  const span = monthsBetween(from, to);
  if (span.length > 36) from = span[span.length - 36];
  const dept = /^[0-9a-f-]{36}$/.test(pick("dept")) ? pick("dept") : undefined;
  return { from, to, dept };
}

/** The org unit a user's dashboard opens on: their village, town or district. */
export async function defaultDashboardUnit(db: Db, me: UserWithScope): Promise<OrgUnit | null> {
  if (me.user.role === "village_cadre" || me.user.role === "town_official") return getOrgUnitById(db, { id: me.user.orgUnitId });
  return resolveDistrict(db, me);
}

/**
 * Everything a dashboard page or export needs, or null when the unit does not exist or lies outside the
 * user's reach (the page answers 404 either way). Rebuilds the rollup first when forms changed since.
 */
export async function loadDashboardContext(db: Db, me: UserWithScope, unitId: string, params: Record<string, string | string[] | undefined>): Promise<DashboardContext | null> {
  const unit = await getOrgUnitById(db, { id: unitId });
  if (!unit || unit.level === "city") return null;
  if (!can(me.principal, "burden.view", { orgUnitPath: unit.path })) return null;
  const district = await getDistrictOf(db, { path: unit.path });
  if (!district) return null;
  const filters = readFilters(params);
  await ensureFresh(db, district.id, filters);
  const list = await db.select({ id: departments.id, name: departments.name }).from(departments).where(eq(departments.districtId, district.id)).orderBy(departments.name);
  const dept = list.some((d) => d.id === filters.dept) ? filters.dept : undefined;
  return {
    unit,
    district,
    filters: { ...filters, dept },
    departments: list,
    scope: { districtId: district.id, path: unit.path, from: filters.from, to: filters.to, departmentId: dept },
  };
}

/**
 * The rollup is rebuilt after check-in writes (per village) and by the seed; forms change rarely, so a
 * page view rebuilds the whole district when a form changed after the last rebuild or when the asked
 * months are not covered yet.
 */
async function ensureFresh(db: Db, districtId: string, filters: DashboardFilters) {
  const refresh = await getBurdenRefresh(db, { districtId });
  const [{ changed }] = await db.select({ changed: max(forms.updatedAt) }).from(forms).where(and(eq(forms.districtId, districtId)));
  const covered = refresh && refresh.fromMonth <= filters.from && refresh.toMonth >= filters.to;
  const stale = !refresh || (changed && changed > refresh.refreshedAt);
  if (covered && !stale) return;
  const from = refresh && refresh.fromMonth < filters.from ? refresh.fromMonth : filters.from;
  const to = refresh && refresh.toMonth > filters.to ? refresh.toMonth : filters.to;
  await refreshBurden(db, { districtId, from, to });
}
