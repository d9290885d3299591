import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { listOrgUnitsInSubtree } from "@/db/queries/org-units";
import { ConfirmForm } from "@/app/_components/confirm-form";
import { getDb } from "@/app/_lib/db";
import { requireUser } from "@/app/_lib/session";
import { removeOrgUnit } from "./actions";
import { OrgUnitCreateForm } from "./org-unit-forms";

const INDENT = { city: 0, district: 1, town: 2, village: 3, community: 3 } as const;

export default async function OrgUnitsPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const me = await requireUser();
  if (!can(me.principal, "orgUnit.view")) notFound();
  const t = await getTranslations();
  const { q = "" } = await searchParams;
  const isAdmin = can(me.principal, "admin.manage");
  const all = await listOrgUnitsInSubtree(await getDb(), { path: me.principal.orgUnitPath });
  const needle = q.trim();
  const units = needle ? all.filter((u) => u.name.includes(needle) || u.divisionCode.startsWith(needle)) : all;
  return (
    <>
      <div className="row">
        <div>
          <h1>{t("orgUnits.title")}</h1>
          <p className="muted">{t("orgUnits.subtitle")}</p>
        </div>
        <span className="spacer" />
        {isAdmin ? (
          <Link className="btn secondary" href="/org-units/import">
            {t("orgUnits.import")}
          </Link>
        ) : null}
      </div>
      {isAdmin ? (
        <details className="card">
          <summary>{t("orgUnits.add")}</summary>
          <OrgUnitCreateForm parents={all.filter((u) => u.level !== "village" && u.level !== "community").map((u) => ({ id: u.id, label: `${u.name}（${u.divisionCode}）` }))} />
        </details>
      ) : null}
      <form className="row" style={{ marginBottom: "0.75rem" }}>
        <input name="q" defaultValue={q} placeholder={t("orgUnits.filter")} aria-label={t("orgUnits.filter")} style={{ maxWidth: 320 }} />
        <button className="btn secondary" type="submit">
          {t("orgUnits.search")}
        </button>
        <span className="muted">{t("orgUnits.count", { count: units.length })}</span>
      </form>
      {units.length === 0 ? (
        <p className="card muted">{t("orgUnits.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>{t("orgUnits.name")}</th>
                <th>{t("orgUnits.code")}</th>
                <th>{t("orgUnits.level")}</th>
                {isAdmin ? <th>{t("orgUnits.actions")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {units.map((u) => (
                <tr key={u.id}>
                  <td style={{ paddingLeft: `${0.6 + INDENT[u.level] * 1.1}rem` }}>
                    <Link href={`/org-units/${u.id}`}>{u.name}</Link>
                  </td>
                  <td>{u.divisionCode}</td>
                  <td>{t(`levels.${u.level}`)}</td>
                  {isAdmin ? (
                    <td>
                      <ConfirmForm action={removeOrgUnit} fields={{ id: u.id }} label={t("orgUnits.delete")} question={t("orgUnits.confirmDelete", { name: u.name })} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
