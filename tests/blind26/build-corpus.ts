/**
 * Held-out corpus "blind26": 34 templates of 14 offices of a mountain county of 重庆 (XX县), 2014–2025 — 山地柑橘和
 * 青菜头（榨菜）, 农村建设用地复垦（地票）和宅基地, 农村留守儿童和留守老年人, 地质灾害群测群防和森林防火, 城乡居民养老 / 医保
 * 参保缴费. Written from the bench README and the blind4 kit only (no product code read); the gold sits next to each
 * label. Offices are named the way 重庆 county departments are (县农业农村委, 县规划自然资源局, 县人力社保局, 县教委 …),
 * places are 镇乡（街道） / 村（社区） / 村民小组（社）.
 *
 *   npx tsx tests/blind26/build-corpus.ts             → tests/blind26/forms, 报表清单.xlsx, gold.json (README.md only if absent)
 *   npx tsx tests/blind26/build-corpus.ts --readme    → also rewrite README.md
 *   npx tsx tests/blind26/build-corpus.ts --gold-only → gold.json only
 */
import fs from 'node:fs';
import path from 'node:path';
import { C, Corpus, D, EDU, G, I, L, NATION, R, S, SEX, YN, type Form, type GridRow } from './kit';
import { writeReadme } from './readme';

void EDU;
const VILLAGES = ['柑子湾村', '青菜坪村', '石龙村', '桂花村', '双河村', '黄桷坪社区'];
const VILL4 = VILLAGES.slice(0, 4);
const TOWN = '石岭镇';
const LEFT_TYPE = ['父母均外出务工', '父亲外出务工、母亲无监护能力', '母亲外出务工、父亲无监护能力'];
const GUARD_REL = ['祖父母', '外祖父母', '兄姐', '其他亲属', '父母委托的其他人'];
const MED_AID = ['特困人员', '孤儿和事实无人抚养儿童', '低保对象', '返贫致贫人口', '防止返贫监测对象', '其他'];
const GEO_TYPE = ['滑坡', '崩塌', '泥石流', '地面塌陷', '不稳定斜坡'];
const FOOT_CUN = '村（社区）负责人：            填表人：            联系电话：            填报日期：    年  月  日';
const FOOT_TOWN = '镇乡（街道）分管领导：            审核人：            填表人：            联系电话：';

