import ExcelJS from "exceljs";
import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { outcomeOf, signInAs, useAppDb } from "@/tests/helpers/app-context";
import { useTestDb } from "@/tests/helpers/test-db";
import { buildWorkbook } from "@/lib/templates/test-fixtures";
import { auditLog, persons, pushedPersonValues, pushedValues, type User } from "@/db/schema";
import { editResident, getOneFormScope } from "@/db/queries/one-form";
import { seedDepartment, seedOrgTree, seedUser, type OrgTree } from "@/db/seed/factories";
import { demoIdNumber, seedFormFromTemplate, type SeededExportForm } from "@/db/seed/demo-export";
import { POST as pushRoute } from "@/app/api/data-push/route";
import { GET as discrepancyRoute } from "@/app/api/data-push/discrepancies/route";
import DataPushPage from "@/app/(app)/data-push/page";

const t = useTestDb();
const PERIOD = "2026-11";
let tree: OrgTree;
let roster: SeededExportForm;
const users = {} as Record<"staff" | "otherStaff" | "cadre" | "official", User>;
const ALICE = demoIdNumber("1948-03-12", 22);
const BOB = demoIdNumber("1952-11-02", 31);

beforeAll(async () => {
  useAppDb(t.db, t.kind);
  tree = await seedOrgTree(t.db, { towns: 1, villages: 2 });
  const dept = await seedDepartment(t.db, { district: tree.district, name: "区民政局" });
  const other = await seedDepartment(t.db, { district: tree.district, name: "区卫健委" });
  const template = (title: string, header: string[]) => buildWorkbook([{ name: "Sheet1", rows: [[title], header, [null]] }]);
  await seedFormFromTemplate(t.db, { district: tree.district, department: dept, name: "困难群众情况统计表.xlsx", bytes: await template("困难群众情况统计表", ["序号", "村（社区）名称", "户籍人口", "低保户数"]) });
  roster = await seedFormFromTemplate(t.db, { district: tree.district, department: dept, name: "最低生活保障对象名册.xlsx", bytes: await template("最低生活保障对象名册", ["序号", "姓名", "公民身份号码", "家庭人口数", "困难类型"]) });
  users.staff = await seedUser(t.db, { role: "department_staff", orgUnit: tree.district, department: dept });
  users.otherStaff = await seedUser(t.db, { role: "department_staff", orgUnit: tree.district, department: other });
  users.cadre = await seedUser(t.db, { role: "village_cadre", orgUnit: tree.villages[0][0] });
  users.official = await seedUser(t.db, { role: "district_official", orgUnit: tree.district });
});

function post(query: Record<string, string>, file: Buffer, name = "回流.xlsx") {
  const form = new FormData();
  form.append("file", new File([new Uint8Array(file)], name));
  return pushRoute(new Request(`http://localhost/api/data-push?${new URLSearchParams(query)}`, { method: "POST", body: form }));
}

const figures = () =>
  buildWorkbook([{ name: "数据", rows: [["区民政局 各村数据"], ["村（社区）", "户籍人口（人）", "低保户数", "养殖大户数"], [tree.villages[0][0].name, 2310, 41, 3], [tree.villages[0][1].divisionCode, 980, 12, 1], ["月亮村", 5, 1, 0]] }]);
const residents = () =>
  buildWorkbook([
    {
      name: "名册",
      rows: [
        ["低保对象"],
        ["村（社区）", "姓名", "公民身份号码", "家庭人口数", "困难类型"],
        [tree.villages[0][0].name, "刘桂英", ALICE, 3, "因病"],
        [tree.villages[0][0].name, "陈建国", BOB, 2, "因残"],
        [tree.villages[0][0].name, "假号码", `${BOB.slice(0, 17)}${BOB[17] === "1" ? "2" : "1"}`, 1, "因学"],
      ],
    },
  ]);

