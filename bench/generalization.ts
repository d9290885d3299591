/**
 * Benchmark: how the analysis generalizes (issue 10). Runs the CLI (`npm run -s cli -- analyze <forms> --catalog
 * <报表清单>`) on every committed corpus — dev (../shared/bench/dedup-dev), heldout, blind (round 1), blind2, blind3,
 * blind4 … blind11, blind13, blind15, blind18, blind20 and blind23 (spent held-out sets, now developed on), and the
 * held-out sets blind12 (round 7), blind14, blind16, blind17, blind19 (round 8), blind21, blind22, blind24, blind25 and
 * blind26 (round 9) only with `--final` (scored by the lead, never inspected to tune) — scores each with ../shared/bench/score-dedup.mjs
 * and with tests/heldout/score.ts for what score-dedup does not report: field detection precision AND recall per
 * layout (per sheet for round-4 gold), and department / frequency accuracy on the forms the 报表清单 does not list.
 * Prints one markdown table, then one JSON line with every number.
 *
 *   npm run bench:generalization [-- --final] [--corpus blind4] [--cwd <other checkout>] [--save <dir>] [--twice]
 *
 * --cwd runs the CLI of another checkout (e.g. a worktree at an older commit, for first-look numbers); --save keeps
 * each prediction as <dir>/<corpus>.json; --twice runs the CLI twice per corpus and reports whether both outputs are
 * byte-identical.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { scoreGeneralization, type GenGoldFile, type GenPredFile, type GenScores } from "@/tests/heldout/score";

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const root = path.resolve(import.meta.dirname, "..");
const cwd = path.resolve(opt("--cwd") ?? root);
const saveDir = opt("--save");
const twice = args.includes("--twice");
const scorer = path.resolve(root, "../shared/bench/score-dedup.mjs");

const ALL: Array<{ name: string; dir: string; heldOut?: boolean }> = [
  { name: "dev", dir: path.resolve(root, "../shared/bench/dedup-dev") },
  { name: "heldout", dir: path.join(root, "tests/heldout") },
  { name: "blind", dir: path.join(root, "tests/heldout/blind") },
  { name: "blind2", dir: path.join(root, "tests/blind2") },
  { name: "blind3", dir: path.join(root, "tests/blind3") },
  { name: "blind4", dir: path.join(root, "tests/blind4") },
  { name: "blind5", dir: path.join(root, "tests/blind5") },
  { name: "blind6", dir: path.join(root, "tests/blind6") },
  { name: "blind7", dir: path.join(root, "tests/blind7") },
  { name: "blind8", dir: path.join(root, "tests/blind8") },
  { name: "blind9", dir: path.join(root, "tests/blind9") },
  { name: "blind10", dir: path.join(root, "tests/blind10") },
  { name: "blind11", dir: path.join(root, "tests/blind11") },
  { name: "blind12", dir: path.join(root, "tests/blind12"), heldOut: true },
  { name: "blind13", dir: path.join(root, "tests/blind13") },
  { name: "blind14", dir: path.join(root, "tests/blind14"), heldOut: true },
  { name: "blind15", dir: path.join(root, "tests/blind15") },
  { name: "blind16", dir: path.join(root, "tests/blind16"), heldOut: true },
  { name: "blind17", dir: path.join(root, "tests/blind17"), heldOut: true },
  { name: "blind18", dir: path.join(root, "tests/blind18") },
  { name: "blind19", dir: path.join(root, "tests/blind19"), heldOut: true },
  { name: "blind20", dir: path.join(root, "tests/blind20") },
  { name: "blind21", dir: path.join(root, "tests/blind21"), heldOut: true },
  { name: "blind22", dir: path.join(root, "tests/blind22"), heldOut: true },
  { name: "blind23", dir: path.join(root, "tests/blind23") },
  { name: "blind24", dir: path.join(root, "tests/blind24"), heldOut: true },
  { name: "blind25", dir: path.join(root, "tests/blind25"), heldOut: true },
  { name: "blind26", dir: path.join(root, "tests/blind26"), heldOut: true },
];
const only = opt("--corpus");
const final = args.includes("--final");
const corpora = ALL.filter((c) => (only ? c.name === only : !c.heldOut || final)).filter((c) => !c.heldOut || existsSync(c.dir));
if (corpora.some((c) => c.heldOut) && !final) {
  console.error(`${only} is a held-out corpus: pass --final as well`);
  process.exit(2);
}

function run(cmd: string, argv: string[], dir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }));
  });
}

async function catalogFiles(file: string): Promise<Set<string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("报表清单") ?? wb.worksheets[0];
  const names = new Set<string>();
  let col = 0;
  ws.eachRow((row, r) => {
    const cells = (row.values as unknown[]).map((v) => String(v ?? "").trim());
    if (!col) {
      col = cells.findIndex((v) => v === "文件名");
      return;
    }
    if (r > 1 && cells[col]) names.add(cells[col].normalize("NFC"));
  });
  return names;
}

interface DedupJson {
  detection: { precision: number; recall: number };
  pairwise: { precision: number; recall: number; f1: number };
  bcubed: { precision: number; recall: number; f1: number };
  typesUnits: { typeAccuracy: number; unitAccuracy: number };
  forms: { department: number; frequency: number; layout: number };
  retirement: { full: { f1: number; precision: number; recall: number }; partial: { f1: number } };
}

interface Row { corpus: string; forms: number; ms: number; deterministic?: boolean; dedup: DedupJson; gen: GenScores }

async function scoreCorpus(c: { name: string; dir: string }): Promise<Row> {
  const gold = JSON.parse(await readFile(path.join(c.dir, "gold.json"), "utf8")) as GenGoldFile & { formsDir?: string; catalog?: string };
  const formsDir = path.join(c.dir, gold.formsDir ?? "forms");
  const catalog = path.join(c.dir, gold.catalog ?? "报表清单.xlsx");
  const cli = ["run", "-s", "cli", "--", "analyze", formsDir, "--catalog", catalog];
  const t0 = Date.now();
  const first = await run("npm", cli, cwd);
  const ms = Date.now() - t0;
  if (first.code !== 0) throw new Error(`${c.name}: the CLI exited ${first.code}: ${first.stderr.slice(-2000)}`);
  let deterministic: boolean | undefined;
  if (twice) deterministic = (await run("npm", cli, cwd)).stdout === first.stdout;
  const predFile = saveDir ? path.resolve(saveDir, `${c.name}.json`) : path.join("/tmp", `oneform-generalization-${process.pid}-${c.name}.json`);
  if (saveDir) await mkdir(path.resolve(saveDir), { recursive: true });
  await writeFile(predFile, first.stdout);
  const scored = await run("node", [scorer, "--gold", path.join(c.dir, "gold.json"), "--pred", predFile, "--json"], root);
  if (scored.code !== 0) throw new Error(`${c.name}: score-dedup exited ${scored.code}: ${scored.stderr.slice(-2000)}`);
  const dedup = JSON.parse(scored.stdout) as DedupJson;
  const pred = JSON.parse(first.stdout) as GenPredFile;
  const gen = scoreGeneralization(gold, pred, await catalogFiles(catalog));
  return { corpus: c.name, forms: gold.forms.length, ms, deterministic, dedup, gen };
}

const f = (x: number | null | undefined) => (x === undefined || x === null || Number.isNaN(x) ? "—" : String(Math.round(x * 10000) / 10000));
const pr = (g: GenScores, lay: string) => {
  const c = g.fieldsByLayout[lay];
  return c ? `${f(c.precision)} / ${f(c.recall)} (${c.gold})` : "—";
};

async function main() {
  const rows: Row[] = [];
  for (const c of corpora) {
    console.error(`analyzing ${c.name} …`);
    rows.push(await scoreCorpus(c));
  }
  const head = ["corpus", "forms", "field P", "field R", "columns P / R (n)", "indicator-rows P / R (n)", "grid P / R (n)", "pairwise P / R / F1",
    "B-cubed F1", "type acc", "dept", "freq", "layout", "absent: n / dept / freq", "full F1 (P / R)", "partial F1", ...(twice ? ["same JSON twice"] : [])];
  const lines = [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`];
  for (const r of rows) {
    const d = r.dedup;
    const g = r.gen;
    lines.push(`| ${[
      r.corpus, r.forms, f(d.detection.precision), f(d.detection.recall), pr(g, "columns"), pr(g, "indicator-rows"), pr(g, "grid"),
      `${f(d.pairwise.precision)} / ${f(d.pairwise.recall)} / **${f(d.pairwise.f1)}**`, f(d.bcubed.f1), f(d.typesUnits.typeAccuracy),
      f(g.meta.department), f(g.meta.frequency), f(g.meta.layout), `${g.absent.forms} / ${f(g.absent.department)} / ${f(g.absent.frequency)}`,
      `${f(d.retirement.full.f1)} (${f(d.retirement.full.precision)} / ${f(d.retirement.full.recall)})`, f(d.retirement.partial.f1),
      ...(twice ? [r.deterministic ? "yes" : "**no**"] : []),
    ].join(" | ")} |`);
  }
  console.log(lines.join("\n"));
  console.log(JSON.stringify({
    bench: "generalization", cwd,
    corpora: rows.map((r) => ({
      corpus: r.corpus, forms: r.forms, cliMs: r.ms, deterministic: r.deterministic,
      fieldP: r.dedup.detection.precision, fieldR: r.dedup.detection.recall, byLayout: r.gen.fieldsByLayout,
      pairwise: r.dedup.pairwise, bcubed: r.dedup.bcubed, typeAcc: r.dedup.typesUnits.typeAccuracy, unitAcc: r.dedup.typesUnits.unitAccuracy,
      meta: r.gen.meta, absent: r.gen.absent, retireFull: r.dedup.retirement.full, retirePartialF1: r.dedup.retirement.partial.f1,
    })),
  }));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
