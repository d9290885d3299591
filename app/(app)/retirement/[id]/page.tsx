import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import type { FormKind, Frequency, TargetLevel } from "@/lib/domain";
import { movingItems } from "@/lib/redundancy/merge";
import { getRetirementReview, listFormFieldsForEvidence, listMergeTargets } from "@/db/queries/retirement-reads";
import { ConfirmForm } from "@/app/_components/confirm-form";
import { getDb } from "@/app/_lib/db";
import { requireUser } from "@/app/_lib/session";
import { revert } from "../actions";
import { formatWhen } from "../when";
import { CoverageBar } from "../coverage-bar";
import { DecisionForm } from "../retirement-forms";
import styles from "../retirement.module.css";
import { Evidence } from "./evidence";

export default async function RetirementReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requireUser();
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const db = await getDb();
  const item = await getRetirementReview(db, { id });
  if (!item || !can(me.principal, "retirement.decide", { orgUnitPath: item.districtPath })) notFound();
  const t = await getTranslations("retirement");
  const locale = await getLocale();
  const { review } = item;
  const a = review.analysis;
  const [fields, targets] = await Promise.all([
    listFormFieldsForEvidence(db, { formId: review.formId }),
    review.decision ? Promise.resolve([]) : listMergeTargets(db, { districtId: review.districtId, excludeFormId: review.formId }),
  ]);
  const coverers = new Set(a.coveredBy.map((c) => c.formId));
  const orderedTargets = [...targets].sort((x, y) => Number(coverers.has(y.id)) - Number(coverers.has(x.id)));
  // Items no other form collects: they move to the target on a merge (the decision's snapshot once decided).
  const moving = movingItems(a.uncovered);
  const source = { frequency: item.frequency as Frequency, kind: item.kind as FormKind, targetLevels: item.targetLevels as TargetLevel[] };
  return (
    <>
      <p className="muted">
        <Link href="/retirement">{t("title")}</Link> ›
      </p>
      <h1>{item.formTitle}</h1>
      <p className="muted">
        {item.departmentName} · {t(`frequencies.${item.frequency}`)} ·{" "}
        <Link href={`/forms/${review.formId}`} data-testid="form-link" data-frequency={item.frequency} data-kind={item.kind}>
          {t("viewForm")}
        </Link>{" "}
        · <span className="badge">{t(`levels.${review.level}`)}</span>{" "}
        {a.recommendation === "keep" ? (
          <span className={`badge ${styles.keep}`}>{t("recommend.keep")}</span>
        ) : (
          <span className="badge">{t(movingItems(a.uncovered).length ? "recommend.merge" : "recommend.retire")}</span>
        )}
      </p>
      <div className={styles.figures}>
        <div className="card">
          <div className="muted">{t("coverage")}</div>
          <CoverageBar coverage={review.coverage} label={t("coverage")} />
          <div className="muted">{t("coveredCount", { covered: a.coveredElementCount, total: a.elementCount })}</div>
        </div>
        <div className="card">
          <div className="muted">{t("entriesPerVillage")}</div>
          <div className="stat">{a.entriesPerVillage}</div>
        </div>
        <div className="card">
          <div className="muted">{t("loadRemoved")}</div>
          <div className="stat">{review.loadRemoved.toLocaleString("zh-CN")}</div>
          <div className="muted">{t("loadFormula", { per: a.entriesPerVillage, villages: a.villages })}</div>
        </div>
      </div>
      <div className="card">
        <h2 style={{ marginTop: 0 }}>{t("reasonsTitle")}</h2>
        <ul className={styles.reasons}>
          {a.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
        {a.duplicates.length ? (
          <>
            <h2>{t("duplicatesTitle")}</h2>
            <ul className={styles.reasons} data-testid="duplicates">
              {a.duplicates.map((d) => (
                <li key={d.formId}>
                  {d.title}（{d.department}）{" "}
                  <span className={`badge ${d.kind === "exact" ? styles.exact : ""}`}>{d.kind === "exact" ? t("duplicateExact") : t("duplicateNear", { percent: Math.round(d.similarity * 100) })}</span>{" "}
                  {d.isOtherDepartment ? <span className={`badge ${styles.cross}`}>{t("crossDepartment")}</span> : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
      <h2>{t("evidenceTitle")}</h2>
      <Evidence fields={fields} analysis={a} />
      {moving.length && !review.decision ? <p className="alert error">{t("uncoveredNote", { n: moving.length })}</p> : null}
      {a.uncovered.length > moving.length && !review.decision ? <p className="alert info">{t("unmatchedNote", { n: a.uncovered.length - moving.length })}</p> : null}
      {moving.length && (!review.decision || (review.decision === "merge" && item.mergedIntoTitle)) ? (
        <div className="card" data-testid="moving-fields">
          <h2 style={{ marginTop: 0 }}>{review.decision ? t("movedTitle", { target: item.mergedIntoTitle ?? "" }) : t("movingTitle", { n: moving.length })}</h2>
          <ul className={styles.reasons}>
            {moving.map((u) => (
              <li key={u.fieldId}>{u.label}</li>
            ))}
          </ul>
          {review.decision ? null : <p className="muted">{t("movingHelp", { title: item.formTitle })}</p>}
        </div>
      ) : null}
      <div className="card" style={{ marginTop: "1rem" }}>
        {review.decision ? (
          <div data-testid="decision">
            <p>
              <strong>{t(`decisions.${review.decision}`)}</strong>
              {item.mergedIntoTitle ? ` → ${item.mergedIntoTitle}` : ""} · {item.decidedByName ?? "—"} · {formatWhen(review.decidedAt, locale)}
            </p>
            {review.reason ? <p className="muted">{t("reason")}：{review.reason}</p> : null}
            {review.revertedAt ? (
              <p className="badge off">{t("revertedBy", { name: item.revertedByName ?? "—", at: formatWhen(review.revertedAt, locale) })}</p>
            ) : (
              <ConfirmForm action={revert} fields={{ reviewId: review.id }} label={t("revert")} question={t("revertQuestion", { title: item.formTitle })} />
            )}
          </div>
        ) : (
          <DecisionForm
            reviewId={review.id}
            title={item.formTitle}
            source={source}
            moving={moving.map((u) => u.label ?? "")}
            targets={orderedTargets}
            suggested={a.recommendation === "keep" ? "keep" : moving.length ? "merge" : "retire"}
          />
        )}
      </div>
    </>
  );
}
