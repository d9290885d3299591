/**
 * Second blind corpus for the dedup pipeline (tests/blind2): 33 workbooks from county departments and topics that
 * are in neither the dev benchmark nor tests/heldout — 民兵整组, 自然灾害灾情, 计划生育特别扶助, 殡葬改革, 农村宅基地,
 * 辅助器具适配, 送教上门, 人民调解, 农村危房改造, 特种设备, 门诊慢特病, 退役军人 / 光荣牌, 两癌筛查, 关工委, 宗教活动场所,
 * 人口抽样调查, 森林防火 — written before reading the lexicon, with the gold labels next to each header.
 *
 *   npx tsx tests/blind2/build-corpus.ts   → tests/blind2/forms/**.xlsx, 报表清单.xlsx, gold.json
 *
 * New structures compared with tests/heldout: several form sheets in one workbook (the file is one form; its fields
 * are the union of the sheets), a 4-row header, formula totals and rate formulas with cached results, roles in group
 * headers whose meaning depends on the form's subject (a roster OF 保洁员 / 调解员 vs 灾害信息员 / 家属 / 当事人 /
 * 安全管理员 of the row's object). Gold conventions follow ../shared/bench/README.md.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";

type FieldType = "text" | "integer" | "decimal" | "date" | "boolean" | "choice" | "idcard" | "phone";
type Freq = "daily" | "weekly" | "monthly" | "quarterly" | "semiannual" | "annual" | "adhoc";
type Layout = "columns" | "indicator-rows" | "grid";

const ROOT = path.resolve(import.meta.dirname);
const FORMS = path.join(ROOT, "forms");
const FIXED_DATE = new Date("2026-03-01T00:00:00Z");

// ───────────────────────────── spec types ─────────────────────────────

interface Leaf {
  t: string;
  el: string;
  type: FieldType;
  unit?: string | null;
  list?: string[];
  example?: string | number;
  /** A rate column filled by formula: element ids of numerator and denominator in the same sheet. */
  rate?: [string, string];
}
interface Group {
  t: string;
  kids: Col[];
}
type Col = Leaf | Group;

const L = (t: string, el: string, type: FieldType, unit: string | null = null, extra: Partial<Leaf> = {}): Leaf => ({ t, el, type, unit, ...extra });
const G = (t: string, ...kids: Col[]): Group => ({ t, kids });
const isGroup = (c: Col): c is Group => "kids" in c;

interface Base {
  file: string;
  sheet: string;
  title: string;
  dept: string;
  freq: Freq;
  inCatalog?: boolean;
  attach?: string;
  meta?: string[];
  stat?: string;
  notes?: string[];
  footer?: boolean;
  instructions?: string[];
  /** Further form sheets of the same workbook (file, dept and freq are the first sheet's). */
  more?: Spec[];
}
interface ColumnsSpec extends Base {
  kind: "columns";
  cols: Col[];
  serial?: boolean;
  remark?: boolean;
  codeRow?: boolean;
  villages?: string[];
  /** 合计 row with SUM formulas (cached results) under pre-filled villages. */
  totals?: boolean;
  blankRows?: number;
  exampleRow?: boolean;
  dropdownSheet?: boolean;
}
interface IndItem {
  t: string;
  el: string;
  type: FieldType;
  unit: string;
}
interface IndCat {
  cat: string;
  items: IndItem[];
}
interface IndicatorSpec extends Base {
  kind: "indicator";
  headers: [string, string, string, string];
  panels: (IndItem | IndCat)[][];
  codeRow?: boolean;
  remark?: boolean;
}
interface GridSpec extends Base {
  kind: "grid";
  rowHeader: string;
  cols: Col[];
  rows: { t: string; els: string[] }[];
  types: FieldType[];
  units: (string | null)[];
  remark?: boolean;
}
type Spec = ColumnsSpec | IndicatorSpec | GridSpec;

const I = (t: string, el: string, type: FieldType, unit: string): IndItem => ({ t, el, type, unit });

interface GoldField {
  ref: string;
  label: string;
  path: string[];
  element: string;
  type: FieldType;
  unit: string | null;
}

const FOOTER = "单位负责人：          审核人：          填表人：          联系电话：          填报日期：";
const STAT = (dept: string, no: string) => [`表    号：${no}`, `制定机关：${dept}`, "批准文号：X统制〔2026〕12号", "有效期至：2029年6月"];

const SEX = ["男", "女"];
const YESNO = ["是", "否"];
const ETHNIC = ["汉族", "土家族", "苗族", "侗族", "瑶族", "其他"];
const EDU = ["研究生", "大学本科", "大学专科", "高中（中专）", "初中", "小学", "未上过学"];
const POLITICAL = ["中共党员", "中共预备党员", "共青团员", "民主党派", "群众"];
const DISAB = ["视力残疾", "听力残疾", "言语残疾", "肢体残疾", "智力残疾", "精神残疾", "多重残疾"];
const VILLAGES = ["青山村", "柳塘村", "凤形村", "白沙社区", "枫林村"];

// ───────────────────────────── the templates ─────────────────────────────

