/**
 * bench:one-form-review — the review list and review steps of a district of 500 villages (25 towns × 20).
 * Every village has submitted its one form of the month (30 forms each, their submissions rows) on an
 * in-memory PGlite (`-- pglite`, default) or a throwaway database on the PostgreSQL server (`-- pg`).
 * Times: the district's list (500 rows with the changed-since-submit check), one town's list (20 rows),
 * then 100 town approvals and 100 returns through decideReview (each one transaction with its audit row).
 * Prints one JSON line per measurement. BENCH_PG_URL overrides postgres://postgres@127.0.0.1:5432/postgres.
 */
import os from "node:os";
import { sql } from "drizzle-orm";
import { openDb, type DbHandle } from "@/db/client";
import { getOneFormScope } from "@/db/queries/one-form";
import { decideReview, listReviews } from "@/db/queries/reviews";
import { seedDepartment, seedOrgTree } from "@/db/seed/factories";
import type { Db } from "@/db/types";

const ADMIN_URL = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const PERIOD = "2026-11";
const FORMS = 30;

function line(record: Record<string, unknown>) {
  console.log(JSON.stringify({ ...record, rssMB: Math.round(process.memoryUsage().rss / 2 ** 20), node: process.version, cpu: os.cpus()[0]?.model, cores: os.cpus().length, date: new Date().toISOString().slice(0, 10) }));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (ms: number) => Math.round(ms * 10) / 10;

async function timesOf(n: number, fn: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

async function run(db: Db, backend: string) {
  const tree = await seedOrgTree(db, { towns: 25, villages: 20 });
  const department = await seedDepartment(db, { district: tree.district, name: "bench部门" });
  // Forms straight in SQL (the review reads only their ids): one file row, FORMS monthly forms.
  await db.execute(sql`insert into files (sha256, name, size, bytes) values (md5('review-bench') || md5('review-bench'), 'bench.xlsx', 1, '\\x00'::bytea) on conflict do nothing`);
  await db.execute(sql`
    insert into forms (district_id, department_id, file_id, title, sheet, frequency, layout, kind, status, definition)
    select ${tree.district.id}::uuid, ${department.id}::uuid, (select id from files where name = 'bench.xlsx' limit 1), 'bench表' || f, 'Sheet1', 'monthly', 'columns', 'aggregate', 'active', '{}'::jsonb
    from generate_series(1, ${FORMS}) f`);
  const villages = tree.villages.flat();
  await db.execute(sql`
    insert into submissions (org_unit_id, form_id, period_key, district_id, status, submitted_at)
    select v.id, f.id, ${PERIOD}, ${tree.district.id}::uuid, 'submitted', now()
    from org_units v cross join forms f where v.parent_id in (select id from org_units where parent_id = ${tree.district.id}) and f.district_id = ${tree.district.id}`);
  await db.execute(sql`
    insert into one_form_reviews (org_unit_id, period_key, district_id, town_id, status, forms, submitted_at)
    select v.id, ${PERIOD}, ${tree.district.id}::uuid, v.parent_id, 'submitted',
      (select jsonb_agg(jsonb_build_object('formId', f.id, 'periodKey', ${PERIOD}::text) order by f.title) from forms f where f.district_id = ${tree.district.id}), now()
    from org_units v where v.parent_id in (select id from org_units where parent_id = ${tree.district.id})`);

  await listReviews(db, { path: tree.district.path, periodKey: PERIOD }); // warm-up
  const districtList = await timesOf(20, () => listReviews(db, { path: tree.district.path, periodKey: PERIOD }));
  line({ name: "review-list-district", backend, villages: villages.length, forms: FORMS, runs: 20, p50Ms: round(median(districtList)), maxMs: round(Math.max(...districtList)) });
  const townList = await timesOf(20, () => listReviews(db, { path: tree.towns[3].path, periodKey: PERIOD }));
  line({ name: "review-list-town", backend, villages: 20, forms: FORMS, runs: 20, p50Ms: round(median(townList)), maxMs: round(Math.max(...townList)) });

  const scopes = await Promise.all(villages.slice(0, 200).map((v) => getOneFormScope(db, { orgUnitId: v.id })));
  const actor = { userId: null };
  const step = (i: number, stepName: "approve" | "return") => decideReview(db, actor, { scope: scopes[i]!, periodKey: PERIOD, level: "town", step: stepName, version: 1, reason: "请核对", items: [] });
  let i = 0;
  const approvals = await timesOf(100, () => step(i++, "approve"));
  line({ name: "review-town-approve", backend, n: 100, formsLocked: FORMS, p50Ms: round(median(approvals)), totalMs: Math.round(approvals.reduce((a, b) => a + b, 0)) });
  const returns = await timesOf(100, () => step(i++, "return"));
  // A return also refreshes the village's burden rollup when the district has one (none here: that cost is bench:dashboard's).
  line({ name: "review-town-return", backend, n: 100, p50Ms: round(median(returns)), totalMs: Math.round(returns.reduce((a, b) => a + b, 0)) });
}

async function main() {
  const which = process.argv[2] ?? "pglite";
  if (which === "pg") {
    const { default: postgres } = await import("postgres");
    const name = `oneform_review_bench_${process.pid}`;
    const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    let handle: DbHandle | undefined;
    try {
      const url = new URL(ADMIN_URL);
      url.pathname = `/${name}`;
      handle = await openDb({ url: url.toString() });
      await run(handle.db, "postgres");
    } finally {
      await handle?.close();
      await admin.unsafe(`drop database if exists ${name}`);
      await admin.end();
    }
  } else {
    const handle = await openDb({ dataDir: "memory" });
    try {
      await run(handle.db, "pglite");
    } finally {
      await handle.close();
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
