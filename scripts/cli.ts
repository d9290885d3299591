import { readFile, readdir, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import type { AnalyzedFile, AnalyzeResult } from "@/lib/analyze/analyze-forms";
import { analyzeInMemory } from "@/lib/analyze/analyze-in-memory";
import { writeJson } from "@/lib/analyze/json-chunks";
import { readCatalog } from "@/lib/catalog/read-catalog";
import { ParsePool } from "@/lib/forms/parse-pool";
import { isTemplateError, parseTemplate, type CatalogEntry } from "@/lib/templates";

const USAGE = "用法：npm run cli -- analyze <表样文件夹> --catalog <报表清单.xlsx> [--in-process] [--via-database]";

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

/** All .xlsx files under a folder, relative paths with forward slashes, sorted. */
async function listTemplates(root: string, dir = root): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listTemplates(root, full)));
    else if (/\.xlsx$/i.test(entry.name) && !entry.name.startsWith("~$")) out.push(path.relative(root, full).split(path.sep).join("/"));
  }
  return out.sort();
}

async function loadCatalog(file: string | undefined): Promise<CatalogEntry[]> {
  if (!file) return [];
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
  return readCatalog(wb);
}

function parseArgs(argv: string[]) {
  const [command, folder, ...rest] = argv;
  if (command !== "analyze") fail(command ? `未知命令「${command}」。` : "缺少命令。");
  if (!folder || folder.startsWith("--")) fail("缺少表样文件夹。");
  let catalog: string | undefined;
  // Each file is parsed in a worker thread with a heap cap by default, on one worker per core (lib/forms/parse-pool).
  let useWorker = true;
  // The reference path: register, match and analyse in an in-memory PGlite through the app's database code.
  let viaDatabase = false;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === "--catalog") catalog = rest[++i] ?? fail("--catalog 后面缺少报表清单文件。");
    else if (rest[i] === "--in-process") useWorker = false;
    else if (rest[i] === "--via-database") viaDatabase = true;
    else fail(`无法识别的参数「${rest[i]}」。`);
  }
  return { folder, catalog, useWorker, viaDatabase };
}

/**
 * Parses every template, in folder order; files are read and queued at once so both workers stay busy. A file the
 * parser refuses is reported on stderr and skipped.
 */
async function parseAll(folder: string, rels: string[], catalog: CatalogEntry[], pool: ParsePool | null, keepBytes: boolean) {
  const bytes = new Map<string, Buffer>();
  try {
    const pending: Promise<{ file: string; forms: AnalyzedFile["forms"] } | { file: string; error: string }>[] = [];
    for (const rel of rels) {
      const buffer = await readFile(path.join(folder, rel));
      if (keepBytes) bytes.set(rel, buffer);
      const options = { relativePath: rel, catalog };
      const parse = pool ? pool.parse(buffer, rel, options) : parseTemplate(buffer, rel, options);
      // In-process parsing runs here, one file after another; the pool's run while the next files are read.
      if (!pool) await parse.catch(() => null);
      pending.push(parse.then((forms) => ({ file: rel, forms }), (error) => {
        if (!isTemplateError(error)) throw error;
        return { file: rel, error: error.message };
      }));
    }
    const parsed = await Promise.all(pending);
    const files: AnalyzedFile[] = [];
    for (const p of parsed) {
      if ("error" in p) process.stderr.write(`跳过：${p.error}\n`);
      else files.push(p);
    }
    return { files, bytes };
  } finally {
    await pool?.close();
  }
}

/** The reference path (slow: PGlite alone takes 0.4–0.9 GB): kept so a test can compare its JSON with the default's. */
async function analyzeViaDatabase(files: AnalyzedFile[], bytes: Map<string, Buffer>): Promise<AnalyzeResult> {
  const { openDb } = await import("@/db/client");
  const { analyzeInDatabase } = await import("@/db/queries/analyze");
  const handle = await openDb({ dataDir: "memory" });
  try {
    return await analyzeInDatabase(handle.db, { files, bytes });
  } finally {
    await handle.close();
  }
}

async function main() {
  const { folder, catalog, useWorker, viaDatabase } = parseArgs(process.argv.slice(2));
  if (!(await stat(folder).catch(() => null))?.isDirectory()) fail(`找不到文件夹「${folder}」。`);
  if (catalog && !(await stat(catalog).catch(() => null))?.isFile()) fail(`找不到报表清单「${catalog}」。`);
  // Workers start loading the parser while the catalog is read and the folder listed.
  const parserUrl = pathToFileURL(path.join(import.meta.dirname, "..", "lib", "templates", "parse-template.ts")).href;
  const pool = useWorker ? new ParsePool({ size: Math.max(1, Math.min(os.availableParallelism(), 4)), parserUrl }) : null;
  pool?.warm();
  const entries = await loadCatalog(catalog).catch((e) => fail(`报表清单「${catalog}」无法读取：${(e as Error).message}`));
  const started = performance.now();
  const { files, bytes } = await parseAll(folder, await listTemplates(folder), entries, pool, viaDatabase);
  process.stderr.write(`已解析 ${files.length} 个表样，用时 ${Math.round(performance.now() - started)} ms\n`);
  // The app's matcher and retirement rule over plain data (--via-database: the same through an in-memory database).
  const result = viaDatabase ? await analyzeViaDatabase(files, bytes) : analyzeInMemory(files);
  process.stderr.write(`分析完成，共用时 ${Math.round(performance.now() - started)} ms\n`);
  // The same text as JSON.stringify(result, null, 1), written in pieces (3,000 templates print ~270 MB).
  await writeJson(process.stdout, result, { indent: 1 });
}

await main();
