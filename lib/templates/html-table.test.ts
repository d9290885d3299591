import { describe, expect, it } from "vitest";
import { parseTemplate } from "./parse-template";

const PAGE = `<html><head><meta charset="utf-8"></head><body>
<table border="1">
<tr><td colspan="4">2026年第二季度低保对象花名册</td></tr>
<tr><td rowspan="2">序号</td><td colspan="2">户主信息</td><td rowspan="2">保障金额（元）</td></tr>
<tr><th>姓&nbsp;名</th><th>身份证号</th></tr>
<tr><td>1</td><td></td><td></td><td></td></tr>
<tr><td colspan="4">填表人：   联系电话：</td></tr>
</table></body></html>`;

describe("HTML saved as .xls", () => {
  it("reads the first table with rowspan/colspan as merged headers, and warns", async () => {
    const [form] = await parseTemplate(Buffer.from(PAGE, "utf8"), "导出.xls");
    expect(form.title).toBe("2026年第二季度低保对象花名册");
    expect(form.fields.map((f) => [f.address, f.label, f.path, f.type, f.unit])).toEqual([
      ["B3", "姓 名", ["户主信息", "姓 名"], "text", null],
      ["C3", "身份证号", ["户主信息", "身份证号"], "idcard", null],
      ["D2", "保障金额（元）", ["保障金额（元）"], "decimal", "元"],
    ]);
    expect(form.layoutInfo).toMatchObject({ headerRows: [2, 3], serialColumn: 1, footerRow: 5 });
    expect(form.warnings.join()).toContain("HTML");
  });

  it("decodes GBK pages", async () => {
    const gbk = new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb]); // 姓名 in GBK
    const html = Buffer.concat([
      Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><table><tr><td>'),
      Buffer.from(gbk),
      Buffer.from("</td><td>age</td></tr></table></html>"),
    ]);
    const [form] = await parseTemplate(html, "gbk.xls");
    expect(form.fields[0].label).toBe("姓名");
  });

  it("refuses an HTML page without a table", async () => {
    await expect(parseTemplate(Buffer.from("<html><body>hello</body></html>"), "x.xls")).rejects.toMatchObject({ problem: "htmlAsXls" });
  });
});
