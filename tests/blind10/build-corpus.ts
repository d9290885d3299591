/**
 * Held-out corpus "blind10": a county-level district in 河南 (XX市XX区, two 街道 and one 镇, villages and urban
 * communities side by side), 2016–2024, the 基层治理 / 城乡社区服务 era. 28 templates of 12 district offices:
 *
 *   区委政法委       网格化服务管理基础信息采集表 (ONE form in five sheets 表一…表五: indicator + rosters + indicator, a
 *                    visible 选项 sheet), 矛盾纠纷多元化解 月报 (village table 本月 / 本年累计), 矛盾纠纷排查化解登记表 (root,
 *                    随时报, not in the catalog)
 *   区公安分局       社区警务工作统计月报 (long indicator-rows, 公安 vocabulary 暂住人口 / 常住户籍人口), 实有人口信息采集登记表
 *                    (GA/T 543 words: 公民身份号码 / 户籍地详址 / 实际居住地详址 / 服务处所), 2024年第二季度 警务室 village table
 *   区司法局         人民调解案件登记台账 (申请人 / 被申请人), 社区矫正 月报 (two sheets: 名册 + 统计)
 *   区应急管理局     安全隐患大排查大整治 周报 (grid), 灾害信息员名册, 防汛责任人明细表 (frequency only in a note)
 *   区消防救援大队   微型消防站 / 消防安全网格 village table (semiannual, frequency only in a note)
 *   区城市管理局     生活垃圾分类 周报 (urban 社区居委会 only, 物业小区), 违法建设排查登记台账 (随时报)
 *   区市场监管局     食品小作坊小餐饮登记管理台账 (quarterly) + the registration system's export (monthly)
 *   区卫健委         村卫生室（社区卫生服务站）基本情况年报 (long indicator-rows), 计划生育特别扶助 花名册 (.xls artefacts),
 *                    基本公共卫生服务重点人群健康管理进度表 (grid, quarterly, frequency only in a note)
 *   区民政局         城乡社区基本情况年报 (long indicator-rows, 城镇低保 next to 农村低保), 城乡低保动态 月报 (village
 *                    table, 社区 and 村 rows together), 2018年度 养老服务设施 village table
 *   区退役军人事务局 服务站建设 village table (`其中：年龄分布（人）` group), 优抚 抚恤补助 发放 花名册 (monthly), 优抚对象信息台账
 *                    (annual, .xls artefacts; 退伍年月 vs 退出现役时间)
 *   区统计局         社区（村）基本情况统计年报 (long indicator-rows, 指标名称 | 计量单位 | 代码 | 本年 | 上年)
 *   区残联           持证残疾人基本情况登记表 (visible 代码表, 监护人 > 姓名), 村（社区）残疾人花名册 (root, not in the catalog)
 *
 * Written without reading the matcher, its lexicon or the other held-out corpora. The gold sits next to each label.
 *
 *   cd /work/main && npx tsx tests/blind10/build-corpus.ts      → tests/blind10/forms, 报表清单.xlsx, gold.json
 *
 * Gold conventions beyond ../shared/bench/README.md:
 * - A roster's own 姓名 / 身份证号 / 性别 / 出生年月 / 联系电话 are the person's (p_*), whatever the roster is about (网格员,
 *   实有人口, 优抚对象, 扶助对象 …); a group that names somebody else makes another element: 监护人 > 姓名, 配偶 > 姓名,
 *   站长, 社区民警, 房主/当事人 of a 违建, 负责人 of a shop, 防汛 责任人, 灾害信息员 > 姓名 in a village table.
 * - 出生日期 = 出生年月 (same datum, different precision); 家庭住址 = 现住址 = 实际居住地详址 = 居住地; 户籍地 = 户籍所在地 =
 *   户籍地详址 (≠ 现住址); 服务处所 = 工作单位; 人员类型 (公安: 常住/暂住/寄住/境外) = 人口类别 (网格: 户籍/流动/人户分离/境外).
 * - 暂住人口 (公安) = 流动人口 (民政 / 政法委 / 警务室 table); 常住户籍人口 (公安) = 户籍人口; 常住人口 (统计 / 民政) is neither.
 * - 城市低保 = 城镇低保 = 城镇最低生活保障 (保障户数 ≠ 保障人数); 农村低保 kept apart from 城镇低保.
 * - 住宅小区 (all estates) ≠ 物业小区 / 有物业服务的小区 / 实行物业管理的小区 (estates with property management; these four are one).
 * - A grid's own counts (表一 网格 户数 / 实有人口, 表五 网格内 出租房屋 …) are not the village's; the village's 网格数 ≠ the
 *   消防安全网格数 of the fire brigade's table; a clinic's 严重精神障碍患者管理人数 ≠ the police's registered 严重精神障碍患者.
 * - 矛盾纠纷: 政法委 登记表's 当事人 = the 人民调解 台账's 申请人 (the party who brings the dispute); 被申请人 is its own element;
 *   登记时间 = 受理日期; 化解结果 = 调解结果; 化解责任人 = 调解员. The police's 排查化解矛盾纠纷 (起) ≠ the 政法委's counts.
 * - 退伍年月 = 退出现役时间 (p_discharge); 残疾级别 = 残疾等级; 经营者名称 = 单位名称 (of a 小作坊/小餐饮), the 消防 九小场所 are
 *   not in this corpus. 60周岁以上 = 60周岁及以上; the 退役军人 age groups (`其中：年龄分布` > 60岁及以上) are veterans, not v_pop_60.
 * - Retirement truth is the kit's rule on these elements: 5 full (矛盾纠纷排查化解登记表 ⊂ 人民调解台账; 实有人口信息采集登记表 ⊂
 *   网格 表三; 食品小作坊小餐饮登记管理台账 ⊂ 系统导出; 优抚对象信息台账 ⊂ 抚恤补助发放花名册; 村（社区）残疾人花名册 ⊂ 持证残疾人登记表)
 *   and 2 partial (灾害信息员名册 7/8, 2018年度养老服务设施 5/6).
 */
import path from 'node:path';
import { C, Corpus, D, EDU, G, I, L, NATION, POLIT, R, S, SEX, YN, type Form, type IndRow } from '../blind4/kit';

