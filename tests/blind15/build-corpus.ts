/**
 * Held-out corpus "blind15": 贵州 XX县 (a mountainous county; 苗族 / 侗族 / 布依族 villages, 乡镇 → 行政村 → 村民组/寨),
 * templates of 2013–2025 sent by 14 county offices to the villages: 乡村振兴局 (and its predecessor 扶贫开发办公室:
 * 建档立卡 采集表 in five sheets, 动态管理 花名册 exported from the 扶贫开发信息系统, 防返贫监测 台账 + 村汇总, 易地扶贫搬迁
 * 后续扶持, 产业帮扶 grid), 民政局 (低保, 特困 名册 and 发放表, 留守老人 台账 and 探访记录), 人社局 (劳务输出 台账, 就业帮扶车间),
 * 医保局 (参保 village table), 卫健局 (家庭医生 重点人群), 教育局 (营养改善计划 月报, 控辍保学 台账), 林业局 (生态护林员 台账 and
 * 2017 选聘 花名册, months × 巡山 grid), 农业农村局 (集体经济 收益分配 questionnaire, 特色产业 grid), 应急管理局 (地质灾害
 * 隐患点 grid, 汛期巡查 周报 with the villages across), 住建局 (2013 危房改造 .xls without a title, 住房安全 动态监测), 民宗局
 * (民族 × 人口数 > 合计 | 男 | 女 grid, 特色村寨 questionnaire in two panels), 统计局 (村级统计年报, 59 indicator rows), 县委组织部
 * (驻村第一书记 花名册, 村级党组织 village table), 妇联 (留守儿童 台账 with a visible 选项 sheet, age band × sex grid).
 * Written from the bench README and the kit only — without reading the parser, the matcher or any lexicon.
 *
 *   npx tsx tests/blind15/build-corpus.ts              → tests/blind15/forms, 报表清单.xlsx, gold.json, README.md
 *   npx tsx tests/blind15/build-corpus.ts --gold-only  → gold.json and README.md only
 *
 * GOLD CONVENTIONS beyond ../shared/bench/README.md (decided as the county's own data officer would):
 *  1. Offices. The templates of 县扶贫开发办公室 (its folder, 2014–2016) belong to its successor 县乡村振兴局, the name the
 *     catalog uses. 制定机关 full names map to the catalog's short names (XX县人力资源和社会保障局 → 县人社局, XX县民族宗教
 *     事务局 → 县民宗局). A template that names no period and is filled per event (探访记录, 调查表, 劝返台账) is adhoc.
 *  2. Whose datum. In a household roster an unqualified 身份证号码 / 联系电话 next to 户主姓名 is the head's (h_head_id,
 *     h_head_phone), and a bare `户主` header is 户主姓名; in person rosters they are the person's. A group header naming a
 *     person makes its leaves that person's: 帮扶责任人 / 照料护理人 / 赡养人 / 监护人 / 父亲 / 母亲 / 儿童主任 / 签约医生 /
 *     负责人 / 户主信息 > 姓名, 联系电话. Group headers 基本信息, 儿童基本信息, 家庭情况, 务工地点, 房屋基本情况, 改造情况,
 *     户类型, 监测情况 carry no meaning; 基本生活费 > 月标准 ≠ 照料护理费 > 月标准; 带动农户 > 户数 ≠ 带动农户 > 其中：脱贫户.
 *  3. A child's 监护人 is one datum in the 妇联 台账 and the 教育 控辍保学 台账 (姓名, 与儿童关系 = 与学生关系, 联系电话); 父亲 /
 *     母亲 are not the 监护人.
 *  4. Same datum, other words: 出生年月 = 出生日期; 学历 = 文化程度; 证件号码 = 公民身份号码 = 身份证号(码); 健康状况 = 身体状况;
 *     居住状况 = 居住情况; 户主 = 户主姓名; 家庭人口 = 家庭人数 = 家庭人口数; 供养方式 = 供养形式; 生活自理能力 = 自理能力;
 *     劳务报酬（元/年）= 年补助标准（元）; 管护区域（四至）= 管护地块四至; 聘用期限 = 聘期; 探访时间 (one visit's record) =
 *     最近一次探访日期 (the register keeps the latest visit); 危房等级 (2013, C/D) = 鉴定等级 (A–D) and 对象类别 (2013) =
 *     重点对象类型 — the same datum with a changed code list; 竣工日期 = 竣工验收时间; 脱贫年度 = 脱贫年份; 帮扶责任人 (flat, 2016)
 *     = 帮扶责任人 > 姓名; 就读年级 = 年级; 是否建档立卡贫困人口 (2017) = 是否脱贫人口 (2021–): one register flag.
 *     Village level: 户籍总人口 = 户籍人口; 撂荒面积 (农经) = 撂荒耕地面积 (统计); 家庭承包耕地流转面积 = 耕地流转面积; 耕地面积
 *     (农经) = 年末耕地面积; 集体经济组织 总收入 = 村集体经济总收入 and 其中：经营收入 = 其中：经营性收入; 村民小组数 = 村民小组
 *     （自然寨）; 村“两委”干部 人数 = 村“两委”成员人数; 党员 总数 = 中共党员; 驻村干部 = 驻村第一书记和工作队员; 监测户数 /
 *     监测人数 (防返贫 村汇总) = 防返贫监测户数 / 人数 (统计年报); 已参保人数 (医保) = 参加城乡居民基本医疗保险人数 (统计).
 *  5. Kept apart (near-misses): 年龄 ≠ 出生日期; 60 / 65 / 80周岁及以上 are three; 户数 ≠ 人数 everywhere; 家庭人口 ≠ 低保
 *     保障人口 ≠ 监测人数; 应参保 ≠ 已参保; 户籍 ≠ 常住; 乡村劳动力 ≠ 外出务工劳动力; 带动脱贫户 ≠ 带动监测户; 本月 / 本季度 ≠
 *     本学期累计 / 累计; 是否脱贫人口 (person) ≠ 是否监测对象 ≠ 是否脱贫户或监测户 (household); 主要致贫原因 (建档立卡) ≠ 主要
 *     风险类型 (防返贫); 辍学原因 has no counterpart; 补助资金 (危改) has none.
 *  6. Scope keeps apart what the words join: an 安置点's counts (易地搬迁 后续扶持) are never the village's, even under the same
 *     words (参加城乡居民基本医疗保险人数, 党员人数); a 村寨's (民宗 特色村寨: a natural village) 总户数 / 总人口 are not the
 *     行政村's 户籍户数 / 户籍人口; a school's counts (营养改善) are the school's; a household's 耕地面积 / 林地面积 (建档立卡 表三)
 *     are not the village's; an individual's 年龄 is not an age band.
 *  7. Grids: one element per (row key, indicator), shared across forms only where they ask the same thing over the same rows:
 *     the 产业 rows (茶叶 / 中药材 / 食用菌 / 生猪 / 肉牛) of 县农业农村局 and 县乡村振兴局 share 带动脱贫户 (农业's 带动农户 >
 *     其中：脱贫户) and 带动监测户 (带动农户 > 监测户); the 苗族 / 侗族 / 布依族 / 水族 人口数 > 合计 cells of the 民宗 grid
 *     are the 统计年报's 户籍人口 其中 苗族 … rows; the 茶叶 and 中药材 种植面积（养殖规模） cells of the 产业 grid are the
 *     village's 茶园面积 / 中药材种植面积 of the 统计年报, but 生猪 / 肉牛 养殖规模 stay apart from 年末存栏 (the template says neither 存栏 nor 出栏). The transposed grid has one
 *     element per (village, indicator), the months grid one per (indicator, month). A grid field's label is its (leaf) row label
 *     + leaf column label; its path is [row category, row label, column group…, column label]; the unit is the row's 计量单位
 *     cell where the column says 面积（规模）, else the column's or the row label's bracket. A 小计 column is a field (as
 *     户籍人口数 > 合计 in the bench), a 合计 row is not; a 行次 column and the 甲 乙 1 2 3 row are not.
 *  8. Multi-sheet forms: a datum asked on two sheets of one form (户主姓名 on 表一, 表二, 表五) is one element with several refs.
 *     The 建档立卡 采集表's 表三 / 表四 are indicator rows for one household (h_*), not village indicators.
 *  9. Units: counts of 党员 / 干部 written （名） keep 名; 劳务报酬（元/年） keeps 元/年; a 是/否 row or choice row in a questionnaire
 *     has unit null whatever its unit cell says (是/否, —).
 */
import path from 'node:path';
import { C, D, EDU, G, I, L, POLIT, R, S, SEX, YN, type Form, type IndRow, type Leaf } from '../blind4/kit';
import { buildCorpus, type AnyForm, type XForm, type XRow } from './extra';

