import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { periodEnd, periodKeyOf, periodKind, previousPeriod } from "@/lib/periods";
import { reviewStateOf, summarizeByTown, type ReviewState } from "@/lib/review/summary";
import { reviewListQuery } from "@/lib/schemas/review";
import { listReviews } from "@/db/queries/reviews";
import { getDb } from "@/app/_lib/db";
import { requireUser } from "@/app/_lib/session";
import { ReviewBadge } from "./review-badge";

export const dynamic = "force-dynamic";

const SHOWN_AT = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** 审核: a town's villages (or a district's, town by town) with where their one form of a period stands. */
export default async function ReviewListPage({ searchParams }: { searchParams: Promise<{ period?: string; state?: string }> }) {
  const me = await requireUser();
  if (!can(me.principal, "review.view")) notFound();
  const sp = await searchParams;
  const query = reviewListQuery.safeParse({ period: sp.period });
  const period = (query.success && query.data.period) || periodKeyOf(new Date(), "month");
  const t = await getTranslations("review");
  const rows = await listReviews(await getDb(), { path: me.principal.orgUnitPath, periodKey: period });
  const isTown = me.user.role === "town_official";
  const towns = isTown ? [] : summarizeByTown(rows);
  const only = sp.state as ReviewState | undefined;
  const shown = only ? rows.filter((r) => reviewStateOf(r) === only) : rows;
  const waiting = rows.filter((r) => reviewStateOf(r) === (isTown ? "submitted" : "town_approved")).length;
  const href = (p: string) => `/review?${new URLSearchParams({ period: p })}`;
  return (
    <>
      <p className="muted">
        <Link href={href(previousPeriod(period))} rel="prev">
          ‹ {t("previousPeriod")}
        </Link>
        {" · "}
        <Link href={href(periodKeyOf(new Date(periodEnd(period).getTime() + 86_400_000), periodKind(period)!))} rel="next">
          {t("nextPeriod")} ›
        </Link>
      </p>
      <h1>
        {t("title")} <span className="badge">{period}</span>
      </h1>
      <p className="muted" data-testid="review-waiting">
        {t(isTown ? "waitingTown" : "waitingDistrict", { count: waiting })}
      </p>
      {towns.length ? (
        <>
          <h2>{t("byTown")}</h2>
          <div className="table-wrap">
            <table className="town-summary" data-testid="town-summary">
              <thead>
                <tr>
                  <th>{t("town")}</th>
                  <th>{t("villages")}</th>
                  <th>{t("state.submitted")}</th>
                  <th>{t("state.returned")}</th>
                  <th>{t("state.town_approved")}</th>
                  <th>{t("state.district_approved")}</th>
                  <th className="hide-sm">{t("returns")}</th>
                </tr>
              </thead>
              <tbody>
                {towns.map((town) => (
                  <tr key={town.townId} data-town={town.townName}>
                    <td>{town.townName}</td>
                    <td>{town.villages}</td>
                    <td>{town.counts.submitted + town.counts.changed}</td>
                    <td>{town.counts.returned}</td>
                    <td data-testid="town-approved">{town.counts.town_approved}</td>
                    <td>{town.counts.district_approved}</td>
                    <td className="hide-sm">{town.returns}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      <h2>{t("villageList")}</h2>
      {only ? (
        <p className="muted">
          {t("filtered", { state: t(`state.${only}`) })} <Link href={href(period)}>{t("showAll")}</Link>
        </p>
      ) : (
        <p className="row">
          {(isTown ? (["submitted", "returned", "town_approved"] as const) : (["town_approved", "district_approved", "returned"] as const)).map((s) => (
            <Link key={s} className="btn small secondary" href={`/review?${new URLSearchParams({ period, state: s })}`}>
              {t(`state.${s}`)}
            </Link>
          ))}
        </p>
      )}
      {shown.length === 0 ? (
        <p className="card muted">{t("empty")}</p>
      ) : (
        <div className="table-wrap review-table-wrap">
          <table className="review-table">
            <thead>
              <tr>
                <th>{t("village")}</th>
                {isTown ? null : <th>{t("town")}</th>}
                <th>{t("status")}</th>
                <th>{t("submittedAt")}</th>
                <th>{t("returnedCount")}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => {
                const state = reviewStateOf(r);
                return (
                  <tr key={r.orgUnitId} data-testid="review-row" data-village={r.name} data-state={state}>
                    <td data-label={t("village")}>{r.status ? <Link href={`/review/${r.orgUnitId}/${period}`}>{r.name}</Link> : r.name}</td>
                    {isTown ? null : <td data-label={t("town")}>{r.townName}</td>}
                    <td data-label={t("status")}>
                      <ReviewBadge state={state} label={t(`state.${state}`)} />
                    </td>
                    <td data-label={t("submittedAt")}>{r.submittedAt ? SHOWN_AT.format(r.submittedAt) : "—"}</td>
                    <td data-label={t("returnedCount")}>{r.returnedCount}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
