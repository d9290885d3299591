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

  it("the one …对象 group is the roster's people beside a role that only names and reaches (签约对象 / 签约医生)", () => {
    const p = plainRoster("P");
    const name = field("A", ["签约对象", "姓名"]);
    const id = field("A", ["签约对象", "身份证号"], "idcard");
    const doctor = field("A", ["签约医生", "姓名"]);
    const doctorPhone = field("A", ["签约医生", "联系电话"], "phone");
    const el = elementsOf([...Object.values(p), name, id, doctor, doctorPhone]);
    expect(el.get(name.id)).toBe(el.get(p.name.id));
    expect(el.get(id.id)).toBe(el.get(p.id.id));
    expect(el.get(doctor.id)).not.toBe(el.get(p.name.id));
    expect(el.get(doctorPhone.id)).not.toBe(el.get(p.phone.id));
  });

  it("a role beside a roster noun in one header names the role's person (家庭成员或监护人 > 姓名 = 监护人 > 姓名)", () => {
    const a = field("A", ["家庭成员或监护人", "姓名"]);
    const b = field("B", ["监护人", "姓名"]);
    const p = plainRoster("P");
    const el = elementsOf([a, b, ...Object.values(p)]);
    expect(el.get(a.id)).toBe(el.get(b.id));
    expect(el.get(a.id)).not.toBe(el.get(p.name.id));
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

describe("questionnaires of indicator rows", () => {
  it("read a person noun before a personal attribute as somebody else's: the sheet has no row person (网格员联系电话)", () => {
    const p = plainRoster("P");
    const sheet = [field("G", "网格名称"), field("G", "专职网格员姓名"), field("G", "网格员联系电话", "phone")].map((f) => ({ ...f, layout: "indicator-rows" as const }));
    const other = [field("H", "网格名称"), field("H", "网格员手机号", "phone")].map((f) => ({ ...f, layout: "indicator-rows" as const }));
    const el = elementsOf([...Object.values(p), ...sheet, ...other]);
    expect(el.get(sheet[2].id)).not.toBe(el.get(p.phone.id));
    expect(el.get(sheet[2].id)).toBe(el.get(other[1].id));
  });
});

describe("village tables keyed by the village's organ", () => {
  it("reads 调委会名称 / 村（社区）党组织 as the village on a table of villages without a village column", () => {
    const village = (formId: string, label: string) => ({ ...field(formId, label), subject: "村" });
    const plain = village("V", "村（社区）");
    const mediation = village("M", "调委会名称");
    const party = village("P", "村（社区）党组织");
    const el = elementsOf([plain, mediation, party, village("M", "调解员人数"), village("P", "党员人数")]);
    expect(el.get(mediation.id)).toBe(el.get(plain.id));
    expect(el.get(party.id)).toBe(el.get(plain.id));
    // beside a village column, an organ column is its own datum
    const both = [village("B", "村（社区）"), village("B", "党支部名称")];
    const el2 = elementsOf([plain, ...both]);
    expect(el2.get(both[1].id)).not.toBe(el2.get(plain.id));
  });
});

describe("household lists: the 户主 as the only name", () => {
  it("reads the plain ID and phone of a list whose only name is the 户主's as the 户主's", () => {
    const p = plainRoster("P");
    const head = [field("H", ["户主", "姓名"]), field("H", ["户主", "身份证号"], "idcard"), field("H", ["户主", "联系电话"], "phone")];
    const list = [field("L", "户主姓名"), field("L", "身份证号码", "idcard"), field("L", "联系电话", "phone")];
    const el = elementsOf([...Object.values(p), ...head, ...list]);
    for (let i = 0; i < 3; i++) expect(el.get(list[i].id)).toBe(el.get(head[i].id));
    expect(el.get(list[1].id)).not.toBe(el.get(p.id.id));
  });

  it("reads them as the 户主's also beside a role's name (户主 | 证件号码 | 联系电话 | 帮扶责任人), not beside a roster noun's (学生姓名)", () => {
    const p = plainRoster("P");
    const head = [field("H", ["户主", "姓名"]), field("H", ["户主", "身份证号"], "idcard"), field("H", ["户主", "联系电话"], "phone")];
    const list = [field("L", "户主"), field("L", "证件号码", "idcard"), field("L", "联系电话", "phone"), field("L", "帮扶责任人")];
    const students = [field("S", "学生姓名"), field("S", "户主姓名"), field("S", "身份证号码", "idcard")];
    const el = elementsOf([...Object.values(p), ...head, ...list, ...students]);
    expect(el.get(list[1].id)).toBe(el.get(head[1].id));
    expect(el.get(list[2].id)).toBe(el.get(head[2].id));
    expect(el.get(students[2].id)).toBe(el.get(p.id.id));
  });

  it("keeps them the row's own when the list profiles its own person (文化程度, 民族)", () => {
    const p = plainRoster("P");
    const farmer = [field("F", "户主名字"), field("F", "公民身份号码", "idcard"), field("F", "手机号", "phone"), field("F", "受教育程度", "choice")];
    const el = elementsOf([...Object.values(p), ...farmer]);
    expect(el.get(farmer[1].id)).toBe(el.get(p.id.id));
    expect(el.get(farmer[2].id)).toBe(el.get(p.phone.id));
  });
});

describe("row object: on a form whose rows are objects, roles and bare columns are that object's", () => {
  it("reads a bare 名称 on a list of entities as the entity's name, and its 负责人 as that entity's", () => {
    const directory = [field("D", ["基本信息", "名称"]), field("D", ["负责人", "姓名"]), field("D", ["负责人", "手机号码"], "phone")];
    const report = [field("R", "主体名称"), field("R", "负责人姓名"), field("R", "负责人联系电话", "phone")];
    const el = elementsOf([...directory, ...report]);
    for (let i = 0; i < 3; i++) expect(el.get(directory[i].id)).toBe(el.get(report[i].id));
  });

  it("reads 经营者名称 as the business's name, so the export's 负责人 is the same business's owner", () => {
    const ledger = [field("L", "单位名称"), field("L", ["负责人", "姓名"]), field("L", ["负责人", "联系电话"], "phone")];
    const exported = [field("X", "经营者名称"), field("X", "负责人"), field("X", "负责人电话", "phone")];
    const el = elementsOf([...ledger, ...exported]);
    for (let i = 0; i < 3; i++) expect(el.get(ledger[i].id)).toBe(el.get(exported[i].id));
  });

  it("reads a plain 联系电话 on a list of units as the unit's (经济普查 法人单位 ≠ 个体经营户 ≠ a person's phone)", () => {
    const p = plainRoster("P");
    const units = [field("U", "单位详细名称"), field("U", "法定代表人（单位负责人）"), field("U", "联系电话", "phone")];
    const shops = [field("S", "个体经营户名称"), field("S", "经营者姓名"), field("S", "联系电话", "phone")];
    const units2 = [field("V", "单位名称"), field("V", "联系电话", "phone")];
    const el = elementsOf([...Object.values(p), ...units, ...shops, ...units2]);
    expect(el.get(units[2].id)).not.toBe(el.get(p.phone.id));
    expect(el.get(units[2].id)).not.toBe(el.get(shops[2].id));
  });

  /** A list of objects named by `名称` (渡口名称, 民宿名称) with a role's name and phone. */
  function objectList(formId: string, object: string, role = "负责人") {
    return {
      name: field(formId, `${object}名称`),
      kind: field(formId, "类别", "choice"),
      address: field(formId, "地址"),
      head: field(formId, [role, "姓名"]),
      phone: field(formId, [role, "联系电话"], "phone"),
    };
  }

  it("the same role of different objects is two people (渡口 负责人 ≠ 民宿 负责人)", () => {
    const a = objectList("A", "渡口");
    const b = objectList("B", "民宿");
    const el = elementsOf([...Object.values(a), ...Object.values(b)]);
    expect(el.get(a.head.id)).not.toBe(el.get(b.head.id));
    expect(el.get(a.phone.id)).not.toBe(el.get(b.phone.id));
  });

  it("a role the lexicon does not know is the object's too (安全员 of a 渡口 ≠ 安全员 of a 民宿)", () => {
    const a = objectList("A", "渡口", "安全员");
    const b = objectList("B", "民宿", "安全员");
    const c = objectList("C", "渡口", "安全员");
    const el = elementsOf([...Object.values(a), ...Object.values(b), ...Object.values(c)]);
    expect(el.get(a.head.id)).not.toBe(el.get(b.head.id));
    expect(el.get(a.head.id)).toBe(el.get(c.head.id));
  });

  it("the same role of the same object on two forms is one element (负责人 > 姓名 = 负责人姓名)", () => {
    const a = objectList("A", "渡口");
    const name = field("B", "渡口名称");
    const head = field("B", "负责人姓名");
    const phone = field("B", "负责人手机", "phone");
    const el = elementsOf([...Object.values(a), name, head, phone]);
    expect(el.get(head.id)).toBe(el.get(a.head.id));
    expect(el.get(phone.id)).toBe(el.get(a.phone.id));
  });

  it("an object written before the role names it (码头负责人 > 姓名 ≠ 渡口 负责人 > 姓名); a modifier does not", () => {
    const a = objectList("A", "渡口");
    const village = field("B", "村名");
    const count = field("B", "常住人口", "integer", "人");
    const head = field("B", ["码头负责人", "姓名"]);
    const c1 = field("C", "村名");
    const c2 = field("C", "常住人口", "integer", "人");
    const elected = field("C", ["新任联系人", "姓名"]);
    const d1 = field("D", "村名");
    const d2 = field("D", "常住人口", "integer", "人");
    const contact = field("D", ["联系人", "姓名"]);
    const el = elementsOf([...Object.values(a), village, count, head, c1, c2, elected, d1, d2, contact]);
    expect(el.get(head.id)).not.toBe(el.get(a.head.id));
    expect(el.get(elected.id)).toBe(el.get(contact.id));
  });

  it("a bare 类别 / 地址 on a list of X is X类别 / X地址; on a person roster 类别 stays its own", () => {
    const a = objectList("A", "渡口");
    const name = field("B", "渡口名称");
    const kind = field("B", "渡口类别", "choice");
    const address = field("B", "渡口地址");
    const p = plainRoster("P");
    const personKind = field("P", "类别", "choice");
    const el = elementsOf([...Object.values(a), name, kind, address, ...Object.values(p), personKind]);
    expect(el.get(a.kind.id)).toBe(el.get(kind.id));
    expect(el.get(a.address.id)).toBe(el.get(address.id));
    expect(el.get(personKind.id)).not.toBe(el.get(kind.id));
  });
});

describe("roster subject on a form spanning several sheets", () => {
  it("a sheet whose only name is a noun's (联络员姓名 | 工作单位 | 联系电话) asks that person's employer and phone, when another sheet holds the form's own person", () => {
    const p = plainRoster("P");
    const part = (f: MatchField, sheet: string): MatchField => ({ ...f, part: sheet });
    const members = [part(field("S", "姓名"), "表一"), part(field("S", "性别", "choice"), "表一"), part(field("S", "联系电话", "phone"), "表一")];
    const contactName = part(field("S", "联络员姓名"), "表三");
    const contactPhone = part(field("S", "联系电话", "phone"), "表三");
    const contactOrg = part(field("S", "工作单位"), "表三");
    const elsewhere = [field("L", "所在村"), field("L", ["联络员", "姓名"]), field("L", ["联络员", "联系电话"], "phone"), field("L", ["联络员", "工作单位"])];
    const el = elementsOf([...Object.values(p), ...members, contactName, contactPhone, contactOrg, ...elsewhere]);
    // The form's own members are the plain roster's people …
    expect(el.get(members[0].id)).toBe(el.get(p.name.id));
    expect(el.get(members[2].id)).toBe(el.get(p.phone.id));
    // … the third sheet's phone and employer are the 联络员's, as on the other form.
    expect(el.get(contactPhone.id)).not.toBe(el.get(p.phone.id));
    expect(el.get(contactPhone.id)).toBe(el.get(elsewhere[2].id));
    expect(el.get(contactOrg.id)).toBe(el.get(elsewhere[3].id));
    expect(el.get(contactName.id)).toBe(el.get(elsewhere[1].id));
  });
});

describe("a form spanning several sheets: keys repeat, quantities do not", () => {
  it("a household sheet's 监测人数 and the summary sheet's village 监测人数 are two data; the keys that tie the sheets stay one", () => {
    const part = (f: MatchField, sheet: string): MatchField => ({ ...f, part: sheet });
    const households = [part(field("M", "户主姓名"), "监测对象"), part(field("M", "监测人数（人）", "integer", "人"), "监测对象"), part(field("M", "村"), "监测对象")];
    const summary = [part(field("M", "村"), "村汇总"), part(field("M", "监测人数", "integer", "人"), "村汇总")];
    const el = elementsOf([...households, ...summary]);
    expect(el.get(households[1].id)).not.toBe(el.get(summary[1].id));
    // The village key is shared by both sheets.
    expect(el.get(households[2].id)).toBe(el.get(summary[0].id));
  });
});
