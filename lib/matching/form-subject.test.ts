import { describe, expect, it } from "vitest";
import type { FieldType } from "@/lib/domain";
import { benefitsOf, formSubjectOf, isEventRegister, programmeOf, subjectOf, subjectsConflict } from "./form-subject";
import { signatureOf } from "./signature";
import { matchFields, type MatchField } from "./index";

describe("formSubjectOf: the object a form's title says its quantities are about", () => {
  it("reads a household from the household nouns of the title", () => {
    expect(formSubjectOf("2023年农户家庭经营情况调查表", "indicator-rows")).toBe("户");
    expect(formSubjectOf("低保户家庭收支核对表", "columns")).toBe("户");
    expect(formSubjectOf("边缘易致贫户 监测户 入户核查表")).toBe("户");
  });

  it("does not read a household from 家庭医生 or 家庭农场 (a service, an enterprise)", () => {
    expect(formSubjectOf("家庭医生团队履约情况月报表", "columns")).toBe("村");
    expect(formSubjectOf("家庭农场名录", "columns")).toBeNull();
  });

  it("reads an institution only on a form of indicator rows (one institution per form)", () => {
    expect(formSubjectOf("某村幼儿园办园条件调查表", "indicator-rows")).toBe("幼儿园");
    // A list of villages with their clinic's figures: the rows are villages, the clinic is a topic.
    expect(formSubjectOf("全镇各村卫生室人员配备表", "columns")).toBeNull();
  });

  it("takes the head noun: the last of household and institution in the title", () => {
    expect(formSubjectOf("敬老院入住困难户名单", "indicator-rows")).toBe("户");
    expect(formSubjectOf("困难户帮扶联系卫生院情况表", "indicator-rows")).toBe("卫生院");
  });

  it("reads the village from village surveys and statistical reports", () => {
    expect(formSubjectOf("2024年村级基本情况登记表", "indicator-rows")).toBe("村");
    expect(formSubjectOf("水利设施管护统计年报", "indicator-rows")).toBe("村");
    expect(formSubjectOf("第三季度秸秆禁烧巡查季报表", "columns")).toBe("村");
  });

  it("gives no subject to a summary of households over villages (its counts are the village's, its averages the households')", () => {
    expect(formSubjectOf("易返贫户收支情况汇总表（村级）", "columns")).toBeNull();
  });

  it("gives no subject to titles that name no object (rosters of persons, registers of events)", () => {
    expect(formSubjectOf("退捕渔民转产安置花名册", "columns")).toBeNull();
    expect(formSubjectOf("信访事项受理登记簿", "columns")).toBeNull();
    expect(formSubjectOf("", "columns")).toBeNull();
    expect(subjectOf(undefined)).toEqual({});
    expect(subjectOf("农户种粮补贴面积核实表")).toEqual({ subject: "户", benefits: ["r:种粮补贴"] });
  });

  it("reads a header naming one grid as saying whose its counts are (其中：网格内基本情况 > 户数)", () => {
    const grid = field("G", ["其中：网格内基本情况", "户数（户）"], "integer", "户", "网格员基本信息表", "columns");
    const village = field("V", ["一、户数与人口", "总户数"], "integer", "户", "2013年行政村基本情况调查表", "indicator-rows");
    const el = new Map(matchFields([grid, village]).fields.map((m) => [m.fieldId, m.elementId]));
    expect(el.get(grid.id)).not.toBe(el.get(village.id));
  });

  it("reads one grid's sheet of a 网格化 survey as about that grid, before the form's title", () => {
    expect(formSubjectOf("表五：网格内单位和场所", "indicator-rows")).toBe("网格");
    expect(formSubjectOf("网格化服务管理基础信息采集表", "indicator-rows")).toBeNull();
    const part = { title: "表五：网格内单位和场所", layout: "indicator-rows" as const };
    expect(subjectOf("社区（村）基本情况统计年报", "indicator-rows", part)).toEqual({ subject: "网格" });
    expect(subjectOf("社区（村）基本情况统计年报", "indicator-rows", { title: "表二：人口", layout: "indicator-rows" })).toEqual({ subject: "村" });
  });
});

