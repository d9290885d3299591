import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { listRetirementQueue } from "@/db/queries/retirement-reads";
import { getDb } from "@/app/_lib/db";
import { requireUser } from "@/app/_lib/session";
import { CoverageBar } from "./coverage-bar";
import { reviewDistrict } from "./district";
import { AnalyzeButton } from "./retirement-forms";
import styles from "./retirement.module.css";

export default async function RetirementQueuePage() {
  const me = await requireUser();
  const db = await getDb();
  const district = await reviewDistrict(db, me);
  if (!district) notFound();
  const t = await getTranslations("retirement");
  const items = await listRetirementQueue(db, { districtId: district.id });
  const safe = items.filter((i) => i.review.analysis.recommendation === "retire");
  return (
    <>
      <div className="row">
        <div>
          <h1>{t("title")}</h1>
          <p className="muted">{t("subtitle")}</p>
        </div>
        <span className="spacer" />
        <AnalyzeButton districtId={district.id} />
      </div>
      <div className="row" style={{ marginBottom: "0.75rem" }}>
        <Link className="btn secondary small" href="/retirement/summary">
          {t("summary")}
        </Link>
        <Link className="btn secondary small" href="/retirement/history">
          {t("history")}
        </Link>
        <a className="btn secondary small" href="/api/retirement/export" download>
          {t("export")}
        </a>
      </div>
      <div className={styles.figures}>
        <div className="card">
          <div className="muted">{t("pending")}</div>
          <div className="stat" data-testid="pending-count">{items.length}</div>
        </div>
        <div className="card">
          <div className="muted">{t("full")}</div>
          <div className="stat">{items.filter((i) => i.review.level === "full").length}</div>
        </div>
        <div className="card">
          <div className="muted">{t("totalLoad")}</div>
          <div className="stat">{safe.reduce((s, i) => s + i.review.loadRemoved, 0).toLocaleString("zh-CN")}</div>
        </div>
      </div>
      {items.length === 0 ? (
        <p className="card muted">{t("empty")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>{t("form")}</th>
                <th className="hide-sm">{t("frequency")}</th>
                <th>{t("coverage")}</th>
                <th className="hide-sm">{t("coveredBy")}</th>
                <th>{t("loadRemoved")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map(({ review, formTitle, departmentName, frequency, kind }) => (
                <tr key={review.id} data-testid="candidate" data-kind={kind}>
                  <td style={{ minWidth: "11rem" }}>
                    <Link href={`/retirement/${review.id}`}>{formTitle}</Link>
                    <div className="muted">
                      {departmentName} · <span className="badge">{t(`levels.${review.level}`)}</span>{" "}
                      {review.analysis.duplicates.some((d) => d.kind === "exact") ? <span className={`badge ${styles.exact}`}>{t("duplicateExactShort")}</span> : null}{" "}
                      {review.analysis.recommendation === "keep" ? <span className={`badge ${styles.keep}`}>{t("recommend.keep")}</span> : null}
                    </div>
                  </td>
                  <td className="hide-sm">{t(`frequencies.${frequency}`)}</td>
                  <td>
                    <CoverageBar coverage={review.coverage} label={t("coverage")} />
                  </td>
                  <td className="hide-sm">
                    {review.analysis.coveredBy
                      .slice(0, 3)
                      .map((c) => c.title)
                      .join("、")}
                    {review.analysis.coveredBy.length > 3 ? <span className="muted"> {t("andMore", { n: review.analysis.coveredBy.length })}</span> : null}
                  </td>
                  <td style={{ minWidth: "5.5rem" }}>
                    {review.loadRemoved.toLocaleString("zh-CN")}
                    <div className="muted">{t("perVillage", { n: review.analysis.entriesPerVillage })}</div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