const forms: Form[] = [
  // ───────────── 县民政局 ─────────────
  {
    file: '县民政局/农村留守儿童信息管理台账.xlsx', dept: '县民政局', freq: 'quarterly', title: '农村留守儿童基本信息管理台账',
    catalog: '农村留守儿童信息台账（季度动态更新）',
    sheets: [{
      kind: 'columns', name: '留守儿童台账', seq: true, attach: '附件1',
      meta: '镇乡（街道）：              村（社区）儿童主任：              更新时间：    年  月  日',
      cols: [
        L('镇乡（街道）', 'v_town'), L('村（社区）', 'v_name'),
        G('基本信息', L('儿童姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
          L('出生日期', 'p_birth', 'date'),
          L('公民身份号码', 'p_idno', 'idcard'), L('就读学校', 'p_school'), L('年级', 'p_grade')),
        L('留守类型', 'p_left_type', 'choice', null, LEFT_TYPE),
        G('外出务工父母', L('父亲姓名', 'p_father_name'), L('母亲姓名', 'p_mother_name')),
        G('委托照护人（监护人）', L('姓名', 'p_guard_name'), L('与儿童关系', 'p_guard_rel', 'choice', null, GUARD_REL),
          L('联系电话', 'p_guard_phone', 'phone'), L('是否具备监护能力', 'p_guard_capable', 'boolean', null, YN)),
        R(),
      ],
      blank: 12, footer: FOOT_CUN,
      note: '注：1.农村留守儿童指父母双方外出务工或一方外出务工另一方无监护能力、不满十六周岁的未成年人；2.每季度末月20日前更新。',
    }],
  },
  {
    file: '县民政局/农村留守老年人关爱服务花名册.xlsx', dept: '县民政局', freq: 'semiannual', title: '农村留守老年人关爱服务对象花名册',
    catalog: '农村留守老年人关爱服务花名册及汇总表',
    sheets: [
      {
        kind: 'columns', name: '花名册', seq: true, meta: '镇乡（街道）：                村（社区）：                  2024年上半年',
        cols: [
          L('镇乡（街道）', 'v_town'), L('村（社区）', 'v_name'), L('老人姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX),
          L('年龄', 'p_age', 'integer', '岁'), L('身份证号', 'p_idno', 'idcard'),
          L('居住情况', 'p_live_status', 'choice', null, ['独居', '与配偶同住', '与未成年孙辈同住', '其他']),
          L('健康状况', 'p_health', 'choice', null, ['健康', '基本健康', '不健康但能自理', '生活不能自理']),
          L('是否失能半失能', 'p_shineng', 'boolean', null, YN), L('是否特困人员', 'p_tekun', 'boolean', null, YN),
          G('赡养人', L('姓名', 'p_support_name'), L('联系电话', 'p_support_phone', 'phone')),
          G('关爱服务联系人', L('姓名', 'p_care_name'), L('联系电话', 'p_care_phone', 'phone')), R(),
        ],
        blank: 12, footer: FOOT_CUN,
      },
      {
        kind: 'indicator-rows', name: '汇总表', title: '农村留守老年人关爱服务情况汇总表', head: ['项    目', '单位', '数量'], sign: 'cells',
        rows: [
          I('农村留守老年人总数', 'v_left_old', '人'), S('其中：独居', 'v_left_old_alone', '人'), S('失能、半失能', 'v_left_old_shineng', '人'),
          S('80周岁及以上', 'v_left_old_80', '人'), I('纳入特困供养的留守老年人', 'v_left_old_tk', '人'), I('纳入最低生活保障的留守老年人', 'v_left_old_db', '人'),
          I('已落实关爱服务联系人', 'v_left_old_linked', '人'), I('本半年累计探访', 'v_left_old_visits_h', '人次'),
        ],
      },
    ],
  },
  {
    file: '县民政局/2024年农村留守儿童和困境儿童情况统计表.xlsx', dept: '县民政局', freq: 'annual', catalog: false,
    title: '2024年农村留守儿童和困境儿童情况统计表',
    sheets: [{
      kind: 'grid', name: '儿童统计', key: '类    别', prefix: 'g_child',
      stat: { code: '民儿统2表', org: 'XX县民政局', approval: '渝民〔2024〕12号', valid: '2025年12月' },
      meta: '填报单位：           镇乡（街道）           村（社区）          单位：人          统计截止：2024年12月31日',
      rows: [
        { l: '农村留守儿童', k: 'left' }, { l: '事实无人抚养儿童', k: 'fwfy' }, { l: '社会散居孤儿', k: 'orphan' },
      ],
      cols: [
        G('性别', L('男', 'm', 'integer', '人'), L('女', 'f', 'integer', '人')),
        G('年龄', L('0-5周岁', 'a0', 'integer', '人'), L('6-11周岁', 'a6', 'integer', '人'), L('12-15周岁', 'a12', 'integer', '人'),
          L('16-17周岁', 'a16', 'integer', '人')),
      ],
      footer: FOOT_CUN,
    }],
  },
  // ───────────── 县教委 ─────────────
  {
    file: '县教委/在校农村留守儿童关爱帮扶登记表.xlsx', dept: '县教委', freq: 'semiannual', title: '2024年秋季学期在校农村留守儿童关爱帮扶登记表',
    catalog: '在校农村留守儿童关爱帮扶登记表（每学期）', target: '学校',
    dictSheet: { name: '下拉列表', visible: true },
    sheets: [{
      kind: 'columns', name: '登记表', seq: true, meta: '学校（盖章）：                          填报日期：    年  月  日',
      cols: [
        L('学校名称', 'p_school'), L('年级', 'p_grade'), L('学生姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX),
        L('证件号码', 'p_idno', 'idcard'), L('全国学籍号', 'p_xueji'),
        L('家庭所在镇乡（街道）', 'v_town'), L('家庭所在村（社区）', 'v_name'),
        L('留守类别', 'p_left_type', 'choice', null, LEFT_TYPE), L('是否寄宿生', 'p_boarder', 'boolean', null, YN),
        G('监护人', L('姓名', 'p_guard_name'), L('联系电话', 'p_guard_phone', 'phone')),
        G('结对帮扶教师（代理家长）', L('姓名', 'p_teacher_name'), L('联系电话', 'p_teacher_phone', 'phone')), R(),
      ],
      blank: 15, footer: '校长：              德育处负责人：              填表人：              联系电话：',
    }],
  },
  {
    file: '县教委/2014年春季学期农村留守学生情况统计表.xlsx', dept: '县教委', freq: 'semiannual', catalog: '农村留守学生情况统计表（每学期）', target: '学校',
    title: '2014年春季学期农村留守学生情况统计表', xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'indicator-rows', name: 'Sheet1', startCol: 1, blankTop: 1, head: ['项目', '单位', '数量'], sign: 'line',
      meta: '学校（盖章）：                                  2014年3月',
      rows: [
        C('一、学生情况'), I('在校学生总数', 's_students', '人'), I('农村留守学生', 's_left', '人'), S('其中：男', 's_left_m', '人'),
        S('女', 's_left_f', '人'), S('寄宿留守学生', 's_left_boarder', '人'), S('父母均外出务工', 's_left_both', '人'),
        C('二、关爱工作'), I('建立留守学生成长档案', 's_files', '份'), I('结对帮扶教师', 's_teachers', '人'), I('开通亲情电话', 's_phones', '部'),
        I('本学期开展心理健康辅导', 's_counsel', '次'), I('“代理家长”', 's_proxy', '人'),
      ],
      note: '注：每学期开学后一个月内报送县教委基础教育科，秋季学期另行通知。',
    }],
  },
  // ───────────── 县妇联 ─────────────
  {
    file: '县妇联/农村留守儿童摸底登记表.xlsx', dept: '县妇联', freq: 'adhoc', catalog: false, title: '农村留守儿童关爱服务摸底登记表',
    sheets: [{
      kind: 'columns', name: 'Sheet1', seq: true, meta: '村（社区）妇联（盖章）：                    摸底时间：    年  月  日',
      cols: [
        L('村（居）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生年月', 'p_birth', 'date'),
        L('身份证号码', 'p_idno', 'idcard'), L('就读学校', 'p_school'), L('留守情况', 'p_left_type', 'choice', null, LEFT_TYPE),
        G('监护人', L('姓名', 'p_guard_name'), L('与儿童关系', 'p_guard_rel', 'choice', null, GUARD_REL), L('联系方式', 'p_guard_phone', 'phone')),
        R('备  注'),
      ],
      blank: 15, footer: '填表人：              联系电话：',
      note: '注：本表用于“春蕾安全”关爱行动摸底，发现新增对象随时登记，不定期报送县妇联儿童工作部。',
    }],
  },
  {
    file: '县妇联/村（社区）儿童之家建设运行情况统计表.xlsx', dept: '县妇联', freq: 'annual', title: '村（社区）“儿童之家”建设运行情况统计表',
    sheets: [{
      kind: 'columns', name: '儿童之家', seq: true, villages: VILLAGES, total: true,
      meta: '镇乡（街道）妇联（盖章）：                                 2023年12月',
      cols: [
        L('镇乡（街道）', 'v_town'), L('村（社区）', 'v_name'), L('是否建成儿童之家', 'v_cf_built', 'boolean', null, YN),
        L('服务儿童数（人）', 'v_cf_children', 'integer', '人'), L('其中：服务留守儿童（人）', 'v_cf_left', 'integer', '人'),
        G('儿童之家负责人', L('姓名', 'v_cf_head_name'), L('联系电话', 'v_cf_head_phone', 'phone')),
        G('儿童之家（活动场所）', L('地址', 'v_cf_addr'), L('联系电话', 'v_cf_phone', 'phone')), R(),
      ],
      footer: true,
    }],
  },
  // ───────────── 县人力社保局 ─────────────
  {
    file: '县人力社保局/城乡居民基本养老保险参保登记花名册.xlsx', dept: '县人力社保局', freq: 'annual', title: '2025年度城乡居民基本养老保险参保登记花名册',
    catalog: '城乡居民基本养老保险参保登记花名册', dictSheet: { name: '字典', visible: true },
    sheets: [{
      kind: 'columns', name: '参保登记', seq: true, example: true, meta: '镇乡（街道）劳动就业和社会保障服务所：                  村（社区）：',
      cols: [
        L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
        L('社会保障号码', 'p_idno', 'idcard'), L('出生日期', 'p_birth', 'date'),
        L('户籍性质', 'p_hukou_type', 'choice', null, ['农业', '非农业', '居民户口']),
        L('参保身份', 'p_ins_cat', 'choice', null, ['普通参保人员', '特困人员', '低保对象', '返贫致贫人口', '重度残疾人', '计划生育特殊家庭']),
        L('缴费档次（元/年）', 'p_pension_level', 'decimal', '元'), L('政府代缴金额（元）', 'p_pension_gov_pay', 'decimal', '元'),
        L('手机号码', 'p_phone', 'phone'), L('社会保障卡号', 'p_sscard'), R(),
      ],
      blank: 15, footer: '经办人：            审核人：            镇乡（街道）劳动保障所（盖章）        年  月  日',
    }],
  },
  {
    file: '县人力社保局/城乡居民养老保险待遇领取资格认证情况月报.xlsx', dept: '县人力社保局', freq: 'monthly', catalog: false,
    title: '城乡居民养老保险待遇领取人员资格认证情况月报',
    sheets: [{
      kind: 'columns', name: '认证情况', seq: true, meta: '镇乡（街道）：                                        2025年  月',
      cols: [
        L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('公民身份号码', 'p_idno', 'idcard'), L('年龄', 'p_age', 'integer', '岁'),
        L('月养老金（元）', 'p_pension_month', 'decimal', '元'), 
        L('是否留守老人', 'p_is_left_old', 'boolean', null, YN),
        L('认证结果', 'p_auth_result', 'choice', null, ['认证通过', '死亡', '失联', '暂停发放']), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 15, footer: FOOT_CUN,
      note: '注：到期未认证人员请村（社区）协助上门认证，每月25日前报县人力社保局城乡居民养老保险科。',
    }],
  },
  {
    file: '县人力社保局/城乡居民基本养老保险工作统计季报.xlsx', dept: '县人力社保局', freq: 'quarterly', title: '城乡居民基本养老保险工作情况统计表',
    catalog: '城乡居民基本养老保险工作统计季报',
    sheets: [{
      kind: 'indicator-rows', name: '季报', stat: { code: '渝人社城居01表', org: 'XX县人力资源和社会保障局', approval: '渝人社发〔2020〕36号', valid: '2025年12月' },
      meta: '填报单位：                  村（社区）                2025年第  季度', head: ['指    标', '计量单位', '本季末', '上年同期'], sign: 'side',
      rows: [
        C('一、参保情况'), I('户籍人口', 'v_pop_hj', '人'), I('16周岁以上户籍人口（不含在校学生）', 'v_pop_16plus', '人'),
        I('城乡居民养老保险参保人数', 'v_pension_ins', '人'), S('其中：16-59周岁参保缴费人数', 'v_pension_payers', '人'),
        S('60周岁及以上领取待遇人数', 'v_pension_recv', '人'), I('本年新增参保人数', 'v_pension_new_y', '人'), D('参保率', 'v_pension_rate', '%'),
        C('二、困难群体代缴'), I('政府代缴人数', 'v_pension_gov_n', '人'), S('其中：特困人员', 'v_gov_tk', '人'), S('低保对象', 'v_gov_db', '人'),
        S('重度残疾人', 'v_gov_disab', '人'), S('返贫致贫人口', 'v_gov_fp', '人'), D('代缴金额', 'v_pension_gov_amt', '万元'),
        D('本年累计个人缴费金额', 'v_pension_self_amt', '万元'), S('其中：选择500元及以上档次人数', 'v_pension_high_n', '人', 'integer'),
        C('三、待遇发放'), D('基础养老金发放金额', 'v_pension_basic_amt', '万元'), D('个人账户养老金发放金额', 'v_pension_acct_amt', '万元'),
        I('本季度新增领取待遇人数', 'v_pension_recv_new_q', '人'), I('暂停发放人数', 'v_pension_suspend', '人'), I('丧葬补助金领取人数', 'v_funeral_n', '人'),
        C('四、领取资格认证'), I('应认证人数', 'v_auth_need', '人'), I('已认证人数', 'v_auth_done', '人'), S('其中：人脸识别认证', 'v_auth_face', '人'),
      ],
    }],
  },
  // ───────────── 县医保局 ─────────────
  {
    file: '县医保局/城乡居民医保参保缴费进度周报.xlsx', dept: '县医保局', freq: 'weekly', title: '2025年度城乡居民医保集中参保缴费进度周报',
    catalog: '城乡居民医保集中参保缴费进度周报',
    sheets: [{
      kind: 'columns', name: '进度', seq: true, villages: VILLAGES, total: true,
      meta: '镇乡（街道）：                 截至    年  月  日（每周一上午10点前报县医保局）',
      cols: [
        L('镇乡（街道）', 'v_town'), L('村（社区）', 'v_name'), L('应参保人数（人）', 'v_med_target', 'integer', '人'),
        L('本周缴费人数（人）', 'v_med_paid_w', 'integer', '人'), L('累计缴费人数（人）', 'v_med_paid_cum', 'integer', '人'),
        L('参保缴费率（%）', 'v_med_rate', 'decimal', '%'), R(),
      ],
      footer: FOOT_TOWN,
    }],
  },
  {
    file: '县医保局/2025年度城乡居民医保资助参保对象花名册.xlsx', dept: '县医保局', freq: 'annual', title: '2025年度城乡居民基本医疗保险资助参保对象花名册',
    catalog: '城乡居民医保资助参保对象花名册',
    sheets: [{
      kind: 'columns', name: '资助参保', seq: true, meta: '镇乡（街道）：               村（社区）：                  金额单位：元',
      cols: [
        L('村（社区）', 'v_name'), L('参保人姓名', 'p_name'), L('证件号码', 'p_idno', 'idcard'), L('性别', 'p_sex', 'choice', null, SEX),
        L('资助类别', 'p_med_aid_cat', 'choice', null, MED_AID), L('资助金额', 'p_med_aid_amt', 'decimal', '元'), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 15, footer: FOOT_CUN,
      note: '注：资助对象身份以民政、乡村振兴部门推送名单为准，年度内新认定对象随时补报。',
    }],
  },
  // ───────────── 县税务局 ─────────────
  {
    file: '县税务局/城乡居民社会保险费征缴进度统计表（周报）.xlsx', dept: '县税务局', freq: 'weekly', title: '城乡居民社会保险费征缴进度统计表',
    catalog: '城乡居民社会保险费征缴进度周报',
    sheets: [{
      kind: 'columns', name: '征缴进度', seq: true, villages: VILLAGES, total: true,
      meta: '征收单位：XX县税务局               镇乡（街道）：             统计截止日：    年  月  日',
      cols: [
        L('镇乡（街道）', 'v_town'), L('村（社区）', 'v_name'),
        G('城乡居民基本医疗保险', L('应缴人数', 'v_med_target', 'integer', '人'), L('本周已缴人数', 'v_med_paid_w', 'integer', '人'),
          L('累计已缴人数', 'v_med_paid_cum', 'integer', '人'), L('累计已缴金额（元）', 'v_med_paid_amt', 'decimal', '元'),
          L('征缴率（%）', 'v_med_rate', 'decimal', '%')),
        G('城乡居民基本养老保险', L('应缴人数', 'v_pen_target', 'integer', '人'), L('本周已缴人数', 'v_pen_paid_w', 'integer', '人'),
          L('累计已缴人数', 'v_pen_paid_cum', 'integer', '人'), L('累计已缴金额（元）', 'v_pen_paid_amt', 'decimal', '元')),
        R(),
      ],
      footer: '税务分局（所）经办人：              联系电话：              镇乡（街道）协税员：',
    }],
  },
  // ───────────── 县卫生健康委 ─────────────
  {
    file: '县卫生健康委/65岁及以上老年人健康管理服务登记表.xlsx', dept: '县卫生健康委', freq: 'quarterly', title: '65岁及以上老年人健康管理服务登记表',
    sheets: [{
      kind: 'columns', name: '健康管理', seq: true, meta: '乡镇卫生院：                村卫生室：                      年第  季度',
      cols: [
        L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生日期', 'p_birth', 'date'),
        L('身份证号码', 'p_idno', 'idcard'), L('联系电话', 'p_phone', 'phone'), L('是否农村留守老年人', 'p_is_left_old', 'boolean', null, YN),
        L('居住状况', 'p_live_status', 'choice', null, ['独居', '与配偶同住', '与未成年孙辈同住', '其他']),
        L('本次体检日期', 'p_exam_date', 'date'),
        G('血压（mmHg）', L('收缩压', 'p_sbp', 'integer', 'mmHg'), L('舒张压', 'p_dbp', 'integer', 'mmHg')),
        L('是否签约家庭医生', 'p_fd_signed', 'boolean', null, YN), R(),
      ],
      blank: 15, footer: '乡村医生：              乡镇卫生院审核人：              联系电话：',
    }],
  },
  {
    file: '县卫生健康委/2025年老年人健康管理和家庭医生签约分月进度表.xlsx', dept: '县卫生健康委', freq: 'monthly', catalog: false,
    title: '2025年老年人健康管理和家庭医生签约服务分月进度表',
    sheets: [{
      kind: 'grid', name: '分月进度', key: '项    目', prefix: 'g_phs', meta: '乡镇卫生院：                 村卫生室：                     （按月累计填报）',
      rows: [
        { l: '65岁及以上老年人健康管理人数（人）', k: 'old', u: '人' }, { l: '重点人群家庭医生签约人数（人）', k: 'fd', u: '人' },
      ],
      cols: Array.from({ length: 12 }, (_, i) => L(`${i + 1}月`, `m${i + 1}`, 'integer', null)),
      footer: '乡村医生：              联系电话：',
      note: '注：每月5日前报送县卫生健康委基层卫生健康科，填截至上月末的累计数。',
    }],
  },
  // ───────────── 县农业农村委 ─────────────
  {
    file: '县农业农村委/柑橘产业发展情况统计表.xlsx', dept: '县农业农村委', freq: 'annual', title: '2024年柑橘产业发展情况统计表',
    catalog: '柑橘产业发展情况统计表（年报）',
    sheets: [{
      kind: 'columns', name: '柑橘', seq: true, villages: VILLAGES, total: true, codeRow: true,
      meta: '镇乡（街道）农业服务中心（盖章）：                        填报日期：2024年12月  日',
      cols: [
        L('村（社区）', 'v_name'),
        G('柑橘种植面积（亩）', L('本年', 'v_citrus_area', 'decimal', '亩'), L('上年', 'v_citrus_area_ly', 'decimal', '亩')),
        L('其中：投产面积（亩）', 'v_citrus_bearing', 'decimal', '亩'), L('本年新发展面积（亩）', 'v_citrus_new', 'decimal', '亩'),
        G('按品种分（亩）', L('晚熟柑橘', 'v_citrus_late', 'decimal', '亩'), L('脐橙', 'v_citrus_navel', 'decimal', '亩'), L('柚类', 'v_citrus_pomelo', 'decimal', '亩')),
        L('柑橘产量（吨）', 'v_citrus_out', 'decimal', '吨'), L('柑橘产值（万元）', 'v_citrus_value', 'decimal', '万元'),
        L('种植户数（户）', 'v_citrus_hh', 'integer', '户'), L('50亩以上规模业主（个）', 'v_citrus_owners', 'integer', '个'), R(),
      ],
      footer: true,
    }],
  },
  {
    file: '县农业农村委/青菜头收砍销售进度周报.xlsx', dept: '县农业农村委', freq: 'weekly', catalog: false, title: '2025年青菜头收砍销售进度周报',
    sheets: [{
      kind: 'columns', name: '收砍进度', seq: true, villages: VILLAGES, total: true, meta: '镇乡（街道）：                    统计时段：  月  日至  月  日',
      cols: [
        L('村（社区）', 'v_name'), L('青菜头种植面积（亩）', 'v_mustard_area', 'decimal', '亩'),
        G('本周', L('收砍量（吨）', 'v_mustard_cut_w', 'decimal', '吨'), L('销售量（吨）', 'v_mustard_sold_w', 'decimal', '吨'),
          L('收购均价（元/吨）', 'v_mustard_price_w', 'decimal', '元/吨')),
        G('累计', L('收砍量（吨）', 'v_mustard_cut_cum', 'decimal', '吨'), L('销售量（吨）', 'v_mustard_sold_cum', 'decimal', '吨'),
          L('销售收入（万元）', 'v_mustard_income_cum', 'decimal', '万元')),
        L('种植户数（户）', 'v_mustard_hh', 'integer', '户'), R(),
      ],
      footer: FOOT_TOWN, note: '注：收砍期间每周五17:00前报县农业农村委榨菜产业发展中心。',
    }],
  },
  {
    file: '县农业农村委/柑橘榨菜新型农业经营主体名录.xlsx', dept: '县农业农村委', freq: 'adhoc', title: '柑橘、榨菜产业新型农业经营主体名录',
    dictSheet: { name: '选项', visible: true }, target: '镇乡（街道）',
    sheets: [{
      kind: 'columns', name: '名录', seq: true, meta: '镇乡（街道）：                              更新日期：    年  月  日',
      cols: [
        L('主体名称', 'e_name'), L('主体类型', 'e_type', 'choice', null, ['农民专业合作社', '家庭农场', '农业企业', '种植大户']),
        L('所在村（社区）', 'v_name'),
        L('主导产业', 'e_industry', 'choice', null, ['柑橘', '青菜头（榨菜）', '柑橘和榨菜', '其他']),
        G('法定代表人（负责人）', L('姓名', 'e_rep_name'), L('身份证号码', 'e_rep_id', 'idcard'), L('联系电话', 'e_rep_phone', 'phone')),
        L('经营面积（亩）', 'e_area', 'decimal', '亩'), 
        R(),
      ],
      blank: 12, note: '注：新登记或注销的经营主体随时更新报送。',
    }],
  },
  {
    file: '县农业农村委/山地特色效益农业发展情况调查表.xlsx', dept: '县农业农村委', freq: 'annual', title: '2023年山地特色效益农业（柑橘、榨菜）发展情况调查表',
    catalog: '山地特色效益农业发展情况调查表',
    sheets: [{
      kind: 'indicator-rows', name: '调查表', stat: { code: '农特1表', org: 'XX县农业农村委员会', approval: '渝农发〔2021〕8号', valid: '2024年12月' },
      meta: '填报单位（村委会）：                         2023年度', head: ['指标名称', '计量单位', '代码', '数量'], codeRow: true, sign: 'line',
      rows: [
        C('一、基本情况'), I('户籍户数', 'v_hh_hj', '户'), I('户籍人口', 'v_pop_hj', '人'), I('常住人口', 'v_pop_cz', '人'),
        I('村民小组（社）', 'v_groups', '个'), I('农业从业人员', 'v_agri_workers', '人'), D('耕地面积', 'v_land', '亩'), D('园地面积', 'v_orchard', '亩'), D('林地面积', 'v_forest', '亩'),
        C('二、柑桔产业'), D('柑桔种植面积', 'v_citrus_area', '亩'), S('其中：晚熟柑桔', 'v_citrus_late', '亩'), S('脐橙', 'v_citrus_navel', '亩'),
        S('柚类', 'v_citrus_pomelo', '亩'), D('当年新植面积', 'v_citrus_new', '亩'), D('投产面积', 'v_citrus_bearing', '亩'),
        D('柑桔总产量', 'v_citrus_out', '吨'), D('柑桔产值', 'v_citrus_value', '万元'), D('采后商品化处理量', 'v_citrus_processed', '吨'), I('柑桔种植户', 'v_citrus_hh', '户'), I('50亩以上柑桔规模业主', 'v_citrus_owners', '个'),
        D('品改（高接换种）面积', 'v_citrus_graft', '亩'), D('水肥一体化面积', 'v_citrus_fertig', '亩'), D('山地果园轨道运输线', 'v_citrus_rail', '公里'),
      ],
      rows2: [
        C('三、榨菜（青菜头）产业'), D('青菜头播种面积', 'v_mustard_area', '亩'), D('青菜头产量', 'v_mustard_out', '吨'), S('其中：鲜销量', 'v_mustard_fresh', '吨'),
        S('加工原料量', 'v_mustard_raw', '吨'), D('订单收购量', 'v_mustard_order', '吨'), D('青菜头最低收购保护价', 'v_mustard_min_price', '元/吨'), D('青菜头销售收入', 'v_mustard_income', '万元'),
        I('青菜头种植户', 'v_mustard_hh', '户'), I('半成品加工腌制池', 'v_mustard_pits', '口'), D('腌制池容量', 'v_mustard_pit_cap', '吨'),
        C('四、经营主体和联农带农'), I('农民专业合作社', 'v_coop', '个'), I('家庭农场', 'v_family_farm', '个'), I('农业产业化龙头企业', 'v_dragon_ent', '个'), S('其中：榨菜加工企业', 'v_mustard_ent', '个'),
        I('带动农户', 'v_driven_hh', '户'), D('土地流转面积', 'v_land_transfer', '亩'),
        C('五、收入'), D('农村常住居民人均可支配收入', 'v_income_pc', '元'), D('村集体经济经营性收入', 'v_coll_op_income', '万元'),
      ],
    }],
  },
  {
    file: '县农业农村委/农村宅基地和农房利用现状调查表.xlsx', dept: '县农业农村委', freq: 'adhoc', title: '农村宅基地和农房利用现状调查表',
    catalog: '农村宅基地和农房利用现状调查表（表一至表五）', dictSheet: { name: '选项', visible: false },
    instructions: [
      '填表说明',
      '1.本调查以户为单位，一户一套表，表一至表五由村（社区）调查员入户填写，户主签字确认。',
      '2.宅基地面积、农房建筑面积以不动产权证（房地一体）或集体土地使用证记载为准，无证的按实际丈量填写，单位为平方米。',
      '3.“一户多宅”指同一农户拥有两处及以上宅基地；“闲置”指连续两年以上无人居住或使用。',
      '4.表四按宗地逐宗填写，有复垦（地票）意愿的须填写意向复垦面积（亩）。',
      '5.表中选择项请从下拉选项中选取，不得自行填写。',
    ],
    sheets: [
      {
        kind: 'indicator-rows', name: '表一', source: '表一：农户基本情况', head: ['项    目', '单位', '填报内容'], sign: 'line',
        rows: [
          I('镇乡（街道）', 'v_town', null, 'text', '—'), I('村（社区）', 'v_name', null, 'text', '—'), I('村民小组（社）', 'h_group', null, 'text', '—'),
          I('户主姓名', 'h_head_name', null, 'text', '—'), I('户主身份证号码', 'h_head_id', null, 'idcard', '—'), I('家庭人口', 'h_size', '人'),
          S('其中：常年外出务工人口', 'h_migrant', '人'), I('是否脱贫户或监测户', 'h_poor', null, 'boolean', '是/否'),
          I('户主联系电话', 'h_head_phone', null, 'phone', '—'),
        ],
      },
      {
        kind: 'columns', name: '表二', title: '表二：家庭成员情况', seq: true,
        cols: [
          L('姓名', 'p_name'), L('与户主关系', 'p_rel', 'choice', null, ['户主', '配偶', '子', '女', '儿媳', '孙子女', '父母', '其他']),
          L('性别', 'p_sex', 'choice', null, SEX), L('公民身份号码', 'p_idno', 'idcard'),
          L('是否在本村常住', 'p_live_local', 'boolean', null, YN), L('是否已进城落户', 'p_urban_hukou', 'boolean', null, YN),
        ],
        blank: 8,
      },
      {
        kind: 'indicator-rows', name: '表三', title: '表三：宅基地及农房情况', head: ['指    标', '单位', '数量'],
        rows: [
          I('宅基地宗数', 'h_hs_plots', '宗'), D('宅基地面积', 'h_hs_area', '平方米'), S('其中：超标准面积', 'h_hs_over', '平方米'),
          I('是否取得宅基地使用权证（房地一体不动产权证）', 'h_hs_cert', null, 'boolean', '是/否'), D('农房建筑面积', 'h_house_area', '平方米'),
          I('房屋结构', 'h_house_struct', null, 'choice', '—'), I('是否一户多宅', 'h_multi_house', null, 'boolean', '是/否'),
          I('是否闲置', 'h_idle', null, 'boolean', '是/否'), S('其中：闲置年限', 'h_idle_years', '年'),
          I('是否位于地质灾害隐患点威胁范围', 'h_geo_threat', null, 'boolean', '是/否'),
        ],
      },
      {
        kind: 'columns', name: '表四', title: '表四：闲置宅基地（农房）利用意愿', seq: true,
        cols: [
          L('宗地编号', 'h_plot_no'),
          L('利用意愿', 'h_intent', 'choice', null, ['自住', '出租', '入股合作', '复垦（地票）', '自愿有偿退出', '暂无意愿']),
          L('意向复垦面积（亩）', 'h_fk_area_intent', 'decimal', '亩'),
          L('期望补偿方式', 'h_comp_mode', 'choice', null, ['货币补偿', '进城购房补贴', '其他']),
        ],
        blank: 4,
      },
      {
        kind: 'columns', name: '表五', title: '表五：调查员信息',
        cols: [L('调查员', 'v_surveyor_name'), L('联系电话', 'v_surveyor_phone', 'phone'), L('调查日期', 'v_survey_date', 'date')],
        blank: 2, footer: '户主签字（按手印）：                    村（社区）审核人：                    （村委会盖章）',
      },
    ],
  },
  // ───────────── 县规划自然资源局 ─────────────
  {
    file: '县规划自然资源局/农村建设用地复垦申请农户花名册.xlsx', dept: '县规划自然资源局', freq: 'adhoc', title: '农村建设用地复垦项目申请农户花名册',
    catalog: '农村建设用地复垦（地票）申请农户花名册',
    sheets: [{
      kind: 'columns', name: '申请花名册', seq: true, attach: '附件2', example: true, meta: '项目名称：                              镇乡（街道）：              村（社区）：',
      cols: [
        L('村民小组（社）', 'h_group'),
        G('户主', L('姓名', 'h_head_name'), L('公民身份号码', 'h_head_id', 'idcard'), L('联系电话', 'h_head_phone', 'phone')),
        L('家庭人口（人）', 'h_size', 'integer', '人'), L('集体土地使用证号', 'h_hs_cert_no'),
        L('房屋结构', 'h_house_struct', 'choice', null, ['砖混', '砖木', '土木', '石木', '其他']), L('房屋建筑面积（㎡）', 'h_house_area', 'decimal', '平方米'),
        G('申请复垦面积（亩）', L('合计', 'h_fk_area', 'decimal', '亩'), L('宅基地', 'h_fk_hs', 'decimal', '亩'), L('附属设施用地', 'h_fk_aux', 'decimal', '亩')),
        L('是否有其他合法稳定住所', 'h_other_home', 'boolean', null, YN), L('是否位于地灾隐患点', 'h_geo_threat', 'boolean', null, YN),
        L('是否自愿复垦', 'h_voluntary', 'boolean', null, YN), R(),
      ],
      blank: 15, footer: '村（社区）审核意见：                    镇乡（街道）审核意见：                    （盖章）',
    }],
  },
  {
    file: '县规划自然资源局/地票复垦项目实施进度月报.xlsx', dept: '县规划自然资源局', freq: 'monthly', target: '镇乡（街道）', title: '农村建设用地复垦（地票）项目实施进度月报表',
    catalog: '地票复垦项目实施进度月报',
    sheets: [{
      kind: 'columns', name: '进度月报', seq: true, meta: '填报单位：                  镇乡（街道）人民政府（盖章）                截至    年  月  日',
      cols: [
        L('项目名称', 'j_name'), L('镇乡（街道）', 'v_town'), L('村（社区）', 'v_name'),
        L('立项复垦面积（亩）', 'j_area', 'decimal', '亩'),
        G('本月', L('拆除户数（户）', 'j_demol_m', 'integer', '户'), L('完成复垦面积（亩）', 'j_done_m', 'decimal', '亩')),
        G('累计', L('拆除户数（户）', 'j_demol_cum', 'integer', '户'), L('完成复垦面积（亩）', 'j_done_cum', 'decimal', '亩')),
        L('验收情况', 'j_accept', 'choice', null, ['未验收', '镇级初验', '县级验收', '市级确认']),
        L('农户价款已兑付（万元）', 'j_paid_farmers', 'decimal', '万元'), R(),
      ],
      blank: 8, footer: FOOT_TOWN,
    }],
  },
  {
    file: '县规划自然资源局/地质灾害隐患点群测群防责任人和监测员名册.xlsx', dept: '县规划自然资源局', freq: 'annual', target: '镇乡（街道）',
    title: '2025年度地质灾害隐患点群测群防责任人及监测员名册', catalog: '地质灾害隐患点群测群防人员名册',
    sheets: [{
      kind: 'columns', name: '名册', seq: true, meta: '镇乡（街道）（盖章）：                         填报日期：2025年3月  日',
      cols: [
        L('镇乡（街道）', 'v_town'), L('村（社区）', 'v_name'), L('隐患点名称', 'g_name'), L('统一编号', 'g_no'),
        L('灾害类型', 'g_type', 'choice', null, GEO_TYPE),
        G('威胁对象', L('户数（户）', 'g_threat_hh', 'integer', '户'), L('人数（人）', 'g_threat_n', 'integer', '人')),
        G('监测员', L('姓名', 'g_mon_name'), L('联系电话', 'g_mon_phone', 'phone')),
        G('村（社区）责任人', L('姓名', 'g_resp_name'), L('联系电话', 'g_resp_phone', 'phone')),
        L('避险撤离路线及安置场所', 'g_route'), R(),
      ],
      blank: 10, footer: FOOT_TOWN,
    }],
  },
  {
    file: '县规划自然资源局/汛期地质灾害巡查排查日报.xlsx', dept: '县规划自然资源局', freq: 'daily', catalog: false, title: '主汛期地质灾害隐患巡查排查日报表',
    sheets: [{
      kind: 'columns', name: '日报', seq: true, villages: VILLAGES, total: true,
      meta: '镇乡（街道）：                   日期：    年  月  日（实行零报告，每日16时前报送）',
      cols: [
        L('村（社区）', 'v_name'), L('在册隐患点（处）', 'v_geo_points', 'integer', '处'), L('当日巡查隐患点（处）', 'v_geo_patrolled_d', 'integer', '处'),
        L('新发现隐患（处）', 'v_geo_new_d', 'integer', '处'),
        L('发生险情灾情（起）', 'v_geo_events_d', 'integer', '起'), L('紧急转移群众（人）', 'v_geo_evac_d', 'integer', '人'),
        L('是否零报告', 'v_zero_report', 'boolean', null, YN), R(),
      ],
      footer: '值班领导：              值班员：              值班电话：',
    }],
  },
  // ───────────── 县林业局 ─────────────
  {
    file: '县林业局/生态护林员花名册.xlsx', dept: '县林业局', freq: 'annual', title: '2016年建档立卡贫困人口生态护林员花名册',
    catalog: '生态护林员花名册', xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'columns', name: 'Sheet1', startCol: 1, blankTop: 1, textNums: true, seq: true,
      meta: '乡镇（盖章）：                                       填表日期：2016年  月  日',
      cols: [
        L('乡镇', 'v_town'), L('村', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice'), L('出生年月', 'p_birth', 'date'),
        L('年龄', 'p_age', 'integer', '岁'), L('身份证号', 'p_idno', 'idcard'), L('是否建档立卡贫困户', 'p_poor', 'boolean', null, YN),
        L('管护面积（亩）', 'p_patrol_mu', 'decimal', '亩'),
        L('管护补助（元/年）', 'p_ranger_pay', 'decimal', '元'), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '县林业局/森林防火期野外火源管控工作周报.xlsx', dept: '县林业局', freq: 'weekly', catalog: false, title: '森林防火期野外火源管控工作周报',
    sheets: [{
      kind: 'columns', name: '周报', seq: true, villages: VILLAGES, total: true,
      meta: '镇乡（街道）：            报送时间：    年  月  日（防火期内每周四报县林业局森林防火办）',
      cols: [
        L('村（社区）', 'v_name'), L('林地面积（亩）', 'v_forest', 'decimal', '亩'), L('护林员（人）', 'v_rangers', 'integer', '人'),
        L('其中：生态护林员（人）', 'v_eco_rangers', 'integer', '人'),
        G('本周', L('巡山护林（人次）', 'v_patrol_w', 'integer', '人次'), L('查处违规用火（起）', 'v_fire_case_w', 'integer', '起'), L('发现火情（起）', 'v_fire_found_w', 'integer', '起')),
        G('防火期累计', L('巡山护林（人次）', 'v_patrol_cum', 'integer', '人次'), L('查处违规用火（起）', 'v_fire_case_cum', 'integer', '起'),
          L('发现火情（起）', 'v_fire_found_cum', 'integer', '起')),
        R(),
      ],
      footer: FOOT_TOWN,
    }],
  },
  // ───────────── 县应急管理局 ─────────────
  {
    file: '县应急管理局/村级应急物资储备情况表.xlsx', dept: '县应急管理局', freq: 'semiannual', title: '村（社区）森林防灭火和地质灾害应急物资储备情况表',
    catalog: '村级应急物资储备情况表（半年报）',
    sheets: [{
      kind: 'grid', name: '物资储备', rowCat: '类  别', key: '物资名称', prefix: 'g_sup', meta: '村（社区）（盖章）：                              2025年上半年',
      rows: ([
        ['森林防灭火物资', '风力灭火机（台）', 'blower', '台'], ['森林防灭火物资', '灭火水枪（支）', 'gun', '支'], ['森林防灭火物资', '二号工具（把）', 'tool2', '把'],
        ['森林防灭火物资', '油锯（台）', 'saw', '台'], ['地质灾害和防汛物资', '帐篷（顶）', 'tent', '顶'], ['地质灾害和防汛物资', '救生衣（件）', 'vest', '件'],
        ['地质灾害和防汛物资', '应急照明灯（盏）', 'light', '盏'], ['地质灾害和防汛物资', '铁锹（把）', 'shovel', '把'], ['地质灾害和防汛物资', '手摇报警器（台）', 'siren', '台'],
      ] as const).map(([cat, l, k, u]): GridRow => ({ cat, l, k, u })),
      cols: [L('现有数量', 'now', 'integer', null), L('本半年新增', 'new', 'integer', null)],
      footer: '物资保管人：              联系电话：              村（社区）负责人：',
    }],
  },
  {
    file: '县应急管理局/2024年下半年村（社区）防灾减灾基础信息统计表.xlsx', dept: '县应急管理局', freq: 'semiannual', catalog: false,
    title: '2024年下半年村（社区）防灾减灾基础信息统计表',
    sheets: [{
      kind: 'grid', name: '基础信息', key: '指    标', unitCol: '计量单位', totalCol: '合计', prefix: 'g_risk',
      meta: '镇乡（街道）（盖章）：                                 填报日期：2024年12月  日',
      rows: [
        { l: '户籍人口', k: 'v_pop_hj', u: '人' }, { l: '常住人口', k: 'v_pop_cz', u: '人' }, { l: '农村留守老年人', k: 'v_left_old', u: '人' },
        { l: '农村留守儿童', k: 'v_left_child', u: '人' }, { l: '地质灾害隐患点', k: 'v_geo_points', u: '处' },
        { l: '受地质灾害威胁人口', k: 'v_geo_threat_n_v', u: '人' }, { l: '林地面积', k: 'v_forest', u: '亩', t: 'decimal' }, { l: '护林员', k: 'v_rangers', u: '人' },
      ],
      cols: VILL4.map((v) => L(v, '@row', 'integer', null)),
      footer: FOOT_TOWN,
    }],
  },
  {
    file: '县应急管理局/地质灾害隐患点监测预警责任人名单.xlsx', dept: '县应急管理局', freq: 'annual', target: '镇乡（街道）', title: '地质灾害隐患点监测预警和避险转移责任人名单',
    catalog: '地质灾害隐患点监测预警责任人名单',
    sheets: [{
      kind: 'columns', name: '责任人名单', seq: true, attach: '附件', meta: '镇乡（街道）：                                         2025年汛前',
      cols: [
        L('镇乡（街道）', 'v_town'), L('村（社区）', 'v_name'), L('灾害点名称', 'g_name'), L('灾害点编号', 'g_no'), L('灾害类型', 'g_type', 'choice', null, GEO_TYPE),
        L('受威胁户数（户）', 'g_threat_hh', 'integer', '户'), L('受威胁人口（人）', 'g_threat_n', 'integer', '人'),
        L('群测群防员', 'g_mon_name'), L('群测群防员手机', 'g_mon_phone', 'phone'), L('避险转移责任人', 'g_resp_name'),
        L('责任人手机', 'g_resp_phone', 'phone'), R(),
      ],
      blank: 10, footer: FOOT_TOWN,
    }],
  },
  // ───────────── 县统计局 ─────────────
  {
    file: '县统计局/农村基本情况统计年报表.xlsx', dept: '县统计局', freq: 'annual', title: '农村基本情况统计年报表',
    sheets: [{
      kind: 'indicator-rows', name: '农村基本情况', stat: { code: '农基1表', org: 'XX县统计局', approval: '渝统〔2023〕15号', valid: '2026年12月' },
      meta: '填报单位（村委会）：                              2024年度', head: ['指标名称', '计量单位', '代码', '本年', '上年'], codeRow: true, sign: 'cells',
      rows: [
        C('一、人口和劳动力'), I('村民小组', 'v_groups', '个'), I('户籍户数', 'v_hh_hj', '户'), I('户籍人口', 'v_pop_hj', '人'), S('其中：男', 'v_pop_hj_m', '人'), S('女', 'v_pop_hj_f', '人'),
        I('常住人口', 'v_pop_cz', '人'), I('60周岁及以上户籍人口', 'v_pop_60', '人'), S('其中：65周岁及以上', 'v_pop_65', '人'),
        S('80周岁及以上', 'v_pop_80', '人'), I('0-15周岁户籍人口', 'v_pop_u16', '人'), I('乡村从业人员', 'v_rural_workers', '人'),
        S('其中：从事农业', 'v_agri_workers', '人'), I('外出务工人员', 'v_migrant', '人'), S('其中：出市务工', 'v_migrant_outcity', '人'),
        C('二、农村留守人员'), I('农村留守儿童', 'v_left_child', '人'), I('农村留守老年人', 'v_left_old', '人'), S('其中：独居留守老年人', 'v_left_old_alone', '人'),
        I('农村留守妇女', 'v_left_women', '人'),
        C('三、土地和农业生产'), D('耕地面积', 'v_land', '亩'), D('园地面积', 'v_orchard', '亩'), S('其中：柑橘园', 'v_citrus_area', '亩'),
        D('林地面积', 'v_forest', '亩'), D('粮食播种面积', 'v_grain_area', '亩'), D('粮食产量', 'v_grain_out', '吨'), D('青菜头播种面积', 'v_mustard_area', '亩'),
        D('青菜头产量', 'v_mustard_out', '吨'), D('柑橘产量', 'v_citrus_out', '吨'), I('生猪出栏', 'v_pig_out', '头'), I('农民专业合作社', 'v_coop', '个'), I('家庭农场', 'v_family_farm', '个'), D('土地流转面积', 'v_land_transfer', '亩'),
        D('撂荒耕地面积', 'v_land_idle', '亩'),
        C('四、宅基地和建设用地复垦'), I('宅基地宗数', 'v_hs_plots', '宗'), I('闲置农房', 'v_idle_houses', '栋'), D('本年建设用地复垦面积', 'v_fk_area_y', '亩'),
        D('本年地票交易面积', 'v_dipiao_traded_y', '亩'), D('农户获得地票价款', 'v_dipiao_farmer_amt', '万元'),
        C('五、社会保障'), I('城乡居民基本养老保险参保人数', 'v_pension_ins', '人'), S('其中：领取养老金人数', 'v_pension_recv', '人'),
        I('城乡居民基本医疗保险参保人数', 'v_med_ins', '人'), I('农村低保对象', 'v_rdb_n', '人'), I('特困人员', 'v_tk_n', '人'),
        C('六、防灾减灾'), I('地质灾害隐患点', 'v_geo_points', '处'), I('受地质灾害威胁人口', 'v_geo_threat_n_v', '人'), I('生态护林员', 'v_eco_rangers', '人'),
        I('发生森林火灾', 'v_forest_fires_y', '起'),
        C('七、基础设施和公共服务'), I('通硬化路的村民小组', 'v_groups_road', '个'), I('村卫生室', 'v_clinic', '个'), I('儿童之家', 'v_child_homes', '个'),
        I('农村互助养老服务点', 'v_elder_points', '个'),
        C('八、集体经济和收入'), D('村集体经济组织总收入', 'v_coll_income', '万元'), S('其中：经营性收入', 'v_coll_op_income', '万元'),
        D('农村常住居民人均可支配收入', 'v_income_pc', '元'),
      ],
    }],
  },
  {
    file: '农村基本情况调查表（2014年度）.xlsx', dept: '县统计局', freq: 'annual', catalog: false, title: '',
    xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'indicator-rows', name: 'Sheet1', blankTop: 1, startCol: 1, head: ['项目', '单位', '数量'], sign: 'line',
      meta: '镇乡：              村：               （2014年度）          填报时间：2015年1月',
      rows: [
        C('一、人口'), I('1.户籍总户数', 'v_hh_hj', '户'), I('2.户籍总人口', 'v_pop_hj', '人'), S('其中：男性', 'v_pop_hj_m', '人'), I('3.常住人口', 'v_pop_cz', '人'),
        I('4.外出务工人员', 'v_migrant', '人'), I('5.农村留守儿童', 'v_left_child', '人'), I('6.农村留守老人', 'v_left_old', '人'),
        C('二、土地'), D('1.耕地面积', 'v_land', '亩'), D('2.山林面积', 'v_forest', '亩'), D('3.柑桔面积', 'v_citrus_area', '亩'), D('4.青菜头面积', 'v_mustard_area', '亩'),
        C('三、社会保障'), I('1.城乡居民社会养老保险参保人数', 'v_pension_ins', '人'), I('2.城乡居民合作医疗保险参保人数', 'v_med_ins', '人'),
        I('3.农村五保对象', 'v_tk_n', '人'),
      ],
      note: '注：本表由村委会填写，经镇乡审核后于次年1月15日前报送县统计局农村股。',
    }],
  },
  // ───────────── 县乡村振兴局 ─────────────
  {
    file: '县乡村振兴局/防止返贫监测对象动态管理台账.xlsx', dept: '县乡村振兴局', freq: 'monthly', catalog: false, title: '防止返贫监测对象动态管理台账',
    sheets: [{
      kind: 'columns', name: 'sheet1', source: '数据来源：全国防返贫监测信息系统导出（2023年）', seq: true,
      cols: [
        L('镇乡（街道）', 'v_town'), L('行政村', 'v_name'),
        G('户主', L('姓名', 'h_head_name'), L('证件号码', 'h_head_id', 'idcard'), L('联系电话', 'h_head_phone', 'phone')),
        G('家庭情况', L('家庭人口数', 'h_size', 'integer', '人'), L('监测对象类别', 'h_mon_type', 'choice', null, ['脱贫不稳定户', '边缘易致贫户', '突发严重困难户']),
          L('主要风险类型', 'h_risk', 'choice', null, ['因病', '因残', '因学', '因灾', '因意外事故', '因务工就业不稳', '其他'])),
        G('帮扶责任人', L('姓名', 'h_helper_name'), L('联系电话', 'h_helper_phone', 'phone')), R(),
      ],
      blank: 15, note: '注：每月25日前核实更新，报县乡村振兴局防返贫监测科。',
    }],
  },
  {
    file: '脱贫人口和防返贫监测对象参保情况排查表.xlsx', dept: '县乡村振兴局', freq: 'adhoc', catalog: '脱贫人口和监测对象“两保”参保情况排查表',
    title: '脱贫人口和防止返贫监测对象参加城乡居民基本医疗保险、基本养老保险情况排查表',
    sheets: [{
      kind: 'columns', name: '排查表', seq: true, attach: '附件3', meta: '镇乡（街道）：                村（社区）：                排查日期：    年  月  日',
      cols: [
        L('镇乡（街道）', 'v_town'), L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('身份证号', 'p_idno', 'idcard'),
        L('人员类别', 'p_poor_cat', 'choice', null, ['脱贫人口', '防止返贫监测对象']),
        G('基本医疗保险', L('是否参保', 'p_med_insured', 'boolean', null, YN), L('资助类别', 'p_med_aid_cat', 'choice', null, MED_AID),
          L('财政补助金额（元）', 'p_med_aid_amt', 'decimal', '元')),
        G('基本养老保险', L('是否参保', 'p_pen_insured', 'boolean', null, YN), L('是否享受政府代缴', 'p_pen_gov', 'boolean', null, YN),
          L('财政补助金额（元）', 'p_pension_gov_pay', 'decimal', '元')),
        G('帮扶责任人', L('姓名', 'h_helper_name'), L('联系电话', 'h_helper_phone', 'phone')), R(),
      ],
      blank: 15, footer: FOOT_CUN,
    }],
  },
  // ───────────── 县公安局 ─────────────
  {
    file: '县公安局/2025年第三季度村（社区）户籍人口变动情况统计表.xlsx', dept: '县公安局', freq: 'quarterly', catalog: false,
    title: '2025年第三季度村（社区）户籍人口变动情况统计表',
    sheets: [{
      kind: 'columns', name: '人口变动', seq: true, villages: VILLAGES, total: true, codeRow: true,
      meta: '派出所（盖章）：                    统计截止：2025年9月30日',
      cols: [
        L('镇乡（街道）', 'v_town'), L('村（社区）', 'v_name'), L('户籍户数（户）', 'v_hh_hj', 'integer', '户'),
        G('户籍人口（人）', L('合计', 'v_pop_hj', 'integer', '人'), L('男', 'v_pop_hj_m', 'integer', '人'), L('女', 'v_pop_hj_f', 'integer', '人')),
        L('60周岁以上户籍人口（人）', 'v_pop_60', 'integer', '人'),
        G('本季度（人）', L('出生', 'v_birth_q', 'integer', '人'), L('死亡', 'v_death_q', 'integer', '人')),
        G('本年累计（人）', L('出生', 'v_birth_y', 'integer', '人'), L('死亡', 'v_death_y', 'integer', '人')), R(),
      ],
      footer: '派出所户籍民警：              审核人：              联系电话：',
    }],
  },
  // ───────────── 县残联 ─────────────
  {
    file: '重度残疾人城乡居民养老保险代缴花名册.xlsx', dept: '县残联', freq: 'annual', title: '重度残疾人城乡居民基本养老保险政府代缴花名册',
    catalog: '重度残疾人城乡居民养老保险代缴花名册',
    sheets: [{
      kind: 'columns', name: '代缴花名册', seq: true, meta: '镇乡（街道）残联（盖章）：                   2025年度',
      cols: [
        L('镇乡（街道）', 'v_town'), L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生日期', 'p_birth', 'date'),
        L('公民身份号码', 'p_idno', 'idcard'), L('第二代残疾人证号', 'p_disab_no'), L('残疾等级', 'p_disab_grade', 'choice', null, ['一级', '二级']),
        L('代缴档次（元/年）', 'p_pension_level', 'decimal', '元'), L('代缴金额（元）', 'p_pension_gov_pay', 'decimal', '元'), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 15, footer: FOOT_CUN,
    }],
  },
];

const outDir = path.join(import.meta.dirname ?? __dirname);
const corpus = new Corpus('blind26', outDir, forms, [
  ['森林防火责任人名单.xlsx', '森林防火责任人名单', '县林业局', '年报'],
  ['青菜头种植补贴发放花名册.xlsx', '青菜头种植补贴发放花名册', '县农业农村委', '不定期'],
], TOWN);
void corpus.build().then(() => {
  const readme = path.join(outDir, 'README.md');
  if (!fs.existsSync(readme) || process.argv.includes('--readme')) writeReadme(readme, forms, corpus);
});
