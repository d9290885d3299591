import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readCatalogFile } from "./catalog-file";

async function catalogBytes(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("报表清单");
  ws.addRow(["序号", "文件名", "报表名称", "主管部门", "填报频次", "填报对象"]);
  rows.forEach((r, i) => ws.addRow([i + 1, ...r]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("readCatalogFile", () => {
  it("reads the same catalog once per name and content (a folder upload sends it with every file)", async () => {
    const bytes = await catalogBytes([["低保.xlsx", "低保花名册", "区民政局", "月报", "村和社区"]]);
    const first = await readCatalogFile(bytes, "报表清单.xlsx");
    expect(first).toEqual([{ fileName: "低保.xlsx", title: "低保花名册", department: "区民政局", frequency: "monthly", targetLevels: ["village", "community"] }]);
    expect(await readCatalogFile(Buffer.from(bytes), "报表清单.xlsx")).toBe(first);
    // Other bytes or another name: read again.
    const other = await readCatalogFile(await catalogBytes([["低保.xlsx", "低保花名册", "区卫健委", "季报", "村和社区"]]), "报表清单.xlsx");
    expect(other[0].department).toBe("区卫健委");
    expect(await readCatalogFile(bytes, "清单2.xlsx")).not.toBe(first);
  });

  it("refuses a catalog without header or rows, every time", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").addRow(["随便", "写点"]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    for (let i = 0; i < 2; i++) await expect(readCatalogFile(bytes, "空清单.xlsx")).rejects.toThrow("报表清单「空清单.xlsx」中没有找到表头");
  });
});
