import fs from "node:fs";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signInAs, useAppDb } from "@/tests/helpers/app-context";
import { useTestDb } from "@/tests/helpers/test-db";
import { auditLog, files, formFields, forms, type Department, type User } from "@/db/schema";
import { seedDepartment, seedOrgTree, seedUser, type OrgTree } from "@/db/seed/factories";
import { readZipDirectory, readZipEntry, writeZip } from "@/lib/templates/zip";
import { POST as upload } from "@/app/api/forms/upload/route";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/xlsx/forms");
const t = useTestDb();
let tree: OrgTree;
let minzheng: Department;
let weijian: Department;
const users = {} as Record<"admin" | "official" | "minzheng" | "weijian" | "town" | "cadre", User>;

beforeAll(async () => {
  useAppDb(t.db, t.kind);
  tree = await seedOrgTree(t.db, { towns: 1, villages: 1 });
  minzheng = await seedDepartment(t.db, { district: tree.district, name: "区民政局" });
  weijian = await seedDepartment(t.db, { district: tree.district, name: "区卫健委" });
  users.admin = await seedUser(t.db, { role: "admin", orgUnit: tree.city });
  users.official = await seedUser(t.db, { role: "district_official", orgUnit: tree.district });
  users.minzheng = await seedUser(t.db, { role: "department_staff", orgUnit: tree.district, department: minzheng });
  users.weijian = await seedUser(t.db, { role: "department_staff", orgUnit: tree.district, department: weijian });
  users.town = await seedUser(t.db, { role: "town_official", orgUnit: tree.towns[0] });
  users.cadre = await seedUser(t.db, { role: "village_cadre", orgUnit: tree.villages[0][0] });
});

function fixture(name: string): File {
  return new File([fs.readFileSync(path.join(FIXTURES, name))], name);
}

function request(parts: { file: File; catalog?: File; relativePath?: string; districtId?: string }): Request {
  const body = new FormData();
  body.append("file", parts.file);
  if (parts.catalog) body.append("catalog", parts.catalog);
  if (parts.relativePath) body.append("relativePath", parts.relativePath);
  if (parts.districtId) body.append("districtId", parts.districtId);
  return new Request("http://localhost/api/forms/upload", { method: "POST", body });
}

async function counts() {
  const [[f], [ff], [fl]] = await Promise.all([t.db.select({ n: count() }).from(forms), t.db.select({ n: count() }).from(formFields), t.db.select({ n: count() }).from(files)]);
  return { forms: f.n, fields: ff.n, files: fl.n };
}

describe("POST /api/forms/upload", () => {
  beforeEach(() => signInAs(t.db, users.minzheng));

  it("stores the file whole and every form as a draft of the uploader's department, frequency from the catalog", async () => {
    const response = await upload(request({ file: fixture("2026年特殊困难老年人探访关爱台账.xlsx"), catalog: fixture("报表清单.xlsx") }));
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toMatchObject({ ok: true, file: "2026年特殊困难老年人探访关爱台账.xlsx", forms: [{ departmentName: "区民政局", fieldCount: 9 }] });
    const [form] = await t.db.select().from(forms).where(eq(forms.id, body.forms[0].id));
    expect(form).toMatchObject({ status: "draft", departmentId: minzheng.id, districtId: tree.district.id, frequency: "monthly", createdBy: users.minzheng.id });
    const [file] = await t.db.select().from(files).where(eq(files.id, form.fileId));
    expect(file.bytes.equals(fs.readFileSync(path.join(FIXTURES, "2026年特殊困难老年人探访关爱台账.xlsx")))).toBe(true);
    expect(await t.db.select({ n: count() }).from(formFields).where(eq(formFields.formId, form.id))).toEqual([{ n: 9 }]);
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, form.id));
    expect(audit).toMatchObject({ action: "upload", entity: "form", userId: users.minzheng.id });
  });

  it("registers another department's template for the uploader's own department, with a warning", async () => {
    const body = await (await upload(request({ file: fixture("区卫健委死亡人员信息登记表.xlsx"), catalog: fixture("报表清单.xlsx") }))).json();
    expect(body.ok).toBe(true);
    expect(body.forms[0].departmentName).toBe("区民政局");
    expect(body.forms[0].warnings.join()).toContain("主管部门是「区卫健委」");
  });

  it("refuses a broken file with a Chinese message naming it, and stores nothing", async () => {
    const before = await counts();
    const response = await upload(request({ file: fixture("损坏的表样.xlsx"), catalog: fixture("报表清单.xlsx") }));
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ ok: false, file: "损坏的表样.xlsx", error: { code: "badFile", message: expect.stringMatching(/^「损坏的表样\.xlsx」文件已损坏/) } });
    expect(await counts()).toEqual(before);
  });

  it("refuses macros, password protection and non-Excel files, each with its own Chinese message", async () => {
    const good = fs.readFileSync(path.join(FIXTURES, "临时救助对象登记表.xlsx"));
    const entries = readZipDirectory(good, 1000).map((e) => ({ name: e.name, data: readZipEntry(good, e) }));
    const withMacros = writeZip([...entries, { name: "xl/vbaProject.bin", data: Buffer.from("macro") }]);
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512), Buffer.from("EncryptedPackage", "utf16le")]);
    const cases = [
      { file: new File([new Uint8Array(withMacros)], "带宏.xlsx"), message: "「带宏.xlsx」包含宏" },
      { file: new File([ole], "加密.xlsx"), message: "「加密.xlsx」设置了打开密码" },
      { file: new File([Buffer.from("%PDF-1.4 ...")], "扫描件.pdf"), message: "「扫描件.pdf」是 PDF 文件" },
    ];
    const before = await counts();
    for (const c of cases) {
      const response = await upload(request({ file: c.file }));
      expect(response.status).toBe(422);
      expect((await response.json()).error.message).toContain(c.message);
    }
    expect(await counts()).toEqual(before);
  });

  it("refuses a file over the size limit, naming it", async () => {
    const big = new File([Buffer.alloc(21 * 1024 * 1024, 1)], "太大的表样.xlsx");
    const response = await upload(request({ file: big }));
    expect(response.status).toBe(413);
    expect((await response.json()).error.message).toBe("文件“太大的表样.xlsx”超过 20 MB 上限。");
  });

  it("refuses an unreadable catalog by name and stores nothing", async () => {
    const before = await counts();
    const catalog = new File([fs.readFileSync(path.join(FIXTURES, "损坏的表样.xlsx"))], "清单.xlsx");
    const response = await upload(request({ file: fixture("临时救助对象登记表.xlsx"), catalog }));
    expect(response.status).toBe(422);
    expect((await response.json()).error.message).toContain("「清单.xlsx」");
    expect(await counts()).toEqual(before);
  });
});

