/**
 * Held-out corpus "blind9": 31 templates of 12 offices of a 贵州 county (清溪县, 白马镇, villages 岩脚村 / 坪上村 …,
 * 村民组 and 寨 as village groups) in the 脱贫攻坚 years 2014–2020. Written without looking at the matcher.
 *
 * Offices: 县扶贫办 (建档立卡贫困户信息采集表 in five sheets, 贫困村退出验收评估表, “两不愁三保障”核查表, 扶贫项目库),
 * 县民政局 (农村低保 花名册, 2014 优抚对象 花名册 from an old .xls, 特困人员 花名册, 社会救助 统计月报),
 * 县教育局 (控辍保学 台账, 学生资助 花名册, 义务教育 学生 摸底表), 县卫计局 (家庭医生签约, 大病专项救治, 健康扶贫 village table,
 * 参合 登记), 县住建局 (2015 危房改造 花名册 from an old .xls, 危改“回头看” 排查表), 县水务局 (饮水安全 village table,
 * 饮水 核查表), 县人社局 (转移就业 台账, 扶贫车间 two parts, 外出务工 摸底表), 县农牧局 (产业到户 台账, 产业项目 grid),
 * 县生态移民局 (易地扶贫搬迁 in three parts), 县公安局 (户籍人口 统计年报, 社区警务 实有人口 export), 县统计局 (村级年报,
 * 各村基本情况 village table), 县残联 (贫困残疾人 需求调查 with a visible 代码表, 无障碍改造 登记).
 *
 * Shapes: 4 long indicator-rows questionnaires (退出验收, 社会救助月报, 户籍人口年报, 村级年报; 40 rows each) with
 * 一、（一） category rows and 其中： sub-items; one form in five sheets (采集表: 表一 / 表三 / 表四 indicator parts, 表二 /
 * 表五 rosters); one in three parts (易地搬迁) and one in two (扶贫车间); rosters with two-level group headers, some of
 * which change the leaf (监护人 > 姓名, 帮扶责任人 > 联系电话, 户主信息 > 性别, 签约医生 > 姓名, 核查人 > 姓名, 照料护理人 > 姓名, 车间负责人 > 姓名);
 * village tables (pre-filled villages, 合计, a 甲乙 code row), one grid (产业扶贫 项目), a `其中：年龄分布（人）` group header;
 * visible dropdown sheets (选项, 代码表) and hidden 字典 sheets; two .xls conversions (Sheet1/Sheet2/Sheet3, numbers as
 * text, a stray empty column and row); 12 of 31 forms absent from 报表清单.xlsx; one catalog entry without a file.
 *
 * Gold conventions chosen beyond ../shared/bench/README.md:
 * - 人均纯收入 (扶贫 household wording) and 人均可支配收入 are one element at each level (household h_income_pc, village
 *   v_income_pc); the household's and the village's figures are never merged.
 * - 是否建档立卡贫困户 / 是否建档立卡贫困人口 / 是否贫困家庭学生 are one element (is_poor: in the 建档立卡 system or not).
 * - 务工状况 (采集表 codes 乡内/县内/省内/省外) and 就业地点 / 务工地点 (县内 / 省内县外 / 省外) are one element.
 * - 是否参加新型农村合作医疗 / 是否参合 / 是否参加城乡居民基本医疗保险 are one element (basic medical insurance).
 * - 所在村民组 / 组 / 组（寨） are one element (a_group); the village's count of 村民小组 (v_groups) is another.
 * - 住房安全有保障 (核查) ≠ 是否危房户 (采集表): a judgment of the outcome vs the house's condition; 搬迁人口 ≠ 家庭人口;
 *   安置房面积 ≠ 住房面积; 计划脱贫年度 ≠ 脱贫年度; 当年脱贫人口 ≠ 已脱贫人口 (累计); a guardian's 银行卡号 ≠ the household's.
 * - 监护人 names and phones are one element across 教育 and 残联 (guard_name / guard_phone: the person's guardian).
 */
import path from 'node:path';
import { C, Corpus, D, EDU, G, I, L, R, S, SEX, YN, type Form, type IndRow } from '../blind4/kit';

const VILLAGES = ['岩脚村', '坪上村', '冷水村', '大坝村', '高寨村', '新场社区'];
const NATION_GZ = ['汉族', '苗族', '布依族', '侗族', '土家族', '彝族', '仡佬族', '水族', '其他'];
const POOR_ATTR = ['一般贫困户', '低保贫困户', '五保贫困户'];
const CAUSE = ['因病', '因残', '因学', '因灾', '缺土地', '缺水', '缺技术', '缺劳力', '缺资金', '交通条件落后', '自身发展动力不足'];
const YEARS = ['2014', '2015', '2016', '2017', '2018', '2019', '2020'];
const WORK_GZ = ['乡（镇）内务工', '乡（镇）外县内务工', '县外省内务工', '省外务工', '其他'];
const DISAB_TYPE = ['视力残疾', '听力残疾', '言语残疾', '肢体残疾', '智力残疾', '精神残疾', '多重残疾'];
const DISAB_GRADE = ['一级', '二级', '三级', '四级'];
const FOOT_CUN = '村（社区）负责人：            填表人：            联系电话：            填报日期：    年  月  日';
const FOOT_TOWN = '乡镇（街道）分管领导：          经办人：          联系电话：          报送日期：    年  月  日';
/** an indicator row with a dropdown in its value cell */
const Y = (r: IndRow, dv: string[]): IndRow => ({ ...r, dv });

