import { describe, expect, it } from "vitest";
import { parseHeaderPath, saveFormInput } from "./forms";

const ID = "7d0c7a86-3f0e-4c1a-9d53-2b1f5f0e9a11";
const base = { id: ID, version: 1, title: "走访登记表", frequency: "monthly", kind: "roster", targetLevels: ["village"], activate: true };
const field = { id: ID, label: "姓名", path: "户主信息 › 姓名", type: "text", unit: "", excluded: false };

describe("parseHeaderPath", () => {
  it("splits on › and its look-alikes, dropping empty segments", () => {
    expect(parseHeaderPath("户主信息 › 姓名")).toEqual(["户主信息", "姓名"]);
    expect(parseHeaderPath(" 基本情况>联系方式 / 电话 ")).toEqual(["基本情况", "联系方式", "电话"]);
    expect(parseHeaderPath(" › ")).toEqual([]);
  });
});

describe("saveFormInput", () => {
  it("reads a typed header path and an empty unit", () => {
    const parsed = saveFormInput.parse({ ...base, fields: [field] });
    expect(parsed.fields[0]).toMatchObject({ path: ["户主信息", "姓名"], unit: null, excluded: false });
  });

  it("refuses an empty label, an empty path and a form whose every field is excluded", () => {
    const bad = saveFormInput.safeParse({ ...base, fields: [{ ...field, label: " ", path: "›", excluded: true }] });
    expect(bad.success).toBe(false);
    const messages = bad.error!.issues.map((i) => i.message);
    expect(messages).toEqual(expect.arrayContaining(["headerPathRequired", "allFieldsExcluded"]));
    expect(bad.error!.issues.some((i) => i.path.join(".") === "fields.0.label")).toBe(true);
  });

  it("needs at least one target level", () => {
    expect(saveFormInput.safeParse({ ...base, targetLevels: [], fields: [field] }).error?.issues[0].message).toBe("targetLevelsRequired");
  });
});
