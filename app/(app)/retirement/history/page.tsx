import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { listRetirementHistory } from "@/db/queries/retirement-reads";
import { ConfirmForm } from "@/app/_components/confirm-form";
import { getDb } from "@/app/_lib/db";
import { requireUser } from "@/app/_lib/session";
import { revert } from "../actions";
import { formatWhen } from "../when";
import { reviewDistrict } from "../district";

export default async function RetirementHistoryPage() {
  const me = await requireUser();
  const db = await getDb();
  const district = await reviewDistrict(db, me);
  if (!district) notFound();
  const t = await getTranslations("retirement");
  const locale = await getLocale();
  const items = await listRetirementHistory(db, { districtId: district.id });
  const when = (d: Date | null) => formatWhen(d, locale);
  return (
    <>
      <p className="muted">
        <Link href="/retirement">{t("title")}</Link> ›
      </p>
      <h1>{t("history")}</h1>
      <p className="muted">{t("historySubtitle")}</p>
      {items.length === 0 ? (
        <p className="card muted">{t("historyEmpty")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>{t("form")}</th>
                <th>{t("decision")}</th>
                <th className="hide-sm">{t("reason")}</th>
                <th className="hide-sm">{t("decidedBy")}</th>
                <th>{t("state")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map(({ review, formTitle, departmentName, mergedIntoTitle, decidedByName, revertedByName }) => (
                <tr key={review.id} data-testid="history-row">
                  <td>
                    <Link href={`/retirement/${review.id}`}>{formTitle}</Link>
                    <div className="muted">{departmentName}</div>
                  </td>
                  <td>
                    {t(`decisions.${review.decision}`)}
                    {mergedIntoTitle ? <div className="muted">→ {mergedIntoTitle}</div> : null}
                  </td>
                  <td className="hide-sm">{review.reason ?? "—"}</td>
                  <td className="hide-sm">
                    {decidedByName ?? "—"}
                    <div className="muted">{when(review.decidedAt)}</div>
                  </td>
                  <td>
                    {review.revertedAt ? (
                      <span className="badge off">{t("revertedBy", { name: revertedByName ?? "—", at: when(review.revertedAt) })}</span>
                    ) : (
                      <>
                        <span className="badge">{t("inForce")}</span>{" "}
                        <ConfirmForm action={revert} fields={{ reviewId: review.id }} label={t("revert")} question={t("revertQuestion", { title: formTitle })} />
                      </>
                    )}
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
