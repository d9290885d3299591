import ExcelJS from "exceljs";
import { readZipDirectory, readZipEntry, writeZip } from "./zip";

/**
 * A small declarative workbook for tests (test support, not product code). tests/fixtures/xlsx/{roster,aggregate,
 * indicator-rows,grid}.xlsx are rosterSpec() … gridSpec() written with buildWorkbook().
 */
export interface SheetSpec {
  name: string;
  state?: "visible" | "hidden" | "veryHidden";
  rows: (ExcelJS.CellValue | undefined)[][];
  merges?: string[];
  /** Address or range → list formula (`"男,女"` or `'选项'!$A$2:$A$5`). */
  lists?: Record<string, string>;
}

export async function buildWorkbook(sheets: SheetSpec[], options: { date1904?: boolean } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  if (options.date1904) wb.properties.date1904 = true;
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name, { state: spec.state ?? "visible" });
    spec.rows.forEach((row, i) => {
      row.forEach((value, j) => {
        if (value !== undefined && value !== null && value !== "") ws.getCell(i + 1, j + 1).value = value;
      });
    });
    for (const m of spec.merges ?? []) ws.mergeCells(m);
    for (const [range, formula] of Object.entries(spec.lists ?? {})) {
      (ws as unknown as { dataValidations: { add(a: string, v: object): void } }).dataValidations.add(range, {
        type: "list",
        allowBlank: true,
        formulae: [formula],
      });
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const FOOTER = "单位负责人：            填表人：            联系电话：            报出日期：";

/** A roster (台账): title, meta row, statistical block, two-row merged header, 序号/备注, example row, dropdowns, notes. */
export function rosterSpec(): SheetSpec[] {
  return [
    {
      name: "花名册",
      rows: [
        ["附件3"],
        ["2026年第三季度困难群众走访登记表", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "表    号：民统01表"],
        ["", "", "", "", "", "制定机关：区民政局"],
        ["填报单位（盖章）：", "", "", "", "", "填报日期：    年  月  日"],
        ["序号", "基本情况", "", "", "联系\n电话", "走访日期", "月补助金额（元）", "备  注"],
        ["", "姓  名", "性别", "公民身份号码"],
        ["示例", "张三", "男", "34128020010719430X", "138****1234", "2026年3月5日", 120.5],
        [1], [2], [3],
        [FOOTER],
        ["注：1.本表由各村（社区）填报，每季度结束后5日内报送区民政局。"],
      ],
      merges: ["A2:H2", "F3:H3", "F4:H4", "A5:E5", "F5:H5", "B6:D6", "A6:A7", "E6:E7", "F6:F7", "G6:G7", "H6:H7", "A12:H12", "A13:H13"],
      lists: { "C8:C200": '"男,女"' },
    },
    { name: "填表说明", rows: [["《困难群众走访登记表》填表说明"], ["1. “走访日期”：按“年-月-日”格式填写。"]] },
  ];
}

/** Rewrites the XML of one zip part (e.g. to declare ranges exceljs itself could not write). */
export function patchZipPart(buf: Buffer, part: string, patch: (xml: string) => string): Buffer {
  const entries = readZipDirectory(buf, 10_000);
  return writeZip(
    entries.map((e) => {
      const data = readZipEntry(buf, e);
      return { name: e.name, data: e.name === part ? Buffer.from(patch(data.toString("utf8")), "utf8") : data };
    }),
  );
}

/** An aggregate form: one row per village, code row, 合计 row, 金额单位 note, unit on a parent header. */
export function aggregateSpec(): SheetSpec[] {
  return [
    {
      name: "统计表",
      rows: [
        ["2026年  月集体经济情况统计表"],
        ["填报单位：", "", "金额单位：万元", "", "填报日期："],
        ["序号", "村（社区）名称", "经营收入", "户籍人口（人）", "", "合作社数"],
        ["", "", "", "合计", "其中：女"],
        ["甲", "乙", "1", "2", "3", "4"],
        [1, "东风村"],
        [2, "南街社区"],
        ["", "合计"],
        ["负责人：      填表人：      联系电话："],
      ],
      merges: ["A1:F1", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:F4", "A9:F9"],
    },
  ];
}

/** An indicator-rows form: two panels, category rows, 其中 sub-items. */
export function indicatorSpec(): SheetSpec[] {
  return [
    {
      name: "月报",
      rows: [
        ["2026年10月社会救助月报表"],
        ["指标名称", "计量单位", "代码", "本期数", "指标名称", "计量单位", "代码", "本期数"],
        ["甲", "乙", "丙", "1", "甲", "乙", "丙", "1"],
        ["一、低保户数", "户", "01", "", "2.人数", "人", "05"],
        ["二、救助金额", "万元", "02", "", "三、耕地面积", "亩", "06"],
        ["其中：临时救助", "万元", "03", "", "四、覆盖率", "%", "07"],
        ["三、户籍", "—", "", "—", "五、自然村", "个", "08"],
        ["1.户数", "户", "04"],
        ["注：本表由各村填报，每月5日前报送区民政局。"],
      ],
      merges: ["A1:H1", "A9:H9"],
    },
  ];
}

/** A grid form: row labels × a grouped column header, 单位：人 note, a 备注 column. */
export function gridSpec(): SheetSpec[] {
  return [
    {
      name: "表1",
      rows: [
        ["慢性病管理情况表"],
        ["填报单位：", "单位：人", "报送日期："],
        ["病种", "管理情况", "", "备注"],
        ["", "在管人数", "随访数"],
        ["高血压"],
        ["糖尿病"],
      ],
      merges: ["A1:D1", "A3:A4", "B3:C3", "D3:D4"],
    },
  ];
}

/** One survey in five sheets (表一…表五), a visible option sheet and an instruction sheet, as counties send them. */
export function fiveSheetSurveySpec(): SheetSpec[] {
  const part = (n: string, title: string, header: string[], rows: (string | number)[][] = []): SheetSpec => ({
    name: `表${n}`,
    rows: [[`表${n}`], [title], ["填报单位（盖章）：", "", "填报日期：  年  月  日"], header, ...rows, ["填表人：", "", "审核人："]],
    merges: [`A2:${String.fromCharCode(64 + header.length)}2`],
  });
  return [
    part("一", "2025年农村困难家庭调查表（户基本情况）", ["序号", "户主姓名", "身份证号码", "家庭人口数（人）", "联系电话"]),
    part("二", "2025年农村困难家庭调查表（家庭成员）", ["序号", "姓名", "与户主关系", "性别", "出生日期"]),
    part("三", "2025年农村困难家庭调查表（收入情况）", ["序号", "户主姓名", "工资性收入（元）", "经营性收入（元）"]),
    part("四", "2025年农村困难家庭调查表（住房情况）", ["序号", "户主姓名", "住房面积（平方米）", "是否危房"]),
    part("五", "2025年农村困难家庭调查表（帮扶措施）", ["序号", "户主姓名", "帮扶措施", "帮扶责任人"]),
    { name: "选项", rows: [["性别", "与户主关系"], ["男", "户主"], ["女", "配偶"], ["", "子女"]] },
    { name: "填表说明", rows: [["填表说明"], ["1.本表由各村填报，每年12月底前报送区民政局。"]] },
  ];
}


/**
 * A long questionnaire with indicators down the rows (项目 | 单位 | 数量 | 备注): `sections` × `items` numbered
 * 一、（一）1.（1）, category rows without a unit, 其中： items, a stamp and signature block at the bottom. Returns the
 * spec and the labels of the rows that are indicators (the expected fields, in order).
 */
export function longQuestionnaireSpec(options: { sections?: number; groups?: number; items?: number; header?: string[] } = {}): { spec: SheetSpec[]; indicators: { address: string; label: string; unit: string }[] } {
  const { sections = 3, groups = 3, items = 6 } = options;
  const header = options.header ?? ["项目", "单位", "数量", "备注"];
  const cn = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
  const topics = ["人口", "土地", "产业", "收入", "住房", "医疗", "教育", "就业", "社保", "设施"];
  const measures: [string, string][] = [["户数", "户"], ["人数", "人"], ["面积", "亩"], ["金额", "万元"], ["个数", "个"], ["覆盖率", "%"], ["次数", "次"], ["里程", "公里"]];
  const rows: (string | number | undefined)[][] = [
    ["2025年第三季度农村经济社会基本情况调查表"],
    ["填报单位（盖章）：", "", "", "填报日期：  年  月  日"],
    header,
  ];
  const indicators: { address: string; label: string; unit: string }[] = [];
  const codeCol = header.some((h) => /代码/.test(h));
  const push = (label: string, unit: string, isIndicator: boolean) => {
    const row = codeCol ? [label, unit, isIndicator ? String(rows.length).padStart(2, "0") : ""] : [label, unit];
    rows.push(row);
    if (isIndicator) indicators.push({ address: `A${rows.length}`, label, unit });
  };
  for (let s = 0; s < sections; s++) {
    push(`${cn[s]}、${topics[s]}基本情况`, "", false);
    for (let g = 0; g < groups; g++) {
      push(`（${cn[g]}）${topics[(s + g + 1) % topics.length]}${["统计", "分布", "变动"][g % 3]}`, "", false);
      for (let i = 0; i < items; i++) {
        const [m, unit] = measures[(s + g + i) % measures.length];
        push(`${i + 1}.${topics[(s * 3 + g + i) % topics.length]}${["新增", "现有", "累计", "年末", "在册", "登记"][i % 6]}${m}`, unit, true);
        if (i === 1) push(`其中：女性${m}`, unit, true);
        if (i === 2) push(`（1）60岁以上${m}`, unit, true);
      }
    }
  }
  rows.push([]);
  rows.push(["单位负责人（签字）：", "", "填表人：", "审核人："]);
  rows.push(["注：本表由各村（社区）填报，每季度结束后10日内报送区农业农村局。"]);
  return { spec: [{ name: "调查表", rows, merges: ["A1:D1", `A${rows.length}:D${rows.length}`] }, { name: "Sheet2", rows: [] }, { name: "Sheet3", rows: [] }], indicators };
}
