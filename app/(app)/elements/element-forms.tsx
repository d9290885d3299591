"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FieldError, FormMessage, invalidProps, lastValue, SubmitButton } from "@/app/_components/form-bits";
import { confirmPair, mergeElements, moveField, rejectPair, renameElement, rerunAnalysis } from "./actions";

export function RerunButton({ districtId }: { districtId: string }) {
  const t = useTranslations();
  const [state, action] = useActionState(rerunAnalysis, null);
  return (
    <form action={action} className="row">
      <input type="hidden" name="districtId" value={districtId} />
      <SubmitButton className="btn secondary" pending={t("common.loading")}>
        {t("elements.rerun")}
      </SubmitButton>
      {state ? <span className={state.ok ? "muted" : "field-error"}>{state.ok ? t("elements.rerunDone", { elements: state.data.elements, review: state.data.review }) : state.message}</span> : null}
    </form>
  );
}

export function RenameForm({ id, name }: { id: string; name: string }) {
  const t = useTranslations();
  const [state, action] = useActionState(renameElement, null);
  return (
    <form action={action} className="row" noValidate>
      <input type="hidden" name="id" value={id} />
      <input name="name" aria-label={t("elements.name")} maxLength={60} defaultValue={lastValue(state, "name", name)} style={{ maxWidth: 280 }} {...invalidProps(state, "name")} />
      <SubmitButton className="btn small secondary" pending={t("common.saving")}>
        {t("elements.rename")}
      </SubmitButton>
      <FieldError state={state} name="name" />
      {state?.ok ? <span className="muted">{t("elements.renamed")}</span> : state && !state.fieldErrors ? <FormMessage state={state} /> : null}
    </form>
  );
}

type Option = { id: string; name: string };

export function MoveFieldForm({ fieldId, options }: { fieldId: string; options: Option[] }) {
  const t = useTranslations();
  const [state, action] = useActionState(moveField, null);
  return (
    <form action={action} className="row" noValidate>
      <input type="hidden" name="fieldId" value={fieldId} />
      <select name="elementId" aria-label={t("elements.moveTo")} defaultValue="" style={{ maxWidth: 200, minHeight: 32 }}>
        <option value="" disabled>
          {t("elements.move")}
        </option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
      <SubmitButton className="btn small secondary" pending="…">
        ✓
      </SubmitButton>
      {state && !state.ok ? <span className="field-error">{state.fieldErrors?.elementId?.join("；") ?? state.message}</span> : null}
    </form>
  );
}

export function MergeForm({ sourceId, options }: { sourceId: string; options: Option[] }) {
  const t = useTranslations();
  const [state, action] = useActionState(mergeElements, null);
  return (
    <form action={action} noValidate>
      <FormMessage state={state} success={t("elements.done")} />
      <input type="hidden" name="sourceId" value={sourceId} />
      <label htmlFor="merge-target">{t("elements.mergeInto")}</label>
      <div className="row">
        <select id="merge-target" name="targetId" defaultValue="" style={{ maxWidth: 320 }} {...invalidProps(state, "targetId")}>
          <option value="">{t("elements.chooseElement")}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
        <SubmitButton className="btn secondary" pending={t("common.saving")}>
          {t("elements.mergeButton")}
        </SubmitButton>
      </div>
      <FieldError state={state} name="targetId" />
    </form>
  );
}

/** Confirm or reject one pair of the review queue. */
export function PairDecision({ fieldA, fieldB }: { fieldA: string; fieldB: string }) {
  const t = useTranslations();
  const [confirmState, confirm] = useActionState(confirmPair, null);
  const [rejectState, reject] = useActionState(rejectPair, null);
  const failed = [confirmState, rejectState].find((s) => s && !s.ok);
  return (
    <div className="row">
      <form action={confirm}>
        <input type="hidden" name="fieldA" value={fieldA} />
        <input type="hidden" name="fieldB" value={fieldB} />
        <SubmitButton pending={t("common.saving")}>{t("elements.confirm")}</SubmitButton>
      </form>
      <form action={reject}>
        <input type="hidden" name="fieldA" value={fieldA} />
        <input type="hidden" name="fieldB" value={fieldB} />
        <SubmitButton className="btn danger" pending={t("common.saving")}>
          {t("elements.reject")}
        </SubmitButton>
      </form>
      {failed && !failed.ok ? <span className="field-error">{failed.message}</span> : null}
    </div>
  );
}
