/**
 * Held-out corpus for the dedup pipeline: 26 templates from departments, topics and wordings that are NOT in the
 * development benchmark (../shared/bench/dedup-dev), with the gold labels written by hand next to each header.
 *
 *   npx tsx tests/heldout/build-corpus.ts           → tests/heldout/forms/**.xlsx, 报表清单.xlsx, gold.json
 *   npx tsx tests/heldout/build-corpus.ts --blind   → tests/heldout/blind/… (8 templates, never tuned on)
 *
 * Deterministic: same script, same bytes in gold.json (xlsx files carry a fixed creation date).
 * Gold conventions follow ../shared/bench/README.md (what is a field, element, type, unit, retirement).
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";

type FieldType = "text" | "integer" | "decimal" | "date" | "boolean" | "choice" | "idcard" | "phone";
type Freq = "daily" | "weekly" | "monthly" | "quarterly" | "semiannual" | "annual" | "adhoc";
type Layout = "columns" | "indicator-rows" | "grid";

const BLIND = process.argv.includes("--blind");
const ROOT = path.join(path.resolve(import.meta.dirname), BLIND ? "blind" : "");
const FORMS = path.join(ROOT, "forms");
const FIXED_DATE = new Date("2026-03-01T00:00:00Z");

// ───────────────────────────── spec types ─────────────────────────────

interface Leaf {
  t: string;
  el: string;
  type: FieldType;
  unit?: string | null;
  /** Dropdown options (data validation on the data rows). */
  list?: string[];
  vertical?: boolean;
  example?: string | number;
  /** Unit shown in a separate 单位 row (columns layout). */
  unitRow?: string;
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
  /** false: not listed in the catalog (department/frequency must be read from the template). */
  inCatalog?: boolean;
  attach?: string;
  /** Meta row cells, left to right (填报单位、填报日期、金额单位 …). */
  meta?: string[];
  /** Official statistics block (表号/制定机关/批准文号/有效期至) at the top right. */
  stat?: string;
  notes?: string[];
  footer?: boolean;
  instructions?: string[];
}
interface ColumnsSpec extends Base {
  kind: "columns";
  cols: Col[];
  serial?: boolean;
  remark?: boolean;
  codeRow?: boolean;
  villages?: string[];
  blankRows?: number;
  exampleRow?: boolean;
  unitRow?: boolean;
  blankMiddle?: boolean;
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
  rows: { t: string; els: string[]; units?: (string | null)[] }[];
  /** Type per leaf column. */
  types: FieldType[];
  /** Unit per leaf column when not written in brackets (from a 单位： note). */
  units: (string | null)[];
  remark?: boolean;
}
type Spec = ColumnsSpec | IndicatorSpec | GridSpec;

const I = (t: string, el: string, type: FieldType, unit: string): IndItem => ({ t, el, type, unit });

// ───────────────────────────── gold ─────────────────────────────

interface GoldField {
  ref: string;
  label: string;
  path: string[];
  element: string;
  type: FieldType;
  unit: string | null;
}

const FOOTER = "单位负责人：            统计负责人：            填表人：            联系电话：            报出日期：";
const STAT = (dept: string, no: string) => [`表    号：${no}`, `制定机关：${dept}`, "批准文号：X统制〔2025〕31号", "有效期至：2028年12月"];

// ───────────────────────────── the 25 templates ─────────────────────────────

const SEX = ["男", "女"];
const EDU = ["研究生", "大学本科", "大学专科", "中专/高中", "初中", "小学及以下"];
const POLITICAL = ["中共党员", "中共预备党员", "共青团员", "群众", "民主党派"];
const HANDLE = ["已处置", "处置中", "已上报"];

