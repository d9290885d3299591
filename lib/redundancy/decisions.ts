/** What a district official may decide about a retirement candidate (清退审核). */
export const RETIREMENT_DECISION_KINDS = ["retire", "keep", "merge"] as const;
export type RetirementDecisionKind = (typeof RETIREMENT_DECISION_KINDS)[number];
