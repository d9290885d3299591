/**
 * `npm run bench:retirement`: the retirement review's database path for a district of 600 forms (~20k fields,
 * 500 villages) on an in-memory PGlite: the analysis that stores the queue (first run inserts, second run
 * updates in place), one retire decision (which re-checks coverage and refreshes the queue in the same
 * transaction) and its revert. Prints one JSON line.
 */
import os from "node:os";
import { sql } from "drizzle-orm";
import { FREQUENCIES } from "@/lib/domain";
import { openDb } from "@/db/client";
import { decideRetirement, revertRetirementDecision, runRetirementAnalysis } from "@/db/queries/retirement";
import { listRetirementQueue } from "@/db/queries/retirement-reads";
import { elements, type Department } from "@/db/schema";
import { seedDepartment, seedForm, seedOrgTree } from "@/db/seed/factories";
import type { Db } from "@/db/types";

const FORMS = 600;
const FIELDS = 33;
const ELEMENTS = 2500;
const actor = { userId: null };

/** Deterministic pseudo-random numbers (mulberry32). */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function time<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await fn();
  return { ms: Math.round(performance.now() - started), value };
}

/** 600 forms whose fields draw on a skewed element catalog (村名 and 姓名 in most forms); a fifth are subsets of another form. */
async function seedDistrict(db: Db) {
  const random = prng(20261122);
  const tree = await seedOrgTree(db, { towns: 20, villages: 25 });
  const departments: Department[] = [];
  for (let i = 0; i < 20; i++) departments.push(await seedDepartment(db, { district: tree.district, name: `部门${i + 1}` }));
  const catalog = await db
    .insert(elements)
    .values(Array.from({ length: ELEMENTS }, (_, i) => ({ districtId: tree.district.id, name: `数据元${i}`, type: "integer" as const, scope: "unit" as const, aggregation: i % 3 === 0 ? ("flow" as const) : ("stock" as const) })))
    .returning({ id: elements.id });
  const pick = () => catalog[Math.floor(ELEMENTS * random() ** 2.2)].id;
  const chosen: string[][] = [];
  for (let f = 0; f < FORMS; f++) {
    const base = f > 20 && random() < 0.2 ? chosen[Math.floor(random() * f)] : null;
    const ids = base ? base.filter(() => random() < 0.85) : Array.from({ length: FIELDS }, pick);
    chosen.push(ids);
    const frequency = FREQUENCIES[Math.min(6, Math.floor(random() * 6))];
    const form = await seedForm(db, { district: tree.district, department: departments[f % departments.length], title: `报表${f + 1}`, frequency, kind: "aggregate", fields: ids.map((_, i) => ({ label: `指标${i + 1}`, type: "integer" })) });
    const values = sql.join(ids.map((id, i) => sql`(${`Sheet1!${String.fromCharCode(66 + (i % 24))}${2 + Math.floor(i / 24)}`}, ${id}::uuid)`), sql`, `);
    await db.execute(sql`update form_fields as f set element_id = v.element_id from (values ${values}) as v(ref, element_id) where f.form_id = ${form.id}::uuid and f.ref = v.ref`);
  }
  return { tree, fields: chosen.reduce((n, ids) => n + ids.length, 0) };
}

async function main() {
  const handle = await openDb({ dataDir: "memory" });
  try {
    const db = handle.db;
    const seeded = await time(() => seedDistrict(db));
    const districtId = seeded.value.tree.district.id;
    const first = await time(() => runRetirementAnalysis(db, { districtId, actor }));
    const second = await time(() => runRetirementAnalysis(db, { districtId, actor }));
    const queue = await time(() => listRetirementQueue(db, { districtId }));
    const target = queue.value.find((q) => q.review.analysis.recommendation === "retire")!;
    const decided = await time(() => decideRetirement(db, { reviewId: target.review.id, decision: "retire", actor }));
    const reverted = await time(() => revertRetirementDecision(db, { reviewId: target.review.id, actor }));
    const res = (await db.execute(sql`select coalesce(sum(pg_column_size(analysis)), 0)::int as bytes from retirement_reviews`)) as unknown as { rows?: { bytes: number }[] } & { bytes: number }[];
    // PGlite answers { rows }, postgres.js an array.
    const [{ bytes }] = res.rows ?? res;
    const result = {
      name: "retirement-600",
      n: FORMS,
      fields: seeded.value.fields,
      villages: 500,
      seedMs: seeded.ms,
      candidates: first.value.candidates,
      full: first.value.full,
      partial: first.value.partial,
      analyzeMs: first.ms,
      reanalyzeMs: second.ms,
      queueMs: queue.ms,
      decideMs: decided.ms,
      revertMs: reverted.ms,
      snapshotKb: Math.round(Number(bytes) / 1024),
      db: handle.kind,
      rssMB: Math.round(process.memoryUsage().rss / 1048576),
      node: process.version,
      cpu: `${os.cpus()[0]?.model ?? "unknown"} ×${os.cpus().length}`,
      date: new Date().toISOString(),
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await handle.close();
  }
}

await main();
