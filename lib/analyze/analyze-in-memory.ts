import { assignElements } from "@/lib/matching/assign-elements";
import { findRetirementForAnalyze } from "@/lib/redundancy/analyze-retirement";
import { analyzeForms, type AnalyzedFile, type AnalyzeResult } from "./analyze-forms";

/**
 * The CLI's analysis over plain data: the app's matcher (lib/matching matchFields, through assignElements) and
 * retirement rule (lib/redundancy findRetirementCandidates, through findRetirementForAnalyze) run on the parsed
 * files directly, without registering them in a database first. db/queries/analyze.ts analyzeInDatabase is the
 * reference path (the same files registered, matched and analysed through the app's database code); a test
 * (tests/db/analyze-paths.test.ts) keeps the two JSON outputs identical.
 */
export function analyzeInMemory(files: AnalyzedFile[]): AnalyzeResult {
  return analyzeForms(files, { assignElements: (fields) => assignElements(fields), findRetirement: findRetirementForAnalyze });
}
