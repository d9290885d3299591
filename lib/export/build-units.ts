import type { FormKind } from "@/lib/domain";
import { personAttributeOf, personAttributeValue, valueForFormPeriod, type Scalar } from "@/lib/one-form";
import { periodEnd } from "@/lib/periods";
import { coreLabel } from "@/lib/templates/text";
import type { ExportField, ExportRecord, ExportUnit } from "./fill-template";

/** A form field with the element it was matched to (null while unmatched). */
export interface SourceField extends ExportField {
  element: { id: string; name: string; scope: "person" | "unit"; aggregation: "stock" | "flow" } | null;
}

export interface SourcePerson {
  id: string;
  orgUnitId: string;
  name: string;
  idNumber: string;
  sex: "male" | "female";
  birthDate: string;
}

export interface BuildUnitsInput {
  kind: FormKind;
  /** The form's own period (2026-11 for a monthly form). */
  formPeriod: string;
  fields: SourceField[];
  /** The villages to export, in output order. */
  units: { id: string; name: string }[];
  unitValues: { orgUnitId: string; elementId: string; periodKey: string; value: Scalar }[];
  /** Residents the roster lists, in output order within each village. */
  persons: SourcePerson[];
  personValues: { personId: string; elementId: string; value: Scalar }[];
}

/**
 * Turns stored values into the exporter's records: per village, one record (aggregate: each element's
 * value for the form's period, summed or latest from finer periods) or one per resident (roster: the
 * resident's values, registry columns such as 姓名/公民身份号码/性别/年龄 from the registry itself).
 */
export function buildExportUnits(input: BuildUnitsInput): ExportUnit[] {
  const byUnitElement = new Map<string, Map<string, Scalar>>();
  for (const v of input.unitValues) {
    const key = `${v.orgUnitId}|${v.elementId}`;
    let periods = byUnitElement.get(key);
    if (!periods) byUnitElement.set(key, (periods = new Map()));
    periods.set(v.periodKey, v.value);
  }
  const unitValue = (unitId: string, f: SourceField): Scalar | undefined => {
    if (!f.element) return undefined;
    const periods = byUnitElement.get(`${unitId}|${f.element.id}`);
    return periods ? valueForFormPeriod(f.element.aggregation, input.formPeriod, periods) : undefined;
  };
  const unitRecord = (unitId: string, fields: SourceField[]): ExportRecord => {
    const record: ExportRecord = {};
    for (const f of fields) {
      const v = unitValue(unitId, f);
      if (v !== undefined && v !== null) record[f.id] = v;
    }
    return record;
  };

  // A village table's fields are the village's data whatever scope their element was given over all its forms (a
  // 发放金额 merged with a roster's 补贴金额 reads as a person's): their values are the villages'.
  if (input.kind === "aggregate") return input.units.map((u) => ({ name: u.name, records: [unitRecord(u.id, input.fields)] }));

  const periodEndDay = periodEnd(input.formPeriod);
  const personValue = new Map(input.personValues.map((v) => [`${v.personId}|${v.elementId}`, v.value]));
  const attributes = new Map(
    input.fields.map((f) => [f.id, personAttributeOf(f.element ?? { name: coreLabel(f.label), scope: "person" })] as const),
  );
  const personFields = input.fields.filter((f) => (f.element ? f.element.scope === "person" : attributes.get(f.id)));
  const unitFields = input.fields.filter((f) => f.element?.scope === "unit");
  const personsByUnit = new Map<string, SourcePerson[]>();
  for (const p of input.persons) {
    const list = personsByUnit.get(p.orgUnitId) ?? [];
    list.push(p);
    personsByUnit.set(p.orgUnitId, list);
  }
  return input.units.map((u) => {
    const shared = unitRecord(u.id, unitFields);
    const records = (personsByUnit.get(u.id) ?? []).map((p) => {
      const record: ExportRecord = { ...shared };
      for (const f of personFields) {
        const stored = f.element ? personValue.get(`${p.id}|${f.element.id}`) : undefined;
        const attribute = attributes.get(f.id);
        const value = stored ?? (attribute ? personAttributeValue(p, attribute, periodEndDay) : undefined);
        if (value !== undefined && value !== null) record[f.id] = value;
      }
      return record;
    });
    return { name: u.name, records };
  });
}
