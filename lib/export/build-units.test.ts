import { describe, expect, it } from "vitest";
import { buildExportUnits, type SourceField } from "./build-units";

const field = (id: string, scope: "person" | "unit"): SourceField => ({
  id,
  label: id,
  type: "decimal",
  column: 3,
  unitFactor: 1,
  element: { id: `el-${id}`, name: id, scope, aggregation: "stock" },
});

describe("buildExportUnits", () => {
  it("reads every field of a village table as the village's, whatever scope its element was given", () => {
    // 发放金额 merged with a roster's 补贴金额: its element reads as a person's, its values are the villages'.
    const units = buildExportUnits({
      kind: "aggregate",
      formPeriod: "2026-10",
      fields: [field("households", "unit"), field("amount", "person")],
      units: [{ id: "v1", name: "白沙村" }],
      unitValues: [
        { orgUnitId: "v1", elementId: "el-households", periodKey: "2026-10", value: 8 },
        { orgUnitId: "v1", elementId: "el-amount", periodKey: "2026-10", value: 10880 },
      ],
      persons: [],
      personValues: [],
    });
    expect(units).toEqual([{ name: "白沙村", records: [{ households: 8, amount: 10880 }] }]);
  });
});
