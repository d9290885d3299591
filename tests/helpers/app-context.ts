import { vi } from "vitest";
import { hashSessionToken, newSessionToken, SESSION_COOKIE } from "@/lib/auth/session-token";
import { insertSession } from "@/db/queries/sessions";
import type { User } from "@/db/schema";
import type { Db } from "@/db/types";

/**
 * Lets tests call server actions, route handlers and server components directly, as a given user:
 * Next's request APIs (cookies, headers, cache revalidation, translations) are replaced by plain
 * in-memory versions; everything of ours runs for real against the test database.
 */
export const cookieJar = new Map<string, string>();

vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (cookieJar.has(name) ? { name, value: cookieJar.get(name)! } : undefined),
    has: (name: string) => cookieJar.has(name),
    set: (name: string, value: string) => void cookieJar.set(name, value),
    delete: (name: string) => void cookieJar.delete(name),
  }),
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.7" }),
}));

vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const messages = (await import("@/messages/zh-CN.json")).default;
  return {
    getTranslations: async (namespace?: string) => createTranslator({ locale: "zh-CN", messages, namespace: namespace as never }),
    getLocale: async () => "zh-CN",
  };
});

/** Makes the app's getDb() hand out the test database. */
export function useAppDb(db: Db, kind: "pglite" | "postgres") {
  (globalThis as unknown as { __oneformDb?: unknown }).__oneformDb = Promise.resolve({ db, kind, close: async () => {} });
}

export async function signInAs(db: Db, user: User | null): Promise<void> {
  cookieJar.clear();
  if (!user) return;
  const token = newSessionToken();
  await insertSession(db, { tokenHash: hashSessionToken(token), userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) });
  cookieJar.set(SESSION_COOKIE, token);
}

/** Runs a server component or route and reports how Next would answer: rendered, 404, or a redirect. */
export async function outcomeOf(render: () => Promise<unknown>): Promise<"rendered" | "notFound" | "redirect"> {
  try {
    await render();
    return "rendered";
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (digest.includes(";404")) return "notFound";
    if (digest.startsWith("NEXT_REDIRECT")) return "redirect";
    throw error;
  }
}
