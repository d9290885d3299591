/**
 * Review of a village's one form, level by level (村 → 乡镇 → 区), as plain data: which step a reviewer of
 * a level may take from a status, and where it leads. db/queries/reviews.ts applies it.
 *
 *   cadre submits ──► submitted ──town approves──► town_approved ──district approves──► district_approved
 *                        ▲   │                        │   ▲                                 │
 *        cadre resubmits │   └──return──► returned    │   └──────── district unlocks ───────┘ (back to the town's approval)
 *                        └───────────────────┘        └─ town unlocks / district returns ─► submitted / returned
 *
 * Approved forms (town_approved, district_approved) are locked: saves and resubmissions are refused until
 * the reviewer who approved unlocks them.
 */
export const REVIEW_STATUSES = ["submitted", "returned", "town_approved", "district_approved"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export type ReviewLevel = "town" | "district";
export type ReviewStep = "approve" | "return" | "unlock";

const STEPS: Record<ReviewLevel, Partial<Record<ReviewStep, Partial<Record<ReviewStatus, ReviewStatus>>>>> = {
  town: {
    approve: { submitted: "town_approved" },
    return: { submitted: "returned" },
    unlock: { town_approved: "submitted" },
  },
  district: {
    approve: { town_approved: "district_approved" },
    return: { submitted: "returned", town_approved: "returned" },
    unlock: { district_approved: "town_approved" },
  },
};

/** The status a reviewer's step leads to, or null when that level may not take it from `status`. */
export function nextReviewStatus(status: ReviewStatus, level: ReviewLevel, step: ReviewStep): ReviewStatus | null {
  return STEPS[level][step]?.[status] ?? null;
}

/** The steps a reviewer of `level` may take now (for the buttons the page shows). */
export function reviewStepsFor(status: ReviewStatus, level: ReviewLevel): ReviewStep[] {
  return (["approve", "return", "unlock"] as const).filter((step) => nextReviewStatus(status, level, step) !== null);
}

/** Approved one forms are locked: nothing of them may be saved or resubmitted. */
export function isLocked(status: ReviewStatus | null | undefined): boolean {
  return status === "town_approved" || status === "district_approved";
}

/** Whether the cadre may submit (first time, after a return, or again while waiting for review). */
export function canSubmit(status: ReviewStatus | null | undefined): boolean {
  return !isLocked(status);
}

export const REASON_MAX = 500;
export const ITEM_NOTES_MAX = 200;

export interface ItemNoteInput {
  elementId: string;
  note: string;
}

/**
 * A return's reason and item notes, trimmed, de-duplicated by item (last wins) and limited to the items
 * of the form; a return needs a reason for the form or for at least one item. Returns null when nothing
 * is left (the caller refuses with "reasonRequired").
 */
export function normalizeReturn(input: { reason: string; items: ItemNoteInput[] }, itemNames: Map<string, string>): { reason: string | null; items: { elementId: string; name: string; note: string }[] } | null {
  const reason = input.reason.trim().slice(0, REASON_MAX) || null;
  const byId = new Map<string, string>();
  for (const item of input.items) {
    const note = item.note.trim().slice(0, REASON_MAX);
    if (note && itemNames.has(item.elementId)) byId.set(item.elementId, note);
    else byId.delete(item.elementId);
  }
  const items = [...byId].map(([elementId, note]) => ({ elementId, name: itemNames.get(elementId)!, note })).sort((a, b) => a.name.localeCompare(b.name, "zh-CN") || a.elementId.localeCompare(b.elementId));
  if (!reason && !items.length) return null;
  return { reason, items };
}
