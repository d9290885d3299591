import ExcelJS from "exceljs";
import { writeCell, type ExportScalar } from "@/lib/export/sanitize-cell";
import type { FieldType } from "@/lib/domain";

/** One row of a department's discrepancy list (plain data). */
export interface DiscrepancyRow {
  townName: string;
  villageName: string;
  divisionCode: string;
  elementName: string;
  periodKey: string | null;
  personName: string | null;
  idNumber: string | null;
  pushedValue: ExportScalar;
  pushedAt: Date;
  villageValue: ExportScalar;
  updatedByName: string | null;
  updatedAt: Date;
  villageSource: string;
  isCorrection: boolean;
}

const COLUMNS: { key: string; width: number; type?: FieldType }[] = [
  { key: "no", width: 6 },
  { key: "town", width: 12 },
  { key: "village", width: 14 },
  { key: "code", width: 15, type: "idcard" },
  { key: "element", width: 20 },
  { key: "period", width: 10 },
  { key: "person", width: 10 },
  { key: "idNumber", width: 21, type: "idcard" },
  { key: "pushed", width: 14 },
  { key: "pushedAt", width: 17 },
  { key: "village", width: 14 },
  { key: "updatedBy", width: 14 },
  { key: "updatedAt", width: 17 },
  { key: "note", width: 24 },
];

/**
 * The discrepancy list as a workbook: one row per item where a village's value differs from the
 * department's push. Every value (village names, element names, typed values) goes through writeCell,
 * so nothing a village typed can become a formula in the department's Excel.
 */
export function buildDiscrepancyWorkbook(rows: DiscrepancyRow[], labels: { sheet: string; columns: string[]; correction: string; differs: string; confirmedEarlier: string }): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "OneForm";
  const ws = wb.addWorksheet(labels.sheet, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = COLUMNS.map((c, i) => ({ header: labels.columns[i], width: c.width }));
  ws.getRow(1).font = { bold: true };
  rows.forEach((d, i) => {
    const row = ws.getRow(i + 2);
    const cells: ExportScalar[] = [i + 1, d.townName, d.villageName, d.divisionCode, d.elementName, d.periodKey, d.personName, d.idNumber, d.pushedValue, d.pushedAt, d.villageValue, d.updatedByName, d.updatedAt, d.isCorrection ? labels.correction : d.villageSource === "pushed" ? labels.confirmedEarlier : labels.differs];
    cells.forEach((value, c) => writeCell(row.getCell(c + 1), value, COLUMNS[c].type));
    row.getCell(10).numFmt = "yyyy-mm-dd hh:mm";
    row.getCell(13).numFmt = "yyyy-mm-dd hh:mm";
  });
  return wb;
}