const SPECS: Spec[] = [
  // 1 区人武部 · 民兵整组登记（年报，花名册，分组表头，隐藏字典页）
  {
    kind: "columns",
    file: "区人武部/2026年度民兵整组登记表.xlsx",
    sheet: "民兵整组",
    title: "______镇（街道）2026年度民兵整组登记表",
    dept: "区人武部",
    freq: "annual",
    meta: ["填报单位（盖章）：", "填报日期：    年  月  日"],
    dropdownSheet: true,
    cols: [
      L("所在村（社区）", "v_name", "text"),
      G("基本情况", L("姓名", "p_name", "text"), L("性别", "p_sex", "choice", null, { list: SEX }), L("出生年月", "p_birth", "date"), L("民族", "p_ethnic", "choice", null, { list: ETHNIC })),
      L("身份证件号码", "p_idno", "idcard"),
      L("政治面貌", "p_political", "choice", null, { list: POLITICAL }),
      L("文化程度", "p_edu", "choice", null, { list: EDU }),
      L("是否退役军人", "p_veteran", "boolean", null, { list: YESNO }),
      G("编组情况", L("民兵类别", "p_militia_type", "choice", null, { list: ["基干民兵", "普通民兵"] }), L("编入分队", "p_militia_unit", "text"), L("专业是否对口", "p_militia_match", "boolean", null, { list: YESNO })),
      L("联系电话", "p_phone", "phone"),
    ],
    remark: true,
    blankRows: 12,
    notes: ["注：1.基干民兵年龄一般为18至28周岁，退役士兵可放宽至35周岁；2.本表于每年3月底前报区人武部。"],
    footer: true,
  },
  // 2 区人武部 · 应急分队名单（不定期；不在清单中；完全被 1 覆盖）
  {
    kind: "columns",
    file: "区人武部/民兵应急分队人员名单.xlsx",
    sheet: "Sheet1",
    title: "村（社区）民兵应急分队人员名单",
    dept: "区人武部",
    freq: "adhoc",
    inCatalog: false,
    meta: ["填报单位："],
    cols: [
      L("村居名称", "v_name", "text"),
      L("姓名", "p_name", "text"),
      L("身份号码", "p_idno", "idcard"),
      L("民兵类别", "p_militia_type", "choice", null, { list: ["基干民兵", "普通民兵"] }),
      L("所在分队", "p_militia_unit", "text"),
      L("联系方式", "p_phone", "phone"),
    ],
    blankRows: 10,
    notes: ["注：应急分队人员调整后及时报区人武部。"],
  },
  // 3 区应急管理局 · 灾情快报（不定期，指标行，统计表头，代码行）
  {
    kind: "indicator",
    file: "区应急管理局/自然灾害灾情快报表.xlsx",
    sheet: "快报",
    title: "自然灾害灾情快报表",
    dept: "区应急管理局",
    freq: "adhoc",
    stat: "应急灾01表",
    meta: ["填报单位（盖章）：", "填报时间：    月  日  时"],
    headers: ["指标名称", "计量单位", "代码", "数量"],
    codeRow: true,
    panels: [
      [
        {
          cat: "一、人员受灾情况",
          items: [
            I("受灾人口", "e_pop", "integer", "人"),
            I("其中：因灾死亡人口", "e_dead", "integer", "人"),
            I("因灾失踪人口", "e_missing", "integer", "人"),
            I("紧急转移安置人口", "e_reloc", "integer", "人"),
            I("需紧急生活救助人口", "e_aid", "integer", "人"),
          ],
        },
        { cat: "二、农作物受灾情况", items: [I("农作物受灾面积", "e_crop", "decimal", "公顷"), I("其中：绝收面积", "e_crop_lost", "decimal", "公顷")] },
        {
          cat: "三、房屋受损情况",
          items: [
            I("倒塌房屋户数", "e_coll_hh", "integer", "户"),
            I("倒塌房屋间数", "e_coll_rooms", "integer", "间"),
            I("严重损坏房屋间数", "e_severe_rooms", "integer", "间"),
            I("一般损坏房屋间数", "e_minor_rooms", "integer", "间"),
          ],
        },
        I("四、直接经济损失", "e_loss", "decimal", "万元"),
      ],
    ],
    notes: ["注：灾害发生后2小时内上报初报，灾情稳定后及时核报，报区应急管理局。"],
    footer: true,
  },
  // 4 区应急管理局 · 灾情统计月报（月报，预填村名，合计公式，金额单位：万元，本月/1-N月累计）
  {
    kind: "columns",
    file: "区应急管理局/自然灾害灾情统计月报表.xlsx",
    sheet: "灾情统计",
    title: "2026年  月自然灾害灾情统计月报表",
    dept: "区应急管理局",
    freq: "monthly",
    meta: ["填报单位（盖章）：", "金额单位：万元"],
    villages: VILLAGES,
    totals: true,
    cols: [
      L("村（社区）", "v_name", "text"),
      G(
        "本月灾情",
        L("受灾人口（人）", "m_dis_pop", "integer", "人"),
        L("紧急转移安置人口（人）", "m_dis_reloc", "integer", "人"),
        L("农作物受灾面积（亩）", "m_crop", "decimal", "亩"),
        L("倒塌房屋（间）", "m_coll_rooms", "integer", "间"),
        L("直接经济损失", "m_loss", "decimal", "万元"),
      ),
      G(
        "1-N月累计",
        L("受灾人口（人）", "y_dis_pop", "integer", "人"),
        L("紧急转移安置人口（人）", "y_dis_reloc", "integer", "人"),
        L("农作物受灾面积（亩）", "y_crop", "decimal", "亩"),
        L("倒塌房屋（间）", "y_coll_rooms", "integer", "间"),
        L("直接经济损失", "y_loss", "decimal", "万元"),
      ),
    ],
    remark: true,
    notes: ["注：本表每月2日前报送区应急管理局，当月无灾情的村（社区）填0。"],
    footer: true,
    instructions: ["1.受灾人口指因自然灾害遭受损失的人员数量（含非常住人口）。", "2.累计数为1月至本月的合计数。"],
  },
  // 5 区应急管理局 · 村级应急管理基础信息（季报；灾害信息员是村的角色）
  {
    kind: "columns",
    file: "区应急管理局/村级应急管理基础信息表.xlsx",
    sheet: "Sheet1",
    title: "2026年第  季度村级应急管理基础信息表",
    dept: "区应急管理局",
    freq: "quarterly",
    meta: ["填报单位（盖章）：", "填报日期：    年  月  日"],
    villages: VILLAGES,
    totals: true,
    cols: [
      L("村（社区）名称", "v_name", "text"),
      L("户籍人口（人）", "v_pop_hj", "integer", "人"),
      L("常住人口（人）", "v_pop_cz", "integer", "人"),
      G("灾害信息员", L("姓名", "v_infoofc_name", "text"), L("手机号码", "v_infoofc_phone", "phone")),
      L("应急避难场所（个）", "v_shelters", "integer", "个"),
      L("应急物资储备点（个）", "v_supply_points", "integer", "个"),
      L("地质灾害隐患点（处）", "v_geohazards", "integer", "处"),
    ],
    remark: true,
    notes: ["注：本表每季度末月25日前报送区应急管理局。"],
    footer: true,
  },
  // 6 区卫健委 · 计划生育家庭特别扶助对象花名册（年报；配偶是另一个人）
  {
    kind: "columns",
    file: "区卫健委/计划生育家庭特别扶助对象花名册.xlsx",
    sheet: "花名册",
    title: "2026年度计划生育家庭特别扶助对象花名册",
    dept: "区卫健委",
    freq: "annual",
    meta: ["填报单位（盖章）：", "填报日期：    年  月  日"],
    cols: [
      L("所在村（社区）", "v_name", "text"),
      G("扶助对象", L("姓名", "p_name", "text"), L("性别", "p_sex", "choice", null, { list: SEX }), L("出生日期", "p_birth", "date"), L("公民身份号码", "p_idno", "idcard")),
      L("扶助类别", "p_fs_cat", "choice", null, { list: ["独生子女伤残家庭", "独生子女死亡家庭", "计划生育手术并发症人员"] }),
      G("配偶", L("姓名", "p_spouse_name", "text"), L("公民身份号码", "p_spouse_idno", "idcard")),
      L("户籍地址", "p_hj_addr", "text"),
      L("月扶助标准（元）", "p_fs_std", "decimal", "元"),
      L("联系电话", "p_phone", "phone"),
    ],
    remark: true,
    blankRows: 12,
    instructions: ["1.扶助对象须为本区户籍，女方年满49周岁。", "2.夫妻双方均符合条件的分别填报。", "3.本表每年4月30日前报区卫健委。"],
    footer: true,
  },
  // 7 区卫健委 · 资格确认表（不定期；部分被 6 覆盖）
  {
    kind: "columns",
    file: "区卫健委/计划生育特别扶助资格确认表.xlsx",
    sheet: "Sheet1",
    title: "计划生育特别扶助资格确认表",
    dept: "区卫健委",
    freq: "adhoc",
    meta: ["填报单位："],
    cols: [
      L("村居名称", "v_name", "text"),
      L("扶助对象姓名", "p_name", "text"),
      L("身份证号码", "p_idno", "idcard"),
      L("扶助类别", "p_fs_cat", "choice", null, { list: ["独生子女伤残家庭", "独生子女死亡家庭", "计划生育手术并发症人员"] }),
      L("确认时间", "p_fs_confirm_date", "date"),
    ],
    blankRows: 10,
    footer: true,
  },
  // 8 区卫健委 · 扶助金发放统计（年报，表格交叉，金额单位：千元）
  {
    kind: "grid",
    file: "区卫健委/计划生育特别扶助金发放情况统计表.xlsx",
    sheet: "Sheet1",
    title: "2025年度计划生育特别扶助金发放情况统计表",
    dept: "区卫健委",
    freq: "annual",
    meta: ["填报单位（盖章）：", "金额单位：千元"],
    rowHeader: "扶助类别",
    cols: [L("扶助人数（人）", "-", "integer"), L("发放金额", "-", "decimal")],
    rows: [
      { t: "独生子女伤残家庭", els: ["g_fs_disab_n", "g_fs_disab_amt"] },
      { t: "独生子女死亡家庭", els: ["g_fs_death_n", "g_fs_death_amt"] },
      { t: "手术并发症人员", els: ["g_fs_surg_n", "g_fs_surg_amt"] },
    ],
    types: ["integer", "decimal"],
    units: ["人", "千元"],
    notes: ["注：本表次年1月20日前报区卫健委。"],
    footer: true,
  },
  // 9 区民政局 · 殡葬改革月报（指标行，左右两栏，本月数）
  {
    kind: "indicator",
    file: "区民政局/殡葬改革工作情况月报表.xlsx",
    sheet: "月报",
    title: "2026年  月殡葬改革工作情况月报表",
    dept: "区民政局",
    freq: "monthly",
    meta: ["填报单位（盖章）：", "填报日期：    年  月  日"],
    headers: ["指标名称", "计量单位", "代码", "本月数"],
    panels: [
      [
        { cat: "一、火化情况", items: [I("1.死亡人数", "m_deaths", "integer", "人"), I("2.火化人数", "m_cremations", "integer", "人"), I("3.火化率", "m_crem_rate", "decimal", "%")] },
        { cat: "二、公益性公墓", items: [I("1.已建成", "v_cem_built", "integer", "个"), I("2.在建", "v_cem_building", "integer", "个")] },
      ],
      [
        { cat: "三、殡葬执法", items: [I("1.查处乱埋乱葬", "m_illegal_burials", "integer", "起"), I("2.整治散埋乱葬坟墓", "m_graves_fixed", "integer", "座")] },
        { cat: "四、惠民殡葬", items: [I("1.减免基本殡葬服务费人数", "m_fee_waived_n", "integer", "人"), I("2.减免金额", "m_fee_waived_amt", "decimal", "元")] },
      ],
    ],
    notes: ["注：本表由各村（社区）填报，每月5日前报送区民政局。"],
    footer: true,
  },
  // 10 区民政局 · 村级公益性公墓（年报；管理员是公墓的角色）
  {
    kind: "columns",
    file: "区民政局/村级公益性公墓基本情况登记表.xlsx",
    sheet: "登记表",
    title: "村级公益性公墓基本情况登记表",
    dept: "区民政局",
    freq: "annual",
    meta: ["填报单位（盖章）：", "填报日期：    年  月  日"],
    cols: [
      L("所在村", "v_name", "text"),
      L("公墓名称", "c_name", "text"),
      L("占地面积（亩）", "c_area", "decimal", "亩"),
      L("规划墓穴（个）", "c_plots", "integer", "个"),
      L("已安葬（个）", "c_plots_used", "integer", "个"),
      L("是否纳入殡葬设施规划", "c_planned", "boolean", null, { list: YESNO }),
      G("管理员", L("姓名", "c_mgr_name", "text"), L("电话号码", "c_mgr_phone", "phone")),
    ],
    remark: true,
    blankRows: 8,
    notes: ["注：本表每年12月底前报送区民政局。"],
    footer: true,
  },
  // 11 区民政局 · 死亡人员火化登记台账（月报；家属是另一个人）
  {
    kind: "columns",
    file: "区民政局/死亡人员火化登记台账.xlsx",
    sheet: "台账",
    title: "______镇（街道）死亡人员火化登记台账（2026年  月）",
    dept: "区民政局",
    freq: "monthly",
    meta: ["填报单位（盖章）：", "填报日期：    年  月  日"],
    cols: [
      L("村（社区）", "v_name", "text"),
      L("逝者姓名", "p_name", "text"),
      L("性别", "p_sex", "choice", null, { list: SEX }),
      L("公民身份证号", "p_idno", "idcard"),
      L("死亡日期", "p_death_date", "date"),
      L("火化日期", "p_crem_date", "date"),
      L("安葬方式", "p_burial_mode", "choice", null, { list: ["公益性公墓", "经营性公墓", "骨灰堂", "生态安葬", "其他"] }),
      G("家属", L("姓名", "p_kin_name", "text"), L("与逝者关系", "p_kin_rel", "choice", null, { list: ["配偶", "子女", "父母", "兄弟姐妹", "其他"] }), L("联系电话", "p_kin_phone", "phone")),
    ],
    remark: true,
    blankRows: 12,
    notes: ["注：本表每月5日前报送区民政局。"],
    footer: true,
  },
  // 12 区农业农村局 · 宅基地审批台账（月报，四行表头）
  {
    kind: "columns",
    file: "区农业农村局/农村宅基地申请审批台账.xlsx",
    sheet: "审批台账",
    title: "______镇（街道）农村宅基地申请审批台账",
    dept: "区农业农村局",
    freq: "monthly",
    meta: ["填报单位（盖章）：", "填报日期：    年  月  日"],
    cols: [
      L("所在村", "v_name", "text"),
      G("申请人情况", G("基本信息", L("姓名", "p_name", "text"), L("身份证号码", "p_idno", "idcard"), L("家庭人口（人）", "p_hh_size", "integer", "人")), L("户口所在地", "p_hj_addr", "text")),
      G(
        "用地建房情况",
        G("本次申请", G("面积（平方米）", L("宅基地", "p_hs_area", "decimal", "平方米"), L("建筑占地", "p_hs_footprint", "decimal", "平方米")), L("建房层数", "p_hs_floors", "integer", "层")),
        L("原宅基地面积（平方米）", "p_hs_old_area", "decimal", "平方米"),
        L("是否一户一宅", "p_one_house", "boolean", null, { list: YESNO }),
      ),
      L("审批日期", "p_hs_approve_date", "date"),
    ],
    remark: true,
    blankRows: 10,
    notes: ["注：本表每月5日前报送区农业农村局。"],
    footer: true,
  },
  // 13 区农业农村局 · 村庄保洁员花名册（季报；保洁员的花名册：保洁员 > 姓名 是本人）
  {
    kind: "columns",
    file: "区农业农村局/村庄保洁员花名册.xlsx",
    sheet: "Sheet1",
    title: "2026年第  季度村庄保洁员花名册",
    dept: "区农业农村局",
    freq: "quarterly",
    meta: ["填报单位（盖章）："],
    cols: [
      L("村（社区）", "v_name", "text"),
      G("保洁员", L("姓名", "p_name", "text"), L("性别", "p_sex", "choice", null, { list: SEX }), L("年龄", "p_age", "integer", "岁"), L("身份证号", "p_idno", "idcard"), L("手机号", "p_phone", "phone")),
      L("是否脱贫人口", "p_tuopin", "boolean", null, { list: YESNO }),
      L("保洁区域", "p_clean_area", "text"),
      L("月工资（元）", "p_wage", "decimal", "元"),
    ],
    remark: true,
    blankRows: 10,
    notes: ["注：本表每季度末月20日前报送区农业农村局。"],
    footer: true,
  },
  // 14 区残联 · 辅助器具适配台账（季报；一个工作簿两张表：需求登记 / 发放登记）
  {
    kind: "columns",
    file: "区残联/残疾人辅助器具适配工作台账.xlsx",
    sheet: "需求登记",
    title: "残疾人辅助器具适配需求登记表",
    dept: "区残联",
    freq: "quarterly",
    meta: ["填报单位（盖章）：", "填报日期：    年  月  日"],
    cols: [
      L("村（社区）", "v_name", "text"),
      L("残疾人姓名", "p_name", "text"),
      L("性别", "p_sex", "choice", null, { list: SEX }),
      L("身份证号码", "p_idno", "idcard"),
      L("残疾证号", "p_disab_cert", "text"),
      L("残疾类别", "p_disab_type", "choice", null, { list: DISAB }),
      L("残疾等级", "p_disab_grade", "choice", null, { list: ["一级", "二级", "三级", "四级"] }),
      L("需求器具名称", "p_aid_need", "text"),
      G("监护人", L("姓名", "p_guard_name", "text"), L("联系电话", "p_guard_phone", "phone")),
      L("家庭住址", "p_cur_addr", "text"),
    ],
    remark: true,
    blankRows: 10,
    more: [
      {
        kind: "columns",
        file: "区残联/残疾人辅助器具适配工作台账.xlsx",
        sheet: "发放登记",
        title: "残疾人辅助器具发放登记表",
        dept: "区残联",
        freq: "quarterly",
        meta: ["填报单位（盖章）："],
        cols: [
          L("村（社区）", "v_name", "text"),
          L("姓名", "p_name", "text"),
          L("身份证号", "p_idno", "idcard"),
          L("适配器具名称", "p_aid_given", "text"),
          L("数量（件）", "p_aid_qty", "integer", "件"),
          L("发放日期", "p_aid_date", "date"),
          L("领取人签字", "p_aid_sign", "text"),
        ],
        blankRows: 10,
      },
    ],
    notes: ["注：本表每季度末月20日前报区残联。"],
    footer: true,
  },
  // 15 区教育局 · 送教上门（半年报；家长是另一个人）
  {
    kind: "columns",
    file: "区教育局/适龄残疾儿童少年送教上门登记表.xlsx",
    sheet: "Sheet1",
    title: "2026年上半年适龄残疾儿童少年送教上门登记表",
    dept: "区教育局",
    freq: "semiannual",
    meta: ["填报单位（盖章）：", "填报日期：    年  月  日"],
    cols: [
      L("所在村（社区）", "v_name", "text"),
      L("学生姓名", "p_name", "text"),
      L("性别", "p_sex", "choice", null, { list: SEX }),
      L("出生年月", "p_birth", "date"),
      L("身份证件号码", "p_idno", "idcard"),
      L("残疾类别", "p_disab_type", "choice", null, { list: DISAB }),
      L("学籍所在学校", "p_school", "text"),
      L("年级", "p_grade", "choice", null, { list: ["一年级", "二年级", "三年级", "四年级", "五年级", "六年级", "七年级", "八年级", "九年级"] }),
      G("家长", L("姓名", "p_parent_name", "text"), L("手机号", "p_parent_phone", "phone")),
      L("送教教师", "p_teacher", "text"),
    ],
    remark: true,
    blankRows: 10,
    notes: ["注：本表每年6月、12月底前报区教育局。"],
    footer: true,
  },
  // 16 区司法局 · 人民调解员名册（年报；调解员的花名册）
  {
    kind: "columns",
    file: "区司法局/人民调解员名册.xlsx",
    sheet: "名册",
    title: "______镇（街道）村（社区）人民调解员名册",
    dept: "区司法局",
    freq: "annual",
    meta: ["填报单位（盖章）：", "填报日期：    年  月  日"],
    cols: [
      L("所在村（社区）", "v_name", "text"),
      G("调解员信息", L("姓名", "p_name", "text"), L("性别", "p_sex", "choice", null, { list: SEX }), L("出生年月", "p_birth", "date"), L("文化程度", "p_edu", "choice", null, { list: EDU }), L("政治面貌", "p_political", "choice", null, { list: POLITICAL }), L("联系电话", "p_phone", "phone")),
      L("职务", "p_post", "choice", null, { list: ["主任", "副主任", "委员", "调解员"] }),
      L("是否专职", "p_fulltime", "boolean", null, { list: YESNO }),
      L("聘任时间", "p_appoint_date", "date"),
    ],
    remark: true,
    blankRows: 10,
    notes: ["注：本表每年1月底前报区司法局，人员变动随时报告。"],
    footer: true,
  },
  // 17 区司法局 · 调解员联系表（不定期；完全被 16 覆盖）
  {
    kind: "columns",
    file: "区司法局/村（社区）人民调解员联系表.xlsx",
    sheet: "Sheet1",
    title: "村（社区）人民调解员联系表",
    dept: "区司法局",
    freq: "adhoc",
    meta: ["填报单位："],
    cols: [L("村居名称", "v_name", "text"), L("调解员姓名", "p_name", "text"), L("职务", "p_post", "choice", null, { list: ["主任", "副主任", "委员", "调解员"] }), L("手机号码", "p_phone", "phone")],
    blankRows: 8,
  },
  // 18 区司法局 · 人民调解案件登记台账（月报；当事人和调解员都是案件的角色）
  {
    kind: "columns",
    file: "区司法局/人民调解案件登记台账.xlsx",
    sheet: "台账",
    title: "2026年  月人民调解案件登记台账",
    dept: "区司法局",
    freq: "monthly",
    meta: ["填报单位（盖章）：", "填报日期：    年  月  日"],
    cols: [
      L("所在村（社区）", "v_name", "text"),
      L("受理日期", "k_date", "date"),
      G("当事人", L("姓名", "k_party_name", "text"), L("身份证号", "k_party_idno", "idcard"), L("联系电话", "k_party_phone", "phone")),
      L("纠纷类型", "k_type", "choice", null, { list: ["婚姻家庭", "邻里纠纷", "土地山林", "损害赔偿", "劳务纠纷", "其他"] }),
      L("简要案情", "k_desc", "text"),
      L("调解员", "k_mediator", "text"),
      L("调解结果", "k_result", "choice", null, { list: ["调解成功", "调解不成功", "正在调解"] }),
    ],
    remark: true,
    blankRows: 12,
    notes: ["注：本表每月3日前报送区司法局。"],
    footer: true,
  },
  // 19 区司法局 · 人民调解工作统计月报（指标行，当月/本年累计分类行）
  {
    kind: "indicator",
    file: "区司法局/人民调解工作统计月报表.xlsx",
    sheet: "Sheet1",
    title: "2026年  月人民调解工作统计月报表",
    dept: "区司法局",
    freq: "monthly",
    stat: "司调02表",
    meta: ["填报单位（盖章）："],
    headers: ["指标名称", "计量单位", "代码", "数量"],
    codeRow: true,
    panels: [
      [
        { cat: "一、当月情况", items: [I("排查矛盾纠纷", "m_disputes_found", "integer", "件"), I("受理调解案件", "m_med_cases", "integer", "件"), I("调解成功", "m_med_success", "integer", "件"), I("涉及金额", "m_med_money", "decimal", "万元")] },
        { cat: "二、本年累计", items: [I("排查矛盾纠纷", "y_disputes_found", "integer", "件"), I("受理调解案件", "y_med_cases", "integer", "件"), I("调解成功", "y_med_success", "integer", "件"), I("涉及金额", "y_med_money", "decimal", "万元")] },
        I("三、人民调解委员会", "v_med_committees", "integer", "个"),
        I("四、人民调解员人数", "v_mediators", "integer", "人"),
      ],
    ],
    notes: ["注：本表每月3日前报送区司法局。"],
    footer: true,
  },
  // 20 区住建局 · 农村危房改造对象花名册（年报；户主信息；示例行）
  {
    kind: "columns",
    file: "区住建局/农村危房改造对象花名册.xlsx",
    sheet: "花名册",
    title: "2026年农村危房改造对象花名册",
    dept: "区住建局",
    freq: "annual",
    meta: ["填报单位（盖章）：", "填报日期：    年  月  日"],
    exampleRow: true,
    cols: [
      L("所在村", "v_name", "text", null, { example: "青山村" }),
      G("户主信息", L("姓名", "p_head_name", "text", null, { example: "张某某" }), L("公民身份号码", "p_head_idno", "idcard", null, { example: "43010519600101XXXX" }), L("联系电话", "p_head_phone", "phone", null, { example: "139XXXXXXXX" })),
      L("家庭人口数（人）", "p_hh_size", "integer", "人", { example: 3 }),
      L("对象类别", "p_hr_cat", "choice", null, { list: ["低保户", "分散供养特困人员", "低保边缘家庭", "其他"], example: "低保户" }),
      L("房屋鉴定等级", "p_house_grade", "choice", null, { list: ["C级", "D级"], example: "D级" }),
      L("改造方式", "p_reno_mode", "choice", null, { list: ["拆除重建", "修缮加固", "置换"], example: "修缮加固" }),
      L("补助资金（元）", "p_reno_subsidy", "decimal", "元", { example: 20000 }),
    ],
    remark: true,
    blankRows: 10,
    notes: ["注：本表每年3月底前报送区住建局。"],
    footer: true,
  },
  // 21 区住建局 · 危改进度月报（月报，预填村名，合计公式与竣工率公式，金额单位：万元，计划/已）
  {
    kind: "columns",
    file: "区住建局/农村危房改造进度月报表.xlsx",
    sheet: "进度",
    title: "2026年  月农村危房改造进度月报表",
    dept: "区住建局",
    freq: "monthly",
    meta: ["填报单位（盖章）：", "金额单位：万元"],
    villages: VILLAGES,
    totals: true,
    cols: [
      L("村（社区）", "v_name", "text"),
      L("年度计划改造（户）", "v_reno_plan", "integer", "户"),
      L("已开工（户）", "v_reno_started", "integer", "户"),
      L("已竣工（户）", "v_reno_done", "integer", "户"),
      L("竣工率（%）", "v_reno_rate", "decimal", "%", { rate: ["v_reno_done", "v_reno_plan"] }),
      L("已拨付补助资金", "v_reno_paid", "decimal", "万元"),
    ],
    remark: true,
    notes: ["注：本表每月5日前报送区住建局。"],
    footer: true,
  },
  // 22 区市场监管局 · 特种设备隐患排查台账（月报；安全管理员是使用单位的角色）
  {
    kind: "columns",
    file: "区市场监管局/特种设备安全隐患排查台账.xlsx",
    sheet: "排查台账",
    title: "特种设备安全隐患排查台账（2026年  月）",
    dept: "区市场监管局",
    freq: "monthly",
    meta: ["填报单位（盖章）：", "填报日期：    年  月  日"],
    cols: [
      L("所在村（社区）", "v_name", "text"),
      L("使用单位名称", "s_unit", "text"),
      L("设备种类", "s_kind", "choice", null, { list: ["锅炉", "压力容器", "电梯", "起重机械", "场（厂）内专用机动车辆", "其他"] }),
      L("设备数量（台）", "s_qty", "integer", "台"),
      L("是否办理使用登记", "s_registered", "boolean", null, { list: YESNO }),
      L("是否在检验有效期内", "s_inspected", "boolean", null, { list: YESNO }),
      G("安全管理员", L("姓名", "s_mgr_name", "text"), L("联系电话", "s_mgr_phone", "phone")),
      L("存在问题", "s_problem", "text"),
      L("整改情况", "s_fix", "choice", null, { list: ["已整改", "整改中", "未整改"] }),
    ],
    remark: true,
    blankRows: 12,
    notes: ["注：本表每月5日前报送区市场监管局。"],
    footer: true,
  },
  // 23 区医保局 · 门诊慢特病待遇认定登记（月报）
  {
    kind: "columns",
    file: "区医保局/门诊慢特病待遇认定登记表.xlsx",
    sheet: "Sheet1",
    title: "门诊慢特病待遇认定登记表（2026年  月）",
    dept: "区医保局",
    freq: "monthly",
    meta: ["填报单位（盖章）：", "填报日期：    年  月  日"],
    cols: [
      L("村居名称", "v_name", "text"),
      L("参保人姓名", "p_name", "text"),
      L("性别", "p_sex", "choice", null, { list: SEX }),
      L("公民身份证号", "p_idno", "idcard"),
      L("参保类别", "p_ins_type", "choice", null, { list: ["城乡居民医保", "职工医保"] }),
      L("病种名称", "p_disease", "choice", null, { list: ["高血压", "糖尿病", "恶性肿瘤门诊治疗", "尿毒症透析", "其他"] }),
      L("认定日期", "p_recog_date", "date"),
      L("联系电话", "p_phone", "phone"),
    ],
    remark: true,
    blankRows: 12,
    notes: ["注：本表每月10日前报区医保局。"],
    footer: true,
  },
  // 24 区医保局 · 参保情况统计（年报；完全被 25 周报覆盖）
  {
    kind: "columns",
    file: "区医保局/城乡居民医保参保情况统计表.xlsx",
    sheet: "Sheet1",
    title: "2026年度城乡居民基本医疗保险参保情况统计表",
    dept: "区医保局",
    freq: "annual",
    meta: ["填报单位（盖章）："],
    villages: VILLAGES,
    totals: true,
    cols: [
      L("村（社区）", "v_name", "text"),
      L("户籍人口数（人）", "v_pop_hj", "integer", "人"),
      L("应参保人数（人）", "v_med_should", "integer", "人"),
      L("已参保人数（人）", "v_med_insured", "integer", "人"),
      L("参保率（%）", "v_med_rate", "decimal", "%", { rate: ["v_med_insured", "v_med_should"] }),
    ],
    notes: ["注：本表每年12月底前报送区医保局。"],
    footer: true,
  },
  // 25 区医保局 · 参保进度周报（周报）
  {
    kind: "columns",
    file: "区医保局/城乡居民医保参保进度周报表.xlsx",
    sheet: "周报",
    title: "城乡居民医保集中参保进度周报表（第  周）",
    dept: "区医保局",
    freq: "weekly",
    meta: ["填报单位（盖章）：", "统计截止日期：    年  月  日"],
    villages: VILLAGES,
    totals: true,
    cols: [
      L("村居名称", "v_name", "text"),
      L("户籍人口（人）", "v_pop_hj", "integer", "人"),
      L("应参保（人）", "v_med_should", "integer", "人"),
      L("已参保（人）", "v_med_insured", "integer", "人"),
      L("本周新增参保（人）", "w_med_new", "integer", "人"),
      L("参保率（%）", "v_med_rate", "decimal", "%", { rate: ["v_med_insured", "v_med_should"] }),
    ],
    notes: ["注：集中参保期间每周五12时前报送区医保局。"],
    footer: true,
  },
  // 26 区退役军人事务局 · 退役军人信息采集（年报）
  {
    kind: "columns",
    file: "区退役军人事务局/退役军人信息采集表.xlsx",
    sheet: "采集表",
    title: "______镇（街道）退役军人信息采集表",
    dept: "区退役军人事务局",
    freq: "annual",
    meta: ["填报单位（盖章）：", "填报日期：    年  月  日"],
    cols: [
      L("村（社区）", "v_name", "text"),
      L("姓名", "p_name", "text"),
      L("性别", "p_sex", "choice", null, { list: SEX }),
      L("出生日期", "p_birth", "date"),
      L("公民身份号码", "p_idno", "idcard"),
      L("入伍时间", "p_enlist_date", "date"),
      L("退役时间", "p_discharge_date", "date"),
      L("退役方式", "p_discharge_mode", "choice", null, { list: ["退休", "转业", "复员", "退伍"] }),
      L("户籍地址", "p_hj_addr", "text"),
      L("现居住地址", "p_cur_addr", "text"),
      L("手机号码", "p_phone", "phone"),
    ],
    remark: true,
    blankRows: 12,
    notes: ["注：本表每年1月底前报区退役军人事务局，信息变化随时更新。"],
    footer: true,
  },
  // 27 区退役军人事务局 · 光荣牌悬挂（不定期；不在部门文件夹；部分被 26 覆盖）
  {
    kind: "columns",
    file: "光荣牌悬挂情况登记表.xlsx",
    sheet: "Sheet1",
    title: "光荣牌悬挂情况登记表",
    dept: "区退役军人事务局",
    freq: "adhoc",
    meta: ["填报单位："],
    cols: [
      L("所在村（社区）", "v_name", "text"),
      L("退役军人姓名", "p_name", "text"),
      L("身份证号码", "p_idno", "idcard"),
      L("居住地址", "p_cur_addr", "text"),
      L("悬挂日期", "p_plaque_date", "date"),
      L("联系方式", "p_phone", "phone"),
    ],
    remark: true,
    blankRows: 10,
    footer: true,
  },
  // 28 区妇联 · 两癌筛查登记（季报；筛查项目作限定的分组）
  {
    kind: "columns",
    file: "区妇联/农村适龄妇女两癌筛查登记表.xlsx",
    sheet: "登记表",
    title: "2026年第  季度农村适龄妇女“两癌”筛查登记表",
    dept: "区妇联",
    freq: "quarterly",
    meta: ["填报单位（盖章）：", "填报日期：    年  月  日"],
    cols: [
      L("所在村", "v_name", "text"),
      L("姓名", "p_name", "text"),
      L("年龄（周岁）", "p_age", "integer", "岁"),
      L("身份证号码", "p_idno", "idcard"),
      L("手机号", "p_phone", "phone"),
      G("宫颈癌筛查", L("筛查日期", "p_cx_date", "date"), L("筛查结果", "p_cx_result", "choice", null, { list: ["未见异常", "异常需随访", "疑似病变"] })),
      G("乳腺癌筛查", L("筛查日期", "p_br_date", "date"), L("筛查结果", "p_br_result", "choice", null, { list: ["未见异常", "异常需随访", "疑似病变"] })),
    ],
    remark: true,
    blankRows: 12,
    notes: ["注：本表每季度末月25日前报区妇联。"],
    footer: true,
  },
  // 29 区妇联 · 两癌筛查进度（季报，表格交叉）
  {
    kind: "grid",
    file: "区妇联/两癌筛查工作进度统计表.xlsx",
    sheet: "Sheet1",
    title: "2026年第  季度“两癌”筛查工作进度统计表",
    dept: "区妇联",
    freq: "quarterly",
    meta: ["填报单位（盖章）："],
    rowHeader: "筛查项目",
    cols: [L("年度任务数（人）", "-", "integer"), L("本季度完成（人）", "-", "integer"), L("累计完成（人）", "-", "integer"), L("完成率（%）", "-", "decimal")],
    rows: [
      { t: "宫颈癌筛查", els: ["g_cx_task", "g_cx_done_q", "g_cx_done_cum", "g_cx_rate"] },
      { t: "乳腺癌筛查", els: ["g_br_task", "g_br_done_q", "g_br_done_cum", "g_br_rate"] },
    ],
    types: ["integer", "integer", "integer", "decimal"],
    units: ["人", "人", "人", "%"],
    notes: ["注：本表每季度末月25日前报区妇联。"],
    footer: true,
  },
  // 30 区关工委 · 组织建设情况（年报，三行表头，主任是村的角色，“五老”其中项）
  {
    kind: "columns",
    file: "区关工委/村（社区）关工委组织建设情况表.xlsx",
    sheet: "Sheet1",
    title: "2025年度村（社区）关工委组织建设情况表",
    dept: "区关工委",
    freq: "annual",
    meta: ["填报单位（盖章）："],
    villages: VILLAGES,
    totals: true,
    cols: [
      L("村（社区）名称", "v_name", "text"),
      G("关工委主任", L("姓名", "v_ggw_head_name", "text"), L("联系方式", "v_ggw_head_phone", "phone")),
      G(
        "“五老”人数（人）",
        L("合计", "v_wulao", "integer", "人"),
        G("其中", L("老干部", "v_wulao_cadre", "integer", "人"), L("老战士", "v_wulao_soldier", "integer", "人"), L("老专家", "v_wulao_expert", "integer", "人"), L("老教师", "v_wulao_teacher", "integer", "人"), L("老模范", "v_wulao_model", "integer", "人")),
      ),
      L("结对关爱留守儿童（人）", "v_left_children_cared", "integer", "人"),
    ],
    remark: true,
    notes: ["注：本表次年1月15日前报区关工委。"],
    footer: true,
  },
  // 31 区民宗局 · 宗教活动场所登记（年报；负责人是场所的角色）
  {
    kind: "columns",
    file: "区民宗局/宗教活动场所基本情况登记表.xlsx",
    sheet: "登记表",
    title: "宗教活动场所基本情况登记表",
    dept: "区民宗局",
    freq: "annual",
    meta: ["填报单位（盖章）：", "填报日期：    年  月  日"],
    cols: [
      L("所在村（社区）", "v_name", "text"),
      L("场所名称", "r_site", "text"),
      L("宗教类别", "r_religion", "choice", null, { list: ["佛教", "道教", "伊斯兰教", "天主教", "基督教"] }),
      L("登记证编号", "r_cert", "text"),
      L("建筑面积（㎡）", "r_area", "decimal", "平方米"),
      G("负责人", L("姓名", "r_head_name", "text"), L("身份证号码", "r_head_idno", "idcard"), L("手机号码", "r_head_phone", "phone")),
      L("常驻教职人员（人）", "r_clergy", "integer", "人"),
    ],
    remark: true,
    blankRows: 8,
    notes: ["注：本表每年12月20日前报区民宗局。"],
    footer: true,
  },
  // 32 区民宗局 · 负责人名单（不定期；不在清单、不在文件夹；完全被 31 覆盖）
  {
    kind: "columns",
    file: "宗教活动场所负责人名单.xlsx",
    sheet: "Sheet1",
    title: "宗教活动场所负责人名单",
    dept: "区民宗局",
    freq: "adhoc",
    inCatalog: false,
    meta: ["填报单位："],
    cols: [L("场所名称", "r_site", "text"), L("宗教类别", "r_religion", "choice", null, { list: ["佛教", "道教", "伊斯兰教", "天主教", "基督教"] }), L("负责人姓名", "r_head_name", "text"), L("负责人联系电话", "r_head_phone", "phone")],
    blankRows: 6,
    notes: ["注：负责人变更后请及时报区民宗局备案。"],
  },
  // 33 区统计局 · 人口抽样调查（年报；一个工作簿三张表：调查小区 / 按户 / 按人）
  {
    kind: "columns",
    file: "区统计局/人口变动抽样调查登记表.xlsx",
    sheet: "调查小区",
    title: "2026年人口变动抽样调查小区情况表",
    dept: "区统计局",
    freq: "annual",
    meta: ["填报单位（盖章）："],
    cols: [
      L("所在村（社区）", "v_name", "text"),
      L("调查小区编码", "a_code", "text"),
      G("调查员", L("姓名", "a_enum_name", "text"), L("手机号", "a_enum_phone", "phone")),
      L("小区内住户数（户）", "a_hh", "integer", "户"),
    ],
    blankRows: 4,
    more: [
      {
        kind: "columns",
        file: "区统计局/人口变动抽样调查登记表.xlsx",
        sheet: "按户登记",
        title: "人口变动抽样调查按户登记表",
        dept: "区统计局",
        freq: "annual",
        cols: [
          L("户编号", "h_no", "text"),
          L("户主", "p_head_name", "text"),
          L("本户人数（人）", "p_hh_size", "integer", "人"),
          L("住房建筑面积（平方米）", "h_house_area", "decimal", "平方米"),
          L("联系电话", "p_phone", "phone"),
        ],
        blankRows: 10,
      },
      {
        kind: "columns",
        file: "区统计局/人口变动抽样调查登记表.xlsx",
        sheet: "按人登记",
        title: "人口变动抽样调查按人登记表",
        dept: "区统计局",
        freq: "annual",
        cols: [
          L("户编号", "h_no", "text"),
          L("姓名", "p_name", "text"),
          L("与户主关系", "p_relation", "choice", null, { list: ["户主", "配偶", "子女", "父母", "岳父母或公婆", "祖父母", "孙子女", "兄弟姐妹", "其他"] }),
          L("性别", "p_sex", "choice", null, { list: SEX }),
          L("出生年月", "p_birth", "date"),
          L("公民身份号码", "p_idno", "idcard"),
          L("民族", "p_ethnic", "choice", null, { list: ETHNIC }),
          L("受教育程度", "p_edu", "choice", null, { list: EDU }),
          L("户口登记地", "p_hj_place", "choice", null, { list: ["本村（居）委会", "本乡（镇、街道）其他村（居）委会", "本县（市、区）其他乡（镇、街道）", "其他县（市、区）", "户口待定"] }),
        ],
        blankRows: 20,
      },
    ],
    notes: ["注：本表由调查员入户登记，11月15日前报区统计局。"],
  },
  // 34 区统计局 · 户籍人口变动（季报，指标行，左右两栏，统计表头）
  {
    kind: "indicator",
    file: "区统计局/户籍人口变动情况季报表.xlsx",
    sheet: "季报",
    title: "2026年第  季度户籍人口变动情况季报表",
    dept: "区统计局",
    freq: "quarterly",
    stat: "X统人03表",
    meta: ["填报单位（盖章）："],
    headers: ["指标名称", "计量单位", "代码", "数量"],
    panels: [
      [I("期初户籍户数", "q_hh_start", "integer", "户"), I("期初户籍人口", "q_pop_start", "integer", "人"), I("本期出生人口", "q_births", "integer", "人"), I("本期死亡人口", "q_deaths", "integer", "人")],
      [I("本期迁入人口", "q_in", "integer", "人"), I("本期迁出人口", "q_out", "integer", "人"), I("期末户籍户数", "v_hh", "integer", "户"), I("期末户籍人口", "v_pop_hj", "integer", "人")],
    ],
    notes: ["注：本表由村（社区）填报，季后5日内报区统计局。"],
    footer: true,
  },
  // 35 区统计局 · 村（社区）基本情况年报（年报，统计表头，代码行，合计公式；完全被 5 + 34 覆盖）
  {
    kind: "columns",
    file: "区统计局/村（社区）基本情况年报表.xlsx",
    sheet: "Sheet1",
    title: "2025年村（社区）基本情况年报表",
    dept: "区统计局",
    freq: "annual",
    stat: "X统基01表",
    meta: ["填报单位（盖章）："],
    codeRow: true,
    villages: VILLAGES,
    totals: true,
    cols: [L("村（社区）名称", "v_name", "text"), L("户籍户数（户）", "v_hh", "integer", "户"), L("户籍人口（人）", "v_pop_hj", "integer", "人"), L("常住人口（人）", "v_pop_cz", "integer", "人")],
    notes: ["注：本表次年1月20日前报区统计局。"],
    footer: true,
  },
  // 36 区林业局 · 森林防火责任人（年报；防火责任人是村的角色，护林员人数是村的计数）
  {
    kind: "columns",
    file: "区林业局/森林防火村级责任人信息表.xlsx",
    sheet: "Sheet1",
    title: "2026年森林防火村级责任人信息表",
    dept: "区林业局",
    freq: "annual",
    meta: ["填报单位（盖章）：", "填报日期：    年  月  日"],
    villages: VILLAGES,
    cols: [
      L("村（社区）", "v_name", "text"),
      G("防火责任人", L("姓名", "v_fire_resp_name", "text"), L("职务", "v_fire_resp_post", "text"), L("手机号", "v_fire_resp_phone", "phone")),
      L("护林员人数（人）", "v_rangers", "integer", "人"),
      L("林地面积（公顷）", "v_forest_area", "decimal", "公顷"),
    ],
    remark: true,
    notes: ["注：本表每年1月底前报区林业局。"],
    footer: true,
  },
];

