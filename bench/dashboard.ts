/**
 * bench:dashboard — the district dashboard on generated data.
 *   1. One district of 500 villages (25 towns × 20) with 100 forms (~8 fields each, shared elements), a
 *      year of submissions and 12 check-in tasks with monthly counts; times the rollup refresh and the
 *      queries one dashboard page runs (totals, months, departments, towns, most burdened villages),
 *      on the PostgreSQL server (throwaway database) and on PGlite.
 *   2. Province scale on the server: 40 districts × 500 villages = 20,000 villages of rollup rows
 *      (generated in SQL, then summed into burden_rollup per district), then one district's dashboard and
 *      the province-wide roll-up by district (from the village rows, and from the districts' rollup rows).
 * Prints one JSON line per measurement. BENCH_PG_URL overrides postgres://postgres@127.0.0.1:5432/postgres.
 * Backend: `npm run bench:dashboard -- pg` (server), `-- pglite` (in memory), `-- province`; all three without.
 */
import os from "node:os";
import { sql } from "drizzle-orm";
import { openDb, type DbHandle } from "@/db/client";
import { getBurdenTotals, listBurdenByChild, listBurdenByDepartment, listBurdenByMonth, listMostBurdenedUnits, refreshBurden, refreshBurdenRollup, type BurdenScope } from "@/db/queries/burden";
import { rowsOf } from "@/db/raw-rows";
import type { Db } from "@/db/types";

const ADMIN_URL = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const FROM = "2025-12";
const TO = "2026-11";
const TODAY = new Date("2026-11-22T00:00:00Z");

function line(record: Record<string, unknown>) {
  console.log(JSON.stringify({ ...record, rssMB: Math.round(process.memoryUsage().rss / 2 ** 20), node: process.version, cpu: os.cpus()[0]?.model, cores: os.cpus().length, date: new Date().toISOString().slice(0, 10) }));
}

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const r = await fn();
  return [r, Math.round((performance.now() - t) * 10) / 10];
}

/** One district in plain SQL: ids from gen_random_uuid, paths built from them. Returns its id and path. */
async function generateDistrict(db: Db, { code, towns, villagesPerTown, forms }: { code: number; towns: number; villagesPerTown: number; forms: number }) {
  const x = async (q: ReturnType<typeof sql>) => rowsOf<Record<string, string>>(await db.execute(q));
  const [city] = await x(sql`insert into org_units (level, name, division_code, path) values ('city', 'bench市', ${`${code}0100000000`}, '/') returning id`);
  await db.execute(sql`update org_units set path = '/' || id || '/' where id = ${city.id}`);
  const [district] = await x(sql`insert into org_units (parent_id, level, name, division_code, path) values (${city.id}, 'district', 'bench区', ${`${code}0102000000`}, '') returning id`);
  await db.execute(sql`update org_units set path = '/' || ${city.id} || '/' || id || '/' where id = ${district.id}`);
  const [{ path: districtPath }] = await x(sql`select path from org_units where id = ${district.id}`);
  await db.execute(sql`
    insert into org_units (parent_id, level, name, division_code, path)
    select ${district.id}::uuid, 'town', 'bench镇' || t, ${`${code}0102`} || lpad(t::text, 3, '0') || '000', '' from generate_series(1, ${towns}) t`);
  await db.execute(sql`update org_units set path = ${districtPath} || id || '/' where parent_id = ${district.id}`);
  await db.execute(sql`
    insert into org_units (parent_id, level, name, division_code, path)
    select tw.id, case when v % 5 = 0 then 'community' else 'village' end, tw.name || '第' || v || '村', left(tw.division_code, 9) || lpad((200 + v)::text, 3, '0'), ''
    from org_units tw cross join generate_series(1, ${villagesPerTown}) v where tw.parent_id = ${district.id}`);
  await db.execute(sql`update org_units v set path = t.path || v.id || '/' from org_units t where v.parent_id = t.id and t.parent_id = ${district.id}`);
  await db.execute(sql`insert into departments (district_id, name) select ${district.id}::uuid, 'bench部门' || d from generate_series(1, 21) d`);
  await db.execute(sql`insert into files (sha256, name, size, bytes) values (md5(${district.id}::text) || md5(${district.id}::text), 'bench.xlsx', 1, '\\x00'::bytea) on conflict do nothing`);
  await db.execute(sql`
    insert into elements (district_id, name, type, scope, aggregation)
    select ${district.id}::uuid, 'bench数据元' || e, 'integer', 'unit', case when e % 3 = 0 then 'stock' else 'flow' end from generate_series(1, 400) e`);
  const frequencies = ["monthly", "monthly", "monthly", "monthly", "quarterly", "quarterly", "annual", "semiannual", "weekly", "adhoc"];
  await db.execute(sql`
    insert into forms (district_id, department_id, file_id, title, sheet, frequency, layout, kind, status, definition)
    select ${district.id}::uuid, (select id from departments where district_id = ${district.id} order by name offset (f % 21) limit 1),
      (select id from files where name = 'bench.xlsx' limit 1), 'bench表' || f, 'Sheet1',
      (${`{${frequencies.join(",")}}`}::text[])[1 + f % 10], 'columns', 'aggregate', 'active', '{}'::jsonb
    from generate_series(1, ${forms}) f`);
  await db.execute(sql`
    insert into form_fields (form_id, position, ref, label, path, type, placement, element_id)
    select f.id, p, 'Sheet1!A' || p, '字段' || p, '[]'::jsonb, 'integer', '{}'::jsonb,
      (select id from elements where district_id = ${district.id} order by name offset ((abs(hashtext(f.id::text)) + p * 7) % 400) limit 1)
    from forms f cross join generate_series(1, 8) p where f.district_id = ${district.id}`);
  return { districtId: district.id, districtPath };
}