const MAIN_SPECS: Spec[] = [
  // 1 区水利局 · 河长制巡河记录（月报，花名册型台账，三行表头中间空行，工作表名含空格，隐藏下拉页）
  {
    kind: "columns",
    file: "区水利局/河长制村级巡河记录台账.xlsx",
    sheet: "巡河 台账",
    title: "______镇（街道）河长制村级巡河记录台账（2026年  月）",
    dept: "区水利局",
    freq: "monthly",
    meta: ["填报单位（盖章）：", "填报时间：    年  月  日"],
    blankMiddle: true,
    dropdownSheet: true,
    cols: [
      L("村（社区）", "v_name", "text"),
      L("河（湖）名称", "p_river_name", "text"),
      G("村级河长", L("姓名", "p_river_chief_name", "text"), L("联系电话", "p_river_chief_phone", "phone")),
      L("巡河日期", "p_patrol_date", "date"),
      L("巡河里程（公里）", "p_patrol_km", "decimal", "公里"),
      L("发现问题", "p_problem_desc", "text"),
      L("处理情况", "p_handle_status", "choice", null, { list: HANDLE }),
    ],
    remark: true,
    blankRows: 12,
    notes: ["注：1.村级河长每月巡河不少于2次，每次巡河均需登记；2.本表每月3日前报送镇（街道）河长办，汇总后报区水利局。"],
    footer: true,
  },
  // 2 区水利局 · 河湖管护情况月报（指标行，统计表头，代码行，分类行）
  {
    kind: "indicator",
    file: "区水利局/河湖管护工作情况月报表.xlsx",
    sheet: "Sheet1",
    title: "2026年  月河湖管护工作情况月报表",
    dept: "区水利局",
    freq: "monthly",
    stat: "水管01表",
    meta: ["填报单位（盖章）：", "统计时段：2026年  月"],
    headers: ["指标名称", "计量单位", "代码", "本期数"],
    codeRow: true,
    panels: [
      [
        { cat: "一、河湖基本情况", items: [I("1.辖区河道条数", "v_rivers", "integer", "条"), I("2.河道总长度", "v_river_len", "decimal", "公里")] },
        { cat: "二、本月巡河情况", items: [I("1.巡河次数", "v_patrol_m", "integer", "次"), I("2.发现问题数", "v_problem_m", "integer", "个"), I("其中：已整改", "v_problem_fixed_m", "integer", "个")] },
        { cat: "三、本年累计", items: [I("1.巡河次数", "v_patrol_y", "integer", "次"), I("2.发现问题数", "v_problem_y", "integer", "个")] },
        I("四、村级河长人数", "v_river_chiefs", "integer", "人"),
      ],
    ],
    notes: ["注：本表由各村（社区）填报，每月3日前报送区水利局。"],
    footer: true,
  },
  // 3 区商务局 · 消费帮扶（指标行，左右两栏）
  {
    kind: "indicator",
    file: "区商务局/消费帮扶工作进展情况统计表.xlsx",
    sheet: "统计表",
    title: "XX镇2026年  月消费帮扶工作进展情况统计表",
    dept: "区商务局",
    freq: "monthly",
    attach: "附件2",
    meta: ["填报单位：", "填报日期：    年  月  日"],
    headers: ["指标", "单位", "行次", "数量"],
    panels: [
      [
        { cat: "一、当月情况", items: [I("1.消费帮扶金额", "v_consume_amt_m", "decimal", "万元"), I("2.帮扶产品销售量", "v_consume_qty_m", "decimal", "吨"), I("3.带动脱贫户增收户数", "v_consume_hh_m", "integer", "户")] },
      ],
      [
        { cat: "二、年初至今累计", items: [I("1.消费帮扶金额", "v_consume_amt_y", "decimal", "万元"), I("2.帮扶产品销售量", "v_consume_qty_y", "decimal", "吨"), I("3.带动脱贫户增收户数", "v_consume_hh_y", "integer", "户")] },
      ],
    ],
    notes: ["注：本表每月5日前报送区商务局，数据以实际交易结算为准。"],
    footer: true,
  },
  // 4 区商务局 · 农村电商服务站点名录（年报）
  {
    kind: "columns",
    file: "区商务局/农村电商服务站点名录.xlsx",
    sheet: "站点名录",
    title: "2026年度农村电商服务站点名录",
    dept: "区商务局",
    freq: "annual",
    meta: ["填报单位（盖章）：", "联系人：", "填报日期：    年  月  日"],
    cols: [
      L("所在村", "v_name", "text"),
      L("站点名称", "p_station_name", "text"),
      G("站点负责人", L("姓  名", "p_owner_name", "text"), L("手机号码", "p_owner_phone", "phone")),
      L("统一社会信用代码（营业执照号）", "p_credit_code", "text"),
      L("年销售额（万元）", "p_station_sales", "decimal", "万元"),
      L("是否快递收发点", "p_express_point", "boolean", null, { list: ["是", "否"] }),
    ],
    remark: true,
    blankRows: 10,
    notes: ["注：本表由各村（社区）填报，每年12月20日前报送区商务局。"],
    footer: true,
  },
  // 5 区文旅广体局 · 村级文化活动（季报，每村一行，两级表头，代码行，预填村名和合计）
  {
    kind: "columns",
    file: "区文旅广体局/2026年第二季度村级文化活动开展情况统计表.xlsx",
    sheet: "Sheet1",
    title: "2026年第二季度村级文化活动开展情况统计表",
    dept: "区文旅广体局",
    freq: "quarterly",
    meta: ["填报单位（盖章）：", "报送日期：    年  月  日"],
    codeRow: true,
    villages: ["桃源村", "石门村", "新桥社区", "白鹤村", "荷花村"],
    cols: [
      L("村（社区）名称", "v_name", "text"),
      G("本季度", L("文化活动场次（场）", "v_culture_events_q", "integer", "场"), L("参与群众（人次）", "v_culture_people_q", "integer", "人次")),
      G("本年累计", L("文化活动场次（场）", "v_culture_events_y", "integer", "场"), L("参与群众（人次）", "v_culture_people_y", "integer", "人次")),
      L("农家书屋藏书量（册）", "v_books", "integer", "册"),
      L("业余文艺队伍（支）", "v_art_teams", "integer", "支"),
    ],
    remark: true,
    notes: ["注：1.本表由各村（社区）填报，每季度结束后10日内报送镇（街道）综合文化站；2.文化活动含广场舞、文艺汇演、送戏下乡等。"],
    footer: true,
  },
  // 6 区文旅广体局 · 全民健身设施（年报，网格：设施类型 × 数量/面积）
  {
    kind: "grid",
    file: "区文旅广体局/村级全民健身设施情况表.xlsx",
    sheet: "表1",
    title: "2025年度村级全民健身设施情况表",
    dept: "区文旅广体局",
    freq: "annual",
    meta: ["填报单位：", "填报日期：    年  月  日"],
    rowHeader: "设施类别",
    cols: [L("数量（个）", "", "integer", "个"), L("占地面积（平方米）", "", "decimal", "平方米"), L("其中：完好可用（个）", "", "integer", "个")],
    types: ["integer", "decimal", "integer"],
    units: ["个", "平方米", "个"],
    rows: [
      { t: "篮球场", els: ["g_court_n", "g_court_area", "g_court_ok"] },
      { t: "健身路径", els: ["g_path_n", "g_path_area", "g_path_ok"] },
      { t: "乒乓球台", els: ["g_pingpong_n", "g_pingpong_area", "g_pingpong_ok"] },
      { t: "门球场", els: ["g_gate_n", "g_gate_area", "g_gate_ok"] },
    ],
    remark: true,
    notes: ["注：本表每年12月底前报送区文旅广体局。"],
    footer: true,
  },
  // 7 区城管局 · 违法建设巡查处置台账（周报，示例行，内嵌下拉）
  {
    kind: "columns",
    file: "区城管局/违法建设巡查处置台账（周报）.xlsx",
    sheet: "台账",
    title: "______镇（街道）违法建设巡查处置台账",
    dept: "区城管局",
    freq: "weekly",
    meta: ["填报单位：", "统计时段：2026年  月  日至  月  日"],
    exampleRow: true,
    cols: [
      L("巡查日期", "p_insp_date", "date", null, { example: "2026-03-02" }),
      L("所在村（社区）", "v_name", "text", null, { example: "桃源村" }),
      G("当事人情况", L("姓名", "p_party_name", "text", null, { example: "张三" }), L("身份证件号码", "p_party_id", "idcard", null, { example: "430100198001011234" }), L("联系方式", "p_party_phone", "phone", null, { example: "13800000000" })),
      L("违建地点", "p_illegal_place", "text", null, { example: "桃源村3组" }),
      L("违建面积（㎡）", "p_illegal_area", "decimal", "平方米", { example: 120 }),
      L("建筑结构", "p_build_struct", "choice", null, { list: ["砖混", "钢结构", "彩钢棚", "其他"], example: "砖混" }),
      L("处置情况", "p_handle_status", "choice", null, { list: HANDLE, example: "已处置" }),
    ],
    remark: true,
    blankRows: 15,
    notes: ["注：每周一前报送区城管局，发现新增违建须当日报告。"],
    footer: true,
  },
  // 8 区生态环境局 · 秸秆禁烧日报（指标行，无代码列）
  {
    kind: "indicator",
    file: "区生态环境局/秸秆禁烧巡查工作日报表.xlsx",
    sheet: "日报",
    title: "2026年  月  日秸秆禁烧巡查工作日报表",
    dept: "区生态环境局",
    freq: "daily",
    meta: ["填报单位：", "填报人："],
    headers: ["项目", "计量单位", "序号", "当日数"],
    panels: [
      [
        I("一、当日出动巡查人员", "v_straw_patrol_d", "integer", "人次"),
        I("二、当日发现火点", "v_fire_found_d", "integer", "处"),
        I("三、当日扑灭火点", "v_fire_done_d", "integer", "处"),
        I("四、累计发现火点", "v_fire_found_y", "integer", "处"),
        I("五、宣传横幅（条）", "v_banners_d", "integer", "条"),
      ],
    ],
    notes: ["注：禁烧期间每日17时前报送区生态环境局。"],
    footer: true,
  },
  // 9 区生态环境局 · 秸秆综合利用（年报，每村一行，单独的“单位”行）
  {
    kind: "columns",
    file: "区生态环境局/秸秆综合利用情况统计表.xlsx",
    sheet: "Sheet1",
    title: "2025年度秸秆综合利用情况统计表",
    dept: "区生态环境局",
    freq: "annual",
    meta: ["填报单位（盖章）：", "填报日期：    年  月  日"],
    unitRow: true,
    villages: ["桃源村", "石门村", "白鹤村", "荷花村"],
    cols: [
      L("村（居）名称", "v_name", "text", null, { unitRow: "—" }),
      L("农作物播种面积", "v_sown_area", "decimal", "亩", { unitRow: "亩" }),
      L("秸秆产生量", "v_straw_output", "decimal", "吨", { unitRow: "吨" }),
      L("秸秆综合利用量", "v_straw_used", "decimal", "吨", { unitRow: "吨" }),
      L("综合利用率", "v_straw_rate", "decimal", "%", { unitRow: "%" }),
    ],
    remark: true,
    notes: ["注：本表由各村填报，次年1月15日前报送区生态环境局。"],
    footer: true,
  },
  // 10 区气象局 · 防汛责任人名册（年报；竖排文字；完全被村（社区）工作者花名册覆盖）
  {
    kind: "columns",
    file: "区气象局/气象灾害防御责任人及气象信息员名册.xlsx",
    sheet: "名册",
    title: "______镇（街道）2026年气象灾害防御责任人及气象信息员名册",
    dept: "区气象局",
    freq: "annual",
    meta: ["填报单位（盖章）：", "填报日期：    年  月  日"],
    cols: [
      L("村别", "v_name", "text"),
      L("姓  名", "p_name", "text"),
      L("性别", "p_sex", "choice", null, { vertical: true, list: SEX }),
      L("现任职务", "p_post", "text"),
      L("移动电话", "p_phone", "phone"),
    ],
    remark: true,
    blankRows: 10,
    notes: ["注：每村（社区）至少明确1名防汛责任人、1名气象信息员，每年4月1日前报送区气象局。"],
    footer: true,
  },
  // 11 区科协 · 科普活动（季报，网格：活动类别 × 本季度/本年累计 × 场次/人次；不在清单内）
  {
    kind: "grid",
    file: "区科协/2026年第一季度科普活动开展情况统计表.xlsx",
    sheet: "Sheet1",
    title: "2026年第一季度科普活动开展情况统计表",
    dept: "区科协",
    freq: "quarterly",
    inCatalog: false,
    meta: ["填报单位：", "单位：场、人次"],
    rowHeader: "活动类别",
    cols: [G("本季度", L("场次", "", "integer", "场"), L("参与人次", "", "integer", "人次")), G("本年累计", L("场次", "", "integer", "场"), L("参与人次", "", "integer", "人次"))],
    types: ["integer", "integer", "integer", "integer"],
    units: ["场", "人次", "场", "人次"],
    rows: [
      { t: "科普讲座", els: ["g_lecture_q", "g_lecture_p_q", "g_lecture_y", "g_lecture_p_y"] },
      { t: "科普展览", els: ["g_expo_q", "g_expo_p_q", "g_expo_y", "g_expo_p_y"] },
      { t: "农业实用技术培训", els: ["g_agtrain_q", "g_agtrain_p_q", "g_agtrain_y", "g_agtrain_p_y"] },
    ],
    notes: ["注：本表由各村（社区）填报，每季度末月25日前报送区科协。"],
    footer: true,
  },
  // 12 区科协 · 农村科普带头人（不定期；部分被覆盖）
  {
    kind: "columns",
    file: "区科协/农村科普带头人登记表.xlsx",
    sheet: "登记表",
    title: "农村科普带头人登记表",
    dept: "区科协",
    freq: "adhoc",
    meta: ["填报单位（盖章）：", "填报日期：    年  月  日"],
    cols: [
      L("姓名", "p_name", "text"),
      L("性别", "p_sex", "choice", null, { list: SEX }),
      L("出生年月", "p_birth", "date"),
      L("文化程度", "p_edu", "choice", null, { list: EDU }),
      L("政治面貌", "p_political", "choice", null, { list: POLITICAL }),
      L("从事产业", "p_industry", "text"),
      L("手机", "p_phone", "phone"),
      L("所在村（社区）", "v_name", "text"),
    ],
    remark: true,
    blankRows: 8,
    notes: ["注：人员发生变动后及时报送区科协。"],
    footer: true,
  },
  // 13 区总工会 · 困难职工档案（半年报，金额单位：千元，家庭信息组）
  {
    kind: "columns",
    file: "区总工会/困难职工帮扶档案登记表.xlsx",
    sheet: "Sheet1",
    title: "2026年上半年困难职工帮扶档案登记表",
    dept: "区总工会",
    freq: "semiannual",
    meta: ["填报单位（盖章）：", "金额单位：千元", "填报日期：    年  月  日"],
    cols: [
      L("姓名", "p_name", "text"),
      L("性别", "p_sex", "choice", null, { list: SEX }),
      L("身份证件号码", "p_idno", "idcard"),
      L("工作单位", "p_employer", "text"),
      L("困难类别", "p_hardship_type", "choice", null, { list: ["因病", "因残", "因学", "因灾", "其他"] }),
      G("家庭信息", L("户主", "p_head_name", "text"), L("家庭人口（人）", "p_hh_size", "integer", "人"), L("家庭年收入", "p_hh_income", "decimal", "千元"), L("家庭住址", "p_cur_addr", "text")),
      L("联系方式", "p_phone", "phone"),
      L("帮扶金额", "p_help_money", "decimal", "千元"),
    ],
    remark: true,
    blankRows: 10,
    notes: ["注：本表每年6月20日和12月20日前报送区总工会。"],
    footer: true,
  },
  // 14 区总工会 · 困难职工家庭情况摸底（不定期；完全被 13 覆盖）
  {
    kind: "columns",
    file: "困难职工家庭情况摸底表.xlsx",
    sheet: "摸底表",
    title: "困难职工家庭情况摸底表",
    dept: "区总工会",
    freq: "adhoc",
    meta: ["填报单位："],
    cols: [
      L("职工姓名", "p_name", "text"),
      L("居民身份证号", "p_idno", "idcard"),
      L("性  别", "p_sex", "choice", null, { list: SEX }),
      L("所在单位", "p_employer", "text"),
      L("户主姓名", "p_head_name", "text"),
      L("家庭人口数", "p_hh_size", "integer", "人"),
      L("现住址", "p_cur_addr", "text"),
      L("手机号码", "p_phone", "phone"),
    ],
    remark: true,
    blankRows: 8,
    notes: ["注：本表按通知要求报送区总工会。"],
    footer: true,
  },
  // 15 区团委 · 青年人才（不定期，填表说明页）
  {
    kind: "columns",
    file: "区团委/返乡青年人才信息登记表.xlsx",
    sheet: "登记表",
    title: "返乡青年人才信息登记表",
    dept: "区团委",
    freq: "adhoc",
    meta: ["填报单位（盖章）：", "填报日期：    年  月  日"],
    cols: [
      G("基本信息", L("姓名", "p_name", "text"), L("性别", "p_sex", "choice", null, { list: SEX }), L("出生年月", "p_birth", "date"), L("民族", "p_ethnic", "choice"), L("政治面貌", "p_political", "choice", null, { list: POLITICAL })),
      G("学历情况", L("最高学历", "p_edu", "choice", null, { list: EDU }), L("毕业院校", "p_grad_school", "text"), L("所学专业", "p_major", "text")),
      L("公民身份证号码", "p_idno", "idcard"),
      L("联系方式", "p_phone", "phone"),
      L("现居住地", "p_cur_addr", "text"),
      L("是否有返乡创业意向", "p_startup_intent", "boolean", null, { list: ["是", "否"] }),
    ],
    remark: true,
    blankRows: 10,
    instructions: ["1. 本表由村（社区）团组织负责填报。", "2. “出生年月”：按“年-月”格式填写，如1998-05。", "3. “最高学历”：从“研究生”、“大学本科”、“大学专科”等选项中选择填写。"],
    notes: ["注：本表不定期更新，人员变动后报送区团委。"],
    footer: true,
  },
  // 16 区税务局 · 城乡居民社保费（季报，每村一行，险种分组）
  {
    kind: "columns",
    file: "区税务局/城乡居民社会保险费征缴情况统计表.xlsx",
    sheet: "Sheet1",
    title: "2026年第  季度城乡居民社会保险费征缴情况统计表",
    dept: "区税务局",
    freq: "quarterly",
    stat: "税社03表",
    meta: ["填报单位（盖章）：", "金额单位：元"],
    villages: ["桃源村", "石门村", "新桥社区", "白鹤村"],
    cols: [
      L("村（社区）", "v_name", "text"),
      G("城乡居民基本养老保险", L("应缴费人数", "v_pension_due", "integer", "人"), L("已缴费人数", "v_pension_paid", "integer", "人"), L("缴费金额", "v_pension_amt", "decimal", "元")),
      G("城乡居民基本医疗保险", L("应缴费人数", "v_med_due", "integer", "人"), L("已缴费人数", "v_med_paid", "integer", "人"), L("缴费金额", "v_med_amt", "decimal", "元")),
    ],
    remark: true,
    notes: ["注：本表由各村（社区）协税员填报，每季度终了后10日内报送区税务局。"],
    footer: true,
  },
  // 17 区税务局 · 医保缴费进度（周报，不在清单内）
  {
    kind: "columns",
    file: "城乡居民医保缴费进度周报表.xlsx",
    sheet: "进度表",
    title: "2027年度城乡居民医保缴费进度周报表",
    dept: "区税务局",
    freq: "weekly",
    inCatalog: false,
    meta: ["填报单位：", "截止时间：    月  日"],
    villages: ["桃源村", "石门村", "新桥社区", "白鹤村", "荷花村"],
    cols: [
      L("村名", "v_name", "text"),
      L("户籍人口（人）", "v_pop_hj", "integer", "人"),
      L("医保已缴费人数（人）", "v_med_paid", "integer", "人"),
      L("缴费率（％）", "v_med_rate", "decimal", "%"),
    ],
    notes: ["注：征缴期内每周一前报送区税务局。"],
    footer: true,
  },
  // 18 区自然资源局 · 田长制巡查台账（月报，花名册型）
  {
    kind: "columns",
    file: "区自然资源局/田长制耕地保护巡查台账.xlsx",
    sheet: "巡查台账",
    title: "______镇（街道）田长制耕地保护巡查台账（2026年  月）",
    dept: "区自然资源局",
    freq: "monthly",
    meta: ["填报单位（盖章）：", "填报日期：    年  月  日"],
    dropdownSheet: true,
    cols: [
      L("村（社区）", "v_name", "text"),
      G("村级田长", L("姓名", "p_field_chief_name", "text"), L("手机", "p_field_chief_phone", "phone")),
      L("巡查日期", "p_insp_date", "date"),
      L("地块位置", "p_plot_loc", "text"),
      L("问题类型", "p_land_problem_type", "choice", null, { list: ["乱占耕地建房", "挖塘养鱼", "耕地撂荒", "违规取土", "其他"] }),
      L("涉及面积（亩）", "p_land_problem_area", "decimal", "亩"),
      L("处置情况", "p_handle_status", "choice", null, { list: HANDLE }),
    ],
    remark: true,
    blankRows: 12,
    notes: ["注：本表每月5日前报送区自然资源局。"],
    footer: true,
  },
  // 19 区自然资源局 · 耕地保护基本情况（年报，每村一行，公顷；部分被覆盖）
  {
    kind: "columns",
    file: "区自然资源局/村级耕地保护基本情况统计表.xlsx",
    sheet: "Sheet1",
    title: "2025年度村级耕地保护基本情况统计表",
    dept: "区自然资源局",
    freq: "annual",
    meta: ["填报单位（盖章）：", "填报日期：    年  月  日"],
    villages: ["桃源村", "石门村", "白鹤村", "荷花村"],
    cols: [
      L("村（社区）名称", "v_name", "text"),
      L("户籍户数（户）", "v_hh", "integer", "户"),
      L("耕地面积（公顷）", "v_farmland", "decimal", "公顷"),
      L("永久基本农田面积（公顷）", "v_basic_farmland", "decimal", "公顷"),
      L("网格田长人数", "v_field_chiefs", "integer", "人"),
    ],
    remark: true,
    notes: ["注：本表每年1月20日前报送区自然资源局。"],
    footer: true,
  },
  // 20 区供销社 · 基层网点（年报，指标行，千元）
  {
    kind: "indicator",
    file: "区供销社/基层供销社及村级综合服务社情况表.xlsx",
    sheet: "Sheet1",
    title: "2025年基层供销社及村级综合服务社情况表",
    dept: "区供销社",
    freq: "annual",
    stat: "供销01表",
    meta: ["填报单位（盖章）："],
    headers: ["指标名称", "计量单位", "代码", "本年数"],
    codeRow: true,
    panels: [
      [
        I("一、村级综合服务社个数", "v_coop_shops", "integer", "个"),
        I("其中：本年新建", "v_coop_shops_new", "integer", "个"),
        I("二、农资销售额", "v_agri_sales", "decimal", "千元"),
        I("三、日用品销售额", "v_daily_sales", "decimal", "千元"),
        I("四、消费帮扶产品销售额（累计）", "v_consume_amt_y", "decimal", "千元"),
        I("五、年末从业人员", "v_coop_staff", "integer", "人"),
      ],
    ],
    notes: ["注：本表由村级综合服务社所在村填报，次年1月底前报送区供销社。"],
    footer: true,
  },
  // 21 区委社会工作部 · 村（社区）基础信息（季报，指标行左右两栏，全角数字，填表说明）
  {
    kind: "indicator",
    file: "区委社会工作部/村（社区）基础信息季报表.xlsx",
    sheet: "基础信息",
    title: "2026年第  季度村（社区）基础信息季报表",
    dept: "区委社会工作部",
    freq: "quarterly",
    stat: "社工01表",
    meta: ["填报单位（盖章）：", "填报日期：    年  月  日"],
    headers: ["指标名称", "计量单位", "代码", "本期数"],
    panels: [
      [
        I("一、户籍户数", "v_hh", "integer", "户"),
        { cat: "二、户籍人口", items: [I("合计", "v_pop_hj", "integer", "人"), I("其中：男", "v_pop_hj_m", "integer", "人"), I("女", "v_pop_hj_f", "integer", "人")] },
        I("三、常住人口", "v_pop_cz", "integer", "人"),
        I("四、６０周岁及以上人口", "v_pop_60", "integer", "人"),
      ],
      [
        I("五、中共党员", "v_party", "integer", "人"),
        I("六、耕地面积", "v_farmland", "decimal", "亩"),
        I("七、永久基本农田面积", "v_basic_farmland", "decimal", "亩"),
        I("八、村集体经济收入", "v_coll_income", "decimal", "万元"),
        I("九、现有网格数", "v_grids", "integer", "个"),
      ],
    ],
    remark: true,
    instructions: ["1. 本表数据口径为报告期末数。", "2. “中共党员”：填写党组织关系在本村（社区）的党员人数，计量单位为人。"],
    notes: ["注：本表由各村（社区）填报，每季度末月25日前报送区委社会工作部。"],
    footer: true,
  },
  // 22 区红十字会 · 博爱家园项目村（不定期，每村一行；完全被 21 覆盖）
  {
    kind: "columns",
    file: "博爱家园项目村基本情况表.xlsx",
    sheet: "Sheet1",
    title: "博爱家园项目村基本情况表",
    dept: "区红十字会",
    freq: "adhoc",
    meta: ["填报单位："],
    villages: ["桃源村", "白鹤村"],
    cols: [
      L("项目村（社区）", "v_name", "text"),
      G("户籍人口（人）", L("合计", "v_pop_hj", "integer", "人"), L("其中：女性", "v_pop_hj_f", "integer", "人")),
      L("常住人口（人）", "v_pop_cz", "integer", "人"),
      L("年满60周岁老年人数", "v_pop_60", "integer", "人"),
    ],
    remark: true,
    notes: ["注：项目申报时报送区红十字会。"],
    footer: true,
  },
  // 23 区红十字会 · 应急救护培训（半年报，示例行，竖排“证件号码”，工作表名含空格）
  {
    kind: "columns",
    file: "区红十字会/应急救护员培训登记表.xlsx",
    sheet: "Sheet 1",
    title: "2026年上半年应急救护员培训登记表",
    dept: "区红十字会",
    freq: "semiannual",
    meta: ["填报单位（盖章）：", "填报日期：    年  月  日"],
    exampleRow: true,
    cols: [
      L("姓名", "p_name", "text", null, { example: "李四" }),
      L("性别", "p_sex", "choice", null, { list: SEX, example: "女" }),
      L("证\n件\n号\n码", "p_idno", "idcard", null, { example: "430100199002021234" }),
      L("手机", "p_phone", "phone", null, { example: "13900000000" }),
      L("所在村（社区）", "v_name", "text", null, { example: "石门村" }),
      L("工作单位", "p_employer", "text", null, { example: "石门村村委会" }),
      L("培训日期", "p_train_date", "date", null, { example: "2026-04-10" }),
      L("培训类型", "p_train_type", "choice", null, { list: ["普及培训", "救护员培训", "师资培训"], example: "救护员培训" }),
      L("证书编号", "p_cert_no", "text", null, { example: "HN2026-0001" }),
    ],
    remark: true,
    blankRows: 10,
    notes: ["注：本表每年6月底和12月底前报送区红十字会。"],
    footer: true,
  },
  // 24 区委社会工作部 · 村（社区）工作者花名册（年报）
  {
    kind: "columns",
    file: "区委社会工作部/村（社区）工作者花名册.xlsx",
    sheet: "花名册",
    title: "______镇（街道）2026年村（社区）工作者花名册",
    dept: "区委社会工作部",
    freq: "annual",
    meta: ["填报单位（盖章）：", "填报日期：    年  月  日"],
    cols: [
      L("所在村（社区）", "v_name", "text"),
      L("姓名", "p_name", "text"),
      L("性别", "p_sex", "choice", null, { list: SEX }),
      L("出生日期", "p_birth", "date"),
      L("民族", "p_ethnic", "choice"),
      L("政治面貌", "p_political", "choice", null, { list: POLITICAL }),
      L("学历", "p_edu", "choice", null, { list: EDU }),
      L("职务", "p_post", "text"),
      L("联系电话", "p_phone", "phone"),
    ],
    remark: true,
    blankRows: 12,
    notes: ["注：本表每年3月底前报送区委社会工作部。"],
    footer: true,
  },
  // 25 区城管局 · 农村生活垃圾治理（月报，每村一行，金额单位：千元；不在清单内）
  {
    kind: "columns",
    file: "农村生活垃圾治理情况月报表.xlsx",
    sheet: "Sheet1",
    title: "2026年  月农村生活垃圾治理情况月报表",
    dept: "区城管局",
    freq: "monthly",
    inCatalog: false,
    meta: ["填报单位（盖章）：", "金额单位：千元"],
    villages: ["桃源村", "石门村", "新桥社区", "白鹤村", "荷花村"],
    cols: [
      L("村（社区）名称", "v_name", "text"),
      L("保洁员人数", "v_cleaners", "integer", "人"),
      L("垃圾收集点（个）", "v_garbage_points", "integer", "个"),
      L("当月垃圾清运量（吨）", "v_garbage_m", "decimal", "吨"),
      L("保洁经费", "v_clean_money", "decimal", "千元"),
    ],
    remark: true,
    notes: ["注：本表由各村（社区）填报，每月5日前报送区城管局。"],
    footer: true,
  },
  // 26 区水利局 · 村级河长公示信息（年报；完全被 1 的巡河台账覆盖）
  {
    kind: "columns",
    file: "区水利局/村级河长公示信息表.xlsx",
    sheet: "Sheet1",
    title: "______镇（街道）村级河长公示信息表（2026年度）",
    dept: "区水利局",
    freq: "annual",
    meta: ["填报单位（盖章）：", "填报日期：    年  月  日"],
    cols: [
      L("村（居）名称", "v_name", "text"),
      L("河（湖）名称", "p_river_name", "text"),
      L("村级河长姓名", "p_river_chief_name", "text"),
      L("河长联系电话", "p_river_chief_phone", "phone"),
    ],
    blankRows: 8,
    notes: ["注：河长调整后须及时更新公示牌，本表每年1月底前报送区水利局。"],
    footer: true,
  },
];

