import { notFound } from "next/navigation";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/app/_lib/db";
import { requireUser } from "@/app/_lib/session";
import { BurdenDashboard } from "../burden-dashboard";
import { loadDashboardContext } from "../load";

/** Drill-down: a town's or a village's own dashboard; outside the user's reach it is a 404. */
export default async function UnitDashboardPage({ params, searchParams }: { params: Promise<{ orgUnitId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const me = await requireUser();
  if (!can(me.principal, "burden.view")) notFound();
  const { orgUnitId } = await params;
  if (!z.uuid().safeParse(orgUnitId).success) notFound();
  const db = await getDb();
  const ctx = await loadDashboardContext(db, me, orgUnitId, await searchParams);
  if (!ctx) notFound();
  return <BurdenDashboard db={db} ctx={ctx} />;
}
