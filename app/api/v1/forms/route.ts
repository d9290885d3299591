import { listForms } from "@/db/queries/forms";
import { apiError, apiJson, authorizeApiRequest } from "@/app/_lib/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/forms: the token's department's forms in its district (drafts left out), for their ids. */
export async function GET(request: Request) {
  try {
    const api = await authorizeApiRequest(request);
    const rows = await listForms(api.db, { districtId: api.token.districtId, departmentId: api.token.departmentId });
    const forms = rows
      .filter((r) => r.form.status !== "draft")
      .map((r) => ({ id: r.form.id, title: r.form.title, frequency: r.form.frequency, kind: r.form.kind, status: r.form.status, fieldCount: r.fieldCount }));
    return apiJson({ department: api.departmentName, forms });
  } catch (error) {
    return apiError(error);
  }
}
