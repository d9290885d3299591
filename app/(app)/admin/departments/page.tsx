import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { listAllDepartments } from "@/db/queries/departments";
import { listOrgUnitsInSubtree } from "@/db/queries/org-units";
import { ConfirmForm } from "@/app/_components/confirm-form";
import { getDb } from "@/app/_lib/db";
import { requireUser } from "@/app/_lib/session";
import { removeDepartment } from "./actions";
import { DepartmentCreateForm, DepartmentRenameForm } from "./department-forms";

export default async function DepartmentsPage() {
  const me = await requireUser();
  if (!can(me.principal, "admin.manage")) notFound();
  const t = await getTranslations();
  const db = await getDb();
  const [departments, districts] = await Promise.all([listAllDepartments(db), listOrgUnitsInSubtree(db, { path: me.principal.orgUnitPath, levels: ["district"] })]);
  const districtName = new Map(districts.map((d) => [d.id, d.name]));
  return (
    <>
      <h1>{t("departments.title")}</h1>
      <details className="card">
        <summary>{t("departments.add")}</summary>
        <DepartmentCreateForm districts={districts.map((d) => ({ id: d.id, label: d.name }))} />
      </details>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>{t("departments.name")}</th>
              <th className="hide-sm">{t("departments.district")}</th>
              <th>{t("departments.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {departments
              .filter((d) => districtName.has(d.districtId))
              .map((d) => (
                <tr key={d.id}>
                  <td>
                    <DepartmentRenameForm department={{ id: d.id, name: d.name }} />
                  </td>
                  <td className="hide-sm">{districtName.get(d.districtId)}</td>
                  <td>
                    <ConfirmForm action={removeDepartment} fields={{ id: d.id }} label={t("departments.delete")} question={t("departments.confirmDelete", { name: d.name })} />
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
