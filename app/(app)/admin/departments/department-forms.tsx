"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FieldError, FormMessage, invalidProps, lastValue, SubmitButton } from "@/app/_components/form-bits";
import { createDepartment, editDepartment } from "./actions";

export function DepartmentCreateForm({ districts }: { districts: { id: string; label: string }[] }) {
  const t = useTranslations();
  const [state, action] = useActionState(createDepartment, null);
  return (
    <form action={action} noValidate key={state?.ok ? "done" : "editing"}>
      <FormMessage state={state} success={state?.ok ? t("departments.created", { name: state.data.name }) : undefined} />
      <div className="form-inline">
        <div>
          <label htmlFor="d-district">{t("departments.district")}</label>
          <select id="d-district" name="districtId" defaultValue={lastValue(state, "districtId", districts[0]?.id)} {...invalidProps(state, "districtId")}>
            {districts.map((d) => (
              <option key={d.id} value={d.id}>
                {d.label}
              </option>
            ))}
          </select>
          <FieldError state={state} name="districtId" />
        </div>
        <div>
          <label htmlFor="d-name">{t("departments.name")}</label>
          <input id="d-name" name="name" maxLength={40} defaultValue={lastValue(state, "name")} {...invalidProps(state, "name")} />
          <FieldError state={state} name="name" />
        </div>
        <div style={{ paddingTop: "0.6rem" }}>
          <SubmitButton pending={t("common.saving")}>{t("departments.add")}</SubmitButton>
        </div>
      </div>
    </form>
  );
}

export function DepartmentRenameForm({ department }: { department: { id: string; name: string } }) {
  const t = useTranslations();
  const [state, action] = useActionState(editDepartment, null);
  return (
    <form action={action} noValidate className="row">
      <input type="hidden" name="id" value={department.id} />
      <input name="name" aria-label={t("departments.name")} maxLength={40} defaultValue={lastValue(state, "name", department.name)} style={{ maxWidth: 220 }} {...invalidProps(state, "name")} />
      <SubmitButton className="btn small secondary" pending={t("common.saving")}>
        {t("departments.save")}
      </SubmitButton>
      {state && !state.ok ? <span className="field-error">{state.fieldErrors?.name?.join("；") ?? state.message}</span> : null}
      {state?.ok ? <span className="muted">✓</span> : null}
    </form>
  );
}
