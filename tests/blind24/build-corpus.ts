/**
 * Held-out corpus "blind24": 34 templates that 14 offices of a 广西 XX县 send to its villages (村), the 易地扶贫搬迁
 * 安置社区 and 自然屯, 2013–2025 — 糖料蔗 (县糖业发展中心) and 桑蚕 (县蚕业技术推广站), 壮族 / 瑶族 村寨 (县民族宗教事务局),
 * 石漠化综合治理 and 生态护林员 (县林业局), 易地扶贫搬迁 and its 后续扶持 (县发展和改革局, 县人社局, 县教育局), 防止返贫监测
 * (县乡村振兴局), 村级集体经济 (县委组织部, 县农业农村局), 禁毒 (县禁毒委员会办公室), plus 民政 救助, 统计 年报 and 卫健 签约.
 * Written from the bench README and tests/blind4's kit only; the gold sits next to each label.
 *
 *   npx tsx tests/blind24/build-corpus.ts            → tests/blind24/forms, 报表清单.xlsx, gold.json (README.md if absent)
 *   npx tsx tests/blind24/build-corpus.ts --readme   → also rewrite README.md
 *   npx tsx tests/blind24/build-corpus.ts --gold-only → gold.json only
 *
 * Gold judgement: two fields share an element only when a village cadre would write the same value into both. The
 * hard calls are listed in README.md ("Gold calls").
 */
import fs from 'node:fs';
import path from 'node:path';
import { C, Corpus, D, G, I, L, R, S, YN, type Form, type Node } from './kit';
import { writeReadme } from './readme';

const OUT = path.join(import.meta.dirname ?? __dirname);
const TOWN = '板江镇';
const VILLAGES = ['那隆村', '板岭村', '弄勒村', '陇雅村', '六谷村', '安康社区'];
const VILLAGES5 = VILLAGES.slice(0, 5);
const SEX = ['男', '女'];
const NATION = ['壮族', '瑶族', '汉族', '苗族', '仫佬族', '毛南族', '其他民族'];
const EDU = ['大学本科及以上', '大学专科', '高中（中专）', '初中', '小学', '文盲或半文盲'];
const REL = ['户主', '配偶', '之子', '之女', '之儿媳', '之女婿', '之孙子', '之孙女', '之父', '之母', '其他'];
const CANE_VAR = ['桂糖42号', '桂柳05136', '桂糖55号', '中蔗1号', '粤糖93-159', '其他'];
const RELOC_MODE = ['县城集中安置', '乡镇集中安置', '中心村集中安置', '分散安置'];
const TK_MODE = ['集中供养', '分散供养'];
const FOOT_CUN = '村（社区）负责人：            填表人：            联系电话：            填报日期：    年  月  日';
const FOOT_DEPT = '单位负责人：            审核人：            填表人：            联系电话：            报出日期：    年  月  日';
const months = Array.from({ length: 12 }, (_, i) => L(`${i + 1}月`, `m${String(i + 1).padStart(2, '0')}`, 'integer'));

/** 户主 > 姓名 / 身份证号 / 电话 with the form's own wording */
const HEAD = (g: string, name: string, id: string, phone: string): Node =>
  G(g, L(name, 'h_head_name'), L(id, 'h_head_id', 'idcard'), L(phone, 'h_head_phone', 'phone'));

