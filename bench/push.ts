/**
 * bench:push — 数据回流.
 *   1. share: the demo (seedDemo: forms through the real parser and matcher, a year of history, every
 *      department's push of this month) on a throwaway database; prints the share of the roster and stock
 *      items of 团山湖村's one form (and the other villages') that the pushes prefill.
 *   2. speed: a district of 500 villages, a department roster form, 10,000 resident rows (20 per village,
 *      valid 公民身份号码, 3 values each) through applyDepartmentPush: the dry run, the first push (every
 *      resident new: registered and listed) and a second push over it (conflicts counted, nothing of the
 *      villages' written: cadres have corrected one resident in ten in between).
 * Backend: PostgreSQL (BENCH_PG_URL, default postgres://postgres@127.0.0.1:5432/postgres), or BENCH_BACKEND=pglite
 * for an in-memory PGlite. Prints one JSON line per measurement.
 */
import os from "node:os";
import postgres from "postgres";
import { eq, sql } from "drizzle-orm";
import { pushedShare, type ResidentRow } from "@/lib/data-push";
import { buildWorkbook } from "@/lib/templates/test-fixtures";
import { periodKeyOf } from "@/lib/periods";
import { openDb, type DbHandle } from "@/db/client";
import { applyDepartmentPush } from "@/db/queries/data-push";
import { getOneFormScope, loadOneForm } from "@/db/queries/one-form";
import { listDistrictVillages } from "@/db/queries/data-push";
import { orgUnits } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { DEMO_ACCOUNTS } from "@/db/seed/demo-data";
import { demoIdNumber, seedFormFromTemplate } from "@/db/seed/demo-export";
import { seedDepartment, seedOrgTree } from "@/db/seed/factories";

const ADMIN_URL = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const backend = process.env.BENCH_BACKEND === "pglite" ? "pglite" : "postgres";
const PERIOD = periodKeyOf(new Date(), "month");

const line = (record: Record<string, unknown>) =>
  console.log(JSON.stringify({ ...record, backend, rssMB: Math.round(process.memoryUsage().rss / 2 ** 20), node: process.version, cpu: os.cpus()[0]?.model, cores: os.cpus().length, date: new Date().toISOString().slice(0, 10) }));

async function open(): Promise<{ handle: DbHandle; drop: () => Promise<void> }> {
  if (backend === "pglite") {
    const handle = await openDb({ dataDir: "memory" });
    return { handle, drop: async () => {} };
  }
  const name = `oneform_bench_push_${process.pid}`;
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const handle = await openDb({ url: ADMIN_URL.replace(/\/[^/]*$/, `/${name}`) });
  return {
    handle,
    drop: async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

const { handle, drop } = await open();
try {
  const db = handle.db;

  // 1. The demo's prefilled share.
  let t = performance.now();
  await seedDemo(db);
  const seedMs = Math.round(performance.now() - t);
  const cadre = DEMO_ACCOUNTS.find((a) => a.username === "cadre")!;
  const [demoVillage] = await db.select().from(orgUnits).where(eq(orgUnits.divisionCode, cadre.unit));
  const shares: { name: string; filled: number; total: number }[] = [];
  for (const v of await listDistrictVillages(db, { districtId: (await getOneFormScope(db, { orgUnitId: demoVillage.id }))!.districtId })) {
    const scope = (await getOneFormScope(db, { orgUnitId: v.id }))!;
    const { view } = await loadOneForm(db, { scope, periodKey: PERIOD });
    shares.push({ name: v.name, ...pushedShare(view) });
  }
  const demo = shares.find((s) => s.name === demoVillage.name)!;
  const pct = (s: { filled: number; total: number }) => Math.round((s.filled / Math.max(1, s.total)) * 1000) / 10;
  const sorted = shares.map(pct).sort((a, b) => a - b);
  line({ name: "push:demo-share", village: demoVillage.name, period: PERIOD, prefilled: demo.filled, items: demo.total, sharePct: pct(demo), villages: shares.length, minSharePct: sorted[0], medianSharePct: sorted[Math.floor(sorted.length / 2)], seedMs });

  // 2. 10,000 resident rows for 500 villages.
  const tree = await seedOrgTree(db, { towns: 25, villages: 20 });
  const dept = await seedDepartment(db, { district: tree.district, name: "区残联" });
  const bytes = await buildWorkbook([{ name: "Sheet1", rows: [["残疾人基本情况名册"], ["序号", "姓名", "公民身份号码", "残疾等级", "家庭人口数", "补贴金额（元）"], [null]] }]);
  const form = await seedFormFromTemplate(db, { district: tree.district, department: dept, name: "残疾人基本情况名册.xlsx", bytes });
  const [grade, size, amount] = ["残疾等级", "家庭人口数", "补贴金额（元）"].map((label) => form.elementOf[label]!);
  const villages = tree.villages.flat();
  const rows = (bump: number): ResidentRow[] =>
    villages.flatMap((v, vi) =>
      Array.from({ length: 20 }, (_, i) => {
        const n = vi * 20 + i;
        return { row: n + 2, village: v.divisionCode, idNumber: demoIdNumber(`19${50 + Math.floor(n / 999)}-0${1 + (n % 9)}-15`, 1 + (n % 999)), name: `居民${n}`, values: { [grade]: ["一级", "二级", "三级", "四级"][n % 4], [size]: 1 + (n % 5), [amount]: 100 + ((n * 7 + bump) % 900) } };
      }),
    );
  const input = (bump: number, dryRun: boolean) => ({ departmentId: dept.id, districtId: tree.district.id, periodKey: PERIOD, kind: "residents" as const, formId: form.form.id, rows: rows(bump), dryRun });
  const actor = { userId: null, districtId: tree.district.id };
  const time = async (label: string, bump: number, dryRun: boolean) => {
    const i = input(bump, dryRun);
    t = performance.now();
    const report = await applyDepartmentPush(db, actor, i);
    line({ name: `push:${label}`, rows: i.rows.length, villages: report.villages.length, validRows: report.validRows, values: report.totals.values, prefill: report.totals.prefill, same: report.totals.same, conflict: report.totals.conflict, newResidents: report.totals.newResidents, ms: Math.round(performance.now() - t) });
  };
  await time("10k-residents-dry-run", 0, true);
  await time("10k-residents-first", 0, false);
  // Cadres correct one resident in ten (their own values, source entered) before the department pushes again.
  await db.execute(sql`
    insert into person_values (person_id, element_id, district_id, value, source)
    select p.id, ${size}::uuid, p.district_id, to_jsonb(9), 'entered' from persons p where p.district_id = ${tree.district.id} and right(p.id_number, 1) in ('3')`);
  await time("10k-residents-second", 0, false);
} finally {
  await handle.close();
  await drop();
}