const forms: Form[] = [
  // ───────────── 县扶贫办 ─────────────
  {
    // one form in five sheets; layout of the form = 表一 (indicator-rows)
    file: '县扶贫办/建档立卡贫困户信息采集表.xlsx', dept: '县扶贫办', freq: 'annual', title: '2015年扶贫开发建档立卡贫困户信息采集表',
    instructions: [
      '填表说明：',
      '1.本表由村“两委”、驻村工作组会同帮扶责任人入户采集，一户一表，信息录入全国扶贫开发信息系统。',
      '2.证件号码填写18位居民身份证号码；家庭成员按户口簿顺序逐人填写。',
      '3.收入情况填写上一年度数据，人均纯收入=（家庭年收入-生产经营性支出）/家庭人口数。',
      '4.本表每年动态调整时更新一次，于当年12月底前报县扶贫开发办公室。',
    ],
    sheets: [
      {
        kind: 'indicator-rows', name: '表一 户基本情况', source: 'A. 贫困户基本情况', head: ['项    目', '计量单位', '填写内容'], sign: 'cells',
        meta: '清溪县（盖章）              乡（镇）：白马镇                  采集时间：2015年  月  日',
        rows: [
          C('一、户主及家庭信息'),
          I('乡（镇）', 'v_town', null, 'text'), I('行政村', 'v_name', null, 'text'), I('村民组（寨）', 'a_group', null, 'text'),
          I('户主姓名', 'h_head_name', null, 'text'), I('户主证件号码', 'h_head_id', null, 'idcard'),
          I('联系电话', 'h_phone', null, 'phone'), // the household's phone (the helper's phone is in 表五)
          I('家庭人口数', 'h_size', '人'), I('劳动力人数', 'h_labor', '人'),
          C('二、识别情况'),
          Y(I('贫困户属性', 'h_poor_attr', null, 'choice'), POOR_ATTR),
          Y(I('主要致贫原因', 'h_cause', null, 'choice'), CAUSE),
          Y(I('计划脱贫年度', 'h_plan_exit', null, 'choice'), YEARS), // planned, ≠ 脱贫年度 (the actual year)
        ],
      },
      {
        kind: 'columns', name: '表二 家庭成员', title: 'B. 家庭成员情况', seq: true,
        cols: [
          L('姓  名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('证件号码', 'p_idno', 'idcard'),
          L('与户主关系', 'p_relation', 'choice', null, ['户主', '配偶', '之子', '之女', '之儿媳', '之孙子', '之孙女', '之父', '之母', '其他']),
          L('文化程度', 'p_edu', 'choice', null, ['文盲或半文盲', '小学', '初中', '高中', '大专及以上']),
          L('在校生状况', 'p_school', 'choice', null, ['学前教育', '小学', '七年级', '八年级', '九年级', '高中', '中职', '大专及以上', '非在校生']),
          L('劳动技能', 'p_skill', 'choice', null, ['普通劳动力', '技能劳动力', '丧失劳动力', '无劳动力']),
          L('务工状况', 'p_work_place', 'choice', null, WORK_GZ), // = 就业地点 / 务工地点 (人社), coded differently
          L('是否参加新型农村合作医疗', 'p_med_ins', 'boolean', null, YN),
          L('是否参加城乡居民基本养老保险', 'p_pension', 'boolean', null, YN),
        ],
        blank: 8,
      },
      {
        kind: 'indicator-rows', name: '表三 生产生活条件', title: 'C. 生产生活条件', head: ['指    标', '单位', '数量（情况）'],
        rows: [
          C('一、生产条件'),
          D('耕地面积', 'h_land', '亩'), // the household's, ≠ the village's 耕地面积 (统计 村级年报)
          S('其中：有效灌溉面积', 'h_irrig', '亩', 'decimal'),
          C('二、生活条件'),
          Y(I('是否通生活用电', 'h_elec', null, 'boolean'), YN),
          D('住房面积', 'h_house_area', '平方米'),
          Y(I('是否危房户', 'h_danger_house', null, 'boolean'), YN),
          Y(I('是否饮水困难', 'h_water_hard', null, 'boolean'), YN),
          Y(I('是否饮水安全', 'h_water_safe', null, 'boolean'), YN),
        ],
      },
      {
        kind: 'indicator-rows', name: '表四 收入情况', title: 'D. 上年度家庭收入情况', head: ['收入项目', '单位', '金额'],
        rows: [
          D('家庭年收入', 'h_inc_total', '元'), S('其中：工资性收入', 'h_inc_wage', '元', 'decimal'), S('生产经营性收入', 'h_inc_prod', '元', 'decimal'),
          S('转移性收入', 'h_inc_trans', '元', 'decimal'),
          D('家庭人均纯收入', 'h_income_pc', '元'),
        ],
      },
      {
        kind: 'columns', name: '表五 帮扶责任人', title: 'E. 帮扶责任人',
        cols: [
          L('帮扶单位', 'h_helper_org'),
          // the helper's name, post and phone — not the household's
          G('帮扶责任人', L('姓名', 'h_helper_name'), L('职务', 'h_helper_post'), L('联系电话', 'h_helper_phone', 'phone')),
        ],
        blank: 3, footer: '户主签字（按手印）：              村委会（盖章）：              采集人：',
      },
    ],
  },
  {
    file: '县扶贫办/贫困村退出验收评估表.xlsx', dept: '县扶贫办', freq: 'annual', title: '清溪县2017年贫困村退出验收评估表',
    catalog: '贫困村退出验收表',
    sheets: [{
      kind: 'indicator-rows', name: '验收表', head: ['指标名称', '计量单位', '代码', '验收数据'], sign: 'side',
      meta: '乡（镇）：白马镇           村：              验收时间：2017年  月  日',
      rows: [
        C('一、基本情况'),
        I('村民组', 'v_groups', '个'), I('总户数', 'v_hh_hj', '户'), I('总人口', 'v_pop_hj', '人'),
        I('建档立卡贫困户', 'v_poor_hh', '户'), I('建档立卡贫困人口', 'v_poor_n', '人'),
        S('其中：已脱贫人口', 'v_exit_n', '人'), // cumulative, ≠ 当年脱贫人口 (统计)
        S('未脱贫人口', 'v_remain_n', '人'), D('贫困发生率', 'v_poor_rate', '%'),
        C('二、“两不愁三保障”'),
        C('（一）义务教育', 1),
        I('义务教育阶段适龄儿童少年', 'v_school_age', '人'), S('其中：建档立卡贫困家庭', 'v_school_age_poor', '人'),
        I('因贫辍学学生', 'v_dropout', '人'),
        C('（二）基本医疗', 1),
        I('建档立卡贫困人口参加基本医疗保险人数', 'v_poor_med_ins', '人'), I('家庭医生签约服务贫困人口', 'v_fd_sign_poor', '人'),
        I('是否有标准化村卫生室', 'v_clinic_std', null, 'boolean', '是/否'),
        C('（三）住房安全', 1),
        I('现有危房户', 'v_danger_hh', '户'), S('其中：建档立卡贫困户', 'v_danger_poor_hh', '户'), I('当年完成危房改造', 'v_dh_done_y', '户'),
        C('三、基础设施'),
        I('是否通村硬化路', 'v_road_hard', null, 'boolean', '是/否'),
        I('30户以上村民组通硬化路', 'v_road_group_30', '个'), // only groups of 30+ households, ≠ 通硬化路的村民组 (统计)
        I('饮水安全达标户数', 'v_water_safe_hh', '户'), I('是否通动力电', 'v_power', null, 'boolean', '是/否'),
        I('是否通宽带', 'v_broadband', null, 'boolean', '是/否'),
        C('四、产业和收入'),
        D('农民人均可支配收入', 'v_income_pc', '元'), D('村集体经济收入', 'v_coll_income', '万元'), I('农民专业合作社', 'v_coop', '个'),
        C('五、社会保障'),
        I('农村低保户', 'v_dibao_hh', '户'), I('农村低保人口', 'v_dibao_n', '人'), S('其中：纳入低保的建档立卡贫困人口', 'v_dibao_poor_n', '人'),
        C('六、群众认可度'),
        D('群众认可度', 'v_satisfaction', '%'), I('错退户', 'v_wrong_exit', '户'), I('漏评户', 'v_missed', '户'),
      ],
      note: '注：贫困发生率=未脱贫人口/农业户籍人口×100%；贫困村退出以贫困发生率降至3%以下为主要衡量标准。',
    }],
  },
  {
    file: '县扶贫办/“两不愁三保障”核查表.xlsx', dept: '县扶贫办', freq: 'adhoc', catalog: false,
    title: '白马镇2019年建档立卡贫困户“两不愁三保障”及饮水安全情况核查表',
    sheets: [{
      kind: 'columns', name: '核查表', seq: true,
      meta: '村：                 核查时间：2019年  月  日          （核查结束后3日内报县脱贫攻坚指挥部办公室〔县扶贫办〕）',
      cols: [
        L('村民组', 'a_group'), L('户主姓名', 'h_head_name'),
        L('家庭人口（人）', 'h_size', 'integer', '人'),
        L('脱贫年度', 'h_exit_year', 'choice', null, YEARS), // actual year, ≠ 计划脱贫年度 (采集表)
        L('家庭年人均纯收入（元）', 'h_income_pc', 'decimal', '元'),
        G('两不愁', L('不愁吃', 'h_food', 'boolean', null, YN), L('不愁穿', 'h_cloth', 'boolean', null, YN)),
        G('三保障', L('义务教育有保障', 'h_edu_ok', 'boolean', null, YN), L('基本医疗有保障', 'h_med_ok', 'boolean', null, YN),
          L('住房安全有保障', 'h_house_ok', 'boolean', null, YN)), // outcome judgment, ≠ 是否危房户
        L('饮水安全有保障', 'h_water_safe', 'boolean', null, YN),
        G('核查人', L('姓名', 'chk_name'), L('单位及职务', 'chk_post')), // the inspector, not the household
      ],
      blank: 12, footer: '核查组长签字：              村支书签字：              户主签字：',
    }],
  },
  {
    file: '县扶贫办/脱贫攻坚项目库入库项目表.xlsx', dept: '县扶贫办', freq: 'annual', title: '清溪县2018—2020年脱贫攻坚项目库入库项目表',
    catalog: '扶贫项目库', dictSheet: { name: '选项', visible: true },
    sheets: [{
      kind: 'columns', name: '项目库', seq: true, meta: '填报单位（盖章）：                                   金额单位：万元',
      cols: [
        L('项目名称', 'prj_name'),
        L('项目类别', 'prj_type', 'choice', null, ['产业发展', '基础设施', '易地扶贫搬迁', '教育扶贫', '健康扶贫', '危房改造', '金融扶贫', '其他']),
        G('实施地点', L('乡镇', 'v_town'), L('村', 'v_name')),
        L('建设内容及规模', 'prj_content'),
        G('资金规模', L('合计', 'prj_fund_total', 'decimal', '万元'), L('财政专项扶贫资金', 'prj_fund_fp', 'decimal', '万元')),
        G('受益对象', L('受益户数（户）', 'prj_benef_hh', 'integer', '户'), L('其中：贫困户（户）', 'prj_benef_poor_hh', 'integer', '户')),
        R(),
      ],
      blank: 10, footer: true,
    }],
  },
  // ───────────── 县民政局 ─────────────
  {
    file: '县民政局/农村最低生活保障对象花名册.xlsx', dept: '县民政局', freq: 'monthly', title: '清溪县农村最低生活保障对象花名册',
    sheets: [{
      kind: 'columns', name: '低保花名册', seq: true, meta: '乡镇：白马镇（盖章）                                    2016年  月',
      cols: [
        L('村（居）', 'v_name'), L('组', 'a_group'), L('户主姓名', 'h_head_name'), L('户主身份证号码', 'h_head_id', 'idcard'),
        L('家庭人口（人）', 'h_size', 'integer', '人'),
        L('保障人口（人）', 'h_dibao_n', 'integer', '人'), // members covered, ≠ 家庭人口
        L('月保障金额（元）', 'h_dibao_pay', 'decimal', '元'),
        L('是否建档立卡贫困户', 'is_poor', 'boolean', null, YN), R(),
      ],
      blank: 15, total: true, footer: true,
    }],
  },
  {
    file: '县民政局/2014年优抚对象花名册.xlsx', dept: '县民政局', freq: 'annual', catalog: false, title: '2014年度清溪县重点优抚对象花名册',
    xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'columns', name: 'Sheet1', startCol: 1, blankTop: 1, textNums: true, seq: true,
      meta: '填报单位：          乡镇民政办（盖章）              2014年12月  日      （年报，报县民政局优抚安置股）',
      cols: [
        L('乡镇', 'v_town'), L('村（居）', 'v_name'), L('姓  名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX),
        L('身份证号', 'p_idno', 'idcard'),
        L('优抚类别', 'p_yf_type', 'choice', null, ['残疾军人', '烈属', '因公牺牲军人遗属', '病故军人遗属', '在乡复员军人', '带病回乡退伍军人', '参战退役人员']),
        L('入伍时间', 'p_enlist', 'date'), L('退伍时间', 'p_discharge', 'date'),
        L('抚恤补助标准（元/年）', 'p_yf_std', 'decimal', '元/年'), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '县民政局/特困人员救助供养对象花名册.xlsx', dept: '县民政局', freq: 'quarterly',
    title: '清溪县农村特困人员（五保）救助供养对象花名册', catalog: '特困人员救助供养对象花名册',
    sheets: [{
      kind: 'columns', name: '特困花名册', seq: true, meta: '乡镇（盖章）：                              2017年第  季度',
      cols: [
        L('村', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号码', 'p_idno', 'idcard'),
        L('供养方式', 'p_tk_mode', 'choice', null, ['集中供养', '分散供养']),
        L('基本生活标准（元/月）', 'p_tk_std', 'decimal', '元/月'),
        L('是否建档立卡贫困人口', 'is_poor', 'boolean', null, YN),
        G('照料护理人', L('姓名', 'care_name'), L('联系电话', 'care_phone', 'phone')), // the carer, not the person
        R(),
      ],
      blank: 12, footer: true,
    }],
  },
  {
    file: '县民政局/社会救助统计月报表.xlsx', dept: '县民政局', freq: 'monthly', title: '社会救助和优抚安置统计月报表',
    catalog: '社会救助统计月报',
    sheets: [{
      kind: 'indicator-rows', name: '月报', stat: { code: '民统救1表', org: '贵州省民政厅', approval: '黔统制〔2015〕12号' },
      meta: '填报单位：                    2016年  月', head: ['指 标 名 称', '计量单位', '代码', '本月数'], codeRow: true, sign: 'cells',
      rows: [
        C('一、农村最低生活保障'),
        I('1.保障户数', 'v_dibao_hh', '户'), I('2.保障人数', 'v_dibao_n', '人'), S('其中：建档立卡贫困人口', 'v_dibao_poor_n', '人'),
        S('老年人', 'v_dibao_old', '人'), S('未成年人', 'v_dibao_minor', '人'), S('残疾人', 'v_dibao_disab', '人'),
        D('3.本月支出资金', 'v_dibao_pay_m', '万元'), D('4.本年累计支出资金', 'v_dibao_pay_y', '万元'), D('5.月人均补差', 'v_dibao_avg', '元'),
        C('二、城市最低生活保障'),
        I('1.保障户数', 'v_udb_hh', '户'), I('2.保障人数', 'v_udb_n', '人'), D('3.本月支出资金', 'v_udb_pay_m', '万元'),
        C('三、特困人员救助供养'),
        I('1.农村特困人员', 'v_tk_n', '人'), S('其中：集中供养', 'v_tk_central', '人'), S('分散供养', 'v_tk_disp', '人'),
        D('2.本月支出资金', 'v_tk_pay_m', '万元'),
        C('四、临时救助'),
        I('1.本月救助人次', 'v_temp_m', '人次'), S('其中：建档立卡贫困人口', 'v_temp_poor_m', '人次'), D('2.本月支出资金', 'v_temp_pay_m', '万元'),
        I('3.本年累计救助人次', 'v_temp_y', '人次'),
        C('五、医疗救助'),
        I('1.资助参加城乡居民基本医疗保险', 'v_medaid_ins', '人'), I('2.直接医疗救助', 'v_medaid_n', '人次'), D('3.直接医疗救助资金', 'v_medaid_pay', '万元'),
        C('六、优抚安置'),
        I('1.重点优抚对象', 'v_yf_n', '人'), S('其中：残疾军人', 'v_yf_disab', '人'), S('在乡复员军人', 'v_yf_fy', '人'),
        S('带病回乡退伍军人', 'v_yf_sick', '人'), D('2.本月发放抚恤补助资金', 'v_yf_pay_m', '万元'),
        C('七、残疾人两项补贴'),
        I('1.困难残疾人生活补贴', 'v_disab_sub', '人'), I('2.重度残疾人护理补贴', 'v_disab_care', '人'),
        C('八、儿童福利'),
        I('1.孤儿', 'v_orphan', '人'), I('2.农村留守儿童', 'v_leftchild', '人'),
      ],
      note: '注：本表由乡镇民政办汇总，每月5日前报县民政局；金额保留两位小数。',
    }],
  },
  // ───────────── 县教育局 ─────────────
  {
    file: '县教育局/控辍保学工作台账.xlsx', dept: '县教育局', freq: 'monthly', title: '清溪县义务教育阶段控辍保学工作台账',
    instructions: ['1.本台账由学校会同乡镇、村逐生建立，实行动态管理，每月25日前报县教育局控辍保学工作领导小组办公室。', '2.辍学原因按下拉选项填写。'],
    sheets: [{
      kind: 'columns', name: '台账', seq: true, meta: '学校（盖章）：                                2019年秋季学期    月',
      cols: [
        L('学校名称', 's_school'), L('学生姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号', 'p_idno', 'idcard'),
        L('年级', 's_grade', 'choice', null, ['一年级', '二年级', '三年级', '四年级', '五年级', '六年级', '七年级', '八年级', '九年级']),
        G('户籍所在地', L('乡镇', 'v_town'), L('村', 'v_name')),
        L('是否建档立卡贫困家庭学生', 'is_poor', 'boolean', null, YN),
        L('辍学原因', 's_drop_cause', 'choice', null, ['厌学', '外出务工', '早婚早育', '身体原因', '家庭困难', '其他']),
        G('监护人', L('姓名', 'guard_name'), L('联系电话', 'guard_phone', 'phone')), // the guardian's, not the student's
        R(),
      ],
      blank: 10, footer: '校长签字：              乡镇分管领导签字：              填表人：              联系电话：',
    }],
  },
  {
    file: '县教育局/建档立卡贫困家庭学生资助发放花名册.xlsx', dept: '县教育局', freq: 'semiannual',
    title: '清溪县2018年秋季学期建档立卡贫困家庭学生资助发放花名册', catalog: '学生资助发放花名册（每学期）',
    sheets: [{
      kind: 'columns', name: '资助花名册', seq: true, meta: '学校（盖章）：                         资助学期：2018年秋季学期',
      cols: [
        L('学校', 's_school'), L('学生姓名', 'p_name'), L('身份证号码', 'p_idno', 'idcard'),
        G('家庭住址', L('村', 'v_name'), L('组', 'a_group')),
        L('户主姓名', 'h_head_name'),
        L('资助项目', 's_aid_type', 'choice', null, ['学前教育资助', '营养改善计划', '寄宿生生活补助', '普通高中国家助学金', '免学费', '中职国家助学金', '雨露计划']),
        L('资助金额（元）', 's_aid_amt', 'decimal', '元'),
        G('监护人', L('姓名', 'guard_name'), L('银行卡号', 'guard_bank_acct')), // the guardian's card, ≠ the household's 开户银行及账号
        R(),
      ],
      blank: 12, total: true, footer: true,
    }],
  },
  {
    file: '县教育局/建档立卡贫困户义务教育阶段学生摸底表.xlsx', dept: '县教育局', freq: 'adhoc', catalog: false,
    title: '白马镇2016年建档立卡贫困户义务教育阶段适龄学生摸底登记表',
    sheets: [{
      kind: 'columns', name: 'Sheet1', seq: true, meta: '村（盖章）：                    （摸底结束后报县教育局资助中心）',
      cols: [
        L('村', 'v_name'), L('组', 'a_group'), L('户主姓名', 'h_head_name'), L('学生姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX),
        L('身份证号码', 'p_idno', 'idcard'), L('就读学校', 's_school'), L('就读年级', 's_grade'), L('家长联系电话', 'guard_phone', 'phone'), R(),
      ],
      blank: 10, footer: FOOT_CUN,
    }],
  },
  // ───────────── 县卫计局 ─────────────
  {
    file: '县卫计局/家庭医生签约服务花名册.xlsx', dept: '县卫计局', freq: 'quarterly', title: '清溪县2017年建档立卡贫困人口家庭医生签约服务花名册',
    catalog: '家庭医生签约服务花名册',
    sheets: [{
      kind: 'columns', name: '签约花名册', seq: true, meta: '乡镇卫生院（盖章）：                      2017年第  季度',
      cols: [
        L('村', 'v_name'),
        G('签约对象', L('姓名', 'p_name'), L('身份证号', 'p_idno', 'idcard'), L('联系电话', 'p_phone', 'phone')),
        L('重点人群分类', 'fd_group', 'choice', null, ['高血压', '糖尿病', '严重精神障碍', '肺结核', '孕产妇', '0-6岁儿童', '65岁及以上老年人', '残疾人', '一般人群']),
        G('签约医生', L('姓名', 'fd_doc_name'), L('联系电话', 'fd_doc_phone', 'phone')), // the doctor's, not the patient's
        L('本季度履约次数', 'fd_visits', 'integer', '次'), R(),
      ],
      blank: 12, footer: true,
    }],
  },
  {
    file: '县卫计局/农村贫困人口大病专项救治台账.xlsx', dept: '县卫计局', freq: 'monthly', catalog: false,
    title: '清溪县农村贫困人口大病专项救治工作台账',
    sheets: [{
      kind: 'columns', name: '救治台账', seq: true, meta: '填报单位：                    （每月5日前报县卫计局医政医管股）         2018年  月',
      cols: [
        L('村', 'v_name'), L('患者姓名', 'p_name'), L('年龄', 'p_age', 'integer', '岁'),
        L('身份证号码', 'p_idno', 'idcard'),
        L('病种', 'dz_type', 'choice', null, ['儿童白血病', '儿童先天性心脏病', '食管癌', '胃癌', '结肠癌', '直肠癌', '终末期肾病', '重性精神病', '耐多药肺结核']),
        G('医疗费用（元）', L('总费用', 'dz_cost', 'decimal', '元'), L('基本医保报销', 'dz_basic', 'decimal', '元'),
          L('个人自付', 'dz_self', 'decimal', '元')),
        L('救治进度', 'dz_status', 'choice', null, ['已救治', '正在救治', '待救治']), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '县卫计局/健康扶贫工作进展情况统计表.xlsx', dept: '县卫计局', freq: 'monthly', title: '清溪县健康扶贫工作进展情况统计表（2018年  月）',
    catalog: '健康扶贫工作进展统计表',
    sheets: [{
      kind: 'columns', name: '统计表', seq: true, villages: VILLAGES, total: true, meta: '乡镇卫生院（盖章）：                            截至    月底',
      cols: [
        L('乡镇', 'v_town'), L('村（社区）', 'v_name'), L('建档立卡贫困人口（人）', 'v_poor_n', 'integer', '人'),
        G('建档立卡贫困人口参加基本医疗保险', L('参保人数（人）', 'v_poor_med_ins', 'integer', '人')),
        G('家庭医生签约服务', L('签约人数（人）', 'v_fd_sign_poor', 'integer', '人'),
          G('其中：年龄分布（人）', L('0-6岁儿童', 'v_fd_0_6', 'integer', '人'), L('65岁及以上老年人', 'v_fd_65', 'integer', '人'))),
        L('大病专项救治人数（人）', 'v_dz_n', 'integer', '人'), R(),
      ],
      footer: true,
    }],
  },
  {
    file: '县卫计局/贫困人口参加新农合情况登记表.xlsx', dept: '县卫计局', freq: 'adhoc', catalog: false,
    title: '白马镇岩脚村2016年建档立卡贫困人口参加新型农村合作医疗情况登记表',
    sheets: [{
      kind: 'columns', name: '登记表', seq: true, meta: '（本表由村医协助村委会填写，报乡镇卫生院转县卫计局合医办）',
      cols: [
        L('组别', 'a_group'), L('户主姓名', 'h_head_name'), L('姓名', 'p_name'), L('与户主关系', 'p_relation'),
        L('身份证号码', 'p_idno', 'idcard'), L('是否参合', 'p_med_ins', 'boolean', null, YN), R(),
      ],
      blank: 15, footer: FOOT_CUN,
    }],
  },
  // ───────────── 县住建局 ─────────────
  {
    file: '县住建局/2015年农村危房改造对象花名册.xlsx', dept: '县住建局', freq: 'annual', title: '清溪县2015年农村危房改造对象花名册',
    catalog: '农村危房改造对象花名册', xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'columns', name: 'Sheet1', startCol: 1, blankTop: 1, textNums: true, seq: true, codeRow: true,
      meta: '乡镇（盖章）：                                    2015年  月  日',
      cols: [
        L('村', 'v_name'), L('组', 'a_group'),
        G('户主信息', L('姓名', 'h_head_name'), L('性别', 'h_head_sex', 'choice', null, SEX), L('身份证号码', 'h_head_id', 'idcard')), // the head's sex
        L('家庭人数', 'h_size', 'integer', '人'),
        L('对象类别', 'dh_type', 'choice', null, ['建档立卡贫困户', '低保户', '农村分散供养五保户', '贫困残疾人家庭']),
        L('危房等级', 'dh_grade', 'choice', null, ['C级', 'D级']),
        G('补助资金（元）', L('中央', 'dh_sub_c', 'decimal', '元'), L('省级', 'dh_sub_p', 'decimal', '元')),
        L('联系电话', 'h_phone', 'phone'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '县住建局/农村危房改造“回头看”排查表.xlsx', dept: '县住建局', freq: 'adhoc', catalog: false,
    title: '白马镇2018年农村危房改造“回头看”排查登记表',
    sheets: [{
      kind: 'columns', name: '排查表', seq: true, meta: '村：                排查人：              （排查完成后报县住房和城乡建设局村镇股）',
      cols: [
        L('村名', 'v_name'), L('村民组', 'a_group'), L('户主姓名', 'h_head_name'), L('身份证号码', 'h_head_id', 'idcard'),
        L('贫困户属性', 'h_poor_attr', 'choice', null, POOR_ATTR), L('现住房是否为危房', 'h_danger_house', 'boolean', null, YN),
        L('危房等级', 'dh_grade', 'choice', null, ['A级', 'B级', 'C级', 'D级']), L('住房面积（㎡）', 'h_house_area', 'decimal', '平方米'),
        L('是否已纳入改造计划', 'dh_planned', 'boolean', null, YN), R(),
      ],
      blank: 12, footer: FOOT_CUN,
    }],
  },
  // ───────────── 县水务局 ─────────────
  {
    file: '县水务局/农村饮水安全巩固提升情况统计表.xlsx', dept: '县水务局', freq: 'annual', title: '清溪县2018年农村饮水安全巩固提升工程情况统计表',
    sheets: [{
      kind: 'columns', name: '统计表', seq: true, villages: VILLAGES, total: true, codeRow: true, meta: '填报单位：白马镇水利站（盖章）               2018年12月',
      cols: [
        L('村名', 'v_name'), L('总户数（户）', 'v_hh_hj', 'integer', '户'), L('总人口（人）', 'v_pop_hj', 'integer', '人'),
        G('其中：建档立卡贫困人口', L('户数', 'v_poor_hh', 'integer', '户'), L('人数', 'v_poor_n', 'integer', '人')),
        G('饮水安全达标', L('户数', 'v_water_safe_hh', 'integer', '户'), L('人数', 'v_water_safe_n', 'integer', '人')), // ≠ 贫困户数 above
        L('自来水普及率（%）', 'v_tap_rate', 'decimal', '%'), R(),
      ],
      footer: true,
    }],
  },
  {
    file: '县水务局/建档立卡贫困户饮水安全状况核查表.xlsx', dept: '县水务局', freq: 'adhoc', catalog: false,
    title: '白马镇2017年建档立卡贫困户饮水安全状况核查表',
    sheets: [{
      kind: 'columns', name: '核查表', seq: true, meta: '村：                    核查日期：    年  月  日      （报县水务局农水股）',
      cols: [
        L('村民组（寨）', 'a_group'), L('户主', 'h_head_name'), L('人口数', 'h_size', 'integer', '人'),
        L('是否存在饮水困难', 'h_water_hard', 'boolean', null, YN), L('饮水是否安全', 'h_water_safe', 'boolean', null, YN), R(),
      ],
      blank: 15, footer: FOOT_CUN,
    }],
  },
  // ───────────── 县人社局 ─────────────
  {
    file: '县人社局/建档立卡贫困劳动力转移就业台账.xlsx', dept: '县人社局', freq: 'monthly', title: '清溪县建档立卡贫困劳动力转移就业工作台账',
    catalog: '贫困劳动力转移就业台账',
    sheets: [{
      kind: 'columns', name: '转移就业', seq: true, example: true, meta: '乡镇劳动保障所（盖章）：                         2017年  月',
      cols: [
        L('村', 'v_name'), L('组', 'a_group'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号码', 'p_idno', 'idcard'),
        L('文化程度', 'p_edu', 'choice', null, EDU),
        G('就业情况', L('就业地点', 'p_work_place', 'choice', null, ['县内', '省内县外', '省外']), L('就业单位', 'emp_org'),
          L('月收入（元）', 'emp_income_m', 'decimal', '元')),
        L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 12, footer: true,
    }],
  },
  {
    // two parts of one form
    file: '县人社局/扶贫车间情况统计表.xlsx', dept: '县人社局', freq: 'quarterly', catalog: false,
    title: '清溪县扶贫车间建设及吸纳就业情况统计表（2019年第  季度）',
    sheets: [
      {
        kind: 'columns', name: '表1 车间情况', seq: true, meta: '填报单位（盖章）：                  （每季度末月25日前报县人社局就业股）',
        cols: [
          L('乡镇', 'v_town'), L('所在村', 'v_name'), L('车间名称', 'ws_name'),
          G('车间负责人', L('姓名', 'ws_head_name'), L('联系电话', 'ws_head_phone', 'phone')), // the manager's
          G('吸纳就业（人）', L('合计', 'ws_emp_n', 'integer', '人'), L('其中：贫困劳动力', 'ws_emp_poor', 'integer', '人')),
          R(),
        ],
        blank: 6,
      },
      {
        kind: 'columns', name: '表2 就业人员', title: '扶贫车间就业人员名册', seq: true,
        cols: [
          L('车间名称', 'ws_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号码', 'p_idno', 'idcard'),
          L('是否建档立卡贫困劳动力', 'is_poor', 'boolean', null, YN), L('岗位', 'ws_post'), L('月工资（元）', 'emp_income_m', 'decimal', '元'),
        ],
        blank: 10, footer: true,
      },
    ],
  },
  {
    file: '贫困劳动力外出务工摸底登记表.xlsx', dept: '县人社局', freq: 'adhoc', catalog: false,
    title: '白马镇2016年建档立卡贫困劳动力外出务工情况摸底登记表',
    sheets: [{
      kind: 'columns', name: '摸底表', seq: true,
      meta: '村：                           （摸底后报县人力资源和社会保障局就业局）',
      cols: [
        L('村', 'v_name'), L('组（寨）', 'a_group'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号', 'p_idno', 'idcard'),
        L('文化程度', 'p_edu', 'choice', null, EDU), L('务工地点', 'p_work_place', 'choice', null, ['县内', '省内县外', '省外']),
        L('务工单位', 'emp_org'), L('本人联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 15, footer: FOOT_CUN,
    }],
  },
  // ───────────── 县农牧局 ─────────────
  {
    file: '县农牧局/产业扶贫到户到人情况台账.xlsx', dept: '县农牧局', freq: 'annual', catalog: false, title: '清溪县2017年产业扶贫到户到人情况台账',
    sheets: [{
      kind: 'columns', name: '到户台账', seq: true, meta: '乡镇农业服务中心（盖章）：                （年底前报县农牧局产业扶贫办）',
      cols: [
        L('村', 'v_name'), L('组', 'a_group'), L('户主姓名', 'h_head_name'), L('户主身份证号', 'h_head_id', 'idcard'),
        L('家庭人口数（人）', 'h_size', 'integer', '人'), L('致贫原因', 'h_cause', 'choice', null, CAUSE), L('脱贫年份', 'h_exit_year', 'choice', null, YEARS),
        G('扶持产业', L('产业类别', 'ind_type', 'choice', null, ['茶叶', '食用菌', '中药材', '精品水果', '蔬菜', '生猪', '肉牛', '生态家禽', '其他']),
          L('规模（亩）', 'ind_area', 'decimal', '亩')),
        G('利益联结', L('联结方式', 'ind_link', 'choice', null, ['入股分红', '订单收购', '土地流转', '务工就业', '自主发展'])),
        R(),
      ],
      blank: 12, footer: true,
    }],
  },
  {
    file: '县农牧局/产业扶贫项目实施情况统计表.xlsx', dept: '县农牧局', freq: 'semiannual', title: '清溪县2018年上半年产业扶贫项目实施情况统计表',
    catalog: '产业扶贫项目实施情况统计表（半年报）',
    sheets: [{
      kind: 'grid', name: '统计表', key: '产业类别', prefix: 'g_ind', meta: '填报单位（盖章）：                    2018年6月30日',
      rows: [{ l: '茶叶', k: 'tea' }, { l: '食用菌', k: 'fungi' }, { l: '中药材', k: 'herb' }, { l: '精品水果', k: 'fruit' }],
      cols: [
        G('种植规模（亩）', L('计划', 'plan', 'decimal', '亩'), L('完成', 'done', 'decimal', '亩')),
        L('投入资金（万元）', 'fund', 'decimal', '万元'), L('带动贫困户（户）', 'poor_hh', 'integer', '户'),
      ],
      total: true, footer: true,
    }],
  },
  // ───────────── 县生态移民局 ─────────────
  {
    // three parts of one form
    file: '县生态移民局/易地扶贫搬迁对象花名册.xlsx', dept: '县生态移民局', freq: 'annual', title: '清溪县2016年易地扶贫搬迁对象花名册',
    catalog: '易地扶贫搬迁搬迁对象花名册',
    instructions: ['1.表1按户填写，表2按人填写，表3由安置点所在乡镇填写。', '2.本表年度更新，报县生态移民局（县易地扶贫搬迁工作领导小组办公室）。'],
    sheets: [
      {
        kind: 'columns', name: '表1 搬迁户', seq: true, meta: '迁出乡镇（盖章）：                           2016年  月  日',
        cols: [
          G('迁出地', L('乡镇', 'v_town'), L('村', 'v_name'), L('组', 'a_group')),
          G('户主', L('姓名', 'h_head_name'), L('身份证号码', 'h_head_id', 'idcard'), L('联系电话', 'h_phone', 'phone')),
          L('搬迁人口（人）', 'ym_n', 'integer', '人'), // the members who move, ≠ 家庭人口
          L('搬迁类别', 'ym_type', 'choice', null, ['建档立卡贫困户', '同步搬迁户']),
          L('安置点名称', 'ym_site'),
          L('安置房面积（㎡）', 'ym_house_area', 'decimal', '平方米'), // the new flat, ≠ 住房面积 of the old house
          G('就业情况', L('劳力（人）', 'h_labor', 'integer', '人')),
          R(),
        ],
        blank: 10,
      },
      {
        kind: 'columns', name: '表2 搬迁人口', title: '搬迁人口明细表', seq: true,
        cols: [
          L('户主姓名', 'h_head_name'), L('家庭成员姓名', 'p_name'), L('与户主关系', 'p_relation'), L('性别', 'p_sex', 'choice', null, SEX),
          L('身份证号码', 'p_idno', 'idcard'), L('在校情况', 'p_school', 'choice', null, ['学前', '小学', '初中', '高中', '中职', '大专及以上', '不在校']),
        ],
        blank: 12,
      },
      {
        kind: 'indicator-rows', name: '表3 安置点', title: '安置点基本情况', head: ['项    目', '单位', '数量'], sign: 'line',
        rows: [
          I('安置点名称', 'ym_site', null, 'text'), I('规划安置户数', 'ym_site_hh', '户'), I('规划安置人数', 'ym_site_n', '人'),
          S('其中：建档立卡贫困人口', 'ym_site_poor', '人'),
        ],
      },
    ],
  },
  // ───────────── 县公安局 ─────────────
  {
    file: '县公安局/户籍人口统计年报表.xlsx', dept: '县公安局', freq: 'annual', title: '清溪县2016年户籍人口统计年报表', catalog: '人口统计年报表',
    sheets: [{
      kind: 'indicator-rows', name: '人口年报', stat: { code: '公人统1表', org: '公安部治安管理局', approval: '国统制〔2014〕88号' },
      meta: '填报单位：清溪县公安局白马派出所                 2016年12月31日', head: ['项    目', '计量单位', '行次', '本年数'], sign: 'cells',
      rows: [
        C('一、户数'),
        I('总户数', 'v_hh_hj', '户'), S('其中：家庭户', 'v_hh_family', '户'), S('集体户', 'v_hh_coll', '户'),
        C('二、人口数'),
        I('总人口', 'v_pop_hj', '人'), S('其中：男', 'v_pop_m', '人'), S('女', 'v_pop_f', '人'),
        C('（一）按年龄分', 1),
        I('0-17岁', 'v_pop_0_17', '人'), I('18-34岁', 'v_pop_18_34', '人'), I('35-59岁', 'v_pop_35_59', '人'), I('60岁及以上', 'v_pop_60', '人'),
        S('其中：80岁及以上', 'v_pop_80', '人'),
        C('（二）按民族分', 1),
        I('汉族', 'v_pop_han', '人'), I('少数民族', 'v_pop_minor', '人'), S('其中：苗族', 'v_pop_miao', '人'), S('布依族', 'v_pop_buyi', '人'),
        C('（三）按文化程度分', 1),
        I('大学（大专及以上）', 'v_pop_college', '人'), I('高中（含中专）', 'v_pop_hs', '人'), I('初中', 'v_pop_ms', '人'), I('小学', 'v_pop_ps', '人'),
        I('不识字或识字很少', 'v_pop_illit', '人'),
        C('三、本年户口登记变动'),
        I('出生登记', 'v_birth_y', '人'), I('死亡注销', 'v_death_y', '人'), I('迁入', 'v_in_y', '人'), I('迁出', 'v_out_y', '人'),
        S('其中：易地扶贫搬迁迁出', 'v_out_ym_y', '人'),
        C('四、暂住人口'),
        I('登记暂住人口', 'v_pop_temp', '人'),
        C('五、人户分离'),
        I('户在人不在', 'v_pop_absent', '人'), S('其中：外出半年以上', 'v_pop_absent_6m', '人'), I('人在户不在', 'v_pop_present', '人'),
        C('六、居民身份证'),
        I('应领证人数', 'v_id_should', '人'), I('已领证人数', 'v_id_done', '人'),
      ],
      note: '注：1.本表统计时点为12月31日24时；2.次年1月10日前报县公安局治安大队（户政）。',
    }],
  },
  {
    file: '县公安局/社区警务实有人口登记表.xlsx', dept: '县公安局', freq: 'monthly', catalog: false, title: '实有人口信息登记表',
    dictSheet: { name: '字典', visible: false },
    sheets: [{
      kind: 'columns', name: '实有人口', source: '数据来源：贵州省公安厅社区警务信息系统导出（白马派出所 岩脚警务室）  每月更新一次',
      seq: true,
      cols: [
        L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION_GZ),
        L('出生日期', 'p_birth', 'date'), L('公民身份号码', 'p_idno', 'idcard'),
        L('文化程度', 'p_edu', 'choice', null, ['研究生', '大学本科', '大学专科', '中等专科', '高中', '初中', '小学', '不识字或识字很少']),
        L('兵役状况', 'p_military', 'choice', null, ['未服兵役', '退出现役', '士兵预备役', '军官预备役', '服现役']), // ≠ 退伍时间 (优抚)
        L('户籍地详址', 'p_hk_addr'), L('实际居住地详址', 'p_cur_addr'), // 户籍地 ≠ 现住址
        L('联系电话', 'p_phone', 'phone'),
      ],
      blank: 10,
    }],
  },
  // ───────────── 县统计局 ─────────────
  {
    file: '县统计局/村级统计年报表.xlsx', dept: '县统计局', freq: 'annual', title: '清溪县2016年农村基层统计年报表（村级）', catalog: '村级统计年报',
    sheets: [{
      kind: 'indicator-rows', name: '村级年报', stat: { code: '农基村1表', org: '清溪县统计局', approval: '黔统字〔2015〕31号' },
      meta: '村（居）委会（盖章）：                            2016年度', head: ['指标名称', '计量单位', '代码', '本年', '上年'],
      codeRow: true, sign: 'cells',
      rows: [
        C('一、基本情况'),
        I('村民小组', 'v_groups', '个'), I('户籍户数', 'v_hh_hj', '户'), I('户籍人口', 'v_pop_hj', '人'),
        S('其中：男性', 'v_pop_m', '人'), S('少数民族', 'v_pop_minor', '人'), I('60岁及以上人口', 'v_pop_60', '人'),
        C('二、劳动力'),
        I('乡村劳动力资源数', 'v_labor', '人'), S('其中：外出务工劳动力', 'v_migrant', '人'),
        C('三、贫困人口'),
        I('建档立卡贫困户', 'v_poor_hh', '户'), I('建档立卡贫困人口', 'v_poor_n', '人'),
        I('当年脱贫人口', 'v_exit_n_y', '人'), // this year's, ≠ 已脱贫人口 (累计, 退出验收)
        C('四、土地'),
        D('耕地面积', 'v_land', '亩'), S('其中：水田', 'v_paddy', '亩', 'decimal'), D('林地面积', 'v_forest', '亩'),
        C('五、农业生产'),
        D('粮食作物播种面积', 'v_grain_area', '亩'), D('粮食产量', 'v_grain_out', '吨'), I('年末生猪存栏', 'v_pig_stock', '头'),
        C('六、收入'),
        D('农村常住居民人均可支配收入', 'v_income_pc', '元'), D('村集体经济收入', 'v_coll_income', '万元'),
        C('七、基础设施'),
        I('通硬化路的村民组', 'v_road_group_n', '个'), I('饮水安全户数', 'v_water_safe_hh', '户'), I('通宽带户数', 'v_broadband_hh', '户'),
        I('乡村医生', 'v_doctor', '人'),
        C('八、社会保障'),
        I('农村低保户数', 'v_dibao_hh', '户'), I('农村低保人数', 'v_dibao_n', '人'), I('特困供养人员', 'v_tk_n', '人'),
        I('参加新型农村合作医疗人数', 'v_med_ins_n', '人'), I('参加城乡居民基本养老保险人数', 'v_pension_n', '人'), I('持证残疾人', 'v_disab_cert', '人'),
        C('九、村级组织'),
        I('村“两委”干部', 'v_cadres', '人'), I('党员', 'v_pm', '人'),
      ],
    }],
  },
  {
    file: '白马镇2015年各村基本情况统计表.xlsx', dept: '县统计局', freq: 'annual', catalog: false, title: '白马镇2015年各村基本情况统计表',
    sheets: [{
      kind: 'columns', name: 'Sheet1', seq: true, villages: VILLAGES, total: true,
      meta: '填报单位：白马镇人民政府统计站（盖章）                 （2015年年报，报县统计局农村股）',
      cols: [
        L('村名', 'v_name'), L('村民组（个）', 'v_groups', 'integer', '个'), L('总户数（户）', 'v_hh_hj', 'integer', '户'),
        L('总人口（人）', 'v_pop_hj', 'integer', '人'), L('劳力（人）', 'v_labor', 'integer', '人'), L('耕地面积（亩）', 'v_land', 'decimal', '亩'),
        L('贫困户（户）', 'v_poor_hh', 'integer', '户'), L('贫困人口（人）', 'v_poor_n', 'integer', '人'),
        L('农民人均纯收入（元）', 'v_income_pc', 'decimal', '元'),
      ],
      footer: FOOT_TOWN,
    }],
  },
  // ───────────── 县残联 ─────────────
  {
    file: '县残联/贫困残疾人基本服务状况和需求调查表.xlsx', dept: '县残联', freq: 'annual', title: '清溪县2017年建档立卡贫困残疾人基本服务状况和需求调查表',
    catalog: '贫困残疾人基本服务状况和需求调查表', dictSheet: { name: '代码表', visible: true },
    sheets: [{
      kind: 'columns', name: '调查表', seq: true, meta: '乡镇残联（盖章）：                     调查员：              2017年  月  日',
      cols: [
        L('村', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX),
        L('残疾人证号', 'p_disab_no'), L('残疾类别', 'p_disab_type', 'choice', null, DISAB_TYPE), L('残疾等级', 'p_disab_grade', 'choice', null, DISAB_GRADE),
        G('基本服务状况', L('是否参加城乡居民基本医疗保险', 'p_med_ins', 'boolean', null, YN)),
        G('需求', L('康复服务需求', 'cl_rehab', 'choice', null, ['医疗康复', '功能训练', '辅助器具', '心理疏导', '无'])),
        G('监护人（联系人）', L('姓名', 'guard_name'), L('联系电话', 'guard_phone', 'phone')), // the guardian's
        R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '县残联/贫困重度残疾人家庭无障碍改造申请登记表.xlsx', dept: '县残联', freq: 'adhoc', title: '贫困重度残疾人家庭无障碍改造申请登记表',
    catalog: '贫困残疾人家庭无障碍改造登记表',
    sheets: [{
      kind: 'columns', name: '登记表', seq: true, meta: '乡镇：                       村：                       2018年  月  日',
      cols: [
        L('村（居）', 'v_name'), L('申请人姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号', 'p_idno', 'idcard'),
        L('残疾类别', 'p_disab_type', 'choice', null, DISAB_TYPE), L('残疾等级', 'p_disab_grade', 'choice', null, DISAB_GRADE),
        L('联系电话', 'p_phone', 'phone'), L('申请改造项目', 'wza_item'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
];

const corpus = new Corpus('blind9', path.join(import.meta.dirname ?? __dirname), forms, [
  ['贫困户脱贫退出验收表.xlsx', '建档立卡贫困户脱贫退出验收表', '县扶贫办', '年报'],
]);
void corpus.build();
