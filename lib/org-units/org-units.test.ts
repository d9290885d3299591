import { describe, expect, it } from "vitest";
import { canBeChild, codeFitsLevel, codeFitsParent } from "./hierarchy";
import { parseLevel, validateOrgUnitRows, type OrgUnitRow } from "./import-rows";

describe("division codes", () => {
  it("tell each level by its trailing zeros", () => {
    expect(codeFitsLevel("430100000000", "city")).toBe(true);
    expect(codeFitsLevel("430104000000", "district")).toBe(true);
    expect(codeFitsLevel("430104001000", "town")).toBe(true);
    expect(codeFitsLevel("430104001001", "village")).toBe(true);
    expect(codeFitsLevel("430104001000", "village")).toBe(false);
    expect(codeFitsLevel("430104000000", "town")).toBe(false);
    expect(codeFitsLevel("43010400100", "town")).toBe(false);
  });
  it("check that a child's code extends its parent's", () => {
    expect(codeFitsParent("430104001001", "430104001000", "town")).toBe(true);
    expect(codeFitsParent("430104002001", "430104001000", "town")).toBe(false);
  });
  it("allow only the 市 > 区 > 乡镇 > 村/社区 chain", () => {
    expect(canBeChild("town", "community")).toBe(true);
    expect(canBeChild("district", "village")).toBe(false);
  });
});

describe("validateOrgUnitRows", () => {
  const row = (rowNumber: number, code: string, name: string, parentCode: string, level: string): OrgUnitRow => ({ rowNumber, code, name, parentCode, level });

  it("orders parents before children and resolves parents in the file or the database", () => {
    const { valid, errors } = validateOrgUnitRows(
      [row(2, "430104001001", "桐梓坡村", "430104001000", "村"), row(3, "430104001000", "望城坡街道", "430104000000", "街道")],
      [{ code: "430104000000", level: "district" }],
    );
    expect(errors).toEqual([]);
    expect(valid.map((v) => v.code)).toEqual(["430104001000", "430104001001"]);
    expect(valid[1].level).toBe("village");
  });

  it("reports every bad row with its number and changes nothing", () => {
    const { valid, errors } = validateOrgUnitRows(
      [
        row(2, "4301", "短代码", "", "区"),
        row(3, "430104001002", "", "430104001000", "村"),
        row(4, "430104009001", "孤儿村", "430104009000", "村"),
        row(5, "430104001003", "错层村", "430104000000", "村"),
        row(6, "430104001004", "某村", "430104001000", "省"),
      ],
      [{ code: "430104000000", level: "district" }, { code: "430104001000", level: "town" }],
    );
    expect(valid).toEqual([]);
    expect(errors.map((e) => [e.rowNumber, e.key])).toEqual([
      [2, "badCode"],
      [3, "missingCell"],
      [4, "unknownParent"],
      [5, "levelUnderParent"],
      [6, "badLevel"],
    ]);
  });

  it("refuses a code listed twice", () => {
    const { errors } = validateOrgUnitRows(
      [row(2, "430104001001", "甲村", "430104001000", "村"), row(3, "430104001001", "乙村", "430104001000", "村")],
      [{ code: "430104001000", level: "town" }],
    );
    expect(errors).toEqual([{ rowNumber: 3, key: "duplicateCode", params: { code: "430104001001" } }]);
  });

  it("reads level words in Chinese", () => {
    expect(parseLevel("乡镇/街道")).toBe("town");
    expect(parseLevel(" 社区 ")).toBe("community");
    expect(parseLevel("省")).toBeNull();
  });
});
