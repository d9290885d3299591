import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { listAdmittedCatalog } from "@/db/queries/admission-reads";
import { getDb } from "@/app/_lib/db";
import { requireUser } from "@/app/_lib/session";
import { formatWhen } from "../../retirement/when";
import { admissionScope } from "../district";
import styles from "../admission.module.css";

/** 准入目录: the district's admitted forms with their legal marks and how each was admitted; exportable to .xlsx. */
export default async function AdmissionCatalogPage() {
  const me = await requireUser();
  const db = await getDb();
  const scope = await admissionScope(db, me);
  if (!scope) notFound();
  const t = await getTranslations("admission");
  const tf = await getTranslations("forms");
  const locale = await getLocale();
  const items = await listAdmittedCatalog(db, { districtId: scope.district.id });
  return (
    <>
      <p className="muted">
        <Link href="/admission">{t("title")}</Link> ›
      </p>
      <div className="row">
        <h1>{t("catalog.title")}</h1>
        <span className="spacer" />
        <a className="btn" href={`/api/admission/catalog/export?district=${scope.district.id}`} data-testid="catalog-export" download>
          {t("catalog.export")}
        </a>
      </div>
      <p className="muted">{t("catalog.intro", { district: scope.district.name, n: items.length })}</p>
      <div className="table-wrap">
        <table data-testid="catalog-table">
          <thead>
            <tr>
              <th>{t("columns.form")}</th>
              <th>{t("columns.department")}</th>
              <th>{t("columns.frequency")}</th>
              <th className={styles.num}>{t("columns.fields")}</th>
              <th className={styles.hideNarrow}>{t("legal.formNumber")}</th>
              <th className={styles.hideNarrow}>{t("legal.validUntil")}</th>
              <th>{t("columns.admitted")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.formId}>
                <td>
                  <Link href={`/forms/${i.formId}`}>{i.title}</Link>
                </td>
                <td>{i.departmentName}</td>
                <td>{tf(`frequency.${i.frequency}`)}</td>
                <td className={styles.num}>{i.fieldCount}</td>
                <td className={styles.hideNarrow}>{i.legal.formNumber ?? "—"}</td>
                <td className={styles.hideNarrow}>{i.legal.validUntil ?? "—"}</td>
                <td>{i.admission ? `${t(`status.${i.admission.status}`)} ${formatWhen(i.admission.decidedAt, locale)}` : t("catalog.legacy")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
