/**
 * How well the parser infers department and frequency of forms the 报表清单 does not list (issue 10), measured
 * leave-one-out: each template is parsed with its own catalog entry removed (the rest of the catalog still gives the
 * list of known department names), optionally with its folders dropped (`--flat`). Parser only, in-process.
 *
 *   npx tsx bench/metadata-leave-one-out.ts [--flat] [--misses] <corpus dir> …   (a corpus dir holds forms/, 报表清单.xlsx, gold.json)
 *
 * Prints one line per corpus and one JSON line with every number.
 */
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { findCatalogEntry, readCatalog } from "@/lib/catalog/read-catalog";
import { parseTemplate } from "@/lib/templates";

const args = process.argv.slice(2);
const flat = args.includes("--flat");
const showMisses = args.includes("--misses");
const roots = args.filter((a) => !a.startsWith("--"));

async function list(dir: string, root = dir): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const f = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await list(f, root)));
    else if (/\.xlsx$/i.test(e.name) && !e.name.startsWith("~$")) out.push(path.relative(root, f).split(path.sep).join("/"));
  }
  return out.sort();
}

const results: { corpus: string; forms: number; department: number; frequency: number }[] = [];
for (const root of roots) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(path.join(root, "报表清单.xlsx"))) as unknown as ArrayBuffer);
  const catalog = readCatalog(wb);
  const gold = JSON.parse(await readFile(path.join(root, "gold.json"), "utf8")) as { forms: { file: string; department: string; frequency: string }[] };
  const goldOf = new Map(gold.forms.map((f) => [f.file, f]));
  let n = 0;
  let dept = 0;
  let freq = 0;
  for (const rel of await list(path.join(root, "forms"))) {
    const g = goldOf.get(rel);
    if (!g) continue;
    const entry = findCatalogEntry(catalog, rel);
    const asGiven = flat ? path.basename(rel) : rel;
    const [form] = await parseTemplate(await readFile(path.join(root, "forms", rel)), asGiven, { relativePath: asGiven, catalog: catalog.filter((e) => e !== entry) });
    n++;
    if (form.department === g.department) dept++;
    else if (showMisses) console.log(`  department ${rel}: ${form.department} ≠ ${g.department}`);
    if (form.frequency === g.frequency) freq++;
    else if (showMisses) console.log(`  frequency ${rel}: ${form.frequency} ≠ ${g.frequency}`);
  }
  results.push({ corpus: root, forms: n, department: dept / n, frequency: freq / n });
  console.log(`${root}: ${n} forms, department ${(dept / n).toFixed(3)}, frequency ${(freq / n).toFixed(3)}${flat ? " (folders dropped)" : ""}`);
}
console.log(JSON.stringify({ bench: "metadata-leave-one-out", flat, results }));
