"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";

type Outcome = { ok: true; message: string } | { ok: false; message: string; rows?: { row: number; message: string }[] };

/** Uploads to the route handler (server actions cap bodies at 1 MB and cannot stream, STYLE.md 3.4). */
export function ImportForm() {
  const t = useTranslations("orgImport");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setOutcome(null);
    try {
      const response = await fetch("/api/org-units/import", { method: "POST", body: new FormData(event.currentTarget) });
      const body = await response.json();
      setOutcome(response.ok ? { ok: true, message: body.message } : { ok: false, message: body.error?.message ?? response.statusText, rows: body.rows });
    } catch {
      setOutcome({ ok: false, message: "网络错误 / network error" });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit}>
      <label htmlFor="org-file">{t("file")}</label>
      <input id="org-file" name="file" type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required />
      <div style={{ marginTop: "0.75rem" }}>
        <button className="btn" type="submit" disabled={busy} aria-busy={busy}>
          {busy ? t("uploading") : t("submit")}
        </button>
      </div>
      {outcome ? (
        <div className={`alert ${outcome.ok ? "ok" : "error"}`} role={outcome.ok ? "status" : "alert"}>
          {outcome.message}
          {!outcome.ok && outcome.rows?.length ? (
            <ul data-testid="row-errors">
              {outcome.rows.map((r) => (
                <li key={r.row}>{r.message}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