describe("subjectsConflict: two named objects conflict, an unnamed one never does", () => {
  it("compares subjects", () => {
    expect(subjectsConflict("户", "村")).toBe(true);
    expect(subjectsConflict("卫生室", "幼儿园")).toBe(true);
    expect(subjectsConflict("户", "户")).toBe(false);
    expect(subjectsConflict("户", null)).toBe(false);
    expect(subjectsConflict(undefined, "村")).toBe(false);
  });
});

let n = 0;
function field(formId: string, path: string[], type: FieldType, unit: string | null, title: string, layout: MatchField["layout"]): MatchField {
  return { id: `fs${n++}`, formId, label: path[path.length - 1], path, type, unit, layout, ...subjectOf(title, layout) };
}

describe("matchFields with form subjects", () => {
  const household = (path: string[], unit: string | null) => field("H", path, "decimal", unit, "农户家庭经营情况调查表", "indicator-rows");
  const village = (path: string[], unit: string | null) => field("V", path, "decimal", unit, "村级基本情况统计年报", "indicator-rows");
  const untitled = (path: string[], unit: string | null) => field("U", path, "decimal", unit, "土地流转台账", "columns");

  it("keeps a household's quantity apart from the village's, and says why", () => {
    const h = household(["承包地", "耕地面积"], "亩");
    const v = village(["二、土地资源", "耕地面积"], "亩");
    const r = matchFields([h, v]);
    const el = new Map(r.fields.map((m) => [m.fieldId, m.elementId]));
    expect(el.get(h.id)).not.toBe(el.get(v.id));
  });

  it("still merges a quantity of a form without subject with either side", () => {
    const h = household(["耕地面积"], "亩");
    const u = untitled(["耕地面积"], "亩");
    const el = new Map(matchFields([h, u]).fields.map((m) => [m.fieldId, m.elementId]));
    expect(el.get(h.id)).toBe(el.get(u.id));
  });

  it("reads a bare 人口数 on a form about households as each household's 家庭人口数", () => {
    const a = field("A", ["人口数"], "integer", "人", "建档立卡贫困户饮水安全状况核查表", "columns");
    const b = field("B", ["家庭人口（人）"], "integer", "人", "“两不愁三保障”核查表（贫困户）", "columns");
    const v = field("V", ["人口数"], "integer", "人", "村级基本情况统计年报", "indicator-rows");
    const el = new Map(matchFields([a, b, v]).fields.map((m) => [m.fieldId, m.elementId]));
    expect(el.get(a.id)).toBe(el.get(b.id));
    expect(el.get(v.id)).not.toBe(el.get(a.id));
  });

  it("reads a household register's summary sheet (村级汇总表) as the village's sums and the households' averages", () => {
    const onSheet = (path: string[], type: FieldType, unit: string) => {
      const f = field("M", path, type, unit, "防返贫动态监测对象信息台账", "columns");
      return { ...f, part: "村汇总", ...subjectOf("防返贫动态监测对象信息台账", "columns", { title: "防止返贫动态监测对象村级汇总表", layout: "indicator-rows" }) };
    };
    const households = onSheet(["监测户数"], "integer", "户");
    const average = onSheet(["人均纯收入"], "decimal", "元");
    const yearlyHouseholds = field("V", ["防返贫监测户数"], "integer", "户", "村级统计年报", "indicator-rows");
    const yearlyIncome = field("V", ["农村居民人均可支配收入"], "decimal", "元", "村级统计年报", "indicator-rows");
    const el = new Map(matchFields([households, average, yearlyHouseholds, yearlyIncome]).fields.map((m) => [m.fieldId, m.elementId]));
    expect(el.get(households.id)).toBe(el.get(yearlyHouseholds.id));
    expect(el.get(average.id)).not.toBe(el.get(yearlyIncome.id));
  });

  it("does not qualify text or personal fields by the form's subject", () => {
    const h = field("H", ["村民小组"], "text", null, "农户家庭经营情况调查表", "indicator-rows");
    const v = field("V", ["村民小组"], "text", null, "村级基本情况统计年报", "indicator-rows");
    const el = new Map(matchFields([h, v]).fields.map((m) => [m.fieldId, m.elementId]));
    expect(el.get(h.id)).toBe(el.get(v.id));
  });
});

