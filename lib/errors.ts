/**
 * Expected failures carry a code; the UI turns the code into a message from the "errors" catalog
 * (zh-CN by default). Anything else is unexpected: logged in full, shown as a generic message.
 */
export const ERROR_CODES = [
  "unauthenticated",
  "forbidden",
  "notFound",
  "invalidInput",
  "conflict",
  "duplicate",
  "hasChildren",
  "inUse",
  "tooManyAttempts",
  "badCredentials",
  "weakPassword",
  "wrongPassword",
  "fileTooLarge",
  "requestTooLarge",
  "badFile",
  "sectionConflict",
  "rowConflict",
  "incomplete",
  "uncoveredFields",
  "mergeTargetUnfit",
  "locked",
  "reviewStep",
  "reviewChanged",
  "reasonRequired",
  "pushTooLarge",
  "pushNothingValid",
  "admissionInvalid",
  "admissionPending",
  "admissionDecided",
  "admissionNotDraft",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = "AppError";
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Postgres unique violation, from either driver (postgres.js and PGlite both expose `code`). */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === "23505" || e?.cause?.code === "23505";
}

export function isForeignKeyViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === "23503" || e?.cause?.code === "23503";
}