const ELEMENT_NAMES: Record<string, string> = {
  v_name: "村（社区）名称", p_name: "姓名", p_sex: "性别", p_idno: "公民身份号码", p_phone: "联系电话", p_birth: "出生日期",
  p_age: "年龄", p_ethnic: "民族", p_political: "政治面貌", p_edu: "文化程度", p_post: "职务", p_cur_addr: "现居住地址",
  p_hj_addr: "户籍地址", p_head_name: "户主姓名", p_hh_size: "家庭人口数", v_hh: "户籍户数", v_pop_hj: "户籍人口",
  v_pop_cz: "常住人口", p_disab_type: "残疾类别", p_relation: "与户主关系",
};
// ───────────────────────────── writers ─────────────────────────────

const COL = (c: number) => {
  let s = "";
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
const A1 = (r: number, c: number) => `${COL(c)}${r}`;
const squash = (s: string) => s.replace(/\s+/g, "");

interface Ctx {
  wb: ExcelJS.Workbook;
  ws: ExcelJS.Worksheet;
  spec: Spec;
  gold: GoldField[];
  dict?: ExcelJS.Worksheet;
  dictCols: number;
}

const thin: Partial<ExcelJS.Borders> = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };

function headerCell(ws: ExcelJS.Worksheet, r: number, c: number, text: string, vertical = false) {
  const cell = ws.getCell(r, c);
  cell.value = text;
  cell.font = { bold: true, name: "宋体", size: 10 };
  cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true, ...(vertical ? { textRotation: "vertical" as const } : {}) };
  cell.border = thin;
}

