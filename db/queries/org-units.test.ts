import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/helpers/test-db";
import { AppError } from "@/lib/errors";
import { auditLog, orgUnits } from "../schema";
import { seedOrgTree, seedUser } from "../seed/factories";
import type { Tx } from "../types";
import { mutate } from "./audit";
import { deleteOrgUnit, getDistrictOf, insertOrgUnit, listAncestors, listOrgUnitsInSubtree, updateOrgUnit, upsertOrgUnits } from "./org-units";

const t = useTestDb();

describe("org units", () => {
  it("lists a subtree by materialized path and nothing outside it", async () => {
    const tree = await seedOrgTree(t.db);
    const inTown = await listOrgUnitsInSubtree(t.db, { path: tree.towns[0].path });
    expect(inTown.map((u) => u.name).sort()).toEqual([tree.towns[0].name, ...tree.villages[0].map((v) => v.name)].sort());
    const villagesOnly = await listOrgUnitsInSubtree(t.db, { path: tree.district.path, levels: ["village"] });
    expect(villagesOnly).toHaveLength(4);
  });

  it("finds the district of a village and the chain of ancestors", async () => {
    const tree = await seedOrgTree(t.db);
    const village = tree.villages[1][0];
    expect((await getDistrictOf(t.db, { path: village.path }))?.id).toBe(tree.district.id);
    expect((await listAncestors(t.db, { path: village.path })).map((u) => u.level)).toEqual(["city", "district", "town", "village"]);
  });

  it("refuses a child whose level or code does not fit its parent", async () => {
    const tree = await seedOrgTree(t.db);
    const insert = (input: Parameters<typeof insertOrgUnit>[1]) => t.db.transaction((tx) => insertOrgUnit(tx as Tx, input));
    await expect(insert({ parentId: tree.district.id, level: "village", name: "越级村", divisionCode: `${tree.district.divisionCode.slice(0, 6)}101201` })).rejects.toMatchObject({ code: "invalidInput" });
    await expect(insert({ parentId: tree.towns[0].id, level: "village", name: "错码村", divisionCode: `${tree.towns[1].divisionCode.slice(0, 9)}299` })).rejects.toMatchObject({ code: "invalidInput" });
    await expect(insert({ parentId: tree.towns[0].id, level: "village", name: "重码村", divisionCode: tree.villages[0][0].divisionCode })).rejects.toMatchObject({ code: "duplicate" });
  });

  it("refuses to delete a unit with children or members, and deletes a free leaf", async () => {
    const tree = await seedOrgTree(t.db);
    const del = (id: string) => t.db.transaction((tx) => deleteOrgUnit(tx as Tx, { id }));
    await expect(del(tree.towns[0].id)).rejects.toMatchObject({ code: "hasChildren" });
    await seedUser(t.db, { role: "village_cadre", orgUnit: tree.villages[0][0] });
    await expect(del(tree.villages[0][0].id)).rejects.toMatchObject({ code: "inUse" });
    await del(tree.villages[0][1].id);
    expect(await t.db.select().from(orgUnits).where(eq(orgUnits.id, tree.villages[0][1].id))).toEqual([]);
  });

  it("upserts an imported list: new codes are created under their parents, known codes renamed", async () => {
    const tree = await seedOrgTree(t.db, { towns: 1, villages: 1 });
    const townCode = tree.towns[0].divisionCode;
    const newTown = `${townCode.slice(0, 6)}199000`;
    const result = await t.db.transaction((tx) =>
      upsertOrgUnits(tx as Tx, [
        { rowNumber: 2, code: tree.villages[0][0].divisionCode, name: "改名村", parentCode: townCode, level: "village" },
        { rowNumber: 3, code: newTown, name: "新镇", parentCode: tree.district.divisionCode, level: "town" },
        { rowNumber: 4, code: `${newTown.slice(0, 9)}201`, name: "新镇一村", parentCode: newTown, level: "village" },
      ]),
    );
    expect(result).toEqual({ created: 2, updated: 1 });
    const under = await listOrgUnitsInSubtree(t.db, { path: tree.district.path, levels: ["village"] });
    expect(under.map((u) => u.name).sort()).toEqual(["改名村", "新镇一村"]);
  });

  it("renames a unit and records before and after in the audit log", async () => {
    const tree = await seedOrgTree(t.db, { towns: 1, villages: 1 });
    const village = tree.villages[0][0];
    await mutate(t.db, { userId: null }, { action: "update", entity: "org_unit" }, async (tx) => {
      const { before, after } = await updateOrgUnit(tx, { id: village.id, name: "新名村", divisionCode: village.divisionCode });
      return { result: after, entityId: village.id, before, after };
    });
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, village.id));
    expect(entry.action).toBe("update");
    expect((entry.before as { name: string }).name).toBe(village.name);
    expect((entry.after as { name: string }).name).toBe("新名村");
  });

  it("saves nothing, not even the audit row, when a mutation fails halfway", async () => {
    const tree = await seedOrgTree(t.db, { towns: 1, villages: 1 });
    const [{ before }] = await t.db.select({ before: count() }).from(orgUnits);
    const [{ auditBefore }] = await t.db.select({ auditBefore: count() }).from(auditLog);
    await expect(
      mutate(t.db, { userId: null }, { action: "create", entity: "org_unit" }, async (tx) => {
        await insertOrgUnit(tx, { parentId: tree.towns[0].id, level: "village", name: "半途村", divisionCode: `${tree.towns[0].divisionCode.slice(0, 9)}250` });
        throw new AppError("conflict");
      }),
    ).rejects.toBeInstanceOf(AppError);
    const [{ after }] = await t.db.select({ after: count() }).from(orgUnits);
    const [{ auditAfter }] = await t.db.select({ auditAfter: count() }).from(auditLog);
    expect(after).toBe(before);
    expect(auditAfter).toBe(auditBefore);
  });
});