// 村（社区） of the district: urban communities of the two 街道 and villages of 白马镇, written in one list the way the
// 街道 / 镇 tables mix them
const CUN_SQ = ['城关社区', '文昌路社区', '幸福里社区', '前进社区', '北关村', '王庄村', '李楼村', '张寨村'];
const SQ_JWH = ['城关社区居委会', '文昌路社区居委会', '幸福里社区居委会', '前进社区居委会', '东苑社区居委会', '南关社区居委会'];
const YF_TYPE = ['残疾军人', '烈士遗属', '因公牺牲军人遗属', '病故军人遗属', '在乡复员军人', '带病回乡退伍军人', '参战参试退役人员'];
const DISAB_TYPE = ['视力残疾', '听力残疾', '言语残疾', '肢体残疾', '智力残疾', '精神残疾', '多重残疾'];
const DISAB_GRADE = ['一级', '二级', '三级', '四级'];
const DISPUTE = ['婚姻家庭', '邻里纠纷', '物业纠纷', '土地承包', '宅基地', '劳资纠纷', '征地拆迁', '其他'];
const RESULT = ['调解成功', '调解不成功', '引导诉讼', '移交有关部门'];
const FOOT_SQ = '社区（村）负责人：            填表人：            联系电话：            填报日期：    年  月  日';
/** an indicator row whose value cell carries a dropdown */
const Ch = (l: string, e: string, dv: string[]): IndRow => ({ ...I(l, e, null, 'choice', '—'), dv });
const Tx = (l: string, e: string, t: 'text' | 'phone' | 'idcard' = 'text'): IndRow => I(l, e, null, t, '—');
const Bo = (l: string, e: string): IndRow => ({ ...I(l, e, null, 'boolean', '是/否'), dv: YN });

