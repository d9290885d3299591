import { describe, expect, it } from "vitest";
import { DEFAULT_MINUTES } from "@/lib/burden/minutes";
import { matchFields, type MatchField, type MatchResult } from "@/lib/matching";
import { addedLoad, checkLegalMarks, classifyFields, diffForms, duplicateFields, existingSources, formsLoad, lastDayOf, previousVersionOf, readLegalMarks, resolveDecision, targetUnits, versionStem, type ClassifiedField, type Collector } from ".";

const field = (id: string, cls: ClassifiedField["class"], type: ClassifiedField["type"], elementId: string | null = null): ClassifiedField => ({
  fieldId: id,
  label: id,
  path: [id],
  type,
  class: cls,
  elementId,
  elementName: elementId,
  score: null,
  reason: null,
});

describe("addedLoad", () => {
  // Fixture: a district with 3 villages and 2 communities; the requested form is monthly and targets both levels.
  const units = targetUnits(["village", "community"], { village: 3, community: 2 });
  const fields = [
    field("姓名", "new", "text"),
    field("家庭人口", "new", "integer"),
    field("劳动力人数", "new", "integer"),
    field("公民身份号码", "new", "idcard"),
    field("户籍人口", "existing", "integer", "e1"),
    field("常住人口", "existing", "integer", "e2"),
    field("年收入", "uncertain", "decimal", "e3"),
  ];

  it("counts only 新增 fields × target units × submissions a year, with the minutes model", () => {
    // Hand count: 4 new fields × 5 units × 12 months = 240 entries.
    // Minutes per submission of the new fields: text 0.5 + integer 0.3 + integer 0.3 + idcard 1 = 2.1;
    // × 5 units × 12 = 126 minutes. With the uncertain decimal (0.4) too: 5 × 60 = 300 entries, 2.5 × 60 = 150 minutes.
    const load = addedLoad({ fields, frequency: "monthly", units, minutes: DEFAULT_MINUTES });
    expect(units).toBe(5);
    expect(load.counts).toEqual({ existing: 2, new: 4, uncertain: 1 });
    expect(load.added).toEqual({ entries: 240, minutes: 126 });
    expect(load.atMost).toEqual({ entries: 300, minutes: 150 });
    expect(load.timesPerYear).toBe(12);
  });

  it("leaves out dropped fields and uses the lowered frequency", () => {
    // Hand count: 家庭人口 dropped, quarterly: 3 new fields × 5 units × 4 = 60 entries; (0.5 + 0.3 + 1) × 20 = 36 minutes.
    const load = addedLoad({ fields, dropped: new Set(["家庭人口"]), frequency: "quarterly", units, minutes: DEFAULT_MINUTES });
    expect(load.added).toEqual({ entries: 60, minutes: 36 });
    expect(load.counts.new).toBe(3);
  });

  it("sums the load a department's admitted forms already impose", () => {
    // Hand count: form A monthly to 3 villages, 10 integer fields: 10 × 3 × 12 = 360 entries, 0.3 × 360 = 108 minutes;
    // form B yearly to all 5 units, 2 idcard fields: 2 × 5 × 1 = 10 entries, 10 minutes. Total 370 entries, 118 minutes.
    const a = { frequency: "monthly" as const, targetLevels: ["village" as const], fields: Array.from({ length: 10 }, () => ({ type: "integer" as const })) };
    const b = { frequency: "annual" as const, targetLevels: ["village" as const, "community" as const], fields: [{ type: "idcard" as const }, { type: "idcard" as const }] };
    expect(formsLoad([a, b], { village: 3, community: 2 }, DEFAULT_MINUTES)).toEqual({ entries: 370, minutes: 118 });
  });
});

