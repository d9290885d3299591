import { and, count, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { outcomeOf, signInAs, useAppDb } from "@/tests/helpers/app-context";
import { useTestDb } from "@/tests/helpers/test-db";
import { buildWorkbook } from "@/lib/templates/test-fixtures";
import { auditLog, persons, personValues, rosterEntries, type User } from "@/db/schema";
import { importPersons } from "@/db/queries/imports";
import { seedDepartment, seedOrgTree, seedUser, type OrgTree } from "@/db/seed/factories";
import { demoIdNumber, rosterTemplateBytes, seedFormFromTemplate, type SeededExportForm } from "@/db/seed/demo-export";
import { POST as importRoute } from "@/app/api/one-form/import/route";
import ImportPage from "@/app/(app)/one-form/import/page";

const t = useTestDb();
let tree: OrgTree;
let roster: SeededExportForm;
let foreignRoster: SeededExportForm;
const users = {} as Record<"cadre" | "cadre2" | "staff" | "town", User>;

const ALICE = demoIdNumber("1948-03-12", 22);
const BOB = demoIdNumber("1952-11-02", 31);
const CAROL = demoIdNumber("1961-05-20", 44);

beforeAll(async () => {
  useAppDb(t.db, t.kind);
  tree = await seedOrgTree(t.db, { towns: 1, villages: 2 });
  const other = await seedOrgTree(t.db, { towns: 1, villages: 1 });
  const dept = await seedDepartment(t.db, { district: tree.district });
  roster = await seedFormFromTemplate(t.db, { district: tree.district, department: dept, name: "走访登记.xlsx", bytes: await rosterTemplateBytes() });
  foreignRoster = await seedFormFromTemplate(t.db, { district: other.district, department: await seedDepartment(t.db, { district: other.district }), name: "走访登记.xlsx", bytes: await rosterTemplateBytes() });
  users.cadre = await seedUser(t.db, { role: "village_cadre", orgUnit: tree.villages[0][0] });
  users.cadre2 = await seedUser(t.db, { role: "village_cadre", orgUnit: tree.villages[0][1] });
  users.staff = await seedUser(t.db, { role: "department_staff", orgUnit: tree.district, department: dept });
  users.town = await seedUser(t.db, { role: "town_official", orgUnit: tree.towns[0] });
});

/** The spreadsheet a village keeps: its own column names and order, a bad row and a duplicate. */
async function villageSheet(rows: unknown[][]): Promise<Buffer> {
  return buildWorkbook([{ name: "台账", rows: [["困难群众台账（村里自己的）"], ["序号", "户主姓名", "身份证号", "性别", "手机号码", "每月补助（元）", "备注"], ...(rows as never[][])] }]);
}

/** The cadre's correction in the preview: 每月补助（元） is the catalog's 月补助金额. */
const amountMapping = () => JSON.stringify({ 6: roster.elementOf["月补助金额（元）"] });

const GOOD_ROWS = [
  [1, "刘桂英", ALICE, "女", "13807310001", 680],
  [2, "陈建国", BOB, "男", "13807310002", "720.5"],
  [3, "周秀兰", CAROL, "女", "12345", 500],
  [4, "假号码", `${ALICE.slice(0, 17)}${ALICE[17] === "1" ? "2" : "1"}`, "女"],
  [5, "刘桂英", ALICE, "女"],
];

function post(query: Record<string, string>, file: Buffer, name = "台账.xlsx") {
  const form = new FormData();
  form.append("file", new File([new Uint8Array(file)], name));
  return importRoute(new Request(`http://localhost/api/one-form/import?${new URLSearchParams(query)}`, { method: "POST", body: form }));
}

async function personCount(orgUnitId: string) {
  const [row] = await t.db.select({ n: count() }).from(persons).where(eq(persons.orgUnitId, orgUnitId));
  return row.n;
}

describe("cadre import route", () => {
  it("previews the mapping and the rejected rows without writing anything", async () => {
    await signInAs(t.db, users.cadre);
    const response = await post({ step: "preview" }, await villageSheet(GOOD_ROWS));
    expect(response.status).toBe(200);
    const body = await response.json();
    const mapped = Object.fromEntries(body.columns.map((c: { label: string; elementName: string | null; attribute: string | null }) => [c.label, c.attribute ?? c.elementName]));
    expect(mapped).toMatchObject({ 户主姓名: "name", 身份证号: "idNumber", 手机号码: "联系电话" });
    expect(body.columns.find((c: { label: string }) => c.label === "手机号码").reason).toBeTruthy();
    expect(body.valid).toBe(2);
    expect(body.sample[0].idNumber).not.toBe(ALICE);
    expect(body.rejected.map((r: { row: number }) => r.row)).toEqual([5, 6, 7]);
    expect(body.rejected[0].reasons.join()).toContain("手机号码");
    expect(body.rejected[1].reasons.join()).toContain("校验码");
    expect(body.rejected[2].reasons.join()).toContain("第3行");
    expect(await personCount(tree.villages[0][0].id)).toBe(0);
  });

  it("imports the valid rows into the cadre's own village, values and roster listing included, and reports the rest", async () => {
    await signInAs(t.db, users.cadre);
    const response = await post({ step: "confirm", formId: roster.form.id, mapping: amountMapping() }, await villageSheet(GOOD_ROWS));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.imported).toEqual({ created: 2, updated: 0, values: 4, listed: 2 });
    expect(body.rejected).toHaveLength(3);
    expect(body.message).toContain("2");
    const village = tree.villages[0][0];
    const rows = await t.db.select().from(persons).where(eq(persons.orgUnitId, village.id));
    expect(rows.map((p) => [p.name, p.sex, p.birthDate]).sort()).toEqual([["刘桂英", "female", "1948-03-12"], ["陈建国", "male", "1952-11-02"]].sort());
    const bob = rows.find((p) => p.idNumber === BOB)!;
    // Raw jsonb (drizzle's jsonb reader parses a JSON string of digits a second time, into a number).
    const values = await t.db
      .select({ elementId: personValues.elementId, text: sql<string>`${personValues.value} #>> '{}'`, kind: sql<string>`jsonb_typeof(${personValues.value})`, source: personValues.source })
      .from(personValues)
      .where(eq(personValues.personId, bob.id));
    expect(values.map((v) => [v.elementId, v.text, v.kind, v.source]).sort()).toEqual(
      [[roster.elementOf["联系电话"], "13807310002", "string", "imported"], [roster.elementOf["月补助金额（元）"], "720.5", "number", "imported"]].sort(),
    );
    expect((await t.db.select().from(rosterEntries).where(eq(rosterEntries.formId, roster.form.id))).length).toBe(2);
    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, "import"), eq(auditLog.entity, "person"), eq(auditLog.userId, users.cadre.id)));
    expect(audit.after).toMatchObject({ created: 2, rejected: 3 });
    expect(JSON.stringify(audit.after)).not.toContain(ALICE);
  });

  it("updates residents it already knows instead of duplicating them", async () => {
    await signInAs(t.db, users.cadre);
    const response = await post({ step: "confirm", mapping: amountMapping() }, await villageSheet([[1, "刘桂英", ALICE, "女", "13900000000", 700]]));
    expect((await response.json()).imported).toEqual({ created: 0, updated: 1, values: 2, listed: 0 });
    expect(await personCount(tree.villages[0][0].id)).toBe(2);
    const [alice] = await t.db.select().from(persons).where(eq(persons.idNumber, ALICE));
    const [phone] = await t.db
      .select({ text: sql<string>`${personValues.value} #>> '{}'`, version: personValues.version })
      .from(personValues)
      .where(and(eq(personValues.personId, alice.id), eq(personValues.elementId, roster.elementOf["联系电话"])));
    expect([phone.text, phone.version]).toEqual(["13900000000", 2]);
  });

  it("lets a cadre correct the mapping: a column set to nothing is not imported", async () => {
    await signInAs(t.db, users.cadre2);
    const mapping = JSON.stringify({ 5: null, 6: roster.elementOf["月补助金额（元）"] });
    const response = await post({ step: "confirm", mapping }, await villageSheet([[1, "陈建国", BOB, "男", "13807310002", 720]]));
    const body = await response.json();
    expect(body.imported).toEqual({ created: 1, updated: 0, values: 1, listed: 0 });
    expect(await personCount(tree.villages[0][1].id)).toBe(1);
  });

  it("refuses everyone but a village cadre, and another district's roster form", async () => {
    const sheet = await villageSheet(GOOD_ROWS);
    await signInAs(t.db, users.staff);
    expect((await post({ step: "preview" }, sheet)).status).toBe(403);
    await signInAs(t.db, users.town);
    expect((await post({ step: "preview" }, sheet)).status).toBe(403);
    await signInAs(t.db, null);
    expect((await post({ step: "preview" }, sheet)).status).toBe(401);
    await signInAs(t.db, users.cadre);
    expect((await post({ step: "confirm", formId: foreignRoster.form.id }, sheet)).status).toBe(422);
    expect((await post({ step: "nonsense" }, sheet)).status).toBe(422);
  });

  it("answers 422 with a message for a sheet without ID numbers or with no valid row", async () => {
    await signInAs(t.db, users.cadre);
    const noId = await buildWorkbook([{ name: "s", rows: [["名单"], ["序号", "姓名", "手机号码"], [1, "张三", "13800000000"]] }]);
    const a = await post({ step: "preview" }, noId);
    expect(a.status).toBe(422);
    expect((await a.json()).error.message).toContain("身份证");
    const b = await post({ step: "confirm" }, await villageSheet([GOOD_ROWS[3]]));
    expect(b.status).toBe(422);
  });
});

