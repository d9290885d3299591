/**
 * Held-out corpus "blind17": 甘肃 XX县 (dry highland farming — 马铃薯/洋芋, 玉米, 中药材, 牛羊草畜, 全膜双垄沟播, 梯田,
 * 生态移民搬迁; 乡镇 → 行政村 → 社), templates of 2013–2025 from 14 county offices: 县乡村振兴局 (older forms of the
 * 县扶贫办), 县农业农村局, 县民政局, 县人社局, 县医保局, 县卫健局, 县教育局, 县水务局, 县林草局, 县应急管理局, 县统计局,
 * 县委组织部, 县残联, 县妇联. Written from the bench README and the blind4 kit only, without reading the matcher.
 *
 *   npx tsx tests/blind17/build-corpus.ts              → tests/blind17/forms, 报表清单.xlsx, gold.json, README.md
 *   npx tsx tests/blind17/build-corpus.ts --gold-only  → gold.json and README.md only
 *
 * Gold conventions beyond ../shared/bench/README.md (decided as a county official would):
 *  - A roster's own subject is the person, whoever the population is: 姓名 / 学生姓名 / 学员姓名 / 信息员 … are one
 *    p_name, 身份证号 / 证件号码 / 公民身份号码 one p_idno, 联系电话 / 手机号码 / 联系方式 one p_phone. A group header
 *    naming another person makes other elements: 监护人 > 姓名 (p_guard_name, shared by the 学生资助 and 残联 rosters),
 *    赡养人 > 姓名, 关爱帮扶人 > 姓名, 签约医生 > 姓名, 监测员 / 防灾责任人 > 姓名, 包抓责任人 > 姓名, 帮扶责任人 > 姓名 (the
 *    2015 扶贫 form and the 2022 监测 form share the 帮扶责任人 elements). 基本信息 / 家庭情况 / 签约居民 / 输转情况 /
 *    技能培训 / 务工情况 are groups without meaning.
 *  - In a household roster (户主姓名 first) a bare 身份证号 / 联系电话 is the household head's (h_head_id, h_head_phone),
 *    not a person's. 家庭人口 / 家庭人口数 / 家庭总人口 are one h_size; 低保 保障人数 ≠ 家庭人口.
 *  - The village's own 总人口 in a village questionnaire is its 户籍人口 (v_pop_hj); 常住人口 is apart. The household's
 *    耕地面积 / 退耕还林面积 are not the village's.
 *  - A stock counted at different report dates is one element: 季末存栏 (季报 grid) = 年末 牛存栏 (统计年报) = 牛存栏
 *    (林草 禁牧 table); a flow is not: 本季出栏 ≠ 全年出栏. 大牲畜存栏 (2013) ≠ 牛存栏. 羊只存栏 = 羊存栏.
 *  - A grid cell is one element per (row key, indicator): 马铃薯 × 播种面积 is the same element as the 统计 年报 row
 *    `其中：马铃薯` under 粮食作物播种面积 and the 2013 row `其中：洋芋`; 中药材 × 播种面积 = 中药材种植面积. 覆膜面积 of a
 *    crop ≠ the village's 地膜覆盖面积 ≠ 全膜双垄沟播面积. The 社 grids of 县乡村振兴局 (社 across, 总户数/总人口) and
 *    县统计局 (社 down, 户数/人口) share their per-社 elements. 1月…12月 cells are their own elements (not 本月).
 *  - For a grid whose row labels sit in two columns (类别 | 作物名称) the row label is the inner one (作物名称); the path
 *    is [类别, 作物名称, column]. In the transposed grid (indicators down, 社 across) the label is indicator + 社 and the
 *    element is keyed (社, indicator) exactly like the 统计 grid's (社 down). A trailing 合计 / 全村合计 / 全年累计 column
 *    or a 合计 row of a grid is not a field.
 *  - 农民人均纯收入 (2013) ≠ 农村居民人均可支配收入 (since 2014); a household's 家庭年人均纯收入 is the household's (it
 *    appears twice in the 监测 采集表, 表一 and 表三, as one element).
 *  - 灾情: 农作物受灾面积 / 受灾人口 of a 灾种 are 本次 ≠ 累计; the weekly 农作物受旱面积 (the current drought state) ≠
 *    the 干旱 受灾面积 of the disaster statistics. 因旱饮水困难人口 = 临时饮水困难人数 = 因旱临时饮水困难人口;
 *    拉水送水车辆 = 投入送水车辆; 干涸水窖 is apart from 水窖 (眼).
 *  - Synonyms merged: 撂荒面积 = 撂荒耕地面积; 村“两委”成员人数 = 村“两委”干部人数; 党员人数 = 党员总数 (预备党员 and
 *    女党员 apart); 村集体经济收入 = 村级集体经济收入; 水地 = 水浇地; 劳动力 = 乡村劳动力; 外出务工 = 外出务工人员;
 *    自来水入户户数 = 通自来水户数; 水窖 = 集雨水窖; 已参保人数 = 参加城乡居民基本医疗保险人数; 派出单位 = 原工作单位,
 *    驻村职务 = 队内职务, 派驻时间 = 到村任职时间, 派驻村 = 所驻村 = 村 (v_name); 残疾类别 = 残疾类型, 残疾等级 = 残疾级别,
 *    残疾人证号 = 第二代残疾人证号; 务工地域 = 输转地域; 文化程度 = 学历.
 *  - Kept apart: 年龄 ≠ 出生日期/出生年月; 60周岁及以上 ≠ 65周岁及以上; 户数 ≠ 人数; 本月 ≠ 累计; 累计识别监测对象 ≠
 *    已消除风险; 人员类别 (脱贫人口/监测对象/一般农户, a choice) ≠ 是否脱贫户 (a boolean); 劳务输转 ≠ 外出务工;
 *    就读学校 ≠ 培训机构; 村“两委” 现任职务 ≠ 驻村干部 职务职级.
 *  - Department of a 县扶贫办-era form is the 县乡村振兴局 (the catalog's name of the office today).
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { C, Corpus, D, EDU, G, I, L, NATION, POLIT, R, S, SEX, YN, type Form, type Freq } from '../blind4/kit';
import { writeXForms, type XForm } from './extra';

const DIR = path.join(import.meta.dirname ?? __dirname);
const VILLAGES = ['马家岔村', '石湾村', '杨家塬村', '红崖村', '柳沟村', '中川村', '寺儿坪村'];
const VILLAGES2 = ['堡子村', '李家沟村', '新庄村', '阳山村', '水泉村'];
const SHE = [{ l: '一社', k: '1' }, { l: '二社', k: '2' }, { l: '三社', k: '3' }, { l: '四社', k: '4' }];
const REL = ['户主', '配偶', '之子', '之女', '之儿媳', '之女婿', '之孙子', '之孙女', '之父', '之母', '其他'];
const MON_TYPE = ['脱贫不稳定户', '边缘易致贫户', '突发严重困难户'];
const RISK = ['因病', '因残', '因学', '因灾', '因意外事故', '因务工就业不稳', '因产业项目失败', '因自然灾害', '其他'];
const HEALTH = ['健康', '长期慢性病', '患有大病', '残疾'];
const REGION = ['乡镇内', '县内乡外', '省内县外', '省外'];
const DISAB_TYPE = ['视力残疾', '听力残疾', '言语残疾', '肢体残疾', '智力残疾', '精神残疾', '多重残疾'];
const DISAB_GRADE = ['一级', '二级', '三级', '四级'];
const HH_CAT = ['脱贫人口', '防返贫监测对象', '一般农户'];
const FOOT_VILL = '村负责人：              填表人：              联系电话：              填报日期：    年  月  日';
const FOOT_TOWN = '乡镇（盖章）              分管领导：              填表人：              联系电话：';

type AnyForm = Form | XForm;
const isX = (f: AnyForm): f is XForm => (f as XForm).spec !== undefined;

const ALL: AnyForm[] = [
  // ───────────── 县乡村振兴局 (县扶贫办) ─────────────
  {
    file: '县乡村振兴局/防止返贫监测对象信息采集表.xlsx', dept: '县乡村振兴局', freq: 'adhoc', title: '防止返贫监测对象信息采集表',
    catalog: '防止返贫监测对象信息采集表（表一至表五）', dictSheet: { name: '选项', visible: true },
    instructions: [
      '填表说明',
      '1.本表由村“两委”、驻村工作队入户采集，一户一套（表一至表五），识别纳入、风险消除时随时填报。',
      '2.表一“监测对象类别”“主要风险类型”按“选项”页中的选项填写，不得自行增加类别。',
      '3.表三收入按上年度填写，单位为元，保留两位小数。',
      '4.表五帮扶责任人由乡镇统一安排，一户一名，调整时重新填报。',
      '5.采集完成后由乡镇审核录入全国防止返贫监测信息系统，纸质表村级留存。',
    ],
    sheets: [
      {
        kind: 'indicator-rows', name: '表一 户基本情况', source: '表一：监测户基本情况', head: ['项    目', '填报内容'],
        meta: '户编号：                        采集日期：    年  月  日',
        rows: [
          C('一、家庭基本信息'), I('乡（镇）', 'v_town', null, 'text'), I('行政村', 'v_name', null, 'text'), I('社', 'v_she', null, 'text'),
          I('户主姓名', 'h_head_name', null, 'text'), I('户主身份证号码', 'h_head_id', null, 'idcard'), I('家庭人口数（人）', 'h_size', '人'),
          I('联系电话', 'h_head_phone', null, 'phone'),
          C('二、监测信息'), { ...I('监测对象类别', 'h_monitor_type', null, 'choice'), dv: MON_TYPE }, I('识别监测时间', 'h_monitor_date', null, 'date'),
          { ...I('主要风险类型', 'h_risk_type', null, 'choice'), dv: RISK }, I('家庭年人均纯收入（元）', 'h_income_pc', '元', 'decimal'),
          C('三、“三保障”和饮水安全'), { ...I('义务教育是否有保障', 'h_edu_ok', null, 'boolean'), dv: YN },
          { ...I('基本医疗是否有保障', 'h_med_ok', null, 'boolean'), dv: YN }, { ...I('住房安全是否有保障', 'h_house_safe', null, 'boolean'), dv: YN },
          { ...I('饮水安全是否有保障', 'h_water_safe', null, 'boolean'), dv: YN },
          C('四、风险消除'), { ...I('风险是否消除', 'h_risk_cleared', null, 'boolean'), dv: YN }, I('风险消除时间', 'h_risk_clear_date', null, 'date'),
        ],
      },
      {
        kind: 'columns', name: '表二 家庭成员', title: '表二：家庭成员情况', seq: true,
        cols: [
          L('姓名', 'p_name'), L('与户主关系', 'p_rel', 'choice', null, REL), L('性别', 'p_sex', 'choice', null, SEX),
          L('民族', 'p_nation', 'choice', null, ['汉族', '回族', '东乡族', '藏族', '其他']), L('证件号码', 'p_idno', 'idcard'),
          L('文化程度', 'p_edu', 'choice', null, EDU),
          L('在校生状况', 'p_school_status', 'choice', null, ['非在校生', '学前教育', '小学', '初中', '普通高中', '中职', '高职高专', '本科及以上']),
          L('健康状况', 'p_health', 'choice', null, HEALTH),
          L('劳动技能', 'p_labor_skill', 'choice', null, ['普通劳动力', '技能劳动力', '弱劳动力或半劳动力', '丧失劳动力', '无劳动力']),
          G('务工情况', L('务工状态', 'p_work_status', 'choice', null, ['务工', '未务工', '公益性岗位']),
            L('务工时间（月）', 'p_work_months', 'integer', '月'), L('务工地域', 'p_work_region', 'choice', null, REGION)),
          L('是否参加城乡居民基本医疗保险', 'p_med_ins', 'boolean', null, YN), L('是否参加城乡居民基本养老保险', 'p_pension_ins', 'boolean', null, YN),
        ],
        blank: 8,
      },
      {
        kind: 'indicator-rows', name: '表三 收入', title: '表三：家庭收入情况（上年度）', head: ['项    目', '单位', '金额'], sign: 'line',
        rows: [
          C('一、工资性收入'), D('1.务工收入', 'h_inc_wage', '元'), D('2.公益性岗位工资', 'h_inc_pubjob', '元'),
          C('二、生产经营性收入'), D('1.种植业收入', 'h_inc_crop', '元'), D('2.养殖业收入', 'h_inc_live', '元'), D('3.其他生产经营收入', 'h_inc_otherop', '元'),
          D('三、财产性收入', 'h_inc_prop', '元'),
          C('四、转移性收入'), D('1.低保金', 'h_inc_dibao', '元'), D('2.特困供养金', 'h_inc_tk', '元'), D('3.养老金', 'h_inc_pension', '元'),
          D('4.生态补偿金（退耕还林、草原补奖等）', 'h_inc_eco', '元'), D('5.其他转移性收入', 'h_inc_othertr', '元'),
          D('五、生产经营性支出', 'h_exp_op', '元'), D('六、家庭年纯收入', 'h_inc_net', '元'), D('七、家庭年人均纯收入', 'h_income_pc', '元'),
        ],
      },
      {
        kind: 'columns', name: '表四 帮扶措施', title: '表四：帮扶措施落实情况', seq: true,
        cols: [
          L('帮扶措施类别', 'h_aid_type', 'choice', null, ['产业帮扶', '就业帮扶', '健康帮扶', '教育帮扶', '综合保障', '金融帮扶', '搬迁帮扶', '其他']),
          L('具体措施', 'h_aid_desc'), L('落实时间', 'h_aid_date', 'date'), L('投入资金（元）', 'h_aid_fund', 'decimal', '元'), R(),
        ],
        blank: 5,
      },
      {
        kind: 'columns', name: '表五 帮扶责任人', title: '表五：帮扶责任人信息',
        cols: [
          G('帮扶责任人', L('姓名', 'h_helper_name'), L('工作单位', 'h_helper_org'), L('职务', 'h_helper_post'), L('联系电话', 'h_helper_phone', 'phone')),
          L('结对时间', 'h_helper_date', 'date'),
        ],
        blank: 2, footer: '采集人：              户主签字（按手印）：              村“两委”审核：              采集日期：    年  月  日',
      },
    ],
  },
  {
    file: '县乡村振兴局/防返贫动态监测月报表.xlsx', dept: '县乡村振兴局', freq: 'monthly', title: '防止返贫动态监测和帮扶工作月报表',
    catalog: '防返贫动态监测月报',
    sheets: [{
      kind: 'columns', name: '月报', seq: true, villages: VILLAGES, total: true,
      meta: '填报单位（盖章）：                乡（镇）                    2025年  月',
      cols: [
        L('乡镇', 'v_town'), L('村', 'v_name'), L('脱贫户（户）', 'v_tp_hh', 'integer', '户'), L('脱贫人口（人）', 'v_tp_pop', 'integer', '人'),
        G('累计识别监测对象', L('户数', 'v_mon_hh_cum', 'integer', '户'), L('人数', 'v_mon_pop_cum', 'integer', '人')),
        G('其中：本月新识别', L('户数', 'v_mon_hh_new_m', 'integer', '户'), L('人数', 'v_mon_pop_new_m', 'integer', '人')),
        G('已消除风险', L('户数', 'v_mon_clear_hh', 'integer', '户'), L('人数', 'v_mon_clear_pop', 'integer', '人')),
        L('落实帮扶措施户数（户）', 'v_mon_aided_hh', 'integer', '户'), R(),
      ],
      footer: FOOT_TOWN,
    }],
  },
  {
    file: '县乡村振兴局/建档立卡贫困户基础信息表.xlsx', dept: '县乡村振兴局', freq: 'annual', catalog: '建档立卡贫困户基础信息表（2015年动态调整）',
    xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'columns', name: 'Sheet1', startCol: 1, blankTop: 1, textNums: true, seq: true,
      meta: '乡镇：              村：              填表人：              2015年  月  日',
      cols: [
        L('乡镇', 'v_town'), L('村', 'v_name'), L('社', 'v_she'), L('户主姓名', 'h_head_name'), L('身份证号', 'h_head_id', 'idcard'),
        L('家庭人口', 'h_size', 'integer', '人'), L('贫困户属性', 'h_poor_attr', 'choice'),
        L('主要致贫原因', 'h_poor_cause', 'choice'), L('耕地面积（亩）', 'h_land', 'decimal', '亩'), L('是否危房户', 'h_danger_house', 'boolean'),
        L('是否饮水安全', 'h_water_safe', 'boolean'),
        G('帮扶责任人', L('姓名', 'h_helper_name'), L('单位', 'h_helper_org'), L('联系电话', 'h_helper_phone', 'phone')),
        L('人均纯收入（元）', 'h_income_pc', 'decimal', '元'), L('计划脱贫年度', 'h_plan_year', 'choice'), R(),
      ],
      blank: 12,
    }],
  },
  {
    file: '县乡村振兴局/2025年上半年分社脱贫户和监测户分布情况表.xlsx', dept: '县乡村振兴局', freq: 'semiannual', catalog: false,
    title: '2025年上半年分社（村民小组）脱贫户和监测户分布情况表', sheet: '分社情况',
    spec: {
      kind: 'axis', prefix: 'g_she', keyHead: '指    标', unitHead: '单位', totalCol: '全村合计',
      meta: '乡（镇）：              村：                        截至2025年6月30日',
      rows: [
        { l: '总户数', k: 'hh', t: 'integer', u: '户' }, { l: '总人口', k: 'pop', t: 'integer', u: '人' },
        { l: '脱贫户户数', k: 'tp_hh', t: 'integer', u: '户' }, { l: '防返贫监测户户数', k: 'mon_hh', t: 'integer', u: '户' },
      ],
      groups: [{ g: '社（村民小组）', cols: SHE }],
      footer: '村党支部书记：              驻村第一书记：              填表人：              联系电话：',
    },
  },
  {
    file: '县乡村振兴局/驻村帮扶工作队员花名册.xlsx', dept: '县乡村振兴局', freq: 'annual', title: '2025年度驻村帮扶工作队员花名册',
    sheets: [{
      kind: 'columns', name: '花名册', seq: true, meta: '乡（镇）（盖章）：                                    填报日期：    年  月  日',
      cols: [
        L('乡镇', 'v_town'), L('派驻村', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生年月', 'p_birth', 'date'),
        L('政治面貌', 'p_polit', 'choice', null, POLIT), L('派出单位', 'p_dispatch_org'), L('现任职务（职级）', 'p_post'),
        L('驻村职务', 'p_team_role', 'choice', null, ['第一书记', '第一书记兼队长', '队长', '队员']), L('派驻时间', 'p_dispatch_date', 'date'),
        L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 10, footer: FOOT_TOWN,
    }],
  },
  // ───────────── 县农业农村局 ─────────────
  {
    file: '县农业农村局/主要农作物播种面积和产量统计表.xlsx', dept: '县农业农村局', freq: 'annual', title: '2025年主要农作物播种面积和产量统计表',
    sheet: '农作物', spec: {
      kind: 'cat', prefix: 'g_crop', heads: ['类  别', '作物名称', '代码'], codeRow: true, total: '合    计',
      meta: '填报单位：            乡（镇）            村                          填报日期：2025年  月  日',
      cats: [
        { cat: '粮食作物', rows: [{ l: '春小麦', k: 'wheat' }, { l: '玉米', k: 'maize' }, { l: '马铃薯', k: 'potato' }] },
        { cat: '经济作物', rows: [{ l: '中药材（当归、党参、黄芪）', k: 'herb' }, { l: '胡麻', k: 'flax' }] },
        { cat: '其他作物', rows: [{ l: '蔬菜', k: 'veg' }] },
      ],
      cols: [
        { l: '播种面积（亩）', e: 'area', t: 'decimal', u: '亩' }, { l: '其中：覆膜面积（亩）', e: 'film', t: 'decimal', u: '亩' },
        { l: '总产量（吨）', e: 'out', t: 'decimal', u: '吨' },
      ],
      footer: FOOT_VILL, note: '注：马铃薯产量按鲜薯计；中药材按当年采挖面积填报。',
    },
  },
  {
    file: '县农业农村局/2025年第二季度畜牧业生产情况统计表.xlsx', dept: '县农业农村局', freq: 'quarterly', catalog: false,
    title: '2025年第二季度畜牧业生产情况统计表',
    sheets: [{
      kind: 'grid', name: '畜牧季报', key: '畜    种', prefix: 'g_live',
      stat: { code: '农牧季1表', org: 'XX县农业农村局', approval: 'X农牧发〔2023〕12号' },
      meta: '填报单位：            乡（镇）            村                    2025年6月30日',
      rows: [{ l: '牛（头）', k: 'cattle', u: '头' }, { l: '羊（只）', k: 'sheep', u: '只' }, { l: '生猪（头）', k: 'pig', u: '头' }, { l: '家禽（只）', k: 'poultry', u: '只' }],
      cols: [L('季末存栏', 'stock', 'integer', null), L('本季出栏', 'out_q', 'integer', null)],
      total: false, footer: FOOT_VILL,
    }],
  },
  {
    file: '县农业农村局/撂荒地整治利用进度月报表.xlsx', dept: '县农业农村局', freq: 'monthly', title: '撂荒地整治利用进度月报表',
    sheets: [{
      kind: 'columns', name: '撂荒地', seq: true, villages: VILLAGES, total: true, codeRow: true,
      meta: '填报单位（盖章）：                                截至    年  月  日',
      cols: [
        L('乡镇', 'v_town'), L('行政村', 'v_name'), L('撂荒面积（亩）', 'v_abandoned', 'decimal', '亩'),
        G('已整治利用面积（亩）', L('本月', 'v_recult_m', 'decimal', '亩'), L('累计', 'v_recult_cum', 'decimal', '亩')),
        L('未整治面积（亩）', 'v_abandon_left', 'decimal', '亩'),
        L('复种作物', 'v_recult_crop', 'choice', null, ['马铃薯', '玉米', '中药材', '胡麻', '饲草', '其他']),
        G('包抓责任人', L('姓名', 'v_recult_chief_name'), L('联系电话', 'v_recult_chief_phone', 'phone')), R(),
      ],
      footer: FOOT_TOWN,
    }],
  },
  // ───────────── 县民政局 ─────────────
  {
    file: '县民政局/农村低保对象花名册.xlsx', dept: '县民政局', freq: 'monthly', title: '农村最低生活保障对象花名册',
    sheets: [{
      kind: 'columns', name: '低保', seq: true, meta: '乡（镇）（盖章）：                        保障月份：    年  月',
      cols: [
        L('乡镇', 'v_town'), L('村', 'v_name'), L('社', 'v_she'), L('户主姓名', 'h_head_name'), L('身份证号码', 'h_head_id', 'idcard'),
        G('家庭情况', L('家庭人口（人）', 'h_size', 'integer', '人'), L('保障人数（人）', 'h_dibao_n', 'integer', '人')),
        L('保障类别', 'h_dibao_cls', 'choice', null, ['一类', '二类', '三类', '四类']), L('月保障金额（元）', 'h_dibao_pay', 'decimal', '元'),
        L('纳入保障时间', 'h_dibao_since', 'date'), L('是否脱贫户', 'h_is_tp', 'boolean', null, YN), L('一卡通账号', 'h_card_no'),
        L('联系电话', 'h_head_phone', 'phone'), R(),
      ],
      blank: 15, total: true, footer: true,
    }],
  },
  {
    file: '县民政局/农村留守老年人信息台账.xlsx', dept: '县民政局', freq: 'semiannual', title: '农村留守老年人信息台账',
    catalog: '农村留守老年人信息台账（含汇总表）',
    sheets: [
      {
        kind: 'columns', name: '台账', seq: true, meta: '乡（镇）：              村：                        更新时间：    年  月',
        cols: [
          L('乡镇', 'v_town'), L('村', 'v_name'), L('社', 'v_she'),
          G('老人基本信息', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号', 'p_idno', 'idcard'),
            L('年龄（岁）', 'p_age', 'integer', '岁'), L('联系电话', 'p_phone', 'phone')),
          L('居住情况', 'p_live_status', 'choice', null, ['独居', '与配偶同住', '与未成年孙辈同住', '其他']),
          L('健康状况', 'p_health', 'choice', null, ['良好', '一般', '较差', '失能', '半失能']), L('是否脱贫户', 'h_is_tp', 'boolean', null, YN),
          L('是否参加城乡居民基本医疗保险', 'p_med_ins', 'boolean', null, YN),
          G('赡养人', L('姓名', 'p_support_name'), L('与老人关系', 'p_support_rel', 'choice', null, ['儿子', '女儿', '儿媳', '女婿', '孙子女', '其他']),
            L('联系电话', 'p_support_phone', 'phone'), L('务工地点', 'p_support_workplace')),
          G('关爱帮扶人', L('姓名', 'p_carer_name'), L('联系电话', 'p_carer_phone', 'phone')),
          L('每月探访次数（次）', 'p_visits_m', 'integer', '次'), R(),
        ],
        blank: 12, footer: FOOT_VILL,
      },
      {
        kind: 'indicator-rows', name: '汇总表', title: '农村留守老年人情况汇总表', head: ['项    目', '单位', '数量'], sign: 'cells',
        rows: [
          I('留守老年人总数', 'v_lbo_n', '人'), S('其中：男', 'v_lbo_m', '人'), S('女', 'v_lbo_f', '人'),
          C('按年龄分'), I('60-69周岁', 'v_lbo_60_69', '人'), I('70-79周岁', 'v_lbo_70_79', '人'), I('80周岁及以上', 'v_lbo_80', '人'),
          C('按状况分'), I('独居老人', 'v_lbo_alone', '人'), I('失能、半失能老人', 'v_lbo_disabled', '人'), I('享受农村低保的', 'v_lbo_dibao', '人'),
          I('已落实关爱帮扶人的', 'v_lbo_carer', '人'), I('本半年累计探访', 'v_lbo_visits', '人次'),
        ],
      },
    ],
  },
  {
    file: '县民政局/困难残疾人生活补贴和重度残疾人护理补贴发放花名册.xlsx', dept: '县民政局', freq: 'monthly', catalog: false,
    title: '困难残疾人生活补贴和重度残疾人护理补贴发放花名册',
    sheets: [{
      kind: 'columns', name: '两项补贴', seq: true,
      meta: '乡（镇）：                发放年月：    年  月          （每月10日前报县民政局社会救助股）',
      cols: [
        L('乡镇', 'v_town'), L('村', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号码', 'p_idno', 'idcard'),
        L('残疾人证号', 'p_disab_no'), L('残疾类别', 'p_disab_type', 'choice', null, DISAB_TYPE), L('残疾等级', 'p_disab_grade', 'choice', null, DISAB_GRADE),
        G('补贴发放', L('生活补贴（元）', 'p_disab_sub_pay', 'decimal', '元'), L('护理补贴（元）', 'p_disab_care_pay', 'decimal', '元')),
        L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 12, total: true, footer: true,
    }],
  },
  // ───────────── 县人社局 ─────────────
  {
    file: '县人社局/农村劳动力劳务输转实名制台账.xlsx', dept: '县人社局', freq: 'quarterly', title: '农村劳动力劳务输转实名制台账',
    sheets: [{
      kind: 'columns', name: '输转台账', seq: true, example: true, meta: '乡（镇）：              村：                        2025年第  季度',
      cols: [
        L('乡镇', 'v_town'), L('村', 'v_name'), L('社', 'v_she'),
        G('基本信息', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号', 'p_idno', 'idcard'),
          L('学历', 'p_edu', 'choice', null, EDU), L('联系电话', 'p_phone', 'phone')),
        L('人员类别', 'p_hh_cat', 'choice', null, HH_CAT),
        G('输转情况', L('输转地域', 'p_work_region', 'choice', null, REGION), L('务工地点', 'p_work_place'),
          L('从事行业', 'p_work_industry', 'choice', null, ['建筑业', '制造业', '餐饮服务', '家政服务', '交通运输', '农业季节性务工', '其他']),
          L('月均收入（元）', 'p_work_income_m', 'decimal', '元'), L('输转时间', 'p_work_start', 'date'), L('务工时长（月）', 'p_work_months', 'integer', '月'),
          L('组织方式', 'p_transfer_mode', 'choice', null, ['有组织输转', '自发外出', '就地就近就业'])),
        G('技能培训', L('是否参加培训', 'p_trained', 'boolean', null, YN), L('培训工种', 'p_train_trade'),
          L('是否取得证书', 'p_cert', 'boolean', null, YN)),
        R(),
      ],
      blank: 12, footer: FOOT_VILL,
    }],
  },
  {
    file: '2025年劳务输转分月进度表.xlsx', dept: '县人社局', freq: 'monthly', catalog: false, title: '2025年农村劳动力劳务输转分月进度表',
    sheet: 'Sheet1', spec: {
      kind: 'axis', prefix: 'g_lw', keyHead: '指    标', top: '2025年', totalCol: '全年累计',
      meta: '填报单位：            乡（镇）                          （每月3日前报县人社局劳务工作办公室）',
      rows: [{ l: '劳务输转人数（人）', k: 'n', t: 'integer', u: '人' }, { l: '劳务收入（万元）', k: 'inc', t: 'decimal', u: '万元' }],
      groups: [
        { g: '一季度', cols: [{ l: '1月', k: 'm01' }, { l: '2月', k: 'm02' }, { l: '3月', k: 'm03' }] },
        { g: '二季度', cols: [{ l: '4月', k: 'm04' }, { l: '5月', k: 'm05' }, { l: '6月', k: 'm06' }] },
        { g: '三季度', cols: [{ l: '7月', k: 'm07' }, { l: '8月', k: 'm08' }, { l: '9月', k: 'm09' }] },
        { g: '四季度', cols: [{ l: '10月', k: 'm10' }, { l: '11月', k: 'm11' }, { l: '12月', k: 'm12' }] },
      ],
      footer: '单位负责人：              填表人：              联系电话：',
      note: '注：劳务收入按输转人员当月务工收入估算；当月数据填在当月栏内，不得改动以前月份数据。',
    },
  },
  {
    file: '县人社局/职业技能培训学员花名册.xlsx', dept: '县人社局', freq: 'adhoc', catalog: false, title: '第____期职业技能培训学员花名册',
    sheets: [{
      kind: 'columns', name: '学员花名册', source: '（甘肃省职业技能提升行动管理服务平台导出）', seq: true,
      meta: '培训机构（盖章）：                            培训地点：                    开班日期：    年  月  日',
      cols: [
        L('乡镇', 'v_town'), L('村', 'v_name'), L('学员姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号码', 'p_idno', 'idcard'),
        L('文化程度', 'p_edu', 'choice', null, EDU), L('手机号码', 'p_phone', 'phone'), L('人员类别', 'p_hh_cat', 'choice', null, HH_CAT),
        L('培训工种', 'p_train_trade', 'choice', null, ['电焊工', '挖掘机驾驶员', '中式烹调师', '育婴员', '保育员', '家政服务员', '农业技术员', '其他']),
        L('培训机构', 'p_train_org'), L('是否取得证书', 'p_cert', 'boolean', null, YN), R(),
      ],
      blank: 15, note: '注：每期培训结业后5个工作日内，由培训机构连同签到表报县人社局职业能力建设股。',
    }],
  },
  // ───────────── 县医保局 ─────────────
  {
    file: '县医保局/城乡居民基本医疗保险参保情况统计表.xlsx', dept: '县医保局', freq: 'quarterly', title: '城乡居民基本医疗保险参保情况统计表',
    sheets: [{
      kind: 'columns', name: '参保情况', seq: true, villages: VILLAGES2, total: true, meta: '填报单位（盖章）：                        2025年第  季度',
      cols: [
        L('乡镇', 'v_town'), L('村名', 'v_name'), L('户籍人口（人）', 'v_pop_hj', 'integer', '人'), L('应参保人数（人）', 'v_med_should', 'integer', '人'),
        L('已参保人数（人）', 'v_med_ins', 'integer', '人'), L('参保率（%）', 'v_med_rate', 'decimal', '%'),
        G('其中：资助参保人数（人）', L('特困人员', 'v_med_aid_tk', 'integer', '人'), L('低保对象', 'v_med_aid_db', 'integer', '人'),
          L('防返贫监测对象', 'v_med_aid_mon', 'integer', '人'), L('脱贫人口', 'v_med_aid_tp', 'integer', '人')),
        L('未参保人数（人）', 'v_med_not', 'integer', '人'), R(),
      ],
      footer: FOOT_TOWN,
    }],
  },
  // ───────────── 县卫健局 ─────────────
  {
    file: '县卫健局/家庭医生签约服务花名册.xlsx', dept: '县卫健局', freq: 'annual', title: '2025年度家庭医生签约服务花名册',
    sheets: [{
      kind: 'columns', name: '签约花名册', seq: true, meta: '乡镇卫生院：                    村卫生室：                    签约年度：2025年',
      cols: [
        L('乡镇', 'v_town'), L('村', 'v_name'),
        G('签约居民', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生日期', 'p_birth', 'date'), L('身份证号', 'p_idno', 'idcard'),
          L('联系方式', 'p_phone', 'phone')),
        L('重点人群类别', 'p_fd_group', 'choice', null, ['一般人群', '65岁及以上老年人', '高血压患者', '2型糖尿病患者', '严重精神障碍患者', '肺结核患者', '孕产妇', '0-6岁儿童', '残疾人', '脱贫人口']),
        L('签约日期', 'p_fd_date', 'date'), L('服务包类型', 'p_fd_pack', 'choice', null, ['基础服务包', '个性化服务包']),
        G('签约医生', L('姓名', 'p_fd_doc_name'), L('联系电话', 'p_fd_doc_phone', 'phone')), L('是否履约', 'p_fd_done', 'boolean', null, YN), R(),
      ],
      blank: 15, footer: '村医签字：              乡镇卫生院审核人：              填报日期：    年  月  日',
    }],
  },
  {
    file: '县卫健局/妇幼健康村级统计季报表.xlsx', dept: '县卫健局', freq: 'quarterly', catalog: false, title: '妇幼健康和计划生育服务村级统计季报表',
    sheets: [{
      kind: 'indicator-rows', name: '季报', stat: { code: '卫妇幼季1表', org: 'XX县卫生健康局', approval: 'X卫发〔2022〕31号' },
      meta: '填报单位：            乡镇卫生院            村卫生室                2025年第  季度',
      head: ['指标名称', '单位', '本季', '本年累计'], sign: 'cells',
      rows: [
        C('一、孕产妇保健'), I('活产数', 'v_mch_births', '人'), S('其中：男', 'v_mch_births_m', '人'), S('女', 'v_mch_births_f', '人'),
        I('早孕建册人数', 'v_mch_early_reg', '人'), I('产前检查人数', 'v_mch_anc', '人'), I('住院分娩活产数', 'v_mch_hosp_births', '人'),
        I('产后访视人数', 'v_mch_pnc', '人'), I('孕产妇死亡人数', 'v_mch_mat_death', '人'), I('增补叶酸人数', 'v_mch_folic', '人'),
        C('三、妇女病筛查'), I('宫颈癌筛查人数', 'v_mch_cervical', '人'), I('乳腺癌筛查人数', 'v_mch_breast', '人'),
      ],
      rows2: [
        C('二、儿童保健'), I('0-6岁儿童数', 'v_mch_kids06', '人'), S('其中：0-3岁', 'v_mch_kids03', '人'), I('7岁以下儿童健康管理人数', 'v_mch_kids_mgmt', '人'),
        I('新生儿访视人数', 'v_mch_nb_visit', '人'), I('5岁以下儿童死亡数', 'v_mch_u5_death', '人'), S('其中：婴儿死亡数', 'v_mch_inf_death', '人'),
        I('低出生体重儿数', 'v_mch_lbw', '人'), I('出生缺陷发生数', 'v_mch_defect', '例'),
        C('四、计划生育服务'), I('计划生育特殊家庭', 'v_fp_special', '户'), I('农村部分计划生育家庭奖励扶助对象', 'v_fp_reward', '人'),
      ],
    }],
  },
  // ───────────── 县教育局 ─────────────
  {
    file: '县教育局/学生资助对象花名册.xlsx', dept: '县教育局', freq: 'semiannual', title: '2025年秋季学期学生资助对象花名册',
    catalog: '学生资助对象花名册（每学期）',
    sheets: [{
      kind: 'columns', name: '资助花名册', seq: true, meta: '学校（盖章）：                          乡（镇）：                    2025年  月  日',
      cols: [
        L('乡镇', 'v_town'), L('村', 'v_name'), L('学生姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号', 'p_idno', 'idcard'),
        L('就读学校', 'p_school'), L('学段', 'p_stage', 'choice', null, ['学前教育', '小学', '初中', '普通高中', '中职', '高校']), L('年级', 'p_grade'),
        L('家庭经济困难类型', 'p_poverty_type', 'choice', null, ['脱贫家庭', '防返贫监测对象家庭', '低保家庭', '特困供养', '残疾学生', '其他困难']),
        L('资助项目', 'p_aid_item', 'choice', null, ['学前教育资助', '家庭经济困难寄宿生生活补助', '营养改善计划', '普通高中国家助学金', '中职国家助学金', '免学杂费', '雨露计划']),
        L('资助金额（元）', 'p_aid_amt', 'decimal', '元'),
        G('监护人', L('姓名', 'p_guard_name'), L('身份证号', 'p_guard_id', 'idcard'), L('联系电话', 'p_guard_phone', 'phone')), R(),
      ],
      blank: 15, footer: '学校资助工作负责人：              经办人：              联系电话：',
    }],
  },
  // ───────────── 县水务局 ─────────────
  {
    file: '县水务局/农村饮水安全情况调查表.xlsx', dept: '县水务局', freq: 'semiannual', title: '农村饮水安全情况调查表',
    sheets: [{
      kind: 'indicator-rows', name: '调查表', head: ['项    目', '单位', '数量'], sign: 'side',
      meta: '乡（镇）：              村：                    2025年上（下）半年',
      rows: [
        C('一、基本情况'), I('村民小组（社）', 'v_groups', '个'), I('总户数', 'v_hh_hj', '户'), I('总人口', 'v_pop_hj', '人'),
        C('二、供水方式'), C('（一）集中供水', 1), I('集中供水工程', 'v_water_works', '处'), I('自来水入户户数', 'v_tap_hh', '户'),
        I('集中供水受益人口', 'v_tap_pop', '人'),
        C('（二）分散供水', 1), I('水窖', 'v_cistern', '眼'), S('其中：正常使用', 'v_cistern_ok', '眼'), I('分散供水户数', 'v_disp_hh', '户'),
        C('三、供水保障'), D('自来水普及率', 'v_tap_rate', '%'), I('水质检测是否达标', 'v_water_quality_ok', null, 'boolean', '是/否'),
        I('季节性缺水户数', 'v_water_short_hh', '户'), I('因旱临时饮水困难人口', 'v_drought_water_pop', '人'), I('村级管水员', 'v_water_keeper', '人'),
        D('水费收缴率', 'v_water_fee_rate', '%'),
      ],
      note: '注：水窖指集雨水窖，按眼填报；请于6月20日、12月20日前报县水务局农村供水股。',
    }],
  },
  {
    file: '县水务局/抗旱应急供水情况统计表.xlsx', dept: '县水务局', freq: 'adhoc', title: '抗旱应急供水情况统计表',
    sheets: [{
      kind: 'columns', name: '应急供水', seq: true, villages: VILLAGES, total: true,
      meta: '填报单位：                              填报时间：    年  月  日  时',
      cols: [
        L('乡镇', 'v_town'), L('村', 'v_name'), L('临时饮水困难人数（人）', 'v_drought_water_pop', 'integer', '人'),
        L('饮水困难大牲畜（头只）', 'v_drought_water_live', 'integer', '头只'), L('干涸水窖（眼）', 'v_cistern_dry', 'integer', '眼'),
        L('拉水送水车辆（辆）', 'v_water_trucks', 'integer', '辆'), R(),
      ],
      footer: FOOT_TOWN,
    }],
  },
  // ───────────── 县林草局 ─────────────
  {
    file: '县林草局/退耕还林补助资金兑付花名册.xlsx', dept: '县林草局', freq: 'annual', title: '2016年新一轮退耕还林补助资金兑付花名册',
    xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'columns', name: 'Sheet1', startCol: 1, textNums: true, seq: true, codeRow: true,
      meta: '乡（镇）（盖章）：                        兑付批次：第  批              2016年  月  日',
      cols: [
        L('乡镇', 'v_town'), L('村', 'v_name'), L('社', 'v_she'), L('户主姓名', 'h_head_name'), L('身份证号码', 'h_head_id', 'idcard'),
        G('退耕地还林面积（亩）', L('合计', 'h_tg_area', 'decimal', '亩'), L('生态林', 'h_tg_eco', 'decimal', '亩'), L('经济林', 'h_tg_econ', 'decimal', '亩')),
        L('补助标准（元/亩）', 'h_tg_rate', 'decimal', '元/亩'), L('兑付金额（元）', 'h_tg_pay', 'decimal', '元'), L('一卡通账号', 'h_card_no'),
        L('联系电话', 'h_head_phone', 'phone'), R(),
      ],
      blank: 12, footer: '村委会（盖章）：              核查人：              农户签字：',
    }],
  },
  {
    file: '草原禁牧和草畜平衡情况统计表.xlsx', dept: '县林草局', freq: 'annual', catalog: false, title: '草原禁牧和草畜平衡情况统计表',
    sheets: [{
      kind: 'columns', name: '禁牧', seq: true, villages: VILLAGES, total: true, meta: '填报单位（盖章）：                    乡（镇）                  年度',
      cols: [
        L('乡镇', 'v_town'), L('村', 'v_name'), L('草原面积（亩）', 'v_grass', 'decimal', '亩'), L('禁牧面积（亩）', 'v_grass_ban', 'decimal', '亩'),
        L('草畜平衡面积（亩）', 'v_grass_balance', 'decimal', '亩'), L('牛存栏（头）', 'g_live_cattle_stock', 'integer', '头'),
        L('羊存栏（只）', 'g_live_sheep_stock', 'integer', '只'), R(),
      ],
      footer: FOOT_TOWN, note: '注：请于每年12月10日前报县林草局草原工作站。',
    }],
  },
  // ───────────── 县应急管理局 ─────────────
  {
    file: '县应急管理局/冰雹干旱灾害损失情况统计表.xlsx', dept: '县应急管理局', freq: 'adhoc', title: '冰雹、干旱等灾害损失情况统计表',
    sheets: [{
      kind: 'grid', name: '灾情', key: '灾    种', prefix: 'g_dis',
      meta: '填报单位：            乡（镇）            灾害发生时间：    年  月  日至  月  日',
      rows: [{ l: '冰雹', k: 'hail' }, { l: '干旱', k: 'drought' }, { l: '暴雨洪涝', k: 'flood' }],
      cols: [
        G('农作物受灾面积（亩）', L('本次', 'area_now', 'decimal', '亩'), L('累计', 'area_cum', 'decimal', '亩')),
        G('受灾人口（人）', L('本次', 'pop_now', 'integer', '人'), L('累计', 'pop_cum', 'integer', '人')),
      ],
      total: true, footer: FOOT_TOWN,
    }],
  },
  {
    file: '县应急管理局/旱情动态周报表.xlsx', dept: '县应急管理局', freq: 'weekly', title: '旱情动态周报表',
    sheets: [{
      kind: 'columns', name: '旱情周报', seq: true, villages: VILLAGES, total: true,
      meta: '填报单位：                  截至    月  日（每周四12时前报县应急管理局、县防汛抗旱指挥部办公室）',
      cols: [
        L('乡镇', 'v_town'), L('村', 'v_name'),
        G('农作物受旱面积（亩）', L('合计', 'v_drought_area', 'decimal', '亩'), L('其中：重旱', 'v_drought_severe', 'decimal', '亩'),
          L('干枯', 'v_drought_dead', 'decimal', '亩')),
        L('因旱饮水困难人口（人）', 'v_drought_water_pop', 'integer', '人'), L('因旱饮水困难大牲畜（头）', 'v_drought_water_live', 'integer', '头'),
        L('干涸水窖（眼）', 'v_cistern_dry', 'integer', '眼'), L('投入送水车辆（台）', 'v_water_trucks', 'integer', '台'),
        L('抗旱浇灌面积（亩）', 'v_drought_irrig', 'decimal', '亩'), R(),
      ],
      footer: FOOT_TOWN,
    }],
  },
  {
    file: '县应急管理局/2025年度地质灾害隐患点群测群防台账.xlsx', dept: '县应急管理局', freq: 'annual', catalog: false,
    title: '2025年度地质灾害隐患点群测群防台账',
    sheets: [{
      kind: 'columns', name: '隐患点', seq: true, meta: '乡（镇）（盖章）：                                        填报日期：    年  月  日',
      cols: [
        L('乡镇', 'v_town'), L('村', 'v_name'), L('社', 'v_she'), L('隐患点名称', 'z_name'),
        L('灾害类型', 'z_type', 'choice', null, ['滑坡', '崩塌', '泥石流', '地面塌陷', '不稳定斜坡']),
        L('规模等级', 'z_scale', 'choice', null, ['小型', '中型', '大型', '特大型']),
        G('威胁对象', L('户数（户）', 'z_threat_hh', 'integer', '户'), L('人数（人）', 'z_threat_pop', 'integer', '人'),
          L('财产（万元）', 'z_threat_prop', 'decimal', '万元')),
        G('监测员', L('姓名', 'z_monitor_name'), L('联系电话', 'z_monitor_phone', 'phone')),
        G('防灾责任人', L('姓名', 'z_chief_name'), L('联系电话', 'z_chief_phone', 'phone')), R(),
      ],
      blank: 10, footer: FOOT_TOWN,
    }],
  },
  // ───────────── 县统计局 ─────────────
  {
    file: '县统计局/村级统计年报表.xlsx', dept: '县统计局', freq: 'annual', title: '2025年村级统计年报表', catalog: '村级统计年报',
    instructions: [
      '填表说明',
      '1.本表由村委会统计员填报，乡（镇）统计站审核，于次年1月10日前报县统计局。',
      '2.总人口指户籍人口；常住人口指在本村居住半年以上的人口。',
      '3.“上年”栏按上年年报数填写，与本年相差超过10%的须在审核人处说明原因。',
      '4.马铃薯播种面积含全膜双垄沟播种植；产量按折粮计算（5公斤鲜薯折1公斤粮）。',
    ],
    sheets: [{
      kind: 'indicator-rows', name: '村级年报', stat: { code: '农村基层01表', org: 'XX县统计局', approval: 'X统字〔2024〕15号' },
      meta: '填报单位（村委会）：                  乡（镇）                  2025年度',
      head: ['指标名称', '计量单位', '代码', '本年', '上年'], codeRow: true, sign: 'cells',
      rows: [
        C('一、人口及劳动力'),
        I('村民小组（社）', 'v_groups', '个'), I('总户数', 'v_hh_hj', '户'), I('总人口', 'v_pop_hj', '人'), S('其中：男', 'v_pop_hj_m', '人'), S('女', 'v_pop_hj_f', '人'),
        I('常住人口', 'v_pop_cz', '人'), I('60周岁及以上人口', 'v_pop_60', '人'), I('65周岁及以上人口', 'v_pop_65', '人'),
        I('乡村劳动力', 'v_labor', '人'), I('外出务工人员', 'v_migrant', '人'), S('其中：出省务工', 'v_migrant_outprov', '人'),
        I('易地扶贫搬迁户', 'v_relocated_hh', '户'),
        C('二、土地资源'),
        D('耕地面积', 'v_land', '亩'), S('其中：水浇地', 'v_irrig', '亩'), S('旱地', 'v_dryland', '亩'), D('梯田面积', 'v_terrace', '亩'),
        D('撂荒耕地面积', 'v_abandoned', '亩'), D('退耕还林面积', 'v_tg_area', '亩'), D('草原面积', 'v_grass', '亩'),
        S('其中：禁牧面积', 'v_grass_ban', '亩'), S('草畜平衡面积', 'v_grass_balance', '亩'), D('土地流转面积', 'v_land_transfer', '亩'),
        C('三、农业生产'), C('（一）种植业', 1),
        D('农作物总播种面积', 'v_sown', '亩'), D('粮食作物播种面积', 'v_grain_area', '亩'), S('其中：马铃薯', 'g_crop_potato_area', '亩'),
        S('玉米', 'g_crop_maize_area', '亩'), S('春小麦', 'g_crop_wheat_area', '亩'), D('胡麻播种面积', 'g_crop_flax_area', '亩'),
        D('蔬菜播种面积', 'g_crop_veg_area', '亩'), D('中药材种植面积', 'g_crop_herb_area', '亩'),
        D('地膜覆盖面积', 'v_film', '亩'), S('其中：全膜双垄沟播', 'v_film_double', '亩'), D('粮食总产量', 'v_grain_out', '吨'),
        C('（二）畜牧业', 1),
        I('牛存栏', 'g_live_cattle_stock', '头'), S('其中：能繁母牛', 'v_cattle_breed', '头'), I('羊存栏', 'g_live_sheep_stock', '只'),
        I('生猪存栏', 'g_live_pig_stock', '头'), I('家禽存栏', 'g_live_poultry_stock', '只'), I('全年牛出栏', 'v_cattle_out_y', '头'), I('全年羊出栏', 'v_sheep_out_y', '只'),
        I('养殖专业户', 'v_breeder_hh', '户'),
        C('（三）农业经营主体', 1), I('农民专业合作社', 'v_coop', '个'), I('家庭农场', 'v_family_farm', '个'),
        C('（四）农业机械', 1),
        D('农业机械总动力', 'v_mach_power', '千瓦'), I('拖拉机', 'v_tractor', '台'), S('其中：大中型拖拉机', 'v_tractor_big', '台'),
        D('主要农作物耕种收综合机械化率', 'v_mech_rate', '%'),
        C('四、基础设施'),
        I('通硬化路的社', 'v_she_road', '个'), I('通自来水户数', 'v_tap_hh', '户'), D('自来水普及率', 'v_tap_rate', '%'), I('集雨水窖', 'v_cistern', '眼'), I('通宽带户数', 'v_broadband_hh', '户'),
        I('村卫生室', 'v_clinic', '个'), I('乡村医生', 'v_village_doc', '人'),
        C('五、社会保障'),
        I('农村低保户数', 'v_rdb_hh', '户'), I('农村低保人数', 'v_rdb_n', '人'), I('特困供养人员', 'v_tk_n', '人'), I('脱贫户', 'v_tp_hh', '户'),
        I('脱贫人口', 'v_tp_pop', '人'), I('参加城乡居民基本医疗保险人数', 'v_med_ins', '人'), I('参加城乡居民基本养老保险人数', 'v_pension_ins', '人'),
        I('持证残疾人', 'v_disab_cert', '人'), I('农村留守老年人', 'v_lbo_n', '人'),
        C('六、村级组织'),
        I('党员人数', 'v_pm', '人'), S('其中：女党员', 'v_pm_f', '人'), S('预备党员', 'v_pm_prob', '人'), I('村“两委”成员人数', 'v_cadres', '人'),
        S('其中：女性', 'v_cadres_f', '人'), D('村集体经济收入', 'v_coll_income', '万元'), S('其中：经营性收入', 'v_coll_op', '万元'),
        C('七、收入'), D('农村居民人均可支配收入', 'v_income_pc', '元'),
      ],
    }],
  },
  {
    file: '县统计局/分社基本情况统计表.xlsx', dept: '县统计局', freq: 'annual', title: '2025年分社（村民小组）基本情况统计表',
    catalog: '村级统计年报附表：分社基本情况',
    sheets: [{
      kind: 'grid', name: '分社', key: '社（村民小组）', prefix: 'g_she', meta: '乡（镇）：              村：                          2025年12月31日',
      rows: SHE,
      cols: [L('户数（户）', 'hh', 'integer', '户'), L('人口（人）', 'pop', 'integer', '人'), L('耕地面积（亩）', 'land', 'decimal', '亩')],
      total: true, footer: FOOT_VILL,
    }],
  },
  {
    file: '2013年农村经济基本情况调查表.xlsx', dept: '县统计局', freq: 'annual', catalog: false, title: '2013年农村经济基本情况调查表',
    xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'indicator-rows', name: 'Sheet1', blankTop: 1, head: ['项目', '单位', '数量'], sign: 'line',
      meta: '乡镇：              村：                  填报时间：2014年1月',
      rows: [
        C('一、人口'), I('1.总户数', 'v_hh_hj', '户'), I('2.总人口', 'v_pop_hj', '人'), I('3.劳动力', 'v_labor', '人'), S('其中：外出务工', 'v_migrant', '人'),
        C('二、土地'), D('1.耕地面积', 'v_land', '亩'), S('其中：水地', 'v_irrig', '亩'), S('梯田', 'v_terrace', '亩'), D('2.退耕还林面积', 'v_tg_area', '亩'),
        C('三、生产'), D('1.粮食播种面积', 'v_grain_area', '亩'), S('其中：洋芋', 'g_crop_potato_area', '亩'), D('2.粮食总产量', 'v_grain_out', '吨'),
        I('3.大牲畜存栏', 'v_bigstock', '头'), I('4.羊只存栏', 'g_live_sheep_stock', '只'),
        C('四、收入'), D('农民人均纯收入', 'v_income_net_pc', '元'),
      ],
      note: '注：本表由村委会填报，乡镇审核汇总后于次年1月15日前报县统计局农村股。',
    }],
  },
  // ───────────── 县委组织部 ─────────────
  {
    file: '县委组织部/村“两委”班子成员花名册.xlsx', dept: '县委组织部', freq: 'annual', title: '村“两委”班子成员花名册',
    sheets: [{
      kind: 'columns', name: '两委成员', seq: true, meta: '乡（镇）党委（盖章）：                                  填报日期：    年  月  日',
      cols: [
        L('乡镇', 'v_town'), L('村', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX),
        L('民族', 'p_nation', 'choice', null, ['汉族', '回族', '东乡族', '藏族', '其他']), L('出生年月', 'p_birth', 'date'),
        L('文化程度', 'p_edu', 'choice', null, EDU), L('政治面貌', 'p_polit', 'choice', null, POLIT), L('入党时间', 'p_party_date', 'date'),
        L('现任职务', 'p_vc_post', 'choice', null, ['党支部书记', '村委会主任', '党支部副书记', '村委会副主任', '党支部委员', '村委会委员']),
        L('是否“一肩挑”', 'p_one_shoulder', 'boolean', null, YN), L('任现职时间', 'p_post_since', 'date'), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 12, footer: FOOT_TOWN,
    }],
  },
  {
    file: '县委组织部/驻村工作队员在岗履职情况月报表.xlsx', dept: '县委组织部', freq: 'monthly', title: '驻村工作队员在岗履职情况月报表',
    catalog: '驻村工作队员在岗情况月报',
    sheets: [{
      kind: 'columns', name: '在岗月报', seq: true, meta: '乡（镇）党委（盖章）：                                  2025年  月',
      cols: [
        L('乡（镇）', 'v_town'), L('所驻村', 'v_name'),
        G('基本信息', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生日期', 'p_birth', 'date'),
          L('政治面貌', 'p_polit', 'choice', null, POLIT), L('原工作单位', 'p_dispatch_org'), L('职务职级', 'p_post')),
        L('队内职务', 'p_team_role', 'choice', null, ['第一书记', '第一书记兼队长', '队长', '队员']), L('到村任职时间', 'p_dispatch_date', 'date'),
        L('手机号码', 'p_phone', 'phone'),
        G('本月在岗情况', L('在岗天数（天）', 'p_days_on_m', 'integer', '天'), L('请假天数（天）', 'p_days_leave_m', 'integer', '天')),
        L('是否脱产驻村', 'p_fulltime', 'boolean', null, YN), R(),
      ],
      blank: 10, footer: FOOT_TOWN, note: '注：请于每月28日前报县委组织部（县委农村工作领导小组办公室）。',
    }],
  },
  {
    file: '县委组织部/2024年度村级党组织基本情况统计表.xlsx', dept: '县委组织部', freq: 'annual', catalog: false,
    title: '2024年度村级党组织基本情况统计表',
    sheets: [{
      kind: 'indicator-rows', name: '统计表', stat: { code: '组统村1表', org: '中共XX县委组织部', approval: 'X组通〔2024〕6号' },
      meta: '村党组织（盖章）：                                  2024年12月31日', head: ['项    目', '单位', '数量'], sign: 'side',
      rows: [
        I('村民小组（社）数', 'v_groups', '个'), I('党员总数', 'v_pm', '名'), S('其中：女党员', 'v_pm_f', '名'), S('预备党员', 'v_pm_prob', '名'),
        I('村“两委”干部人数', 'v_cadres', '人'), S('其中：女', 'v_cadres_f', '人'), D('村级集体经济收入', 'v_coll_income', '万元'),
        S('其中：经营性收入', 'v_coll_op', '万元'),
      ],
    }],
  },
  // ───────────── 县残联 ─────────────
  {
    file: '县残联/持证残疾人基本信息台账.xlsx', dept: '县残联', freq: 'annual', title: '持证残疾人基本信息台账',
    sheets: [{
      kind: 'columns', name: '台账', seq: true, meta: '乡（镇）残联：                    村残协：                        更新日期：    年  月  日',
      cols: [
        L('乡镇', 'v_town'), L('行政村', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生年月', 'p_birth', 'date'),
        L('身份证号', 'p_idno', 'idcard'), L('第二代残疾人证号', 'p_disab_no'), L('残疾类型', 'p_disab_type', 'choice', null, DISAB_TYPE),
        L('残疾级别', 'p_disab_grade', 'choice', null, DISAB_GRADE), L('联系电话', 'p_phone', 'phone'),
        G('监护人', L('姓名', 'p_guard_name'), L('联系电话', 'p_guard_phone', 'phone')), R(),
      ],
      blank: 12, footer: '村残协主席：              填表人：              联系电话：',
    }],
  },
  // ───────────── 县妇联 ─────────────
  {
    file: '县妇联/农村留守妇女关爱服务台账.xlsx', dept: '县妇联', freq: 'semiannual', catalog: false, title: '农村留守妇女关爱服务台账',
    sheets: [{
      kind: 'columns', name: '留守妇女', seq: true,
      meta: '乡（镇）妇联：                  村妇联：                  （每半年更新一次，6月25日、12月25日前报县妇联）',
      cols: [
        L('乡镇', 'v_town'), L('村', 'v_name'), L('所在社', 'v_she'),
        G('基本信息', L('姓名', 'p_name'), L('年龄', 'p_age', 'integer', '岁'), L('身份证号', 'p_idno', 'idcard'), L('联系电话', 'p_phone', 'phone'),
          L('文化程度', 'p_edu', 'choice', null, EDU)),
        G('家庭情况', L('家庭人口', 'h_size', 'integer', '人'), L('子女数', 'p_children', 'integer', '人'),
          L('是否有留守儿童', 'p_has_lbc', 'boolean', null, YN), L('是否脱贫户', 'h_is_tp', 'boolean', null, YN)),
        L('丈夫外出务工地点', 'p_spouse_workplace'),
        L('主要困难', 'p_difficulty', 'choice', null, ['生产劳动', '子女教育', '老人赡养', '身体健康', '经济困难', '其他']),
        L('关爱服务需求', 'p_care_need', 'choice', null, ['技能培训', '就业创业', '心理疏导', '法律维权', '健康服务', '其他']),
        L('巾帼志愿者结对人', 'p_volunteer'), R(),
      ],
      blank: 12, footer: '村妇联主席：              填表人：              联系电话：',
    }],
  },
];

const CATALOG_EXTRA: Array<[string, string, string, Freq]> = [
  ['村级河湖长巡河记录表.xlsx', '村级河湖长巡河记录表', '县水务局', 'monthly'],
  ['农村妇女“两癌”免费检查花名册.xlsx', '农村妇女“两癌”免费检查花名册', '县妇联', 'annual'],
];
const FREQ_ZH: Record<Freq, string> = { daily: '日报', weekly: '周报', monthly: '月报', quarterly: '季报', semiannual: '半年报', annual: '年报', adhoc: '不定期' };

async function writeCatalog() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('报表清单');
  ws.addRow(['序号', '文件名', '报表名称', '主管部门', '填报频次', '填报对象']);
  let i = 1;
  for (const f of ALL) {
    if (f.catalog === false) continue;
    const title = typeof f.catalog === 'string' ? f.catalog : (f.title ?? '').replace(/^\d{4}年(度)?/, '');
    ws.addRow([i++, path.basename(f.file), title, f.dept, FREQ_ZH[f.freq], /组织部|两委/.test(f.dept + title) ? '乡镇、行政村' : '行政村']);
  }
  for (const [file, title, dept, freq] of CATALOG_EXTRA) ws.addRow([i++, file, title, dept, FREQ_ZH[freq], '行政村']);
  ws.columns.forEach((c) => { c.width = 34; });
  await wb.xlsx.writeFile(path.join(DIR, '报表清单.xlsx'));
}

async function main() {
  const kitForms = ALL.filter((f): f is Form => !isX(f));
  const xForms = ALL.filter(isX);
  const corpus = new Corpus('blind17', DIR, kitForms, []);
  await corpus.build();
  await writeXForms(corpus, xForms);
  if (!corpus.goldOnly) await writeCatalog();

  // every form (kit and custom) in ALL's order for the retirement rule
  const layoutOf = (f: AnyForm) => (isX(f) ? 'grid' as const : f.sheets[0].kind);
  const stubs: Form[] = ALL.map((f) => (isX(f) ? { file: f.file, dept: f.dept, freq: f.freq, title: f.title, catalog: f.catalog, sheets: [] } : f));
  corpus.forms.length = 0;
  corpus.forms.push(...stubs);
  const order = new Map(ALL.map((f, i) => [f.file, i]));
  const fields = corpus.goldFields
    .map((g, i) => ({ g, i }))
    .sort((a, b) => order.get(a.g.ref.split('#')[0])! - order.get(b.g.ref.split('#')[0])! || a.i - b.i)
    .map((x) => x.g);
  const elemIds: string[] = [];
  for (const g of fields) if (!elemIds.includes(g.element)) elemIds.push(g.element);
  const retirement = corpus.retirement();
  const gold = {
    corpus: 'blind17',
    formsDir: 'forms',
    catalog: '报表清单.xlsx',
    forms: ALL.map((f) => ({ file: f.file, title: f.title, department: f.dept, frequency: f.freq, layout: layoutOf(f) })),
    fields,
    elements: elemIds.map((id) => ({ id, name: corpus.elementNames.get(id)! })),
    retirement,
  };
  fs.writeFileSync(path.join(DIR, 'gold.json'), JSON.stringify(gold, null, 1) + '\n');

  // numbers
  const byLayout: Record<string, number> = {};
  for (const g of fields) byLayout[g.layout] = (byLayout[g.layout] ?? 0) + 1;
  const formsOf = new Map<string, Set<string>>();
  for (const g of fields) {
    if (!formsOf.has(g.element)) formsOf.set(g.element, new Set());
    formsOf.get(g.element)!.add(g.ref.split('#')[0]);
  }
  const shared = [...formsOf.values()].filter((s) => s.size >= 2).length;
  const absent = ALL.filter((f) => f.catalog === false).length;
  const depts = new Set(ALL.map((f) => f.dept)).size;
  const stats = {
    forms: ALL.length, depts, absent, fields: fields.length, byLayout, elements: elemIds.length, shared,
    sharedPct: Math.round((shared / elemIds.length) * 1000) / 10, full: retirement.full, partial: retirement.partial.map((p) => `${p} (${retirement.coverage[p]})`),
  };
  console.error(JSON.stringify(stats, null, 1));
  ELEMS = new Map(ALL.map((f) => [f.file, new Set<string>()]));
  for (const g of fields) if (!g.element.startsWith('remark:')) ELEMS.get(g.ref.split('#')[0])!.add(g.element);
  fs.writeFileSync(path.join(DIR, 'README.md'), readme(stats, retirement, byLayout));
}

const RANK: Record<Freq, number> = { daily: 7, weekly: 6, monthly: 5, quarterly: 4, semiannual: 3, annual: 2, adhoc: 1 };
let ELEMS = new Map<string, Set<string>>();
/** a smallest set of same-or-higher-frequency forms covering the form's elements (greedy; for the README only) */
function minCover(file: string): string[] {
  const me = ALL.find((f) => f.file === file)!;
  const left = new Set(ELEMS.get(file));
  const cands = ALL.filter((o) => o.file !== file && RANK[o.freq] >= RANK[me.freq]);
  const out: string[] = [];
  while (left.size) {
    let best: AnyForm | undefined;
    let bestN = 0;
    for (const o of cands) {
      const n = [...left].filter((e) => ELEMS.get(o.file)!.has(e)).length;
      if (n > bestN) { best = o; bestN = n; }
    }
    if (!best) break;
    out.push(best.file);
    for (const e of [...left]) if (ELEMS.get(best.file)!.has(e)) left.delete(e);
  }
  return out;
}

