import { getTranslations } from "next-intl/server";
import { readOrgUnitSheet } from "@/lib/org-units/read-sheet";
import { validateOrgUnitRows } from "@/lib/org-units/import-rows";
import { loadWorkbookSafely } from "@/lib/templates/safe-load";
import { mutate } from "@/db/queries/audit";
import { listAllDivisionCodes, upsertOrgUnits } from "@/db/queries/org-units";
import { getDb } from "@/app/_lib/db";
import { authorizeRoute, readUpload, routeError } from "@/app/_lib/route";

/**
 * POST an org-unit list (.xlsx). All rows are checked first; any bad row means nothing is imported and
 * the answer lists every bad row with its number (422). Otherwise all rows are saved in one transaction.
 */
export async function POST(request: Request) {
  try {
    const user = await authorizeRoute("admin.manage");
    const t = await getTranslations("orgImport");
    const upload = await readUpload(request);
    const { workbook } = await loadWorkbookSafely(upload.bytes, upload.name);
    const sheet = workbook.worksheets.find((ws) => ws.state === "visible") ?? workbook.worksheets[0];
    const rows = sheet ? readOrgUnitSheet(sheet) : null;
    if (!rows) return Response.json({ error: { code: "invalidInput", message: t("noHeader") } }, { status: 422 });
    if (rows.length === 0) return Response.json({ error: { code: "invalidInput", message: t("noRows") } }, { status: 422 });
    const db = await getDb();
    const { valid, errors } = validateOrgUnitRows(rows, await listAllDivisionCodes(db));
    if (errors.length) {
      const rowErrors = errors.map((e) => ({ row: e.rowNumber, message: `${t("row", { row: e.rowNumber })}：${t(e.key, e.params ?? {})}` }));
      return Response.json({ error: { code: "invalidInput", message: t("failed", { count: rowErrors.length }) }, rows: rowErrors }, { status: 422 });
    }
    const counts = await mutate(db, { userId: user.user.id }, { action: "import", entity: "org_unit" }, async (tx) => {
      const result = await upsertOrgUnits(tx, valid);
      return { result, after: { file: upload.name, ...result } };
    });
    return Response.json({ ...counts, message: t("done", counts) });
  } catch (error) {
    return routeError(error);
  }
}
