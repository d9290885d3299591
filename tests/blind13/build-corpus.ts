/**
 * Held-out corpus "blind13": 河南 XX县 (a plain farming county, 乡镇 → 行政村, some 村 with 村民小组), 2013–2025. 33
 * templates of 14 county offices (县扶贫办 became 县乡村振兴局): 农业农村 粮食生产 / 撂荒复耕 / 集体经济 收益分配 / 高标准农田,
 * 扶贫 结对帮扶 (an .xls conversion) and 防返贫 监测, 民政 低保特困 / 高龄津贴 / 留守儿童, 人社 城乡居民养老 and a 险种 grid,
 * 医保 参保缴费 (a system export), 卫健 家庭医生签约 and an old 计划生育 育龄妇女 .xls, 教育 控辍保学 (台账, 周报, 学期统计),
 * 退役军人 信息采集, 应急 防汛 转移避险, 自然资源 田长制, 水利 河长制 巡河 and 农村供水, 统计 村级统计年报 (one form in three
 * sheets + 填表说明), its 附表 (two grid sheets) and the 2016 农业普查 村表 (.xls, no title row), 组织部 党员 and 村“两委”
 * (roster + summary), 妇联 婚姻家庭纠纷. Written from the bench README and the blind4 kit only, without reading the matcher.
 *
 *   npx tsx tests/blind13/build-corpus.ts              → tests/blind13/forms, 报表清单.xlsx, gold.json, README.md
 *   npx tsx tests/blind13/build-corpus.ts --gold-only  → gold.json and README.md only
 *
 * Gold conventions beyond ../shared/bench/README.md, as the county's 数据 office would decide them:
 * - Who a field is about. In a household roster (one row per 户, first person column 户主姓名) an unqualified 身份证号 /
 *   联系电话 is the head's (h_head_id, h_head_phone). A group header that names another person changes the meaning:
 *   户主信息 > 姓名 = 户主姓名; 监护人 > 姓名 = 监护人姓名 wherever the guardian is asked (留守儿童 and 控辍保学 share it);
 *   丈夫 > 姓名 / 身份证号, 帮扶责任人 > 姓名 / 工作单位 / 联系电话 (the helper's, same element in the 2016 扶贫 台账 and the
 *   2023 防返贫 台账), 包保责任人, 转移责任人, 管护责任人, 网格田长 > 姓名 (= 田长姓名), 当事人 > 姓名 (= 当事人姓名) are
 *   their own elements. 基本信息 / 学生信息 / 儿童基本信息 / 服役信息 / 父母情况 / 需求情况 carry no meaning.
 * - Same datum, other words (one element): 身份证号 = 公民身份号码 = 身份证号码; 出生日期 = 出生年月; 联系电话 = 联系方式 =
 *   手机号码; 户籍户数 = 总户数; 户籍人口 = 户籍人口总数; 常住人口 = 常住人口数; 村民小组 = 村民小组数 = 村民小组个数;
 *   撂荒耕地面积 = 撂荒地面积 = 撂荒面积; 播种面积 = 种植面积 and 总产 = 产量 (units differ, 吨 / 公斤); 外出从业人员 =
 *   外出务工经商人员; 特困供养人数 = 五保供养人数 (五保 folded into 特困 in 2016); 参加城乡居民基本养老保险人数 =
 *   参加新型农村社会养老保险人数 = the 险种 grid's 城乡居民基本养老保险 参保人数; 参加城乡居民基本医疗保险人数 =
 *   参加新型农村合作医疗人数; 村集体经济总收入 = 村集体经济组织总收入 = 本年收入合计 (农经); 经营性收入 = 经营收入;
 *   村集体资产总额 = 资产总计; 土地流转面积 = 家庭承包耕地 其中：流转面积; 村“两委”成员 = 两委干部人数; 签约人数 = 已签约人数;
 *   签约率 = 签约覆盖率; 65岁及以上老年人（签约）= 65周岁以上老年人签约数; 适龄儿童少年 = 适龄儿童少年人数; 登记日期 = 受理日期;
 *   纠纷类型 = 纠纷类别; 化解结果 = 调解结果; 化解时间 = 调解日期; 通自来水户数 = 通自来水的户数.
 * - Kept apart: 年龄 ≠ 出生日期 ≠ 年龄段; 60 ≠ 65 ≠ 80周岁; 户数 ≠ 人数 (集中供水受益户数 / 人口, 涉及户数 / 人数, 脱贫户数 / 人口);
 *   本月 / 本周 ≠ 累计; 农户数 (农经) ≠ 户籍户数; 耕地面积 ≠ 永久基本农田 ≠ 高标准农田 ≠ 家庭承包经营耕地; 总收入 ≠ 经营性收入;
 *   党员 ≠ 预备党员 ≠ 流动党员; 户籍地址 ≠ 现居住地址; 就读学校 ≠ 应在读学校; 养老保险 缴费日期 ≠ 医保 缴费日期 and 参保身份 (人社)
 *   ≠ 人员类别 (医保 资助身份); 贫困户属性 / 致贫原因 (2016) ≠ 监测对象类别 / 风险类型 (2023); a 签约 count ≠ a population count.
 * - Grids. A grid filled by a village (作物 × 面积/单产/总产, 年龄段 × 男/女, 险种 × 参保人数/征缴金额, 指标 × 1月…12月) has one
 *   element per (row, column) datum, named as the village-level concept it is, so it meets the same datum in an
 *   indicator-rows questionnaire (城乡居民基本养老保险 参保人数 = 表一 参加城乡居民基本养老保险人数) and in another office's grid
 *   (小麦 播种面积 of 农业农村局 = 小麦 种植面积 of 统计局). A grid filled by the 乡镇 over named villages (村 × 撂荒/复耕 本月|累计,
 *   the transposed 指标 × 李庄村/王楼村/…) has one element per (village, indicator); two such grids share where they ask the
 *   same village's same datum (李庄村 撂荒耕地面积 = 撂荒面积 李庄村) but they are not merged with a village's own one-village
 *   form (another filler, another granularity). Single-indicator rows (巡河次数 × 1月…12月) are per (indicator, month).
 *   A grid with two row-label columns (类别 | 作物, 类别 | 险种) labels the field with the inner row label + the column label;
 *   its path starts with the category. A grid's 计量单位 column gives the row's unit. 合计 rows and 合计 / 全年合计 columns are
 *   not fields, nor the 甲 乙 1 2 3 code row.
 * - Indicator rows: a numbered row with a unit or code (本年收入合计, 1.经营收入) is a field; a category row without one is not.
 *   A 是/否 indicator is boolean.
 * - Each form's 备注 is its own element; a two- or three-sheet form is one form (its sheets share the form's elements).
 */
import fs from 'node:fs';
import path from 'node:path';
import { C, D, EDU, G, I, L, POLIT, R, S, SEX, YN, type Form, type Leaf } from '../blind4/kit';
import { Corpus13, X, type XRow } from './extra';

const OUT = path.join(import.meta.dirname ?? __dirname);
const VILL = ['李庄村', '王楼村', '张集村', '刘营村', '后湾村', '东岗村', '前杨村'];
const GV: XRow[] = [{ l: '李庄村', k: 'lz' }, { l: '王楼村', k: 'wl' }, { l: '张集村', k: 'zj' }, { l: '刘营村', k: 'ly' }];
const NATION = ['汉族', '回族', '满族', '蒙古族', '其他'];
const DISPUTE = ['婚姻纠纷', '家庭暴力', '赡养纠纷', '抚养纠纷', '财产继承', '邻里纠纷', '其他'];
const FOOT_CUN = '村（社区）负责人：            填表人：            联系电话：            填报日期：    年  月  日';
const FOOT_TOWN = '乡镇（盖章）            分管领导：            填表人：            联系电话：            报送日期：    年  月  日';
const months: Leaf[] = Array.from({ length: 12 }, (_, i) => L(`${i + 1}月`, `m${String(i + 1).padStart(2, '0')}`, 'integer', null));