function readme(st: { forms: number; depts: number; absent: number; fields: number; elements: number; shared: number; sharedPct: number },
  ret: { full: string[]; partial: string[]; coverage: Record<string, number>; coveredBy: Record<string, string[]> }, byLayout: Record<string, number>): string {
  const pct = (n: number) => `${Math.round((n / st.fields) * 100)} %`;
  const rows = ALL.map((f) => `| ${f.file} | ${f.dept} | ${FREQ_ZH[f.freq]} | ${isX(f) ? 'grid' : f.sheets[0].kind} | ${f.catalog === false ? 'not in catalog' : 'catalog'} |`);
  const retLine = (f: string) => `- \`${f}\` (${ret.coverage[f]}) — mainly by ${minCover(f).map((x) => `\`${x}\``).join(', ')}`;
  return `# blind17 — held-out corpus (甘肃 XX县, 旱作农业 / 草畜 / 防返贫 / 乡村治理, 2013–2025)

Held-out: score only with --final; do not tune on it.

## First look

## Contents

${st.forms} templates from ${st.depts} county offices (县乡村振兴局 incl. 县扶贫办-era forms, 县农业农村局, 县民政局, 县人社局, 县医保局,
县卫健局, 县教育局, 县水务局, 县林草局, 县应急管理局, 县统计局, 县委组织部, 县残联, 县妇联) sent to 乡镇 and 行政村 (社 = 村民小组).
${st.fields} gold fields: columns ${byLayout.columns ?? 0} (${pct(byLayout.columns ?? 0)}), indicator-rows ${byLayout['indicator-rows'] ?? 0} (${pct(byLayout['indicator-rows'] ?? 0)}),
grid ${byLayout.grid ?? 0} (${pct(byLayout.grid ?? 0)}); ${st.elements} elements, of which ${st.shared} (${st.sharedPct} %) are collected by two or more forms. ${st.absent} templates are not in \`报表清单.xlsx\` (their office and frequency
show in the folder, the title, a 表号 / 制定机关 block, a \`每月…前报县…\` note or a system-export line); the catalog also lists
two files that are not in the folder (\`村级河湖长巡河记录表.xlsx\`, \`农村妇女“两癌”免费检查花名册.xlsx\`).

| file | office | 频次 | layout | catalog |
|---|---|---|---|---|
${rows.join('\n')}

## Shapes

- Long indicator-rows questionnaires: 县统计局 村级统计年报 (指标名称 | 计量单位 | 代码 | 本年 | 上年, 甲 乙 丙 code row, 一、（一）
  category rows, \`其中：\` sub-items, signature cells at the bottom, a 填表说明 sheet, 表号 block); 水务 饮水安全调查表 (项目 | 单位 |
  数量, nested categories, signature side column); 卫健 妇幼 季报 (two panels side by side, 本季 | 本年累计); 组织部 党组织统计表;
  the 2013 统计 调查表 (.xls conversion, no code column).
- One form in several sheets: 防止返贫监测对象信息采集表 (表一 … 表五: indicator-rows 项目 | 填报内容 without a unit column, columns,
  indicator-rows, columns, columns; a
  visible 选项 sheet the dropdowns point to; a 填表说明 sheet). Roster + summary: 农村留守老年人信息台账 (台账 + 汇总表).
- Old .xls conversions (Sheet1 / Sheet2 / Sheet3, numbers as text, a stray empty column and row): 2015 建档立卡贫困户基础信息表
  (no title row at all), 2016 退耕还林补助资金兑付花名册 (code row as text), 2013 农村经济基本情况调查表.
- Rosters with two-level headers whose group changes the meaning (监护人, 赡养人, 关爱帮扶人, 签约医生, 帮扶责任人, 包抓责任人,
  监测员, 防灾责任人, 威胁对象) and groups that do not (基本信息, 老人基本信息, 家庭情况, 签约居民, 输转情况, 技能培训, 务工情况).
- Grids, kit-written: 畜种 × 季末存栏 | 本季出栏 (row labels carry the unit, 表号 block); 灾种 × 受灾面积 | 受灾人口 each split
  本次 | 累计; 社 × 户数 | 人口 | 耕地面积. Written by \`extra.ts\`: 类别 | 作物名称 two-column row labels (category merged down,
  代码 column, 甲乙丙 code row) × 播种面积 | 覆膜面积 | 总产量; the transposed grid (指标 | 单位 down, 一社 … 四社 across under
  社（村民小组）, a 全村合计 column); 1月 … 12月 across under 季度 groups under a year header (units in the row labels, a 全年累计
  column). The 县乡村振兴局 and 县统计局 社 grids share their per-社 户数 / 人口 elements; crop and livestock grid cells are shared
  with the 统计 年报 rows (马铃薯 = 洋芋, 牛存栏, 羊存栏 = 羊只存栏).
- Synonyms across offices and years (撂荒面积 / 撂荒耕地面积, 村“两委”成员人数 / 干部人数, 党员人数 / 党员总数, 派出单位 / 原工作单位,
  派驻时间 / 到村任职时间, 残疾类别 / 残疾类型, 临时饮水困难人数 / 因旱饮水困难人口, 拉水送水车辆 / 投入送水车辆, 水地 / 水浇地 …)
  and near-misses kept apart (年龄 ≠ 出生日期, 60 ≠ 65周岁, 本月 ≠ 累计, 本次 ≠ 累计, 本季出栏 ≠ 全年出栏, 大牲畜 ≠ 牛,
  农民人均纯收入 ≠ 人均可支配收入, 受旱面积 ≠ 干旱受灾面积, 覆膜面积 ≠ 地膜覆盖面积 ≠ 全膜双垄沟播, 人员类别 ≠ 是否脱贫户).
- Frequencies: weekly, monthly, quarterly, semiannual, annual, adhoc. Gold conventions: header comment of \`build-corpus.ts\`.

## Retirement truth

Computed by the kit's README rule (coverage over each form's elements, 备注 excluded, by forms of the same or higher frequency);
gold.json's \`coveredBy\` lists every covering form, the lines below name a smallest set that covers the form.

Full (${ret.full.length}):
${ret.full.map(retLine).join('\n')}

Partial (${ret.partial.length}):
${ret.partial.map(retLine).join('\n')}

## Rebuild

\`\`\`
npx tsx tests/blind17/build-corpus.ts              # forms/, 报表清单.xlsx, gold.json, README.md
npx tsx tests/blind17/build-corpus.ts --gold-only  # gold.json and README.md only
npx tsx tests/blind4/check-corpus.ts tests/blind17 # every gold ref's cell holds its label → bad 0
\`\`\`
`;
}

void main();
