/**
 * `npm run bench:analyze`: the cost of `npm run cli -- analyze` against the cost of just reading the workbooks
 * (issue 13). For each size (default 750 and 3,000 templates) it
 *
 *  1. generates (or reuses) a folder of that many templates under the system temp folder, deterministically, from
 *     the committed corpora (../shared/bench/dedup-dev, tests/heldout, tests/blind2, tests/blind3): copy k of a
 *     source file goes to `第k批/<department folder>/<name>-<variant>.xlsx`, and a 报表清单.xlsx lists every copy
 *     under its new name with the source's 报表名称 / 主管部门 / 填报频次 / 填报对象;
 *  2. times the bare exceljs load of every file, one after another, in this process (`wb.xlsx.readFile`);
 *  3. runs the CLI as a child process (`npm run -s cli -- analyze <folder> --catalog <catalog> > out.json`, under GNU time)
 *     and measures its wall time and peak memory: `peakTreeRssMB` is the peak of the SUM of VmRSS over the whole
 *     process tree (npm, sh, tsx, node and its worker threads), sampled every 25 ms from /proc; `maxRssMB` is GNU
 *     time's max RSS, i.e. the largest single process of the tree.
 *
 * Prints one JSON line per size with `ratio` = CLI wall time / bare load time (and `cpuRatio`, the same for CPU time).
 *
 *   npm run bench:analyze [-- --sizes 750,3000] [--cli-args "--via-database"] [--keep-output <dir>]
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { closeSync, existsSync, openSync } from "node:fs";
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";

const root = path.resolve(import.meta.dirname, "..");
const SOURCES = [
  { dir: path.join(root, "../shared/bench/dedup-dev"), name: "dedup-dev" },
  { dir: path.join(root, "tests/heldout"), name: "heldout" },
  { dir: path.join(root, "tests/blind2"), name: "blind2" },
  { dir: path.join(root, "tests/blind3"), name: "blind3" },
];
/** Folders given to a copy whose source sits at the top of its corpus (the parser reads a department from them). */
const DEPARTMENT_FOLDERS = ["区民政局", "区卫健委", "区农业农村局", "区应急管理局", "区人社局", "区住建局", "区教育局", "区委组织部", "区水利局", "区退役军人事务局"];
const VARIANTS = ["乔口镇", "团山湖村", "芦江村", "东城街道", "西湖社区", "南塘村", "北山镇", "柏树村", "新康乡", "白沙洲"];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function listXlsx(dir: string, base = dir): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listXlsx(full, base)));
    else if (/\.xlsx$/i.test(e.name) && !e.name.startsWith("~$")) out.push(path.relative(base, full).split(path.sep).join("/"));
  }
  return out.sort();
}

type CatalogRow = (string | number | null)[];

/** The source catalog's rows by file base name (cells 序号 … 填报对象 as written). */
async function readCatalogRows(file: string): Promise<{ header: CatalogRow; rows: Map<string, CatalogRow> }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("报表清单") ?? wb.worksheets[0];
  const text = (v: ExcelJS.CellValue) => (v === null || v === undefined ? null : typeof v === "object" ? String((v as { text?: string }).text ?? "") : (v as string | number));
  let header: CatalogRow = [];
  let fileCol = -1;
  const rows = new Map<string, CatalogRow>();
  ws.eachRow((row) => {
    const cells = (row.values as ExcelJS.CellValue[]).slice(1).map(text);
    if (fileCol < 0) {
      fileCol = cells.indexOf("文件名");
      if (fileCol >= 0) header = cells;
      return;
    }
    const name = cells[fileCol];
    if (typeof name === "string" && name) rows.set(name, cells);
  });
  return { header, rows };
}

interface Corpus {
  folder: string;
  catalog: string;
  templates: number;
}

/** Generates the folder of `n` templates (reused when its stamp matches the sources and this generator). */
async function corpusOf(n: number): Promise<Corpus> {
  const sources: { abs: string; rel: string; catalogRow: CatalogRow | null }[] = [];
  let header: CatalogRow = [];
  for (const s of SOURCES) {
    const cat = await readCatalogRows(path.join(s.dir, "报表清单.xlsx"));
    if (!header.length) header = cat.header;
    for (const rel of await listXlsx(path.join(s.dir, "forms"))) {
      sources.push({ abs: path.join(s.dir, "forms", rel), rel: `${s.name}/${rel}`, catalogRow: cat.rows.get(path.posix.basename(rel)) ?? null });
    }
  }
  const stamp = createHash("sha256")
    .update(await readFile(import.meta.filename))
    .update(sources.map((s) => s.rel).join("|"))
    .digest("hex")
    .slice(0, 12);
  const dir = path.join(os.tmpdir(), "oneform-bench-analyze", `${n}-${stamp}`);
  const corpus = { folder: path.join(dir, "forms"), catalog: path.join(dir, "报表清单.xlsx"), templates: n };
  if (existsSync(path.join(dir, "done"))) return corpus;
  await rm(dir, { recursive: true, force: true });
  const fileCol = header.indexOf("文件名");
  const catalogRows: CatalogRow[] = [];
  for (let i = 0; i < n; i++) {
    const k = Math.floor(i / sources.length);
    const src = sources[i % sources.length];
    const [, ...inner] = src.rel.split("/");
    const base = inner.pop()!;
    const stem = base.replace(/\.xlsx$/i, "");
    const folder = inner.length ? inner.join("/") : DEPARTMENT_FOLDERS[(i + k) % DEPARTMENT_FOLDERS.length];
    const name = k === 0 ? base : `${stem}-${VARIANTS[k % VARIANTS.length]}${k >= VARIANTS.length ? Math.floor(k / VARIANTS.length) + 1 : ""}.xlsx`;
    const rel = `第${String(k + 1).padStart(2, "0")}批/${folder}/${name}`;
    await mkdir(path.dirname(path.join(corpus.folder, rel)), { recursive: true });
    await copyFile(src.abs, path.join(corpus.folder, rel));
    // Catalogs list most files, not all (as the dev catalog does): copies of unlisted sources stay unlisted.
    if (src.catalogRow) catalogRows.push(src.catalogRow.map((c, col) => (col === fileCol ? name : col === 0 ? catalogRows.length + 1 : c)));
  }
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("报表清单");
  ws.addRow(header);
  for (const r of catalogRows) ws.addRow(r);
  await wb.xlsx.writeFile(corpus.catalog);
  await writeFile(path.join(dir, "done"), `${n}\n`);
  return corpus;
}

