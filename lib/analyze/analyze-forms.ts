import type { FieldType, Frequency, Layout } from "@/lib/domain";
import { canonicalAnalysis, type SuggestionPair } from "@/lib/matching/analysis-output";
import { subjectOf } from "@/lib/matching/form-subject";
import type { MatchField } from "@/lib/matching/types";
import type { FormDefinition, TemplateField } from "@/lib/templates/types";

/** One analysed template file: its forms (usually one sheet) under the file's relative path. */
export interface AnalyzedFile {
  /** Path relative to the analysed folder, forward slashes. */
  file: string;
  forms: FormDefinition[];
}

export interface AnalyzeField {
  ref: string;
  label: string;
  path: string[];
  type: FieldType;
  unit: string | null;
  element: string;
}

export interface AnalyzeForm {
  file: string;
  title: string;
  department: string | null;
  frequency: Frequency | null;
  layout: Layout;
  fields: AnalyzeField[];
}

export interface AnalyzeElement {
  id: string;
  name: string;
  fields: string[];
}

export interface AnalyzeRetirement {
  file: string;
  level: "full" | "partial";
  coverage: number;
  coveredBy: string[];
}

/** Elements that may be one (merge: two element ids; group: several pairs at once) or one element that may be two (split), best first. */
export interface AnalyzeSuggestion {
  /** group: several pairs decided at once (all attributes under one person noun of a form). */
  kind: "merge" | "split" | "group";
  elements: string[];
  /** The two fields the decision is asked on (a confirm or reject of this pair). */
  fields: [string, string];
  /** For a group: every pair the answer applies to, `fields` first. */
  pairs?: [string, string][];
  score: number;
  /** Why, in Chinese. */
  reason: string;
}

/** The CLI's JSON (../shared/bench/README.md), plus the review queue as `suggestions`. */
export interface AnalyzeResult {
  forms: AnalyzeForm[];
  elements: AnalyzeElement[];
  retirement: AnalyzeRetirement[];
  suggestions: AnalyzeSuggestion[];
}

/** Groups fields into elements: field ref → element id, element id → name, and the review queue over refs. */
export type ElementAssigner = (fields: MatchField[]) => { elementOf: Map<string, string>; names: Map<string, string>; review?: SuggestionPair[] };

/** Lists retirement candidates from forms whose fields carry element ids. */
export type RetirementFinder = (forms: AnalyzeForm[]) => AnalyzeRetirement[];

/** Placeholder until lib/matching is wired: every field is its own element. */
export const singletonElements: ElementAssigner = (fields) => ({
  elementOf: new Map(fields.map((f) => [f.id, f.id])),
  names: new Map(fields.map((f) => [f.id, f.label])),
});

/** Placeholder until lib/redundancy is wired: no candidates. */
export const noRetirement: RetirementFinder = () => [];

function fieldRef(file: string, field: TemplateField): string {
  return `${file}#${field.sheet}!${field.address}`;
}

/**
 * Flattens files to matcher input (one MatchField per template field, id = bench ref). Each form sheet is its own
 * matcher form (as when registered in the database): the sheets of one workbook have their own rows, so the same
 * datum may appear on two of them (户编号 on 按户 and 按人 sheets).
 */
export function toMatchFields(files: AnalyzedFile[]): MatchField[] {
  return files.flatMap(({ file, forms }) =>
    forms.flatMap((form) =>
      form.fields.map((f) => ({
        id: fieldRef(file, f),
        formId: forms.length > 1 ? `${file}#${form.sheet}` : file,
        label: f.label,
        path: f.path,
        type: f.type,
        unit: f.unit,
        options: f.options,
        isRemark: f.isRemark,
        layout: form.layout,
        part: f.sheet,
        ...(f.orgUnit ? { orgUnit: f.orgUnit, row: f.row } : {}),
        ...subjectOf(form.title, form.layout, form.parts?.find((p) => p.sheet === f.sheet)),
      })),
    ),
  );
}

/** Parsed files → the analyze JSON: forms with fields, elements, retirement candidates. */
export function analyzeForms(
  files: AnalyzedFile[],
  options: { assignElements?: ElementAssigner; findRetirement?: RetirementFinder } = {},
): AnalyzeResult {
  const { assignElements = singletonElements, findRetirement = noRetirement } = options;
  const { elementOf, names, review = [] } = assignElements(toMatchFields(files));
  const forms: AnalyzeForm[] = files
    .filter((f) => f.forms.length > 0)
    .map(({ file, forms: defs }) => ({
      file,
      title: defs[0].title,
      department: defs[0].department,
      frequency: defs[0].frequency,
      layout: defs[0].layout,
      fields: defs.flatMap((d) =>
        d.fields.map((f) => {
          const ref = fieldRef(file, f);
          return { ref, label: f.label, path: f.path, type: f.type, unit: f.unit, element: elementOf.get(ref) ?? ref };
        }),
      ),
    }));
  // Ids, order and suggestions are made canonical by lib/matching (the same function as the database path's).
  return canonicalAnalysis({ forms, retirement: findRetirement(forms), names, suggestions: review });
}
