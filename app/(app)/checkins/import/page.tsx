import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/app/_lib/session";
import { XlsxImportForm } from "@/app/_components/xlsx-import-form";

export default async function ImportCheckinTasksPage() {
  const me = await requireUser();
  if (!can(me.principal, "checkin.manage") || me.user.role === "village_cadre") notFound();
  const t = await getTranslations("checkins");
  return (
    <>
      <p className="muted">
        <Link href="/checkins">{t("title")}</Link> ›
      </p>
      <h1>{t("importTitle")}</h1>
      <p className="muted">{t("importHelp")}</p>
      <div className="card form-narrow">
        <XlsxImportForm endpoint="/api/checkins/import" inputId="checkin-file" fileLabel={t("file")} submitLabel={t("importSubmit")} />
      </div>
    </>
  );
}
