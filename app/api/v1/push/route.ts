import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { AppError, isAppError } from "@/lib/errors";
import { apiPushInput } from "@/lib/schemas/api";
import { validationMessage } from "@/lib/validation";
import { recordAudit } from "@/db/queries/audit";
import { applyDepartmentPush, type PushReport } from "@/db/queries/data-push";
import { env } from "@/db/env";
import { rejectedWithReasons, MAX_REJECTED } from "@/app/_lib/push-reasons";
import { apiError, apiJson, authorizeApiRequest, type ApiContext } from "@/app/_lib/api";

export const dynamic = "force-dynamic";

/** Rows of rejected detail sent back (the counts are always complete). */

/** The department may push into its district (can("dataPush.manage")), as its staff may by upload. */
function assertMayPush(api: ApiContext) {
  if (!can(api.principal, "dataPush.manage", { departmentId: api.token.departmentId, orgUnitPath: api.principal.districtPath })) throw new AppError("forbidden");
}

/** The JSON body, refused before reading when its declared size is over the upload limit, and after when it is. */
async function readJsonBody(request: Request): Promise<unknown> {
  const maxBytes = env().UPLOAD_MAX_MB * 1024 * 1024;
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw new AppError("requestTooLarge", { max: env().UPLOAD_MAX_MB });
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) throw new AppError("requestTooLarge", { max: env().UPLOAD_MAX_MB });
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("invalidInput");
  }
}


/**
 * POST /api/v1/push (Authorization: Bearer <token>): a department system pushes its records for its
 * district (数据回流), as the department's upload does: the token's department and district only,
 * values by element id (GET /api/v1/push/elements). `dryRun: true` checks and counts only. The push
 * is applied by db/queries/data-push.ts applyDepartmentPush (ONE transaction, never over what a
 * village typed); an audit row names the token that pushed.
 */
export async function POST(request: Request) {
  try {
    const api = await authorizeApiRequest(request);
    assertMayPush(api);
    const body = await readJsonBody(request);
    const parsed = apiPushInput.safeParse(body);
    const t = await getTranslations();
    if (!parsed.success) {
      // Every problem with where it is (rows.3.idNumber), in Chinese, as a form shows them.
      const issues = parsed.error.issues.slice(0, MAX_REJECTED).map((issue) => {
        const m = validationMessage(issue, body);
        return { path: issue.path.join("."), message: t(`validation.${m.key}`, m.params) };
      });
      return apiJson({ error: { code: "invalidInput", message: t("errors.invalidInput"), issues } }, { status: 422 });
    }
    const input = parsed.data;
    const rows = input.rows.map((r, i) => (input.kind === "residents" ? { row: i + 1, village: r.village, idNumber: r.idNumber!, name: r.name!, values: r.values } : { row: i + 1, village: r.village, values: r.values }));
    const pushInput = {
      departmentId: api.token.departmentId,
      districtId: api.token.districtId,
      periodKey: input.period,
      kind: input.kind,
      formId: input.kind === "residents" ? input.formId : null,
      rows,
      dryRun: input.dryRun,
      file: null,
    };
    let report: PushReport;
    try {
      report = await applyDepartmentPush(api.db, api.actor, pushInput);
    } catch (error) {
      if (!isAppError(error) || error.code !== "pushNothingValid") throw error;
      // Nothing to store: the dry run's report says why, row by row.
      const checked = await applyDepartmentPush(api.db, api.actor, { ...pushInput, dryRun: true });
      return apiJson({ error: { code: error.code, message: t("errors.pushNothingValid") }, ...checked, ...(await rejectedWithReasons(checked)) }, { status: 422 });
    }
    if (report.pushId) {
      await recordAudit(api.db, api.actor, { action: "push", entity: "apiToken", entityId: api.token.id, after: { token: api.auditToken, pushId: report.pushId, kind: report.kind, period: report.periodKey, rows: report.rowCount, totals: report.totals } });
    }
    return apiJson({ ...report, ...(await rejectedWithReasons(report)) }, { status: report.pushId ? 201 : 200 });
  } catch (error) {
    return apiError(error);
  }
}
