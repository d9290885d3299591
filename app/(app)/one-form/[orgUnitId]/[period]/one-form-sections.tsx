"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState, useTransition } from "react";
import { applyDerived, checkSection, checkValue, percent, type DeriveRule, type OneFormElement, type PushedMark, type Scalar, type ValueIssue } from "@/lib/one-form";
import { confirmSectionUnchanged, saveSection } from "../../actions";
import { toInput, ValueInput } from "./value-input";

/** What a section's client needs of an element: no more, the page carries 300 of them. */
export interface SlimElement {
  element: OneFormElement;
  value: Scalar;
  version: number;
  isPrefill: boolean;
  isDerived: boolean;
  previous: Scalar;
  /** Indexes into `formNames`. */
  forms: number[];
  /** Titles of merged forms this item moved from (omitted when none). */
  carriedFrom?: string[];
  /** A department's pushed value for the item (数据回流): the prefill's source, or a conflict with the stored value. */
  pushed?: PushedMark;
}

const PUSH_DATE = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });
const pushDate = (iso: string) => PUSH_DATE.format(new Date(iso));

export interface SlimSection {
  key: string;
  elements: SlimElement[];
}

type ElementView = SlimElement;

/** `returnNotes`: a reviewer's notes by element id, shown at their items while the one form is returned. */
export function OneFormSections(props: { orgUnitId: string; periodKey: string; sections: SlimSection[]; formNames: string[]; rules: DeriveRule[]; canFill: boolean; returnNotes: Record<string, string> }) {
  return (
    <div className="sections">
      {props.sections.map((s) => (
        <SectionForm key={s.key} {...props} section={s} />
      ))}
    </div>
  );
}

interface Draft {
  inputs: Record<string, string>;
  base: Record<string, string>;
}

type Message = { kind: "ok" | "error" | "info"; text: string } | null;

