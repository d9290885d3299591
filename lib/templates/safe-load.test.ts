import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { TemplateError } from "./errors";
import { parseTemplate } from "./parse-template";
import { loadWorkbookSafely, sniffFileKind } from "./safe-load";
import { buildWorkbook, patchZipPart, rosterSpec } from "./test-fixtures";
import { writeZip } from "./zip";

async function refusal(buf: Buffer, limits?: Parameters<typeof loadWorkbookSafely>[2]): Promise<TemplateError> {
  try {
    await loadWorkbookSafely(buf, "坏文件.xlsx", limits);
  } catch (error) {
    expect(error).toBeInstanceOf(TemplateError);
    return error as TemplateError;
  }
  throw new Error("expected a refusal");
}

/** A zip whose single entry declares `size` bytes deflated from zeros. */
function zipWithDeflated(name: string, size: number): Buffer {
  const data = deflateRawSync(Buffer.alloc(size));
  const zip = writeZip([{ name, data }]);
  // Patch method (8 = deflate) and uncompressed size in the local and central headers.
  zip.writeUInt16LE(8, 8);
  zip.writeUInt32LE(size, 22);
  const cen = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  zip.writeUInt16LE(8, cen + 10);
  zip.writeUInt32LE(size, cen + 24);
  return zip;
}

describe("looking before loading", () => {
  it("sniffs containers by magic bytes, not extension", () => {
    expect(sniffFileKind(Buffer.from("PK\u0003\u0004rest"))).toBe("zip");
    expect(sniffFileKind(Buffer.from("\uFEFF<html><table><tr><td>1</td></tr></table></html>"))).toBe("html");
    expect(sniffFileKind(Buffer.from('<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook>'))).toBe("xml");
    expect(sniffFileKind(Buffer.from("姓名,性别\n张三,男\n"))).toBe("text");
    expect(sniffFileKind(Buffer.alloc(0))).toBe("empty");
  });

  it("refuses old .xls and encrypted workbooks (OLE containers) with a save-as hint", async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    const xls = await refusal(ole);
    expect(xls.problem).toBe("oldXls");
    expect(xls.message).toContain("坏文件.xlsx");
    expect(xls.message).toContain("另存为");
    const enc = await refusal(Buffer.concat([ole, Buffer.from("EncryptedPackage", "utf16le")]));
    expect(enc.problem).toBe("encrypted");
  });

  it("refuses HTML saved as .xls, CSV, and random bytes", async () => {
    expect((await refusal(Buffer.from("<html><body><table></table></body></html>"))).problem).toBe("htmlAsXls");
    expect((await refusal(Buffer.from("a,b\n1,2\n"))).problem).toBe("csv");
    expect((await refusal(Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff, 0xfe]))).problem).toBe("notExcel");
  });

  it("refuses files over the size limit", async () => {
    const e = await refusal(Buffer.alloc(2048, 1), { ...(await import("./safe-load")).DEFAULT_LOAD_LIMITS, maxFileBytes: 1024 });
    expect(e.problem).toBe("tooLarge");
    expect(e.code).toBe("fileTooLarge");
  });

  it("refuses a zip-bomb-like compression ratio without inflating it", async () => {
    const e = await refusal(zipWithDeflated("xl/worksheets/sheet1.xml", 50 * 1024 * 1024));
    expect(e.problem).toBe("zipBomb");
  });

  it("refuses unsafe entry names, macros and zips that are not workbooks", async () => {
    const wb = { name: "xl/workbook.xml", data: Buffer.from("<workbook/>") };
    expect((await refusal(writeZip([wb, { name: "../evil.sh", data: Buffer.from("x") }]))).problem).toBe("zipUnsafeName");
    expect((await refusal(writeZip([wb, { name: "xl/vbaProject.bin", data: Buffer.from("x") }]))).problem).toBe("macros");
    expect((await refusal(writeZip([{ name: "word/document.xml", data: Buffer.from("<w/>") }]))).problem).toBe("notExcel");
    expect((await refusal(Buffer.from("PK\u0003\u0004 truncated"))).problem).toBe("zipCorrupt");
  });

  it("refuses a workbook without a recognisable header", async () => {
    const buf = await buildWorkbook([{ name: "S", rows: [["只有一行说明文字"], [], ["12", "34"]] }]);
    await expect(parseTemplate(buf, "空表.xlsx")).rejects.toMatchObject({ problem: "noHeader" });
    const onlyInstructions = await buildWorkbook([{ name: "填表说明", rows: [["1. 说明"]] }]);
    await expect(parseTemplate(onlyInstructions, "说明.xlsx")).rejects.toMatchObject({ problem: "noForm" });
  });

  it("clips a whole-column dropdown and a huge merge to the used area instead of expanding them", async () => {
    const plain = await buildWorkbook([{ name: "S", rows: [["姓名", "性别", "备注"]] }]);
    const buf = patchZipPart(plain, "xl/worksheets/sheet1.xml", (xml) =>
      xml.replace(
        "</sheetData>",
        '</sheetData><mergeCells count="1"><mergeCell ref="D5:XFD1048576"/></mergeCells>' +
          '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="B2:B1048576 C:C"><formula1>"男,女"</formula1></dataValidation></dataValidations>',
      ),
    );
    const started = performance.now();
    const forms = await parseTemplate(buf, "大范围.xlsx");
    expect(performance.now() - started).toBeLessThan(5000);
    expect(forms[0].fields.find((f) => f.label === "性别")).toMatchObject({ type: "choice", options: ["男", "女"] });
  });

  it("loads an ordinary template unchanged", async () => {
    const { workbook, warnings } = await loadWorkbookSafely(await buildWorkbook(rosterSpec()), "ok.xlsx");
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["花名册", "填表说明"]);
    expect(warnings).toEqual([]);
  });
});

describe("lying zip headers", () => {
  it("refuses an entry that inflates to more than it declares", async () => {
    const real = deflateRawSync(Buffer.alloc(4096, 65));
    const zip = writeZip([
      { name: "xl/workbook.xml", data: Buffer.from("<workbook/>") },
      { name: "xl/sharedStrings.xml", data: real },
    ]);
    // Declare deflate with a 10-byte inflated size for the second entry.
    const second = zip.indexOf(Buffer.from("xl/sharedStrings.xml")) - 30;
    zip.writeUInt16LE(8, second + 8);
    zip.writeUInt32LE(10, second + 22);
    const cen = zip.lastIndexOf(Buffer.from("xl/sharedStrings.xml")) - 46;
    zip.writeUInt16LE(8, cen + 10);
    zip.writeUInt32LE(10, cen + 24);
    expect((await refusal(zip)).problem).toBe("zipCorrupt");
  });
});
