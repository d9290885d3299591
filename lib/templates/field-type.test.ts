import { describe, expect, it } from "vitest";
import { inferFieldType } from "@/lib/templates/field-type";
import { impliedUnit, unitInLabel } from "@/lib/templates/unit";
type Row = [string, string, string | null, boolean?];
/** label, expected type, expected unit, aggregate form? — wording unlike the dev corpus. */
const rows: Row[] = [
  ["户主姓名", "text", null], ["身份证件号码", "idcard", null], ["手机", "phone", null], ["固定电话", "phone", null],
  ["出生日期", "date", null], ["入党时间", "date", null], ["参加工作年月", "date", null], ["填报日期", "date", null],
  ["性别", "choice", null], ["民族", "choice", null], ["政治面貌", "choice", null], ["学历", "choice", null], ["户口性质", "choice", null],
  ["是否党员", "boolean", null], ["有无残疾", "boolean", null], ["是否脱贫户", "boolean", null],
  ["家庭人口", "integer", "人", false], ["劳动力人数", "integer", "人"], ["外出务工人数", "integer", "人", true],
  ["年收入（万元）", "decimal", "万元"], ["人均纯收入", "decimal", "元", true], ["补助金额", "decimal", "元"],
  ["耕地面积（亩）", "decimal", "亩"], ["宅基地面积（㎡）", "decimal", "平方米"], ["房屋面积(m²)", "decimal", "平方米"],
  ["贫困发生率", "decimal", "%", true], ["参保率（%）", "decimal", "%", true],
  ["生猪存栏", "integer", "头", true], ["核定载畜量（羊单位）", "integer", "羊单位", true], ["骆驼（峰）", "integer", "峰", true], ["牲畜合计（头只）", "integer", "头只", true], ["能繁母猪", "integer", "头", true], ["家禽存栏（只）", "integer", "只", true], ["羊存栏", "integer", "只", true],
  ["卫生厕所户数", "integer", "户", true], ["通自来水户数", "integer", "户", true], ["路灯（盏）", "integer", "盏", true],
  ["新建道路里程（公里）", "decimal", "公里", true], ["粮食产量（吨）", "decimal", "吨", true], ["年龄", "integer", "岁"],
  ["办理事项数", "integer", "件", true], ["受理投诉", "integer", "件", true], ["培训次数", "integer", "次", true], ["开展活动", "integer", "次", true],
  ["志愿服务队", "integer", "支", true], ["养老机构", "integer", "家", true], ["幼儿园数", "integer", "所", true], ["学校数", "integer", "所", true],
  ["工作人员", "integer", "人", true], ["低保对象", "integer", "人", true], ["五保户", "integer", "户", true],
  ["住址", "text", null], ["工作单位", "text", null], ["备注", "text", null], ["主要事迹", "text", null], ["开户行", "text", null], ["银行卡号", "text", null],
  // a lone 组 is the villager group even on a form that counts by default (村 | 组 | 家庭人口（人）)
  ["组", "text", null, true], ["所在组", "text", null, true], ["嘎查", "text", null, true], ["苏木（镇）", "text", null, true], ["所在嘎查", "text", null, true], ["组（寨）", "text", null, true], ["年级", "text", null, true],
  ["车牌号", "text", null], ["病种", "choice", null], ["残疾等级", "choice", null], ["就业形式", "choice", null], ["帮扶措施", "text", null],
];
describe("field types and units from labels", () => {
  it.each(rows)("%s", (label, type, unit, agg) => {
    const explicit = unitInLabel(label);
    const t = inferFieldType({ label, parents: [], explicitUnit: explicit, kind: agg ? "aggregate" : "roster", numericByDefault: !!agg });
    const u = t === "integer" || t === "decimal" ? (explicit ?? impliedUnit(label, []) ?? (t === "integer" ? "个" : null)) : null;
    expect([t, u]).toEqual([type, unit]);
  });

  it("takes the noun from the parent for qualifier leaves", () => {
    expect(impliedUnit("男", ["户籍人口"])).toBe("人");
    expect(impliedUnit("合计", ["常住户"])).toBe("户");
    expect(impliedUnit("60周岁以上", ["党员情况"])).toBe("人");
    expect(impliedUnit("本月", ["新增就业"])).toBe("人");
  });

  it("uses dropdown options and example values", () => {
    const base = { parents: [], explicitUnit: null, kind: "roster" as const, numericByDefault: false };
    expect(inferFieldType({ ...base, label: "领取情况", options: ["是", "否"] })).toBe("boolean");
    expect(inferFieldType({ ...base, label: "领取情况", options: ["已领取", "未领取", "停发"] })).toBe("choice");
    expect(inferFieldType({ ...base, label: "证件", example: "11010120150101001X" })).toBe("idcard");
    expect(inferFieldType({ ...base, label: "到岗", example: "2026年3月" })).toBe("date");
  });
});