const forms: Form[] = [
  // ───────────── 区委政法委 ─────────────
  {
    file: '区委政法委/网格化服务管理基础信息采集表.xlsx', dept: '区委政法委', freq: 'adhoc', title: '网格化服务管理基础信息采集表',
    catalog: '网格化服务管理基础信息采集表（表一至表五）', dictSheet: { name: '选项', visible: true },
    instructions: [
      '填表说明：',
      '1.本表以网格为单位填报，由专职网格员入户采集，社区（村）网格长审核。',
      '2.表三“人口类别”按户籍人口、流动人口、人户分离人口、境外人员填写；表四只填列入服务管理的特殊人群。',
      '3.信息发生变化的，网格员应在3个工作日内通过“平安河南”综治信息系统更新，并同步更新本表。',
    ],
    sheets: [
      {
        kind: 'indicator-rows', name: '表一', source: '表一：网格基本信息', head: ['项    目', '单位', '内    容'], sign: 'line',
        rows: [
          Tx('所属乡镇（街道）', 'v_town'), Tx('所属村（社区）', 'v_name'), Tx('网格名称', 'g_name'), Tx('网格编码', 'g_code'),
          Ch('网格类型', 'g_type', ['城镇网格', '农村网格', '专属网格']),
          // the grid's own households / population, not the village's
          I('楼栋（院落）数', 'g_buildings', '栋'), I('住户数', 'g_hh', '户'), I('网格内实有人口', 'g_pop', '人'),
          Tx('网格长姓名', 'g_head_name'), Tx('专职网格员姓名', 'g_staff_name'), Tx('网格员联系电话', 'g_staff_phone', 'phone'),
        ],
      },
      {
        kind: 'columns', name: '表二', title: '表二：网格员信息', seq: true,
        cols: [
          L('姓  名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生年月', 'p_birth', 'date'), L('身份证号', 'p_idno', 'idcard'),
          L('政治面貌', 'p_polit', 'choice', null, POLIT),
          L('网格员类别', 'gs_type', 'choice', null, ['专职网格员', '兼职网格员', '网格长', '网格指导员']), L('联系电话', 'p_phone', 'phone'),
        ],
        blank: 4,
      },
      {
        kind: 'columns', name: '表三', title: '表三：实有人口信息', seq: true,
        cols: [
          G('基本情况', L('姓名', 'p_name'), L('身份证号', 'p_idno', 'idcard'), L('性别', 'p_sex', 'choice', null, SEX),
            L('民族', 'p_nation', 'choice', null, NATION), L('出生年月', 'p_birth', 'date'), L('文化程度', 'p_edu', 'choice', null, EDU)),
          G('居住情况', L('户籍所在地', 'p_addr_hj'), L('现住址', 'p_addr'),
            L('人口类别', 'p_pop_type', 'choice', null, ['户籍人口', '流动人口', '人户分离人口', '境外人员'])),
          L('工作单位', 'p_work_unit'), L('联系电话', 'p_phone', 'phone'),
        ],
        blank: 10,
      },
      {
        kind: 'columns', name: '表四', title: '表四：特殊人群信息', seq: true,
        cols: [
          L('姓名', 'p_name'), L('身份证号', 'p_idno', 'idcard'),
          L('人员类别', 'p_special_type', 'choice', null, ['社区矫正对象', '刑满释放人员', '吸毒人员', '严重精神障碍患者', '重点青少年']),
          // 监护人 > 姓名 is the guardian's name, not the person's
          G('监护人', L('姓名', 'p_guardian_name'), L('联系电话', 'p_guardian_phone', 'phone')), R(),
        ],
        blank: 5,
      },
      {
        kind: 'indicator-rows', name: '表五', title: '表五：网格内单位和场所', head: ['项    目', '单位', '数量'], sign: 'line',
        rows: [
          // counts inside the grid, not the village's or the police station's
          I('企事业单位', 'g_units', '个'), I('九小场所', 'g_9small', '个'), I('出租房屋', 'g_rent', '套'), I('物业小区', 'g_estates', '个'),
          I('学校、幼儿园', 'g_schools', '所'),
        ],
      },
    ],
  },
  {
    file: '区委政法委/矛盾纠纷多元化解工作月报表.xlsx', dept: '区委政法委', freq: 'monthly', title: '矛盾纠纷多元化解工作月报表',
    catalog: '矛盾纠纷多元化解月报表',
    sheets: [{
      kind: 'columns', name: '月报', seq: true, villages: CUN_SQ, total: true,
      meta: '乡镇（街道）综治中心（盖章）：                          2022年  月',
      cols: [
        L('村（社区）', 'v_name'),
        G('本月', L('排查矛盾纠纷（件）', 'v_disp_found_m', 'integer', '件'), L('化解（件）', 'v_disp_solved_m', 'integer', '件'),
          L('其中：诉前调解（件）', 'v_disp_presuit_m', 'integer', '件')),
        G('本年累计', L('排查矛盾纠纷（件）', 'v_disp_found_y', 'integer', '件'), L('化解（件）', 'v_disp_solved_y', 'integer', '件')),
        L('化解率（%）', 'v_disp_rate', 'decimal', '%'), L('重大矛盾纠纷（件）', 'v_disp_major', 'integer', '件'), R(),
      ],
      footer: true, note: '注：本表每月25日前报区委政法委（区综治中心）；化解率＝本年累计化解数÷本年累计排查数×100%。',
    }],
  },
  {
    file: '矛盾纠纷排查化解登记表.xlsx', dept: '区委政法委', freq: 'adhoc', catalog: false, title: '村（社区）矛盾纠纷排查化解登记表',
    sheets: [{
      kind: 'columns', name: '登记表', seq: true, meta: '乡镇（街道）：                    村（社区）：',
      cols: [
        L('村（社区）', 'v_name'), L('登记时间', 'm_date', 'date'), L('纠纷类别', 'm_type', 'choice', null, DISPUTE),
        // 当事人 = the party who brings the dispute (the 调解 台账's 申请人)
        G('当事人', L('姓名', 'm_party_name'), L('联系电话', 'm_party_phone', 'phone')),
        L('纠纷简要情况', 'm_desc'), L('化解责任人', 'm_handler'), L('化解结果', 'm_result', 'choice', null, RESULT), R(),
      ],
      blank: 12, footer: FOOT_SQ,
      note: '注：矛盾纠纷发现即登记，随时报送乡镇（街道）综治中心，由综治中心汇总后报区委政法委。',
    }],
  },
  // ───────────── 区公安分局 ─────────────
  {
    file: '区公安分局/社区警务工作统计月报表.xlsx', dept: '区公安分局', freq: 'monthly', title: '社区警务工作统计月报表',
    sheets: [{
      kind: 'indicator-rows', name: '社区警务', stat: { code: '公社警1表', org: 'XX市公安局XX分局', approval: 'X公通〔2020〕15号' },
      source: '（统计口径与社区警务综合平台一致）', meta: '派出所：                社区（村）警务室：                2021年  月',
      head: ['指标名称', '计量单位', '代码', '本期数'], codeRow: true, sign: 'side',
      rows: [
        C('一、实有人口'), I('实有人口总数', 'v_pop_real', '人'), S('其中：常住户籍人口', 'v_pop_hj', '人'), S('暂住人口', 'v_pop_float', '人'),
        S('境外人员', 'v_foreigners', '人'), I('户籍户数', 'v_hh_hj', '户'), I('人户分离人口', 'v_hh_sep', '人'),
        C('二、实有房屋'), I('实有房屋', 'v_houses', '栋'), I('出租房屋', 'v_rent_houses', '套'), S('其中：群租房', 'v_group_rent', '套'),
        I('出租房屋居住人员', 'v_rent_residents', '人'), I('住宅小区', 'v_estates', '个'),
        S('其中：实行物业管理的小区', 'v_estates_prop', '个'),
        C('三、实有单位'), I('单位、场所总数', 'v_units', '家'), S('其中：九小场所', 'v_9small', '家'),
        C('四、重点人员'), I('在册重点人员', 'v_key_persons', '人'), S('其中：吸毒人员', 'v_drug', '人'),
        // registered patients, not a clinic's 管理人数
        S('严重精神障碍患者', 'v_mental', '人'), S('社区矫正对象', 'v_correction', '人'), S('刑满释放人员', 'v_released', '人'),
        I('本月新列管', 'v_key_new_m', '人'),
        C('五、社区警务工作'), I('入户走访', 'v_visit_hh', '户次'), I('采集、核实人口信息', 'v_info_collected', '条'),
        I('排查化解矛盾纠纷', 'v_disp_police_m', '起'), I('发现治安隐患', 'v_sec_haz_found', '处'), S('其中：督促整改', 'v_sec_haz_fixed', '处'),
        I('开展安全防范宣传', 'v_propag', '场次'), I('组织群防群治巡逻', 'v_patrol', '次'), I('群防群治力量', 'v_patrol_members', '人'),
        C('六、警情和案件'), I('接报警情', 'v_alarms', '起'), I('刑事案件立案', 'v_crim', '起'), I('治安案件受理', 'v_admin_cases', '起'),
        S('其中：电信网络诈骗案件', 'v_telfraud', '起'),
        C('七、智慧安防小区'), I('建成智慧安防小区', 'v_smart_estate', '个'), I('视频监控点位', 'v_cameras', '个'),
      ],
      note: '注：本表由社区（驻村）民警填报，每月3日前报派出所，派出所审核汇总后报分局社区警务大队。',
    }],
  },
  {
    file: '区公安分局/实有人口信息采集登记表.xlsx', dept: '区公安分局', freq: 'adhoc', title: '实有人口信息采集登记表',
    catalog: '实有人口信息采集表',
    sheets: [{
      kind: 'columns', name: '实有人口', seq: true, meta: '派出所：               警务室：               采集民警：               采集日期：    年  月  日',
      cols: [
        G('人员基本信息', L('公民身份号码', 'p_idno', 'idcard'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX),
          L('民族', 'p_nation', 'choice', null, NATION), L('出生日期', 'p_birth', 'date'), L('文化程度', 'p_edu', 'choice', null, EDU)),
        G('地址信息', L('户籍地详址', 'p_addr_hj'), L('实际居住地详址', 'p_addr')),
        L('服务处所', 'p_work_unit'), L('联系电话', 'p_phone', 'phone'),
        L('人员类型', 'p_pop_type', 'choice', null, ['常住人口', '暂住人口', '寄住人口', '境外人员']),
      ],
      blank: 15, footer: '被采集人签字：              采集民警：              审核人：',
      note: '注：数据项按GA/T 543《公安数据元》填写，采集后录入社区警务综合平台。',
    }],
  },
  {
    file: '区公安分局/2024年第二季度社区（村）警务室基本情况表.xlsx', dept: '区公安分局', freq: 'quarterly', catalog: false,
    title: '2024年第二季度社区（村）警务室基本情况表',
    sheets: [{
      kind: 'columns', name: 'Sheet1', seq: true, villages: CUN_SQ, total: true, meta: '派出所（盖章）：                       填报日期：2024年  月  日',
      cols: [
        L('社区（村）', 'v_name'), L('警务室名称', 'ps_name'),
        G('社区（驻村）民警', L('姓名', 'ps_police_name'), L('联系电话', 'ps_police_phone', 'phone')),
        G('实有人口（人）', L('合计', 'v_pop_real', 'integer', '人'), L('户籍', 'v_pop_hj', 'integer', '人'), L('流动', 'v_pop_float', 'integer', '人')),
        L('出租房屋（套）', 'v_rent_houses', 'integer', '套'), L('住宅小区（个）', 'v_estates', 'integer', '个'),
        L('视频监控点位（个）', 'v_cameras', 'integer', '个'),
      ],
      footer: true,
    }],
  },
  // ───────────── 区司法局 ─────────────
  {
    file: '区司法局/人民调解案件登记台账.xlsx', dept: '区司法局', freq: 'monthly', title: '人民调解案件登记台账',
    catalog: '人民调解案件登记台账（月报）',
    sheets: [{
      kind: 'columns', name: '台账', seq: true, meta: '人民调解委员会（盖章）：                              2023年  月',
      cols: [
        L('所属村（社区）', 'v_name'), L('受理日期', 'm_date', 'date'), L('纠纷类型', 'm_type', 'choice', null, DISPUTE),
        G('申请人', L('姓名', 'm_party_name'), L('联系方式', 'm_party_phone', 'phone'), L('住址', 'm_party_addr')),
        // the other party
        G('被申请人', L('姓名', 'm_resp_name'), L('联系方式', 'm_resp_phone', 'phone')),
        L('纠纷简要情况', 'm_desc'), L('调解员', 'm_handler'), L('调解结果', 'm_result', 'choice', null, RESULT),
        L('结案日期', 'm_close_date', 'date'), R(),
      ],
      blank: 12, footer: '调委会主任：              登记人：              联系电话：',
      note: '注：每月25日前将本月台账报送司法所，司法所汇总后报区司法局基层科。',
    }],
  },
  {
    file: '区司法局/社区矫正对象管理情况月报.xlsx', dept: '区司法局', freq: 'monthly', catalog: false, title: '社区矫正对象管理情况月报',
    sheets: [
      {
        kind: 'columns', name: '表一 矫正对象名册', title: '社区矫正对象管理情况月报', source: '表一：社区矫正对象名册', seq: true,
        meta: '司法所（盖章）：                             2023年  月',
        cols: [
          L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号', 'p_idno', 'idcard'), L('罪名', 'cj_crime'),
          L('矫正类别', 'cj_type', 'choice', null, ['管制', '缓刑', '假释', '暂予监外执行']),
          G('矫正期限', L('起始日期', 'cj_start', 'date'), L('终止日期', 'cj_end', 'date')), L('居住地', 'p_addr'),
          G('家庭成员或监护人', L('姓名', 'p_guardian_name'), L('联系电话', 'p_guardian_phone', 'phone')),
          L('管理等级', 'cj_level', 'choice', null, ['严管', '普管']),
        ],
        blank: 8,
      },
      {
        kind: 'indicator-rows', name: '表二 统计', title: '表二：社区矫正工作统计', head: ['项    目', '单位', '本月数'], sign: 'cells',
        rows: [
          I('在册社区矫正对象', 'v_correction', '人'), S('其中：缓刑', 'v_cj_huanxing', '人'), S('假释', 'v_cj_jiashi', '人'),
          S('暂予监外执行', 'v_cj_jianwai', '人'), I('本月新接收', 'v_cj_new_m', '人'), I('本月解除矫正', 'v_cj_end_m', '人'),
          I('给予训诫、警告', 'v_cj_warn_m', '人次'), I('电子定位监管', 'v_cj_gps', '人'),
        ],
        note: '注：本表每月25日前报区司法局社区矫正管理局，名册人员有变动的一并更新。',
      },
    ],
  },
  // ───────────── 区应急管理局 ─────────────
  {
    file: '区应急管理局/安全隐患大排查大整治周报表.xlsx', dept: '区应急管理局', freq: 'weekly', title: '安全隐患大排查大整治情况周报表',
    catalog: '安全隐患排查整治周报表',
    sheets: [{
      kind: 'grid', name: '周报', key: '行业领域', prefix: 'haz', total: true,
      meta: '乡镇（街道）安委办（盖章）：             统计时段：   月   日至   月   日',
      rows: [
        { l: '工矿商贸企业', k: 'ind' }, { l: '人员密集场所', k: 'crowd' }, { l: '居民自建房', k: 'selfbuilt' },
        { l: '城镇燃气', k: 'gas' }, { l: '电动自行车充电', k: 'ebike' },
      ],
      cols: [
        G('本周', L('发现隐患（条）', 'found_w', 'integer', '条'), L('已整改（条）', 'fixed_w', 'integer', '条')),
        G('累计', L('发现隐患（条）', 'found_t', 'integer', '条'), L('已整改（条）', 'fixed_t', 'integer', '条')),
      ],
      footer: '填报人：              审核人：              联系电话：',
      note: '注：每周四16:00前报区安委办（区应急管理局综合科），重大隐患随时报告。',
    }],
  },
  {
    file: '区应急管理局/灾害信息员名册.xlsx', dept: '区应急管理局', freq: 'annual', title: '2021年度村（社区）灾害信息员名册',
    sheets: [{
      kind: 'columns', name: '名册', seq: true, meta: '乡镇（街道）（盖章）：                           填报日期：2021年  月  日',
      cols: [
        L('乡镇（街道）', 'v_town'), L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX),
        L('出生年月', 'p_birth', 'date'), L('身份证号码', 'p_idno', 'idcard'), L('职务', 'p_post'), L('手机号码', 'p_phone', 'phone'), R(),
      ],
      blank: 12, footer: true,
    }],
  },
  {
    file: '区应急管理局/村（社区）防汛责任人明细表.xlsx', dept: '区应急管理局', freq: 'annual', catalog: false,
    title: '村（社区）防汛责任人明细表',
    sheets: [{
      kind: 'columns', name: '防汛责任人', seq: true, villages: CUN_SQ, meta: '乡镇（街道）防汛抗旱指挥部（盖章）：',
      cols: [
        L('村（社区）', 'v_name'),
        G('防汛行政责任人', L('姓名', 'ff_admin_name'), L('职务', 'ff_admin_post'), L('手机', 'ff_admin_phone', 'phone')),
        G('巡查责任人', L('姓名', 'ff_patrol_name'), L('手机', 'ff_patrol_phone', 'phone')),
        // the village's information officer named in a village table (kept apart from a roster's own 姓名)
        G('灾害信息员', L('姓名', 'ff_info_name'), L('手机', 'ff_info_phone', 'phone')),
        L('需转移人员（人）', 'v_evac_n', 'integer', '人'), R(),
      ],
      footer: true, note: '注：本表每年汛前报送一次，于5月20日前报区防汛抗旱指挥部办公室（区应急管理局）；责任人调整的及时报告。',
    }],
  },
  // ───────────── 区消防救援大队 ─────────────
  {
    file: '区消防救援大队/社区（村）微型消防站和消防安全网格建设情况统计表.xlsx', dept: '区消防救援大队', freq: 'semiannual', catalog: false,
    title: '社区（村）微型消防站和消防安全网格建设情况统计表',
    sheets: [{
      kind: 'columns', name: '统计表', seq: true, villages: CUN_SQ, total: true, meta: '乡镇（街道）（盖章）：                      填报日期：    年  月  日',
      cols: [
        L('社区（村）', 'v_name'),
        G('微型消防站', L('是否建成', 'fs_built', 'boolean', null, YN), L('站长姓名', 'fs_head_name'), L('联系电话', 'fs_head_phone', 'phone'),
          L('队员（人）', 'fs_members', 'integer', '人'), L('灭火器（具）', 'fs_extinguishers', 'integer', '具')),
        // the fire brigade's own 消防安全网格, not the 综治 网格
        G('消防安全网格', L('网格数（个）', 'v_fire_grids', 'integer', '个'), L('网格员（人）', 'v_fire_grid_staff', 'integer', '人')), R(),
      ],
      footer: true, note: '注：本表每半年报送一次，分别于6月25日、12月25日前报区消防救援大队防火监督科。',
    }],
  },
  // ───────────── 区城市管理局 ─────────────
  {
    file: '区城市管理局/生活垃圾分类工作进展周报表.xlsx', dept: '区城市管理局', freq: 'weekly', title: '城区生活垃圾分类工作进展周报表',
    catalog: '生活垃圾分类工作周报表',
    sheets: [{
      kind: 'columns', name: '周报', seq: true, villages: SQ_JWH, total: true,
      meta: '街道办事处（盖章）：                       统计周期：    月    日—    月    日',
      cols: [
        L('社区居委会', 'v_name'), L('小区数（个）', 'v_estates', 'integer', '个'), L('其中：物业小区（个）', 'v_estates_prop', 'integer', '个'),
        L('覆盖户数（户）', 'v_gc_hh', 'integer', '户'), L('分类投放点（个）', 'v_gc_points', 'integer', '个'),
        G('本周分出量', L('厨余垃圾（吨）', 'v_gc_kitchen_w', 'decimal', '吨'), L('可回收物（吨）', 'v_gc_recycle_w', 'decimal', '吨'),
          L('有害垃圾（公斤）', 'v_gc_hazard_w', 'decimal', '公斤'), L('其他垃圾（吨）', 'v_gc_other_w', 'decimal', '吨')),
        L('居民参与率（%）', 'v_gc_rate', 'decimal', '%'), R(),
      ],
      footer: true, note: '注：每周五12:00前报区城市管理局（区垃圾分类办），参与率按入户督导抽查结果填写。',
    }],
  },
  {
    file: '区城市管理局/违法建设排查登记台账.xlsx', dept: '区城市管理局', freq: 'adhoc', catalog: false, title: '村（社区）违法建设排查登记台账',
    sheets: [{
      kind: 'columns', name: '台账', seq: true, meta: '乡镇（街道）：                   村（社区）：',
      cols: [
        L('村（社区）', 'v_name'), L('违建地址', 'wj_addr'),
        // the builder / owner of the illegal structure
        G('当事人', L('姓名（名称）', 'wj_party_name'), L('身份证号码', 'wj_party_id', 'idcard'), L('联系电话', 'wj_party_phone', 'phone')),
        L('发现时间', 'wj_found_date', 'date'), L('建筑结构', 'wj_struct', 'choice', null, ['砖混', '钢结构', '彩钢瓦', '砖木', '其他']),
        L('违建面积（㎡）', 'wj_area', 'decimal', '平方米'), L('处置情况', 'wj_handle', 'choice', null, ['已拆除', '限期拆除', '已立案', '正在处置']), R(),
      ],
      blank: 12, footer: '网格员：              社区（村）负责人：              联系电话：',
      note: '注：发现违法建设即时登记，随时报送乡镇（街道）综合行政执法中队。',
    }],
  },
  // ───────────── 区市场监管局 ─────────────
  {
    file: '区市场监管局/食品小作坊小餐饮登记管理台账.xlsx', dept: '区市场监管局', freq: 'quarterly', title: '食品小作坊、小餐饮登记管理台账',
    catalog: '食品小作坊小餐饮登记台账',
    sheets: [{
      kind: 'columns', name: '台账', seq: true, meta: '市场监管所：                              2020年第  季度',
      cols: [
        L('单位名称', 'mk_name'), L('类别', 'mk_type', 'choice', null, ['食品小作坊', '小餐饮', '食品摊贩']), L('经营地址', 'mk_addr'),
        L('所在村（社区）', 'v_name'), G('负责人', L('姓名', 'mk_owner_name'), L('联系电话', 'mk_owner_phone', 'phone')),
        L('登记证编号', 'mk_cert_no'), L('发证日期', 'mk_cert_date', 'date'), L('从业人员（人）', 'mk_staff', 'integer', '人'), R(),
      ],
      blank: 12, footer: true,
    }],
  },
  {
    file: '区市场监管局/小作坊小餐饮登记信息（系统导出）.xlsx', dept: '区市场监管局', freq: 'monthly', catalog: false,
    title: '食品小作坊小餐饮登记信息表',
    sheets: [{
      kind: 'columns', name: 'sheet1', source: '数据来源：河南省食品小作坊小餐饮登记管理系统导出（每月5日前由市场监管所核对后报局食品经营科）',
      cols: [
        L('登记证编号', 'mk_cert_no'), L('经营者名称', 'mk_name'), L('经营类型', 'mk_type', 'choice', null, ['食品小作坊', '小餐饮', '食品摊贩']),
        L('经营场所', 'mk_addr'), L('所属社区（村）', 'v_name'), L('负责人', 'mk_owner_name'), L('负责人电话', 'mk_owner_phone', 'phone'),
        L('从业人数', 'mk_staff', 'integer', '人'), L('发证日期', 'mk_cert_date', 'date'), L('有效期至', 'mk_valid', 'date'), L('食品类别', 'mk_food_cat'),
      ],
      blank: 15,
    }],
  },
  // ───────────── 区卫健委 ─────────────
  {
    file: '区卫健委/村卫生室（社区卫生服务站）基本情况年报表.xlsx', dept: '区卫健委', freq: 'annual',
    title: '村卫生室（社区卫生服务站）基本情况年报表', catalog: '村卫生室基本情况年报表',
    sheets: [{
      kind: 'indicator-rows', name: '年报', stat: { code: '卫基层3表', org: 'XX区卫生健康委员会', approval: 'X卫统〔2019〕6号' },
      meta: '机构名称（盖章）：                                    2019年度', head: ['指标名称', '计量单位', '代码', '数量'],
      codeRow: true, sign: 'cells',
      rows: [
        C('一、机构基本情况'), Tx('所在村（社区）', 'v_name'), Ch('机构类别', 'cl_type', ['村卫生室', '社区卫生服务站']),
        Ch('举办主体', 'cl_owner', ['村集体办', '乡镇卫生院设点', '个人办', '其他']), Bo('是否纳入乡村一体化管理', 'cl_integrated'),
        Bo('是否医保定点', 'cl_insured'), D('业务用房面积', 'cl_area', '平方米'), I('诊室', 'cl_rooms', '间'), I('观察床', 'cl_beds', '张'),
        C('二、人员情况'), I('在岗人员', 'cl_staff', '人'), S('其中：执业（助理）医师', 'cl_doctor', '人'), S('乡村医生', 'cl_village_dr', '人'),
        S('注册护士', 'cl_nurse', '人'), I('乡村医生中60岁以上', 'cl_dr_60', '人'),
        C('三、设备情况'), Bo('是否配备心电图机', 'cl_ecg'), Bo('是否接入远程诊疗系统', 'cl_remote'),
        C('四、医疗服务'), I('总诊疗人次', 'cl_visits', '人次'), S('其中：门诊人次', 'cl_outpatient', '人次'), S('出诊人次', 'cl_home_visit', '人次'),
        I('中医药服务人次', 'cl_tcm', '人次'),
        C('五、基本公共卫生服务'), I('居民电子健康档案建档人数', 'cl_records', '人'), C('（一）重点人群健康管理', 1),
        I('辖区65岁及以上老年人数', 'v_pop_65', '人'), I('老年人健康管理人数', 'cl_eld_managed', '人'), I('高血压患者规范管理人数', 'cl_htn', '人'), I('2型糖尿病患者规范管理人数', 'cl_dm', '人'),
        // patients the clinic follows up, not the police's register
        I('严重精神障碍患者管理人数', 'cl_mental', '人'), I('0-6岁儿童健康管理人数', 'cl_child', '人'),
        C('（二）家庭医生签约服务', 1), I('家庭医生签约人数', 'cl_fd_signed', '人'), S('其中：重点人群签约人数', 'cl_fd_key', '人'),
        C('六、收支情况'), D('总收入', 'cl_income', '万元'), S('其中：基本公共卫生服务补助', 'cl_inc_phs', '万元'),
        S('基本药物补助', 'cl_inc_drug_sub', '万元'), S('药品收入', 'cl_inc_drugs', '万元'), D('总支出', 'cl_expense', '万元'),
        D('乡村医生人均年收入', 'cl_dr_income', '元'),
      ],
      note: '注：本表由村卫生室（社区卫生服务站）填报，乡镇卫生院（社区卫生服务中心）审核，次年1月10日前报区卫健委。',
    }],
  },
  {
    file: '区卫健委/计划生育特别扶助对象花名册.xlsx', dept: '区卫健委', freq: 'annual', title: '2017年度计划生育家庭特别扶助对象花名册',
    catalog: '计划生育特别扶助对象花名册', xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'columns', name: 'Sheet1', startCol: 1, blankTop: 1, textNums: true, seq: true, codeRow: true,
      meta: '乡镇（街道）计生办（盖章）：                                  2017年  月  日',
      cols: [
        L('乡镇（街道）', 'v_town'), L('村（居）', 'v_name'),
        // 扶助对象 is the person the roster is about: its 姓名 is the person's own
        G('扶助对象', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生年月', 'p_birth', 'date'), L('身份证号', 'p_idno', 'idcard')),
        G('配偶', L('姓名', 'p_spouse_name'), L('身份证号', 'p_spouse_id', 'idcard')),
        L('扶助类别', 'fp_type', 'choice', null, ['独生子女死亡', '独生子女伤残', '手术并发症']),
        L('扶助标准（元/月）', 'fp_std', 'decimal', '元/月'), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '区卫健委/基本公共卫生服务重点人群健康管理进度表.xlsx', dept: '区卫健委', freq: 'quarterly', catalog: false,
    title: '村（社区）基本公共卫生服务重点人群健康管理进度表',
    sheets: [{
      kind: 'grid', name: '进度表', key: '服务项目', prefix: 'phs',
      meta: '村卫生室（社区卫生服务站）：                        乡村医生：',
      rows: [
        { l: '65岁及以上老年人健康管理', k: 'eld' }, { l: '高血压患者健康管理', k: 'htn' }, { l: '2型糖尿病患者健康管理', k: 'dm' },
        { l: '严重精神障碍患者管理', k: 'mental' }, { l: '家庭医生签约服务', k: 'fd' },
      ],
      cols: [L('任务数（人）', 'target', 'integer', '人'), L('累计完成（人）', 'done', 'integer', '人'), L('完成率（%）', 'rate', 'decimal', '%')],
      footer: '填表人：              乡镇卫生院审核人：              联系电话：',
      note: '注：本表每季度结束后5日内报乡镇卫生院公卫科，乡镇卫生院汇总后报区卫健委基层卫生健康股。',
    }],
  },
  // ───────────── 区民政局 ─────────────
  {
    file: '区民政局/城乡社区基本情况年报表.xlsx', dept: '区民政局', freq: 'annual', title: '城乡社区基本情况年报表',
    sheets: [{
      kind: 'indicator-rows', name: '社区年报', stat: { code: '民社基1表', org: 'XX区民政局', approval: 'X民发〔2021〕9号' },
      meta: '填报单位（社区居委会/村委会）：                               2022年12月31日', head: ['项    目', '单位', '数量'],
      sign: 'line',
      rows: [
        C('一、基本情况'), Tx('社区（村）名称', 'v_name'), Ch('社区类型', 'sq_type', ['城市社区', '农村社区', '村改居社区']),
        I('居（村）民小组', 'v_groups', '个'), I('网格', 'v_grids', '个'),
        C('二、人口情况'), I('户籍户数', 'v_hh_hj', '户'), I('户籍人口', 'v_pop_hj', '人'), I('常住人口', 'v_pop_cz', '人'),
        I('流动人口', 'v_pop_float', '人'), I('60周岁及以上老年人', 'v_pop_60', '人'), S('其中：80周岁及以上', 'v_pop_80', '人'),
        S('空巢、独居老年人', 'v_elder_alone', '人'), I('农村留守儿童', 'v_left_children', '人'), I('持证残疾人', 'v_disab_cert', '人'),
        C('三、组织建设'), I('居（村）民委员会成员', 'v_vc_members', '人'), S('其中：女性', 'v_vc_members_f', '人'),
        S('35岁及以下', 'v_vc_u35', '人'), I('专职社区工作者', 'v_sq_workers', '人'), S('其中：持证社会工作者', 'v_social_workers', '人'),
        I('业主委员会', 'v_owner_comm', '个'), I('社区社会组织', 'v_social_org', '个'), I('注册志愿者', 'v_volunteers', '人'),
        C('四、小区和服务设施'), I('住宅小区', 'v_estates', '个'), S('其中：有物业服务的小区', 'v_estates_prop', '个'),
        S('老旧小区', 'v_estates_old', '个'), D('党群服务中心（综合服务设施）面积', 'v_service_area', '平方米'),
        I('社区养老服务站（日间照料中心）', 'v_daycare', '个'), I('老年助餐点', 'v_meal_points', '个'), I('儿童之家', 'v_child_home', '个'),
        C('五、社会救助'), C('（一）城镇最低生活保障', 1), I('保障户数', 'v_udb_hh', '户'), I('保障人数', 'v_udb_n', '人'),
        C('（二）农村最低生活保障', 1), I('保障户数', 'v_rdb_hh', '户'), I('保障人数', 'v_rdb_n', '人'),
        C('（三）特困人员救助供养', 1), I('特困人员', 'v_tk_n', '人'), S('其中：集中供养', 'v_tk_central', '人'),
        C('六、社区服务'), I('全年召开居（村）民议事会', 'v_council_mtg', '次'), Bo('是否建成智慧社区服务平台', 'v_smart'),
      ],
      note: '注：城市社区不填农村最低生活保障，行政村不填城镇最低生活保障；本表于次年1月15日前报区民政局基层政权和社区建设股。',
    }],
  },
  {
    file: '区民政局/城乡低保动态管理月报表.xlsx', dept: '区民政局', freq: 'monthly', title: '城乡最低生活保障动态管理月报表',
    sheets: [{
      kind: 'columns', name: '月报', seq: true, villages: CUN_SQ, total: true, meta: '乡镇（街道）（盖章）：                           2023年  月',
      cols: [
        L('村（社区）', 'v_name'),
        G('城市低保', L('户数', 'v_udb_hh', 'integer', '户'), L('人数', 'v_udb_n', 'integer', '人')),
        G('农村低保', L('户数', 'v_rdb_hh', 'integer', '户'), L('人数', 'v_rdb_n', 'integer', '人')),
        G('本月新增', L('户数', 'v_db_new_hh_m', 'integer', '户'), L('人数', 'v_db_new_n_m', 'integer', '人')),
        G('本月退出', L('户数', 'v_db_exit_hh_m', 'integer', '户'), L('人数', 'v_db_exit_n_m', 'integer', '人')),
        L('本月发放保障金（元）', 'v_db_pay_m', 'decimal', '元'), R(),
      ],
      footer: true,
    }],
  },
  {
    file: '区民政局/2018年度社区（村）养老服务设施情况统计表.xlsx', dept: '区民政局', freq: 'annual', catalog: false,
    title: '2018年度社区（村）养老服务设施情况统计表',
    sheets: [{
      kind: 'columns', name: '统计表', seq: true, villages: CUN_SQ, total: true, meta: '乡镇（街道）（盖章）：                         填报日期：2019年1月  日',
      cols: [
        L('社区（村）', 'v_name'), L('60周岁以上老年人（人）', 'v_pop_60', 'integer', '人'), L('其中：80周岁以上（人）', 'v_pop_80', 'integer', '人'),
        L('日间照料中心（个）', 'v_daycare', 'integer', '个'), L('老年助餐点（个）', 'v_meal_points', 'integer', '个'),
        L('设施建筑面积（㎡）', 'v_elder_area', 'decimal', '平方米'), R(),
      ],
      footer: true,
    }],
  },
  // ───────────── 区退役军人事务局 ─────────────
  {
    file: '区退役军人事务局/村（社区）退役军人服务站建设情况统计表.xlsx', dept: '区退役军人事务局', freq: 'annual',
    title: '村（社区）退役军人服务站建设情况统计表', catalog: '退役军人服务站建设情况统计表',
    sheets: [{
      kind: 'columns', name: '服务站', seq: true, villages: CUN_SQ, total: true, meta: '乡镇（街道）退役军人服务站（盖章）：                2020年  月',
      cols: [
        L('村（社区）', 'v_name'), L('是否挂牌', 'vs_plaque', 'boolean', null, YN), L('办公场所面积（㎡）', 'vs_area', 'decimal', '平方米'),
        G('站长', L('姓名', 'vs_head_name'), L('联系电话', 'vs_head_phone', 'phone')),
        L('辖区退役军人（人）', 'v_vets', 'integer', '人'),
        // veterans by age, not the village's age groups
        G('其中：年龄分布（人）', L('35岁及以下', 'v_vets_u35', 'integer', '人'), L('36—59岁', 'v_vets_36_59', 'integer', '人'),
          L('60岁及以上', 'v_vets_60', 'integer', '人')),
        L('其中：重点优抚对象（人）', 'v_yf', 'integer', '人'), R(),
      ],
      footer: true,
    }],
  },
  {
    file: '区退役军人事务局/优抚对象定期抚恤补助发放花名册.xlsx', dept: '区退役军人事务局', freq: 'monthly',
    title: '重点优抚对象定期抚恤补助发放花名册', dictSheet: { name: 'dict', visible: false },
    sheets: [{
      kind: 'columns', name: '发放花名册', seq: true, meta: '乡镇（街道）：                       发放月份：    年  月',
      cols: [
        L('乡镇（街道）', 'v_town'), L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX),
        L('出生年月', 'p_birth', 'date'), L('公民身份号码', 'p_idno', 'idcard'), L('优抚对象类别', 'p_yf_type', 'choice', null, YF_TYPE),
        L('入伍时间', 'p_enlist', 'date'), L('退出现役时间', 'p_discharge', 'date'), L('月抚恤补助标准（元）', 'yf_std', 'decimal', '元'),
        L('本月发放金额（元）', 'yf_pay_m', 'decimal', '元'), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 12, total: true, footer: true,
    }],
  },
  {
    file: '区退役军人事务局/优抚对象信息台账.xlsx', dept: '区退役军人事务局', freq: 'annual', catalog: false,
    title: '2019年度重点优抚对象信息台账', xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'columns', name: 'Sheet1', startCol: 1, blankTop: 1, textNums: true, seq: true,
      meta: '填报单位（盖章）：                         2019年  月  日',
      cols: [
        L('乡镇', 'v_town'), L('村（居）', 'v_name'), L('姓  名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX),
        L('身份证号码', 'p_idno', 'idcard'), L('人员类别', 'p_yf_type', 'choice', null, YF_TYPE), L('入伍年月', 'p_enlist', 'date'),
        L('退伍年月', 'p_discharge', 'date'), L('联系方式', 'p_phone', 'phone'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  // ───────────── 区统计局 ─────────────
  {
    file: '区统计局/社区（村）基本情况统计年报.xlsx', dept: '区统计局', freq: 'annual', title: '社区（村）基本情况统计年报',
    catalog: '村（社区）基本情况统计年报表',
    instructions: [
      '填表说明：',
      '1.户籍人口按公安户籍登记填报；常住人口指实际居住半年以上的人口。',
      '2.外出从业人员指全年离开本乡镇在外从业6个月以上的人员。',
      '3.城镇低保、农村低保数据以民政部门年末在册数为准。',
    ],
    sheets: [{
      kind: 'indicator-rows', name: '基本情况', stat: { code: 'X统基层1表', org: 'XX区统计局', approval: 'X统字〔2019〕12号' },
      meta: '填报单位（村委会/居委会）：                                2020年度', head: ['指标名称', '计量单位', '代码', '本年', '上年'],
      codeRow: true, sign: 'cells',
      rows: [
        C('一、人口'), I('户籍户数', 'v_hh_hj', '户'), I('户籍人口', 'v_pop_hj', '人'), S('其中：男', 'v_pop_hj_m', '人'), S('女', 'v_pop_hj_f', '人'),
        I('常住人口', 'v_pop_cz', '人'), I('60岁及以上人口', 'v_pop_60', '人'), S('其中：65岁及以上', 'v_pop_65', '人'),
        I('0-17岁人口', 'v_pop_u18', '人'),
        C('二、劳动力和就业'), I('劳动力资源', 'v_labor', '人'), I('外出从业人员', 'v_migrant', '人'), S('其中：出省', 'v_migrant_outprov', '人'),
        I('从事第二、三产业人员', 'v_emp23', '人'),
        C('三、土地和农业'), D('耕地面积', 'v_land', '亩'), S('其中：永久基本农田', 'v_land_basic', '亩'), D('流转土地面积', 'v_land_transfer', '亩'),
        D('粮食播种面积', 'v_grain_area', '亩'), I('农民专业合作社', 'v_coop', '个'), I('家庭农场', 'v_family_farm', '个'),
        C('四、集体经济和收入'), D('集体经济收入', 'v_coll_income', '万元'), S('其中：经营性收入', 'v_coll_op_income', '万元'),
        D('集体资产总额', 'v_coll_assets', '万元'), D('农村居民人均可支配收入', 'v_income_pc', '元'),
        C('五、社区设施'), I('住宅小区', 'v_estates', '个'), S('其中：物业管理小区', 'v_estates_prop', '个'),
        D('社区综合服务设施面积', 'v_service_area', '平方米'), I('幼儿园、托儿所', 'v_kindergarten', '个'),
        I('卫生室（社区卫生服务站）', 'v_clinic', '个'), I('快递服务站点', 'v_express', '个'),
        C('六、社会保障'), I('城镇低保户数', 'v_udb_hh', '户'), I('城镇低保人数', 'v_udb_n', '人'), I('农村低保户数', 'v_rdb_hh', '户'),
        I('农村低保人数', 'v_rdb_n', '人'), I('特困供养人员', 'v_tk_n', '人'), I('退役军人', 'v_vets', '人'),
        C('七、基层组织'), I('党员', 'v_pm', '人'), I('村（居）“两委”成员', 'v_cadres', '人'), I('专职网格员', 'v_grid_staff', '人'),
      ],
      note: '注：本表由村（居）委会填写，次年1月20日前报乡镇（街道）统计站，汇总后报区统计局。',
    }],
  },
  // ───────────── 区残联 ─────────────
  {
    file: '区残联/持证残疾人基本情况登记表.xlsx', dept: '区残联', freq: 'annual', title: '持证残疾人基本情况登记表',
    catalog: '持证残疾人基本状况登记表', dictSheet: { name: '代码表', visible: true },
    instructions: ['填表说明：', '1.残疾类别、等级按《残疾人证》填写，选项见“代码表”。', '2.无监护人的不填监护人栏。'],
    sheets: [{
      kind: 'columns', name: '登记表', seq: true, example: true, meta: '乡镇（街道）残联：                    村（社区）：                    2022年',
      cols: [
        L('村（社区）', 'v_name'),
        G('残疾人信息', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生日期', 'p_birth', 'date'),
          L('身份证号', 'p_idno', 'idcard'), L('残疾人证号', 'p_disab_no'), L('残疾类别', 'p_disab_type', 'choice', null, DISAB_TYPE),
          L('残疾等级', 'p_disab_grade', 'choice', null, DISAB_GRADE)),
        G('地址', L('户籍地址', 'p_addr_hj'), L('现住址', 'p_addr')), L('联系电话', 'p_phone', 'phone'),
        G('监护人', L('姓名', 'p_guardian_name'), L('与残疾人关系', 'p_guardian_rel', 'choice', null, ['父母', '配偶', '子女', '兄弟姐妹', '其他']),
          L('联系电话', 'p_guardian_phone', 'phone')),
        L('是否享受两项补贴', 'p_two_sub', 'boolean', null, YN), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '村（社区）残疾人花名册.xlsx', dept: '区残联', freq: 'adhoc', catalog: false, title: '村（社区）残疾人花名册',
    sheets: [{
      kind: 'columns', name: 'Sheet1', seq: true, meta: '乡镇（街道）：                   村（社区）：',
      cols: [
        L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号码', 'p_idno', 'idcard'),
        L('残疾证号', 'p_disab_no'), L('残疾类别', 'p_disab_type', 'choice', null, DISAB_TYPE), L('残疾级别', 'p_disab_grade', 'choice', null, DISAB_GRADE),
        L('家庭住址', 'p_addr'), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 12, footer: FOOT_SQ, note: '注：按区残联通知要求报送乡镇（街道）残联，人员变动随时报告。',
    }],
  },
];

const corpus = new Corpus('blind10', path.join(import.meta.dirname ?? __dirname), forms, [
  ['社区（村）治安巡逻队员名册.xlsx', '社区（村）治安巡逻队员名册', '区公安分局', '年报'],
  ['退役军人服务站工作人员名册.xlsx', '村（社区）退役军人服务站工作人员名册', '区退役军人事务局', '不定期'],
]);
void corpus.build();
