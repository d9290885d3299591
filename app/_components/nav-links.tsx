"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavLinks({ items }: { items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  const matches = (href: string) => (href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`));
  // Only the most specific entry is current: on /forms/upload that is 上传表样, not also 报表目录.
  const best = items.map((i) => i.href).filter(matches).sort((a, b) => b.length - a.length)[0];
  const current = (href: string) => href === best;
  return (
    <nav className="nav" aria-label="main">
      {items.map((item) => (
        <Link key={item.href} href={item.href} aria-current={current(item.href) ? "page" : undefined}>
          {item.label}
        </Link>
      ))}
    </nav>
  );
}
