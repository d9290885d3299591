import { createHash, randomBytes } from "node:crypto";

export const SESSION_COOKIE = "oneform_session";
export const SESSION_DAYS = 7;

/** A fresh random token for the cookie; only its hash is stored, so a leaked table grants no sessions. */
export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
