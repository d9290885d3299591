import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/app/_components/language-switch";
import { NavLinks } from "@/app/_components/nav-links";
import { navFor } from "@/app/_lib/nav";
import { requireUser } from "@/app/_lib/session";
import { logout } from "../(auth)/actions";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const me = await requireUser();
  const t = await getTranslations();
  const items = navFor(me.user.role).map((item) => ({ href: item.href, label: t(item.labelKey) }));
  return (
    <>
      <header className="topbar">
        <Link href="/" className="brand">
          {t("app.name")}
        </Link>
        <NavLinks items={items} />
        <div className="who">
          <span data-testid="who">
            {me.user.displayName}
            <span className="hide-sm"> · {me.orgUnitName}</span>
          </span>
          <LanguageSwitch />
          <form action={logout}>
            <button type="submit" className="linkish">
              {t("nav.logout")}
            </button>
          </form>
        </div>
      </header>
      <main className="page">{children}</main>
    </>
  );
}
