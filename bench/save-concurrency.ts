/**
 * bench:save-concurrency — saving one-form sections from 200 villages at once, on the PostgreSQL server.
 * Each village has two cadres (two sessions) on the same section: the first saves it SAVES times, the
 * second once at a random moment (so some saves collide and must be refused), each re-reading the
 * versions after a refusal; a random pause of 0–THINK_MS comes before each save (THINK_MS=0: all at once).
 * Every save runs the server action's code path without Next's plumbing: session lookup → zod input →
 * village scope → can() → saveOneFormSection (validation, optimistic concurrency, audit row).
 * Afterwards the rows are counted: for every village the stored version must equal the number of
 * acknowledged saves, the value must be the last acknowledged one, and there must be one audit row per
 * acknowledged save — a lost write breaks one of the three.
 * Prints one JSON line. BENCH_PG_URL overrides postgres://postgres@127.0.0.1:5432/postgres.
 */
import os from "node:os";
import { and, count, eq, inArray } from "drizzle-orm";
import postgres from "postgres";
import { can } from "@/lib/auth/permissions";
import { hashSessionToken } from "@/lib/auth/session-token";
import { isAppError } from "@/lib/errors";
import { saveSectionInput } from "@/lib/schemas/one-form";
import { openDb } from "@/db/client";
import { getOneFormScope, loadOneForm, saveOneFormSection } from "@/db/queries/one-form";
import { getSessionUser } from "@/db/queries/sessions";
import { auditLog, values } from "@/db/schema";
import type { Db } from "@/db/types";
import { seedOneFormDistrict, seedUser, sessionFor } from "./one-form-seed";

const ADMIN_URL = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const VILLAGES = Number(process.env.VILLAGES ?? 200);
const SAVES = Number(process.env.SAVES ?? 5);
const THINK_MS = Number(process.env.THINK_MS ?? 2000);
const PERIOD = "2026-11";

const name = `oneform_bench_save_${process.pid}`;
const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
await admin.unsafe(`CREATE DATABASE ${name}`);
const handle = await openDb({ url: ADMIN_URL.replace(/\/[^/]*$/, `/${name}`) });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

