"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ORG_LEVELS } from "@/lib/domain";
import { FieldError, FormMessage, invalidProps, lastValue, SubmitButton } from "@/app/_components/form-bits";
import { createOrgUnit, editOrgUnit } from "./actions";

export function OrgUnitCreateForm({ parents }: { parents: { id: string; label: string }[] }) {
  const t = useTranslations();
  const [state, action] = useActionState(createOrgUnit, null);
  return (
    <form action={action} noValidate>
      <FormMessage state={state} success={state?.ok ? t("orgUnits.created", { name: state.data.name }) : undefined} />
      <div className="form-inline">
        <div>
          <label htmlFor="ou-parent">{t("orgUnits.parent")}</label>
          <select id="ou-parent" name="parentId" defaultValue={lastValue(state, "parentId")} key={`p${lastValue(state, "parentId")}`} {...invalidProps(state, "parentId")}>
            <option value="">{t("orgUnits.noParent")}</option>
            {parents.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
          <FieldError state={state} name="parentId" />
        </div>
        <div>
          <label htmlFor="ou-level">{t("orgUnits.level")}</label>
          <select id="ou-level" name="level" defaultValue={lastValue(state, "level", "village")} key={`l${lastValue(state, "level")}`} {...invalidProps(state, "level")}>
            {ORG_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(`levels.${level}`)}
              </option>
            ))}
          </select>
          <FieldError state={state} name="level" />
        </div>
        <div>
          <label htmlFor="ou-name">{t("orgUnits.name")}</label>
          <input id="ou-name" name="name" maxLength={60} defaultValue={lastValue(state, "name")} key={`n${lastValue(state, "name")}`} {...invalidProps(state, "name")} />
          <FieldError state={state} name="name" />
        </div>
        <div>
          <label htmlFor="ou-code">{t("orgUnits.code")}</label>
          <input id="ou-code" name="divisionCode" inputMode="numeric" maxLength={12} defaultValue={lastValue(state, "divisionCode")} key={`c${lastValue(state, "divisionCode")}`} {...invalidProps(state, "divisionCode")} />
          <FieldError state={state} name="divisionCode" />
        </div>
        <div style={{ paddingTop: "0.6rem" }}>
          <SubmitButton pending={t("common.saving")}>{t("orgUnits.add")}</SubmitButton>
        </div>
      </div>
    </form>
  );
}

export function OrgUnitEditForm({ unit }: { unit: { id: string; name: string; divisionCode: string } }) {
  const t = useTranslations();
  const [state, action] = useActionState(editOrgUnit, null);
  return (
    <form action={action} noValidate>
      <FormMessage state={state} success={t("orgUnits.updated")} />
      <input type="hidden" name="id" value={unit.id} />
      <div className="form-inline">
        <div>
          <label htmlFor="ed-name">{t("orgUnits.name")}</label>
          <input id="ed-name" name="name" maxLength={60} defaultValue={lastValue(state, "name", unit.name)} {...invalidProps(state, "name")} />
          <FieldError state={state} name="name" />
        </div>
        <div>
          <label htmlFor="ed-code">{t("orgUnits.code")}</label>
          <input id="ed-code" name="divisionCode" inputMode="numeric" maxLength={12} defaultValue={lastValue(state, "divisionCode", unit.divisionCode)} {...invalidProps(state, "divisionCode")} />
          <FieldError state={state} name="divisionCode" />
        </div>
        <div style={{ paddingTop: "0.6rem" }}>
          <SubmitButton pending={t("common.saving")}>{t("orgUnits.save")}</SubmitButton>
        </div>
      </div>
    </form>
  );
}
