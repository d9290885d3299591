/**
 * Parses 600 templates (the dev benchmark's 60 ×10, each copy a distinct buffer) and prints one JSON line:
 * { name, n, fields, ms, rssMB, node, cpu, date }. `--worker` parses each file in a worker thread.
 */
import { readFile, readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseTemplate, parseWorkbookInWorker } from "@/lib/templates";

const FORMS_DIR = process.env.BENCH_FORMS ?? path.resolve(import.meta.dirname, "../../shared/bench/dedup-dev/forms");
const COPIES = Number(process.env.BENCH_COPIES ?? 10);

async function listXlsx(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listXlsx(full)));
    else if (e.name.endsWith(".xlsx")) out.push(full);
  }
  return out.sort();
}

async function main() {
  const useWorker = process.argv.includes("--worker");
  const files = await listXlsx(FORMS_DIR);
  const buffers = await Promise.all(files.map((f) => readFile(f)));
  const jobs = Array.from({ length: COPIES }, (_, i) => buffers.map((b, j) => ({ name: `${i}/${path.basename(files[j])}`, buf: Buffer.from(b) }))).flat();
  let fields = 0;
  const started = performance.now();
  for (const job of jobs) {
    const forms = useWorker ? await parseWorkbookInWorker(job.buf, job.name) : await parseTemplate(job.buf, job.name);
    for (const form of forms) fields += form.fields.length;
  }
  const ms = Math.round(performance.now() - started);
  const result = {
    name: useWorker ? "parse-600-worker" : "parse-600",
    n: jobs.length,
    fields,
    ms,
    rssMB: Math.round(process.memoryUsage().rss / 1048576),
    node: process.version,
    cpu: `${os.cpus()[0]?.model ?? "unknown"} ×${os.cpus().length}`,
    date: new Date().toISOString(),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main();
