/**
 * bench:one-form-page — the one form of a village with 300 unit elements (12 forms, fields shared between
 * forms, derived nothing), 2 rosters of 60 residents, last period stored and half of this period.
 *   1. in process: loadOneForm (every query the page runs + assembling sections, rosters, progress) on the
 *      PostgreSQL server (throwaway database), 40 runs after 5 warm-up runs;
 *   2. with BENCH_DIST=<next build folder>: `next start` on that build and the same database, GET of the
 *      page as the village's cadre (server rendering included), 40 requests after 5 warm-up requests.
 * Prints one JSON line per measurement. BENCH_PG_URL overrides postgres://postgres@127.0.0.1:5432/postgres.
 */
import { spawn } from "node:child_process";
import net from "node:net";
import os from "node:os";
import postgres from "postgres";
import { SESSION_COOKIE } from "@/lib/auth/session-token";
import { openDb } from "@/db/client";
import { getOneFormScope, loadOneForm } from "@/db/queries/one-form";
import { seedOneFormDistrict, seedUser, seedVillageValues, sessionFor, unitElementIds } from "./one-form-seed";

const ADMIN_URL = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const PERIOD = "2026-12"; // quarterly forms fall due too
const RUNS = 40;

const stats = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number) => Math.round(s[Math.min(s.length - 1, Math.floor(p * s.length))] * 10) / 10;
  return { p50: q(0.5), p95: q(0.95), max: q(1) };
};
const line = (record: Record<string, unknown>) =>
  console.log(JSON.stringify({ ...record, rssMB: Math.round(process.memoryUsage().rss / 2 ** 20), node: process.version, cpu: os.cpus()[0]?.model, cores: os.cpus().length, date: new Date().toISOString().slice(0, 10) }));

const name = `oneform_bench_page_${process.pid}`;
const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
await admin.unsafe(`CREATE DATABASE ${name}`);
const url = ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
const handle = await openDb({ url });
try {
  const db = handle.db;
  const t0 = performance.now();
  const seeded = await seedOneFormDistrict(db, { towns: 1, villages: 2, elementCount: 300, forms: 12 });
  const village = seeded.tree.villages[0][0];
  await seedVillageValues(db, { orgUnitId: village.id, districtId: seeded.district.id, elementIds: await unitElementIds(db, seeded.district.id), period: PERIOD, previous: "2026-11", share: 0.5, residents: 60, rosterIds: seeded.rosters.map((r) => r.id), personElementIds: seeded.personElementIds });
  const seedMs = Math.round(performance.now() - t0);
  const scope = (await getOneFormScope(db, { orgUnitId: village.id }))!;
  let view;
  const times: number[] = [];
  for (let i = 0; i < RUNS + 5; i++) {
    const t = performance.now();
    view = (await loadOneForm(db, { scope, periodKey: PERIOD })).view;
    if (i >= 5) times.push(performance.now() - t);
  }
  line({ name: "one-form-page:load", backend: "postgres", elements: view!.burden.due, fieldsBeforeMerge: view!.burden.before, forms: view!.forms.length, residents: view!.rosters.reduce((n, r) => n + r.rows.length, 0), runs: RUNS, seedMs, ...stats(times) });

  if (process.env.BENCH_DIST) {
    const cadre = await seedUser(db, { role: "village_cadre", orgUnit: village });
    const token = await sessionFor(db, cadre.id);
    const port = await freePort();
    const server = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(port)], { env: { ...process.env, DATABASE_URL: url, NEXT_DIST_DIR: process.env.BENCH_DIST, NODE_ENV: "production" }, stdio: "ignore", detached: true });
    try {
      const pageUrl = `http://127.0.0.1:${port}/one-form/${village.id}/${PERIOD}`;
      await waitFor(`http://127.0.0.1:${port}/login`);
      const http: number[] = [];
      let size = 0;
      for (let i = 0; i < RUNS + 5; i++) {
        const t = performance.now();
        const response = await fetch(pageUrl, { headers: { cookie: `${SESSION_COOKIE}=${token}` }, redirect: "manual" });
        const body = await response.text();
        if (response.status !== 200 || !body.includes("本期需填")) throw new Error(`page answered ${response.status}`);
        size = body.length;
        if (i >= 5) http.push(performance.now() - t);
      }
      line({ name: "one-form-page:http", backend: "postgres", elements: view!.burden.due, runs: RUNS, htmlKB: Math.round(size / 1024), ...stats(http) });
    } finally {
      process.kill(-server.pid!, "SIGTERM");
    }
  }
} finally {
  await handle.close();
  await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
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
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(target)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("next start did not answer");
}
