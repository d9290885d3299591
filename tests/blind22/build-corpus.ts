/**
 * Held-out corpus "blind22": 35 templates of 15 offices of a Yunnan border county (XX县, 2014–2025) — 护边员 and
 * 边境管控 (县委政法委 / 强边固防, XX边境管理大队, 县公安局), 禁毒防艾 (县禁毒办, 县卫生健康局), 控辍保学 (县教育体育局), 地质灾害
 * 防治 (县自然资源局, 县应急管理局), 茶叶和咖啡 (县茶叶产业发展中心, 县农业农村局), 民族村寨 (县民族宗教事务局), 低保 and 跨境婚姻
 * (县民政局), 转移就业 (县人力资源和社会保障局), 农村统计 (县统计局) and an old 扶贫 roster (县扶贫开发办公室).
 * Written from ../shared/bench/README.md and tests/blind4/kit.ts only; the gold sits next to each label.
 *
 *   npx tsx tests/blind22/build-corpus.ts             → forms/, 报表清单.xlsx, gold.json (README.md only if absent)
 *   npx tsx tests/blind22/build-corpus.ts --readme    → also rewrite README.md (erases the lead's "First look")
 *   npx tsx tests/blind22/build-corpus.ts --gold-only → gold.json only
 */
import fs from 'node:fs';
import path from 'node:path';
import { C, Corpus, D, EDU, G, I, L, POLIT, R, S, SEX, YN, type Form, type Leaf } from './kit';

const HERE = path.join(import.meta.dirname ?? __dirname);
const VILLAGES = ['芒海村', '南坎村', '帕良村', '曼岗村', '永和社区', '勐宋村'];
const NATION = ['汉族', '佤族', '傣族', '拉祜族', '哈尼族', '彝族', '景颇族', '傈僳族', '布朗族', '德昂族', '其他'];
const GRADE = ['一年级', '二年级', '三年级', '四年级', '五年级', '六年级', '七年级', '八年级', '九年级'];
const DR_TYPE = ['社区戒毒', '社区康复', '戒断三年未复吸', '强制隔离戒毒', '其他吸毒人员'];
const DROP_REASON = ['厌学', '外出务工', '早婚早育', '随父母出境', '家庭经济困难', '身体原因', '其他'];
const FX_NAT = ['缅甸', '老挝', '越南', '其他'];
const FX_DOC = ['边民证', '护照', '出入境通行证', '无证件'];
const FX_REASON = ['务工', '通婚', '就学', '探亲访友', '边民互市', '其他'];
const GZ_TYPE = ['滑坡', '泥石流', '崩塌', '地面塌陷', '不稳定斜坡'];
const GZ_SCALE = ['小型', '中型', '大型', '特大型'];
const CUN_FOOT = '村（社区）负责人：            填表人：            联系电话：            填报日期：    年  月  日';
const months: Leaf[] = Array.from({ length: 12 }, (_, i) => L(`${i + 1}月`, `m${i + 1}`, 'integer', null));
const vill4 = VILLAGES.slice(0, 4);
const villCols: Leaf[] = vill4.map((v, i) => L(v, `c${i + 1}`, 'integer', null));

