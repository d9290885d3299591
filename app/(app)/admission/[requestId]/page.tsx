import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { getAdmissionRequestById } from "@/db/queries/admission";
import { getAdmissionReview } from "@/db/queries/admission-reads";
import { getOrgUnitById } from "@/db/queries/org-units";
import { ConfirmForm } from "@/app/_components/confirm-form";
import { getDb } from "@/app/_lib/db";
import { requireUser } from "@/app/_lib/session";
import { formatWhen } from "../../retirement/when";
import { reanalyzeAdmissionRequest } from "../actions";
import styles from "../admission.module.css";
import { AdmissionFields } from "./decision-form";

/** Today in China Standard Time (validity dates are Chinese calendar days). */
function todayInChina(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
}

/** One admission request: what the form adds, its legal marks, duplicates, the version difference, the decision. */
export default async function AdmissionRequestPage({ params }: { params: Promise<{ requestId: string }> }) {
  const me = await requireUser();
  const { requestId } = await params;
  if (!z.uuid().safeParse(requestId).success) notFound();
  const db = await getDb();
  const request = await getAdmissionRequestById(db, { id: requestId });
  const district = request ? await getOrgUnitById(db, { id: request.districtId }) : null;
  const target = district && request ? { orgUnitPath: district.path, departmentId: request.departmentId } : null;
  if (!request || !target || !can(me.principal, "admission.view", target)) notFound();
  const review = await getAdmissionReview(db, { request, today: todayInChina() });
  if (!review) notFound();
  const t = await getTranslations("admission");
  const tf = await getTranslations("forms");
  const locale = await getLocale();
  const canDecide = can(me.principal, "admission.decide", target);
  const pending = request.status === "pending";
  const { load, departmentLoad, legal, previous } = review;
  return (
    <>
      <p className="muted">
        <Link href="/admission">{t("title")}</Link> › {review.departmentName}
      </p>
      <div className="row">
        <h1>{review.form.title}</h1>
        <span className={`badge ${styles[request.status]}`} data-testid="request-status">
          {t(`status.${request.status}`)}
        </span>
        {previous ? <span className="badge">{t("newVersion")}</span> : null}
      </div>
      <p className="muted">
        {t("summary", { department: review.departmentName, frequency: tf(`frequency.${request.requestedFrequency}`), units: review.units, by: review.submittedByName ?? "—", at: formatWhen(request.submittedAt, locale) })} ·{" "}
        <Link href={`/forms/${review.form.id}`}>{t("viewForm")}</Link>
      </p>

      {request.status !== "pending" ? (
        <div className={`alert ${request.status === "rejected" ? "error" : "ok"}`} data-testid="decision">
          <strong>{t(`status.${request.status}`)}</strong> · {review.decidedByName ?? "—"} · {formatWhen(request.decidedAt, locale)}
          {request.status === "approved_with_changes" ? (
            <div>{t("changesMade", { dropped: request.droppedFieldIds.length, from: tf(`frequency.${request.requestedFrequency}`), to: tf(`frequency.${request.admittedFrequency ?? request.requestedFrequency}`) })}</div>
          ) : null}
          {request.reason ? (
            <div>
              {t("reason")}：{request.reason}
            </div>
          ) : null}
        </div>
      ) : null}

      {review.existingSources ? (
        <div className="alert error" data-testid="nothing-new">
          <strong>{t("nothingNew.title")}</strong>
          <p style={{ margin: "0.3rem 0" }}>{t("nothingNew.help")}</p>
          <ul className={styles.list}>
            {review.existingSources.map((s) => (
              <li key={s.form.formId}>
                {/* The data's own 填报情况 (with downloads) where the viewer may export that form; otherwise the form's page. */}
                <Link href={can(me.principal, "form.export", { orgUnitPath: target.orgUnitPath, departmentId: s.form.departmentId }) ? `/forms/${s.form.formId}/submissions` : `/forms/${s.form.formId}`}>{s.form.title}</Link>（{s.form.departmentName}，{tf(`frequency.${s.form.frequency}`)}）{t("nothingNew.covers", { n: s.fields })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <AdmissionFields
        requestId={request.id}
        version={request.version}
        fields={request.analysis.fields}
        requestedFrequency={request.requestedFrequency}
        units={review.units}
        minutes={review.minutes}
        editable={pending && canDecide}
        dropped={request.droppedFieldIds}
        admittedFrequency={request.admittedFrequency}
      />

      <div className={styles.figures} style={{ marginTop: "1rem" }}>
        <div className="card">
          <div className="muted">{t("load.department", { department: review.departmentName })}</div>
          <div className="stat" data-testid="department-entries">
            {departmentLoad.entries.toLocaleString("zh-CN")}
          </div>
          <div className={styles.formula}>{t("load.departmentNote", { forms: departmentLoad.forms, hours: Math.round(departmentLoad.minutes / 60).toLocaleString("zh-CN") })}</div>
        </div>
        <div className="card">
          <div className="muted">{t("load.share")}</div>
          <div className="stat">{departmentLoad.entries ? `+${Math.round((load.added.entries / departmentLoad.entries) * 100)}%` : "—"}</div>
          <div className={styles.formula}>{t("load.shareNote")}</div>
        </div>
      </div>

      <div className="card">
        <h2 style={{ marginTop: 0 }}>{t("legal.title")}</h2>
        <dl className={styles.marks} data-testid="legal-marks">
          {(["formNumber", "authority", "approvalNumber", "validUntil"] as const).map((k) => (
            <div key={k} style={{ display: "contents" }}>
              <dt>{t(`legal.${k}`)}</dt>
              <dd className={legal[k] ? undefined : styles.missing}>{legal[k] ?? t("legal.absent")}</dd>
            </div>
          ))}
        </dl>
        {review.legalIssues.length ? (
          <ul className={`${styles.list} ${styles.missing}`} data-testid="legal-issues">
            {review.legalIssues.map((i) => (
              <li key={i}>{t(`legal.issues.${i}`)}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("legal.ok")}</p>
        )}
      </div>

      <div className="card">
        <h2 style={{ marginTop: 0 }}>{t("duplicates.title")}</h2>
        {review.duplicates.length ? (
          <ul className={styles.list} data-testid="duplicates">
            {review.duplicates.map((d) => (
              <li key={d.fieldId}>
                <strong>{d.label}</strong>
                {d.elementName && d.elementName !== d.label ? `（${d.elementName}）` : ""}：{d.forms
                  .slice(0, 5)
                  .map((f) => `${f.title}（${f.departmentName}，${tf(`frequency.${f.frequency}`)}）`)
                  .join("；")}
                {d.forms.length > 5 ? ` ${t("duplicates.more", { n: d.forms.length })}` : ""}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("duplicates.none")}</p>
        )}
      </div>

      {previous ? (
        <div className="card" data-testid="version-diff">
          <h2 style={{ marginTop: 0 }}>{t("diff.title", { title: previous.title })}</h2>
          <p className="muted">{t("diff.summary", { added: previous.diff.added.length, removed: previous.diff.removed.length, changed: previous.diff.changed.length, unchanged: previous.diff.unchanged })}</p>
          {previous.diff.added.length ? (
            <p>
              <strong>{t("diff.added")}</strong>：{previous.diff.added.map((f) => f.path.join(" › ")).join("；")}
            </p>
          ) : null}
          {previous.diff.removed.length ? (
            <p>
              <strong>{t("diff.removed")}</strong>：{previous.diff.removed.map((f) => f.path.join(" › ")).join("；")}
            </p>
          ) : null}
          {previous.diff.changed.length ? (
            <ul className={styles.list}>
              {previous.diff.changed.map((c) => (
                <li key={c.after.id}>
                  {c.before.path.join(" › ")} → {c.after.path.join(" › ")}（{c.changes.map((x) => t(`diff.what.${x}`)).join("、")}）
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      {pending && canDecide ? (
        <p className="muted">
          {t("analyzedAt", { at: formatWhen(new Date(request.analysis.analyzedAt), locale) })}{" "}
          <ConfirmForm action={reanalyzeAdmissionRequest} fields={{ requestId: request.id }} label={t("reanalyze")} question={t("reanalyzeQuestion")} danger={false} />
        </p>
      ) : null}
    </>
  );
}
