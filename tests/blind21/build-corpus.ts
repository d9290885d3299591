/**
 * Held-out corpus "blind21": 35 templates of 15 offices of a Shaanxi county on the north slope of the Qinling (XX县,
 * 2012–2025) — 苹果 and 猕猴桃 果业 (县果业发展中心 年报 / 周报 / 果农台账, 县农业农村局 花期冻害), 易地扶贫搬迁 and its 安置社区
 * (县移民搬迁工作办公室 台账 / 摸底表 / 安置点 半年报, 县人社局 安置社区就业月报, 县乡村振兴局 防返贫监测), 退耕还林 (县林业局
 * 兑现花名册 / 成果巩固 / 生态护林员), 秦岭生态保护 (县秦岭生态环境保护办公室 巡查周报 / 农家乐排查 / 村庄基本情况), 农村养老 and
 * 互助幸福院 (县民政局 高龄补贴 / 留守老年人 / 幸福院, 县卫生健康局 体检 / 老年人口, 县人社局 养老保险资格认证), plus 统计,
 * 财政 一卡通, 住建 危房, 自然资源 地灾, 残联, 应急.
 * Written from the bench README and the blind4 kit only; the gold sits next to each label.
 *
 *   npx tsx tests/blind21/build-corpus.ts            → forms/, 报表清单.xlsx, gold.json (README.md only if missing)
 *   npx tsx tests/blind21/build-corpus.ts --readme   → also rewrite README.md
 */
import fs from 'node:fs';
import path from 'node:path';
import { C, Corpus, D, G, I, L, R, S, SEX, YN, type Form } from './kit';
import { writeReadme } from './readme';

const VILLAGES = ['柳林村', '沙坡村', '金果村', '桃园村', '南山村', '幸福新村社区'];
const QINLING_VILLAGES = ['柳林村', '沙坡村', '桃园村', '南山村'];
const NATION = ['汉族', '回族', '满族', '蒙古族', '其他'];
const DISAB_TYPE = ['视力残疾', '听力残疾', '言语残疾', '肢体残疾', '智力残疾', '精神残疾', '多重残疾'];
const DISAB_GRADE = ['一级', '二级', '三级', '四级'];
const RELOC_TYPE = ['建档立卡贫困户易地扶贫搬迁', '同步搬迁', '避灾生态移民搬迁'];
const SETTLE = ['集中安置', '分散安置'];
const REL = ['户主', '配偶', '之子', '之女', '之儿媳', '之女婿', '之孙子', '之孙女', '之父', '之母', '其他'];
const HEALTH = ['健康', '长期慢性病', '患有大病', '残疾'];
const FOOT = '村（社区）负责人：            填表人：            联系电话：            填报日期：    年  月  日';
const FOOT_TOWN = '镇（街道）分管领导：            经办人：            联系电话：            报送日期：    年  月  日';

