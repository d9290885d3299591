import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { maskIdNumber } from "@/lib/id-number/mask";
import { periodKeyOf } from "@/lib/periods";
import { listDiscrepancies, listPushes, listPushRosterForms } from "@/db/queries/data-push";
import { getDepartmentById } from "@/db/queries/departments";
import { getDistrictOf } from "@/db/queries/org-units";
import { getDb } from "@/app/_lib/db";
import { requireUser } from "@/app/_lib/session";
import { PushForm } from "./push-form";

export const dynamic = "force-dynamic";

const SHOWN = 50;
const WHEN = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

const shown = (v: unknown) => (v === null || v === undefined || v === "" ? "—" : typeof v === "boolean" ? (v ? "是" : "否") : String(v));

/** 数据回流: department staff push their own records into the villages' one forms and see where villages differ. */
export default async function DataPushPage() {
  const me = await requireUser();
  const db = await getDb();
  const departmentId = me.principal.departmentId;
  const district = await getDistrictOf(db, { path: me.principal.orgUnitPath });
  if (!departmentId || !district || !can(me.principal, "dataPush.manage", { departmentId, orgUnitPath: district.path })) notFound();
  const t = await getTranslations("dataPush");
  const actor = { userId: me.user.id, districtId: district.id };
  const [department, rosterForms, pushes, discrepancies] = await Promise.all([
    getDepartmentById(db, { id: departmentId }),
    listPushRosterForms(db, { districtId: district.id, departmentId }),
    listPushes(db, { districtId: district.id, departmentId }),
    listDiscrepancies(db, actor, { districtId: district.id, departmentId }),
  ]);
  return (
    <>
      <h1>
        {t("title")} · {department?.name}
      </h1>
      <p className="muted">{t("help")}</p>
      <PushForm rosterForms={rosterForms.map(({ id, title }) => ({ id, title }))} defaultPeriod={periodKeyOf(new Date(), "month")} />

      <h2 id="discrepancies">
        {t("discrepanciesTitle")} <span className="badge">{discrepancies.length}</span>
      </h2>
      <p className="muted">{t("discrepanciesHelp")}</p>
      {discrepancies.length ? (
        <>
          <p>
            <a className="btn secondary" href="/api/data-push/discrepancies" download data-testid="download-discrepancies">
              {t("download")}
            </a>
          </p>
          <div className="table-wrap">
            <table data-testid="discrepancies">
              <thead>
                <tr>
                  <th>{t("village")}</th>
                  <th>{t("item")}</th>
                  <th>{t("pushedValue")}</th>
                  <th>{t("villageValue")}</th>
                  <th className="hide-sm">{t("updatedBy")}</th>
                </tr>
              </thead>
              <tbody>
                {discrepancies.slice(0, SHOWN).map((d, i) => (
                  <tr key={i}>
                    <td>
                      {d.villageName} <span className="muted">{d.townName}</span>
                    </td>
                    <td>
                      {d.elementName}
                      {d.personName ? (
                        <span className="muted">
                          {" "}
                          · {d.personName} {d.idNumber ? maskIdNumber(d.idNumber) : ""}
                        </span>
                      ) : d.periodKey ? (
                        <span className="muted"> · {d.periodKey}</span>
                      ) : null}
                    </td>
                    <td>{shown(d.pushedValue)}</td>
                    <td>
                      <strong>{shown(d.villageValue)}</strong> {d.isCorrection ? <span className="badge warn">{t("correction")}</span> : null}
                    </td>
                    <td className="hide-sm muted">
                      {d.updatedByName ?? "—"} · {WHEN.format(d.updatedAt)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {discrepancies.length > SHOWN ? <p className="muted">{t("moreInDownload", { count: discrepancies.length - SHOWN })}</p> : null}
        </>
      ) : (
        <p className="card">{t("noDiscrepancies")}</p>
      )}

      <h2>{t("historyTitle")}</h2>
      {pushes.length ? (
        <div className="table-wrap">
          <table data-testid="push-history">
            <thead>
              <tr>
                <th>{t("pushedAt")}</th>
                <th>{t("period")}</th>
                <th>{t("content")}</th>
                <th className="hide-sm">{t("pushedBy")}</th>
              </tr>
            </thead>
            <tbody>
              {pushes.map((p) => {
                const s = p.summary as { villages?: number; values?: number; prefill?: number; conflict?: number };
                return (
                  <tr key={p.id}>
                    <td>{WHEN.format(p.pushedAt)}</td>
                    <td>{p.periodKey}</td>
                    <td>
                      {t(`kinds.${p.kind}`)}
                      {p.formTitle ? ` · ${p.formTitle}` : ""} · {p.fileName ?? t("viaApi")}
                      <div className="muted">{t("historyCounts", { rows: p.rowCount, villages: s.villages ?? 0, values: s.values ?? 0, prefill: s.prefill ?? 0, conflict: s.conflict ?? 0 })}</div>
                    </td>
                    <td className="hide-sm">{p.pushedByName ?? "—"}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="card">{t("noPushes")}</p>
      )}
    </>
  );
}
