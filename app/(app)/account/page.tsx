import { getTranslations } from "next-intl/server";
import { requireUser } from "@/app/_lib/session";
import { PasswordForm } from "./password-form";

export default async function AccountPage() {
  const me = await requireUser();
  const t = await getTranslations();
  return (
    <>
      <h1>{t("account.title")}</h1>
      <p className="muted">
        {me.user.username} · {t(`roles.${me.user.role}`)} · {me.orgUnitName}
      </p>
      <div className="card">
        <h2 style={{ marginTop: 0 }}>{t("account.changePassword")}</h2>
        <PasswordForm />
      </div>
    </>
  );
}
