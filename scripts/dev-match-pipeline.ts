/**
 * End-to-end dev check: parses the templates like `npm run cli -- analyze` does, then wires lib/matching and
 * lib/redundancy into lib/analyze through its options (the CLI itself still uses the placeholders), writes the
 * analyze JSON and prints the elapsed time. Score it with ../shared/bench/score-dedup.mjs.
 *
 *   npx tsx scripts/dev-match-pipeline.ts <folder> --catalog <catalog.xlsx> [--out pred.json] [--repeat n]
 */
import { readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { analyzeForms, type AnalyzedFile } from "@/lib/analyze/analyze-forms";
import { readCatalog } from "@/lib/catalog/read-catalog";
import { assignElements } from "@/lib/matching/assign-elements";
import { findRetirementForAnalyze } from "@/lib/redundancy/analyze-retirement";
import { isTemplateError, parseTemplate } from "@/lib/templates";

async function listTemplates(root: string, dir = root): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listTemplates(root, full)));
    else if (/\.xlsx$/i.test(entry.name) && !entry.name.startsWith("~$")) out.push(path.relative(root, full).split(path.sep).join("/"));
  }
  return out.sort();
}

const [folder, ...rest] = process.argv.slice(2);
const opt = (name: string) => (rest.includes(name) ? rest[rest.indexOf(name) + 1] : undefined);
const catalogFile = opt("--catalog");
const repeat = Number(opt("--repeat") ?? 1);
const wb = new ExcelJS.Workbook();
if (catalogFile) await wb.xlsx.load((await readFile(catalogFile)) as unknown as ArrayBuffer);
const catalog = catalogFile ? readCatalog(wb) : [];

const t0 = performance.now();
const files: AnalyzedFile[] = [];
for (let copy = 0; copy < repeat; copy++) {
  for (const rel of await listTemplates(folder)) {
    const name = repeat > 1 ? `copy${copy}/${rel}` : rel;
    try {
      files.push({ file: name, forms: await parseTemplate(await readFile(path.join(folder, rel)), rel, { relativePath: rel, catalog }) });
    } catch (error) {
      if (!isTemplateError(error)) throw error;
    }
  }
}
const t1 = performance.now();
const result = analyzeForms(files, { assignElements: (fields) => assignElements(fields), findRetirement: findRetirementForAnalyze });
const t2 = performance.now();
process.stderr.write(
  `templates=${files.length} fields=${result.forms.reduce((s, f) => s + f.fields.length, 0)} parseMs=${Math.round(t1 - t0)} matchAndCoverageMs=${Math.round(t2 - t1)} totalMs=${Math.round(t2 - t0)}\n`,
);
const out = opt("--out");
if (out) await writeFile(out, JSON.stringify(result, null, 1));