const VILLAGES = ['乌东村', '白岩村', '控拜村', '高岭村', '平寨村', '格头村'];
const NATION = ['汉族', '苗族', '侗族', '布依族', '水族', '土家族', '彝族', '其他'];
const CAUSE = ['因病', '因残', '因学', '因灾', '缺土地', '缺水', '缺技术', '缺劳力', '缺资金', '交通条件落后', '自身发展动力不足'];
const POOR_ATTR = ['一般贫困户', '低保贫困户', '五保贫困户'];
const REL = ['户主', '配偶', '之子', '之女', '之儿媳', '之女婿', '之孙子', '之孙女', '之父', '之母', '其他'];
const HEALTH = ['健康', '长期慢性病', '患有大病', '残疾'];
const OLD_HEALTH = ['健康', '基本健康', '不健康但生活能自理', '生活不能自理'];
const LIVE = ['独居', '与配偶同住', '与未成年孙辈同住', '其他'];
const RISK = ['因病', '因残', '因学', '因灾', '因意外事故', '因产业项目失败', '因务工就业不稳', '缺劳动力', '住房出现安全问题', '其他'];
const GRADES = ['一年级', '二年级', '三年级', '四年级', '五年级', '六年级', '七年级', '八年级', '九年级'];
const OUT_YEAR = ['2014', '2015', '2016', '2017', '2018', '2019', '2020'];
const TK_MODE = ['集中供养', '分散供养'];
const SELFCARE = ['全自理', '半失能', '全失能'];
const STRUCT = ['木结构', '砖木结构', '砖混结构', '土坯', '石木结构'];
const HOUSE_MODE = ['拆除重建', '维修加固'];
const FOOT_CUN = '村（居）委会（盖章）：            填表人：            审核人：            联系电话：';
/** a choice indicator row (unit null) with a dropdown in the value column */
const CH = (l: string, e: string, opts: string[]): IndRow => ({ l, e, t: 'choice', u: null, unitCell: '—', dv: opts });