describe("isEventRegister: registers whose rows are cases, so their persons are parties", () => {
  it("reads cases and events from the title, not their summaries", () => {
    expect(isEventRegister("土地承包纠纷调处登记簿")).toBe(true);
    expect(isEventRegister("安全生产事故报告登记表")).toBe(true);
    expect(isEventRegister("矛盾纠纷化解情况统计月报")).toBe(false);
    expect(isEventRegister("护林员花名册")).toBe(false);
    // A roster of the people who handle cases is a roster of people.
    expect(isEventRegister("人民调解员名册")).toBe(false);
    expect(isEventRegister("矛盾纠纷调解员花名册")).toBe(false);
    // 婚姻家庭 names the disputes' topic, not households.
    expect(formSubjectOf("婚姻家庭矛盾纠纷排查化解工作台账", "columns")).toBeNull();
  });

  it("reads two role nouns the lexicon lacks, one inside the other, as one role (厨师姓名 = 乡村厨师 > 姓名)", () => {
    const cook = field("A", ["厨师姓名"], "text", null, "农村集体聚餐报告登记表", "columns");
    const cook2 = field("B", ["乡村厨师", "姓名"], "text", null, "农村集体聚餐备案登记台账", "columns");
    const host = field("B", ["举办者", "姓名"], "text", null, "农村集体聚餐备案登记台账", "columns");
    const el = new Map(matchFields([cook, cook2, host]).fields.map((m) => [m.fieldId, m.elementId]));
    expect(el.get(cook.id)).toBe(el.get(cook2.id));
    expect(el.get(cook.id)).not.toBe(el.get(host.id));
  });

  it("reads every person a dispute register names as a party (人民调解登记簿: 当事人姓名 | 联系方式), a 信访 register's 信访人 as its person", () => {
    const roster = [field("R", ["姓名"], "text", null, "城乡居民基本养老保险参保缴费花名册", "columns"), field("R", ["联系电话"], "phone", null, "城乡居民基本养老保险参保缴费花名册", "columns")];
    const book = [field("M", ["当事人姓名"], "text", null, "社区（村）人民调解登记簿", "columns"), field("M", ["联系方式"], "phone", null, "社区（村）人民调解登记簿", "columns")];
    const ledger = [field("L", ["当事人", "姓名"], "text", null, "矛盾纠纷排查化解工作台账", "columns")];
    const petition = [field("P", ["信访人姓名"], "text", null, "信访事项登记表", "columns"), field("P", ["身份证号"], "idcard", null, "信访事项登记表", "columns")];
    const el = new Map(matchFields([...roster, ...book, ...ledger, ...petition]).fields.map((m) => [m.fieldId, m.elementId]));
    expect(el.get(book[0].id)).not.toBe(el.get(roster[0].id));
    expect(el.get(book[0].id)).toBe(el.get(ledger[0].id));
    expect(el.get(petition[0].id)).toBe(el.get(roster[0].id));
    // The register's plain 联系方式 is its one party's, beside the mediator it also names.
    const withMediator = [field("N", ["当事人姓名"], "text", null, "社区（村）人民调解登记簿", "columns"), field("N", ["联系方式"], "phone", null, "社区（村）人民调解登记簿", "columns"), field("N", ["调解人"], "text", null, "社区（村）人民调解登记簿", "columns")];
    const partyPhone = field("L", ["当事人", "联系电话"], "phone", null, "矛盾纠纷排查化解工作台账", "columns");
    const el2 = new Map(matchFields([...roster, ...withMediator, partyPhone]).fields.map((m) => [m.fieldId, m.elementId]));
    expect(el2.get(withMediator[1].id)).toBe(el2.get(partyPhone.id));
    expect(el2.get(withMediator[1].id)).not.toBe(el2.get(roster[1].id));
  });

  it("reads a dispute register's 登记时间 as its 受理日期, not a 信访 register's", () => {
    const date = (formId: string, label: string, title: string) => field(formId, [label], "date", null, title, "columns");
    const dispute = date("A", "登记时间", "矛盾纠纷排查化解登记表");
    const mediation = date("B", "受理日期", "人民调解案件登记台账");
    const petition = date("C", "登记日期", "信访事项登记表");
    const el = new Map(matchFields([dispute, mediation, petition]).fields.map((m) => [m.fieldId, m.elementId]));
    expect(el.get(dispute.id)).toBe(el.get(mediation.id));
    expect(el.get(petition.id)).not.toBe(el.get(mediation.id));
  });

  it("reads a fully profiled 当事人 > 姓名/性别/联系电话 of a case register as a party, like another register's 当事人姓名", () => {
    const roster = (label: string, type: FieldType = "text") => field("R", [label], type, null, "城乡居民基本养老保险参保缴费花名册", "columns");
    const party = (label: string, type: FieldType = "text") => field("C", ["当事人", label], type, null, "婚姻家庭矛盾纠纷排查化解工作台账", "columns");
    const other = field("D", ["当事人姓名"], "text", null, "2019年妇女儿童权益纠纷调解登记表", "columns");
    const fields = [roster("姓名"), roster("性别", "choice"), roster("联系电话", "phone"), party("姓名"), party("性别", "choice"), party("联系电话", "phone"), other];
    const el = new Map(matchFields(fields).fields.map((m) => [m.fieldId, m.elementId]));
    expect(el.get(fields[3].id)).not.toBe(el.get(fields[0].id));
    expect(el.get(fields[3].id)).toBe(el.get(other.id));
  });

  it("keeps the applicant of a case with a further party apart from a roster's own person", () => {
    const rosterName = field("R", ["姓名"], "text", null, "公益性岗位人员花名册", "columns");
    const rosterPhone = field("R", ["联系电话"], "phone", null, "公益性岗位人员花名册", "columns");
    const caseName = field("C", ["申请人", "姓名"], "text", null, "土地承包纠纷调处登记簿", "columns");
    const casePhone = field("C", ["申请人", "联系电话"], "phone", null, "土地承包纠纷调处登记簿", "columns");
    const otherParty = field("C", ["被申请人"], "text", null, "土地承包纠纷调处登记簿", "columns");
    const el = new Map(matchFields([rosterName, rosterPhone, caseName, casePhone, otherParty]).fields.map((m) => [m.fieldId, m.elementId]));
    expect(el.get(caseName.id)).not.toBe(el.get(rosterName.id));
    expect(el.get(casePhone.id)).not.toBe(el.get(rosterPhone.id));
  });

  it("leaves a visit register with one person as that person's roster", () => {
    const rosterName = field("R", ["姓名"], "text", null, "公益性岗位人员花名册", "columns");
    const visitor = field("V", ["申请人", "姓名"], "text", null, "信访事项登记簿", "columns");
    const el = new Map(matchFields([rosterName, visitor]).fields.map((m) => [m.fieldId, m.elementId]));
    expect(el.get(visitor.id)).toBe(el.get(rosterName.id));
  });
});

