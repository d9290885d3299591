"use client";
import { startTransition, useActionState, useMemo, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { addedLoad, type AdmissionStatus, type ClassifiedField } from "@/lib/admission";
import type { MinutesModel } from "@/lib/burden/minutes";
import { FREQUENCIES, type Frequency } from "@/lib/domain";
import { isAtLeastAsFrequent } from "@/lib/periods";
import type { ActionResult } from "@/app/_lib/action";
import { decideAdmissionRequest } from "../actions";
import styles from "../admission.module.css";

type Decided = { status: AdmissionStatus; version: number; matched: boolean };
type Choice = "approve" | "approve_with_changes" | "reject";

export interface AdmissionFieldsProps {
  requestId: string;
  version: number;
  fields: ClassifiedField[];
  requestedFrequency: Frequency;
  units: number;
  minutes: MinutesModel;
  /** The district may decide now: fields can be dropped, the frequency lowered. */
  editable: boolean;
  /** Fields the decision dropped (decided requests). */
  dropped: string[];
  admittedFrequency: Frequency | null;
}

/**
 * The requested form's fields with their class (已有/新增/待确认) and the yearly load they add; for the district, the
 * decision: drop fields and lower the frequency (the load figures follow at once), or approve / reject with a reason.
 */
export function AdmissionFields(props: AdmissionFieldsProps) {
  const t = useTranslations("admission");
  const tf = useTranslations("forms");
  const [dropped, setDropped] = useState<Set<string>>(() => new Set(props.dropped));
  const [frequency, setFrequency] = useState<Frequency>(props.admittedFrequency ?? props.requestedFrequency);
  const [choice, setChoice] = useState<Choice>("approve");
  const [reason, setReason] = useState("");
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, dispatch, pending] = useActionState<ActionResult<Decided>, Record<string, unknown>>(decideAdmissionRequest, null);
  const decided = state?.ok ? state.data : null;
  const editable = props.editable && !decided;
  const changed = dropped.size > 0 || frequency !== props.requestedFrequency;
  const effective: Choice = choice === "reject" ? "reject" : changed ? "approve_with_changes" : "approve";
  const load = useMemo(
    () => addedLoad({ fields: props.fields, dropped: effective === "reject" ? new Set() : dropped, frequency: effective === "reject" ? props.requestedFrequency : frequency, units: props.units, minutes: props.minutes }),
    [props.fields, props.requestedFrequency, props.units, props.minutes, dropped, frequency, effective],
  );
  const requested = useMemo(() => addedLoad({ fields: props.fields, frequency: props.requestedFrequency, units: props.units, minutes: props.minutes }), [props.fields, props.requestedFrequency, props.units, props.minutes]);
  const lower = FREQUENCIES.filter((f) => isAtLeastAsFrequent(props.requestedFrequency, f));
  const toggle = (id: string) =>
    setDropped((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const send = () => {
    dialog.current?.close();
    startTransition(() =>
      dispatch({ requestId: props.requestId, version: props.version, decision: effective, droppedFieldIds: effective === "reject" ? [] : [...dropped], frequency: effective === "reject" ? null : frequency, reason }),
    );
  };
  const shown = dropped.size || frequency !== props.requestedFrequency;
  return (
    <>
      <div className={styles.figures} data-testid="load-figures">
        <div className="card">
          <div className="muted">{t("load.added")}</div>
          <div className="stat" data-testid="added-entries">
            {load.added.entries.toLocaleString("zh-CN")}
          </div>
          <div className={styles.formula}>{t("load.formula", { fields: load.counts.new, units: load.units, times: load.timesPerYear })}</div>
        </div>
        <div className="card">
          <div className="muted">{t("load.minutes")}</div>
          <div className="stat" data-testid="added-minutes">
            {Math.round(load.added.minutes / 60).toLocaleString("zh-CN")}
          </div>
          <div className={styles.formula}>{t("load.minutesNote", { minutes: load.added.minutes.toLocaleString("zh-CN") })}</div>
        </div>
        <div className="card">
          <div className="muted">{t("load.atMost")}</div>
          <div className="stat">{load.atMost.entries.toLocaleString("zh-CN")}</div>
          <div className={styles.formula}>{t("load.atMostNote", { uncertain: load.counts.uncertain })}</div>
        </div>
      </div>
      {shown && (editable || props.dropped.length || props.admittedFrequency) ? (
        <p className="alert" style={{ background: "var(--brand-soft)", color: "var(--brand)" }} data-testid="load-change">
          {t("load.change", { before: requested.added.entries.toLocaleString("zh-CN"), after: load.added.entries.toLocaleString("zh-CN"), dropped: dropped.size, frequency: tf(`frequency.${frequency}`) })}
        </p>
      ) : null}
      <h2>{t("fieldsTitle", { total: props.fields.length, new: requested.counts.new, existing: requested.counts.existing, uncertain: requested.counts.uncertain })}</h2>
      <div className="table-wrap">
        <table data-testid="admission-fields">
          <thead>
            <tr>
              {editable || props.dropped.length ? <th>{t("drop")}</th> : null}
              <th>{t("columns.field")}</th>
              <th>{t("columns.class")}</th>
              <th>{t("columns.element")}</th>
              <th className={`${styles.num} ${styles.hideNarrow}`}>{t("columns.score")}</th>
            </tr>
          </thead>
          <tbody>
            {props.fields.map((f) => (
              <tr key={f.fieldId} className={dropped.has(f.fieldId) ? styles.dropped : undefined} data-class={f.class}>
                {editable || props.dropped.length ? (
                  <td>
                    <input type="checkbox" className={styles.check} aria-label={t("dropField", { label: f.label })} checked={dropped.has(f.fieldId)} disabled={!editable || choice === "reject"} onChange={() => toggle(f.fieldId)} />
                  </td>
                ) : null}
                <td>{f.path.join(" › ")}</td>
                <td>
                  <span className={`badge ${styles.cls} ${styles[f.class]}`}>{t(`class.${f.class}`)}</span>
                </td>
                <td title={f.reason ?? undefined}>{f.elementName ?? <span className="muted">—</span>}</td>
                <td className={`${styles.num} ${styles.hideNarrow}`}>{f.score === null ? "" : f.score.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editable ? (
        <div className={`card ${styles.decision}`} style={{ marginTop: "1rem" }} data-testid="decision-form">
          <h2 style={{ marginTop: 0 }}>{t("decide")}</h2>
          <div className={styles.choices} role="radiogroup" aria-label={t("decide")}>
            {(["approve", "reject"] as const).map((c) => (
              <label key={c}>
                <input type="radio" name="choice" value={c} checked={choice === c} onChange={() => setChoice(c)} /> {t(`choice.${c}`)}
              </label>
            ))}
          </div>
          {choice === "approve" ? (
            <>
              <label htmlFor="a-frequency">{t("admittedFrequency")}</label>
              <select id="a-frequency" value={frequency} onChange={(e) => setFrequency(e.target.value as Frequency)}>
                {lower.map((f) => (
                  <option key={f} value={f}>
                    {tf(`frequency.${f}`)}
                  </option>
                ))}
              </select>
              <p className="muted">{t("changesHelp")}</p>
            </>
          ) : null}
          <label htmlFor="a-reason">{choice === "reject" ? t("reasonRequired") : t("reasonOptional")}</label>
          <textarea id="a-reason" maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} aria-invalid={state && !state.ok && state.fieldErrors?.reason ? true : undefined} />
          {state && !state.ok && state.fieldErrors?.reason ? <p className="field-error">{state.fieldErrors.reason.join("；")}</p> : null}
          <div className={styles.actions}>
            <button type="button" className={effective === "reject" ? "btn danger" : "btn"} disabled={pending} aria-busy={pending} onClick={() => dialog.current?.showModal()} data-testid="decide-button">
              {t(`submit.${effective}`)}
            </button>
            {state && !state.ok ? (
              <span className="alert error" role="alert">
                {state.message}
              </span>
            ) : null}
          </div>
          <dialog ref={dialog}>
            <p>{t(`confirm.${effective}`, { dropped: dropped.size, frequency: tf(`frequency.${frequency}`) })}</p>
            <div className="row">
              <span className="spacer" />
              <button type="button" className="btn secondary" onClick={() => dialog.current?.close()}>
                {t("cancel")}
              </button>
              <button type="button" className={effective === "reject" ? "btn danger" : "btn"} onClick={send} data-testid="confirm-decision">
                {t("confirmButton")}
              </button>
            </div>
          </dialog>
        </div>
      ) : null}
      {decided ? (
        <p className="alert ok" role="status" data-testid="decided">
          {t(`decidedNow.${decided.status}`)}
          {decided.matched ? "" : ` ${t("matchPending")}`}
        </p>
      ) : null}
    </>
  );
}
