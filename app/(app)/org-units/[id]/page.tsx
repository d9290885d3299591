import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { getOrgUnitById, listAncestors, listChildren } from "@/db/queries/org-units";
import { getDb } from "@/app/_lib/db";
import { requireUser } from "@/app/_lib/session";
import { OrgUnitEditForm } from "../org-unit-forms";

export default async function OrgUnitPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requireUser();
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const db = await getDb();
  const unit = await getOrgUnitById(db, { id });
  // Out of scope looks exactly like missing: a cadre learns nothing about another village.
  if (!unit || !can(me.principal, "orgUnit.view", { orgUnitPath: unit.path })) notFound();
  const t = await getTranslations();
  const [ancestors, children] = await Promise.all([listAncestors(db, { path: unit.path }), listChildren(db, { id })]);
  return (
    <>
      <p className="muted">
        {ancestors.slice(0, -1).map((a) => a.name).join(" › ") || t("orgUnits.noParent")}
      </p>
      <h1>
        {unit.name} <span className="badge">{t(`levels.${unit.level}`)}</span>
      </h1>
      <p className="muted">
        {t("orgUnits.code")}：{unit.divisionCode}
      </p>
      {can(me.principal, "admin.manage") ? (
        <div className="card">
          <OrgUnitEditForm unit={unit} />
        </div>
      ) : null}
      {children.length ? (
        <>
          <h2>{t("orgUnits.children")}</h2>
          <div className="table-wrap">
            <table>
              <tbody>
                {children.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <Link href={`/org-units/${c.id}`}>{c.name}</Link>
                    </td>
                    <td>{c.divisionCode}</td>
                    <td>{t(`levels.${c.level}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </>
  );
}