function merge(ws: ExcelJS.Worksheet, r1: number, c1: number, r2: number, c2: number) {
  if (r1 !== r2 || c1 !== c2) ws.mergeCells(r1, c1, r2, c2);
}

/** Title, 附件N, statistical block, meta row; returns the next free row. */
function writeTop(ctx: Ctx, width: number): number {
  const { ws, spec } = ctx;
  let r = 1;
  if (spec.attach) ws.getCell(r++, 1).value = spec.attach;
  ws.getCell(r, 1).value = spec.title;
  ws.getCell(r, 1).font = { bold: true, size: 16, name: "方正小标宋简体" };
  ws.getCell(r, 1).alignment = { horizontal: "center" };
  merge(ws, r, 1, r, width);
  r++;
  if (spec.stat) {
    const sc = Math.max(2, width - 2);
    for (const line of STAT(spec.dept, spec.stat)) {
      ws.getCell(r, sc).value = line;
      merge(ws, r, sc, r, width);
      r++;
    }
  }
  if (spec.meta?.length) {
    const n = spec.meta.length;
    spec.meta.forEach((text, i) => {
      const c = i === 0 ? 1 : Math.max(i + 1, Math.round(1 + (i * (width - 1)) / Math.max(n - 1, 1)) - (i === n - 1 ? 1 : 0));
      ws.getCell(r, Math.min(c, width)).value = text;
    });
    r++;
  }
  return r;
}

