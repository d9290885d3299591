import ExcelJS from "exceljs";
import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/errors";
import { writeCell } from "@/lib/export/sanitize-cell";
import { recordAudit } from "@/db/queries/audit";
import { listAdmittedCatalog } from "@/db/queries/admission-reads";
import { getDb } from "@/app/_lib/db";
import { authorizeRoute, routeError } from "@/app/_lib/route";
import { admissionScope } from "@/app/(app)/admission/district";

export const dynamic = "force-dynamic";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** 准入目录 as .xlsx: one row per admitted form; every cell through the one formula-safe writer. Audited. */
export async function GET(request: Request) {
  try {
    const me = await authorizeRoute("admission.view");
    const db = await getDb();
    const scope = await admissionScope(db, me, new URL(request.url).searchParams.get("district"));
    if (!scope) throw new AppError("notFound");
    const t = await getTranslations("admission");
    const tf = await getTranslations("forms");
    const items = await listAdmittedCatalog(db, { districtId: scope.district.id });

    const wb = new ExcelJS.Workbook();
    wb.creator = "OneForm";
    const ws = wb.addWorksheet(t("catalog.title"), { views: [{ state: "frozen", ySplit: 1 }] });
    const columns = ["no", "form", "department", "frequency", "fields", "formNumber", "authority", "approvalNumber", "validUntil", "admitted", "decidedAt"] as const;
    const widths = [6, 34, 16, 8, 8, 16, 18, 22, 14, 14, 18];
    ws.columns = columns.map((key, i) => ({ header: t(`catalog.columns.${key}`), key, width: widths[i] }));
    ws.getRow(1).font = { bold: true };
    items.forEach((item, i) => {
      const values: Record<(typeof columns)[number], string | number | Date | null> = {
        no: i + 1,
        form: item.title,
        department: item.departmentName,
        frequency: tf(`frequency.${item.frequency}`),
        fields: item.fieldCount,
        formNumber: item.legal.formNumber,
        authority: item.legal.authority,
        approvalNumber: item.legal.approvalNumber,
        validUntil: item.legal.validUntil,
        admitted: item.admission ? t(`status.${item.admission.status}`) : t("catalog.legacy"),
        decidedAt: item.admission?.decidedAt ?? null,
      };
      const row = ws.getRow(i + 2);
      columns.forEach((key, c) => writeCell(row.getCell(c + 1), values[key]));
      row.getCell(11).numFmt = "yyyy-mm-dd hh:mm";
    });
    const buffer = await wb.xlsx.writeBuffer();
    await recordAudit(db, { userId: me.user.id, districtId: scope.district.id }, { action: "export", entity: "admission_catalog", entityId: scope.district.id, after: { forms: items.length } });
    const name = `${t("catalog.title")}-${scope.district.name}-${new Date().toISOString().slice(0, 10)}.xlsx`;
    return new Response(buffer as ArrayBuffer, {
      headers: {
        "Content-Type": XLSX,
        "Content-Disposition": `attachment; filename="admission-catalog.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return routeError(error);
  }
}
