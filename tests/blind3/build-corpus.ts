/**
 * Round-3 blind corpus: ~30 templates from departments and topics that none of the earlier corpora use
 * (区委组织部 党员/党费/换届, 区信访局 接访下访, 区交通运输局 农村公路/客运, 区粮食和物资储备局, 区档案馆, 区人社局
 * 就业困难人员/公益性岗位/农民工工资, 区消防救援大队 九小场所, 区地震局, 区民政局 养老机构/留守儿童, 区水务局 农村饮水,
 * 区邮政管理局, 区烟草专卖局). Written before looking at the lexicon; the gold sits next to each label.
 *
 *   npx tsx tests/blind3/build-corpus.ts      → tests/blind3/forms, 报表清单.xlsx, gold.json
 *
 * Gold conventions (../shared/bench/README.md): element ids are concept codes, `remark:<file>` for 备注; a group
 * header naming somebody else (书记, 监护人, 负责人, 联系人, 帮扶责任人 …) makes a different element; the object a
 * person or quantity belongs to matters (九小场所负责人 ≠ 养老机构负责人; a water project's 受益人口 ≠ the village's).
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';

type T = 'text' | 'integer' | 'decimal' | 'date' | 'boolean' | 'choice' | 'idcard' | 'phone';
type Freq = 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'semiannual' | 'annual' | 'adhoc';
interface Leaf { l: string; e: string; t: T; u: string | null; dv?: string[] }
interface Grp { g: string; c: Node[] }
type Node = Leaf | Grp;
const isLeaf = (n: Node): n is Leaf => (n as Leaf).l !== undefined;

/** leaf */
const L = (l: string, e: string, t: T = 'text', u: string | null = null, dv?: string[]): Leaf => ({ l, e, t, u, dv });
/** group */
const G = (g: string, ...c: Node[]): Grp => ({ g, c });
const REMARK = '@remark';
const R = (l = '备注'): Leaf => L(l, REMARK);
const YN = ['是', '否'];
const SEX = ['男', '女'];
const NATION = ['汉族', '土家族', '苗族', '侗族', '瑶族', '其他'];
const EDU = ['研究生', '大学本科', '大学专科', '中专', '高中', '初中', '小学及以下'];

interface IndRow { l: string; e: string; t: T; u: string | null; cat?: undefined }
interface IndCat { cat: string }
interface GridSpec {
  key: string;
  rows: Array<{ l: string; k: string }>;
  cols: Node[]; // leaves: e = column key
  prefix: string;
  total?: boolean;
}
interface Form {
  file: string;
  sheet: string;
  title: string;
  dept: string;
  freq: Freq;
  layout: 'columns' | 'indicator-rows' | 'grid';
  catalog?: false | string; // false: not in the catalog; string: catalog title differs
  attach?: string;
  meta?: string;
  stat?: { code: string; org: string };
  seq?: boolean;
  cols?: Node[];
  codeRow?: boolean;
  example?: boolean;
  villages?: boolean;
  blank?: number;
  ind?: { head: string[]; panels: Array<Array<IndRow | IndCat>> };
  grid?: GridSpec;
  footer?: boolean;
  note?: string;
  instructions?: string[];
  spaceBeforeHeader?: boolean;
}

// ───────────────────────────── the forms ─────────────────────────────

