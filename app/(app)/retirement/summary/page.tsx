import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { countDistrictVillages } from "@/db/queries/retirement";
import { getRetirementSummary } from "@/db/queries/retirement-reads";
import { getDb } from "@/app/_lib/db";
import { requireUser } from "@/app/_lib/session";
import { reviewDistrict } from "../district";
import styles from "../retirement.module.css";

/** The figures a district reports upward: forms registered, retired, kept, merged, and the entries removed. */
export default async function RetirementSummaryPage() {
  const me = await requireUser();
  const db = await getDb();
  const district = await reviewDistrict(db, me);
  if (!district) notFound();
  const t = await getTranslations("retirement");
  const villages = await countDistrictVillages(db, { districtId: district.id });
  const s = await getRetirementSummary(db, { districtId: district.id, villages });
  const figures: [string, number, string?][] = [
    ["registered", s.registered],
    ["active", s.active],
    ["retired", s.retired],
    ["retiredByDecision", s.retiredByDecision],
    ["merged", s.merged],
    ["kept", s.kept],
    ["pending", s.pending],
    ["entriesRemovedPerVillage", s.entriesRemovedPerVillage, "per-village"],
    ["entriesRemovedTotal", s.entriesRemovedTotal],
  ];
  return (
    <>
      <p className="muted">
        <Link href="/retirement">{t("title")}</Link> ›
      </p>
      <div className="row">
        <div>
          <h1>{t("summary")}</h1>
          <p className="muted">{t("summarySubtitle", { district: district.name, villages })}</p>
        </div>
        <span className="spacer" />
        <a className="btn secondary" href="/api/retirement/export" download>
          {t("export")}
        </a>
      </div>
      <div className={styles.figures}>
        {figures.map(([key, value, testId]) => (
          <div className="card" key={key}>
            <div className="muted">{t(`figures.${key}`)}</div>
            <div className="stat" data-testid={testId ?? `figure-${key}`}>
              {value.toLocaleString("zh-CN")}
            </div>
          </div>
        ))}
      </div>
      <h2>{t("byDepartment")}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>{t("department")}</th>
              <th>{t("figures.registered")}</th>
              <th>{t("figures.retired")}</th>
              <th>{t("figures.entriesRemovedPerVillage")}</th>
            </tr>
          </thead>
          <tbody>
            {s.byDepartment.map((d) => (
              <tr key={d.department}>
                <td>{d.department}</td>
                <td>{d.registered}</td>
                <td>{d.retired}</td>
                <td>{d.entriesRemovedPerVillage}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