const forms: Form[] = [
  // ───────────── 县民政局 ─────────────
  {
    // an old .xls roster: no title row at all, a stray empty column and row, Sheet2/Sheet3, numbers stored as text
    file: '县民政局/农村五保供养对象花名册.xlsx', dept: '县民政局', freq: 'annual', catalog: '农村五保供养对象花名册',
    xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'columns', name: 'Sheet1', startCol: 1, blankTop: 1, textNums: true, seq: true,
      meta: '乡（镇）：                村委会：                  填报时间：2014年  月  日',
      cols: [
        L('乡（镇）', 'v_town'), L('村委会', 'v_name'), L('姓  名', 'p_name'), L('性别', 'p_sex', 'choice'),
        L('民族', 'p_nation', 'choice'), L('出生年月', 'p_birth', 'date'), L('身份证号码', 'p_idno', 'idcard'),
        L('供养形式', 'p_tk_mode', 'choice'), L('年供养标准（元）', 'p_tk_std_y', 'decimal', '元'), R(),
      ],
      blank: 12, footer: '乡镇民政助理员：              村委会主任：              填表日期：    年  月  日',
    }],
  },
  {
    file: '县民政局/特困人员救助供养金发放花名册.xlsx', dept: '县民政局', freq: 'monthly', catalog: false,
    title: '特困人员救助供养金发放花名册',
    sheets: [{
      kind: 'columns', name: '发放花名册', seq: true,
      meta: '乡镇（盖章）：                发放月份：    年  月          （每月5日前报送县民政局社会救助股）',
      cols: [
        L('乡镇', 'v_town'), L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX),
        L('民族', 'p_nation', 'choice', null, NATION), L('出生日期', 'p_birth', 'date'), L('公民身份号码', 'p_idno', 'idcard'),
        L('供养方式', 'p_tk_mode', 'choice', null, TK_MODE), L('本月发放\n金额（元）', 'p_tk_pay_m', 'decimal', '元'),
        G('照料服务人', L('姓名', 'p_carer_name'), L('联系电话', 'p_carer_phone', 'phone')), R(),
      ],
      blank: 12, total: true, footer: true,
    }],
  },
  {
    file: '县民政局/城乡社会救助统计月报表.xlsx', dept: '县民政局', freq: 'monthly', title: '城乡社会救助工作统计月报表',
    catalog: '社会救助统计月报',
    sheets: [{
      kind: 'indicator-rows', name: '月报', stat: { code: '民救统1表', org: 'XX县民政局', approval: 'X民发〔2019〕12号', valid: '2025年12月' },
      meta: '填报单位（村委会/社区居委会）：                    2025年  月          金额单位：元', head: ['项    目', '单位', '本月数'],
      sign: 'line',
      rows: [
        C('一、农村最低生活保障'), I('1.低保户数', 'v_rdb_hh', '户'), I('2.低保人数', 'v_rdb_n', '人'), S('其中：脱贫人口', 'v_rdb_tp', '人'),
        S('易地扶贫搬迁人口', 'v_rdb_reloc', '人'), D('3.当月低保金支出', 'v_rdb_pay_m', '元'),
        C('二、特困人员救助供养'), I('1.特困人员', 'v_tk_n', '人'), S('其中：集中供养', 'v_tk_central', '人'), S('分散供养', 'v_tk_disp', '人'),
        D('2.当月供养金支出', 'v_tk_pay_m', '元'),
        C('三、临时救助'), I('1.当月救助人次', 'v_temp_m', '人次'), I('2.本年累计救助人次', 'v_temp_y', '人次'),
        C('四、儿童和老年人'), I('1.事实无人抚养儿童', 'v_fwfy', '人'), I('2.80周岁以上老年人', 'v_pop_80', '人'),
        S('其中：享受高龄津贴', 'v_gaoling_n', '人'),
      ],
    }],
  },
  // ───────────── 县统计局 ─────────────
  {
    file: '县统计局/农村基本情况统计年报表.xlsx', dept: '县统计局', freq: 'annual', title: '行政村基本情况统计年报表',
    catalog: '农村基本情况统计年报',
    sheets: [{
      kind: 'indicator-rows', name: '村基本情况', stat: { code: '农村基1表', org: 'XX县统计局', approval: 'X统字〔2023〕5号', valid: '2026年12月' },
      meta: '填报单位（行政村）：                          2024年度', head: ['指标名称', '计量单位', '代码', '本年', '上年'],
      codeRow: true, sign: 'cells',
      rows: [
        C('一、基本情况'), I('自然屯', 'v_tun', '个'), I('村民小组', 'v_groups', '个'), I('户籍户数', 'v_hh_hj', '户'), I('户籍人口', 'v_pop_hj', '人'),
        S('其中：男', 'v_pop_hj_m', '人'), S('女', 'v_pop_hj_f', '人'), I('少数民族人口', 'v_pop_minor', '人'), S('其中：壮族', 'v_pop_zhuang', '人'),
        S('瑶族', 'v_pop_yao', '人'), I('常住人口', 'v_pop_cz', '人'), I('60周岁及以上人口', 'v_pop_60', '人'), S('其中：80周岁及以上', 'v_pop_80', '人'), I('脱贫户', 'v_tp_hh', '户'),
        I('脱贫人口', 'v_tp_n', '人'), I('易地扶贫搬迁迁出户数', 'v_reloc_out_hh', '户'), I('易地扶贫搬迁迁出人口', 'v_reloc_out_n', '人'),
        C('二、劳动力就业'), I('乡村劳动力', 'v_labor', '人'), I('外出务工劳动力', 'v_migrant', '人'), S('其中：区外务工', 'v_migrant_out', '人'),
        C('三、土地资源'), D('耕地面积', 'v_land', '亩'), S('其中：水田', 'v_paddy', '亩'), S('旱地', 'v_dryland', '亩'), D('林地面积', 'v_forest', '亩'),
        D('石漠化土地面积', 'v_rock_area', '亩'),
        C('四、农业生产'), C('（一）种植业', 1), D('粮食播种面积', 'v_grain_area', '亩'), D('粮食产量', 'v_grain_out', '吨'),
        D('糖料蔗种植面积', 'v_cane_area', '亩'), D('糖料蔗产量', 'v_cane_out', '吨'), D('桑园面积', 'v_mul_area', '亩'),
        D('蚕茧产量', 'v_cocoon_out', '吨'),
        C('（二）畜牧业', 1), I('生猪出栏', 'v_pig_out', '头'), I('年末生猪存栏', 'v_pig_stock', '头'), I('牛年末存栏', 'v_cattle_stock', '头'),
        I('山羊年末存栏', 'v_goat_stock', '只'),
        C('五、农村经济'), D('村级集体经济收入', 'v_coll_income', '万元'), S('其中：经营性收入', 'v_coll_op_income', '万元'),
        D('农村居民人均可支配收入', 'v_income_pc', '元'), I('农民专业合作社', 'v_coop', '个'),
        C('六、基础设施'), I('20户以上自然屯通硬化路', 'v_tun_road', '个'), I('集中供水受益户数', 'v_water_hh', '户'), I('地头水柜', 'v_water_cellar', '座'),
        C('七、社会保障'), I('农村低保户数', 'v_rdb_hh', '户'), I('农村低保人数', 'v_rdb_n', '人'), I('特困供养人员', 'v_tk_n', '人'),
        I('参加城乡居民基本医疗保险人数', 'v_med_ins', '人'), I('参加城乡居民基本养老保险人数', 'v_pension_ins', '人'),
        C('八、村级组织'), I('村“两委”成员', 'v_cadres', '人'), S('其中：女性', 'v_cadres_f', '人'), I('党员', 'v_pm', '人'), S('其中：女党员', 'v_pm_f', '人'),
        D('村级组织活动场所面积', 'v_office_area', '平方米'),
      ],
    }],
  },
  {
    // an old .xls questionnaire at the top of forms/ (no office folder; the catalog names the office)
    file: '2013年村级基本情况调查表.xlsx', dept: '县统计局', freq: 'annual', title: '2013年度村级基本情况调查表',
    catalog: '村级基本情况调查表', xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'indicator-rows', name: 'Sheet1', blankTop: 1, head: ['项目', '单位', '数量'], sign: 'line',
      meta: '乡（镇）：              村：               填报时间：2014年1月',
      rows: [
        C('一、人口和劳动力'), I('1.总户数', 'v_hh_hj', '户'), I('2.总人口', 'v_pop_hj', '人'), S('其中：少数民族', 'v_pop_minor', '人'),
        I('3.劳动力', 'v_labor', '人'), S('其中：外出打工', 'v_migrant', '人'),
        C('二、土地和产业'), D('1.耕地总面积', 'v_land', '亩'), D('2.甘蔗种植面积', 'v_cane_area', '亩'), D('3.种桑面积', 'v_mul_area', '亩'),
        D('4.石漠化面积', 'v_rock_area', '亩'),
        C('三、经济收入'), D('1.村集体经济总收入', 'v_coll_income', '万元'), D('2.农民人均纯收入', 'v_income_net_pc', '元'),
        C('四、社会保障'), I('1.五保供养人数', 'v_tk_n', '人'), I('2.新农合参合人数', 'v_med_ins', '人'), I('3.新农保参保人数', 'v_pension_ins', '人'),
      ],
      note: '注：本表由村委会填写，经乡镇审核后于2014年1月15日前报送县统计局农村股。',
    }],
  },
  {
    // transposed grid: indicators down with a 计量单位 column, the villages across, a 合计 column
    file: '县统计局/2024年第三季度糖料蔗和桑蚕生产进度统计表.xlsx', dept: '县统计局', freq: 'quarterly', catalog: false,
    title: '2024年第三季度糖料蔗和桑蚕生产进度统计表',
    sheets: [{
      kind: 'grid', name: '进度表', key: '指    标', unitCol: '计量单位', totalCol: { label: '合计', at: 'start' }, prefix: 'g_sq',
      meta: '填报单位（乡镇）：' + TOWN + '                              截至2024年9月30日',
      rows: [
        { l: '甘蔗种植面积', k: 'cane', u: '亩', t: 'decimal' }, { l: '其中：新植蔗', k: 'cane_new', u: '亩', t: 'decimal' },
        { l: '桑园面积', k: 'mul', u: '亩', t: 'decimal' }, { l: '本季养蚕', k: 'box', u: '张', t: 'integer' },
        { l: '本季鲜茧产量', k: 'cocoon', u: '吨', t: 'decimal' },
      ],
      cols: [L('那隆村', 'nl', 'decimal'), L('板岭村', 'bl', 'decimal'), L('弄勒村', 'nle', 'decimal'), L('陇雅村', 'ly', 'decimal')],
      footer: FOOT_DEPT,
    }],
  },
  // ───────────── 县农业农村局 ─────────────
  {
    // two panels side by side
    file: '县农业农村局/农村集体经济组织收益分配统计表.xlsx', dept: '县农业农村局', freq: 'annual', title: '农村集体经济组织收益分配统计表',
    catalog: '农村集体经济组织收益分配统计年报',
    sheets: [{
      kind: 'indicator-rows', name: '农经统3表', stat: { code: '农经统3表', org: 'XX县农业农村局', approval: 'X农发〔2022〕21号', valid: '2025年12月' },
      meta: '填报单位：            村股份经济合作社（经济联合社）          2024年度          金额单位：万元',
      head: ['指标名称', '计量单位', '代码', '数额'], sign: 'cells',
      rows: [
        C('一、基本情况'), I('集体经济组织成员', 'v_coll_members', '人'), I('村民小组', 'v_groups', '个'),
        C('二、本年收入'), D('总收入', 'v_coll_income', '万元'), S('其中：经营收入', 'v_coll_jy_income', '万元'),
        S('发包及上交收入', 'v_coll_fb_income', '万元'), S('投资收益', 'v_coll_invest', '万元'), S('补助收入', 'v_coll_subsidy', '万元'),
      ],
      rows2: [
        C('三、支出及收益分配'), D('总支出', 'v_coll_exp', '万元'), D('本年收益', 'v_coll_profit', '万元'), D('可分配收益', 'v_coll_dist', '万元'),
        S('其中：向成员分配', 'v_coll_to_members', '万元'),
        C('四、资产负债'), D('资产总额', 'v_coll_assets', '万元'), S('其中：经营性资产', 'v_coll_op_assets', '万元'), D('负债总额', 'v_coll_debt', '万元'),
      ],
    }],
  },
  {
    file: '县农业农村局/农民专业合作社和家庭农场名录.xlsx', dept: '县农业农村局', freq: 'annual', title: '2024年度农民专业合作社和家庭农场名录',
    sheets: [{
      kind: 'columns', name: '名录', seq: true, meta: '乡镇（盖章）：                          统计截止时间：2024年12月31日',
      cols: [
        L('所在村', 'v_name'), L('主体名称', 'e_name'), L('主体类型', 'e_type', 'choice', null, ['农民专业合作社', '家庭农场', '种养大户']),
              G('法定代表人（负责人）', L('姓名', 'e_rep_name'), L('身份证号码', 'e_rep_id', 'idcard'), L('联系电话', 'e_rep_phone', 'phone')),
        L('主导产业', 'e_industry', 'choice', null, ['糖料蔗', '桑蚕', '水果', '中药材', '畜禽养殖', '其他']), L('成员数（户）', 'e_members', 'integer', '户'),
        L('经营面积（亩）', 'e_area', 'decimal', '亩'),
        G('带动农户（户）', L('合计', 'e_drive_hh', 'integer', '户'), L('其中：脱贫户', 'e_drive_tp_hh', 'integer', '户')), R(),
      ],
      blank: 10, footer: FOOT_DEPT,
    }],
  },
  {
    file: '县农业农村局/行政村基本情况登记表.xlsx', dept: '县农业农村局', freq: 'annual', title: '2025年行政村基本情况登记表',
    catalog: '行政村基本情况登记表',
    sheets: [{
      kind: 'columns', name: '村情', seq: true, villages: VILLAGES, total: true,
      meta: '乡镇（盖章）：                                    数据截至：2024年12月31日',
      cols: [
        L('乡镇', 'v_town'), L('行政村', 'v_name'), L('是否脱贫村', 'v_tp_vill', 'boolean', null, YN), L('自然屯（个）', 'v_tun', 'integer', '个'),
        L('总户数（户）', 'v_hh_hj', 'integer', '户'), L('总人口（人）', 'v_pop_hj', 'integer', '人'),
        G('少数民族人口（人）', L('壮族', 'v_pop_zhuang', 'integer', '人'), L('瑶族', 'v_pop_yao', 'integer', '人')), L('常住人口（人）', 'v_pop_cz', 'integer', '人'),
        G('脱贫户', L('户数', 'v_tp_hh', 'integer', '户'), L('人数', 'v_tp_n', 'integer', '人')),
        G('监测对象', L('户数', 'v_mon_hh', 'integer', '户'), L('人数', 'v_mon_n', 'integer', '人')),
        G('耕地面积（亩）', L('合计', 'v_land', 'decimal', '亩'), L('其中：水田', 'v_paddy', 'decimal', '亩'), L('旱地', 'v_dryland', 'decimal', '亩')),
        L('林地面积（亩）', 'v_forest', 'decimal', '亩'), L('糖料蔗（亩）', 'v_cane_area', 'decimal', '亩'), L('桑园（亩）', 'v_mul_area', 'decimal', '亩'),
        L('20户以上自然屯通硬化路（个）', 'v_tun_road', 'integer', '个'), L('集中供水受益户（户）', 'v_water_hh', 'integer', '户'),
        L('农民专业合作社（个）', 'v_coop', 'integer', '个'), L('农村居民人均可支配收入（元）', 'v_income_pc', 'decimal', '元'), R(),
      ],
      footer: FOOT_DEPT,
    }],
  },
  // ───────────── 县糖业发展中心 ─────────────
  {
    file: '县糖业发展中心/糖料蔗种植户花名册.xlsx', dept: '县糖业发展中心', freq: 'annual', title: '2024/2025年榨季糖料蔗种植户花名册',
    catalog: '糖料蔗种植户花名册', dictSheet: { name: '下拉列表', visible: true },
    sheets: [{
      kind: 'columns', name: '种植户', seq: true, meta: '乡（镇）：               村：               制表时间：2024年  月  日',
      cols: [
        L('乡镇', 'v_town'), L('行政村', 'v_name'), L('自然屯', 'tun_name'), HEAD('户主', '姓名', '身份证号', '手机号码'),
        L('家庭人口（人）', 'h_size', 'integer', '人'), L('是否脱贫户', 'h_is_tp', 'boolean', null, YN),
        G('种植面积（亩）', L('合计', 'h_cane_area', 'decimal', '亩'), L('新植', 'h_cane_new', 'decimal', '亩'), L('宿根', 'h_cane_ratoon', 'decimal', '亩')),
        L('主栽品种', 'h_cane_variety', 'choice', null, CANE_VAR), L('是否“双高”基地', 'h_cane_dbl', 'boolean', null, YN),
        L('预计产量（吨）', 'h_cane_est', 'decimal', '吨'), L('签约糖厂', 'h_cane_mill', 'choice', null, ['县糖厂', '板江糖厂', '其他糖厂']),
        L('惠农一卡通账号', 'h_bank_acct'), R(),
      ],
      blank: 15, footer: '村蔗区管理员：              村委会（盖章）：              填表日期：    年  月  日',
    }],
  },
  {
    file: '县糖业发展中心/榨季糖料蔗砍运进厂日报.xlsx', dept: '县糖业发展中心', freq: 'daily', catalog: false,
    title: '2024/2025年榨季糖料蔗砍运进厂进度日报',
    sheets: [{
      kind: 'columns', name: '日报', seq: true, villages: VILLAGES5, total: true,
      meta: '填报单位：' + TOWN + '糖料蔗生产办公室                    日期：    年  月  日（每日17时前报送）',
      cols: [
        L('村（社区）', 'v_name'), L('糖料蔗面积（亩）', 'v_cane_area', 'decimal', '亩'),
        G('已砍收面积（亩）', L('当日', 'v_cane_cut_d', 'decimal', '亩'), L('累计', 'v_cane_cut_cum', 'decimal', '亩')),
        G('原料蔗进厂（吨）', L('当日', 'v_cane_mill_d', 'decimal', '吨'), L('累计', 'v_cane_mill_cum', 'decimal', '吨')),
        L('累计机收面积（亩）', 'v_cane_mech_cum', 'decimal', '亩'), L('砍收进度（%）', 'v_cane_cut_rate', 'decimal', '%'), R(),
      ],
      footer: '值班领导：              填报人：              联系电话：',
    }],
  },
  {
    file: '县糖业发展中心/糖料蔗良种种植补助申报表.xlsx', dept: '县糖业发展中心', freq: 'adhoc', title: '糖料蔗良种良法技术推广补助申报表',
    catalog: '糖料蔗良种良法补助申报表',
    sheets: [{
      kind: 'columns', name: '申报表', seq: true, example: true,
      meta: '申报乡镇（盖章）：                    村：                   申报时间：    年  月  日',
      cols: [
        L('乡镇', 'v_town'), L('村', 'v_name'), L('种植户姓名', 'h_head_name'), L('身份证号码', 'h_head_id', 'idcard'),
        L('联系电话', 'h_head_phone', 'phone'), L('良种名称', 'h_cane_variety', 'choice', null, CANE_VAR),
        L('良种种植面积（亩）', 'h_cane_seed_area', 'decimal', '亩'), L('补助标准（元/亩）', 'h_cane_sub_std', 'decimal', '元/亩'),
        L('补助金额（元）', 'h_cane_sub_pay', 'decimal', '元'), L('惠农一卡通账号', 'h_bank_acct'), R(),
      ],
      blank: 12, total: true, footer: '村委会审核意见：              乡镇糖办核实人：              联系电话：',
      note: '注：补助面积以乡镇糖办、糖厂农务员实地核实面积为准。',
    }],
  },
  // ───────────── 县蚕业技术推广站 ─────────────
  {
    // months across
    file: '县蚕业技术推广站/2024年蚕桑生产分月统计表.xlsx', dept: '县蚕业技术推广站', freq: 'annual', title: '2024年蚕桑生产分月情况统计表',
    catalog: '蚕桑生产分月统计表',
    sheets: [{
      kind: 'grid', name: '分月统计', key: '项    目', totalCol: { label: '全年合计', at: 'end' }, prefix: 'g_silk',
      meta: '填报单位：                 村（蚕桑专业合作社）                      2024年度',
      rows: [{ l: '发放蚕种（张）', k: 'box', u: '张', t: 'integer' }, { l: '鲜茧产量（公斤）', k: 'cocoon', u: '公斤', t: 'decimal' }],
      cols: months,
      footer: '蚕桑技术员：              填表人：              联系电话：',
    }],
  },
  {
    file: '县蚕业技术推广站/养蚕户基本情况登记表.xlsx', dept: '县蚕业技术推广站', freq: 'semiannual', title: '2023年上半年养蚕户基本情况登记表',
    catalog: '养蚕户基本情况登记表',
    sheets: [{
      kind: 'columns', name: '登记表', seq: true, meta: '乡镇：              村委：              登记时间：2023年  月  日',
      cols: [
        L('村委', 'v_name'), L('屯名', 'tun_name'), HEAD('户主', '姓名', '公民身份号码', '联系电话'),
        G('家庭情况', L('家庭人口数', 'h_size', 'integer', '人'), L('是否脱贫户', 'h_is_tp', 'boolean', null, YN)),
        G('桑园面积（亩）', L('现有', 'h_mul_area', 'decimal', '亩'), L('其中：本年新种', 'h_mul_new', 'decimal', '亩')),
        L('专用蚕房面积（平方米）', 'h_silk_room', 'decimal', '平方米'),
        L('上半年养蚕（张）', 'h_silk_box_h1', 'integer', '张'), L('上半年产茧（公斤）', 'h_cocoon_h1', 'decimal', '公斤'), R(),
      ],
      blank: 15, footer: FOOT_CUN,
    }],
  },
  // ───────────── 县乡村振兴局 ─────────────
  {
    // one form in five sheets, a 填表说明 sheet and a hidden 选项 sheet
    file: '县乡村振兴局/防止返贫动态监测对象信息采集表.xlsx', dept: '县乡村振兴局', freq: 'adhoc', title: '防止返贫动态监测对象信息采集表',
    catalog: '防止返贫监测对象信息采集表（表一至表五）', dictSheet: { name: '选项', visible: false },
    instructions: [
      '填表说明',
      '1.本表适用于脱贫不稳定户、边缘易致贫户、突发严重困难户的识别纳入和信息采集，一户一套（表一至表五）。',
      '2.表一“户主”栏填写户主本人信息；证件号码填写18位居民身份证号码。',
      '3.表二填写全部家庭成员（含户主），务工状态按上年度务工6个月以上填写。',
      '4.表三收入按识别前12个月计算，单位为元；人均纯收入=（家庭年收入-生产经营性支出）/家庭人口数。',
      '5.表五帮扶责任人由乡镇统一安排，调整后须在10日内更新。',
      '6.采集完毕经村民代表会议评议、公示无异议后，录入全国防返贫监测信息系统。',
    ],
    sheets: [
      {
        kind: 'columns', name: '表一 户基本情况', source: '表一：户基本情况',
        cols: [
          L('乡镇', 'v_town'), L('行政村', 'v_name'), L('自然屯', 'tun_name'), HEAD('户主', '姓名', '证件号码', '联系电话'),
          L('家庭人口数', 'h_size', 'integer', '人'),
          L('监测对象类别', 'h_mon_type', 'choice', null, ['脱贫不稳定户', '边缘易致贫户', '突发严重困难户']),
          L('主要风险类型', 'h_risk', 'choice', null, ['因病', '因残', '因学', '因灾', '因意外事故', '因产业项目失败', '因务工就业不稳', '其他']),
          L('识别纳入时间', 'h_mon_date', 'date'), L('是否易地扶贫搬迁户', 'h_is_reloc', 'boolean', null, YN),
        ],
        blank: 2,
      },
      {
        kind: 'columns', name: '表二 家庭成员', title: '表二：家庭成员情况', seq: true,
        cols: [
          L('姓名', 'p_name'), L('与户主关系', 'p_rel', 'choice', null, REL), L('证件号码', 'p_idno', 'idcard'), L('性别', 'p_sex', 'choice', null, SEX),
          L('民族', 'p_nation', 'choice', null, NATION), L('出生日期', 'p_birth', 'date'), L('文化程度', 'p_edu', 'choice', null, EDU),
          L('劳动技能', 'p_skill', 'choice', null, ['技能劳动力', '普通劳动力', '弱劳动力或半劳动力', '丧失劳动力', '无劳动力']),
          L('务工状态', 'p_work', 'choice', null, ['县内务工', '区内县外务工', '区外务工', '未务工']),
          L('是否参加城乡居民基本医疗保险', 'p_med_ins', 'boolean', null, YN), L('是否参加城乡居民基本养老保险', 'p_pension', 'boolean', null, YN),
        ],
        blank: 8,
      },
      {
        kind: 'indicator-rows', name: '表三 收支情况', title: '表三：家庭收支情况', head: ['项  目', '单位', '金额'],
        rows: [
          C('一、家庭年收入'), D('工资性收入', 'h_inc_wage', '元'), D('生产经营性收入', 'h_inc_op', '元'), S('其中：糖料蔗种植', 'h_inc_cane', '元'),
          S('桑蚕养殖', 'h_inc_silk', '元'), D('财产性收入', 'h_inc_prop', '元'), D('转移性收入', 'h_inc_tr', '元'), S('其中：生态护林员劳务补助', 'h_inc_ranger', '元'),
          C('二、家庭年支出'), D('生产经营性支出', 'h_exp_op', '元'), C('三、人均纯收入'), D('家庭人均纯收入', 'h_inc_net_pc', '元'),
        ],
      },
      {
        kind: 'columns', name: '表四 帮扶措施', title: '表四：帮扶措施落实情况', seq: true,
        cols: [
          L('措施类型', 'h_meas_type', 'choice', null, ['产业帮扶', '就业帮扶', '健康帮扶', '教育帮扶', '综合保障', '搬迁后续扶持', '其他']),
          L('落实时间', 'h_meas_date', 'date'), L('投入资金（元）', 'h_meas_fund', 'decimal', '元'),
        ],
        blank: 5,
      },
      {
        kind: 'columns', name: '表五 帮扶责任人', title: '表五：帮扶责任人', seq: true,
        cols: [
          L('姓名', 'h_helper_name'), L('工作单位', 'h_helper_org'), L('职务', 'h_helper_post'), L('联系电话', 'h_helper_phone', 'phone'),
          L('结对时间', 'h_pair_date', 'date'),
        ],
        blank: 2, footer: '采集人：              户主签字（按手印）：              采集日期：    年  月  日',
      },
    ],
  },
  {
    file: '县乡村振兴局/帮扶结对名单（防返贫监测信息系统导出）.xlsx', dept: '县乡村振兴局', freq: 'adhoc', catalog: false,
    title: '脱贫户和监测对象帮扶结对名单',
    sheets: [{
      kind: 'columns', name: 'sheet1', source: '数据来源：全国防返贫监测信息系统导出（导出时间：2023-11-06）',
      cols: [
        L('乡镇', 'v_town'), L('行政村', 'v_name'), L('户主姓名', 'h_head_name'), L('户主证件号码', 'h_head_id', 'idcard'),
        L('家庭人口数', 'h_size', 'integer', '人'),
        G('帮扶责任人', L('姓名', 'h_helper_name'), L('工作单位', 'h_helper_org'), L('职务', 'h_helper_post'), L('联系方式', 'h_helper_phone', 'phone')),
      ],
      blank: 15, note: '注：帮扶关系动态调整，村级核对后随时报县乡村振兴局帮扶股。',
    }],
  },
  {
    file: '县乡村振兴局/脱贫人口和监测对象情况统计月报.xlsx', dept: '县乡村振兴局', freq: 'monthly', title: '脱贫人口和防返贫监测对象情况统计月报表',
    catalog: '脱贫人口和监测对象统计月报',
    sheets: [{
      kind: 'columns', name: '月报', seq: true, villages: VILLAGES, total: true,
      meta: '填报单位（盖章）：' + TOWN + '人民政府                       2025年  月',
      cols: [
        L('乡镇', 'v_town'), L('村（社区）', 'v_name'),
        G('户籍人口（人）', L('合计', 'v_pop_hj', 'integer', '人'), L('男', 'v_pop_hj_m', 'integer', '人'), L('女', 'v_pop_hj_f', 'integer', '人')),
        G('脱贫户', L('户数（户）', 'v_tp_hh', 'integer', '户'), L('人数（人）', 'v_tp_n', 'integer', '人'), L('其中：纳入农村低保（人）', 'v_rdb_tp', 'integer', '人')),
        G('监测对象', L('户数（户）', 'v_mon_hh', 'integer', '户'), L('人数（人）', 'v_mon_n', 'integer', '人'),
          G('其中：已消除风险', L('户数', 'v_mon_clear_hh', 'integer', '户'), L('人数', 'v_mon_clear_n', 'integer', '人'))),
        L('脱贫劳动力（人）', 'v_tp_labor', 'integer', '人'), L('其中：务工就业（人）', 'v_tp_emp', 'integer', '人'),
        L('乡村公益性岗位安置（人）', 'v_tp_gyg', 'integer', '人'), R(),
      ],
      footer: true,
    }],
  },
  // ───────────── 县发展和改革局（易地扶贫搬迁） ─────────────
  {
    // a 花名册 and its 汇总表 in two sheets
    file: '县发展和改革局/易地扶贫搬迁安置户花名册及汇总表.xlsx', dept: '县发展和改革局', freq: 'annual',
    title: '“十三五”易地扶贫搬迁安置户花名册', catalog: '易地扶贫搬迁安置户花名册（含汇总表）',
    instructions: ['填表说明', '1.迁出地填写搬迁前户籍所在乡镇、行政村、自然屯。', '2.搬迁人口以签订搬迁协议时的人口为准，不随家庭人口变动调整。', '3.汇总表由安置点所在社区根据花名册汇总填写。'],
    sheets: [
      {
        kind: 'columns', name: '花名册', seq: true, meta: '安置点（社区）：                                      填报时间：2019年  月  日',
        cols: [
          G('迁出地', L('乡镇', 'h_from_town'), L('行政村', 'h_from_vill'), L('自然屯', 'h_from_tun')),
          L('户主姓名', 'h_head_name'), L('户主身份证号码', 'h_head_id', 'idcard'), L('搬迁人口（人）', 'h_reloc_n', 'integer', '人'),
          L('安置点名称', 'site_name'), L('安置方式', 'h_mode', 'choice', null, RELOC_MODE), L('安置房面积\n（平方米）', 'h_house_area', 'decimal', '平方米'),
          L('入住时间', 'h_move_date', 'date'), L('旧房是否拆除', 'h_old_demolish', 'boolean', null, YN), L('联系电话', 'h_head_phone', 'phone'), R(),
        ],
        blank: 15,
      },
      {
        kind: 'indicator-rows', name: '汇总表', title: '易地扶贫搬迁安置情况汇总表', head: ['项  目', '单位', '数量'], sign: 'cells',
        rows: [
          I('搬迁户数', 'v_reloc_hh', '户'), I('搬迁人数', 'v_reloc_n', '人'), S('其中：建档立卡贫困人口', 'v_reloc_poor_n', '人'),
          I('搬迁劳动力', 'v_reloc_labor', '人'), I('已入住户数', 'v_reloc_in_hh', '户'), I('旧房拆除户数', 'v_reloc_demol_hh', '户'),
          D('旧宅基地复垦复绿面积', 'v_reloc_reclaim', '亩'),
        ],
      },
    ],
  },
  {
    file: '县发展和改革局/易地扶贫搬迁安置点后续扶持情况统计表.xlsx', dept: '县发展和改革局', freq: 'semiannual',
    title: '2023年易地扶贫搬迁安置点后续扶持工作情况统计表（半年报）', catalog: '易地扶贫搬迁安置点后续扶持情况统计表',
    sheets: [{
      kind: 'indicator-rows', name: '后续扶持', head: ['指标名称', '计量单位', '数量'], sign: 'line',
      meta: '安置点所在社区（盖章）：                                   2023年上（下）半年',
      rows: [
        C('一、安置基本情况'), I('安置点名称', 'site_name', null, 'text', '—'), I('安置户数', 'v_reloc_hh', '户'), I('安置人口', 'v_reloc_n', '人'),
        S('其中：脱贫人口', 'v_reloc_poor_n', '人'), I('安置点服务中心联系电话', 'site_phone', null, 'phone', '—'),
        C('二、就业帮扶'), I('搬迁劳动力', 'v_reloc_labor', '人'), I('已就业搬迁劳动力', 'v_reloc_emp', '人'), S('其中：县内就业', 'v_reloc_emp_county', '人'),
        S('区外就业', 'v_reloc_emp_out', '人'), I('就业帮扶车间', 'v_reloc_workshop', '个'), I('帮扶车间吸纳搬迁群众就业', 'v_reloc_workshop_emp', '人'),
        C('三、配套设施和社区治理'), I('搬迁适龄子女在校就读', 'v_reloc_students', '人'), I('社区卫生服务站（室）', 'v_reloc_clinic', '个'),
        I('搬迁群众纳入低保人数', 'v_rdb_reloc', '人'), I('楼栋长（单元长）', 'v_reloc_bldg_heads', '人'),
      ],
    }],
  },
  // ───────────── 县林业局 ─────────────
  {
    // a row header in two columns: a category merged down + the item names
    file: '县林业局/石漠化综合治理工程建设情况统计表.xlsx', dept: '县林业局', freq: 'annual', title: '2020年度岩溶地区石漠化综合治理工程建设情况统计表',
    catalog: '石漠化综合治理工程建设情况统计表',
    sheets: [{
      kind: 'grid', name: '建设情况', key: '建设内容', keys: ['治理措施', '建设内容'], prefix: 'g_rock',
      meta: '项目区（村）：                                          填报时间：2020年12月',
      rows: [
        { cat: '林草植被恢复', l: '封山育林（亩）', k: 'fs', u: '亩', t: 'decimal' }, { cat: '林草植被恢复', l: '人工造林（亩）', k: 'zl', u: '亩', t: 'decimal' },
        { cat: '林草植被恢复', l: '人工种草（亩）', k: 'zc', u: '亩', t: 'decimal' },
        { cat: '草食畜牧业', l: '棚圈建设（平方米）', k: 'pq', u: '平方米', t: 'decimal' },
        { cat: '基本农田和水利水保', l: '坡改梯（亩）', k: 'pgt', u: '亩', t: 'decimal' }, { cat: '基本农田和水利水保', l: '地头水柜（座）', k: 'sg', u: '座', t: 'integer' },
        { cat: '基本农田和水利水保', l: '排灌沟渠（公里）', k: 'gq', u: '公里', t: 'decimal' },
      ],
      cols: [G('完成情况', L('本年', 'y', 'decimal'), L('累计', 'cum', 'decimal'))],
      footer: '项目实施单位（盖章）：              技术负责人：              填表人：',
    }],
  },
  {
    file: '县林业局/生态护林员选聘花名册.xlsx', dept: '县林业局', freq: 'annual', title: '2022年度脱贫人口生态护林员选聘花名册',
    catalog: '生态护林员选聘花名册', dictSheet: { name: '字典', visible: true },
    sheets: [{
      kind: 'columns', name: '花名册', seq: true, example: true, meta: '乡镇（盖章）：                      选聘年度：2022年',
      cols: [
        L('乡镇', 'v_town'), L('行政村', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
        L('年龄', 'p_age', 'integer', '岁'), L('身份证号', 'p_idno', 'idcard'), L('文化程度', 'p_edu', 'choice', null, EDU),
        L('是否脱贫人口', 'p_is_tp', 'boolean', null, YN), L('管护区域（自然屯）', 'p_ranger_tun'), L('管护面积（亩）', 'p_ranger_area', 'decimal', '亩'),
        L('年劳务补助（元）', 'p_ranger_pay_y', 'decimal', '元'), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 12, footer: FOOT_CUN,
    }],
  },
  // ───────────── 县委组织部 ─────────────
  {
    file: '县委组织部/村级集体经济发展情况统计表.xlsx', dept: '县委组织部', freq: 'annual', title: '2024年度村级集体经济发展情况统计表',
    catalog: '村级集体经济发展情况统计表',
    sheets: [{
      kind: 'columns', name: '集体经济', seq: true, villages: VILLAGES, total: true,
      stat: { code: '组统集1表', org: '中共XX县委组织部', approval: 'X组通〔2024〕15号', valid: '2025年6月' },
      meta: '乡镇党委（盖章）：                                      金额单位：万元',
      cols: [
        L('乡镇', 'v_town'), L('村（社区）', 'v_name'), L('是否脱贫村', 'v_tp_vill', 'boolean', null, YN),
        G('村级集体经济收入', L('2024年', 'v_coll_income', 'decimal', '万元'), L('2023年', 'v_coll_income_ly', 'decimal', '万元')),
        L('其中：2024年经营性收入', 'v_coll_op_income', 'decimal', '万元'), L('集体资产总额', 'v_coll_assets', 'decimal', '万元'),
        L('收入区间', 'v_coll_level', 'choice', null, ['5万元以下', '5万-10万元', '10万-50万元', '50万-100万元', '100万元以上']),
        L('主要发展模式', 'v_coll_mode', 'choice', null, ['资源开发型', '物业经济型', '服务创收型', '股份合作型', '产业带动型', '其他']),
        L('主导产业', 'v_coll_industry', 'choice', null, ['糖料蔗', '桑蚕', '林果', '畜禽养殖', '光伏', '其他']),
        G('村党组织书记', L('姓名', 'v_sec_name'), L('联系电话', 'v_sec_phone', 'phone')), L('驻村第一书记', 'v_first_sec'), R(),
      ],
      footer: FOOT_DEPT,
    }],
  },
  {
    file: '县委组织部/扶持村级集体经济发展项目台账.xlsx', dept: '县委组织部', freq: 'quarterly', title: '扶持壮大村级集体经济发展项目进度台账（季报）',
    catalog: '扶持村级集体经济项目台账',
    sheets: [{
      kind: 'columns', name: '项目台账', seq: true, meta: '乡镇（盖章）：                               截至    年  月  日          金额单位：万元',
      cols: [
        L('乡镇', 'v_town'), L('村', 'v_name'), L('项目名称', 'cp_name'),
        L('项目类型', 'cp_type', 'choice', null, ['物业租赁', '入股分红', '产业基地', '服务创收', '光伏发电', '其他']),
        G('扶持资金', L('中央财政', 'cp_fund_c', 'decimal', '万元'), L('自治区财政', 'cp_fund_r', 'decimal', '万元'), L('县级财政', 'cp_fund_x', 'decimal', '万元')),
        L('开工时间', 'cp_start', 'date'), L('项目进度', 'cp_progress', 'choice', null, ['未开工', '在建', '已完工', '已投产见效']),
        G('项目收益', L('本季度', 'cp_income_q', 'decimal', '万元'), L('累计', 'cp_income_cum', 'decimal', '万元')), R(),
      ],
      blank: 10, footer: FOOT_DEPT,
    }],
  },
  {
    file: '县委组织部/村党组织和党员队伍情况统计表.xlsx', dept: '县委组织部', freq: 'annual', title: '2024年村（社区）党组织和党员队伍基本情况统计表',
    catalog: '村（社区）党组织和党员队伍基本情况统计表',
    sheets: [{
      kind: 'columns', name: '党员队伍', seq: true, villages: VILLAGES, total: true, codeRow: true,
      meta: '乡镇党委（盖章）：                                      截至2024年12月31日',
      cols: [
        L('乡镇', 'v_town'), L('村（社区）', 'v_name'), L('党组织类型', 'v_party_type', 'choice', null, ['党委', '党总支', '党支部']),
        G('党组织书记', L('姓名', 'v_sec_name'), L('联系电话', 'v_sec_phone', 'phone')), L('党员总数（名）', 'v_pm', 'integer', '名'),
        G('其中（名）', L('女党员', 'v_pm_f', 'integer', '名'), L('少数民族党员', 'v_pm_minor', 'integer', '名'), L('60岁以上党员', 'v_pm_60', 'integer', '名'),
          L('预备党员', 'v_pm_prob', 'integer', '名'), L('流动党员', 'v_pm_float', 'integer', '名')),
        L('本年发展党员（名）', 'v_pm_new', 'integer', '名'),
        G('村“两委”成员（人）', L('合计', 'v_cadres', 'integer', '人'), L('其中：女性', 'v_cadres_f', 'integer', '人')), L('驻村第一书记', 'v_first_sec'), R(),
      ],
      footer: FOOT_DEPT,
    }],
  },
  // ───────────── 县禁毒委员会办公室 ─────────────
  {
    // a signature column at the side
    file: '县禁毒委员会办公室/禁毒工作情况统计月报.xlsx', dept: '县禁毒委员会办公室', freq: 'monthly', title: '村（社区）禁毒工作情况统计月报表',
    catalog: '禁毒工作月报',
    sheets: [{
      kind: 'indicator-rows', name: '月报', head: ['项    目', '单位', '本月', '本年累计'], sign: 'side',
      meta: '乡镇禁毒办：                 村（社区）：                  统计时段：    年  月',
      rows: [
        C('一、吸毒人员管控'), I('登记在册吸毒人员', 'v_drug_reg', '人'), S('其中：社区戒毒人员', 'v_drug_sj', '人'), S('社区康复人员', 'v_drug_sk', '人'),
        S('强制隔离戒毒人员', 'v_drug_qg', '人'), S('戒断三年未发现复吸人员', 'v_drug_3y', '人'), I('新发现吸毒人员', 'v_drug_new', '人'),
        C('二、禁毒宣传教育'), I('开展禁毒宣传活动', 'v_anti_prop', '场次'), I('受教育群众', 'v_anti_edu', '人次'),
        C('三、禁种铲毒'), D('踏查面积', 'v_poppy_search', '亩'), I('铲除毒品原植物', 'v_poppy_cut', '株'),
        C('四、“无毒村（社区）”创建'), I('是否达到“无毒村（社区）”标准', 'v_nodrug', null, 'boolean', '是/否'),
      ],
    }],
  },
  {
    file: '县禁毒委员会办公室/社区戒毒社区康复人员花名册.xlsx', dept: '县禁毒委员会办公室', freq: 'monthly', title: '社区戒毒（社区康复）人员管控花名册',
    catalog: '社区戒毒社区康复人员花名册', dictSheet: { name: '选项', visible: true },
    sheets: [{
      kind: 'columns', name: '花名册', seq: true, meta: '乡镇（街道）社区戒毒（康复）工作办公室：                         2025年  月',
      cols: [
        L('乡镇（街道）', 'v_town'), L('村（社区）', 'v_name'),
        G('基本信息', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
          L('出生日期', 'p_birth', 'date'), L('公民身份\n号码', 'p_idno', 'idcard'), L('本人联系电话', 'p_phone', 'phone')),
        L('户籍地址', 'p_addr_hj'), L('现居住地址', 'p_addr'), L('是否脱贫人口', 'p_is_tp', 'boolean', null, YN),
        L('人员类别', 'p_drug_cat', 'choice', null, ['社区戒毒', '社区康复']),
        G('家属联系人', L('姓名', 'p_kin_name'), L('联系电话', 'p_kin_phone', 'phone')),
        L('本月尿检结果', 'p_urine_m', 'choice', null, ['阴性', '阳性', '未检']), R(),
      ],
      blank: 12, footer: '禁毒专干：              乡镇禁毒办审核：              联系电话：',
    }],
  },
  {
    // 男 | 女 and age bands across; a 合计 row
    file: '县禁毒委员会办公室/2025年上半年吸毒人员分性别年龄段统计表.xlsx', dept: '县禁毒委员会办公室', freq: 'semiannual', catalog: false,
    title: '2025年上半年吸毒人员分性别、年龄段情况统计表',
    sheets: [{
      kind: 'grid', name: '统计表', key: '人员类别', prefix: 'g_drug', total: true,
      stat: { code: '禁毒统3表', org: 'XX县禁毒委员会办公室', approval: 'X禁毒办〔2024〕9号', valid: '2026年12月' },
      meta: '村（社区）：                                 单位：人',
      rows: [{ l: '社区戒毒人员', k: 'sj' }, { l: '社区康复人员', k: 'sk' }, { l: '强制隔离戒毒人员', k: 'qg' }, { l: '戒断三年未复吸人员', k: '3y' }],
      cols: [
        G('性别', L('男', 'm', 'integer', '人'), L('女', 'f', 'integer', '人')),
        G('年龄段', L('35岁以下', 'a35', 'integer', '人'), L('36-59岁', 'a59', 'integer', '人'), L('60岁及以上', 'a60', 'integer', '人')),
      ],
      footer: FOOT_CUN,
    }],
  },
  {
    file: '县禁毒委员会办公室/禁种铲毒踏查情况周报表.xlsx', dept: '县禁毒委员会办公室', freq: 'weekly', catalog: false,
    title: '2025年春季禁种铲毒踏查情况周报表',
    sheets: [{
      kind: 'columns', name: '周报', seq: true, villages: VILLAGES5, total: true,
      meta: '乡镇：' + TOWN + '              填报时间：    年  月  日（每周四下午5时前报县禁毒办）',
      cols: [
        L('村（社区）', 'v_name'),
        G('踏查面积（亩）', L('本周', 'v_poppy_search_w', 'decimal', '亩'), L('累计', 'v_poppy_search_cum', 'decimal', '亩')),
        G('出动踏查人员（人次）', L('本周', 'v_poppy_staff_w', 'integer', '人次'), L('累计', 'v_poppy_staff_cum', 'integer', '人次')),
        G('累计发现非法种植', L('起数（起）', 'v_poppy_cases', 'integer', '起'), L('铲除株数（株）', 'v_poppy_cut_cum', 'integer', '株')), R(),
      ],
      footer: true,
    }],
  },
  // ───────────── 县人力资源和社会保障局 ─────────────
  {
    file: '县人力资源和社会保障局/脱贫劳动力务工就业情况周报表.xlsx', dept: '县人力资源和社会保障局', freq: 'weekly',
    title: '脱贫劳动力务工就业情况周报表', catalog: '脱贫劳动力务工就业周报',
    sheets: [{
      kind: 'columns', name: '周报', seq: true, villages: VILLAGES, total: true,
      meta: '填报单位：' + TOWN + '劳动保障事务所                    截至    年  月  日',
      cols: [
        L('乡镇', 'v_town'), L('村（社区）', 'v_name'), L('脱贫劳动力（人）', 'v_tp_labor', 'integer', '人'),
        G('已务工就业（人）', L('合计', 'v_tp_emp', 'integer', '人'), L('县内', 'v_tp_emp_county', 'integer', '人'),
          L('区内县外', 'v_tp_emp_prov', 'integer', '人'), L('区外', 'v_tp_emp_out', 'integer', '人')),
        L('本周新增务工（人）', 'v_tp_emp_new_w', 'integer', '人'), L('公益性岗位（人）', 'v_tp_gyg', 'integer', '人'),
        L('其中：搬迁劳动力已就业（人）', 'v_reloc_emp', 'integer', '人'), R(),
      ],
      footer: true,
    }],
  },
  {
    // 第一季度…第四季度 across
    file: '县人力资源和社会保障局/2023年易地扶贫搬迁劳动力就业分季度统计表.xlsx', dept: '县人力资源和社会保障局', freq: 'quarterly', catalog: false,
    title: '2023年易地扶贫搬迁劳动力就业情况分季度统计表',
    sheets: [{
      kind: 'grid', name: 'Sheet1', key: '项    目', prefix: 'g_relemp',
      meta: '安置点（社区）：                                 单位：人',
      rows: [
        { l: '搬迁劳动力', k: 'labor' }, { l: '已就业人数', k: 'emp' }, { l: '其中：安置点周边就近就业', k: 'near' }, { l: '外出务工', k: 'out' },
      ],
      cols: [L('第一季度', 'q1', 'integer', '人'), L('第二季度', 'q2', 'integer', '人'), L('第三季度', 'q3', 'integer', '人'), L('第四季度', 'q4', 'integer', '人')],
      footer: FOOT_CUN, note: '注：每季度结束后5日内报送县人社局就业股，数据按季末时点填报。',
    }],
  },
  // ───────────── 县卫生健康局 ─────────────
  {
    file: '县卫生健康局/家庭医生签约服务情况月报表.xlsx', dept: '县卫生健康局', freq: 'monthly', title: '家庭医生签约服务情况月报表',
    catalog: '家庭医生签约服务月报',
    sheets: [{
      kind: 'columns', name: '签约月报', seq: true, villages: VILLAGES, total: true, codeRow: true,
      meta: '填报单位：' + TOWN + '卫生院                              2025年  月',
      cols: [
        L('村（社区）', 'v_name'), L('常住人口（人）', 'v_pop_cz', 'integer', '人'), L('65岁及以上老年人（人）', 'v_pop_65', 'integer', '人'),
        L('签约服务人数（人）', 'v_fd_signed', 'integer', '人'),
        G('其中：重点人群签约（人）', L('65岁及以上老年人', 'v_fd_65', 'integer', '人'), L('脱贫人口', 'v_fd_tp', 'integer', '人'),
          L('监测对象', 'v_fd_mon', 'integer', '人'), L('高血压患者', 'v_fd_hbp', 'integer', '人'), L('2型糖尿病患者', 'v_fd_dm', 'integer', '人'),
          L('严重精神障碍患者', 'v_fd_mental', 'integer', '人')),
        L('签约率（%）', 'v_fd_rate', 'decimal', '%'), R(),
      ],
      footer: true,
    }],
  },
  {
    file: '县卫生健康局/老年人和慢病患者家庭医生签约情况季报表.xlsx', dept: '县卫生健康局', freq: 'quarterly', catalog: false,
    title: '老年人和慢病患者家庭医生签约情况季报表',
    sheets: [{
      kind: 'columns', name: '季报', seq: true, villages: VILLAGES, total: true,
      stat: { code: '卫健基层5表', org: 'XX县卫生健康局', approval: 'X卫健发〔2022〕31号', valid: '2025年12月' },
      meta: '乡镇卫生院（盖章）：                              2025年第  季度',
      cols: [
        L('乡镇', 'v_town'), L('村（社区）', 'v_name'), L('常住人口数（人）', 'v_pop_cz', 'integer', '人'),
        G('65岁及以上老年人（人）', L('合计', 'v_pop_65', 'integer', '人'), L('其中：已签约家庭医生', 'v_fd_65', 'integer', '人')),
        G('慢病患者签约（人）', L('高血压', 'v_fd_hbp', 'integer', '人'), L('糖尿病', 'v_fd_dm', 'integer', '人')),
        L('家庭医生签约总人数（人）', 'v_fd_signed', 'integer', '人'), L('签约率（%）', 'v_fd_rate', 'decimal', '%'), R(),
      ],
      footer: FOOT_DEPT,
    }],
  },
  // ───────────── 县教育局 ─────────────
  {
    file: '县教育局/易地扶贫搬迁随迁子女就学情况登记表.xlsx', dept: '县教育局', freq: 'semiannual', catalog: false,
    title: '2024年春季学期易地扶贫搬迁随迁子女就学情况登记表',
    sheets: [{
      kind: 'columns', name: '登记表', seq: true, meta: '安置点（社区）：                             学校（盖章）：',
      cols: [
        L('安置点', 'site_name'), L('学生姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
        L('身份证号', 'p_idno', 'idcard'), L('就读学校', 'p_school_name'),
        L('学段', 'p_stage', 'choice', null, ['学前教育', '小学', '初中', '普通高中', '中职']),
        G('监护人', L('姓名', 'p_guard_name'), L('与学生关系', 'p_guard_rel', 'choice', null, ['父亲', '母亲', '祖父母', '外祖父母', '其他']),
          L('联系电话', 'p_guard_phone', 'phone')),
        G('迁出地', L('乡镇', 'h_from_town'), L('行政村', 'h_from_vill'), L('自然屯', 'h_from_tun')), L('是否享受“雨露计划”补助', 'p_yulu', 'boolean', null, YN), R(),
      ],
      blank: 15, footer: '班主任：              学校资助专干：              联系电话：',
      note: '注：每学期开学后30日内报送县教育局学生资助管理中心。',
    }],
  },
  // ───────────── 县民族宗教事务局 ─────────────
  {
    file: '县民族宗教事务局/少数民族特色村寨保护与发展情况调查表.xlsx', dept: '县民族宗教事务局', freq: 'adhoc', catalog: false,
    title: '少数民族特色村寨保护与发展情况调查表',
    instructions: ['填表说明', '1.本表以自然屯（村寨）为单位填写，一寨一表。', '2.“户数”“人口”填写本村寨的户数、人口，不是所在行政村的。', '3.是/否类指标在“数量（内容）”栏填“是”或“否”。'],
    sheets: [{
      kind: 'indicator-rows', name: '调查表', head: ['项    目', '单位', '数量（内容）'], sign: 'line',
      stat: { code: '民宗调1表', org: 'XX县民族宗教事务局', approval: 'X民宗发〔2021〕6号', valid: '2023年12月' },
      rows: [
        C('一、村寨基本情况'), I('所在乡镇', 'v_town', null, 'text', '—'), I('所在行政村', 'v_name', null, 'text', '—'),
        I('村寨（自然屯）名称', 'tun_name', null, 'text', '—'), I('主体民族', 'tun_nation', null, 'choice', '—'), I('户数', 'tun_hh', '户'),
        I('人口', 'tun_pop', '人'), S('其中：壮族', 'tun_zhuang', '人'), S('瑶族', 'tun_yao', '人'), I('常住人口', 'tun_pop_cz', '人'),
        I('外出务工人员', 'tun_migrant', '人'), I('是否列入中国少数民族特色村寨名录', 'tun_listed', null, 'boolean', '是/否'),
        I('是否列入中国传统村落名录', 'tun_trad', null, 'boolean', '是/否'),
        C('二、民居保护'), I('民族传统民居', 'tun_house_trad', '栋'), S('其中：干栏式木楼', 'tun_ganlan', '栋'), I('已修缮传统民居', 'tun_house_fixed', '栋'),
        C('三、特色产业'), D('耕地面积', 'tun_land', '亩'), D('糖料蔗种植面积', 'tun_cane', '亩'), D('桑园面积', 'tun_mul', '亩'),
        I('农家乐（民宿）', 'tun_inns', '家'), I('年接待游客', 'tun_tourists', '人次'), D('旅游收入', 'tun_tour_inc', '万元'),
        D('人均可支配收入', 'tun_income_pc', '元'),
        C('四、民族文化传承'), I('民族节庆活动（三月三、盘王节、达努节等）', 'tun_festival', '次'), I('非物质文化遗产项目', 'tun_ich', '项'),
        I('非遗代表性传承人', 'tun_ich_heir', '人'), I('民族文化活动场所', 'tun_culture_site', '个'), I('民族文艺队', 'tun_troupe', '支'),
        C('五、基础设施和人居环境'), I('是否通硬化路', 'tun_road', null, 'boolean', '是/否'), D('自来水入户率', 'tun_tap_rate', '%'), I('卫生厕所户数', 'tun_toilet_hh', '户'),
        C('六、民族团结进步'), I('是否创建民族团结进步示范村（屯）', 'tun_unity', null, 'boolean', '是/否'),
      ],
      note: '注：本表为专项调查，不定期更新，请在县民宗局通知要求的时间内报送。',
    }],
  },
  // ───────────── at the top of forms/ (no office folder) ─────────────
  {
    file: '易地扶贫搬迁安置户信息核对表（系统导出）.xlsx', dept: '县发展和改革局', freq: 'adhoc', catalog: false, title: '易地扶贫搬迁安置户信息核对表',
    sheets: [{
      kind: 'columns', name: 'Sheet0', source: '数据来源：全国防返贫监测信息系统（易地搬迁模块）导出',
      cols: [
        L('安置点', 'site_name'), L('户主姓名', 'h_head_name'), L('户主身份证号', 'h_head_id', 'idcard'), L('搬迁人数', 'h_reloc_n', 'integer', '人'),
        L('安置方式', 'h_mode', 'choice', null, RELOC_MODE), L('安置房面积（㎡）', 'h_house_area', 'decimal', '平方米'), L('入住时间', 'h_move_date', 'date'),
        L('联系电话', 'h_head_phone', 'phone'), R(),
      ],
      blank: 20, note: '注：请安置社区逐户核对，有误的在备注栏注明，随时报县发展和改革局（县易地扶贫搬迁工作办公室）。',
    }],
  },
];

const corpus = new Corpus('blind24', OUT, forms, [
  ['糖料蔗“双高”基地建设进度月报.xlsx', '糖料蔗“双高”基地建设进度月报', '县糖业发展中心', '月报'],
  ['石漠化监测点基本情况调查表.xlsx', '石漠化监测点基本情况调查表', '县林业局', '年报'],
], TOWN);

async function main() {
  await corpus.build();
  const readme = path.join(OUT, 'README.md');
  if (!fs.existsSync(readme) || process.argv.includes('--readme')) writeReadme(readme, forms, JSON.parse(fs.readFileSync(path.join(OUT, 'gold.json'), 'utf8')));
}
void main();
