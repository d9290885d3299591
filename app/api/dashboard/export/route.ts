import ExcelJS from "exceljs";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { burdenTable, type ExportTable } from "@/lib/burden/tables";
import { writeCell } from "@/lib/export/sanitize-cell";
import { AppError } from "@/lib/errors";
import { listBurdenByChild, listBurdenByDepartment, listBurdenByMonth, listMostBurdenedUnits } from "@/db/queries/burden";
import { getDb } from "@/app/_lib/db";
import { authorizeRoute, routeError } from "@/app/_lib/route";
import { loadDashboardContext } from "@/app/(app)/dashboard/load";

const input = z.object({ unit: z.uuid(), table: z.enum(["months", "children", "departments", "top"]) });

/** GET one dashboard table as .xlsx (same scope, period and department filter as the page). */
export async function GET(request: Request) {
  try {
    const me = await authorizeRoute("burden.view");
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const parsed = input.safeParse(params);
    if (!parsed.success) throw new AppError("invalidInput");
    const db = await getDb();
    const ctx = await loadDashboardContext(db, me, parsed.data.unit, params);
    if (!ctx) throw new AppError("notFound");
    const t = await getTranslations("burden");
    const { scope } = ctx;
    let table: ExportTable;
    switch (parsed.data.table) {
      case "months":
        table = burdenTable(["month"], await listBurdenByMonth(db, scope), (r) => [r.month]);
        break;
      case "children":
        table = burdenTable(["orgUnit"], await listBurdenByChild(db, scope), (r) => [r.name]);
        break;
      case "departments":
        table = burdenTable(["department"], await listBurdenByDepartment(db, scope), (r) => [r.departmentName]);
        break;
      case "top":
        table = burdenTable(["orgUnit", "town"], await listMostBurdenedUnits(db, { ...scope, limit: 50 }), (r) => [r.name, r.townName]);
        break;
    }
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(t(`sheet.${parsed.data.table}`));
    writeCell(ws.getCell(1, 1), `${t("title", { name: ctx.unit.name })}（${t("period", { from: ctx.filters.from, to: ctx.filters.to })}）`);
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    table.columns.forEach((c, i) => {
      writeCell(ws.getCell(2, i + 1), t(c));
      ws.getCell(2, i + 1).font = { bold: true };
      ws.getColumn(i + 1).width = i === 0 ? 16 : 12;
    });
    table.rows.forEach((row, r) => row.forEach((v, c) => writeCell(ws.getCell(r + 3, c + 1), v)));
    ws.views = [{ state: "frozen", ySplit: 2 }];
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const name = `${ctx.unit.name}-${t(`sheet.${parsed.data.table}`)}-${ctx.filters.from}至${ctx.filters.to}.xlsx`;
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename="burden.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return routeError(error);
  }
}