const forms: Form[] = [
  // ───────────── 县委政法委（县强边固防办） ─────────────
  {
    file: '县委政法委/护边员队伍花名册.xlsx', dept: '县委政法委', freq: 'annual', title: '2024年度XX县护边员队伍花名册',
    catalog: '护边员队伍花名册', dictSheet: { name: '选项', visible: true },
    sheets: [{
      kind: 'columns', name: '花名册', seq: true, meta: '乡（镇）（盖章）：                                  填报日期：    年  月  日',
      cols: [
        L('乡（镇）', 'v_town'), L('村委会', 'v_name'), L('村民小组', 'v_group'),
        G('基本信息', L('姓  名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
          L('出生年月', 'p_birth', 'date'), L('公民身份号码', 'p_idno', 'idcard'), L('政治面貌', 'p_polit', 'choice', null, POLIT),
          L('文化程度', 'p_edu', 'choice', null, EDU), L('联系电话', 'p_phone', 'phone')),
        G('履职情况', L('上岗时间', 'hb_start', 'date'), L('护边员证编号', 'hb_card_no'), L('巡防责任区（界碑号）', 'hb_area'), L('所属护边分队', 'hb_team'),
          L('月补助标准（元）', 'hb_pay', 'decimal', '元')),
        R(),
      ],
      blank: 10, footer: true, note: '注：护边员实行“县管、乡用、村协助”，人员变动的随时报县强边固防办备案。',
    }],
  },
  {
    file: '护边员选聘报名登记表（2019年第二批）.xlsx', dept: '县委政法委', freq: 'adhoc', catalog: false,
    title: '护边员选聘报名登记表（2019年第二批）',
    sheets: [{
      kind: 'columns', name: 'Sheet1', seq: true, meta: '报名乡镇：                  报名村（社区）：                  报名时间：2019年  月  日',
      cols: [
        L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('族别', 'p_nation', 'choice', null, NATION), L('出生日期', 'p_birth', 'date'),
        L('公民身份证号码', 'p_idno', 'idcard'), L('政治面貌', 'p_polit', 'choice', null, POLIT), L('学历', 'p_edu', 'choice', null, EDU),
        L('手机号码', 'p_phone', 'phone'), L('所在乡镇', 'v_town'), L('所在行政村', 'v_name'), L('所在自然村（组）', 'v_group'), R('村委会推荐意见'),
      ],
      blank: 12, footer: '村委会（盖章）：              乡镇党委政府审核意见：                        年  月  日',
      note: '注：护边员按选聘批次不定期组织报名，由村委会初审、乡镇审核后报送县委政法委（县强边固防办）。',
    }],
  },
  {
    file: '县委政法委/2024年上半年抵边村寨强边固防基本情况统计表.xlsx', dept: '县委政法委', freq: 'semiannual', catalog: false,
    title: '2024年上半年抵边村寨强边固防基本情况统计表',
    sheets: [{
      kind: 'grid', name: '统计表', key: '指    标', prefix: 'g_qbgf', unitCol: '计量单位', totalCol: 'first',
      meta: `填报单位：勐康镇人民政府（盖章）                               截至2024年6月30日`,
      rows: [
        { l: '抵边自然村', k: 'zrc', u: '个' }, { l: '户籍人口', k: 'pop', u: '人' }, { l: '在岗护边员', k: 'hby', u: '人' },
        { l: '联防所（点）', k: 'lfs', u: '个' }, { l: '边境便道', k: 'bd', u: '条' }, { l: '视频监控点位', k: 'jk', u: '个' },
      ],
      cols: villCols,
      footer: '填表人：            审核人：            联系电话：            报出日期：    年  月  日',
    }],
  },
  // ───────────── XX边境管理大队 ─────────────
  {
    file: 'XX边境管理大队/护边员巡逻执勤日报表.xlsx', dept: 'XX边境管理大队', freq: 'daily', catalog: false, title: '护边员巡逻执勤日报表',
    sheets: [{
      kind: 'columns', name: '日报', seq: true,
      meta: '边境派出所：                                    执勤日期：    年  月  日',
      cols: [
        L('村委会', 'v_name'), L('护边分队', 'hb_team'), L('执勤点（卡点）', 'bp_post'), L('护边员姓名', 'p_name'), L('联系电话', 'p_phone', 'phone'),
        L('责任区（界碑号）', 'hb_area'),
        G('巡逻情况', L('巡逻时段', 'bp_time'), L('巡逻路线', 'bp_route'), L('巡逻里程（公里）', 'bp_km', 'decimal', '公里'),
          L('巡查界碑（界桩）（块）', 'bp_markers', 'integer', '块')),
        G('发现处置情况', L('发现非法出入境人员（人）', 'bp_illegal', 'integer', '人'), L('劝返（人）', 'bp_returned', 'integer', '人')),
        R(),
      ],
      blank: 10, footer: '护边分队长：              边境派出所值班民警：              联系电话：',
      note: '注：每日18时前由护边分队长汇总报送辖区边境派出所，边境派出所汇总后报XX边境管理大队指挥中心。',
    }],
  },
  {
    file: 'XX边境管理大队/边境管控工作情况周报表.xlsx', dept: 'XX边境管理大队', freq: 'weekly', title: '边境管控工作情况周报表',
    catalog: '边境管控工作周报',
    sheets: [{
      kind: 'indicator-rows', name: '周报', head: ['项    目', '单位', '本周', '本年累计'], sign: 'line',
      meta: '填报单位：                护边分队（村）               统计时段：    月  日至    月  日',
      rows: [
        C('一、巡边护边'), I('出动护边员', 'bw_hb_times', '人次'), I('开展巡逻', 'bw_patrols', '次'), D('巡逻里程', 'bw_km', '公里'),
        I('巡查界碑界桩', 'bw_markers', '块次'),
        C('二、查缉管控'), I('查获非法出入境人员', 'bw_illegal', '人'), S('其中：境外人员', 'bw_illegal_foreign', '人'), S('境内人员', 'bw_illegal_dom', '人'),
        I('劝返出境', 'bw_returned', '人'), I('发现涉毒线索', 'bw_drug_leads', '条'),
        C('三、便道和通道管控'), I('排查边境便道', 'bw_paths', '条'), I('封堵便道', 'bw_paths_closed', '条'), I('设置临时执勤点', 'bw_temp_posts', '个'),
        C('四、宣传教育'), I('入户宣传', 'bw_propag_hh', '户次'),
      ],
    }],
  },
  // ───────────── 县公安局 ─────────────
  {
    file: '县公安局/境外边民入境登记台账.xlsx', dept: '县公安局', freq: 'monthly', title: '入境务工、通婚、就学境外边民登记台账',
    catalog: '入境境外边民登记台账',
    sheets: [{
      kind: 'columns', name: '台账', seq: true, meta: '边境派出所：                村委会：                      登记月份：    年  月',
      cols: [
        L('村委会', 'v_name'), L('村民小组', 'v_group'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('年龄', 'p_age', 'integer', '岁'),
        L('国籍', 'fx_nation', 'choice', null, FX_NAT), L('证件类型', 'fx_doc_type', 'choice', null, FX_DOC), L('证件号码', 'fx_doc_no'),
        L('入境事由', 'fx_reason', 'choice', null, FX_REASON), L('入境日期', 'fx_entry_date', 'date'),
        G('接收人（雇主）', L('姓名', 'fx_host_name'), L('联系电话', 'fx_host_phone', 'phone')), R(),
      ],
      blank: 12, footer: '村（社区）登记人：              社区民警：              联系电话：',
    }],
  },
  {
    file: '抵边村寨实有人口和境外人员情况季报表.xlsx', dept: '县公安局', freq: 'quarterly', catalog: false,
    title: '抵边村寨实有人口和境外人员情况季报表',
    sheets: [{
      kind: 'columns', name: '季报', seq: true, villages: VILLAGES, total: true,
      meta: '边境派出所（盖章）：                                   2025年第  季度',
      cols: [
        L('乡镇', 'v_town'), L('村委会（社区）', 'v_name'), L('村民小组（个）', 'v_groups', 'integer', '个'), L('抵边自然村（个）', 'v_border_zrc', 'integer', '个'),
        L('户籍户数（户）', 'v_hh_hj', 'integer', '户'),
        G('户籍人口（人）', L('合计', 'v_pop_hj', 'integer', '人'), L('男', 'v_pop_hj_m', 'integer', '人'), L('女', 'v_pop_hj_f', 'integer', '人')),
        L('常住人口（人）', 'v_pop_cz', 'integer', '人'), L('流动人口（人）', 'v_pop_float', 'integer', '人'),
        L('在村居住境外人员（人）', 'v_foreign_res', 'integer', '人'), L('跨境婚姻（户）', 'v_cross_marriage', 'integer', '户'),
        L('护边员（人）', 'v_hb_n', 'integer', '人'),
        G('吸毒人员（人）', L('现有', 'v_drug_now', 'integer', '人'), L('其中：社区戒毒', 'v_sj_n', 'integer', '人'), L('社区康复', 'v_sk_n', 'integer', '人')),
        L('戒断三年未复吸人员（人）', 'v_jd3_n', 'integer', '人'), R(),
      ],
      footer: true, note: '注：本表由边境派出所会同村委会填写，每季度结束后10日内报送县公安局人口管理大队。',
    }],
  },
  // ───────────── 县禁毒办 ─────────────
  {
    file: '县禁毒办/社区戒毒社区康复人员管控台账.xlsx', dept: '县禁毒办', freq: 'monthly', title: '社区戒毒社区康复人员管控工作台账',
    dictSheet: { name: '下拉列表', visible: true },
    sheets: [{
      kind: 'columns', name: '管控台账', seq: true, example: true,
      meta: '乡镇禁毒办（盖章）：                  村（社区）禁毒防艾工作站：                  2025年  月',
      cols: [
        L('乡镇', 'v_town'), L('村（社区）', 'v_name'), L('村民小组', 'v_group'),
        G('人员基本情况', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
          L('出生日期', 'p_birth', 'date'), L('身份证号', 'p_idno', 'idcard'), L('户籍地址', 'p_addr_hj'), L('现居住地址', 'p_addr_now'),
          L('联系电话', 'p_phone', 'phone')),
        G('管控情况', L('人员类别', 'dr_type', 'choice', null, DR_TYPE), L('执行起始日期', 'dr_start', 'date'),
          L('本月尿检次数（次）', 'dr_test_m', 'integer', '次'), L('尿检结果', 'dr_test_res', 'choice', null, ['阴性', '阳性', '未检'])),
        G('帮教责任人', L('姓名', 'dr_helper_name'), L('联系电话', 'dr_helper_phone', 'phone')),
        R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '县禁毒办/禁毒防艾工作情况统计月报表.xlsx', dept: '县禁毒办', freq: 'monthly', title: '禁毒防艾工作情况统计月报表',
    catalog: '禁毒防艾工作月报表',
    sheets: [{
      kind: 'indicator-rows', name: '月报', head: ['指标名称', '计量单位', '本月', '本年累计'], sign: 'cells',
      meta: '填报单位：              村（社区）禁毒防艾工作站                              2025年  月',
      rows: [
        C('一、吸毒人员管控'), I('在册吸毒人员', 'v_drug_reg', '人'), I('现有吸毒人员', 'v_drug_now', '人'), S('其中：社区戒毒人员', 'v_sj_n', '人'),
        S('社区康复人员', 'v_sk_n', '人'), S('强制隔离戒毒人员', 'v_qg_n', '人'), I('戒断三年未复吸人员', 'v_jd3_n', '人'),
        I('新发现吸毒人员', 'v_drug_new', '人'), I('复吸人员', 'v_relapse', '人'), I('失联失控人员', 'v_drug_lost', '人'),
        C('二、禁种铲毒'), D('踏查面积', 'v_tc_area', '亩'), I('发现非法种植毒品原植物', 'v_poppy_found', '处'), I('铲除罂粟', 'v_poppy_cut', '株'),
        C('三、禁毒宣传'), I('开展禁毒宣传活动', 'v_drug_propag', '场次'), I('签订无毒家庭承诺书', 'v_nodrug_hh', '户'),
        C('四、防艾工作'), I('现存活HIV/AIDS', 'v_hiv_live', '人'), I('接受ART治疗人数', 'v_hiv_art', '人'), I('美沙酮维持治疗在治人数', 'v_mmt', '人'),
        I('发放安全套', 'v_condom', '只'),
        C('五、创建工作'), I('是否创建无毒村寨', 'v_nodrug_vill', null, 'boolean', '是/否'),
      ],
    }],
  },
  {
    file: '吸毒人员排查摸底登记表.xlsx', dept: '县禁毒办', freq: 'adhoc', catalog: false, title: '吸毒人员排查摸底登记表',
    sheets: [{
      kind: 'columns', name: '摸排登记', seq: true, stat: { code: '禁毒摸排01表', org: 'XX县禁毒办', approval: 'X禁毒办发〔2023〕6号', valid: '长期' },
      source: '数据来源：云南省禁毒信息管理系统导出，村（社区）逐人核对', meta: '村（社区）：                        核查人：',
      cols: [
        L('所在村', 'v_name'), L('所在小组', 'v_group'), L('人员姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX),
        L('证件号码', 'p_idno', 'idcard'), L('户籍地', 'p_addr_hj'), L('现住址', 'p_addr_now'), L('手机号码', 'p_phone', 'phone'),
        L('人员类别', 'dr_type', 'choice', null, DR_TYPE), R('核查情况'),
      ],
      blank: 15, note: '注：排查发现吸毒人员即时登记，随时报送县禁毒办，不定期开展集中排查。',
    }],
  },
  // ───────────── 县卫生健康局 ─────────────
  {
    file: '县卫生健康局/艾滋病防治工作情况季报表.xlsx', dept: '县卫生健康局', freq: 'quarterly', title: '艾滋病防治工作情况季报表',
    instructions: [
      '填表说明',
      '1.本表由乡镇卫生院防艾专干会同村卫生室填报，每季度结束后5日内报送县卫生健康局（县防治艾滋病工作委员会办公室）。',
      '2.“本季”填报告期内发生数，“本年累计”填1月1日至报告期末累计数。',
      '3.“现存活艾滋病病毒感染者和病人”指截至报告期末仍存活、现住址在本村的感染者和病人。',
      '4.跨境流动人员指入境务工、通婚、就学及边民互市的境外人员和出境务工返乡人员。',
    ],
    sheets: [{
      kind: 'indicator-rows', name: '季报', stat: { code: '卫艾防02表', org: 'XX县卫生健康局', approval: 'X卫发〔2022〕11号', valid: '2025年12月' },
      meta: '填报单位：              乡镇卫生院                村委会：                2025年第  季度',
      head: ['指标名称', '计量单位', '代码', '本季', '本年累计'], codeRow: true, sign: 'side',
      rows: [
        C('一、检测发现'), I('HIV抗体检测', 'v_hiv_tests_q', '人次'), S('其中：孕产妇', 'v_hiv_tests_preg', '人次'), S('跨境流动人员', 'v_hiv_tests_cross', '人次'),
        I('新报告HIV感染者和病人', 'v_hiv_new_q', '例'), S('其中：境外人员', 'v_hiv_new_foreign', '例'),
        C('二、随访治疗'), I('现存活艾滋病病毒感染者和病人', 'v_hiv_live', '人'), I('本季随访人数', 'v_hiv_fu_q', '人'),
        I('抗病毒治疗在治人数', 'v_hiv_art', '人'), I('美沙酮维持治疗在治人数', 'v_mmt', '人'),
        C('三、预防母婴传播'), I('感染孕产妇', 'v_hiv_preg', '人'), I('感染孕产妇所生婴儿', 'v_hiv_infant', '人'),
      ],
    }],
  },
  {
    file: '县卫生健康局/2025年度艾滋病检测动员和宣传分月统计表.xlsx', dept: '县卫生健康局', freq: 'annual', catalog: false,
    title: '2025年度艾滋病检测动员和宣传分月统计表',
    sheets: [{
      kind: 'grid', name: '分月统计', key: '项    目', prefix: 'g_hivm', totalCol: 'last',
      meta: '村卫生室：                      乡镇卫生院：                      （年度终了后15日内报送）',
      rows: [{ l: '动员检测人数（人）', k: 'mob', u: '人' }, { l: '其中：跨境流动人员（人）', k: 'mob_cross', u: '人' }, { l: '开展宣传（场次）', k: 'prop', u: '场次' }],
      cols: months, footer: '填表人（村医）：            审核人：            联系电话：',
    }],
  },
  {
    file: '县卫生健康局/村卫生室和乡村医生基本情况表.xlsx', dept: '县卫生健康局', freq: 'annual', title: '村卫生室和乡村医生基本情况表',
    sheets: [{
      kind: 'columns', name: '基本情况', seq: true, villages: VILLAGES, meta: '乡镇卫生院（盖章）：                              2025年12月',
      cols: [
        L('乡镇', 'v_town'), L('行政村', 'v_name'), L('村卫生室名称', 'cl_name'), L('卫生室联系电话', 'cl_phone', 'phone'),
        L('常住人口（人）', 'v_pop_cz', 'integer', '人'), L('65岁及以上老年人数（人）', 'v_pop_65', 'integer', '人'),
        G('乡村医生', L('姓名', 'doc_name'), L('出生年月', 'doc_birth', 'date'),
          L('执业资格', 'doc_cert', 'choice', null, ['执业医师', '执业助理医师', '乡村医生执业证', '无']), L('联系电话', 'doc_phone', 'phone')),
        L('是否设置防艾宣传栏', 'cl_hiv_board', 'boolean', null, YN), R(),
      ],
      footer: true,
    }],
  },
  // ───────────── 县教育体育局 ─────────────
  {
    file: '县教育体育局/控辍保学劝返复学工作台账.xlsx', dept: '县教育体育局', freq: 'monthly', title: '义务教育控辍保学劝返复学工作台账',
    catalog: '控辍保学工作台账', dictSheet: { name: '字典', visible: true },
    sheets: [{
      kind: 'columns', name: '台账', seq: true, meta: '乡镇（中心校）：                                      截至    年  月  日',
      cols: [
        L('乡镇', 'v_town'), L('村委会', 'v_name'), L('村民小组', 'v_group'),
        G('学生信息', L('学生姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
          L('出生日期', 'p_birth', 'date'), L('身份证号码', 'p_idno', 'idcard'), L('全国学籍号', 'st_no'), L('原就读学校', 'st_school'),
          L('年级', 'st_grade', 'choice', null, GRADE)),
        L('辍学时间', 'st_drop_date', 'date'), L('辍学原因', 'st_drop_reason', 'choice', null, DROP_REASON),
        G('监护人', L('姓名', 'guard_name'), L('联系电话', 'guard_phone', 'phone')),
        G('包保责任人', L('姓名', 'st_helper_name'), L('联系电话', 'st_helper_phone', 'phone')),
        L('劝返情况', 'st_return', 'choice', null, ['已返校', '送教上门', '正在劝返', '其他']), L('返校日期', 'st_return_date', 'date'), R(),
      ],
      blank: 10, footer: true, note: '注：实行动态管理，每月25日前报送县教育体育局控辍保学工作领导小组办公室。',
    }],
  },
  {
    file: '县教育体育局/疑似辍学学生摸排登记表.xlsx', dept: '县教育体育局', freq: 'adhoc', catalog: false, title: '疑似辍学学生摸排登记表',
    sheets: [{
      kind: 'columns', name: '摸排', seq: true, meta: '村（社区）：                      摸排人：                      摸排日期：    年  月  日',
      cols: [
        L('行政村', 'v_name'), L('村小组', 'v_group'), L('学生姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX),
        L('身份证件号', 'p_idno', 'idcard'), L('学籍号', 'st_no'), L('就读学校', 'st_school'), L('年级', 'st_grade', 'choice', null, GRADE),
        L('家长姓名', 'guard_name'), L('家长电话', 'guard_phone', 'phone'), R(),
      ],
      blank: 12, footer: CUN_FOOT,
      note: '注：发现适龄儿童少年未入学或无故连续3天未到校的，随时登记报送县教育体育局，不定期开展拉网式摸排。',
    }],
  },
  {
    file: '县教育体育局/义务教育适龄儿童少年入学情况统计表.xlsx', dept: '县教育体育局', freq: 'semiannual',
    title: '2025年春季学期义务教育适龄儿童少年入学情况统计表', catalog: '义务教育适龄儿童少年入学情况统计表（每学期）',
    sheets: [{
      kind: 'grid', name: '入学情况', key: '年龄段', prefix: 'g_edu', total: true,
      meta: '村委会：                      乡镇中心学校（盖章）：                      （每学期开学后一个月内报送）',
      rows: [{ l: '6周岁', k: 'a6' }, { l: '7—12周岁', k: 'a712' }, { l: '13—15周岁', k: 'a1315' }],
      cols: [
        G('户籍适龄儿童少年（人）', L('男', 'pop_m', 'integer', '人'), L('女', 'pop_f', 'integer', '人')),
        G('在校就读（人）', L('男', 'sch_m', 'integer', '人'), L('女', 'sch_f', 'integer', '人')),
        G('辍学（人）', L('男', 'drop_m', 'integer', '人'), L('女', 'drop_f', 'integer', '人')),
      ],
      footer: CUN_FOOT, note: '注：年龄按当年8月31日计算；随父母出境或在外省就读的，在“在校就读”中统计并在备注栏说明。',
    }],
  },
  // ───────────── 县自然资源局 ─────────────
  {
    file: '县自然资源局/地质灾害隐患点基本情况台账.xlsx', dept: '县自然资源局', freq: 'annual', title: '2025年度地质灾害隐患点基本情况台账',
    catalog: '地质灾害隐患点台账',
    sheets: [{
      kind: 'columns', name: '隐患点台账', seq: true, meta: '乡镇（盖章）：                        汛前排查日期：2025年  月  日',
      cols: [
        L('乡镇', 'v_town'), L('村委会', 'v_name'), L('村民小组', 'v_group'), L('隐患点名称', 'gz_name'), L('统一编号', 'gz_code'),
        L('灾害类型', 'gz_type', 'choice', null, GZ_TYPE), L('规模等级', 'gz_scale', 'choice', null, GZ_SCALE),
        G('威胁对象', L('户数（户）', 'gz_threat_hh', 'integer', '户'), L('人数（人）', 'gz_threat_n', 'integer', '人'),
          L('财产（万元）', 'gz_threat_money', 'decimal', '万元')),
        L('防治措施', 'gz_measure', 'choice', null, ['监测预警', '搬迁避让', '工程治理', '排危除险']),
        G('群测群防员', L('姓名', 'gz_mon_name'), L('联系电话', 'gz_mon_phone', 'phone')), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '县自然资源局/汛期地质灾害隐患点巡查日报表.xlsx', dept: '县自然资源局', freq: 'daily', catalog: false, title: '汛期地质灾害隐患点巡查日报表',
    sheets: [{
      kind: 'columns', name: '巡查日报', seq: true, meta: '乡镇：                    巡查日期：    年  月  日（汛期5月1日至10月31日每日17时前报送）',
      cols: [
        L('隐患点名称', 'gz_name'), L('隐患点编号', 'gz_code'), L('所在村', 'v_name'), L('灾害类别', 'gz_type', 'choice', null, GZ_TYPE),
        L('威胁人数（人）', 'gz_threat_n', 'integer', '人'), L('监测员', 'gz_mon_name'),
        L('监测员电话', 'gz_mon_phone', 'phone'), L('24小时降雨量（毫米）', 'gz_rain', 'decimal', '毫米'),
        L('变形迹象', 'gz_sign', 'choice', null, ['无', '新增裂缝', '裂缝加宽', '房屋开裂', '地面沉降', '坡脚鼓胀', '泉水变浑']),
        L('是否发现险情', 'gz_danger', 'boolean', null, YN), L('转移群众（人）', 'gz_evac_n', 'integer', '人'), R(),
      ],
      blank: 10, footer: '乡镇地灾专管员：              联系电话：',
    }],
  },
  {
    file: '县自然资源局/地质灾害群测群防员花名册.xlsx', dept: '县自然资源局', freq: 'annual', title: '地质灾害群测群防员花名册',
    sheets: [{
      kind: 'columns', name: '花名册', seq: true, meta: '乡镇（盖章）：                                        2025年  月  日',
      cols: [
        L('乡镇', 'v_town'), L('村委会', 'v_name'), L('姓  名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('年龄', 'p_age', 'integer', '岁'),
        L('居民身份证号码', 'p_idno', 'idcard'), L('手机号码', 'p_phone', 'phone'), L('文化程度', 'p_edu', 'choice', null, EDU),
        L('负责监测隐患点', 'gz_name'), L('隐患点编号', 'gz_code'), L('月补助标准（元）', 'gz_mon_pay', 'decimal', '元'),
        L('是否参加年度培训', 'gz_trained', 'boolean', null, YN), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  // ───────────── 县应急管理局 ─────────────
  {
    file: '县应急管理局/自然灾害损失情况统计表（快报）.xlsx', dept: '县应急管理局', freq: 'adhoc', title: '自然灾害损失情况统计表（快报）',
    catalog: '自然灾害灾情快报',
    sheets: [{
      kind: 'indicator-rows', name: '快报', head: ['指  标', '单位', '数量'], sign: 'cells',
      meta: '灾害种类：□暴雨洪涝 □滑坡泥石流 □地震 □风雹 □干旱 □森林火灾            发生时间：    年  月  日  时',
      rows: [
        C('一、人员受灾'), I('受灾人口', 'd_affected', '人'), I('因灾死亡', 'd_dead', '人'), I('因灾失踪', 'd_missing', '人'),
        I('紧急避险转移', 'd_evac', '人'), I('紧急转移安置', 'd_relocated', '人'),
        C('二、农作物受灾'), D('农作物受灾面积', 'd_crop', '公顷'), S('其中：茶园受灾', 'd_crop_tea', '公顷', 'decimal'), S('咖啡受灾', 'd_crop_cf', '公顷', 'decimal'),
      ],
      rows2: [
        C('三、房屋损毁'), I('倒塌房屋', 'd_collapse', '间'), I('严重损坏房屋', 'd_severe', '间'), I('一般损坏房屋', 'd_minor', '间'),
        C('四、经济损失'), D('直接经济损失', 'd_loss', '万元'), S('其中：农业损失', 'd_loss_agri', '万元', 'decimal'),
      ],
    }],
  },
  {
    file: '县应急管理局/防汛和地质灾害避险转移情况周报表.xlsx', dept: '县应急管理局', freq: 'weekly', title: '防汛和地质灾害避险转移情况周报表',
    sheets: [{
      kind: 'columns', name: '周报', seq: true, villages: VILLAGES, total: true,
      meta: '填报单位：                    （汛期每周一上午10时前报送县应急管理局）',
      cols: [
        L('村（社区）', 'v_name'), L('地灾隐患点（处）', 'v_gz_points', 'integer', '处'),
        G('受威胁', L('户数', 'v_gz_threat_hh', 'integer', '户'), L('人数', 'v_gz_threat_n', 'integer', '人')),
        G('本周', L('转移群众（户）', 'v_evac_hh_w', 'integer', '户'),
          L('转移群众（人）', 'v_evac_n_w', 'integer', '人')),
        G('汛期累计', L('转移群众（户）', 'v_evac_hh_cum', 'integer', '户'), L('转移群众（人）', 'v_evac_n_cum', 'integer', '人')), R(),
      ],
      footer: true,
    }],
  },
  // ───────────── 县农业农村局 ─────────────
  {
    file: '县农业农村局/咖啡种植情况统计表.xlsx', dept: '县农业农村局', freq: 'annual', title: '2025年咖啡产业发展情况统计表',
    catalog: '咖啡种植情况统计表',
    sheets: [{
      kind: 'columns', name: '咖啡', seq: true, villages: VILLAGES, total: true, codeRow: true,
      stat: { code: '农咖01表', org: 'XX县农业农村局', approval: 'X农发〔2025〕2号', valid: '2026年12月' },
      meta: '填报单位（盖章）：                                 2025年12月', 
      cols: [
        L('乡镇', 'v_town'), L('村委会', 'v_name'), L('种植户数（户）', 'v_cf_hh', 'integer', '户'), L('咖啡种植面积（亩）', 'v_cf_area', 'decimal', '亩'),
        L('其中：投产面积（亩）', 'v_cf_prod_area', 'decimal', '亩'), L('本年新植（亩）', 'v_cf_new', 'decimal', '亩'),
        G('咖啡豆产量（吨）', L('本年', 'v_cf_out', 'decimal', '吨'), L('上年', 'v_cf_out_ly', 'decimal', '吨')),
        L('产值（万元）', 'v_cf_value', 'decimal', '万元'), L('精品咖啡率（%）', 'v_cf_premium', 'decimal', '%'),
        L('鲜果初加工厂（个）', 'v_cf_mills', 'integer', '个'), R(),
      ],
      footer: true, note: '注：咖啡豆产量按生豆计；产季跨年度的，计入开采当年。',
    }],
  },
  {
    file: '县农业农村局/2025年第三季度主要农产品生产情况表.xlsx', dept: '县农业农村局', freq: 'quarterly', catalog: false,
    title: '2025年第三季度主要农产品生产情况表',
    sheets: [{
      kind: 'grid', name: '生产情况', key: '项    目', prefix: 'g_agq', total: false,
      meta: '填报单位：                                    填报日期：2025年10月  日',
      rows: [
        { cat: '经济作物', l: '茶叶', k: 'tea' }, { cat: '经济作物', l: '咖啡', k: 'cf' }, { cat: '经济作物', l: '甘蔗', k: 'sugar' },
        { cat: '粮食作物', l: '水稻', k: 'rice' }, { cat: '粮食作物', l: '玉米', k: 'corn' },
      ],
      cols: [L('种植面积（亩）', 'area', 'decimal', '亩'), L('本季产量（吨）', 'out_q', 'decimal', '吨'), L('上年同期产量（吨）', 'out_ly', 'decimal', '吨')],
      cells: { tea_area: 'v_tea_area', cf_area: 'v_cf_area', sugar_area: 'v_sugar_area', rice_area: 'v_rice_area', corn_area: 'v_corn_area' },
      footer: true,
    }],
  },
  {
    file: '县农业农村局/防止返贫监测对象花名册及汇总表.xlsx', dept: '县农业农村局', freq: 'monthly', title: '防止返贫动态监测对象花名册',
    catalog: '防返贫监测对象花名册（含汇总表）',
    sheets: [
      {
        kind: 'columns', name: '花名册', seq: true, source: '数据来源：全国防止返贫监测信息系统导出', meta: '乡镇：                  村：                  2025年  月',
        cols: [
          L('乡镇', 'v_town'), L('行政村', 'v_name'), L('户主姓名', 'h_head_name'), L('户主身份证号', 'h_head_id', 'idcard'),
          L('家庭人口（人）', 'h_size', 'integer', '人'),
          L('监测对象类别', 'h_mon_type', 'choice', null, ['脱贫不稳定户', '边缘易致贫户', '突发严重困难户']),
          L('主要风险', 'h_risk', 'choice', null, ['因病', '因残', '因学', '因灾', '因意外事故', '因产业项目失败', '因务工就业不稳', '其他']), L('风险是否消除', 'h_risk_cleared', 'boolean', null, YN),
          G('帮扶责任人', L('姓名', 'h_helper_name'), L('联系电话', 'h_helper_phone', 'phone')), R(),
        ],
        blank: 10,
      },
      {
        kind: 'indicator-rows', name: '汇总表', title: '防止返贫动态监测对象汇总表（村级）', head: ['项  目', '单位', '数量'], sign: 'cells',
        rows: [
          I('脱贫户', 'v_tp_hh', '户'), I('脱贫人口', 'v_tp_n', '人'), I('监测对象户数', 'v_mon_hh', '户'), S('其中：已消除风险户数', 'v_mon_cleared_hh', '户'),
          I('监测对象人数', 'v_mon_n', '人'), I('本月新纳入监测户数', 'v_mon_new_m', '户'),
        ],
      },
    ],
  },
  // ───────────── 县茶叶产业发展中心 ─────────────
  {
    file: '县茶叶产业发展中心/古茶树资源普查登记表.xlsx', dept: '县茶叶产业发展中心', freq: 'adhoc', title: '古茶树资源普查登记表',
    catalog: '古茶树资源普查表（表一至表五）', dictSheet: { name: '选项', visible: false },
    instructions: [
      '填表说明',
      '1.本次普查对象为树龄100年以上的栽培型、过渡型和野生型茶树，以行政村为单位填写表一、表三、表四，逐株填写表二。',
      '2.树龄按专家鉴定或访谈推算填写；基部围指离地20厘米处的树干周长。',
      '3.“权属人”填写古茶树所有人或承包经营人；集体所有的填村民小组。',
      '4.普查结束后由村委会汇总，经乡镇农业服务中心审核报县茶叶产业发展中心。',
    ],
    sheets: [
      {
        kind: 'indicator-rows', name: '表一', source: '表一：古茶园基本情况（以行政村为单位）', head: ['项  目', '单位', '内  容'], sign: 'line',
        rows: [
          I('所在乡镇', 'v_town', null, 'text', '—'), I('所在行政村', 'v_name', null, 'text', '—'), D('全村茶园总面积', 'v_tea_area', '亩'),
          D('古茶园面积', 'v_tea_old_area', '亩'), I('古茶树株数', 'v_tea_old_trees', '株'), I('古茶园（群落）数', 'tg_groups', '片'),
          D('平均海拔', 'tg_alt', '米'), I('主要茶树类型', 'tg_type', null, 'choice', '—'), I('是否划定保护范围', 'tg_protected', null, 'boolean', '是/否'),
        ],
      },
      {
        kind: 'columns', name: '表二', title: '表二：古茶树单株登记', seq: true,
        cols: [
          L('单株编号', 'tt_no'), L('所在村民小组', 'v_group'), L('树龄（年）', 'tt_age', 'integer', '年'), L('树高（米）', 'tt_height', 'decimal', '米'),
          L('基部围（厘米）', 'tt_girth', 'decimal', '厘米'),
          L('生长势', 'tt_vigor', 'choice', null, ['旺盛', '一般', '较差', '濒死']), G('权属人', L('姓名', 'tt_owner_name'), L('身份证号', 'tt_owner_id', 'idcard'), L('联系电话', 'tt_owner_phone', 'phone')),
          L('年产鲜叶（公斤）', 'tt_leaf', 'decimal', '公斤'),
        ],
        blank: 15,
      },
      {
        kind: 'indicator-rows', name: '表三', title: '表三：古茶树分级统计', head: ['分    级', '单位', '株数'],
        rows: [
          I('一级古茶树（树龄500年以上）', 'tg_l1', '株'), I('二级古茶树（树龄300—499年）', 'tg_l2', '株'), I('三级古茶树（树龄100—299年）', 'tg_l3', '株'),
          I('集体所有古茶树', 'tg_coll', '株'), I('个人所有古茶树', 'tg_priv', '株'),
        ],
      },
      {
        kind: 'indicator-rows', name: '表四', title: '表四：管护和利用情况', head: ['项  目', '单位', '内  容'],
        rows: [I('管护人员', 'tg_keepers', '人'), D('年采摘鲜叶', 'tg_leaf_y', '公斤'), I('是否建立管护档案', 'tg_archive', null, 'boolean', '是/否')],
      },
      {
        kind: 'columns', name: '表五', title: '表五：普查人员',
        cols: [L('普查员姓名', 'tg_surveyor'), L('联系电话', 'tg_surveyor_phone', 'phone'), L('普查日期', 'tg_date', 'date')],
        blank: 3, footer: '村委会（盖章）：              乡镇农业服务中心审核人：              年  月  日',
      },
    ],
  },
  {
    file: '县茶叶产业发展中心/茶叶初制所生产经营情况统计表.xlsx', dept: '县茶叶产业发展中心', freq: 'annual', title: '茶叶初制所生产经营情况统计表',
    sheets: [{
      kind: 'columns', name: '初制所', seq: true, meta: '乡镇：                          2025年度',
      cols: [
        L('初制所名称', 'tf_name'), L('所在村', 'v_name'),
        G('法定代表人', L('姓名', 'tf_legal_name'), L('身份证号码', 'tf_legal_id', 'idcard'), L('联系电话', 'tf_legal_phone', 'phone')),
        L('初制所电话', 'tf_phone', 'phone'),
        G('本年加工量（吨）', L('第一季度', 'tf_q1', 'decimal', '吨'), L('第二季度', 'tf_q2', 'decimal', '吨'), L('第三季度', 'tf_q3', 'decimal', '吨'),
          L('第四季度', 'tf_q4', 'decimal', '吨')),
        L('主要产品', 'tf_product', 'choice', null, ['普洱茶（生茶）', '普洱茶（熟茶）', '滇红', '晒青毛茶', '白茶', '其他']),
        L('带动农户（户）', 'tf_hh', 'integer', '户'), R(),
      ],
      blank: 8, footer: true,
    }],
  },
  {
    file: '县茶叶产业发展中心/2025年春茶生产进度周报表.xlsx', dept: '县茶叶产业发展中心', freq: 'weekly', catalog: false, title: '2025年春茶生产进度周报表',
    sheets: [{
      kind: 'columns', name: '春茶周报', seq: true, villages: VILLAGES, total: true,
      meta: '填报单位：                乡镇农业服务中心                统计截止：    月  日',
      cols: [
        L('村委会', 'v_name'), L('茶园面积（亩）', 'v_tea_area', 'decimal', '亩'), L('可采摘面积（亩）', 'v_tea_prod_area', 'decimal', '亩'),
        G('本周', L('采摘鲜叶（吨）', 'v_leaf_w', 'decimal', '吨')),
        G('累计', L('采摘鲜叶（吨）', 'v_leaf_cum', 'decimal', '吨'), L('干毛茶（吨）', 'v_maocha_cum', 'decimal', '吨')), R(),
      ],
      footer: true,
    }],
  },
  // ───────────── 县民族宗教事务局 ─────────────
  {
    file: '县民族宗教事务局/少数民族特色村寨基本情况调查表.xlsx', dept: '县民族宗教事务局', freq: 'annual', title: '少数民族特色村寨基本情况调查表',
    sheets: [{
      kind: 'indicator-rows', name: '调查表', head: ['调查项目', '单位', '填报内容'], sign: 'line',
      meta: '所属乡镇：                        所属行政村：                        2025年度',
      rows: [
        C('一、村寨概况'), I('村寨（自然村）名称', 'v_group', null, 'text', '—'), I('主体民族', 'vz_nation', null, 'choice', '—'),
        I('村寨户数', 'vz_hh', '户'), I('村寨人口', 'vz_pop', '人'), S('其中：少数民族人口', 'vz_pop_minor', '人'), D('主体民族人口占比', 'vz_minor_rate', '%'),
        C('二、民族文化保护传承'), I('保存完好的传统民居', 'vz_houses', '栋'), I('非物质文化遗产项目', 'vz_ich', '项'), I('非遗代表性传承人', 'vz_ich_heirs', '人'),
        I('民族文化活动场所', 'vz_venues', '个'), I('是否列入中国少数民族特色村寨名录', 'vz_listed', null, 'boolean', '是/否'),
        C('三、产业发展'), I('主导产业', 'vz_industry', null, 'choice', '—'), D('茶园面积', 'vz_tea_area', '亩'), D('咖啡面积', 'vz_cf_area', '亩'),
        D('村寨人均纯收入', 'vz_inc', '元'),
      ],
      note: '注：每个村寨填写一份，于12月20日前报县民族宗教事务局。',
    }],
  },
  {
    file: '县民族宗教事务局/民族团结进步示范村创建情况表.xlsx', dept: '县民族宗教事务局', freq: 'semiannual',
    title: '2025年上半年民族团结进步示范村（寨）创建情况表', catalog: '民族团结进步示范村创建情况半年报',
    sheets: [{
      kind: 'columns', name: '创建情况', seq: true, meta: '乡镇（盖章）：                                       填报日期：2025年  月  日',
      cols: [
        L('乡镇', 'v_town'), L('行政村', 'v_name'), L('自然村（寨）', 'v_group'), L('主体民族', 'vz_nation', 'choice', null, NATION),
        L('户数（户）', 'vz_hh', 'integer', '户'), L('人口（人）', 'vz_pop', 'integer', '人'), L('其中：少数民族（人）', 'vz_pop_minor', 'integer', '人'),
        L('是否列入特色村寨名录', 'vz_listed', 'boolean', null, YN),
        L('创建级别', 'mz_level', 'choice', null, ['国家级', '省级', '州（市）级', '县级']), L('命名年度', 'mz_year'),
        L('本年投入资金（万元）', 'mz_fund', 'decimal', '万元'), R(),
      ],
      blank: 8, footer: true,
    }],
  },
  // ───────────── 县民政局 ─────────────
  {
    file: '县民政局/农村最低生活保障对象花名册.xlsx', dept: '县民政局', freq: 'monthly', title: '农村最低生活保障对象花名册',
    sheets: [{
      kind: 'columns', name: '低保花名册', seq: true, meta: '乡镇（盖章）：                                   发放月份：    年  月',
      cols: [
        L('乡镇', 'v_town'), L('村委会', 'v_name'),
        G('户主', L('姓名', 'h_head_name'), L('身份证号码', 'h_head_id', 'idcard'), L('联系电话', 'h_head_phone', 'phone')),
        L('保障人数（人）', 'h_dibao_n', 'integer', '人'), L('保障类别', 'h_dibao_cls', 'choice', null, ['一类', '二类', '三类']),
        L('月保障金额（元）', 'h_dibao_pay', 'decimal', '元'), L('是否脱贫户或监测对象', 'h_tp_or_mon', 'boolean', null, YN),
        L('纳入保障时间', 'h_dibao_since', 'date'), R(),
      ],
      blank: 12, total: true, footer: true,
    }],
  },
  {
    file: '县民政局/跨境婚姻情况摸底登记表.xlsx', dept: '县民政局', freq: 'adhoc', title: '中缅（老）边境跨境婚姻境外配偶情况摸底登记表',
    catalog: '涉外（跨境）婚姻摸底登记表',
    sheets: [{
      kind: 'columns', name: '摸底登记', seq: true, meta: '乡镇：                  村委会：                  摸底时间：    年  月',
      cols: [
        L('村委会', 'v_name'), L('村民小组', 'v_group'),
        G('境外配偶情况', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生年月', 'p_birth', 'date'),
          L('国别', 'fx_nation', 'choice', null, FX_NAT), L('持有证件', 'fx_doc_type', 'choice', null, FX_DOC), L('证件号', 'fx_doc_no'),
          L('入境时间', 'fx_entry_date', 'date')),
        G('境内配偶', L('姓名', 'mw_cn_name'), L('身份证号', 'mw_cn_id', 'idcard'), L('联系电话', 'mw_cn_phone', 'phone')),
        L('是否办理结婚登记', 'mw_reg', 'boolean', null, YN), L('子女数（人）', 'mw_children', 'integer', '人'), R(),
      ],
      blank: 12, footer: CUN_FOOT,
    }],
  },
  // ───────────── 县人力资源和社会保障局 ─────────────
  {
    file: '县人力资源和社会保障局/农村劳动力转移就业情况季报表.xlsx', dept: '县人力资源和社会保障局', freq: 'quarterly', title: '农村劳动力转移就业情况季报表',
    sheets: [{
      kind: 'columns', name: '转移就业', seq: true, villages: VILLAGES, total: true, meta: '填报单位（盖章）：                                    2025年第  季度',
      cols: [
        L('乡镇', 'v_town'), L('村（社区）', 'v_name'), L('劳动力资源（人）', 'v_labor', 'integer', '人'), L('转移就业（人）', 'v_te', 'integer', '人'),
        G('其中：按就业地分（人）', L('县内', 'v_te_county', 'integer', '人'), L('州（市）内县外', 'v_te_pref', 'integer', '人'),
          L('省内州（市）外', 'v_te_prov', 'integer', '人'), L('省外', 'v_te_outprov', 'integer', '人'), L('境外', 'v_te_abroad', 'integer', '人')),
        L('其中：脱贫劳动力（人）', 'v_te_poor', 'integer', '人'), L('本季度新增（人）', 'v_te_new_q', 'integer', '人'), R(),
      ],
      footer: true,
    }],
  },
  // ───────────── 县统计局 ─────────────
  {
    file: '县统计局/农村基本情况综合统计年报表.xlsx', dept: '县统计局', freq: 'annual', title: '农村基本情况综合统计年报表',
    catalog: '农村基本情况统计年报',
    sheets: [{
      kind: 'indicator-rows', name: '综合年报', stat: { code: '农综1表', org: 'XX县统计局', approval: 'X统字〔2024〕15号', valid: '2026年12月' },
      meta: '填报单位（村委会）：                                    2024年度', head: ['指标名称', '计量单位', '代码', '本年', '上年'],
      codeRow: true, sign: 'cells',
      rows: [
        C('一、人口和民族'), I('村民小组', 'v_groups', '个'), I('户籍户数', 'v_hh_hj', '户'), I('户籍人口', 'v_pop_hj', '人'),
        S('其中：男', 'v_pop_hj_m', '人'), S('女', 'v_pop_hj_f', '人'), I('世居少数民族人口', 'v_pop_minor', '人'), I('常住人口', 'v_pop_cz', '人'),
        I('暂住（流动）人口', 'v_pop_float', '人'), I('60周岁及以上人口', 'v_pop_60', '人'), I('65周岁及以上人口', 'v_pop_65', '人'), I('80周岁及以上人口', 'v_pop_80', '人'),
        C('二、劳动力和就业'), I('乡村劳动力', 'v_labor', '人'), I('外出务工劳动力', 'v_migrant', '人'), S('其中：出境务工', 'v_migrant_abroad', '人'),
        I('农村劳动力转移就业人数', 'v_te', '人'),
        C('三、土地资源'), D('耕地面积', 'v_land', '亩'), S('其中：水田', 'v_paddy', '亩', 'decimal'), D('林地面积', 'v_forest', '亩'), D('园地面积', 'v_orchard', '亩'),
        C('四、茶叶和咖啡'), C('（一）茶叶', 1), D('茶园面积', 'v_tea_area', '亩'), S('其中：投产茶园', 'v_tea_prod_area', '亩', 'decimal'), S('古茶园', 'v_tea_old_area', '亩', 'decimal'), I('古茶树', 'v_tea_old_trees', '株'),
        D('茶叶产量（干毛茶）', 'v_tea_out', '吨'), C('（二）咖啡', 1), D('咖啡种植面积', 'v_cf_area', '亩'), S('其中：投产面积', 'v_cf_prod_area', '亩', 'decimal'),
        S('本年新植', 'v_cf_new', '亩', 'decimal'), D('咖啡豆产量', 'v_cf_out', '吨'), D('咖啡产值', 'v_cf_value', '万元'), I('咖啡种植户', 'v_cf_hh', '户'),
        C('五、其他农业生产'), C('（一）种植业', 1), D('粮食播种面积', 'v_grain_area', '亩'), S('其中：水稻', 'v_rice_area', '亩', 'decimal'), S('玉米', 'v_corn_area', '亩', 'decimal'),
        D('粮食产量', 'v_grain_out', '吨'), D('甘蔗种植面积', 'v_sugar_area', '亩'),
        D('橡胶面积', 'v_rubber', '亩'), C('（二）畜牧业', 1), I('年末生猪存栏', 'v_pig_stock', '头'), I('年末牛存栏', 'v_cattle_stock', '头'),
        C('六、农村经济'), D('村集体经济收入', 'v_coll_income', '万元'), S('其中：经营性收入', 'v_coll_op_income', '万元', 'decimal'),
        D('农村常住居民人均可支配收入', 'v_income_pc', '元'), I('农民专业合作社', 'v_coop', '个'),
        C('七、社会事业和社会保障'), I('农村低保户数', 'v_dibao_hh', '户'), I('农村低保人数', 'v_dibao_n', '人'), I('脱贫户', 'v_tp_hh', '户'),
        I('脱贫人口', 'v_tp_n', '人'), I('防止返贫监测对象户数', 'v_mon_hh', '户'), I('防止返贫监测对象人数', 'v_mon_n', '人'),
        I('参加城乡居民基本医疗保险人数', 'v_med_ins', '人'), I('参加城乡居民基本养老保险人数', 'v_pension_ins', '人'),
        I('义务教育阶段辍学学生', 'v_dropout', '人'), I('村卫生室', 'v_clinic', '个'),
        C('八、边境管理和安全'), I('抵边自然村', 'v_border_zrc', '个'), I('在岗护边员', 'v_hb_n', '人'), I('跨境婚姻户', 'v_cross_marriage', '户'),
        I('在村居住境外边民', 'v_foreign_res', '人'), I('地质灾害隐患点', 'v_gz_points', '处'), I('受地质灾害威胁户数', 'v_gz_threat_hh', '户'),
        I('受地质灾害威胁人数', 'v_gz_threat_n', '人'),
      ],
    }],
  },
  {
    file: '县统计局/2015年农村经济基本情况调查表.xlsx', dept: '县统计局', freq: 'annual', catalog: false,
    xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'indicator-rows', name: 'Sheet1', blankTop: 1, startCol: 1, head: ['项目', '单位', '数量'], sign: 'line',
      meta: '乡镇：                  村委会：                  填报时间：2016年1月',
      rows: [
        C('一、人口'), I('1.总户数', 'v_hh_hj', '户'), I('2.总人口', 'v_pop_hj', '人'), S('其中：少数民族人口', 'v_pop_minor', '人'),
        I('3.劳力总数', 'v_labor', '人'), S('其中：外出务工', 'v_migrant', '人'),
        C('二、土地和产业'), D('1.耕地总面积', 'v_land', '亩'), D('2.茶叶种植面积', 'v_tea_area', '亩'), D('3.毛茶产量', 'v_tea_out', '吨'),
        D('4.小粒咖啡种植面积', 'v_cf_area', '亩'),
        C('三、收入和保障'), D('1.村级集体经济总收入', 'v_coll_income', '万元'), D('2.农民人均纯收入', 'v_income_net_old', '元'),
        I('3.享受农村最低生活保障户数', 'v_dibao_hh', '户'), I('4.建档立卡贫困户户数', 'v_tp_hh', '户'), I('5.参加新型农村合作医疗人数', 'v_med_ins', '人'),
      ],
      note: '注：本表由村委会填写，经乡镇统计站审核后于次年1月15日前报送县统计局农村股。',
    }],
  },
  // ───────────── 县扶贫开发办公室（2016） ─────────────
  {
    file: '县扶贫开发办公室/2016年建档立卡贫困户结对帮扶花名册.xlsx', dept: '县扶贫开发办公室', freq: 'annual', title: '2016年建档立卡贫困户结对帮扶花名册',
    catalog: '建档立卡贫困户结对帮扶花名册', xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'columns', name: 'Sheet1', startCol: 1, textNums: true, seq: true, codeRow: true,
      meta: '乡镇（盖章）：                                  填报日期：2016年  月  日',
      cols: [
        L('乡镇', 'v_town'), L('行政村', 'v_name'), L('村民小组', 'v_group'), L('户主姓名', 'h_head_name'), L('户主身份证号码', 'h_head_id', 'idcard'),
        L('家庭人口数', 'h_size', 'integer', '人'), L('联系电话', 'h_head_phone', 'phone'),
        G('帮扶责任人', L('姓名', 'h_helper_name'), L('联系电话', 'h_helper_phone', 'phone')), R(),
      ],
      blank: 12, footer: true,
    }],
  },
];

const corpus = new Corpus('blind22', HERE, forms, [
  ['护边员年度考核评分表.xlsx', '护边员年度考核评分表', '县委政法委', '年报'],
  ['咖啡价格指数保险参保情况表.xlsx', '咖啡价格指数保险参保情况统计表', '县农业农村局', '年报'],
]);

// ─────────────────────────── README ───────────────────────────
const FREQ_ZH: Record<string, string> = { daily: '日报', weekly: '周报', monthly: '月报', quarterly: '季报', semiannual: '半年报', annual: '年报', adhoc: '不定期' };
const RECOVER: Record<string, string> = {
  '护边员选聘报名登记表（2019年第二批）.xlsx': 'top level; note “按选聘批次不定期…报送县委政法委（县强边固防办）” → 县委政法委, adhoc (title 第二批)',
  '县委政法委/2024年上半年抵边村寨强边固防基本情况统计表.xlsx': 'office folder; title 2024年上半年 → semiannual',
  'XX边境管理大队/护边员巡逻执勤日报表.xlsx': 'office folder; title …日报表 and note “每日18时前…报XX边境管理大队” → daily',
  '抵边村寨实有人口和境外人员情况季报表.xlsx': 'top level; note “每季度结束后10日内报送县公安局…” and title 季报 → 县公安局, quarterly',
  '吸毒人员排查摸底登记表.xlsx': 'top level; 表号/制定机关 block “制定机关：XX县禁毒办”, a `数据来源：…系统导出` line and note “随时报送…不定期” → 县禁毒办, adhoc',
  '县卫生健康局/2025年度艾滋病检测动员和宣传分月统计表.xlsx': 'office folder; title 2025年度 and meta “年度终了后15日内报送” → annual',
  '县教育体育局/疑似辍学学生摸排登记表.xlsx': 'office folder; note “随时登记报送…不定期” → adhoc',
  '县自然资源局/汛期地质灾害隐患点巡查日报表.xlsx': 'office folder; title …日报表, meta “每日17时前报送” → daily',
  '县农业农村局/2025年第三季度主要农产品生产情况表.xlsx': 'office folder; title 2025年第三季度 → quarterly',
  '县茶叶产业发展中心/2025年春茶生产进度周报表.xlsx': 'office folder; title …周报表 → weekly',
  '县统计局/2015年农村经济基本情况调查表.xlsx': 'office folder; no title row; note “次年1月15日前报送县统计局” → annual',
};

function writeReadme(gold: any) {
  const file = path.join(HERE, 'README.md');
  if (fs.existsSync(file) && !process.argv.includes('--readme')) return;
  const byLayout: Record<string, number> = {};
  for (const g of gold.fields) byLayout[g.layout] = (byLayout[g.layout] ?? 0) + 1;
  const n = gold.fields.length;
  const pct = (k: string) => `${byLayout[k] ?? 0} (${Math.round(((byLayout[k] ?? 0) / n) * 1000) / 10} %)`;
  const formsOf = new Map<string, Set<string>>();
  for (const g of gold.fields) {
    if (g.element.startsWith('remark:')) continue;
    const f = g.ref.split('#')[0];
    if (!formsOf.has(g.element)) formsOf.set(g.element, new Set());
    formsOf.get(g.element)!.add(f);
  }
  const shared = [...formsOf.values()].filter((s) => s.size >= 2).length;
  const offices = new Set(forms.map((f) => f.dept)).size;
  const cnt = (file: string) => gold.fields.filter((g: any) => g.ref.split('#')[0] === file).length;
  const rows = forms.map((f) => `| ${f.file} | ${f.dept} | ${f.freq} | ${f.sheets[0].kind}${f.sheets.length > 1 ? ` (+${f.sheets.length - 1} sheets)` : ''} | ${cnt(f.file)} | ${f.catalog === false ? 'no' : 'yes'} |`);
  const r = gold.retirement;
  // a greedy minimal set of covering forms (same or higher frequency), for the README only
  const RANK: Record<string, number> = { daily: 7, weekly: 6, monthly: 5, quarterly: 4, semiannual: 3, annual: 2, adhoc: 1 };
  const elemsOf = (file: string): Set<string> => new Set<string>(gold.fields.filter((g: any) => g.ref.split('#')[0] === file && !g.element.startsWith('remark:')).map((g: any) => g.element as string));
  const cover = (file: string, anyFreq = false) => {
    const me = forms.find((f) => f.file === file)!;
    const left = elemsOf(file);
    const cands = forms.filter((o) => o.file !== file && (anyFreq || RANK[o.freq] >= RANK[me.freq])).map((o) => ({ file: o.file, e: elemsOf(o.file) }));
    const pick: string[] = [];
    for (;;) {
      let best: { file: string; e: Set<string> } | undefined;
      let bestN = 0;
      for (const c of cands) { const k = [...left].filter((x) => c.e.has(x)).length; if (k > bestN) { bestN = k; best = c; } }
      if (!best) break;
      pick.push(best.file);
      for (const x of best.e) left.delete(x);
    }
    return { pick, left: [...left] };
  };
  const trap = '抵边村寨实有人口和境外人员情况季报表.xlsx';
  const trapAny = cover(trap, true);
  const txt = `# blind22 — held-out corpus (云南 XX县 (边境县), 护边员/边境管控、禁毒防艾、控辍保学、地质灾害防治、茶叶和咖啡、民族村寨, 2014–2025)

Held-out: score only with --final; do not tune on it.

## First look

(to be scored by the lead)

## Contents

- ${forms.length} templates from ${offices} county offices (folders = 主管部门 as the catalog writes it; 3 files sit at the top of forms/).
- ${n} gold fields: columns ${pct('columns')}, indicator-rows ${pct('indicator-rows')}, grid ${pct('grid')}.
- ${gold.elements.length} elements (${gold.elements.filter((e: any) => e.id.startsWith('remark:')).length} of them 备注); ${shared} of the ${formsOf.size} non-备注 elements (${Math.round((shared / formsOf.size) * 1000) / 10} %) are collected by two or more forms.
- Frequencies: ${Object.entries(forms.reduce((m: Record<string, number>, f) => ((m[f.freq] = (m[f.freq] ?? 0) + 1), m), {})).map(([k, v]) => `${k} ${v}`).join(', ')}.
- 报表清单.xlsx lists ${forms.filter((f) => f.catalog !== false).length} forms (some under a title other than the template's) plus 2 files that are not in the folder
  (护边员年度考核评分表.xlsx, 咖啡价格指数保险参保情况表.xlsx).

Forms absent from the catalog (${forms.filter((f) => f.catalog === false).length}) and how department / frequency are recoverable:

${forms.filter((f) => f.catalog === false).map((f) => `- ${f.file}: ${RECOVER[f.file] ?? '?'}`).join('\n')}

| file | department | frequency | layout | fields | in catalog |
|---|---|---|---|---|---|
${rows.join('\n')}

## Shapes

- Long indicator-rows questionnaire: 县统计局 农村基本情况综合统计年报表 (about 65 rows, 指标名称 | 计量单位 | 代码 | 本年 | 上年, 甲 乙 丙 1 2 code row,
  8 numbered sections 一、 with （一）（二） sub-sections, 其中： sub-items, 填表人/审核人/联系电话 cells and 盖章 at the bottom, 表号/制定机关/批准文号 block); shorter ones:
  禁毒防艾月报 (本月 | 本年累计), 边境管控周报 (本周 | 本年累计), 艾滋病防治季报 (code row, signature column at the side, 填表说明 sheet),
  灾情快报 (two panels side by side), 民族特色村寨调查表 (项目 | 单位 | 填报内容, text and choice items), the 2015 old .xls questionnaire.
- One form in several sheets: 古茶树资源普查登记表 (表一 indicator-rows, 表二 columns, 表三 分级 indicator-rows, 表四 indicator-rows, 表五 columns, a 填表说明 sheet,
  a hidden 选项 sheet); a form in two sheets: 防止返贫监测对象 花名册 + 汇总表.
- Visible dropdown-only sheets (not forms): 选项 (护边员花名册), 下拉列表 (社戒社康台账), 字典 (控辍保学台账); hidden 字典 sheets elsewhere.
- Old .xls conversions: 2015年农村经济基本情况调查表 (Sheet1 + empty Sheet2/Sheet3, stray empty first row and column, no title row at all),
  2016年建档立卡贫困户结对帮扶花名册 (Sheet1/2/3, numbers stored as text in 序号 and the code row, stray empty column). LibreOffice is not
  used by default (BLIND22_SOFFICE=1 round-trips them), so the rebuild is byte-identical.
- Group headers that change meaning: 户主 > 姓名/身份证号码/联系电话 (低保), 监护人 > 姓名/联系电话 and 包保责任人 > 姓名/联系电话 (控辍保学),
  帮教责任人 > … (社戒社康), 帮扶责任人 > … (防返贫, 2016 帮扶), 法定代表人 > … (茶叶初制所), 权属人 > … (古茶树), 接收人（雇主）> …
  (境外边民), 境内配偶 > 姓名/身份证号/联系电话 (跨境婚姻), 乡村医生 > 姓名/联系电话, 群测群防员 > 姓名/联系电话, 户籍人口 > 合计 | 男 | 女,
  本周 vs 汛期累计 / 累计, 咖啡豆产量 > 本年 | 上年, 受威胁 > 户数 | 人数. Group headers that do not: 基本信息, 人员基本情况, 学生信息, 履职情况,
  管控情况, 巡逻情况, 发现处置情况, 境外配偶情况 (the row is the 境外配偶).
- Grids beyond the kit's: a transposed grid (强边固防: 指标 with a 计量单位 column down, villages across, a 合计 column first);
  1月…12月 across with a 合计 column last (艾滋病检测动员分月); age bands down × 户籍适龄儿童少年 / 在校就读 / 辍学 > 男 | 女 across
  (入学情况, 合计 row); a row header in two columns (经济作物 / 粮食作物 merged down + 茶叶、咖啡、甘蔗、水稻、玉米).
  第一季度…第四季度 appear as a column breakdown in 茶叶初制所 (本年加工量 > 四个季度).
- Synonyms (same element, different wording by office): 公民身份号码 / 身份证号 / 身份证号码 / 公民身份证号码 / 居民身份证号码 / 证件号码 /
  身份证件号; 联系电话 / 手机号码; 出生年月 / 出生日期; 民族 / 族别; 文化程度 / 学历; 乡（镇） / 乡镇 / 所在乡镇; 村委会 / 行政村 /
  村（社区） / 村委会（社区） / 所在村 / 所在行政村; 村民小组 / 村小组 / 所在小组 / 所在自然村（组） / 自然村（寨） / 村寨（自然村）名称;
  户籍户数 / 总户数; 户籍人口 / 总人口; 世居少数民族人口 / 少数民族人口; 乡村劳动力 / 劳力总数 / 劳动力资源; 外出务工劳动力 / 外出务工;
  茶园面积 / 茶叶种植面积 / 经济作物·茶叶·种植面积; 投产茶园 / 可采摘面积; 茶叶产量（干毛茶） / 毛茶产量; 咖啡种植面积 / 小粒咖啡种植面积;
  咖啡豆产量 / 咖啡豆产量·本年; 咖啡种植户 / 种植户数; 耕地面积 / 耕地总面积; 村集体经济收入 / 村级集体经济总收入; 农村低保户数 /
  享受农村最低生活保障户数; 脱贫户 / 建档立卡贫困户户数 (new and old programme names); 参加城乡居民基本医疗保险人数 / 参加新型农村合作医疗人数
  (new and old); 暂住（流动）人口 / 流动人口; 在村居住境外边民 / 在村居住境外人员; 跨境婚姻户 / 跨境婚姻（户）; 地质灾害隐患点 / 地灾隐患点;
  受地质灾害威胁户数 / 受威胁 > 户数; 现存活HIV/AIDS / 现存活艾滋病病毒感染者和病人; 接受ART治疗人数 / 抗病毒治疗在治人数; 统一编号 /
  隐患点编号; 隐患点名称 / 负责监测隐患点; 群测群防员 > 姓名 / 监测员; 全国学籍号 / 学籍号; 原就读学校 / 就读学校; 监护人 > 姓名 / 家长姓名;
  户主 > 姓名 / 户主姓名; 主体民族 (indicator row / column); 村寨户数 / 户数（户） (自然村).
- Near-misses kept apart: 年龄 ≠ 出生日期; 户数 ≠ 人数 everywhere; 本周 ≠ 累计; 常住 ≠ 户籍 ≠ 流动人口; 本年 ≠ 上年 (咖啡豆产量, 本季 ≠ 上年同期);
  60 / 65 / 80 周岁以上; 新报告 ≠ 现存活, 本年新植 ≠ 种植面积, 本月新纳入 ≠ 监测对象户数; 在册吸毒人员 ≠ 现有吸毒人员; 护边员 月补助标准 ≠
  群测群防员 月补助标准 ≠ 低保 月保障金额; 卫生室联系电话 ≠ 乡村医生 > 联系电话, 初制所电话 ≠ 法定代表人 > 联系电话; 境外边民的 证件号码 ≠
  身份证号; 外出务工 ≠ 转移就业 (出境务工 ≠ 转移就业·境外); 人均纯收入 (2015) ≠ 人均可支配收入; 自然村 (村寨) 户数/人口/茶园面积 ≠ 行政村的;
  每个隐患点的 威胁户数/人数 ≠ 村的 受威胁户数/人数; 村寨人均纯收入 ≠ 村的收入; 保障人数 ≠ 家庭人口; 出动护边员（人次） ≠ 在岗护边员（人）.

## Gold calls

- A person's own 姓名 / 身份证号 / 性别 / 联系电话 … is one element across rosters (护边员, 吸毒人员, 学生, 监测员, 境外边民), as in the bench
  examples; a role named by a group header or prefix (户主, 监护人/家长, 包保/帮教/帮扶责任人, 法定代表人, 权属人, 配偶, 乡村医生, 接收人) is its own element.
- 家长姓名 / 家长电话 (疑似辍学摸排) = 监护人 > 姓名 / 联系电话 (控辍保学台账): the 家长 is the 监护人 the 台账 asks for.
- 监测员 (巡查日报, a column of a 隐患点 row) = 群测群防员 > 姓名 (隐患点台账): both are the point's monitor. In the 群测群防员花名册 the row
  is the monitor, so its 姓  名 is the person's own name (p_name), not the point's monitor column.
- 护边员姓名 (巡逻日报, one row per 护边员) is the person's own name, like 姓  名 in the 护边员花名册.
- 村寨（自然村）名称 (村寨调查表, an indicator row) and 自然村（寨） = 村民小组 / 村小组 / 所在小组: in these villages a 自然村 is a 村民小组.
- 村寨户数 / 村寨人口 (村寨调查表) = 户数（户） / 人口（人） of the 示范村创建表 (both per 自然村); neither is the 行政村's 户籍户数 / 户籍人口.
- 建档立卡贫困户户数 (2015) = 脱贫户 (2024): the same households under the old and the new programme name; 参加新型农村合作医疗人数 (2015) =
  参加城乡居民基本医疗保险人数 (the merged programme). 农民人均纯收入 (2015) ≠ 农村常住居民人均可支配收入: a different statistic.
- Grid cells: each row × column intersection is its own element (prefix_row_col), except the 种植面积 column of the quarterly 主要农产品 grid
  (茶叶 / 咖啡 / 甘蔗 / 水稻 / 玉米), which is the 茶园面积 / 咖啡种植面积 / 甘蔗种植面积 / 其中：水稻 / 玉米 (粮食播种面积) of the 年报. Its 本季产量 is a flow of one quarter
  and merges with nothing.
- Transposed grid (强边固防): a cell is (indicator × village); it is not merged with the village tables' columns (a cell holds one village's
  value, a column field holds every village's). Its 计量单位 and 合计 columns are not fields (合计 like a 合计 row); the unit of each cell is
  the row's 计量单位.
- Stocks merge across frequencies (现有吸毒人员, 现存活 HIV/AIDS, 抗病毒治疗在治人数, 茶园面积, 低保户数); flows of different periods do not
  (本季 HIV抗体检测, 本季随访人数, 本月 尿检次数, 本周 / 汛期累计 转移群众, 本季产量 each stay alone; 发放安全套 is asked only monthly).
- Indicator-rows forms with 本期 | 上年 (or 本周 | 本年累计) value columns have one field per indicator row; the row's element is the indicator.
- 茶叶产量（干毛茶） (年报) ≠ 累计 > 干毛茶 (春茶周报, the spring season to date).
- 户籍人口 > 合计 (公安季报) = 户籍人口 (年报); 户籍人口 > 男 | 女 = 其中：男 / 女 of the 年报.
- 主体民族 of a 村寨 is a choice about the 自然村, not a person's 民族.
- 在岗护边员 (年报) = 护边员（人） (公安季报); both ≠ 出动护边员 (周报, 人次); 抵边自然村 (年报, 公安季报) ≠ the 强边固防 grid's per-village cells.
- 护边分队 / 责任区（界碑号） of the 巡逻日报 (one row per 护边员) = 所属护边分队 / 巡防责任区（界碑号） of the 花名册.
- 跨境婚姻摸底表: the row is the 境外配偶 (境外配偶情况 is a group that does not change meaning), so 姓名 / 性别 / 出生年月 are the person's
  own and 国别 / 持有证件 / 证件号 / 入境时间 = 国籍 / 证件类型 / 证件号码 / 入境日期 of the 境外边民台账; 境内配偶 > … is a role.
  证件号码 / 证件号 of a 境外边民 is a foreign document number, never 身份证号.
- 联系电话 in the 2016 结对帮扶花名册 (one row per household, no group) is the 户主's phone = 户主 > 联系电话 (低保).
- 古茶树普查 表一 is filled per 行政村 (填表说明), so 全村茶园总面积 / 古茶园面积 / 古茶树株数 = the 年报's 茶园面积 / 古茶园 / 古茶树.
- 常住人口 in the 村卫生室 table is the village's 常住人口.
- An indicator row's 其中： sub-item is its own element (其中：男 ≠ 户籍人口); a category row (一、 （一）) is never a field.
- Fields of other layouts inside a multi-sheet form keep their own sheet's layout in gold.json (layout per field); the form's layout is its
  first sheet's (古茶树普查: indicator-rows; 防返贫: columns).
- 其中：已消除风险户数 / 本月新纳入监测户数 ≠ 监测对象户数; 防止返贫监测对象户数 (年报) = 监测对象户数 (汇总表).
- 其中：投产面积 (咖啡表, a column) = 其中：投产面积 under 咖啡种植面积 in the 年报.
- 命名年度 is text (a year label), not a count.

## Retirement truth

Computed by the kit's rule (gold.json \`retirement\`; its coveredBy lists every form sharing an element). The forms named here are a small
set that covers each one:

Full (coverage 1.0):
${r.full.map((f: string) => `- ${f} — ${cover(f).pick.join(' + ')}`).join('\n')}

Partial:
${r.partial.map((f: string) => `- ${f} (${r.coverage[f]}) — ${cover(f).pick.join(' + ')}; not covered: ${cover(f).left.join(', ')}`).join('\n')}

Frequency rule at work: ${trap} (quarterly) has ${trapAny.left.length === 0 ? 'every element' : 'all but ' + trapAny.left.join(', ')} in other forms
(${trapAny.pick.join(' + ')}), but its population, border and 户籍 elements are only in the annual 综合统计年报 (and the 2015 annual form), so
its coverage is ${r.coverage[trap]} and it is not retired. Likewise the weekly 避险转移周报's 地灾隐患点 / 受威胁 columns are only asked again in the annual 年报.

## Rebuild

npx tsx tests/blind22/build-corpus.ts
npx tsx tests/blind4/check-corpus.ts tests/blind22   # must print bad 0
`;
  fs.writeFileSync(file, txt);
}

void corpus.build().then((gold) => { if (gold && !corpus.goldOnly) writeReadme(gold); });