const forms: Form[] = [
  // ───────────── 县农业农村局 ─────────────
  {
    file: '县农业农村局/2024年主要农作物生产情况统计表.xlsx', dept: '县农业农村局', freq: 'semiannual', title: '2024年主要农作物生产情况统计表',
    catalog: '主要农作物生产情况统计表（夏粮、秋粮）',
    sheets: [{
      kind: 'grid', name: '农作物', key: '作物名称', prefix: 'v_crop',
      meta: '填报单位（村委会盖章）：                              2024年（□夏粮  □秋粮）',
      rows: [{ l: '小麦', k: 'wheat' }, { l: '玉米', k: 'corn' }, { l: '大豆', k: 'soy' }, { l: '花生', k: 'peanut' }],
      cols: [L('播种面积（亩）', 'area', 'decimal', '亩'), L('单产（公斤/亩）', 'yield', 'decimal', '公斤/亩'), L('总产（吨）', 'out', 'decimal', '吨')],
      footer: FOOT_CUN, note: '注：夏粮于6月25日前、秋粮于10月25日前报乡镇农业服务中心，汇总后报县农业农村局种植业股。',
    }],
  },
  {
    file: '县农业农村局/撂荒耕地复耕复种进度月报表.xlsx', dept: '县农业农村局', freq: 'monthly', catalog: false, title: '撂荒耕地复耕复种工作进度月报表',
    sheets: [X({
      name: '进度表', meta: '乡镇（盖章）：白马镇                              统计截止时间：    年  月  日',
      footer: FOOT_TOWN, note: '注：请于每月25日前报县农业农村局农田建设管理股，附复耕复种地块照片。',
    }, {
      corner: ['村  名'], rows: GV, codeRow: true, total: true,
      cols: [L('耕地面积（亩）', 'land', 'decimal', '亩'), L('撂荒耕地面积（亩）', 'idle', 'decimal', '亩'), G('已复耕复种面积（亩）', L('本月', 'recult_m', 'decimal', '亩'), L('累计', 'recult_cum', 'decimal', '亩'))],
      el: (r, leaf) => `g_${r.k}_${leaf.e}`,
    })],
  },
  {
    file: '县农业农村局/2024年度村集体经济组织收益分配统计表.xlsx', dept: '县农业农村局', freq: 'annual', title: '2024年度村集体经济组织收益分配统计表',
    sheets: [{
      kind: 'indicator-rows', name: '农经统计', stat: { code: '农经3表', org: 'XX县农业农村局', approval: '豫农经〔2019〕6号' },
      meta: '填报单位（村股份经济合作社）：                      金额单位：万元', head: ['项    目', '计量单位', '代码', '本年数', '上年数'],
      codeRow: true, sign: 'side',
      rows: [
        C('一、基本情况'), I('村民小组数', 'v_groups', '个'), I('农户数', 'v_farm_hh', '户'), I('农户人口数', 'v_farm_pop', '人'),
        I('集体经济组织成员数', 'v_coll_members', '人'), D('家庭承包经营耕地面积', 'v_contract_land', '亩'), S('其中：流转面积', 'v_land_transfer', '亩'),
        C('二、收入情况'), D('本年收入合计', 'v_coll_income', '万元'), D('1.经营收入', 'v_coll_op_income', '万元'),
        D('2.发包及上交收入', 'v_coll_contract_inc', '万元'), D('3.投资收益', 'v_coll_invest_inc', '万元'), D('4.补助收入', 'v_coll_subsidy_inc', '万元'),
        D('5.其他收入', 'v_coll_other_inc', '万元'),
        C('三、支出情况'), D('本年支出合计', 'v_coll_exp', '万元'), D('1.经营支出', 'v_coll_op_exp', '万元'), D('2.管理费用', 'v_coll_admin_exp', '万元'),
        S('其中：村干部报酬', 'v_cadre_pay', '万元'), S('办公费', 'v_coll_office_exp', '万元'), D('3.其他支出', 'v_coll_other_exp', '万元'),
        C('四、收益分配'), D('本年收益', 'v_coll_profit', '万元'), D('年初未分配收益', 'v_coll_undist_begin', '万元'), D('其他转入', 'v_coll_transfer_in', '万元'),
        D('可分配收益', 'v_coll_distributable', '万元'), D('1.提取公积公益金', 'v_coll_reserve', '万元'), D('2.提取应付福利费', 'v_coll_welfare', '万元'),
        D('3.外来投资分利', 'v_coll_ext_dividend', '万元'), D('4.农户分配', 'v_coll_hh_dist', '万元'), D('5.其他', 'v_coll_dist_other', '万元'),
        D('年末未分配收益', 'v_coll_undist_end', '万元'),
        C('五、资产负债情况'), D('资产总计', 'v_coll_assets', '万元'), S('其中：经营性资产', 'v_coll_op_assets', '万元'), S('货币资金', 'v_coll_cash', '万元'),
        D('负债合计', 'v_coll_debt', '万元'), D('所有者权益合计', 'v_coll_equity', '万元'),
        C('六、集体经济发展情况'), I('是否完成集体产权制度改革', 'v_reform_done', null, 'boolean', '是/否'),
        I('股份经济合作社成员（股东）数', 'v_shareholders', '人'), I('集体经营性项目', 'v_coll_projects', '个'),
        I('集体经营性收入是否达到10万元', 'v_coll_10w', null, 'boolean', '是/否'), I('本年分红农户数', 'v_dividend_hh', '户'),
        D('本年股金分红总额', 'v_dividend_total', '万元'),
      ],
    }],
  },
  {
    file: '县农业农村局/高标准农田建设项目台账.xlsx', dept: '县农业农村局', freq: 'annual', title: 'XX县高标准农田建设项目台账',
    catalog: '高标准农田建设项目台账',
    sheets: [{
      kind: 'columns', name: '项目台账', seq: true, meta: '填报单位：            乡镇（村）                  填报日期：    年  月  日',
      cols: [
        L('项目名称', 'hsf_proj_name'), L('建设年度', 'hsf_year'), L('乡镇', 'v_town'), L('村', 'v_name'),
        L('建设规模（亩）', 'hsf_scale', 'decimal', '亩'), L('总投资（万元）', 'hsf_invest', 'decimal', '万元'),
        G('主要建设内容', L('新打机井（眼）', 'hsf_wells', 'integer', '眼'), L('埋设管道（米）', 'hsf_pipe', 'decimal', '米'),
          L('新修田间道路（公里）', 'hsf_road', 'decimal', '公里'), L('架设输电线路（公里）', 'hsf_power', 'decimal', '公里')),
        L('开工时间', 'hsf_start', 'date'), L('完工时间', 'hsf_end', 'date'),
        L('验收情况', 'hsf_accept', 'choice', null, ['已验收', '未验收', '整改中']),
        G('管护责任人', L('姓名', 'hsf_keeper_name'), L('联系电话', 'hsf_keeper_phone', 'phone')), R(),
      ],
      blank: 8, footer: true,
    }],
  },
  // ───────────── 县扶贫办 / 县乡村振兴局 ─────────────
  {
    file: '县扶贫办/2016年建档立卡贫困户结对帮扶台账.xlsx', dept: '县扶贫办', freq: 'annual', catalog: false, title: '2016年建档立卡贫困户结对帮扶台账',
    xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'columns', name: 'Sheet1', startCol: 1, blankTop: 1, textNums: true, seq: true,
      meta: '乡镇：                    行政村：                    驻村第一书记：',
      cols: [
        L('乡镇', 'v_town'), L('行政村', 'v_name'), L('户主姓名', 'h_head_name'), L('户主身份证号码', 'h_head_id', 'idcard'),
        L('家庭人口（人）', 'h_size', 'integer', '人'), L('家庭年人均纯收入（元）', 'h_inc_pc', 'decimal', '元'), L('贫困户属性', 'h_poor_attr', 'choice', null, ['一般贫困户', '低保贫困户', '五保贫困户']),
        L('主要致贫原因', 'h_poor_cause', 'choice', null, ['因病', '因残', '因学', '因灾', '缺土地', '缺技术', '缺劳力', '缺资金', '自身发展动力不足']),
        G('帮扶责任人', L('姓名', 'h_helper_name'), L('工作单位', 'h_helper_org'), L('联系电话', 'h_helper_phone', 'phone')),
        L('帮扶措施', 'h_measure'), L('户主联系电话', 'h_head_phone', 'phone'), R(),
      ],
      blank: 10, footer: '驻村工作队长：              村支部书记：              填表日期：    年  月  日',
      note: '注：本台账由驻村工作队和村“两委”共同填写，每年年底动态调整后报乡镇扶贫办，汇总报县扶贫开发办公室。',
    }],
  },
  {
    file: '县乡村振兴局/防止返贫动态监测对象信息台账.xlsx', dept: '县乡村振兴局', freq: 'monthly', title: '2023年防止返贫动态监测对象信息台账',
    catalog: '防止返贫监测对象台账', dictSheet: { name: '选项', visible: true },
    sheets: [{
      kind: 'columns', name: '监测对象', seq: true, meta: '乡镇：                行政村：                （每月动态更新，25日前报县乡村振兴局）',
      cols: [
        L('乡镇', 'v_town'), L('行政村', 'v_name'), L('村民小组', 'v_group_name'),
        G('户主信息', L('姓名', 'h_head_name'), L('身份证号码', 'h_head_id', 'idcard'), L('联系电话', 'h_head_phone', 'phone')),
        L('家庭人口数（人）', 'h_size', 'integer', '人'), L('家庭年人均纯收入（元）', 'h_inc_pc', 'decimal', '元'),
        L('监测对象类别', 'h_monitor_type', 'choice', null, ['脱贫不稳定户', '边缘易致贫户', '突发严重困难户']),
        L('纳入监测时间', 'h_monitor_date', 'date'),
        L('主要风险类型', 'h_risk', 'choice', null, ['因病', '因残', '因学', '因灾', '因意外事故', '因务工就业不稳', '因产业项目失败', '其他']),
        L('帮扶措施', 'h_measure'),
        G('帮扶责任人', L('姓名', 'h_helper_name'), L('工作单位', 'h_helper_org'), L('联系电话', 'h_helper_phone', 'phone')),
        L('是否风险消除', 'h_risk_cleared', 'boolean', null, YN), L('风险消除时间', 'h_risk_cleared_date', 'date'), R(),
      ],
      blank: 12, footer: FOOT_CUN,
    }, {
      kind: 'indicator-rows', name: '村汇总', title: '防止返贫监测帮扶情况村汇总表', head: ['项    目', '单位', '数量'], sign: 'line',
      rows: [
        I('脱贫户', 'v_poor_hh', '户'), I('脱贫人口数', 'v_poor_n', '人'), I('纳入监测户数', 'v_monitor_hh', '户'),
        S('其中：脱贫不稳定户', 'v_monitor_unstable_hh', '户'), S('边缘易致贫户', 'v_monitor_edge_hh', '户'), S('突发严重困难户', 'v_monitor_sudden_hh', '户'),
        I('纳入监测人数', 'v_monitor_n', '人'), I('已消除风险户数', 'v_risk_cleared_hh', '户'), I('未消除风险户数', 'v_risk_open_hh', '户'),
      ],
    }],
  },
  // ───────────── 县民政局 ─────────────
  {
    file: '县民政局/农村低保和特困人员花名册.xlsx', dept: '县民政局', freq: 'monthly', title: '农村最低生活保障和特困人员救助供养对象花名册',
    catalog: '农村低保特困对象花名册',
    sheets: [{
      kind: 'columns', name: '花名册', seq: true, meta: '乡镇（盖章）：                    村：                    2025年  月',
      cols: [
        L('乡镇', 'v_town'), L('村', 'v_name'), L('户主姓名', 'h_head_name'), L('身份证号码', 'h_head_id', 'idcard'),
        L('家庭人口（人）', 'h_size', 'integer', '人'), L('保障人数（人）', 'h_aid_n', 'integer', '人'),
        L('救助类别', 'h_aid_type', 'choice', null, ['农村低保', '特困供养（分散）', '特困供养（集中）']),
        L('月保障金额（元）', 'h_aid_pay', 'decimal', '元'), L('纳入时间', 'h_aid_since', 'date'), L('联系电话', 'h_head_phone', 'phone'), R(),
      ],
      blank: 12, total: true, footer: true,
    }],
  },
  {
    file: '县民政局/高龄津贴发放花名册.xlsx', dept: '县民政局', freq: 'monthly', title: '80周岁以上老年人高龄津贴发放花名册',
    sheets: [{
      kind: 'columns', name: '发放花名册', seq: true, meta: '乡镇（盖章）：                          发放月份：2025年  月',
      cols: [
        L('乡镇', 'v_town'), L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX),
        L('公民身份号码', 'p_idno', 'idcard'), L('出生年月', 'p_birth', 'date'),
        L('年龄段', 'p_age_band', 'choice', null, ['80-89周岁', '90-99周岁', '100周岁及以上']),
        L('发放标准（元/月）', 'p_gl_std', 'decimal', '元/月'), L('本月发放金额（元）', 'p_gl_pay_m', 'decimal', '元'),
        L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 12, total: true, footer: true, note: '注：每月5日前报县民政局养老服务股。',
    }],
  },
  {
    file: '县民政局/高龄津贴申领登记表.xlsx', dept: '县民政局', freq: 'adhoc', catalog: false, title: '高龄老年人津贴申领登记表',
    sheets: [{
      kind: 'columns', name: '申领登记', seq: true, meta: '受理村（社区）：                            受理人：',
      cols: [
        L('村（社区）', 'v_name'), L('老人姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号码', 'p_idno', 'idcard'),
        L('年龄（岁）', 'p_age', 'integer', '岁'), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 8, footer: FOOT_CUN,
      note: '注：年满80周岁的老年人随时申报，村（社区）受理登记后报乡镇民政所，乡镇审核后报县民政局。',
    }],
  },
  {
    file: '县民政局/农村留守儿童和困境儿童信息台账.xlsx', dept: '县民政局', freq: 'semiannual', catalog: false, title: '农村留守儿童和困境儿童基本信息台账',
    sheets: [{
      kind: 'columns', name: '儿童台账', seq: true, meta: '乡镇：              村（社区）儿童主任：                        2025年上（下）半年',
      cols: [
        L('村（社区）', 'v_name'),
        G('儿童基本信息', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生日期', 'p_birth', 'date'),
          L('身份证号', 'p_idno', 'idcard'), L('就读学校', 'p_school_name'), L('年级', 'p_grade')),
        L('儿童类别', 'p_child_type', 'choice', null, ['农村留守儿童', '困境儿童', '散居孤儿', '事实无人抚养儿童']),
        G('父母情况', L('父亲姓名', 'p_father_name'), L('母亲姓名', 'p_mother_name'), L('外出务工地', 'p_parent_work_place')),
        G('监护人', L('姓名', 'p_guard_name'), L('与儿童关系', 'p_guard_rel', 'choice', null, ['祖父母', '外祖父母', '父亲', '母亲', '其他亲属']),
          L('联系电话', 'p_guard_phone', 'phone')),
        L('是否签订委托照护协议', 'p_entrust', 'boolean', null, YN), L('帮扶措施', 'p_child_aid'), R(),
      ],
      blank: 10, footer: FOOT_CUN, note: '注：每年6月、12月底前报乡镇民政所，汇总后报县民政局儿童福利股。',
    }],
  },
  // ───────────── 县人社局 ─────────────
  {
    file: '县人社局/城乡居民基本养老保险参保缴费花名册.xlsx', dept: '县人社局', freq: 'annual', title: '2025年度城乡居民基本养老保险参保缴费花名册',
    sheets: [{
      kind: 'columns', name: '参保缴费', seq: true, meta: '乡镇（盖章）：                   村（社区）：                   协办员：',
      cols: [
        L('乡镇', 'v_town'), L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX),
        L('公民身份号码', 'p_idno', 'idcard'), L('出生年月', 'p_birth', 'date'),
        L('参保身份', 'p_ins_cat', 'choice', null, ['普通居民', '低保对象', '特困人员', '重度残疾人', '脱贫人口', '监测对象']),
        L('缴费档次（元）', 'p_pension_level', 'decimal', '元'), L('是否政府代缴', 'p_gov_pay', 'boolean', null, YN),
        L('代缴金额（元）', 'p_gov_pay_amt', 'decimal', '元'), L('缴费日期', 'p_pension_pay_date', 'date'), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 12, footer: true,
    }],
  },
  {
    file: '2025年第二季度社会保险参保情况统计表.xlsx', dept: '县人社局', freq: 'quarterly', catalog: false, title: '2025年第二季度社会保险参保情况统计表',
    sheets: [X({
      name: '参保统计', stat: { code: '人社统季3表', org: 'XX县人力资源和社会保障局', approval: 'X人社〔2025〕12号' },
      meta: '填报单位（村委会）：                               金额单位：万元', footer: FOOT_CUN,
    }, {
      corner: ['类  别', '险    种'],
      rows: [
        { cat: '养老保险', l: '城乡居民基本养老保险', k: 'cx' }, { cat: '养老保险', l: '职工基本养老保险（灵活就业人员）', k: 'zg' },
        { cat: '其他社会保险', l: '失业保险', k: 'sy' }, { cat: '其他社会保险', l: '工伤保险', k: 'gs' },
      ],
      cols: [L('参保人数（人）', 'ins_n', 'integer', '人'), L('本季征缴金额', 'pay_q', 'decimal', '万元')],
      el: (r, leaf) => (r.k === 'cx' && leaf.e === 'ins_n' ? 'v_pension_ins' : `v_si_${r.k}_${leaf.e}`),
    })],
  },
  // ───────────── 县医保局 ─────────────
  {
    file: '县医保局/城乡居民医保参保缴费台账（系统导出）.xlsx', dept: '县医保局', freq: 'annual', catalog: false,
    title: '2025年度城乡居民基本医疗保险参保缴费台账',
    sheets: [{
      kind: 'columns', name: '导出数据', source: '数据来源：河南省医疗保障信息平台·参保登记子系统    导出时间：2025-01-08 16:42',
      cols: [
        L('乡镇', 'v_town'), L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX),
        L('身份证号码', 'p_idno', 'idcard'),
        L('人员类别', 'p_med_cat', 'choice', null, ['普通居民', '特困人员', '低保对象', '脱贫人口', '监测对象', '在校学生']),
        L('个人缴费金额（元）', 'p_med_pay', 'decimal', '元'), L('医疗救助资助金额（元）', 'p_med_aid', 'decimal', '元'),
        L('缴费方式', 'p_med_pay_way', 'choice', null, ['线上缴费', '线下代收']),
        L('参保状态', 'p_med_status', 'choice', null, ['正常参保', '暂停参保', '终止参保']), L('缴费日期', 'p_med_pay_date', 'date'),
        L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 15,
    }],
  },
  // ───────────── 县卫健委 ─────────────
  {
    file: '县卫健委/家庭医生签约服务进度月报表.xlsx', dept: '县卫健委', freq: 'monthly', title: '家庭医生签约服务工作进度月报表',
    sheets: [{
      kind: 'columns', name: '月报', seq: true, villages: VILL, total: true, codeRow: true,
      meta: '乡镇卫生院（盖章）：                            2025年  月',
      cols: [
        L('行政村', 'v_name'), L('常住人口（人）', 'v_pop_cz', 'integer', '人'), L('签约人数（人）', 'v_fd_signed', 'integer', '人'),
        G('重点人群签约人数（人）', L('65岁及以上老年人', 'v_fd_65', 'integer', '人'), L('高血压患者', 'v_fd_hbp', 'integer', '人'),
          L('2型糖尿病患者', 'v_fd_dm', 'integer', '人'), L('脱贫人口', 'v_fd_poor', 'integer', '人'), L('持证残疾人', 'v_fd_disab', 'integer', '人')),
        L('签约率（%）', 'v_fd_rate', 'decimal', '%'), L('本月新增签约（人）', 'v_fd_new_m', 'integer', '人'), R(),
      ],
      footer: true,
    }],
  },
  {
    file: '县卫健委/家庭医生签约服务年度汇总表.xlsx', dept: '县卫健委', freq: 'annual', title: '2024年度家庭医生签约服务情况汇总表',
    sheets: [{
      kind: 'columns', name: 'Sheet1', seq: true, villages: VILL, total: true, meta: '填报单位：          乡镇卫生院                    2025年1月  日',
      cols: [
        L('村名', 'v_name'), L('常住人口数', 'v_pop_cz', 'integer', '人'), L('已签约人数', 'v_fd_signed', 'integer', '人'),
        L('65周岁以上老年人签约数', 'v_fd_65', 'integer', '人'), L('高血压签约数', 'v_fd_hbp', 'integer', '人'), L('糖尿病签约数', 'v_fd_dm', 'integer', '人'), L('脱贫人口签约数', 'v_fd_poor', 'integer', '人'),
        L('签约覆盖率（%）', 'v_fd_rate', 'decimal', '%'), R(),
      ],
      footer: true,
    }],
  },
  {
    file: '县卫健委/2014年育龄妇女信息变动台账.xlsx', dept: '县卫健委', freq: 'quarterly', catalog: false,
    xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'columns', name: 'Sheet1', startCol: 1, blankTop: 1, textNums: true, seq: true,
      meta: '乡（镇）：              村：              计生专干：              2014年第  季度',
      cols: [
        L('村民小组', 'v_group_name'), L('姓名', 'p_name'), L('出生日期', 'p_birth', 'date'), L('身份证号', 'p_idno', 'idcard'),
        L('婚姻状况', 'p_marital', 'choice', null, ['未婚', '初婚', '再婚', '离婚', '丧偶']),
        G('丈夫', L('姓名', 'p_husband_name'), L('身份证号', 'p_husband_id', 'idcard')),
        G('现有子女数', L('男孩', 'p_kids_m', 'integer', '人'), L('女孩', 'p_kids_f', 'integer', '人')),
        L('避孕节育措施', 'p_contra', 'choice', null, ['上环', '结扎', '皮埋', '药具', '未避孕']), L('落实时间', 'p_contra_date', 'date'),
        L('变动情况', 'p_change', 'choice', null, ['迁入', '迁出', '新婚', '生育', '死亡']), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 15, note: '注：本台账每季度末月20日前报乡（镇）计生办，由乡（镇）汇总后报县卫生和计划生育委员会。',
    }],
  },
  // ───────────── 县教育局 ─────────────
  {
    file: '县教育局/控辍保学工作台账.xlsx', dept: '县教育局', freq: 'monthly', title: '义务教育阶段适龄儿童少年控辍保学工作台账',
    catalog: '控辍保学工作台账（月报）', instructions: [
      '填表说明：', '1.本台账登记本村户籍义务教育阶段（6—15周岁）失学辍学及疑似辍学学生，每月25日前报乡镇中心校。',
      '2.“辍学原因”“学段”从下拉选项中选择。', '3.包保责任人由乡镇干部、村干部、学校教师组成，须填写本人手机号码。',
    ],
    sheets: [{
      kind: 'columns', name: '台账', seq: true, meta: '乡镇：                村：                学区中心校：                2025年  月',
      cols: [
        L('乡镇', 'v_town'), L('村', 'v_name'),
        G('学生信息', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生日期', 'p_birth', 'date'), L('身份证号', 'p_idno', 'idcard')),
        L('学段', 'p_stage', 'choice', null, ['小学', '初中']), L('应在读学校', 'p_school_should'), L('年级', 'p_grade'),
        L('辍学（疑似辍学）原因', 'p_drop_reason', 'choice', null, ['厌学', '外出务工', '家庭困难', '身体原因', '其他']),
        G('监护人', L('姓名', 'p_guard_name'), L('联系电话', 'p_guard_phone', 'phone')),
        G('包保责任人', L('姓名', 'p_bb_name'), L('单位及职务', 'p_bb_post'), L('联系电话', 'p_bb_phone', 'phone')),
        L('劝返复学日期', 'p_back_date', 'date'), L('是否已复学', 'p_back', 'boolean', null, YN), R(),
      ],
      blank: 10, footer: FOOT_CUN,
    }],
  },
  {
    file: '县教育局/控辍保学工作周报表.xlsx', dept: '县教育局', freq: 'weekly', catalog: false, title: '控辍保学工作进展周报表',
    sheets: [{
      kind: 'columns', name: '周报', seq: true, villages: VILL, total: true,
      meta: '乡镇（盖章）：白马镇                  第  周（  月  日—  月  日）',
      cols: [
        L('村', 'v_name'), L('义务教育阶段适龄儿童少年（人）', 'v_school_age', 'integer', '人'),
        G('本周', L('新排查疑似辍学（人）', 'v_drop_new_w', 'integer', '人'), L('劝返复学（人）', 'v_back_w', 'integer', '人')),
        G('累计', L('疑似辍学（人）', 'v_drop_cum', 'integer', '人'), L('劝返复学（人）', 'v_back_cum', 'integer', '人')),
        L('送教上门（人）', 'v_home_teach', 'integer', '人'), R(),
      ],
      footer: FOOT_TOWN, note: '注：请于每周五上午10点前报县教育局控辍保学工作专班。',
    }],
  },
  {
    file: '县教育局/2024年秋季学期控辍保学情况统计表.xlsx', dept: '县教育局', freq: 'semiannual', title: '2024年秋季学期控辍保学情况统计表',
    sheets: [{
      kind: 'columns', name: '统计表', seq: true, villages: VILL, total: true, meta: '乡镇中心校（盖章）：                         2025年1月  日',
      cols: [
        L('村（社区）', 'v_name'), L('适龄儿童少年人数（人）', 'v_school_age', 'integer', '人'),
        L('疑似辍学累计（人）', 'v_drop_cum', 'integer', '人'), L('累计劝返复学人数（人）', 'v_back_cum', 'integer', '人'),
        L('送教上门学生数（人）', 'v_home_teach', 'integer', '人'), R(),
      ],
      footer: true,
    }],
  },
  // ───────────── 县退役军人事务局 ─────────────
  {
    file: '县退役军人事务局/退役军人信息采集表.xlsx', dept: '县退役军人事务局', freq: 'adhoc', title: '退役军人和其他优抚对象信息采集表',
    dictSheet: { name: '下拉选项', visible: true },
    instructions: ['填表说明：', '1.每人一行，姓名、公民身份号码须与户口簿一致。', '2.带下拉箭头的栏目从“下拉选项”表中选择。', '3.本表随时采集，有变动即更新，报县退役军人事务局。'],
    sheets: [{
      kind: 'columns', name: '信息采集', seq: true, example: true, meta: '村（社区）退役军人服务站：                          采集日期：    年  月  日',
      cols: [
        G('基本信息', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
          L('出生日期', 'p_birth', 'date'), L('公民身份号码', 'p_idno', 'idcard'), L('政治面貌', 'p_polit', 'choice', null, POLIT),
          L('文化程度', 'p_edu', 'choice', null, EDU)),
        G('服役信息', L('入伍时间', 'p_enlist', 'date'), L('退役时间', 'p_discharge', 'date'),
          L('退役方式', 'p_discharge_mode', 'choice', null, ['退伍', '复员', '转业', '退休', '其他']), L('是否参战参试', 'p_war', 'boolean', null, YN)),
        G('优抚信息', L('优抚对象类别', 'p_yf_type', 'choice', null, ['残疾军人', '烈士遗属', '因公牺牲军人遗属', '病故军人遗属', '在乡复员军人', '带病回乡退伍军人', '无']),
          L('伤残等级', 'p_vet_disab_grade', 'choice', null, ['一级', '二级', '三级', '四级', '五级', '六级', '七级', '八级', '九级', '十级', '无'])),
        L('户籍地址', 'p_addr_hj'), L('现居住地址', 'p_addr_now'), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 10,
    }],
  },
  // ───────────── 县应急管理局 ─────────────
  {
    file: '县应急管理局/汛期危险区域群众转移避险台账.xlsx', dept: '县应急管理局', freq: 'annual', title: '2025年汛期危险区域群众转移避险责任台账',
    catalog: '汛期危险区域群众转移避险台账',
    sheets: [{
      kind: 'columns', name: '转移台账', seq: true, meta: '乡镇（盖章）：                    村：                    （汛前5月20日前报县防汛抗旱指挥部办公室）',
      cols: [
        L('乡镇', 'v_town'), L('行政村', 'v_name'), L('村民小组', 'v_group_name'), L('危险区域名称', 'd_area_name'),
        L('危险区域类型', 'd_area_type', 'choice', null, ['低洼易涝区', '河道行洪区', '危旧房屋', '山洪地质灾害点', '其他']),
        G('涉及群众', L('户数（户）', 'd_hh', 'integer', '户'), L('人数（人）', 'd_n', 'integer', '人'), L('其中：老弱病残（人）', 'd_vuln', 'integer', '人')),
        G('转移责任人', L('姓名', 'd_resp_name'), L('职务', 'd_resp_post'), L('联系电话', 'd_resp_phone', 'phone')),
        L('安置地点', 'd_shelter'), L('转移路线', 'd_route'),
        L('预警信号传递方式', 'd_warn_way', 'choice', null, ['广播', '铜锣', '微信群', '入户通知']), R(),
      ],
      blank: 8, footer: true,
    }],
  },
  // ───────────── 县自然资源局 ─────────────
  {
    file: '县自然资源局/田长制耕地保护工作月报表.xlsx', dept: '县自然资源局', freq: 'monthly', title: '田长制耕地保护工作月报表',
    sheets: [X({
      name: '月报', meta: '填报单位：白马镇田长制办公室（盖章）                                2025年  月', footer: FOOT_TOWN,
    }, {
      corner: ['项    目'], unitCol: '计量单位', totalCol: '合计',
      rows: [
        { l: '耕地面积', k: 'land', u: '亩', t: 'decimal' }, { l: '永久基本农田面积', k: 'pbf', u: '亩', t: 'decimal' },
        { l: '撂荒面积', k: 'idle', u: '亩', t: 'decimal' }, { l: '本月巡田次数', k: 'patrol_m', u: '次', t: 'integer' },
      ],
      cols: [G('村    名', ...GV.map((v) => L(v.l, v.k, 'decimal', null)))],
      el: (r, leaf) => `g_${leaf.e}_${r.k}`,
    })],
  },
  {
    file: '县自然资源局/网格田长巡田记录台账.xlsx', dept: '县自然资源局', freq: 'monthly', catalog: false, title: '村级网格田长巡田工作记录台账',
    sheets: [{
      kind: 'columns', name: '巡田记录', seq: true, meta: '乡镇：                    村：                    2025年  月',
      cols: [
        L('乡镇', 'v_town'), L('村', 'v_name'), L('网格编号', 'f_grid_no'),
        G('网格田长', L('姓名', 'f_chief_name'), L('职务', 'f_chief_post'), L('联系电话', 'f_chief_phone', 'phone')),
        L('巡田日期', 'f_patrol_date', 'date'), L('巡查地块位置', 'f_plot'),
        L('发现问题类型', 'f_issue_type', 'choice', null, ['乱占耕地建房', '违规挖湖造景', '占用永久基本农田', '耕地撂荒', '未发现问题', '其他']),
        L('问题描述', 'f_issue_desc'), L('处置情况', 'f_issue_handle', 'choice', null, ['已制止', '已上报', '已整改']), R(),
      ],
      blank: 12, footer: FOOT_CUN, note: '注：本台账每月底报乡镇田长制办公室，由乡镇汇总后报县自然资源局（县田长制办公室）。',
    }],
  },
  {
    file: '县自然资源局/2025年度村级田长名单.xlsx', dept: '县自然资源局', freq: 'annual', title: '2025年度村级田长（网格田长）名单',
    sheets: [{
      kind: 'columns', name: '名单', seq: true, meta: '乡镇（盖章）：',
      cols: [
        L('乡镇', 'v_town'), L('行政村', 'v_name'), L('网格编号', 'f_grid_no'), L('田长姓名', 'f_chief_name'), L('职务', 'f_chief_post'),
        L('联系方式', 'f_chief_phone', 'phone'), R(),
      ],
      blank: 10,
    }],
  },
  // ───────────── 县水利局 ─────────────
  {
    file: '县水利局/2025年度村级河长巡河情况统计表.xlsx', dept: '县水利局', freq: 'annual', title: '2025年度村级河长巡河情况统计表',
    catalog: '村级河长巡河情况统计表',
    sheets: [X({
      name: '巡河统计', meta: '村（社区）：                  村级河长：                  河流（河段）名称：',
      footer: '村级河长（签字）：              填表人：              联系电话：              填报日期：    年  月  日',
      note: '注：每年1月10日前将上年度情况报乡镇河长办，汇总后报县河长制办公室（设县水利局）。',
    }, {
      corner: ['项  目'], unitCol: '单位', totalCol: '全年合计',
      rows: [{ l: '巡河次数', k: 'patrol', u: '次', t: 'integer' }, { l: '发现问题', k: 'issue', u: '个', t: 'integer' }],
      cols: [G('月      份', ...months)],
      el: (r, leaf) => `v_river_${r.k}_${leaf.e}`,
    })],
  },
  {
    file: '县水利局/农村供水保障情况调查表.xlsx', dept: '县水利局', freq: 'annual', title: '农村供水保障（饮水安全）情况调查表',
    sheets: [{
      kind: 'indicator-rows', name: '调查表', head: ['项    目', '单位', '数量'], sign: 'line',
      meta: '乡镇：                  行政村（盖章）：                  2025年  月  日',
      rows: [
        C('一、基本情况'), I('户籍户数', 'v_hh_hj', '户'), I('户籍人口', 'v_pop_hj', '人'), I('常住人口', 'v_pop_cz', '人'), I('村民小组数', 'v_groups', '个'),
        C('二、供水方式'), I('集中供水工程', 'w_central_proj', '处'), I('集中供水受益户数', 'w_central_hh', '户'), I('集中供水受益人口', 'w_central_pop', '人'),
        I('分散供水户数', 'w_disp_hh', '户'), I('分散供水人口', 'w_disp_pop', '人'), I('通自来水户数', 'v_tap_hh', '户'), D('自来水普及率', 'w_tap_rate', '%'),
      ],
      rows2: [
        C('三、工程运行管护'), D('村内供水管网长度', 'w_pipe_len', '公里'), I('入户水表', 'w_meters', '块'),
        I('是否明确村级管水员', 'w_keeper', null, 'boolean', '是/否'), I('管水员人数', 'w_keeper_n', '人'),
        I('是否计量收费', 'w_fee', null, 'boolean', '是/否'), D('水价', 'w_fee_std', '元/吨'),
        C('四、饮水问题排查'), I('季节性缺水户数', 'w_lack_hh', '户'), I('水质不达标户数', 'w_quality_hh', '户'),
        I('本年排查发现问题', 'w_issue_y', '个'), S('其中：已整改', 'w_issue_fixed_y', '个'), D('本年工程维修养护投入', 'w_maint', '万元'),
      ],
    }],
  },
  // ───────────── 县统计局 ─────────────
  {
    file: '县统计局/2025年村级统计年报表.xlsx', dept: '县统计局', freq: 'annual', title: '2025年村级统计年报表', catalog: '村级统计年报（表一至表三）',
    instructions: [
      '填表说明', '一、本年报由村委会统计员填写，乡镇统计站审核，2026年1月15日前报县统计局农村统计股。',
      '二、表一“本年”栏填报2025年12月31日时点数或全年累计数，“上年”栏按上年年报数填写，不得空缺。',
      '三、表二按村民小组逐行填写；表三村级组织情况以换届后实有人数为准。', '四、计量单位为亩的指标保留一位小数。',
    ],
    sheets: [
      {
        kind: 'indicator-rows', name: '表一', source: '表一：村基本情况', stat: { code: '农村统年1表', org: 'XX县统计局', approval: '豫统办字〔2021〕15号' },
        meta: '村名称：                所属乡镇：                2025年度', head: ['指标名称', '计量单位', '代码', '本年', '上年'],
        codeRow: true, sign: 'cells',
        rows: [
          C('一、人口及劳动力'), I('村民小组', 'v_groups', '个'), I('户籍户数', 'v_hh_hj', '户'), I('户籍人口', 'v_pop_hj', '人'),
          S('其中：男', 'v_pop_hj_m', '人'), S('女', 'v_pop_hj_f', '人'), I('常住人口', 'v_pop_cz', '人'), I('60周岁及以上人口', 'v_pop_60', '人'),
          I('65周岁及以上人口', 'v_pop_65', '人'), I('乡村从业人员', 'v_labor_emp', '人'), S('其中：外出从业人员', 'v_migrant', '人'),
          C('二、土地资源'), D('耕地面积', 'v_land', '亩'), S('其中：永久基本农田', 'v_pbf', '亩'), S('高标准农田', 'v_hsf', '亩'),
          D('园地面积', 'v_orchard', '亩'), D('林地面积', 'v_forest', '亩'), D('有效灌溉面积', 'v_irrig', '亩'), D('撂荒耕地面积', 'v_land_idle', '亩'), D('土地流转面积', 'v_land_transfer', '亩'),
          C('三、农业生产'), D('农作物总播种面积', 'v_sown_total', '亩'), S('其中：粮食作物播种面积', 'v_grain_area', '亩'),
          D('粮食总产量', 'v_grain_out', '吨'), D('农业机械总动力', 'v_machine_kw', '千瓦'), I('生猪存栏', 'v_pig_stock', '头'),
          I('生猪出栏', 'v_pig_out', '头'), I('牛存栏', 'v_cattle_stock', '头'), I('羊存栏', 'v_sheep_stock', '只'), I('家禽存栏', 'v_poultry_stock', '只'),
          C('四、农村经济'), C('（一）新型经营主体', 1), I('农民专业合作社', 'v_coop', '个'), I('家庭农场', 'v_family_farm', '个'),
          I('种养大户', 'v_big_farmer', '户'), C('（二）村集体经济', 1), D('村集体经济总收入', 'v_coll_income', '万元'),
          S('其中：经营性收入', 'v_coll_op_income', '万元'), D('村集体资产总额', 'v_coll_assets', '万元'), D('农村居民人均可支配收入', 'v_income_pc', '元'),
          C('五、基础设施和公共服务'), I('通硬化路的村民小组', 'v_group_road', '个'), I('通自来水户数', 'v_tap_hh', '户'),
          I('使用卫生厕所户数', 'v_toilet_hh', '户'), I('通宽带户数', 'v_broadband_hh', '户'), I('村卫生室', 'v_clinic', '个'),
          I('乡村医生', 'v_village_doctors', '人'), I('幼儿园', 'v_kindergarten', '个'), I('小学', 'v_primary_school', '所'),
          C('六、社会保障'), I('农村低保户数', 'v_dibao_hh', '户'), I('农村低保人数', 'v_dibao_n', '人'), I('特困供养人数', 'v_tekun_n', '人'),
          I('参加城乡居民基本养老保险人数', 'v_pension_ins', '人'), I('参加城乡居民基本医疗保险人数', 'v_med_ins', '人'),
          I('领取城乡居民养老保险待遇人数', 'v_pension_recv', '人'), I('持证残疾人数', 'v_disab_cert', '人'), I('脱贫户数', 'v_poor_hh', '户'), I('脱贫人口', 'v_poor_n', '人'), I('监测户数', 'v_monitor_hh', '户'), I('监测对象人数', 'v_monitor_n', '人'),
        ],
      },
      {
        kind: 'columns', name: '表二', title: '表二：村民小组基本情况', seq: true,
        cols: [
          L('村民小组名称', 'v_group_name'), L('户数（户）', 'grp_hh', 'integer', '户'), L('户籍人口（人）', 'grp_pop', 'integer', '人'),
          L('耕地面积（亩）', 'grp_land', 'decimal', '亩'), G('村民小组长', L('姓名', 'grp_leader_name'), L('联系电话', 'grp_leader_phone', 'phone')),
        ],
        blank: 10, total: true,
      },
      {
        kind: 'indicator-rows', name: '表三', title: '表三：村级组织情况', head: ['指标名称', '计量单位', '代码', '本年'], sign: 'cells',
        rows: [
          I('村“两委”成员', 'v_cadres', '人'), S('其中：女性', 'v_cadres_f', '人'), S('35岁及以下', 'v_cadres_u35', '人'),
          I('中共党员', 'v_pm', '人'), S('其中：预备党员', 'v_pm_prob', '人'), S('流动党员', 'v_pm_float', '人'),
          I('村务监督委员会成员', 'v_supervise', '人'), I('村民代表', 'v_reps', '人'), D('村级综合服务场所面积', 'v_office_area', '平方米'),
        ],
      },
    ],
  },
  {
    file: '县统计局/2025年村级统计年报附表.xlsx', dept: '县统计局', freq: 'annual', title: '2025年村级统计年报附表', catalog: '村级统计年报附表',
    sheets: [
      X({ name: '附表1', title: '附表1：主要农作物种植面积和产量', meta: '村名称：                所属乡镇：                2025年度' }, {
        corner: ['类  别', '作物名称'], codeRow: true,
        rows: [
          { cat: '粮食作物', l: '小麦', k: 'wheat' }, { cat: '粮食作物', l: '玉米', k: 'corn' }, { cat: '粮食作物', l: '大豆', k: 'soy' },
          { cat: '油料作物', l: '花生', k: 'peanut' }, { cat: '蔬菜', l: '蔬菜及食用菌', k: 'veg' },
        ],
        cols: [L('种植面积（亩）', 'area', 'decimal', '亩'), L('产量（公斤）', 'out', 'decimal', '公斤')],
        el: (r, leaf) => `v_crop_${r.k}_${leaf.e}`,
      }),
      {
        kind: 'grid', name: '附表2', title: '附表2：户籍人口年龄构成', key: '年龄段', prefix: 'v_age',
        rows: [{ l: '0-6岁', k: '0_6' }, { l: '7-17岁', k: '7_17' }, { l: '18-59岁', k: '18_59' }, { l: '60-79岁', k: '60_79' }, { l: '80岁及以上', k: '80p' }],
        cols: [G('户籍人口（人）', L('男', 'm', 'integer', '人'), L('女', 'f', 'integer', '人'))], total: true, footer: true,
      },
    ],
  },
  {
    file: '第三次全国农业普查村表.xlsx', dept: '县统计局', freq: 'adhoc', catalog: false, xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'indicator-rows', name: 'Sheet1', blankTop: 1, head: ['指标名称', '计量单位', '代码', '数量'],
      stat: { code: '农普村表', org: '国务院第三次全国农业普查领导小组办公室', approval: '国统字〔2016〕76号' },
      meta: '河南省  XX县  乡（镇）：            村（居）委会：            普查时点：2016年12月31日',
      rows: [
        C('一、村基本情况'), I('村民小组个数', 'v_groups', '个'), I('总户数', 'v_hh_hj', '户'), I('户籍人口总数', 'v_pop_hj', '人'),
        I('常住人口数', 'v_pop_cz', '人'), I('外出务工经商人员', 'v_migrant', '人'),
        C('二、土地'), D('耕地面积', 'v_land', '亩'), S('其中：高标准农田', 'v_hsf', '亩'), D('有效灌溉面积', 'v_irrig', '亩'), D('撂荒地面积', 'v_land_idle', '亩'),
        C('三、基础设施'), I('通自来水的户数', 'v_tap_hh', '户'), I('使用卫生厕所的户数', 'v_toilet_hh', '户'), I('通宽带互联网的户数', 'v_broadband_hh', '户'),
        I('卫生室个数', 'v_clinic', '个'), I('乡村医生人数', 'v_village_doctors', '人'), I('幼儿园、托儿所', 'v_kindergarten', '个'),
        C('四、经济'), I('农民专业合作社个数', 'v_coop', '个'), I('家庭农场个数', 'v_family_farm', '个'),
        D('村集体经济组织总收入', 'v_coll_income', '万元'), S('其中：经营收入', 'v_coll_op_income', '万元'),
        C('五、社会保障'), I('农村低保人口', 'v_dibao_n', '人'), I('五保供养人数', 'v_tekun_n', '人'),
        I('参加新型农村社会养老保险人数', 'v_pension_ins', '人'), I('参加新型农村合作医疗人数', 'v_med_ins', '人'),
      ],
      note: '注：本表由普查指导员入村填写，登记结束后经乡（镇）农普办审核，报县农普办（设县统计局）。',
    }],
  },
  // ───────────── 县委组织部 ─────────────
  {
    file: '县委组织部/农村党员基本信息花名册.xlsx', dept: '县委组织部', freq: 'annual', title: '农村党员基本信息花名册',
    sheets: [{
      kind: 'columns', name: '党员花名册', seq: true, meta: '党组织名称（盖章）：中共白马镇        村支部委员会                    统计截止：2025年12月31日',
      cols: [
        L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION), L('出生日期', 'p_birth', 'date'),
        L('公民身份号码', 'p_idno', 'idcard'), L('学历', 'p_edu', 'choice', null, EDU),
        L('人员类别', 'p_pm_type', 'choice', null, ['正式党员', '预备党员']), L('入党时间', 'p_join_date', 'date'), L('转为正式党员时间', 'p_full_date', 'date'),
        L('是否流动党员', 'p_pm_float', 'boolean', null, YN), L('外出流向', 'p_float_dest'),
        L('工作岗位', 'p_pm_job', 'choice', null, ['农牧渔民', '外出务工经商', '个体工商户', '村（社区）干部', '其他']), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 15, footer: '党组织书记：              填表人：              联系电话：              填报日期：    年  月  日',
    }],
  },
  {
    file: '县委组织部/村“两委”干部基本情况统计表.xlsx', dept: '县委组织部', freq: 'annual', title: '村“两委”干部基本情况统计表',
    sheets: [
      {
        kind: 'columns', name: '花名册', seq: true, meta: '乡镇党委（盖章）：                                      2025年  月  日',
        cols: [
          L('村', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生年月', 'p_birth', 'date'),
          L('政治面貌', 'p_polit', 'choice', null, POLIT), L('文化程度', 'p_edu', 'choice', null, EDU),
          L('现任职务', 'p_post', 'choice', null, ['党支部书记', '村委会主任', '党支部副书记', '村委会副主任', '支部委员', '村委委员']),
          L('是否“一肩挑”', 'p_yjt', 'boolean', null, YN), L('任现职时间', 'p_post_date', 'date'), L('联系电话', 'p_phone', 'phone'), R(),
        ],
        blank: 15,
      },
      {
        kind: 'columns', name: '汇总表', title: '村“两委”干部结构情况汇总表', seq: true, villages: VILL, total: true,
        cols: [
          L('村', 'v_name'), L('两委干部人数（人）', 'v_cadres', 'integer', '人'), L('其中：女性（人）', 'v_cadres_f', 'integer', '人'),
          L('35岁及以下（人）', 'v_cadres_u35', 'integer', '人'), L('大专及以上学历（人）', 'v_cadres_college', 'integer', '人'), L('村党员人数（人）', 'v_pm', 'integer', '人'),
          L('书记、主任是否“一肩挑”', 'v_yjt', 'boolean', null, YN),
        ],
        footer: true,
      },
    ],
  },
  // ───────────── 县妇联 ─────────────
  {
    file: '县妇联/婚姻家庭矛盾纠纷排查化解台账.xlsx', dept: '县妇联', freq: 'monthly', title: '婚姻家庭矛盾纠纷排查化解工作台账',
    sheets: [{
      kind: 'columns', name: '台账', seq: true, meta: '乡镇（街道）妇联：                村（社区）妇联主席：                2025年  月',
      cols: [
        L('村（社区）', 'v_name'), L('登记日期', 'm_recv_date', 'date'), L('纠纷类型', 'm_type', 'choice', null, DISPUTE),
        G('当事人', L('姓名', 'm_party_name'), L('性别', 'm_party_sex', 'choice', null, SEX), L('联系电话', 'm_party_phone', 'phone')),
        L('纠纷简要情况', 'm_desc'), L('化解责任人', 'm_handler'),
        L('化解结果', 'm_result', 'choice', null, ['已化解', '化解中', '移交相关部门']), L('化解时间', 'm_close_date', 'date'), R(),
      ],
      blank: 12, footer: FOOT_CUN,
    }],
  },
  {
    file: '2019年妇女儿童权益纠纷调解登记表.xlsx', dept: '县妇联', freq: 'adhoc', catalog: false, title: '妇女儿童权益纠纷调解登记表',
    sheets: [{
      kind: 'columns', name: '登记表', seq: true,
      cols: [
        L('村（居）', 'v_name'), L('受理日期', 'm_recv_date', 'date'), L('纠纷类别', 'm_type', 'choice', null, DISPUTE),
        L('当事人姓名', 'm_party_name'), L('当事人电话', 'm_party_phone', 'phone'),
        L('调解结果', 'm_result', 'choice', null, ['已化解', '化解中', '移交相关部门']), L('调解日期', 'm_close_date', 'date'), R(),
      ],
      blank: 12, footer: FOOT_CUN, note: '注：发现纠纷即时登记调解，调解结束后报乡镇妇联，由乡镇妇联报县妇联权益部。',
    }],
  },
];

