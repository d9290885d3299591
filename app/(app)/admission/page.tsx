import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { listAdmissionRequests } from "@/db/queries/admission-reads";
import { getDb } from "@/app/_lib/db";
import { requireUser } from "@/app/_lib/session";
import { formatWhen } from "../retirement/when";
import { admissionScope } from "./district";
import styles from "./admission.module.css";

/** 报表准入: the district's admission requests (a department's own only), open ones first. */
export default async function AdmissionPage() {
  const me = await requireUser();
  const db = await getDb();
  const scope = await admissionScope(db, me);
  if (!scope) notFound();
  const t = await getTranslations("admission");
  const tf = await getTranslations("forms");
  const locale = await getLocale();
  const requests = await listAdmissionRequests(db, { districtId: scope.district.id, departmentId: scope.departmentId });
  const open = requests.filter((r) => r.status === "pending").length;
  return (
    <>
      <div className="row">
        <h1>{t("title")}</h1>
        <span className="spacer" />
        <Link className="btn secondary" href="/admission/catalog" data-testid="catalog-link">
          {t("catalog.title")}
        </Link>
      </div>
      <p className="muted">{scope.departmentId ? t("introDepartment") : t("intro", { open })}</p>
      {requests.length === 0 ? (
        <p className="card muted">{t("empty")}</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="admission-table">
            <thead>
              <tr>
                <th>{t("columns.form")}</th>
                <th>{t("columns.department")}</th>
                <th>{t("columns.status")}</th>
                <th className={styles.num}>{t("class.new")}</th>
                <th className={styles.num}>{t("class.existing")}</th>
                <th className={styles.num}>{t("class.uncertain")}</th>
                <th>{t("columns.submittedAt")}</th>
              </tr>
            </thead>
            <tbody>
              {requests.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={`/admission/${r.id}`}>{r.formTitle}</Link> {r.isNewVersion ? <span className="badge">{t("newVersion")}</span> : null}
                    <div className="muted">{tf(`frequency.${r.requestedFrequency}`)}</div>
                  </td>
                  <td>{r.departmentName}</td>
                  <td>
                    <span className={`badge ${styles[r.status]}`}>{t(`status.${r.status}`)}</span>
                  </td>
                  <td className={styles.num}>{r.counts.new}</td>
                  <td className={styles.num}>{r.counts.existing}</td>
                  <td className={styles.num}>{r.counts.uncertain}</td>
                  <td>{formatWhen(r.submittedAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
