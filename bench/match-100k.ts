/**
 * Benchmark: matchFields on 100k generated fields (~3000 forms). Labels come from the lexicon's terms with
 * qualifiers, group headers, units and noise (spaced characters, numbering, notes in brackets), plus unseen
 * words, so blocking, scoring and clustering all do real work. Prints one JSON line.
 *
 *   npm run bench:match [-- --n 100000]
 */
import os from "node:os";
import type { FieldType } from "@/lib/domain";
import { matchFields, type MatchField } from "@/lib/matching";
import { PERSON_CONCEPTS, UNIT_CONCEPTS } from "@/lib/matching/lexicon";

const args = process.argv.slice(2);
const N = Number(args.includes("--n") ? args[args.indexOf("--n") + 1] : 100_000);

function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(20261122);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const chance = (p: number) => rand() < p;

const ROLES = ["户主", "监护人", "配偶", "紧急联系人", "法人"];
const PERSON_GROUPS = ["基本信息", "个人信息", "人员基本情况", "家庭情况", "帮扶情况", "就业情况"];
const PERIODS = ["本月", "当月", "本年累计", "今年以来累计", "本季度", "截至期末"];
const POPS = ["户籍", "常住", "流动", "外出"];
const CHANGES = ["新增", "退出", "减少"];
const AGES = ["60周岁以上", "65周岁以上", "80周岁以上", "6岁以下", "18岁以下"];
const MEASURES: [string, string][] = [["户数", "户"], ["人数", "人"], ["人次", "人次"], ["金额", "万元"], ["金额", "元"], ["面积", "亩"], ["面积", "公顷"], ["个数", "个"]];
const NOISE_CHARS = "安保备采查筹处村档电东督队法防访府港耕工管规海和河湖户护华环机基计技检建江疆教街金井警局矩卡康科控矿乐垒林粮料灵流陆路煤民牧农排普区渠权泉群燃人森山商设审生施实市水税顺司苏所台塘特田铁通土网卫污物线乡小校协信宣学巡烟业医易营用渔园运站镇证政治中种州专装资自综组";

const fakeWord = (len: number) => Array.from({ length: len }, () => NOISE_CHARS[Math.floor(rand() * NOISE_CHARS.length)]).join("");
function noisy(label: string): string {
  if (label.length === 2 && chance(0.2)) return `${label[0]}  ${label[1]}`;
  if (chance(0.1)) return `${Math.floor(rand() * 20) + 1}.${label}`;
  if (chance(0.05)) return `（${pick(["一", "二", "三", "四"])}）${label}`;
  return label;
}
const typeOf = (t?: FieldType): FieldType => t ?? "text";

function personField(): { path: string[]; type: FieldType; unit: string | null } {
  const c = pick(PERSON_CONCEPTS);
  let leaf = pick(c.terms);
  const path: string[] = [];
  if (chance(0.15) && ["name", "idNumber", "phone"].includes(c.id)) {
    const role = pick(ROLES);
    if (chance(0.5)) path.push(`${role}信息`);
    else leaf = role + leaf;
  } else if (chance(0.2)) path.push(pick(PERSON_GROUPS));
  if (c.id === "idNumber" && chance(0.2)) leaf += "（18位）";
  path.push(noisy(leaf));
  return { path, type: typeOf(c.type), unit: c.type === "decimal" ? pick(["元", "亩", "平方米"]) : null };
}

function unitField(): { path: string[]; type: FieldType; unit: string | null } {
  const c = pick(UNIT_CONCEPTS);
  const [measure, unit] = pick(MEASURES);
  const parts = [pick(c.terms)];
  if (chance(0.3)) parts.unshift(pick(POPS));
  if (chance(0.15)) parts.unshift(pick(CHANGES));
  if (chance(0.1)) parts.unshift(pick(AGES));
  const path: string[] = [];
  if (chance(0.3)) path.push(`${pick(PERIODS)}${chance(0.5) ? "情况" : ""}`);
  else if (chance(0.2)) parts.unshift(pick(PERIODS));
  const label = parts.join("") + measure;
  path.push(noisy(chance(0.5) ? `${label}（${unit}）` : label));
  return { path, type: measure === "金额" || measure === "面积" ? "decimal" : "integer", unit: chance(0.5) ? unit : null };
}

function unseenField(): { path: string[]; type: FieldType; unit: string | null } {
  const word = fakeWord(2 + Math.floor(rand() * 3));
  const numeric = chance(0.5);
  return { path: [numeric ? `${word}${pick(["数", "人数", "户数", "面积"])}` : `${word}${pick(["情况", "名称", "类型", ""])}`], type: numeric ? "integer" : "text", unit: null };
}

const fields: MatchField[] = [];
let form = 0;
while (fields.length < N) {
  const formId = `form-${form++}`;
  const isRoster = chance(0.5);
  const count = 15 + Math.floor(rand() * 40);
  for (let i = 0; i < count && fields.length < N; i++) {
    const g = chance(0.15) ? unseenField() : isRoster ? personField() : unitField();
    fields.push({ id: `${formId}#${i}`, formId, label: g.path[g.path.length - 1], path: g.path, type: g.type, unit: g.unit });
  }
  if (chance(0.6) && fields.length < N) fields.push({ id: `${formId}#r`, formId, label: "备注", path: ["备注"], type: "text", unit: null });
}

const t0 = performance.now();
const result = matchFields(fields);
const ms = Math.round(performance.now() - t0);
const rssMB = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(
  JSON.stringify({
    name: "match-100k",
    n: fields.length,
    forms: form,
    elements: result.elements.length,
    review: result.review.length,
    ms,
    rssMB,
    node: process.version,
    cpu: `${os.cpus()[0]?.model ?? "unknown"} x${os.cpus().length}`,
    date: new Date().toISOString(),
  }),
);
