import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { listAllDepartments } from "@/db/queries/departments";
import { listOrgUnitsInSubtree } from "@/db/queries/org-units";
import { listUsersInSubtree } from "@/db/queries/users";
import { ConfirmForm } from "@/app/_components/confirm-form";
import { getDb } from "@/app/_lib/db";
import { requireUser } from "@/app/_lib/session";
import { setUserActive } from "./actions";
import { UserForm } from "./user-form";

export default async function UsersPage() {
  const me = await requireUser();
  if (!can(me.principal, "admin.manage")) notFound();
  const t = await getTranslations();
  const db = await getDb();
  const [people, units, departments] = await Promise.all([
    listUsersInSubtree(db, { path: me.principal.orgUnitPath }),
    listOrgUnitsInSubtree(db, { path: me.principal.orgUnitPath }),
    listAllDepartments(db),
  ]);
  const unitOptions = units.map((u) => ({ id: u.id, label: `${u.name}（${t(`levels.${u.level}`)}）` }));
  const deptOptions = departments.map((d) => ({ id: d.id, label: d.name }));
  return (
    <>
      <h1>{t("users.title")}</h1>
      <details className="card">
        <summary>{t("users.add")}</summary>
        <UserForm units={unitOptions} departments={deptOptions} />
      </details>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>{t("users.username")}</th>
              <th>{t("users.displayName")}</th>
              <th>{t("users.role")}</th>
              <th className="hide-sm">{t("users.orgUnit")}</th>
              <th className="hide-sm">{t("users.department")}</th>
              <th>{t("users.status")}</th>
              <th>{t("users.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {people.map(({ user, orgUnitName, departmentName }) => (
              <tr key={user.id}>
                <td>
                  <Link href={`/admin/users/${user.id}`}>{user.username}</Link>
                </td>
                <td>{user.displayName}</td>
                <td>{t(`roles.${user.role}`)}</td>
                <td className="hide-sm">{orgUnitName}</td>
                <td className="hide-sm">{departmentName ?? "—"}</td>
                <td>{user.isActive ? <span className="badge">{t("users.active")}</span> : <span className="badge off">{t("users.inactive")}</span>}</td>
                <td>
                  {user.id === me.user.id ? null : user.isActive ? (
                    <ConfirmForm action={setUserActive} fields={{ id: user.id, isActive: "false" }} label={t("users.deactivate")} question={t("users.confirmDeactivate", { name: user.displayName })} />
                  ) : (
                    <ConfirmForm action={setUserActive} fields={{ id: user.id, isActive: "true" }} label={t("users.activate")} question={t("users.activate")} danger={false} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
