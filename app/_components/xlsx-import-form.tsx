"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";

type Outcome = { ok: true; message: string } | { ok: false; message: string; rows?: { row: number; message: string }[] };

/**
 * Uploads one .xlsx to an import route handler (server actions cap bodies at 1 MB and cannot stream,
 * STYLE.md 3.4). The route answers { message } or { error: { message }, rows: [{ row, message }] }: every
 * bad row is listed, nothing is imported.
 */
export function XlsxImportForm({ endpoint, inputId, fileLabel, submitLabel }: { endpoint: string; inputId: string; fileLabel: string; submitLabel: string }) {
  const t = useTranslations("common");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setOutcome(null);
    try {
      const response = await fetch(endpoint, { method: "POST", body: new FormData(event.currentTarget) });
      const body = await response.json();
      setOutcome(response.ok ? { ok: true, message: body.message } : { ok: false, message: body.error?.message ?? response.statusText, rows: body.rows });
    } catch {
      setOutcome({ ok: false, message: t("networkError") });
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={submit}>
      <label htmlFor={inputId}>{fileLabel}</label>
      <input id={inputId} name="file" type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required />
      <div style={{ marginTop: "0.75rem" }}>
        <button className="btn" type="submit" disabled={busy} aria-busy={busy}>
          {busy ? t("importing") : submitLabel}
        </button>
      </div>
      {outcome ? (
        <div className={`alert ${outcome.ok ? "ok" : "error"}`} role={outcome.ok ? "status" : "alert"}>
          {outcome.message}
          {!outcome.ok && outcome.rows?.length ? (
            <ul data-testid="row-errors">
              {outcome.rows.map((r, i) => (
                <li key={`${r.row}-${i}`}>{r.message}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
