/**
 * `npm run bench:api`: the read API's path for one department form of 500 villages (token lookup, the
 * per-minute count upsert, the export's records, 报送情况, the JSON document) on an in-memory PGlite, for an
 * aggregate form and a roster of 500 villages × 20 residents; and the rate-limit counter alone (upserts/s).
 * Prints one JSON line: { name, n, ms (median of 5), … }.
 */
import os from "node:os";
import { formValuesDocument } from "@/lib/api/form-values";
import { hashApiToken, newApiToken } from "@/lib/api/token";
import { openDb } from "@/db/client";
import { countApiRequest, getApiTokenByHash } from "@/db/queries/api-tokens";
import { getFormExportSource, listFormUnits, listSubmissionStatuses, loadExportUnits } from "@/db/queries/export";
import { getOrgUnitById } from "@/db/queries/org-units";
import { apiTokens, persons, personValues, rosterEntries, values } from "@/db/schema";
import { aggregateTemplateBytes, demoIdNumber, rosterTemplateBytes, seedFormFromTemplate } from "@/db/seed/demo-export";
import { seedDepartment, seedOrgTree } from "@/db/seed/factories";
import type { Db } from "@/db/types";

const TOWNS = 20;
const VILLAGES_PER_TOWN = 25;
const RESIDENTS = 20;
const PERIOD = "2026-10";

async function readOnce(db: Db, secret: string, formId: string) {
  const started = performance.now();
  const found = (await getApiTokenByHash(db, { tokenHash: hashApiToken(secret) }))!;
  await countApiRequest(db, { tokenId: found.token.id });
  const source = (await getFormExportSource(db, { formId }))!;
  const district = (await getOrgUnitById(db, { id: source.form.districtId }))!;
  const units = await listFormUnits(db, { districtPath: district.path, levels: source.form.targetLevels });
  const [exportUnits, statuses] = await Promise.all([
    loadExportUnits(db, { source, formPeriod: PERIOD, units }),
    listSubmissionStatuses(db, { form: source.form, districtPath: district.path, periodKey: PERIOD }),
  ]);
  const status = new Map(statuses.map((s) => [s.orgUnit.id, s]));
  const { document } = formValuesDocument({
    form: { id: source.form.id, title: source.form.title, departmentName: found.departmentName, frequency: source.form.frequency, kind: source.form.kind },
    period: PERIOD,
    fields: source.fields,
    units: units.map((u) => ({ id: u.id, name: u.name, divisionCode: u.divisionCode, townName: status.get(u.id)?.townName ?? null, status: status.get(u.id)?.status ?? "notStarted", submittedAt: null })),
    exportUnits,
  });
  const body = JSON.stringify(document);
  return { ms: performance.now() - started, kb: Math.round(Buffer.byteLength(body) / 1024), records: document.units.reduce((n, u) => n + u.records.length, 0) };
}

async function measure(db: Db, secret: string, formId: string) {
  await readOnce(db, secret, formId); // warm-up
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(await readOnce(db, secret, formId));
  const sorted = runs.map((r) => r.ms).sort((a, b) => a - b);
  return { ms: Math.round(sorted[2]), maxMs: Math.round(sorted[4]), kb: runs[0].kb, records: runs[0].records };
}

async function main() {
  const handle = await openDb({ dataDir: "memory" });
  const db = handle.db;
  try {
    const tree = await seedOrgTree(db, { towns: TOWNS, villages: VILLAGES_PER_TOWN });
    const department = await seedDepartment(db, { district: tree.district, name: "区民政局" });
    const villages = tree.villages.flat();
    const aggregate = await seedFormFromTemplate(db, { district: tree.district, department, name: "低保月报.xlsx", bytes: await aggregateTemplateBytes() });
    const elementIds = Object.values(aggregate.elementOf);
    const rows = villages.flatMap((v, i) => elementIds.map((elementId, j) => ({ orgUnitId: v.id, elementId, periodKey: PERIOD, districtId: tree.district.id, value: (i * 31 + j) % 997, source: "entered" as const })));
    for (let i = 0; i < rows.length; i += 2000) await db.insert(values).values(rows.slice(i, i + 2000));

    const roster = await seedFormFromTemplate(db, { district: tree.district, department, name: "走访登记.xlsx", bytes: await rosterTemplateBytes() });
    const people = villages.flatMap((v, i) => Array.from({ length: RESIDENTS }, (_, k) => ({ v, seq: i * RESIDENTS + k })));
    for (let i = 0; i < people.length; i += 1000) {
      const batch = people.slice(i, i + 1000);
      const inserted = await db
        .insert(persons)
        .values(batch.map(({ v, seq }) => ({ orgUnitId: v.id, districtId: tree.district.id, idNumber: demoIdNumber(`19${50 + (seq % 40)}-0${1 + (seq % 9)}-1${seq % 9}`, seq % 1000), name: `居民${seq}`, birthDate: "1960-01-01", sex: "male" as const })))
        .returning({ id: persons.id, orgUnitId: persons.orgUnitId });
      await db.insert(rosterEntries).values(inserted.map((p) => ({ formId: roster.form.id, personId: p.id, orgUnitId: p.orgUnitId, districtId: tree.district.id })));
      await db.insert(personValues).values(inserted.map((p, k) => ({ personId: p.id, elementId: roster.elementOf["联系电话"], districtId: tree.district.id, value: `1380731${String(k).padStart(4, "0")}`, source: "entered" as const })));
    }

    const { token, tokenHash, prefix } = newApiToken();
    const [row] = await db.insert(apiTokens).values({ name: "bench", departmentId: department.id, districtId: tree.district.id, tokenHash, prefix }).returning();
    const aggregateResult = await measure(db, token, aggregate.form.id);
    const rosterResult = await measure(db, token, roster.form.id);

    const COUNTS = 2000;
    const started = performance.now();
    for (let i = 0; i < COUNTS; i++) await countApiRequest(db, { tokenId: row.id });
    const countMs = performance.now() - started;

    const result = {
      name: "api-values-500",
      n: villages.length,
      ms: aggregateResult.ms,
      maxMs: aggregateResult.maxMs,
      kb: aggregateResult.kb,
      rosterRecords: rosterResult.records,
      rosterMs: rosterResult.ms,
      rosterMaxMs: rosterResult.maxMs,
      rosterKb: rosterResult.kb,
      rateCountsPerSecond: Math.round((COUNTS / countMs) * 1000),
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
