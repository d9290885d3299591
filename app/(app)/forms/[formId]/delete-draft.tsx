"use client";
import { useActionState, useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/app/_lib/action";
import { deleteDraft } from "../actions";

/** 删除草稿: asks first; once deleted, back to the catalog (the page itself is gone). */
export function DeleteDraftButton({ id, title }: { id: string; title: string }) {
  const t = useTranslations();
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, formAction, pending] = useActionState<ActionResult<{ title: string }>, FormData>(deleteDraft, null);
  useEffect(() => {
    if (state?.ok) router.replace("/forms");
  }, [state, router]);
  return (
    <form action={formAction} style={{ display: "inline" }}>
      <input type="hidden" name="id" value={id} />
      <button type="button" className="btn danger" disabled={pending} onClick={() => dialog.current?.showModal()}>
        {t("forms.deleteDraft")}
      </button>
      {state && !state.ok ? <span className="field-error" role="alert"> {state.message}</span> : null}
      <dialog ref={dialog}>
        <p>{t("forms.confirmDelete", { title })}</p>
        <div className="row">
          <span className="spacer" />
          <button type="button" className="btn secondary" onClick={() => dialog.current?.close()}>
            {t("common.cancel")}
          </button>
          <button type="submit" className="btn danger" onClick={() => dialog.current?.close()}>
            {t("common.confirm")}
          </button>
        </div>
      </dialog>
    </form>
  );
}
