import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import type { Scalar } from "@/lib/one-form";
import { isPeriodKey } from "@/lib/periods";
import { reviewStepsFor, type ReviewLevel } from "@/lib/review";
import { reviewStateOf } from "@/lib/review/summary";
import { getOneFormScope, loadOneForm } from "@/db/queries/one-form";
import { getReview, listReviews } from "@/db/queries/reviews";
import { getDb } from "@/app/_lib/db";
import { requireUser } from "@/app/_lib/session";
import { ReviewBadge } from "../../review-badge";
import { ReviewPanel, type ReviewSection } from "./review-panel";

export const dynamic = "force-dynamic";

const AT = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

function display(value: Scalar, yes: string, no: string): string {
  if (value === null || value === "") return "";
  if (typeof value === "boolean") return value ? yes : no;
  return String(value);
}

/** One village's one form of a period as submitted, read only, with the reviewer's steps (approve, return, unlock). */
export default async function ReviewPage({ params }: { params: Promise<{ orgUnitId: string; period: string }> }) {
  const me = await requireUser();
  const { orgUnitId, period } = await params;
  if (!z.uuid().safeParse(orgUnitId).success || !isPeriodKey(period)) notFound();
  const db = await getDb();
  const scope = await getOneFormScope(db, { orgUnitId });
  // Out of scope looks exactly like missing.
  if (!scope || !can(me.principal, "review.view", { orgUnitPath: scope.orgUnit.path })) notFound();
  const level: ReviewLevel | null = can(me.principal, "review.town", { orgUnitPath: scope.orgUnit.path }) ? "town" : can(me.principal, "review.district", { orgUnitPath: scope.orgUnit.path }) ? "district" : null;
  const [review, { view }, [listed]] = await Promise.all([
    getReview(db, { orgUnitId, periodKey: period }),
    loadOneForm(db, { scope, periodKey: period }),
    listReviews(db, { path: scope.orgUnit.path, periodKey: period }),
  ]);
  const t = await getTranslations();
  const state = listed ? reviewStateOf(listed) : "notSubmitted";
  const notes = new Map((review?.itemNotes ?? []).map((n) => [n.elementId, n.note]));
  const sections: ReviewSection[] = view.sections.map((s) => ({
    key: s.key,
    title: t(`oneForm.sections.${s.key}`),
    items: s.elements.map((e) => ({ id: e.element.id, name: e.element.name, unit: e.element.unit, value: display(e.cell.value, t("review.yes"), t("review.no")), note: notes.get(e.element.id) ?? null })),
  }));
  const steps = review && level ? reviewStepsFor(review.status, level) : [];
  return (
    <>
      <p className="muted">
        <Link href={`/review?${new URLSearchParams({ period })}`}>‹ {t("review.title")}</Link>
      </p>
      <h1>
        {scope.orgUnit.name} <span className="badge">{period}</span>
      </h1>
      <p className="row" data-testid="review-status">
        <ReviewBadge state={state} label={t(`review.state.${state}`)} />
        {review ? (
          <span className="muted">
            {t("review.meta", { time: AT.format(review.submittedAt), rounds: review.rounds, returns: review.returnedCount })}
            {review.townApprovedAt ? ` · ${t("review.townApprovedAt", { time: AT.format(review.townApprovedAt), name: listed?.townApprovedByName ?? "" })}` : ""}
            {review.districtApprovedAt ? ` · ${t("review.districtApprovedAt", { time: AT.format(review.districtApprovedAt) })}` : ""}
          </span>
        ) : null}
      </p>
      {!review ? <p className="card muted">{t("review.notSubmittedYet")}</p> : null}
      {state === "changed" ? <p className="alert error">{t("review.changedSinceSubmit")}</p> : null}
      {review?.status === "returned" && review.reason ? (
        <p className="alert error" data-testid="return-reason">
          {t("review.returnedWith", { reason: review.reason })}
        </p>
      ) : null}
      <details className="card">
        <summary>
          {t("oneForm.formsDue")} ({view.forms.length})
        </summary>
        <ul className="plain">
          {view.forms.map((f) => (
            <li key={f.id}>
              <span>{f.title}</span>
              <span className="muted">
                {f.departmentName} · {f.formPeriod}
              </span>
            </li>
          ))}
        </ul>
      </details>
      <ReviewPanel
        orgUnitId={orgUnitId}
        periodKey={period}
        level={level}
        version={review?.version ?? 0}
        steps={steps}
        sections={sections}
        rosters={view.rosters.map((r) => ({ id: r.form.id, title: r.form.title, rows: r.rows.map((row) => ({ id: row.personId, name: row.name, idNumberMasked: row.idNumberMasked, cells: r.columns.filter((c) => !c.attribute).map((c) => `${c.label}：${row.cells[c.elementId]?.display ?? ""}`) })) }))}
      />
    </>
  );
}
