import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDistrictOf } from "@/db/queries/org-units";
import { countScope } from "@/db/queries/stats";
import { getDb } from "@/app/_lib/db";
import { navFor } from "@/app/_lib/nav";
import { requireUser } from "@/app/_lib/session";

export default async function HomePage() {
  const me = await requireUser();
  const t = await getTranslations();
  const db = await getDb();
  const district = await getDistrictOf(db, { path: me.principal.orgUnitPath });
  const counts = await countScope(db, { path: me.principal.orgUnitPath, districtId: district?.id ?? null });
  const links = navFor(me.user.role).filter((item) => item.href !== "/");
  return (
    <>
      <h1>{t("home.welcome", { name: me.user.displayName })}</h1>
      <p className="muted">
        {t("home.scope", { unit: me.orgUnitName })} · {t("home.role", { role: t(`roles.${me.user.role}`) })}
        {me.departmentName ? ` · ${t("home.department", { department: me.departmentName })}` : ""}
      </p>
      <div className="grid">
        {me.user.role !== "village_cadre" ? (
          <>
            <div className="card">
              <div className="muted">{t("home.towns")}</div>
              <div className="stat">{counts.towns}</div>
            </div>
            <div className="card">
              <div className="muted">{t("home.villages")}</div>
              <div className="stat">{counts.villages}</div>
            </div>
          </>
        ) : null}
        <div className="card">
          <div className="muted">{t("home.users")}</div>
          <div className="stat">{counts.users}</div>
        </div>
        {district ? (
          <div className="card">
            <div className="muted">{t("home.departments")}</div>
            <div className="stat">{counts.departments}</div>
          </div>
        ) : null}
      </div>
      <h2>{t("home.quickLinks")}</h2>
      <div className="row">
        {me.user.role === "village_cadre" ? (
          <Link className="btn secondary" href={`/org-units/${me.user.orgUnitId}`}>
            {me.orgUnitName}
          </Link>
        ) : null}
        {links.map((item) => (
          <Link key={item.href} className="btn secondary" href={item.href}>
            {t(item.labelKey)}
          </Link>
        ))}
      </div>
    </>
  );
}