try {
  const db = handle.db;
  const seeded = await seedOneFormDistrict(db, { towns: Math.ceil(VILLAGES / 20), villages: 20, elementCount: 120, forms: 6 });
  const villages = seeded.tree.villages.flat().slice(0, VILLAGES);
  const sessions: { village: (typeof villages)[number]; k: number; token: string }[] = [];
  for (const village of villages) {
    for (const k of [0, 1]) {
      const user = await seedUser(db, { role: "village_cadre", orgUnit: village, username: `bench_${village.divisionCode}_${k}` });
      sessions.push({ village, k, token: await sessionFor(db, user.id) });
    }
  }
  // The section every session edits: the first of the page (about 15 typed values).
  const firstScope = (await getOneFormScope(db, { orgUnitId: villages[0].id }))!;
  const section = (await loadOneForm(db, { scope: firstScope, periodKey: PERIOD })).view.sections[0];
  const typed = section.elements.filter((e) => !e.isDerived && (e.element.type === "integer" || e.element.type === "decimal"));
  const probe = typed[0].element.id;
  const sectionIds = section.elements.map((e) => e.element.id);

  const latencies: number[] = [];
  const acknowledged = new Map<string, { saves: number; last: number }>();
  let conflicts = 0;
  let failures = 0;

  /** What a page reload gives the client: the section's versions (read straight from the values). */
  async function versionsOf(db: Db, orgUnitId: string) {
    const rows = await db.select({ elementId: values.elementId, version: values.version }).from(values).where(and(eq(values.orgUnitId, orgUnitId), eq(values.periodKey, PERIOD), inArray(values.elementId, sectionIds)));
    return { ...Object.fromEntries(sectionIds.map((id) => [id, 0])), ...Object.fromEntries(rows.map((r) => [r.elementId, r.version])) };
  }

  /** What the action does for one save, timed. */
  async function saveAsAction(token: string, raw: unknown) {
    const t = performance.now();
    try {
      const me = await getSessionUser(db, { tokenHash: hashSessionToken(token) });
      const data = saveSectionInput.parse(raw);
      const scope = await getOneFormScope(db, { orgUnitId: data.orgUnitId });
      if (!me || !scope || !can(me.principal, "oneForm.fill", { orgUnitPath: scope.orgUnit.path })) throw new Error("refused");
      return await saveOneFormSection(db, { userId: me.user.id }, { scope, periodKey: data.periodKey, section: data.section, values: data.values, versions: data.versions, confirmed: data.confirmed });
    } finally {
      latencies.push(performance.now() - t);
    }
  }

  async function cadre({ village, k, token }: (typeof sessions)[number]) {
    let versions = await versionsOf(db, village.id);
    for (let i = 1; i <= (k === 0 ? SAVES : 1); i++) {
      await sleep(Math.random() * THINK_MS * (k === 0 ? 1 : SAVES));
      const value = (k + 1) * 1000 + i;
      const raw = { orgUnitId: village.id, periodKey: PERIOD, section: section.key, values: Object.fromEntries(typed.map((e) => [e.element.id, String(value)])), versions, confirmed: typed.map((e) => e.element.id) };
      try {
        const outcome = await saveAsAction(token, raw);
        if (outcome.status !== "saved") throw new Error(outcome.status);
        versions = { ...versions, ...outcome.versions };
        const seen = acknowledged.get(village.id) ?? { saves: 0, last: 0 };
        acknowledged.set(village.id, { saves: seen.saves + 1, last: value });
      } catch (error) {
        if (isAppError(error) && error.code === "sectionConflict") {
          conflicts++;
          versions = await versionsOf(db, village.id); // refresh, then try again with the next value
        } else {
          failures++;
          console.error(error);
        }
      }
    }
  }

  const t0 = performance.now();
  await Promise.all(sessions.map(cadre));
  const wallMs = Math.round(performance.now() - t0);

  // Count afterwards: versions, last values and audit rows against the acknowledged saves.
  const stored = await db.select({ orgUnitId: values.orgUnitId, value: values.value, version: values.version }).from(values).where(and(eq(values.elementId, probe), eq(values.periodKey, PERIOD), inArray(values.orgUnitId, villages.map((v) => v.id))));
  const audits = await db.select({ orgUnitId: auditLog.entityId, n: count() }).from(auditLog).where(and(eq(auditLog.entity, "one_form_section"), eq(auditLog.action, "save"))).groupBy(auditLog.entityId);
  const auditOf = new Map(audits.map((a) => [a.orgUnitId, Number(a.n)]));
  let lostWrites = 0;
  for (const v of villages) {
    const ack = acknowledged.get(v.id) ?? { saves: 0, last: 0 };
    const row = stored.find((r) => r.orgUnitId === v.id);
    const ok = (row?.version ?? 0) === ack.saves && Number(row?.value ?? 0) === ack.last && (auditOf.get(v.id) ?? 0) === ack.saves;
    if (!ok) lostWrites++;
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  const q = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] * 10) / 10;
  const acked = [...acknowledged.values()].reduce((n, a) => n + a.saves, 0);
  console.log(
    JSON.stringify({
      name: "save-concurrency",
      backend: "postgres",
      villages: VILLAGES,
      sessions: sessions.length,
      valuesPerSave: typed.length,
      thinkMs: THINK_MS,
      saves: latencies.length,
      acknowledged: acked,
      conflicts,
      failures,
      lostWrites,
      p50: q(0.5),
      p95: q(0.95),
      p99: q(0.99),
      max: q(1),
      savesPerSecond: Math.round((latencies.length / wallMs) * 1000),
      wallMs,
      rssMB: Math.round(process.memoryUsage().rss / 2 ** 20),
      node: process.version,
      cpu: os.cpus()[0]?.model,
      cores: os.cpus().length,
      date: new Date().toISOString().slice(0, 10),
    }),
  );
} finally {
  await handle.close();
  await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
