import type { Layout } from "@/lib/domain";
import type { FormDefinition } from "@/lib/templates/types";
import { readCatalogFile } from "@/lib/forms/catalog-file";
import type { ParseOptions } from "@/lib/templates/parse-workbook";
import { decideDepartment, decideFrequency, type DepartmentRef, type Uploader } from "@/lib/forms/upload-decisions";
import type { Db } from "../types";
import { mutate, type Actor } from "./audit";
import { storeFile } from "./files";
import { insertForm } from "./forms";

export type ParseFn = (buffer: Buffer, fileName: string, options: ParseOptions) => Promise<FormDefinition[]>;

export interface RegisterTemplateInput {
  actor: Actor;
  uploader: Uploader;
  districtId: string;
  /** The district's departments (admins' uploads are assigned by name among them). */
  departments: DepartmentRef[];
  file: { name: string; bytes: Buffer; relativePath?: string };
  /** The 报表清单 sent along (read here, stored whole with the template). */
  catalog?: { name: string; bytes: Buffer } | null;
  parse: ParseFn;
}

export interface RegisteredForm {
  id: string;
  title: string;
  departmentName: string;
  fieldCount: number;
  warnings: string[];
  layout: Layout;
  /** The sheets the form spans, in sheet order (one for most forms), with how many fields each gave. */
  sheets: { name: string; fieldCount: number }[];
  /** What the parser found, for the upload preview: labels by sheet (at most PREVIEW_FIELDS). */
  fields: { sheet: string; label: string; unit: string | null }[];
}

/** Fields listed in an upload's preview per form (the form's page shows them all). */
export const PREVIEW_FIELDS = 400;

function previewOf(definition: FormDefinition): Pick<RegisteredForm, "layout" | "sheets" | "fields"> {
  const sheets = definition.parts?.map((p) => ({ name: p.sheet, fieldCount: p.fieldCount })) ?? [{ name: definition.sheet, fieldCount: definition.fields.length }];
  const fields = definition.fields.slice(0, PREVIEW_FIELDS).map((f) => ({ sheet: f.sheet, label: f.label, unit: f.unit }));
  return { layout: definition.layout, sheets, fields };
}

/**
 * The upload path shared by the route and the benchmark: read the catalog, parse (in a worker), decide department and
 * frequency for every form of the file, then store the file whole and every form as a draft in ONE
 * transaction with its audit row. Any failure throws and stores nothing.
 */
export async function registerTemplate(db: Db, input: RegisterTemplateInput): Promise<RegisteredForm[]> {
  const { file, catalog, uploader } = input;
  const entries = catalog ? await readCatalogFile(catalog.bytes, catalog.name) : [];
  const definitions = await input.parse(file.bytes, file.name, { relativePath: file.relativePath ?? file.name, catalog: entries });
  const planned = definitions.map((definition) => {
    const dept = decideDepartment({ fileName: file.name, named: definition.department, uploader, departments: input.departments });
    const freq = decideFrequency({ fileName: file.name, title: definition.title, frequency: definition.frequency });
    const warnings = [...definition.warnings, ...dept.warnings, ...freq.warnings];
    return { definition: { ...definition, warnings }, department: dept.department, frequency: freq.frequency };
  });
  return mutate(db, input.actor, { action: "upload", entity: "form" }, async (tx) => {
    const stored = await storeFile(tx, { name: file.name, bytes: file.bytes, uploadedBy: input.actor.userId });
    const catalogFile = catalog ? await storeFile(tx, { name: catalog.name, bytes: catalog.bytes, uploadedBy: input.actor.userId }) : null;
    const result: RegisteredForm[] = [];
    for (const plan of planned) {
      const form = await insertForm(tx, {
        districtId: input.districtId,
        departmentId: plan.department.id,
        fileId: stored.id,
        definition: plan.definition,
        frequency: plan.frequency,
        targetLevels: plan.definition.targetLevels,
        status: "draft",
        createdBy: input.actor.userId,
      });
      result.push({ id: form.id, title: form.title, departmentName: plan.department.name, fieldCount: plan.definition.fields.length, warnings: plan.definition.warnings, ...previewOf(plan.definition) });
    }
    return {
      result,
      entityId: result[0]?.id ?? null,
      districtId: input.districtId,
      after: { file: { id: stored.id, name: stored.name, sha256: stored.sha256 }, catalogFileId: catalogFile?.id ?? null, forms: result.map(({ id, title, fieldCount }) => ({ id, title, fieldCount })) },
    };
  });
}
