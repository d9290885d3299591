"use client";
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";

interface Column {
  column: number;
  label: string;
  attribute: "name" | "idNumber" | "sex" | "birthDate" | "age" | null;
  elementId: string | null;
  elementName: string | null;
  score: number | null;
  reason: string | null;
}

interface Report {
  title: string;
  totalRows: number;
  truncated: boolean;
  columns: Column[];
  elements: { id: string; name: string }[];
  valid: number;
  sample: { row: number; name: string; idNumber: string; values: number }[];
  rejected: { row: number; reasons: string[] }[];
  message?: string;
  error?: { message: string };
}

/**
 * Upload → preview (mapping, checked rows, rejected rows) → confirm. The file stays in the browser and is
 * sent again on confirm with the cadre's corrections, so the server re-checks everything before writing.
 */
export function ImportForm({ rosterForms }: { rosterForms: { id: string; title: string }[] }) {
  const t = useTranslations("oneFormImport");
  const fileInput = useRef<HTMLInputElement>(null);
  const [formId, setFormId] = useState("");
  const [mapping, setMapping] = useState<Record<number, string | null>>({});
  const [report, setReport] = useState<Report | null>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const [busy, setBusy] = useState<"preview" | "confirm" | null>(null);

  async function send(step: "preview" | "confirm", overrides: Record<number, string | null>) {
    const file = fileInput.current?.files?.[0];
    if (!file) return;
    setBusy(step);
    setOutcome(null);
    try {
      const body = new FormData();
      body.append("file", file);
      const query = new URLSearchParams({ step, mapping: JSON.stringify(overrides), ...(formId ? { formId } : {}) });
      const response = await fetch(`/api/one-form/import?${query}`, { method: "POST", body });
      const json = (await response.json()) as Report & { error?: { message: string } };
      if (json.columns) setReport(json);
      if (!response.ok) setOutcome({ ok: false, message: json.error?.message ?? response.statusText });
      else if (step === "confirm") setOutcome({ ok: true, message: json.message ?? "" });
    } catch {
      setOutcome({ ok: false, message: "网络错误 / network error" });
    } finally {
      setBusy(null);
    }
  }

  function choose(column: number, value: string) {
    const next = { ...mapping, [column]: value === "" ? null : value };
    setMapping(next);
    void send("preview", next);
  }

  const imported = outcome?.ok === true;
  return (
    <>
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          setMapping({});
          setReport(null);
          void send("preview", {});
        }}
      >
        <div className="form-inline">
          <div>
            <label htmlFor="import-file">{t("file")}</label>
            <input id="import-file" ref={fileInput} name="file" type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required />
          </div>
          <div>
            <label htmlFor="import-roster">{t("rosterForm")}</label>
            <select id="import-roster" value={formId} onChange={(e) => setFormId(e.target.value)}>
              <option value="">{t("noRosterForm")}</option>
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
        <div className={`alert ${outcome.ok ? "ok" : "error"}`} role={outcome.ok ? "status" : "alert"} data-testid="import-outcome">
          {outcome.message}
        </div>
      ) : null}

      {report ? (
        <>
          <h2>{t("columnsTitle")}</h2>
          <div className="table-wrap">
            <table data-testid="import-columns">
              <thead>
                <tr>
                  <th>{t("column")}</th>
                  <th>{t("element")}</th>
                  <th className="hide-sm">{t("score")}</th>
                  <th className="hide-sm">{t("reason")}</th>
                </tr>
              </thead>
              <tbody>
                {report.columns.map((c) => (
                  <tr key={c.column}>
                    <td>{c.label}</td>
                    <td>
                      {c.attribute ? (
                        t("registry", { attribute: t(`attributes.${c.attribute}`) })
                      ) : (
                        <select aria-label={c.label} value={c.elementId ?? ""} onChange={(e) => choose(c.column, e.target.value)} disabled={busy !== null || imported}>
                          <option value="">{t("skip")}</option>
                          {report.elements.map((e) => (
                            <option key={e.id} value={e.id}>
                              {e.name}
                            </option>
                          ))}
                        </select>
                      )}
                    </td>
                    <td className="hide-sm">{c.score === null ? "—" : `${Math.round(c.score * 100)}%`}</td>
                    <td className="hide-sm muted">{c.reason ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <p data-testid="import-summary">{t("rowsSummary", { total: report.totalRows, valid: report.valid, rejected: report.rejected.length })}</p>
          {report.truncated ? <p className="alert error">{t("truncated")}</p> : null}

          {report.sample.length ? (
            <>
              <h2>{t("sampleTitle")}</h2>
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th>{t("rowNumber")}</th>
                      <th>{t("name")}</th>
                      <th>{t("idNumber")}</th>
                      <th>{t("valueCount")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.sample.map((r) => (
                      <tr key={r.row}>
                        <td>{r.row}</td>
                        <td>{r.name}</td>
                        <td>{r.idNumber}</td>
                        <td>{r.values}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          ) : null}

          {report.rejected.length ? (
            <>
              <h2>{t("rejectedTitle")}</h2>
              <div className="table-wrap">
                <table data-testid="import-rejected">
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

          {!imported && report.valid > 0 ? (
            <div style={{ marginTop: "1rem" }}>
              <button className="btn" type="button" onClick={() => void send("confirm", mapping)} disabled={busy !== null} aria-busy={busy === "confirm"}>
                {busy === "confirm" ? t("importing") : t("confirm", { count: report.valid })}
              </button>
            </div>
          ) : null}
        </>
      ) : null}
    </>
  );
}
