import Link from "next/link";
import { notFound } from "next/navigation";
import { format } from "date-fns";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { checkinLoadPerYear } from "@/lib/burden";
import { getMinutesModel } from "@/db/queries/burden";
import { listCheckinsOfUnit, listCheckinTasks } from "@/db/queries/checkins";
import { getDistrictOf, getOrgUnitById } from "@/db/queries/org-units";
import { departments } from "@/db/schema";
import { eq } from "drizzle-orm";
import { ConfirmForm } from "@/app/_components/confirm-form";
import { getDb } from "@/app/_lib/db";
import { requireUser } from "@/app/_lib/session";
import { cancelTask, recordCheckin } from "./actions";
import { CreateTaskForm } from "./task-forms";

/** 打卡任务: the district's registry (load per year, cancel), or a cadre's own check-ins this month. */
export default async function CheckinsPage() {
  const me = await requireUser();
  const t = await getTranslations("checkins");
  const db = await getDb();
  const district = await getDistrictOf(db, { path: me.principal.orgUnitPath });
  if (!district) notFound();
  const month = format(new Date(), "yyyy-MM");

  if (me.user.role === "village_cadre") {
    if (!can(me.principal, "checkin.record")) notFound();
    const unit = (await getOrgUnitById(db, { id: me.user.orgUnitId }))!;
    const rows = await listCheckinsOfUnit(db, { districtId: district.id, orgUnitId: unit.id, level: unit.level, month });
    return (
      <>
        <h1>{t("mineTitle", { name: unit.name })}</h1>
        <p className="muted">{t("mineSubtitle", { month, count: rows.length, apps: new Set(rows.map((r) => r.task.app)).size })}</p>
        <div className="table-wrap">
          <table data-testid="my-checkins" style={{ whiteSpace: "nowrap" }}>
            <thead>
              <tr>
                <th>{t("app")}</th>
                <th>{t("task")}</th>
                <th>{t("required")}</th>
                <th>{t("doneThisMonth")}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.task.id}>
                  <td>{r.task.app}</td>
                  <td>
                    {r.task.name}
                    <div className="muted">{r.departmentName}</div>
                  </td>
                  <td>{t("perPeriod", { frequency: t(`freq.${r.task.frequency}`), count: r.task.requiredCount })}</td>
                  <td>{r.done}</td>
                  <td>
                    <ConfirmForm action={recordCheckin} fields={{ taskId: r.task.id }} label={t("log")} question={t("confirmLog", { name: r.task.name })} danger={false} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </>
    );
  }

  if (!can(me.principal, "burden.view", { orgUnitPath: district.path })) notFound();
  const tasks = await listCheckinTasks(db, { districtId: district.id, districtPath: district.path });
  const minutes = await getMinutesModel(db, { districtId: district.id });
  const canManageAny = can(me.principal, "checkin.manage", { orgUnitPath: district.path, departmentId: me.user.departmentId });
  const depts = await db.select({ id: departments.id, name: departments.name }).from(departments).where(eq(departments.districtId, district.id)).orderBy(departments.name);
  const active = tasks.filter((r) => r.task.status === "active");
  const yearly = active.reduce((s, r) => s + checkinLoadPerYear(r.task, r.targetCount, minutes).checkins, 0);
  const removed = tasks.filter((r) => r.task.status === "cancelled").reduce((s, r) => s + checkinLoadPerYear(r.task, r.targetCount, minutes).checkins, 0);
  return (
    <>
      <div className="row">
        <div>
          <h1>{t("title")}</h1>
          <p className="muted">{t("subtitle", { active: active.length, yearly: yearly.toLocaleString("zh-CN"), removed: removed.toLocaleString("zh-CN") })}</p>
        </div>
        <span className="spacer" />
        {canManageAny ? (
          <Link className="btn secondary" href="/checkins/import">
            {t("importLink")}
          </Link>
        ) : null}
      </div>
      {canManageAny ? (
        <details className="card">
          <summary>{t("add")}</summary>
          <CreateTaskForm departments={me.user.role === "department_staff" ? depts.filter((d) => d.id === me.user.departmentId) : depts} />
        </details>
      ) : null}
      {tasks.length === 0 ? (
        <p className="card muted">{t("empty")}</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="checkin-tasks" style={{ whiteSpace: "nowrap" }}>
            <thead>
              <tr>
                <th>{t("app")}</th>
                <th>{t("task")}</th>
                <th>{t("required")}</th>
                <th>{t("targets")}</th>
                <th>{t("yearLoad")}</th>
                <th>{t("status")}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {tasks.map((r) => {
                const load = checkinLoadPerYear(r.task, r.targetCount, minutes);
                const manageable = r.task.status === "active" && can(me.principal, "checkin.manage", { orgUnitPath: district.path, departmentId: r.task.departmentId });
                return (
                  <tr key={r.task.id}>
                    <td>{r.task.app}</td>
                    <td>
                      {r.task.name} {r.task.forbiddenKind ? <span className="badge" style={{ background: "var(--danger-soft)", color: "var(--danger)" }}>{t(`forbidden.${r.task.forbiddenKind}`)}</span> : null}
                      <div className="muted">{r.departmentName}</div>
                    </td>
                    <td>{t("perPeriod", { frequency: t(`freq.${r.task.frequency}`), count: r.task.requiredCount })}</td>
                    <td>{r.targetCount}</td>
                    <td>{t("load", { checkins: load.checkins.toLocaleString("zh-CN"), hours: Math.round(load.hours).toLocaleString("zh-CN") })}</td>
                    <td>{r.task.status === "active" ? <span className="badge">{t("active")}</span> : <span className="badge off">{t("cancelledFrom", { month: r.task.cancelledMonth ?? "" })}</span>}</td>
                    <td>
                      {manageable ? (
                        <ConfirmForm
                          action={cancelTask}
                          fields={{ id: r.task.id, version: String(r.task.version) }}
                          label={t("cancel")}
                          question={t("confirmCancel", { name: r.task.name, targets: r.targetCount, checkins: load.checkins.toLocaleString("zh-CN"), hours: Math.round(load.hours).toLocaleString("zh-CN") })}
                        />
                      ) : null}
                    </td>
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
