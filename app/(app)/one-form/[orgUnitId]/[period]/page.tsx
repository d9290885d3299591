import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { percent, type OneFormView } from "@/lib/one-form";
import { pushedShare } from "@/lib/data-push";
import { isPeriodKey, periodEnd, periodKeyOf, periodKind, previousPeriod } from "@/lib/periods";
import { isLocked } from "@/lib/review";
import { getOneFormScope, loadOneForm } from "@/db/queries/one-form";
import { getReview } from "@/db/queries/reviews";
import { getDb } from "@/app/_lib/db";
import { requireUser } from "@/app/_lib/session";
import { OneFormSections, type SlimSection } from "./one-form-sections";
import { RosterList } from "./roster";
import { SubmitPeriod } from "./submit-period";

/** The sections as the client needs them: each form's name once, not once per element. */
function slimSections(view: OneFormView): { sections: SlimSection[]; formNames: string[] } {
  const index = new Map(view.forms.map((f, i) => [f.id, i]));
  const formNames = view.forms.map((f) => `${f.title}（${f.departmentName}）`);
  const sections = view.sections.map((s) => ({
    key: s.key,
    elements: s.elements.map((e) => ({ element: e.element, value: e.cell.value, version: e.cell.version, isPrefill: e.cell.isPrefill, isDerived: e.isDerived, previous: e.previous, forms: e.forms.map((f) => index.get(f.id)!), ...(e.carriedFrom.length ? { carriedFrom: e.carriedFrom } : {}), ...(e.cell.pushed ? { pushed: e.cell.pushed } : {}) })),
  }));
  return { sections, formNames };
}

const SUBMITTED_AT = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

export default async function OneFormPage({ params }: { params: Promise<{ orgUnitId: string; period: string }> }) {
  const me = await requireUser();
  const { orgUnitId, period } = await params;
  if (!z.uuid().safeParse(orgUnitId).success || !isPeriodKey(period)) notFound();
  const db = await getDb();
  const scope = await getOneFormScope(db, { orgUnitId });
  // Out of scope looks exactly like missing.
  if (!scope || !can(me.principal, "oneForm.view", { orgUnitPath: scope.orgUnit.path })) notFound();
  const review = await getReview(db, { orgUnitId, periodKey: period });
  // Approved by a reviewer: locked (the server refuses saves too, db/queries/reviews.ts).
  const locked = isLocked(review?.status);
  const canFill = can(me.principal, "oneForm.fill", { orgUnitPath: scope.orgUnit.path }) && !locked;
  const canReveal = can(me.principal, "personalData.view", { orgUnitPath: scope.orgUnit.path });
  const { view } = await loadOneForm(db, { scope, periodKey: period });
  const t = await getTranslations();
  const slim = slimSections(view);
  const share = pushedShare(view);
  const next = periodKeyOf(new Date(periodEnd(period).getTime() + 86_400_000), periodKind(period)!);
  const allSubmitted = view.forms.length > 0 && view.forms.every((f) => f.submittedAt);
  const submittedAt = allSubmitted ? view.forms.map((f) => f.submittedAt!).sort().at(-1)! : null;
  return (
    <>
      <p className="muted">
        <Link href={`/one-form/${orgUnitId}/${previousPeriod(period)}`} rel="prev">
          ‹ {t("oneForm.previousPeriod")}
        </Link>
        {" · "}
        <Link href={`/one-form/${orgUnitId}/${next}`} rel="next">
          {t("oneForm.nextPeriod")} ›
        </Link>
      </p>
      <h1>
        {scope.orgUnit.name} · {t("oneForm.title")} <span className="badge">{period}</span>
      </h1>
      <p className="burden" data-testid="burden">
        {t("oneForm.burden", view.burden)}
      </p>
      {share.filled > 0 ? (
        <p className="muted" data-testid="pushed-share">
          {t("oneForm.pushedShare", { ...share, percent: percent(share) })}
        </p>
      ) : null}
      <div className="progress-line" data-testid="progress">
        <div className="bar" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent(view.progress)}>
          <span style={{ width: `${percent(view.progress)}%` }} />
        </div>
        <span className="muted">
          {t("oneForm.progress", { ...view.progress })}
          {view.burden.prefilled > 0 ? (
            <span data-testid="prefill-pending">
              {" · "}
              {t("oneForm.prefillPending", view.burden)}
            </span>
          ) : null}
        </span>
      </div>
      {locked ? (
        <p className="alert ok" data-testid="review-locked">
          {t("oneForm.lockedBanner")}
        </p>
      ) : !canFill ? (
        <p className="alert info">{t("oneForm.readOnly")}</p>
      ) : null}
      {review?.status === "returned" ? (
        <div className="alert error" role="status" data-testid="review-returned">
          {review.reason ? t("oneForm.returnedBanner", { reason: review.reason }) : t("oneForm.returnedItemsOnly")} {t("oneForm.returnedHint", { count: review.itemNotes.length })}
        </div>
      ) : null}
      {view.forms.length === 0 ? (
        <p className="card">{t("oneForm.noForms")}</p>
      ) : (
        <details className="card forms-due">
          <summary>
            {t("oneForm.formsDue")} ({view.forms.length})
          </summary>
          <ul className="plain">
            {view.forms.map((f) => (
              <li key={f.id} data-testid="form-due">
                <span>
                  {f.title} <span className="muted">· {f.departmentName} · {f.formPeriod}</span>
                  {f.mergedFrom.map((m) => (
                    <span key={m.formId} className="muted" data-testid="merged-from">
                      {" "}
                      · {t("oneForm.mergedFrom", { title: m.title, count: m.fieldCount })}
                    </span>
                  ))}
                </span>
                <span className="muted">
                  {t("oneForm.progress", { ...f.progress })} · {f.submittedAt ? <span className="badge ok">{t("oneForm.submitted")}</span> : <span className="badge off">{t("oneForm.notSubmitted")}</span>}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {view.sections.length + view.rosters.length > 1 ? (
        <nav className="section-index" aria-label={t("oneForm.sectionIndex")}>
          {view.sections.map((s) => (
            <a key={s.key} href={`#sec-${s.key}`}>
              {t(`oneForm.sections.${s.key}`)} <span className="muted">{s.elements.length}</span>
            </a>
          ))}
          {view.rosters.length ? (
            <a href="#rosters">
              {t("oneForm.rosters")} <span className="muted">{view.rosters.length}</span>
            </a>
          ) : null}
        </nav>
      ) : null}
      <OneFormSections key={`${orgUnitId}:${period}`} orgUnitId={orgUnitId} periodKey={period} sections={slim.sections} formNames={slim.formNames} rules={view.rules} canFill={canFill} returnNotes={review?.status === "returned" ? Object.fromEntries(review.itemNotes.map((n) => [n.elementId, n.note])) : {}} />
      {view.rosters.length ? (
        <>
          <h2 id="rosters">{t("oneForm.rosters")}</h2>
          {view.rosters.map((r) => (
            <RosterList key={r.form.id} orgUnitId={orgUnitId} periodKey={period} roster={r} residents={view.residents} canFill={canFill} canReveal={canReveal} />
          ))}
        </>
      ) : null}
      {canFill && view.forms.length ? (
        <SubmitPeriod orgUnitId={orgUnitId} periodKey={period} submittedAt={submittedAt ? SUBMITTED_AT.format(new Date(submittedAt)) : null} />
      ) : null}
    </>
  );
}