function writeBottom(ctx: Ctx, r: number, width: number) {
  const { ws, spec } = ctx;
  r++;
  const lines = [...(spec.footer ? [FOOTER] : []), ...(spec.notes ?? [])];
  for (const line of lines) {
    ws.getCell(r, 1).value = line;
    ws.getCell(r, 1).alignment = { wrapText: true, vertical: "top" };
    merge(ws, r, 1, r, width);
    r++;
  }
}

function dictFormula(ctx: Ctx, list: string[]): string {
  if (!ctx.dict) return `"${list.join(",")}"`;
  const c = ++ctx.dictCols;
  list.forEach((v, i) => (ctx.dict!.getCell(i + 1, c).value = v));
  return `字典!$${COL(c)}$1:$${COL(c)}$${list.length}`;
}

function addValidation(ctx: Ctx, c: number, r1: number, r2: number, list: string[]) {
  const formula = dictFormula(ctx, list);
  for (let r = r1; r <= r2; r++) {
    ctx.ws.getCell(r, c).dataValidation = { type: "list", allowBlank: true, formulae: [formula], showErrorMessage: true, errorTitle: "输入错误", error: "请从下拉列表中选择" };
  }
}

function leafCount(c: Col): number {
  return isGroup(c) ? c.kids.reduce((s, k) => s + leafCount(k), 0) : 1;
}
function depth(c: Col): number {
  return isGroup(c) ? 1 + Math.max(...c.kids.map(depth)) : 1;
}
function leaves(cols: Col[]): Leaf[] {
  return cols.flatMap((c) => (isGroup(c) ? leaves(c.kids) : [c]));
}