describe("an admin's upload", () => {
  beforeEach(() => signInAs(t.db, users.admin));

  it("goes to the department the template names", async () => {
    const body = await (await upload(request({ file: fixture("临时救助对象登记表.xlsx"), districtId: tree.district.id }))).json();
    expect(body).toMatchObject({ ok: true, forms: [{ departmentName: "区民政局" }] });
  });

  it("takes the department from the folder a template was uploaded in", async () => {
    const body = await (await upload(request({ file: fixture("区卫健委死亡人员信息登记表.xlsx"), relativePath: "表样/区卫健委/区卫健委死亡人员信息登记表.xlsx", districtId: tree.district.id }))).json();
    expect(body).toMatchObject({ ok: true, forms: [{ departmentName: "区卫健委" }] });
  });

  it("takes the department from the file name when nothing else names it", async () => {
    const body = await (await upload(request({ file: fixture("区卫健委死亡人员信息登记表.xlsx"), districtId: tree.district.id }))).json();
    expect(body).toMatchObject({ ok: true, forms: [{ departmentName: "区卫健委" }] });
  });

  it("is refused per file when neither template nor catalog names a department, and accepted with the catalog", async () => {
    const before = await counts();
    // The same template under a name that names no department (the file name is a cue too: see the next test).
    const unnamed = new File([await fixture("区卫健委死亡人员信息登记表.xlsx").arrayBuffer()], "死亡人员信息登记表.xlsx");
    const refused = await upload(request({ file: unnamed, districtId: tree.district.id }));
    expect(refused.status).toBe(422);
    expect((await refused.json()).error.message).toContain("「死亡人员信息登记表.xlsx」中没有写明主管部门");
    expect(await counts()).toEqual(before);
    const body = await (await upload(request({ file: fixture("区卫健委死亡人员信息登记表.xlsx"), catalog: fixture("报表清单.xlsx"), districtId: tree.district.id }))).json();
    expect(body.forms[0].departmentName).toBe("区卫健委");
    const [form] = await t.db.select().from(forms).where(eq(forms.id, body.forms[0].id));
    expect(form.departmentId).toBe(weijian.id);
  });
});

describe("who may upload", () => {
  for (const role of ["official", "town", "cadre"] as const) {
    it(`${role}: 403 with a Chinese message, nothing stored`, async () => {
      await signInAs(t.db, users[role]);
      const before = await counts();
      const response = await upload(request({ file: fixture("临时救助对象登记表.xlsx") }));
      expect(response.status).toBe(403);
      expect((await response.json()).error.message).toBe("您无权执行此操作。");
      expect(await counts()).toEqual(before);
    });
  }

  it("a visitor without a session gets 401", async () => {
    await signInAs(t.db, null);
    expect((await upload(request({ file: fixture("临时救助对象登记表.xlsx") }))).status).toBe(401);
  });
});