async function generateHistory(db: Db, districtId: string, districtPath: string) {
  // Submissions: every village, every form, every period of the year, ~92% sent (8% missing).
  await db.execute(sql`
    with cal as (
      select 'monthly' as frequency, to_char(d, 'YYYY-MM') as period_key, d + interval '1 month 4 days' as at from generate_series(${`${FROM}-01`}::date, ${`${TO}-01`}::date - interval '1 month', interval '1 month') d
      union all select 'quarterly', q, ${`${TO}-01`}::date - interval '2 months' from (values ('2026-Q1'), ('2026-Q2'), ('2026-Q3')) v(q)
      union all select 'weekly', to_char(d, 'IYYY-"W"IW'), d + interval '8 days' from generate_series('2025-12-01'::date, '2026-11-10'::date, interval '7 days') d
    )
    insert into submissions (org_unit_id, form_id, period_key, district_id, status, submitted_at)
    select u.id, f.id, c.period_key, ${districtId}::uuid, 'submitted', c.at
    from org_units u join forms f on f.district_id = ${districtId} join cal c on c.frequency = f.frequency
    where u.path like ${`${districtPath}%`} and u.level in ('village', 'community') and random() < 0.92
    on conflict do nothing`);
  await db.execute(sql`
    insert into checkin_tasks (district_id, department_id, app, name, frequency, required_count, start_month)
    select ${districtId}::uuid, (select id from departments where district_id = ${districtId} order by name offset (k % 21) limit 1), 'benchAPP' || (k % 9), 'bench打卡' || k,
      (array['daily','weekly','weekly','monthly'])[1 + k % 4], 1 + k % 3, '2024-01'
    from generate_series(1, 12) k`);
  await db.execute(sql`
    insert into checkin_counts (task_id, org_unit_id, month, district_id, count, source)
    select t.id, u.id, to_char(m, 'YYYY-MM'), ${districtId}::uuid, (3 + random() * 25)::int, 'imported'
    from checkin_tasks t cross join org_units u cross join generate_series(${`${FROM}-01`}::date, ${`${TO}-01`}::date, interval '1 month') m
    where t.district_id = ${districtId} and u.path like ${`${districtPath}%`} and u.level in ('village', 'community')`);
}

/** The queries one dashboard page runs, in the order it runs them; repeated to report warm timings. */
async function dashboardQueries(db: Db, scope: BurdenScope) {
  return Promise.all([getBurdenTotals(db, scope), listBurdenByMonth(db, scope), listBurdenByDepartment(db, scope), listBurdenByChild(db, scope), listMostBurdenedUnits(db, { ...scope, limit: 10 })]);
}

