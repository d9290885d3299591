import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { listAllDepartments } from "@/db/queries/departments";
import { listOrgUnitsInSubtree } from "@/db/queries/org-units";
import { getUserWithScopeById } from "@/db/queries/users";
import { getDb } from "@/app/_lib/db";
import { requireUser } from "@/app/_lib/session";
import { ResetPasswordForm, UserForm } from "../user-form";

export default async function EditUserPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requireUser();
  const { id } = await params;
  if (!can(me.principal, "admin.manage") || !z.uuid().safeParse(id).success) notFound();
  const db = await getDb();
  const target = await getUserWithScopeById(db, { id });
  if (!target) notFound();
  const t = await getTranslations();
  const [units, departments] = await Promise.all([listOrgUnitsInSubtree(db, { path: me.principal.orgUnitPath }), listAllDepartments(db)]);
  return (
    <>
      <h1>
        {target.user.displayName} <span className="badge">{target.user.username}</span>
      </h1>
      <div className="card">
        <UserForm
          units={units.map((u) => ({ id: u.id, label: `${u.name}（${t(`levels.${u.level}`)}）` }))}
          departments={departments.map((d) => ({ id: d.id, label: d.name }))}
          existing={target.user}
        />
      </div>
      <div className="card">
        <h2 style={{ marginTop: 0 }}>{t("users.resetPassword")}</h2>
        <ResetPasswordForm userId={target.user.id} />
      </div>
    </>
  );
}
