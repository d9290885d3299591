import type ExcelJS from "exceljs";
import type { FieldType, FormKind, Layout } from "@/lib/domain";
import { inferFieldType, isVillageNameLabel } from "./field-type";
import { columnOptions } from "./options";
import type { RawField } from "./raw-field";
import type { SheetGrid } from "./sheet-grid";
import { norm } from "./text";
import { COUNT_HEAD } from "./type-cues";
import type { InstructionHints, TemplateField } from "./types";
import { impliedUnit, isMoneyUnit, type FormUnits } from "./unit";

export interface FieldContext {
  workbook: ExcelJS.Workbook;
  grid: SheetGrid;
  layout: Layout;
  kind: FormKind;
  formUnits: FormUnits;
  hints: InstructionHints;
  /** Rows where dropdowns of data cells are looked for. */
  dataRows: { from: number; to: number };
  /** The first example row (示例), whose values hint at types. */
  exampleRow: number | null;
}

const MONEY_WORDS = /(金额|资金|收入|收益|利润|损失|赔偿|罚款|罚没|税款|保费|投资|造价|成本|经费|补贴|补助|救助金|低保金|工资|资产|费用|支出|价格|总额|销售额|营业额|款)/;

function quantityUnit(raw: RawField, type: FieldType, explicit: string | null, ctx: FieldContext, sibling: string | null): string | null {
  if (type !== "integer" && type !== "decimal") return null;
  if (explicit) return explicit;
  const label = norm(raw.leafText ?? raw.label);
  const isMoney = !COUNT_HEAD.test(label) && (MONEY_WORDS.test(label) || raw.parents.some((p) => MONEY_WORDS.test(norm(p))));
  if (isMoney && ctx.formUnits.money) return ctx.formUnits.money;
  if (ctx.formUnits.general) return ctx.formUnits.general;
  const implied = impliedUnit(raw.leafText ?? raw.label, raw.parents);
  if (implied) return implied;
  // A neighbour's money unit (补助金额（万元）) never carries over to a count beside it (脱贫户危房数).
  if (sibling && (isMoney || !isMoneyUnit(sibling))) return sibling;
  if (type === "integer") return "个";
  return isMoney ? "元" : null;
}

function optionsFor(raw: RawField, ctx: FieldContext): string[] | undefined {
  const fromHints = ctx.hints.options.get(norm(raw.label));
  if (raw.optionsColumn === undefined || ctx.layout !== "columns") return fromHints;
  return columnOptions(ctx.workbook, ctx.grid, raw.optionsColumn, ctx.dataRows) ?? fromHints;
}

/** Decides type, unit and options of each raw field; refs are `Sheet!A1`. */
export function finishFields(raws: RawField[], ctx: FieldContext): TemplateField[] {
  const siblingUnits = new Map<string, string>();
  return raws.map((raw) => {
    const key = norm(raw.label);
    const options = raw.isRemark ? undefined : optionsFor(raw, ctx);
    const explicit = raw.explicitUnit ?? ctx.hints.units.get(key) ?? null;
    const type: FieldType = raw.isRemark
      ? "text"
      : inferFieldType({
          label: raw.leafText ?? raw.label,
          parents: ctx.layout === "grid" ? raw.parents.slice(1) : raw.parents,
          explicitUnit: explicit,
          options,
          kind: ctx.kind,
          numericByDefault: ctx.kind === "aggregate" && !isVillageNameLabel(raw.label),
          hintDate: ctx.hints.dates.has(key),
          hintPhone: ctx.hints.phones.has(key),
          example: ctx.exampleRow && raw.column && ctx.layout === "columns" ? ctx.grid.value(ctx.exampleRow, raw.column) : undefined,
        });
    const group = raw.parents.join(">");
    const unit = quantityUnit(raw, type, explicit, ctx, siblingUnits.get(group) ?? null);
    if (raw.explicitUnit && unit) siblingUnits.set(group, unit);
    const field: TemplateField = {
      ref: `${ctx.grid.name}!${raw.address}`,
      sheet: ctx.grid.name,
      address: raw.address,
      label: raw.label,
      path: [...raw.parents, raw.leafText ?? raw.label],
      type,
      unit,
      isRemark: raw.isRemark,
    };
    if (options && (type === "choice" || type === "boolean")) field.options = options;
    if (raw.column !== undefined) field.column = raw.column;
    if (raw.valueCell) field.valueCell = raw.valueCell;
    if (raw.row !== undefined) field.row = raw.row;
    if (raw.code) field.code = raw.code;
    if (raw.orgUnit) field.orgUnit = raw.orgUnit;
    return field;
  });
}
