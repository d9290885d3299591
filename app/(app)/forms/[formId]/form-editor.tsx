"use client";
import Link from "next/link";
import { startTransition, useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { FIELD_TYPES, FORM_KINDS, FREQUENCIES, TARGET_LEVELS, type TargetLevel } from "@/lib/domain";
import { HEADER_PATH_SEPARATOR, saveFormInput } from "@/lib/schemas/forms";
import { validationMessage } from "@/lib/validation";
import type { ActionResult } from "@/app/_lib/action";
import { saveForm } from "../actions";
import styles from "../forms.module.css";

export interface EditorField {
  id: string;
  ref: string;
  label: string;
  path: string[];
  type: (typeof FIELD_TYPES)[number];
  unit: string | null;
  excluded: boolean;
  elementName: string | null;
  matchReason: string | null;
}

export interface EditorForm {
  id: string;
  version: number;
  status: Saved["status"];
  title: string;
  departmentId: string;
  frequency: (typeof FREQUENCIES)[number];
  kind: (typeof FORM_KINDS)[number];
  targetLevels: TargetLevel[];
}

type Row = Omit<EditorField, "path" | "unit"> & { path: string; unit: string };
type Saved = { status: "draft" | "active" | "under_review" | "retired"; version: number; changedFields: number; matched: boolean; admissionRequestId: string | null };

/** Metadata and field corrections of one form, saved (and for a draft, submitted for admission) in one action. */
export function FormEditor({ form, fields, departments, multiSheet = false, locked = false }: { form: EditorForm; fields: EditorField[]; departments: { id: string; name: string }[] | null; multiSheet?: boolean; locked?: boolean }) {
  const t = useTranslations();
  const [state, dispatch, pending] = useActionState<ActionResult<Saved>, Record<string, unknown>>(saveForm, null);
  const [meta, setMeta] = useState({ title: form.title, departmentId: form.departmentId, frequency: form.frequency, kind: form.kind, targetLevels: form.targetLevels });
  const [rows, setRows] = useState<Row[]>(() => fields.map((f) => ({ ...f, path: f.path.join(HEADER_PATH_SEPARATOR), unit: f.unit ?? "" })));
  const [errors, setErrors] = useState<{ meta: Record<string, string>; rows: Record<number, Record<string, string>> }>({ meta: {}, rows: {} });
  const version = state?.ok ? state.data.version : form.version;
  const status = state?.ok ? state.data.status : form.status;
  // Submitted for admission (now or before): nothing to save until the district has decided.
  const submitted = (state?.ok && state.data.admissionRequestId !== null) || locked;
  const showElements = status !== "draft";

  const setRow = (i: number, patch: Partial<Row>) => setRows((all) => all.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const toggleTarget = (level: TargetLevel) =>
    setMeta((m) => ({ ...m, targetLevels: m.targetLevels.includes(level) ? m.targetLevels.filter((l) => l !== level) : [...m.targetLevels, level] }));

  function submit(activate: boolean) {
    const payload = { id: form.id, version, ...meta, departmentId: departments ? meta.departmentId : "", activate, fields: rows.map(({ id, label, path, type, unit, excluded }) => ({ id, label, path, type, unit, excluded })) };
    // Same schema as the server, so each row can show its own problem; the server still decides.
    const check = saveFormInput.safeParse(payload);
    const next: typeof errors = { meta: {}, rows: {} };
    for (const issue of check.error?.issues ?? []) {
      const m = validationMessage(issue, payload);
      const text = t(`validation.${m.key}`, m.params);
      if (issue.path[0] === "fields" && typeof issue.path[1] === "number") (next.rows[issue.path[1]] ??= {})[String(issue.path[2])] = text;
      else next.meta[String(issue.path[0])] = text;
    }
    setErrors(next);
    if (!check.success) return;
    startTransition(() => dispatch(payload));
  }

  const metaError = (name: string) => errors.meta[name] ?? (state && !state.ok ? state.fieldErrors?.[name]?.join("；") : undefined);
  return (
    <div className="card" data-testid="form-editor">
      <div className={styles.meta}>
        <div className={styles.metaWide}>
          <label htmlFor="title">{t("forms.meta.title")}</label>
          <input id="title" value={meta.title} onChange={(e) => setMeta({ ...meta, title: e.target.value })} aria-invalid={!!metaError("title") || undefined} />
          {metaError("title") ? <div className="field-error">{metaError("title")}</div> : null}
        </div>
        {departments ? (
          <div>
            <label htmlFor="departmentId">{t("forms.meta.department")}</label>
            <select id="departmentId" value={meta.departmentId} onChange={(e) => setMeta({ ...meta, departmentId: e.target.value })}>
              {departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div>
          <label htmlFor="frequency">{t("forms.meta.frequency")}</label>
          <select id="frequency" value={meta.frequency} onChange={(e) => setMeta({ ...meta, frequency: e.target.value as EditorForm["frequency"] })}>
            {FREQUENCIES.map((f) => (
              <option key={f} value={f}>
                {t(`forms.frequency.${f}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="kind">{t("forms.meta.kind")}</label>
          <select id="kind" value={meta.kind} onChange={(e) => setMeta({ ...meta, kind: e.target.value as EditorForm["kind"] })}>
            {FORM_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`forms.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label>{t("forms.meta.targetLevels")}</label>
          <div className={styles.checks}>
            {TARGET_LEVELS.map((level) => (
              <label key={level}>
                <input type="checkbox" checked={meta.targetLevels.includes(level)} onChange={() => toggleTarget(level)} />
                {t(`levels.${level}`)}
              </label>
            ))}
          </div>
          {metaError("targetLevels") ? <div className="field-error">{metaError("targetLevels")}</div> : null}
        </div>
      </div>

      <h2>{t("forms.fields.title", { count: rows.filter((r) => !r.excluded).length })}</h2>
      <p className="muted">{t("forms.fields.help")}</p>
      {metaError("fields") ? <p className="field-error">{metaError("fields")}</p> : null}
      <div className="table-wrap">
        <table className={styles.fields} data-testid="fields-table">
          <thead>
            <tr>
              <th>{t("forms.fields.cell")}</th>
              <th>{t("forms.fields.label")}</th>
              <th>{t("forms.fields.path")}</th>
              <th>{t("forms.fields.type")}</th>
              <th>{t("forms.fields.unit")}</th>
              <th>{t("forms.fields.excluded")}</th>
              {showElements ? <th>{t("forms.fields.element")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => {
              const err = errors.rows[i] ?? {};
              return (
                <tr key={row.id} className={row.excluded ? styles.isExcluded : undefined} data-field-ref={row.ref}>
                  <td className={styles.ref}>{multiSheet ? row.ref : row.ref.split("!").pop()}</td>
                  <td>
                    <input className={styles.wide} aria-label={t("forms.fields.label")} value={row.label} onChange={(e) => setRow(i, { label: e.target.value })} aria-invalid={!!err.label || undefined} />
                    {err.label ? <div className={styles.rowError}>{err.label}</div> : null}
                  </td>
                  <td>
                    <input className={styles.wide} aria-label={t("forms.fields.path")} value={row.path} onChange={(e) => setRow(i, { path: e.target.value })} aria-invalid={!!err.path || undefined} />
                    {err.path ? <div className={styles.rowError}>{err.path}</div> : null}
                  </td>
                  <td>
                    <select aria-label={t("forms.fields.type")} value={row.type} onChange={(e) => setRow(i, { type: e.target.value as Row["type"] })}>
                      {FIELD_TYPES.map((ft) => (
                        <option key={ft} value={ft}>
                          {t(`forms.fieldType.${ft}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input className={styles.narrow} aria-label={t("forms.fields.unit")} value={row.unit} onChange={(e) => setRow(i, { unit: e.target.value })} aria-invalid={!!err.unit || undefined} />
                  </td>
                  <td>
                    <input type="checkbox" aria-label={t("forms.fields.excluded")} checked={row.excluded} onChange={(e) => setRow(i, { excluded: e.target.checked })} />
                  </td>
                  {showElements ? <td>{row.elementName ? <span title={row.matchReason ?? undefined}>{row.elementName}</span> : <span className="muted">{t("forms.fields.unmatched")}</span>}</td> : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className={styles.actions}>
        {locked && !(state?.ok && state.data.admissionRequestId) ? <span className={styles.hint}>{t("admission.pendingHelp")}</span> : null}
        {state?.ok && state.data.admissionRequestId ? (
          <span className="alert ok" role="status">
            {t("admission.submitted", { count: state.data.changedFields })} <Link href={`/admission/${state.data.admissionRequestId}`}>{t("admission.viewRequest")}</Link>
          </span>
        ) : null}
        {submitted ? null : status === "draft" ? (
          <button type="button" className="btn" disabled={pending} aria-busy={pending} onClick={() => submit(true)}>
            {pending ? t("common.saving") : t("forms.saveActivate")}
          </button>
        ) : null}
        {submitted ? null : (
          <button type="button" className={status === "draft" ? "btn secondary" : "btn"} disabled={pending} onClick={() => submit(false)}>
            {status === "draft" ? t("forms.saveDraft") : t("forms.save")}
          </button>
        )}
        {state?.ok && !state.data.admissionRequestId ? (
          <span className="alert ok" role="status">
            {t(state.data.status === "draft" ? "forms.savedDraft" : "forms.saved", { count: state.data.changedFields })}
          </span>
        ) : null}
        {state?.ok && !state.data.matched ? <span className={styles.hint}>{t("forms.matchPending")}</span> : null}
        {state && !state.ok ? (
          <span className="alert error" role="alert">
            {state.message}
          </span>
        ) : Object.keys(errors.meta).length + Object.keys(errors.rows).length > 0 ? (
          <span className="alert error" role="alert">
            {t("errors.invalidInput")}
          </span>
        ) : null}
      </div>
    </div>
  );
}