/** Writes a header tree at (top, c0); returns leaf placements. */
function writeHeaderTree(ws: ExcelJS.Worksheet, cols: Col[], top: number, bottom: number, c0: number, blankMiddle: boolean) {
  const out: { leaf: Leaf; r: number; c: number; path: string[] }[] = [];
  const place = (list: Col[], r: number, c: number, path: string[]) => {
    for (const col of list) {
      if (isGroup(col)) {
        const w = leafCount(col);
        headerCell(ws, r, c, col.t);
        merge(ws, r, c, r, c + w - 1);
        const next = blankMiddle && r === top ? r + 2 : r + 1;
        place(col.kids, next, c, [...path, col.t]);
        c += w;
      } else {
        headerCell(ws, r, c, col.t);
        merge(ws, r, c, bottom, c);
        out.push({ leaf: col, r, c, path: [...path, col.t] });
        c++;
      }
    }
  };
  place(cols, top, c0, []);
  return out;
}

function writeColumns(ctx: Ctx, spec: ColumnsSpec) {
  const { ws } = ctx;
  const serial = spec.serial !== false;
  const allCols: Col[] = [...spec.cols, ...(spec.remark ? [L("备注", `remark:${spec.file}`, "text")] : [])];
  const width = (serial ? 1 : 0) + allCols.reduce((s, c) => s + leafCount(c), 0);
  let r = writeTop(ctx, width);
  const d = Math.max(...allCols.map(depth));
  const top = r;
  const bottom = top + d - 1;
  if (serial) {
    headerCell(ws, top, 1, "序号");
    merge(ws, top, 1, bottom, 1);
  }
  const c0 = serial ? 2 : 1;
  const placed = writeHeaderTree(ws, allCols, top, bottom, c0, false);
  for (const p of placed) {
    ctx.gold.push({ ref: `${spec.file}#${spec.sheet}!${A1(p.r, p.c)}`, label: p.leaf.t, path: p.path, element: p.leaf.el, type: p.leaf.type, unit: p.leaf.unit ?? null });
    ws.getColumn(p.c).width = Math.max(8, Math.min(24, squash(p.leaf.t).length * 2 + 2));
  }
  r = bottom + 1;
  if (spec.codeRow) {
    if (serial) ws.getCell(r, 1).value = "甲";
    placed.forEach((p, i) => (ws.getCell(r, p.c).value = i === 0 ? "乙" : String(i)));
    r++;
  }
  if (spec.exampleRow) {
    if (serial) ws.getCell(r, 1).value = "示例";
    for (const p of placed) if (p.leaf.example !== undefined) ws.getCell(r, p.c).value = p.leaf.example;
    r++;
  }
  const firstData = r;
  const colOf = (el: string) => placed.find((p) => p.leaf.el === el)!.c;
  const rateFormula = (leaf: Leaf, row: number) => `IFERROR(ROUND(${COL(colOf(leaf.rate![0]))}${row}/${COL(colOf(leaf.rate![1]))}${row}*100,2),"")`;
  if (spec.villages) {
    spec.villages.forEach((v, i) => {
      if (serial) ws.getCell(r, 1).value = i + 1;
      ws.getCell(r, placed[0].c).value = v;
      for (const p of placed) if (p.leaf.rate) ws.getCell(r, p.c).value = { formula: rateFormula(p.leaf, r), result: "" };
      for (let c = 1; c <= width; c++) ws.getCell(r, c).border = thin;
      r++;
    });
    if (spec.totals) {
      ws.getCell(r, placed[0].c).value = "合计";
      for (const p of placed) {
        if (p.leaf.rate) ws.getCell(r, p.c).value = { formula: rateFormula(p.leaf, r), result: "" };
        else if (p.leaf.type === "integer" || p.leaf.type === "decimal") ws.getCell(r, p.c).value = { formula: `SUM(${COL(p.c)}${firstData}:${COL(p.c)}${r - 1})`, result: 0 };
      }
      for (let c = 1; c <= width; c++) ws.getCell(r, c).border = thin;
      r++;
    }
  } else {
    for (let i = 0; i < (spec.blankRows ?? 10); i++) {
      for (let c = 1; c <= width; c++) ws.getCell(r, c).border = thin;
      r++;
    }
  }
  for (const p of placed) if (p.leaf.list) addValidation(ctx, p.c, firstData, r - 1, p.leaf.list);
  writeBottom(ctx, r, width);
}