const clock = (d: Date) => `${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;

function SectionForm({ orgUnitId, periodKey, section, formNames, rules, canFill, returnNotes }: { orgUnitId: string; periodKey: string; section: SlimSection; formNames: string[]; rules: DeriveRule[]; canFill: boolean; returnNotes: Record<string, string> }) {
  const t = useTranslations();
  const router = useRouter();
  const draftKey = `oneform:${orgUnitId}:${periodKey}:${section.key}`;
  const byId = useMemo(() => new Map(section.elements.map((e) => [e.element.id, e])), [section]);
  const sectionRules = useMemo(() => rules.filter((r) => byId.has(r.target) && r.parts.every((p) => byId.has(p))), [rules, byId]);
  const derived = useMemo(() => new Set(rules.filter((r) => byId.has(r.target)).map((r) => r.target)), [rules, byId]);
  const typed = section.elements.filter((e) => !derived.has(e.element.id));
  const initial = useMemo(() => Object.fromEntries(section.elements.map((e) => [e.element.id, toInput(e.value)])), [section]);

  const [inputs, setInputs] = useState<Record<string, string>>(initial);
  const [base, setBase] = useState<Record<string, string>>(initial);
  const [versions, setVersions] = useState<Record<string, number>>(() => Object.fromEntries(section.elements.map((e) => [e.element.id, e.version])));
  const [prefill, setPrefill] = useState<Set<string>>(() => new Set(section.elements.filter((e) => e.isPrefill).map((e) => e.element.id)));
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<Record<string, ValueIssue>>({});
  const [warnings, setWarnings] = useState<Record<string, ValueIssue>>({});
  const [confirmed, setConfirmed] = useState<Set<string>>(new Set());
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<Message>(null);
  const [pending, start] = useTransition();

  // A draft kept on this device survives a reload, a lost connection or a refused save. Values someone
  // else changed meanwhile are not overwritten: the cadre's input is shown next to them instead.
  useEffect(() => {
    const raw = window.localStorage.getItem(draftKey);
    if (!raw) return;
    try {
      const draft = JSON.parse(raw) as Draft;
      const restored: Record<string, string> = {};
      const changedByOthers: Record<string, string> = {};
      for (const [id, value] of Object.entries(draft.inputs)) {
        if (!(id in initial) || value === draft.base[id]) continue;
        if (draft.base[id] === initial[id]) restored[id] = value;
        else changedByOthers[id] = value;
      }
      if (Object.keys(restored).length || Object.keys(changedByOthers).length) {
        setInputs((current) => ({ ...current, ...restored }));
        setNotes(changedByOthers);
        setDirty(Object.keys(restored).length > 0);
        setMessage({ kind: "info", text: t("oneForm.draftRestored") });
      } else window.localStorage.removeItem(draftKey);
    } catch {
      window.localStorage.removeItem(draftKey);
    }
    // Runs once per mount: the draft is read against the values the page was rendered with.
  }, []);

  useEffect(() => {
    if (!dirty) return;
    const timer = window.setTimeout(() => window.localStorage.setItem(draftKey, JSON.stringify({ inputs, base } satisfies Draft)), 300);
    return () => window.clearTimeout(timer);
  }, [inputs, base, dirty, draftKey]);

  const parsed = useMemo(() => {
    const out: Record<string, Scalar> = {};
    for (const e of section.elements) {
      const r = checkValue(e.element, inputs[e.element.id]);
      out[e.element.id] = r.ok ? r.value : null;
    }
    return applyDerived(out, sectionRules);
  }, [inputs, section, sectionRules]);

  const shown = (e: ElementView) => (derived.has(e.element.id) && sectionRules.some((r) => r.target === e.element.id) ? toInput(parsed[e.element.id]) : inputs[e.element.id]);
  const filled = section.elements.filter((e) => (derived.has(e.element.id) ? shown(e) !== "" : versions[e.element.id] > 0 && !prefill.has(e.element.id) && inputs[e.element.id] !== "")).length;
  const progress = { filled, total: section.elements.length };

  const change = (id: string, value: string) => {
    setInputs((current) => ({ ...current, [id]: value }));
    setDirty(true);
    setConfirmed((c) => (c.has(id) ? new Set([...c].filter((x) => x !== id)) : c));
    setWarnings(({ [id]: _w, ...rest }) => rest);
  };
  const blur = (e: ElementView) => {
    const r = checkValue(e.element, inputs[e.element.id]);
    setErrors(({ [e.element.id]: _old, ...rest }) => (r.ok ? rest : { ...rest, [e.element.id]: r.issue }));
  };
  const text = (issue: ValueIssue) => t(`validation.${issue.key}`, issue.params);

  const afterSave = (newVersions: Record<string, number>) => {
    setVersions((v) => ({ ...v, ...newVersions }));
    setBase(inputs);
    setPrefill(new Set());
    setDirty(false);
    setNotes({});
    setWarnings({});
    setConfirmed(new Set());
    window.localStorage.removeItem(draftKey);
    setMessage({ kind: "ok", text: t("oneForm.saved", { time: clock(new Date()) }) });
    router.refresh();
  };

  const save = () => {
    const check = checkSection({
      elements: typed.map((e) => e.element),
      raw: Object.fromEntries(typed.map((e) => [e.element.id, inputs[e.element.id]])),
      previous: Object.fromEntries(typed.map((e) => [e.element.id, e.previous])),
      confirmed: [...confirmed],
    });
    setErrors(Object.fromEntries(check.errors.map((i) => [i.elementId, i])));
    setWarnings(Object.fromEntries(check.warnings.map((i) => [i.elementId, i])));
    if (check.errors.length) return setMessage({ kind: "error", text: t("oneForm.hasErrors") });
    if (check.unconfirmed.length) return setMessage({ kind: "error", text: t("oneForm.hasWarnings") });
    start(async () => {
      const result = await saveSection(null, {
        orgUnitId,
        periodKey,
        section: section.key,
        values: Object.fromEntries(typed.map((e) => [e.element.id, inputs[e.element.id]])),
        versions,
        confirmed: [...confirmed],
      });
      if (!result?.ok) return setMessage({ kind: "error", text: result?.message ?? "" });
      const outcome = result.data;
      if (outcome.status === "saved") return afterSave(outcome.versions);
      const issues = Object.fromEntries(outcome.issues.map((i) => [i.elementId, i]));
      if (outcome.status === "invalid") {
        setErrors(issues);
        setMessage({ kind: "error", text: t("oneForm.hasErrors") });
      } else {
        setWarnings(issues);
        setMessage({ kind: "error", text: t("oneForm.hasWarnings") });
      }
    });
  };

  const keepUnchanged = () =>
    start(async () => {
      const result = await confirmSectionUnchanged(null, { orgUnitId, periodKey, section: section.key, versions });
      if (!result?.ok) return setMessage({ kind: "error", text: result?.message ?? "" });
      if (result.data.status === "saved") afterSave(result.data.versions);
    });

  const title = t(`oneForm.sections.${section.key}`);
  return (
    <section className="card section" aria-labelledby={`sec-${section.key}`} data-section={section.key}>
      <div className="section-head">
        <h2 id={`sec-${section.key}`}>{title}</h2>
        <span className="muted" data-testid="section-progress">
          {t("oneForm.progress", { ...progress })}
        </span>
        <div className="bar small">
          <span style={{ width: `${percent(progress)}%` }} />
        </div>
      </div>
      {message ? (
        <div className={`alert ${message.kind}`} role={message.kind === "error" ? "alert" : "status"}>
          {message.text}
          {message.kind === "error" && /刷新|Refresh/.test(message.text) ? (
            <button type="button" className="btn small secondary" onClick={() => window.location.reload()}>
              {t("oneForm.refresh")}
            </button>
          ) : null}
        </div>
      ) : null}
      <div className="fields">
        {section.elements.map((e) => {
          const id = e.element.id;
          const error = errors[id];
          const warning = warnings[id];
          const isDerived = derived.has(id);
          return (
            <div className={`field${error ? " has-error" : warning ? " has-warning" : ""}`} key={id}>
              <label htmlFor={`el-${id}`}>
                {e.element.name}
                {prefill.has(id) && e.pushed ? (
                  <span className="tag pushed" data-testid="pushed-from">
                    {t("oneForm.pushedFrom", { department: e.pushed.departmentName, date: pushDate(e.pushed.pushedAt) })}
                  </span>
                ) : prefill.has(id) ? (
                  <span className="tag">{t("oneForm.prefilled")}</span>
                ) : null}
                {isDerived ? <span className="tag derived">{t("oneForm.derived")}</span> : null}
              </label>
              <ValueInput
                id={`el-${id}`}
                element={e.element}
                value={isDerived ? shown(e) : inputs[id]}
                onChange={(v) => change(id, v)}
                onBlur={() => blur(e)}
                disabled={!canFill || isDerived || pending}
                invalid={!!error}
                describedBy={error || warning ? `msg-${id}` : undefined}
              />
              <div className="used-by">
                {t("oneForm.usedBy")}：{e.forms.map((i) => formNames[i]).join("、")}
                {e.carriedFrom?.length ? <span className="tag" data-testid="carried-from">{t("oneForm.carriedFrom", { titles: e.carriedFrom.join("」「") })}</span> : null}
              </div>
              {error ? (
                <div className="field-error" id={`msg-${id}`} role="alert">
                  {text(error)}
                </div>
              ) : null}
              {warning && !error ? (
                <div className="field-warning" id={`msg-${id}`}>
                  {text(warning)}
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={confirmed.has(id)}
                      onChange={(ev) => setConfirmed((c) => (ev.target.checked ? new Set([...c, id]) : new Set([...c].filter((x) => x !== id))))}
                    />
                    {t("oneForm.confirmWarning")}
                  </label>
                </div>
              ) : null}
              {returnNotes[id] ? (
                <div className="return-note" data-testid="return-note">
                  {t("oneForm.returnNote", { note: returnNotes[id] })}
                </div>
              ) : null}
              {e.pushed?.conflict ? (
                <div className="field-note" data-testid="pushed-conflict">
                  {t("oneForm.pushedConflict", { department: e.pushed.departmentName, date: pushDate(e.pushed.pushedAt), value: String(e.pushed.value ?? "") })}
                </div>
              ) : null}
              {notes[id] !== undefined ? <div className="field-note">{t("oneForm.draftChanged", { value: notes[id] || "（空）" })}</div> : null}
            </div>
          );
        })}
      </div>
      {canFill ? (
        <div className="row section-actions">
          <button type="button" className="btn" onClick={save} disabled={pending} aria-busy={pending}>
            {pending ? t("oneForm.saving") : t("oneForm.save")}
          </button>
          {prefill.size > 0 && !dirty ? (
            <button type="button" className="btn secondary" onClick={keepUnchanged} disabled={pending}>
              {t("oneForm.unchanged", { count: prefill.size })}
            </button>
          ) : null}
          {dirty ? <span className="muted">{t("oneForm.unsaved")}</span> : null}
        </div>
      ) : null}
    </section>
  );
}
