import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { maskIdNumber } from "@/lib/id-number/mask";
import { ImportProblem, planColumns, readImportSheet, validateImportRows, type RowIssue } from "@/lib/import/roster-import";
import { oneFormImportInput } from "@/lib/schemas/one-form-import";
import { loadWorkbookSafely } from "@/lib/templates/safe-load";
import { getDistrictOf, getOrgUnitById } from "@/db/queries/org-units";
import { importPersons, listImportCatalog, listRosterForms } from "@/db/queries/imports";
import { getDb } from "@/app/_lib/db";
import { authorizeRoute, readUpload, routeError } from "@/app/_lib/route";

export const dynamic = "force-dynamic";

const SAMPLE_ROWS = 10;

/**
 * POST ?step=preview|confirm&formId=&mapping= with the spreadsheet as multipart `file`, by a village
 * cadre for their own village only.
 * - preview: the columns matched to catalog elements (score, reason), every row checked, rejected rows
 *   with reasons; nothing is written.
 * - confirm: the same checks again, then every valid row imported in ONE transaction (nothing
 *   half-imported) with the rejected-row report.
 */
export async function POST(request: Request) {
  try {
    const me = await authorizeRoute("oneForm.fill");
    const search = new URL(request.url).searchParams;
    const input = oneFormImportInput.safeParse({ step: search.get("step") ?? "preview", mapping: search.get("mapping") ?? undefined, formId: search.get("formId") ?? undefined });
    if (!input.success) throw new AppError("invalidInput");
    const db = await getDb();
    const unit = await getOrgUnitById(db, { id: me.user.orgUnitId });
    if (!unit || (unit.level !== "village" && unit.level !== "community") || !can(me.principal, "oneForm.fill", { orgUnitPath: unit.path })) throw new AppError("forbidden");
    const district = await getDistrictOf(db, { path: unit.path });
    if (!district) throw new AppError("forbidden");
    const { step, mapping, formId } = input.data;
    if (formId && !(await listRosterForms(db, { districtId: district.id })).some((f) => f.id === formId)) throw new AppError("invalidInput");

    const t = await getTranslations();
    const upload = await readUpload(request);
    const { workbook } = await loadWorkbookSafely(upload.bytes, upload.name);
    const catalog = await listImportCatalog(db, { districtId: district.id });
    let checked;
    try {
      const sheet = readImportSheet(workbook, upload.name);
      const plan = planColumns(sheet, catalog, mapping);
      checked = { sheet, plan, ...validateImportRows(sheet, plan, catalog) };
    } catch (error) {
      if (!(error instanceof ImportProblem)) throw error;
      return Response.json({ error: { code: "invalidInput", message: t(`oneFormImport.problems.${error.key}`) } }, { status: 422 });
    }
    const { sheet, plan, valid, rejected } = checked;
    const issueText = (i: RowIssue) => {
      const reason = t.has(`oneFormImport.reasons.${i.key}`) ? t(`oneFormImport.reasons.${i.key}`, i.params) : t(`validation.${i.key}`, i.params);
      return i.column ? `${i.column.replace(/\s+/g, "")}：${reason}` : reason;
    };
    const report = {
      sheet: sheet.sheet,
      title: sheet.title,
      totalRows: sheet.rows.length,
      truncated: sheet.truncated,
      columns: plan,
      elements: catalog.filter((e) => e.scope === "person").map((e) => ({ id: e.id, name: e.name })),
      valid: valid.length,
      // ID numbers never travel back in full (the cadre has the file; the screen shows a mask).
      sample: valid.slice(0, SAMPLE_ROWS).map((v) => ({ row: v.row, name: v.name, idNumber: maskIdNumber(v.idNumber), values: Object.keys(v.values).length })),
      rejected: rejected.map((r) => ({ row: r.row, reasons: r.issues.map(issueText) })),
    };
    if (step === "preview") return Response.json(report);
    if (valid.length === 0) return Response.json({ ...report, error: { code: "invalidInput", message: t("oneFormImport.nothingValid") } }, { status: 422 });
    const imported = await importPersons(db, { userId: me.user.id, districtId: district.id }, { orgUnitId: unit.id, districtId: district.id, rows: valid, formId, file: upload.name, rejected: rejected.length });
    return Response.json({ ...report, imported, message: t("oneFormImport.done", { ...imported, rejected: rejected.length }) });
  } catch (error) {
    return routeError(error);
  }
}
