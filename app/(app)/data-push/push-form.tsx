"use client";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";

interface Column {
  column: number;
  label: string;
  role: "village" | "code" | "attribute" | "value" | "unmapped";
  attribute: string | null;
  elementId: string | null;
  elementName: string | null;
  score: number | null;
  reason: string | null;
}

interface Report {
  step: "preview" | "apply";
  kind: "residents" | "villages";
  title: string;
  formId: string | null;
  columns: Column[];
  /** The elements a value column may be mapped onto by hand. */
  choices: { id: string; name: string; unit: string | null }[];
  unmapped: string[];
  invalidIds: number;
  rowCount: number;
  validRows: number;
  villages: { orgUnitId: string; name: string; townName: string; rows: number; prefill: number; same: number; conflict: number; newResidents: number }[];
  unknownVillages: { village: string; rows: number[] }[];
  notDue: { elementId: string; name: string }[];
  rejected: { row: number; reasons: string[] }[];
  rejectedCount: number;
  totals: { values: number; prefill: number; same: number; conflict: number; newResidents: number };
  message?: string;
  error?: { message: string };
}

/**
 * Upload → preview (a dry run: mapping, what would be filled where, rejected rows) → apply. The file stays in
 * the browser and is sent again on apply, so the server checks everything again before writing.
 */
