import type { Frequency } from "@/lib/domain";
import { AppError } from "@/lib/errors";
import { isAtLeastAsFrequent } from "@/lib/periods";
import type { AdmissionStatus } from "./types";

export interface DecisionInput {
  decision: "approve" | "approve_with_changes" | "reject";
  droppedFieldIds: string[];
  frequency: Frequency | null;
  reason: string | null;
}

export interface Decision {
  status: Exclude<AdmissionStatus, "pending">;
  dropped: string[];
  frequency: Frequency;
  reason: string | null;
}

/**
 * Checks a district's decision against the request: changes may only drop fields of the form (never all of them)
 * and lower the frequency (never raise it); a rejection needs a reason. An "approve with changes" that changes
 * nothing is an approval.
 */
export function resolveDecision(input: DecisionInput, request: { requestedFrequency: Frequency; fieldIds: string[] }): Decision {
  const reason = input.reason?.trim() || null;
  if (input.decision === "reject") {
    if (!reason) throw new AppError("admissionInvalid", { reason: "admissionReasonRequired" });
    return { status: "rejected", dropped: [], frequency: request.requestedFrequency, reason };
  }
  if (input.decision === "approve") return { status: "approved", dropped: [], frequency: request.requestedFrequency, reason };
  const known = new Set(request.fieldIds);
  const dropped = [...new Set(input.droppedFieldIds)].filter((id) => known.has(id)).sort();
  if (dropped.length !== new Set(input.droppedFieldIds).size) throw new AppError("notFound");
  if (dropped.length >= known.size) throw new AppError("admissionInvalid", { reason: "admissionAllDropped" });
  const frequency = input.frequency ?? request.requestedFrequency;
  if (!isAtLeastAsFrequent(request.requestedFrequency, frequency)) throw new AppError("admissionInvalid", { reason: "admissionFrequencyRaised" });
  const changed = dropped.length > 0 || frequency !== request.requestedFrequency;
  return { status: changed ? "approved_with_changes" : "approved", dropped, frequency, reason };
}