// ───────────────────────────── 县乡村振兴局 (and 县扶贫开发办公室) ─────────────────────────────
const f01: Form = {
  file: '县扶贫开发办公室/2014年扶贫对象建档立卡信息采集表.xlsx', dept: '县乡村振兴局', freq: 'annual',
  title: '2014年扶贫对象建档立卡信息采集表', catalog: '扶贫对象建档立卡信息采集表（贫困户）', dictSheet: { name: '字典', visible: true },
  sheets: [
    {
      kind: 'columns', name: '表一 贫困户基本情况', seq: true, attach: '附件2',
      meta: '乡（镇）：              村：              采集时间：2014年  月  日',
      cols: [
        L('乡（镇）', 'v_town'), L('行政村', 'v_name'), L('村民组', 'v_group'), L('户主姓名', 'h_head_name'),
        L('户主身份证号码', 'h_head_id', 'idcard'), L('家庭人口（人）', 'h_size', 'integer', '人'),
        L('贫困户属性', 'h_poor_attr', 'choice', null, POOR_ATTR), L('主要致贫原因', 'h_poor_cause', 'choice', null, CAUSE),
        L('其他致贫原因', 'h_poor_cause2', 'choice', null, CAUSE), L('联系电话', 'h_head_phone', 'phone'), L('开户银行', 'h_bank'),
        L('银行卡（折）号', 'h_bank_acct'), R(),
      ],
      blank: 10,
    },
    {
      kind: 'columns', name: '表二 家庭成员', title: '表二：家庭成员基本情况', seq: true,
      cols: [
        L('户主姓名', 'h_head_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('证件号码', 'p_idno', 'idcard'),
        L('与户主关系', 'p_rel_head', 'choice', null, REL), L('民族', 'p_nation', 'choice', null, NATION),
        L('文化程度', 'p_edu', 'choice', null, EDU),
        L('在校生状况', 'p_student', 'choice', null, ['学前教育', '小学', '初中', '高中', '中职', '大专及以上', '非在校生']),
        L('健康状况', 'p_health', 'choice', null, HEALTH),
        L('劳动能力', 'p_labor_ability', 'choice', null, ['普通劳动力', '技能劳动力', '丧失劳动力', '无劳动力']),
        L('务工时间（月）', 'p_work_months', 'integer', '月'), L('是否参加新型农村合作医疗', 'p_nrcms', 'boolean', null, YN),
      ],
      blank: 12,
    },
    {
      kind: 'indicator-rows', name: '表三 生产生活条件', title: '表三：生产生活条件', head: ['项    目', '单位', '数量'],
      rows: [
        C('一、生产条件'), D('耕地面积', 'h_land', '亩'), S('其中：有效灌溉面积', 'h_land_irrig', '亩', 'decimal'),
        D('林地面积', 'h_forest', '亩'), S('其中：退耕还林面积', 'h_grain_for_green', '亩', 'decimal'),
        C('二、生活条件'), I('是否通生活用电', 'h_power', null, 'boolean', '是/否'), I('饮水是否安全', 'h_water_safe', null, 'boolean', '是/否'),
        CH('入户路类型', 'h_road_type', ['泥土路', '砂石路', '水泥路']), D('住房面积', 'h_house_area', '平方米'),
        I('是否危房户', 'h_dilapidated', null, 'boolean', '是/否'), I('有无卫生厕所', 'h_toilet', null, 'boolean', '有/无'),
      ],
    },
    {
      kind: 'indicator-rows', name: '表四 收入情况', title: '表四：家庭收入情况（2013年度）', head: ['项    目', '单位', '金额'],
      rows: [
        D('年人均纯收入', 'h_inc_pc', '元'), D('工资性收入', 'h_inc_wage', '元'), D('生产经营性收入', 'h_inc_op', '元'),
        D('转移性收入', 'h_inc_tr', '元'), S('其中：低保金', 'h_inc_dibao', '元', 'decimal'),
      ],
    },
    {
      kind: 'columns', name: '表五 帮扶责任人', title: '表五：结对帮扶责任人', seq: true,
      cols: [
        L('户主姓名', 'h_head_name'), L('帮扶单位', 'h_helper_unit'),
        G('帮扶责任人', L('姓名', 'h_helper_name'), L('职务', 'h_helper_post'), L('联系电话', 'h_helper_phone', 'phone')),
        L('帮扶起止时间', 'h_help_period'),
      ],
      blank: 10, footer: '采集人：              审核人（村支书或主任）：              乡（镇）审核人：',
    },
  ],
};
const f02: Form = {
  file: '县扶贫开发办公室/2016年贫困户动态管理花名册.xlsx', dept: '县乡村振兴局', freq: 'annual', catalog: false,
  title: '2016年度扶贫对象动态调整贫困户花名册', xls: true, emptySheets: ['Sheet2', 'Sheet3'],
  sheets: [{
    kind: 'columns', name: 'Sheet1', blankTop: 1, textNums: true, seq: true,
    source: '（数据来源：全国扶贫开发信息系统业务管理子系统  导出时间：2016-11-20）',
    cols: [
      L('乡镇', 'v_town'), L('行政村', 'v_name'), L('组', 'v_group'), L('户主', 'h_head_name'), L('证件号码', 'h_head_id', 'idcard'),
      L('家庭人数', 'h_size', 'integer', '人'), L('贫困户属性', 'h_poor_attr', 'choice', null, POOR_ATTR),
      L('主要致贫原因', 'h_poor_cause', 'choice', null, CAUSE), L('脱贫年度', 'h_out_year', 'choice', null, OUT_YEAR),
      L('联系电话', 'h_head_phone', 'phone'), L('帮扶单位', 'h_helper_unit'), L('帮扶责任人', 'h_helper_name'), R(),
    ],
    blank: 14,
  }],
};
const f03: Form = {
  file: '县乡村振兴局/防返贫动态监测对象信息台账.xlsx', dept: '县乡村振兴局', freq: 'monthly', title: '防止返贫动态监测对象信息台账',
  catalog: '防止返贫动态监测对象台账',
  sheets: [
    {
      kind: 'columns', name: '监测对象台账', seq: true,
      meta: '乡（镇）：               村：               更新时间：    年  月  日（每月25日前更新）',
      cols: [
        G('基本信息', L('乡（镇）', 'v_town'), L('村', 'v_name'), L('组', 'v_group'), L('户主姓名', 'h_head_name'),
          L('户主身份证号', 'h_head_id', 'idcard'), L('家庭人口数', 'h_size', 'integer', '人'), L('联系电话', 'h_head_phone', 'phone')),
        G('户类型', L('户类别', 'h_hh_type', 'choice', null, ['脱贫户', '一般农户']), L('脱贫年份', 'h_out_year', 'choice', null, OUT_YEAR)),
        G('监测情况', L('监测对象类别', 'h_monitor_type', 'choice', null, ['脱贫不稳定户', '边缘易致贫户', '突发严重困难户']),
          L('识别时间', 'h_monitor_date', 'date'), L('主要风险类型', 'h_risk', 'choice', null, RISK), L('监测人数（人）', 'h_monitor_n', 'integer', '人')),
        G('帮扶措施', L('产业帮扶', 'h_aid_industry', 'boolean', null, YN), L('就业帮扶', 'h_aid_job', 'boolean', null, YN),
          L('综合保障', 'h_aid_security', 'boolean', null, YN)),
        G('帮扶责任人', L('姓名', 'h_helper_name'), L('联系电话', 'h_helper_phone', 'phone')),
        G('风险消除', L('是否消除', 'h_risk_clear', 'boolean', null, YN), L('消除时间', 'h_risk_clear_date', 'date')),
        R(),
      ],
      blank: 12,
    },
    {
      kind: 'indicator-rows', name: '村汇总', title: '防止返贫动态监测对象村级汇总表', head: ['项    目', '单位', '数量'], sign: 'cells',
      rows: [
        C('一、监测对象'), I('监测户数', 'v_mon_hh', '户'), I('监测人数', 'v_mon_n', '人'), S('其中：脱贫不稳定户', 'v_mon_unstable_hh', '户'),
        S('边缘易致贫户', 'v_mon_edge_hh', '户'), S('突发严重困难户', 'v_mon_sudden_hh', '户'),
        C('二、风险消除'), I('已消除风险户数', 'v_mon_clear_hh', '户'), I('已消除风险人数', 'v_mon_clear_n', '人'),
        I('未消除风险户数', 'v_mon_unclear_hh', '户'),
        C('三、本月新增'), I('新识别监测户', 'v_mon_new_hh_m', '户'), I('新识别监测人口', 'v_mon_new_n_m', '人'),
        C('四、帮扶措施落实'), I('务工就业脱贫劳动力', 'v_poor_emp', '人'), I('公益性岗位安置', 'v_public_post', '人'),
        S('其中：生态护林员', 'v_rangers', '人'), I('易地扶贫搬迁户', 'v_relocated_hh', '户'),
      ],
    },
  ],
};
const f04: Form = {
  file: '县乡村振兴局/2023年第二季度易地扶贫搬迁后续扶持工作统计表.xlsx', dept: '县乡村振兴局', freq: 'quarterly', catalog: false,
  title: '2023年第二季度易地扶贫搬迁安置点后续扶持工作统计表',
  sheets: [{
    kind: 'indicator-rows', name: '后续扶持', head: ['指    标', '单位', '本季度', '上季度'], sign: 'side',
    meta: '安置点（社区）名称：                       所属乡（镇）：',
    rows: [
      C('一、安置基本情况'), I('安置户数', 'a_hh', '户'), I('安置人数', 'a_pop', '人'), S('其中：脱贫户', 'a_poor_hh', '户'),
      S('少数民族人口', 'a_minor', '人'), I('已拆除旧房户数', 'a_old_demolish', '户'),
      C('二、就业帮扶'), I('搬迁劳动力人数', 'a_labor', '人'), I('已就业人数', 'a_emp', '人'), S('其中：县外务工', 'a_emp_out', '人'),
      S('就业帮扶车间就业', 'a_emp_workshop', '人'), S('公益性岗位安置', 'a_emp_public', '人'),
      I('本季度开展技能培训', 'a_training_q', '人次'),
      C('三、产业配套'), I('就业帮扶车间', 'a_workshop', '个'), D('后续扶持资金投入', 'a_fund', '万元'),
      C('四、公共服务'), I('配套中小学', 'a_school', '所'), I('搬迁适龄儿童少年入学人数', 'a_school_n', '人'),
      I('参加城乡居民基本医疗保险人数', 'a_med_ins', '人'),
      C('五、社区治理'), I('社区党组织', 'a_party_org', '个'), I('党员人数', 'a_pm', '人'),
    ],
  }],
};
const IND_ROWS = [{ l: '茶叶', k: 'tea' }, { l: '中药材', k: 'herb' }, { l: '食用菌', k: 'fungi' }, { l: '生猪', k: 'pig' }, { l: '肉牛', k: 'cattle' }];
const f05: Form = {
  file: '县乡村振兴局/产业帮扶联农带农情况统计表.xlsx', dept: '县乡村振兴局', freq: 'semiannual', title: '2024年上半年产业帮扶联农带农情况统计表',
  catalog: '产业帮扶联农带农情况统计表',
  sheets: [{
    kind: 'grid', name: '联农带农', key: '产  业', prefix: 'g_ind', rows: IND_ROWS,
    meta: '填报单位（盖章）：               乡（镇）人民政府                    2024年  月  日',
    cols: [L('带动脱贫户（户）', 'poor_hh', 'integer', '户'), L('带动监测户（户）', 'mon_hh', 'integer', '户')],
    total: true, footer: true,
  }],
};

// ───────────────────────────── 县民政局 ─────────────────────────────
const f06: Form = {
  file: '县民政局/农村低保对象花名册.xlsx', dept: '县民政局', freq: 'monthly', title: '农村最低生活保障对象花名册',
  sheets: [{
    kind: 'columns', name: '低保花名册', seq: true, meta: '乡（镇）：                        （盖章）                 年    月',
    cols: [
      L('乡（镇）', 'v_town'), L('村', 'v_name'), L('组', 'v_group'), L('户主姓名', 'h_head_name'), L('身份证号码', 'h_head_id', 'idcard'),
      L('家庭人口（人）', 'h_size', 'integer', '人'), L('保障人口（人）', 'h_dibao_n', 'integer', '人'),
      L('保障类别', 'h_dibao_cls', 'choice', null, ['一类', '二类', '三类', '四类']), L('月人均补差（元）', 'h_dibao_std', 'decimal', '元'),
      L('月保障金额（元）', 'h_dibao_pay', 'decimal', '元'), L('纳入低保时间', 'h_dibao_since', 'date'),
      L('是否脱贫户或监测户', 'h_is_poor_mon', 'boolean', null, YN), L('开户银行', 'h_bank'), L('银行账号', 'h_bank_acct'),
      L('联系电话', 'h_head_phone', 'phone'), R(),
    ],
    blank: 12, total: true, footer: true,
  }],
};
const f07: Form = {
  file: '2024年度特困人员救助供养对象名册.xlsx', dept: '县民政局', freq: 'annual', catalog: false, title: '2024年度特困人员救助供养对象名册',
  sheets: [{
    kind: 'columns', name: '特困名册', seq: true, meta: '乡（镇）：                                   （盖章）',
    cols: [
      L('乡（镇）', 'v_town'), L('村（居）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX),
      L('民族', 'p_nation', 'choice', null, NATION), L('公民身份号码', 'p_idno', 'idcard'), L('出生年月', 'p_birth', 'date'),
      L('供养方式', 'p_tk_mode', 'choice', null, TK_MODE), L('生活自理能力', 'p_tk_selfcare', 'choice', null, SELFCARE),
      G('照料护理人', L('姓名', 'p_tk_carer_name'), L('联系电话', 'p_tk_carer_phone', 'phone')), R(),
    ],
    blank: 10, footer: true, note: '注：各村于每年1月10日前核实更新，经乡（镇）审核后报县民政局社会救助股。',
  }],
};
const f08: Form = {
  file: '县民政局/特困人员供养金发放花名册.xlsx', dept: '县民政局', freq: 'monthly', title: '特困人员基本生活费及照料护理费发放花名册',
  catalog: '特困人员供养金发放花名册',
  sheets: [{
    kind: 'columns', name: '发放花名册', seq: true, meta: '乡（镇）：                 发放月份：    年  月',
    cols: [
      L('乡镇', 'v_town'), L('村', 'v_name'), L('供养对象姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX),
      L('民族', 'p_nation', 'choice', null, NATION), L('身份证号', 'p_idno', 'idcard'), L('出生日期', 'p_birth', 'date'),
      L('供养形式', 'p_tk_mode', 'choice', null, TK_MODE), L('自理能力', 'p_tk_selfcare', 'choice', null, SELFCARE),
      G('基本生活费', L('月标准（元）', 'p_tk_basic_std', 'decimal', '元'), L('本月发放（元）', 'p_tk_basic_pay_m', 'decimal', '元')),
      G('照料护理费', L('月标准（元）', 'p_tk_care_std', 'decimal', '元'), L('本月发放（元）', 'p_tk_care_pay_m', 'decimal', '元')),
      G('照料护理人', L('姓名', 'p_tk_carer_name'), L('电话', 'p_tk_carer_phone', 'phone')), R(),
    ],
    blank: 12, total: true, footer: true,
  }],
};
const f08b: Form = {
  file: '县民政局/社会救助和关爱服务对象统计月报表.xlsx', dept: '县民政局', freq: 'monthly', title: '社会救助和农村留守人员关爱服务对象统计月报表',
  catalog: '社会救助和关爱服务对象统计月报',
  sheets: [{
    kind: 'indicator-rows', name: '月报', stat: { code: '民统救02表', org: 'XX县民政局', approval: 'X民发〔2021〕9号' },
    meta: '村（社区）：                    乡（镇）：                         2025年  月', head: ['项    目', '单位', '本月数'], sign: 'side',
    rows: [
      C('一、农村最低生活保障'), I('低保户数', 'v_dibao_hh', '户'), I('低保人数', 'v_dibao_n', '人'),
      C('二、特困人员救助供养'), I('特困供养人员', 'v_tk_n', '人'), S('其中：集中供养', 'v_tk_central', '人'), S('分散供养', 'v_tk_disp', '人'),
      C('三、临时救助'), I('救助人次', 'v_temp_n_m', '人次'), D('救助金额', 'v_temp_amt_m', '元'),
      C('四、关爱服务对象'), I('农村留守老年人', 'v_lb_old', '人'), I('农村留守儿童', 'v_lb_child', '人'), I('困境儿童', 'v_plight_child', '人'),
    ],
  }],
};
const f09: Form = {
  file: '县民政局/农村留守老年人信息管理台账.xlsx', dept: '县民政局', freq: 'semiannual', title: '农村留守老年人信息管理台账',
  catalog: '农村留守老人信息台账',
  instructions: [
    '填表说明：',
    '1.农村留守老年人是指户籍在农村，子女（含儿媳、女婿）均离开本县域长期（6个月以上）外出务工、经商或从事其他生产经营活动的年满60周岁的老年人。',
    '2.“居住状况”“健康状况”“与老人关系”请从下拉选项中选择，不得自行填写。',
    '3.“赡养人”填写外出子女中主要承担赡养义务的一人。',
    '4.本台账每半年更新一次，6月30日、12月31日前由乡（镇）民政办汇总后报县民政局养老服务股。',
  ],
  sheets: [{
    kind: 'columns', name: '留守老人台账', seq: true, example: true,
    meta: '乡（镇）：           村（社区）：             填报时间：    年  月  日',
    cols: [
      L('组（寨）', 'v_group'),
      G('基本信息', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
        L('出生年月', 'p_birth', 'date'), L('年龄', 'p_age', 'integer', '岁'), L('身份证号码', 'p_idno', 'idcard')),
      G('家庭情况', L('居住状况', 'p_live_status', 'choice', null, LIVE), L('健康状况', 'p_health', 'choice', null, OLD_HEALTH),
        L('是否享受低保或特困供养', 'p_social_aid', 'boolean', null, YN),
        L('主要经济来源', 'p_income_src', 'choice', null, ['子女供给', '务农', '养老金', '低保金', '其他'])),
      G('赡养人', L('姓名', 'p_supporter_name'), L('与老人关系', 'p_supporter_rel', 'choice', null, ['儿子', '女儿', '儿媳', '女婿', '孙子女', '其他']),
        L('务工地点', 'p_supporter_workplace'), L('联系电话', 'p_supporter_phone', 'phone')),
      G('关爱帮扶', L('帮扶责任人', 'p_carer_name'), L('责任人电话', 'p_carer_phone', 'phone'), L('最近一次探访日期', 'p_visit_date', 'date')),
      R(),
    ],
    blank: 12, footer: FOOT_CUN,
  }],
};
const f10: Form = {
  file: '县民政局/农村留守老年人关爱探访记录表.xlsx', dept: '县民政局', freq: 'adhoc', catalog: false, title: '农村留守老年人关爱探访记录表',
  sheets: [{
    kind: 'columns', name: '探访记录', seq: true,
    cols: [
      L('村', 'v_name'), L('组', 'v_group'), L('老人姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('年龄', 'p_age', 'integer', '岁'),
      L('居住情况', 'p_live_status', 'choice', null, LIVE), L('身体状况', 'p_health', 'choice', null, OLD_HEALTH),
      L('赡养人姓名', 'p_supporter_name'), L('赡养人联系电话', 'p_supporter_phone', 'phone'), L('探访时间', 'p_visit_date', 'date'), R('备  注'),
    ],
    blank: 15, footer: '探访人（签字）：                    村（居）委会（盖章）',
    note: '注：每次入户探访后及时登记，探访记录留村备查，乡（镇）民政办不定期抽查。',
  }],
};

// ───────────────────────────── 县人社局 ─────────────────────────────
const f11: Form = {
  file: '县人社局/农村劳动力劳务输出动态监测台账.xlsx', dept: '县人社局', freq: 'monthly', title: '农村劳动力外出务工（劳务输出）动态监测台账',
  catalog: '农村劳动力劳务输出台账',
  sheets: [{
    kind: 'columns', name: '劳务输出', seq: true, example: true, meta: '乡（镇）：           村：           统计时间：    年  月',
    cols: [
      L('组', 'v_group'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('年龄', 'p_age', 'integer', '岁'),
      L('身份证号', 'p_idno', 'idcard'), L('文化程度', 'p_edu', 'choice', null, EDU), L('是否脱贫人口', 'p_is_poor', 'boolean', null, YN),
      L('是否监测对象', 'p_is_mon', 'boolean', null, YN),
      G('务工地点', L('省（区、市）', 'p_work_prov'), L('市（县）', 'p_work_city')), L('务工单位', 'p_work_unit'),
      L('从事行业', 'p_work_industry', 'choice', null, ['制造业', '建筑业', '批发零售', '住宿餐饮', '交通运输', '居民服务', '其他']),
      L('外出务工时间', 'p_work_since', 'date'), L('月收入（元）', 'p_work_income', 'decimal', '元'),
      L('是否参加技能培训', 'p_trained', 'boolean', null, YN), L('本人联系电话', 'p_phone', 'phone'), R(),
    ],
    blank: 15, footer: true,
  }],
};
const f12: Form = {
  file: '就业帮扶车间认定情况统计表.xlsx', dept: '县人社局', freq: 'quarterly', catalog: false, title: '就业帮扶车间基本情况统计表',
  sheets: [{
    kind: 'columns', name: '帮扶车间', seq: true,
    stat: { code: '人社就帮01表', org: 'XX县人力资源和社会保障局', approval: 'X人社发〔2022〕12号' },
    meta: '乡（镇）：                         截至    年  月  日',
    cols: [
      L('车间名称', 'w_name'), L('所在村', 'v_name'), L('经营主体', 'w_owner'),
      L('车间类型', 'w_type', 'choice', null, ['生产加工型', '种养殖型', '手工制作型', '其他']), L('主要产品', 'w_product'),
      L('认定时间', 'w_cert_date', 'date'),
      G('吸纳就业人数（人）', L('合计', 'w_emp', 'integer', '人'), L('其中：脱贫劳动力', 'w_emp_poor', 'integer', '人'),
        L('监测对象', 'w_emp_mon', 'integer', '人'), L('搬迁群众', 'w_emp_relocated', 'integer', '人')),
      L('月人均工资（元）', 'w_wage', 'decimal', '元'), G('负责人', L('姓名', 'w_head_name'), L('联系电话', 'w_head_phone', 'phone')), R(),
    ],
    blank: 8, total: true, footer: true, note: '注：每季度第一个月10日前报县人社局就业股，新认定车间附认定文件。',
  }],
};

// ───────────────────────────── 县医保局 ─────────────────────────────
const f13: Form = {
  file: '县医保局/城乡居民基本医疗保险参保情况统计表.xlsx', dept: '县医保局', freq: 'annual', title: '2025年度城乡居民基本医疗保险参保情况统计表',
  catalog: '城乡居民医保参保情况统计表',
  sheets: [{
    kind: 'columns', name: '参保统计', seq: true, villages: VILLAGES, total: true, codeRow: true,
    meta: '乡（镇）：                     （盖章）                    填报日期：    年  月  日',
    cols: [
      L('村（社区）', 'v_name'), L('户籍总人口（人）', 'v_pop_hj', 'integer', '人'), L('应参保人数（人）', 'v_med_should', 'integer', '人'),
      L('已参保人数（人）', 'v_med_ins', 'integer', '人'), L('参保率（%）', 'v_med_rate', 'decimal', '%'),
      G('其中：资助参保人数（人）', L('特困人员', 'v_med_aid_tk', 'integer', '人'), L('低保对象', 'v_med_aid_db', 'integer', '人'),
        L('返贫致贫人口', 'v_med_aid_fp', 'integer', '人'), L('脱贫不稳定人口', 'v_med_aid_unstable', 'integer', '人')),
      L('资助参保金额（元）', 'v_med_aid_amt', 'decimal', '元'), L('未参保主要原因', 'v_med_unins_reason'), R(),
    ],
    footer: true,
  }],
};

// ───────────────────────────── 县卫健局 ─────────────────────────────
const f14: Form = {
  file: '县卫健局/家庭医生签约服务重点人群台账.xlsx', dept: '县卫健局', freq: 'quarterly', catalog: false, title: '家庭医生签约服务重点人群花名册',
  sheets: [{
    kind: 'columns', name: '重点人群', seq: true, meta: '乡（镇）卫生院：                  村卫生室：',
    cols: [
      L('村', 'v_name'), L('组', 'v_group'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生日期', 'p_birth', 'date'),
      L('身份证号', 'p_idno', 'idcard'), L('联系电话', 'p_phone', 'phone'),
      L('重点人群类别', 'p_fd_group', 'choice', null, ['65岁及以上老年人', '高血压患者', '2型糖尿病患者', '孕产妇', '0-6岁儿童', '严重精神障碍患者', '脱贫人口', '残疾人']),
      G('签约医生', L('姓名', 'p_fd_doc_name'), L('联系电话', 'p_fd_doc_phone', 'phone')), L('签约日期', 'p_fd_date', 'date'),
      L('服务包类型', 'p_fd_pack', 'choice', null, ['基础包', '个性化服务包']), L('本季度随访次数', 'p_fd_followup_q', 'integer', '次'),
      L('是否履约', 'p_fd_kept', 'boolean', null, YN), R(),
    ],
    blank: 15, note: '注：本表由村医填写，每季度末月25日前报乡（镇）卫生院公卫办汇总，次月5日前报县卫健局基层卫生股。',
  }],
};

// ───────────────────────────── 县教育局 ─────────────────────────────
const f16: Form = {
  file: '县教育局/学生营养改善计划实施情况月报表.xlsx', dept: '县教育局', freq: 'monthly', title: '农村义务教育学生营养改善计划实施情况月报表',
  catalog: '营养改善计划实施情况月报',
  sheets: [{
    kind: 'indicator-rows', name: '月报', head: ['项    目', '单位', '本月', '本学期累计'], sign: 'line',
    meta: '学校（教学点）名称：                   所属乡（镇）：                2025年  月',
    rows: [
      C('一、受益学生'), I('在校学生数', 'n_students', '人'), I('受益学生人数', 'n_benef', '人'), S('其中：小学', 'n_benef_pri', '人'),
      S('初中', 'n_benef_mid', '人'), S('少数民族学生', 'n_benef_minor', '人'),
      C('二、供餐情况'), I('供餐天数', 'n_meal_days', '天'), CH('供餐模式', 'n_meal_mode', ['食堂供餐', '企业（单位）供餐', '混合供餐']),
      D('膳食补助标准', 'n_meal_std', '元/生·天'),
      C('三、资金使用'), D('膳食补助资金支出', 'n_fund_spent', '万元'),
      C('四、食品安全'), I('食品安全检查次数', 'n_food_check', '次'), I('发现问题', 'n_food_issue', '个'),
    ],
  }],
};
const f17: Form = {
  file: '县教育局/控辍保学劝返复学工作台账.xlsx', dept: '县教育局', freq: 'adhoc', title: '义务教育阶段控辍保学劝返复学工作台账',
  catalog: '控辍保学劝返复学台账',
  sheets: [{
    kind: 'columns', name: '劝返台账', seq: true, meta: '乡（镇）：                  学校：                   填报时间：    年  月  日',
    cols: [
      L('乡（镇）', 'v_town'), L('村', 'v_name'), L('组', 'v_group'), L('学生姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX),
      L('民族', 'p_nation', 'choice', null, NATION), L('身份证号', 'p_idno', 'idcard'), L('出生日期', 'p_birth', 'date'),
      L('就读学校', 'p_school'), L('年级', 'p_grade', 'choice', null, GRADES),
      G('监护人', L('姓名', 'p_guardian_name'), L('与学生关系', 'p_guardian_rel', 'choice', null, ['父母', '祖父母', '外祖父母', '其他亲属', '其他']),
        L('联系电话', 'p_guardian_phone', 'phone')),
      L('辍学原因', 'p_dropout_reason', 'choice', null, ['厌学', '外出务工', '早婚早育', '残疾', '家庭困难', '其他']),
      L('劝返复学时间', 'p_return_date', 'date'), R(),
    ],
    blank: 10, footer: true, note: '注：发现疑似辍学学生即时登记，劝返复学后24小时内报县教育局控辍保学办公室。',
  }],
};

// ───────────────────────────── 县林业局 ─────────────────────────────
const f18: Form = {
  file: '县林业局/生态护林员管理台账.xlsx', dept: '县林业局', freq: 'quarterly', title: '生态护林员管理台账',
  sheets: [{
    kind: 'columns', name: '护林员台账', seq: true, meta: '乡（镇）：                  管护单位：                     年第  季度',
    cols: [
      L('乡（镇）', 'v_town'), L('村', 'v_name'), L('组', 'v_group'), L('护林员姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX),
      L('民族', 'p_nation', 'choice', null, NATION), L('身份证号码', 'p_idno', 'idcard'), L('年龄', 'p_age', 'integer', '岁'),
      L('是否脱贫人口', 'p_is_poor', 'boolean', null, YN), L('是否监测对象', 'p_is_mon', 'boolean', null, YN),
      L('管护面积（亩）', 'p_ranger_area', 'decimal', '亩'), L('管护区域（四至）', 'p_ranger_zone'), L('聘用期限', 'p_ranger_term'), L('劳务报酬（元/年）', 'p_ranger_pay', 'decimal', '元/年'),
      G('本季度巡护', L('巡护天数（天）', 'p_patrol_days_q', 'integer', '天'), L('发现问题（起）', 'p_patrol_issues_q', 'integer', '起')),
      L('考核结果', 'p_ranger_eval', 'choice', null, ['优秀', '合格', '基本合格', '不合格']), L('联系电话', 'p_phone', 'phone'), R(),
    ],
    blank: 12, footer: true,
  }],
};
const f19: Form = {
  file: '县林业局/2017年生态护林员选聘花名册.xlsx', dept: '县林业局', freq: 'annual', catalog: false,
  title: '2017年建档立卡贫困人口生态护林员选聘花名册', xls: true, emptySheets: ['Sheet2', 'Sheet3'],
  sheets: [{
    kind: 'columns', name: 'Sheet1', startCol: 1, blankTop: 1, textNums: true, seq: true,
    meta: '乡镇（盖章）：                                   2017年  月  日',
    cols: [
      L('乡镇', 'v_town'), L('村', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
      L('身份证号', 'p_idno', 'idcard'), L('是否建档立卡贫困人口', 'p_is_poor', 'boolean', null, YN), L('管护面积（亩）', 'p_ranger_area', 'decimal', '亩'),
      L('管护地块四至', 'p_ranger_zone'), L('聘期', 'p_ranger_term'), L('年补助标准（元）', 'p_ranger_pay', 'decimal', '元'),
      L('联系电话', 'p_phone', 'phone'), R(),
    ],
    blank: 12, footer: '乡镇林业站负责人：            经办人：            联系电话：',
  }],
};
const MONTHS = (q: number): Leaf[] => [1, 2, 3].map((i) => L(`${(q - 1) * 3 + i}月`, `m${String((q - 1) * 3 + i).padStart(2, '0')}`, 'integer'));
const f20: XForm = {
  file: '县林业局/2024年度生态护林员巡山护林情况统计表.xlsx', dept: '县林业局', freq: 'annual', catalog: false,
  title: '2024年度生态护林员巡山护林情况统计表',
  sheets: [{
    name: '巡护统计', rowHead: ['项    目'], meta: '填报单位（盖章）：                    村（林区）：                    填报时间：2025年1月  日',
    rows: [{ l: '巡山次数（次）', k: 'patrol', u: '次' }, { l: '发现火险隐患（处）', k: 'fire', u: '处' }],
    cols: [G('第一季度', ...MONTHS(1)), G('第二季度', ...MONTHS(2)), G('第三季度', ...MONTHS(3)), G('第四季度', ...MONTHS(4))],
    cell: (r: XRow, leaf: Leaf) => ({ e: `g_patrol_${r.k}_${leaf.e}`, t: 'integer', u: r.u ?? null }),
    footer: '填表人：            护林员队长：            联系电话：',
    note: '注：巡山次数以生态护林员巡护APP轨迹记录为准；本表于次年1月10日前报县林业局森林资源管护股。',
  }],
};

// ───────────────────────────── 县农业农村局 ─────────────────────────────
const f22: Form = {
  file: '县农业农村局/村集体经济组织收益分配统计表.xlsx', dept: '县农业农村局', freq: 'annual', title: '2025年村集体经济组织收益及分配统计表',
  catalog: '村集体经济组织收益分配统计表',
  sheets: [{
    kind: 'indicator-rows', name: '农经统计', stat: { code: '农经5表', org: 'XX县农业农村局', approval: 'X农经发〔2020〕3号' },
    meta: '填报单位：          村股份经济合作社（经济合作社）                          金额单位：万元',
    head: ['指标名称', '计量单位', '代码', '本年数', '上年数'], codeRow: true, sign: 'cells',
    rows: [
      C('一、基本情况'), I('集体经济组织成员户数', 'c_member_hh', '户'), I('集体经济组织成员人数', 'c_member_n', '人'), I('村民小组数', 'v_groups', '个'),
      C('二、收入情况'), D('总收入', 'v_coll_income', '万元'), S('其中：经营收入', 'v_coll_op_income', '万元', 'decimal'),
      S('发包及上交收入', 'c_inc_contract', '万元', 'decimal'), S('投资收益', 'c_inc_invest', '万元', 'decimal'),
      S('补助收入', 'c_inc_subsidy', '万元', 'decimal'),
      C('三、支出情况'), D('总支出', 'c_exp', '万元'), S('其中：经营支出', 'c_exp_op', '万元', 'decimal'),
      D('本年收益', 'c_profit', '万元'),
      C('四、收益分配'), D('可分配收益', 'c_dist_avail', '万元'), S('其中：提取公积公益金', 'c_dist_reserve', '万元', 'decimal'),
      S('向成员分配', 'c_dist_member', '万元', 'decimal'),
      C('五、资产负债'), D('资产总额', 'c_assets', '万元'), S('其中：货币资金', 'c_cash', '万元', 'decimal'),
      D('负债总额', 'c_debt', '万元'),
      C('六、土地承包经营'), D('耕地面积', 'v_land', '亩'), D('家庭承包经营耕地面积', 'c_land_contract', '亩'),
      D('家庭承包耕地流转面积', 'v_land_transfer', '亩'), D('撂荒面积', 'v_land_abandon', '亩'),
      C('七、经营收益'), I('经营收益是否达到10万元以上', 'c_income_10w', null, 'boolean', '是/否'),
    ],
  }],
};
const f23: XForm = {
  file: '县农业农村局/村级特色产业发展情况统计表.xlsx', dept: '县农业农村局', freq: 'annual', title: '村级特色优势产业发展情况统计表',
  sheets: [{
    name: '特色产业', rowHead: ['产业类别', '产业名称'], unitCol: '计量单位',
    meta: '乡（镇）：              村：                  填报日期：    年  月  日',
    rows: [
      { cat: '种植业', l: '茶叶', k: 'tea', u: '亩' }, { cat: '种植业', l: '中药材', k: 'herb', u: '亩' }, { cat: '种植业', l: '食用菌', k: 'fungi', u: '万棒' },
      { cat: '养殖业', l: '生猪', k: 'pig', u: '头' }, { cat: '养殖业', l: '肉牛', k: 'cattle', u: '头' },
    ],
    cols: [L('种植面积（养殖规模）', 'scale'), G('带动农户', L('户数', 'hh', 'integer', '户'), L('其中：脱贫户', 'poor_hh', 'integer', '户'), L('监测户', 'mon_hh', 'integer', '户'))],
    cell: (r: XRow, leaf: Leaf) => {
      if (leaf.e === 'scale') {
        const e = r.k === 'tea' ? 'v_tea_area' : r.k === 'herb' ? 'v_herb_area' : `g_ind_${r.k}_scale`;
        return { e, t: r.k === 'pig' || r.k === 'cattle' ? 'integer' : 'decimal', u: r.u ?? null };
      }
      return { e: `g_ind_${r.k}_${leaf.e}`, t: leaf.t, u: leaf.u };
    },
    footer: '村（居）委会（盖章）：            填表人：            联系电话：',
  }],
};

// ───────────────────────────── 县应急管理局 ─────────────────────────────
const f24: Form = {
  file: '县应急管理局/地质灾害隐患点基本情况统计表.xlsx', dept: '县应急管理局', freq: 'semiannual', title: '地质灾害隐患点基本情况统计表',
  sheets: [{
    kind: 'grid', name: '隐患点统计', key: '灾害类型', prefix: 'g_geo',
    meta: '乡（镇）（盖章）：                    统计时间：    年  月（汛前、汛后各报一次）',
    rows: [{ l: '滑坡', k: 'landslide' }, { l: '崩塌', k: 'collapse' }, { l: '泥石流', k: 'debris' }],
    cols: [L('隐患点（处）', 'pts', 'integer', '处'), G('威胁对象', L('户数（户）', 'hh', 'integer', '户'), L('人数（人）', 'n', 'integer', '人'))],
    total: true, footer: true,
  }],
};
const GEO_VILL = VILLAGES.slice(0, 5);
const GEO_KEY: Record<string, string> = { 乌东村: 'wudong', 白岩村: 'baiyan', 控拜村: 'kongbai', 高岭村: 'gaoling', 平寨村: 'pingzhai' };
const f25: XForm = {
  file: '县应急管理局/汛期地质灾害隐患巡查排查周报表.xlsx', dept: '县应急管理局', freq: 'weekly', title: '汛期地质灾害隐患点巡查排查情况周报表',
  sheets: [{
    name: '周报', rowHead: ['项    目'],
    meta: '乡（镇）：                  统计时段：    月  日至    月  日（每周一上午10时前报县应急管理局）',
    rows: [{ l: '巡查隐患点（处次）', k: 'chk', u: '处次' }, { l: '组织转移避险（人）', k: 'evac', u: '人' }],
    cols: [G('各村（社区）', ...GEO_VILL.map((v) => L(v, GEO_KEY[v], 'integer')))],
    cell: (r: XRow, leaf: Leaf) => ({ e: `g_geow_${leaf.e}_${r.k}`, t: 'integer', u: r.u ?? null }),
    footer: '值班领导：            填表人：            联系电话：',
  }],
};

// ───────────────────────────── 县住建局 ─────────────────────────────
const f26: Form = {
  file: '县住建局/农村危房改造对象信息表.xlsx', dept: '县住建局', freq: 'annual', catalog: false, xls: true, emptySheets: ['Sheet2', 'Sheet3'],
  sheets: [{
    kind: 'columns', name: 'Sheet1', startCol: 1, blankTop: 1, textNums: true, seq: true,
    cols: [
      L('乡镇', 'v_town'), L('村', 'v_name'), L('组', 'v_group'), L('户主姓名', 'h_head_name'), L('身份证号', 'h_head_id', 'idcard'),
      L('家庭人口', 'h_size', 'integer', '人'), L('对象类别', 'h_house_cat', 'choice', null, ['低保户', '农村分散供养五保户', '贫困残疾人家庭', '其他贫困户']),
      L('房屋结构', 'h_house_struct', 'choice', null, STRUCT), L('危房等级', 'h_house_level', 'choice', null, ['C级', 'D级']),
      L('改造方式', 'h_house_mode', 'choice', null, HOUSE_MODE), L('补助资金（元）', 'h_house_subsidy', 'decimal', '元'),
      L('竣工日期', 'h_house_done', 'date'), R(),
    ],
    blank: 12, note: '注：本表由村委会逐户核实填写，乡（镇）审核汇总后于2013年12月20日前报县住建局村镇建设股。',
  }],
};
const f27: Form = {
  file: '县住建局/农村低收入群体等重点对象住房安全动态监测台账.xlsx', dept: '县住建局', freq: 'quarterly',
  title: '农村低收入群体等重点对象住房安全动态监测台账', catalog: '农村重点对象住房安全动态监测台账',
  sheets: [{
    kind: 'columns', name: '监测台账', seq: true, meta: '乡（镇）：                村：                 更新日期：    年  月  日',
    cols: [
      L('乡（镇）', 'v_town'), L('村', 'v_name'), L('村民组', 'v_group'),
      G('户主信息', L('姓名', 'h_head_name'), L('身份证号码', 'h_head_id', 'idcard'), L('联系电话', 'h_head_phone', 'phone')),
      L('家庭人口数（人）', 'h_size', 'integer', '人'),
      L('重点对象类型', 'h_house_cat', 'choice', null, ['低保户', '特困供养人员', '低保边缘家庭', '防返贫监测对象', '其他']),
      G('房屋基本情况', L('结构类型', 'h_house_struct', 'choice', null, STRUCT),
        L('建造年代', 'h_house_year', 'choice', null, ['1980年以前', '1981-1990年', '1991-2000年', '2001-2010年', '2011年以后']),
        L('鉴定等级', 'h_house_level', 'choice', null, ['A级', 'B级', 'C级', 'D级'])),
      G('改造情况', L('改造方式', 'h_house_mode', 'choice', null, HOUSE_MODE), L('竣工验收时间', 'h_house_done', 'date')),
      L('是否脱贫户或监测户', 'h_is_poor_mon', 'boolean', null, YN), L('是否存在安全隐患', 'h_house_hazard', 'boolean', null, YN), R(),
    ],
    blank: 12, footer: true,
  }],
};

// ───────────────────────────── 县民宗局 ─────────────────────────────
const f28: Form = {
  file: '县民宗局/少数民族人口统计表.xlsx', dept: '县民宗局', freq: 'annual', title: '村（社区）少数民族人口统计表',
  sheets: [{
    kind: 'grid', name: '民族人口', key: '民  族', prefix: 'g_nat',
    meta: '乡（镇）：            村（社区）：             统计截止：    年12月31日',
    rows: [{ l: '苗族', k: 'miao' }, { l: '侗族', k: 'dong' }, { l: '布依族', k: 'buyi' }, { l: '水族', k: 'shui' }, { l: '其他少数民族', k: 'other' }],
    cols: [G('人口数（人）', L('合计', 'all', 'integer', '人'), L('男', 'm', 'integer', '人'), L('女', 'f', 'integer', '人'))],
    total: true, footer: true,
  }],
};
const f29: Form = {
  file: '少数民族特色村寨基本情况调查表.xlsx', dept: '县民宗局', freq: 'adhoc', catalog: false, title: '少数民族特色村寨基本情况调查表',
  sheets: [{
    kind: 'indicator-rows', name: '调查表', stat: { code: '民宗调2表', org: 'XX县民族宗教事务局', approval: 'X民宗发〔2019〕6号' },
    meta: '村寨名称：               所属乡（镇）、行政村：                  主体民族：', head: ['调查项目', '单位', '数量'], sign: 'side',
    rows: [
      C('一、人口情况'), I('总户数', 'k_hh', '户'), I('总人口', 'k_pop', '人'), S('其中：少数民族人口', 'k_minor', '人'), S('主体民族人口', 'k_main_nat', '人'),
      I('常年外出务工人员', 'k_migrant', '人'),
      C('二、传统民居'), I('传统民居', 'k_trad_houses', '栋'), S('其中：保存完好', 'k_trad_good', '栋'),
    ],
    rows2: [
      C('三、民族文化'), I('鼓楼、风雨桥等标志性建筑', 'k_landmark', '座'), I('芦笙场（踩歌堂）', 'k_lusheng', '个'), I('民族文化传承人', 'k_inheritors', '人'),
      S('其中：省级以上', 'k_inh_prov', '人'),
      C('四、特色产业'), I('乡村旅游接待', 'k_tourists', '人次'), D('乡村旅游收入', 'k_tour_income', '万元'),
    ],
  }],
};

// ───────────────────────────── 县统计局 ─────────────────────────────
const f30: Form = {
  file: '县统计局/村级统计年报.xlsx', dept: '县统计局', freq: 'annual', title: '2025年村级基本情况统计年报表', catalog: '村级基本情况统计年报',
  sheets: [{
    kind: 'indicator-rows', name: '村级年报', stat: { code: '村统1表', org: 'XX县统计局', approval: 'X统制〔2023〕2号' },
    meta: '村（社区）名称：                    所属乡（镇）：                    2025年度',
    head: ['指标名称', '计量单位', '代码', '本年', '上年'], codeRow: true, sign: 'cells',
    rows: [
      C('一、人口与户数'), I('村民小组（自然寨）', 'v_groups', '个'), I('户籍户数', 'v_hh_hj', '户'), I('户籍人口', 'v_pop_hj', '人'),
      S('其中：少数民族人口', 'v_pop_minor', '人'), S('苗族', 'g_nat_miao_all', '人'), S('侗族', 'g_nat_dong_all', '人'), S('布依族', 'g_nat_buyi_all', '人'), S('水族', 'g_nat_shui_all', '人'),
      S('女性人口', 'v_pop_f', '人'), I('常住人口', 'v_pop_cz', '人'),
      I('60周岁及以上人口', 'v_pop_60', '人'), S('其中：65周岁及以上', 'v_pop_65', '人'), S('80周岁及以上', 'v_pop_80', '人'),
      I('农村留守老年人', 'v_lb_old', '人'), I('农村留守儿童', 'v_lb_child', '人'),
      C('二、劳动力与就业'), I('乡村劳动力', 'v_labor', '人'), I('外出务工劳动力', 'v_migrant', '人'), S('其中：省外务工', 'v_migrant_out', '人'),
      I('脱贫劳动力务工就业人数', 'v_poor_emp', '人'), I('就业帮扶车间', 'v_workshop', '个'), I('公益性岗位安置人数', 'v_public_post', '人'),
      I('生态护林员', 'v_rangers', '人'),
      C('三、土地与农业'), D('年末耕地面积', 'v_land', '亩'), S('其中：水田', 'v_paddy', '亩', 'decimal'), D('耕地流转面积', 'v_land_transfer', '亩'),
      D('撂荒耕地面积', 'v_land_abandon', '亩'), D('林地面积', 'v_forest', '亩'), D('茶园面积', 'v_tea_area', '亩'), D('中药材种植面积', 'v_herb_area', '亩'),
      D('粮食播种面积', 'v_grain_area', '亩'), I('年末生猪存栏', 'v_pig_stock', '头'), I('年末牛存栏', 'v_cattle_stock', '头'),
      C('四、集体经济'), D('村集体经济总收入', 'v_coll_income', '万元'), S('其中：经营性收入', 'v_coll_op_income', '万元', 'decimal'),
      I('农民专业合作社', 'v_coops', '个'), I('家庭农场', 'v_farms', '个'), D('农村居民人均可支配收入', 'v_income_pc', '元'),
      C('五、社会保障'), I('农村低保户数', 'v_dibao_hh', '户'), I('农村低保人数', 'v_dibao_n', '人'), I('特困供养人员', 'v_tk_n', '人'),
      I('防返贫监测户数', 'v_mon_hh', '户'), I('防返贫监测人数', 'v_mon_n', '人'), I('参加城乡居民基本医疗保险人数', 'v_med_ins', '人'),
      I('参加城乡居民基本养老保险人数', 'v_pension_ins', '人'), I('家庭医生签约人数', 'v_fd_signed', '人'),
      C('六、基础设施'), I('是否通硬化路', 'v_road_hard', null, 'boolean', '是/否'), I('通组硬化路的村民组', 'v_road_groups', '个'),
      I('集中供水受益户数', 'v_water_hh', '户'), I('卫生厕所户数', 'v_toilet_hh', '户'), I('易地扶贫搬迁迁出户数', 'v_relocated_hh', '户'),
      C('七、基层组织'), I('中共党员', 'v_pm', '人'), S('其中：女党员', 'v_pm_f', '人'), S('少数民族党员', 'v_pm_minor', '人'), S('预备党员', 'v_pm_prob', '人'),
      I('流动党员', 'v_pm_float', '人'), I('村“两委”成员人数', 'v_cadres', '人'), S('其中：女性成员', 'v_cadres_f', '人'),
      I('是否书记主任“一肩挑”', 'v_one_shoulder', null, 'boolean', '是/否'), I('驻村第一书记和工作队员', 'v_fs_team', '人'),
    ],
  }],
};

// ───────────────────────────── 县委组织部 ─────────────────────────────
const f32: Form = {
  file: '县委组织部/驻村第一书记和工作队员花名册.xlsx', dept: '县委组织部', freq: 'semiannual', title: '驻村第一书记和工作队员花名册',
  sheets: [{
    kind: 'columns', name: '花名册', seq: true, meta: '乡（镇）党委（盖章）：                      填报日期：    年  月  日',
    cols: [
      L('派驻村', 'v_name'), L('村类型', 'v_type', 'choice', null, ['脱贫村', '乡村振兴重点帮扶村', '易地扶贫搬迁安置社区', '党组织软弱涣散村', '其他']),
      L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION), L('出生年月', 'p_birth', 'date'),
      L('政治面貌', 'p_polit', 'choice', null, POLIT), L('学历', 'p_edu', 'choice', null, EDU),
      G('派出单位', L('单位名称', 'fs_unit'), L('单位层级', 'fs_unit_level', 'choice', null, ['中央', '省级', '市级', '县级', '乡镇'])),
      L('现任职务', 'fs_post'), L('驻村职务', 'fs_role', 'choice', null, ['第一书记', '工作队长', '工作队员']), L('派驻时间', 'fs_since', 'date'),
      L('联系电话', 'p_phone', 'phone'), R(),
    ],
    blank: 10, footer: true,
  }],
};
const f33: Form = {
  file: '县委组织部/村级党组织和村干部基本情况统计表.xlsx', dept: '县委组织部', freq: 'annual', title: '村级党组织和村干部队伍基本情况统计表',
  catalog: '村级党组织和村干部基本情况统计表',
  sheets: [{
    kind: 'columns', name: '基本情况', seq: true, villages: VILLAGES, total: true, codeRow: true,
    meta: '乡（镇）党委（盖章）：                         统计时间：    年  月  日',
    cols: [
      L('村（社区）', 'v_name'),
      G('党员（名）', L('总数', 'v_pm', 'integer', '名'), L('女党员', 'v_pm_f', 'integer', '名'), L('少数民族', 'v_pm_minor', 'integer', '名'),
        L('预备党员', 'v_pm_prob', 'integer', '名'), L('流动党员', 'v_pm_float', 'integer', '名')),
      G('村“两委”干部（名）', L('人数', 'v_cadres', 'integer', '名'), L('其中：女性', 'v_cadres_f', 'integer', '名')),
      L('书记主任是否“一肩挑”', 'v_one_shoulder', 'boolean', null, YN), L('驻村干部（名）', 'v_fs_team', 'integer', '名'), R(),
    ],
    footer: true,
  }],
};

// ───────────────────────────── 县妇联 ─────────────────────────────
const f34: Form = {
  file: '县妇联/农村留守儿童关爱服务台账.xlsx', dept: '县妇联', freq: 'semiannual', title: '农村留守儿童关爱服务工作台账',
  catalog: '农村留守儿童关爱服务台账', dictSheet: { name: '选项', visible: true },
  sheets: [{
    kind: 'columns', name: '留守儿童', seq: true, meta: '乡（镇）：                   村（居）：                   填报日期：    年  月  日',
    cols: [
      L('组', 'v_group'),
      G('儿童基本信息', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
        L('出生日期', 'p_birth', 'date'), L('身份证号', 'p_idno', 'idcard'), L('就读学校', 'p_school'), L('就读年级', 'p_grade', 'choice', null, GRADES)),
      L('留守类型', 'c_lb_type', 'choice', null, ['父母均外出', '父亲外出母亲无监护能力', '母亲外出父亲无监护能力']),
      G('父亲', L('姓名', 'c_father_name'), L('务工地点', 'c_father_work'), L('联系电话', 'c_father_phone', 'phone')),
      G('母亲', L('姓名', 'c_mother_name'), L('务工地点', 'c_mother_work'), L('联系电话', 'c_mother_phone', 'phone')),
      G('监护人', L('姓名', 'p_guardian_name'), L('与儿童关系', 'p_guardian_rel', 'choice', null, ['祖父母', '外祖父母', '其他亲属', '其他']),
        L('联系电话', 'p_guardian_phone', 'phone')),
      G('儿童主任', L('姓名', 'c_director_name'), L('联系电话', 'c_director_phone', 'phone')),
      L('是否结对帮扶', 'c_paired', 'boolean', null, YN), R(),
    ],
    blank: 12, footer: FOOT_CUN,
  }],
};
const AGE: XRow[] = [{ l: '0-2周岁', k: 'a0' }, { l: '3-5周岁', k: 'a3' }, { l: '6-11周岁', k: 'a6' }, { l: '12-15周岁', k: 'a12' }];
const f35: XForm = {
  file: '县妇联/2024年上半年农村留守儿童分年龄段统计表.xlsx', dept: '县妇联', freq: 'semiannual', catalog: false,
  title: '2024年上半年农村留守儿童分年龄段统计表',
  sheets: [{
    name: '年龄段统计', rowHead: ['年 龄 段'], lineCol: '行次', codeRow: true, total: '合  计', rows: AGE,
    meta: '乡（镇）：               村（居）：                   统计截止：2024年6月30日',
    cols: [G('留守儿童人数（人）', L('小计', 'all', 'integer', '人'), L('男', 'm', 'integer', '人'), L('女', 'f', 'integer', '人'))],
    cell: (r: XRow, leaf: Leaf) => ({ e: `g_lbc_${r.k}_${leaf.e}`, t: 'integer', u: '人' }),
    footer: '填表人：            审核人：            联系电话：',
    note: '注：请于7月5日前报县妇联；年龄按统计截止日周岁计算。',
  }],
};

const all: AnyForm[] = [
  { kit: f01 }, { kit: f02 }, { kit: f03 }, { kit: f04 }, { kit: f05 },
  { kit: f06 }, { kit: f07 }, { kit: f08 }, { kit: f08b }, { kit: f09 }, { kit: f10 },
  { kit: f11 }, { kit: f12 }, { kit: f13 }, { kit: f14 }, { kit: f16 }, { kit: f17 },
  { kit: f18 }, { kit: f19 }, { x: f20 }, { kit: f22 }, { x: f23 },
  { kit: f24 }, { x: f25 }, { kit: f26 }, { kit: f27 }, { kit: f28 }, { kit: f29 }, { kit: f30 },
  { kit: f32 }, { kit: f33 }, { kit: f34 }, { x: f35 },
];

void buildCorpus('blind15', path.join(import.meta.dirname ?? __dirname), all, [
  ['农村公益性岗位人员花名册.xlsx', '农村公益性岗位人员花名册', '县人社局', '月报'],
  ['森林防火重点时段值班巡查表.xlsx', '森林防火重点时段值班巡查表', '县林业局', '周报'],
], {
  title: 'blind15 — held-out corpus (贵州 XX县, 乡村振兴与基层民生报表, 2013–2025)',
  contents: [
    'A mountainous 贵州 county with 苗族 / 侗族 / 布依族 villages (乡镇 → 行政村 → 村民组 / 寨). The templates are what 14 county',
    'offices send to the villages: 县乡村振兴局 (with its predecessor 县扶贫开发办公室\'s folder of 2014–2016 templates), 县民政局, 县人社局,',
    '县医保局, 县卫健局, 县教育局, 县林业局, 县农业农村局, 县应急管理局, 县住建局, 县民宗局, 县统计局, 县委组织部, 县妇联. Frequencies run from',
    'weekly (汛期地质灾害巡查) to adhoc (探访记录, 劝返台账, 特色村寨调查). The gold conventions are in the header of build-corpus.ts.',
  ],
  shapes: [
    '- Long indicator-rows questionnaires: 村级统计年报 (59 indicator rows, 指标名称 | 计量单位 | 代码 | 本年 | 上年, 甲 乙 丙 code row,',
    '  表号 block, 60 / 65 / 80周岁 near-misses), 集体经济 收益分配 (22 rows, 农经5表, 金额单位：万元, code row), 易地搬迁 后续扶持',
    '  (本季度 | 上季度, side signature column), 社会救助 月报 (民统救02表), 营养改善 月报 (本月 | 本学期累计, a choice row with a',
    '  dropdown), 特色村寨 (two panels side by side, 制定机关 block);',
    '  numbered 一、 category rows and `其中：` sub-items throughout, signatures as a line, as cells or as a side column.',
    '- One form in five sheets: 2014 建档立卡 采集表 (表一 户, 表二 家庭成员, 表三 / 表四 one household\'s indicator rows, 表五 帮扶',
    '  责任人) with a visible 字典 sheet; 防返贫 台账 = roster + 村汇总 indicator sheet; 留守老人 台账 with a 填表说明 sheet; 留守儿童',
    '  台账 with a visible 选项 sheet; hidden dropdown sheets elsewhere; 示例 rows in two rosters.',
    '- Old .xls conversions (Sheet1 / Sheet2 / Sheet3, numbers as text, a stray empty row and column): 2016 动态管理 花名册 (a',
    '  扶贫开发信息系统 export line), 2017 护林员 选聘 花名册, 2013 危房改造 信息表 (no title row at all; only a note names the office).',
    '- Group headers that change the meaning (帮扶责任人 / 照料护理人 / 赡养人 / 监护人 / 父亲 / 母亲 / 儿童主任 / 签约医生 / 负责人 >',
    '  姓名, 联系电话; 基本生活费 vs 照料护理费 > 月标准) and ones that do not (基本信息, 儿童基本信息, 家庭情况, 房屋基本情况).',
    '- Grids: the kit\'s GridSheet (产业帮扶 产业 × 带动脱贫户 / 带动监测户; 地质灾害类型 × 隐患点 / 威胁对象 > 户数 | 人数; 民族 ×',
    '  人口数 > 合计 | 男 | 女) and four shapes of tests/blind15/extra.ts: row labels in two columns (产业类别 merged down |',
    '  产业名称) with a 计量单位 column giving the unit of the 种植面积（养殖规模） cells; months 1月…12月 across under 第一季度…第四季度;',
    '  the transposed grid (indicators down, five villages across under 各村（社区）); age bands × 小计 | 男 | 女 with a 行次 column,',
    '  an 甲 乙 1 2 3 code row and a 合计 row.',
    '- Synonyms across offices and years (撂荒面积 / 撂荒耕地面积, 村“两委”干部人数 / 村“两委”成员人数, 驻村干部 / 驻村第一书记和工作',
    '  队员, 户籍总人口 / 户籍人口, 证件号码 / 公民身份号码, 学历 / 文化程度, 探访时间 / 最近一次探访日期, 危房等级 / 鉴定等级, 劳务',
    '  报酬（元/年） / 年补助标准（元）, 带动农户 > 其中：脱贫户 / 带动脱贫户 …) and near-misses kept apart (年龄 ≠ 出生日期, 户数 ≠',
    '  人数, 应参保 ≠ 已参保, 家庭人口 ≠ 保障人口 ≠ 监测人数, 带动脱贫户 ≠ 带动监测户, 安置点 / 村寨 / 学校 counts ≠ the village\'s).',
    '- Catalog gaps: 11 templates are not in 报表清单.xlsx; their office and frequency come from the folder, the title (2024年度,',
    '  2023年第二季度, 2024年上半年), a 制定机关 block (XX县人力资源和社会保障局, XX县民族宗教事务局), a note (每季度第一个月10日前报县人社局,',
    '  每年1月10日前 … 报县民政局) or a system-export line; the 扶贫开发办公室 folder belongs to 县乡村振兴局.',
  ],
});
