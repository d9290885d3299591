import { ORG_LEVELS, type OrgLevel } from "../domain";
import { canBeChild, codeFitsLevel, codeFitsParent, isDivisionCode } from "./hierarchy";

/** One row of an org-unit list (.xlsx: 代码 | 名称 | 上级代码 | 层级), as read from the sheet. */
export interface OrgUnitRow {
  rowNumber: number;
  code: string;
  name: string;
  parentCode: string;
  level: string;
}

export interface KnownOrgUnit {
  code: string;
  level: OrgLevel;
}

export interface ValidatedOrgUnit {
  rowNumber: number;
  code: string;
  name: string;
  parentCode: string | null;
  level: OrgLevel;
}

export interface RowError {
  rowNumber: number;
  /** Message key in the "orgImport" catalog, with its parameters. */
  key: string;
  params?: Record<string, string>;
}

const LEVEL_WORDS: Record<string, OrgLevel> = {
  市: "city", 地级市: "city", city: "city",
  区: "district", 县: "district", 区县: "district", "区/县": "district", 县级市: "district", district: "district",
  乡: "town", 镇: "town", 街道: "town", 乡镇: "town", "乡镇/街道": "town", town: "town",
  村: "village", 行政村: "village", village: "village",
  社区: "community", 居委会: "community", community: "community",
};

export function parseLevel(word: string): OrgLevel | null {
  const w = word.trim().replace(/\s+/g, "");
  return LEVEL_WORDS[w] ?? (ORG_LEVELS as readonly string[]).find((l) => l === w) as OrgLevel | undefined ?? null;
}

/**
 * Validates a whole org-unit list against itself and the units already stored. Rows come back in an order
 * where every parent precedes its children, so they can be inserted one by one.
 */
export function validateOrgUnitRows(rows: OrgUnitRow[], known: KnownOrgUnit[]): { valid: ValidatedOrgUnit[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const byCode = new Map<string, ValidatedOrgUnit>();
  for (const row of rows) {
    const checked = checkRow(row);
    if ("key" in checked) errors.push(checked);
    else if (byCode.has(checked.code)) errors.push({ rowNumber: row.rowNumber, key: "duplicateCode", params: { code: checked.code } });
    else byCode.set(checked.code, checked);
  }
  const knownLevels = new Map(known.map((k) => [k.code, k.level]));
  for (const unit of byCode.values()) {
    const error = checkParent(unit, byCode, knownLevels);
    if (error) errors.push(error);
  }
  errors.sort((a, b) => a.rowNumber - b.rowNumber);
  return { valid: errors.length ? [] : topoSort([...byCode.values()]), errors };
}

function checkRow(row: OrgUnitRow): ValidatedOrgUnit | RowError {
  const code = row.code.trim();
  const name = row.name.trim();
  const level = parseLevel(row.level);
  if (!code || !name || !row.level.trim()) return { rowNumber: row.rowNumber, key: "missingCell" };
  if (!isDivisionCode(code)) return { rowNumber: row.rowNumber, key: "badCode", params: { code } };
  if (name.length > 60) return { rowNumber: row.rowNumber, key: "nameTooLong" };
  if (!level) return { rowNumber: row.rowNumber, key: "badLevel", params: { level: row.level } };
  if (!codeFitsLevel(code, level)) return { rowNumber: row.rowNumber, key: "codeLevelMismatch", params: { code } };
  const parentCode = row.parentCode.trim() || null;
  if (parentCode && !isDivisionCode(parentCode)) return { rowNumber: row.rowNumber, key: "badParentCode", params: { code: parentCode } };
  return { rowNumber: row.rowNumber, code, name, parentCode, level };
}

function checkParent(unit: ValidatedOrgUnit, inFile: Map<string, ValidatedOrgUnit>, known: Map<string, OrgLevel>): RowError | null {
  if (!unit.parentCode) {
    return canBeChild(null, unit.level) ? null : { rowNumber: unit.rowNumber, key: "parentRequired" };
  }
  const parentLevel = inFile.get(unit.parentCode)?.level ?? known.get(unit.parentCode);
  if (!parentLevel) return { rowNumber: unit.rowNumber, key: "unknownParent", params: { code: unit.parentCode } };
  if (!canBeChild(parentLevel, unit.level)) return { rowNumber: unit.rowNumber, key: "levelUnderParent" };
  if (!codeFitsParent(unit.code, unit.parentCode, parentLevel)) return { rowNumber: unit.rowNumber, key: "codeParentMismatch", params: { code: unit.code } };
  return null;
}

const DEPTH: Record<OrgLevel, number> = { city: 0, district: 1, town: 2, village: 3, community: 3 };

function topoSort(units: ValidatedOrgUnit[]): ValidatedOrgUnit[] {
  return units.sort((a, b) => DEPTH[a.level] - DEPTH[b.level] || a.rowNumber - b.rowNumber);
}
