import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { env } from "@/db/env";
import { getDb } from "@/app/_lib/db";
import { requireUser } from "@/app/_lib/session";
import { listDistrictsFor } from "../district";
import { UploadForm } from "./upload-form";

export default async function UploadPage() {
  const me = await requireUser();
  const db = await getDb();
  const districts = await listDistrictsFor(db, me);
  const allowed = districts.filter((d) => can(me.principal, "form.manage", { orgUnitPath: d.path, departmentId: me.principal.departmentId }));
  if (allowed.length === 0) notFound();
  const t = await getTranslations("forms.upload");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{me.user.role === "admin" ? t("introAdmin") : t("intro", { department: me.departmentName ?? "" })}</p>
      <UploadForm districts={me.user.role === "admin" ? allowed.map((d) => ({ id: d.id, name: d.name })) : null} maxMb={env().UPLOAD_MAX_MB} />
    </>
  );
}