const forms: Form[] = [
  // 区委组织部
  {
    file: '区委组织部/农村党员基本信息花名册.xlsx', sheet: '党员花名册', dept: '区委组织部', freq: 'annual', layout: 'columns',
    title: '2026年度农村党员基本信息花名册', meta: '填报单位：______镇（街道）党（工）委（盖章）              统计时间：2026年12月31日',
    seq: true, example: true,
    cols: [
      L('乡镇（街道）', 'v_town'),
      L('所在村（社区）', 'v_name'),
      G('基本信息', L('姓  名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
        L('出生年月', 'p_birth', 'date'), L('文化程度', 'p_edu', 'choice', null, EDU)),
      G('党籍信息', L('所在党组织', 'p_party_org'), L('入党时间', 'p_party_join', 'date'), L('转正时间', 'p_party_full', 'date'),
        L('党员类别', 'p_pm_type', 'choice', null, ['正式党员', '预备党员']), L('是否流动党员', 'p_float', 'boolean', null, YN)),
      L('公民身份号码', 'p_idno', 'idcard'),
      L('联系电话', 'p_phone', 'phone'),
      R(),
    ],
    footer: true, note: '注：1.出生年月、入党时间填写格式为“2026.01”；2.本表于每年1月15日前报区委组织部组织科。',
  },
  {
    file: '区委组织部/发展党员工作台账.xlsx', sheet: 'Sheet1', dept: '区委组织部', freq: 'quarterly', layout: 'columns',
    title: '发展党员工作全程纪实台账', attach: '附件3', meta: '党（工）委名称：                     填报时间：    年  月  日',
    seq: true,
    cols: [
      L('所在党支部', 'p_party_org'),
      L('姓名', 'p_name'),
      L('性别', 'p_sex', 'choice', null, SEX),
      L('出生日期', 'p_birth', 'date'),
      L('身份证号', 'p_idno', 'idcard'),
      L('学历', 'p_edu', 'choice', null, EDU),
      L('递交入党\n申请书时间', 'p_apply_date', 'date'),
      L('确定为入党积极\n分子时间', 'p_activist_date', 'date'),
      L('确定为发展\n对象时间', 'p_devobj_date', 'date'),
      G('培养联系人', L('姓名', 'p_introducer_name'), L('联系电话', 'p_introducer_phone', 'phone')),
      R(),
    ],
    blank: 8, footer: true,
    instructions: ['填表说明', '1. 本台账按季度更新，每季度末月25日前报区委组织部。', '2. 培养联系人一般为两名正式党员，填写主要联系人。'],
  },
  {
    file: '区委组织部/附件2-党费收缴情况月报表.xlsx', sheet: '党费月报', dept: '区委组织部', freq: 'monthly', layout: 'columns',
    title: '2026年 月 党费收缴情况月报表', attach: '附件2', meta: '填报单位（盖章）：                 金额单位：元',
    seq: true, villages: true,
    cols: [
      L('乡  镇', 'v_town'),
      L('村（社区）党组织', 'v_name'),
      L('党员人数（人）', 'v_pm', 'integer', '人'),
      G('本月', L('应交党费', 'v_fee_due_m', 'decimal', '元'), L('实交党费', 'v_fee_paid_m', 'decimal', '元')),
      L('本年累计实交党费', 'v_fee_paid_y', 'decimal', '元'),
      L('交纳率（%）', 'v_fee_rate', 'decimal', '%'),
      R(),
    ],
    codeRow: true, footer: true, note: '注：交纳率＝本月实交党费÷本月应交党费×100%。',
  },
  {
    file: '区委组织部/村党组织换届选举情况统计表.xlsx', sheet: '换届统计', dept: '区委组织部', freq: 'adhoc', layout: 'columns',
    title: '村（社区）党组织换届选举情况统计表', meta: '填报单位：                 填报人：           联系电话：',
    stat: { code: '组统换01表', org: '中共XX区委组织部' },
    seq: true, villages: true,
    cols: [
      L('村（居）', 'v_name'),
      G('党员情况', L('合计（名）', 'v_pm', 'integer', '名'), L('其中：女党员', 'v_pm_f', 'integer', '人'), L('35周岁及以下', 'v_pm_u35', 'integer', '人')),
      G('选举大会', L('应到会党员数', 'v_elect_due', 'integer', '人'), L('实到会党员数', 'v_elect_present', 'integer', '人')),
      G('新当选书记', L('姓名', 'v_sec_name'), L('年龄', 'v_sec_age', 'integer', '岁'), L('学历', 'v_sec_edu', 'choice', null, EDU)),
      L('是否“一肩挑”', 'v_onepost', 'boolean', null, YN),
      R(),
    ],
    footer: true,
  },
  {
    file: '区委组织部/村级党组织基本情况季报.xlsx', sheet: '基本情况', dept: '区委组织部', freq: 'quarterly', layout: 'columns',
    title: '村级党组织基本情况季报表', meta: '填报单位：              （盖章）      截止日期：    年  月  日',
    seq: true,
    cols: [
      L('所属镇街', 'v_town'),
      L('行政村名称', 'v_name'),
      G('党组织书记', L('姓名', 'v_sec_name'), L('手机号码', 'v_sec_phone', 'phone')),
      G('党员人数（人）', L('总数', 'v_pm', 'integer', '人'), L('女', 'v_pm_f', 'integer', '人'), L('年龄35岁以下', 'v_pm_u35', 'integer', '人'),
        L('预备党员', 'v_pm_prob', 'integer', '人'), L('流动党员', 'v_pm_float', 'integer', '人')),
      L('本季度发展党员（名）', 'v_pm_dev_q', 'integer', '名'),
      R(),
    ],
    blank: 10, footer: true,
  },
  // 区信访局
  {
    file: '区信访局/领导干部接访下访登记表.xlsx', sheet: '接访登记', dept: '区信访局', freq: 'monthly', layout: 'columns',
    title: '领导干部接访下访登记表', meta: '单位：                                   年    月',
    seq: true,
    cols: [
      L('接访日期', 'c_date', 'date'),
      G('接访领导', L('姓名', 'c_leader_name'), L('职务', 'c_leader_post')),
      G('来访人信息', L('姓名', 'p_name'), L('身份证号码', 'p_idno', 'idcard'), L('联系电话', 'p_phone', 'phone'), L('现住址', 'p_addr')),
      L('来访人数', 'c_visitors', 'integer', '人'),
      L('反映问题类别', 'c_type', 'choice', null, ['土地征收', '劳动社保', '城乡建设', '涉法涉诉', '其他']),
      L('主要诉求', 'c_reason'),
      L('办理情况', 'c_result'),
      L('是否化解', 'c_resolved', 'boolean', null, YN),
      R(),
    ],
    blank: 6, footer: true, note: '注：本表每月底前报区信访局督查室。',
  },
  // 区交通运输局
  {
    file: '区交通运输局/农村公路养护情况月报表.xlsx', sheet: '养护月报', dept: '区交通运输局', freq: 'monthly', layout: 'columns',
    title: '农村公路养护情况月报表', meta: '填报单位（盖章）：                        2026年   月',
    seq: true, villages: true,
    cols: [
      L('乡镇', 'v_town'),
      L('行政村', 'v_name'),
      G('农村公路里程（公里）', L('合计', 'v_road_len', 'decimal', '公里'), L('县道', 'v_road_xian', 'decimal', '公里'), L('乡道', 'v_road_xiang', 'decimal', '公里'), L('村道', 'v_road_cun', 'decimal', '公里')),
      G('养护里程（公里）', L('本月', 'v_maint_m', 'decimal', '公里'), L('本年累计', 'v_maint_y', 'decimal', '公里')),
      L('列养率（%）', 'v_maint_rate', 'decimal', '%'),
      G('村级路长', L('姓名', 'v_roadchief_name'), L('电话', 'v_roadchief_phone', 'phone')),
      R(),
    ],
    codeRow: true, footer: true,
  },
  {
    file: '区交通运输局/建制村通客车情况统计表.xlsx', sheet: '通客车', dept: '区交通运输局', freq: 'annual', layout: 'columns',
    title: '建制村通客车情况统计表', meta: '填报单位：                       填报日期：    年  月  日',
    stat: { code: '交运统12表', org: 'XX区交通运输局' },
    seq: true,
    cols: [
      L('所属乡镇', 'v_town'),
      L('建制村名称', 'v_name'),
      L('户籍人口（人）', 'v_pop', 'integer', '人'),
      L('农村公路总里程（km）', 'v_road_len', 'decimal', 'km'),
      L('是否通客车', 'v_bus', 'boolean', null, YN),
      L('途经客运班线（条）', 'v_bus_lines', 'integer', '条'),
      L('日均发班（班次）', 'v_bus_trips', 'integer', '班次'),
      L('候车亭（个）', 'v_bus_shelter', 'integer', '个'),
      R(),
    ],
    blank: 8, footer: true,
  },
  {
    file: '区交通运输局/农村公路基本情况表（年报）.xlsx', sheet: 'Sheet1', dept: '区交通运输局', freq: 'annual', layout: 'columns',
    catalog: false, title: '农村公路基本情况表', meta: '填报单位：                     （每年12月底前报区交通运输局）',
    seq: true,
    cols: [
      L('乡镇（街道）', 'v_town'),
      L('村名', 'v_name'),
      L('公路总里程（公里）', 'v_road_len', 'decimal', '公里'),
      L('其中：村道（公里）', 'v_road_cun', 'decimal', '公里'),
      L('路长姓名', 'v_roadchief_name'),
    ],
    blank: 10, footer: true,
  },
  // 区粮食和物资储备局
  {
    file: '区粮食和物资储备局/农户储粮情况调查表.xlsx', sheet: '调查表', dept: '区粮食和物资储备局', freq: 'semiannual', layout: 'columns',
    title: '农户储粮情况调查表', meta: '调查村：               调查员：             调查时间：   年  月  日',
    seq: true, example: true,
    cols: [
      L('村名', 'v_name'),
      G('户主', L('姓名', 'h_head_name'), L('联系电话', 'h_head_phone', 'phone')),
      L('家庭人口（人）', 'h_size', 'integer', '人'),
      G('现有存粮（公斤）', L('稻谷', 'h_rice', 'decimal', '公斤'), L('小麦', 'h_wheat', 'decimal', '公斤'), L('玉米', 'h_corn', 'decimal', '公斤')),
      L('是否配备科学储粮装具', 'h_silo', 'boolean', null, YN),
      R(),
    ],
    footer: true, note: '注：存粮指农户家中现有的原粮，不含种子粮。',
  },
  {
    file: '区粮食和物资储备局/粮食生产和收购情况统计表.xlsx', sheet: '生产收购', dept: '区粮食和物资储备局', freq: 'annual', layout: 'grid',
    title: '2026年粮食生产和收购情况统计表', meta: '填报单位（盖章）：                  填报日期：',
    grid: {
      key: '品  种', prefix: 'g_grain',
      rows: [{ l: '稻谷', k: 'rice' }, { l: '小麦', k: 'wheat' }, { l: '玉米', k: 'corn' }, { l: '大豆', k: 'soy' }],
      cols: [L('播种面积（公顷）', 'sown', 'decimal', '公顷'), L('总产量（吨）', 'output', 'decimal', '吨'), L('收购量（吨）', 'bought', 'decimal', '吨')],
      total: true,
    },
    footer: true,
  },
  // 区档案馆
  {
    file: '区档案馆/村级档案工作情况年报.xlsx', sheet: '年报', dept: '区档案馆', freq: 'annual', layout: 'indicator-rows',
    title: '村（社区）档案工作基本情况年报', meta: '填报单位：                           2026年度',
    stat: { code: '档统3表', org: 'XX区档案馆' },
    ind: {
      head: ['指  标', '计量单位', '代码', '本年数'],
      panels: [[
        { cat: '一、档案室（柜）' },
        { l: '档案室面积', e: 'a_room_area', t: 'decimal', u: '平方米' },
        { l: '档案柜', e: 'a_cabinets', t: 'integer', u: '个' },
        { cat: '二、馆（室）藏档案' },
        { l: '文书档案', e: 'a_docs', t: 'integer', u: '卷' },
        { l: '其中：永久', e: 'a_docs_perm', t: 'integer', u: '卷' },
        { l: '会计档案', e: 'a_acct', t: 'integer', u: '卷' },
        { l: '照片档案', e: 'a_photo', t: 'integer', u: '张' },
        { l: '电子档案', e: 'a_digital', t: 'decimal', u: 'GB' },
        { cat: '三、人员与利用' },
        { l: '专（兼）职档案员', e: 'a_staff', t: 'integer', u: '人' },
        { l: '其中：持证上岗', e: 'a_staff_cert', t: 'integer', u: '人' },
        { l: '本年接待查档', e: 'a_lookups_y', t: 'integer', u: '人次' },
      ]],
    },
    footer: true,
  },
  {
    file: '区档案馆/村级档案员花名册.xlsx', sheet: '档案员', dept: '区档案馆', freq: 'adhoc', layout: 'columns',
    title: '村（社区）档案员花名册', meta: '乡镇（街道）：                       （盖章）',
    seq: true,
    cols: [
      L('村（社区）', 'v_name'),
      G('档案员', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生年月', 'p_birth', 'date'),
        L('文化程度', 'p_edu', 'choice', null, EDU), L('联系电话', 'p_phone', 'phone')),
      L('专职/兼职', 'p_arch_fulltime', 'choice', null, ['专职', '兼职']),
      L('从事档案工作时间', 'p_arch_since', 'date'),
      L('是否取得岗位培训证书', 'p_arch_cert', 'boolean', null, YN),
      R(),
    ],
    blank: 8, footer: true,
  },
  // 区人社局
  {
    file: '区人社局/就业困难人员认定登记台账.xlsx', sheet: '认定台账', dept: '区人社局', freq: 'monthly', layout: 'columns',
    title: '就业困难人员认定登记台账', meta: '经办单位（盖章）：                       填报日期：    年  月  日',
    seq: true, example: true,
    cols: [
      L('姓名', 'p_name'),
      L('性别', 'p_sex', 'choice', null, SEX),
      L('身份证号码', 'p_idno', 'idcard'),
      L('年龄', 'p_age', 'integer', '岁'),
      L('文化程度', 'p_edu', 'choice', null, EDU),
      L('户籍所在地', 'p_addr_hj'),
      L('现居住地址', 'p_addr'),
      L('联系方式', 'p_phone', 'phone'),
      L('困难类别', 'p_hard_type', 'choice', null, ['大龄失业人员', '零就业家庭成员', '残疾人', '低保家庭成员', '脱贫劳动力', '长期失业人员']),
      L('认定时间', 'p_hard_date', 'date'),
      L('援助措施', 'p_aid', 'choice', null, ['职业介绍', '技能培训', '公益性岗位安置', '社保补贴', '创业扶持']),
      L('是否实现就业', 'p_employed', 'boolean', null, YN),
      R(),
    ],
    footer: true, instructions: ['填表说明', '1. 困难类别按《就业困难人员认定办法》填写；', '2. 每月5日前报区就业服务中心。'],
  },
  {
    file: '就业困难人员帮扶联系卡（年报）.xlsx', sheet: '联系卡', dept: '区人社局', freq: 'annual', layout: 'columns',
    catalog: false, title: '就业困难人员“一对一”帮扶联系卡汇总表',
    meta: '填报单位：                  （本表每年12月报区人社局）',
    stat: { code: '人社就03表', org: 'XX区人力资源和社会保障局' },
    seq: true,
    cols: [
      L('姓  名', 'p_name'),
      L('性别', 'p_sex', 'choice', null, SEX),
      L('公民身份证号', 'p_idno', 'idcard'),
      L('手机号码', 'p_phone', 'phone'),
      L('就业困难类型', 'p_hard_type', 'choice', null, ['大龄失业人员', '零就业家庭成员', '残疾人', '低保家庭成员', '脱贫劳动力', '长期失业人员']),
      L('认定日期', 'p_hard_date', 'date'),
      L('是否已就业', 'p_employed', 'boolean', null, YN),
      L('帮扶责任人', 'p_helper'),
    ],
    blank: 10, footer: true,
  },
  {
    file: '区人社局/公益性岗位人员花名册.xlsx', sheet: '花名册', dept: '区人社局', freq: 'monthly', layout: 'columns',
    title: '乡村公益性岗位在岗人员花名册', attach: '附件1', meta: '填报单位（盖章）：                   2026年  月',
    seq: true,
    cols: [
      L('乡镇（街道）', 'v_town'),
      L('所在村（社区）', 'v_name'),
      L('姓名', 'p_name'),
      L('性别', 'p_sex', 'choice', null, SEX),
      L('出生日期', 'p_birth', 'date'),
      L('身份证号', 'p_idno', 'idcard'),
      L('人员类别', 'p_ps_type', 'choice', null, ['脱贫劳动力', '就业困难人员', '残疾人', '其他']),
      L('岗位名称', 'p_post_name', 'choice', null, ['保洁', '护路', '护林', '水管', '治安协管', '养老护理']),
      L('上岗时间', 'p_post_date', 'date'),
      L('岗位补贴（元/月）', 'p_post_pay', 'decimal', '元/月'),
      L('联系电话', 'p_phone', 'phone'),
      R(),
    ],
    blank: 10, footer: true,
  },
  {
    file: '区人社局/公益性岗位在岗人员通讯录.xlsx', sheet: '通讯录', dept: '区人社局', freq: 'annual', layout: 'columns',
    title: '公益性岗位在岗人员通讯录', meta: '镇（街道）：                 更新日期：',
    seq: true,
    cols: [
      L('镇街', 'v_town'),
      L('村居', 'v_name'),
      L('在岗人员姓名', 'p_name'),
      L('岗位', 'p_post_name'),
      L('手机', 'p_phone', 'phone'),
    ],
    blank: 12,
  },
  {
    file: '区人社局/农民工工资支付情况排查月报.xlsx', sheet: '排查月报', dept: '区人社局', freq: 'monthly', layout: 'indicator-rows',
    title: '根治欠薪工作排查情况月报表', meta: '填报单位：                  2026年  月',
    ind: {
      head: ['项  目', '单位', '本月数'],
      panels: [[
        { l: '排查在建工程项目', e: 'w_projects_m', t: 'integer', u: '个' },
        { l: '其中：存在欠薪问题项目', e: 'w_projects_owe_m', t: 'integer', u: '个' },
        { l: '涉及农民工人数', e: 'w_workers_owe_m', t: 'integer', u: '人' },
        { l: '拖欠工资金额', e: 'w_owe_amt_m', t: 'decimal', u: '万元' },
        { l: '已协调解决金额', e: 'w_paid_amt_m', t: 'decimal', u: '万元' },
        { l: '已解决人数', e: 'w_paid_workers_m', t: 'integer', u: '人' },
        { l: '移送公安机关案件', e: 'w_cases_m', t: 'integer', u: '件' },
      ]],
    },
    footer: true, note: '注：本表每月25日前报区人社局劳动保障监察大队。',
  },
  // 区消防救援大队
  {
    file: '区消防救援大队/九小场所消防安全检查登记表.xlsx', sheet: '检查登记', dept: '区消防救援大队', freq: 'monthly', layout: 'columns',
    title: '“九小”场所消防安全检查登记表', meta: '检查单位：                  检查人员：               年  月',
    seq: true, example: true,
    cols: [
      L('所在村（社区）', 'v_name'),
      L('场所名称', 'o_place_name'),
      L('场所类别', 'o_place_type', 'choice', null, ['小商店', '小餐饮', '小旅馆', '小歌舞娱乐', '小网吧', '小美容洗浴', '小生产加工', '小医疗', '小学校（幼儿园）']),
      L('场所地址', 'o_place_addr'),
      G('负责人', L('姓名', 'o_place_chief_name'), L('联系电话', 'o_place_chief_phone', 'phone')),
      L('检查日期', 'o_check_date', 'date'),
      L('发现隐患（处）', 'o_hazard_found', 'integer', '处'),
      L('已整改（处）', 'o_hazard_fixed', 'integer', '处'),
      L('整改情况', 'o_fix_status'),
      R(),
    ],
    footer: true,
  },
  {
    file: '区消防救援大队/九小场所负责人名单.xlsx', sheet: '名单', dept: '区消防救援大队', freq: 'annual', layout: 'columns',
    title: '辖区“九小”场所负责人名单', meta: '填报单位：                        填报日期：',
    seq: true,
    cols: [
      L('村（居）', 'v_name'),
      L('场所名称', 'o_place_name'),
      L('类别', 'o_place_type', 'choice', null, ['小商店', '小餐饮', '小旅馆', '小歌舞娱乐', '小网吧', '小美容洗浴', '小生产加工', '小医疗', '小学校（幼儿园）']),
      L('负责人姓名', 'o_place_chief_name'),
      L('负责人手机', 'o_place_chief_phone', 'phone'),
    ],
    blank: 12, footer: true,
  },
  {
    file: '区消防救援大队/九小场所基本情况统计表（季报）.xlsx', sheet: '统计表', dept: '区消防救援大队', freq: 'quarterly', layout: 'grid',
    catalog: false, title: '“九小”场所基本情况统计表', meta: '填报单位：                       2026年第  季度',
    grid: {
      key: '场所类别', prefix: 'g_fire',
      rows: [{ l: '小商店', k: 'shop' }, { l: '小餐饮', k: 'food' }, { l: '小旅馆', k: 'hotel' }, { l: '小网吧', k: 'net' }, { l: '小美容洗浴', k: 'bath' }, { l: '小生产加工', k: 'work' }],
      cols: [L('场所数（家）', 'n', 'integer', '家'), G('本季度', L('检查（家次）', 'checked_q', 'integer', '家次'), L('发现隐患（处）', 'found_q', 'integer', '处'))],
      total: true,
    },
    footer: true,
  },
  // 区地震局
  {
    file: '区地震局/地震宏观观测员花名册.xlsx', sheet: '观测员', dept: '区地震局', freq: 'adhoc', layout: 'columns',
    title: '地震宏观观测员（群测群防员）花名册', meta: '填报单位：                     填报时间：',
    seq: true,
    cols: [
      L('所属乡镇', 'v_town'),
      L('村名', 'v_name'),
      L('观测员姓名', 'p_name'),
      L('性别', 'p_sex', 'choice', null, SEX),
      L('年龄', 'p_age', 'integer', '岁'),
      L('手机', 'p_phone', 'phone'),
      L('宏观观测点名称', 'p_obs_point'),
    ],
    blank: 10, footer: true,
  },
  // 区民政局
  {
    file: '区民政局/养老服务机构基本情况统计表.xlsx', sheet: '机构情况', dept: '区民政局', freq: 'annual', layout: 'columns',
    title: '养老服务机构基本情况统计表', meta: '填报单位（盖章）：                填报日期：    年  月  日',
    stat: { code: '民统养01表', org: 'XX区民政局' },
    seq: true,
    cols: [
      L('机构名称', 'o_inst_name'),
      L('机构类型', 'o_inst_type', 'choice', null, ['敬老院', '民办养老院', '农村互助幸福院', '日间照料中心']),
      L('所在村（社区）', 'v_name'),
      L('机构地址', 'o_inst_addr'),
      G('负责人', L('姓名', 'o_inst_chief_name'), L('联系电话', 'o_inst_chief_phone', 'phone')),
      L('床位数（张）', 'o_beds', 'integer', '张'),
      G('入住老年人（人）', L('合计', 'o_residents', 'integer', '人'), L('其中：失能、半失能', 'o_res_disabled', 'integer', '人')),
      L('护理人员（人）', 'o_nurses', 'integer', '人'),
      L('建筑面积（平方米）', 'o_inst_area', 'decimal', '平方米'),
      R(),
    ],
    blank: 8, footer: true,
  },
  {
    file: '区民政局/养老机构安全检查月报.xlsx', sheet: '安全检查', dept: '区民政局', freq: 'monthly', layout: 'columns',
    title: '养老机构安全隐患排查整治月报表', meta: '填报单位：                           2026年  月',
    seq: true,
    cols: [
      L('机构名称', 'o_inst_name'),
      L('所在村', 'v_name'),
      L('负责人', 'o_inst_chief_name'),
      L('负责人电话', 'o_inst_chief_phone', 'phone'),
      L('床位（张）', 'o_beds', 'integer', '张'),
      L('在院老人（人）', 'o_residents', 'integer', '人'),
      L('建筑面积（㎡）', 'o_inst_area', 'decimal', '平方米'),
      G('本月排查', L('检查次数', 'o_inst_check_m', 'integer', '次'), L('发现隐患（处）', 'o_inst_hazard_m', 'integer', '处'), L('整改完成（处）', 'o_inst_fixed_m', 'integer', '处')),
      R(),
    ],
    blank: 8, footer: true,
  },
  {
    file: '区民政局/农村留守儿童关爱服务台账.xlsx', sheet: '关爱台账', dept: '区民政局', freq: 'quarterly', layout: 'columns',
    title: '农村留守儿童关爱服务台账', meta: '乡镇（街道）：            村（社区）：            填表时间：',
    seq: true, example: true,
    cols: [
      L('乡镇', 'v_town'),
      L('村（社区）', 'v_name'),
      G('儿童信息', L('儿童姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生日期', 'p_birth', 'date'),
        L('身份证号', 'p_idno', 'idcard'), L('就读学校', 'p_school')),
      G('监护人', L('姓名', 'p_guard_name'), L('与儿童关系', 'p_guard_rel', 'choice', null, ['祖父母', '外祖父母', '父亲', '母亲', '其他亲属']),
        L('联系电话', 'p_guard_phone', 'phone')),
      L('父母外出务工情况', 'p_parents_out', 'choice', null, ['父母均外出', '父亲外出', '母亲外出']),
      L('结对帮扶人', 'p_pair_name'),
      L('本季度走访次数', 'p_visits_q', 'integer', '次'),
      R(),
    ],
    footer: true, instructions: ['填表说明', '留守儿童指父母双方外出务工或一方外出务工另一方无监护能力、不满十六周岁的未成年人。'],
  },
  {
    file: '区民政局/留守儿童情况统计季报.xlsx', sheet: '季报', dept: '区民政局', freq: 'quarterly', layout: 'columns',
    title: '农村留守儿童情况统计季报表', meta: '填报单位（盖章）：                     2026年第  季度',
    seq: true, villages: true,
    cols: [
      L('村（居）委会', 'v_name'),
      G('留守儿童（人）', L('合计', 'v_lb_n', 'integer', '人'), L('其中：女童', 'v_lb_f', 'integer', '人'), L('0-5周岁', 'v_lb_0_5', 'integer', '人'), L('6-16周岁', 'v_lb_6_16', 'integer', '人')),
      L('已落实结对帮扶（人）', 'v_lb_paired', 'integer', '人'),
      L('本季度开展关爱活动（次）', 'v_lb_act_q', 'integer', '次'),
      R(),
    ],
    codeRow: true, footer: true,
  },
  {
    file: '留守儿童数量年报.xlsx', sheet: 'Sheet1', dept: '区民政局', freq: 'annual', layout: 'columns',
    title: '农村留守儿童数量年报表', meta: '填报单位：                    填报日期：',
    seq: true,
    cols: [
      L('所属镇街', 'v_town'),
      L('行政村（社区）', 'v_name'),
      L('农村留守儿童总数', 'v_lb_n', 'integer', '人'),
      L('女', 'v_lb_f', 'integer', '人'),
      L('已结对帮扶人数', 'v_lb_paired', 'integer', '人'),
    ],
    blank: 10, footer: true,
  },
  // 区水务局
  {
    file: '区水务局/农村饮水安全情况统计表（季报）.xlsx', sheet: '饮水安全', dept: '区水务局', freq: 'quarterly', layout: 'columns',
    title: '农村饮水安全情况统计表', meta: '填报单位（盖章）：                       2026年第  季度',
    stat: { code: '水统农07表', org: 'XX区水务局' },
    seq: true, villages: true,
    cols: [
      L('乡镇（街道）', 'v_town'),
      L('行政村', 'v_name'),
      L('户籍人口（人）', 'v_pop', 'integer', '人'),
      L('常住人口（人）', 'v_pop_cz', 'integer', '人'),
      G('集中供水', L('受益人口（人）', 'v_water_c_pop', 'integer', '人'), L('受益户数（户）', 'v_water_c_hh', 'integer', '户')),
      L('分散供水人口（人）', 'v_water_d_pop', 'integer', '人'),
      L('自来水普及率（%）', 'v_tap_rate', 'decimal', '%'),
      L('供水保证率是否达标', 'v_water_ok', 'boolean', null, YN),
      R(),
    ],
    codeRow: true, footer: true,
  },
  {
    file: '区水务局/农村供水工程台账.xlsx', sheet: '工程台账', dept: '区水务局', freq: 'adhoc', layout: 'columns',
    title: '农村供水工程基本情况台账', meta: '填报单位：                    更新时间：',
    seq: true,
    cols: [
      L('工程名称', 'w_name'),
      L('所在村', 'v_name'),
      L('工程类型', 'w_type', 'choice', null, ['千吨万人', '千人以上', '单村供水', '分散供水']),
      L('设计供水规模（m³/d）', 'w_scale', 'decimal', 'm³/d'),
      L('覆盖人口（人）', 'w_pop', 'integer', '人'),
      L('建成时间', 'w_built', 'date'),
      L('管护主体', 'w_mgr_org'),
      G('管护责任人', L('姓名', 'w_mgr_name'), L('电话', 'w_mgr_phone', 'phone')),
      R(),
    ],
    blank: 8, footer: true,
  },
  {
    file: '农村饮水安全年度核查表.xlsx', sheet: '核查表', dept: '区水务局', freq: 'annual', layout: 'columns',
    title: '农村饮水安全年度核查表', meta: '填报单位：                     核查日期：',
    seq: true,
    cols: [
      L('镇（街道）', 'v_town'),
      L('村名称', 'v_name'),
      L('户籍人口数', 'v_pop', 'integer', '人'),
      L('集中供水人口', 'v_water_c_pop', 'integer', '人'),
      L('分散式供水人口', 'v_water_d_pop', 'integer', '人'),
      L('自来水普及率', 'v_tap_rate', 'decimal', '%'),
    ],
    blank: 10, footer: true,
  },
  // 区邮政管理局
  {
    file: '区邮政管理局/村级寄递物流服务站情况表.xlsx', sheet: '服务站', dept: '区邮政管理局', freq: 'semiannual', layout: 'columns',
    title: '村级寄递物流综合服务站建设情况表', meta: '填报单位：                      2026年上（下）半年',
    seq: true,
    cols: [
      L('乡镇', 'v_town'),
      L('村名', 'v_name'),
      L('常住人口（人）', 'v_pop_cz', 'integer', '人'),
      L('是否建有服务站', 'v_post_has', 'boolean', null, YN),
      L('服务站地址', 'v_post_addr'),
      G('站点负责人', L('姓名', 'v_post_chief_name'), L('手机', 'v_post_chief_phone', 'phone')),
      G('本半年快件量（件）', L('收件', 'v_post_in_h', 'integer', '件'), L('发件', 'v_post_out_h', 'integer', '件')),
      R(),
    ],
    blank: 8, footer: true,
  },
  // 区烟草专卖局
  {
    file: '区烟草专卖局/烟叶种植户登记表.xlsx', sheet: '种植户', dept: '区烟草专卖局', freq: 'annual', layout: 'columns',
    title: '2026年烟叶种植户登记表', meta: '烟站：                 村：                 登记日期：',
    seq: true,
    cols: [
      L('所在村', 'v_name'),
      L('户主姓名', 'h_head_name'),
      L('户主身份证号', 'h_head_id', 'idcard'),
      L('家庭人口数', 'h_size', 'integer', '人'),
      L('种植面积（亩）', 'h_tobacco_area', 'decimal', '亩'),
      L('合同收购量（公斤）', 'h_tobacco_contract', 'decimal', '公斤'),
      L('户主联系电话', 'h_head_phone', 'phone'),
      R(),
    ],
    blank: 10, footer: true,
  },
];

// ───────────────────────────── writer ─────────────────────────────

const OUT = path.join(import.meta.dirname ?? __dirname, '');
const FORMS_DIR = path.join(OUT, 'forms');
const VILLAGES = ['青山村', '白沙村', '桃源社区', '龙潭村', '石门村'];
const FREQ_ZH: Record<Freq, string> = { daily: '日报', weekly: '周报', monthly: '月报', quarterly: '季报', semiannual: '半年报', annual: '年报', adhoc: '不定期' };
const RANK: Record<Freq, number> = { daily: 7, weekly: 6, monthly: 5, quarterly: 4, semiannual: 3, annual: 2, adhoc: 1 };

interface GoldField { ref: string; label: string; path: string[]; element: string; type: T; unit: string | null }
const goldFields: GoldField[] = [];
const elementNames = new Map<string, string>();

const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };
function styleHeader(c: ExcelJS.Cell) {
  c.font = { bold: true, name: '宋体', size: 10 };
  c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  c.border = border;
}
function colLetter(n: number): string {
  let s = '';
  while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); }
  return s;
}
const depth = (n: Node): number => (isLeaf(n) ? 1 : 1 + Math.max(...n.c.map(depth)));
const width = (n: Node): number => (isLeaf(n) ? 1 : n.c.reduce((s, c) => s + width(c), 0));
const leaves = (ns: Node[]): Leaf[] => ns.flatMap((n) => (isLeaf(n) ? [n] : leaves(n.c)));
function sample(l: Leaf): string | number {
  switch (l.t) {
    case 'integer': return 3;
    case 'decimal': return 12.5;
    case 'date': return '2026-03-01';
    case 'boolean': return '是';
    case 'choice': return l.dv?.[0] ?? '—';
    case 'idcard': return '430***19800101****';
    case 'phone': return '138****0000';
    default: return /姓名/.test(l.l) || l.e.endsWith('_name') ? '张某' : '示例内容';
  }
}