describe("upload limits", () => {
  it("refuses a file over the size limit with a Chinese message naming it, not the error code", async () => {
    await signInAs(t.db, users.cadre);
    const response = await post({ step: "preview" }, Buffer.alloc(21 * 1024 * 1024, 1), "全村台账.xlsx");
    expect(response.status).toBe(413);
    expect((await response.json()).error.message).toBe("文件“全村台账.xlsx”超过 20 MB 上限。");
  });

  it("refuses an oversized request before reading it", async () => {
    await signInAs(t.db, users.cadre);
    const request = new Request("http://localhost/api/one-form/import?step=preview", { method: "POST", headers: { "content-length": String(30 * 1024 * 1024) }, body: "x" });
    const response = await importRoute(request);
    expect(response.status).toBe(413);
    expect((await response.json()).error.message).toBe("上传的内容超过 20 MB 上限。");
  });
});

describe("importPersons", () => {
  it("imports nothing when one row of the set fails in the database", async () => {
    const village = tree.villages[0][1];
    const before = await personCount(village.id);
    const rows = [
      { row: 3, idNumber: demoIdNumber("1970-01-01", 11), name: "甲", birthDate: "1970-01-01", sex: "male" as const, values: { [roster.elementOf["联系电话"]]: "13800000000" } },
      // an element that does not exist: the foreign key fails after the first person was inserted
      { row: 4, idNumber: demoIdNumber("1971-01-01", 22), name: "乙", birthDate: "1971-01-01", sex: "female" as const, values: { [crypto.randomUUID()]: 1 } },
    ];
    await expect(importPersons(t.db, { userId: users.cadre2.id }, { orgUnitId: village.id, districtId: tree.district.id, rows, file: "x.xlsx", rejected: 0 })).rejects.toThrow();
    expect(await personCount(village.id)).toBe(before);
    const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.entityId, village.id), eq(auditLog.action, "import")));
    expect(audits).toHaveLength(1); // the earlier successful import only
  });
});

describe("import page", () => {
  it.each([
    ["cadre", "rendered"],
    ["staff", "notFound"],
    ["town", "notFound"],
  ] as const)("is %s: %s", async (who, outcome) => {
    await signInAs(t.db, users[who]);
    expect(await outcomeOf(() => ImportPage())).toBe(outcome);
  });
});
