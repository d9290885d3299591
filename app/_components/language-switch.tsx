"use client";
import { useLocale } from "next-intl";
import { useTransition } from "react";
import { setLocale } from "@/app/locale-actions";

export function LanguageSwitch() {
  const locale = useLocale();
  const [pending, startTransition] = useTransition();
  const next = locale === "en" ? "zh-CN" : "en";
  return (
    <button type="button" className="linkish" disabled={pending} onClick={() => startTransition(() => setLocale(next))} lang={next}>
      {next === "en" ? "English" : "中文"}
    </button>
  );
}
