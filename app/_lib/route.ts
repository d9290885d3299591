import "server-only";
import { getTranslations } from "next-intl/server";
import { can, type Action, type Target } from "@/lib/auth/permissions";
import { AppError, isAppError } from "@/lib/errors";
import type { UserWithScope } from "@/db/queries/users";
import { env } from "@/db/env";
import { appErrorMessage } from "./action";
import { getCurrentUser } from "./session";

const STATUS: Partial<Record<AppError["code"], number>> = {
  unauthenticated: 401,
  forbidden: 403,
  notFound: 404,
  invalidInput: 422,
  conflict: 409,
  duplicate: 409,
  locked: 409,
  fileTooLarge: 413,
  requestTooLarge: 413,
  badFile: 422,
};

/** The signed-in user allowed to do `action` on `target`, or an AppError for the route to return. */
export async function authorizeRoute(action: Action, target?: Target): Promise<UserWithScope> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthenticated");
  if (!can(user.principal, action, target)) throw new AppError("forbidden");
  return user;
}

/** One JSON shape for route errors: { error: { code, message } } with a matching HTTP status. */
export async function routeError(error: unknown): Promise<Response> {
  const t = await getTranslations();
  if (isAppError(error)) {
    return Response.json({ error: { code: error.code, message: appErrorMessage(t, error) } }, { status: STATUS[error.code] ?? 400 });
  }
  console.error("[route]", error);
  return Response.json({ error: { code: "unexpected", message: t("errors.unexpected") } }, { status: 500 });
}

/** Reads one uploaded file from multipart form data, refusing anything over the configured size. */
export async function readUpload(request: Request, field = "file"): Promise<{ name: string; bytes: Buffer }> {
  const maxBytes = env().UPLOAD_MAX_MB * 1024 * 1024;
  const declared = Number(request.headers.get("content-length") ?? 0);
  // Refused before reading the body, so the file's name is not known yet.
  if (declared > maxBytes + 64 * 1024) throw new AppError("requestTooLarge", { max: env().UPLOAD_MAX_MB });
  const form = await request.formData();
  const file = form.get(field);
  if (!(file instanceof File)) throw new AppError("invalidInput");
  if (file.size > maxBytes) throw new AppError("fileTooLarge", { name: file.name, max: env().UPLOAD_MAX_MB });
  return { name: file.name, bytes: Buffer.from(await file.arrayBuffer()) };
}
