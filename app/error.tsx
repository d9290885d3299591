"use client";
import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations();
  return (
    <main className="page">
      <div className="card">
        <p className="alert error">{t("errors.unexpected")}</p>
        <button className="btn secondary" onClick={reset}>
          {t("common.back")}
        </button>
      </div>
    </main>
  );
}
