/**
 * Round-4 FINAL HELD-OUT corpus "blind5" (issue 10). Nobody but its author reads this file, the forms or the gold
 * before the lead scores it at the end; develop on tests/blind4.
 *
 * 30 templates, the shapes of blind4 with other offices and other wording: 区乡村振兴局 (防返贫动态监测 采集表 in four
 * sheets, 收入监测 调查表 and 汇总表, 帮扶责任人名单 from the 监测信息系统), 区统计局 (村级基本情况 年报, a 2012 .xls), 区民政局
 * (高龄津贴, 老年人口 with 其中：年龄分布, 养老服务 questionnaire, 2012 优抚 .xls), 区退役军人事务局 (优待证, 退役军人花名册),
 * 区公安分局 (流动人口台账 and its 社区警务综合平台 export, 治安月报, 警务室季报), 区教育局 (控辍保学 in three sheets), 区卫健委,
 * 区水利局, 区林业局, 区应急管理局 (地质灾害隐患点), 区医保局, 区人社局, 区司法局 (人民调解), 区农业农村局.
 *
 *   npx tsx tests/blind5/build-corpus.ts      → tests/blind5/forms, 报表清单.xlsx, gold.json
 *   npx tsx tests/blind5/build-corpus.ts --gold-only   → gold.json only
 */
import path from 'node:path';
import { C, Corpus, D, EDU, G, I, L, NATION, POLIT, R, S, SEX, YN, type Form } from '../blind4/kit';

const VILLAGES = ['新桥村', '竹山村', '长岭村', '荷花社区', '杨林村'];
const DISPUTE = ['婚姻家庭纠纷', '邻里纠纷', '土地纠纷', '损害赔偿纠纷', '劳动争议', '其他纠纷'];
const RELATION = ['户主', '配偶', '子', '女', '儿媳', '女婿', '孙子', '孙女', '父亲', '母亲', '其他'];
const FOOT = '审核人：               填表人：               联系电话：               填表日期：    年  月  日';

