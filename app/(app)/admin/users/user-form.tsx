"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ROLES } from "@/lib/auth/roles";
import { FieldError, FormMessage, invalidProps, lastValue, SubmitButton } from "@/app/_components/form-bits";
import { createUser, editUser, resetPassword } from "./actions";

type Option = { id: string; label: string };
interface Existing {
  id: string;
  username: string;
  displayName: string;
  role: string;
  orgUnitId: string;
  departmentId: string | null;
}

/** Create a user, or (with `existing`) edit one; the username is fixed once created. */
export function UserForm({ units, departments, existing }: { units: Option[]; departments: Option[]; existing?: Existing }) {
  const t = useTranslations();
  const [state, action] = useActionState(existing ? editUser : createUser, null);
  const v = (name: keyof Existing) => lastValue(state, name, (existing?.[name] as string | null) ?? "");
  const success = state?.ok ? (existing ? t("users.updated") : t("users.created", { name: state.data.name })) : undefined;
  return (
    <form action={action} noValidate key={state?.ok ? "done" : "editing"}>
      <FormMessage state={state} success={success} />
      {existing ? <input type="hidden" name="id" value={existing.id} /> : null}
      <div className="form-inline">
        {existing ? null : (
          <div>
            <label htmlFor="u-username">{t("users.username")}</label>
            <input id="u-username" name="username" autoComplete="off" maxLength={32} defaultValue={v("username")} {...invalidProps(state, "username")} />
            <FieldError state={state} name="username" />
          </div>
        )}
        <div>
          <label htmlFor="u-name">{t("users.displayName")}</label>
          <input id="u-name" name="displayName" maxLength={40} defaultValue={v("displayName")} {...invalidProps(state, "displayName")} />
          <FieldError state={state} name="displayName" />
        </div>
        <div>
          <label htmlFor="u-role">{t("users.role")}</label>
          <select id="u-role" name="role" defaultValue={v("role") || "village_cadre"} {...invalidProps(state, "role")}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
          <FieldError state={state} name="role" />
        </div>
        <div>
          <label htmlFor="u-unit">{t("users.orgUnit")}</label>
          <select id="u-unit" name="orgUnitId" defaultValue={v("orgUnitId")} {...invalidProps(state, "orgUnitId")}>
            <option value="">{t("users.chooseOrgUnit")}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.label}
              </option>
            ))}
          </select>
          <FieldError state={state} name="orgUnitId" />
        </div>
        <div>
          <label htmlFor="u-dept">{t("users.department")}</label>
          <select id="u-dept" name="departmentId" defaultValue={v("departmentId")} {...invalidProps(state, "departmentId")}>
            <option value="">{t("users.none")}</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.label}
              </option>
            ))}
          </select>
          <FieldError state={state} name="departmentId" />
        </div>
        {existing ? null : (
          <div>
            <label htmlFor="u-password">{t("users.password")}</label>
            <input id="u-password" name="password" type="password" autoComplete="new-password" maxLength={128} {...invalidProps(state, "password")} />
            <FieldError state={state} name="password" />
          </div>
        )}
        <div style={{ paddingTop: "0.6rem" }}>
          <SubmitButton pending={t("common.saving")}>{existing ? t("users.save") : t("users.add")}</SubmitButton>
        </div>
      </div>
      <p className="muted">{t("users.departmentHint")}</p>
    </form>
  );
}

export function ResetPasswordForm({ userId }: { userId: string }) {
  const t = useTranslations();
  const [state, action] = useActionState(resetPassword, null);
  return (
    <form action={action} noValidate className="form-narrow">
      <FormMessage state={state} success={t("users.updated")} />
      <input type="hidden" name="id" value={userId} />
      <label htmlFor="rp-password">{t("users.newPassword")}</label>
      <input id="rp-password" name="password" type="password" autoComplete="new-password" maxLength={128} {...invalidProps(state, "password")} />
      <FieldError state={state} name="password" />
      <div style={{ marginTop: "0.75rem" }}>
        <SubmitButton pending={t("common.saving")}>{t("users.resetPassword")}</SubmitButton>
      </div>
    </form>
  );
}
