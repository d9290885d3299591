export type * from "./types";
export { findRetirementCandidates } from "./retirement-candidates";
export { coverageOf, formElements, isAtLeastAsFrequent, TIMES_PER_YEAR } from "./coverage";
