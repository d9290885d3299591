import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { findCatalogEntry, readCatalog } from "@/lib/catalog/read-catalog";
import {
  departmentFromPath,
  departmentFromTexts,
  frequencyFromNotes,
  frequencyFromTitle,
  targetLevelsFromNotes,
  targetLevelsFromText,
} from "./metadata";
import { parseTemplate } from "./parse-template";
import { buildWorkbook } from "./test-fixtures";

describe("department", () => {
  it("comes from the folder, the statistical block or a 报送 note", () => {
    expect(departmentFromPath("区卫健委/年报/表.xlsx")).toBe("区卫健委");
    expect(departmentFromPath("表.xlsx")).toBeNull();
    expect(departmentFromTexts(["表    号：综综05表", "制定机关：区委政法委"])).toBe("区委政法委");
    expect(departmentFromTexts(["注：本表经镇（街道）审核汇总后，次月3日前报送县农业农村局；2.其他"])).toBe("县农业农村局");
    expect(departmentFromTexts(["注：每月5日前报送镇（街道）民政办。"])).toBeNull();
  });
});

describe("frequency", () => {
  it("reads titles and file names", () => {
    expect(frequencyFromTitle("2026年5月11日防汛值班情况日报表")).toBe("daily");
    expect(frequencyFromTitle("XX镇2026年4月份就业情况")).toBe("monthly");
    expect(frequencyFromTitle("2026年  月消防工作情况统计表")).toBe("monthly");
    expect(frequencyFromTitle("（2026年第  季度）")).toBe("quarterly");
    expect(frequencyFromTitle("安全隐患摸底表（2026年度上半年）")).toBe("semiannual");
    expect(frequencyFromTitle("农户种植情况登记表（2025年度）")).toBe("annual");
    expect(frequencyFromTitle("第12周疫情周报")).toBe("weekly");
  });

  it("reads deadlines in the notes", () => {
    expect(frequencyFromNotes(["注：本表由各村填报，每月5日前报送。"])).toBe("monthly");
    expect(frequencyFromNotes(["注：季后10日内报送镇司法所。"])).toBe("quarterly");
    expect(frequencyFromNotes(["注：6月20日和12月20日前报送。"])).toBe("semiannual");
    expect(frequencyFromNotes(["注：每年12月20日前报送。"])).toBe("annual");
    expect(frequencyFromNotes(["注：发生变动后5日内报送。"])).toBe("adhoc");
  });
});

describe("target levels", () => {
  it("reads 填报对象 words and notes", () => {
    expect(targetLevelsFromText("村和社区")).toEqual(["village", "community"]);
    expect(targetLevelsFromText("社区")).toEqual(["community"]);
    expect(targetLevelsFromText("村")).toEqual(["village"]);
    expect(targetLevelsFromNotes(["注：本表由各村填报，每月报送"])).toEqual(["village"]);
    expect(targetLevelsFromNotes(["注：本表由各村（社区）填报"])).toEqual(["village", "community"]);
  });
});

describe("catalog", () => {
  async function catalogWorkbook() {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await buildWorkbook([
        {
          name: "报表清单",
          rows: [
            ["序号", "文件名", "报表名称", "主管部门", "填报频次", "填报对象"],
            [1, "走访表.xlsx", "走访表", "区 民政局", "季报", "村"],
            [2, "不在文件夹.xlsx", "缺", "区统计局", "年报", "村和社区"],
          ],
        },
      ])) as unknown as ArrayBuffer,
    );
    return wb;
  }

  it("lists files by base name and overrides what the template says", async () => {
    const entries = readCatalog(await catalogWorkbook());
    expect(entries).toHaveLength(2);
    expect(findCatalogEntry(entries, "区民政局/走访表.xlsx")).toMatchObject({ department: "区民政局", frequency: "quarterly", targetLevels: ["village"] });
    expect(findCatalogEntry(entries, "别的.xlsx")).toBeNull();
    const buf = await buildWorkbook([{ name: "S", rows: [["2026年月报"], ["姓名", "电话"]] }]);
    const [form] = await parseTemplate(buf, "走访表.xlsx", { relativePath: "x/走访表.xlsx", catalog: entries });
    expect(form).toMatchObject({ department: "区民政局", frequency: "quarterly", targetLevels: ["village"] });
  });
});
