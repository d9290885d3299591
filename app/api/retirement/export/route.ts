import ExcelJS from "exceljs";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { writeCell } from "@/lib/export/sanitize-cell";
import { getDistrictOf } from "@/db/queries/org-units";
import { countDistrictVillages } from "@/db/queries/retirement";
import { getRetirementSummary, listRetirementDecisionsInForce } from "@/db/queries/retirement-reads";
import { getDb } from "@/app/_lib/db";
import { authorizeRoute, routeError } from "@/app/_lib/route";

export const dynamic = "force-dynamic";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** 清退清单: the district's retirement decisions in force, one row per form, and a sheet of the summary figures. */
export async function GET() {
  try {
    const me = await authorizeRoute("retirement.decide");
    const db = await getDb();
    const district = await getDistrictOf(db, { path: me.principal.orgUnitPath });
    if (!district || !can(me.principal, "retirement.decide", { orgUnitPath: district.path })) throw new AppError("forbidden");
    const t = await getTranslations("retirement");
    const villages = await countDistrictVillages(db, { districtId: district.id });
    const [decisions, summary] = await Promise.all([listRetirementDecisionsInForce(db, { districtId: district.id }), getRetirementSummary(db, { districtId: district.id, villages })]);

    const wb = new ExcelJS.Workbook();
    wb.creator = "OneForm";
    const ws = wb.addWorksheet(t("exportSheet"), { views: [{ state: "frozen", ySplit: 1 }] });
    const columns = ["no", "form", "department", "frequency", "decision", "mergedInto", "coverage", "coveredBy", "entriesPerVillage", "reason", "decidedBy", "decidedAt"] as const;
    const widths = [6, 30, 16, 8, 8, 24, 9, 40, 14, 36, 14, 18];
    ws.columns = columns.map((key, i) => ({ header: t(`exportColumns.${key}`), key, width: widths[i] }));
    ws.getRow(1).font = { bold: true };
    decisions.forEach((d, i) => {
      const a = d.review.analysis;
      const values: Record<(typeof columns)[number], string | number | Date | null> = {
        no: i + 1,
        form: d.formTitle,
        department: d.departmentName,
        frequency: t(`frequencies.${d.frequency}`),
        decision: t(`decisions.${d.review.decision}`),
        mergedInto: d.mergedIntoTitle ?? "",
        coverage: d.review.coverage,
        coveredBy: a.coveredBy.map((c) => `${c.title}（${c.department}）`).join("；"),
        entriesPerVillage: d.review.decision === "keep" ? 0 : a.entriesPerVillage,
        reason: d.review.reason ?? "",
        decidedBy: d.decidedByName ?? "",
        decidedAt: d.review.decidedAt,
      };
      // Every value, typed titles and reasons included, goes through the one cell writer (formula-safe).
      const row = ws.getRow(i + 2);
      columns.forEach((key, c) => writeCell(row.getCell(c + 1), values[key]));
      row.getCell(7).numFmt = "0%";
      row.getCell(12).numFmt = "yyyy-mm-dd hh:mm";
    });

    const sheet = wb.addWorksheet(t("summary"));
    sheet.columns = [{ width: 28 }, { width: 14 }];
    const figures: [string, string | number][] = [
      [t("figures.district"), district.name],
      ...(["registered", "active", "retired", "retiredByDecision", "merged", "kept", "pending", "entriesRemovedPerVillage", "entriesRemovedTotal"] as const).map((key): [string, number] => [t(`figures.${key}`), summary[key]]),
      [t("figures.villages"), villages],
    ];
    figures.forEach(([label, value], i) => {
      writeCell(sheet.getRow(i + 1).getCell(1), label);
      writeCell(sheet.getRow(i + 1).getCell(2), value);
    });

    const buffer = await wb.xlsx.writeBuffer();
    const name = `${t("exportSheet")}-${district.name}-${new Date().toISOString().slice(0, 10)}.xlsx`;
    return new Response(buffer as ArrayBuffer, {
      headers: {
        "Content-Type": XLSX,
        "Content-Disposition": `attachment; filename="retirement.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return routeError(error);
  }
}
