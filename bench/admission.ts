/**
 * bench:admission — the admission page for a 100-field template in the demo district (望城区: 31 villages, 100+
 * admitted forms). A 区民政局 draft of 100 fields (40 labels the district's elements already have, 60 new ones)
 * is submitted once (classification: one matcher run over the district, timed), then the page's reads
 * (request + getAdmissionReview: load, department load, duplicates, legal marks) run 40 times after 5 warm-ups.
 * With BENCH_DIST=<next build folder>: `next start` on the same database and GET /admission/<id> as the
 * district official (server rendering included), 40 requests after 5 warm-ups. PGlite in memory by default;
 * BENCH_PG_URL=postgres://… runs on a throwaway database of that server. Prints one JSON line per measurement.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import postgres from "postgres";
import { SESSION_COOKIE } from "@/lib/auth/session-token";
import { openDb } from "@/db/client";
import { getAdmissionRequestById, submitAdmission } from "@/db/queries/admission";
import { getAdmissionReview } from "@/db/queries/admission-reads";
import { departments, elements, orgUnits, users } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { seedForm } from "@/db/seed/factories";
import { sessionFor } from "./one-form-seed";

const RUNS = 40;
const stats = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number) => Math.round(s[Math.min(s.length - 1, Math.floor(p * s.length))] * 10) / 10;
  return { p50: q(0.5), p95: q(0.95), max: q(1) };
};
const line = (record: Record<string, unknown>) =>
  console.log(JSON.stringify({ ...record, rssMB: Math.round(process.memoryUsage().rss / 2 ** 20), node: process.version, cpu: os.cpus()[0]?.model, cores: os.cpus().length, load: os.loadavg().map((l) => Math.round(l * 10) / 10), date: new Date().toISOString().slice(0, 10) }));

const pgUrl = process.env.BENCH_PG_URL;
const name = `oneform_bench_admission_${process.pid}`;
const admin = pgUrl ? postgres(pgUrl, { max: 1, onnotice: () => {} }) : null;
if (admin) await admin.unsafe(`CREATE DATABASE ${name}`);
const url = pgUrl ? pgUrl.replace(/\/[^/]*$/, `/${name}`) : undefined;
const dataDir = pgUrl ? undefined : path.join(os.tmpdir(), `oneform-bench-admission-${process.pid}`);
const handle = await openDb(url ? { url } : { dataDir: process.env.BENCH_DIST ? dataDir : "memory" });
try {
  const db = handle.db;
  const t0 = performance.now();
  await seedDemo(db);
  const seedMs = Math.round(performance.now() - t0);
  const [district] = await db.select().from(orgUnits).where(eq(orgUnits.level, "district"));
  const [minzheng] = await db.select().from(departments).where(eq(departments.name, "区民政局"));
  const known = (await db.select({ name: elements.name, type: elements.type }).from(elements).where(eq(elements.districtId, district.id)).orderBy(elements.name)).filter((e) => e.type === "integer").slice(0, 40);
  const fields = [...known.map((e) => ({ label: e.name, type: e.type })), ...Array.from({ length: 100 - known.length }, (_, i) => ({ label: `专项调查第${i + 1}项完成户数`, type: "integer" as const }))];
  const draft = await seedForm(db, { district, department: minzheng, title: "区民政局专项调查月报", kind: "aggregate", status: "draft", fields });
  const [official] = await db.select().from(users).where(eq(users.username, "district"));
  const t1 = performance.now();
  const request = await submitAdmission(db, { userId: official.id }, { formId: draft.id });
  const submitMs = Math.round(performance.now() - t1);
  const counts = { existing: 0, new: 0, uncertain: 0 };
  for (const f of request.analysis.fields) counts[f.class]++;
  const times: number[] = [];
  for (let i = 0; i < RUNS + 5; i++) {
    const t = performance.now();
    const r = (await getAdmissionRequestById(db, { id: request.id }))!;
    await getAdmissionReview(db, { request: r, today: "2026-12-02" });
    if (i >= 5) times.push(performance.now() - t);
  }
  line({ name: "admission-page:reads", backend: url ? "postgres" : "pglite", fields: fields.length, ...counts, seedMs, submitMs, runs: RUNS, ...stats(times) });

  if (process.env.BENCH_DIST) {
    const token = await sessionFor(db, official.id);
    await handle.close();
    const port = await freePort();
    const env = { ...process.env, DATABASE_URL: url ?? "", PGLITE_DIR: dataDir ?? "", NEXT_DIST_DIR: process.env.BENCH_DIST, NODE_ENV: "production" as const };
    const server = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(port)], { env, stdio: "ignore", detached: true });
    try {
      const pageUrl = `http://127.0.0.1:${port}/admission/${request.id}`;
      await waitFor(`http://127.0.0.1:${port}/login`);
      const http: number[] = [];
      for (let i = 0; i < RUNS + 5; i++) {
        const t = performance.now();
        const response = await fetch(pageUrl, { headers: { cookie: `${SESSION_COOKIE}=${token}` }, redirect: "manual" });
        const body = await response.text();
        if (response.status !== 200 || !body.includes("区民政局专项调查月报")) throw new Error(`page answered ${response.status}`);
        if (i >= 5) http.push(performance.now() - t);
      }
      line({ name: "admission-page:http", backend: url ? "postgres" : "pglite", fields: fields.length, runs: RUNS, ...stats(http) });
    } finally {
      process.kill(-server.pid!, "SIGTERM");
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
} finally {
  await handle.close().catch(() => {});
  if (dataDir) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(`${dataDir}.lock`, { force: true });
  }
  if (admin) {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

async function waitFor(target: string) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(target)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${target} did not answer`);
}