function writeIndicator(ctx: Ctx, spec: IndicatorSpec) {
  const { ws } = ctx;
  const panelWidth = 4;
  const width = spec.panels.length * panelWidth + (spec.remark ? 1 : 0);
  let r = writeTop(ctx, width);
  const top = r;
  spec.panels.forEach((_, i) => spec.headers.forEach((h, j) => headerCell(ws, top, i * panelWidth + 1 + j, h)));
  if (spec.remark) {
    headerCell(ws, top, width, "备注");
    ctx.gold.push({ ref: `${spec.file}#${spec.sheet}!${A1(top, width)}`, label: "备注", path: ["备注"], element: `remark:${spec.file}`, type: "text", unit: null });
  }
  r = top + 1;
  if (spec.codeRow) {
    spec.panels.forEach((_, i) => ["甲", "乙", "丙", "1"].forEach((t, j) => (ws.getCell(r, i * panelWidth + 1 + j).value = t)));
    r++;
  }
  const first = r;
  let maxRow = r;
  spec.panels.forEach((panel, i) => {
    const c = i * panelWidth + 1;
    let row = first;
    let code = 1 + spec.panels.slice(0, i).reduce((s, p) => s + p.reduce((n, x) => n + ("cat" in x ? x.items.length : 1), 0), 0);
    const item = (it: IndItem, cat: string | null) => {
      ws.getCell(row, c).value = it.t;
      ws.getCell(row, c + 1).value = it.unit;
      ws.getCell(row, c + 2).value = String(code++).padStart(2, "0");
      ctx.gold.push({ ref: `${spec.file}#${spec.sheet}!${A1(row, c)}`, label: it.t, path: cat ? [cat, it.t] : [it.t], element: it.el, type: it.type, unit: it.unit });
      row++;
    };
    for (const x of panel) {
      if ("cat" in x) {
        ws.getCell(row, c).value = x.cat;
        ws.getCell(row, c + 1).value = "—";
        ws.getCell(row, c + 3).value = "—";
        row++;
        for (const it of x.items) item(it, x.cat);
      } else item(x, null);
    }
    maxRow = Math.max(maxRow, row);
  });
  for (let rr = top; rr < maxRow; rr++) for (let cc = 1; cc <= width; cc++) ws.getCell(rr, cc).border = thin;
  ws.getColumn(1).width = 30;
  if (spec.panels.length > 1) ws.getColumn(panelWidth + 1).width = 30;
  writeBottom(ctx, maxRow, width);
}

