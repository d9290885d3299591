import fs from "node:fs";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { readCatalog } from "@/lib/catalog/read-catalog";
import type { Frequency } from "@/lib/domain";
import { parseTemplate } from "@/lib/templates";
import type { CatalogEntry, FormDefinition } from "@/lib/templates/types";
import { storeFile } from "../queries/files";
import { insertForm } from "../queries/forms";
import { rematchDistrict } from "../queries/matching";
import { runRetirementAnalysis } from "../queries/retirement";
import { departments, forms } from "../schema";
import type { Db, Tx } from "../types";
import { DEMO_FORM_SPECS, type DemoFormSpec } from "./demo-form-specs";

const TEMPLATES = path.join(process.cwd(), "db/seed/templates");
const CATALOG = "报表清单.xlsx";

interface Planned {
  fileName: string;
  bytes: Buffer;
  definition: FormDefinition;
  department: string;
  frequency: Frequency;
}

/**
 * Registers the demo district's forms through the real pipeline: real templates from db/seed/templates
 * (with the 报表清单 catalog) and plain generated ones (demo-form-specs.ts) are parsed by parseTemplate,
 * stored whole with storeFile, saved as active forms with insertForm, then matched by rematchDistrict so
 * the element catalog exists, and analysed for retirement candidates. Idempotent: does nothing when the district already has forms.
 */
export async function seedDemoForms(db: Db, { districtId }: { districtId: string }): Promise<{ forms: number; fields: number }> {
  const [{ n }] = await db.select({ n: count() }).from(forms).where(eq(forms.districtId, districtId));
  if (Number(n) > 0) return { forms: 0, fields: 0 };
  const departmentIds = new Map((await db.select().from(departments).where(eq(departments.districtId, districtId))).map((d) => [d.name, d.id]));
  const planned = [...(await planRealTemplates()), ...(await planGeneratedTemplates())];
  let fields = 0;
  let stored = 0;
  await db.transaction(async (tx) => {
    for (const plan of planned) {
      const departmentId = departmentIds.get(plan.department);
      if (!departmentId || plan.definition.fields.length === 0) continue;
      const file = await storeFile(tx as Tx, { name: plan.fileName, bytes: plan.bytes, uploadedBy: null });
      await insertForm(tx as Tx, {
        districtId,
        departmentId,
        fileId: file.id,
        definition: plan.definition,
        frequency: plan.frequency,
        targetLevels: plan.definition.targetLevels.length ? plan.definition.targetLevels : ["village", "community"],
        status: "active",
        createdBy: null,
      });
      stored++;
      fields += plan.definition.fields.length;
    }
  });
  await rematchDistrict(db, { districtId, actor: { userId: null } });
  // A district official opening 清退审核 in the demo finds the candidates, as after any real registration.
  await runRetirementAnalysis(db, { districtId, actor: { userId: null } });
  return { forms: stored, fields };
}

async function planRealTemplates(): Promise<Planned[]> {
  const catalogBook = new ExcelJS.Workbook();
  await catalogBook.xlsx.load(fs.readFileSync(path.join(TEMPLATES, CATALOG)) as unknown as ArrayBuffer);
  const catalog: CatalogEntry[] = readCatalog(catalogBook);
  const files = (fs.readdirSync(TEMPLATES, { recursive: true }) as string[]).filter((f) => f.endsWith(".xlsx") && path.basename(f) !== CATALOG).sort();
  const out: Planned[] = [];
  for (const relativePath of files) {
    const bytes = fs.readFileSync(path.join(TEMPLATES, relativePath));
    const fileName = path.basename(relativePath);
    for (const definition of await parseTemplate(bytes, fileName, { relativePath, catalog })) {
      const department = definition.department ?? path.dirname(relativePath);
      out.push({ fileName, bytes, definition, department, frequency: definition.frequency ?? "monthly" });
    }
  }
  return out;
}

async function planGeneratedTemplates(): Promise<Planned[]> {
  const out: Planned[] = [];
  for (const spec of DEMO_FORM_SPECS) {
    const fileName = `${spec.title}.xlsx`;
    const bytes = await buildTemplate(spec);
    const [definition] = await parseTemplate(bytes, fileName, { relativePath: `${spec.department}/${fileName}` });
    if (definition) out.push({ fileName, bytes, definition: { ...definition, department: spec.department, frequency: spec.frequency }, department: spec.department, frequency: spec.frequency });
  }
  return out;
}

/** A plain template as departments send them: title, 填报单位 line, one header row, blank rows to fill. */
async function buildTemplate(spec: DemoFormSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date("2026-01-05T00:00:00Z");
  wb.modified = wb.created;
  const ws = wb.addWorksheet("Sheet1");
  const header = spec.kind === "roster" ? ["序号", ...spec.columns, "备注"] : ["村（社区）", ...spec.columns, "备注"];
  ws.mergeCells(1, 1, 1, header.length);
  ws.getCell(1, 1).value = spec.title;
  ws.getCell(1, 1).font = { bold: true, size: 16 };
  ws.getCell(1, 1).alignment = { horizontal: "center" };
  ws.getCell(2, 1).value = "填报单位（盖章）：";
  ws.getCell(2, header.length).value = "填报日期：    年  月  日";
  ws.getRow(3).values = header;
  ws.getRow(3).font = { bold: true };
  for (let r = 4; r <= 8; r++) if (spec.kind === "roster") ws.getCell(r, 1).value = r - 3;
  ws.columns.forEach((c) => (c.width = 14));
  ws.getCell(10, 1).value = "填表人：            联系电话：            审核人：";
  return Buffer.from(await wb.xlsx.writeBuffer());
}