describe("programmeOf: the insurance a title names", () => {
  it("reads one insurance from the title and keeps bare 参保 counts of two insurances apart", () => {
    expect(programmeOf("2025年度城乡居民基本养老保险参保情况统计表")).toBe("c:pensionInsurance");
    expect(programmeOf("2026年度城乡居民基本医疗保险集中征缴进度表")).toBe("c:medInsurance");
    expect(programmeOf("城乡居民医保和养老保险参保情况表")).toBeNull();
    const count = (title: string, label: string) => signatureOf({ label, path: [label], type: "integer", unit: "人", ...subjectOf(title, "columns") });
    const pension = count("2025年度城乡居民基本养老保险参保情况统计表", "应参保人数（人）");
    const medical = count("2026年度城乡居民基本医疗保险集中征缴进度表", "应参保人数（人）");
    expect(pension.key).not.toBe(medical.key);
    expect(pension.display).not.toBe(medical.display);
    // The insured of the medical form are those a village table counts as 参加城乡居民基本医疗保险人数.
    expect(count("2025年度城乡居民基本医疗保险参保情况统计表", "实际参保人数").concepts).toEqual(["c:medInsurance"]);
    // A count that is not of the insured keeps its own reading.
    expect(count("2026年度城乡居民基本医疗保险集中征缴进度表", "户籍人口（人）").concepts).not.toContain("c:medInsurance");
  });

  it("reads a yes/no 是否参合 on such a form as whether the person is in that insurance", () => {
    const flag = (title: string, label: string) => signatureOf({ label, path: [label], type: "boolean", unit: null, ...subjectOf(title, "columns") });
    const plain = signatureOf({ label: "是否参加新型农村合作医疗", path: ["是否参加新型农村合作医疗"], type: "boolean", unit: null });
    expect(flag("贫困人口参加新农合情况登记表", "是否参合").key).toBe(plain.key);
    expect(flag("2025年度城乡居民基本养老保险参保情况统计表", "是否参保").key).not.toBe(plain.key);
  });
});