export function PushForm({ rosterForms, defaultPeriod }: { rosterForms: { id: string; title: string }[]; defaultPeriod: string }) {
  const t = useTranslations("dataPush");
  const attributes = useTranslations("oneFormImport.attributes");
  const router = useRouter();
  const fileInput = useRef<HTMLInputElement>(null);
  const [periodKey, setPeriodKey] = useState(defaultPeriod);
  const [formId, setFormId] = useState("");
  const [report, setReport] = useState<Report | null>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const [busy, setBusy] = useState<"preview" | "apply" | null>(null);
  // The department's corrections of the proposed mapping (column → element id, null = do not push), sent on preview and apply.
  const [mapping, setMapping] = useState<Record<number, string | null>>({});

  async function send(step: "preview" | "apply", corrections = mapping) {
    const file = fileInput.current?.files?.[0];
    if (!file) return;
    if (step === "apply" && !window.confirm(t("confirmApply", { villages: report?.villages.length ?? 0, values: report?.totals.values ?? 0 }))) return;
    setBusy(step);
    setOutcome(null);
    try {
      const body = new FormData();
      body.append("file", file);
      const chosen = formId || (step === "apply" ? (report?.formId ?? "") : "");
      const query = new URLSearchParams({ step, periodKey, ...(chosen ? { formId: chosen } : {}), ...(Object.keys(corrections).length ? { mapping: JSON.stringify(corrections) } : {}) });
      const response = await fetch(`/api/data-push?${query}`, { method: "POST", body });
      const json = (await response.json()) as Report;
      if (json.columns) setReport(json);
      if (!response.ok) setOutcome({ ok: false, message: json.error?.message ?? response.statusText });
      else if (step === "apply") {
        setOutcome({ ok: true, message: json.message ?? "" });
        router.refresh();
      }
    } catch {
      setOutcome({ ok: false, message: "网络错误 / network error" });
    } finally {
      setBusy(null);
    }
  }

  const applied = outcome?.ok === true;
  const columnText = (c: Column) =>
    c.role === "village" ? t("roles.village") : c.role === "code" ? t("roles.code") : c.role === "attribute" ? t("roles.attribute", { attribute: c.attribute ? attributes(c.attribute) : "" }) : c.role === "value" ? c.elementName : t("roles.unmapped");
  return (
    <>
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          setReport(null);
          void send("preview");
        }}
      >
        <div className="form-inline">
          <div>
            <label htmlFor="push-file">{t("file")}</label>
            <input id="push-file" ref={fileInput} name="file" type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required onChange={() => (setReport(null), setOutcome(null), setMapping({}))} />
          </div>
          <div>
            <label htmlFor="push-period">{t("period")}</label>
            <input id="push-period" value={periodKey} onChange={(e) => setPeriodKey(e.target.value.trim())} pattern="\d{4}(-(\d{2}|Q[1-4]|H[12]|W\d{2}))?" required size={9} />
          </div>
          <div>
            <label htmlFor="push-roster">{t("rosterForm")}</label>
            <select id="push-roster" value={formId} onChange={(e) => setFormId(e.target.value)}>
              <option value="">{t("rosterAuto")}</option>
              {rosterForms.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.title}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div style={{ marginTop: "0.75rem" }}>
          <button className="btn secondary" type="submit" disabled={busy !== null} aria-busy={busy === "preview"}>
            {busy === "preview" ? t("previewing") : t("preview")}
          </button>
        </div>
      </form>

      {outcome ? (
        <div className={`alert ${outcome.ok ? "ok" : "error"}`} role={outcome.ok ? "status" : "alert"} data-testid="push-outcome">
          {outcome.message}
        </div>
      ) : null}

      {report ? (
        <section data-testid="push-preview">
          <h2>{report.step === "apply" ? t("appliedTitle") : t("previewTitle")}</h2>
          <p data-testid="push-summary">
            {t(`kinds.${report.kind}`)} · {t("rowsSummary", { total: report.rowCount, valid: report.validRows, rejected: report.rejectedCount })}
            {report.kind === "residents" && report.formId ? ` · ${t("listedOn", { title: rosterForms.find((f) => f.id === report.formId)?.title ?? "" })}` : ""}
          </p>
          <p className="muted">{t("totals", { villages: report.villages.length, ...report.totals })}</p>

          <div className="table-wrap">
            <table data-testid="push-columns">
              <thead>
                <tr>
                  <th>{t("column")}</th>
                  <th>{t("element")}</th>
                  <th className="hide-sm">{t("score")}</th>
                </tr>
              </thead>
              <tbody>
                {report.columns.map((c) => (
                  <tr key={c.column} className={c.role === "unmapped" ? "muted" : undefined}>
                    <td>{c.label}</td>
                    <td>
                      {(c.role === "value" || c.role === "unmapped") && report.step === "preview" && !applied ? (
                        <select
                          aria-label={t("mapColumn", { column: c.label })}
                          data-testid="push-mapping"
                          value={c.elementId ?? ""}
                          disabled={busy !== null}
                          onChange={(e) => {
                            const next = { ...mapping, [c.column]: e.target.value || null };
                            setMapping(next);
                            void send("preview", next);
                          }}
                        >
                          <option value="">{t("roles.unmapped")}</option>
                          {report.choices.map((e) => (
                            <option key={e.id} value={e.id}>
                              {e.unit ? `${e.name}（${e.unit}）` : e.name}
                            </option>
                          ))}
                        </select>
                      ) : (
                        columnText(c)
                      )}
                    </td>
                    <td className="hide-sm">{c.reason === "manual" ? t("manual") : c.score === null ? "—" : `${Math.round(c.score * 100)}%`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {report.step === "preview" && !applied ? <p className="muted">{t("mappingHelp")}</p> : null}
          {report.unmapped.length ? <p className="alert info" data-testid="push-unmapped">{t("unmapped", { columns: report.unmapped.join("、") })}</p> : null}
          {report.notDue.length ? <p className="alert info">{t("notDue", { elements: report.notDue.map((e) => e.name).join("、") })}</p> : null}
          {report.unknownVillages.length ? (
            <p className="alert error" data-testid="push-unknown">
              {t("unknownVillages", { villages: report.unknownVillages.map((v) => `${v.village}（${t("rowsList", { rows: v.rows.slice(0, 5).join("、") })}）`).join("；") })}
            </p>
          ) : null}
          {report.invalidIds ? <p className="alert error">{t("invalidIds", { count: report.invalidIds })}</p> : null}

          <h3>{t("byVillage")}</h3>
          <div className="table-wrap">
            <table data-testid="push-villages">
              <thead>
                <tr>
                  <th>{t("village")}</th>
                  <th>{t("rows")}</th>
                  <th>{t("prefill")}</th>
                  <th>{t("same")}</th>
                  <th>{t("conflict")}</th>
                  {report.kind === "residents" ? <th className="hide-sm">{t("newResidents")}</th> : null}
                </tr>
              </thead>
              <tbody>
                {report.villages.map((v) => (
                  <tr key={v.orgUnitId}>
                    <td>
                      {v.name} <span className="muted">{v.townName}</span>
                    </td>
                    <td>{v.rows}</td>
                    <td>{v.prefill}</td>
                    <td>{v.same}</td>
                    <td>{v.conflict ? <span className="badge warn">{v.conflict}</span> : 0}</td>
                    {report.kind === "residents" ? <td className="hide-sm">{v.newResidents}</td> : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          {report.rejected.length ? (
            <>
              <h3>{t("rejectedTitle", { count: report.rejectedCount })}</h3>
              <div className="table-wrap">
                <table data-testid="push-rejected">
                  <thead>
                    <tr>
                      <th>{t("rowNumber")}</th>
                      <th>{t("reason")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.rejected.map((r) => (
                      <tr key={r.row}>
                        <td>{r.row}</td>
                        <td>{r.reasons.join("；")}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          ) : null}

          {!applied && report.step === "preview" && report.validRows > 0 ? (
            <div style={{ marginTop: "1rem" }}>
              <p className="muted">{t("applyHelp")}</p>
              <button className="btn" type="button" onClick={() => void send("apply")} disabled={busy !== null} aria-busy={busy === "apply"}>
                {busy === "apply" ? t("applying") : t("apply", { count: report.validRows })}
              </button>
            </div>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
