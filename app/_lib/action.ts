import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { can, type Action, type Target } from "@/lib/auth/permissions";
import { AppError, isAppError } from "@/lib/errors";
import { fieldMessages } from "@/lib/validation";
import type { Actor } from "@/db/queries/audit";
import type { UserWithScope } from "@/db/queries/users";
import type { Db } from "@/db/types";
import { getDb } from "./db";
import { getCurrentUser } from "./session";

export type ActionResult<T = null> =
  | { ok: true; data: T; message?: string }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]>; values?: Record<string, string> }
  | null;

export interface ActionContext {
  db: Db;
  user: UserWithScope;
  actor: Actor;
}

interface ActionConfig<S extends z.ZodType> {
  input: S;
  permission: Action;
  /** Where the action lands: resolved from the input, checked with `can()`. null means "no such thing". */
  target?: (data: z.infer<S>, ctx: ActionContext) => Promise<Target | null>;
}

/**
 * The one server-action wrapper: session → input → permission on the target → handler → result.
 * Expected failures come back as values with zh-CN (or English) messages; nothing else leaks.
 */
export function defineAction<S extends z.ZodType, T>(config: ActionConfig<S>, handler: (data: z.infer<S>, ctx: ActionContext) => Promise<T>) {
  return async (_previous: ActionResult<T>, raw: FormData | Record<string, unknown>): Promise<ActionResult<T>> => {
    const t = await getTranslations();
    const values = raw instanceof FormData ? formValues(raw) : (raw as Record<string, unknown>);
    const echo = echoValues(values);
    const user = await getCurrentUser();
    if (!user) return { ok: false, message: t("errors.unauthenticated") };
    const parsed = config.input.safeParse(values);
    if (!parsed.success) {
      const fieldErrors = Object.fromEntries(
        Object.entries(fieldMessages(parsed.error.issues, values)).map(([field, msgs]) => [field, msgs.map((m) => t(`validation.${m.key}`, m.params))]),
      );
      return { ok: false, message: t("errors.invalidInput"), fieldErrors, values: echo };
    }
    const ctx: ActionContext = { db: await getDb(), user, actor: { userId: user.user.id } };
    try {
      const target = config.target ? await config.target(parsed.data, ctx) : {};
      if (target === null) throw new AppError("notFound");
      if (!can(user.principal, config.permission, target)) throw new AppError("forbidden");
      return { ok: true, data: await handler(parsed.data, ctx) };
    } catch (error) {
      if (isAppError(error)) return { ok: false, message: appErrorMessage(t, error), values: echo };
      console.error("[action]", error);
      return { ok: false, message: t("errors.unexpected"), values: echo };
    }
  };
}

type Translator = Awaited<ReturnType<typeof getTranslations>>;

export function appErrorMessage(t: Translator, error: AppError): string {
  // Parser and upload refusals carry their own message, naming the file and what to do about it.
  if (error.message && error.message !== error.code) return error.message;
  const reason = typeof error.params.reason === "string" ? t(`errors.reasons.${error.params.reason}`) : "";
  return t(`errors.${error.code}`, { ...error.params, reason });
}

function formValues(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION")) continue; // Next's own hidden fields
    out[key] = typeof value === "string" ? value : value;
  }
  return out;
}

/** What the form showed, so React 19's reset after an action does not wipe it. Secrets are never echoed. */
function echoValues(values: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).filter(([key, v]) => typeof v === "string" && !/password/i.test(key)) as [string, string][],
  );
}