const forms: Form[] = [
  // ───────────── 区乡村振兴局 ─────────────
  {
    file: '区乡村振兴局/防返贫动态监测户信息采集表.xlsx', dept: '区乡村振兴局', freq: 'annual', title: '防止返贫动态监测对象信息采集表',
    catalog: '防返贫监测对象信息采集表',
    sheets: [
      {
        kind: 'indicator-rows', name: '表1 户信息', source: '表1：户基本信息（全国防返贫监测信息系统）', head: ['信息项', '单位', '填写内容'],
        rows: [
          I('乡（镇）', 'v_town', null, 'text', '—'), I('行政村', 'v_name', null, 'text', '—'), I('户码', 'h_no', null, 'text', '—'),
          I('户主姓名', 'h_head_name', null, 'text', '—'), I('户主证件号码', 'h_head_id', null, 'idcard', '—'), I('家庭人口', 'h_size', '人'),
          I('监测对象类别', 'h_mon_type', null, 'choice', '—'), I('主要风险类型', 'h_risk', null, 'choice', '—'),
          I('纳入监测时间', 'h_mon_since', null, 'date', '—'), I('户主联系电话', 'h_head_phone', null, 'phone', '—'),
        ],
        sign: 'line',
      },
      {
        kind: 'columns', name: '表2 成员', title: '表2：家庭成员信息', seq: true,
        cols: [
          L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证件号码', 'p_idno', 'idcard'),
          L('与户主关系', 'p_rel', 'choice', null, RELATION), L('民族', 'p_nation', 'choice', null, NATION),
          L('文化程度', 'p_edu', 'choice', null, EDU), L('健康状况', 'p_health', 'choice', null, ['健康', '长期慢性病', '大病', '残疾']),
          L('劳动能力', 'p_skill', 'choice', null, ['普通劳动力', '技能劳动力', '弱劳动力或半劳动力', '丧失劳动力', '无劳动力']),
          L('务工区域', 'p_work', 'choice', null, ['县内', '县外省内', '省外', '未务工']), L('务工月数', 'p_work_months', 'integer', '月'),
          L('是否参加城乡居民基本医疗保险', 'p_med_ins', 'boolean', null, YN),
        ],
        blank: 8,
      },
      {
        kind: 'indicator-rows', name: '表3 收支', title: '表3：家庭收支情况（上年度）', head: ['项  目', '单位', '金额'],
        rows: [
          C('一、家庭纯收入'), D('（一）工资性收入', 'h_inc_wage', '元'), D('（二）生产经营性收入', 'h_inc_op', '元'),
          D('（三）财产性收入', 'h_inc_prop', '元'), D('（四）转移性收入', 'h_inc_tr', '元'), S('其中：低保金', 'h_inc_dibao', '元'),
          S('特困供养金', 'h_inc_tk', '元'), S('养老金', 'h_inc_pension', '元'), S('生态补偿金', 'h_inc_eco', '元'),
          C('二、家庭支出'), D('（一）生产经营性支出', 'h_exp_op', '元'), D('（二）医疗自付支出', 'h_exp_med', '元'), D('（三）教育支出', 'h_exp_edu', '元'),
          C('三、人均纯收入'), D('家庭人均纯收入', 'h_inc_net_pc', '元'),
        ],
      },
      {
        kind: 'columns', name: '表4 帮扶', title: '表4：帮扶措施及责任人', seq: true,
        cols: [
          L('帮扶措施类型', 'h_measure', 'choice', null, ['产业帮扶', '就业帮扶', '健康帮扶', '教育帮扶', '综合保障', '其他']),
          G('帮扶责任人', L('姓名', 'h_helper_name'), L('单位及职务', 'h_helper_org'), L('联系电话', 'h_helper_phone', 'phone')),
        ],
        blank: 4, footer: '采集人：              户主签字：              采集日期：    年  月  日',
      },
    ],
  },
  {
    file: '脱贫户和监测对象帮扶责任人名单（防返贫监测信息系统导出）.xlsx', dept: '区乡村振兴局', freq: 'adhoc', catalog: false,
    title: '脱贫户和监测对象帮扶责任人名单',
    sheets: [{
      kind: 'columns', name: 'Sheet0', source: '（从全国防返贫监测信息系统导出）',
      cols: [
        L('行政村', 'v_name'), L('户主', 'h_head_name'), L('家庭人口数', 'h_size', 'integer', '人'),
        L('帮扶人姓名', 'h_helper_name'), L('帮扶人单位', 'h_helper_org'), L('帮扶人电话', 'h_helper_phone', 'phone'),
      ],
      blank: 15,
    }],
  },
  {
    file: '区乡村振兴局/脱贫户收入监测调查表.xlsx', dept: '区乡村振兴局', freq: 'semiannual', title: '脱贫户家庭收入监测调查表',
    sheets: [{
      kind: 'columns', name: '调查表', seq: true, meta: '乡镇：               村：               监测时段：    年上（下）半年',
      cols: [
        L('户主姓名', 'h_head_name'), L('家庭人口数（人）', 'h_size', 'integer', '人'), L('劳动力人数（人）', 'h_labor', 'integer', '人'),
        G('家庭收入（元）', L('劳务收入', 'h_inc_wage', 'decimal', '元'), L('经营收入', 'h_inc_op', 'decimal', '元'),
          L('政策补助收入', 'h_inc_subsidy', 'decimal', '元'), L('其他收入', 'h_inc_other', 'decimal', '元')),
        L('人均纯收入（元）', 'h_inc_net_pc', 'decimal', '元'), L('是否存在返贫风险', 'h_risk_flag', 'boolean', null, YN), R(),
      ],
      blank: 12, footer: true,
    }],
  },
  {
    file: '区乡村振兴局/2024年下半年脱贫村收入监测汇总表.xlsx', dept: '区乡村振兴局', freq: 'semiannual', catalog: false,
    title: '2024年下半年脱贫户收入监测汇总表（村级）',
    sheets: [{
      kind: 'indicator-rows', name: '汇总', head: ['项  目', '计量单位', '数  值'], sign: 'side', meta: '填报单位：          乡镇          村（盖章）',
      rows: [
        I('1.监测户数', 'v_mon_hh', '户'), I('2.监测人口', 'v_mon_pop', '人'), D('3.户均劳务收入', 'v_mon_inc_wage_avg', '元'),
        D('4.人均纯收入', 'v_mon_inc_pc', '元'), I('5.人均纯收入低于监测标准的户数', 'v_mon_below_hh', '户'),
        S('其中：新识别监测对象', 'v_mon_new_hh', '户'), I('6.存在返贫风险人数', 'v_mon_risk_n', '人'),
      ],
    }],
  },
  {
    file: '区乡村振兴局/乡村振兴重点帮扶村基本情况调查表.xlsx', dept: '区乡村振兴局', freq: 'annual', title: '乡村振兴重点帮扶村基本情况调查表',
    sheets: [{
      kind: 'indicator-rows', name: '调查表', head: ['调 查 项 目', '单位', '数量'], sign: 'cells', meta: '调查村：                 调查时间：2025年12月',
      rows: [
        C('一、人口与劳动力'), I('1.总户数（户籍）', 'v_hh_hj', '户'), I('2.总人口（户籍）', 'v_pop_hj', '人'), S('其中：女性', 'v_pop_hj_f', '人'),
        I('3.劳动力总数', 'v_labor', '人'), S('其中：外出务工', 'v_migrant', '人'),
        C('二、脱贫人口和监测对象'), I('1.脱贫户', 'v_out_hh', '户'), I('2.脱贫人口', 'v_out_pop', '人'), I('3.监测对象户数', 'v_mon_hh', '户'),
        I('4.监测对象人数', 'v_mon_pop', '人'), S('其中：已消除风险', 'v_mon_clear_n', '人'),
        C('三、产业发展'), D('1.耕地', 'v_land', '亩'), D('2.特色产业基地面积', 'v_ind_base', '亩'), I('3.龙头企业', 'v_lead_ent', '个'),
        I('4.农民专业合作社', 'v_coop', '个'), D('5.村集体经济年收入', 'v_coll_income', '万元'),
        C('四、基础设施'), I('1.是否通客车', 'v_bus', null, 'boolean', '是/否'), D('2.硬化道路里程', 'v_road_len', '公里'),
        I('3.集中供水覆盖户数', 'v_water_cov_hh', '户'), I('4.是否通光纤宽带', 'v_fiber', null, 'boolean', '是/否'),
        C('五、帮扶力量'), I('1.驻村工作队队员', 'v_team_n', '人'), D('2.本年投入帮扶资金', 'v_help_fund_y', '万元'),
      ],
    }],
  },
  {
    file: '区乡村振兴局/监测对象风险消除情况季报.xlsx', dept: '区乡村振兴局', freq: 'quarterly', catalog: false, title: '2025年第四季度监测对象风险消除情况统计表',
    sheets: [{
      kind: 'columns', name: '季报', seq: true, villages: VILLAGES, total: true, meta: '填报单位：              （盖章）',
      cols: [
        L('村', 'v_name'), L('监测户（户）', 'v_mon_hh', 'integer', '户'), L('监测人口（人）', 'v_mon_pop', 'integer', '人'),
        G('本季度消除风险', L('户数', 'v_clear_hh_q', 'integer', '户'), L('人数', 'v_clear_n_q', 'integer', '人')),
        L('累计消除风险人数（人）', 'v_mon_clear_n', 'integer', '人'), R(),
      ],
      footer: true,
    }],
  },
  // ───────────── 区统计局 ─────────────
  {
    file: '区统计局/村级基本情况统计调查表（年报）.xlsx', dept: '区统计局', freq: 'annual', title: '村级基本情况统计调查表',
    sheets: [{
      kind: 'indicator-rows', name: '村级年报', stat: { code: '村基001表', org: 'XX区统计局' }, codeRow: true, sign: 'side',
      meta: '村（居）委会名称：                         2025年', head: ['指  标', '计量单位', '代码', '2025年', '2024年'],
      rows: [
        C('一、人口'), I('年末户籍户数', 'v_hh_hj', '户'), I('年末户籍人口', 'v_pop_hj', '人'), S('其中：女', 'v_pop_hj_f', '人'),
        S('65岁以上', 'v_pop_65', '人'), I('常住人口', 'v_pop_cz', '人'), I('乡村劳动力', 'v_labor', '人'), S('其中：外出从业', 'v_migrant', '人'),
        C('二、土地与农业'), D('年末耕地面积', 'v_land', '亩'), S('其中：永久基本农田', 'v_basic_farm', '亩'), D('农作物总播种面积', 'v_crop_area', '亩'),
        D('粮食作物播种面积', 'v_grain_area', '亩'), D('粮食产量', 'v_grain_out', '吨'), D('蔬菜产量', 'v_veg_out', '吨'),
        I('年末大牲畜存栏', 'v_livestock', '头'), I('生猪出栏', 'v_pig_out', '头'), D('有效灌溉面积', 'v_irrig', '亩'),
        C('三、经济'), D('村集体经济组织收入', 'v_coll_income', '万元'), D('农村居民人均可支配收入', 'v_income_pc', '元'),
        I('工业企业', 'v_ind_ent', '个'), I('个体工商户', 'v_self_emp', '户'),
        C('四、基础设施与公共服务'), I('是否通公共交通', 'v_bus', null, 'boolean', '是/否'), I('有电子商务配送站点', 'v_ecom', '个'),
        I('幼儿园', 'v_kindergarten', '个'), I('卫生室', 'v_clinic', '个'), I('执业医师', 'v_doctors', '人'),
        I('养老机构', 'v_elder_inst', '个'), I('体育健身场所', 'v_sports', '个'),
        C('五、社会保障'), I('城乡居民最低生活保障人数', 'v_rdb_n', '人'), I('特困人员', 'v_tk_n', '人'),
        I('参加城乡居民基本养老保险人数', 'v_pension_ins', '人'), I('参加城乡居民基本医疗保险人数', 'v_med_ins', '人'),
      ],
    }],
  },
  {
    file: '2012年村级统计报表.xlsx', dept: '区统计局', freq: 'annual', catalog: false, title: '2012年村级统计报表',
    xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'indicator-rows', name: 'Sheet1', blankTop: 2, startCol: 1, head: ['指标', '单位', '数量'], sign: 'line',
      meta: '村名：                 （本表于2013年1月10日前报区统计局农村股）',
      rows: [
        I('一、户籍户数', 'v_hh_hj', '户'), I('二、户籍人口', 'v_pop_hj', '人'), S('其中：女性人口', 'v_pop_hj_f', '人'),
        I('三、乡村劳力', 'v_labor', '人'), S('其中：外出劳力', 'v_migrant', '人'), D('四、耕地面积', 'v_land', '亩'),
        D('五、粮食总产', 'v_grain_out', '吨'), D('六、村组集体收入', 'v_coll_income', '万元'),
      ],
    }],
  },
  // ───────────── 区民政局 ─────────────
  {
    file: '区民政局/高龄津贴发放花名册.xlsx', dept: '区民政局', freq: 'monthly', title: '80周岁以上老年人高龄津贴发放花名册',
    dictSheet: { name: '选项', visible: true },
    sheets: [{
      kind: 'columns', name: '花名册', seq: true, meta: '乡镇（街道）：               发放月份：     年  月',
      cols: [
        L('村（居）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号码', 'p_idno', 'idcard'),
        L('出生年月', 'p_birth', 'date'), L('年龄（周岁）', 'p_age', 'integer', '周岁'),
        L('津贴档次', 'p_gl_level', 'choice', null, ['80-89周岁', '90-99周岁', '100周岁以上']),
        L('月发放标准（元）', 'p_gl_std', 'decimal', '元'), L('代领人', 'p_gl_agent'), R(),
      ],
      blank: 12, total: true, footer: true,
    }],
  },
  {
    file: '区民政局/老年人口基本情况统计表.xlsx', dept: '区民政局', freq: 'annual', title: '老年人口基本情况统计表',
    sheets: [{
      kind: 'columns', name: '老年人口', seq: true, villages: VILLAGES, total: true, meta: '填报单位：                    截至2025年12月31日',
      cols: [
        L('村（社区）', 'v_name'), L('户籍人口（人）', 'v_pop_hj', 'integer', '人'), L('60周岁及以上老年人（人）', 'v_pop_60', 'integer', '人'),
        G('其中：年龄分布（人）', L('60-69周岁', 'v_old_60_69', 'integer', '人'), L('70-79周岁', 'v_old_70_79', 'integer', '人'),
          L('80周岁及以上', 'v_pop_80', 'integer', '人')),
        G('其中：特殊困难老年人（人）', L('失能', 'v_old_disabled', 'integer', '人'), L('独居', 'v_old_alone', 'integer', '人')), R(),
      ],
      footer: true,
    }],
  },
  {
    file: '区民政局/养老服务体系建设情况统计表.xlsx', dept: '区民政局', freq: 'annual', title: '村（社区）养老服务体系建设情况统计表',
    sheets: [{
      kind: 'indicator-rows', name: '养老服务', stat: { code: '民养2表', org: 'XX区民政局' }, head: ['项目', '单位', '数量'], sign: 'side',
      meta: '填报单位：                    2025年度',
      rows: [
        C('一、老年人口'), I('60周岁以上老年人', 'v_pop_60', '人'), S('其中：80周岁以上', 'v_pop_80', '人'), I('享受高龄津贴人数', 'v_gl_n', '人'),
        C('二、养老服务设施'), I('农村幸福院（互助养老点）', 'v_happy_home', '个'), D('建筑面积', 'v_happy_home_area', '平方米'),
        I('床位', 'v_beds', '张'), I('老年食堂（助餐点）', 'v_canteen', '个'), S('其中：本年新建', 'v_canteen_new', '个'),
        C('三、养老服务'), I('居家养老服务对象', 'v_home_care', '人'), I('本年助餐服务', 'v_meals_y', '人次'), I('养老护理员', 'v_carers', '人'),
        D('本年养老服务补贴支出', 'v_care_sub_y', '万元'),
      ],
    }],
  },
  {
    file: '2012年重点优抚对象抚恤补助统计表.xlsx', dept: '区民政局', freq: 'annual', catalog: false, title: '2012年重点优抚对象抚恤补助统计表',
    xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'columns', name: 'Sheet1', seq: true, villages: VILLAGES, total: true, textNums: true, startCol: 1,
      stat: { code: '民优1表', org: 'XX区民政局', approval: 'X民发〔2012〕6号' }, meta: '乡镇（盖章）：                 统计时段：2012年1月1日至12月31日',
      cols: [
        L('村', 'v_name'), L('优抚对象总数（人）', 'v_yf_n', 'integer', '人'),
        G('其中：类别分布（人）', L('残疾军人', 'v_yf_disabled', 'integer', '人'), L('“三属”', 'v_yf_3s', 'integer', '人'),
          L('在乡复员军人', 'v_yf_fuyuan', 'integer', '人'), L('带病回乡退伍军人', 'v_yf_sick', 'integer', '人')),
        L('全年发放抚恤补助金（元）', 'v_yf_pay_y', 'decimal', '元'), R(),
      ],
      footer: true,
    }],
  },
  // ───────────── 区退役军人事务局 ─────────────
  {
    file: '区退役军人事务局/退役军人花名册（季报）.xlsx', dept: '区退役军人事务局', freq: 'quarterly', catalog: false, title: '退役军人花名册',
    sheets: [{
      kind: 'columns', name: '花名册', seq: true, meta: '镇（街道）退役军人服务站：                   每季度末更新',
      cols: [
        L('村（居）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('公民身份证号码', 'p_idno', 'idcard'),
        L('参军时间', 'p_enlist', 'date'), L('退出现役时间', 'p_discharge', 'date'),
        L('安置方式', 'p_placement', 'choice', null, ['自主就业', '安排工作', '退休', '供养', '复员']), L('政治面貌', 'p_polit', 'choice', null, POLIT),
        L('学历', 'p_edu', 'choice', null, EDU),
        L('联系手机', 'p_phone', 'phone'), R(),
      ],
      blank: 12, footer: true,
    }],
  },
  {
    file: '区退役军人事务局/优待证申领登记表.xlsx', dept: '区退役军人事务局', freq: 'adhoc', title: '退役军人和其他优抚对象优待证申领登记表',
    catalog: '优待证申领登记表',
    sheets: [{
      kind: 'columns', name: '申领登记', seq: true, meta: '申领单位：                                登记日期：    年  月  日',
      cols: [
        L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号', 'p_idno', 'idcard'), L('入伍时间', 'p_enlist', 'date'),
        L('退伍时间', 'p_discharge', 'date'), L('手机号码', 'p_phone', 'phone'),
      ],
      blank: 12,
    }],
  },
  // ───────────── 区公安分局 ─────────────
  {
    file: '区公安分局/流动人口登记台账.xlsx', dept: '区公安分局', freq: 'monthly', title: '流动人口居住登记台账',
    sheets: [{
      kind: 'columns', name: '流动人口', seq: true, meta: '派出所：                 社区（村）：                  年  月',
      cols: [
        L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('公民身份号码', 'p_idno', 'idcard'), L('户籍地详址', 'p_addr_hj'),
        L('现住地址', 'p_addr'), L('来本地日期', 'p_arrive_date', 'date'), L('从事职业', 'p_job'),
        L('居住证号码', 'p_res_permit'), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 12, footer: '社区民警：              登记人：              联系电话：',
    }],
  },
  {
    file: '流动人口信息采集表（社区警务综合平台导出）.xlsx', dept: '区公安分局', freq: 'adhoc', catalog: false, title: '流动人口信息采集表',
    sheets: [{
      kind: 'columns', name: '采集表', source: '数据来源：社区警务综合平台 流动人口模块',
      cols: [
        L('姓名', 'p_name'), L('身份证号', 'p_idno', 'idcard'), L('户籍地址', 'p_addr_hj'), L('现居住地址', 'p_addr'),
        L('来本地居住时间', 'p_arrive_date', 'date'), L('居住证编号', 'p_res_permit'), L('联系方式', 'p_phone', 'phone'),
      ],
      blank: 15,
    }],
  },
  {
    file: '区公安分局/村（社区）治安情况统计月报.xlsx', dept: '区公安分局', freq: 'monthly', catalog: false, title: '村（社区）治安情况统计月报表',
    sheets: [{
      kind: 'columns', name: '月报', seq: true, villages: VILLAGES, total: true, source: '（社区警务综合平台）',
      meta: '派出所（盖章）：                          年  月',
      cols: [
        L('村（社区）', 'v_name'), L('实有人口数（人）', 'v_pop_real', 'integer', '人'), L('流动人口数（人）', 'v_pop_float', 'integer', '人'),
        L('出租房屋数（套）', 'v_rent_houses', 'integer', '套'), L('重点人员数（人）', 'v_key_persons', 'integer', '人'),
        L('警务辅助人员（人）', 'v_aux_police', 'integer', '人'), L('入户走访（户次）', 'v_visit_hh', 'integer', '户次'),
        G('本月', L('接报警情（起）', 'v_alarms_m', 'integer', '起'), L('调处纠纷（起）', 'v_disputes_m', 'integer', '起')), R(),
      ],
      footer: true,
    }],
  },
  {
    file: '区公安分局/社区警务室工作情况季报.xlsx', dept: '区公安分局', freq: 'quarterly', title: '社区（驻村）警务室工作情况季报表',
    sheets: [{
      kind: 'indicator-rows', name: '季报', source: '（社区警务综合平台）', head: ['项    目', '单位', '本季度', '本年累计'], sign: 'cells',
      meta: '警务室：                      社区民警：                    2026年第  季度',
      rows: [
        C('一、基础信息'), I('实有人口', 'v_pop_real', '人'), S('其中：流动人口', 'v_pop_float', '人'), I('出租房屋', 'v_rent_houses', '套'),
        I('重点人员', 'v_key_persons', '人'), I('警务辅助人员', 'v_aux_police', '人'),
        C('二、工作开展'), I('走访群众', 'v_visit_hh', '户次'), I('化解矛盾纠纷', 'v_disputes_q', '起'),
      ],
    }],
  },
  // ───────────── 区教育局 ─────────────
  {
    file: '区教育局/控辍保学工作情况统计表.xlsx', dept: '区教育局', freq: 'semiannual', catalog: false, title: '2025年春季学期控辍保学工作情况统计表',
    sheets: [
      {
        kind: 'indicator-rows', name: '表一', head: ['项  目', '单位', '数量'], meta: '村（社区）：                  （报区教育局基础教育股）',
        rows: [
          C('一、适龄儿童少年'), I('6-15周岁适龄儿童少年', 'v_kids_6_15', '人'), S('其中：在校就读', 'v_kids_school', '人'),
          S('送教上门', 'v_kids_home', '人'), S('疑似辍学', 'v_kids_dropout', '人'),
          C('二、特殊群体'), I('残疾儿童少年', 'v_kids_disab', '人'), I('农村留守儿童', 'v_kids_left', '人'),
        ],
        sign: 'line',
      },
      {
        kind: 'columns', name: '表二', title: '表二：疑似辍学学生名单', seq: true,
        cols: [
          L('学生姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号', 'p_idno', 'idcard'), L('原就读学校', 'p_school'),
          L('辍学原因', 'p_dropout_reason', 'choice', null, ['厌学', '外出务工', '身体原因', '家庭困难', '其他']),
          G('监护人', L('姓名', 'p_guardian_name'), L('联系电话', 'p_guardian_phone', 'phone')),
        ],
        blank: 6,
      },
      {
        kind: 'columns', name: '表三', title: '表三：送教上门学生名单', seq: true,
        cols: [
          L('学生姓名', 'p_name'), L('残疾类别', 'p_disab_type', 'choice', null, ['视力', '听力', '言语', '肢体', '智力', '精神', '多重']),
          L('送教教师', 'p_teacher'), L('送教次数（次/月）', 'p_visits_m', 'integer', '次/月'),
        ],
        blank: 6,
      },
    ],
  },
  // ───────────── 区卫健委 ─────────────
  {
    file: '区卫健委/村级基本公共卫生服务情况调查表.xlsx', dept: '区卫健委', freq: 'annual', title: '村级基本公共卫生服务项目情况调查表',
    sheets: [{
      kind: 'indicator-rows', name: '调查表', head: ['指标名称', '计量单位', '本年数', '上年数'], sign: 'side',
      meta: '乡镇卫生院：                          村卫生室：',
      rows: [
        C('一、服务对象'), I('辖区常住人口', 'c_pop_cz', '人'), I('65岁及以上老年人', 'c_old65', '人'), I('0-6岁儿童', 'c_kids06', '人'),
        I('孕产妇', 'c_preg', '人'),
        C('二、健康管理'), I('建立电子健康档案人数', 'c_records', '人'), I('老年人健康管理人数', 'c_old_mgmt', '人'),
        I('高血压患者健康管理人数', 'c_hbp_mgmt', '人'), I('糖尿病患者健康管理人数', 'c_dm_mgmt', '人'),
        I('严重精神障碍患者规范管理人数', 'c_mental_mgmt', '人'), I('肺结核患者管理人数', 'c_tb_mgmt', '人'),
        C('三、家庭医生签约'), I('签约人数', 'c_signed', '人'), S('其中：重点人群', 'c_signed_key', '人'), D('签约率', 'c_signed_rate', '%'),
        C('四、人员'), I('乡村医生', 'c_village_doctors', '人'), S('其中：执业（助理）医师', 'c_licensed', '人'),
      ],
    }],
  },
  {
    file: '区卫健委/孕产妇健康管理登记表.xlsx', dept: '区卫健委', freq: 'monthly', catalog: false, title: '孕产妇健康管理登记表（月报）',
    sheets: [{
      kind: 'columns', name: '孕产妇', seq: true, meta: '村卫生室：                     填报月份：    年  月     （次月5日前报区卫健委妇幼股）',
      cols: [
        L('村（居）', 'v_name'), L('孕产妇姓名', 'p_name'), L('出生日期', 'p_birth', 'date'), L('身份证号', 'p_idno', 'idcard'),
        L('丈夫姓名', 'p_spouse_name'), L('末次月经', 'p_lmp', 'date'), L('预产期', 'p_edd', 'date'), L('孕次', 'p_gravida', 'integer', '次'),
        L('是否高危', 'p_high_risk', 'boolean', null, YN), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  // ───────────── 区医保局 ─────────────
  {
    file: '区医保局/城乡居民医保参保情况统计表.xlsx', dept: '区医保局', freq: 'monthly', title: '城乡居民基本医疗保险参保情况统计表',
    sheets: [{
      kind: 'columns', name: '参保统计', seq: true, villages: VILLAGES, total: true, codeRow: true, meta: '填报单位：                      2026年  月',
      cols: [
        L('村（社区）', 'v_name'), L('户籍人口（人）', 'v_pop_hj', 'integer', '人'), L('应参保人数（人）', 'v_med_due', 'integer', '人'),
        L('已参保人数（人）', 'v_med_ins', 'integer', '人'),
        G('其中：资助参保（人）', L('特困人员', 'v_med_aid_tk', 'integer', '人'), L('低保对象', 'v_med_aid_db', 'integer', '人'),
          L('监测对象', 'v_med_aid_mon', 'integer', '人')),
        L('参保率（%）', 'v_med_rate', 'decimal', '%'), R(),
      ],
      footer: true,
    }],
  },
  // ───────────── 区人社局 ─────────────
  {
    file: '区人社局/职业技能培训人员花名册.xlsx', dept: '区人社局', freq: 'semiannual', catalog: false, title: '2025年上半年农村劳动力职业技能培训人员花名册',
    sheets: [{
      kind: 'columns', name: '培训花名册', seq: true, meta: '培训机构：                      培训时间：    年  月  日至    月  日',
      cols: [
        L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号码', 'p_idno', 'idcard'), L('文化程度', 'p_edu', 'choice', null, EDU),
        L('所在村', 'v_name'), L('培训工种', 'p_trade', 'choice', null, ['电工', '焊工', '家政服务员', '中式烹调师', '育婴员', '农机驾驶']),
        L('联系方式', 'p_phone', 'phone'), R(),
      ],
      blank: 12, footer: true,
    }],
  },
  // ───────────── 区林业局 ─────────────
  {
    file: '区林业局/生态护林员花名册.xlsx', dept: '区林业局', freq: 'annual', title: '生态护林员花名册',
    sheets: [{
      kind: 'columns', name: '护林员', seq: true, meta: '乡镇（林业站）：                              2025年度',
      cols: [
        L('乡镇', 'v_town'), L('村', 'v_name'), L('护林员姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号', 'p_idno', 'idcard'),
        L('是否脱贫人口', 'p_is_poor', 'boolean', null, YN), L('管护面积（亩）', 'p_forest_area', 'decimal', '亩'),
        L('聘用时间', 'p_hire_date', 'date'), L('劳务补助（元/年）', 'p_forest_pay', 'decimal', '元/年'), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 12, footer: true,
    }],
  },
  // ───────────── 区应急管理局 ─────────────
  {
    file: '区应急管理局/地质灾害隐患点监测责任人名单.xlsx', dept: '区应急管理局', freq: 'annual', title: '地质灾害隐患点监测责任人名单',
    sheets: [{
      kind: 'columns', name: '名单', seq: true, meta: '乡镇（街道）：                                 2026年度',
      cols: [
        L('隐患点名称', 'g_name'), L('所在村', 'v_name'), L('威胁户数（户）', 'g_threat_hh', 'integer', '户'), L('威胁人数（人）', 'g_threat_n', 'integer', '人'),
        G('群测群防员', L('姓名', 'g_monitor_name'), L('手机', 'g_monitor_phone', 'phone')),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '区应急管理局/地质灾害隐患点巡查月报.xlsx', dept: '区应急管理局', freq: 'monthly', catalog: false, title: '地质灾害隐患点巡查情况月报表',
    sheets: [{
      kind: 'columns', name: '巡查月报', seq: true, meta: '填报单位：                       2026年  月        （每月25日报区应急管理局）',
      cols: [
        L('隐患点', 'g_name'), L('村（社区）', 'v_name'), L('受威胁户数', 'g_threat_hh', 'integer', '户'), L('受威胁人数', 'g_threat_n', 'integer', '人'),
        G('监测员', L('姓名', 'g_monitor_name'), L('联系电话', 'g_monitor_phone', 'phone')), L('本月巡查次数（次）', 'g_checks_m', 'integer', '次'),
        L('是否发现险情', 'g_found', 'boolean', null, YN), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  // ───────────── 区水利局 ─────────────
  {
    file: '区水利局/农村供水工程情况统计表.xlsx', dept: '区水利局', freq: 'annual', catalog: false, title: '2025年度农村供水工程情况统计表',
    sheets: [{
      kind: 'grid', name: '供水工程', key: '工程类型', prefix: 'g_water', stat: { code: '水统农1表', org: 'XX区水利局' },
      rows: [{ l: '千吨万人工程', k: 'big' }, { l: '千人以上工程', k: 'mid' }, { l: '千人以下集中供水工程', k: 'small' }, { l: '分散供水工程', k: 'disp' }],
      cols: [L('工程处数（处）', 'n', 'integer', '处'), L('覆盖人口（人）', 'pop', 'integer', '人'), L('日供水能力（m³/d）', 'cap', 'decimal', 'm³/d')],
      total: true, footer: true,
    }],
  },
  // ───────────── 区司法局 ─────────────
  {
    file: '区司法局/人民调解案件登记台账.xlsx', dept: '区司法局', freq: 'monthly', title: '人民调解案件登记台账',
    sheets: [{
      kind: 'columns', name: '台账', seq: true, meta: '村（居）人民调解委员会：                         年  月',
      cols: [
        L('登记日期', 'm_recv_date', 'date'), L('纠纷类型', 'm_type', 'choice', null, DISPUTE),
        G('申请人', L('姓名', 'm_party_name'), L('联系电话', 'm_party_phone', 'phone')), L('被申请人', 'm_other_party'),
        L('调解员', 'm_handler'), L('调解结果', 'm_result', 'choice', null, ['调解成功', '调解不成功', '终止调解']), L('结案日期', 'm_close_date', 'date'), R(),
      ],
      blank: 12, footer: true,
    }],
  },
  {
    file: '区司法局/村（居）调委会调解情况季报.xlsx', dept: '区司法局', freq: 'quarterly', catalog: false, title: '村（居）人民调解委员会调解工作情况季报',
    sheets: [{
      kind: 'columns', name: 'Sheet1', seq: true, villages: VILLAGES, total: true, meta: '填报单位（盖章）：                    2026年第  季度',
      cols: [
        L('调委会名称', 'v_name'), L('调解员（人）', 'v_mediators', 'integer', '人'),
        G('本季度', L('受理纠纷（件）', 'v_disp_recv_q', 'integer', '件'), L('调解成功（件）', 'v_disp_ok_q', 'integer', '件')),
        L('调解成功率（%）', 'v_disp_rate', 'decimal', '%'), R(),
      ],
      footer: FOOT,
    }],
  },
  // ───────────── 区农业农村局 ─────────────
  {
    file: '区农业农村局/秋冬种生产进度统计表.xlsx', dept: '区农业农村局', freq: 'weekly', title: '秋冬种生产进度统计表（周报）',
    sheets: [{
      kind: 'grid', name: '进度', key: '作  物', prefix: 'g_autumn', meta: '填报单位：                  截至    月  日',
      rows: [{ l: '油菜', k: 'rape' }, { l: '小麦', k: 'wheat' }, { l: '马铃薯', k: 'potato' }, { l: '蔬菜', k: 'veg' }, { l: '绿肥', k: 'manure' }],
      cols: [L('计划面积（亩）', 'plan', 'decimal', '亩'), G('已播面积（亩）', L('本周', 'week', 'decimal', '亩'), L('累计', 'cum', 'decimal', '亩')),
        L('进度（%）', 'pct', 'decimal', '%')],
      total: true, footer: true,
    }],
  },
];

const corpus = new Corpus('blind5', path.join(import.meta.dirname ?? __dirname), forms, [
  ['农村公益性岗位人员花名册.xlsx', '农村公益性岗位人员花名册', '区人社局', '月报'],
]);
void corpus.build();
