import { z } from "zod";
import { FREQUENCIES } from "../domain";
import { id } from "./common";

export const ADMISSION_REASON_MAX = 500;

const ids = z.preprocess((v) => (typeof v === "string" ? (v === "" ? [] : v.split(",")) : v), z.array(id).max(3000));
const frequency = z.preprocess((v) => (v === "" ? null : v), z.enum(FREQUENCIES).nullable());

/** The district's decision on an admission request; a rejection needs a reason. */
export const decideAdmissionInput = z
  .object({
    requestId: id,
    version: z.coerce.number().int().positive(),
    decision: z.enum(["approve", "approve_with_changes", "reject"]),
    droppedFieldIds: ids.optional().default([]),
    frequency: frequency.optional().default(null),
    reason: z.string().trim().max(ADMISSION_REASON_MAX).optional().default(""),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "reject" && !v.reason) ctx.addIssue({ code: "custom", message: "admissionReasonRequired", path: ["reason"] });
  });
export type DecideAdmissionInput = z.infer<typeof decideAdmissionInput>;

export const admissionRequestInput = z.object({ requestId: id });
export const submitAdmissionInput = z.object({ formId: id });
