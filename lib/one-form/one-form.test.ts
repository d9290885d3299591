import { describe, expect, it } from "vitest";
import { checkCharacter } from "../id-number/gb11643";
import { buildOneForm, checkSection, checkValue, deriveRules, applyDerived, dueForms, elementPeriod, formPeriodFor, isFormDue, percent, prefillCell, sectionOf, valueForFormPeriod, valueKey, personValueKey, type OneFormElement, type OneFormField, type OneFormForm, type StoredValue } from ".";

const idWithCheck = (first17: string) => `${first17}${checkCharacter(first17)}`;
const GOOD_ID = idWithCheck("43011219800101123"); // a man (3 is odd), born 1980-01-01
const wrongCheck = (id: string) => `${id.slice(0, 17)}${id[17] === "0" ? "1" : "0"}`;

let n = 0;
function form(over: Partial<OneFormForm> = {}): OneFormForm {
  n++;
  return { id: `f${n}`, title: `表${n}`, departmentId: "d1", departmentName: "区民政局", frequency: "monthly", kind: "aggregate", status: "active", targetLevels: ["village", "community"], ...over };
}
function element(over: Partial<OneFormElement> & { id: string; name: string }): OneFormElement {
  return { type: "integer", unit: "人", scope: "unit", aggregation: "stock", options: null, section: null, ...over };
}
function field(formId: string, elementId: string, label: string, path: string[] = [label], position = 0): OneFormField {
  return { id: `${formId}-${elementId}-${label}`, formId, elementId, label, path, position, isRemark: false, excluded: false };
}

describe("forms due", () => {
  const village = { level: "village" as const };
  it("includes active and under-review forms, never drafts or retired ones", () => {
    expect(isFormDue(form(), village, "2026-11")).toBe(true);
    expect(isFormDue(form({ status: "under_review" }), village, "2026-11")).toBe(true);
    expect(isFormDue(form({ status: "retired" }), village, "2026-11")).toBe(false);
    expect(isFormDue(form({ status: "draft" }), village, "2026-11")).toBe(false);
  });
  it("respects the form's target levels", () => {
    expect(isFormDue(form({ targetLevels: ["community"] }), village, "2026-11")).toBe(false);
    expect(isFormDue(form({ targetLevels: ["community"] }), { level: "community" }, "2026-11")).toBe(true);
  });
  it("makes a quarterly form due in the quarter's last month and an annual form in December", () => {
    expect(formPeriodFor("quarterly", "2026-11")).toBeNull();
    expect(formPeriodFor("quarterly", "2026-12")).toBe("2026-Q4");
    expect(formPeriodFor("annual", "2026-12")).toBe("2026");
    expect(formPeriodFor("annual", "2026-06")).toBeNull();
    expect(formPeriodFor("semiannual", "2026-06")).toBe("2026-H1");
  });
  it("leaves forms more frequent than the page to their own period's page", () => {
    expect(formPeriodFor("weekly", "2026-11")).toBeNull();
    expect(formPeriodFor("weekly", "2026-W47")).toBe("2026-W47");
    expect(formPeriodFor("monthly", "2026-W48")).toBeNull();
    expect(formPeriodFor("monthly", "2026-W49")).toBe("2026-11"); // the week holding 30 November
  });
  it("gives each due form its own period", () => {
    const list = dueForms([form({ frequency: "monthly" }), form({ frequency: "quarterly" }), form({ frequency: "quarterly", status: "retired" })], village, "2026-12");
    expect(list.map((f) => f.formPeriod)).toEqual(["2026-12", "2026-Q4"]);
  });
});

describe("element periods", () => {
  it("stores a shared element under the most frequent form's period", () => {
    expect(elementPeriod(["2026-Q4", "2026-12"])).toBe("2026-12");
    expect(elementPeriod(["2026", "2026-Q4"])).toBe("2026-Q4");
  });
  it("reads a quarterly value from months: stock takes the last, flow sums", () => {
    const byPeriod = new Map<string, number | null>([["2026-10", 2], ["2026-11", 3], ["2026-12", 5]]);
    expect(valueForFormPeriod("stock", "2026-Q4", byPeriod)).toBe(5);
    expect(valueForFormPeriod("flow", "2026-Q4", byPeriod)).toBe(10);
    expect(valueForFormPeriod("flow", "2026-Q4", new Map([["2026-Q4", 7]]))).toBe(7);
    expect(valueForFormPeriod("stock", "2026-Q3", byPeriod)).toBeNull();
  });
});