async function measureDistrict(handle: DbHandle, backend: string) {
  const db = handle.db;
  const [{ districtId, districtPath }, genMs] = await time(() => generateDistrict(db, { code: 43, towns: 25, villagesPerTown: 20, forms: 100 }));
  const [, histMs] = await time(() => generateHistory(db, districtId, districtPath));
  const count = async (table: string) => Number(rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from ${sql.raw(table)} where district_id = ${districtId}`))[0].n);
  line({ name: "dashboard.generate", backend, villages: 500, months: 12, forms: 100, submissions: await count("submissions"), checkinCounts: await count("checkin_counts"), ms: genMs + histMs });
  const [refresh, refreshMs] = await time(() => refreshBurden(db, { districtId, from: FROM, to: TO, today: TODAY }));
  line({ name: "dashboard.refresh-district", backend, villages: 500, months: 12, facts: refresh.rows, ms: refreshMs });
  const [oneVillage] = rowsOf<{ id: string }>(await db.execute(sql`select id from org_units where level = 'village' and path like ${`${districtPath}%`} limit 1`));
  const [, oneMs] = await time(() => refreshBurden(db, { districtId, from: FROM, to: TO, today: TODAY, orgUnitIds: [oneVillage.id] }));
  line({ name: "dashboard.refresh-one-village", backend, ms: oneMs });
  const scope: BurdenScope = { districtId, path: districtPath, from: FROM, to: TO };
  const runs: number[] = [];
  for (let i = 0; i < 6; i++) runs.push((await time(() => dashboardQueries(db, scope)))[1]);
  const [towns] = await Promise.all([listBurdenByChild(db, scope)]);
  const townScope = { ...scope, path: rowsOf<{ path: string }>(await db.execute(sql`select path from org_units where id = ${towns[0].orgUnitId}`))[0].path };
  const [, townMs] = await time(() => dashboardQueries(db, townScope));
  line({ name: "dashboard.district-page-queries", backend, villages: 500, months: 12, facts: refresh.rows, firstMs: runs[0], warmMedianMs: runs.slice(1).sort((a, b) => a - b)[2], townPageMs: townMs, target: "<500 ms" });
}

async function measureProvince(handle: DbHandle) {
  const db = handle.db;
  // 40 districts × 500 villages of rollup rows, generated straight into burden_facts (5 million rows).
  const [, genMs] = await time(async () => {
    await db.execute(sql`insert into org_units (level, name, division_code, path) values ('city', 'bench省', '990000000000', '/') `);
    await db.execute(sql`update org_units set path = '/' || id || '/' where division_code = '990000000000'`);
    await db.execute(sql`
      insert into org_units (parent_id, level, name, division_code, path)
      select (select id from org_units where division_code = '990000000000'), 'district', 'bench县' || d, '99' || lpad(d::text, 4, '0') || '000000', '' from generate_series(1, 40) d`);
    await db.execute(sql`update org_units o set path = p.path || o.id || '/' from org_units p where o.parent_id = p.id and p.division_code = '990000000000'`);
    await db.execute(sql`
      insert into org_units (parent_id, level, name, division_code, path)
      select d.id, 'town', d.name || '镇' || t, left(d.division_code, 6) || lpad(t::text, 3, '0') || '000', '' from org_units d cross join generate_series(1, 25) t where d.division_code like '99%' and d.level = 'district'`);
    await db.execute(sql`update org_units o set path = p.path || o.id || '/' from org_units p where o.parent_id = p.id and p.level = 'district' and p.division_code like '99%'`);
    await db.execute(sql`
      insert into org_units (parent_id, level, name, division_code, path)
      select t.id, 'village', t.name || '村' || v, left(t.division_code, 9) || lpad((200 + v)::text, 3, '0'), '' from org_units t cross join generate_series(1, 20) v where t.division_code like '99%' and t.level = 'town'`);
    await db.execute(sql`update org_units o set path = p.path || o.id || '/' from org_units p where o.parent_id = p.id and p.level = 'town' and p.division_code like '99%'`);
    await db.execute(sql`insert into departments (district_id, name) select d.id, 'bench部门' || k from org_units d cross join generate_series(1, 21) k where d.level = 'district' and d.division_code like '99%'`);
    await db.execute(sql`
      insert into burden_facts (district_id, org_unit_id, path, month, department_id, forms_before, forms_after, entries_before, entries_after,
        entries_prefilled, checkins_required, checkins_done, reports_due, reports_on_time, reports_late, reports_missing, minutes_before, minutes_after)
      select d.id, v.id, v.path, to_char(m, 'YYYY-MM'), dep.id, 5, 4, 40 + (random() * 30)::int, 25 + (random() * 10)::int, 8, (random() * 40)::int, (random() * 38)::int,
        4, 3, 1, 0, 30 + random() * 30, 20 + random() * 15
      from org_units v join org_units t on t.id = v.parent_id join org_units d on d.id = t.parent_id
      cross join generate_series(${`${FROM}-01`}::date, ${`${TO}-01`}::date, interval '1 month') m
      join departments dep on dep.district_id = d.id
      where v.level = 'village' and v.division_code like '99%'`);
    const districts = rowsOf<{ id: string }>(await db.execute(sql`select id from org_units where level = 'district' and division_code like '99%'`));
    for (const { id } of districts) await refreshBurdenRollup(db, { districtId: id, from: FROM, to: TO });
    await db.execute(sql`analyze burden_facts`);
    await db.execute(sql`analyze burden_rollup`);
  });
  const facts = Number(rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from burden_facts where path like (select path from org_units where division_code = '990000000000') || '%'`))[0].n);
  line({ name: "dashboard.province-generate", backend: "postgres", villages: 20_000, facts, ms: genMs });
  const [d] = rowsOf<{ id: string; path: string }>(await db.execute(sql`select id, path from org_units where division_code = '990001000000'`));
  const scope: BurdenScope = { districtId: d.id, path: d.path, from: FROM, to: TO };
  const runs: number[] = [];
  for (let i = 0; i < 4; i++) runs.push((await time(() => dashboardQueries(db, scope)))[1]);
  line({ name: "dashboard.province-one-district-page", backend: "postgres", villages: 500, factsInTable: facts, firstMs: runs[0], warmMedianMs: runs.slice(1).sort((a, b) => a - b)[1] });
  const [province] = rowsOf<{ path: string }>(await db.execute(sql`select path from org_units where division_code = '990000000000'`));
  // Province-wide roll-up by district straight from the village rows (no per-district pre-aggregation).
  const runsP: number[] = [];
  for (let i = 0; i < 3; i++) {
    runsP.push(
      (
        await time(() =>
          db.execute(sql`select district_id, sum(entries_before), sum(entries_after), sum(checkins_required), sum(minutes_after) from burden_facts
            where path like ${`${province.path}%`} and month between ${FROM} and ${TO} group by district_id`),
        )
      )[1],
    );
  }
  line({ name: "dashboard.province-rollup-by-district", backend: "postgres", villages: 20_000, facts, firstMs: runsP[0], warmMedianMs: runsP.sort((a, b) => a - b)[1] });
  // The same from the districts' own rows in burden_rollup (40 × 12 months, all departments).
  const runsR: number[] = [];
  for (let i = 0; i < 3; i++) {
    runsR.push(
      (
        await time(() =>
          db.execute(sql`select district_id, sum(entries_before), sum(entries_after), sum(checkins_required), sum(minutes_after) from burden_rollup
            where parent_id = (select id from org_units where path = ${province.path}) and department_id is null and month between ${FROM} and ${TO}
            group by district_id`),
        )
      )[1],
    );
  }
  line({ name: "dashboard.province-rollup-by-district-from-rollup", backend: "postgres", districts: 40, firstMs: runsR[0], warmMedianMs: runsR.sort((a, b) => a - b)[1] });
}

async function withServerDb(fn: (handle: DbHandle) => Promise<void>) {
  const { default: postgres } = await import("postgres");
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  const name = `oneform_bench_dashboard_${process.pid}`;
  await admin.unsafe(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const handle = await openDb({ url: url.toString() });
  try {
    await fn(handle);
  } finally {
    await handle.close();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

const only = process.argv[2];
if (!only || only === "pg") await withServerDb((h) => measureDistrict(h, "postgres"));
if (!only || only === "pglite") {
  const handle = await openDb({ dataDir: "memory" });
  try {
    await measureDistrict(handle, "pglite");
  } finally {
    await handle.close();
  }
}
if (!only || only === "province") await withServerDb(measureProvince);
