"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Fragment, useState, useTransition } from "react";
import { parseIdNumber } from "@/lib/id-number/gb11643";
import { checkValue, percent, type RosterRow, type RosterView, type ValueIssue } from "@/lib/one-form";
import { addResidentToRoster, removeFromRoster, showPersonInFull, updateResident } from "../../actions";
import { toInput, ValueInput } from "./value-input";

type Residents = { personId: string; name: string; idNumberMasked: string }[];
type Revealed = Record<string, { idNumber: string; phones: Record<string, string> }>;

/** A roster form: its residents (numbers masked), the audited "show in full", add / edit / take off. */
export function RosterList({ orgUnitId, periodKey, roster, residents, canFill, canReveal }: { orgUnitId: string; periodKey: string; roster: RosterView; residents: Residents; canFill: boolean; canReveal: boolean }) {
  const t = useTranslations("oneForm");
  const router = useRouter();
  const [revealed, setRevealed] = useState<Revealed>({});
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const reveal = (personId: string) =>
    start(async () => {
      if (revealed[personId]) return setRevealed(({ [personId]: _r, ...rest }) => rest);
      const result = await showPersonInFull(null, { orgUnitId, personId });
      if (result?.ok) setRevealed((r) => ({ ...r, [personId]: result.data }));
      else setMessage(result?.message ?? "");
    });
  const remove = (personId: string) =>
    start(async () => {
      const result = await removeFromRoster(null, { orgUnitId, periodKey, formId: roster.form.id, personId });
      if (result?.ok) router.refresh();
      else setMessage(result?.message ?? "");
    });

  const cellText = (row: RosterRow, elementId: string) => {
    const column = roster.columns.find((c) => c.elementId === elementId)!;
    const full = revealed[row.personId];
    if (full && column.element.type === "idcard") return full.idNumber;
    if (full && column.element.type === "phone") return full.phones[elementId] ?? row.cells[elementId].display;
    return row.cells[elementId].display;
  };

  return (
    <section className="card roster" data-roster={roster.form.title}>
      <div className="section-head">
        <h3>
          {roster.form.title} <span className="muted">· {roster.form.departmentName}</span>
        </h3>
        <span className="muted">
          {t("residents", { count: roster.rows.length })}
          {roster.rows.length ? ` · ${t("progress", { ...roster.progress })}` : ""}
        </span>
        {roster.rows.length ? (
          <div className="bar small">
            <span style={{ width: `${percent(roster.progress)}%` }} />
          </div>
        ) : null}
      </div>
      {message ? (
        <p className="alert error" role="alert">
          {message}
        </p>
      ) : null}
      {roster.rows.length === 0 ? (
        <p className="muted">{t("noResidents")}</p>
      ) : (
        <div className="table-wrap">
          <table className="roster-table">
            <thead>
              <tr>
                {roster.columns.map((c) => (
                  <th key={c.elementId}>{c.label}</th>
                ))}
                {canFill || canReveal ? <th>{t("actions")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {roster.rows.map((row) => (
                <Fragment key={row.personId}>
                  <tr data-person={row.name}>
                    {roster.columns.map((c) => {
                      const pushed = row.cells[c.elementId]?.pushed;
                      const date = pushed ? new Date(pushed.pushedAt).toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai" }) : "";
                      return (
                        <td
                          key={c.elementId}
                          data-label={c.label}
                          className={row.cells[c.elementId]?.isPrefill ? "pushed" : undefined}
                          title={pushed ? t("pushedFrom", { department: pushed.departmentName, date }) : undefined}
                        >
                          {c.attribute === "name" ? row.name : cellText(row, c.elementId)}
                          {pushed?.conflict ? (
                            <span className="tag" data-testid="roster-conflict" title={t("pushedConflict", { department: pushed.departmentName, date, value: String(pushed.value ?? "") })}>
                              ≠ {String(pushed.value ?? "")}
                            </span>
                          ) : null}
                        </td>
                      );
                    })}
                    {canFill || canReveal ? (
                      <td className="actions" data-label={t("actions")}>
                        {canReveal ? (
                          <button type="button" className="btn small secondary" onClick={() => reveal(row.personId)} disabled={pending} title={t("fullShownAudited")}>
                            {revealed[row.personId] ? t("hideFull") : t("showFull")}
                          </button>
                        ) : null}
                        {canFill ? (
                          <>
                            <button type="button" className="btn small secondary" onClick={() => setEditing(editing === row.personId ? null : row.personId)}>
                              {t("edit")}
                            </button>
                            <button type="button" className="btn small danger" onClick={() => remove(row.personId)} disabled={pending}>
                              {t("remove")}
                            </button>
                          </>
                        ) : null}
                      </td>
                    ) : null}
                  </tr>
                  {editing === row.personId ? (
                    <tr className="edit-row">
                      <td colSpan={roster.columns.length + 1}>
                        <ResidentForm
                          mode="edit"
                          orgUnitId={orgUnitId}
                          periodKey={periodKey}
                          roster={roster}
                          row={row}
                          residents={residents}
                          onDone={() => {
                            setEditing(null);
                            router.refresh();
                          }}
                        />
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canFill ? (
        adding ? (
          <ResidentForm
            mode="add"
            orgUnitId={orgUnitId}
            periodKey={periodKey}
            roster={roster}
            residents={residents.filter((r) => !roster.rows.some((row) => row.personId === r.personId))}
            onDone={() => {
              setAdding(false);
              router.refresh();
            }}
            onCancel={() => setAdding(false)}
          />
        ) : (
          <button type="button" className="btn secondary" onClick={() => setAdding(true)} data-testid="add-resident">
            + {t("addResident")}
          </button>
        )
      ) : null}
    </section>
  );
}

function ResidentForm(props: { mode: "add" | "edit"; orgUnitId: string; periodKey: string; roster: RosterView; row?: RosterRow; residents: Residents; onDone: () => void; onCancel?: () => void }) {
  const t = useTranslations();
  const { roster, row } = props;
  const own = roster.columns.filter((c) => !c.attribute);
  const secret = (type: string) => type === "phone" || type === "idcard";
  const [personId, setPersonId] = useState("");
  const [idNumber, setIdNumber] = useState("");
  const [name, setName] = useState(row?.name ?? "");
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(own.map((c) => [c.elementId, row && !secret(c.element.type) ? toInput(row.cells[c.elementId].value) : ""])));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const prefix = `${props.mode}-${roster.form.id}-${row?.personId ?? "new"}`;
  const text = (i: ValueIssue) => t(`validation.${i.key}`, i.params);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (props.mode === "add" && !personId) {
      const parsed = parseIdNumber(idNumber);
      if (!idNumber.trim()) found.idNumber = t("validation.required");
      else if (!parsed.ok) found.idNumber = t(`validation.id${parsed.problem[0].toUpperCase()}${parsed.problem.slice(1)}`);
      if (!name.trim()) found.name = t("validation.required");
    }
    if (props.mode === "edit" && !name.trim()) found.name = t("validation.required");
    for (const c of own) {
      const r = checkValue(c.element, values[c.elementId]);
      if (!r.ok) found[c.elementId] = text(r.issue);
    }
    setErrors(found);
    if (Object.keys(found).length) return;
    // An empty phone or ID field in the edit form means "keep": they are never sent back to the browser.
    const sent = Object.fromEntries(own.filter((c) => !(row && secret(c.element.type) && values[c.elementId] === "")).map((c) => [c.elementId, values[c.elementId]]));
    const versions = Object.fromEntries(own.map((c) => [c.elementId, row?.cells[c.elementId].version ?? 0]));
    start(async () => {
      const result =
        props.mode === "add"
          ? await addResidentToRoster(null, { orgUnitId: props.orgUnitId, periodKey: props.periodKey, formId: roster.form.id, personId: personId || undefined, idNumber, name, values: sent, versions: personId ? {} : versions })
          : await updateResident(null, { orgUnitId: props.orgUnitId, periodKey: props.periodKey, formId: roster.form.id, personId: row!.personId, name, version: row!.version, values: sent, versions });
      if (!result?.ok) return setMessage(result?.message ?? "");
      if (result.data.status === "invalid") return setErrors(Object.fromEntries(result.data.issues.map((i) => [i.elementId, text(i)])));
      props.onDone();
    });
  };

  return (
    <form className="resident-form" onSubmit={submit} noValidate data-testid={`${props.mode}-resident-form`}>
      {message ? (
        <p className="alert error" role="alert">
          {message}
        </p>
      ) : null}
      <div className="form-inline">
        {props.mode === "add" && props.residents.length ? (
          <div>
            <label htmlFor={`${prefix}-person`}>{t("oneForm.existingResident")}</label>
            <select id={`${prefix}-person`} value={personId} onChange={(e) => setPersonId(e.target.value)}>
              <option value="">{t("oneForm.newResident")}</option>
              {props.residents.map((r) => (
                <option key={r.personId} value={r.personId}>
                  {r.name} {r.idNumberMasked}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {props.mode === "add" && !personId ? (
          <div>
            <label htmlFor={`${prefix}-id`}>{t("oneForm.idNumber")}</label>
            <input id={`${prefix}-id`} name="idNumber" value={idNumber} maxLength={18} autoComplete="off" onChange={(e) => setIdNumber(e.target.value)} aria-invalid={!!errors.idNumber || undefined} aria-describedby={errors.idNumber ? `${prefix}-id-err` : undefined} />
            {errors.idNumber ? (
              <div className="field-error" id={`${prefix}-id-err`} role="alert">
                {errors.idNumber}
              </div>
            ) : null}
          </div>
        ) : null}
        {props.mode === "edit" || !personId ? (
          <div>
            <label htmlFor={`${prefix}-name`}>{t("oneForm.name")}</label>
            <input id={`${prefix}-name`} name="name" value={name} maxLength={60} onChange={(e) => setName(e.target.value)} aria-invalid={!!errors.name || undefined} />
            {errors.name ? (
              <div className="field-error" role="alert">
                {errors.name}
              </div>
            ) : null}
          </div>
        ) : null}
        {own.map((c) => (
          <div key={c.elementId}>
            <label htmlFor={`${prefix}-${c.elementId}`}>{c.label}</label>
            <ValueInput
              id={`${prefix}-${c.elementId}`}
              element={c.element}
              value={values[c.elementId]}
              onChange={(v) => setValues((current) => ({ ...current, [c.elementId]: v }))}
              invalid={!!errors[c.elementId]}
              placeholder={row && secret(c.element.type) ? `${row.cells[c.elementId].display || ""} ${t("oneForm.keepPhone")}`.trim() : undefined}
            />
            {errors[c.elementId] ? (
              <div className="field-error" role="alert">
                {errors[c.elementId]}
              </div>
            ) : null}
          </div>
        ))}
      </div>
      <div className="row" style={{ marginTop: "0.75rem" }}>
        <button type="submit" className="btn" disabled={pending} aria-busy={pending}>
          {pending ? t("oneForm.saving") : props.mode === "add" ? t("oneForm.add") : t("oneForm.saveResident")}
        </button>
        <button type="button" className="btn secondary" onClick={props.onCancel ?? props.onDone}>
          {t("oneForm.cancel")}
        </button>
      </div>
    </form>
  );
}
