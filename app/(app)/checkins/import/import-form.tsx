"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";

type Outcome = { ok: true; message: string } | { ok: false; message: string; rows?: { row: number; message: string }[] };

/** Uploads a check-in task list (.xlsx) to the route handler; bad rows come back one by one. */
export function ImportTasksForm() {
  const t = useTranslations("checkins");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setOutcome(null);
    try {
      const response = await fetch("/api/checkins/import", { method: "POST", body: new FormData(event.currentTarget) });
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
      <label htmlFor="checkin-file">{t("file")}</label>
      <input id="checkin-file" name="file" type="file" accept=".xlsx" required />
      <div style={{ marginTop: "0.75rem" }}>
        <button className="btn" type="submit" disabled={busy} aria-busy={busy}>
          {busy ? t("uploading") : t("importSubmit")}
        </button>
      </div>
      {outcome ? (
        <div className={`alert ${outcome.ok ? "ok" : "error"}`} role={outcome.ok ? "status" : "alert"}>
          {outcome.message}
          {!outcome.ok && outcome.rows?.length ? (
            <ul data-testid="row-errors">
              {outcome.rows.map((r, i) => (
                <li key={i}>{r.message}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
