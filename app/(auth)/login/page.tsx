import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/app/_components/language-switch";
import { getCurrentUser } from "@/app/_lib/session";
import { LoginForm } from "./login-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login"))("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (await getCurrentUser()) redirect("/");
  const t = await getTranslations();
  const { next } = await searchParams;
  return (
    <main className="login-wrap">
      <div className="card login-card">
        <div className="row">
          <h1>{t("app.name")}</h1>
          <span className="spacer" />
          <LanguageSwitch />
        </div>
        <p className="muted">{t("login.intro")}</p>
        <LoginForm next={next} />
        <p className="muted">{t("login.demoHint")}</p>
      </div>
    </main>
  );
}