function addGold(f: Form, cell: string, label: string, p: string[], leaf: { e: string; t: T; u: string | null }) {
  const element = leaf.e === REMARK ? `remark:${f.file}` : leaf.e;
  goldFields.push({ ref: `${f.file}#${f.sheet}!${cell}`, label, path: p, element, type: leaf.e === REMARK ? 'text' : leaf.t, unit: leaf.e === REMARK ? null : leaf.u });
  if (!elementNames.has(element)) elementNames.set(element, element.startsWith('remark:') ? '备注' : p.map((s) => s.replace(/\s+/g, '')).join('/'));
}

async function writeForm(f: Form) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'XX区';
  const ws = wb.addWorksheet(f.sheet);
  let dict: ExcelJS.Worksheet | undefined;
  const dictCols = new Map<string, string>();
  const dictRange = (values: string[]): string => {
    const key = values.join('|');
    if (!dictCols.has(key)) {
      dict ??= wb.addWorksheet('字典', { state: 'hidden' });
      const col = colLetter(dictCols.size + 1);
      values.forEach((v, i) => { dict!.getCell(`${col}${i + 1}`).value = v; });
      dictCols.set(key, `字典!$${col}$1:$${col}$${values.length}`);
    }
    return dictCols.get(key)!;
  };

  let row = 1;
  const totalCols = (() => {
    if (f.layout === 'columns') return (f.seq ? 1 : 0) + f.cols!.reduce((s, n) => s + width(n), 0);
    if (f.layout === 'indicator-rows') return f.ind!.head.length * f.ind!.panels.length;
    return 1 + f.grid!.cols.reduce((s, n) => s + width(n), 0);
  })();
  const last = colLetter(totalCols);
  if (f.attach) { ws.getCell(`A${row}`).value = f.attach; ws.getCell(`A${row}`).font = { name: '黑体', size: 12 }; row++; }
  ws.mergeCells(`A${row}:${last}${row}`);
  ws.getCell(`A${row}`).value = f.title;
  ws.getCell(`A${row}`).font = { name: '方正小标宋简体', size: 18, bold: true };
  ws.getCell(`A${row}`).alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(row).height = 36;
  row++;
  if (f.stat) {
    const lines = [`表    号：${f.stat.code}`, `制定机关：${f.stat.org}`, '批准文号：XX统函〔2026〕12号', '有效期至：2028年12月'];
    const from = colLetter(Math.max(1, totalCols - 2));
    for (const line of lines) {
      ws.mergeCells(`${from}${row}:${last}${row}`);
      ws.getCell(`${from}${row}`).value = line;
      ws.getCell(`${from}${row}`).font = { size: 9 };
      row++;
    }
  }
  if (f.meta) {
    ws.mergeCells(`A${row}:${last}${row}`);
    ws.getCell(`A${row}`).value = f.meta;
    ws.getCell(`A${row}`).font = { size: 10 };
    row++;
  }

  if (f.layout === 'columns') {
    const cols = f.cols!;
    const D = Math.max(...cols.map(depth));
    const top = row;
    let c = 1;
    if (f.seq) {
      if (D > 1) ws.mergeCells(top, 1, top + D - 1, 1);
      ws.getCell(top, 1).value = '序号';
      styleHeader(ws.getCell(top, 1));
      c++;
    }
    const dataStart = top + D + (f.codeRow ? 1 : 0);
    const villageCol: number[] = [];
    const townCol: number[] = [];
    const place = (n: Node, r: number, c0: number, parents: string[]) => {
      if (isLeaf(n)) {
        if (r < top + D - 1) ws.mergeCells(r, c0, top + D - 1, c0);
        const cell = ws.getCell(r, c0);
        cell.value = n.l;
        styleHeader(cell);
        ws.getColumn(c0).width = Math.max(8, Math.min(22, n.l.length * 2 + 2));
        const addr = `${colLetter(c0)}${r}`;
        addGold(f, addr, n.l, [...parents, n.l], n);
        if (n.e === 'v_name') villageCol.push(c0);
        if (n.e === 'v_town') townCol.push(c0);
        if (n.dv) {
          const formula = n.t === 'boolean' ? `"${n.dv.join(',')}"` : dictRange(n.dv);
          for (let rr = dataStart; rr < dataStart + 12; rr++) {
            ws.getCell(rr, c0).dataValidation = { type: 'list', allowBlank: true, formulae: [formula] };
          }
        }
        return;
      }
      const w = width(n);
      if (w > 1) ws.mergeCells(r, c0, r, c0 + w - 1);
      ws.getCell(r, c0).value = n.g;
      styleHeader(ws.getCell(r, c0));
      let cc = c0;
      for (const ch of n.c) { place(ch, r + 1, cc, [...parents, n.g]); cc += width(ch); }
    };
    for (const n of cols) { place(n, top, c, []); c += width(n); }
    for (let r = top; r < top + D; r++) ws.getRow(r).height = 30;
    row = top + D;
    if (f.codeRow) {
      const lv = leaves(cols);
      let cc = 1;
      if (f.seq) { ws.getCell(row, cc++).value = '甲'; }
      let n = 1;
      for (const l of lv) {
        ws.getCell(row, cc).value = l.e === 'v_name' || l.e === 'v_town' ? (l.e === 'v_town' ? '乙' : '丙') : n++;
        ws.getCell(row, cc).alignment = { horizontal: 'center' };
        cc++;
      }
      row++;
    }
    if (f.example) {
      const lv = leaves(cols);
      let cc = 1;
      if (f.seq) ws.getCell(row, cc++).value = '示例';
      for (const l of lv) { if (l.e !== REMARK) ws.getCell(row, cc).value = sample(l); ws.getCell(row, cc).font = { italic: true, color: { argb: 'FF808080' } }; cc++; }
      row++;
    }
    if (f.villages) {
      VILLAGES.forEach((v, i) => {
        if (f.seq) ws.getCell(row, 1).value = i + 1;
        for (const vc of villageCol) ws.getCell(row, vc).value = v;
        for (const tc of townCol) ws.getCell(row, tc).value = '城关镇';
        for (let k = 1; k <= totalCols; k++) ws.getCell(row, k).border = border;
        row++;
      });
      ws.getCell(row, f.seq ? 1 : villageCol[0] ?? 1).value = '合计';
      for (let k = 1; k <= totalCols; k++) ws.getCell(row, k).border = border;
      row++;
    } else {
      for (let i = 0; i < (f.blank ?? 5); i++) {
        if (f.seq) ws.getCell(row, 1).value = i + 1;
        for (let k = 1; k <= totalCols; k++) ws.getCell(row, k).border = border;
        row++;
      }
    }
  } else if (f.layout === 'indicator-rows') {
    const { head, panels } = f.ind!;
    const top = row;
    panels.forEach((_, p) => head.forEach((h, i) => { const cell = ws.getCell(top, p * head.length + i + 1); cell.value = h; styleHeader(cell); }));
    ws.getColumn(1).width = 30;
    const hasCode = head.some((h) => h.includes('代码'));
    panels.forEach((rows, p) => {
      let r = top + 1;
      if (hasCode) {
        head.forEach((_, i) => { ws.getCell(r, p * head.length + i + 1).value = ['甲', '乙', '丙', '1'][i] ?? ''; });
        r++;
      }
      let cat: string | undefined;
      let code = 1;
      for (const ir of rows) {
        const c0 = p * head.length + 1;
        if ('cat' in ir && ir.cat) {
          cat = ir.cat;
          ws.getCell(r, c0).value = ir.cat;
          ws.getCell(r, c0).font = { bold: true };
        } else {
          const x = ir as IndRow;
          ws.getCell(r, c0).value = x.l;
          ws.getCell(r, c0 + 1).value = x.u;
          if (hasCode) ws.getCell(r, c0 + 2).value = String(code++).padStart(2, '0');
          addGold(f, `${colLetter(c0)}${r}`, x.l, cat ? [cat, x.l] : [x.l], x);
        }
        for (let k = 0; k < head.length; k++) ws.getCell(r, c0 + k).border = border;
        r++;
      }
      row = Math.max(row, r);
    });
  } else {
    const g = f.grid!;
    const D = Math.max(...g.cols.map(depth));
    const top = row;
    if (D > 1) ws.mergeCells(top, 1, top + D - 1, 1);
    ws.getCell(top, 1).value = g.key;
    styleHeader(ws.getCell(top, 1));
    ws.getColumn(1).width = 16;
    const leafCols: Array<{ c: number; leaf: Leaf; parents: string[] }> = [];
    const place = (n: Node, r: number, c0: number, parents: string[]) => {
      if (isLeaf(n)) {
        if (r < top + D - 1) ws.mergeCells(r, c0, top + D - 1, c0);
        ws.getCell(r, c0).value = n.l;
        styleHeader(ws.getCell(r, c0));
        ws.getColumn(c0).width = 14;
        leafCols.push({ c: c0, leaf: n, parents });
        return;
      }
      const w = width(n);
      if (w > 1) ws.mergeCells(r, c0, r, c0 + w - 1);
      ws.getCell(r, c0).value = n.g;
      styleHeader(ws.getCell(r, c0));
      let cc = c0;
      for (const ch of n.c) { place(ch, r + 1, cc, [...parents, n.g]); cc += width(ch); }
    };
    let c = 2;
    for (const n of g.cols) { place(n, top, c, []); c += width(n); }
    row = top + D;
    for (const rl of g.rows) {
      ws.getCell(row, 1).value = rl.l;
      ws.getCell(row, 1).border = border;
      for (const lc of leafCols) {
        ws.getCell(row, lc.c).border = border;
        addGold(f, `${colLetter(lc.c)}${row}`, (rl.l + lc.leaf.l).replace(/\s+/g, ''), [rl.l, ...lc.parents, lc.leaf.l],
          { e: `${g.prefix}_${rl.k}_${lc.leaf.e}`, t: lc.leaf.t, u: lc.leaf.u });
      }
      row++;
    }
    if (g.total) {
      ws.getCell(row, 1).value = '合计';
      for (let k = 1; k < c; k++) ws.getCell(row, k).border = border;
      row++;
    }
  }

  if (f.footer) {
    row++;
    ws.getCell(row, 1).value = '单位负责人：            填表人：            联系电话：            报出日期：    年  月  日';
    row++;
  }
  if (f.note) { ws.getCell(row, 1).value = f.note; row++; }
  if (f.instructions) {
    const s = wb.addWorksheet('填表说明');
    f.instructions.forEach((t, i) => { s.getCell(`A${i + 1}`).value = t; });
    s.getColumn(1).width = 80;
  }
  if (dict) {
    // keep the hidden dictionary sheet last
    const idx = wb.worksheets.indexOf(dict);
    if (idx !== wb.worksheets.length - 1) (dict as unknown as { orderNo: number }).orderNo = wb.worksheets.length;
  }
  const out = path.join(FORMS_DIR, f.file);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await wb.xlsx.writeFile(out);
}

