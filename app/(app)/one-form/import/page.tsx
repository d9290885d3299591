import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { listRosterForms } from "@/db/queries/imports";
import { getDistrictOf, getOrgUnitById } from "@/db/queries/org-units";
import { getDb } from "@/app/_lib/db";
import { requireUser } from "@/app/_lib/session";
import { ImportForm } from "./import-form";

export const dynamic = "force-dynamic";

/** 从表格导入: a cadre brings a spreadsheet the village already keeps into the one form (own village only). */
export default async function OneFormImportPage() {
  const me = await requireUser();
  const db = await getDb();
  const unit = await getOrgUnitById(db, { id: me.user.orgUnitId });
  if (!unit || (unit.level !== "village" && unit.level !== "community") || !can(me.principal, "oneForm.fill", { orgUnitPath: unit.path })) notFound();
  const district = await getDistrictOf(db, { path: unit.path });
  if (!district) notFound();
  const t = await getTranslations("oneFormImport");
  const rosterForms = await listRosterForms(db, { districtId: district.id });
  return (
    <>
      <h1>
        {t("title")} · {unit.name}
      </h1>
      <p className="muted">{t("help")}</p>
      <ImportForm rosterForms={rosterForms} />
    </>
  );
}
