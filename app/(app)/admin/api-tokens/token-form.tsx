"use client";
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { FieldError, FormMessage, invalidProps, lastValue, SubmitButton } from "@/app/_components/form-bits";
import { createApiToken } from "./actions";

/** Create form; after success the new token is shown once, with a copy button, and never again. */
export function ApiTokenCreateForm({ departments }: { departments: { id: string; label: string }[] }) {
  const t = useTranslations("apiTokens");
  const tc = useTranslations("common");
  const [state, action] = useActionState(createApiToken, null);
  const [copied, setCopied] = useState(false);
  const created = state?.ok ? state.data : null;
  return (
    <>
      {created ? (
        <div className="alert ok" role="status">
          <p>{t("created", { name: created.name, department: created.departmentName })}</p>
          <p>
            <strong>{t("showOnce")}</strong>
          </p>
          <div className="row">
            <code data-testid="new-token" style={{ wordBreak: "break-all", fontSize: "0.95rem", padding: "0.3rem 0.5rem", background: "#fff", borderRadius: 4, color: "#1f2937" }}>
              {created.token}
            </code>
            <button
              type="button"
              className="btn small secondary"
              onClick={() => {
                void navigator.clipboard?.writeText(created.token).then(() => setCopied(true));
              }}
            >
              {copied ? t("copied") : t("copy")}
            </button>
          </div>
        </div>
      ) : null}
      <form action={action} noValidate key={created ? created.token : "editing"}>
        <FormMessage state={state?.ok ? null : state} />
        <div className="form-inline">
          <div>
            <label htmlFor="t-name">{t("name")}</label>
            <input id="t-name" name="name" maxLength={60} placeholder={t("namePlaceholder")} defaultValue={lastValue(state, "name")} {...invalidProps(state, "name")} />
            <FieldError state={state} name="name" />
          </div>
          <div>
            <label htmlFor="t-department">{t("department")}</label>
            <select id="t-department" name="departmentId" defaultValue={lastValue(state, "departmentId", departments[0]?.id)} {...invalidProps(state, "departmentId")}>
              {departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.label}
                </option>
              ))}
            </select>
            <FieldError state={state} name="departmentId" />
          </div>
          <div>
            <label htmlFor="t-expires">{t("expiresOn")}</label>
            <input id="t-expires" name="expiresOn" type="date" defaultValue={lastValue(state, "expiresOn")} {...invalidProps(state, "expiresOn")} />
            <FieldError state={state} name="expiresOn" />
          </div>
          <div style={{ paddingTop: "0.6rem" }}>
            <SubmitButton pending={tc("saving")}>{t("create")}</SubmitButton>
          </div>
        </div>
      </form>
    </>
  );
}