/**
 * Blind set: 8 more templates written after the lexicon work on SPECS, scored once and NOT tuned on (see
 * docs/generalization.md). Written to tests/heldout/blind/.
 */
const BLIND_SPECS: Spec[] = [
  {
    kind: "columns",
    file: "区妇联/农村留守妇女关爱服务台账.xlsx",
    sheet: "台账",
    title: "______镇（街道）农村留守妇女关爱服务台账（2026年第  季度）",
    dept: "区妇联",
    freq: "quarterly",
    meta: ["填报单位（盖章）：", "填报日期：    年  月  日"],
    cols: [
      G("妇女基本情况", L("姓名", "p_name", "text"), L("出生年月", "p_birth", "date"), L("身份证号码", "p_idno", "idcard"), L("联系电话", "p_phone", "phone")),
      L("所在村民小组", "p_group", "text"),
      G("丈夫情况", L("姓名", "p_spouse_name", "text"), L("务工地点", "p_spouse_workplace", "text")),
      L("未成年子女数（人）", "p_minor_children", "integer", "人"),
      L("关爱服务需求", "p_care_need", "text"),
    ],
    remark: true,
    blankRows: 10,
    notes: ["注：本表每季度末月20日前报送区妇联。"],
    footer: true,
  },
  {
    kind: "columns",
    file: "区妇联/妇女儿童之家建设情况统计表.xlsx",
    sheet: "Sheet1",
    title: "2025年度妇女儿童之家建设情况统计表",
    dept: "区妇联",
    freq: "annual",
    meta: ["填报单位（盖章）："],
    villages: ["桃源村", "石门村", "新桥社区"],
    cols: [
      L("村（社区）", "v_name", "text"),
      L("活动场所面积（㎡）", "v_wch_area", "decimal", "平方米"),
      L("全年开展活动次数", "v_wch_events_y", "integer", "次"),
      L("参与妇女儿童人次", "v_wch_people_y", "integer", "人次"),
      L("执委人数", "v_wf_committee", "integer", "人"),
    ],
    remark: true,
    notes: ["注：本表次年1月10日前报送区妇联。"],
    footer: true,
  },
  {
    kind: "indicator",
    file: "区民宗局/少数民族人口情况统计表.xlsx",
    sheet: "Sheet1",
    title: "2025年少数民族人口情况统计表",
    dept: "区民宗局",
    freq: "annual",
    meta: ["填报单位（盖章）："],
    headers: ["指标名称", "计量单位", "代码", "年末数"],
    codeRow: true,
    panels: [
      [
        I("一、户籍总户数", "v_hh", "integer", "户"),
        I("二、户籍总人口", "v_pop_hj", "integer", "人"),
        { cat: "三、少数民族人口", items: [I("合计", "v_minority_pop", "integer", "人"), I("其中：女性", "v_minority_pop_f", "integer", "人")] },
        I("四、少数民族户数", "v_minority_hh", "integer", "户"),
      ],
    ],
    notes: ["注：本表由各村（社区）填报，次年1月底前报送区民宗局。"],
    footer: true,
  },
  {
    kind: "columns",
    file: "区人武部/基干民兵花名册.xlsx",
    sheet: "花名册",
    title: "______镇（街道）2026年基干民兵花名册",
    dept: "区人武部",
    freq: "annual",
    meta: ["填报单位（盖章）：", "填报日期：    年  月  日"],
    cols: [
      L("村（社区）", "v_name", "text"),
      L("姓名", "p_name", "text"),
      L("性别", "p_sex", "choice", null, { list: SEX }),
      L("出生日期", "p_birth", "date"),
      L("公民身份号码", "p_idno", "idcard"),
      L("政治面貌", "p_political", "choice", null, { list: POLITICAL }),
      L("文化程度", "p_edu", "choice", null, { list: EDU }),
      L("是否退役军人", "p_veteran", "boolean", null, { list: ["是", "否"] }),
      L("联系电话", "p_phone", "phone"),
    ],
    remark: true,
    blankRows: 10,
    notes: ["注：本表每年3月底前报送区人武部。"],
    footer: true,
  },
  {
    kind: "columns",
    file: "区畜牧水产事务中心/生猪生产情况月报表.xlsx",
    sheet: "Sheet1",
    title: "2026年  月生猪生产情况月报表",
    dept: "区畜牧水产事务中心",
    freq: "monthly",
    meta: ["填报单位（盖章）：", "填报日期：    年  月  日"],
    villages: ["桃源村", "石门村", "白鹤村", "荷花村"],
    cols: [
      L("村名", "v_name", "text"),
      L("期末生猪存栏（头）", "v_pig_stock", "integer", "头"),
      L("其中：能繁母猪（头）", "v_sow_stock", "integer", "头"),
      L("当月生猪出栏（头）", "v_pig_out_m", "integer", "头"),
      L("规模养殖场（户）", "v_pig_farms", "integer", "户"),
    ],
    notes: ["注：本表每月3日前报送区畜牧水产事务中心。"],
    footer: true,
  },
  {
    kind: "columns",
    file: "区人防办/应急避难场所登记表.xlsx",
    sheet: "登记表",
    title: "应急避难场所登记表",
    dept: "区人防办",
    freq: "adhoc",
    meta: ["填报单位："],
    cols: [
      L("场所名称", "p_shelter_name", "text"),
      L("所在村（社区）", "v_name", "text"),
      L("可容纳人数（人）", "p_shelter_cap", "integer", "人"),
      L("占地面积（平方米）", "p_shelter_area", "decimal", "平方米"),
      G("管理责任人", L("姓名", "p_resp_name", "text"), L("手机", "p_resp_phone", "phone")),
    ],
    remark: true,
    blankRows: 8,
    notes: ["注：场所信息变动后及时报送区人防办。"],
    footer: true,
  },
  {
    kind: "columns",
    file: "区委网信办/网络文明志愿者名册.xlsx",
    sheet: "名册",
    title: "2026年上半年网络文明志愿者名册",
    dept: "区委网信办",
    freq: "semiannual",
    meta: ["填报单位（盖章）："],
    cols: [
      L("姓名", "p_name", "text"),
      L("性别", "p_sex", "choice", null, { list: SEX }),
      L("年龄", "p_age", "integer", "岁"),
      L("身份证号", "p_idno", "idcard"),
      L("手机号", "p_phone", "phone"),
      L("所在村（社区）", "v_name", "text"),
      L("工作单位及职务", "p_employer_post", "text"),
    ],
    remark: true,
    blankRows: 10,
    notes: ["注：本表每半年报送一次，6月底和12月底前报区委网信办。"],
    footer: true,
  },
  {
    kind: "columns",
    file: "区发改委/村级光伏电站运营情况表.xlsx",
    sheet: "Sheet1",
    title: "2025年度村级光伏电站运营情况表",
    dept: "区发改委",
    freq: "annual",
    meta: ["填报单位（盖章）：", "金额单位：万元"],
    villages: ["桃源村", "石门村", "白鹤村"],
    cols: [
      L("村（社区）名称", "v_name", "text"),
      L("装机容量（千瓦）", "v_pv_capacity", "decimal", "千瓦"),
      L("本年发电量（千瓦时）", "v_pv_output_y", "decimal", "千瓦时"),
      L("本年发电收益", "v_pv_income_y", "decimal", "万元"),
      L("收益用于公益岗位人数", "v_pv_jobs", "integer", "人"),
    ],
    remark: true,
    notes: ["注：本表次年1月15日前报送区发改委。"],
    footer: true,
  },
];