async function main() {
  const corpus = new Corpus13('blind13', OUT, forms, [
    ['村级光伏扶贫电站收益分配台账.xlsx', '村级光伏扶贫电站收益分配台账', '县乡村振兴局', '年报'],
    ['农村户厕改造摸底登记表.xlsx', '农村户厕改造摸底登记表', '县农业农村局', '不定期'],
  ]);
  await corpus.build();
  writeReadme(JSON.parse(fs.readFileSync(path.join(OUT, 'gold.json'), 'utf8')));
}

interface Gold {
  forms: Array<{ file: string; title?: string; department: string; frequency: string; layout: string }>;
  fields: Array<{ ref: string; element: string; layout: string }>;
  elements: Array<{ id: string }>;
  retirement: { full: string[]; partial: string[]; coverage: Record<string, number>; coveredBy: Record<string, string[]> };
}

const RANK: Record<string, number> = { daily: 7, weekly: 6, monthly: 5, quarterly: 4, semiannual: 3, annual: 2, adhoc: 1 };
/** the eligible form that covers most of `file`'s elements, and the elements no eligible form covers */
function cover(g: Gold, file: string): string {
  const elems = new Map<string, Set<string>>();
  for (const f of g.fields) {
    if (f.element.startsWith('remark:')) continue;
    const k = f.ref.split('#')[0];
    if (!elems.has(k)) elems.set(k, new Set());
    elems.get(k)!.add(f.element);
  }
  const mine = elems.get(file)!;
  const freq = (k: string) => RANK[g.forms.find((x) => x.file === k)!.frequency];
  const dept = (k: string) => g.forms.find((x) => x.file === k)!.department;
  const others = g.forms.map((x) => x.file).filter((k) => k !== file && freq(k) >= freq(file));
  const best = others.map((k) => ({ k, n: [...mine].filter((e) => elems.get(k)?.has(e)).length })).sort((a, b) => b.n - a.n || Number(dept(b.k) === dept(file)) - Number(dept(a.k) === dept(file)) || a.k.localeCompare(b.k))[0];
  const open = [...mine].filter((e) => !others.some((k) => elems.get(k)?.has(e)));
  return `${best.n} of its ${mine.size} elements in ${best.k} (${g.forms.find((x) => x.file === best.k)!.frequency})` +
    (best.n < mine.size - open.length ? ', the rest in other forms' : '') + (open.length ? `; not collected elsewhere: ${open.join(', ')}` : '');
}

