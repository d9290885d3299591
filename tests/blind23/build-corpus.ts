/**
 * Held-out corpus "blind23": 35 templates of 14 offices of a suburban county in 山东 (XX县, 城东街道), 2013–2025 —
 * 设施农业 / 蔬菜大棚 and 农民专业合作社 (农业农村局, 统计局, 自然资源和规划局, 市场监督管理局, 供销合作社), 合村并居 and
 * 农村社区 (民政局, 住建局, 自然资源和规划局, 县委组织部), 社区养老 and 医养结合 (民政局, 卫生健康局, 医疗保障局, 人社局,
 * 市场监督管理局), 安全生产 and 燃气 (应急管理局, 住建局, 消防救援大队), 退役军人服务站 (退役军人事务局).
 * Written from ../shared/bench/README.md and tests/blind4/kit.ts only; the gold sits next to each label.
 *
 *   npx tsx tests/blind23/build-corpus.ts            → tests/blind23/forms, 报表清单.xlsx, gold.json (README.md if absent)
 *   npx tsx tests/blind23/build-corpus.ts --readme   → also rewrite README.md
 *   npx tsx tests/blind23/build-corpus.ts --gold-only → gold.json only
 */
import fs from 'node:fs';
import path from 'node:path';
import { C, Corpus, D, EDU, G, I, L, NATION, POLIT, R, S as kitS, SEX, YN, type Form, type T } from './kit';

/** a `其中：` sub-item: areas, amounts, weights and rates are decimals, counts integers */
const DEC = new Set(['亩', '公顷', '万元', '元', '吨', '平方米', '%']);
const S = (l: string, e: string, u: string | null, t?: T) => kitS(l, e, u, t ?? (u && DEC.has(u) ? 'decimal' : 'integer'));

const HERE = import.meta.dirname ?? __dirname;
const VILL = ['东关社区', '杏花社区', '王家庄村', '前屯村', '柳林社区', '后营村'];
const YF_TYPE = ['残疾军人', '烈士遗属', '因公牺牲军人遗属', '病故军人遗属', '在乡复员军人', '带病回乡退伍军人', '参战参试退役人员', '其他'];
const GH_TYPE = ['日光温室', '塑料大拱棚', '连栋温室', '中小拱棚', '其他'];
const LAND_TYPE = ['耕地', '一般农用地', '设施农用地', '建设用地'];
const ELD_FAC = ['农村幸福院', '长者食堂', '幸福院+长者食堂', '日间照料中心'];
const CM_MODE = ['整体搬迁', '多村合并', '就地改造', '城镇化安置'];
const LIVING = ['独居', '空巢', '留守', '与子女同住', '其他'];
const GAS = ['管道天然气', '瓶装液化石油气', '未使用燃气'];
const FOOT_CUN = '村（社区）负责人：            填表人：            联系电话：            填报日期：    年  月  日';

