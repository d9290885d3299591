import { PassThrough, Readable } from "node:stream";
import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/errors";
import { contentDisposition, exportFileName, renderFormWorkbook } from "@/lib/export/render";
import { formExportQuery } from "@/lib/schemas/export";
import { recordAudit } from "@/db/queries/audit";
import { loadExportUnits } from "@/db/queries/export";
import { getDb } from "@/app/_lib/db";
import { resolveFormExport } from "@/app/_lib/form-export";
import { authorizeRoute, routeError } from "@/app/_lib/route";

export const dynamic = "force-dynamic";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * GET ?period=2026-11&orgUnit=<id>|all: the department's form for a period, filled for one village or for
 * every village in the user's scope, written into its ORIGINAL template and streamed as .xlsx.
 * A form the user cannot see answers 404; one they see but may not export (another department's) 403.
 * Every export is audited; a roster's also as an access to the residents' personal data.
 */
export async function GET(request: Request, { params }: { params: Promise<{ formId: string }> }) {
  try {
    const search = new URL(request.url).searchParams;
    const query = formExportQuery.safeParse({ formId: (await params).formId, period: search.get("period") ?? "", orgUnit: search.get("orgUnit") ?? "all" });
    // Signed in and allowed to see forms at all; whether this form may be exported is decided once it is loaded.
    const me = await authorizeRoute("form.view");
    if (!query.success) throw new AppError("invalidInput");
    const { period, orgUnit } = query.data;
    const db = await getDb();
    const { source, units } = await resolveFormExport(db, me.principal, query.data);
    const { form } = source;
    const exportUnits = await loadExportUnits(db, { source, formPeriod: period, units });
    const { workbook, summary } = await renderFormWorkbook({
      template: source.template,
      layout: form.layout,
      kind: form.kind,
      layoutInfo: form.definition.layoutInfo,
      parts: form.definition.parts,
      fields: source.fields,
      units: exportUnits,
      singleUnit: orgUnit !== "all",
    });
    const persons = form.kind === "roster" ? exportUnits.reduce((n, u) => n + u.records.length, 0) : 0;
    const actor = { userId: me.user.id, districtId: form.districtId };
    const what = { period, orgUnit, units: units.length, rows: summary.rows };
    await recordAudit(db, actor, { action: "export", entity: "form", entityId: form.id, after: what });
    if (persons > 0) await recordAudit(db, actor, { action: "view", entity: "person", entityId: form.id, after: { ...what, persons, via: "export" } });

    const t = await getTranslations("export");
    const fileName = exportFileName([form.title, period, orgUnit === "all" ? t("allUnits") : units[0].name]);
    const body = new PassThrough();
    // exceljs cannot stream from a template: the workbook is built in memory, then written out as a stream.
    workbook.xlsx.write(body).catch((error: unknown) => body.destroy(error as Error));
    return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, {
      headers: { "Content-Type": XLSX, "Content-Disposition": contentDisposition(fileName), "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
    });
  } catch (error) {
    return routeError(error);
  }
}
