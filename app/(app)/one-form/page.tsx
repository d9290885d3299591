import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { periodKeyOf } from "@/lib/periods";
import { listOrgUnitsInSubtree } from "@/db/queries/org-units";
import { getDb } from "@/app/_lib/db";
import { requireUser } from "@/app/_lib/session";

/** A cadre goes straight to this month's one form; officials pick a village (read only). */
export default async function OneFormIndexPage() {
  const me = await requireUser();
  if (!can(me.principal, "oneForm.view")) notFound();
  const period = periodKeyOf(new Date(), "month");
  if (me.user.role === "village_cadre") redirect(`/one-form/${me.user.orgUnitId}/${period}`);
  const t = await getTranslations();
  const units = await listOrgUnitsInSubtree(await getDb(), { path: me.principal.orgUnitPath, levels: ["village", "community"] });
  return (
    <>
      <h1>{t("oneForm.title")}</h1>
      <p className="muted">{t("oneForm.pickVillage")} · {period}</p>
      <div className="table-wrap">
        <table>
          <tbody>
            {units.map((u) => (
              <tr key={u.id}>
                <td>
                  <Link href={`/one-form/${u.id}/${period}`}>{u.name}</Link>
                </td>
                <td>{t(`levels.${u.level}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