const forms: Form[] = [
  // ───────────── 县民政局 ─────────────
  {
    file: '县民政局/农村社区基本情况统计表.xlsx', dept: '县民政局', freq: 'annual', title: '2021年度农村社区基本情况统计表',
    sheets: [{
      kind: 'columns', name: '农村社区', seq: true, villages: VILL, total: true, codeRow: true,
      stat: { code: '民基社1表', org: 'XX县民政局', approval: 'X民发〔2021〕12号', valid: '2022年12月' },
      meta: '填报单位（盖章）：                                 2021年12月31日',
      cols: [
        L('镇（街道）', 'v_town'), L('农村社区名称', 'v_name'), L('涵盖建制村（个）', 'v_cm_villages', 'integer', '个'),
        L('户籍户数（户）', 'v_hh_hj', 'integer', '户'),
        G('户籍人口（人）', L('合计', 'v_pop_hj', 'integer', '人'), L('男', 'v_pop_hj_m', 'integer', '人'), L('女', 'v_pop_hj_f', 'integer', '人')),
        L('常住人口（人）', 'v_pop_cz', 'integer', '人'),
        G('60周岁及以上老年人（人）', L('小计', 'v_pop_60', 'integer', '人'), L('60-79周岁', 'v_pop_60_79', 'integer', '人'),
          L('80周岁及以上', 'v_pop_80', 'integer', '人')),
        L('独居老年人（人）', 'v_eld_alone', 'integer', '人'),
        L('社区综合服务中心\n面积（平方米）', 'v_cm_center_area', 'decimal', '平方米'), L('社区工作者（人）', 'v_cm_workers', 'integer', '人'),
        L('农村幸福院（个）', 'v_happyhome_n', 'integer', '个'), R(),
      ],
      footer: true, note: '注：合村并居后的农村社区按社区填报，未并居的建制村按村填报。',
    }],
  },
  {
    file: '县民政局/农村幸福院和长者食堂运营情况月报表.xlsx', dept: '县民政局', freq: 'monthly', title: '农村幸福院和长者食堂运营情况月报表',
    catalog: '农村幸福院、长者食堂运营情况月报',
    sheets: [{
      kind: 'columns', name: '运营月报', seq: true, meta: '镇（街道）：                                        填报月份：2024年  月',
      cols: [
        L('设施名称', 'f_eld_name'), L('所在村（社区）', 'v_name'), L('设施类别', 'f_eld_type', 'choice', null, ELD_FAC),
        L('建成时间', 'f_eld_built', 'date'), L('床位数（张）', 'f_eld_beds', 'integer', '张'),
        L('运营方式', 'f_eld_op', 'choice', null, ['村（社区）自营', '委托社会组织运营', '连锁化运营', '志愿服务']),
        G('本月', L('服务老年人（人）', 'f_eld_served_m', 'integer', '人'), L('助餐人次', 'f_eld_meals_m', 'integer', '人次')),
        G('本年累计', L('助餐人次', 'f_eld_meals_y', 'integer', '人次')),
        G('负责人', L('姓名', 'f_eld_head_name'), L('联系电话', 'f_eld_head_phone', 'phone')),
        L('是否正常运营', 'f_eld_running', 'boolean', null, YN), R(),
      ],
      blank: 8, total: true, footer: true,
    }],
  },
  {
    file: '县民政局/特殊困难老年人探访关爱服务台账.xlsx', dept: '县民政局', freq: 'monthly', catalog: false, title: '特殊困难老年人探访关爱服务台账',
    sheets: [{
      kind: 'columns', name: '探访台账', seq: true,
      meta: '镇（街道）：              村（社区）：              （每月5日前报送县民政局养老服务科）',
      cols: [
        L('村（社区）', 'v_name'),
        G('老年人基本信息', L('姓  名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('年龄', 'p_age', 'integer', '岁'),
          L('身份证号', 'p_idno', 'idcard'),
          L('居住状况', 'p_living', 'choice', null, LIVING),
          L('老年人能力评估等级', 'p_ability', 'choice', null, ['能力完好', '轻度失能', '中度失能', '重度失能', '完全失能']),
          L('现住址', 'p_addr_now')),
        G('紧急联系人', L('姓名', 'p_emerg_name'), L('与老人关系', 'p_emerg_rel', 'choice', null, ['子女', '配偶', '兄弟姐妹', '邻居', '其他']),
          L('联系电话', 'p_emerg_phone', 'phone')),
        G('探访情况', L('探访日期', 'p_eldvisit_date', 'date'), L('探访方式', 'p_eldvisit_mode', 'choice', null, ['上门探访', '电话探访', '视频探访']),
          L('探访人', 'p_eldvisitor')),
        R(),
      ],
      blank: 12, footer: FOOT_CUN, note: '注：独居、空巢、留守、失能、重残、计划生育特殊家庭老年人每月至少探访1次。',
    }],
  },
  {
    file: '县民政局/80周岁及以上老年人高龄津贴发放花名册.xlsx', dept: '县民政局', freq: 'quarterly', title: '2014年第一季度80周岁及以上老年人高龄津贴发放花名册',
    catalog: '80周岁及以上老年人高龄津贴发放花名册（季报）', xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'columns', name: 'Sheet1', startCol: 1, textNums: true, seq: true,
      meta: '乡镇（街道）（盖章）：                                         2014年  月  日',
      cols: [
        L('乡镇（街道）', 'v_town'), L('村（居）', 'v_name'), L('姓  名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX),
        L('出生日期', 'p_birth', 'date'), L('年龄', 'p_age', 'integer', '岁'), L('身份证号码', 'p_idno', 'idcard'),
        L('年龄段', 'p_age_band', 'choice', null, ['80-89周岁', '90-99周岁', '100周岁及以上']),
        L('月补贴标准（元）', 'p_gl_std', 'decimal', '元'), L('本季发放金额（元）', 'p_gl_pay_q', 'decimal', '元'),
        L('银行卡号', 'p_bank_acct'), R(),
      ],
      blank: 10, footer: '经办人：              审核人：              乡镇（街道）民政办负责人：',
    }],
  },
  {
    file: '县民政局/养老服务统计季报表.xlsx', dept: '县民政局', freq: 'quarterly', title: '养老服务统计季报表', catalog: '养老服务统计季报',
    sheets: [{
      kind: 'indicator-rows', name: '季报', stat: { code: '民养季1表', org: 'XX县民政局', approval: 'X民发〔2023〕4号', valid: '2025年12月' },
      meta: '填报单位（村/社区）：                                       2024年第  季度',
      head: ['指标名称', '计量单位', '代码', '本季末', '上年同期'], codeRow: true, sign: 'cells',
      rows: [
        C('一、老年人口'), I('户籍人口', 'v_pop_hj', '人'), I('60周岁及以上老年人口', 'v_pop_60', '人'), S('其中：65周岁及以上', 'v_pop_65', '人'),
        S('80周岁及以上', 'v_pop_80', '人'), S('100周岁及以上', 'v_pop_100', '人'), I('独居老年人', 'v_eld_alone', '人'),
        I('空巢老年人', 'v_eld_empty', '人'), I('失能、半失能老年人', 'v_eld_disabled', '人'),
        C('二、养老服务设施'), I('农村幸福院', 'v_happyhome_n', '个'), S('其中：正常运营', 'v_happyhome_run', '个'),
        I('长者食堂', 'v_canteen_n', '个'), I('日间照料中心', 'v_daycare_n', '个'), I('医养结合机构', 'v_yy_orgs', '个'),
        I('养老床位', 'v_eld_beds', '张'),
        C('三、养老服务'), I('本季助餐服务人次', 'v_meals_q', '人次'), I('探访关爱特殊困难老年人', 'v_eld_visited', '人'),
        I('享受高龄津贴人数', 'v_gl_n', '人'), D('本季发放高龄津贴', 'v_gl_pay_q', '万元'),
        I('享受经济困难老年人养老服务补贴人数', 'v_eld_sub_n', '人'),
        C('四、养老服务队伍'), I('养老护理员', 'v_carers', '人'),
      ],
    }],
  },
  // ───────────── 县卫生健康局 ─────────────
  {
    file: '县卫生健康局/医养结合服务情况统计表.xlsx', dept: '县卫生健康局', freq: 'semiannual', title: '村（社区）医养结合服务情况统计表',
    catalog: '医养结合服务情况统计表（半年报）',
    sheets: [{
      kind: 'indicator-rows', name: '医养结合', head: ['项    目', '单位', '数量'], sign: 'side',
      meta: '村（社区）：                    所属镇（街道）卫生院：                    2023年上（下）半年',
      rows: [
        C('一、基本情况'), I('常住人口', 'v_pop_cz', '人'), I('65岁及以上老年人', 'v_pop_65', '人'), S('其中：失能老年人', 'v_eld_disabled_65', '人'),
        I('村卫生室', 'v_clinic_n', '个'), I('乡村医生', 'v_village_doctors', '人'),
        C('二、医养结合机构'), I('医养结合机构', 'v_yy_orgs', '个'), S('其中：医疗机构内设养老床位的', 'v_yy_med_beds_org', '个'),
        S('养老机构内设医务室（护理站）的', 'v_yy_eld_clinic_org', '个'), I('医养结合床位', 'v_yy_beds', '张'),
        I('入住老年人', 'v_yy_residents', '人'), I('医护人员', 'v_yy_staff', '人'),
        C('三、签约合作'), I('与养老机构签约合作的村卫生室', 'v_yy_signed_clinic', '个'), I('签约医疗服务的农村幸福院', 'v_yy_signed_happyhome', '个'),
        C('四、居家社区医养服务'), I('65岁及以上老年人健康管理人数', 'v_eld_health_mgmt', '人'), I('家庭医生签约老年人', 'v_fd_old', '人'),
        I('上门医疗服务人次', 'v_home_visits_h', '人次'), I('家庭病床', 'v_home_beds', '张'), I('老年人中医药健康管理人数', 'v_tcm_mgmt', '人'),
        C('五、长期护理'), I('享受长期护理保险待遇的失能人员', 'v_ltc_n', '人'), S('其中：居家护理', 'v_ltc_home', '人'), S('机构护理', 'v_ltc_inst', '人'),
      ],
    }],
  },
  {
    file: '县卫生健康局/65岁及以上老年人健康体检花名册及汇总表.xlsx', dept: '县卫生健康局', freq: 'quarterly', catalog: false,
    title: '65岁及以上老年人健康体检花名册',
    sheets: [
      {
        kind: 'columns', name: '花名册', seq: true, meta: '镇（街道）卫生院：                   村卫生室：                   2022年  季度',
        cols: [
          L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生日期', 'p_birth', 'date'),
          L('身份证号', 'p_idno', 'idcard'), L('联系电话', 'p_phone', 'phone'), L('体检日期', 'p_exam_date', 'date'),
          G('血压（mmHg）', L('收缩压', 'p_sbp', 'integer', 'mmHg'), L('舒张压', 'p_dbp', 'integer', 'mmHg')),
          L('空腹血糖（mmol/L）', 'p_glu', 'decimal', 'mmol/L'), L('是否高血压患者', 'p_hbp', 'boolean', null, YN),
          L('是否糖尿病患者', 'p_dm', 'boolean', null, YN), L('是否签约家庭医生', 'p_fd_signed', 'boolean', null, YN),
          L('居住情况', 'p_living', 'choice', null, LIVING), L('生活自理能力评估', 'p_selfcare', 'choice', null, ['可自理', '轻度依赖', '中度依赖', '不能自理']), R(),
        ],
        blank: 12, note: '注：每季度末月20日前将花名册和汇总表报送县卫生健康局基层卫生健康科。',
      },
      {
        kind: 'indicator-rows', name: '汇总表', title: '65岁及以上老年人健康体检情况汇总表', head: ['项  目', '单位', '数量'], sign: 'cells',
        rows: [
          I('65岁及以上老年人数', 'v_pop_65', '人'), I('本季度体检人数', 'v_eld_exam_q', '人'), I('本年累计体检人数', 'v_eld_exam_y', '人'),
          S('其中：高血压患者', 'v_eld_exam_hbp', '人'), S('糖尿病患者', 'v_eld_exam_dm', '人'), D('体检率', 'v_eld_exam_rate', '%'),
          I('家庭医生签约老年人', 'v_fd_old', '人'), I('纳入健康管理的老年人', 'v_eld_health_mgmt', '人'),
        ],
      },
    ],
  },
  {
    file: '县卫生健康局/2024年重点人群家庭医生签约服务进度表.xlsx', dept: '县卫生健康局', freq: 'annual', title: '2024年重点人群家庭医生签约服务进度表',
    sheets: [{
      kind: 'grid', name: '签约进度', key: '重点人群', prefix: 'g_fdsign', meta: '镇（街道）卫生院：                    村卫生室：',
      rows: [
        { l: '65岁及以上老年人', k: 'old' }, { l: '高血压患者', k: 'hbp' }, { l: '2型糖尿病患者', k: 'dm' },
        { l: '失能（半失能）老年人', k: 'disab' }, { l: '退役军人等优抚对象', k: 'vet' },
      ],
      cols: [
        L('应签约人数（人）', 'due', 'integer', '人'),
        G('累计签约人数（人）', L('第一季度', 'q1', 'integer', '人'), L('第二季度', 'q2', 'integer', '人'), L('第三季度', 'q3', 'integer', '人'),
          L('第四季度', 'q4', 'integer', '人')),
      ],
      total: true, footer: true,
    }],
  },
  // ───────────── 县农业农村局 ─────────────
  {
    file: '县农业农村局/设施农业大棚基本情况登记表.xlsx', dept: '县农业农村局', freq: 'annual', title: '2019年设施农业大棚基本情况登记表',
    dictSheet: { name: '下拉列表', visible: true },
    sheets: [{
      kind: 'columns', name: '登记表', seq: true, example: true,
      meta: '镇（街道）：                    村（社区）：                    填报日期：2019年  月  日',
      cols: [
        L('村（社区）', 'v_name'),
        G('经营主体', L('名称', 'gh_owner_name'), L('类型', 'gh_owner_type', 'choice', null, ['普通农户', '家庭农场', '农民专业合作社', '农业企业', '其他'])),
        G('负责人', L('姓名', 'gh_head_name'), L('身份证号', 'gh_head_id', 'idcard'), L('联系电话', 'gh_head_phone', 'phone')),
        L('大棚类型', 'gh_type', 'choice', null, GH_TYPE), L('大棚数量（个）', 'gh_count', 'integer', '个'),
        L('占地面积（亩）', 'gh_area', 'decimal', '亩'), L('建成时间', 'gh_built', 'date'),
        L('主要种植品种', 'gh_crop', 'choice', null, ['番茄', '黄瓜', '辣椒', '茄子', '西葫芦', '芹菜', '韭菜', '食用菌', '其他']),
        L('土地性质', 'gh_land_type', 'choice', null, LAND_TYPE), L('是否存在“大棚房”问题', 'gh_dpf', 'boolean', null, YN), R(),
      ],
      blank: 12, footer: FOOT_CUN,
    }],
  },
  {
    file: '县农业农村局/农民专业合作社基本情况统计表.xlsx', dept: '县农业农村局', freq: 'annual', title: '2024年农民专业合作社基本情况统计表',
    sheets: [{
      kind: 'columns', name: '合作社', seq: true, meta: '镇（街道）：                                        统计截止时间：2024年12月31日',
      cols: [
        L('合作社名称', 'coop_name'), L('统一社会信用代码', 'coop_uscc'), L('所在村（社区）', 'v_name'), L('成立时间', 'coop_reg_date', 'date'),
        G('法定代表人（理事长）', L('姓名', 'coop_legal_name'), L('联系电话', 'coop_legal_phone', 'phone')),
        L('主营行业', 'coop_industry', 'choice', null, ['蔬菜种植', '粮食种植', '果品', '畜禽养殖', '农机服务', '农资供应', '其他']),
        L('成员数（个）', 'coop_members', 'integer', '个'), L('其中：农民成员（个）', 'coop_farmer_members', 'integer', '个'),
        L('成员出资总额（万元）', 'coop_capital', 'decimal', '万元'), L('经营收入（万元）', 'coop_income', 'decimal', '万元'),
        L('示范社级别', 'coop_demo', 'choice', null, ['国家级', '省级', '市级', '县级', '无']),
        L('是否开展土地托管服务', 'coop_tuoguan', 'boolean', null, YN), L('住所', 'coop_addr'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '县农业农村局/设施蔬菜生产情况月报表.xlsx', dept: '县农业农村局', freq: 'monthly', title: '设施蔬菜生产情况月报表', catalog: '设施蔬菜生产情况月报',
    sheets: [{
      kind: 'grid', name: '设施蔬菜', key: '类  别', key2: '品  种', prefix: 'g_facveg',
      meta: '填报单位（盖章）：                                    2024年  月',
      rows: [
        { g: '茄果类', l: '番茄', k: 'tomato' }, { g: '茄果类', l: '辣椒', k: 'pepper' }, { g: '茄果类', l: '茄子', k: 'eggplant' },
        { g: '瓜类', l: '黄瓜', k: 'cucumber' }, { g: '瓜类', l: '西葫芦', k: 'zucchini' },
        { g: '叶菜类', l: '芹菜', k: 'celery' }, { g: '叶菜类', l: '韭菜', k: 'chive' }, { g: '其他', l: '食用菌', k: 'mushroom' },
      ],
      cols: [
        G('本月', L('在田面积（亩）', 'area_m', 'decimal', '亩'), L('产量（吨）', 'out_m', 'decimal', '吨')),
        G('本年累计', L('产量（吨）', 'out_y', 'decimal', '吨')),
      ],
      total: true, footer: true,
    }],
  },
  {
    file: '县农业农村局/农村经营管理情况统计年报表.xlsx', dept: '县农业农村局', freq: 'annual', catalog: false, title: '2023年农村经营管理情况统计年报表',
    sheets: [{
      kind: 'indicator-rows', name: '农经年报', stat: { code: '农经年1表', org: 'XX县农业农村局', approval: 'X农字〔2023〕21号', valid: '2024年6月' },
      meta: '填报单位：                      村（社区）                      2023年度', head: ['指标名称', '单位', '数量'], sign: 'cells',
      rows: [
        C('一、基本情况'), I('村民小组', 'v_groups', '个'), I('农户数', 'v_farm_hh', '户'), I('乡村人口', 'v_pop_rural', '人'),
        I('乡村劳动力', 'v_labor', '人'),
        C('二、土地承包经营'), D('家庭承包耕地面积', 'v_land_contract', '亩'), D('土地流转面积', 'v_land_transfer', '亩'),
        S('其中：流转入农民专业合作社', 'v_transfer_coop', '亩'), D('土地托管服务面积', 'v_tuoguan_area', '亩'),
        I('土地托管服务农户', 'v_tuoguan_hh', '户'),
      ],
      rows2: [
        C('三、新型农业经营主体'), I('农民合作社数', 'v_coop_n', '个'), S('其中：本年新增', 'v_coop_new', '个'),
        S('县级以上示范社', 'v_coop_demo_n', '个'), I('家庭农场数', 'v_ff_n', '个'),
        C('四、集体经济'), D('村集体经济收入', 'v_coll_income', '万元'), S('其中：经营性收入', 'v_coll_op_income', '万元'),
        D('集体资产总额', 'v_coll_assets', '万元'),
      ],
    }],
  },
  // ───────────── 县统计局 ─────────────
  {
    file: '县统计局/农村基本情况统计年报表.xlsx', dept: '县统计局', freq: 'annual', title: '农村基本情况统计年报表',
    sheets: [{
      kind: 'indicator-rows', name: '农村基本情况', stat: { code: '农基年1表', org: 'XX县统计局', approval: '鲁统字〔2022〕35号', valid: '2025年12月' },
      meta: '填报单位（村委会/社区居委会）：                          2024年度',
      head: ['指标名称', '计量单位', '代码', '本年', '上年'], codeRow: true, sign: 'cells',
      rows: [
        C('一、村基本情况'), I('自然村', 'v_natvill', '个'), I('村民小组', 'v_groups', '个'), I('是否已实施合村并居', 'v_hbj_done', null, 'boolean', '是/否'),
        I('户籍户数', 'v_hh_hj', '户'), I('户籍总人口', 'v_pop_hj', '人'), S('其中：男', 'v_pop_hj_m', '人'), S('女', 'v_pop_hj_f', '人'),
        I('常住人口', 'v_pop_cz', '人'), I('60岁及以上人口', 'v_pop_60', '人'), S('其中：65岁及以上', 'v_pop_65', '人'),
        S('80岁及以上', 'v_pop_80', '人'), I('退役军人', 'v_vet_n', '人'), I('中共党员', 'v_pm', '人'),
        C('二、劳动力和从业人员'), I('乡村劳动力资源数', 'v_labor', '人'), I('乡村从业人员', 'v_rural_emp', '人'), S('其中：从事农业', 'v_emp_agri', '人'), I('外出从业人员', 'v_migrant', '人'),
        S('其中：省外', 'v_migrant_outprov', '人'),
        C('三、土地和农业生产'), C('（一）土地', 1), D('耕地面积', 'v_land', '亩'), S('其中：高标准农田', 'v_land_hs', '亩'),
        D('设施农业占地面积', 'v_fac_land', '亩'), D('土地流转面积', 'v_land_transfer', '亩'),
        C('（二）设施农业', 1), I('设施农业经营户', 'v_fac_hh', '户'), I('蔬菜大棚（温室）', 'v_gh_n', '个'), S('其中：日光温室', 'v_gh_solar', '个'), S('塑料大拱棚', 'v_gh_plastic', '个'),
        D('设施蔬菜播种面积', 'v_fac_veg_area', '亩'), D('设施蔬菜产量', 'v_fac_veg_out', '吨'),
        C('（三）种植业', 1), D('粮食播种面积', 'v_grain_area', '亩'), D('粮食产量', 'v_grain_out', '吨'), D('蔬菜播种面积', 'v_veg_area', '亩'),
        D('蔬菜产量', 'v_veg_out', '吨'),
        C('（四）畜牧业', 1), I('生猪存栏', 'v_pig_stock', '头'), I('生猪出栏', 'v_pig_out', '头'),
        C('四、农业经营主体'), I('农民专业合作社', 'v_coop_n', '个'), I('家庭农场', 'v_ff_n', '个'),
        C('五、基础设施'), I('是否通管道天然气', 'v_gas_pipe', null, 'boolean', '是/否'), I('管道天然气入户户数', 'v_gas_pipe_hh', '户'),
        I('使用瓶装液化气户数', 'v_lpg_hh', '户'), I('通自来水户数', 'v_tap_hh', '户'), I('卫生厕所户数', 'v_toilet_hh', '户'),
        C('六、公共服务'), I('村卫生室', 'v_clinic_n', '个'), I('乡村医生', 'v_village_doctors', '人'), I('执业（助理）医师', 'v_doctors_lic', '人'),
        I('农村幸福院', 'v_happyhome_n', '个'), I('长者食堂', 'v_canteen_n', '个'),
        I('是否建有退役军人服务站', 'v_vet_station', null, 'boolean', '是/否'),
        C('七、社会保障'), I('参加城乡居民基本养老保险人数', 'v_pension_ins', '人'), I('参加城乡居民基本医疗保险人数', 'v_med_ins', '人'),
        I('农村低保人数', 'v_rdb_n', '人'), I('特困供养人员', 'v_tk_n', '人'),
        C('八、集体经济和收入'), D('村集体经济收入', 'v_coll_income', '万元'), S('其中：经营性收入', 'v_coll_op_income', '万元'),
        D('村集体资产总额', 'v_coll_assets', '万元'), D('农村居民人均可支配收入', 'v_income_pc', '元'),
      ],
    }],
  },
  {
    file: '县统计局/2024年第三季度设施农业生产情况调查表.xlsx', dept: '县统计局', freq: 'quarterly', catalog: false,
    title: '2024年第三季度设施农业生产情况调查表',
    sheets: [{
      kind: 'indicator-rows', name: '设施农业', stat: { code: '农（设）季1表', org: 'XX县统计局', approval: '鲁统字〔2022〕35号', valid: '2025年12月' },
      meta: '调查村（社区）：                      调查员：', head: ['项  目', '单位', '本季', '上年同季'], sign: 'line',
      rows: [
        C('一、设施规模'), I('设施农业经营户', 'v_fac_hh', '户'), I('温室大棚数', 'v_gh_n', '个'), S('其中：日光温室', 'v_gh_solar', '个'),
        S('塑料大棚', 'v_gh_plastic', '个'), D('设施农业占地面积', 'v_fac_land', '亩'),
        C('二、本季生产'), D('设施蔬菜播种面积', 'v_fac_veg_area_q', '亩'), D('设施蔬菜产量', 'v_fac_veg_out_q', '吨'),
        D('设施瓜果产量', 'v_fac_fruit_out_q', '吨'), D('设施食用菌产量', 'v_fac_mush_out_q', '吨'),
        C('三、成本收益'), D('亩均产值', 'v_fac_value_mu', '元'), D('亩均生产成本', 'v_fac_cost_mu', '元'), I('雇工人数', 'v_fac_hired', '人'),
      ],
    }],
  },
  // ───────────── 县应急管理局 ─────────────
  {
    file: '县应急管理局/安全生产隐患排查整治情况周报表.xlsx', dept: '县应急管理局', freq: 'weekly', catalog: false, title: '安全生产隐患排查整治情况周报表',
    sheets: [{
      kind: 'columns', name: '周报', seq: true, villages: VILL, total: true,
      meta: '填报单位：                    填报时间：    年  月  日（每周四下午5点前报送县应急管理局）',
      cols: [
        L('镇（街道）', 'v_town'), L('村（社区）', 'v_name'),
        G('本周', L('检查生产经营单位（家）', 'v_chk_units_w', 'integer', '家'), L('发现隐患（项）', 'v_haz_found_w', 'integer', '项'),
          L('完成整改（项）', 'v_haz_fixed_w', 'integer', '项'), L('其中：燃气安全隐患（项）', 'v_haz_gas_w', 'integer', '项')),
        G('累计', L('发现隐患（项）', 'v_haz_found_cum', 'integer', '项'), L('完成整改（项）', 'v_haz_fixed_cum', 'integer', '项'),
          L('整改率（%）', 'v_haz_rate', 'decimal', '%')),
        R(),
      ],
      footer: true,
    }],
  },
  {
    file: '县应急管理局/生产经营单位安全生产基本情况台账.xlsx', dept: '县应急管理局', freq: 'annual', title: '2022年生产经营单位安全生产基本情况台账',
    sheets: [{
      kind: 'columns', name: '台账', seq: true, meta: '镇（街道）：                    村（社区）：                    2022年  月  日',
      cols: [
        L('单位名称', 'ent_name'), L('统一社会信用代码', 'ent_uscc'), L('所在村（社区）', 'v_name'),
        L('行业类别', 'ent_industry', 'choice', null, ['工贸', '危险化学品', '烟花爆竹', '建筑施工', '交通运输', '餐饮', '其他']),
        G('主要负责人', L('姓名', 'ent_head_name'), L('联系电话', 'ent_head_phone', 'phone')),
        G('安全管理人员', L('姓名', 'ent_safety_name'), L('联系电话', 'ent_safety_phone', 'phone')),
        L('从业人员数（人）', 'ent_staff', 'integer', '人'), L('是否使用燃气', 'ent_gas_use', 'boolean', null, YN),
        L('燃气类型', 'ent_gas_type', 'choice', null, GAS), L('是否安装可燃气体报警装置', 'ent_gas_alarm', 'boolean', null, YN),
        L('安全生产标准化等级', 'ent_std_level', 'choice', null, ['一级', '二级', '三级', '小微企业', '未达标']), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '村（社区）安全生产网格员花名册.xlsx', dept: '县应急管理局', freq: 'adhoc', catalog: false, title: '村（社区）安全生产网格员花名册',
    sheets: [{
      kind: 'columns', name: '网格员', seq: true, meta: '镇（街道）（盖章）：',
      cols: [
        L('镇（街道）', 'v_town'), L('村（社区）', 'v_name'), L('网格员姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX),
        L('出生年月', 'p_birth', 'date'), L('民族', 'p_nation', 'choice', null, NATION), L('公民身份号码', 'p_idno', 'idcard'),
        L('政治面貌', 'p_polit', 'choice', null, POLIT), L('文化程度', 'p_edu', 'choice', null, EDU), L('手机号码', 'p_phone', 'phone'),
      ],
      blank: 10, note: '注：网格员发生调整的，请于调整后3个工作日内将本表报县应急管理局基础科备案。',
    }],
  },
  {
    file: '县应急管理局/城镇燃气安全隐患排查整治月报表.xlsx', dept: '县应急管理局', freq: 'monthly', title: '城镇燃气安全隐患排查整治情况月报表',
    catalog: '城镇燃气安全隐患排查整治月报',
    sheets: [{
      kind: 'grid', name: '月报', key: '场所类别', prefix: 'g_gaswk',
      meta: '填报单位（盖章）：                                  2023年  月',
      rows: [
        { l: '居民燃气用户', k: 'res', u: '户' }, { l: '餐饮企业等商业用户', k: 'com', u: '家' },
        { l: '学校、医院、养老机构等', k: 'pub', u: '家' }, { l: '工业企业', k: 'ind', u: '家' },
      ],
      cols: [L('累计排查发现隐患（处）', 'haz_c', 'integer', '处'), L('累计完成整改（处）', 'fix_c', 'integer', '处')],
      total: true, footer: true, note: '注：隐患数为专项整治开展以来累计数。',
    }],
  },
  // ───────────── 县住房和城乡建设局 ─────────────
  {
    file: '县住房和城乡建设局/城镇燃气用户安全检查台账.xlsx', dept: '县住房和城乡建设局', freq: 'monthly', title: '2023年城镇燃气用户入户安全检查台账',
    catalog: '城镇燃气用户入户安全检查台账', dictSheet: { name: '字典', visible: true },
    sheets: [{
      kind: 'columns', name: '入户检查', seq: true,
      meta: '燃气企业：                镇（街道）：                村（社区）：                检查月份：    年  月',
      cols: [
        L('村（社区）', 'v_name'), G('户主', L('姓名', 'h_head_name'), L('联系电话', 'h_head_phone', 'phone')), L('用户地址', 'h_addr'),
        L('用户编号', 'h_gas_no'), L('用气类型', 'h_gas_type', 'choice', null, GAS),
        G('检查内容', L('是否安装燃气泄漏报警器', 'h_gas_alarm', 'boolean', null, YN), L('是否使用金属波纹管', 'h_metal_hose', 'boolean', null, YN),
          L('是否安装自闭阀', 'h_selfclose', 'boolean', null, YN), L('灶具是否带熄火保护', 'h_flameout', 'boolean', null, YN)),
        L('检查日期', 'h_chk_date', 'date'), L('发现隐患', 'h_haz_desc'),
        L('整改情况', 'h_haz_fix', 'choice', null, ['已整改', '整改中', '未整改']), R(),
      ],
      blank: 15, footer: '燃气企业（盖章）：              检查人：              用户签字：',
    }],
  },
  {
    file: '县住房和城乡建设局/燃气安全专项整治工作周报表.xlsx', dept: '县住房和城乡建设局', freq: 'weekly', catalog: false, title: '城镇燃气安全专项整治工作周报表',
    sheets: [{
      kind: 'grid', name: '周报', key: '排查对象', prefix: 'g_gaswk',
      meta: '填报单位（盖章）：              统计时段：    月  日至    月  日（每周五12时前报送县住房和城乡建设局燃气办）',
      rows: [
        { l: '居民用户（户）', k: 'res', u: '户' }, { l: '餐饮等商业用户（家）', k: 'com', u: '家' },
        { l: '学校、医院、养老机构（家）', k: 'pub', u: '家' }, { l: '工业用户（家）', k: 'ind', u: '家' },
      ],
      cols: [
        G('本周', L('排查数', 'chk_w', 'integer', null), L('发现隐患（处）', 'haz_w', 'integer', '处'), L('已整改（处）', 'fix_w', 'integer', '处')),
        G('专项整治以来累计', L('发现隐患（处）', 'haz_c', 'integer', '处'), L('已整改（处）', 'fix_c', 'integer', '处')),
      ],
      total: true, footer: true,
    }],
  },
  {
    file: '县住房和城乡建设局/各村（社区）燃气使用情况汇总表.xlsx', dept: '县住房和城乡建设局', freq: 'semiannual', title: '2023年下半年各村（社区）燃气使用情况汇总表',
    catalog: '各村（社区）燃气使用情况汇总表（半年）',
    sheets: [{
      kind: 'grid', name: '汇总', key: '指    标', unitCol: '计量单位', totalCol: '合计', prefix: 'g_gasvill',
      meta: '镇（街道）（盖章）：                                       截至2023年12月31日',
      rows: [
        { l: '燃气用户总数', k: 'users', u: '户' }, { l: '其中：管道天然气用户', k: 'pipe', u: '户' }, { l: '瓶装液化石油气用户', k: 'lpg', u: '户' },
        { l: '已安装燃气泄漏报警器', k: 'alarm', u: '户' },
      ],
      cols: VILL.slice(0, 5).map((v, i) => L(v, `v${i + 1}`, 'integer', null)),
      footer: true,
    }],
  },
  {
    file: '县住房和城乡建设局/农村新型社区建设情况表.xlsx', dept: '县住房和城乡建设局', freq: 'annual', catalog: '2013年农村新型社区建设情况表',
    xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'columns', name: 'Sheet1', blankTop: 1, textNums: true, seq: true, codeRow: true,
      meta: '填报单位：                    （盖章）                    2013年  月  日',
      cols: [
        L('镇（街道）', 'v_town'), L('社区名称', 'v_name'), L('涉及村庄（个）', 'v_cm_villages', 'integer', '个'),
        L('规划总户数（户）', 'v_cm_plan_hh', 'integer', '户'), L('已搬迁入住户数（户）', 'v_cm_moved_hh', 'integer', '户'),
        L('建设方式', 'v_cm_mode', 'choice', null, CM_MODE), L('规划占地（亩）', 'v_cm_plan_land', 'decimal', '亩'),
        L('已建住房（套）', 'v_cm_built_units', 'integer', '套'), L('开工时间', 'v_cm_start', 'date'), L('总投资（万元）', 'v_cm_invest', 'decimal', '万元'),
        R(),
      ],
      blank: 8, footer: '单位负责人：            填表人：            联系电话：',
    }],
  },
  // ───────────── 县退役军人事务局 ─────────────
  {
    file: '县退役军人事务局/村（社区）退役军人服务站建设运行情况统计表.xlsx', dept: '县退役军人事务局', freq: 'semiannual',
    title: '村（社区）退役军人服务站建设运行情况统计表', catalog: '退役军人服务站建设运行情况统计表（半年报）',
    sheets: [{
      kind: 'indicator-rows', name: '服务站', head: ['项  目', '单位', '情况'], sign: 'cells',
      meta: '镇（街道）：                   村（社区）：                   2025年上半年',
      rows: [
        C('一、服务站建设'), I('服务站名称', 'vs_name', null, 'text', '—'), I('服务站站长姓名', 'vs_head_name', null, 'text', '—'),
        I('站长联系电话', 'vs_head_phone', null, 'phone', '—'), D('办公场所面积', 'vs_area', '平方米'), I('专兼职工作人员', 'vs_staff', '人'),
        S('其中：退役军人', 'vs_staff_vet', '人'), I('是否达到“五有”标准', 'vs_wuyou', null, 'boolean', '是/否'),
        C('二、服务对象'), I('退役军人', 'v_vet_n', '人'), S('其中：本年新增', 'v_vet_new', '人'), I('其他优抚对象', 'v_yf_other', '人'),
        I('困难退役军人', 'v_vet_poor', '人'), I('已悬挂光荣牌户数', 'v_glory_hh', '户'),
        C('三、服务开展'), I('本半年走访慰问', 'v_vet_visit_h', '人次'), I('帮扶援助困难退役军人', 'v_vet_aid_h', '人次'),
        D('发放帮扶援助资金', 'v_vet_aid_pay_h', '元'), I('推荐就业', 'v_vet_job_h', '人'), I('接待来访', 'v_vet_petition_h', '人次'),
        I('组织开展活动', 'v_vet_events_h', '次'),
      ],
    }],
  },
  {
    file: '县退役军人事务局/退役军人和其他优抚对象信息采集表.xlsx', dept: '县退役军人事务局', freq: 'adhoc', title: '退役军人和其他优抚对象信息采集表',
    catalog: '退役军人和其他优抚对象信息采集（表一至表四）', dictSheet: { name: '选项', visible: false },
    instructions: [
      '填表说明',
      '1.本表由村（社区）退役军人服务站负责采集，镇（街道）退役军人服务站审核汇总。',
      '2.表一至表四按人填写，一人一套，姓名须与表一一致。',
      '3.“公民身份号码”填写18位居民身份证号码；“现居住地址”填写到门牌号。',
      '4.信息发生变化的，随时更新并报县退役军人事务局。',
    ],
    sheets: [
      {
        kind: 'columns', name: '表一 基本信息', title: '表一：退役军人和其他优抚对象基本信息', seq: true,
        cols: [
          L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
          L('出生日期', 'p_birth', 'date'), L('公民身份号码', 'p_idno', 'idcard'), L('政治面貌', 'p_polit', 'choice', null, POLIT),
          L('文化程度', 'p_edu', 'choice', null, EDU), L('人员类别', 'p_yf_type', 'choice', null, ['退役军人', ...YF_TYPE]), L('户籍地址', 'p_addr_hj'), L('现居住地址', 'p_addr_now'), L('联系电话', 'p_phone', 'phone'),
        ],
        blank: 6,
      },
      {
        kind: 'columns', name: '表二 服役情况', title: '表二：服役情况', seq: true,
        cols: [
          L('姓名', 'p_name'), L('入伍时间', 'p_enlist', 'date'), L('退出现役时间', 'p_discharge', 'date'), L('服役部队', 'p_army_unit'),
          L('退役时军衔（级别）', 'p_rank', 'choice', null, ['列兵', '上等兵', '下士', '中士', '上士', '军官', '其他']),
          L('退役军人类别', 'p_vet_type', 'choice', null, ['退役士兵', '复员干部', '转业干部', '军队离退休干部', '其他']),
          L('安置方式', 'p_settle', 'choice', null, ['自主就业', '安排工作', '退休', '供养', '复员']),
          L('是否参战参试', 'p_war', 'boolean', null, YN),
          L('残疾等级', 'p_mil_disab', 'choice', null, ['一级', '二级', '三级', '四级', '五级', '六级', '七级', '八级', '九级', '十级', '无']),
        ],
        blank: 6,
      },
      {
        kind: 'columns', name: '表三 家庭成员', title: '表三：家庭成员情况', seq: true,
        cols: [
          L('退役军人姓名', 'p_name'),
          G('家庭成员', L('姓名', 'p_fam_name'), L('与本人关系', 'p_fam_rel', 'choice', null, ['配偶', '子女', '父母', '其他']),
            L('公民身份号码', 'p_fam_id', 'idcard'), L('工作单位或就读学校', 'p_fam_org')),
        ],
        blank: 8,
      },
      {
        kind: 'columns', name: '表四 就业保障', title: '表四：就业和保障情况', seq: true,
        cols: [
          L('姓名', 'p_name'), L('就业状况', 'p_job_status', 'choice', null, ['机关事业单位', '企业', '个体经营', '务农', '灵活就业', '未就业', '退休']),
          L('是否享受定期抚恤补助', 'p_yf_pension', 'boolean', null, YN), L('是否困难退役军人', 'p_vet_poor', 'boolean', null, YN),
          L('是否已悬挂光荣牌', 'p_glory', 'boolean', null, YN),
          L('参加养老保险类型', 'p_pension_type', 'choice', null, ['城镇职工基本养老保险', '城乡居民基本养老保险', '未参保']), R(),
        ],
        blank: 6, footer: '采集人：              审核人：              采集日期：    年  月  日',
      },
    ],
  },
  {
    file: '县退役军人事务局/2025年度光荣牌悬挂和走访慰问情况登记表.xlsx', dept: '县退役军人事务局', freq: 'annual', catalog: false,
    title: '2025年度光荣牌悬挂和走访慰问情况登记表',
    sheets: [{
      kind: 'columns', name: '登记表', seq: true, stat: { code: '退役军人02表', org: 'XX县退役军人事务局', approval: 'X退役军人发〔2025〕2号', valid: '2025年12月' },
      meta: '镇（街道）退役军人服务站（盖章）：                               填报日期：    年  月  日',
      cols: [
        L('镇（街道）', 'v_town'), L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('身份证号', 'p_idno', 'idcard'),
        L('优抚对象类别', 'p_yf_type', 'choice', null, ['退役军人', ...YF_TYPE]), L('入伍时间', 'p_enlist', 'date'),
        L('退役时间', 'p_discharge', 'date'), L('光荣牌悬挂情况', 'p_glory', 'choice', null, ['已悬挂', '未悬挂']),
        L('悬挂时间', 'p_glory_date', 'date'),
        G('走访慰问', L('走访时间', 'p_vetvisit_date', 'date'), L('慰问金额（元）', 'p_vetvisit_pay', 'decimal', '元'), L('慰问物资', 'p_vetvisit_goods')),
        L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 12, footer: true,
    }],
  },
  // ───────────── 县市场监督管理局 ─────────────
  {
    file: '县市场监督管理局/农民专业合作社年度报告公示情况表.xlsx', dept: '县市场监督管理局', freq: 'annual', catalog: false,
    title: '2024年度农民专业合作社年度报告公示情况表',
    sheets: [{
      kind: 'columns', name: '年报公示', seq: true, source: '数据来源：国家企业信用信息公示系统（山东）导出',
      cols: [
        L('市场主体名称', 'coop_name'), L('统一社会信用代码', 'coop_uscc'), L('法定代表人', 'coop_legal_name'),
        L('成员总数（个）', 'coop_members', 'integer', '个'), L('出资总额（万元）', 'coop_capital', 'decimal', '万元'),
        L('营业总收入（万元）', 'coop_income', 'decimal', '万元'), L('住所', 'coop_addr'), L('成立日期', 'coop_reg_date', 'date'),
      ],
      blank: 15, note: '注：未按期报送年度报告的农民专业合作社将被列入经营异常名录。',
    }],
  },
  {
    file: '县市场监督管理局/长者食堂食品安全检查记录表.xlsx', dept: '县市场监督管理局', freq: 'quarterly', title: '长者食堂食品安全监督检查记录表',
    catalog: '长者食堂食品安全检查记录（季报）',
    sheets: [{
      kind: 'columns', name: '检查记录', seq: true, meta: '市场监管所：                                        2024年第  季度',
      cols: [
        L('长者食堂名称', 'f_eld_name'), L('所在村（社区）', 'v_name'),
        G('负责人', L('姓名', 'f_eld_head_name'), L('联系电话', 'f_eld_head_phone', 'phone')),
        L('食品经营许可证编号', 'f_food_lic'), L('持健康证从业人员（人）', 'f_health_cert', 'integer', '人'),
        L('是否使用燃气', 'f_gas_use', 'boolean', null, YN), L('是否安装燃气泄漏报警器', 'f_gas_alarm', 'boolean', null, YN),
        L('检查日期', 'f_chk_date', 'date'), L('检查结果', 'f_chk_result', 'choice', null, ['符合', '基本符合', '不符合']), R(),
      ],
      blank: 10, footer: '检查人员签字：                    被检查单位负责人签字：',
    }],
  },
  // ───────────── 县医疗保障局 ─────────────
  {
    file: '县医疗保障局/长期护理保险失能人员待遇享受台账.xlsx', dept: '县医疗保障局', freq: 'monthly', title: '长期护理保险失能人员待遇享受台账',
    sheets: [{
      kind: 'columns', name: '长护台账', seq: true, meta: '镇（街道）医保工作站：                                  2025年  月',
      cols: [
        L('镇（街道）', 'v_town'), L('村（社区）', 'v_name'), L('参保人姓名', 'p_name'), L('证件号码', 'p_idno', 'idcard'),
        L('性别', 'p_sex', 'choice', null, SEX), L('年龄', 'p_age', 'integer', '岁'),
        L('失能等级', 'p_ltc_grade', 'choice', null, ['重度失能一级', '重度失能二级', '重度失能三级']),
        L('护理服务方式', 'p_ltc_mode', 'choice', null, ['居家护理', '机构护理', '医疗专护', '巡护']),
        L('定点护理机构名称', 'p_ltc_org'), L('待遇享受开始时间', 'p_ltc_start', 'date'),
        G('联系人', L('姓名', 'p_contact_name'), L('联系电话', 'p_contact_phone', 'phone')), R(),
      ],
      blank: 12, footer: true,
    }],
  },
  {
    file: '县医疗保障局/城乡居民基本医疗保险参保情况统计表.xlsx', dept: '县医疗保障局', freq: 'annual', title: '2025年度城乡居民基本医疗保险参保情况统计表',
    sheets: [{
      kind: 'columns', name: '参保统计', seq: true, villages: VILL, total: true, meta: '镇（街道）（盖章）：                             截至2025年  月  日',
      cols: [
        L('镇（街道）', 'v_town'), L('村（社区）', 'v_name'), L('户籍人口（人）', 'v_pop_hj', 'integer', '人'),
        L('参保人数（人）', 'v_med_ins', 'integer', '人'), L('参保率（%）', 'v_med_ins_rate', 'decimal', '%'),
        G('其中：资助参保（人）', L('特困人员', 'v_med_aid_tk', 'integer', '人'), L('低保对象', 'v_med_aid_db', 'integer', '人'),
          L('防止返贫监测对象', 'v_med_aid_jc', 'integer', '人')),
        L('上年参保人数（人）', 'v_med_ins_ly', 'integer', '人'), L('享受长期护理保险待遇（人）', 'v_ltc_n', 'integer', '人'), R(),
      ],
      footer: true,
    }],
  },
  // ───────────── 县人力资源和社会保障局 ─────────────
  {
    file: '县人力资源和社会保障局/城乡居民养老保险待遇领取人员资格认证表.xlsx', dept: '县人力资源和社会保障局', freq: 'annual',
    title: '2020年城乡居民基本养老保险待遇领取人员资格认证表', catalog: '城乡居民养老保险待遇领取资格认证表',
    sheets: [{
      kind: 'columns', name: '资格认证', seq: true, meta: '镇（街道）人社所：                   村（社区）：',
      cols: [
        L('村（社区）', 'v_name'),
        G('基本信息', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号码', 'p_idno', 'idcard'), L('出生年月', 'p_birth', 'date')),
        L('待遇领取起始年月', 'p_pension_start', 'date'), L('月领取金额（元）', 'p_pension_m', 'decimal', '元'),
        L('认证方式', 'p_auth_mode', 'choice', null, ['人脸识别', '社区协办', '上门认证']), L('认证日期', 'p_auth_date', 'date'),
        L('联系方式', 'p_phone', 'phone'), R(),
      ],
      blank: 12, footer: FOOT_CUN,
    }],
  },
  // ───────────── 县委组织部 ─────────────
  {
    file: '县委组织部/农村社区党组织基本情况统计表.xlsx', dept: '县委组织部', freq: 'annual', title: '2021年农村社区党组织基本情况统计表',
    sheets: [{
      kind: 'columns', name: '党组织', seq: true, villages: VILL, total: true, meta: '镇（街道）党（工）委（盖章）：                         2021年  月  日',
      cols: [
        L('镇（街道）', 'v_town'), L('社区名称', 'v_name'), L('党组织类型', 'v_party_type', 'choice', null, ['党委', '党总支', '党支部']),
        L('下设党支部（个）', 'v_party_branches', 'integer', '个'),
        L('党群服务中心面积（平方米）', 'v_cm_center_area', 'decimal', '平方米'), L('专职社区工作者（人）', 'v_cm_workers', 'integer', '人'),
        G('党员（名）', L('合计', 'v_pm', 'integer', '名'), L('其中：女', 'v_pm_f', 'integer', '名'), L('预备党员', 'v_pm_prob', 'integer', '名'),
          L('流动党员', 'v_pm_float', 'integer', '名')),
        G('社区党组织书记', L('姓名', 'v_sec_name'), L('出生年月', 'v_sec_birth', 'date'), L('联系电话', 'v_sec_phone', 'phone'),
          L('是否“一肩挑”', 'v_sec_yjt', 'boolean', null, YN)),
        R(),
      ],
      footer: true,
    }],
  },
  // ───────────── 县自然资源和规划局 ─────────────
  {
    file: '县自然资源和规划局/2021年上半年合村并居增减挂钩项目实施情况台账.xlsx', dept: '县自然资源和规划局', freq: 'semiannual', catalog: false,
    title: '2021年上半年合村并居（城乡建设用地增减挂钩）项目实施情况台账',
    sheets: [{
      kind: 'columns', name: '项目台账', seq: true,
      meta: '镇（街道）（盖章）：                   （半年结束后10日内报县自然资源和规划局耕地保护科）',
      cols: [
        L('项目名称', 'prj_name'), L('镇（街道）', 'v_town'), L('安置社区名称', 'v_name'), L('涉及村庄数（个）', 'v_cm_villages', 'integer', '个'),
        L('安置方式', 'v_cm_mode', 'choice', null, CM_MODE),
        G('安置区', L('规划安置户数（户）', 'v_cm_plan_hh', 'integer', '户'), L('占地面积（亩）', 'v_cm_plan_land', 'decimal', '亩'),
          L('已建安置房（套）', 'v_cm_built_units', 'integer', '套'), L('已入住户数（户）', 'v_cm_moved_hh', 'integer', '户')),
        G('拆旧区', L('拆迁户数（户）', 'prj_demol_hh', 'integer', '户'), L('拆迁人口（人）', 'prj_demol_pop', 'integer', '人'),
          L('拆旧面积（亩）', 'prj_demol_area', 'decimal', '亩'), L('已复垦面积（亩）', 'prj_reclaim_area', 'decimal', '亩')),
        L('节余指标（亩）', 'prj_quota', 'decimal', '亩'), L('开工时间', 'v_cm_start', 'date'), L('项目总投资（万元）', 'v_cm_invest', 'decimal', '万元'), R(),
      ],
      blank: 8, footer: true,
    }],
  },
  {
    file: '县自然资源和规划局/设施农业用地备案情况表.xlsx', dept: '县自然资源和规划局', freq: 'annual', title: '设施农业用地备案情况表',
    sheets: [{
      kind: 'columns', name: '备案', seq: true, meta: '镇（街道）（盖章）：                                   2020年度',
      cols: [
        L('村（社区）', 'v_name'), L('设施农业经营者', 'gh_owner_name'),
        G('负责人', L('姓名', 'gh_head_name'), L('身份证号码', 'gh_head_id', 'idcard'), L('联系电话', 'gh_head_phone', 'phone')),
        L('设施类型', 'gh_type', 'choice', null, GH_TYPE), L('用地面积（亩）', 'gh_area', 'decimal', '亩'),
        L('占用地类', 'gh_land_type', 'choice', null, LAND_TYPE), L('备案编号', 'gh_record_no'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  // ───────────── 县供销合作社 ─────────────
  {
    file: '县供销合作社/为农服务和土地托管情况统计表.xlsx', dept: '县供销合作社', freq: 'annual', title: '2022年为农服务和土地托管情况统计表',
    catalog: '为农服务和土地托管情况统计表',
    sheets: [{
      kind: 'indicator-rows', name: '统计表', head: ['项  目', '单位', '数量'], sign: 'line',
      meta: '填报单位：                      村（社区）                       2022年度',
      rows: [
        C('一、组织建设'), I('1.是否建有为农服务中心', 'v_gx_center', null, 'boolean', '是/否'), I('2.村级综合服务社', 'v_gx_service', '个'),
        I('3.供销社领办创办农民专业合作社', 'v_gx_coop', '个'), S('其中：本年新增', 'v_gx_coop_new', '个'), I('4.入社农户', 'v_gx_coop_hh', '户'),
        C('二、土地托管'), D('1.土地托管服务面积', 'v_tuoguan_area', '亩'), S('其中：全托管', 'v_tuoguan_full', '亩'), S('半托管', 'v_tuoguan_half', '亩'),
        I('2.托管服务农户', 'v_tuoguan_hh', '户'),
        C('三、农业社会化服务'), D('1.测土配方施肥面积', 'v_soil_test', '亩'), D('2.统防统治面积', 'v_pest_ctrl', '亩'),
      ],
    }],
  },
  // ───────────── 县消防救援大队 ─────────────
  {
    file: '居民用户燃气和电动自行车消防安全入户检查登记表.xlsx', dept: '县消防救援大队', freq: 'adhoc', catalog: false,
    title: '居民用户燃气和电动自行车消防安全入户检查登记表',
    sheets: [{
      kind: 'columns', name: '入户检查', seq: true, meta: '镇（街道）：                   村（社区）：                   网格：',
      cols: [
        L('村（社区）', 'v_name'), G('户主', L('姓名', 'h_head_name'), L('联系电话', 'h_head_phone', 'phone')), L('家庭住址', 'h_addr'),
        L('用气类型', 'h_gas_type', 'choice', null, GAS), L('是否安装可燃气体报警器', 'h_gas_alarm', 'boolean', null, YN),
        L('是否使用金属软管', 'h_metal_hose', 'boolean', null, YN), L('是否配备家用灭火器', 'fire_extinguisher', 'boolean', null, YN),
        L('是否存在电动自行车入户充电', 'fire_ebike', 'boolean', null, YN), L('检查发现隐患', 'fire_haz'), L('检查日期', 'fire_chk_date', 'date'), R(),
      ],
      blank: 15, footer: '检查人：              户主签字：',
      note: '注：检查发现隐患的当场督促整改，检查记录随查随报县消防救援大队（城东消防救援站）。',
    }],
  },
];

/** how the department and frequency of each form absent from the catalog can be read from the template itself */
const RECOVER: Record<string, string> = {
  '县民政局/特殊困难老年人探访关爱服务台账.xlsx': 'folder 县民政局; meta row `（每月5日前报送县民政局养老服务科）` → monthly',
  '县卫生健康局/65岁及以上老年人健康体检花名册及汇总表.xlsx': 'folder 县卫生健康局; note `每季度末月20日前…报送县卫生健康局基层卫生健康科` → quarterly',
  '县农业农村局/农村经营管理情况统计年报表.xlsx': 'folder; title `2023年…统计年报表`; 表号/制定机关 block `XX县农业农村局` → annual',
  '县统计局/2024年第三季度设施农业生产情况调查表.xlsx': 'folder; title `2024年第三季度…`; 制定机关 `XX县统计局` → quarterly',
  '县应急管理局/安全生产隐患排查整治情况周报表.xlsx': 'folder; title `…周报表`; meta `（每周四下午5点前报送县应急管理局）` → weekly',
  '村（社区）安全生产网格员花名册.xlsx': 'top level, no folder; note `网格员发生调整的，请于调整后3个工作日内将本表报县应急管理局基础科备案` → 县应急管理局, adhoc',
  '县住房和城乡建设局/燃气安全专项整治工作周报表.xlsx': 'folder; title `…周报表`; meta `（每周五12时前报送县住房和城乡建设局燃气办）` → weekly',
  '县退役军人事务局/2025年度光荣牌悬挂和走访慰问情况登记表.xlsx': 'folder; title `2025年度…`; 表号/制定机关 block `XX县退役军人事务局` → annual',
  '县市场监督管理局/农民专业合作社年度报告公示情况表.xlsx': 'folder; title `2024年度…年度报告…`; line `数据来源：国家企业信用信息公示系统（山东）导出` → annual',
  '县自然资源和规划局/2021年上半年合村并居增减挂钩项目实施情况台账.xlsx': 'folder; title `2021年上半年…`; meta `（半年结束后10日内报县自然资源和规划局耕地保护科）` → semiannual',
  '居民用户燃气和电动自行车消防安全入户检查登记表.xlsx': 'top level, no folder; note `检查记录随查随报县消防救援大队（城东消防救援站）` → 县消防救援大队, adhoc',
};

const SHAPES = (longRows: number) => `- **columns** rosters (花名册、台账) and village tables (one row per 村/社区, pre-filled 城东街道 villages, a 合计 row, a
  \`甲 乙 丙 1 2 …\` code row in 民政 农村社区 and the 2013 住建 table); a 示例 row (设施农业大棚登记表); line breaks in header cells
  (\`60周岁及以上\\n老年人（人）\`), spaced labels (\`姓  名\`), units in brackets.
- Group headers that change their leaves: 户主 > 姓名 / 联系电话 (住建 燃气台账, 消防 入户检查), 紧急联系人 (民政 探访), 联系人 (医保 长护),
  法定代表人（理事长） (农业 合作社), 主要负责人 / 安全管理人员 (应急 台账), 负责人 (幸福院、长者食堂、大棚、设施农业用地), 社区党组织书记
  (组织部), 家庭成员 (退役 表三), 安置区 / 拆旧区 (自然资源 台账), 本月 / 本年累计 (幸福院月报), 本周 / 累计 (应急 周报), 户籍人口 > 合计 | 男 | 女
  and 60周岁及以上老年人 > 小计 | 60-79周岁 | 80周岁及以上 (民政 农村社区), 党员（名）> 合计 | 其中：女 | 预备党员 | 流动党员; group headers that do
  not: 老年人基本信息 (民政 探访), 基本信息 (人社 认证), 检查内容 (住建 台账), 经营主体 > 名称 / 类型 (the leaf alone is read with its group).
- **indicator-rows**: the 统计 农村基本情况年报 (${longRows} rows: 指标名称 | 计量单位 | 代码 | 本年 | 上年, a 甲 乙 丙 1 2 code row, 一、…（一）…
  categories, 其中： sub-items, 表号/制定机关/批准文号 block, 填表人/审核人/联系电话/盖章 cells at the bottom); 民政 养老服务季报 (code row,
  本季末 | 上年同期); 农业 农经年报 in two panels side by side; 卫健 医养结合 with the signature column at the side; 项目 | 单位 | 数量 sheets
  (医养结合, 体检汇总表, 供销); text / phone / yes-no indicators (退役军人服务站: 服务站名称, 站长联系电话, 是否达到“五有”标准); 1. 2. numbering in
  the 供销 form.
- **grid**: 设施蔬菜月报 with the row header in two columns (类别 merged down + 品种) and 本月 / 本年累计 column groups; 家庭医生签约进度 with
  第一季度…第四季度 across; 住建 燃气周报 (row labels carry their unit, 本周 / 专项整治以来累计); the transposed 各村燃气使用情况汇总表
  (indicators down with a 计量单位 column, five villages across, a 合计 column that is not a field); 应急 燃气月报 (the 累计 part of the
  住建 周报 under other row labels). 合计 rows everywhere.
- Workbooks: 退役军人信息采集表 in four sheets 表一…表四 + 填表说明 + a hidden 选项 sheet; 老年人健康体检 花名册 + 汇总表; visible dropdown-only
  sheets 下拉列表 (大棚登记) and 字典 (燃气台账); hidden 字典 sheets elsewhere; old .xls conversions (高龄津贴 2014: Sheet1/Sheet2/Sheet3, a
  stray empty first column, numbers as text; 农村新型社区 2013: no title row at all, a stray empty first row, code row and 序号 as text).
- Synonyms across offices (one element, different wording): 身份证号 / 身份证号码 / 公民身份号码 / 证件号码; 联系电话 / 手机号码 / 联系方式;
  出生日期 / 出生年月; 镇（街道） / 乡镇（街道）; 村（社区） / 所在村（社区） / 村（居） / 农村社区名称 / 社区名称 / 安置社区名称; 户籍人口 / 户籍总人口;
  60周岁及以上老年人口 / 60岁及以上人口; 其中：65周岁及以上 / 65岁及以上老年人 / 65岁及以上老年人数; 80周岁及以上 / 80岁及以上; 农民合作社数 /
  农民专业合作社; 家庭农场数 / 家庭农场; 合作社名称 / 市场主体名称; 法定代表人（理事长）>姓名 / 法定代表人; 成员数 / 成员总数; 成员出资总额 /
  出资总额; 经营收入 / 营业总收入; 成立时间 / 成立日期; 经营主体>名称 / 设施农业经营者; 大棚类型 / 设施类型; 占地面积 / 用地面积; 土地性质 /
  占用地类; 蔬菜大棚（温室） / 温室大棚数; 塑料大拱棚 / 塑料大棚; 设施名称 / 长者食堂名称; 涵盖建制村 / 涉及村庄 / 涉及村庄数; 规划总户数 /
  规划安置户数; 已搬迁入住户数 / 已入住户数; 建设方式 / 安置方式; 规划占地 / 安置区>占地面积; 已建住房 / 已建安置房; 总投资 / 项目总投资;
  社区综合服务中心面积 / 党群服务中心面积; 社区工作者 / 专职社区工作者; 中共党员 / 党员（名）>合计; 参加城乡居民基本医疗保险人数 / 参保人数;
  是否已悬挂光荣牌 / 光荣牌悬挂情况; 人员类别 / 优抚对象类别; 退出现役时间 / 退役时间; 居住状况 / 居住情况; 现住址 / 现居住地址; 用户地址 /
  家庭住址; 是否安装燃气泄漏报警器 / 是否安装可燃气体报警器; 是否使用金属波纹管 / 是否使用金属软管; 65岁及以上老年人健康管理人数 /
  纳入健康管理的老年人; 乡村劳动力 / 乡村劳动力资源数; 享受长期护理保险待遇的失能人员 / 享受长期护理保险待遇（人）; 网格员姓名 / 参保人姓名 /
  退役军人姓名 / 姓名; grid rows 居民用户（户） / 居民燃气用户, 餐饮等商业用户 / 餐饮企业等商业用户, 学校、医院、养老机构 / 学校、医院、养老机构等,
  工业用户 / 工业企业, and 专项整治以来累计>发现隐患 / 累计排查发现隐患.
- Near-misses kept apart: 年龄 ≠ 出生日期 (both in the 高龄津贴 花名册); 户籍户数 ≠ 户籍人口, 拆迁户数 ≠ 拆迁人口, 已入住户数 ≠ 拆迁户数; 本月 ≠
  本年累计 助餐人次, 本周 ≠ 累计 隐患; 常住人口 ≠ 户籍人口; 上年参保人数 ≠ 参保人数; 60 / 65 / 80 / 100 周岁以上 and 60-79周岁; 本年新增 ≠
  合作社总数, 本年新增退役军人 ≠ 退役军人; 高龄津贴 本季发放金额 ≠ 走访慰问金额 ≠ 养老金月领取金额; 老人的紧急联系人电话 ≠ 长护联系人电话 ≠
  本人电话 ≠ 设施负责人电话 ≠ 服务站站长电话; 长者食堂的燃气报警器 ≠ 居民户的 ≠ 企业的; 老年人能力评估等级 ≠ 生活自理能力评估 ≠ 失能等级;
  失能、半失能老年人 (民政) ≠ 其中：失能老年人 (卫健, 65岁以上); 乡村劳动力 ≠ 乡村从业人员; 乡村医生 ≠ 执业（助理）医师; 农民合作社 ≠
  供销社领办创办农民专业合作社; 党员 ≠ 预备党员 ≠ 流动党员 ≠ 女党员; 户籍地址 ≠ 现居住地址; 姓名 ≠ 户主姓名 ≠ 紧急联系人姓名 ≠ 书记姓名;
  设施蔬菜播种面积 (年) ≠ 本季; 安全生产隐患 ≠ 燃气隐患 (应急 周报 其中：燃气安全隐患 is its own element); 资助参保的特困人员 ≠ 特困供养人员.`;

const CALLS = `- 60/65/80岁 老年人口 that say neither 户籍 nor 常住 (民政 季报, 统计 年报, 卫健 医养 / 汇总表, 民政 农村社区) are one element per age line;
  户籍人口 and 常住人口 stay apart wherever both are written.
- 卫健 \`其中：失能老年人\` (under 65岁及以上老年人) ≠ 民政 \`失能、半失能老年人\` (60岁以上, 半失能 included).
- 民政 老年人能力评估等级, 卫健 生活自理能力评估 and 医保 长护 失能等级 are three assessments with three scales: never merged.
- 民政 探访台账 紧急联系人 ≠ 医保 长护台账 联系人: each programme's own contact; neither is the elder's own 联系电话.
- 设施名称 (民政 幸福院月报) = 长者食堂名称 (市场监管): the row is the facility; its 负责人 > 姓名 / 联系电话 likewise.
- 长者食堂 是否安装燃气泄漏报警器 (a facility) ≠ the household's (住建 台账, 消防 入户检查) ≠ 生产经营单位's 可燃气体报警装置 (应急).
- 住建 燃气入户检查 and 消防 入户检查 are both about one household: 户主 姓名 / 联系电话, 用户地址 = 家庭住址, 用气类型, 报警器, 金属波纹管 =
  金属软管 are shared; 检查日期 and 隐患 are each inspection's own.
- 应急 燃气月报 累计隐患 / 累计整改 = 住建 燃气周报 \`专项整治以来累计\` cells (one cumulative figure since the campaign began; the 月报 copies the
  last week's); the 本周 cells exist only in the 周报. Grid elements are row×column codes, so the shared cells share codes.
- The transposed 各村燃气使用情况汇总表: each village × indicator cell is its own element; it is not the village-level 管道天然气入户户数 or
  使用瓶装液化气户数 of the 统计 年报 (a field any village fills). The 家庭医生签约进度 cells are likewise their own.
- 统计 年报 \`蔬菜大棚（温室）\` = 统计 季报 \`温室大棚数\`, and 设施农业占地面积 / 日光温室 / 塑料大棚 likewise (stocks, whatever the period of the
  form); 设施蔬菜播种面积 / 产量 of the year ≠ of the quarter (flows).
- 大棚 占地面积 (农业 登记) = 设施农业 用地面积 (自然资源 备案) and 土地性质 = 占用地类: the same greenhouse plot. 备案编号 is only in the
  备案 form (so that form is partial, not full).
- 合作社 法定代表人 = 理事长 (one person by law); 法定代表人 (公示系统) = 法定代表人（理事长）> 姓名. 经营收入 = 营业总收入. The 公示系统 has
  no phone of the 理事长, so 法定代表人（理事长）> 联系电话 stays unique.
- 农民合作社数 (农经) = 农民专业合作社 (统计) ≠ 供销社领办创办农民专业合作社 (a subset, another programme). \`其中：本年新增\` under each is its
  own (合作社新增 ≠ 供销领办新增).
- 乡村劳动力 (农经) = 乡村劳动力资源数 (统计) ≠ 乡村从业人员 (统计). 农经 农户数 ≠ 户籍户数 and 农经 乡村人口 ≠ 户籍总人口 (different calibres).
- 乡村医生 (卫健 = 统计) ≠ 执业（助理）医师 (统计).
- 合村并居: 2013 住建 农村新型社区建设情况表 and 2021 自然资源 增减挂钩台账 describe the same 安置社区 — 社区名称 = 安置社区名称, 涉及村庄 =
  涉及村庄数 = 民政 涵盖建制村, 规划总户数 = 规划安置户数, 已搬迁入住户数 = 已入住户数, 建设方式 = 安置方式, 规划占地 = 安置区 > 占地面积, 已建住房 =
  已建安置房, 开工时间, 总投资 = 项目总投资. 拆旧区 > 拆迁户数 / 拆旧面积 are other data than the 安置区 ones.
- 社区综合服务中心面积 (民政) = 党群服务中心面积 (组织部): one building in a 山东 农村社区; 社区工作者 = 专职社区工作者.
- 组织部 党员（名）> 合计 = 统计 中共党员; 其中：女 / 预备党员 / 流动党员 are separate. 社区党组织书记 > 出生年月 / 联系电话 are the secretary's, not
  a row person's.
- 退役 采集 表一 人员类别 = 光荣牌登记 优抚对象类别 (same list); 是否已悬挂光荣牌 (boolean) = 光荣牌悬挂情况 (已悬挂/未悬挂, typed choice).
  退出现役时间 = 退役时间; 入伍时间 shared.
- 退役 走访慰问 走访时间 / 慰问金额 ≠ 民政 探访日期 and ≠ 高龄津贴 发放金额 (other programmes).
- A roster's own person: 网格员姓名, 参保人姓名, 退役军人姓名 (表三, where the family members sit under 家庭成员) and 姓名 share p_name; the same
  holds for their 性别 / 身份证号 / 出生日期 / 联系电话 across rosters of different populations (the bench convention), which is why the
  网格员花名册 retires fully.
- 民政 农村社区 \`60周岁及以上老年人 > 小计\` = 60岁以上 elsewhere; \`60-79周岁\` has no twin.
- 医保 \`享受长期护理保险待遇（人）\` = 卫健 医养 \`享受长期护理保险待遇的失能人员\` (the same count of people in the village); \`其中：居家护理\` /
  \`机构护理\` only in 卫健.
- 医保 \`其中：资助参保 > 特困人员\` ≠ 统计 \`特困供养人员\` (the insured subset vs the supported persons); 上年参保人数 ≠ 参保人数.
- 应急 周报 \`其中：燃气安全隐患（项）\` (本周) has no twin: it is neither the 住建 周报's 居民用户 nor its total.
- Indicator value columns (本年 | 上年, 本季末 | 上年同期, 本季 | 上年同季) are not fields; the indicator row is one field.`;

function writeReadme(c: Corpus) {
  const file = path.join(HERE, 'README.md');
  if (fs.existsSync(file) && !process.argv.includes('--readme')) return;
  const gold = JSON.parse(fs.readFileSync(path.join(HERE, 'gold.json'), 'utf8'));
  const fieldsOf = (f: string) => gold.fields.filter((g: { ref: string }) => g.ref.split('#')[0] === f);
  const byLayout: Record<string, number> = {};
  for (const g of gold.fields) byLayout[g.layout] = (byLayout[g.layout] ?? 0) + 1;
  const elemForms = new Map<string, Set<string>>();
  for (const g of gold.fields) {
    if (g.element.startsWith('remark:')) continue;
    if (!elemForms.has(g.element)) elemForms.set(g.element, new Set());
    elemForms.get(g.element)!.add(g.ref.split('#')[0]);
  }
  const shared = [...elemForms.values()].filter((s) => s.size >= 2).length;
  const pct = (n: number) => `${Math.round((n / gold.fields.length) * 1000) / 10} %`;
  const FZ: Record<string, string> = { daily: '日报', weekly: '周报', monthly: '月报', quarterly: '季报', semiannual: '半年报', annual: '年报', adhoc: '不定期' };
  const depts = new Set(forms.map((f) => f.dept));
  const r = gold.retirement;
  const RANK: Record<string, number> = { daily: 7, weekly: 6, monthly: 5, quarterly: 4, semiannual: 3, annual: 2, adhoc: 1 };
  const elemsOf = (f: string) => new Set<string>(fieldsOf(f).map((x: { element: string }) => x.element).filter((e: string) => !e.startsWith('remark:')));
  /** a small set of eligible forms that together hold the form's covered elements (greedy), for reading */
  const cover = (file: string) => {
    const me = forms.find((f) => f.file === file)!;
    const left = elemsOf(file);
    const cands = forms.filter((o) => o.file !== file && RANK[o.freq] >= RANK[me.freq]).map((o) => ({ f: o.file, e: elemsOf(o.file) }));
    const picked: string[] = [];
    for (;;) {
      let best: { f: string; e: Set<string> } | undefined;
      let n = 0;
      for (const c of cands) { const k = [...left].filter((e) => c.e.has(e)).length; if (k > n) { n = k; best = c; } }
      if (!best) break;
      picked.push(`${best.f} (${n})`);
      for (const e of best.e) left.delete(e);
    }
    return `${picked.join('、')}${left.size ? `; uncovered: ${[...left].join(', ')}` : ''}`;
  };
  const lines = [
    '# blind23 — held-out corpus (山东 XX县, 城郊: 设施蔬菜大棚和农民专业合作社, 合村并居和农村社区, 社区养老和医养结合, 安全生产和燃气, 退役军人服务站, 2013–2025)',
    '',
    'Held-out: score only with --final; do not tune on it.',
    '',
    '## First look',
    '',
    '(to be scored by the lead)',
    '',
    '## Contents',
    '',
    `- ${forms.length} templates from ${depts.size} county offices (${[...depts].join('、')}); ${forms.filter((f) => !f.file.includes('/')).length} sit at the top of forms/ with no office folder.`,
    `- ${gold.fields.length} gold fields: columns ${byLayout.columns} (${pct(byLayout.columns)}), indicator-rows ${byLayout['indicator-rows']} (${pct(byLayout['indicator-rows'])}), grid ${byLayout.grid} (${pct(byLayout.grid)}).`,
    `- ${gold.elements.length} elements (${elemForms.size} non-备注), ${shared} of them collected by two or more forms (${Math.round((shared / elemForms.size) * 1000) / 10} % of the non-备注 elements).`,
    `- 报表清单.xlsx lists ${forms.filter((f) => f.catalog !== false).length} of the forms plus 2 files that are not in the folder (村级养老服务顾问名单.xlsx, 燃气用户安全检查统计月报.xlsx).`,
    '',
    `Forms absent from the catalog (${forms.filter((f) => f.catalog === false).length}), with where their department and frequency are written:`,
    '',
    ...forms.filter((f) => f.catalog === false).map((f) => `- \`${f.file}\` (${f.dept}, ${f.freq}): ${RECOVER[f.file]}`),
    '',
    '| file | department | frequency | layout | fields | in catalog |',
    '|---|---|---|---|---|---|',
    ...forms.map((f) => `| ${f.file} | ${f.dept} | ${f.freq} (${FZ[f.freq]}) | ${f.sheets[0].kind}${f.sheets.length > 1 ? ` (${f.sheets.length} sheets)` : ''} | ${fieldsOf(f.file).length} | ${f.catalog === false ? 'no' : 'yes'} |`),
    '',
    '## Shapes',
    '',
    SHAPES(((forms.find((f) => f.file.startsWith('县统计局/农村基本情况'))!.sheets[0]) as { rows: unknown[] }).rows.length),
    '',
    '## Gold calls',
    '',
    CALLS,
    '',
    '## Retirement truth',
    '',
    'Computed by the kit with the bench rule (coverage over non-备注 elements, counting only other forms of the same or a higher frequency).',
    '',
    'Each line names a few covering forms (greedy, with the number of elements each adds); gold.json `coveredBy` lists every form that shares one.',
    '',
    `Full (${r.full.length}):`,
    '',
    ...r.full.map((f: string) => `- \`${f}\` (${forms.find((x) => x.file === f)!.freq}, ${elemsOf(f).size} elements) ← ${cover(f)}`),
    '',
    `Partial (${r.partial.length}):`,
    '',
    ...r.partial.map((f: string) => `- \`${f}\` (${forms.find((x) => x.file === f)!.freq}, coverage ${r.coverage[f]}) ← ${cover(f)}`),
    '',
    'Designed near-misses of the rule (not listed):',
    '',
    `- 县农业农村局/农民专业合作社基本情况统计表 (${r.coverage['县农业农村局/农民专业合作社基本情况统计表.xlsx']}): its 公示 twin covers it only one way (the 农业 form also has 理事长电话, 主营行业, 示范社级别 …).`,
    `- 县农业农村局/设施农业大棚基本情况登记表 (${r.coverage['县农业农村局/设施农业大棚基本情况登记表.xlsx']}): the 备案 form holds only part of it.`,
    `- 县退役军人事务局/2025年度光荣牌悬挂和走访慰问情况登记表 (annual, ${r.coverage['县退役军人事务局/2025年度光荣牌悬挂和走访慰问情况登记表.xlsx']}): its 入伍/退役时间 and 光荣牌 items are shared only with the 退役 采集表, which is adhoc and so ranks below it.`,
    `- 居民用户燃气和电动自行车消防安全入户检查登记表 (adhoc, ${r.coverage['居民用户燃气和电动自行车消防安全入户检查登记表.xlsx']}): 7 of its 11 elements are in the 住建 台账.`,
    '',
    '## Rebuild',
    '',
    '```',
    'npx tsx tests/blind23/build-corpus.ts',
    'npx tsx tests/blind4/check-corpus.ts tests/blind23   # must print bad 0',
    '```',
    '',
    'The build is deterministic (fixed workbook and zip dates, no randomness): two runs give byte-identical workbooks, catalog and gold.json.',
    'README.md is written only when it does not exist (or with `--readme`). `.xls` forms carry their artefacts directly; `--soffice` would',
    'round-trip them through LibreOffice instead (not used for the committed files).',
    '',
  ];
  fs.writeFileSync(file, lines.join('\n'));
}

const corpus = new Corpus('blind23', HERE, forms, [
  ['村级养老服务顾问名单.xlsx', '村级养老服务顾问名单', '县民政局', '年报'],
  ['燃气用户安全检查统计月报.xlsx', '燃气用户安全检查统计月报', '县住房和城乡建设局', '月报'],
]);

corpus.build().then(() => writeReadme(corpus));
