"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FieldError, FormMessage, invalidProps, SubmitButton } from "@/app/_components/form-bits";
import { changePassword } from "./actions";

export function PasswordForm() {
  const t = useTranslations();
  const [state, action] = useActionState(changePassword, null);
  return (
    <form action={action} noValidate className="form-narrow">
      <FormMessage state={state} success={t("account.changed")} />
      <label htmlFor="pw-current">{t("account.currentPassword")}</label>
      <input id="pw-current" name="currentPassword" type="password" autoComplete="current-password" maxLength={256} {...invalidProps(state, "currentPassword")} />
      <FieldError state={state} name="currentPassword" />
      <label htmlFor="pw-new">{t("account.newPassword")}</label>
      <input id="pw-new" name="newPassword" type="password" autoComplete="new-password" maxLength={128} {...invalidProps(state, "newPassword")} />
      <FieldError state={state} name="newPassword" />
      <p className="muted">{t("account.passwordRule")}</p>
      <label htmlFor="pw-confirm">{t("account.confirmPassword")}</label>
      <input id="pw-confirm" name="confirmPassword" type="password" autoComplete="new-password" maxLength={128} {...invalidProps(state, "confirmPassword")} />
      <FieldError state={state} name="confirmPassword" />
      <div style={{ marginTop: "0.75rem" }}>
        <SubmitButton pending={t("common.saving")}>{t("account.save")}</SubmitButton>
      </div>
    </form>
  );
}
