/**
 * Held-out corpus "blind19": 湖北 XX县 (湖区 and 水稻: 稻虾共作, 水产养殖, 血吸虫病防治, 水库移民后期扶持), 2013–2025.
 * 35 templates of 14 county offices sent to 行政村 (with 村民小组) and a few 县城 社区. Written without reading the
 * matcher; the gold sits next to each label. Score only with --final; do not tune on it.
 *
 *   npx tsx tests/blind19/build-corpus.ts      → tests/blind19/forms, 报表清单.xlsx, gold.json, README.md
 *
 * Grid shapes: the kit's GridSheet (作物 × 播种面积|产量 with 本年|上年; 村民小组 × 移民户数|人数) and, in ./extra.ts,
 * two columns of row labels (血防 查螺 环境类型 垸内|垸外 × 子类型), indicators down with 1月…12月 across (小龙虾 出池量 /
 * 塘头价, a 全年 column), and the transposed grid (indicators down + 计量单位 column, 村 across, 合计 column) in two 应急
 * forms (汛期 周报 and a 2020 强降雨 快报) that share their (村, indicator) cells.
 *
 * Gold conventions beyond ../shared/bench/README.md (decided as the county's 数据办 would):
 * - 村民小组 (the person's or household's group, a column of a roster) is one element `p_group` across 移民, 血防,
 *   人社 and 应急 rosters; the 农业普查 表二 roster of the groups themselves (村民小组名称, 户数, 人口) is its own.
 * - A grid's element is (row key, indicator): 农业农村局's 作物 grid and 统计局's 作物 grid share (早稻, 播种面积 本年)…
 *   even though one counts 亩 and the other 公顷, and "中稻（含一季晚稻）" = "中稻及一季晚稻", "双季晚稻" = "晚稻",
 *   "油菜籽" = "油菜". 上年 columns are their own elements. The transposed 周报 grid's element is (村, indicator):
 *   a town fills it for its villages; it is not the village's own column `v_…` of a village table.
 * - 撂荒面积 (农业 月报) = 撂荒耕地面积 (统计 年报) = 撂荒耕地 (农业普查); 稻虾共作面积 合计 = 稻虾综合种养面积;
 *   小龙虾产量 = 水产品产量 其中：小龙虾; 村“两委”成员人数 = 两委干部人数; 通自来水户数 = 自来水入户户数 (a village's
 *   households on tap water); 总户数/总人口 of the 饮水 survey = 户籍户数/户籍人口; 村集体经济收入 (统计) = 本年收入合计
 *   (农经); 其中：经营性收入 (统计) = （一）经营收入 (农经).
 * - Kept apart: 年龄 ≠ 出生日期 (组织部 asks both); 60/65/80周岁及以上 are three; 常住 ≠ 户籍; 户数 ≠ 人数; 移民人口 of a
 *   village ≠ the 村民小组 grid's 移民人数; 本月 ≠ 累计 ≠ 本年累计; 党员 ≠ 预备党员 ≠ 流动党员; 本季度发放 ≠ 月保障金;
 *   项目 建设面积 (高标准农田 台账) ≠ the village's 高标准农田面积; 计划开工时间 (移民 计划表) ≠ 开工日期 (实施情况表);
 *   全年巡河次数 (河湖长制 年报) = 巡河次数 > 累计 (月报), but 本月 stays its own.
 * - Person datums: 姓名 / 儿童姓名 / 申请人姓名 / 参保人姓名 / 家庭成员 > 姓名 / 基本信息 > 姓名 / 学生信息 > 姓名 are the person's
 *   name `p_name`; 户主 > 姓名 / 户主信息 > 姓名 → `h_head_name`; 监护人 > 姓名 → `p_guard_name` (a student's and a
 *   disabled person's guardian alike: the person's guardian); 委托照料服务人 / 转移责任人 / 包保干部 / 河湖长 / 施工单位 /
 *   项目法人 > 姓名/联系电话 are that role's own elements. 出生年月 = 出生日期; 身份证号 = 公民身份号码 = 身份证号码;
 *   联系电话 = 联系方式 = 手机号码 of the person; a household roster's 户主 > 联系电话 (and the 移民 登记表's 联系电话, one
 *   per household) is `h_phone`, not the member's `p_phone`.
 * - 参保身份 (养老) = 参保类别 (养老 核查表) but ≠ 资助类别 (医保); 资助标准（元）= 资助金额（元） of the 医保 forms.
 * - 供养方式 = 供养形式; 生活自理能力 = 自理能力评估结果; 退役类别 across 退役 forms; 入伍时间 = 入伍年月.
 * - A multi-sheet survey (农业普查 表一…表五) is one form; its 填表说明 sheet is not a form. The 特困 form has a roster and a
 *   汇总 sheet (indicator-rows); its layout is the roster's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { C, Corpus, D, EDU, G, I, L, POLIT, R, S, SEX, YN, type Form } from '../blind4/kit';
import { XG } from './extra';

const HERE = path.join(import.meta.dirname ?? __dirname);
const VILLAGES = ['三合村', '新垸村', '沙湖村', '荷花村', '渔场村', '东湖社区'];
const NATION = ['汉族', '土家族', '苗族', '回族', '其他'];
const REL = ['户主', '配偶', '子女', '父母', '孙子女', '兄弟姐妹', '其他'];
const DISAB_TYPE = ['视力残疾', '听力残疾', '言语残疾', '肢体残疾', '智力残疾', '精神残疾', '多重残疾'];
const DISAB_GRADE = ['一级', '二级', '三级', '四级'];
const SELFCARE = ['全自理', '半失能', '全失能'];
const TK_MODE = ['集中供养', '分散供养'];
const INS_CAT = ['普通参保人员', '低保对象', '特困人员', '重度残疾人', '水库移民'];
const AID = ['特困人员', '低保对象', '返贫致贫人口', '防止返贫监测对象', '不享受'];
const VET = ['退役士兵', '复员干部', '转业干部', '退休干部', '其他'];
const FOOT_CUN = '村（社区）负责人：            填表人：            联系电话：            填报日期：    年  月  日';
const months = Array.from({ length: 12 }, (_, i) => L(`${i + 1}月`, `m${String(i + 1).padStart(2, '0')}`, 'decimal', null));

const forms: Form[] = [
  // ───────────── 县农业农村局 ─────────────
  {
    file: '县农业农村局/稻虾共作基地发展情况统计表.xlsx', dept: '县农业农村局', freq: 'quarterly', title: '稻虾共作基地发展情况统计表',
    sheets: [{
      kind: 'columns', name: '稻虾共作', seq: true, villages: VILLAGES, total: true,
      meta: '填报单位（盖章）：                乡镇农业服务中心                  2025年第  季度',
      cols: [
        L('乡镇', 'v_town'), L('村（社区）', 'v_name'), L('耕地面积（亩）', 'v_land', 'decimal', '亩'),
        G('稻虾共作面积（亩）', L('合计', 'v_daoxia_area', 'decimal', '亩'), L('其中：本年新增', 'v_daoxia_new_y', 'decimal', '亩')),
        L('稻虾种养户数（户）', 'v_daoxia_hh', 'integer', '户'), L('小龙虾产量（吨）', 'v_crayfish_out', 'decimal', '吨'),
        L('稻谷产量（吨）', 'v_daoxia_rice_out', 'decimal', '吨'), L('亩均纯收入（元）', 'v_daoxia_income_mu', 'decimal', '元'),
        L('经营主体类型', 'v_daoxia_entity', 'choice', null, ['散户', '家庭农场', '合作社', '企业']), R(),
      ],
      footer: true,
    }],
  },
  {
    file: '县农业农村局/2024年主要农作物播种面积和产量统计表.xlsx', dept: '县农业农村局', freq: 'annual', catalog: false,
    title: '2024年主要农作物播种面积和产量统计表',
    sheets: [{
      kind: 'grid', name: '农作物', key: '作物名称', prefix: 'g_crop',
      meta: '填报单位（村）：                                   填报日期：2025年1月  日',
      rows: [{ l: '早稻', k: 'zaodao' }, { l: '中稻（含一季晚稻）', k: 'zhongdao' }, { l: '双季晚稻', k: 'wandao' }, { l: '油菜籽', k: 'youcai' }],
      cols: [
        G('播种面积（亩）', L('本年', 'area_cur', 'decimal', '亩'), L('上年', 'area_prev', 'decimal', '亩')),
        G('总产量（吨）', L('本年', 'out_cur', 'decimal', '吨'), L('上年', 'out_prev', 'decimal', '吨')),
      ],
      total: true, footer: true,
    }],
  },
  {
    file: '县农业农村局/高标准农田建设项目进度台账.xlsx', dept: '县农业农村局', freq: 'monthly', title: '高标准农田建设项目实施进度台账',
    catalog: '高标准农田建设项目进度台账',
    sheets: [{
      kind: 'columns', name: '项目台账', seq: true, meta: '填报单位：                                         截至    年  月  日',
      cols: [
        L('项目名称', 'pj_gbnt_name'), L('建设年度', 'pj_gbnt_year'), L('乡镇', 'v_town'), L('涉及行政村', 'v_name'),
        L('建设面积（亩）', 'pj_gbnt_area', 'decimal', '亩'),
        G('投资情况（万元）', L('计划总投资', 'pj_gbnt_inv_plan', 'decimal', '万元'), L('已完成投资', 'pj_gbnt_inv_done', 'decimal', '万元')),
        G('主要建设内容', L('新建改造渠道（公里）', 'pj_gbnt_canal', 'decimal', '公里'), L('机耕路（公里）', 'pj_gbnt_road', 'decimal', '公里'),
          L('泵站（座）', 'pj_gbnt_pump', 'integer', '座')),
        L('开工时间', 'pj_gbnt_start', 'date'), L('形象进度（%）', 'pj_gbnt_progress', 'decimal', '%'),
        G('施工单位', L('名称', 'pj_gbnt_builder'), L('项目经理', 'pj_gbnt_mgr'), L('联系电话', 'pj_gbnt_mgr_phone', 'phone')), R(),
      ],
      blank: 8, note: '注：每月25日前报县农业农村局农田建设管理股。',
    }],
  },
  {
    file: '县农业农村局/农村集体经济组织收益分配统计表.xlsx', dept: '县农业农村局', freq: 'annual', title: '农村集体经济组织收益分配统计表',
    sheets: [{
      kind: 'indicator-rows', name: '农经5表', stat: { code: '农经5表', org: 'XX县农业农村局', approval: 'X农经〔2020〕2号' },
      meta: '填报单位：              村股份经济合作社                    2024年度', head: ['指标名称', '计量单位', '代码', '本年数', '上年数'],
      codeRow: true, sign: 'side',
      rows: [
        C('一、基本情况'), I('村民小组数', 'v_groups', '个'), I('汇总农户数', 'v_farm_hh', '户'), I('汇总人口数', 'v_farm_pop', '人'),
        I('劳动力数', 'v_labor', '人'), S('其中：外出务工劳动力', 'v_migrant', '人'),
        C('二、本年收入'), D('（一）经营收入', 'v_coll_op_inc', '万元'), D('（二）发包及上交收入', 'v_coll_contract_inc', '万元'),
        S('其中：水面发包收入', 'v_coll_water_inc', '万元'), D('（三）投资收益', 'v_coll_invest_inc', '万元'),
        D('（四）补助收入', 'v_coll_subsidy_inc', '万元'), D('（五）其他收入', 'v_coll_other_inc', '万元'), D('本年收入合计', 'v_coll_income', '万元'),
        C('三、本年支出'), D('经营支出', 'v_coll_op_exp', '万元'), D('管理费用', 'v_coll_mgmt_exp', '万元'), S('其中：干部报酬', 'v_coll_cadre_pay', '万元'),
        D('其他支出', 'v_coll_other_exp', '万元'), D('本年收益', 'v_coll_profit', '万元'),
        C('四、收益分配'), D('提取公积公益金', 'v_coll_reserve', '万元'), D('向农户分配', 'v_coll_dist_hh', '万元'),
        D('年末未分配收益', 'v_coll_undist', '万元'),
        C('五、资产负债'), D('资产总额', 'v_coll_assets', '万元'), S('其中：经营性资产', 'v_coll_op_assets', '万元'), D('负债总额', 'v_coll_debt', '万元'),
        D('家庭承包耕地流转面积', 'v_land_transfer', '亩'), D('集体所有耕地面积', 'v_coll_land', '亩'), D('集体养殖水面', 'v_coll_water', '亩'),
      ],
    }],
  },
  {
    file: '县农业农村局/撂荒耕地复耕复种工作进度月报.xlsx', dept: '县农业农村局', freq: 'monthly', catalog: false,
    title: '撂荒耕地复耕复种工作进度表',
    sheets: [{
      kind: 'columns', name: '进度', seq: true, villages: VILLAGES, total: true, codeRow: true,
      meta: '乡镇（盖章）：                     截至    年  月  日            （每月5日前报县农业农村局）',
      cols: [
        L('乡镇', 'v_town'), L('村', 'v_name'), L('撂荒面积（亩）', 'v_land_idle', 'decimal', '亩'),
        G('复耕复种（亩）', L('本月', 'v_recult_m', 'decimal', '亩'), L('累计', 'v_recult_cum', 'decimal', '亩')),
        L('复耕后种植品种', 'v_recult_crop', 'choice', null, ['水稻', '油菜', '稻虾', '蔬菜', '其他']),
        G('包保干部', L('姓名', 'v_recult_cadre_name'), L('联系电话', 'v_recult_cadre_phone', 'phone')), R(),
      ],
      footer: true,
    }],
  },
  {
    file: '县农业农村局/2025年小龙虾分月出池量和塘头价格统计表.xlsx', dept: '县农业农村局', freq: 'annual', title: '2025年小龙虾分月出池量和塘头价格统计表',
    catalog: '小龙虾分月出池量和塘头价格统计表',
    sheets: [XG({ name: '分月', meta: '填报单位（村）：                   稻虾共作面积：      亩          2025年', footer: true }, {
      rowHead: ['项  目', '单位'], unitCol: true, totalCol: '全年',
      rows: [{ l: '出池量', k: 'out', u: '吨', t: 'decimal' }, { l: '塘头均价', k: 'price', u: '元/公斤', t: 'decimal' }],
      cols: months, elem: (r, c) => `g_cray_${r}_${c}`,
    })],
  },
  // ───────────── 县统计局 ─────────────
  {
    file: '县统计局/农作物播种面积调查表.xlsx', dept: '县统计局', freq: 'annual', title: '主要农作物播种面积及产量调查表',
    sheets: [{
      kind: 'grid', name: '农调', key: '作  物', prefix: 'g_crop', stat: { code: '农调1表', org: 'XX县统计局' },
      meta: '村名称：                         2024年度',
      rows: [{ l: '早稻', k: 'zaodao' }, { l: '中稻及一季晚稻', k: 'zhongdao' }, { l: '晚稻', k: 'wandao' }, { l: '油菜', k: 'youcai' }],
      cols: [L('播种面积（公顷）', 'area_cur', 'decimal', '公顷'), L('产量（吨）', 'out_cur', 'decimal', '吨')],
      footer: true,
    }],
  },
  {
    file: '县统计局/村级基本情况统计年报表.xlsx', dept: '县统计局', freq: 'annual', title: '村级基本情况统计年报表',
    sheets: [{
      kind: 'indicator-rows', name: '村级年报', stat: { code: '农村统1表', org: 'XX县统计局', approval: 'X统字〔2018〕6号' },
      meta: '村（社区）名称：                  所属乡镇：                    2024年度', head: ['指标名称', '计量单位', '代码', '本年', '上年'],
      codeRow: true, sign: 'cells',
      rows: [
        C('一、人口和社会保障'), I('村民小组数', 'v_groups', '个'), I('户籍户数', 'v_hh_hj', '户'), I('户籍人口', 'v_pop_hj', '人'),
        S('其中：男性', 'v_pop_hj_m', '人'), S('女性', 'v_pop_hj_f', '人'), I('常住人口', 'v_pop_cz', '人'), I('60周岁及以上人口', 'v_pop_60', '人'),
        I('65周岁及以上人口', 'v_pop_65', '人'), I('80周岁及以上人口', 'v_pop_80', '人'), I('0-17周岁人口', 'v_pop_u18', '人'),
        I('水库移民人口', 'v_pop_ym', '人'), I('低保户数', 'v_dibao_hh', '户'), I('低保人数', 'v_dibao_n', '人'), I('特困供养人员', 'v_tk_n', '人'),
        C('二、劳动力'), I('劳动力总数', 'v_labor', '人'), S('其中：外出务工劳动力', 'v_migrant', '人'), S('出省务工', 'v_migrant_outprov', '人'),
        C('三、土地和水面'), D('耕地面积', 'v_land', '亩'), S('其中：水田', 'v_paddy', '亩'), D('撂荒耕地面积', 'v_land_idle', '亩'),
        D('高标准农田面积', 'v_gbnt_area', '亩'), D('养殖水面', 'v_aqua_water', '亩'), S('其中：精养鱼池', 'v_fish_pond', '亩'),
        D('土地流转面积', 'v_land_transfer', '亩'),
        C('四、农业生产'), C('（一）种植业', 1), D('粮食播种面积', 'v_grain_area', '亩'), S('其中：水稻', 'v_rice_area', '亩'),
        D('稻虾综合种养面积', 'v_daoxia_area', '亩'), I('稻虾综合种养户数', 'v_daoxia_hh', '户'), D('油菜播种面积', 'v_rape_area', '亩'), D('粮食总产量', 'v_grain_out', '吨'),
        C('（二）水产养殖', 1), D('水产品产量', 'v_aqua_out', '吨'), S('其中：小龙虾', 'v_crayfish_out', '吨'), S('鱼类', 'v_fish_out', '吨'),
        C('（三）畜牧业', 1), I('生猪出栏', 'v_pig_out', '头'), I('家禽存栏', 'v_poultry_stock', '羽'),
        C('五、农村经济'), D('村集体经济收入', 'v_coll_income', '万元'), S('其中：经营性收入', 'v_coll_op_inc', '万元'),
        D('村集体经营性资产', 'v_coll_op_assets', '万元'), D('农村居民人均可支配收入', 'v_income_pc', '元'), I('农民专业合作社', 'v_coop', '个'), I('家庭农场', 'v_family_farm', '个'),
        C('六、基础设施'), I('通自来水户数', 'v_tapwater_hh', '户'), I('是否通客运班车', 'v_bus', null, 'boolean', '是/否'),
        I('电子商务服务站点', 'v_ecom', '个'), D('村级组织活动场所面积', 'v_office_area', '平方米'), I('完成改厕户数', 'v_toilet_hh', '户'),
        C('七、公共服务'), I('村卫生室', 'v_clinic', '个'), I('乡村医生', 'v_village_doctors', '人'), I('农村幸福院', 'v_happy_home', '个'),
        I('参加城乡居民基本养老保险人数', 'v_pension_ins', '人'), I('参加城乡居民基本医疗保险人数', 'v_med_ins', '人'), I('持证残疾人', 'v_disab_cert', '人'),
        C('八、村级组织'), I('村“两委”成员人数', 'v_cadres', '人'), S('其中：女性', 'v_cadres_f', '人'), I('党员人数', 'v_pm', '人'),
        I('村民代表', 'v_rep', '人'),
      ],
    }],
  },
  {
    file: '县统计局/第三次全国农业普查村普查表.xlsx', dept: '县统计局', freq: 'adhoc', title: '第三次全国农业普查村普查表',
    catalog: '第三次全国农业普查村级普查表', dictSheet: { name: '选项', visible: false },
    instructions: [
      '填表说明：', '1．本表由村民委员会负责填报，普查员入户核实，普查标准时点为2016年12月31日。', '2．表一至表五为同一张村普查表的组成部分，请全部填写。',
      '3．面积以亩为单位，保留一位小数；“是否”类指标填“是”或“否”。', '4．表二按本村实有村民小组逐组填写。',
    ],
    sheets: [
      {
        kind: 'indicator-rows', name: '表一 村基本情况', stat: { code: 'R201表', org: '国务院第三次全国农业普查领导小组办公室', approval: '国统字〔2016〕50号' },
        meta: '省（区、市）：湖北省    县（市、区）：XX县    乡（镇）：          村：', head: ['指标名称', '计量单位', '代码', '数量'],
        rows: [
          C('一、人口'), I('村民小组', 'v_groups', '个'), I('户籍户数', 'v_hh_hj', '户'), I('户籍人口', 'v_pop_hj', '人'), I('常住户数', 'v_hh_cz', '户'),
          I('常住人口', 'v_pop_cz', '人'), C('二、土地'), D('耕地面积', 'v_land', '亩'), S('其中：水田', 'v_paddy', '亩'), D('养殖水面面积', 'v_aqua_water', '亩'),
          D('撂荒耕地', 'v_land_idle', '亩'), D('耕地流转面积', 'v_land_transfer', '亩'),
          C('三、劳动力和经营主体'), I('劳动力', 'v_labor', '人'), S('其中：外出从业', 'v_migrant', '人'), I('农民合作社', 'v_coop', '个'),
          I('家庭农场', 'v_family_farm', '个'), I('是否为血吸虫病疫区村', 'v_xf_endemic', null, 'boolean', '是/否'),
        ],
      },
      {
        kind: 'columns', name: '表二 村民小组', title: '表二  村民小组情况',
        cols: [
          L('村民小组名称', 'grp_name'), L('户数（户）', 'grp_hh', 'integer', '户'), L('人口（人）', 'grp_pop', 'integer', '人'),
          L('耕地面积（亩）', 'grp_land', 'decimal', '亩'), L('组长姓名', 'grp_leader'), L('联系电话', 'grp_leader_phone', 'phone'),
        ],
        blank: 8,
      },
      {
        kind: 'indicator-rows', name: '表三 基础设施', title: '表三  基础设施', head: ['项    目', '单位', '数量'],
        rows: [
          I('是否通宽带', 'v_broadband', null, 'boolean', '是/否'), I('通自来水户数', 'v_tapwater_hh', '户'),
          D('距县城距离', 'v_dist_county', '公里'), I('生活垃圾集中处理的村民小组', 'v_garbage_grp', '个'), I('完成改厕户数', 'v_toilet_hh', '户'),
          I('有无农产品交易市场', 'v_market', null, 'boolean', '有/无'),
        ],
      },
      {
        kind: 'indicator-rows', name: '表四 公共服务', title: '表四  公共服务', head: ['项    目', '单位', '数量'],
        rows: [
          I('幼儿园、托儿所', 'v_kindergarten', '个'), I('村卫生室', 'v_clinic', '个'), I('执业（助理）医师', 'v_doctors', '人'), I('乡村医生', 'v_village_doctors', '人'),
          I('农村幸福院', 'v_happy_home', '个'), I('体育健身场所', 'v_sports', '个'),
        ],
      },
      {
        kind: 'columns', name: '表五 普查员', title: '表五  普查员信息',
        cols: [L('普查员姓名', 'v_enum_name'), L('普查指导员姓名', 'v_guide_name'), L('联系电话', 'v_enum_phone', 'phone'), L('普查日期', 'v_census_date', 'date')],
        blank: 2,
      },
    ],
  },
  // ───────────── 县水利和湖泊局 ─────────────
  {
    file: '县水利和湖泊局/村级河湖长巡河巡湖情况月报表.xlsx', dept: '县水利和湖泊局', freq: 'monthly', title: '村级河湖长巡河（湖）情况月报表',
    sheets: [{
      kind: 'columns', name: '巡河月报', seq: true, villages: VILLAGES, total: true, meta: '乡镇（盖章）：                           2025年  月',
      cols: [
        L('村（社区）', 'v_name'), L('责任河湖（渠）名称', 'v_river_name'),
        G('村级河湖长', L('姓名', 'v_river_chief_name'), L('职务', 'v_river_chief_post'), L('联系电话', 'v_river_chief_phone', 'phone')),
        G('巡河（湖）次数（次）', L('本月', 'v_patrol_m', 'integer', '次'), L('累计', 'v_patrol_cum', 'integer', '次')),
        G('本月发现问题（个）', L('发现', 'v_river_prob_m', 'integer', '个'), L('其中：已整改', 'v_river_fixed_m', 'integer', '个')),
        L('保洁员（人）', 'v_river_cleaners', 'integer', '人'), R(),
      ],
      footer: true,
    }],
  },
  {
    file: '县水利和湖泊局/村级河湖长制工作基本情况表.xlsx', dept: '县水利和湖泊局', freq: 'annual', title: '村级河湖长制工作基本情况表',
    sheets: [{
      kind: 'columns', name: '基本情况', seq: true, villages: VILLAGES, meta: '乡镇河长办（盖章）：                         2024年度',
      cols: [
        L('行政村（社区）', 'v_name'), L('河湖（渠、塘）名称', 'v_river_name'),
        G('村级河湖长', L('姓名', 'v_river_chief_name'), L('担任职务', 'v_river_chief_post'), L('手机', 'v_river_chief_phone', 'phone')),
        L('全年巡河（湖）次数（次）', 'v_patrol_cum', 'integer', '次'), L('河湖保洁员（人）', 'v_river_cleaners', 'integer', '人'),
        L('设立公示牌（块）', 'v_river_boards', 'integer', '块'), L('是否编制“一河（湖）一策”', 'v_river_plan', 'boolean', null, YN),
        L('是否聘请民间河湖长', 'v_river_folk', 'boolean', null, YN), R(),
      ],
      footer: true,
    }],
  },
  {
    file: '县水利和湖泊局/农村饮水安全工程情况调查表.xlsx', dept: '县水利和湖泊局', freq: 'annual', catalog: '农村饮水安全工程基本情况调查表',
    xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'columns', name: 'Sheet1', startCol: 1, blankTop: 1, textNums: true, seq: true,
      meta: '乡镇：                   填报人：                  2013年  月  日',
      cols: [
        L('乡镇', 'v_town'), L('村名', 'v_name'), L('总户数', 'v_hh_hj', 'integer', '户'), L('总人口', 'v_pop_hj', 'integer', '人'),
        L('自来水入户户数', 'v_tapwater_hh', 'integer', '户'), L('水源类型', 'v_water_source', 'choice', null, ['水库', '湖泊', '地下水', '江河']), R(),
      ],
      blank: 10,
    }],
  },
  // ───────────── 县移民局 ─────────────
  {
    file: '县移民局/大中型水库移民后期扶持人口核定登记表.xlsx', dept: '县移民局', freq: 'annual', catalog: false,
    title: '大中型水库移民后期扶持人口核定登记表',
    sheets: [{
      kind: 'columns', name: '核定登记', seq: true, source: '（湖北省大中型水库移民后期扶持管理信息系统导出  年度：2023）',
      cols: [
        L('村（社区）', 'v_name'), L('村民小组', 'p_group'),
        G('户主信息', L('姓名', 'h_head_name'), L('身份证号', 'h_head_id', 'idcard')),
        G('家庭成员', L('姓名', 'p_name'), L('与户主关系', 'p_relation', 'choice', null, REL), L('性别', 'p_sex', 'choice', null, SEX),
          L('公民身份号码', 'p_idno', 'idcard'), L('出生日期', 'p_birth', 'date')),
        L('原迁出水库', 'p_ym_reservoir', 'choice', null, ['三峡水库', '丹江口水库', '漳河水库', '其他']), L('搬迁年月', 'p_ym_move_date', 'date'),
        L('是否核定为扶持人口', 'p_ym_approved', 'boolean', null, YN), L('直补金额（元/年）', 'p_ym_pay', 'decimal', '元'),
        L('社会保障卡号', 'p_ssc_no'), L('联系电话', 'h_phone', 'phone'), R(),
      ],
      blank: 12,
    }],
  },
  {
    file: '县移民局/移民后期扶持项目实施情况表.xlsx', dept: '县移民局', freq: 'semiannual', title: '大中型水库移民后期扶持项目实施情况表',
    catalog: '移民后期扶持项目实施情况表',
    sheets: [{
      kind: 'columns', name: '项目', seq: true, meta: '填报单位（盖章）：                               2025年上（下）半年', example: true,
      cols: [
        L('项目名称', 'pj_ym_name'), L('项目类别', 'pj_ym_type', 'choice', null, ['基础设施', '产业发展', '技能培训', '美丽家园']),
        L('建设地点', 'pj_ym_site'), L('建设内容及规模', 'pj_ym_content'),
        G('投资（万元）', L('总投资', 'pj_ym_inv', 'decimal', '万元'), L('其中：后期扶持资金', 'pj_ym_inv_hf', 'decimal', '万元'),
          L('地方配套', 'pj_ym_inv_local', 'decimal', '万元')),
        L('受益移民人数（人）', 'pj_ym_benef', 'integer', '人'), L('开工日期', 'pj_ym_start', 'date'), L('完工日期', 'pj_ym_end', 'date'),
        L('验收情况', 'pj_ym_accept', 'choice', null, ['已验收', '未验收']),
        G('项目法人', L('单位名称', 'pj_ym_owner'), L('负责人', 'pj_ym_owner_head'), L('联系电话', 'pj_ym_owner_phone', 'phone')), R(),
      ],
      blank: 6, footer: true,
    }],
  },
  {
    file: '县移民局/2024年度移民后期扶持项目计划表.xlsx', dept: '县移民局', freq: 'annual', catalog: false, title: '2024年度大中型水库移民后期扶持项目计划表',
    sheets: [{
      kind: 'columns', name: '计划', seq: true, stat: { code: '移民扶持1表', org: 'XX县移民局', approval: 'X移发〔2023〕11号' },
      meta: '申报单位（盖章）：                                申报日期：2023年  月  日',
      cols: [
        L('项目名称', 'pj_ym_name'), L('项目类型', 'pj_ym_type', 'choice', null, ['基础设施', '产业发展', '技能培训', '美丽家园']),
        L('建设地点（村、组）', 'pj_ym_site'), L('主要建设内容及规模', 'pj_ym_content'),
        G('计划投资（万元）', L('合计', 'pj_ym_inv', 'decimal', '万元'), L('后扶资金', 'pj_ym_inv_hf', 'decimal', '万元'), L('其他资金', 'pj_ym_inv_local', 'decimal', '万元')),
        L('受益移民（人）', 'pj_ym_benef', 'integer', '人'), L('计划开工时间', 'pj_ym_plan_start', 'date'), L('计划完工时间', 'pj_ym_plan_end', 'date'),
        L('项目实施单位', 'pj_ym_owner'), L('是否经村民代表大会通过', 'pj_ym_vote', 'boolean', null, YN), R(),
      ],
      blank: 6, footer: true,
    }],
  },
  {
    file: '县移民局/村民小组移民人口分布统计表.xlsx', dept: '县移民局', freq: 'annual', title: '村民小组移民人口分布统计表',
    sheets: [{
      kind: 'grid', name: '分组', key: '村民小组', prefix: 'g_ymgrp', meta: '村（社区）：                     2025年度',
      rows: [{ l: '一组', k: 'g1' }, { l: '二组', k: 'g2' }, { l: '三组', k: 'g3' }, { l: '四组', k: 'g4' }, { l: '五组', k: 'g5' }],
      cols: [L('移民户数（户）', 'hh', 'integer', '户'), L('移民人数（人）', 'pop', 'integer', '人')],
      total: true, footer: FOOT_CUN,
    }],
  },
  // ───────────── 县卫健局 ─────────────
  {
    file: '县卫健局/2023年春季查螺情况统计表.xlsx', dept: '县卫健局', freq: 'semiannual', catalog: false, title: '2023年春季查螺情况统计表',
    sheets: [XG({ name: '查螺', stat: { code: '血防3表', org: 'XX县卫生健康局', approval: 'X卫血防〔2021〕4号' },
      meta: '乡镇：               村：               查螺时间：    月  日至  月  日', footer: '查螺组长：            查螺员：            联系电话：' }, {
      rowHead: ['环境类型', ''], headMerged: '环境类型', totalRow: '合计',
      rows: [
        { cat: '垸内', l: '沟渠', k: 'in_ditch' }, { cat: '垸内', l: '塘堰', k: 'in_pond' }, { cat: '垸内', l: '水田', k: 'in_paddy' },
        { cat: '垸外', l: '洲滩', k: 'out_beach' }, { cat: '垸外', l: '湖汊', k: 'out_lake' },
      ],
      cols: [
        L('查螺面积（㎡）', 'chk', 'decimal', '平方米'), L('有螺面积（㎡）', 'snail', 'decimal', '平方米'),
        L('其中：新发现有螺面积（㎡）', 'snail_new', 'decimal', '平方米'),
      ],
      elem: (r, c) => `g_snail_${r}_${c}`,
    })],
  },
  {
    file: '县卫健局/血吸虫病查病登记表.xlsx', dept: '县卫健局', freq: 'annual', title: '血吸虫病查病登记表',
    sheets: [{
      kind: 'columns', name: '查病', seq: true, meta: '乡镇：                  村：                  查病时间：    年  月',
      cols: [
        L('村', 'v_name'), L('村民小组', 'p_group'), L('姓  名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('年龄（岁）', 'p_age', 'integer', '岁'),
        L('身份证号', 'p_idno', 'idcard'), L('职业', 'p_job', 'choice', null, ['农民', '渔民', '学生', '其他']),
        G('血清学检查', L('检查日期', 'p_xf_sero_date', 'date'), L('结果', 'p_xf_sero_res', 'choice', null, ['阳性', '阴性'])),
        G('病原学检查（粪检）', L('检查日期', 'p_xf_stool_date', 'date'), L('结果', 'p_xf_stool_res', 'choice', null, ['阳性', '阴性'])),
        L('是否晚期血吸虫病人', 'p_xf_advanced', 'boolean', null, YN), L('是否已治疗', 'p_xf_treated', 'boolean', null, YN), R(),
      ],
      blank: 12, footer: '检查单位：              检查人：              审核人：',
    }],
  },
  // ───────────── 县民政局 ─────────────
  {
    file: '县民政局/特困人员救助供养情况表.xlsx', dept: '县民政局', freq: 'quarterly', title: '特困人员救助供养情况表',
    sheets: [
      {
        kind: 'columns', name: '花名册', seq: true, meta: '乡镇（盖章）：                                 2025年第  季度',
        cols: [
          L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('公民身份号码', 'p_idno', 'idcard'),
          L('出生年月', 'p_birth', 'date'), L('供养方式', 'p_tk_mode', 'choice', null, TK_MODE), L('生活自理能力', 'p_selfcare', 'choice', null, SELFCARE),
          L('基本生活标准（元/月）', 'p_tk_basic', 'decimal', '元'), L('照料护理标准（元/月）', 'p_tk_care', 'decimal', '元'),
          G('委托照料服务人', L('姓名', 'p_tk_carer_name'), L('联系电话', 'p_tk_carer_phone', 'phone')), R(),
        ],
        blank: 10,
      },
      {
        kind: 'indicator-rows', name: '汇总', title: '特困人员救助供养情况汇总', head: ['项  目', '单位', '数量'], sign: 'cells',
        rows: [
          I('特困人员总数', 'v_tk_n', '人'), S('其中：集中供养', 'v_tk_central', '人'), S('分散供养', 'v_tk_disp', '人'),
          C('按生活自理能力分'), I('全自理', 'v_tk_selfcare', '人'), I('半失能', 'v_tk_semi', '人'), I('全失能', 'v_tk_disabled', '人'),
          C('本季度'), D('发放基本生活费', 'v_tk_pay_q', '万元'), D('发放照料护理费', 'v_tk_care_q', '万元'), I('新增特困人员', 'v_tk_new_q', '人'),
          I('终止供养', 'v_tk_end_q', '人'),
        ],
      },
    ],
  },
  {
    file: '县民政局/2019年特困人员认定情况核查表.xlsx', dept: '县民政局', freq: 'adhoc', catalog: false, title: '2019年特困人员认定情况核查表',
    sheets: [{
      kind: 'columns', name: '核查', seq: true, meta: '乡镇：                    村（社区）：                   核查日期：2019年  月  日',
      cols: [
        L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号', 'p_idno', 'idcard'),
        L('供养形式', 'p_tk_mode', 'choice', null, TK_MODE), L('自理能力评估结果', 'p_selfcare', 'choice', null, SELFCARE),
        L('核查结论', 'p_tk_check_res', 'choice', null, ['符合条件', '不符合条件']), R(),
      ],
      blank: 10, footer: FOOT_CUN, note: '注：本次核查为专项工作，一次性报送，请于2019年8月15日前将核查结果报县民政局社会救助股。',
    }],
  },
  // ───────────── 县人社局 ─────────────
  {
    file: '县人社局/城乡居民基本养老保险参保缴费花名册.xlsx', dept: '县人社局', freq: 'annual', title: '城乡居民基本养老保险参保缴费花名册',
    sheets: [{
      kind: 'columns', name: '参保缴费', seq: true, meta: '乡镇：                    村（社区）：                    2025年度',
      cols: [
        L('村（社区）', 'v_name'), L('村民小组', 'p_group'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX),
        L('公民身份号码', 'p_idno', 'idcard'), L('出生年月', 'p_birth', 'date'), L('参保身份', 'p_ins_cat', 'choice', null, INS_CAT),
        L('缴费档次（元）', 'p_pension_level', 'decimal', '元'), L('是否政府代缴', 'p_gov_pay', 'boolean', null, YN), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 12, footer: true,
    }],
  },
  {
    file: '县人社局/2015年城乡居民养老保险待遇领取资格核查表.xlsx', dept: '县人社局', freq: 'adhoc', catalog: false,
    title: '2015年城乡居民养老保险待遇领取资格核查表',
    sheets: [{
      kind: 'columns', name: '资格核查', seq: true, stat: { code: '人社居保临1表', org: 'XX县人力资源和社会保障局', approval: 'X人社函〔2015〕12号' },
      meta: '乡镇：                      村（社区）：',
      cols: [
        L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号码', 'p_idno', 'idcard'),
        L('出生日期', 'p_birth', 'date'), L('参保类别', 'p_ins_cat', 'choice', null, INS_CAT), L('联系方式', 'p_phone', 'phone'), R(),
      ],
      blank: 12, note: '注：专项核查，一次性填报，于2015年6月30日前报县人社局城乡居民养老保险股。',
    }],
  },
  // ───────────── 县医保局 ─────────────
  {
    file: '县医保局/城乡居民基本医疗保险参保登记表.xlsx', dept: '县医保局', freq: 'annual', title: '2025年度城乡居民基本医疗保险参保登记表',
    dictSheet: { name: '字典', visible: true },
    sheets: [{
      kind: 'columns', name: '参保登记', seq: true, meta: '乡镇（街道）：                 村（社区）：                  登记日期：    年  月  日',
      cols: [
        L('村（社区）', 'v_name'), G('户主', L('姓名', 'h_head_name'), L('身份证号', 'h_head_id', 'idcard')),
        L('参保人姓名', 'p_name'), L('与户主关系', 'p_relation', 'choice', null, REL), L('公民身份号码', 'p_idno', 'idcard'),
        L('性别', 'p_sex', 'choice', null, SEX), L('资助类别', 'p_med_aid_type', 'choice', null, AID), L('个人缴费（元）', 'p_med_fee', 'decimal', '元'),
        L('资助金额（元）', 'p_med_aid_amt', 'decimal', '元'), L('缴费方式', 'p_med_pay_mode', 'choice', null, ['微信', '银行代扣', '税务大厅', '村级代收']),
        L('缴费日期', 'p_med_pay_date', 'date'), L('是否异地参保', 'p_med_elsewhere', 'boolean', null, YN), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 12, footer: true,
    }],
  },
  {
    file: '县医保局/困难群众参保资助人员名单.xlsx', dept: '县医保局', freq: 'annual', title: '困难群众参加城乡居民医保资助人员名单',
    catalog: '困难群众参保资助人员名单',
    sheets: [{
      kind: 'columns', name: 'Sheet1', seq: true, meta: '乡镇：                                      年度：',
      cols: [
        L('村', 'v_name'), L('姓名', 'p_name'), L('身份证号码', 'p_idno', 'idcard'), L('资助对象类别', 'p_med_aid_type', 'choice', null, AID),
        L('资助标准（元）', 'p_med_aid_amt', 'decimal', '元'), R(),
      ],
      blank: 12, total: true, footer: true,
    }],
  },
  // ───────────── 县教育局 ─────────────
  {
    file: '县教育局/2025年春季学期义务教育控辍保学学生信息登记表.xlsx', dept: '县教育局', freq: 'semiannual', catalog: false,
    title: '2025年春季学期义务教育阶段控辍保学学生信息登记表',
    sheets: [{
      kind: 'columns', name: '学生信息', seq: true, meta: '乡镇：                 村（社区）：                 （每学期开学后15日内报县教育局基础教育股）',
      cols: [
        L('村（社区）', 'v_name'),
        G('学生信息', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号', 'p_idno', 'idcard'), L('出生日期', 'p_birth', 'date')),
        L('就读学校', 'p_school'), L('年级', 'p_grade', 'choice', null, ['一年级', '二年级', '三年级', '四年级', '五年级', '六年级', '七年级', '八年级', '九年级']),
        L('就学状态', 'p_study_status', 'choice', null, ['在校', '辍学', '送教上门', '休学']), L('是否留守儿童', 'p_left_behind', 'boolean', null, YN),
        G('监护人', L('姓名', 'p_guard_name'), L('与学生关系', 'p_guard_rel', 'choice', null, ['父亲', '母亲', '祖父母', '外祖父母', '其他']),
          L('联系电话', 'p_guard_phone', 'phone')), R(),
      ],
      blank: 12, footer: FOOT_CUN,
    }],
  },
  // ───────────── 县妇联 ─────────────
  {
    file: '县妇联/农村留守儿童关爱服务台账.xlsx', dept: '县妇联', freq: 'semiannual', title: '农村留守儿童关爱服务台账',
    sheets: [{
      kind: 'columns', name: '台账', seq: true, meta: '乡镇妇联：                    村（社区）妇联：                    2025年上（下）半年',
      cols: [
        L('村（社区）', 'v_name'), L('儿童姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生年月', 'p_birth', 'date'),
        L('身份证号码', 'p_idno', 'idcard'), L('就读学校', 'p_school'),
        G('监护人', L('姓名', 'p_guard_name'), L('联系电话', 'p_guard_phone', 'phone')), R('关爱服务情况'),
      ],
      blank: 12, footer: FOOT_CUN,
    }],
  },
  {
    file: '县妇联/村（社区）妇女工作基本情况统计表.xlsx', dept: '县妇联', freq: 'annual', title: '村（社区）妇女工作基本情况统计表',
    sheets: [{
      kind: 'indicator-rows', name: '妇女工作', head: ['项目', '单位', '数量'], sign: 'line', meta: '村（社区）妇联（盖章）：                        2024年度',
      rows: [
        C('一、妇女基本情况'), I('女性人口', 'v_pop_hj_f', '人'), S('其中：60周岁以上', 'v_pop_f_60', '人'), I('农村留守妇女', 'v_lb_women', '人'),
        I('单亲困难母亲', 'v_single_mother', '人'),
        C('二、妇女参与'), I('村“两委”女性成员', 'v_cadres_f', '人'), I('女党员', 'v_pm_f', '人'), I('村（社区）妇联执委', 'v_fl_exec', '人'),
        C('三、儿童'), I('0-17周岁儿童', 'v_pop_u18', '人'), I('农村留守儿童', 'v_lb_child', '人'), I('困境儿童', 'v_kj_child', '人'),
        C('四、阵地建设'), I('是否建有“妇女儿童之家”', 'v_fl_home', null, 'boolean', '是/否'), D('活动场所面积', 'v_fl_home_area', '平方米'),
        I('全年开展活动', 'v_fl_activities', '场次'),
        C('五、婚姻家庭'), I('排查婚姻家庭纠纷', 'v_marriage_disp', '件'), S('其中：化解', 'v_marriage_solved', '件'),
      ],
    }],
  },
  // ───────────── 县退役军人事务局 ─────────────
  {
    file: '县退役军人事务局/退役军人信息采集表.xlsx', dept: '县退役军人事务局', freq: 'adhoc', title: '退役军人信息采集表',
    dictSheet: { name: '选项', visible: true },
    sheets: [{
      kind: 'columns', name: '信息采集', seq: true, example: true, meta: '村（社区）退役军人服务站：                       采集日期：    年  月  日',
      cols: [
        G('基本信息', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
          L('出生日期', 'p_birth', 'date'), L('公民身份号码', 'p_idno', 'idcard'), L('政治面貌', 'p_polit', 'choice', null, POLIT),
          L('文化程度', 'p_edu', 'choice', null, EDU)),
        G('服役信息', L('入伍时间', 'p_enlist', 'date'), L('退役时间', 'p_discharge', 'date'), L('退役类别', 'p_vet_type', 'choice', null, VET)),
        G('家庭情况', L('婚姻状况', 'p_marital', 'choice', null, ['未婚', '已婚', '离异', '丧偶']), L('现居住地址', 'p_addr')),
        L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '县退役军人事务局/退役军人优待证申领人员名册.xlsx', dept: '县退役军人事务局', freq: 'adhoc', catalog: false, title: '退役军人优待证申领人员名册',
    sheets: [{
      kind: 'columns', name: '申领', seq: true, meta: '乡镇（街道）退役军人服务站：',
      cols: [
        L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号码', 'p_idno', 'idcard'), L('入伍年月', 'p_enlist', 'date'),
        L('退役年月', 'p_discharge', 'date'), L('手机号码', 'p_phone', 'phone'), R(),
      ],
      blank: 10, note: '注：有新申领人员时随时报送县退役军人事务局，不定期汇总。',
    }],
  },
  // ───────────── 县应急管理局 ─────────────
  {
    file: '县应急管理局/山洪地质灾害危险区转移避险人员名册.xlsx', dept: '县应急管理局', freq: 'annual', title: '山洪地质灾害危险区转移避险人员名册',
    catalog: '危险区转移避险人员名册',
    sheets: [{
      kind: 'columns', name: '名册', seq: true, meta: '乡镇（盖章）：                   村（社区）：                   2025年汛前',
      cols: [
        L('村（社区）', 'v_name'), L('村民小组', 'p_group'), L('危险区名称', 'h_danger_zone'),
        G('户主', L('姓名', 'h_head_name'), L('联系电话', 'h_phone', 'phone')), L('家庭人口（人）', 'h_size', 'integer', '人'),
        L('其中：老弱病残孕（人）', 'h_vulnerable', 'integer', '人'), L('转移安置地点', 'h_shelter'), L('转移路线', 'h_route'),
        G('转移责任人', L('姓名', 'h_resp_name'), L('联系电话', 'h_resp_phone', 'phone')), R(),
      ],
      blank: 12, footer: true,
    }],
  },
  {
    file: '县应急管理局/汛期转移避险情况周报表.xlsx', dept: '县应急管理局', freq: 'weekly', catalog: false, title: '汛期人员转移避险情况周报表',
    sheets: [XG({ name: '周报', meta: '乡镇（盖章）：                      统计时段：    月  日至  月  日',
      note: '注：汛期（5月1日至9月30日）每周一上午10时前报县防汛抗旱指挥部办公室（县应急管理局）。', footer: true }, {
      rowHead: ['项    目', '计量单位'], unitCol: true, totalCol: '合计',
      rows: [
        { l: '危险区户数', k: 'dz_hh', u: '户', t: 'integer' }, { l: '危险区人数', k: 'dz_pop', u: '人', t: 'integer' },
        { l: '本周转移人数', k: 'move_w', u: '人', t: 'integer' }, { l: '累计转移人数', k: 'move_cum', u: '人', t: 'integer' },
      ],
      cols: [L('三合村', 'sanhe', 'integer', null), L('新垸村', 'xinyuan', 'integer', null), L('沙湖村', 'shahu', 'integer', null)],
      elem: (r, c) => `g_flood_${c}_${r}`,
    })],
  },
  {
    file: '县应急管理局/2020年7月强降雨转移避险快报.xlsx', dept: '县应急管理局', freq: 'adhoc', title: '2020年7月强降雨人员转移避险情况快报',
    catalog: '强降雨人员转移避险情况快报',
    sheets: [XG({ name: 'Sheet1', meta: '乡镇（盖章）：                 截至    月  日  时', footer: '值班领导：            填报人：            值班电话：' }, {
      rowHead: ['项    目', '单位'], unitCol: true, totalCol: '全镇合计',
      rows: [
        { l: '危险区人数', k: 'dz_pop', u: '人', t: 'integer' }, { l: '累计转移人数', k: 'move_cum', u: '人', t: 'integer' },
        { l: '其中：集中安置人数', k: 'shelter', u: '人', t: 'integer' },
      ],
      cols: [L('三合村', 'sanhe', 'integer', null), L('新垸村', 'xinyuan', 'integer', null), L('沙湖村', 'shahu', 'integer', null)],
      elem: (r, c) => `g_flood_${c}_${r}`,
    })],
  },
  // ───────────── 县委组织部 ─────────────
  {
    file: '县委组织部/村“两委”班子成员基本情况表.xlsx', dept: '县委组织部', freq: 'annual', title: '村（社区）“两委”班子成员基本情况表',
    catalog: '村“两委”班子成员基本情况表',
    sheets: [{
      kind: 'columns', name: '两委成员', seq: true, meta: '乡镇党委（盖章）：                                 2024年12月',
      cols: [
        L('乡镇', 'v_town'), L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
        L('出生年月', 'p_birth', 'date'), L('年龄（岁）', 'p_age', 'integer', '岁'), L('文化程度', 'p_edu', 'choice', null, EDU),
        L('政治面貌', 'p_polit', 'choice', null, POLIT), L('入党时间', 'p_join_party', 'date'),
        L('现任职务', 'p_cadre_post', 'choice', null, ['党组织书记、村委会主任', '党组织副书记', '村委会副主任', '委员']),
        L('是否“一肩挑”', 'p_yjt', 'boolean', null, YN), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '县委组织部/党组织和党员情况统计表.xlsx', dept: '县委组织部', freq: 'annual', catalog: false, title: '村（社区）党组织和党员情况统计表',
    sheets: [{
      kind: 'indicator-rows', name: '党统', stat: { code: '党统村1表', org: '中共XX县委组织部', approval: 'X组通〔2023〕9号' },
      meta: '村（社区）党组织（盖章）：                          截至    年12月31日', head: ['项  目', '单位', '数量'], sign: 'side',
      rows: [
        C('一、党组织'), I('党组织数', 'v_party_orgs', '个'), S('其中：党支部', 'v_party_branches', '个'), I('党小组数', 'v_party_groups', '个'),
        C('二、村“两委”'), I('两委干部人数', 'v_cadres', '人'), S('其中：女性', 'v_cadres_f', '人'), S('35岁及以下', 'v_cadres_u35', '人'),
        S('大专及以上学历', 'v_cadres_college', '人'), I('后备力量人数', 'v_cadres_reserve', '人'),
      ],
      rows2: [
        C('三、党员'), I('党员总数', 'v_pm', '人'), S('其中：女党员', 'v_pm_f', '人'), S('少数民族党员', 'v_pm_minor', '人'), S('60岁以上党员', 'v_pm_60', '人'),
        I('预备党员', 'v_pm_prep', '人'), I('流动党员', 'v_pm_float', '人'), I('本年发展党员', 'v_pm_new_y', '人'), I('入党积极分子', 'v_activists', '人'),
      ],
    }],
  },
  // ───────────── 县残联 ─────────────
  {
    file: '县残联/残疾人两项补贴和康复需求调查表.xlsx', dept: '县残联', freq: 'annual', title: '2014年残疾人两项补贴享受和康复需求调查表',
    catalog: '残疾人两项补贴和康复需求调查表', xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'columns', name: 'Sheet1', startCol: 1, textNums: true, seq: true, meta: '乡镇：                   村（社区）：                  2014年  月  日',
      cols: [
        L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号', 'p_idno', 'idcard'),
        L('残疾人证号', 'p_disab_no'), L('残疾类别', 'p_disab_type', 'choice', null, DISAB_TYPE), L('残疾等级', 'p_disab_grade', 'choice', null, DISAB_GRADE),
        G('监护人', L('姓名', 'p_guard_name'), L('联系电话', 'p_guard_phone', 'phone')),
        L('是否享受困难残疾人生活补贴', 'p_disab_sub', 'boolean', null, YN), L('是否享受重度残疾人护理补贴', 'p_disab_care', 'boolean', null, YN),
        L('康复需求', 'p_rehab_need', 'choice', null, ['辅助器具', '康复训练', '医疗康复', '无']), R(),
      ],
      blank: 10, footer: true,
    }],
  },
];

const corpus = new Corpus('blind19', HERE, forms, [
  ['村级河湖长公示牌信息表.xlsx', '村级河湖长公示牌信息表', '县水利和湖泊局', '年报'],
  ['2022年防汛抗旱应急物资储备情况表.xlsx', '防汛抗旱应急物资储备情况表', '县应急管理局', '半年报'],
]);

async function main() {
  await corpus.build();
  writeReadme();
}

function writeReadme() {
  const gold = JSON.parse(fs.readFileSync(path.join(HERE, 'gold.json'), 'utf8'));
  const byLayout: Record<string, number> = {};
  for (const g of gold.fields) byLayout[g.layout] = (byLayout[g.layout] ?? 0) + 1;
  const formsOf = new Map<string, Set<string>>();
  for (const g of gold.fields) {
    if (g.element.startsWith('remark:')) continue;
    if (!formsOf.has(g.element)) formsOf.set(g.element, new Set());
    formsOf.get(g.element)!.add(g.ref.split('#')[0]);
  }
  const shared = [...formsOf.values()].filter((s) => s.size >= 2).length;
  const depts = new Set(forms.map((f) => f.dept));
  const absent = forms.filter((f) => f.catalog === false);
  const r = gold.retirement;
  const lines = [
    '# blind19 — held-out corpus (湖北 XX县, 稻虾共作·血防·水库移民后期扶持·湖区防汛, 2013–2025)',
    '',
    'Held-out: score only with --final; do not tune on it.',
    '',
    '## First look',
    '',
    '## Contents',
    '',
    `- ${forms.length} templates of ${depts.size} county offices (${[...depts].join('、')}) under \`forms/\` (one office folder each).`,
    `- ${gold.fields.length} gold fields: columns ${byLayout.columns ?? 0}, indicator-rows ${byLayout['indicator-rows'] ?? 0}, grid ${byLayout.grid ?? 0}.`,
    `- ${gold.elements.length} elements (${formsOf.size} without 备注), ${shared} of them (${Math.round((shared / formsOf.size) * 100)} %) collected by two or more forms.`,
    `- \`报表清单.xlsx\` lists ${forms.length - absent.length} of the forms plus 2 files that are not in the folder; ${absent.length} forms are absent from it`,
    '  (department and frequency recoverable from the folder and the title, a 表号/制定机关 block, a 报送 note or a system-export line):',
    ...absent.map((f) => `  - ${f.file} (${f.freq})`),
    '',
    '## Shapes',
    '',
    '- Long indicator-rows questionnaires: 统计局 村级基本情况统计年报表 (指标名称 | 计量单位 | 代码 | 本年 | 上年, 甲乙丙 code row, 一、（一） category rows,',
    '  其中： sub-items, 填表人/审核人/联系电话 cells at the bottom), 农经5表 收益分配 (signature side column), 党统 (two panels side by side), 妇联 (项目 | 单位 | 数量).',
    '- One form in several sheets: 第三次全国农业普查村普查表 (表一…表五 + 填表说明, hidden 选项 sheet); a two-sheet form: 特困人员 花名册 + 汇总.',
    '- Visible dropdown sheets: 退役军人信息采集表 (选项), 医保 参保登记表 (字典).',
    '- Old .xls conversions (Sheet1/Sheet2/Sheet3, numbers as text, stray empty column/row): 农村饮水安全工程情况调查表 (no title row), 残联 2014 调查表.',
    '- Two-level headers that change the meaning (户主 / 户主信息 / 监护人 / 委托照料服务人 / 转移责任人 / 包保干部 / 村级河湖长 / 施工单位 / 项目法人 > 姓名 / 联系电话,',
    '  血清学检查 vs 病原学检查 > 检查日期 / 结果, 本月 vs 本年累计 > 随访人次) and that do not (基本信息, 学生信息, 家庭成员, 家庭情况, 服役信息).',
    '- Grids: kit grid 作物 × 播种面积|总产量 ▸ 本年|上年 (农业) and 作物 × 播种面积|产量 (统计, shares the elements); 村民小组 × 移民户数|人数;',
    '  two columns of row labels 垸内|垸外 × 沟渠/塘堰/… × 查螺|有螺面积 (merged category, 合计 row); 1月…12月 across with a 单位 column and a 全年 column;',
    '  the transposed grid (indicators + 计量单位 down, 村 across, 合计 column) in the 汛期周报 and the 2020 快报 (sharing their cells).',
    '- Synonyms: 撂荒面积 / 撂荒耕地面积 / 撂荒耕地; 稻虾共作面积 / 稻虾综合种养面积; 两委成员人数 / 两委干部人数; 自来水入户户数 / 通自来水户数;',
    '  总户数 / 户籍户数; 供养方式 / 供养形式; 资助标准 / 资助金额; 入伍时间 / 入伍年月; 联系方式 / 手机号码 / 联系电话. Near-misses: 年龄 ≠ 出生日期,',
    '  60/65/80周岁及以上, 户数 ≠ 人数, 本月 ≠ 累计, 党员 ≠ 预备党员 ≠ 流动党员, 常住 ≠ 户籍, 上年 ≠ 本年.',
    '- Frequencies: weekly (汛期周报), monthly, quarterly, semiannual, annual, adhoc.',
    '',
    '## Retirement truth',
    '',
    `Computed by the kit's README rule (coverage over non-备注 elements by forms of the same or higher frequency).`,
    '',
    `- full (${r.full.length}): ${r.full.map((f: string) => `${f} ← ${r.coveredBy[f].join(', ')}`).join('; ')}`,
    `- partial (${r.partial.length}): ${r.partial.map((f: string) => `${f} (${r.coverage[f]})`).join('; ')}`,
    '',
    '## Rebuild',
    '',
    '```',
    'npx tsx tests/blind19/build-corpus.ts            # forms/, 报表清单.xlsx, gold.json, README.md',
    'npx tsx tests/blind19/build-corpus.ts --gold-only  # gold.json (and README) only',
    'npx tsx tests/blind4/check-corpus.ts tests/blind19 # must print bad 0',
    '```',
    '',
  ];
  fs.writeFileSync(path.join(HERE, 'README.md'), lines.join('\n'));
}

void main();
