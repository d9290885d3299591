/**
 * Held-out corpus "blind20": 35 report templates that 14 offices of a pastoral banner in 内蒙古 (XX旗) send to its 苏木
 * (镇) and 嘎查, 2013–2025: 草原生态保护补助奖励 (草原补奖) and its “一卡通” payouts, 禁牧 / 草畜平衡 / 春季休牧 supervision,
 * 牲畜存栏 (牧业年度 6月末 and 年末), 接羔保育, 重大动物疫病 免疫 and 布病, 牧民合作社, 边境 (护边员, 抵边居住) and 民族事务,
 * 低保 / 高龄津贴 / 养老, 防返贫监测, 雪灾 and 冬春 饲草料 储备, 草原确权.
 *
 *   npx tsx tests/blind20/build-corpus.ts              → tests/blind20/forms, 报表清单.xlsx, gold.json (README.md if absent)
 *   npx tsx tests/blind20/build-corpus.ts --readme     → also rewrite README.md (erases a "First look" section!)
 *   npx tsx tests/blind20/build-corpus.ts --gold-only  → gold.json only
 *
 * Written from ../shared/bench/README.md and tests/blind4 (kit, example, checker) only; the gold sits next to each
 * label. The judgement calls are listed in README.md (section "Gold calls").
 */
import fs from 'node:fs';
import path from 'node:path';
import { C, Corpus, D, EDU, G, I, L, POLIT, R, S, SEX, YN, type Form } from './kit';

const HERE = path.join(import.meta.dirname ?? __dirname);
const TOWN = '巴彦乌拉苏木';
const GACHA = ['巴彦淖尔嘎查', '乌兰图嘎查', '宝力格嘎查', '哈日干图嘎查', '阿拉坦温都尔嘎查', '额尔敦宝拉格嘎查'];
const NATION = ['蒙古族', '汉族', '达斡尔族', '鄂温克族', '回族', '满族', '其他'];
const BANKS = ['内蒙古农村商业银行（农信社）', '中国农业银行', '中国邮政储蓄银行', '其他'];
const COOP_IND = ['肉羊养殖', '肉牛养殖', '奶牛养殖', '饲草种植', '畜产品加工', '民族手工艺品', '牧家游', '其他'];
const COOP_STATUS = ['正常运营', '停止经营', '“空壳社”'];
const REL = ['户主', '配偶', '之子', '之女', '之儿媳', '之女婿', '之孙子', '之孙女', '之父', '之母', '其他'];
const HEALTH = ['健康', '长期慢性病', '患有大病', '残疾'];
const MEASURES = ['产业帮扶', '就业帮扶', '健康帮扶', '教育帮扶', '综合保障', '小额信贷', '其他'];
const CAUSES = ['因病', '因残', '因学', '因灾', '缺草场', '缺牲畜', '缺劳力', '缺资金', '自身发展动力不足'];
const POSTS = ['党支部书记', '嘎查达', '党支部副书记', '嘎查委员会委员', '党支部委员', '务监会主任'];
const OCC = ['牧民', '农民', '兽医', '屠宰加工人员', '学生', '其他'];
const ROUTE = ['接羔助产', '屠宰剥皮', '饲养放牧', '食用未消毒奶及奶制品', '不详'];
const MONTHS = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
const FOOT_GACHA = '嘎查负责人：            填表人：            联系电话：            填报日期：    年  月  日';
const FOOT_SUMU = '苏木（镇）分管领导：            审核人：            填表人：            联系电话：';

