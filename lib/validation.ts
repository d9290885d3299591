import type { z } from "zod";

/** A validation problem as a message key of the "validation" catalog plus its parameters. */
export interface ValidationMessage {
  key: string;
  params: Record<string, string | number>;
}

/**
 * Turns a zod issue into a translatable message. Schemas put their own message keys in `message`
 * (e.g. `z.string().refine(isDivisionCode, "divisionCode")`); built-in checks map by issue code.
 */
export function validationMessage(issue: z.core.$ZodIssue, input?: unknown): ValidationMessage {
  if (issue.code === "custom") return { key: issue.message || "invalid", params: {} };
  if (issue.message && /^[a-z][A-Za-z]+$/.test(issue.message)) return { key: issue.message, params: {} };
  switch (issue.code) {
    case "too_small":
      return Number(issue.minimum) <= 1 && issue.origin === "string" ? { key: "required", params: {} } : { key: "tooSmall", params: { min: Number(issue.minimum) } };
    case "too_big":
      return { key: issue.origin === "string" ? "tooLong" : "tooBig", params: { max: Number(issue.maximum) } };
    case "invalid_type":
      return { key: isBlank(valueAt(input, issue.path)) ? "required" : "invalidType", params: {} };
    case "invalid_value":
      return { key: "invalidOption", params: {} };
    case "invalid_format":
      return { key: "invalidFormat", params: {} };
    case "unrecognized_keys":
      return { key: "unknownField", params: {} };
    default:
      return { key: "invalid", params: {} };
  }
}

/** Groups issues by their top-level field name; `input` is what was validated (zod 4 does not echo it). */
export function fieldMessages(issues: z.core.$ZodIssue[], input?: unknown): Record<string, ValidationMessage[]> {
  const out: Record<string, ValidationMessage[]> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "_form");
    (out[field] ??= []).push(validationMessage(issue, input));
  }
  return out;
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined), input);
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}
