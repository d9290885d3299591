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
 * Second generalization guard: parser + matcher + redundancy on tests/blind2 (36 templates written before the
 * lexicon was read: 民兵整组, 灾情统计, 计划生育特别扶助, 殡葬改革, 宅基地, 辅助器具, 人民调解, 危房改造, 特种设备,
 * 门诊慢特病, 光荣牌, 两癌筛查, 关工委, 宗教活动场所, 人口抽样 …; multi-sheet workbooks, a 4-row header, formula totals,
 * roles decided by the form's subject). First-look and final scores are in docs/generalization.md; the floors sit a
 * little below the final ones.
 */
const ROOT = path.resolve(import.meta.dirname, "../../tests/blind2");
const FLOORS = { fieldPrecision: 0.98, fieldRecall: 0.98, pairwise: 0.97, bcubed: 0.97, retireFull: 0.85 };

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

describe("blind corpus 2 (parser + matcher + redundancy)", () => {
  it("finds the fields of templates it was not tuned on", () => {
    expect(result.forms.length).toBe(36);
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
