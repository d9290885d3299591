import { notFound } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/app/_lib/db";
import { requireUser } from "@/app/_lib/session";
import { BurdenDashboard } from "./burden-dashboard";
import { defaultDashboardUnit, loadDashboardContext } from "./load";

/** 负担看板: opens on the user's own district, town or village. */
export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const me = await requireUser();
  if (!can(me.principal, "burden.view")) notFound();
  const db = await getDb();
  const unit = await defaultDashboardUnit(db, me);
  if (!unit) notFound();
  const ctx = await loadDashboardContext(db, me, unit.id, await searchParams);
  if (!ctx) notFound();
  return <BurdenDashboard db={db} ctx={ctx} />;
}