describe("sections", () => {
  it("come from the element's name first, then its departments, then 其他", () => {
    expect(sectionOf({ name: "户籍人口", section: null })).toBe("population");
    expect(sectionOf({ name: "低保户数", section: null })).toBe("civil");
    expect(sectionOf({ name: "调解纠纷件数", section: null })).toBe("safety");
    expect(sectionOf({ name: "党员人数", section: null })).toBe("party");
    expect(sectionOf({ name: "耕地面积", section: null })).toBe("agriculture");
    expect(sectionOf({ name: "排查隐患处数", section: null })).toBe("emergency");
    expect(sectionOf({ name: "补贴发放金额", section: null }, ["区农业农村局"])).toBe("agriculture");
    expect(sectionOf({ name: "补贴发放金额", section: null }, ["区档案馆"])).toBe("other");
  });
  it("honour an official's choice, by key or by Chinese name", () => {
    expect(sectionOf({ name: "户籍人口", section: "民政" })).toBe("civil");
    expect(sectionOf({ name: "户籍人口", section: "safety" })).toBe("safety");
  });
});

describe("prefill", () => {
  const prev: StoredValue = { value: 1200, source: "entered", version: 3 };
  it("carries a stock value forward as an unconfirmed prefill", () => {
    expect(prefillCell({ aggregation: "stock" }, undefined, prev)).toMatchObject({ value: 1200, source: "carried", version: 0, isPrefill: true });
  });
  it("starts a flow value empty", () => {
    expect(prefillCell({ aggregation: "flow" }, undefined, prev)).toMatchObject({ value: null, isPrefill: false, version: 0 });
  });
  it("shows this period's stored value with its version", () => {
    expect(prefillCell({ aggregation: "stock" }, { value: 1300, source: "entered", version: 2 }, prev)).toMatchObject({ value: 1300, version: 2, isPrefill: false });
  });
});

describe("derived values", () => {
  const els = new Map(["m", "f", "t", "name"].map((id) => [id, element({ id, name: id, type: id === "name" ? "text" : "integer" })]));
  const fields = [field("F", "m", "男", ["户籍人口", "男"]), field("F", "f", "女", ["户籍人口", "女"]), field("F", "t", "合计", ["户籍人口", "合计"]), field("F", "name", "填表人", ["填表人"])];
  it("find a total under the same parent header as its parts", () => {
    expect(deriveRules(fields, els)).toEqual([{ target: "t", parts: ["m", "f"] }]);
  });
  it("compute the total from whatever parts are entered, empty when none are", () => {
    const rules = deriveRules(fields, els);
    expect(applyDerived({ m: 600, f: 612, t: 5 }, rules).t).toBe(1212);
    expect(applyDerived({ m: 600, f: null, t: 5 }, rules).t).toBe(600);
    expect(applyDerived({ m: null, f: null, t: 5 }, rules).t).toBeNull();
  });
});

describe("validation generated from elements", () => {
  const count = element({ id: "c", name: "户籍人口" });
  const area = element({ id: "a", name: "耕地面积", type: "decimal", unit: "亩" });
  const kind = element({ id: "k", name: "类别", type: "choice", options: ["一类", "二类"] });
  const day = element({ id: "d", name: "日期", type: "date" });
  const id = element({ id: "i", name: "公民身份号码", type: "idcard", scope: "person" });
  const phone = element({ id: "p", name: "联系电话", type: "phone", scope: "person" });
  const issueKey = (el: OneFormElement, raw: unknown) => {
    const r = checkValue(el, raw);
    return r.ok ? r.value : r.issue.key;
  };
  it("parses numbers as people type them and refuses the rest with a message key", () => {
    expect(issueKey(count, "１,２００")).toBe(1200);
    expect(issueKey(count, "12.5")).toBe("notInteger");
    expect(issueKey(count, "十二")).toBe("notNumber");
    expect(issueKey(count, "-3")).toBe("negative");
    expect(issueKey(area, "12.5")).toBe(12.5);
    expect(issueKey(count, "")).toBeNull();
  });
  it("checks choices, dates, phones and ID numbers", () => {
    expect(issueKey(kind, "三类")).toBe("notOption");
    expect(issueKey(kind, "二类")).toBe("二类");
    expect(issueKey(day, "2026年1月5日")).toBe("2026-01-05");
    expect(issueKey(day, "2026-02-30")).toBe("notDate");
    expect(issueKey(phone, "138 1234 5678")).toBe("13812345678");
    expect(issueKey(phone, "12345")).toBe("phone");
    expect(issueKey(id, GOOD_ID.toLowerCase())).toBe(GOOD_ID);
    expect(issueKey(id, wrongCheck(GOOD_ID))).toBe("idCheckDigit");
    expect(issueKey(id, "4301121980")).toBe("idLength");
  });
  it("separates errors from warnings, and a confirmed warning no longer blocks", () => {
    const bad = checkSection({ elements: [count, area], raw: { c: "abc", a: "-1" }, previous: {} });
    expect(bad.errors.map((e) => [e.elementId, e.key])).toEqual([["c", "notNumber"], ["a", "negative"]]);
    const jump = checkSection({ elements: [count], raw: { c: "400" }, previous: { c: 100 } });
    expect(jump.errors).toEqual([]);
    expect(jump.warnings).toEqual([{ elementId: "c", level: "warning", key: "growth", params: { pct: 300, previous: 100 } }]);
    expect(jump.unconfirmed).toHaveLength(1);
    expect(checkSection({ elements: [count], raw: { c: "400" }, previous: { c: 100 }, confirmed: ["c"] }).unconfirmed).toEqual([]);
    expect(checkSection({ elements: [count], raw: { c: "103" }, previous: { c: 100 } }).warnings).toEqual([]);
  });
});

