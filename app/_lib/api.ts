import "server-only";
import { getTranslations } from "next-intl/server";
import type { Principal } from "@/lib/auth/permissions";
import { apiTokenPrincipal, apiTokenState, bearerToken, hashApiToken } from "@/lib/api/token";
import { AppError, isAppError } from "@/lib/errors";
import type { Actor } from "@/db/queries/audit";
import { countApiRequest, getApiTokenByHash } from "@/db/queries/api-tokens";
import type { ApiToken } from "@/db/schema";
import type { Db } from "@/db/types";
import { env } from "@/db/env";
import { getDb } from "./db";
import { routeError } from "./route";

/** A department system's request, authenticated by its token: who it acts as, and for the audit log. */
export interface ApiContext {
  db: Db;
  token: ApiToken;
  departmentName: string;
  principal: Principal;
  /** Audit rows of API requests have no user; they name the token in `after.token`. */
  actor: Actor;
  auditToken: { id: string; name: string; prefix: string };
}

class RateLimited extends Error {
  constructor(
    readonly limit: number,
    readonly retryAfterSeconds: number,
  ) {
    super("rateLimited");
  }
}

/**
 * `Authorization: Bearer <token>` → the token's context, or a refusal: unknown, revoked and expired tokens
 * alike are 401 (the response does not tell which); over the per-minute limit 429. Every authenticated
 * request counts, in the database, whatever it asks for.
 */
export async function authorizeApiRequest(request: Request): Promise<ApiContext> {
  const secret = bearerToken(request.headers.get("authorization"));
  if (!secret) throw new AppError("unauthenticated");
  const db = await getDb();
  const found = await getApiTokenByHash(db, { tokenHash: hashApiToken(secret) });
  if (!found || apiTokenState(found.token) !== "active") throw new AppError("unauthenticated");
  const { token } = found;
  const { count, retryAfterSeconds } = await countApiRequest(db, { tokenId: token.id });
  const limit = env().API_RATE_PER_MINUTE;
  if (count > limit) throw new RateLimited(limit, retryAfterSeconds);
  return {
    db,
    token,
    departmentName: found.departmentName,
    principal: apiTokenPrincipal({ id: token.id, departmentId: token.departmentId, districtPath: found.districtPath }),
    actor: { userId: null, districtId: token.districtId },
    auditToken: { id: token.id, name: token.name, prefix: token.prefix },
  };
}

const NO_STORE = { "Cache-Control": "no-store" };

export function apiJson(body: unknown, init: ResponseInit = {}): Response {
  return Response.json(body, { ...init, headers: { ...NO_STORE, ...init.headers } });
}

/** The API's error answers: the routes' JSON shape, with 401 + WWW-Authenticate and 429 + Retry-After. */
export async function apiError(error: unknown): Promise<Response> {
  const t = await getTranslations("api.errors");
  if (error instanceof RateLimited) {
    const message = t("rateLimited", { limit: error.limit, seconds: error.retryAfterSeconds });
    return apiJson({ error: { code: "rateLimited", message } }, { status: 429, headers: { "Retry-After": String(error.retryAfterSeconds) } });
  }
  if (isAppError(error) && error.code === "unauthenticated") {
    return apiJson({ error: { code: "unauthenticated", message: t("unauthenticated") } }, { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="oneform"' } });
  }
  const response = await routeError(error);
  response.headers.set("Cache-Control", "no-store");
  return response;
}