const forms: Form[] = [
  // ───────────── 旗农牧局 ─────────────
  {
    file: '旗农牧局/草原生态保护补助奖励政策落实情况统计表.xlsx', dept: '旗农牧局', freq: 'annual',
    title: '2024年度草原生态保护补助奖励政策落实情况统计表',
    sheets: [{
      kind: 'indicator-rows', name: '草补1表', stat: { code: '草补1表', org: '内蒙古自治区农牧厅', approval: '内农牧草发〔2021〕126号', valid: '2025年12月' },
      meta: '填报单位：              苏木（镇）              嘎查（盖章）                    2024年度',
      head: ['指标名称', '计量单位', '代码', '本年', '上年'], codeRow: true, sign: 'cells',
      rows: [
        C('一、基本情况'), I('牧户数', 'v_herder_hh', '户'), I('牧业人口', 'v_herder_pop', '人'), D('草原总面积', 'v_grass_total', '亩'),
        S('其中：可利用草原面积', 'v_grass_usable', '亩', 'decimal'), D('承包到户草原面积', 'v_grass_contracted', '亩'),
        I('嘎查草原管护员', 'v_ranger_n', '人'),
        C('二、禁牧'), D('禁牧面积', 'v_ban_area', '亩'), I('禁牧户数', 'v_ban_hh', '户'), I('禁牧人口', 'v_ban_pop', '人'),
        D('禁牧补助标准', 'v_ban_rate', '元/亩'), D('禁牧补助资金', 'v_ban_fund', '万元'),
        C('三、草畜平衡'), D('草畜平衡面积', 'v_bal_area', '亩'), I('草畜平衡户数', 'v_bal_hh', '户'), I('草畜平衡人口', 'v_bal_pop', '人'),
        D('核定载畜量', 'v_cap_rated', '羊单位'), D('实际载畜量', 'v_cap_actual', '羊单位'), S('其中：超载牲畜', 'v_overload', '羊单位', 'decimal'), D('实行春季休牧面积', 'v_rest_area', '亩'),
        I('签订草畜平衡责任书户数', 'v_bal_signed_hh', '户'), D('草畜平衡奖励标准', 'v_bal_rate', '元/亩'), D('草畜平衡奖励资金', 'v_bal_fund', '万元'),
        C('四、补奖资金兑付'), D('应兑付补奖资金', 'v_fund_due', '万元'), D('实际兑付补奖资金', 'v_fund_paid', '万元'),
        S('其中：通过“一卡通”发放', 'v_fund_card', '万元', 'decimal'), I('兑付户数', 'v_fund_paid_hh', '户'),
        I('执行“封顶保底”户数', 'v_fund_capfloor_hh', '户'),
        C('五、牲畜存栏（牧业年度6月末）'), I('牲畜总头数', 'v_ls_total_6', '头（只）'), S('其中：牛', 'v_cattle_6', '头'), S('马', 'v_horse_6', '匹'),
        S('骆驼', 'v_camel_6', '峰'), S('绵羊', 'v_sheep_6', '只'), S('山羊', 'v_goat_6', '只'), D('折合羊单位', 'v_ls_su_6', '羊单位'),
        C('六、草原监督管理'), I('开展草原巡查', 'v_patrol_y', '次'), I('发现违反禁牧和草畜平衡规定案件', 'v_illegal_y', '起'),
        S('其中：立案查处', 'v_case_y', '起'),
        C('七、配套建设'), D('棚圈面积', 'v_shed_area', '平方米'), S('其中：暖棚', 'v_warm_shed_area', '平方米', 'decimal'),
        D('饲草料基地面积', 'v_forage_base', '亩'),
        C('八、牧民收入'), D('牧民人均可支配收入', 'v_income_pc', '元'), I('转移就业牧民', 'v_transfer_emp', '人'),
      ],
      note: '注：1.牲畜存栏按牧业年度（6月30日）统计；2.补奖资金以“一卡通”实际到户金额为准。',
    }],
  },
  {
    file: '旗农牧局/农牧民专业合作社基本情况统计表.xlsx', dept: '旗农牧局', freq: 'annual', title: '2024年度农牧民专业合作社基本情况统计表',
    dictSheet: { name: '下拉列表', visible: true },
    sheets: [{
      kind: 'columns', name: '合作社', seq: true, example: true,
      meta: '填报单位：            苏木（镇）（盖章）                       统计截止日期：2024年12月31日',
      cols: [
        L('所在嘎查', 'v_name'), L('合作社名称', 'c_name'), L('统一社会信用代码', 'c_uscc'),
        G('法定代表人', L('姓名', 'c_legal_name'), L('身份证号', 'c_legal_id', 'idcard'), L('联系电话', 'c_legal_phone', 'phone')),
        L('成员总数（人）', 'c_members', 'integer', '人'), L('出资总额（万元）', 'c_capital', 'decimal', '万元'),
        L('主营产业', 'c_industry', 'choice', null, COOP_IND), L('入社草场面积（亩）', 'c_grass_in', 'decimal', '亩'),
        L('示范社级别', 'c_demo_level', 'choice', null, ['国家级', '自治区级', '盟级', '旗级', '非示范社']),
        L('年经营收入（万元）', 'c_revenue', 'decimal', '万元'),
        L('运营状态', 'c_status', 'choice', null, COOP_STATUS), R(),
      ],
      blank: 10, footer: FOOT_SUMU,
    }],
  },
  {
    file: '旗农牧局/农牧民合作社“空壳社”专项清理台账.xlsx', dept: '旗农牧局', freq: 'adhoc', title: '农民专业合作社“空壳社”专项清理工作台账',
    catalog: '“空壳社”专项清理台账',
    sheets: [{
      kind: 'columns', name: '清理台账', seq: true, meta: '苏木（镇）：                                        填报日期：    年  月  日',
      cols: [
        L('嘎查', 'v_name'), L('合作社全称', 'c_name'), L('统一社会信用代码', 'c_uscc'), L('理事长', 'c_legal_name'),
        L('理事长手机号', 'c_legal_phone', 'phone'), L('社员人数', 'c_members', 'integer', '人'),
        L('成员出资额（万元）', 'c_capital', 'decimal', '万元'),
        L('经营现状', 'c_status', 'choice', null, COOP_STATUS),
        L('存在问题', 'c_issue', 'choice', null, ['无实际经营活动', '连续两年未报送年度报告', '成员出资不实', '其他']),
      ],
      blank: 10, footer: FOOT_SUMU,
    }],
  },
  {
    file: '旗农牧局/春季接羔保育工作进度周报.xlsx', dept: '旗农牧局', freq: 'weekly', catalog: false, title: '2025年春季接羔保育工作进度周报表',
    sheets: [{
      kind: 'columns', name: '周报', seq: true, villages: GACHA, total: true,
      meta: `填报单位：${TOWN}畜牧工作站                    截至    月    日（每周一12时前报送）`,
      cols: [
        L('嘎查', 'v_name'), L('应产母畜（头只）', 'v_due_dams', 'integer', '头只'),
        G('本周', L('产仔（头只）', 'v_born_w', 'integer', '头只'), L('成活（头只）', 'v_surv_w', 'integer', '头只')),
        G('累计', L('产仔（头只）', 'v_born_cum', 'integer', '头只'), L('成活（头只）', 'v_surv_cum', 'integer', '头只'),
          L('成活率（%）', 'v_surv_rate', 'decimal', '%')),
      ],
      footer: '填表人：              审核人：              联系电话：',
    }],
  },
  {
    file: '旗农牧局/牲畜年末存栏情况统计表.xlsx', dept: '旗农牧局', freq: 'annual', title: '2024年度牲畜年末存栏情况统计表',
    sheets: [{
      kind: 'columns', name: 'Sheet1', seq: true, villages: GACHA, total: true, codeRow: true,
      meta: `填报单位：${TOWN}（盖章）                          统计时点：2024年12月31日`,
      cols: [
        L('苏木（镇）', 'v_town'), L('嘎查（村）', 'v_name'),
        G('年末牲畜存栏', L('合计（头只）', 'v_ls_total_12', 'integer', '头只'), L('牛（头）', 'v_cattle_12', 'integer', '头'),
          L('马（匹）', 'v_horse_12', 'integer', '匹'), L('骆驼（峰）', 'v_camel_12', 'integer', '峰'), L('绵羊（只）', 'v_sheep_12', 'integer', '只'),
          L('山羊（只）', 'v_goat_12', 'integer', '只')),
        L('其中：能繁母畜（头只）', 'v_breeding_12', 'integer', '头只'), L('当年出栏（头只）', 'v_ls_out_y', 'integer', '头只'), R(),
      ],
      footer: FOOT_SUMU,
    }],
  },
  // ───────────── 旗林业和草原局 ─────────────
  {
    file: '旗林业和草原局/禁牧和草畜平衡监管台账.xlsx', dept: '旗林业和草原局', freq: 'annual', title: '2016年禁牧和草畜平衡监管台账',
    xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'columns', name: 'Sheet1', startCol: 1, textNums: true, seq: true,
      meta: '苏木（镇）：                    嘎查：                     填报时间：2016年  月  日',
      cols: [
        L('苏木（镇）', 'v_town'), L('嘎查', 'v_name'), L('户主姓名', 'h_head_name'), L('身份证号码', 'h_head_id', 'idcard'),
        L('家庭人口（人）', 'h_size', 'integer', '人'), L('承包草场面积（亩）', 'h_grass_contract', 'decimal', '亩'),
        G('其中', L('禁牧面积（亩）', 'h_ban_area', 'decimal', '亩'), L('草畜平衡面积（亩）', 'h_bal_area', 'decimal', '亩')),
        L('核定载畜量（羊单位）', 'h_cap_rated', 'decimal', '羊单位'), L('现有牲畜（羊单位）', 'h_ls_su', 'decimal', '羊单位'),
        L('草原承包经营权证编号', 'h_cert_no'),
        L('是否签订责任书', 'h_bal_signed', 'boolean', null, YN), L('联系电话', 'h_head_phone', 'phone'), R(),
      ],
      blank: 12, footer: '嘎查经办人：              草原管护员：              苏木（镇）审核人：',
    }],
  },
  {
    file: '旗林业和草原局/春季休牧期草原巡查情况周报表.xlsx', dept: '旗林业和草原局', freq: 'weekly', title: '春季休牧期草原巡查情况周报表',
    sheets: [{
      kind: 'columns', name: '巡查周报', seq: true, villages: GACHA, total: true,
      meta: `填报单位：${TOWN}草原工作站              填报时间：    年  月  日（休牧期间每周五16时前报送）`,
      cols: [
        L('嘎查', 'v_name'), L('休牧面积（亩）', 'v_rest_area', 'decimal', '亩'), L('草原管护员（人）', 'v_ranger_n', 'integer', '人'),
        G('本周', L('巡查人次', 'v_patrol_w', 'integer', '人次'), L('发现偷牧、夜牧（起）', 'v_illegal_w', 'integer', '起'),
          L('当场制止（起）', 'v_stopped_w', 'integer', '起')),
        G('休牧以来累计', L('巡查人次', 'v_patrol_cum', 'integer', '人次'), L('发现偷牧、夜牧（起）', 'v_illegal_cum', 'integer', '起'),
          L('移交立案（起）', 'v_case_cum', 'integer', '起')),
      ],
      footer: true,
    }],
  },
  {
    file: '旗林业和草原局/嘎查草原管护员花名册.xlsx', dept: '旗林业和草原局', freq: 'annual', title: '2014年度嘎查草原管护员花名册',
    xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'columns', name: 'Sheet1', blankTop: 1, textNums: true, seq: true,
      meta: '苏木（镇）（盖章）：                                  2014年  月  日',
      cols: [
        L('苏木（镇）', 'v_town'), L('嘎查', 'v_name'),
        G('基本信息', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
          L('出生年月', 'p_birth', 'date'), L('身份证号', 'p_idno', 'idcard')),
        L('是否建档立卡贫困户', 'p_is_poor', 'boolean', null, YN), L('管护面积（亩）', 'p_guard_area', 'decimal', '亩'),
        L('管护补助（元/月）', 'p_ranger_pay', 'decimal', '元/月'), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '旗林业和草原局/禁牧和草畜平衡制度落实情况汇总表.xlsx', dept: '旗林业和草原局', freq: 'semiannual',
    title: '禁牧和草畜平衡制度落实情况半年汇总表',
    sheets: [{
      kind: 'columns', name: '汇总表', seq: true, villages: GACHA, total: true,
      meta: `填报单位：${TOWN}（盖章）                          2024年上（下）半年`,
      cols: [
        L('苏木（镇）', 'v_town'), L('嘎查名称', 'v_name'), L('牧户（户）', 'v_herder_hh', 'integer', '户'),
        L('草场面积（亩）', 'v_grass_total', 'decimal', '亩'),
        G('禁牧', L('面积（亩）', 'v_ban_area', 'decimal', '亩'), L('户数（户）', 'v_ban_hh', 'integer', '户'), L('人口（人）', 'v_ban_pop', 'integer', '人')),
        G('草畜平衡', L('面积（亩）', 'v_bal_area', 'decimal', '亩'), L('户数（户）', 'v_bal_hh', 'integer', '户'), L('人口（人）', 'v_bal_pop', 'integer', '人')),
        L('核定载畜量（羊单位）', 'v_cap_rated', 'decimal', '羊单位'), L('实际载畜量（羊单位）', 'v_cap_actual', 'decimal', '羊单位'),
        G('补奖资金（万元）', L('禁牧补助', 'v_ban_fund', 'decimal', '万元'), L('草畜平衡奖励', 'v_bal_fund', 'decimal', '万元'),
          L('已兑付', 'v_fund_paid', 'decimal', '万元')), R(),
      ],
      footer: FOOT_SUMU,
    }],
  },
  // ───────────── 旗财政局 ─────────────
  {
    file: '旗财政局/草原补奖资金“一卡通”发放花名册.xlsx', dept: '旗财政局', freq: 'annual',
    title: '2023年草原生态保护补助奖励资金“一卡通”发放花名册', catalog: '草原补奖资金“一卡通”发放花名册',
    sheets: [{
      kind: 'columns', name: '发放花名册', seq: true,
      meta: '苏木（镇）：                    嘎查：                                  金额单位：元',
      cols: [
        L('嘎查', 'v_name'), G('户主', L('姓名', 'h_head_name'), L('公民身份号码', 'h_head_id', 'idcard')), L('家庭人口', 'h_size', 'integer', '人'),
        L('“一卡通”账号', 'h_card_no'), L('开户银行', 'h_bank', 'choice', null, BANKS),
        G('禁牧补助', L('面积（亩）', 'h_ban_area', 'decimal', '亩'), L('金额', 'h_ban_pay', 'decimal', '元')),
        G('草畜平衡奖励', L('面积（亩）', 'h_bal_area', 'decimal', '亩'), L('金额', 'h_bal_pay', 'decimal', '元')),
        L('发放金额合计', 'h_fund_total', 'decimal', '元'), R(),
      ],
      blank: 12, total: true, footer: '苏木（镇）财政所审核人：              嘎查经办人：              联系电话：',
    }],
  },
  {
    file: '草原补奖资金发放明细（一卡通系统导出）.xlsx', dept: '旗财政局', freq: 'adhoc', catalog: false, title: '草原生态保护补助奖励资金发放明细表',
    sheets: [{
      kind: 'columns', name: 'sheet1', source: '数据来源：内蒙古自治区惠农惠牧补贴资金“一卡通”管理系统导出',
      cols: [
        L('所属嘎查', 'v_name'), L('持卡人姓名', 'h_head_name'), L('证件号码', 'h_head_id', 'idcard'), L('补贴账号', 'h_card_no'),
        L('禁牧补助金额（元）', 'h_ban_pay', 'decimal', '元'), L('草畜平衡奖励金额（元）', 'h_bal_pay', 'decimal', '元'),
        L('实发金额（元）', 'h_fund_total', 'decimal', '元'),
      ],
      blank: 15, note: '注：资金到账后由苏木（镇）财政所不定期导出核对，发现问题及时报送旗财政局农业股。',
    }],
  },
  // ───────────── 旗统计局 ─────────────
  {
    file: '旗统计局/农村牧区基本情况统计年报表.xlsx', dept: '旗统计局', freq: 'annual', title: '2024年农村牧区基本情况统计年报表',
    sheets: [{
      kind: 'indicator-rows', name: '农牧基1表', stat: { code: '农牧基1表', org: '内蒙古自治区统计局', approval: '内统制〔2023〕15号', valid: '2025年12月' },
      meta: '填报单位（嘎查）：                              2024年度', head: ['指标名称', '计量单位', '代码', '本年', '上年'],
      codeRow: true, sign: 'side',
      rows: [
        C('一、户数和人口'), I('年末总户数', 'v_hh_hj', '户'), S('其中：牧户', 'v_herder_hh', '户'), I('年末户籍人口', 'v_pop_hj', '人'),
        S('其中：男', 'v_pop_hj_m', '人'), S('女', 'v_pop_hj_f', '人'), S('蒙古族', 'v_pop_mongol', '人'), S('其他少数民族', 'v_pop_other_minor', '人'),
        I('常住户数', 'v_hh_cz', '户'), I('常住人口', 'v_pop_cz', '人'), I('60周岁及以上人口', 'v_pop_60', '人'),
        C('二、劳动力'), I('乡村劳动力', 'v_labor', '人'), S('其中：从事畜牧业', 'v_labor_herd', '人'), I('外出务工劳动力', 'v_migrant', '人'),
        C('三、土地和草原'), D('草原总面积', 'v_grass_total', '亩'), S('其中：可利用草原', 'v_grass_usable', '亩', 'decimal'),
        D('禁牧面积', 'v_ban_area', '亩'), D('草畜平衡面积', 'v_bal_area', '亩'), D('耕地面积', 'v_land', '亩'),
        S('其中：饲草料地', 'v_forage_base', '亩', 'decimal'),
        C('四、畜牧业'), I('年末牲畜存栏', 'v_ls_total_12', '头（只）'), S('其中：牛', 'v_cattle_12', '头'), S('马', 'v_horse_12', '匹'),
        S('骆驼', 'v_camel_12', '峰'), S('绵羊', 'v_sheep_12', '只'), S('山羊', 'v_goat_12', '只'), S('能繁母畜', 'v_breeding_12', '头（只）'),
        I('当年牲畜出栏', 'v_ls_out_y', '头（只）'), D('肉类总产量', 'v_meat', '吨'), D('牛奶产量', 'v_milk', '吨'), D('山羊绒产量', 'v_cashmere', '吨'),
        C('五、生产生活条件'), D('棚圈面积', 'v_shed_area', '平方米'), I('机电井', 'v_wells', '眼'), I('通电牧户', 'v_hh_power', '户'),
        I('使用风光互补发电牧户', 'v_hh_windsolar', '户'),
        C('六、收入和集体经济'), D('农牧民人均可支配收入', 'v_income_pc', '元'), D('嘎查集体经济收入', 'v_coll_income', '万元'),
        I('农牧民专业合作社', 'v_coop_n', '个'),
        C('七、社会事业和社会保障'), I('乡村医生', 'v_doctors', '人'), I('参加城乡居民基本医疗保险人数', 'v_med_ins', '人'),
        I('参加城乡居民基本养老保险人数', 'v_pension_ins', '人'), I('农村牧区最低生活保障户数', 'v_dibao_hh', '户'),
        I('农村牧区最低生活保障人数', 'v_dibao_n', '人'), I('脱贫户', 'v_outpoor_hh', '户'), I('脱贫人口', 'v_outpoor_n', '人'),
      ],
      note: '注：本表由嘎查填报，苏木（镇）统计站审核后于次年1月20日前报送旗统计局。牲畜存栏为日历年度年末数。',
    }],
  },
  {
    file: '旗统计局/牧业年度牲畜生产情况调查表.xlsx', dept: '旗统计局', freq: 'annual', title: '2024年牧业年度牲畜生产情况调查表',
    sheets: [{
      kind: 'grid', name: '牧业年度', key: ['畜  类', '畜  种'], prefix: 'g_ls6',
      stat: { code: '农牧3表', org: '内蒙古自治区统计局', approval: '内统制〔2023〕15号', valid: '2025年12月' },
      meta: '填报单位：              嘎查                       调查时点：2024年6月30日',
      rows: [
        { cat: '大牲畜', l: '牛（头）', k: 'cattle', u: '头' }, { cat: '大牲畜', l: '马（匹）', k: 'horse', u: '匹' },
        { cat: '大牲畜', l: '骆驼（峰）', k: 'camel', u: '峰' }, { cat: '羊', l: '绵羊（只）', k: 'sheep', u: '只' },
        { cat: '羊', l: '山羊（只）', k: 'goat', u: '只' }, { cat: '猪', l: '生猪（头）', k: 'pig', u: '头' },
      ],
      cols: [L('6月末存栏', 'stock', 'integer', null), L('其中：能繁母畜', 'breed', 'integer', null), L('当年新生仔畜', 'born', 'integer', null),
        L('上年6月末存栏', 'prev', 'integer', null)],
      elem: (rk, ce) => (ce === 'stock' && rk !== 'pig' ? `v_${rk}_6` : `g_ls6_${rk}_${ce}`),
      total: true, footer: '嘎查统计员：              审核人：              联系电话：',
    }],
  },
  // ───────────── 旗民族事务委员会 ─────────────
  {
    file: '旗民族事务委员会/少数民族人口及民族工作基本情况统计表.xlsx', dept: '旗民族事务委员会', freq: 'annual',
    title: '2024年少数民族人口及民族工作基本情况统计表',
    sheets: [{
      kind: 'tgrid', name: '统计表', key: '指    标', unitHead: '计量单位', villages: GACHA.slice(0, 5), totalCol: '合计',
      meta: `填报单位：${TOWN}（盖章）                                  统计时点：2024年12月31日`,
      rows: [
        I('户籍户数', 'v_hh_hj', '户'), I('户籍人口', 'v_pop_hj', '人'), S('其中：蒙古族', 'v_pop_mongol', '人'), S('其他少数民族', 'v_pop_other_minor', '人'),
        I('嘎查村民委员会成员', 'v_vc_n', '人'), S('其中：蒙古族', 'v_vc_mongol', '人'),
      ],
      footer: FOOT_SUMU, note: '注：“其他少数民族”指蒙古族以外的少数民族人口。',
    }],
  },
  {
    file: '旗民族事务委员会/2024年上半年民族团结进步示范创建工作台账.xlsx', dept: '旗民族事务委员会', freq: 'semiannual', catalog: false,
    title: '2024年上半年民族团结进步示范创建工作台账',
    sheets: [{
      kind: 'columns', name: '台账', seq: true, meta: '填报单位：              苏木（镇）（盖章）                     填报日期：2024年6月  日',
      cols: [
        L('苏木（镇）', 'v_town'), L('嘎查（社区）', 'v_name'),
        L('创建类型', 'u_type', 'choice', null, ['示范嘎查（社区）', '示范单位', '示范家庭', '示范宗教活动场所']),
        L('命名级别', 'u_level', 'choice', null, ['全国', '自治区', '盟', '旗', '尚未命名']),
        L('开展“石榴籽”主题活动（次）', 'u_events', 'integer', '次'), L('参与群众（人次）', 'u_participants', 'integer', '人次'),
        L('发放蒙汉双语宣传资料（份）', 'u_materials', 'integer', '份'),
        G('联系人', L('姓名', 'u_contact_name'), L('职务', 'u_contact_post'), L('联系电话', 'u_contact_phone', 'phone')),
      ],
      blank: 8, footer: FOOT_SUMU,
    }],
  },
  // ───────────── 旗民政局 ─────────────
  {
    file: '旗民政局/农村牧区最低生活保障对象花名册.xlsx', dept: '旗民政局', freq: 'monthly', title: '农村牧区最低生活保障对象花名册',
    catalog: '农村牧区低保对象花名册',
    sheets: [{
      kind: 'columns', name: '低保花名册', seq: true,
      meta: '苏木（镇）：                    （盖章）              2025年    月                 金额单位：元',
      cols: [
        L('苏木（镇）', 'v_town'), L('嘎查（村）', 'v_name'), L('户主姓名', 'h_head_name'), L('户主身份证号', 'h_head_id', 'idcard'),
        L('户主民族', 'h_head_nation', 'choice', null, NATION), L('保障人口', 'h_dibao_n', 'integer', '人'),
        L('保障类别', 'h_dibao_cls', 'choice', null, ['一类', '二类', '三类', '四类']), L('月保障金', 'h_dibao_pay', 'decimal', '元'),
        L('是否牧业户', 'h_is_herder', 'boolean', null, YN), L('“一卡通”账号', 'h_card_no'), L('开户银行', 'h_bank', 'choice', null, BANKS),
        L('联系电话', 'h_head_phone', 'phone'), R(),
      ],
      blank: 12, total: true, footer: FOOT_SUMU,
    }],
  },
  {
    file: '旗民政局/高龄老年人津贴发放花名册.xlsx', dept: '旗民政局', freq: 'quarterly', catalog: false, title: '高龄老年人津贴发放花名册',
    sheets: [{
      kind: 'columns', name: '高龄津贴', seq: true,
      meta: '苏木（镇）：          嘎查（社区）：          发放季度：    年第  季度（每季度首月10日前报送旗民政局养老服务股）',
      cols: [
        L('嘎查（社区）', 'v_name'), L('老人姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
        L('出生日期', 'p_birth', 'date'), L('年龄（周岁）', 'p_age', 'integer', '周岁'), L('公民身份号码', 'p_idno', 'idcard'),
        L('本季度发放金额（元）', 'p_oldage_pay_q', 'decimal', '元'),
        G('监护人', L('姓名', 'p_guardian_name'), L('联系电话', 'p_guardian_phone', 'phone')), R(),
      ],
      blank: 12, total: true, footer: FOOT_GACHA,
    }],
  },
  {
    file: '旗民政局/嘎查村民委员会基本情况统计表.xlsx', dept: '旗民政局', freq: 'annual', title: '2024年嘎查村民委员会基本情况统计表',
    sheets: [{
      kind: 'columns', name: '基本情况', seq: true, villages: GACHA, total: true, codeRow: true,
      stat: { code: '民基3表', org: 'XX旗民政局', approval: 'X民发〔2024〕12号', valid: '2025年12月' },
      meta: `填报单位：${TOWN}（盖章）                          2024年12月31日`,
      cols: [
        L('嘎查名称', 'v_name'), L('所属苏木（镇）', 'v_town'), L('嘎查达姓名', 'v_head_name'), L('党支部书记姓名', 'v_sec_name'),
        L('户籍户数（户）', 'v_hh_hj', 'integer', '户'),
        G('户籍人口（人）', L('合计', 'v_pop_hj', 'integer', '人'), L('男', 'v_pop_hj_m', 'integer', '人'), L('女', 'v_pop_hj_f', 'integer', '人')),
        L('其中：蒙古族（人）', 'v_pop_mongol', 'integer', '人'), L('60周岁及以上老年人（人）', 'v_pop_60', 'integer', '人'),
        G('农村牧区低保', L('户数（户）', 'v_dibao_hh', 'integer', '户'), L('人数（人）', 'v_dibao_n', 'integer', '人')),
        G('嘎查村民委员会成员（人）', L('合计', 'v_vc_n', 'integer', '人'), L('其中：女性', 'v_vc_f', 'integer', '人'),
          L('其中：蒙古族', 'v_vc_mongol', 'integer', '人')),
        L('是否边境嘎查', 'v_is_border', 'boolean', null, YN), L('距边境线距离（公里）', 'v_border_dist', 'decimal', '公里'), R(),
      ],
      footer: true,
    }],
  },
  // ───────────── 旗动物疫病预防控制中心 ─────────────
  {
    file: '旗动物疫病预防控制中心/春季重大动物疫病集中免疫进度周报.xlsx', dept: '旗动物疫病预防控制中心', freq: 'weekly', catalog: false,
    title: '2025年春季重大动物疫病集中免疫进度周报表',
    sheets: [{
      kind: 'columns', name: '进度周报', seq: true, villages: GACHA, total: true,
      meta: `填报单位：${TOWN}农牧业综合服务中心                          截至    月    日`,
      cols: [
        L('嘎查', 'v_name'),
        G('口蹄疫（头只）', L('应免数', 'v_fmd_due', 'integer', '头只'), L('累计免疫数', 'v_fmd_cum', 'integer', '头只')),
        G('小反刍兽疫（只）', L('应免数', 'v_ppr_due', 'integer', '只'), L('累计免疫数', 'v_ppr_cum', 'integer', '只')),
        G('布鲁氏菌病（头只）', L('应免数', 'v_bru_due', 'integer', '头只'), L('累计免疫数', 'v_bru_cum', 'integer', '头只')),
        L('本周免疫（头只）', 'v_vacc_w', 'integer', '头只'),
        G('嘎查动物防疫员', L('姓名', 'v_vet_name'), L('联系电话', 'v_vet_phone', 'phone')),
      ],
      footer: '填表人：              审核人：              联系电话：',
    }],
  },
  {
    file: '旗动物疫病预防控制中心/春秋两季重大动物疫病免疫情况统计表.xlsx', dept: '旗动物疫病预防控制中心', freq: 'semiannual',
    title: '2025年春季重大动物疫病免疫情况统计表', catalog: '春秋两季重大动物疫病免疫情况统计表',
    sheets: [{
      kind: 'grid', name: '免疫统计', key: ['疫病种类', '畜  种'], prefix: 'g_imm',
      stat: { code: '动防2表', org: '内蒙古自治区动物疫病预防控制中心', approval: '内农牧医发〔2024〕18号', valid: '2026年12月' },
      meta: '填报单位：              嘎查                       填报日期：2025年5月  日',
      rows: [
        { cat: '口蹄疫', l: '牛（头）', k: 'fmd_cattle', u: '头' }, { cat: '口蹄疫', l: '羊（只）', k: 'fmd_sheep', u: '只' },
        { cat: '小反刍兽疫', l: '羊（只）', k: 'ppr_sheep', u: '只' },
        { cat: '布鲁氏菌病', l: '牛（头）', k: 'bru_cattle', u: '头' }, { cat: '布鲁氏菌病', l: '羊（只）', k: 'bru_sheep', u: '只' },
        { cat: '高致病性禽流感', l: '家禽（羽）', k: 'hpai', u: '羽' },
      ],
      cols: [L('应免数量', 'due', 'integer', null), L('实免数量', 'done', 'integer', null), L('免疫密度（%）', 'density', 'decimal', '%')],
      footer: '嘎查防疫员：              苏木（镇）兽医站审核：              联系电话：',
    }],
  },
  {
    file: '牲畜布鲁氏菌病监测采样登记表.xlsx', dept: '旗动物疫病预防控制中心', freq: 'adhoc', catalog: false, title: '牲畜布鲁氏菌病监测采样登记表',
    sheets: [{
      kind: 'columns', name: '采样登记', seq: true,
      stat: { code: '动防监3表', org: '旗动物疫病预防控制中心', approval: 'X动防发〔2022〕7号', valid: '长期' },
      meta: '采样单位：                   采样人：                  采样日期：    年  月  日',
      cols: [
        L('苏木（镇）', 'v_town'), L('嘎查', 'v_name'),
        G('畜主', L('姓名', 'h_owner_name'), L('身份证号', 'h_owner_id', 'idcard'), L('联系电话', 'h_owner_phone', 'phone')),
        L('畜种', 's_species', 'choice', null, ['牛', '绵羊', '山羊', '骆驼', '马']), L('耳标号', 's_eartag'),
        L('检测结果', 's_result', 'choice', null, ['阴性', '阳性', '可疑']), R(),
      ],
      blank: 15, note: '注：本表随采随报，不定期报送旗动物疫病预防控制中心；检测结果为阳性的当日上报。',
    }],
  },
  // ───────────── 旗边境管理大队 ─────────────
  {
    file: '旗边境管理大队/护边员队伍花名册.xlsx', dept: '旗边境管理大队', freq: 'annual', title: '2024年度护边员队伍花名册',
    dictSheet: { name: '字典', visible: true },
    sheets: [{
      kind: 'columns', name: '护边员', seq: true, meta: '边境派出所：                   苏木（镇）：                       填报日期：2024年  月  日',
      cols: [
        L('苏木（镇）', 'v_town'), L('嘎查', 'v_name'),
        G('基本信息', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
          L('出生年月', 'p_birth', 'date'), L('公民身份号码', 'p_idno', 'idcard'), L('政治面貌', 'p_polit', 'choice', null, POLIT),
          L('文化程度', 'p_edu', 'choice', null, EDU)),
        L('是否蒙汉兼通', 'p_bilingual', 'boolean', null, YN), L('点位距边境线距离（公里）', 'p_border_dist', 'decimal', '公里'),
        L('护边补贴（元/月）', 'p_guard_pay', 'decimal', '元/月'), L('手机号码', 'p_phone', 'phone'), R(),
      ],
      blank: 10, footer: '边境派出所审核人：              填表人：              联系电话：',
    }],
  },
  {
    file: '旗边境管理大队/边境嘎查人口和抵边居住情况季报表.xlsx', dept: '旗边境管理大队', freq: 'quarterly', catalog: false,
    title: '边境嘎查人口和抵边居住情况季报表',
    sheets: [{
      kind: 'columns', name: '季报', seq: true, villages: GACHA, total: true,
      meta: '填报单位：            边境派出所（盖章）                        2025年第  季度',
      cols: [
        L('嘎查', 'v_name'), L('距边境线距离（公里）', 'v_border_dist', 'decimal', '公里'),
        G('户籍', L('户数（户）', 'v_hh_hj', 'integer', '户'), L('人口（人）', 'v_pop_hj', 'integer', '人')),
        G('常住', L('户数（户）', 'v_hh_cz', 'integer', '户'), L('人口（人）', 'v_pop_cz', 'integer', '人')),
        G('抵边居住', L('户数（户）', 'v_border_hh', 'integer', '户'), L('人口（人）', 'v_border_pop', 'integer', '人')),
        L('护边员（人）', 'v_guard_n', 'integer', '人'), L('季度内外来人员（人次）', 'v_outsiders_q', 'integer', '人次'),
      ],
      footer: true,
    }],
  },
  // ───────────── 旗乡村振兴局 ─────────────
  {
    file: '旗乡村振兴局/防止返贫动态监测对象信息采集表.xlsx', dept: '旗乡村振兴局', freq: 'adhoc', title: '防止返贫动态监测对象信息采集表',
    catalog: '防止返贫监测对象信息采集表（表一至表五）', dictSheet: { name: '选项', visible: false },
    instructions: [
      '填表说明',
      '1.本表适用于脱贫不稳定户、边缘易致贫户和突发严重困难户，发现一户、采集一户，随时录入全国防止返贫监测信息系统。',
      '2.表一“户主证件号码”填写18位公民身份号码；“家庭人口数”指共同生活的家庭成员人数。',
      '3.表三“牲畜存栏”按调查时点折合羊单位填写：1头牛折5个羊单位，1匹马折6个羊单位，1峰骆驼折7个羊单位。',
      '4.表四收入为上年度全年收入；“草原生态保护补助奖励”以“一卡通”到户金额为准。',
      '5.表五由帮扶责任人填写，帮扶措施可多选。',
    ],
    sheets: [
      {
        kind: 'indicator-rows', name: '表一', title: '防止返贫动态监测对象信息采集表', source: '表一：户基本情况', head: ['项  目', '单位', '填报内容'],
        rows: [
          I('所在苏木（镇）', 'v_town', null, 'text', '—'), I('所在嘎查', 'v_name', null, 'text', '—'), I('户主姓名', 'h_head_name', null, 'text', '—'),
          I('户主证件号码', 'h_head_id', null, 'idcard', '—'), I('户主民族', 'h_head_nation', null, 'choice', '—'), I('家庭人口数', 'h_size', '人'),
          I('监测对象类别', 'h_monitor_type', null, 'choice', '—'), I('主要风险类型', 'h_risk', null, 'choice', '—'),
          I('识别纳入时间', 'h_monitor_date', null, 'date', '—'), I('是否牧业户', 'h_is_herder', null, 'boolean', '是/否'),
          I('户主联系电话', 'h_head_phone', null, 'phone', '—'), I('惠农惠牧“一卡通”账号', 'h_card_no', null, 'text', '—'),
        ],
        sign: 'line',
      },
      {
        kind: 'columns', name: '表二', title: '表二：家庭成员情况', seq: true,
        cols: [
          L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('证件号码', 'p_idno', 'idcard'), L('与户主关系', 'p_rel', 'choice', null, REL),
          L('民族', 'p_nation', 'choice', null, NATION), L('文化程度', 'p_edu', 'choice', null, EDU), L('健康状况', 'p_health', 'choice', null, HEALTH),
          L('是否参加城乡居民基本医疗保险', 'p_med_ins', 'boolean', null, YN), L('是否参加城乡居民基本养老保险', 'p_pension_ins', 'boolean', null, YN),
        ],
        blank: 8,
      },
      {
        kind: 'indicator-rows', name: '表三', title: '表三：生产经营情况', head: ['指  标', '单位', '数量'],
        rows: [
          D('承包草场面积', 'h_grass_contract', '亩'), S('其中：禁牧面积', 'h_ban_area', '亩', 'decimal'), S('草畜平衡面积', 'h_bal_area', '亩', 'decimal'),
          D('耕地面积', 'h_land', '亩'), D('核定载畜量', 'h_cap_rated', '羊单位'), D('牲畜存栏（折合羊单位）', 'h_ls_su', '羊单位'), S('其中：牛', 'h_cattle', '头'), S('羊', 'h_sheep', '只'),
          D('棚圈面积', 'h_shed', '平方米'), I('是否加入合作社', 'h_in_coop', null, 'boolean', '是/否'),
        ],
      },
      {
        kind: 'indicator-rows', name: '表四', title: '表四：家庭收入情况（上年度）', head: ['项  目', '单位', '金额'],
        rows: [
          C('一、家庭纯收入'), D('工资性收入', 'h_inc_wage', '元'), D('生产经营性收入', 'h_inc_op', '元'), S('其中：畜牧业收入', 'h_inc_herd', '元', 'decimal'),
          D('财产性收入', 'h_inc_prop', '元'), S('其中：草场流转收入', 'h_inc_grass_rent', '元', 'decimal'), D('转移性收入', 'h_inc_tr', '元'),
          S('其中：草原生态保护补助奖励', 'h_fund_total', '元', 'decimal'), S('最低生活保障金', 'h_inc_dibao', '元', 'decimal'),
          S('养老金', 'h_inc_pension', '元', 'decimal'),
          C('二、人均纯收入'), D('家庭年人均纯收入', 'h_inc_net_pc', '元'),
        ],
      },
      {
        kind: 'columns', name: '表五', title: '表五：帮扶措施', seq: true,
        cols: [
          G('帮扶责任人', L('姓名', 'h_helper_name'), L('工作单位', 'h_helper_org'), L('联系电话', 'h_helper_phone', 'phone')),
          L('帮扶措施', 'h_measure', 'choice', null, MEASURES), L('落实时间', 'h_measure_date', 'date'),
        ],
        blank: 4, footer: '调查人：              户主签字（按手印）：              调查日期：    年  月  日',
      },
    ],
  },
  {
    file: '旗乡村振兴局/扶贫开发建档立卡贫困户花名册.xlsx', dept: '旗乡村振兴局', freq: 'annual', catalog: '2013年扶贫开发建档立卡贫困户花名册',
    xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'columns', name: 'Sheet1', startCol: 1, blankTop: 1, textNums: true, seq: true, codeRow: true,
      meta: '苏木乡镇：                  嘎查村：                  填报时间：2013年  月  日',
      cols: [
        L('苏木乡镇', 'v_town'), L('嘎查村', 'v_name'), L('户主姓名', 'h_head_name'), L('身份证号', 'h_head_id', 'idcard'),
        G('家庭情况', L('家庭人口', 'h_size', 'integer', '人'), L('贫困户属性', 'h_poor_attr', 'choice', null, ['一般贫困户', '低保贫困户', '五保贫困户']),
          L('主要致贫原因', 'h_poor_cause', 'choice', null, CAUSES)),
        L('人均纯收入（元）', 'h_inc_net_pc', 'decimal', '元'), L('草场面积（亩）', 'h_grass_contract', 'decimal', '亩'),
        L('牲畜头数（头只）', 'h_ls_heads', 'integer', '头只'), L('联系电话', 'h_head_phone', 'phone'), R(),
      ],
      blank: 12, footer: '嘎查（村）书记签字：              苏木乡镇审核：              填表人：',
    }],
  },
  {
    file: '旗乡村振兴局/2025年上半年脱贫户和监测户收入监测调查表及汇总表.xlsx', dept: '旗乡村振兴局', freq: 'semiannual', catalog: false,
    title: '2025年上半年脱贫户和监测户收入情况调查表',
    sheets: [
      {
        kind: 'columns', name: '调查表', source: '（防止返贫监测信息系统收入采集）', seq: true,
        meta: '苏木（镇）：              嘎查：              调查时间：2025年6月',
        cols: [
          L('户主姓名', 'h_head_name'), L('户类型', 'h_type', 'choice', null, ['脱贫户', '监测户']), L('家庭人口（人）', 'h_size', 'integer', '人'),
          G('上半年家庭收入（元）', L('工资性', 'h_inc_wage_h', 'decimal', '元'), L('生产经营性', 'h_inc_op_h', 'decimal', '元'),
            L('转移性', 'h_inc_tr_h', 'decimal', '元')),
          L('上半年人均纯收入（元）', 'h_inc_net_pc_h', 'decimal', '元'), L('是否存在返贫致贫风险', 'h_risk_flag', 'boolean', null, YN),
        ],
        blank: 12,
      },
      {
        kind: 'indicator-rows', name: '汇总表', title: '2025年上半年脱贫户和监测户收入情况汇总表（嘎查级）', head: ['项  目', '单位', '数量'], sign: 'cells',
        rows: [
          I('脱贫户数', 'v_outpoor_hh', '户'), I('脱贫人口', 'v_outpoor_n', '人'), I('监测户数', 'v_monitor_hh', '户'), I('监测对象人数', 'v_monitor_n', '人'),
          D('上半年人均纯收入', 'v_inc_pc_h', '元'), I('人均纯收入低于5000元的户数', 'v_low_inc_hh', '户'), I('本期消除风险户数', 'v_risk_cleared_hh', '户'),
        ],
      },
    ],
  },
  // ───────────── 旗人力资源和社会保障局 ─────────────
  {
    file: '旗人力资源和社会保障局/城乡居民基本养老保险待遇领取人员花名册.xlsx', dept: '旗人力资源和社会保障局', freq: 'monthly',
    title: '城乡居民基本养老保险待遇领取人员花名册',
    sheets: [{
      kind: 'columns', name: '待遇领取', seq: true, meta: '苏木（镇）：              嘎查（村）：                 待遇发放年月：    年  月',
      cols: [
        L('嘎查（村）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
        L('身份证号码', 'p_idno', 'idcard'), L('出生日期', 'p_birth', 'date'),
        L('月养老金（元）', 'p_pension_pay', 'decimal', '元'), L('是否禁牧区牧民', 'p_ban_herder', 'boolean', null, YN),
        L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 12, footer: '苏木（镇）社保所审核人：              嘎查协办员：              联系电话：',
    }],
  },
  {
    file: '牧区劳动力转移就业情况统计表.xlsx', dept: '旗人力资源和社会保障局', freq: 'quarterly', catalog: false, title: '牧区劳动力转移就业情况统计表',
    sheets: [{
      kind: 'columns', name: '转移就业', seq: true, villages: GACHA, total: true, meta: '填报单位（盖章）：                           2025年第  季度',
      cols: [
        L('苏木（镇）', 'v_town'), L('嘎查', 'v_name'), L('乡村劳动力（人）', 'v_labor', 'integer', '人'), L('转移就业人数（人）', 'v_transfer_emp', 'integer', '人'),
        G('其中', L('禁牧区转移（人）', 'v_te_ban', 'integer', '人'), L('旗内（人）', 'v_te_local', 'integer', '人'),
          L('旗外区内（人）', 'v_te_region', 'integer', '人'), L('区外（人）', 'v_te_outregion', 'integer', '人')),
        L('本季度新增转移就业（人）', 'v_te_new_q', 'integer', '人'),
      ],
      footer: FOOT_SUMU, note: '注：本表于每季度末月25日前报送旗人力资源和社会保障局就业服务中心。',
    }],
  },
  // ───────────── 旗卫生健康委员会 ─────────────
  {
    file: '旗卫生健康委员会/嘎查卫生室基本情况调查表.xlsx', dept: '旗卫生健康委员会', freq: 'annual', title: '2024年嘎查卫生室基本情况调查表',
    sheets: [{
      kind: 'indicator-rows', name: '调查表', head: ['项    目', '单位', '数量'], sign: 'side',
      meta: '嘎查卫生室名称：                              所属苏木（镇）卫生院：',
      rows: [
        C('一、基本情况'), I('卫生室地址', 'k_addr', null, 'text', '—'), I('卫生室联系电话', 'k_phone', null, 'phone', '—'), I('服务嘎查数', 'k_serve_vill', '个'),
        I('服务人口', 'k_serve_pop', '人'), D('业务用房面积', 'k_area', '平方米'), I('是否纳入医保定点', 'k_med_ins', null, 'boolean', '是/否'),
        I('是否提供蒙医药服务', 'k_mongol_med', null, 'boolean', '是/否'),
        C('二、人员情况'), I('乡村医生', 'k_doctors', '人'), S('其中：蒙医', 'k_mongol_doc', '人'), S('取得执业（助理）医师资格', 'k_licensed', '人'),
        I('负责人姓名', 'k_chief_name', null, 'text', '—'), I('负责人手机号码', 'k_chief_phone', null, 'phone', '—'),
        C('三、公共卫生服务'), I('建立居民健康档案', 'k_records', '份'), I('65岁及以上老年人健康管理人数', 'k_old65', '人'), I('布病患者随访管理人数', 'k_bru_mgmt', '人'), I('家庭医生签约人数', 'k_signed', '人'),
      ],
    }],
  },
  {
    file: '旗卫生健康委员会/人间布鲁氏菌病病例登记月报表.xlsx', dept: '旗卫生健康委员会', freq: 'monthly', catalog: false, title: '人间布鲁氏菌病病例登记月报表',
    sheets: [{
      kind: 'columns', name: '病例登记', seq: true, meta: '报告单位：            苏木（镇）卫生院                     报告月份：    年  月',
      cols: [
        L('苏木（镇）', 'v_town'), L('嘎查', 'v_name'), L('患者姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('年龄（岁）', 'p_age', 'integer', '岁'),
        L('民族', 'p_nation', 'choice', null, NATION), L('身份证号', 'p_idno', 'idcard'), L('职业', 'p_occup', 'choice', null, OCC),
        L('发病日期', 'p_onset', 'date'), L('可能感染途径', 'p_route', 'choice', null, ROUTE), L('家庭饲养羊只（只）', 'h_sheep', 'integer', '只'), L('家庭饲养牛（头）', 'h_cattle', 'integer', '头'),
        L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 10, footer: '报告人：              审核人：              联系电话：',
    }],
  },
  {
    file: '旗卫生健康委员会/人间布病疫情分月统计表.xlsx', dept: '旗卫生健康委员会', freq: 'annual', title: '2024年人间布鲁氏菌病疫情分月统计表',
    sheets: [{
      kind: 'grid', name: '分月统计', key: '项    目', prefix: 'g_bru_m',
      meta: '填报单位：            苏木（镇）卫生院                                          单位：例',
      rows: [{ l: '新报告病例', k: 'new' }, { l: '其中：职业为牧民', k: 'herder' }],
      cols: MONTHS.map((m, i) => L(m, `m${i + 1}`, 'integer', '例')),
      footer: '填表人：              审核人：              联系电话：',
    }],
  },
  // ───────────── 旗应急管理局 ─────────────
  {
    file: '旗应急管理局/冬春季防灾保畜饲草料储备情况统计表.xlsx', dept: '旗应急管理局', freq: 'semiannual',
    title: '2024—2025年度冬春季防灾保畜饲草料储备情况统计表', catalog: '冬春季防灾保畜饲草料储备情况统计表',
    sheets: [{
      kind: 'columns', name: '饲草料储备', seq: true, villages: GACHA, total: true,
      meta: `填报单位：${TOWN}（盖章）                            填报日期：    年  月  日`,
      cols: [
        L('嘎查', 'v_name'), L('牧户（户）', 'v_herder_hh', 'integer', '户'), L('越冬牲畜（羊单位）', 'v_winter_su', 'decimal', '羊单位'),
        L('需储备饲草料（吨）', 'v_forage_need', 'decimal', '吨'),
        G('已储备（吨）', L('干草', 'v_hay_stock', 'decimal', '吨'), L('青贮', 'v_silage_stock', 'decimal', '吨'), L('精饲料', 'v_conc_stock', 'decimal', '吨')),
        L('缺口（吨）', 'v_forage_gap', 'decimal', '吨'), L('暖棚（座）', 'v_warm_shed_n', 'integer', '座'),
      ],
      footer: FOOT_SUMU, note: '注：每年10月底（入冬前）和次年2月底（春季）各报送一次。',
    }],
  },
  {
    file: '旗应急管理局/雪灾（白灾）灾情统计快报表.xlsx', dept: '旗应急管理局', freq: 'adhoc', title: '雪灾（白灾）灾情统计快报表',
    sheets: [{
      kind: 'indicator-rows', name: '快报', head: ['指标名称', '计量单位', '数量'], sign: 'cells',
      meta: '填报单位：                   灾害发生时间：    年  月  日  时          统计截止时间：    月  日  时',
      rows: [
        C('一、受灾情况'), I('受灾人口', 'd_affected', '人'), S('其中：受灾牧民', 'd_aff_herder', '人'), I('受灾牧户', 'd_aff_hh', '户'),
        I('被困群众', 'd_trapped', '人'), I('紧急转移安置人口', 'd_relocated', '人'), D('草场受灾面积', 'd_grass_area', '亩'),
        D('平均积雪深度', 'd_snow_depth', '厘米'),
        C('二、牲畜损失'), I('因灾死亡牲畜', 'd_ls_dead', '头（只）'), S('其中：牛', 'd_cattle_dead', '头'), S('羊', 'd_sheep_dead', '只'),
        S('马', 'd_horse_dead', '匹'),
      ],
      rows2: [
        C('三、设施损失'), I('倒塌棚圈', 'd_shed_col', '座'), I('损坏房屋', 'd_house', '间'), D('损失饲草料', 'd_forage_loss', '吨'),
        C('四、经济损失'), D('直接经济损失', 'd_loss', '万元'), S('其中：畜牧业损失', 'd_loss_herd', '万元', 'decimal'),
        C('五、救灾投入'), D('调运饲草料', 'd_forage_sent', '吨'), I('出动救援人员', 'd_rescuers', '人次'),
      ],
    }],
  },
  // ───────────── 旗自然资源局 ─────────────
  {
    file: '旗自然资源局/草原承包经营权确权登记台账.xlsx', dept: '旗自然资源局', freq: 'annual', title: '2015年草原承包经营权确权登记台账',
    dictSheet: { name: '选项', visible: true },
    sheets: [{
      kind: 'columns', name: '确权台账', seq: true, meta: '苏木（镇）：              嘎查：                  发包方：            嘎查股份经济合作社',
      cols: [
        L('苏木（镇）', 'v_town'), L('嘎查', 'v_name'), G('承包方代表', L('姓名', 'h_head_name'), L('公民身份号码', 'h_head_id', 'idcard')),
        L('家庭成员数（人）', 'h_size', 'integer', '人'), L('承包草原面积（亩）', 'h_grass_contract', 'decimal', '亩'),
        G('四至', L('东至', 'h_east'), L('南至', 'h_south'), L('西至', 'h_west'), L('北至', 'h_north')),
        L('承包期限', 'h_term', 'choice', null, ['30年', '50年', '其他']), L('权证编号', 'h_cert_no'), R(),
      ],
      blank: 12, footer: '嘎查经办人：              承包方代表签字：              登记日期：    年  月  日',
    }],
  },
  // ───────────── 旗委组织部 ─────────────
  {
    file: '旗委组织部/嘎查“两委”班子成员花名册.xlsx', dept: '旗委组织部', freq: 'adhoc', catalog: false, title: '嘎查“两委”班子成员花名册',
    sheets: [{
      kind: 'columns', name: '两委成员', seq: true, meta: '苏木（镇）党委（盖章）：                                 填报日期：    年  月  日',
      cols: [
        L('苏木（镇）', 'v_town'), L('嘎查', 'v_name'),
        G('个人信息', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
          L('出生年月', 'p_birth', 'date'), L('文化程度', 'p_edu', 'choice', null, EDU), L('政治面貌', 'p_polit', 'choice', null, POLIT)),
        L('现任职务', 'p_vc_post', 'choice', null, POSTS), L('是否蒙汉兼通', 'p_bilingual', 'boolean', null, YN), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 12, note: '注：嘎查“两委”换届或班子成员调整后，随时更新报送旗委组织部组织室。',
    }],
  },
];

const corpus = new Corpus('blind20', HERE, forms, [
  ['嘎查草原防火责任人名单.xlsx', '嘎查草原防火责任人名单', '旗应急管理局', '年报'],
  ['牧区水利工程运行情况统计年报.xlsx', '牧区水利工程运行情况统计年报', '旗水利局', '年报'],
], TOWN, '苏木（镇）、嘎查');

void (async () => {
  await corpus.build();
  const readme = path.join(HERE, 'README.md');
  if (!fs.existsSync(readme) || process.argv.includes('--readme')) {
    const { writeReadme } = await import('./readme');
    writeReadme(HERE, forms);
  }
})();
