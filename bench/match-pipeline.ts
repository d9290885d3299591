/**
 * Benchmark: parse + match + coverage for 600 templates (the dev corpus's 60 templates read 10 times, each copy
 * as its own folder), the DESIGN target "under 30 s end to end". Prints one JSON line.
 *
 *   npm run bench:pipeline [-- --folder ../shared/bench/dedup-dev/forms --repeat 10]
 */
import { readFile, readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { analyzeForms, type AnalyzedFile } from "@/lib/analyze/analyze-forms";
import { assignElements } from "@/lib/matching/assign-elements";
import { findRetirementForAnalyze } from "@/lib/redundancy/analyze-retirement";
import { isTemplateError, parseTemplate } from "@/lib/templates";

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const folder = opt("--folder", path.resolve(import.meta.dirname, "../../shared/bench/dedup-dev/forms"));
const repeat = Number(opt("--repeat", "10"));

async function listTemplates(root: string, dir = root): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listTemplates(root, full)));
    else if (/\.xlsx$/i.test(entry.name) && !entry.name.startsWith("~$")) out.push(path.relative(root, full).split(path.sep).join("/"));
  }
  return out.sort();
}

const rels = await listTemplates(folder);
const buffers = await Promise.all(rels.map((r) => readFile(path.join(folder, r))));
const t0 = performance.now();
const files: AnalyzedFile[] = [];
for (let copy = 0; copy < repeat; copy++) {
  for (let i = 0; i < rels.length; i++) {
    try {
      files.push({ file: `copy${copy}/${rels[i]}`, forms: await parseTemplate(buffers[i], rels[i], { relativePath: rels[i], catalog: [] }) });
    } catch (error) {
      if (!isTemplateError(error)) throw error;
    }
  }
}
const result = analyzeForms(files, { assignElements: (fields) => assignElements(fields), findRetirement: findRetirementForAnalyze });
const ms = Math.round(performance.now() - t0);
console.log(
  JSON.stringify({
    name: "parse-match-coverage",
    n: files.length,
    fields: result.forms.reduce((s, f) => s + f.fields.length, 0),
    elements: result.elements.length,
    ms,
    rssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    node: process.version,
    cpu: `${os.cpus()[0]?.model ?? "unknown"} x${os.cpus().length}`,
    date: new Date().toISOString(),
  }),
);
