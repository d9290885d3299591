import { describe, expect, it } from "vitest";
import { can, type Principal } from "./permissions";

describe("can() for 报表准入", () => {
  const district = "/c/d/";
  const otherDistrict = "/c/x/";
  const user = (role: Principal["role"], orgUnitPath: string, departmentId: string | null = null): Principal => ({
    userId: role,
    role,
    orgUnitPath,
    districtPath: role === "admin" ? "/" : orgUnitPath.split("/").slice(0, 3).join("/") + "/",
    departmentId,
  });
  // A request of 区民政局 (dept "mz") in district d.
  const request = { orgUnitPath: district, departmentId: "mz" };

  it("lets the department submit and see its own requests, never decide them", () => {
    const staff = user("department_staff", district, "mz");
    expect(can(staff, "admission.submit", request)).toBe(true);
    expect(can(staff, "admission.view", request)).toBe(true);
    expect(can(staff, "admission.decide", request)).toBe(false);
  });

  it("keeps another department out of a request", () => {
    const other = user("department_staff", district, "wj");
    expect(can(other, "admission.view", request)).toBe(false);
    expect(can(other, "admission.submit", request)).toBe(false);
    expect(can(other, "admission.decide", request)).toBe(false);
  });

  it("lets the district official decide and see requests of their own district only", () => {
    const official = user("district_official", district);
    expect(can(official, "admission.view", request)).toBe(true);
    expect(can(official, "admission.decide", request)).toBe(true);
    expect(can(official, "admission.submit", request)).toBe(false);
    const elsewhere = user("district_official", otherDistrict);
    expect(can(elsewhere, "admission.view", request)).toBe(false);
    expect(can(elsewhere, "admission.decide", request)).toBe(false);
  });

  it("shows villages and towns no request", () => {
    for (const u of [user("village_cadre", "/c/d/t1/v1/"), user("town_official", "/c/d/t1/")]) {
      expect(can(u, "admission.view", request)).toBe(false);
      expect(can(u, "admission.view")).toBe(false);
      expect(can(u, "admission.decide", request)).toBe(false);
      expect(can(u, "admission.submit", request)).toBe(false);
    }
  });

  it("lets an admin see and submit (uploading for a department) but not decide", () => {
    const admin = user("admin", "/c/");
    expect(can(admin, "admission.view", request)).toBe(true);
    expect(can(admin, "admission.submit", request)).toBe(true);
    expect(can(admin, "admission.decide", request)).toBe(false);
  });
});
