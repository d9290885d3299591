import { eq } from "drizzle-orm";
import { personAttributeOf, type OneFormElement, type Scalar } from "@/lib/one-form";
import { villageRoleOf, type ResidentRow, type VillageRow } from "@/lib/data-push";
import { periodKeyOf } from "@/lib/periods";
import { applyDepartmentPush, listDistrictVillages, listPushElements, listPushRosterForms, type PushReport } from "../queries/data-push";
import { dataPushes, departments } from "../schema";
import type { Db } from "../types";
import { demoIdNumber, DEMO_ROSTER_TITLE } from "./demo-export";

/**
 * Rosters the browser tests fill or upload themselves (a cadre adds 低保 recipients by hand, the department
 * uploads its 低保 roster in the 数据回流 journey, the export demo seeds its own residents): not pushed here.
 */
export const DEMO_UNPUSHED_ROSTERS = ["最低生活保障对象名册", DEMO_ROSTER_TITLE];

/** Deterministic pseudo-random numbers (mulberry32) seeded by a text. */
function prng(seedText: string) {
  let a = [...seedText].reduce((h, c) => (Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0), 2166136261);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const between = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

/** A plausible village-level figure for an element, the same whichever department pushes it. */
export function demoFigure(element: Pick<OneFormElement, "name" | "type" | "unit" | "options">, village: { code: string; name: string }): Scalar | undefined {
  const r = prng(`${village.code}|${element.name}`);
  const name = element.name;
  if (element.type === "boolean") return r() < 0.7;
  if (element.type !== "integer" && element.type !== "decimal") return villageRoleOf(name) ? village.name : demoPersonValue(element, village.code);
  let n: number;
  if (/率/.test(name) || element.unit === "%") n = 85 + r() * 15;
  else if (/户籍人口|常住人口|户籍户数|常住户数|承包农户数/.test(name)) n = /户数/.test(name) ? between(r, 380, 1100) : between(r, 1200, 3600);
  else if (/面积|亩/.test(name) || element.unit === "亩") n = between(r, 600, 5200);
  else if (element.unit === "万元") n = between(r, 1, 90);
  else if (/金额|收入|支出|补助|价值/.test(name) || element.unit === "元") n = between(r, 800, 26000);
  else if (/人口|人数|人员数|成员数/.test(name)) n = between(r, 4, 160);
  else n = between(r, 1, 40);
  return element.type === "integer" ? Math.round(n) : Math.round(n * 10) / 10;
}

const SURNAMES = "刘陈王李张周杨黄赵吴胡彭罗曾谢邓易袁肖欧阳".split("");
const GIVEN = ["桂英", "建国", "秀兰", "志强", "美华", "国平", "春梅", "德明", "淑珍", "卫东", "金花", "海波", "玉兰", "红军", "小燕", "永红", "文斌", "丽娟", "建军", "凤英"];
const TEXTS: [RegExp, string[]][] = [
  [/小组/, ["第一村民小组", "第二村民小组", "第三村民小组", "第五村民小组"]],
  [/地址|居住地|住址/, ["一组12号", "三组5号", "五组28号", "七组3号"]],
  [/残疾类别/, ["肢体", "视力", "听力", "智力"]],
  [/残疾等级/, ["一级", "二级", "三级", "四级"]],
  [/学历/, ["初中", "高中", "大专", "本科"]],
  [/政治面貌/, ["群众", "中共党员", "共青团员"]],
  [/类别|类型|等级|困难/, ["一类", "二类", "三类"]],
  [/结论|情况/, ["正常", "已化解", "基本安全"]],
  [/措施|项目|事项/, ["生活救助", "康复训练", "就业帮扶", "政策咨询"]],
  [/岗位|工种/, ["保洁", "护林", "公路养护", "电工"]],
  [/机构/, ["区残疾人康复中心", "乔口镇卫生院"]],
  [/结构/, ["砖混", "框架", "砖木"]],
  [/证号|编号/, ["JK2026-0031", "JK2026-0107"]],
];

/** A plausible resident-level value (the department's own record). */
export function demoPersonValue(element: Pick<OneFormElement, "name" | "type" | "options">, key: string): Scalar | undefined {
  const r = prng(`${key}|${element.name}`);
  switch (element.type) {
    case "integer":
      return /人口|人数/.test(element.name) ? between(r, 1, 6) : /年代/.test(element.name) ? between(r, 1975, 2015) : between(r, 1, 12);
    case "decimal":
      return between(r, 150, 2400);
    case "date":
      return `2026-${String(between(r, 1, 11)).padStart(2, "0")}-${String(between(r, 1, 28)).padStart(2, "0")}`;
    case "boolean":
      return r() < 0.6;
    case "choice":
      if (element.options?.length) return element.options[between(r, 0, element.options.length - 1)];
      return textValue(element.name, r);
    case "phone":
      return `139${String(between(r, 0, 99_999_999)).padStart(8, "0")}`;
    case "idcard":
      return demoIdNumber(`19${between(r, 60, 99)}-0${between(r, 1, 9)}-1${between(r, 0, 9)}`, between(r, 100, 998));
    default:
      return textValue(element.name, r);
  }
}

function textValue(name: string, r: () => number): string {
  const list = TEXTS.find(([re]) => re.test(name))?.[1] ?? ["有"];
  return list[between(r, 0, list.length - 1)];
}

/** A deterministic pool of residents per village (a roster takes some of them, so rosters overlap as in life). */
function residentsOf(village: { id: string; code: string }, size = 24) {
  return Array.from({ length: size }, (_, i) => {
    const r = prng(`${village.code}|${i}`);
    const birth = `19${between(r, 40, 99)}-${String(between(r, 1, 12)).padStart(2, "0")}-${String(between(r, 10, 28)).padStart(2, "0")}`;
    // Sequence: village number and index, so no two demo residents share a number.
    const seq = (Number(village.code.slice(-3)) * 37 + i * 7) % 999;
    return { idNumber: demoIdNumber(birth, seq === 0 ? 1 : seq), name: SURNAMES[between(r, 0, SURNAMES.length - 1)] + GIVEN[between(r, 0, GIVEN.length - 1)] };
  });
}

/**
 * The demo's 数据回流: every department pushes what it holds for this month — the stock figures its forms
 * use, one row per village (a department does not hold every figure: about one in twenty is left out),
 * and each of its rosters (2–6 residents per village, drawn from the village's residents) — through the
 * same applyDepartmentPush the upload and the API use. Idempotent: skipped when the district has pushes.
 */
export async function seedDemoPushes(db: Db, { districtId, periodKey = periodKeyOf(new Date(), "month") }: { districtId: string; periodKey?: string }): Promise<{ pushes: number; values: number }> {
  if ((await db.select({ id: dataPushes.id }).from(dataPushes).where(eq(dataPushes.districtId, districtId)).limit(1)).length) return { pushes: 0, values: 0 };
  const villages = await listDistrictVillages(db, { districtId });
  const depts = await db.select().from(departments).where(eq(departments.districtId, districtId)).orderBy(departments.name);
  const actor = { userId: null, districtId };
  let pushes = 0;
  let values = 0;
  const apply = async (input: Parameters<typeof applyDepartmentPush>[2]) => {
    const report: PushReport = await applyDepartmentPush(db, actor, input);
    pushes++;
    values += report.totals.values;
  };
  for (const dept of depts) {
    const allowed = await listPushElements(db, { districtId, departmentId: dept.id });
    const figures = allowed.filter((e) => e.scope === "unit" && e.aggregation === "stock" && prng(`${dept.name}|${e.name}`)() >= 1 / 20);
    if (figures.length) {
      const rows: VillageRow[] = villages.map((v, i) => ({
        row: i + 2,
        village: v.code,
        values: Object.fromEntries(figures.map((e) => [e.id, demoFigure(e, v)]).filter(([, value]) => value !== undefined)),
      }));
      await apply({ departmentId: dept.id, districtId, periodKey, kind: "villages", rows, dryRun: false });
    }
    const byId = new Map(allowed.map((e) => [e.id, e]));
    for (const form of await listPushRosterForms(db, { districtId, departmentId: dept.id })) {
      if (DEMO_UNPUSHED_ROSTERS.includes(form.title)) continue;
      // A roster's own columns, whatever scope the matcher gave their element (a 村（社区）名称 column holds the village).
      const own = form.elementIds.map((id) => byId.get(id)).filter((e): e is OneFormElement => !!e && !personAttributeOf(e));
      const rows: ResidentRow[] = [];
      for (const v of villages) {
        const r = prng(`${form.title}|${v.code}`);
        const pool = residentsOf(v);
        const start = between(r, 0, pool.length - 1);
        const count = between(r, 2, 6);
        for (let k = 0; k < count; k++) {
          const p = pool[(start + k * 5) % pool.length];
          const vals = Object.fromEntries(own.map((e) => [e.id, e.scope === "unit" && villageRoleOf(e.name) ? v.name : demoPersonValue(e, p.idNumber)]).filter(([, value]) => value !== undefined));
          rows.push({ row: rows.length + 2, village: v.code, idNumber: p.idNumber, name: p.name, values: vals });
        }
      }
      await apply({ departmentId: dept.id, districtId, periodKey, kind: "residents", formId: form.id, rows, dryRun: false });
    }
  }
  return { pushes, values };
}
