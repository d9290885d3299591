import { describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/helpers/test-db";
import { elements, values } from "../schema";
import { seedOrgTree } from "../seed/factories";
import { listValues, lockValues, writeValues } from "./values";

const t = useTestDb();

describe("stored values", () => {
  it("come back exactly as saved: digit strings stay strings, numbers, booleans and null keep their type", async () => {
    const tree = await seedOrgTree(t.db, { towns: 1, villages: 1 });
    const village = tree.villages[0][0];
    const samples = ["13807310002", "430122197001010012", "007", "20261015", 12, 3.5, true, null] as const;
    const made = await t.db
      .insert(elements)
      .values(samples.map((_, i) => ({ districtId: tree.district.id, name: `样本${i}`, type: "text" as const, scope: "unit" as const, aggregation: "stock" as const })))
      .returning();
    await t.db.transaction(async (tx) => {
      const ids = made.map((e) => e.id);
      const current = await lockValues(tx, { orgUnitId: village.id, elementIds: ids, periodKeys: ["2026"] });
      const writes = made.map((e, i) => ({ elementId: e.id, periodKey: "2026", value: samples[i], source: "entered" as const }));
      await writeValues(tx, { orgUnitId: village.id, districtId: tree.district.id, userId: null, expected: [], writes }, current);
    });
    const listed = await listValues(t.db, { orgUnitId: village.id, elementIds: made.map((e) => e.id), periodKeys: ["2026"] });
    expect(made.map((e) => listed.get(`${e.id}|2026`)?.value)).toEqual([...samples]);
    const raw = await t.db.select({ elementId: values.elementId, value: values.value }).from(values);
    const byElement = new Map(raw.map((r) => [r.elementId, r.value]));
    expect(made.map((e) => byElement.get(e.id))).toEqual([...samples]);
  });
});
