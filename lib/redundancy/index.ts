export type * from "./types";
export { findRetirementCandidates } from "./retirement-candidates";
export { coverageOf, formElements } from "./coverage";
