import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { PERIOD_OF_FREQUENCY, periodKeyOf, periodKind, previousPeriod } from "@/lib/periods";
import { submissionsQuery } from "@/lib/schemas/export";
import { getDepartmentById } from "@/db/queries/departments";
import { listSubmissionStatuses, type SubmissionState } from "@/db/queries/export";
import { getFormById } from "@/db/queries/forms";
import { getOrgUnitById } from "@/db/queries/org-units";
import { getDb } from "@/app/_lib/db";
import { requireUser } from "@/app/_lib/session";

export const dynamic = "force-dynamic";

const PERIODS_SHOWN = 12;
const STATES: SubmissionState[] = ["submitted", "draft", "notStarted"];

/** 填报情况: per village, whether the form was submitted for a period, with the downloads of the filled form. */
export default async function FormSubmissionsPage({ params, searchParams }: { params: Promise<{ formId: string }>; searchParams: Promise<{ period?: string; status?: string }> }) {
  const me = await requireUser();
  const { formId } = await params;
  if (!z.uuid().safeParse(formId).success) notFound();
  const db = await getDb();
  const form = await getFormById(db, { id: formId });
  const district = form ? await getOrgUnitById(db, { id: form.districtId }) : null;
  // Out of scope looks like missing: another department's form is not shown here at all.
  if (!form || !district || form.status === "draft" || !can(me.principal, "form.export", { orgUnitPath: district.path, departmentId: form.departmentId })) notFound();

  const kind = PERIOD_OF_FREQUENCY[form.frequency];
  // The period most recently due: last month for a monthly form, last quarter for a quarterly one.
  const latest = previousPeriod(periodKeyOf(new Date(), kind));
  const periods = [latest];
  while (periods.length < PERIODS_SHOWN) periods.push(previousPeriod(periods[periods.length - 1]));
  const sp = await searchParams;
  const query = submissionsQuery.safeParse({ period: sp.period });
  const requested = query.success ? query.data.period : undefined;
  const only = STATES.find((s) => s === sp.status);
  const period = requested && periodKind(requested) === kind ? requested : latest;
  if (!periods.includes(period)) periods.unshift(period);

  const t = await getTranslations("submissions");
  const [rows, department] = await Promise.all([listSubmissionStatuses(db, { form, districtPath: district.path, periodKey: period }), getDepartmentById(db, { id: form.departmentId })]);
  const counts = Object.fromEntries(STATES.map((s) => [s, rows.filter((r) => r.status === s).length])) as Record<SubmissionState, number>;
  const exportHref = (orgUnit: string) => `/api/forms/${form.id}/export?${new URLSearchParams({ period, orgUnit })}`;
  const shown = only ? rows.filter((r) => r.status === only) : rows;

  return (
    <>
      <p className="muted">
        <Link href="/forms">{t("catalog")}</Link> › {department?.name} › <Link href={`/forms/${form.id}`}>{form.title}</Link>
      </p>
      <div className="row">
        <h1>{t("title")}</h1>
        <span className="spacer" />
        <a className="btn" href={exportHref("all")} download data-testid="download-all">
          {t("downloadAll")}
        </a>
      </div>
      <p className="muted">{t("help", { title: form.title })}</p>
      <form className="row" style={{ marginBottom: "0.75rem" }}>
        <label htmlFor="period">{t("period")}</label>
        {only ? <input type="hidden" name="status" value={only} /> : null}
        <select id="period" name="period" defaultValue={period} style={{ maxWidth: 200 }}>
          {periods.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
        <button className="btn secondary" type="submit">
          {t("show")}
        </button>
      </form>
      <div className="grid">
        {STATES.map((s) => (
          // A count is also the filter: "who has not reported" is one click.
          <Link className="card" key={s} href={`?${new URLSearchParams(only === s ? { period } : { period, status: s })}`} aria-current={only === s ? "true" : undefined}>
            <div className="muted">{t(`status.${s}`)}</div>
            <div className="stat" data-testid={`count-${s}`}>
              {counts[s]}
            </div>
          </Link>
        ))}
      </div>
      {only ? (
        <p className="muted">
          {t("filtered", { status: t(`status.${only}`) })} <Link href={`?${new URLSearchParams({ period })}`}>{t("showAll")}</Link>
        </p>
      ) : null}
      {shown.length === 0 ? (
        <p className="card muted">{t("empty")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th className="hide-sm">{t("town")}</th>
                <th>{t("unit")}</th>
                <th>{t("statusColumn")}</th>
                <th className="hide-sm">{t("submittedAt")}</th>
                <th>{t("download")}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.orgUnit.id} data-testid="submission-row" data-status={r.status}>
                  <td className="hide-sm">{r.townName ?? "—"}</td>
                  <td>{r.orgUnit.name}</td>
                  <td>
                    <span className={`badge${r.status === "submitted" ? "" : " off"}`}>{t(`status.${r.status}`)}</span>
                  </td>
                  <td className="hide-sm">{r.submittedAt ? r.submittedAt.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false }) : "—"}</td>
                  <td>
                    <a className="btn small secondary" href={exportHref(r.orgUnit.id)} download aria-label={t("downloadOne", { unit: r.orgUnit.name })}>
                      {t("downloadShort")}
                    </a>
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
