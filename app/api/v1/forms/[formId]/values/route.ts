import { formValuesDocument, readsPersonalData } from "@/lib/api/form-values";
import { AppError } from "@/lib/errors";
import { formExportQuery } from "@/lib/schemas/export";
import { recordAudit } from "@/db/queries/audit";
import { listSubmissionStatuses, loadExportUnits } from "@/db/queries/export";
import { apiError, apiJson, authorizeApiRequest } from "@/app/_lib/api";
import { resolveFormExport } from "@/app/_lib/form-export";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/forms/{formId}/values?period=2026-11&orgUnit=<id>|all (Authorization: Bearer <token>):
 * a department's form filled for a period as JSON, for every village of the district or one, the same
 * records the department's .xlsx export gives (resolveFormExport + loadExportUnits). A token reads only
 * its department's forms. A response carrying residents or ID / phone values writes one audit row
 * listing what it read.
 */
export async function GET(request: Request, { params }: { params: Promise<{ formId: string }> }) {
  try {
    const api = await authorizeApiRequest(request);
    const search = new URL(request.url).searchParams;
    const query = formExportQuery.safeParse({ formId: (await params).formId, period: search.get("period") ?? "", orgUnit: search.get("orgUnit") ?? "all" });
    if (!query.success) throw new AppError("invalidInput");
    const { db } = api;
    const { source, district, units } = await resolveFormExport(db, api.principal, query.data);
    const { form } = source;
    const { period, orgUnit } = query.data;
    const [exportUnits, statuses] = await Promise.all([
      loadExportUnits(db, { source, formPeriod: period, units }),
      listSubmissionStatuses(db, { form, districtPath: district.path, periodKey: period }),
    ]);
    const status = new Map(statuses.map((s) => [s.orgUnit.id, s]));
    const { document, personal } = formValuesDocument({
      form: { id: form.id, title: form.title, departmentName: api.departmentName, frequency: form.frequency, kind: form.kind },
      period,
      fields: source.fields,
      units: units.map((u) => ({
        id: u.id,
        name: u.name,
        divisionCode: u.divisionCode,
        townName: status.get(u.id)?.townName ?? null,
        status: status.get(u.id)?.status ?? "notStarted",
        submittedAt: status.get(u.id)?.submittedAt ?? null,
      })),
      exportUnits,
    });
    if (readsPersonalData(personal)) {
      await recordAudit(db, api.actor, {
        action: "view",
        entity: "person",
        entityId: form.id,
        after: { via: "api", token: api.auditToken, period, orgUnit, units: units.length, persons: personal.persons, fields: personal.fields },
      });
    }
    return apiJson(document);
  } catch (error) {
    return apiError(error);
  }
}
