"use server";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, toLocale } from "@/i18n/locales";

/** Stores the interface language; anyone may choose it, signed in or not. */
export async function setLocale(locale: string): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, toLocale(locale), { path: "/", sameSite: "lax", maxAge: 365 * 86_400 });
}
