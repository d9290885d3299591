import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { reductionShare } from "@/lib/burden";
import { getBurdenRefresh, getBurdenTotals, listBurdenByChild, listBurdenByDepartment, listBurdenByMonth, listMostBurdenedUnits } from "@/db/queries/burden";
import { listAncestors } from "@/db/queries/org-units";
import type { Db } from "@/db/types";
import { CompareChart, TrendChart } from "@/app/_components/charts";
import type { DashboardContext } from "./load";

const hours = (minutes: number) => Math.round(minutes / 6) / 10;
const pct = (share: number) => `${Math.round(share * 100)}%`;
const fmt = (n: number) => n.toLocaleString("zh-CN");

/** One dashboard for a district, a town or a village: numbers, charts, drill-down and exportable tables. */
export async function BurdenDashboard({ db, ctx }: { db: Db; ctx: DashboardContext }) {
  const t = await getTranslations("burden");
  const tl = await getTranslations("levels");
  const { unit, scope, filters } = ctx;
  const isVillage = unit.level === "village" || unit.level === "community";
  const [totals, months, byDepartment, children, top, ancestors, refresh] = await Promise.all([
    getBurdenTotals(db, scope),
    listBurdenByMonth(db, scope),
    listBurdenByDepartment(db, scope),
    isVillage ? Promise.resolve([]) : listBurdenByChild(db, scope),
    unit.level === "district" ? listMostBurdenedUnits(db, { ...scope, limit: 10 }) : Promise.resolve([]),
    listAncestors(db, { path: unit.path }),
    getBurdenRefresh(db, { districtId: ctx.district.id }),
  ]);
  const query = new URLSearchParams({ from: filters.from, to: filters.to, ...(filters.dept ? { dept: filters.dept } : {}) }).toString();
  const exportHref = (table: string) => `/api/dashboard/export?${new URLSearchParams({ unit: unit.id, table, from: filters.from, to: filters.to, ...(filters.dept ? { dept: filters.dept } : {}) })}`;
  const hasData = totals.entriesBefore + totals.checkinsRequired > 0;
  const chartLabels = { before: t("before"), after: t("after"), empty: t("empty") };
  const trail = ancestors.filter((a) => a.level !== "city" && a.id !== unit.id);
  return (
    <>
      <nav className="muted" aria-label={t("breadcrumb")} style={{ marginBottom: "0.35rem" }}>
        {trail.map((a) => (
          <span key={a.id}>
            <Link href={`/dashboard/${a.id}?${query}`}>{a.name}</Link> ›{" "}
          </span>
        ))}
        <span>{unit.name}</span>
      </nav>
      <div className="row">
        <div>
          <h1>{t("title", { name: unit.name })}</h1>
          <p className="muted">
            {t("period", { from: filters.from, to: filters.to })} · {tl(unit.level)}
            {refresh ? ` · ${t("refreshedAt", { at: refresh.refreshedAt.toLocaleString("zh-CN", { hour12: false }) })}` : ""}
          </p>
        </div>
      </div>
      <form className="card form-inline" method="get" aria-label={t("filters")}>
        <div>
          <label htmlFor="from">{t("from")}</label>
          <input id="from" name="from" type="month" defaultValue={filters.from} />
        </div>
        <div>
          <label htmlFor="to">{t("to")}</label>
          <input id="to" name="to" type="month" defaultValue={filters.to} />
        </div>
        <div>
          <label htmlFor="dept">{t("department")}</label>
          <select id="dept" name="dept" defaultValue={filters.dept ?? ""}>
            <option value="">{t("allDepartments")}</option>
            {ctx.departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        <div style={{ paddingTop: "0.6rem" }}>
          <button className="btn" type="submit">
            {t("apply")}
          </button>
        </div>
      </form>

      {!hasData ? <p className="card muted" data-testid="burden-empty">{t("noData")}</p> : null}

      <div className="grid" data-testid="burden-kpis">
        <Kpi label={t("kpi.forms")} value={`${fmt(totals.formsBefore)} → ${fmt(totals.formsAfter)}`} note={t("kpi.formsNote")} />
        <Kpi label={t("kpi.entries")} value={`${fmt(totals.entriesBefore)} → ${fmt(totals.entriesAfter)}`} note={t("kpi.entriesNote", { share: pct(reductionShare(totals.entriesBefore, totals.entriesAfter)), prefilled: fmt(totals.entriesPrefilled) })} />
        <Kpi label={t("kpi.checkins")} value={`${fmt(totals.checkinsDone)} / ${fmt(totals.checkinsRequired)}`} note={t("kpi.checkinsNote", { removed: fmt(totals.checkinsRemoved) })} />
        <Kpi label={t("kpi.hours")} value={`${fmt(hours(totals.minutesBefore))} → ${fmt(hours(totals.minutesAfter))}`} note={t("kpi.hoursNote", { share: pct(reductionShare(totals.minutesBefore, totals.minutesAfter)) })} />
        <Kpi label={t("kpi.overdue")} value={fmt(totals.reportsMissing)} note={t("kpi.overdueNote", { late: fmt(totals.reportsLate), due: fmt(totals.reportsDue) })} />
      </div>

      <section className="card">
        <h2 style={{ marginTop: 0 }}>{t("trend")}</h2>
        <TrendChart
          data={months.map((m) => ({ month: m.month, before: m.entriesBefore, after: m.entriesAfter, checkins: m.checkinsRequired }))}
          labels={{ title: t("trend"), before: t("entriesBefore"), after: t("entriesAfter"), checkins: t("checkinsRequired"), empty: t("empty") }}
        />
        <TableHead title={t("trendTable")} href={exportHref("months")} exportLabel={t("export")} />
        <div className="table-wrap">
          <table style={{ whiteSpace: "nowrap" }}>
            <thead>
              <tr>
                <th>{t("month")}</th>
                <th>{t("formsAfter")}</th>
                <th>{t("entriesBefore")}</th>
                <th>{t("entriesAfter")}</th>
                <th>{t("checkinsRequired")}</th>
                <th>{t("checkinsDone")}</th>
                <th>{t("hoursAfter")}</th>
                <th>{t("missing")}</th>
                <th>{t("reportsReturned")}</th>
              </tr>
            </thead>
            <tbody>
              {months.map((m) => (
                <tr key={m.month}>
                  <td>{m.month}</td>
                  <td>{fmt(m.formsAfter)}</td>
                  <td>{fmt(m.entriesBefore)}</td>
                  <td>{fmt(m.entriesAfter)}</td>
                  <td>{fmt(m.checkinsRequired)}</td>
                  <td>{fmt(m.checkinsDone)}</td>
                  <td>{fmt(hours(m.minutesAfter))}</td>
                  <td>{fmt(m.reportsMissing)}</td>
                  <td>{fmt(m.reportsReturned)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {children.length ? (
        <section className="card">
          <h2 style={{ marginTop: 0 }}>{t("byChild", { level: unit.level === "district" ? t("towns") : t("villages") })}</h2>
          <CompareChart data={children.map((c) => ({ name: c.name, before: hours(c.minutesBefore), after: hours(c.minutesAfter) }))} labels={{ title: t("byChildChart"), ...chartLabels, before: t("hoursBefore"), after: t("hoursAfter") }} unit={t("hourUnit")} />
          <TableHead title={t("byChildTable")} href={exportHref("children")} exportLabel={t("export")} />
          <div className="table-wrap">
            <table data-testid="children-table" style={{ whiteSpace: "nowrap" }}>
              <thead>
                <tr>
                  <th>{t("orgUnit")}</th>
                  <th>{t("entriesBefore")}</th>
                  <th>{t("entriesAfter")}</th>
                  <th>{t("checkinsRequired")}</th>
                  <th>{t("hoursBefore")}</th>
                  <th>{t("hoursAfter")}</th>
                  <th>{t("missing")}</th>
                  <th>{t("reportsReturned")}</th>
                </tr>
              </thead>
              <tbody>
                {children.map((c) => (
                  <tr key={c.orgUnitId}>
                    <td>
                      <Link href={`/dashboard/${c.orgUnitId}?${query}`}>{c.name}</Link>
                    </td>
                    <td>{fmt(c.entriesBefore)}</td>
                    <td>{fmt(c.entriesAfter)}</td>
                    <td>{fmt(c.checkinsRequired)}</td>
                    <td>{fmt(hours(c.minutesBefore))}</td>
                    <td>{fmt(hours(c.minutesAfter))}</td>
                    <td>{fmt(c.reportsMissing)}</td>
                    <td>{fmt(c.reportsReturned)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      {top.length ? (
        <section className="card">
          <TableHead title={t("mostBurdened")} href={exportHref("top")} exportLabel={t("export")} />
          <div className="table-wrap">
            <table data-testid="top-table" style={{ whiteSpace: "nowrap" }}>
              <thead>
                <tr>
                  <th>#</th>
                  <th>{t("orgUnit")}</th>
                  <th>{t("town")}</th>
                  <th>{t("hoursAfter")}</th>
                  <th>{t("checkinsRequired")}</th>
                  <th>{t("missing")}</th>
                  <th>{t("reportsReturned")}</th>
                </tr>
              </thead>
              <tbody>
                {top.map((v, i) => (
                  <tr key={v.orgUnitId}>
                    <td>{i + 1}</td>
                    <td>
                      <Link href={`/dashboard/${v.orgUnitId}?${query}`}>{v.name}</Link>
                    </td>
                    <td>{v.townName}</td>
                    <td>{fmt(hours(v.minutesAfter))}</td>
                    <td>{fmt(v.checkinsRequired)}</td>
                    <td>{fmt(v.reportsMissing)}</td>
                    <td>{fmt(v.reportsReturned)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      <section className="card">
        <h2 style={{ marginTop: 0 }}>{t("byDepartment")}</h2>
        <p className="muted">{t("byDepartmentNote")}</p>
        <CompareChart data={byDepartment.slice(0, 12).map((d) => ({ name: d.departmentName.replace(/^区/, ""), before: hours(d.minutesBefore), after: hours(d.minutesAfter) }))} labels={{ title: t("byDepartment"), ...chartLabels, before: t("hoursBefore"), after: t("hoursAfter") }} unit={t("hourUnit")} />
        <TableHead title={t("byDepartmentTable")} href={exportHref("departments")} exportLabel={t("export")} />
        <div className="table-wrap">
          <table data-testid="departments-table" style={{ whiteSpace: "nowrap" }}>
            <thead>
              <tr>
                <th>{t("department")}</th>
                <th>{t("formsBefore")}</th>
                <th>{t("entriesBefore")}</th>
                <th>{t("entriesAfter")}</th>
                <th>{t("checkinsRequired")}</th>
                <th>{t("hoursAfter")}</th>
                <th>{t("reportsReturned")}</th>
              </tr>
            </thead>
            <tbody>
              {byDepartment.map((d) => (
                <tr key={d.departmentId}>
                  <td>{d.departmentName}</td>
                  <td>{fmt(d.formsBefore)}</td>
                  <td>{fmt(d.entriesBefore)}</td>
                  <td>{fmt(d.entriesAfter)}</td>
                  <td>{fmt(d.checkinsRequired)}</td>
                  <td>{fmt(hours(d.minutesAfter))}</td>
                  <td>{fmt(d.reportsReturned)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <p className="muted">{t("method")}</p>
    </>
  );
}

function Kpi({ label, value, note }: { label: string; value: string; note: string }) {
  return (
    <div className="card" style={{ marginBottom: 0 }}>
      <div className="muted">{label}</div>
      <div className="stat" style={{ fontSize: "1.45rem" }}>
        {value}
      </div>
      <div className="muted" style={{ fontSize: "0.82rem" }}>
        {note}
      </div>
    </div>
  );
}

function TableHead({ title, href, exportLabel }: { title: string; href: string; exportLabel: string }) {
  return (
    <div className="row" style={{ margin: "0.9rem 0 0.4rem" }}>
      <h3 style={{ margin: 0, fontSize: "1rem" }}>{title}</h3>
      <span className="spacer" />
      <a className="btn small secondary" href={href} download>
        {exportLabel}
      </a>
    </div>
  );
}