const ELEMENT_NAMES: Record<string, string> = {
  v_name: "村（社区）名称", p_name: "姓名", p_sex: "性别", p_idno: "公民身份号码", p_phone: "联系电话", p_birth: "出生日期",
  p_ethnic: "民族", p_political: "政治面貌", p_edu: "文化程度", p_post: "职务", p_employer: "工作单位", p_cur_addr: "现居住地址",
  p_head_name: "户主姓名", p_hh_size: "家庭人口数", v_hh: "户籍户数", v_pop_hj: "户籍人口", v_pop_hj_m: "户籍人口（男）",
  v_pop_hj_f: "户籍人口（女）", v_pop_cz: "常住人口", v_pop_60: "60周岁以上人口", v_party: "党员人数", v_farmland: "耕地面积",
  v_basic_farmland: "永久基本农田面积", v_coll_income: "村集体经济收入", p_handle_status: "处置情况", p_insp_date: "巡查日期",
  v_med_paid: "医保已缴费人数", v_consume_amt_y: "本年累计消费帮扶金额",
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
        headerCell(ws, r, c, col.t, col.vertical);
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
  const d = Math.max(...allCols.map(depth)) + (spec.blankMiddle ? 1 : 0);
  const top = r;
  const bottom = top + d - 1;
  if (serial) {
    headerCell(ws, top, 1, "序号");
    merge(ws, top, 1, bottom, 1);
  }
  const c0 = serial ? 2 : 1;
  const placed = writeHeaderTree(ws, allCols, top, bottom, c0, !!spec.blankMiddle);
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
  if (spec.unitRow) {
    if (serial) ws.getCell(r, 1).value = "单位";
    for (const p of placed) if (p.leaf.unitRow) ws.getCell(r, p.c).value = p.leaf.unitRow;
    r++;
  }
  if (spec.exampleRow) {
    if (serial) ws.getCell(r, 1).value = "示例";
    for (const p of placed) if (p.leaf.example !== undefined) ws.getCell(r, p.c).value = p.leaf.example;
    r++;
  }
  const firstData = r;
  if (spec.villages) {
    spec.villages.forEach((v, i) => {
      if (serial) ws.getCell(r, 1).value = i + 1;
      ws.getCell(r, placed[0].c).value = v;
      r++;
    });
    ws.getCell(r, placed[0].c).value = "合计";
    r++;
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
        unit: row.units?.[i] ?? spec.units[i],
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

async function writeSpec(spec: Spec): Promise<GoldField[]> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "OneForm held-out corpus";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const ws = wb.addWorksheet(spec.sheet, { pageSetup: { orientation: "landscape", paperSize: 9 } });
  const ctx: Ctx = { wb, ws, spec, gold: [], dictCols: 0 };
  if (spec.kind === "columns" && spec.dropdownSheet) ctx.dict = wb.addWorksheet("字典", { state: "hidden" });
  if (spec.instructions) {
    const help = wb.addWorksheet("填表说明");
    help.getCell(1, 1).value = `《${spec.title.replace(/_+/g, "")}》填表说明`;
    spec.instructions.forEach((t, i) => (help.getCell(i + 3, 1).value = t));
  }
  if (spec.kind === "columns") writeColumns(ctx, spec);
  else if (spec.kind === "indicator") writeIndicator(ctx, spec);
  else writeGrid(ctx, spec);
  const file = path.join(FORMS, spec.file);
  await mkdir(path.dirname(file), { recursive: true });
  await wb.xlsx.writeFile(file);
  return ctx.gold;
}

// ───────────────────────────── catalog, retirement, gold.json ─────────────────────────────

const FREQ_WORD: Record<Freq, string> = { daily: "日报", weekly: "周报", monthly: "月报", quarterly: "季报", semiannual: "半年报", annual: "年报", adhoc: "不定期" };
const FREQ_RANK: Record<Freq, number> = { daily: 7, weekly: 6, monthly: 5, quarterly: 4, semiannual: 3, annual: 2, adhoc: 1 };

async function writeCatalog(SPECS: Spec[]) {
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
  ws.addRow([n, "村级公益性岗位人员花名册.xlsx", "村级公益性岗位人员花名册", "区人社局", "季报", "村和社区"]);
  await wb.xlsx.writeFile(path.join(ROOT, "报表清单.xlsx"));
}

function retirement(SPECS: Spec[], fields: GoldField[]) {
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
  const SPECS = BLIND ? BLIND_SPECS : MAIN_SPECS;
  await rm(FORMS, { recursive: true, force: true });
  const fields: GoldField[] = [];
  for (const spec of SPECS) fields.push(...(await writeSpec(spec)));
  await writeCatalog(SPECS);
  const elements = [...new Set(fields.map((f) => f.element))].sort().map((id) => ({
    id,
    name: id.startsWith("remark:") ? "备注" : (ELEMENT_NAMES[id] ?? fields.find((f) => f.element === id)!.path.join("")),
  }));
  const gold = {
    corpus: BLIND ? "heldout-blind" : "heldout",
    formsDir: "forms",
    catalog: "报表清单.xlsx",
    forms: SPECS.map((s) => ({ file: s.file, title: s.title, department: s.dept, frequency: s.freq, layout: (s.kind === "indicator" ? "indicator-rows" : s.kind) as Layout })),
    fields,
    elements,
    retirement: retirement(SPECS, fields),
  };
  await writeFile(path.join(ROOT, "gold.json"), `${JSON.stringify(gold, null, 1)}\n`);
  process.stderr.write(`wrote ${SPECS.length} templates, ${fields.length} gold fields, ${elements.length} elements; full=${gold.retirement.full.length} partial=${gold.retirement.partial.length}\n`);
}

await main();
