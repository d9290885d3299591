import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";
import type { AnalyzedFile, AnalyzeResult } from "@/lib/analyze/analyze-forms";
import { canonicalAnalysis } from "@/lib/matching/analysis-output";
import { elements, matchReviews, retirementReviews, type Department } from "../schema";
import type { Db, Tx } from "../types";
import { mutate, type Actor } from "./audit";
import { insertDepartment } from "./departments";
import { storeFile } from "./files";
import { insertForm, listFieldsOfForms } from "./forms";
import { rematchDistrict } from "./matching";
import { insertOrgUnit } from "./org-units";
import { runRetirementAnalysis } from "./retirement";

const UNNAMED_DEPARTMENT = "未注明部门";

/**
 * The CLI's analysis, through the same database code the app uses: the parsed templates are registered as
 * active forms of a scratch district (in whatever database `db` is — the CLI passes an in-memory PGlite),
 * matched into elements and analysed for retirement; the result is read back in the bench's JSON shape.
 */
export async function analyzeInDatabase(db: Db, input: { files: AnalyzedFile[]; bytes: Map<string, Buffer> }): Promise<AnalyzeResult> {
  const actor: Actor = { userId: null };
  const { districtId, formFile } = await mutate(db, actor, { action: "analyze", entity: "template_batch" }, async (tx) => {
    const registered = await registerScratchDistrict(tx, input);
    return { result: registered, districtId: registered.districtId, after: { files: input.files.length } };
  });
  await rematchDistrict(db, { districtId, actor });
  await runRetirementAnalysis(db, { districtId, actor });
  return readAnalysis(db, { districtId, files: input.files, formFile });
}

async function registerScratchDistrict(tx: Tx, { files, bytes }: { files: AnalyzedFile[]; bytes: Map<string, Buffer> }) {
  const city = await insertOrgUnit(tx, { parentId: null, level: "city", name: "分析市", divisionCode: "990100000000" });
  const district = await insertOrgUnit(tx, { parentId: city.id, level: "district", name: "分析区", divisionCode: "990101000000" });
  const departments = new Map<string, Department>();
  const formFile = new Map<string, string>();
  for (const { file, forms } of files) {
    const stored = await storeFile(tx, { name: file, bytes: bytes.get(file) ?? Buffer.alloc(0), uploadedBy: null });
    for (const definition of forms) {
      const name = definition.department ?? UNNAMED_DEPARTMENT;
      if (!departments.has(name)) departments.set(name, await insertDepartment(tx, { districtId: district.id, name }));
      const form = await insertForm(tx, {
        districtId: district.id,
        departmentId: departments.get(name)!.id,
        fileId: stored.id,
        definition,
        frequency: definition.frequency ?? "adhoc",
        targetLevels: definition.targetLevels.length ? definition.targetLevels : ["village", "community"],
        status: "active",
        createdBy: null,
      });
      formFile.set(form.id, file);
    }
  }
  return { districtId: district.id, formFile };
}

async function readAnalysis(db: Db, { districtId, files, formFile }: { districtId: string; files: AnalyzedFile[]; formFile: Map<string, string> }): Promise<AnalyzeResult> {
  const fields = await listFieldsOfForms(db, { formIds: [...formFile.keys()] });
  const names = new Map((await db.select({ id: elements.id, name: elements.name }).from(elements).where(eq(elements.districtId, districtId))).map((e) => [e.id, e.name]));
  const fieldsByFile = new Map<string, typeof fields>();
  for (const f of fields) {
    const file = formFile.get(f.formId)!;
    (fieldsByFile.get(file) ?? fieldsByFile.set(file, []).get(file)!).push(f);
  }
  const forms = files
    .filter((f) => f.forms.length > 0)
    .map(({ file, forms: defs }) => ({
      file,
      title: defs[0].title,
      department: defs[0].department,
      frequency: defs[0].frequency,
      layout: defs[0].layout,
      fields: (fieldsByFile.get(file) ?? []).map((f) => ({ ref: `${file}#${f.ref}`, label: f.label, path: f.path, type: f.type, unit: f.unit, element: f.elementId ?? `${file}#${f.ref}` })),
    }));
  const reviews = await db
    .select()
    .from(retirementReviews)
    .where(and(eq(retirementReviews.districtId, districtId), isNull(retirementReviews.decision), inArray(retirementReviews.formId, [...formFile.keys()])));
  const retirement = reviews.map((r) => ({
    file: formFile.get(r.formId)!,
    level: r.level,
    coverage: r.coverage,
    coveredBy: [...new Set(r.analysis.coveredBy.map((c) => formFile.get(c.formId)).filter((f): f is string => !!f))],
  }));
  // The review queue as stored by rematchDistrict (best first, in the order the matcher returned it).
  const refOf = new Map(fields.map((f) => [f.id, `${formFile.get(f.formId)!}#${f.ref}`]));
  const queue = await db.select().from(matchReviews).where(eq(matchReviews.districtId, districtId)).orderBy(desc(matchReviews.weight), asc(matchReviews.id));
  const suggestions = queue
    .filter((r) => refOf.has(r.fieldA) && refOf.has(r.fieldB))
    .map((r) => ({ refA: refOf.get(r.fieldA)!, refB: refOf.get(r.fieldB)!, score: r.score, reason: r.reason, merged: r.merged, group: r.pairs?.map(([a, b]) => [refOf.get(a) ?? a, refOf.get(b) ?? b] as [string, string]) }));
  // Ids, order and suggestions are made canonical by lib/matching (the same function as the in-process path's).
  return canonicalAnalysis({ forms, retirement, names, suggestions });
}