describe("benefitsOf: the programmes whose money a roster pays", () => {
  it("reads lexicon programmes and benefit words it lacks from the title", () => {
    expect(benefitsOf("农村低保和特困人员花名册")).toEqual(["c:dibao", "c:tekun"]);
    expect(benefitsOf("优抚对象定期抚恤补助发放花名册（月报）")).toEqual(["r:定期抚恤补助"]);
    expect(benefitsOf("高龄津贴发放花名册")).toEqual(["c:elderAllowance"]);
    expect(benefitsOf("社区工作者花名册")).toBeNull();
    expect(benefitsOf(undefined)).toBeNull();
  });

  it("keeps bare amounts of two programmes apart, and one programme's amounts together", () => {
    const amount = (formId: string, title: string, label: string) => field(formId, [label], "decimal", "元", title, "columns");
    const elder = amount("A", "高龄津贴发放花名册", "发放金额（元）");
    const elder2 = amount("B", "2016年度高龄津贴领取资格年审表", "享受金额");
    const disabled = amount("C", "困难残疾人生活补贴和重度残疾人护理补贴发放表", "发放金额（元）");
    const veterans = amount("D", "优抚对象定期抚恤补助发放花名册（月报）", "本月发放金额（元）");
    const dibao = amount("E", "社会救助资金发放台账", "低保金（元）");
    const el = new Map(matchFields([elder, elder2, disabled, veterans, dibao]).fields.map((m) => [m.fieldId, m.elementId]));
    expect(el.get(elder2.id)).toBe(el.get(elder.id));
    expect(new Set([elder, disabled, veterans, dibao].map((f) => el.get(f.id))).size).toBe(4);
    // Without a programme in the title an amount stays what its label says.
    expect(signatureOf({ label: "发放金额", path: ["发放金额"], type: "decimal", unit: "元", ...subjectOf("村级资金发放情况表") }).programmes).toBeUndefined();
  });
});

describe("rented housing", () => {
  it("reads the 业主 of a form about rented housing as the landlord (房主), a shop's 业主 as its owner", () => {
    const person = (formId: string, title: string, path: string[], type: FieldType = "text") => ({ ...field(formId, path, type, null, title, "columns"), label: path.at(-1)! });
    const landlord = person("A", "出租房屋及承租人登记表", ["房主", "姓名"]);
    const rentalOwner = person("B", "网格出租屋巡查台账", ["业主", "业主姓名"]);
    const shopOwner = person("C", "九小场所消防安全检查台账", ["业主", "姓名"]);
    const el = new Map(matchFields([landlord, rentalOwner, shopOwner]).fields.map((m) => [m.fieldId, m.elementId]));
    expect(el.get(rentalOwner.id)).toBe(el.get(landlord.id));
    expect(el.get(shopOwner.id)).not.toBe(el.get(landlord.id));
  });
});

describe("event registers", () => {
  it("reads a 集体聚餐 register's 乡村厨师 > 姓名 as the cook's, not the row's own person", () => {
    expect(isEventRegister("农村集体聚餐备案登记台账")).toBe(true);
    const rosterName = field("R", ["姓名"], "text", null, "高龄津贴发放花名册", "columns");
    const rosterId = field("R", ["身份证号码"], "idcard", null, "高龄津贴发放花名册", "columns");
    const cook = field("E", ["乡村厨师", "姓名"], "text", null, "农村集体聚餐备案登记台账", "columns");
    const host = field("E", ["举办者", "姓名"], "text", null, "农村集体聚餐备案登记台账", "columns");
    const el = new Map(matchFields([rosterName, rosterId, cook, host]).fields.map((m) => [m.fieldId, m.elementId]));
    expect(el.get(cook.id)).not.toBe(el.get(rosterName.id));
    expect(el.get(host.id)).not.toBe(el.get(rosterName.id));
  });
});

