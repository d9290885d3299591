/**
 * Benchmark: parse and store 600 templates (the dev corpus's 60 read 10 times, each copy under its own
 * folder and name so every file is stored) into an in-memory PGlite through the upload route's own path:
 * registerTemplate() with the catalog, the worker pool and one transaction per file, sent by the upload page's own
 * queue (lib/forms/upload-queue runQueue: two files at a time by default, progress reported after every start and
 * finish). Prints one JSON line. `--backend postgres` uses a scratch database on TEST_DATABASE_URL's server.
 *
 *   npm run bench:parse-store [-- --folder ../shared/bench/dedup-dev/forms --catalog ../shared/bench/dedup-dev/报表清单.xlsx --repeat 10 --concurrency 2 --backend pglite]
 */
import { readFile, readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { count } from "drizzle-orm";
import { readCatalogFile } from "@/lib/forms/catalog-file";
import { ParsePool } from "@/lib/forms/parse-pool";
import { runQueue, UPLOAD_CONCURRENCY } from "@/lib/forms/upload-queue";
import { isUploadRefusal } from "@/lib/forms/upload-decisions";
import { isTemplateError } from "@/lib/templates/errors";
import { openDb } from "@/db/client";
import { registerTemplate } from "@/db/queries/register-template";
import { formFields, forms, type Department } from "@/db/schema";
import { DEMO_DEPARTMENTS } from "@/db/seed/demo-data";
import { seedDepartment, seedOrgTree, seedUser } from "@/db/seed/factories";

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const shared = path.resolve(import.meta.dirname, "../../shared/bench/dedup-dev");
const folder = opt("--folder", path.join(shared, "forms"));
const catalogPath = opt("--catalog", path.join(shared, "报表清单.xlsx"));
const repeat = Number(opt("--repeat", "10"));
const concurrency = Number(opt("--concurrency", String(UPLOAD_CONCURRENCY)));
const backend = opt("--backend", "pglite");

async function listTemplates(root: string, dir = root): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listTemplates(root, full)));
    else if (/\.xlsx$/i.test(entry.name) && !entry.name.startsWith("~$")) out.push(path.relative(root, full).split(path.sep).join("/"));
  }
  return out.sort();
}

// Setup (not timed): a district with the demo departments plus every department the catalog names.
const serverUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const scratch = `oneform_bench_upload_${process.pid}`;
let dropScratch = async () => {};
if (backend === "postgres") {
  const { default: postgres } = await import("postgres");
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${scratch}`);
  dropScratch = async () => {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
    await admin.end();
  };
}
const scratchUrl = () => {
  const u = new URL(serverUrl);
  u.pathname = `/${scratch}`;
  return u.toString();
};
const handle = await openDb(backend === "postgres" ? { url: scratchUrl() } : { dataDir: "memory" });
const db = handle.db;
const tree = await seedOrgTree(db, { towns: 1, villages: 1 });
const catalog = { name: path.basename(catalogPath), bytes: await readFile(catalogPath) };
const names = new Set([...DEMO_DEPARTMENTS, ...(await readCatalogFile(catalog.bytes, catalog.name)).map((e) => e.department).filter((d): d is string => !!d)]);
const departments: Department[] = [];
for (const name of names) departments.push(await seedDepartment(db, { district: tree.district, name }));
const admin = await seedUser(db, { role: "admin", orgUnit: tree.city });
const rels = await listTemplates(folder);
const buffers = await Promise.all(rels.map((r) => readFile(path.join(folder, r))));
const jobs = Array.from({ length: repeat }, (_, copy) => rels.map((rel, i) => ({ name: `copy${copy}/${rel}`, bytes: buffers[i] }))).flat();

// The server's pool as the route uses it (sharedParsePool: two workers), whatever the number of uploads at a time.
const pool = new ParsePool();
const t0 = performance.now();
let stored = 0;
let refused = 0;
let reports = 0;
let maxInFlight = 0;
await runQueue(
  jobs,
  async (job) => {
    try {
      await registerTemplate(db, {
        actor: { userId: admin.id, districtId: tree.district.id },
        uploader: { role: "admin" },
        districtId: tree.district.id,
        departments: departments.map((d) => ({ id: d.id, name: d.name })),
        file: { name: job.name, bytes: job.bytes, relativePath: job.name },
        catalog,
        parse: (buffer, name, options) => pool.parse(buffer, name, options),
      });
      stored++;
    } catch (error) {
      if (!isTemplateError(error) && !isUploadRefusal(error)) throw error;
      refused++;
    }
  },
  {
    concurrency,
    name: (job) => job.name,
    onProgress: (p) => {
      reports++;
      maxInFlight = Math.max(maxInFlight, p.current.length);
    },
  },
);
const ms = Math.round(performance.now() - t0);
const [[formCount], [fieldCount]] = await Promise.all([db.select({ n: count() }).from(forms), db.select({ n: count() }).from(formFields)]);
await pool.close();
await handle.close();
await dropScratch();
console.log(
  JSON.stringify({
    name: "parse-store-600",
    n: stored,
    refused,
    forms: formCount.n,
    fields: fieldCount.n,
    concurrency,
    backend,
    progressReports: reports,
    maxInFlight,
    ms,
    perFileMs: Math.round((ms / jobs.length) * 10) / 10,
    loadAvg: Math.round(os.loadavg()[0] * 10) / 10,
    rssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    node: process.version,
    cpu: `${os.cpus()[0]?.model ?? "unknown"} x${os.cpus().length}`,
    date: new Date().toISOString(),
  }),
);
