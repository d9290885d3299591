"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, lastValue, SubmitButton } from "@/app/_components/form-bits";
import { login } from "../actions";

export function LoginForm({ next }: { next?: string }) {
  const t = useTranslations("login");
  const [state, action] = useActionState(login, null);
  return (
    <form action={action} className="form-narrow">
      <FormMessage state={state} />
      <input type="hidden" name="next" value={next ?? "/"} />
      <label htmlFor="username">{t("username")}</label>
      <input id="username" name="username" autoComplete="username" required maxLength={64} defaultValue={lastValue(state, "username")} key={lastValue(state, "username")} />
      <label htmlFor="password">{t("password")}</label>
      <input id="password" name="password" type="password" autoComplete="current-password" required maxLength={256} />
      <div style={{ marginTop: "1rem" }}>
        <SubmitButton pending={t("submitting")}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