async function writeCatalog() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('报表清单');
  ws.addRow(['序号', '文件名', '报表名称', '主管部门', '填报频次', '填报对象']);
  let i = 1;
  for (const f of forms) {
    if (f.catalog === false) continue;
    ws.addRow([i++, path.basename(f.file), typeof f.catalog === 'string' ? f.catalog : f.title.replace(/^\d{4}年(度)?\s*(月\s*)?/, ''), f.dept, FREQ_ZH[f.freq], '村（社区）']);
  }
  ws.addRow([i++, '村级防汛物资储备情况表.xlsx', '村级防汛物资储备情况表', '区粮食和物资储备局', '半年报', '村（社区）']);
  await wb.xlsx.writeFile(path.join(OUT, '报表清单.xlsx'));
}

function retirement() {
  const elems = new Map<string, Set<string>>();
  for (const gf of goldFields) {
    const file = gf.ref.split('#')[0];
    if (!elems.has(file)) elems.set(file, new Set());
    if (!gf.element.startsWith('remark:')) elems.get(file)!.add(gf.element);
  }
  const freqOf = new Map(forms.map((f) => [f.file, f.freq]));
  const full: string[] = [];
  const partial: string[] = [];
  const coverage: Record<string, number> = {};
  const coveredBy: Record<string, string[]> = {};
  for (const f of forms) {
    const mine = elems.get(f.file)!;
    const others = forms.filter((o) => o.file !== f.file && RANK[o.freq] >= RANK[f.freq]);
    let covered = 0;
    const by = new Set<string>();
    for (const e of mine) {
      const hit = others.filter((o) => elems.get(o.file)!.has(e));
      if (hit.length) { covered++; hit.forEach((o) => by.add(o.file)); }
    }
    const cov = mine.size ? Math.round((covered / mine.size) * 10000) / 10000 : 0;
    coverage[f.file] = cov;
    if (cov === 1) full.push(f.file);
    else if (cov >= 0.8) partial.push(f.file);
    if (cov >= 0.8) coveredBy[f.file] = [...by].sort();
  }
  return { full, partial, coverage, coveredBy };
}

async function main() {
  fs.rmSync(FORMS_DIR, { recursive: true, force: true });
  for (const f of forms) await writeForm(f);
  await writeCatalog();
  const gold = {
    corpus: 'blind3',
    formsDir: 'forms',
    catalog: '报表清单.xlsx',
    forms: forms.map((f) => ({ file: f.file, title: f.title, department: f.dept, frequency: f.freq, layout: f.layout })),
    fields: goldFields,
    elements: [...elementNames].map(([id, name]) => ({ id, name })),
    retirement: retirement(),
  };
  fs.writeFileSync(path.join(OUT, 'gold.json'), JSON.stringify(gold, null, 1) + '\n');
  const r = gold.retirement;
  console.error(`${forms.length} forms, ${goldFields.length} fields, ${elementNames.size} elements; full ${r.full.length}: ${r.full.join(', ')}; partial ${r.partial.length}: ${r.partial.map((p) => `${p} (${r.coverage[p]})`).join(', ')}`);
}

void main();
