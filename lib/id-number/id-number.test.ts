import { describe, expect, it } from "vitest";
import { ageOn, checkCharacter, parseIdNumber } from "./gb11643";
import { maskIdNumber, maskPhone } from "./mask";

// Built with the standard's own algorithm: region 430112 (望城区), born 1965-03-08, sequence 123 (odd: male).
const valid = `43011219650308123${checkCharacter("43011219650308123")}`;

describe("parseIdNumber", () => {
  it("accepts a valid number and derives birth date and sex", () => {
    const parsed = parseIdNumber(valid);
    expect(parsed).toEqual({ ok: true, info: { idNumber: valid, birthDate: "1965-03-08", sex: "male", regionCode: "430112" } });
  });
  it("knows the published example 11010519491231002X (female, check X)", () => {
    expect(parseIdNumber("11010519491231002x")).toMatchObject({ ok: true, info: { sex: "female", birthDate: "1949-12-31" } });
  });
  it("rejects a wrong check digit, a wrong length, letters and impossible dates", () => {
    const wrong = `${valid.slice(0, 17)}${valid[17] === "1" ? "2" : "1"}`;
    expect(parseIdNumber(wrong)).toEqual({ ok: false, problem: "checkDigit" });
    expect(parseIdNumber("43011219650308")).toEqual({ ok: false, problem: "length" });
    expect(parseIdNumber("43011219650308A23X")).toEqual({ ok: false, problem: "characters" });
    expect(parseIdNumber("430112196502301231")).toEqual({ ok: false, problem: "birthDate" });
  });
  it("reads full-width digits and spaces as typed on a phone", () => {
    expect(parseIdNumber(" １１０１０５１９４９１２３１００２Ｘ ").ok).toBe(true);
  });
});

describe("age and masks", () => {
  it("counts whole years", () => {
    expect(ageOn("1965-03-08", new Date(2026, 2, 7))).toBe(60);
    expect(ageOn("1965-03-08", new Date(2026, 2, 8))).toBe(61);
  });
  it("hide the middle of ID and phone numbers", () => {
    expect(maskIdNumber("11010519491231002X")).toBe("110105********002X");
    expect(maskPhone("13812345678")).toBe("138****5678");
  });
});
