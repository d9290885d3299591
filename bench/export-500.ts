/**
 * `npm run bench:export`: one department form filled for 500 villages, the route's whole path (load form and
 * template, query values, fill the original template, write .xlsx) on an in-memory PGlite. Also a roster
 * of 500 villages × 20 residents. Prints one JSON line: { name, n, ms (median of 3), … }.
 */
import os from "node:os";
import ExcelJS from "exceljs";
import { renderFormWorkbook } from "@/lib/export/render";
import { openDb } from "@/db/client";
import { getFormExportSource, listFormUnits, loadExportUnits } from "@/db/queries/export";
import { getOrgUnitById } from "@/db/queries/org-units";
import { persons, personValues, rosterEntries, values } from "@/db/schema";
import { seedDepartment, seedOrgTree } from "@/db/seed/factories";
import { demoIdNumber, rosterTemplateBytes, seedFormFromTemplate } from "@/db/seed/demo-export";
import type { Db } from "@/db/types";

const TOWNS = 20;
const VILLAGES_PER_TOWN = 25;
const INDICATORS = 20;
const RESIDENTS = 20;
const PERIOD = "2026-10";

/** An aggregate template with 20 indicator columns, a code row, 合计 and a merged footer. */
async function wideTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("月报");
  const labels = Array.from({ length: INDICATORS }, (_, i) => `指标${i + 1}人数（人）`);
  ws.addRow(["各村（社区）综合情况月报表"]);
  ws.addRow(["填报单位：", "", "", "", "单位：人"]);
  ws.addRow(["序号", "村（社区）名称", ...labels, "备注"]);
  ws.addRow(["甲", "乙", ...labels.map((_, i) => i + 1), INDICATORS + 1]);
  ws.addRow([]);
  ws.addRow(["", "合计"]);
  ws.addRow(["单位负责人：          填表人：          联系电话：          报出日期："]);
  const last = INDICATORS + 3;
  ws.mergeCells(1, 1, 1, last);
  ws.mergeCells(7, 1, 7, last);
  const thin = { style: "thin" } as const;
  for (let r = 3; r <= 6; r++) for (let c = 1; c <= last; c++) ws.getCell(r, c).border = { top: thin, left: thin, bottom: thin, right: thin };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** An indicator-rows template (指标名称 | 计量单位 | 代码 | 数值): one sheet per village when exported for all. */
async function indicatorTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("基本情况");
  ws.addRow(["村（社区）基本情况年报表"]);
  ws.addRow(["填报单位（盖章）：", "", "", "报送日期："]);
  ws.addRow(["指标名称", "计量单位", "代码", "数值"]);
  for (let i = 1; i <= INDICATORS; i++) ws.addRow([`第${i}项指标人数`, "人", String(i).padStart(2, "0"), ""]);
  ws.addRow(["注：本表由村（社区）填报，每年12月31日前报送区统计局。"]);
  ws.mergeCells(1, 1, 1, 4);
  ws.mergeCells(INDICATORS + 4, 1, INDICATORS + 4, 4);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function exportOnce(db: Db, formId: string): Promise<{ ms: number; bytes: number; rows: number }> {
  const started = performance.now();
  const source = (await getFormExportSource(db, { formId }))!;
  const districtPath = (await getOrgUnitById(db, { id: source.form.districtId }))!.path;
  const units = await listFormUnits(db, { districtPath, levels: source.form.targetLevels });
  const exportUnits = await loadExportUnits(db, { source, formPeriod: PERIOD, units });
  const { workbook, summary } = await renderFormWorkbook({
    template: source.template,
    layout: source.form.layout,
    kind: source.form.kind,
    layoutInfo: source.form.definition.layoutInfo,
    fields: source.fields,
    units: exportUnits,
    singleUnit: false,
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return { ms: performance.now() - started, bytes: buffer.byteLength, rows: summary.rows };
}

async function measure(db: Db, formId: string) {
  await exportOnce(db, formId); // warm-up (module and query plan caches)
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await exportOnce(db, formId));
  const sorted = runs.map((r) => r.ms).sort((a, b) => a - b);
  return { ms: Math.round(sorted[1]), maxMs: Math.round(sorted[2]), rows: runs[0].rows, kb: Math.round(runs[0].bytes / 1024) };
}

async function main() {
  const handle = await openDb({ dataDir: "memory" });
  const db = handle.db;
  try {
    const tree = await seedOrgTree(db, { towns: TOWNS, villages: VILLAGES_PER_TOWN });
    const department = await seedDepartment(db, { district: tree.district, name: "区民政局" });
    const aggregate = await seedFormFromTemplate(db, { district: tree.district, department, name: "综合月报.xlsx", bytes: await wideTemplate() });
    const villages = tree.villages.flat();
    const elementIds = Object.values(aggregate.elementOf).filter((_, i) => i < INDICATORS);
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
      await db.insert(personValues).values(inserted.flatMap((p, k) => [
        { personId: p.id, elementId: roster.elementOf["联系电话"], districtId: tree.district.id, value: `1380731${String(k).padStart(4, "0")}`, source: "entered" as const },
        { personId: p.id, elementId: roster.elementOf["月补助金额（元）"], districtId: tree.district.id, value: 680, source: "entered" as const },
      ]));
    }

    const indicator = await seedFormFromTemplate(db, { district: tree.district, department, name: "基本情况.xlsx", bytes: await indicatorTemplate() });
    const indicatorIds = Object.values(indicator.elementOf);
    const indicatorRows = villages.flatMap((v, i) => indicatorIds.map((elementId, j) => ({ orgUnitId: v.id, elementId, periodKey: PERIOD, districtId: tree.district.id, value: (i + j) % 500, source: "entered" as const })));
    for (let i = 0; i < indicatorRows.length; i += 2000) await db.insert(values).values(indicatorRows.slice(i, i + 2000));

    const aggregateResult = await measure(db, aggregate.form.id);
    const indicatorResult = await measure(db, indicator.form.id);
    const rosterResult = await measure(db, roster.form.id);
    const result = {
      name: "export-500",
      n: villages.length,
      fields: INDICATORS,
      ms: aggregateResult.ms,
      maxMs: aggregateResult.maxMs,
      rows: aggregateResult.rows,
      kb: aggregateResult.kb,
      rosterRows: rosterResult.rows,
      rosterMs: rosterResult.ms,
      rosterMaxMs: rosterResult.maxMs,
      rosterKb: rosterResult.kb,
      indicatorSheets: villages.length,
      indicatorMs: indicatorResult.ms,
      indicatorMaxMs: indicatorResult.maxMs,
      indicatorKb: indicatorResult.kb,
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