function writeReadme(g: Gold) {
  const byLayout: Record<string, number> = {};
  for (const f of g.fields) byLayout[f.layout] = (byLayout[f.layout] ?? 0) + 1;
  const formsOf = new Map<string, Set<string>>();
  for (const f of g.fields) {
    if (!formsOf.has(f.element)) formsOf.set(f.element, new Set());
    formsOf.get(f.element)!.add(f.ref.split('#')[0]);
  }
  const shared = [...formsOf.values()].filter((s) => s.size > 1).length;
  const nonRemark = [...formsOf.keys()].filter((e) => !e.startsWith('remark:')).length;
  const absent = forms.filter((f) => f.catalog === false);
  const depts = new Set(g.forms.map((f) => f.department));
  const pct = (a: number, b: number) => `${Math.round((a / b) * 1000) / 10} %`;
  const r = g.retirement;
  const lines = [
    '# blind13 — held-out corpus (河南 XX县, 粮食生产·乡村振兴·基层治理 村级报表, 2013–2025)',
    '',
    'Held-out: score only with --final; do not tune on it.',
    '',
    '## First look',
    '',
    '## Contents',
    '',
    `- ${g.forms.length} templates under \`forms/\` from ${depts.size} department names (${[...depts].join('、')}; 县扶贫办 is the 2016 name of`,
    '  县乡村振兴局), some in department folders, three at the top level.',
    `- ${g.fields.length} gold fields: columns ${byLayout.columns ?? 0} (${pct(byLayout.columns ?? 0, g.fields.length)}), indicator-rows ${byLayout['indicator-rows'] ?? 0}` +
      ` (${pct(byLayout['indicator-rows'] ?? 0, g.fields.length)}), grid ${byLayout.grid ?? 0} (${pct(byLayout.grid ?? 0, g.fields.length)}).`,
    `- ${g.elements.length} elements (${nonRemark} without the forms' 备注); ${shared} of them are collected by two or more forms` +
      ` (${pct(shared, g.elements.length)} of all elements, ${pct(shared, nonRemark)} of the non-备注 ones).`,
    `- \`报表清单.xlsx\` lists ${g.forms.length - absent.length} of the templates; ${absent.length} are absent (department and frequency from the folder, the`,
    '  title, a 表号 / 制定机关 block, a 报送 note or a system-export line) and it lists 2 files that are not in the folder',
    '  (村级光伏扶贫电站收益分配台账.xlsx, 农村户厕改造摸底登记表.xlsx). Absent:',
    ...absent.map((f) => `  - ${f.file}`),
    '- Frequencies: ' + ['weekly', 'monthly', 'quarterly', 'semiannual', 'annual', 'adhoc'].map((q) => `${q} ${g.forms.filter((f) => f.frequency === q).length}`).join(', ') + '.',
    '- `build-corpus.ts` holds the forms and, in its header comment, the gold conventions beyond the bench README;',
    '  `extra.ts` draws the grid shapes the blind4 kit lacks.',
    '',
    '## Shapes',
    '',
    '- Long indicator-rows questionnaires: 村集体经济组织收益分配统计表 (项目 | 计量单位 | 代码 | 本年数 | 上年数, 甲乙丙 code row,',
    '  numbered 1. rows that are fields, 其中： sub-items, a merged 盖章 / 填表人 / 审核人 side column, 表号 block);',
    '  村级统计年报 表一 (指标名称 | 计量单位 | 代码 | 本年 | 上年, 一、/（一） categories, signature cells at the bottom);',
    '  农村供水保障情况调查表 (项目 | 单位 | 数量 in two panels side by side, a signature line); the 2016 农业普查 村表 (.xls, no title row).',
    '- One form in several sheets: 村级统计年报表 (表一 indicator rows, 表二 村民小组 roster, 表三 村级组织, a 填表说明 sheet);',
    '  年报附表 (two grid sheets); 村“两委”干部基本情况统计表 (roster + village summary). Visible dropdown sheets: 选项 (防返贫),',
    '  下拉选项 (退役军人, also a 填表说明 sheet and an example row); 填表说明 also in the 控辍保学 台账.',
    '- Old .xls conversions (Sheet1/Sheet2/Sheet3, a stray empty column and row, numbers as text): 2016 扶贫 结对帮扶台账,',
    '  2014 育龄妇女信息变动台账 (no title row), 农业普查 村表 (no title row).',
    '- Rosters whose group header changes the meaning: 户主信息 > 姓名, 帮扶责任人 > 姓名/工作单位/联系电话, 监护人 > 姓名/联系电话,',
    '  丈夫 > 姓名/身份证号, 包保责任人, 转移责任人, 管护责任人, 网格田长, 当事人, 村民小组长; and ones whose header does not: 基本信息,',
    '  学生信息, 儿童基本信息, 服役信息, 父母情况. A household roster whose unqualified 身份证号码 / 联系电话 are the head\'s (低保特困).',
    '- Grids: kit grids 作物 × 播种面积/单产/总产 (农业农村局) and 年龄段 × 户籍人口 > 男|女 (年报附表2); own shapes (extra.ts):',
    '  类别 | 作物 two-column row labels merged down (年报附表1, shares 播种面积 = 种植面积 and 总产 = 产量 with the 农业农村局 grid),',
    '  类别 | 险种 × 参保人数 / 本季征缴金额 with a 表号 block (人社 季报; its 城乡居民基本养老保险 参保人数 is 年报 表一\'s);',
    '  村 × 撂荒耕地面积 | 已复耕复种面积 > 本月 | 累计 with a code row and a 合计 row (农业农村局, filled by the 乡镇);',
    '  the transposed grid 项目 | 计量单位 | 村名 > 李庄村 … 刘营村 | 合计 (自然资源局 田长制, shares each village\'s 撂荒面积 with the',
    '  农业农村局 grid); 项目 | 单位 | 月份 > 1月 … 12月 | 全年合计 (水利局 河长制 巡河).',
    '- Synonyms and near-misses: see the header comment of build-corpus.ts (撂荒耕地面积 / 撂荒地面积 / 撂荒面积, 两委成员 / 两委干部,',
    '  化解时间 / 调解日期, 五保供养 / 特困供养, 新农保 / 城乡居民养老 …; 年龄 ≠ 出生日期, 60 ≠ 65 ≠ 80周岁, 户数 ≠ 人数, 本周 / 本月 ≠ 累计).',
    '',
    '## Retirement truth',
    '',
    'By the bench README rule (computed by the kit from the gold):',
    '',
    ...r.full.map((f) => `- full: ${f} — ${cover(g, f)}`),
    ...r.partial.map((f) => `- partial (${r.coverage[f]}): ${f} — ${cover(g, f)}`),
    '',
    'No other form reaches 0.8.',
    '',
    '## Rebuild',
    '',
    '```',
    'npx tsx tests/blind13/build-corpus.ts              # forms/, 报表清单.xlsx, gold.json, README.md',
    'npx tsx tests/blind13/build-corpus.ts --gold-only  # gold.json and README.md only, the workbooks stay',
    'npx tsx tests/blind4/check-corpus.ts tests/blind13 # every gold ref points at its label (prints bad 0)',
    '```',
    '',
    'The gold is deterministic; the workbooks differ only in their timestamps from one build to the next. With `soffice`',
    'on the PATH the three .xls forms are round-tripped through LibreOffice, otherwise written directly with their artefacts.',
    '',
  ];
  fs.writeFileSync(path.join(OUT, 'README.md'), lines.join('\n'));
  console.error(`shared ${shared}/${g.elements.length} elements (${pct(shared, g.elements.length)}; ${pct(shared, nonRemark)} of non-备注)`);
}

void main();
