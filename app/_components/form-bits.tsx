"use client";
import { useFormStatus } from "react-dom";
import type { ActionResult } from "@/app/_lib/action";

/** A submit button that disables itself and shows progress while its form's action runs. */
export function SubmitButton({ children, pending: pendingLabel, className = "btn" }: { children: React.ReactNode; pending: string; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending} aria-busy={pending}>
      {pending ? pendingLabel : children}
    </button>
  );
}

export function FieldError({ state, name }: { state: ActionResult<unknown>; name: string }) {
  const errors = state && !state.ok ? state.fieldErrors?.[name] : undefined;
  if (!errors?.length) return null;
  return (
    <div className="field-error" id={`${name}-error`} role="alert">
      {errors.join("；")}
    </div>
  );
}

/** The overall outcome of an action: an error banner, or a success line when `success` is given. */
export function FormMessage({ state, success }: { state: ActionResult<unknown>; success?: string }) {
  if (!state) return null;
  if (!state.ok) return <p className="alert error" role="alert">{state.message}</p>;
  return success ? <p className="alert ok" role="status">{success}</p> : null;
}

/** Props that mark an input invalid and tie it to its error text. */
export function invalidProps(state: ActionResult<unknown>, name: string) {
  const invalid = !!(state && !state.ok && state.fieldErrors?.[name]?.length);
  return invalid ? { "aria-invalid": true as const, "aria-describedby": `${name}-error` } : {};
}

/** The value the user last submitted, so React 19's form reset does not lose it on an error. */
export function lastValue(state: ActionResult<unknown>, name: string, fallback = ""): string {
  return (state && !state.ok && state.values?.[name]) || fallback;
}