describe("data push route and page", () => {
  it("previews figures per village: mapping, unmapped columns, unknown villages, counts per village; writes nothing", async () => {
    await signInAs(t.db, users.staff);
    const response = await post({ step: "preview", periodKey: PERIOD }, await figures());
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ step: "preview", kind: "villages", validRows: 2, rejectedCount: 1, unmapped: ["养殖大户数"], unknownVillages: [{ village: "月亮村", rows: [5] }] });
    expect(body.villages.map((v: { name: string; prefill: number }) => [v.name, v.prefill])).toEqual([[tree.villages[0][0].name, 2], [tree.villages[0][1].name, 2]]);
    expect(body.rejected[0].reasons[0]).toBe("本区没有“月亮村”这个村（社区）");
    const [n] = await t.db.select({ n: count() }).from(pushedValues).where(eq(pushedValues.districtId, tree.district.id));
    expect(n.n).toBe(0);
  });

  it("applies after the preview and keeps the file", async () => {
    await signInAs(t.db, users.staff);
    const response = await post({ step: "apply", periodKey: PERIOD }, await figures());
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.message).toContain("推送完成：2 个村（社区），4 项");
    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, "data_push"), eq(auditLog.entityId, body.pushId)));
    expect((audit.after as { file: { name: string } }).file.name).toBe("回流.xlsx");
  });

  it("lets the department correct the mapping: a column mapped by hand, one left out, and refuses a correction it may not make", async () => {
    await signInAs(t.db, users.staff);
    const first = await (await post({ step: "preview", periodKey: PERIOD }, await figures())).json();
    const column = (label: string) => first.columns.find((c: { label: string }) => c.label.replace(/（.*）$/, "") === label);
    const dibao = column("低保户数").elementId as string;
    expect(first.choices.map((c: { id: string }) => c.id)).toContain(dibao);
    // 养殖大户数 was unmapped: the department says it is what its forms call 低保户数 (taking it from that column).
    const mapping = JSON.stringify({ [column("养殖大户数").column]: dibao, [column("户籍人口").column]: null });
    const corrected = await (await post({ step: "preview", periodKey: PERIOD, mapping }, await figures())).json();
    const after = Object.fromEntries(corrected.columns.map((c: { label: string; role: string; elementId: string | null; reason: string | null }) => [c.label.replace(/（.*）$/, ""), [c.role, c.elementId, c.reason]]));
    expect(after).toMatchObject({ 养殖大户数: ["value", dibao, "manual"], 低保户数: ["unmapped", null, null], 户籍人口: ["unmapped", null, null] });
    expect(corrected.unmapped).toEqual(["户籍人口（人）", "低保户数"]);
    expect(corrected.totals.values).toBe(2);
    // An element of another department, or the same element for two columns: refused with the column named, nothing written.
    const foreign = await post({ step: "apply", periodKey: PERIOD, mapping: JSON.stringify({ [column("养殖大户数").column]: "00000000-0000-4000-8000-000000000000" }) }, await figures());
    expect(foreign.status).toBe(422);
    expect((await foreign.json()).error.message).toBe("“养殖大户数”列选择的数据元不属于本部门此类推送可用的数据元。");
    const twice = await post({ step: "apply", periodKey: PERIOD, mapping: JSON.stringify({ [column("养殖大户数").column]: dibao, [column("低保户数").column]: dibao }) }, await figures());
    expect(twice.status).toBe(422);
    const unreadable = await post({ step: "preview", periodKey: PERIOD, mapping: "{not json" }, await figures());
    expect(unreadable.status).toBe(422);
    expect((await unreadable.json()).error.message).toBe("列的对应设置无法读取，请重新上传文件并预览。");
  });

  it("checks a roster's ID numbers (GB 11643) and lists the residents on the department's roster form", async () => {
    await signInAs(t.db, users.staff);
    const preview = await (await post({ step: "preview", periodKey: PERIOD }, await residents())).json();
    expect(preview).toMatchObject({ kind: "residents", formId: roster.form.id, validRows: 2, invalidIds: 1 });
    expect(preview.rejected[0].reasons.join()).toContain("校验码");
    expect(JSON.stringify(preview)).not.toContain(ALICE);
    const applied = await post({ step: "apply", periodKey: PERIOD, formId: roster.form.id }, await residents());
    expect(applied.status).toBe(200);
    const [n] = await t.db.select({ n: count() }).from(pushedPersonValues).where(eq(pushedPersonValues.districtId, tree.district.id));
    expect(n.n).toBe(4);
  });

  it("refuses everyone but the department's staff", async () => {
    for (const user of [users.cadre, users.official]) {
      await signInAs(t.db, user);
      expect((await post({ step: "preview", periodKey: PERIOD }, await figures())).status).toBe(403);
      expect((await discrepancyRoute()).status).toBe(403);
      expect(await outcomeOf(() => DataPushPage())).toBe("notFound");
    }
    await signInAs(t.db, null);
    expect((await post({ step: "preview", periodKey: PERIOD }, await figures())).status).toBe(401);
    // Another department sees only its own: these columns are not its elements, nothing maps.
    await signInAs(t.db, users.otherStaff);
    const response = await post({ step: "preview", periodKey: PERIOD }, await figures());
    expect(response.status).toBe(422);
    expect((await response.json()).error.message).toContain("没有一列能对应到本部门报表使用的数据元");
  });

  it("downloads the discrepancy list with the cadre's correction, formula-safe, and audits the read", async () => {
    const scope = (await getOneFormScope(t.db, { orgUnitId: tree.villages[0][0].id }))!;
    const [person] = await t.db.select().from(persons).where(and(eq(persons.orgUnitId, scope.orgUnit.id), eq(persons.idNumber, ALICE)));
    const group = roster.elementOf["困难类型"];
    const size = roster.elementOf["家庭人口数"];
    const edited = await editResident(t.db, { userId: users.cadre.id, districtId: tree.district.id }, { scope, periodKey: PERIOD, formId: roster.form.id, personId: person.id, name: person.name, version: person.version, values: { [group]: "=HYPERLINK(\"http://x\",\"组\")", [size]: "4" }, versions: {} });
    expect(edited.status).toBe("saved");
    await signInAs(t.db, users.staff);
    expect(await outcomeOf(() => DataPushPage())).toBe("rendered");
    const response = await discrepancyRoute();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("spreadsheetml");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await response.arrayBuffer()) as ArrayBuffer);
    const ws = wb.worksheets[0];
    const rows = ws.getSheetValues().slice(2) as unknown[][];
    const byElement = Object.fromEntries(rows.map((r) => [String(r[5]), r]));
    expect(byElement["家庭人口数"].slice(7, 12)).toEqual(["刘桂英", ALICE, 3, expect.any(Date), 4]);
    const injected = ws.getRow(rows.indexOf(byElement["困难类型"]) + 2).getCell(11);
    expect(injected.formula).toBeUndefined();
    expect(injected.value).toBe("=HYPERLINK(\"http://x\",\"组\")");
    const reads = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, "data_push_discrepancies"), eq(auditLog.userId, users.staff.id)));
    expect(reads.length).toBeGreaterThanOrEqual(2);
  });
});