function writeGrid(ctx: Ctx, spec: GridSpec) {
  const { ws } = ctx;
  const allCols: Col[] = [...spec.cols, ...(spec.remark ? [L("备注", `remark:${spec.file}`, "text")] : [])];
  const width = 1 + allCols.reduce((s, c) => s + leafCount(c), 0);
  let r = writeTop(ctx, width);
  const d = Math.max(...allCols.map(depth));
  const top = r;
  const bottom = top + d - 1;
  headerCell(ws, top, 1, spec.rowHeader);
  merge(ws, top, 1, bottom, 1);
  const placed = writeHeaderTree(ws, allCols, top, bottom, 2, false);
  const valueCols = placed.filter((p) => !p.leaf.el.startsWith("remark:"));
  r = bottom + 1;
  for (const row of spec.rows) {
    ws.getCell(r, 1).value = row.t;
    valueCols.forEach((p, i) => {
      ctx.gold.push({
        ref: `${spec.file}#${spec.sheet}!${A1(r, p.c)}`,
        label: squash(row.t) + squash(p.leaf.t),
        path: [row.t, ...p.path],
        element: row.els[i],
        type: spec.types[i],
        unit: spec.units[i],
      });
    });
    r++;
  }
  for (const p of placed) {
    if (p.leaf.el.startsWith("remark:")) ctx.gold.push({ ref: `${spec.file}#${spec.sheet}!${A1(p.r, p.c)}`, label: "备注", path: ["备注"], element: p.leaf.el, type: "text", unit: null });
  }
  for (let rr = top; rr < r; rr++) for (let cc = 1; cc <= width; cc++) ws.getCell(rr, cc).border = thin;
  ws.getColumn(1).width = 22;
  writeBottom(ctx, r, width);
}

function writeSheet(wb: ExcelJS.Workbook, spec: Spec, gold: GoldField[]) {
  const ws = wb.addWorksheet(spec.sheet, { pageSetup: { orientation: "landscape", paperSize: 9 } });
  const ctx: Ctx = { wb, ws, spec, gold, dictCols: 0 };
  if (spec.kind === "columns" && spec.dropdownSheet) ctx.dict = wb.addWorksheet("字典", { state: "hidden" });
  if (spec.kind === "columns") writeColumns(ctx, spec);
  else if (spec.kind === "indicator") writeIndicator(ctx, spec);
  else writeGrid(ctx, spec);
}

async function writeSpec(spec: Spec): Promise<GoldField[]> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "OneForm blind corpus 2";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const gold: GoldField[] = [];
  writeSheet(wb, spec, gold);
  for (const more of spec.more ?? []) writeSheet(wb, more, gold);
  if (spec.instructions) {
    const help = wb.addWorksheet("填表说明");
    help.getCell(1, 1).value = `《${spec.title.replace(/_+/g, "")}》填表说明`;
    spec.instructions.forEach((t, j) => (help.getCell(j + 3, 1).value = t));
  }
  const file = path.join(FORMS, spec.file);
  await mkdir(path.dirname(file), { recursive: true });
  await wb.xlsx.writeFile(file);
  return gold;
}
// ───────────────────────────── catalog, retirement, gold.json ─────────────────────────────

const FREQ_WORD: Record<Freq, string> = { daily: "日报", weekly: "周报", monthly: "月报", quarterly: "季报", semiannual: "半年报", annual: "年报", adhoc: "不定期" };
const FREQ_RANK: Record<Freq, number> = { daily: 7, weekly: 6, monthly: 5, quarterly: 4, semiannual: 3, annual: 2, adhoc: 1 };

async function writeCatalog() {
  const wb = new ExcelJS.Workbook();
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const ws = wb.addWorksheet("报表清单");
  ws.addRow(["序号", "文件名", "报表名称", "主管部门", "填报频次", "填报对象"]);
  let n = 1;
  for (const s of SPECS) {
    if (s.inCatalog === false) continue;
    const base = s.file.split("/").pop()!;
    const name = s.title.replace(/^_+镇（街道）/, "").replace(/^XX镇/, "").replace(/\d{4}年(度|第.季度|上半年|  月|第  季度)?/, "").replace(/（[^）]*月）$/, "");
    ws.addRow([n++, base, name, s.dept, FREQ_WORD[s.freq], "村和社区"]);
  }
  // Listed but not delivered with this batch.
  ws.addRow([n, "农村户厕改造情况统计表.xlsx", "农村户厕改造情况统计表", "区农业农村局", "季报", "村和社区"]);
  await wb.xlsx.writeFile(path.join(ROOT, "报表清单.xlsx"));
}

function retirement(fields: GoldField[]) {
  const freqOf = new Map(SPECS.map((s) => [s.file, s.freq]));
  const elsOf = new Map<string, Set<string>>();
  for (const f of fields) {
    if (f.element.startsWith("remark:")) continue;
    const file = f.ref.split("#")[0];
    (elsOf.get(file) ?? elsOf.set(file, new Set()).get(file)!).add(f.element);
  }
  const full: string[] = [];
  const partial: string[] = [];
  const coverage: Record<string, number> = {};
  const coveredBy: Record<string, string[]> = {};
  for (const [file, els] of elsOf) {
    const others = [...elsOf].filter(([o]) => o !== file && FREQ_RANK[freqOf.get(o)!] >= FREQ_RANK[freqOf.get(file)!]);
    let covered = 0;
    const by = new Set<string>();
    for (const el of els) {
      const hit = others.filter(([, e]) => e.has(el)).map(([o]) => o);
      if (hit.length) covered++;
      hit.forEach((h) => by.add(h));
    }
    const cov = Math.round((covered / els.size) * 10000) / 10000;
    coverage[file] = cov;
    if (cov === 1) full.push(file);
    else if (cov >= 0.8) partial.push(file);
    if (cov >= 0.8) coveredBy[file] = [...by].sort();
  }
  return { full, partial, coverage, coveredBy };
}

async function main() {
  await rm(FORMS, { recursive: true, force: true });
  const fields: GoldField[] = [];
  for (const spec of SPECS) fields.push(...(await writeSpec(spec)));
  await writeCatalog();
  const elements = [...new Set(fields.map((f) => f.element))].sort().map((id) => ({
    id,
    name: id.startsWith("remark:") ? "备注" : (ELEMENT_NAMES[id] ?? fields.find((f) => f.element === id)!.path.join("")),
  }));
  const gold = {
    corpus: "blind2",
    formsDir: "forms",
    catalog: "报表清单.xlsx",
    forms: SPECS.map((s) => ({ file: s.file, title: s.title, department: s.dept, frequency: s.freq, layout: (s.kind === "indicator" ? "indicator-rows" : s.kind) as Layout })),
    fields,
    elements,
    retirement: retirement(fields),
  };
  await writeFile(path.join(ROOT, "gold.json"), `${JSON.stringify(gold, null, 1)}\n`);
  process.stderr.write(`wrote ${SPECS.length} templates, ${fields.length} gold fields, ${elements.length} elements; full=${gold.retirement.full.length} partial=${gold.retirement.partial.length}\n`);
}

await main();
