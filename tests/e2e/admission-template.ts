import ExcelJS from "exceljs";

/** Fields the demo district collects nowhere else: they come out 新增 in an admission request. */
// Chosen far from every demo form's wording: 走访慰问困难群众户数 was a near synonym of the demo's 走访户数 and came
// out 待确认 once other journeys had added forms in the same run.
export const NEW_FIELDS = ["议事协商会议次数", "应急广播终端数", "古树名木挂牌数（株）"] as const;

/** A 区民政局 monthly template (one row per village) with the four legal marks, written with exceljs. */
export async function buildAdmissionTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("走访慰问");
  ws.addRow(["困难群众走访慰问情况月报"]);
  ws.mergeCells("A1:E1");
  ws.addRow(["表号：望民统9表　制定机关：望城区民政局　批准文号：望统制〔2026〕12号　有效期至：2028年12月"]);
  ws.mergeCells("A2:E2");
  ws.addRow(["填报单位："]);
  ws.addRow(["序号", "村（社区）名称", ...NEW_FIELDS]);
  ws.addRow([1, "", null, null, null]);
  ws.addRow(["注：本表每月5日前报送区民政局。"]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
