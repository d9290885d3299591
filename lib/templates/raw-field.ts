/** A field as a layout reader finds it, before type and unit are decided. */
export interface RawField {
  /** A1 address of the field's ref cell. */
  address: string;
  label: string;
  /** Last element of the path when it differs from the label (grid: the column label). */
  leafText?: string;
  /** Header texts above the leaf (category rows, group headers, grid row label). */
  parents: string[];
  /** Unit written on the label, a parent, the grid row label, or the 计量单位 cell. */
  explicitUnit: string | null;
  isRemark: boolean;
  /** Column of the field's data cells (columns layout, remark columns). */
  column?: number;
  /** Cell a value goes in (indicator-rows, grid). */
  valueCell?: string;
  row?: number;
  code?: string;
  /** Column whose data-validation dropdown gives the options. */
  optionsColumn?: number;
  /** The org unit a grid cell belongs to (TemplateField.orgUnit). */
  orgUnit?: string;
}
