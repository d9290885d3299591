import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { findCatalogEntry, readCatalog } from "@/lib/catalog/read-catalog";
import {
  defaultFrequency,
  departmentFromPath,
  departmentFromSystem,
  departmentFromTexts,
  departmentFromTitle,
  departmentFromTopic,
  knownDepartmentFor,
  matchKnownDepartment,
  frequencyFromNotes,
  frequencyFromPeriodLine,
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
    // an office of a department, closed by a bracket, is that department's
    expect(departmentFromTexts(["村：          （摸底后报县人力资源和社会保障局就业局）"])).toBe("县人力资源和社会保障局");
    expect(departmentFromTexts(["（摸底结束后报县教育局资助中心）"])).toBe("县教育局");
    // …also an office named after it (科, 股, 部) or a bracket explaining it
    expect(departmentFromTexts(["注：请于每季度末报送县妇联权益部"])).toBe("县妇联");
    expect(departmentFromTexts(["注：本表每年12月底前报县委组织部组织科。"])).toBe("县委组织部");
    expect(departmentFromTexts(["注：本表报县水务局农水股"])).toBe("县水务局");
    // 旗 is Inner Mongolia's county: its offices are written 旗财政局, 旗人力资源和社会保障局
    expect(departmentFromTexts(["注：资金到账后由苏木（镇）财政所不定期导出核对，发现问题及时报送旗财政局农业股。"])).toBe("旗财政局");
    expect(departmentFromTexts(["注：本表于每季度末月25日前报送旗人力资源和社会保障局就业服务中心。"])).toBe("旗人力资源和社会保障局");
    expect(departmentFromTexts(["注：报县应急管理局（县防汛抗旱指挥部办公室）"])).toBe("县应急管理局");
    expect(departmentFromTexts(["注：登记结束后经乡（镇）农普办审核，报县农普办（设县统计局）。"])).toBe("县统计局");
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
    // a note that says it has no period, then names a same-day case, has no period
    expect(frequencyFromNotes(["注：本表随采随报，不定期报送旗动物疫病预防控制中心；检测结果为阳性的当日上报。"])).toBe("adhoc");
    expect(frequencyFromNotes(["注：发现疫情当日上报。"])).toBe("daily");
    expect(frequencyFromNotes(["注：6月20日和12月20日前报送。"])).toBe("semiannual");
    expect(frequencyFromNotes(["注：每年12月20日前报送。"])).toBe("annual");
    expect(frequencyFromNotes(["注：发生变动后5日内报送。"])).toBe("adhoc");
    // One fixed date a year, whatever the note adds about changes.
    expect(frequencyFromNotes(["注：请于3月31日前报区残联组织联络部，人员变动随时报告。"])).toBe("annual");
    // a system export's refresh, and a one-off check that reports when it ends
    expect(frequencyFromNotes(["数据来源：社区警务信息系统导出  每月更新一次"])).toBe("monthly");
    expect(frequencyFromNotes(["村：    核查时间：2019年  月  日    （核查结束后3日内报县扶贫办）"])).toBe("adhoc");
    expect(frequencyFromNotes(["（摸底后报县人力资源和社会保障局就业局）"])).toBe("adhoc");
  });

  it("reads a year's one-off check as ad hoc, a bare year otherwise as yearly", () => {
    expect(defaultFrequency("白马镇2019年建档立卡贫困户“两不愁三保障”及饮水安全情况核查表")).toBe("adhoc");
    expect(defaultFrequency("2020年农村危房改造“回头看”排查表")).toBe("adhoc");
    expect(defaultFrequency("2015年农村危房改造对象花名册")).toBe("annual");
  });

  it("reads a school term as half a year", () => {
    expect(frequencyFromTitle("2025年秋季学期义务教育阶段控辍保学动态监测台账")).toBe("semiannual");
  });

  it("reads the period a meta line dates the form with, never the 有效期至 or 填报日期 lines", () => {
    expect(frequencyFromPeriodLine(["有效期至：2016年12月", "乡镇（街道）：            2025年度"])).toBe("annual");
    expect(frequencyFromPeriodLine(["填报单位：      2025年第三季度"])).toBe("quarterly");
    expect(frequencyFromPeriodLine(["有效期至：2016年12月", "填报日期：2025年12月"])).toBeNull();
    expect(frequencyFromPeriodLine(["填报单位（盖章）：", "年  月  日"])).toBeNull();
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

describe("department and frequency of forms the catalog does not list", () => {
  const known = ["区民政局", "区人社局", "区公安分局", "区退役军人事务局", "区乡村振兴局", "区委政法委"];

  it("folders, sub-units and full names map to the catalog's department names", () => {
    expect(departmentFromPath("02-民政/优抚/表.xlsx", known)).toBe("区民政局");
    expect(departmentFromPath("人社局/表.xlsx", known)).toBe("区人社局");
    expect(departmentFromPath("2015年/表.xlsx", known)).toBeNull();
    expect(knownDepartmentFor("区人社局劳动保障监察大队", known)).toBe("区人社局");
    expect(knownDepartmentFor("XX县人力资源和社会保障局", known)).toBe("区人社局");
    expect(knownDepartmentFor("区就业服务中心", known)).toBe("区人社局");
    expect(matchKnownDepartment("公安", known)).toBe("区公安分局");
    expect(departmentFromTexts(["报送单位：民政局"], known)).toBe("区民政局");
    expect(departmentFromTexts(["注：请于每月5日前上报至区公安分局。"], known)).toBe("区公安分局");
    expect(departmentFromTitle("区民政局2025年高龄津贴发放花名册", known)).toBe("区民政局");
  });

  it("the system a template was exported from, then the work its title names", () => {
    expect(departmentFromSystem(["数据来源：全国防返贫监测信息系统"], known)).toBe("区乡村振兴局");
    expect(departmentFromSystem(["本表从全国优抚信息管理系统导出"], known)).toBe("区退役军人事务局");
    expect(departmentFromTopic("社区警务工作情况统计表", known)).toBe("区公安分局");
    expect(departmentFromTopic("矛盾纠纷排查化解台账", known)).toBe("区委政法委");
    // No department of that kind in the catalog: its usual name.
    expect(departmentFromTopic("地震宏观观测员花名册", known)).toBe("区地震局");
    expect(departmentFromTopic("地震宏观观测员花名册", ["县民政局", "县教育局"])).toBe("县地震局");
    // 优抚 was 民政's before the 退役军人事务局 was founded (2018).
    expect(departmentFromTopic("2014年度优抚对象花名册", known)).toBe("区民政局");
    expect(departmentFromTopic("2024年度优抚对象花名册", known)).toBe("区退役军人事务局");
    expect(departmentFromTopic("困难残疾人生活补贴发放表", [...known, "区残联"])).toBe("区民政局");
    // A generic word (…统计表) names no department.
    expect(departmentFromTopic("村级情况统计表", known)).toBeNull();
  });

  it("deadlines listed by month", () => {
    expect(frequencyFromNotes(["注：本表每年6月、12月底前报区教育局。"])).toBe("semiannual");
    expect(frequencyFromNotes(["每年3、6、9、12月25日前报送"])).toBe("quarterly");
    expect(frequencyFromNotes(["请于1月和7月10日前报送"])).toBe("semiannual");
    // The first 每… is the form's period; a 次月 after it is the next office's deadline.
    expect(frequencyFromNotes(["注：本表由村医填写，每季度末月25日前报乡（镇）卫生院公卫办汇总，次月5日前报县卫健局。"])).toBe("quarterly");
    expect(frequencyFromNotes(["每月5日前报送，每季度汇总一次"])).toBe("monthly");
  });

  it("a half-year named in the title beats one fixed deadline in the note (2024年上半年… 请于7月5日前报)", async () => {
    const buf = await buildWorkbook([
      { name: "S", rows: [["2024年上半年农村留守儿童分年龄段统计表"], ["年龄段", "男", "女"], ["0-2周岁"], ["3-5周岁"], ["注：请于7月5日前报县妇联。"]] },
    ]);
    const [form] = await parseTemplate(buf, "留守儿童.xlsx", { relativePath: "县妇联/留守儿童.xlsx" });
    expect(form.frequency).toBe("semiannual");
  });

  it("a template without a catalog entry: folder-less, department from its 报送 line, frequency from its title", async () => {
    const buf = await buildWorkbook([
      { name: "Sheet1", rows: [["2025年第三季度优抚对象走访情况统计表"], ["村名", "走访人次"], ["东村"], ["注：季后10日内报送退役军人事务局。"]] },
    ]);
    const [form] = await parseTemplate(buf, "走访.xlsx", { relativePath: "走访.xlsx", catalog: known.map((d, i) => ({ fileName: `f${i}.xlsx`, title: null, department: d, frequency: "monthly" as const, targetLevels: [] })) });
    expect(form).toMatchObject({ department: "区退役军人事务局", frequency: "quarterly" });
  });
});
