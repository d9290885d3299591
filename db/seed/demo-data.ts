import type { Role } from "@/lib/auth/roles";

/** The demo district: deterministic names and 统计用区划代码, realistic for a county in Hunan. */
export const DEMO_CITY = { code: "430100000000", name: "长沙市" };
export const DEMO_DISTRICT = { code: "430112000000", name: "望城区" };

export const DEMO_TOWNS: { code: string; name: string; units: [string, "village" | "community"][] }[] = [
  {
    code: "430112101000",
    name: "乔口镇",
    units: [
      ["乔口社区", "community"], ["柳林社区", "community"], ["团山湖村", "village"], ["田心坪村", "village"],
      ["荣丰村", "village"], ["三峰村", "village"], ["新华村", "village"], ["湖心岛村", "village"],
    ],
  },
  {
    code: "430112102000",
    name: "靖港镇",
    units: [
      ["靖港社区", "community"], ["芦江村", "village"], ["格塘村", "village"], ["复胜村", "village"],
      ["八里村", "village"], ["新桥村", "village"], ["王家村", "village"], ["联丰村", "village"],
    ],
  },
  {
    code: "430112004000",
    name: "铜官街道",
    units: [
      ["铜官社区", "community"], ["新华社区", "community"], ["书堂山社区", "community"], ["彩陶源村", "village"],
      ["郭亮村", "village"], ["西湖村", "village"], ["石渚湖村", "village"],
    ],
  },
  {
    code: "430112103000",
    name: "茶亭镇",
    units: [
      ["茶亭社区", "community"], ["静慎村", "village"], ["九峰村", "village"], ["东城村", "village"],
      ["花果村", "village"], ["惠农村", "village"], ["蒋家村", "village"], ["泉塘村", "village"],
    ],
  },
];

/** Village codes: town code + 3 digits; communities get 001–099, villages 200 and up, as NBS lists do. */
export function demoUnitCode(townCode: string, index: number, level: "village" | "community"): string {
  const n = level === "community" ? index + 1 : 200 + index + 1;
  return `${townCode.slice(0, 9)}${String(n).padStart(3, "0")}`;
}

export const DEMO_DEPARTMENTS = [
  "区民政局", "区卫健委", "区应急管理局", "区农业农村局", "区残联", "区妇联", "区委政法委", "区委组织部",
  "区委宣传部", "区人社局", "区住建局", "区公安分局", "区司法局", "区教育局", "区医保局", "区退役军人事务局",
  "区市场监管局", "区统计局", "区林业局", "区乡村振兴局", "区信访局",
];

export const DEMO_PASSWORD = "oneform2026";

/** One account per role; `unit` names the org unit by code. */
export const DEMO_ACCOUNTS: { username: string; displayName: string; role: Role; unit: string; department?: string }[] = [
  { username: "admin", displayName: "系统管理员", role: "admin", unit: DEMO_CITY.code },
  { username: "district", displayName: "区数据局 李审核", role: "district_official", unit: DEMO_DISTRICT.code },
  { username: "minzheng", displayName: "区民政局 王科员", role: "department_staff", unit: DEMO_DISTRICT.code, department: "区民政局" },
  { username: "weijian", displayName: "区卫健委 赵科员", role: "department_staff", unit: DEMO_DISTRICT.code, department: "区卫健委" },
  { username: "town", displayName: "乔口镇 陈干事", role: "town_official", unit: "430112101000" },
  { username: "cadre", displayName: "团山湖村 刘会计", role: "village_cadre", unit: demoUnitCode("430112101000", 2, "village") },
  { username: "cadre2", displayName: "芦江村 周主任", role: "village_cadre", unit: demoUnitCode("430112102000", 1, "village") },
];
