import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/app/_lib/session";
import { XlsxImportForm } from "@/app/_components/xlsx-import-form";

export default async function OrgUnitImportPage() {
  const me = await requireUser();
  if (!can(me.principal, "admin.manage")) notFound();
  const t = await getTranslations("orgImport");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("help")}</p>
      <div className="card">
        <XlsxImportForm endpoint="/api/org-units/import" inputId="org-file" fileLabel={t("file")} submitLabel={t("submit")} />
      </div>
    </>
  );
}