/** Loads every file with exceljs, one after another, as the parser does (no parsing). */
async function bareLoad(folder: string): Promise<{ ms: number; cpuMs: number }> {
  const files = await listXlsx(folder);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const rel of files) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(folder, rel));
  }
  const c = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000 };
}

/** VmRSS (kB) of every process in the tree rooted at `pid`. */
async function treeRss(pid: number): Promise<{ sum: number; max: number; processes: number }> {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of await readdir("/proc").catch(() => [] as string[])) {
    if (!/^\d+$/.test(entry)) continue;
    const status = await readFile(`/proc/${entry}/status`, "utf8").catch(() => "");
    const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? -1);
    const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    rss.set(Number(entry), kb);
    (children.get(ppid) ?? children.set(ppid, []).get(ppid)!).push(Number(entry));
  }
  let sum = 0;
  let max = 0;
  let processes = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    const kb = rss.get(p) ?? 0;
    sum += kb;
    max = Math.max(max, kb);
    processes++;
    stack.push(...(children.get(p) ?? []));
  }
  return { sum, max, processes };
}

async function runCli(corpus: Corpus, extra: string[], outFile: string) {
  const args = ["-f", "GNU_TIME %M %e %U %S", "npm", "run", "-s", "cli", "--", "analyze", corpus.folder, "--catalog", corpus.catalog, ...extra];
  // stdout goes straight to a file, as `npm run -s cli -- analyze … > pred.json` does (3,000 templates: ~270 MB).
  const fd = openSync(outFile, "w");
  const t0 = performance.now();
  const child = spawn("/usr/bin/time", args, { cwd: root, stdio: ["ignore", fd, "pipe"] });
  closeSync(fd);
  let err = "";
  child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
  let peakSum = 0;
  let peakProcesses = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const { sum, processes } = await treeRss(child.pid!);
      if (sum > peakSum) peakSum = sum;
      peakProcesses = Math.max(peakProcesses, processes);
      await new Promise((r) => setTimeout(r, 25));
    }
  })();
  const code: number = await new Promise((resolve) => child.on("close", (c) => resolve(c ?? -1)));
  const wallMs = performance.now() - t0;
  sampling = false;
  await sampler;
  const time = /GNU_TIME (\d+) ([\d.]+) ([\d.]+) ([\d.]+)/.exec(err);
  if (code !== 0) throw new Error(`CLI exited ${code}: ${err.slice(-2000)}`);
  const result = JSON.parse(await readFile(outFile, "utf8")) as { forms: { fields: unknown[] }[]; elements: unknown[]; retirement: unknown[] };
  return {
    wallMs,
    peakTreeRssMB: Math.round(peakSum / 1024),
    maxRssMB: time ? Math.round(Number(time[1]) / 1024) : null,
    cpuMs: time ? Math.round((Number(time[3]) + Number(time[4])) * 1000) : null,
    processes: peakProcesses,
    forms: result.forms.length,
    fields: result.forms.reduce((s, f) => s + f.fields.length, 0),
    elements: result.elements.length,
    retirement: result.retirement.length,
    log: err.split("\n").filter((l) => l && !l.startsWith("GNU_TIME") && !l.startsWith("跳过")).slice(-3),
    skipped: err.split("\n").filter((l) => l.startsWith("跳过")).length,
  };
}

const sizes = (arg("--sizes") ?? "750,3000").split(",").map(Number);
const extra = (arg("--cli-args") ?? "").split(" ").filter(Boolean);
const keep = arg("--keep-output");
for (const n of sizes) {
  const corpus = await corpusOf(n);
  const load = os.loadavg()[0];
  const bare = await bareLoad(corpus.folder);
  const bareMs = bare.ms;
  const outFile = keep ? path.join(keep, `analyze-${n}.json`) : path.join(path.dirname(corpus.folder), "out.json");
  const cli = await runCli(corpus, extra, outFile);
  console.log(
    JSON.stringify({
      name: "analyze",
      templates: corpus.templates,
      cliArgs: extra.join(" "),
      bareLoadMs: Math.round(bareMs),
      cliMs: Math.round(cli.wallMs),
      ratio: Math.round((cli.wallMs / bareMs) * 100) / 100,
      // CPU time (user + system) of the CLI's whole tree against the bare load's: steadier than wall time on a busy machine.
      bareLoadCpuMs: Math.round(bare.cpuMs),
      cliCpuMs: cli.cpuMs,
      cpuRatio: cli.cpuMs === null ? null : Math.round((cli.cpuMs / bare.cpuMs) * 100) / 100,
      peakTreeRssMB: cli.peakTreeRssMB,
      maxRssMB: cli.maxRssMB,
      processes: cli.processes,
      forms: cli.forms,
      fields: cli.fields,
      elements: cli.elements,
      retirement: cli.retirement,
      skipped: cli.skipped,
      cliLog: cli.log,
      loadAvg: Math.round(load * 10) / 10,
      node: process.version,
      cores: os.cpus().length,
      date: new Date().toISOString(),
    }),
  );
}