describe("the one form of a village", () => {
  const mz = form({ title: "民政月报", departmentName: "区民政局" });
  const wj = form({ title: "人口季报", departmentName: "区卫健委", frequency: "quarterly" });
  const tj = form({ title: "人口月报", departmentName: "区统计局" });
  const old = form({ title: "旧表", status: "retired" });
  const db = form({ title: "低保名册", kind: "roster", departmentName: "区民政局" });
  const els = [
    element({ id: "pop", name: "户籍人口" }),
    element({ id: "male", name: "男性人口" }),
    element({ id: "female", name: "女性人口" }),
    element({ id: "dibao", name: "低保户数", unit: "户" }),
    element({ id: "births", name: "本月出生人数", aggregation: "flow" }),
    element({ id: "pname", name: "姓名", type: "text", scope: "person" }),
    element({ id: "pid", name: "公民身份号码", type: "idcard", scope: "person" }),
    element({ id: "page", name: "年龄", scope: "person" }),
    element({ id: "pphone", name: "联系电话", type: "phone", scope: "person" }),
    element({ id: "pamount", name: "保障金额", type: "decimal", unit: "元", scope: "person" }),
  ];
  const fields = [
    field(mz.id, "dibao", "低保户数"),
    field(mz.id, "pop", "户籍人口", ["户籍人口"], 1),
    field(tj.id, "male", "男", ["户籍人口", "男"], 0),
    field(tj.id, "female", "女", ["户籍人口", "女"], 1),
    field(tj.id, "pop", "合计", ["户籍人口", "合计"], 2),
    field(tj.id, "births", "本月出生人数", ["本月出生人数"], 3),
    field(wj.id, "pop", "户籍人口数"),
    field(old.id, "pop", "户籍人口"),
    field(db.id, "pname", "姓名", ["姓名"], 0),
    field(db.id, "pid", "身份证号", ["身份证号"], 1),
    field(db.id, "page", "年龄", ["年龄"], 2),
    field(db.id, "pphone", "联系电话", ["联系电话"], 3),
    field(db.id, "pamount", "保障金额", ["保障金额"], 4),
  ];
  const values = new Map<string, StoredValue>([
    [valueKey("male", "2026-10"), { value: 600, source: "entered", version: 1 }],
    [valueKey("dibao", "2026-10"), { value: 12, source: "entered", version: 1 }],
    [valueKey("births", "2026-10"), { value: 3, source: "entered", version: 1 }],
    [valueKey("female", "2026-11"), { value: 610, source: "entered", version: 4 }],
  ]);
  const person = { id: "p1", name: "张三", idNumber: GOOD_ID, sex: "male" as const, birthDate: "1980-01-01", version: 1 };
  const view = buildOneForm({
    unit: { id: "v", level: "village" },
    periodKey: "2026-11",
    forms: [mz, wj, tj, old, db],
    fields,
    elements: els,
    values,
    persons: [person],
    personValues: new Map([[personValueKey("p1", "pphone"), { value: "13812345678", source: "entered", version: 1 }]]),
    rosterEntries: [{ formId: db.id, personId: "p1" }],
    submissions: new Map(),
  });
  it("lists only the forms due this period", () => {
    expect(view.forms.map((f) => f.title)).toEqual(["民政月报", "人口月报", "低保名册"]);
  });
  it("shows each element once with every form and department using it, grouped by section", () => {
    const pop = view.sections.flatMap((s) => s.elements).filter((e) => e.element.id === "pop");
    expect(pop).toHaveLength(1);
    expect(pop[0].forms.map((f) => f.title).sort()).toEqual(["人口月报", "民政月报"]);
    expect(pop[0].departments.sort()).toEqual(["区民政局", "区统计局"]);
    expect(view.sections.map((s) => s.key)).toEqual(["population", "civil"]);
  });
  it("prefills stock, leaves flow empty and computes the total from its parts", () => {
    const cells = Object.fromEntries(view.sections.flatMap((s) => s.elements).map((e) => [e.element.id, e.cell]));
    expect(cells.male).toMatchObject({ value: 600, isPrefill: true });
    expect(cells.births).toMatchObject({ value: null, isPrefill: false });
    expect(cells.pop).toMatchObject({ value: 1210, source: "derived" });
    expect(view.rules).toEqual([{ target: "pop", parts: ["male", "female"] }]);
  });
  it("shows residents on a roster with registry columns derived and numbers masked", () => {
    const [roster] = view.rosters;
    expect(roster.columns.filter((c) => !c.attribute).map((c) => c.elementId)).toEqual(["pphone", "pamount"]);
    const row = roster.rows[0];
    expect(row.idNumberMasked).toBe(`430112${"*".repeat(8)}${GOOD_ID.slice(-4)}`);
    expect(row.cells.pid.display).not.toContain("19800101");
    expect(row.cells.pphone.display).toBe("138****5678");
    expect(row.cells.pphone.value).toBeNull();
    expect(row.cells.page.value).toBe(46);
    expect(JSON.stringify(view)).not.toContain(GOOD_ID);
  });
  it("states the burden: forms due, fields before merging, elements once, prefilled cells still to confirm", () => {
    // 3 forms; 6 unit fields + 5 roster fields; 5 unit elements + 5 roster columns; male and dibao carried from the
    // previous period (pop is derived, the registry columns come from the ID number: nothing to confirm), no push.
    expect(view.burden).toEqual({ forms: 3, due: 10, before: 11, prefilled: 2 });
  });
  it("counts progress per form and section from stored values only", () => {
    const population = view.sections.find((s) => s.key === "population")!;
    expect(population.progress).toEqual({ filled: 2, total: 4 }); // female stored, pop derived; male only prefilled
    expect(population.prefillCount).toBe(1);
    expect(view.forms.find((f) => f.title === "低保名册")!.progress).toEqual({ filled: 1, total: 2 });
    expect(percent({ filled: 1, total: 4 })).toBe(25);
    expect(percent({ filled: 0, total: 0 })).toBe(100);
  });
});

