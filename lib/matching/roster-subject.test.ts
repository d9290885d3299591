import { describe, expect, it } from "vitest";
import type { FieldType } from "@/lib/domain";
import { matchFields, type MatchField } from "./index";

let n = 0;
function field(formId: string, path: string | string[], type: FieldType = "text", unit: string | null = null): MatchField {
  const p = Array.isArray(path) ? path : [path];
  return { id: `rs${n++}`, formId, label: p[p.length - 1], path: p, type, unit };
}

function elementsOf(fields: MatchField[]): Map<string, string> {
  return new Map(matchFields(fields).fields.map((m) => [m.fieldId, m.elementId]));
}

/** A plain roster to compare against: 姓名 / 性别 / 身份证号 / 电话 of the row's person. */
function plainRoster(formId: string) {
  return {
    name: field(formId, "姓名"),
    sex: field(formId, "性别", "choice"),
    id: field(formId, "公民身份号码", "idcard"),
    phone: field(formId, "联系电话", "phone"),
  };
}

describe("roster subject: whose personal attribute a person noun names, decided by the form", () => {
  it("a group that profiles its person (性别, 年龄 …) is the roster's own person, whatever the noun", () => {
    const p = plainRoster("P");
    const name = field("A", ["护路员", "姓名"]);
    const sex = field("A", ["护路员", "性别"], "choice");
    const age = field("A", ["护路员", "年龄"], "integer", "岁");
    const phone = field("A", ["护路员", "手机号"], "phone");
    const el = elementsOf([...Object.values(p), name, sex, age, phone]);
    expect(el.get(name.id)).toBe(el.get(p.name.id));
    expect(el.get(sex.id)).toBe(el.get(p.sex.id));
    expect(el.get(phone.id)).toBe(el.get(p.phone.id));
  });

  it("a known role is the roster's person when the form is a roster of it (调解员信息 > 姓名 / 性别 / 出生年月)", () => {
    const p = plainRoster("P");
    const name = field("A", ["调解员信息", "姓名"]);
    const sex = field("A", ["调解员信息", "性别"], "choice");
    const birth = field("A", ["调解员信息", "出生年月"], "date");
    const el = elementsOf([...Object.values(p), name, sex, birth]);
    expect(el.get(name.id)).toBe(el.get(p.name.id));
    expect(el.get(sex.id)).toBe(el.get(p.sex.id));
  });

  it("a noun over only a name and a phone on a form about something else is a role (关工委主任 > 姓名 / 联系方式)", () => {
    const p = plainRoster("P");
    const village = field("A", "村（社区）名称");
    const name = field("A", ["关工委主任", "姓名"]);
    const phone = field("A", ["关工委主任", "联系方式"], "phone");
    const count = field("A", "结对关爱留守儿童", "integer", "人");
    const other = field("B", ["关工委主任", "姓名"]);
    const el = elementsOf([...Object.values(p), village, name, phone, count, other]);
    expect(el.get(name.id)).not.toBe(el.get(p.name.id));
    expect(el.get(phone.id)).not.toBe(el.get(p.phone.id));
    expect(el.get(name.id)).toBe(el.get(other.id));
  });

  it("a name with a noun beside plain personal attributes names the row (逝者姓名 | 性别 | 身份证号), a group beside it somebody else", () => {
    const p = plainRoster("P");
    const name = field("A", "逝者姓名");
    const sex = field("A", "性别", "choice");
    const id = field("A", "公民身份证号", "idcard");
    const kinName = field("A", ["家属", "姓名"]);
    const kinPhone = field("A", ["家属", "联系电话"], "phone");
    const insured = field("C", "参保人姓名");
    const insuredId = field("C", "身份证号码", "idcard");
    const el = elementsOf([...Object.values(p), name, sex, id, kinName, kinPhone, insured, insuredId]);
    expect(el.get(name.id)).toBe(el.get(p.name.id));
    expect(el.get(insured.id)).toBe(el.get(p.name.id));
    expect(el.get(kinName.id)).not.toBe(el.get(p.name.id));
    expect(el.get(kinPhone.id)).not.toBe(el.get(p.phone.id));
  });

  it("a form with a plain 姓名 is about that person: every noun names somebody else (调查员 > 姓名)", () => {
    const p = plainRoster("P");
    const own = field("A", "姓名");
    const enumerator = field("A", ["调查员", "姓名"]);
    const el = elementsOf([...Object.values(p), own, enumerator]);
    expect(el.get(own.id)).toBe(el.get(p.name.id));
    expect(el.get(enumerator.id)).not.toBe(el.get(p.name.id));
  });

  it("a known role on a form listing objects stays a role (场所名称 | 负责人姓名 | 联系电话)", () => {
    const p = plainRoster("P");
    const site = field("A", "场所名称");
    const head = field("A", "负责人姓名");
    const phone = field("A", "联系电话", "phone");
    const el = elementsOf([...Object.values(p), site, head, phone]);
    expect(el.get(head.id)).not.toBe(el.get(p.name.id));
  });

  it("family relations keep their reading (户主 > 姓名 ≠ 姓名)", () => {
    const p = plainRoster("P");
    const head = field("A", ["户主信息", "姓名"]);
    const sex = field("A", ["户主信息", "性别"], "choice");
    const el = elementsOf([...Object.values(p), head, sex]);
    expect(el.get(head.id)).not.toBe(el.get(p.name.id));
  });
});
