"use client";
import { startTransition, useActionState, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { FieldError, FormMessage, invalidProps, SubmitButton } from "@/app/_components/form-bits";
import { mergeTargetProblem, type MergeFormShape } from "@/lib/redundancy/merge";
import { REASON_MAX } from "@/lib/schemas/retirement";
import { analyzeRetirement, decide } from "./actions";
import styles from "./retirement.module.css";

export function AnalyzeButton({ districtId }: { districtId: string }) {
  const t = useTranslations();
  const [state, action] = useActionState(analyzeRetirement, null);
  return (
    <form action={action} className="row">
      <input type="hidden" name="districtId" value={districtId} />
      <SubmitButton className="btn secondary" pending={t("common.loading")}>
        {t("retirement.analyze")}
      </SubmitButton>
      {state ? (
        <span className={state.ok ? "muted" : "field-error"} role="status">
          {state.ok ? t("retirement.analyzed", state.data) : state.message}
        </span>
      ) : null}
    </form>
  );
}

type Decision = "retire" | "keep" | "merge";

/**
 * Retire / keep / merge with a reason; a dialog repeats what the decision will do before it is sent.
 * Submitted through startTransition rather than the form's action prop: React 19 resets a form after its
 * action, which would put the radio buttons back to the suggestion and lose the typed reason on an error.
 */
export function DecisionForm({
  reviewId,
  title,
  source,
  moving,
  targets,
  suggested,
}: {
  reviewId: string;
  title: string;
  /** This form's frequency, kind and levels: what a target must match to take over its moving items. */
  source: MergeFormShape;
  /** Labels of the items no other form collects: retiring is refused, merging moves them to the target. */
  moving: string[];
  targets: ({ id: string; title: string; departmentName: string } & MergeFormShape)[];
  suggested: Decision;
}) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(decide, null);
  const [decision, setDecision] = useState<Decision>(suggested);
  const [targetId, setTargetId] = useState("");
  const dialog = useRef<HTMLDialogElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const target = targets.find((f) => f.id === targetId);
  const problemOf = (f: MergeFormShape) => mergeTargetProblem(source, f, moving.length);
  const question =
    decision === "merge" && moving.length && target
      ? t("retirement.confirm.mergeMoving", { title, target: target.title, fields: moving.join("、"), n: moving.length, frequency: t(`retirement.frequencies.${target.frequency}`) })
      : t(`retirement.confirm.${decision}`, { title });
  if (state?.ok) return <p className="alert ok" role="status">{t("retirement.decided")}</p>;
  return (
    <form
      ref={form}
      className={styles.decision}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => action(data));
      }}
    >
      <FormMessage state={state} />
      <input type="hidden" name="reviewId" value={reviewId} />
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend className="muted">{t("retirement.decisionTitle")}</legend>
        <div className={styles.choices}>
          {(["retire", "keep", "merge"] as const).map((d) => (
            <label key={d}>
              <input type="radio" name="decision" value={d} checked={decision === d} disabled={d === "retire" && moving.length > 0} onChange={() => setDecision(d)} />
              {t(`retirement.decisions.${d}`)}
            </label>
          ))}
        </div>
        {moving.length ? <p className="muted" data-testid="retire-blocked">{t("retirement.retireBlocked", { n: moving.length })}</p> : null}
      </fieldset>
      {decision === "merge" ? (
        <>
          <label htmlFor="mergedIntoFormId">{t("retirement.mergeInto")}</label>
          <select id="mergedIntoFormId" name="mergedIntoFormId" value={targetId} onChange={(e) => setTargetId(e.target.value)} {...invalidProps(state, "mergedIntoFormId")}>
            <option value="">{t("retirement.chooseForm")}</option>
            {targets.map((f) => {
              const problem = problemOf(f);
              return (
                <option key={f.id} value={f.id} disabled={!!problem}>
                  {f.title}（{f.departmentName}·{t(`retirement.frequencies.${f.frequency}`)}）{problem ? ` — ${t("retirement.targetUnfit", { reason: t(`errors.reasons.${problem}`) })}` : ""}
                </option>
              );
            })}
          </select>
          <FieldError state={state} name="mergedIntoFormId" />
        </>
      ) : null}
      <label htmlFor="reason">
        {t("retirement.reason")} <span className="muted">{decision === "retire" ? t("retirement.reasonOptional") : t("retirement.reasonRequired", { max: REASON_MAX })}</span>
      </label>
      <textarea id="reason" name="reason" maxLength={REASON_MAX} {...invalidProps(state, "reason")} />
      <FieldError state={state} name="reason" />
      <div className="row" style={{ marginTop: "0.75rem" }}>
        <button type="button" className={decision === "keep" ? "btn secondary" : "btn"} disabled={pending} onClick={() => dialog.current?.showModal()}>
          {pending ? t("common.saving") : t("retirement.submit")}
        </button>
      </div>
      <dialog ref={dialog} aria-label={t("retirement.decisionTitle")}>
        <p>{question}</p>
        <div className="row">
          <span className="spacer" />
          <button type="button" className="btn secondary" onClick={() => dialog.current?.close()}>
            {t("common.cancel")}
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => {
              dialog.current?.close();
              form.current?.requestSubmit();
            }}
          >
            {t("common.confirm")}
          </button>
        </div>
      </dialog>
    </form>
  );
}