describe("classifyFields", () => {
  const mf = (id: string, formId: string, label: string, type: MatchField["type"] = "integer"): MatchField => ({ id, formId, label, path: [label], type, unit: null });

  it("marks a field matched to an admitted form's datum 已有 and an unknown one 新增 (real matcher run)", () => {
    const admitted = [mf("a1", "A", "户籍人口"), mf("a2", "A", "常住人口"), mf("a3", "A", "低保户数")];
    const requested = [mf("r1", "R", "户籍人口"), mf("r2", "R", "新冠疫苗加强针接种人数")];
    const match = matchFields([...admitted, ...requested]);
    const out = classifyFields({ fields: requested.map((f) => ({ ...f })), match, admittedFieldIds: new Set(["a1", "a2", "a3"]), elementNames: new Map() });
    expect(out.map((f) => [f.fieldId, f.class])).toEqual([
      ["r1", "existing"],
      ["r2", "new"],
    ]);
    expect(out[0].elementName).toBe("户籍人口");
  });

  it("marks a weak merge and a review-band neighbour of an admitted element 待确认", () => {
    const match: MatchResult = {
      elements: [
        { id: "E1", name: "户籍人口", type: "integer", unit: null, scope: "unit", aggregation: "stock", fieldIds: ["a1", "r1"], isExisting: true },
        { id: "E2", name: "家庭收入", type: "decimal", unit: null, scope: "unit", aggregation: "stock", fieldIds: ["a2"], isExisting: true },
        { id: "E3", name: "家庭年收入", type: "decimal", unit: null, scope: "unit", aggregation: "stock", fieldIds: ["r2"], isExisting: false },
      ],
      fields: [
        { fieldId: "a1", elementId: "E1", score: 1, reason: "", source: "auto", factor: 1 },
        { fieldId: "r1", elementId: "E1", score: 0.82, reason: "标签相近", source: "auto", factor: 1 },
        { fieldId: "a2", elementId: "E2", score: 1, reason: "", source: "auto", factor: 1 },
        { fieldId: "r2", elementId: "E3", score: 1, reason: "", source: "auto", factor: 1 },
      ],
      review: [{ fieldA: "a2", fieldB: "r2", elementA: "E2", elementB: "E3", score: 0.7, reason: "收入", merged: false, weight: 1 }],
    };
    const fields = [
      { id: "r1", label: "户籍人口数", path: ["户籍人口数"], type: "integer" as const },
      { id: "r2", label: "家庭年收入", path: ["家庭年收入"], type: "decimal" as const },
    ];
    const out = classifyFields({ fields, match, admittedFieldIds: new Set(["a1", "a2"]), elementNames: new Map([["E2", "家庭收入"]]) });
    expect(out.map((f) => [f.class, f.elementId, f.score])).toEqual([
      ["uncertain", "E1", 0.82],
      ["uncertain", "E2", 0.7],
    ]);
  });
});

describe("readLegalMarks / checkLegalMarks", () => {
  it("reads the four marks from one statistical block line and checks them", () => {
    const marks = readLegalMarks(["注：1.本表每月5日前报送。", "表号：望民统1表　制定机关：望城区民政局  批准文号：望统制〔2026〕3号  有效期至：2027年12月"]);
    expect(marks).toEqual({ formNumber: "望民统1表", authority: "望城区民政局", approvalNumber: "望统制〔2026〕3号", validUntil: "2027年12月", validUntilDate: "2027-12-31" });
    expect(checkLegalMarks(marks, "2026-12-02")).toEqual([]);
    expect(checkLegalMarks(marks, "2028-01-01")).toEqual(["expired"]);
  });

  it("names what is missing", () => {
    const marks = readLegalMarks(["表号：民统2表", "有效期至：长期"]);
    expect(checkLegalMarks(marks, "2026-12-02")).toEqual(["authorityMissing", "approvalNumberMissing", "validUntilUnreadable"]);
    expect(checkLegalMarks(readLegalMarks([]), "2026-12-02")).toEqual(["formNumberMissing", "authorityMissing", "approvalNumberMissing", "validUntilMissing"]);
  });

  it("reads the last day a validity end covers", () => {
    expect(lastDayOf("2027年2月")).toBe("2027-02-28");
    expect(lastDayOf("2028年")).toBe("2028-12-31");
    expect(lastDayOf("２０２７年６月３０日")).toBe("2027-06-30");
    expect(lastDayOf("2027-13")).toBeNull();
  });
});

describe("duplicateFields / existingSources", () => {
  const c = (formId: string, departmentId: string, frequency: Collector["frequency"]): Collector => ({ formId, title: `表${formId}`, departmentId, departmentName: `部门${departmentId}`, frequency });
  const collectors = new Map([
    ["e1", [c("A", "d2", "monthly"), c("B", "d3", "annual"), c("C", "d1", "daily")]],
    ["e2", [c("A", "d2", "monthly")]],
  ]);

  it("lists other departments' forms collecting a 已有 field at the same or a higher frequency", () => {
    const fields = [field("户籍人口", "existing", "integer", "e1"), field("常住人口", "existing", "integer", "e2"), field("新", "new", "text")];
    const dups = duplicateFields({ fields, departmentId: "d1", frequency: "monthly", collectors });
    expect(dups.map((d) => [d.fieldId, d.forms.map((f) => f.formId)])).toEqual([
      ["户籍人口", ["A"]],
      ["常住人口", ["A"]],
    ]);
    expect(duplicateFields({ fields, departmentId: "d1", frequency: "daily", collectors })).toEqual([]);
  });

  it("offers the existing data only when every field is 已有", () => {
    const all = [field("户籍人口", "existing", "integer", "e1"), field("常住人口", "existing", "integer", "e2")];
    expect(existingSources(all, collectors)?.map((s) => [s.form.formId, s.fields])).toEqual([
      ["A", 2],
      ["B", 1],
      ["C", 1],
    ]);
    expect(existingSources([...all, field("新", "new", "text")], collectors)).toBeNull();
  });
});

