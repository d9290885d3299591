import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";
import { insertDepartment } from "../queries/departments";
import { insertOrgUnit } from "../queries/org-units";
import { insertUser } from "../queries/users";
import type { Department, OrgUnit, User } from "../schema";
import type { Db, Tx } from "../types";

const usedCityCodes = new Set<string>();
/** A city code no other tree of this process uses: 2-digit province + 2-digit city, both non-zero. */
function nextCityCode(): string {
  for (;;) {
    const province = 11 + Math.floor(Math.random() * 89);
    const city = 1 + Math.floor(Math.random() * 99);
    const code = `${province}${String(city).padStart(2, "0")}00000000`;
    if (!usedCityCodes.has(code)) {
      usedCityCodes.add(code);
      return code;
    }
  }
}

export interface OrgTree {
  city: OrgUnit;
  district: OrgUnit;
  towns: OrgUnit[];
  /** villages[t][v]: village v of town t */
  villages: OrgUnit[][];
}

/** A small tree: a city, a district, `towns` towns with `villages` villages each. */
export async function seedOrgTree(db: Db, { towns = 2, villages = 2 } = {}): Promise<OrgTree> {
  return db.transaction(async (tx) => {
    const t = tx as Tx;
    const cityCode = nextCityCode();
    const city = await insertOrgUnit(t, { parentId: null, level: "city", name: `测试市${cityCode.slice(0, 4)}`, divisionCode: cityCode });
    const districtCode = `${cityCode.slice(0, 4)}02000000`;
    const district = await insertOrgUnit(t, { parentId: city.id, level: "district", name: "测试区", divisionCode: districtCode });
    const tree: OrgTree = { city, district, towns: [], villages: [] };
    for (let i = 1; i <= towns; i++) {
      const townCode = `${districtCode.slice(0, 6)}${String(100 + i)}000`;
      const town = await insertOrgUnit(t, { parentId: district.id, level: "town", name: `测试镇${i}`, divisionCode: townCode });
      tree.towns.push(town);
      const list: OrgUnit[] = [];
      for (let j = 1; j <= villages; j++) {
        const code = `${townCode.slice(0, 9)}${String(200 + j)}`;
        list.push(await insertOrgUnit(t, { parentId: town.id, level: "village", name: `测试镇${i}第${j}村`, divisionCode: code }));
      }
      tree.villages.push(list);
    }
    return tree;
  });
}

let passwordHashCache: Promise<string> | undefined;
export const FACTORY_PASSWORD = "factory2026";

export async function seedUser(db: Db, input: { role: Role; orgUnit: OrgUnit; department?: Department | null; username?: string }): Promise<User> {
  passwordHashCache ??= hashPassword(FACTORY_PASSWORD);
  const passwordHash = await passwordHashCache;
  const username = input.username ?? `${input.role}_${Math.random().toString(36).slice(2, 9)}`;
  return db.transaction((tx) =>
    insertUser(tx as Tx, { username, displayName: username, role: input.role, orgUnitId: input.orgUnit.id, departmentId: input.department?.id ?? null, passwordHash }),
  );
}

export async function seedDepartment(db: Db, { district, name }: { district: OrgUnit; name?: string }): Promise<Department> {
  return db.transaction((tx) => insertDepartment(tx as Tx, { districtId: district.id, name: name ?? `测试部门${Math.random().toString(36).slice(2, 7)}` }));
}

export interface FieldSpec {
  label: string;
  type?: import("@/lib/domain").FieldType;
  unit?: string | null;
  path?: string[];
  isRemark?: boolean;
}

/** A registered form with the given fields (columns layout), stored with a small placeholder file. */
export async function seedForm(
  db: Db,
  input: { district: OrgUnit; department: Department; title: string; fields: FieldSpec[]; frequency?: import("@/lib/domain").Frequency; status?: import("../schema").FormStatus; kind?: "aggregate" | "roster" },
): Promise<import("../schema").Form> {
  const { storeFile } = await import("../queries/files");
  const { insertForm } = await import("../queries/forms");
  return db.transaction(async (tx) => {
    const t = tx as Tx;
    const file = await storeFile(t, { name: `${input.title}.xlsx`, bytes: Buffer.from(`${input.title}:${Math.random()}`), uploadedBy: null });
    const columns = input.fields.length + 1;
    return insertForm(t, {
      districtId: input.district.id,
      departmentId: input.department.id,
      fileId: file.id,
      frequency: input.frequency ?? "monthly",
      targetLevels: ["village", "community"],
      status: input.status ?? "active",
      createdBy: null,
      definition: {
        file: file.name,
        title: input.title,
        sheet: "Sheet1",
        layout: "columns",
        kind: input.kind ?? "roster",
        department: input.department.name,
        frequency: input.frequency ?? "monthly",
        targetLevels: ["village", "community"],
        notes: [],
        warnings: [],
        layoutInfo: { sheet: "Sheet1", headerRows: [2, 2], columns: [1, columns], codeRow: null, exampleRows: [], firstDataRow: 3, lastDataRow: 2, serialColumn: 1, totalRows: [], prefilledRows: [], footerRow: null },
        fields: input.fields.map((f, i) => {
          const column = i + 2;
          const address = `${String.fromCharCode(64 + column)}2`;
          return { ref: `Sheet1!${address}`, sheet: "Sheet1", address, label: f.label, path: f.path ?? [f.label], type: f.type ?? "text", unit: f.unit ?? null, isRemark: f.isRemark ?? f.label === "备注", column };
        }),
      },
    });
  });
}
