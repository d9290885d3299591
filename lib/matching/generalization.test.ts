import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeForms, type AnalyzedFile } from "@/lib/analyze/analyze-forms";
import { readCatalog } from "@/lib/catalog/read-catalog";
import { findRetirementForAnalyze } from "@/lib/redundancy/analyze-retirement";
import { parseTemplate } from "@/lib/templates";
import { scoreDedup, type GoldFile, type Scores } from "@/tests/heldout/score";
import { assignElements } from "./assign-elements";

/**
 * Generalization guards: parser + matcher + redundancy on corpora the dev benchmark does not contain.
 * - tests/heldout (26 templates, tests/heldout/build-corpus.ts): departments and wordings not in the dev set.
 * - tests/blind2 (36 templates written before the lexicon was read: 民兵整组, 灾情统计, 计划生育特别扶助, 殡葬改革,
 *   宅基地, 辅助器具, 人民调解, 危房改造, 特种设备, 门诊慢特病, 光荣牌, 两癌筛查 …; multi-sheet workbooks, a 4-row
 *   header, formula totals, roles decided by the form's subject).
 * - tests/blind3 (32 templates, same rules: 党员/党费/换届, 接访下访, 农村公路, 储粮, 档案, 就业困难人员, 公益性岗位,
 *   九小场所, 养老机构, 留守儿童, 农村饮水 …; office holders of a village, 县道/乡道/村道, a grid closed by 合计).
 * First-look and final scores are in docs/generalization.md; the floors sit a little below the final ones, so a
 * lexicon or parser change that only helps the dev set and hurts unseen wording fails here.
 */
const CORPORA = [
  { name: "held-out corpus", dir: "heldout", forms: 26, floors: { fieldPrecision: 0.97, fieldRecall: 0.97, pairwise: 0.93, bcubed: 0.96, retireFull: 0.85 } },
  { name: "blind corpus 2", dir: "blind2", forms: 36, floors: { fieldPrecision: 0.98, fieldRecall: 0.98, pairwise: 0.97, bcubed: 0.97, retireFull: 0.85 } },
  // retireFull 0.9: the 就业困难人员 联系卡's 就业困难类型 now meets its 困难类别 by their shared dropdown, which leaves
  // its 帮扶责任人 (read as the 留守儿童 台账's 结对帮扶人, a helper of other people) as its only unshared field: the
  // card reads as fully covered (6 candidates, 5 right).
  { name: "blind corpus 3", dir: "blind3", forms: 32, floors: { fieldPrecision: 0.98, fieldRecall: 0.98, pairwise: 0.94, bcubed: 0.97, retireFull: 0.9 } },
];

async function listXlsx(dir: string, base = dir): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listXlsx(full, base)));
    else if (e.name.endsWith(".xlsx")) out.push(path.relative(base, full).split(path.sep).join("/"));
  }
  return out.sort();
}

async function analyzeCorpus(root: string): Promise<{ forms: number; scores: Scores }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(path.join(root, "报表清单.xlsx"))) as unknown as ArrayBuffer);
  const catalog = readCatalog(wb);
  const formsDir = path.join(root, "forms");
  const files: AnalyzedFile[] = [];
  for (const rel of await listXlsx(formsDir)) {
    files.push({ file: rel, forms: await parseTemplate(await readFile(path.join(formsDir, rel)), rel, { relativePath: rel, catalog }) });
  }
  const result = analyzeForms(files, { assignElements: (fields) => assignElements(fields), findRetirement: findRetirementForAnalyze });
  const gold = JSON.parse(await readFile(path.join(root, "gold.json"), "utf8")) as GoldFile;
  return { forms: result.forms.length, scores: scoreDedup(gold, result) };
}

describe.each(CORPORA)("$name (parser + matcher + redundancy)", ({ dir, forms, floors }) => {
  let analysed: { forms: number; scores: Scores };
  beforeAll(async () => {
    analysed = await analyzeCorpus(path.resolve(import.meta.dirname, "../../tests", dir));
  });

  it("finds the fields of templates it was not tuned on", () => {
    expect(analysed.forms).toBe(forms);
    expect(analysed.scores.fieldPrecision).toBeGreaterThanOrEqual(floors.fieldPrecision);
    expect(analysed.scores.fieldRecall).toBeGreaterThanOrEqual(floors.fieldRecall);
  });

  it("groups their fields into data elements", () => {
    expect(analysed.scores.pairwise.f1).toBeGreaterThanOrEqual(floors.pairwise);
    expect(analysed.scores.bcubed.f1).toBeGreaterThanOrEqual(floors.bcubed);
  });

  it("flags the fully redundant templates for retirement", () => {
    expect(analysed.scores.retireFull.f1).toBeGreaterThanOrEqual(floors.retireFull);
  });
});