describe("diffForms", () => {
  const f = (id: string, ref: string, path: string[], type: "text" | "integer" = "integer", unit: string | null = null) => ({ id, ref, label: path.at(-1)!, path, type, unit });

  it("pairs fields by header path, then by cell, and reports added, removed and changed", () => {
    const admitted = [f("o1", "S!A3", ["户主", "姓名"], "text"), f("o2", "S!B3", ["家庭人口"]), f("o3", "S!C3", ["耕地面积"], "integer", "亩"), f("o4", "S!D3", ["联系电话"], "text")];
    const next = [f("n1", "S!A3", ["户主", "姓名"], "text"), f("n2", "S!B3", ["家庭人口数"]), f("n3", "S!C3", ["耕地面积"], "integer", "公顷"), f("n5", "S!E3", ["监测类型"], "text")];
    const diff = diffForms(admitted, next);
    expect(diff.unchanged).toBe(1);
    expect(diff.added.map((x) => x.id)).toEqual(["n5"]);
    expect(diff.removed.map((x) => x.id)).toEqual(["o4"]);
    expect(diff.changed.map((c) => [c.before.id, c.after.id, c.changes])).toEqual([
      ["o2", "n2", ["label"]],
      ["o3", "n3", ["unit"]],
    ]);
  });
});

describe("resolveDecision", () => {
  const request = { requestedFrequency: "monthly" as const, fieldIds: ["f1", "f2", "f3"] };

  it("approves with changes: drops fields and lowers the frequency", () => {
    expect(resolveDecision({ decision: "approve_with_changes", droppedFieldIds: ["f3", "f2"], frequency: "quarterly", reason: " 与统计局月报重复 " }, request)).toEqual({
      status: "approved_with_changes",
      dropped: ["f2", "f3"],
      frequency: "quarterly",
      reason: "与统计局月报重复",
    });
    expect(resolveDecision({ decision: "approve_with_changes", droppedFieldIds: [], frequency: "monthly", reason: null }, request).status).toBe("approved");
  });

  it("refuses raising the frequency, dropping every field, unknown fields and a rejection without reason", () => {
    const codes = (input: Parameters<typeof resolveDecision>[0]) => {
      try {
        resolveDecision(input, request);
        return null;
      } catch (e) {
        return [(e as { code: string }).code, (e as { params: { reason?: string } }).params.reason ?? null];
      }
    };
    expect(codes({ decision: "approve_with_changes", droppedFieldIds: [], frequency: "weekly", reason: null })).toEqual(["admissionInvalid", "admissionFrequencyRaised"]);
    expect(codes({ decision: "approve_with_changes", droppedFieldIds: ["f1", "f2", "f3"], frequency: null, reason: null })).toEqual(["admissionInvalid", "admissionAllDropped"]);
    expect(codes({ decision: "approve_with_changes", droppedFieldIds: ["x"], frequency: null, reason: null })).toEqual(["notFound", null]);
    expect(codes({ decision: "reject", droppedFieldIds: [], frequency: null, reason: "  " })).toEqual(["admissionInvalid", "admissionReasonRequired"]);
    expect(resolveDecision({ decision: "reject", droppedFieldIds: [], frequency: null, reason: "无批准文号" }, request)).toMatchObject({ status: "rejected", reason: "无批准文号" });
  });
});

describe("previousVersionOf", () => {
  const at = (day: number) => new Date(Date.UTC(2026, 0, day));
  const admitted = [
    { id: "walk-2024", title: "2024年困难群众走访登记表", createdAt: at(1) },
    { id: "walk-2025", title: "2025年困难群众走访登记表", createdAt: at(5) },
    { id: "city", title: "低保对象花名册（城市）", createdAt: at(2) },
    { id: "q3", title: "2026年第三季度实有人口统计表", createdAt: at(3) },
  ];

  it("finds the same title, else the same title without its period or edition note, newest first", () => {
    expect(previousVersionOf("2025年困难群众走访登记表", admitted)).toBe("walk-2025");
    expect(previousVersionOf("2026年困难群众走访登记表（修订版）", admitted)).toBe("walk-2025");
    expect(previousVersionOf("2026年第四季度实有人口统计表", admitted)).toBe("q3");
    expect(versionStem("２０２６年１１月份 困难群众走访登记表【试行】")).toBe("困难群众走访登记表");
  });

  it("does not take a qualifier in brackets, another form or a bare generic title for a version", () => {
    expect(previousVersionOf("低保对象花名册（农村）", admitted)).toBeNull();
    expect(previousVersionOf("2026年困难群众走访统计表", admitted)).toBeNull();
    expect(previousVersionOf("2026年统计表", [{ id: "x", title: "2025年统计表", createdAt: at(1) }])).toBeNull();
  });
});
