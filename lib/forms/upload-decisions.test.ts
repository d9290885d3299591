import { describe, expect, it } from "vitest";
import { decideDepartment, decideFrequency, findDepartmentByName } from "./upload-decisions";

const departments = [
  { id: "d1", name: "区民政局" },
  { id: "d2", name: "区卫健委" },
];

describe("decideDepartment", () => {
  it("keeps department staff's own department and warns when the file names another", () => {
    const own = { role: "department_staff" as const, department: departments[0] };
    expect(decideDepartment({ fileName: "a.xlsx", named: "民政局", uploader: own, departments })).toEqual({ department: departments[0], warnings: [] });
    const other = decideDepartment({ fileName: "a.xlsx", named: "区卫健委", uploader: own, departments });
    expect(other.department).toBe(departments[0]);
    expect(other.warnings[0]).toContain("「a.xlsx」中写明的主管部门是「区卫健委」");
  });

  it("gives an admin's upload to the named department, matching 卫健委 to 区卫健委", () => {
    expect(decideDepartment({ fileName: "b.xlsx", named: "卫健委", uploader: { role: "admin" }, departments }).department.id).toBe("d2");
  });

  it("refuses an admin's file without a department or with an unknown one, naming the file", () => {
    expect(() => decideDepartment({ fileName: "c.xlsx", named: null, uploader: { role: "admin" }, departments })).toThrow(/「c\.xlsx」中没有写明主管部门/);
    expect(() => decideDepartment({ fileName: "c.xlsx", named: "区气象局", uploader: { role: "admin" }, departments })).toThrow(/「区气象局」不在本区的部门列表中/);
  });
});

describe("decideFrequency", () => {
  it("keeps a known frequency and turns an unknown one into ad hoc with a warning", () => {
    expect(decideFrequency({ fileName: "a.xlsx", title: "月报", frequency: "monthly" })).toEqual({ frequency: "monthly", warnings: [] });
    const unknown = decideFrequency({ fileName: "a.xlsx", title: "台账", frequency: null });
    expect(unknown.frequency).toBe("adhoc");
    expect(unknown.warnings[0]).toContain("请在启用前设置正确的频次");
  });
});

describe("findDepartmentByName", () => {
  it("prefers the exact name", () => {
    expect(findDepartmentByName([{ id: "x", name: "民政局" }, ...departments], "区民政局")?.id).toBe("d1");
  });
});