const forms: Form[] = [
  // ───────────── 县民政局 ─────────────
  {
    file: '县民政局/农村低保对象花名册.xlsx', dept: '县民政局', freq: 'monthly', title: '农村最低生活保障对象花名册',
    sheets: [{
      kind: 'columns', name: '低保花名册', seq: true,
      meta: '镇（街道）：                      （盖章）                         2024年    月',
      cols: [
        L('镇（街道）', 'v_town'), L('村（社区）', 'v_name'), L('户主姓名', 'h_head_name'), L('户主身份证号码', 'h_head_id', 'idcard'),
        G('保障情况', L('保障人口（人）', 'h_dibao_n', 'integer', '人'), L('保障类别', 'h_dibao_cls', 'choice', null, ['一类', '二类', '三类']),
          L('月保障金额（元）', 'h_dibao_pay', 'decimal', '元')),
        L('是否易地搬迁户', 'h_is_reloc', 'boolean', null, YN), L('是否防返贫监测对象', 'h_is_monitor', 'boolean', null, YN),
        L('联系电话', 'h_head_phone', 'phone'), R(),
      ],
      blank: 14, footer: true,
    }],
  },
  {
    file: '县民政局/高龄老人生活补贴发放花名册.xlsx', dept: '县民政局', freq: 'monthly', catalog: false,
    title: '80周岁以上高龄老人生活补贴发放花名册',
    sheets: [{
      kind: 'columns', name: '发放花名册', seq: true, example: true,
      meta: '镇（街道）：                 发放月份：    年  月          （每月5日前报送县民政局养老服务股）',
      cols: [
        L('村（社区）', 'v_name'), L('姓  名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('公民身份号码', 'p_idno', 'idcard'),
        L('出生日期', 'p_birth', 'date'), L('年龄（周岁）', 'p_age', 'integer', '岁'),
        L('补贴档次', 'p_oldsub_grade', 'choice', null, ['80—89周岁', '90—99周岁', '100周岁及以上']),
        L('月补贴标准（元）', 'p_oldsub_std', 'decimal', '元'), L('本月发放金额（元）', 'p_oldsub_pay_m', 'decimal', '元'),
        L('一卡通账号', 'p_card_acct'), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 14, total: true, footer: true,
    }],
  },
  {
    file: '县民政局/农村互助幸福院基本情况登记表.xlsx', dept: '县民政局', freq: 'annual', title: '2019年农村互助幸福院基本情况登记表',
    catalog: '农村互助幸福院基本情况登记表',
    sheets: [{
      kind: 'columns', name: '幸福院', seq: true, villages: VILLAGES,
      meta: '填报单位（盖章）：                        金额单位：万元                 填报日期：2019年  月  日',
      cols: [
        L('镇', 'v_town'), L('村（社区）', 'v_name'), L('幸福院名称', 'f_hh_name'), L('建成时间', 'f_hh_built', 'date'),
        L('建筑面积（㎡）', 'f_hh_area', 'decimal', '平方米'), L('床位（张）', 'f_hh_beds', 'integer', '张'),
        L('入住老人（人）', 'f_hh_res', 'integer', '人'), L('其中：80周岁以上（人）', 'f_hh_res80', 'integer', '人'),
        L('是否开展助餐服务', 'f_hh_meal', 'boolean', null, YN),
        G('管理负责人', L('姓名', 'f_hh_mgr_name'), L('联系电话', 'f_hh_mgr_phone', 'phone')), L('幸福院值班电话', 'f_hh_phone', 'phone'),
        L('年运营经费', 'f_hh_fund', 'decimal', '万元'), R(),
      ],
      footer: true,
    }],
  },
  {
    file: '县民政局/农村留守老年人信息台账.xlsx', dept: '县民政局', freq: 'quarterly', title: '农村留守老年人信息台账及关爱服务记录表',
    dictSheet: { name: '字典', visible: true },
    sheets: [{
      kind: 'columns', name: '台账', seq: true,
      meta: '镇（街道）：                村（社区）：                      2025年第  季度',
      cols: [
        L('镇（街道）', 'v_town'), L('村（社区）', 'v_name'),
        G('基本信息', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号', 'p_idno', 'idcard'),
          L('年龄', 'p_age', 'integer', '岁'), L('联系电话', 'p_phone', 'phone'), L('家庭住址', 'p_addr')),
        L('健康状况', 'p_health', 'choice', null, HEALTH), L('自理能力', 'p_selfcare', 'choice', null, ['完全自理', '部分自理', '完全不能自理']),
        L('居住状况', 'p_living', 'choice', null, ['独居', '与配偶同住', '与其他亲属同住', '入住互助幸福院']),
        G('赡养人', L('姓名', 'p_carer_name'), L('与老人关系', 'p_carer_rel', 'choice', null, ['儿子', '女儿', '儿媳', '女婿', '孙子女', '其他']),
          L('联系电话', 'p_carer_phone', 'phone')),
        G('关爱服务', L('探访责任人', 'p_visitor'), L('本季度探访次数', 'p_visits_q', 'integer', '次')), R(),
      ],
      blank: 12, footer: FOOT,
    }],
  },
  {
    file: '县民政局/社会救助和养老服务统计月报.xlsx', dept: '县民政局', freq: 'monthly', title: '社会救助和养老服务统计月报表',
    catalog: '社会救助及养老服务月报',
    sheets: [{
      kind: 'indicator-rows', name: '月报', stat: { code: '民统月1表', org: 'XX县民政局', approval: 'X民发〔2023〕7号' },
      meta: '填报单位：                                    2024年  月', head: ['指标名称', '计量单位', '代码', '本月数'], codeRow: true, sign: 'cells',
      rows: [
        C('一、农村最低生活保障'), I('1.农村低保户数', 'v_dibao_hh', '户'), I('2.农村低保人数', 'v_dibao_n', '人'),
        D('3.当月低保金支出', 'v_dibao_pay_m', '万元'),
        C('二、特困人员救助供养'), I('1.特困人员', 'v_tk_n', '人'), S('其中：集中供养', 'v_tk_central', '人'), S('分散供养', 'v_tk_disp', '人'),
        C('三、临时救助'), I('1.当月临时救助', 'v_temp_m', '人次'),
        C('四、老年福利'), I('1.享受高龄老人生活补贴人数', 'v_oldsub_n', '人'), S('其中：80—89周岁', 'v_oldsub_80', '人'),
        S('90—99周岁', 'v_oldsub_90', '人'), S('100周岁及以上', 'v_oldsub_100', '人'), D('2.当月高龄补贴发放金额', 'v_oldsub_pay_m', '万元'),
        C('五、农村养老服务'), I('1.农村互助幸福院', 'v_hh_count', '个'), S('其中：正常运营', 'v_hh_running', '个'),
        I('2.农村留守老年人', 'v_leftold', '人'),
      ],
    }],
  },
  {
    file: '县民政局/农村互助幸福院服务情况月度统计表.xlsx', dept: '县民政局', freq: 'annual', title: '2023年度农村互助幸福院服务情况月度统计表',
    catalog: '农村互助幸福院服务情况统计表（年报）',
    sheets: [{
      kind: 'grid', name: '服务统计', key: '服务项目', prefix: 'g_hhsvc', meta: '幸福院名称：                     所在村（社区）：                    2023年度',
      rows: [{ l: '助餐服务（人次）', k: 'meal', u: '人次' }, { l: '日间照料（人次）', k: 'care', u: '人次' }],
      cols: [G('月    份', ...['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'].map((m, i) => L(m, `m${i + 1}`, 'integer', null)))],
      footer: '幸福院负责人：              填表人：              联系电话：              填报日期：2024年1月  日',
      note: '注：按月统计，次年1月10日前报送县民政局养老服务股。',
    }],
  },
  // ───────────── 县农业农村局 ─────────────
  {
    file: '县农业农村局/果树花期冻害灾情统计表.xlsx', dept: '县农业农村局', freq: 'adhoc', title: '2018年4月果树花期低温冻害灾情统计表',
    catalog: '农作物（果树）冻害灾情统计表',
    sheets: [{
      kind: 'grid', name: '冻害', key: '类  别', key2: '作物', prefix: 'g_frost',
      meta: '填报单位：          镇（街道）          村          灾害发生时间：2018年4月6日—7日          报送时间：    月  日  时',
      rows: [],
      rowGroups: [
        { g: '果树', rows: [{ l: '苹果', k: 'apple' }, { l: '猕猴桃', k: 'kiwi' }, { l: '樱桃', k: 'cherry' }] },
        { g: '粮油作物', rows: [{ l: '小麦', k: 'wheat' }] },
      ],
      cols: [
        L('种植面积（亩）', 'plant', 'decimal', '亩'), L('受灾面积（亩）', 'hit', 'decimal', '亩'), L('其中：成灾面积（亩）', 'dis', 'decimal', '亩'),
        L('绝收面积（亩）', 'lost', 'decimal', '亩'), L('直接经济损失（万元）', 'loss', 'decimal', '万元'),
      ],
      map: { apple_plant: 'v_apple_area', kiwi_plant: 'v_kiwi_area', cherry_plant: 'v_cherry_area', wheat_plant: 'v_wheat_area' },
      total: true, footer: true, note: '注：灾后24小时内报初报，灾情稳定后3日内报核报。',
    }],
  },
  // ───────────── 县果业发展中心 ─────────────
  {
    file: '县果业发展中心/果业生产经营情况统计年报.xlsx', dept: '县果业发展中心', freq: 'annual', title: '果业生产经营情况统计年报表',
    instructions: [
      '填表说明：',
      '1．本表由村（社区）填报，镇（街道）农业综合服务站审核汇总，次年1月20日前报县果业发展中心。',
      '2．面积以亩为单位，保留一位小数；产量以吨为单位；产值、收入以万元为单位。',
      '3．“挂果面积”指当年已开花结果的果园面积；“本年新栽植”指本年度新建果园面积，不含补植。',
      '4．“贮藏能力”指冷库、气调库设计贮藏能力之和。',
    ],
    sheets: [{
      kind: 'indicator-rows', name: '果业年报', stat: { code: '果统1表', org: 'XX县果业发展中心', approval: 'X果发〔2021〕2号' },
      meta: '填报单位（村委会）：                                2024年度', head: ['指标名称', '计量单位', '代码', '本年', '上年'],
      codeRow: true, sign: 'side',
      rows: [
        C('一、果园面积'), D('1.水果种植总面积', 'v_fruit_area', '亩'),
        C('（一）苹果', 1), D('2.苹果种植面积', 'v_apple_area', '亩'), S('其中：挂果面积', 'v_apple_bearing', '亩', 'decimal'),
        S('矮砧密植面积', 'v_apple_dwarf', '亩', 'decimal'), D('3.本年新栽植苹果', 'v_apple_new', '亩'), D('4.苹果总产量', 'v_apple_out', '吨'),
        D('5.苹果总产值', 'v_apple_value', '万元'), D('6.苹果优果率', 'v_apple_goodrate', '%'),
        C('（二）猕猴桃', 1), D('7.猕猴桃种植面积', 'v_kiwi_area', '亩'), S('其中：挂果面积', 'v_kiwi_bearing', '亩', 'decimal'),
        S('绿色、有机认证面积', 'v_kiwi_green', '亩', 'decimal'), D('8.本年新栽植猕猴桃', 'v_kiwi_new', '亩'), D('9.猕猴桃总产量', 'v_kiwi_out', '吨'),
        D('10.猕猴桃总产值', 'v_kiwi_value', '万元'),
        C('（三）其他水果', 1), D('11.樱桃种植面积', 'v_cherry_area', '亩'),
        C('二、果园提质增效'), D('12.有机肥替代化肥面积', 'v_organic_area', '亩'), D('13.水肥一体化面积', 'v_fertig_area', '亩'),
        D('14.防雹网覆盖面积', 'v_hailnet_area', '亩'), D('15.老果园改造面积', 'v_oldreno_area', '亩'), D('16.病虫害统防统治面积', 'v_pest_area', '亩'),
        D('17.苹果套袋数量', 'v_bags', '万只'),
        C('三、经营主体'), I('18.从事果业生产农户', 'v_fruit_hh', '户'), S('其中：脱贫户', 'v_fruit_poor_hh', '户'),
        I('19.果业从业人员', 'v_fruit_workers', '人'), I('20.果业专业合作社', 'v_fruit_coop', '个'), S('其中：省级以上示范社', 'v_fruit_coop_demo', '个'),
        I('21.果业家庭农场', 'v_fruit_ff', '个'),
        C('四、贮藏加工与销售'), I('22.果品冷（气调）库', 'v_coldstore', '座'), D('23.冷（气调）库贮藏能力', 'v_coldstore_cap', '吨'),
        I('24.果品分选线', 'v_grading', '条'), D('25.果品电商销售额', 'v_ecom', '万元'),
        C('五、效益'), D('26.果业总收入', 'v_fruit_income', '万元'), D('27.果农人均果业收入', 'v_fruit_inc_pc', '元'),
        D('28.苹果平均收购价格', 'v_apple_price', '元/公斤'), D('29.猕猴桃平均收购价格', 'v_kiwi_price', '元/公斤'),
        C('六、科技服务'), I('30.举办果业技术培训', 'v_fruit_training', '场次'), I('31.培训果农', 'v_fruit_trained', '人次'),
        I('32.果业技术服务人员', 'v_fruit_tech', '人'), I('33.标准化示范园', 'v_demo_orchard', '个'),
      ],
    }],
  },
  {
    file: '县果业发展中心/苹果采收销售进度周报.xlsx', dept: '县果业发展中心', freq: 'weekly', title: '2023年苹果采收销售进度周报表',
    sheets: [{
      kind: 'columns', name: '周报', seq: true, villages: VILLAGES.slice(0, 5), total: true, codeRow: true,
      meta: '填报单位（盖章）：                     统计时段：    月  日至    月  日（每周四12时前报送）',
      cols: [
        L('镇', 'v_town'), L('村', 'v_name'), L('苹果园面积（亩）', 'v_apple_area', 'decimal', '亩'), L('其中：挂果园（亩）', 'v_apple_bearing', 'decimal', '亩'),
        L('预计产量（吨）', 'v_apple_out_est', 'decimal', '吨'),
        G('本周', L('采收面积（亩）', 'v_harv_w', 'decimal', '亩'), L('销售量（吨）', 'v_sold_w', 'decimal', '吨')),
        G('累计', L('采收面积（亩）', 'v_harv_cum', 'decimal', '亩'), L('销售量（吨）', 'v_sold_cum', 'decimal', '吨'),
          L('入库贮藏（吨）', 'v_stored_cum', 'decimal', '吨')),
        L('本周平均收购价（元/斤）', 'v_apple_price_w', 'decimal', '元/斤'), R(),
      ],
      footer: true,
    }],
  },
  {
    file: '县果业发展中心/果农基本信息登记台账.xlsx', dept: '县果业发展中心', freq: 'adhoc', catalog: false, title: '果农基本信息登记台账',
    sheets: [{
      kind: 'columns', name: '果农台账', seq: true, example: true,
      meta: '镇（街道）：             村（社区）：              （新栽、改造、流转等情况发生变化时随时更新）',
      cols: [
        L('村（社区）', 'v_name'), L('村民小组', 'h_group'),
        G('户主', L('姓名', 'h_head_name'), L('身份证号', 'h_head_id', 'idcard'), L('手机号码', 'h_head_phone', 'phone')),
        L('家庭人口（人）', 'h_size', 'integer', '人'),
        G('苹果', L('面积（亩）', 'h_apple_area', 'decimal', '亩'), L('其中：挂果（亩）', 'h_apple_bearing', 'decimal', '亩'),
          L('主栽品种', 'h_apple_var', 'choice', null, ['红富士', '瑞阳', '瑞雪', '秦脆', '嘎啦', '其他'])),
        G('猕猴桃', L('面积（亩）', 'h_kiwi_area', 'decimal', '亩'), L('主栽品种', 'h_kiwi_var', 'choice', null, ['徐香', '翠香', '海沃德', '瑞玉', '红阳', '其他'])),
        L('是否加入合作社', 'h_in_coop', 'boolean', null, YN), R(),
      ],
      blank: 15, footer: '登记人：              村（社区）审核人：              登记日期：    年  月  日',
    }],
  },
  // ───────────── 县林业局 ─────────────
  {
    file: '县林业局/新一轮退耕还林补助资金兑现花名册.xlsx', dept: '县林业局', freq: 'annual', title: '2016年度新一轮退耕还林补助资金兑现花名册',
    catalog: '新一轮退耕还林补助资金兑现花名册（年度）', xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'columns', name: 'Sheet1', startCol: 1, blankTop: 1, textNums: true, seq: true, codeRow: true,
      meta: '镇（盖章）：                 村（盖章）：                        兑现时间：2016年  月  日',
      cols: [
        L('镇', 'v_town'), L('村', 'v_name'), L('组', 'h_group'), L('户主姓名', 'h_head_name'), L('身份证号', 'h_head_id', 'idcard'),
        L('退耕面积（亩）', 'h_gg_area', 'decimal', '亩'), L('还林树种', 'h_gg_species', 'choice', null, ['核桃', '花椒', '苹果', '猕猴桃', '侧柏', '油松', '其他']),
        L('验收合格面积（亩）', 'h_gg_pass', 'decimal', '亩'), L('补助标准（元/亩）', 'h_gg_std', 'decimal', '元/亩'), L('兑现金额（元）', 'h_gg_pay', 'decimal', '元'),
        L('一卡通账号', 'h_card_acct'), R(),
      ],
      blank: 12, footer: '村级公示时间：          至          经办人：            村监委会主任：            镇林业站站长：            户主签字见附页',
    }],
  },
  {
    file: '县林业局/生态护林员花名册及汇总表.xlsx', dept: '县林业局', freq: 'annual', title: '2021年度生态护林员花名册',
    catalog: '生态护林员花名册',
    sheets: [
      {
        kind: 'columns', name: '花名册', seq: true,
        meta: '镇（街道）：                                      （盖章）                    2021年  月  日',
        cols: [
          L('镇（街道）', 'v_town'), L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX),
          L('身份证号码', 'p_idno', 'idcard'), L('出生年月', 'p_birth', 'date'), L('民族', 'p_nation', 'choice', null, NATION),
          L('是否脱贫人口', 'p_is_poor', 'boolean', null, YN), L('管护区域', 'p_ranger_zone'),
          L('管护面积（亩）', 'p_ranger_area', 'decimal', '亩'), L('聘用起始时间', 'p_ranger_since', 'date'),
          L('年劳务补助（元）', 'p_ranger_pay', 'decimal', '元'), L('联系电话', 'p_phone', 'phone'), R(),
        ],
        blank: 12, footer: true,
      },
      {
        kind: 'indicator-rows', name: '汇总表', title: '2021年度生态护林员选聘情况汇总表', head: ['项    目', '单位', '数量'], sign: 'cells',
        rows: [
          I('选聘生态护林员', 'v_ranger', '人'), S('其中：脱贫人口', 'v_ranger_poor', '人'), S('防返贫监测对象', 'v_ranger_monitor', '人'),
          D('管护森林面积', 'v_ranger_area', '亩'), D('劳务补助资金', 'v_ranger_fund', '万元'), I('本年新聘', 'v_ranger_new', '人'),
        ],
      },
    ],
  },
  {
    file: '县林业局/退耕还林成果巩固情况统计表.xlsx', dept: '县林业局', freq: 'semiannual', catalog: false,
    title: '2020年上半年退耕还林成果巩固情况统计表',
    sheets: [{
      kind: 'columns', name: '成果巩固', seq: true, villages: VILLAGES.slice(0, 5), total: true,
      meta: '填报单位：            镇林业站（盖章）                     截至2020年6月30日',
      cols: [
        L('村名', 'v_name'),
        G('前一轮退耕还林（亩）', L('退耕地造林', 'v_gg1_land', 'decimal', '亩'), L('荒山荒地造林', 'v_gg1_barren', 'decimal', '亩'),
          L('现保存面积', 'v_gg1_kept', 'decimal', '亩')),
        G('新一轮退耕还林（亩）', L('退耕地还林', 'v_gg2_land', 'decimal', '亩'), L('其中：经济林', 'v_gg2_econ', 'decimal', '亩'),
          L('生态林', 'v_gg2_eco', 'decimal', '亩')),
        L('涉及退耕农户（户）', 'v_gg_hh', 'integer', '户'), L('本半年补植补造（亩）', 'v_gg_replant_h', 'decimal', '亩'), L('管护责任人', 'v_gg_chief'), R(),
      ],
      footer: true, note: '注：本表每半年填报一次，7月10日、次年1月10日前报县林业局退耕办。',
    }],
  },
  {
    file: '2019年生态护林员续聘人员名单.xlsx', dept: '县林业局', freq: 'adhoc', catalog: false,
    title: '2019年建档立卡贫困人口生态护林员续聘人员名单',
    sheets: [{
      kind: 'columns', name: '续聘名单', seq: true,
      cols: [
        L('镇', 'v_town'), L('行政村', 'v_name'), L('姓名', 'p_name'), L('身份证号', 'p_idno', 'idcard'),
        L('管护面积（亩）', 'p_ranger_area', 'decimal', '亩'), L('手机号码', 'p_phone', 'phone'),
      ],
      blank: 10, footer: FOOT,
      note: '注：续聘名单经村“两委”公示无异议后，随时报送县林业局资源管理股。',
    }],
  },
  // ───────────── 县秦岭生态环境保护办公室 ─────────────
  {
    file: '县秦岭生态环境保护办公室/秦岭生态环境保护网格化巡查周报.xlsx', dept: '县秦岭生态环境保护办公室', freq: 'weekly',
    title: '秦岭生态环境保护网格化巡查情况周报表',
    sheets: [{
      kind: 'columns', name: '巡查周报', seq: true, villages: QINLING_VILLAGES, total: true,
      meta: '填报单位：                  镇（街道）秦岭办            第    周（  月  日—  月  日）',
      cols: [
        L('镇（街道）', 'v_town'), L('村（社区）', 'v_name'), L('网格员（人）', 'v_ql_gridders', 'integer', '人'),
        L('本周巡查（次）', 'v_ql_patrol_w', 'integer', '次'),
        G('本周发现问题（个）', L('违法建设', 'v_ql_build_w', 'integer', '个'), L('乱采滥挖', 'v_ql_mine_w', 'integer', '个'),
          L('乱排乱倒', 'v_ql_dump_w', 'integer', '个'), L('野外用火', 'v_fire_w', 'integer', '个')),
        L('本周整改到位（个）', 'v_ql_fixed_w', 'integer', '个'), L('累计整改到位（个）', 'v_ql_fixed_cum', 'integer', '个'), R(),
      ],
      footer: true,
    }],
  },
  {
    file: '县秦岭生态环境保护办公室/秦岭区域农家乐（民宿）排查登记表.xlsx', dept: '县秦岭生态环境保护办公室', freq: 'adhoc', catalog: false,
    title: '秦岭保护范围内农家乐（民宿）排查整治登记表',
    sheets: [{
      kind: 'columns', name: '排查登记', seq: true,
      meta: '镇（街道）：                    排查时间：    年  月  日',
      cols: [
        L('镇（街道）', 'v_town'), L('村（社区）', 'v_name'), L('经营场所名称', 'b_name'),
        G('经营者', L('姓名', 'b_owner_name'), L('身份证号', 'b_owner_id', 'idcard'), L('联系电话', 'b_owner_phone', 'phone')),
        L('所在区域', 'b_zone', 'choice', null, ['核心保护区', '重点保护区', '一般保护区']), L('建筑面积（平方米）', 'b_area', 'decimal', '平方米'),
        L('床位（张）', 'b_beds', 'integer', '张'), L('是否办理营业执照', 'b_license', 'boolean', null, YN),
        L('污水处理方式', 'b_sewage', 'choice', null, ['纳入管网', '化粪池', '一体化处理设施', '无']),
        L('整治要求', 'b_action', 'choice', null, ['保留规范', '整改提升', '关停拆除']), R(),
      ],
      blank: 12, footer: '排查人员：              镇（街道）审核人：              联系电话：',
      note: '注：排查一户登记一户，随排查随报县秦岭生态环境保护办公室。',
    }],
  },
  {
    file: '县秦岭生态环境保护办公室/秦岭保护范围内村庄基本情况统计表.xlsx', dept: '县秦岭生态环境保护办公室', freq: 'annual',
    title: '秦岭保护范围内村庄基本情况统计表', catalog: '秦岭保护范围内村庄基本情况统计表（年报）',
    sheets: [{
      kind: 'tgrid', name: '村庄情况', key: '指    标', unitHead: '计量单位', totalHead: '合计', group: '分村情况', across: QINLING_VILLAGES,
      meta: '填报单位：秦峪镇人民政府（盖章）                              统计截至：2022年12月31日',
      rows: [
        { l: '户籍户数', e: 'v_hh_hj', t: 'integer', u: '户' }, { l: '户籍人口', e: 'v_pop_hj', t: 'integer', u: '人' },
        { l: '常住人口', e: 'v_pop_cz', t: 'integer', u: '人' }, { l: '林地面积', e: 'v_forest', t: 'decimal', u: '亩' },
        { l: '新一轮退耕还林面积', e: 'v_gg2_land', t: 'decimal', u: '亩' }, { l: '生态环境保护网格员', e: 'v_ql_gridders', t: 'integer', u: '人' },
        { l: '生态护林员', e: 'v_ranger', t: 'integer', u: '人' }, { l: '农家乐（民宿）经营户', e: 'v_farmstay', t: 'integer', u: '户' },
      ],
      footer: FOOT_TOWN,
    }],
  },
  // ───────────── 县移民搬迁工作办公室 ─────────────
  {
    file: '县移民搬迁工作办公室/易地扶贫搬迁安置户信息台账.xlsx', dept: '县移民搬迁工作办公室', freq: 'adhoc', title: '易地扶贫搬迁安置户信息台账',
    dictSheet: { name: '下拉列表', visible: true },
    sheets: [{
      kind: 'columns', name: '安置户台账', seq: true, example: true,
      meta: '安置点（社区）：                          填报单位（盖章）：                    更新日期：    年  月  日',
      cols: [
        L('安置点（社区）名称', 's_name'),
        G('户主', L('姓名', 'h_head_name'), L('公民身份号码', 'h_head_id', 'idcard'), L('联系电话', 'h_head_phone', 'phone')),
        L('搬迁人口（人）', 'h_reloc_n', 'integer', '人'), G('迁出地', L('镇', 'h_from_town'), L('村', 'h_from_vill')),
        L('搬迁类型', 'h_reloc_type', 'choice', null, RELOC_TYPE), L('安置方式', 'h_settle_mode', 'choice', null, SETTLE),
        L('安置房面积（㎡）', 'h_settle_area', 'decimal', '平方米'), L('入住时间', 'h_move_in', 'date'),
        L('旧宅基地是否腾退', 'h_old_demol', 'boolean', null, YN), L('是否防返贫监测对象', 'h_is_monitor', 'boolean', null, YN), R(),
      ],
      blank: 15, footer: '社区负责人：              填表人：              联系电话：',
    }],
  },
  {
    file: '易地扶贫搬迁对象摸底登记表.xlsx', dept: '县移民搬迁工作办公室', freq: 'adhoc', catalog: false, title: '2015年易地扶贫搬迁对象摸底调查登记表',
    sheets: [{
      kind: 'columns', name: '摸底登记', seq: true, meta: '镇（盖章）：                       村（盖章）：                       调查时间：2015年  月  日',
      cols: [
        L('镇', 'v_town'), L('村', 'v_name'), L('户主姓名', 'h_head_name'), L('身份证号码', 'h_head_id', 'idcard'),
        L('家庭人口', 'h_size', 'integer', '人'), L('搬迁类型', 'h_reloc_type', 'choice', null, RELOC_TYPE),
        L('安置方式', 'h_settle_mode', 'choice', null, SETTLE), L('联系电话', 'h_head_phone', 'phone'),
      ],
      blank: 15, footer: FOOT,
      note: '注：本表由村组织入户摸底，镇审核后报送县移民搬迁工作办公室；搬迁对象有变化的不定期补报。',
    }],
  },
  {
    file: '县移民搬迁工作办公室/易地搬迁集中安置点基本情况统计表.xlsx', dept: '县移民搬迁工作办公室', freq: 'semiannual',
    title: '2020年上半年易地搬迁集中安置点基本情况统计表', catalog: '易地搬迁集中安置点基本情况统计表（半年报）',
    sheets: [{
      kind: 'columns', name: '安置点', seq: true,
      meta: '填报单位（盖章）：                                截至2020年6月30日',
      cols: [
        L('镇（街道）', 'v_town'), L('安置点名称', 's_name'),
        G('安置规模', L('户数（户）', 's_plan_hh', 'integer', '户'), L('人数（人）', 's_plan_n', 'integer', '人')),
        G('已入住', L('户数（户）', 's_in_hh', 'integer', '户'), L('人数（人）', 's_in_n', 'integer', '人')),
        L('搬迁劳动力（人）', 's_labor', 'integer', '人'), L('已就业（人）', 's_emp', 'integer', '人'), L('零就业家庭（户）', 's_zero_hh', 'integer', '户'),
        L('社区工厂（个）', 's_factories', 'integer', '个'), L('社区工厂吸纳就业（人）', 's_factory_emp', 'integer', '人'),
        L('是否成立社区党组织', 's_party', 'boolean', null, YN), L('社区服务中心电话', 's_phone', 'phone'),
        G('社区负责人', L('姓名', 's_chief_name'), L('联系电话', 's_chief_phone', 'phone')), R(),
      ],
      blank: 6, total: true, footer: FOOT_TOWN,
    }],
  },
  // ───────────── 县乡村振兴局 ─────────────
  {
    file: '县乡村振兴局/防止返贫动态监测对象信息采集表.xlsx', dept: '县乡村振兴局', freq: 'annual', title: '防止返贫动态监测对象信息采集表',
    catalog: '防返贫监测对象信息采集表（表一至表五）', dictSheet: { name: '选项', visible: false },
    instructions: [
      '填表说明',
      '一、本表以户为单位填写，表一至表五为同一户的信息，由村（社区）组织入户采集，录入防止返贫监测信息系统。',
      '二、监测对象类型、主要风险类型、与户主关系等项目从下拉选项中选择，不得自行填写。',
      '三、收入按上年度1月1日至12月31日实际发生额填写，单位为元。',
      '四、每年集中排查时更新一次，新识别对象随时补录。',
    ],
    sheets: [
      {
        kind: 'columns', name: '表一 户基本信息', title: '防止返贫动态监测对象信息采集表', source: '表一：户基本信息', seq: true,
        cols: [
          L('镇（街道）', 'v_town'), L('村（社区）', 'v_name'), L('户编号', 'h_no'), L('户主姓名', 'h_head_name'), L('户主证件号码', 'h_head_id', 'idcard'),
          L('家庭人口数', 'h_size', 'integer', '人'), L('监测对象类型', 'h_mon_type', 'choice', null, ['脱贫不稳定户', '边缘易致贫户', '突发严重困难户']),
          L('识别监测时间', 'h_mon_date', 'date'),
          L('主要风险类型', 'h_risk', 'choice', null, ['因病', '因残', '因学', '因灾', '因意外事故', '因产业项目失败', '因务工就业不稳', '缺劳动力', '其他']),
          L('是否易地扶贫搬迁户', 'h_is_reloc', 'boolean', null, YN), L('联系电话', 'h_head_phone', 'phone'),
        ],
        blank: 3,
      },
      {
        kind: 'columns', name: '表二 家庭成员', title: '表二：家庭成员信息', seq: true,
        cols: [
          L('姓名', 'p_name'), L('证件号码', 'p_idno', 'idcard'), L('与户主关系', 'p_rel', 'choice', null, REL), L('性别', 'p_sex', 'choice', null, SEX),
          L('出生日期', 'p_birth', 'date'),
          L('在校生状况', 'p_school', 'choice', null, ['学前教育', '小学', '七年级', '八年级', '九年级', '高中', '中职', '高职', '大专及以上', '非在校生']),
          L('健康状况', 'p_health', 'choice', null, HEALTH),
          L('劳动技能', 'p_skill', 'choice', null, ['普通劳动力', '技能劳动力', '弱劳动力或半劳动力', '丧失劳动力', '无劳动力']),
          L('务工状况', 'p_work', 'choice', null, ['乡镇内务工', '乡镇外县内务工', '县外省内务工', '省外务工', '未务工']),
          L('是否参加城乡居民基本医疗保险', 'p_med_ins', 'boolean', null, YN), L('是否参加城乡居民基本养老保险', 'p_pension_ins', 'boolean', null, YN),
        ],
        blank: 8,
      },
      {
        kind: 'indicator-rows', name: '表三 收支情况', title: '表三：家庭收支情况', head: ['项    目', '单位', '金额'],
        rows: [
          C('一、家庭年收入'), D('1.工资性收入', 'h_inc_wage', '元'), D('2.生产经营性收入', 'h_inc_op', '元'), S('其中：果业收入', 'h_inc_fruit', '元', 'decimal'),
          D('3.转移性收入', 'h_inc_tr', '元'), S('其中：养老金', 'h_inc_pension', '元', 'decimal'),
          S('低保金', 'h_inc_dibao', '元', 'decimal'), S('生态补偿金（含退耕还林补助）', 'h_inc_eco', '元', 'decimal'),
          C('二、纯收入'), D('家庭年纯收入', 'h_inc_net', '元'), D('家庭人均纯收入', 'h_inc_net_pc', '元'),
        ],
      },
      {
        kind: 'indicator-rows', name: '表四 产业情况', title: '表四：产业发展情况', head: ['指    标', '单位', '数量'],
        rows: [
          D('耕地面积', 'h_land', '亩'), D('苹果园面积', 'h_apple_area', '亩'), S('其中：挂果面积', 'h_apple_bearing', '亩', 'decimal'),
          D('猕猴桃园面积', 'h_kiwi_area', '亩'), D('退耕还林面积', 'h_gg_area', '亩'),
          I('是否加入农民专业合作社', 'h_in_coop', null, 'boolean', '是/否'), I('是否享受产业奖补', 'h_ind_sub', null, 'boolean', '是/否'),
          I('家庭劳动力', 'h_labor', '人'), S('其中：外出务工', 'h_migrant', '人'),
        ],
      },
      {
        kind: 'columns', name: '表五 帮扶措施', title: '表五：帮扶措施落实情况', seq: true,
        cols: [
          L('帮扶措施', 'h_measure', 'choice', null, ['产业帮扶', '就业帮扶', '健康帮扶', '教育帮扶', '综合保障', '搬迁后续扶持', '其他']),
          L('落实时间', 'h_measure_date', 'date'),
          G('帮扶责任人', L('姓名', 'h_helper_name'), L('工作单位', 'h_helper_org'), L('联系电话', 'h_helper_phone', 'phone')),
        ],
        blank: 5, footer: '采集人：              户主签字（按手印）：              采集日期：    年  月  日',
      },
    ],
  },
  {
    file: '县乡村振兴局/巩固拓展脱贫攻坚成果监测帮扶月报.xlsx', dept: '县乡村振兴局', freq: 'monthly', catalog: false,
    title: '2022年9月巩固拓展脱贫攻坚成果监测帮扶情况月报',
    sheets: [{
      kind: 'indicator-rows', name: '月报', head: ['指标名称', '计量单位', '本月数'], sign: 'line',
      meta: '填报单位：              镇（街道）              村（社区）',
      rows: [
        C('一、脱贫人口'), I('1.脱贫户数', 'v_poor_hh', '户'), I('2.脱贫人口', 'v_poor_n', '人'), S('其中：易地扶贫搬迁脱贫人口', 'v_poor_reloc_n', '人'),
        C('二、防返贫动态监测'), I('3.监测对象户数', 'v_mon_hh', '户'), I('4.监测对象人数', 'v_mon_n', '人'), S('其中：本月新识别', 'v_mon_new_m', '人'),
                C('三、就业帮扶'), I('5.脱贫劳动力务工就业', 'v_poor_emp', '人'), S('其中：易地搬迁劳动力', 'v_reloc_emp', '人'), I('6.公益性岗位安置', 'v_pub_jobs', '人'),
        S('其中：生态护林员', 'v_ranger_poor', '人'), C('四、产业帮扶'), I('7.从事果业生产的脱贫户', 'v_fruit_poor_hh', '户'),
      ],
    }],
  },
  // ───────────── 县统计局 ─────────────
  {
    file: '县统计局/农村基本情况综合年报.xlsx', dept: '县统计局', freq: 'annual', title: '农村基本情况综合年报表',
    sheets: [{
      kind: 'indicator-rows', name: '农综年报', stat: { code: '农综1表', org: 'XX县统计局', approval: '陕统制〔2019〕12号' },
      meta: '填报单位（村委会）：                                  2024年度', head: ['指标名称', '计量单位', '代码', '本年', '上年'],
      codeRow: true, sign: 'cells',
      rows: [
        C('一、人口和户数'), I('1.户籍户数', 'v_hh_hj', '户'), I('2.户籍人口', 'v_pop_hj', '人'), S('其中：男', 'v_pop_hj_m', '人'), S('女', 'v_pop_hj_f', '人'),
        I('3.常住人口', 'v_pop_cz', '人'), I('4.60周岁及以上人口', 'v_pop_60', '人'), S('其中：65周岁及以上', 'v_pop_65', '人'),
        S('80周岁及以上', 'v_pop_80', '人'), I('5.留守老人', 'v_leftold', '人'), I('6.易地扶贫搬迁迁入人口', 'v_reloc_in', '人'),
        C('二、劳动力和就业'), I('7.乡村劳动力', 'v_labor', '人'), S('其中：外出务工劳动力', 'v_migrant', '人'), I('8.从事果业生产劳动力', 'v_fruit_workers', '人'),
        C('三、土地和林地'), D('9.耕地面积', 'v_land', '亩'), D('10.园地面积', 'v_orchard_land', '亩'),
        S('其中：果园', 'v_fruit_area', '亩', 'decimal'), D('11.林地面积', 'v_forest', '亩'), S('其中：公益林', 'v_forest_pub', '亩', 'decimal'),
        D('12.新一轮退耕还林面积', 'v_gg2_land', '亩'), I('13.退耕还林农户', 'v_gg_hh', '户'),
        C('四、农业生产'), C('（一）种植业', 1), D('14.小麦播种面积', 'v_wheat_area', '亩'), D('15.粮食总产量', 'v_grain_out', '吨'),
        D('16.苹果园面积', 'v_apple_area', '亩'), S('其中：挂果面积', 'v_apple_bearing', '亩', 'decimal'), D('17.苹果产量', 'v_apple_out', '吨'),
        D('18.猕猴桃园面积', 'v_kiwi_area', '亩'), D('19.猕猴桃产量', 'v_kiwi_out', '吨'),
        C('五、农村经济'), D('20.农村居民人均可支配收入', 'v_inc_pc', '元'), D('21.村集体经济收入', 'v_coll_income', '万元'),
        I('22.农民专业合作社', 'v_coop', '个'), S('其中：果业合作社', 'v_fruit_coop', '个'), I('23.家庭农场', 'v_ff', '个'), I('24.果农户数', 'v_fruit_hh', '户'),
        C('六、社会保障和巩固脱贫'), I('25.城乡居民基本养老保险参保人数', 'v_pension_ins', '人'), S('其中：领取养老金人数', 'v_pension_recv', '人'),
        I('26.城乡居民基本医疗保险参保人数', 'v_med_ins', '人'), I('27.农村低保人数', 'v_dibao_n', '人'), I('28.特困人员救助供养人数', 'v_tk_n', '人'),
        I('29.享受高龄补贴老人', 'v_oldsub_n', '人'), I('30.脱贫户', 'v_poor_hh', '户'), I('31.脱贫人口', 'v_poor_n', '人'),
        I('32.防返贫监测户', 'v_mon_hh', '户'), I('33.防返贫监测对象', 'v_mon_n', '人'), I('34.互助幸福院数', 'v_hh_count', '个'),
        C('七、基础设施和公共服务'), D('35.自来水普及率', 'v_tap_rate', '%'), I('36.村卫生室', 'v_clinic', '个'), I('37.生态护林员', 'v_ranger', '人'),
      ],
    }],
  },
  {
    file: '县统计局/果品田间收购价格监测周报.xlsx', dept: '县统计局', freq: 'weekly', title: '主要果品田间地头收购价格监测周报',
    sheets: [{
      kind: 'grid', name: '价格周报', key: '品  种', key2: '规格等级', prefix: 'g_price',
      meta: '监测点：               村（社区）                监测日期：    年  月  日（每周一上午报送）',
      rows: [],
      rowGroups: [
        { g: '苹果', rows: [{ l: '红富士（80mm以上）', k: 'fuji80' }, { l: '红富士（75—80mm）', k: 'fuji75' }] },
        { g: '猕猴桃', rows: [{ l: '徐香', k: 'xuxiang' }, { l: '翠香', k: 'cuixiang' }] },
      ],
      cols: [G('收购价格（元/公斤）', L('本周', 'this', 'decimal', '元/公斤'), L('上周', 'last', 'decimal', '元/公斤'))],
      footer: '价格采集员：              联系电话：              审核人：',
    }],
  },
  {
    file: '县统计局/农村住户基本情况调查表.xlsx', dept: '县统计局', freq: 'annual', catalog: '2012年农村住户基本情况调查表',
    xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'indicator-rows', name: 'Sheet1', blankTop: 2, startCol: 1, head: ['项目', '单位', '数量'], sign: 'line',
      meta: '县（区）：XX县      乡镇：                村：                   调查年度：2012年',
      rows: [
        C('一、户籍人口和劳力'), I('1.总户数', 'v_hh_hj', '户'), I('2.总人口', 'v_pop_hj', '人'), S('其中：60岁以上老人', 'v_pop_60', '人'),
        I('3.劳动力', 'v_labor', '人'), S('其中：外出务工', 'v_migrant', '人'),
        C('二、社会保障'), I('1.新农保参保人数', 'v_pension_ins', '人'), I('2.新农合参合人数', 'v_med_ins', '人'), I('3.五保供养人数', 'v_tk_n', '人'),
        I('4.农村低保户', 'v_dibao_hh', '户'),
        C('三、土地和林果业'), D('1.耕地面积', 'v_land', '亩'), D('2.林地面积', 'v_forest', '亩'), D('3.退耕地还林面积', 'v_gg1_land', '亩'),
        D('4.苹果面积', 'v_apple_area', '亩'), D('5.猕猴桃面积', 'v_kiwi_area', '亩'),
        C('四、集体经济'), D('村集体经济收入', 'v_coll_income', '万元'),
      ],
      note: '注：本表每年填报一次，由村会计填写，乡镇统计站审核。',
    }],
  },
  // ───────────── 县卫生健康局 ─────────────
  {
    file: '县卫生健康局/65岁及以上老年人健康体检登记表.xlsx', dept: '县卫生健康局', freq: 'quarterly', catalog: false,
    title: '65岁及以上老年人健康体检登记表',
    sheets: [{
      kind: 'columns', name: '体检登记', seq: true,
      meta: '镇卫生院：                    村卫生室：                    （每季度末月25日前报送县卫生健康局基层卫生健康股）',
      cols: [
        L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生日期', 'p_birth', 'date'),
        L('身份证号', 'p_idno', 'idcard'), L('联系电话', 'p_phone', 'phone'), L('现住址', 'p_addr'), L('体检日期', 'p_exam_date', 'date'),
        G('血压（mmHg）', L('收缩压', 'p_sbp', 'integer', 'mmHg'), L('舒张压', 'p_dbp', 'integer', 'mmHg')),
        L('是否高血压患者', 'p_hbp', 'boolean', null, YN), L('是否2型糖尿病患者', 'p_dm', 'boolean', null, YN),
        L('生活自理能力评估', 'p_adl', 'choice', null, ['可自理（0—3分）', '轻度依赖（4—8分）', '中度依赖（9—18分）', '不能自理（≥19分）']), R(),
      ],
      blank: 14,
    }],
  },
  {
    file: '县卫生健康局/农村老年人口分年龄段统计表.xlsx', dept: '县卫生健康局', freq: 'annual', title: '2020年农村老年人口分年龄段统计表',
    sheets: [{
      kind: 'grid', name: '老年人口', key: '年龄段', prefix: 'g_oldpop', total: true,
      meta: '填报单位：            村（社区）（盖章）            统计时点：2020年11月1日零时',
      rows: [{ l: '60—69周岁', k: 'a60' }, { l: '70—79周岁', k: 'a70' }, { l: '80—89周岁', k: 'a80' }, { l: '90周岁及以上', k: 'a90' }],
      cols: [
        G('户籍老年人口（人）', L('男', 'm', 'integer', '人'), L('女', 'f', 'integer', '人')),
      ],
      footer: true, note: '注：本表由县卫生健康局（县老龄办）组织填报，年龄按统计时点计算。',
    }],
  },
  // ───────────── 县人力资源和社会保障局 ─────────────
  {
    file: '县人力资源和社会保障局/城乡居民养老保险待遇领取资格认证花名册.xlsx', dept: '县人力资源和社会保障局', freq: 'annual',
    title: '2025年度城乡居民基本养老保险待遇领取人员资格认证花名册', dictSheet: { name: '字典', visible: false },
    sheets: [{
      kind: 'columns', name: '资格认证', seq: true, meta: '镇（街道）：                  村（社区）：                  协办员：',
      cols: [
        L('镇（街道）', 'v_town'), L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX),
        L('身份证号码', 'p_idno', 'idcard'), L('出生年月', 'p_birth', 'date'), L('民族', 'p_nation', 'choice', null, NATION), L('社会保障卡号', 'p_sscard'),
        L('月养老金（元）', 'p_pension_m', 'decimal', '元'), L('认证方式', 'p_auth_mode', 'choice', null, ['人脸识别', '入户认证', '协办员代认证']),
        L('认证日期', 'p_auth_date', 'date'), L('是否脱贫人口', 'p_is_poor', 'boolean', null, YN), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 14, footer: FOOT,
    }],
  },
  {
    file: '县人力资源和社会保障局/易地搬迁安置社区劳动力就业情况月报.xlsx', dept: '县人力资源和社会保障局', freq: 'monthly',
    title: '易地搬迁安置社区搬迁劳动力就业情况月报表',
    sheets: [{
      kind: 'columns', name: '就业月报', seq: true, total: true, codeRow: true,
      meta: '填报单位（盖章）：                                2024年  月',
      cols: [
        L('安置社区（安置点）', 's_name'), L('搬迁入住户数（户）', 's_in_hh', 'integer', '户'), L('搬迁入住人口（人）', 's_in_n', 'integer', '人'),
        L('搬迁劳动力（人）', 's_labor', 'integer', '人'), L('已就业（人）', 's_emp', 'integer', '人'),
        G('其中（人）', L('县外务工', 's_emp_out', 'integer', '人'), L('县内务工', 's_emp_in', 'integer', '人'), L('就业帮扶车间就业', 's_factory_emp', 'integer', '人'),
          L('公益性岗位', 's_pubjob', 'integer', '人'), L('自主创业', 's_selfemp', 'integer', '人')),
        L('本月新增就业（人）', 's_emp_new_m', 'integer', '人'), L('零就业家庭（户）', 's_zero_hh', 'integer', '户'),
        L('就业帮扶车间（个）', 's_factories', 'integer', '个'), R(),
      ],
      blank: 5, footer: true,
    }],
  },
  // ───────────── 县自然资源局 ─────────────
  {
    file: '县自然资源局/易地扶贫搬迁旧宅基地腾退复垦台账.xlsx', dept: '县自然资源局', freq: 'annual', catalog: false,
    title: '2019年度易地扶贫搬迁旧宅基地腾退复垦台账', dictSheet: { name: '字典', visible: false },
    sheets: [{
      kind: 'columns', name: '腾退复垦', seq: true, stat: { code: '自然资复垦01表', org: '县自然资源局', approval: 'X自然资发〔2019〕11号' },
      meta: '镇（街道）：                                   （盖章）                    面积单位：亩',
      cols: [
        L('镇（街道）', 'v_town'), L('村（社区）', 'v_name'), L('户主姓名', 'h_head_name'), L('身份证号', 'h_head_id', 'idcard'),
        L('搬迁类型', 'h_reloc_type', 'choice', null, RELOC_TYPE), L('安置点名称', 's_name'), L('旧宅基地面积', 'h_old_area', 'decimal', '亩'),
        L('旧宅是否腾退拆除', 'h_old_demol', 'boolean', null, YN), L('复垦面积', 'h_reclaim_area', 'decimal', '亩'),
        L('复垦验收时间', 'h_reclaim_date', 'date'), R(),
      ],
      blank: 12, footer: true,
    }],
  },
  // ───────────── 县残疾人联合会 ─────────────
  {
    file: '县残疾人联合会/持证残疾人基本信息台账.xlsx', dept: '县残疾人联合会', freq: 'annual', title: '持证残疾人基本信息台账',
    catalog: '持证残疾人基本信息台账（年度更新）', dictSheet: { name: '选项', visible: true },
    sheets: [{
      kind: 'columns', name: '台账', seq: true, meta: '镇（街道）：                村（社区）：                更新日期：2023年  月  日',
      cols: [
        L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('公民身份号码', 'p_idno', 'idcard'),
        L('民族', 'p_nation', 'choice', null, NATION), L('残疾人证号', 'p_disab_no'), L('残疾类别', 'p_disab_type', 'choice', null, DISAB_TYPE), L('残疾等级', 'p_disab_grade', 'choice', null, DISAB_GRADE),
        L('是否享受困难残疾人生活补贴', 'p_disab_sub', 'boolean', null, YN), L('是否享受重度残疾人护理补贴', 'p_disab_care', 'boolean', null, YN),
        L('是否参加城乡居民养老保险', 'p_pension_ins', 'boolean', null, YN), L('是否脱贫人口', 'p_is_poor', 'boolean', null, YN),
        L('联系方式', 'p_phone', 'phone'), R(),
      ],
      blank: 12, footer: '村残疾人专职委员：              联系电话：              审核人：',
    }],
  },
  // ───────────── 县财政局 ─────────────
  {
    file: '惠民惠农财政补贴资金一卡通发放明细表.xlsx', dept: '县财政局', freq: 'quarterly', catalog: false, title: '惠民惠农财政补贴资金“一卡通”发放明细表',
    sheets: [{
      kind: 'columns', name: '发放明细', source: '数据来源：陕西省惠民惠农财政补贴资金“一卡通”管理平台导出',
      meta: '镇（街道）：                 （每季度终了后10日内核对并报县财政局农业农村股）',
      cols: [
        L('镇', 'v_town'), L('村', 'v_name'), L('姓名', 'p_name'), L('身份证号', 'p_idno', 'idcard'), L('补贴发放账号', 'p_card_acct'),
        L('补贴项目', 'p_sub_item', 'choice', null, ['耕地地力保护补贴', '新一轮退耕还林补助', '高龄老人生活补贴', '生态护林员劳务补助', '农村低保金', '其他']),
        L('发放金额（元）', 'p_sub_pay', 'decimal', '元'), L('发放日期', 'p_sub_date', 'date'),
      ],
      blank: 20,
    }],
  },
  // ───────────── 县住房和城乡建设局 ─────────────
  {
    file: '县住房和城乡建设局/农村危房改造对象花名册.xlsx', dept: '县住房和城乡建设局', freq: 'annual', catalog: false, title: '2013年农村危房改造对象花名册',
    xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'columns', name: 'Sheet1', startCol: 1, textNums: true, seq: true,
      meta: '镇（盖章）：                               填报日期：2013年  月  日',
      cols: [
        L('镇', 'v_town'), L('村', 'v_name'), L('户主姓名', 'h_head_name'), L('身份证号', 'h_head_id', 'idcard'), L('家庭人数（人）', 'h_size', 'integer', '人'),
        L('对象类别', 'h_dh_cat', 'choice', null, ['农村五保户', '低保户', '贫困残疾人家庭', '其他贫困户']),
        L('危房等级', 'h_dh_level', 'choice', null, ['C级', 'D级']), L('改造方式', 'h_dh_mode', 'choice', null, ['原址重建', '修缮加固', '移民搬迁']),
        L('补助资金（元）', 'h_dh_sub', 'decimal', '元'), L('竣工日期', 'h_dh_end', 'date'), R(),
      ],
      blank: 10, footer: true, note: '注：本表每年10月底前报县住房和城乡建设局村镇建设股。',
    }],
  },
  // ───────────── 县应急管理局 ─────────────
  {
    file: '县应急管理局/森林防火野外火源管控周报.xlsx', dept: '县应急管理局', freq: 'weekly', title: '2024年森林防火期野外火源管控情况周报表',
    catalog: '森林防火期野外火源管控周报',
    sheets: [{
      kind: 'columns', name: '周报', seq: true, villages: QINLING_VILLAGES, total: true,
      meta: '填报单位：                镇（街道）                   2024年  月  日—  月  日',
      cols: [
        L('行政村', 'v_name'), L('生态护林员（人）', 'v_ranger', 'integer', '人'), L('入山路口值守点（个）', 'v_fire_posts', 'integer', '个'),
        G('本周', L('巡山护林（人次）', 'v_fire_patrol_w', 'integer', '人次'), L('设卡劝返（人次）', 'v_fire_turnback_w', 'integer', '人次'),
          L('发现野外违规用火（起）', 'v_fire_w', 'integer', '起'), L('开展防火宣传（场次）', 'v_fire_prop_w', 'integer', '场次')),
        L('累计发现野外违规用火（起）', 'v_fire_cum', 'integer', '起'), R(),
      ],
      footer: true,
    }],
  },
  {
    file: '县应急管理局/自然灾害灾情快报表.xlsx', dept: '县应急管理局', freq: 'adhoc', title: '自然灾害灾情快报表',
    sheets: [{
      kind: 'indicator-rows', name: '快报', head: ['指    标', '单位', '数量'], sign: 'cells',
      meta: '灾害种类：□暴雨洪涝 □风雹 □低温冷冻 □干旱 □山体滑坡          发生时间：    年  月  日  时',
      rows: [
        C('一、人员受灾'), I('受灾人口', 'd_aff', '人'), I('因灾死亡人口', 'd_dead', '人'),
        I('紧急转移安置人口', 'd_evac', '人'),
        C('二、农作物受灾'), D('农作物受灾面积', 'd_crop', '亩'), S('其中：苹果', 'g_frost_apple_hit', '亩', 'decimal'),
        S('猕猴桃', 'g_frost_kiwi_hit', '亩', 'decimal'), D('农作物成灾面积', 'd_crop_dis', '亩'), D('农作物绝收面积', 'd_crop_lost', '亩'),
      ],
      rows2: [
        C('三、房屋受损'), I('倒塌房屋', 'd_collapse', '间'), I('严重损坏房屋', 'd_severe', '间'),
        C('四、经济损失'), D('直接经济损失', 'd_loss', '万元'), S('其中：农业损失', 'd_loss_agri', '万元', 'decimal'),
      ],
    }],
  },
];

const dir = import.meta.dirname ?? __dirname;
const corpus = new Corpus('blind21', dir, forms, [
  ['秦岭“五乱”问题排查整治台账.xlsx', '秦岭“五乱”问题排查整治台账', '县秦岭生态环境保护办公室', '不定期'],
  ['农村互助幸福院运营补贴申请表.xlsx', '农村互助幸福院运营补贴申请表', '县民政局', '年报'],
]);
void corpus.build().then(() => {
  const readme = path.join(dir, 'README.md');
  if (!fs.existsSync(readme) || process.argv.includes('--readme')) writeReadme(readme, forms, JSON.parse(fs.readFileSync(path.join(dir, 'gold.json'), 'utf8')));
});
