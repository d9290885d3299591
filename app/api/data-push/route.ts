import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { ImportProblem, readImportSheet } from "@/lib/import/roster-import";
import { applyMapping, mappingChoices, planPushColumns, pushRowsOf } from "@/lib/data-push";
import { dataPushUploadInput } from "@/lib/schemas/data-push";
import { loadWorkbookSafely } from "@/lib/templates/safe-load";
import { applyDepartmentPush, listPushElementFields, listPushElements, listPushRosterForms, MAX_PUSH_ROWS } from "@/db/queries/data-push";
import { getDistrictOf } from "@/db/queries/org-units";
import { getDb } from "@/app/_lib/db";
import { rejectedWithReasons } from "@/app/_lib/push-reasons";
import { readUpload, routeError } from "@/app/_lib/route";
import { getCurrentUser } from "@/app/_lib/session";

export const dynamic = "force-dynamic";

/** Rows of rejected detail sent back (the counts are always complete). */

/**
 * POST ?step=preview|apply&periodKey=&formId=&mapping= with the department's workbook as multipart `file`, by
 * department staff for their own department and district only. `mapping` (JSON, column → element id or null)
 * corrects the proposed column mapping; the answer lists the elements a column may be mapped onto (`choices`).
 * - preview: columns mapped onto the department's elements (unmapped ones listed), every row checked,
 *   what would be filled where (per village: prefill / same / conflict), invalid ID numbers and unknown
 *   villages; a dry run, nothing is written.
 * - apply: the same again, then the push stored in ONE transaction (the file kept whole).
 */
export async function POST(request: Request) {
  try {
    const me = await getCurrentUser();
    if (!me) throw new AppError("unauthenticated");
    const departmentId = me.principal.departmentId;
    const db = await getDb();
    const district = await getDistrictOf(db, { path: me.principal.orgUnitPath });
    if (!departmentId || !district || !can(me.principal, "dataPush.manage", { departmentId, orgUnitPath: district.path })) throw new AppError("forbidden");
    const search = new URL(request.url).searchParams;
    const input = dataPushUploadInput.safeParse({ step: search.get("step") ?? "preview", periodKey: search.get("periodKey") ?? "", formId: search.get("formId") ?? undefined, mapping: search.get("mapping") ?? undefined });
    const t = await getTranslations();
    if (!input.success) {
      // A mapping the page did not write (edited by hand, cut off): say what is wrong instead of the generic message.
      if (input.error.issues.some((i) => i.path[0] === "mapping")) return Response.json({ error: { code: "invalidInput", message: t("dataPush.problems.mappingUnreadable") } }, { status: 422 });
      throw new AppError("invalidInput");
    }
    const { step, periodKey } = input.data;

    const upload = await readUpload(request);
    const { workbook } = await loadWorkbookSafely(upload.bytes, upload.name);
    const scope = { districtId: district.id, departmentId };
    const [allowed, fieldsOf, rosterForms] = await Promise.all([listPushElements(db, scope), listPushElementFields(db, scope), listPushRosterForms(db, scope)]);
    let sheet;
    try {
      sheet = readImportSheet(workbook, upload.name, MAX_PUSH_ROWS);
    } catch (error) {
      if (!(error instanceof ImportProblem)) throw error;
      return Response.json({ error: { code: "invalidInput", message: t(`oneFormImport.problems.${error.key}`) } }, { status: 422 });
    }
    const problem = (key: string, values: Record<string, string> = {}) => Response.json({ error: { code: "invalidInput", message: t(`dataPush.problems.${key}`, values) } }, { status: 422 });
    // The matcher proposes the mapping; the department's corrections (checked here again on apply) override it.
    const mapped = applyMapping(planPushColumns(sheet, allowed, fieldsOf), sheet, input.data.mapping, allowed);
    if (!("plan" in mapped)) return problem(mapped.problem, { column: mapped.column });
    const { plan } = mapped;
    if (!plan.columns.some((c) => c.role === "village" || c.role === "code")) return problem("noVillageColumn");
    if (plan.kind === "residents" && !plan.columns.some((c) => c.attribute === "name")) return problem("noNameColumn");
    if (!plan.columns.some((c) => c.role === "value")) return problem("noValueColumn");
    if (sheet.truncated) return problem("tooManyRows");
    const rows = pushRowsOf(sheet, plan);
    // A roster push lists residents on one of the department's roster forms: the one asked for, else the one sharing most columns.
    const pushedElements = new Set(plan.columns.map((c) => c.elementId).filter(Boolean));
    const suggested = [...rosterForms].sort((a, b) => b.elementIds.filter((id) => pushedElements.has(id)).length - a.elementIds.filter((id) => pushedElements.has(id)).length)[0];
    const formId = plan.kind === "residents" ? (input.data.formId ?? suggested?.id ?? null) : null;
    if (plan.kind === "residents" && !formId) return problem("noRosterForm");

    const report = await applyDepartmentPush(db, { userId: me.user.id, districtId: district.id }, { departmentId, districtId: district.id, periodKey, kind: plan.kind, formId, rows, dryRun: step === "preview", file: { name: upload.name, bytes: upload.bytes } });
    const invalidIds = report.rejected.filter((r) => r.issues.some((i) => i.key.startsWith("id"))).length;
    return Response.json({
      step,
      sheet: sheet.sheet,
      title: sheet.title,
      formId,
      rosterForms: rosterForms.map(({ id, title }) => ({ id, title })),
      columns: plan.columns,
      choices: mappingChoices(plan.kind, allowed).map(({ id, name, unit }) => ({ id, name, unit })),
      unmapped: plan.columns.filter((c) => c.role === "unmapped").map((c) => c.label),
      invalidIds,
      ...report,
      ...(await rejectedWithReasons(report)),
      ...(step === "apply" ? { message: t("dataPush.applied", { villages: report.villages.length, ...report.totals }) } : {}),
    });
  } catch (error) {
    return routeError(error);
  }
}
