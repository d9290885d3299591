import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeForms, type AnalyzedFile, type AnalyzeResult } from "@/lib/analyze/analyze-forms";
import { readCatalog } from "@/lib/catalog/read-catalog";
import { findRetirementForAnalyze } from "@/lib/redundancy/analyze-retirement";
import { parseTemplate } from "@/lib/templates";
import { scoreDedup, type GoldFile, type Scores } from "@/tests/heldout/score";
import { assignElements } from "./assign-elements";

/**
 * Generalization guard: parser + matcher + redundancy on the held-out corpus (tests/heldout, built by
 * tests/heldout/build-corpus.ts from departments and wordings that are not in the dev benchmark). The floors sit a
 * little below the scores reached (docs/generalization.md); a lexicon or parser change that only helps the dev set
 * and hurts unseen wording fails here.
 */
const ROOT = path.resolve(import.meta.dirname, "../../tests/heldout");
const FLOORS = { fieldPrecision: 0.97, fieldRecall: 0.97, pairwise: 0.93, bcubed: 0.96, retireFull: 0.85 };

async function listXlsx(dir: string, base = dir): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listXlsx(full, base)));
    else if (e.name.endsWith(".xlsx")) out.push(path.relative(base, full).split(path.sep).join("/"));
  }
  return out.sort();
}

let result: AnalyzeResult;
let scores: Scores;

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(path.join(ROOT, "报表清单.xlsx"))) as unknown as ArrayBuffer);
  const catalog = readCatalog(wb);
  const formsDir = path.join(ROOT, "forms");
  const files: AnalyzedFile[] = [];
  for (const rel of await listXlsx(formsDir)) {
    const forms = await parseTemplate(await readFile(path.join(formsDir, rel)), rel, { relativePath: rel, catalog });
    files.push({ file: rel, forms });
  }
  result = analyzeForms(files, { assignElements: (fields) => assignElements(fields), findRetirement: findRetirementForAnalyze });
  const gold = JSON.parse(await readFile(path.join(ROOT, "gold.json"), "utf8")) as GoldFile;
  scores = scoreDedup(gold, result);
});

describe("held-out corpus (parser + matcher + redundancy)", () => {
  it("finds the fields of templates it was not tuned on", () => {
    expect(result.forms.length).toBe(26);
    expect(scores.fieldPrecision).toBeGreaterThanOrEqual(FLOORS.fieldPrecision);
    expect(scores.fieldRecall).toBeGreaterThanOrEqual(FLOORS.fieldRecall);
  });

  it("groups their fields into data elements", () => {
    expect(scores.pairwise.f1).toBeGreaterThanOrEqual(FLOORS.pairwise);
    expect(scores.bcubed.f1).toBeGreaterThanOrEqual(FLOORS.bcubed);
  });

  it("flags the fully redundant templates for retirement", () => {
    expect(scores.retireFull.f1).toBeGreaterThanOrEqual(FLOORS.retireFull);
  });
});
