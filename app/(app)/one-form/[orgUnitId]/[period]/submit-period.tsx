"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { submitPeriod } from "../../actions";

export function SubmitPeriod({ orgUnitId, periodKey, submittedAt }: { orgUnitId: string; periodKey: string; submittedAt: string | null }) {
  const t = useTranslations("oneForm");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const submit = () =>
    start(async () => {
      const result = await submitPeriod(null, { orgUnitId, periodKey });
      if (result?.ok) {
        setMessage({ ok: true, text: t("submitDone") });
        router.refresh();
      } else setMessage({ ok: false, text: result?.message ?? "" });
    });
  return (
    <div className="card submit-bar" data-testid="submit-period">
      {submittedAt ? <p className="alert ok" role="status">{t("submittedAll", { time: submittedAt })}</p> : null}
      {message ? <p className={`alert ${message.ok ? "ok" : "error"}`} role={message.ok ? "status" : "alert"}>{message.text}</p> : null}
      <button type="button" className="btn" onClick={submit} disabled={pending} aria-busy={pending}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </div>
  );
}
