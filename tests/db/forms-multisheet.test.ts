import { beforeAll, describe, expect, it } from "vitest";
import { outcomeOf, signInAs, useAppDb } from "@/tests/helpers/app-context";
import { useTestDb } from "@/tests/helpers/test-db";
import { parseTemplate } from "@/lib/templates/parse-template";
import { buildWorkbook, fiveSheetSurveySpec, longQuestionnaireSpec } from "@/lib/templates/test-fixtures";
import { registerTemplate } from "@/db/queries/register-template";
import { getFormById, listFormFields } from "@/db/queries/forms";
import { rematchDistrict } from "@/db/queries/matching";
import { seedDepartment, seedOrgTree, seedUser } from "@/db/seed/factories";
import { forms, type Department, type User } from "@/db/schema";
import { eq } from "drizzle-orm";
import FormPage from "@/app/(app)/forms/[formId]/page";

const t = useTestDb();
let minzheng: Department;
let staff: User;
let districtId: string;

beforeAll(async () => {
  useAppDb(t.db, t.kind);
  const tree = await seedOrgTree(t.db, { towns: 1, villages: 1 });
  districtId = tree.district.id;
  minzheng = await seedDepartment(t.db, { district: tree.district, name: "区民政局" });
  staff = await seedUser(t.db, { role: "department_staff", orgUnit: tree.district, department: minzheng });
});

async function upload(name: string, bytes: Buffer) {
  return registerTemplate(t.db, {
    actor: { userId: staff.id },
    uploader: { role: "department_staff", department: { id: minzheng.id, name: minzheng.name } },
    districtId,
    departments: [{ id: minzheng.id, name: minzheng.name }],
    file: { name, bytes },
    parse: parseTemplate,
  });
}

describe("registering a workbook whose sheets are parts of one form", () => {
  it("stores ONE draft form with the fields of all five sheets and its parts; the preview lists them by sheet", async () => {
    const registered = await upload("困难家庭调查.xlsx", await buildWorkbook(fiveSheetSurveySpec()));
    expect(registered).toHaveLength(1);
    const [r] = registered;
    expect(r).toMatchObject({ fieldCount: 17, layout: "columns" });
    expect(r.sheets).toEqual([
      { name: "表一", fieldCount: 4 },
      { name: "表二", fieldCount: 4 },
      { name: "表三", fieldCount: 3 },
      { name: "表四", fieldCount: 3 },
      { name: "表五", fieldCount: 3 },
    ]);
    expect(r.fields.filter((f) => f.sheet === "表五").map((f) => f.label)).toEqual(["户主姓名", "帮扶措施", "帮扶责任人"]);
    const form = (await getFormById(t.db, { id: r.id }))!;
    expect(form.sheet).toBe("表一");
    expect(form.definition.parts?.map((p) => p.sheet)).toEqual(["表一", "表二", "表三", "表四", "表五"]);
    const fields = await listFormFields(t.db, { formId: form.id });
    expect(new Set(fields.map((f) => f.ref.split("!")[0]))).toEqual(new Set(["表一", "表二", "表三", "表四", "表五"]));
    await signInAs(t.db, staff);
    expect(await outcomeOf(() => FormPage({ params: Promise.resolve({ formId: form.id }) }))).toBe("rendered");
  });

  it("matches a part that names one grid (表五：网格内单位和场所) as that grid's counts, apart from the village's", async () => {
    const [survey] = await upload(
      "网格化服务管理基础信息采集表.xlsx",
      await buildWorkbook([
        { name: "表一", rows: [["网格化服务管理基础信息采集表"], ["项目", "单位", "内容"], ["网格名称", "—"], ["住户数", "户"]] },
        { name: "表五", rows: [["表五：网格内单位和场所"], ["项目", "单位", "数量"], ["九小场所", "个"], ["出租房屋", "套"]] },
      ]),
    );
    const [village] = await upload(
      "社区（村）基本情况统计年报.xlsx",
      await buildWorkbook([{ name: "年报", rows: [["社区（村）基本情况统计年报"], ["指标名称", "计量单位", "本年"], ["一、实有房屋", ""], ["出租房屋", "套"], ["九小场所", "个"]] }]),
    );
    await t.db.update(forms).set({ status: "active" }).where(eq(forms.districtId, districtId));
    await rematchDistrict(t.db, { districtId, actor: { userId: staff.id } });
    const elementOf = async (formId: string, label: string) => (await listFormFields(t.db, { formId })).find((f) => f.label === label)?.elementId;
    const gridRent = await elementOf(survey.id, "出租房屋");
    expect(gridRent).toBeTruthy();
    expect(gridRent).not.toBe(await elementOf(village.id, "出租房屋"));
    expect(await elementOf(survey.id, "九小场所")).not.toBe(await elementOf(village.id, "九小场所"));
  });

  it("stores a long indicator questionnaire as one indicator-rows form, one field per indicator, no parts", async () => {
    const { spec, indicators } = longQuestionnaireSpec();
    const [r] = await upload("调查表.xlsx", await buildWorkbook(spec));
    expect(r.layout).toBe("indicator-rows");
    expect(r.sheets).toEqual([{ name: "调查表", fieldCount: indicators.length + 1 }]);
    const form = (await getFormById(t.db, { id: r.id }))!;
    expect(form.definition.parts).toBeUndefined();
    const fields = await listFormFields(t.db, { formId: form.id });
    expect(fields.filter((f) => !f.isRemark).map((f) => f.ref)).toEqual(indicators.map((x) => `调查表!${x.address}`));
  });
});
