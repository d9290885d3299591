import type { FieldType, FormKind, Frequency, Layout, TargetLevel } from "@/lib/domain";

/** A normalised cell value: what the cell means, whatever exceljs shape it came in. */
export type CellScalar = string | number | boolean | Date | null;

/** One field of a parsed template. Plain JSON-serialisable data. */
export interface TemplateField {
  /** `Sheet!A1`: leaf header label cell (columns, indicator-rows) or value cell (grid). */
  ref: string;
  sheet: string;
  /** A1 address of `ref` without the sheet. */
  address: string;
  label: string;
  /** Header texts from top to leaf (indicator-rows: category first; grid: row label, column path). */
  path: string[];
  type: FieldType;
  unit: string | null;
  options?: string[];
  isRemark: boolean;
  /** columns layout: 1-based column of the field's data cells. */
  column?: number;
  /** indicator-rows / grid: the cell a value is written to (A1, same sheet). */
  valueCell?: string;
  /** indicator-rows: 1-based row of the indicator; grid: row of the row label. */
  row?: number;
  /** Statistical code (代码/行次) of an indicator, when the template gives one. */
  code?: string;
  /**
   * grid: the org unit whose value the cell holds when the columns are the platform's org units (a town's table with
   * its villages across: 李庄村 | 王楼村). The row is the datum; each village fills its own column, as each fills its
   * own row of a village table (docs/decisions.md #14).
   */
  orgUnit?: string;
}

/** Where things are on the form's sheet, so an exporter can fill the original template. */
export interface TemplateLayoutInfo {
  sheet: string;
  /** 1-based inclusive header rows. */
  headerRows: [number, number];
  /** 1-based inclusive columns covered by the table. */
  columns: [number, number];
  /** The `甲 乙 1 2 3` code row under the header, if any. */
  codeRow: number | null;
  /** Example rows (示例/例) to clear or drop when filling. */
  exampleRows: number[];
  /** First row where data goes. */
  firstDataRow: number;
  /** Last row of the data area before any footer/notes (may equal firstDataRow - 1 when none). */
  lastDataRow: number;
  /** 1-based column of the 序号 column, if any. */
  serialColumn: number | null;
  /** Rows labelled 合计/总计/小计. */
  totalRows: number[];
  /** Pre-filled row labels (village names in aggregate forms) by row. */
  prefilledRows: { row: number; label: string }[];
  /** First footer/notes row (insert data rows before it); null when the table runs to the end. */
  footerRow: number | null;
}

/** A parsed report template (表样). */
export interface FormDefinition {
  /** File name as given (relative path when from a folder). */
  file: string;
  title: string;
  sheet: string;
  layout: Layout;
  kind: FormKind;
  department: string | null;
  frequency: Frequency | null;
  targetLevels: TargetLevel[];
  fields: TemplateField[];
  layoutInfo: TemplateLayoutInfo;
  /** Meta text found around the table: notes (注：…), statistical block, meta row. */
  notes: string[];
  /** Non-fatal problems (formulas read from cached results, clipped ranges …), in Chinese. */
  warnings: string[];
  /**
   * When the form spans several sheets (表一…表五 of one survey): every part in sheet order. `sheet`, `layout`,
   * `kind` and `layoutInfo` above are those of the dominant part (most fields); fields carry their own sheet.
   */
  parts?: FormPart[];
}

/** One sheet of a form that spans several sheets. */
export interface FormPart {
  sheet: string;
  title: string;
  layout: Layout;
  kind: FormKind;
  fieldCount: number;
  layoutInfo: TemplateLayoutInfo;
}

/** Template-level hints parsed from a 填表说明 instruction sheet, by field label. */
export interface InstructionHints {
  units: Map<string, string>;
  dates: Set<string>;
  phones: Set<string>;
  options: Map<string, string[]>;
}

/** One catalog row (报表清单). */
export interface CatalogEntry {
  fileName: string;
  title: string | null;
  department: string | null;
  frequency: Frequency | null;
  targetLevels: TargetLevel[];
}
