import type { Principal } from "@/lib/auth/permissions";
import { hashSessionToken, newSessionToken } from "@/lib/auth/session-token";

/** Every API token starts so (a secret scanner or a reader can tell what leaked). */
export const API_TOKEN_PREFIX = "oft_";
/** Characters of the token kept in clear for the admin list: the marker and 6 random characters. */
const SHOWN = API_TOKEN_PREFIX.length + 6;

/** A fresh API token (256 random bits, as sessions), its hash (all that is stored) and its display prefix. */
export function newApiToken(): { token: string; tokenHash: string; prefix: string } {
  const token = `${API_TOKEN_PREFIX}${newSessionToken()}`;
  return { token, tokenHash: hashApiToken(token), prefix: token.slice(0, SHOWN) };
}

export function hashApiToken(token: string): string {
  return hashSessionToken(token);
}

/** The token of an `Authorization: Bearer <token>` header, or null when the header is missing or malformed. */
export function bearerToken(header: string | null): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  if (!match || !match[1].startsWith(API_TOKEN_PREFIX) || match[1].length > 200) return null;
  return match[1];
}

export type ApiTokenState = "active" | "revoked" | "expired";

export function apiTokenState(token: { revokedAt: Date | null; expiresAt: Date | null }, now: Date = new Date()): ApiTokenState {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && token.expiresAt.getTime() <= now.getTime()) return "expired";
  return "active";
}

/**
 * Who a token acts as for `can()`: staff of its department in its district, with no user behind it.
 * So a token reads exactly what the department's own staff may export, by the same rules.
 */
export function apiTokenPrincipal(token: { id: string; departmentId: string; districtPath: string }): Principal {
  return { userId: `api-token:${token.id}`, role: "department_staff", orgUnitPath: token.districtPath, districtPath: token.districtPath, departmentId: token.departmentId };
}

/** Requests one token may make per minute unless API_RATE_PER_MINUTE says otherwise. */
export const API_RATE_PER_MINUTE = 60;

/** The one-minute window a request falls in, and the seconds until the next one opens (for Retry-After). */
export function rateWindow(now: Date): { start: Date; retryAfterSeconds: number } {
  const start = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  return { start, retryAfterSeconds: Math.max(1, Math.ceil((start.getTime() + 60_000 - now.getTime()) / 1000)) };
}