describe("items moved from a merged form", () => {
  const target = form({ title: "目标月报" });
  const own = field(target.id, "dibao", "低保户数", ["低保户数"], 0);
  const carried: OneFormField = { ...field(target.id, "visits", "走访户数", ["走访户数"], 100_003), id: "merged-visits", carriedFrom: { formId: "m1", title: "走访月报" } };
  const view = buildOneForm({
    unit: { id: "v", level: "village" },
    periodKey: "2026-11",
    forms: [target],
    fields: [own, carried],
    elements: [element({ id: "dibao", name: "低保户数", unit: "户" }), element({ id: "visits", name: "走访户数", unit: "户", aggregation: "flow" })],
    values: new Map([[valueKey("visits", "2026-11"), { value: 4, source: "entered", version: 1 }]]),
    persons: [],
    personValues: new Map(),
    rosterEntries: [],
    submissions: new Map(),
  });
  const items = view.sections.flatMap((s) => s.elements);
  it("are asked as part of the target form, marked with the form they came from", () => {
    const visits = items.find((e) => e.element.id === "visits")!;
    expect(visits.forms.map((f) => f.title)).toEqual(["目标月报"]);
    expect(visits.carriedFrom).toEqual(["走访月报"]);
    expect(visits.period).toBe("2026-11");
    expect(items.find((e) => e.element.id === "dibao")!.carriedFrom).toEqual([]);
  });
  it("count in the target's fields and progress, and the target says what was merged into it", () => {
    const [due] = view.forms;
    expect(due).toMatchObject({ title: "目标月报", fieldCount: 2, progress: { filled: 1, total: 2 } });
    expect(due.mergedFrom).toEqual([{ formId: "m1", title: "走访月报", fieldCount: 1 }]);
  });
});
