"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ReviewLevel, ReviewStep } from "@/lib/review";
import { reviewAsDistrict, reviewAsTown } from "../../actions";

export interface ReviewSection {
  key: string;
  title: string;
  items: { id: string; name: string; unit: string | null; value: string; note: string | null }[];
}

export interface ReviewRoster {
  id: string;
  title: string;
  rows: { id: string; name: string; idNumberMasked: string; cells: string[] }[];
}

/** The submitted one form, read only; a reviewer approves, unlocks, or returns it with a reason per form or per item. */
export function ReviewPanel(props: { orgUnitId: string; periodKey: string; level: ReviewLevel | null; version: number; steps: ReviewStep[]; sections: ReviewSection[]; rosters: ReviewRoster[] }) {
  const t = useTranslations("review");
  const router = useRouter();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState("");
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  const act = props.level === "district" ? reviewAsDistrict : reviewAsTown;

  const run = (step: ReviewStep) =>
    start(async () => {
      const items = step === "return" ? Object.entries(notes).filter(([id, note]) => open.has(id) && note.trim()).map(([elementId, note]) => ({ elementId, note })) : [];
      const result = await act(null, { orgUnitId: props.orgUnitId, periodKey: props.periodKey, step, version: props.version, reason: step === "return" ? reason : "", items });
      if (!result?.ok) return setMessage({ ok: false, text: result?.message ?? "" });
      setMessage({ ok: true, text: t(`done.${step}`) });
      setReturning(false);
      setOpen(new Set());
      setNotes({});
      setReason("");
      router.refresh();
    });

  const toggle = (id: string) => setOpen((current) => (current.has(id) ? new Set([...current].filter((x) => x !== id)) : new Set([...current, id])));

  return (
    <>
      {props.sections.map((s) => (
        // Closed by default: a phone shows the list of sections, the reviewer opens each (open where notes are).
        <details key={s.key} className="card review-section" data-review-section={s.key} open={s.items.some((i) => i.note) || undefined}>
          <summary>
            {s.title} <span className="muted">{t("itemCount", { count: s.items.length })}</span>
          </summary>
          <ul className="review-items">
            {s.items.map((item) => (
              <li key={item.id} data-item={item.name}>
                <div className="review-item">
                  <span>{item.name}</span>
                  <span className={`value${item.value ? "" : " empty"}`}>{item.value ? `${item.value}${item.unit ? ` ${item.unit}` : ""}` : t("noValue")}</span>
                </div>
                {item.note ? <div className="return-note">{t("itemNote", { note: item.note })}</div> : null}
                {returning ? (
                  open.has(item.id) ? (
                    <div className="review-note">
                      <label className="muted" htmlFor={`note-${item.id}`}>
                        {t("noteFor", { name: item.name })}
                      </label>
                      <textarea id={`note-${item.id}`} data-testid="item-note" maxLength={500} value={notes[item.id] ?? ""} onChange={(e) => setNotes((n) => ({ ...n, [item.id]: e.target.value }))} />
                      <button type="button" className="btn small secondary" onClick={() => toggle(item.id)}>
                        {t("removeNote")}
                      </button>
                    </div>
                  ) : (
                    <button type="button" className="btn small secondary" data-testid="mark-item" onClick={() => toggle(item.id)}>
                      {t("markItem")}
                    </button>
                  )
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      ))}
      {props.rosters.map((r) => (
        <details key={r.id} className="card review-section" data-review-roster={r.title}>
          <summary>
            {r.title} <span className="muted">{t("residents", { count: r.rows.length })}</span>
          </summary>
          <ul className="review-items">
            {r.rows.map((row) => (
              <li key={row.id}>
                <div className="review-item">
                  <span>
                    {row.name} <span className="muted">{row.idNumberMasked}</span>
                  </span>
                  <span className="muted">{row.cells.join(" · ")}</span>
                </div>
              </li>
            ))}
          </ul>
        </details>
      ))}
      {props.level && props.steps.length ? (
        // Stays at the bottom of the screen while the reviewer scrolls through the sections.
        <div className="card review-bar" data-testid="review-panel">
          {message ? (
            <p className={`alert ${message.ok ? "ok" : "error"}`} role={message.ok ? "status" : "alert"}>
              {message.text}
            </p>
          ) : null}
          {returning ? (
            <div className="review-reason">
              <label htmlFor="return-reason">{t("reason")}</label>
              <textarea id="return-reason" maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t("reasonHint")} />
              <p className="muted">{t("itemsMarked", { count: [...open].filter((id) => notes[id]?.trim()).length })}</p>
            </div>
          ) : null}
          <div className="review-actions">
            {returning ? (
              <>
                <button type="button" className="btn danger" onClick={() => run("return")} disabled={pending} aria-busy={pending}>
                  {t("confirmReturn")}
                </button>
                <button type="button" className="btn secondary" onClick={() => setReturning(false)} disabled={pending}>
                  {t("cancel")}
                </button>
              </>
            ) : (
              <>
                {props.steps.includes("approve") ? (
                  <button type="button" className="btn" onClick={() => run("approve")} disabled={pending} aria-busy={pending}>
                    {t(props.level === "district" ? "approveDistrict" : "approve")}
                  </button>
                ) : null}
                {props.steps.includes("return") ? (
                  <button type="button" className="btn danger" onClick={() => setReturning(true)} disabled={pending}>
                    {t("return")}
                  </button>
                ) : null}
                {props.steps.includes("unlock") ? (
                  <button type="button" className="btn secondary" onClick={() => window.confirm(t("unlockConfirm")) && run("unlock")} disabled={pending} aria-busy={pending}>
                    {t("unlock")}
                  </button>
                ) : null}
              </>
            )}
          </div>
        </div>
      ) : message ? (
        <p className={`alert ${message.ok ? "ok" : "error"}`} role="status">
          {message.text}
        </p>
      ) : null}
    </>
  );
}
