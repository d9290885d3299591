"use client";
import { useActionState, useRef } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/app/_lib/action";


/**
 * A button for a destructive or far-reaching action: it asks in a dialog first and only then submits
 * its hidden fields to the server action. Errors show beside the button.
 */
export function ConfirmForm<T>({ action, fields, label, question, danger = true }: { action: (state: ActionResult<T>, form: FormData) => Promise<ActionResult<T>>; fields: Record<string, string>; label: string; question: string; danger?: boolean }) {
  const t = useTranslations("common");
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, formAction, pending] = useActionState<ActionResult<T>, FormData>(action, null);
  return (
    <form action={formAction} style={{ display: "inline" }}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="button" className={`btn small ${danger ? "danger" : "secondary"}`} disabled={pending} onClick={() => dialog.current?.showModal()}>
        {label}
      </button>
      {state && !state.ok ? <span className="field-error" role="alert"> {state.message}</span> : null}
      <dialog ref={dialog}>
        <p>{question}</p>
        <div className="row">
          <span className="spacer" />
          <button type="button" className="btn secondary" onClick={() => dialog.current?.close()}>
            {t("cancel")}
          </button>
          <button type="submit" className={danger ? "btn danger" : "btn"} onClick={() => dialog.current?.close()}>
            {t("confirm")}
          </button>
        </div>
      </dialog>
    </form>
  );
}
