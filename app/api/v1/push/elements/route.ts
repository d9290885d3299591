import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { listPushElements, listPushRosterForms } from "@/db/queries/data-push";
import { apiError, apiJson, authorizeApiRequest } from "@/app/_lib/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/push/elements: the data elements the token's department may push (its own forms use them) and its roster forms. */
export async function GET(request: Request) {
  try {
    const api = await authorizeApiRequest(request);
    const target = { departmentId: api.token.departmentId, orgUnitPath: api.principal.districtPath };
    if (!can(api.principal, "dataPush.manage", target)) throw new AppError("forbidden");
    const scope = { districtId: api.token.districtId, departmentId: api.token.departmentId };
    const [elements, rosterForms] = await Promise.all([listPushElements(api.db, scope), listPushRosterForms(api.db, scope)]);
    return apiJson({
      department: api.departmentName,
      elements: elements.map((e) => ({ id: e.id, name: e.name, type: e.type, unit: e.unit ?? null, scope: e.scope })),
      rosterForms: rosterForms.map((f) => ({ id: f.id, title: f.title })),
    });
  } catch (error) {
    return apiError(error);
  }
}
