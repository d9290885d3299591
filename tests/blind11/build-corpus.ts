/**
 * Held-out corpus "blind11": 32 templates of 13 offices of a rural county in 四川 (XX县: 白马镇, 龙溪乡, 青山镇; villages
 * and three 易地扶贫搬迁 安置社区), 2014–2025, from 精准扶贫 to 乡村振兴 / 防止返贫动态监测. Written from the brief, the
 * bench README and the kit only, without seeing the matcher or any other corpus but the kit example.
 *
 *   cd /work/main && npx tsx tests/blind11/build-corpus.ts     → tests/blind11/forms, 报表清单.xlsx, gold.json
 *   npx tsx tests/blind4/check-corpus.ts tests/blind11          → bad 0
 *
 * Forms per office (file → frequency; * = absent from the catalog):
 *   县乡村振兴局  防止返贫监测对象信息采集表 (two sheets: 户基本信息 indicator rows + 家庭成员 roster) adhoc;
 *                 防止返贫监测对象花名册 (system export) monthly; 易地扶贫搬迁安置点后续扶持情况统计表 quarterly;
 *                 *防返贫集中排查周报 weekly; *脱贫户和监测户帮扶责任人结对台账 (root) adhoc
 *   县农业农村局  农村经济基本情况统计年报 (表一…表五 + visible 选项 sheet + 填表说明) annual; 撂荒地整治进度月报 monthly;
 *                 *高标准农田建设项目情况表 annual; 农民专业合作社和家庭农场名录 adhoc
 *   县人社局      农村劳动力转移就业监测月报 monthly; 乡村公益性岗位人员花名册 monthly; *脱贫劳动力务工就业信息台账 (root,
 *                 system export) adhoc
 *   县医保局      城乡居民医保参保情况统计表 annual; *医疗救助对象台账 monthly
 *   县卫健局      家庭医生签约服务重点人群统计表 (grid) monthly; *大病专项救治登记表 adhoc
 *   县教育局      控辍保学工作台账 monthly; 2016年秋季学期建档立卡学生资助统计表 (.xls artefacts) semiannual
 *   县住建局      *2014年农村危房改造对象花名册 (.xls artefacts) annual; 农村房屋安全隐患排查整治台账 adhoc
 *   县水利局      农村饮水安全情况统计表 semiannual
 *   县林业局      生态护林员花名册 annual; *村级林长责任区公示表 adhoc
 *   县民政局      农村低保和特困人员花名册 monthly; *困难残疾人两项补贴发放花名册 monthly; 农村留守儿童和困境儿童信息台账 semiannual
 *   县残联        残疾人基本服务状况和需求信息动态更新调查表 annual
 *   县统计局      *2024年第三季度农村住户调查问卷 (two panels side by side) quarterly; 村级基本情况调查表（农业普查口径） adhoc
 *   县委组织部    村“两委”班子成员信息表 annual; 驻村第一书记和工作队员管理台账 monthly; *驻村第一书记名单 (root) adhoc
 *
 * GOLD CONVENTIONS beyond the bench README:
 *  - Same datum under different labels: 撂荒地面积 = 弃耕抛荒地面积 = 闲置撂荒耕地面积 (v_abandon, the current stock);
 *    劳动力资源总数 = 劳动年龄人口中有劳动能力的人数 = 劳动力人数 (v_labor); 外出务工劳动力 = 外出从业劳动力 (v_labor_out);
 *    村“两委”班子成员 = 村两委成员人数 (v_2w_n); 残疾人证号 = 残疾证编号; 户数 / 总人口 in the 饮水 table = 户籍户数 /
 *    户籍人口; 疾病名称 = 病种, 就诊医院 = 救治医院, 入院时间 = 入院日期 (医疗救助 台账 vs 大病专项救治); 派出单位 =
 *    选派单位, 驻村职务 = 驻村身份; 所在学校 = 就读学校; 负责人 > 姓名 (合作社名录) = 表五 负责人姓名; 撂荒月报 本年累计 >
 *    整治面积 = 年报 当年撂荒地整治复耕面积; 帮扶责任人 > 姓名 = 帮扶责任人 (indicator row) = 帮扶责任人 > 姓名 (台账).
 *  - Look alike but differ: 帮扶责任人 > 联系电话 (h_helper_phone) ≠ 户主 > 联系电话 (h_head_phone) ≠ a person's 联系电话;
 *    监护人 > 姓名 / 电话 ≠ the child's; 负责人 / 村级林长 / 管水员 names are their own elements; 易地扶贫搬迁 搬出户数
 *    (迁出村, 年报) ≠ 安置户数 (安置点); 转移就业人数 ≠ 外出务工劳动力 (转移就业 includes 县内就地就近); 本周 / 累计 新纳入
 *    监测户数 ≠ 监测对象总户数; 应参保 ≠ 已参保; the household's 当年医疗自付费用 (采集表) ≠ one stay's 个人自付费用;
 *    是否脱贫户 (household, 低保花名册) ≠ 是否脱贫人口 (person); 村级综合服务中心 (count, 年报) ≠ 安置点 社区服务中心建成;
 *    the 住户调查's household income / 常住人口 (hs_*) are never the village's or the 监测户's 家庭年人均纯收入;
 *    家庭人口 = 家庭人口数 (h_size) but 低保 保障人数 ≠ 家庭人口 (not every member is covered); 城乡居民医保 已参保人数 (village)
 *    ≠ a member's 是否参加城乡居民基本医疗保险; 生态护林员人数 (年报 / 林长 table) is a village count, never the 护林员 roster;
 *    the grid's cells (家庭医生签约) are their own elements; 危房改造 改造方式 = 农房整治 整治方式 (hw_mode) but 危房改造
 *    补助对象类别 ≠ 监测对象类别.
 *  - Same datum, person level: 姓名 / 患者姓名 / 学生姓名 (p_name) under a group that names the person (基本信息, 学生信息,
 *    残疾人基本情况) but 户主 > 姓名 = 户主姓名 (h_head_name); 身份证号 = 证件号码 = 公民身份号码 (p_idno); 学历 = 文化程度.
 *  - Partial truths kept on purpose: 村级调查表 (adhoc) repeats most of 年报 表一/表二 but keeps 拖拉机, 电子商务站点, 幼儿园 …;
 *    残联 动态更新 repeats the 两项补贴 roster but adds 康复服务需求 and 就业状况; 留守儿童 台账 (0.77) stays below 0.8.
 *  - Village tables name the 村/社区 (v_name); an 安置点（社区）名称 is also v_name (the 安置社区 is a community that
 *    receives these forms); 派驻村 is v_name.
 */
import path from 'node:path';
import { C, Corpus, D, EDU, G, I, L, NATION, POLIT, R, S, SEX, YN, type Form, type IndRow } from '../blind4/kit';

const VILLAGES = ['白马村', '青杠村', '桂花村', '金竹村', '石垭村', '双河社区'];
const SITES = ['白马镇幸福家园安置社区', '龙溪乡龙泉安置点', '青山镇新民安置社区'];
const NATION_SC = ['汉族', '彝族', '藏族', '羌族', '回族', '其他'];
const JC_TYPE = ['脱贫不稳定户', '边缘易致贫户', '突发严重困难户'];
const RISK = ['因病', '因残', '因学', '因意外事故', '因产业项目失败', '因务工就业不稳', '因自然灾害', '住房出现安全问题', '饮水安全问题', '其他'];
const REL = ['户主', '配偶', '之子', '之女', '之儿媳', '之女婿', '之孙子', '之孙女', '之父', '之母', '其他'];
const WORK = ['县内务工', '县外省内务工', '省外务工', '未务工'];
const DISAB_TYPE = ['视力残疾', '听力残疾', '言语残疾', '肢体残疾', '智力残疾', '精神残疾', '多重残疾'];
const DISAB_GRADE = ['一级', '二级', '三级', '四级'];
const STRUCT = ['砖混', '砖木', '土木', '石木', '木结构', '框架', '其他'];
const FOOT_CUN = '村（社区）负责人：            填表人：            联系电话：            填报日期：    年  月  日';
const FOOT_TOWN = '乡镇负责人：            经办人：            联系电话：            报送日期：    年  月  日';
const dv = (r: IndRow, v: string[]): IndRow => ({ ...r, dv: v });

const forms: Form[] = [
  // ───────────── 县乡村振兴局 ─────────────
  {
    file: '县乡村振兴局/防止返贫监测对象信息采集表.xlsx', dept: '县乡村振兴局', freq: 'adhoc', title: '防止返贫监测对象信息采集表',
    catalog: '防止返贫动态监测对象信息采集表',
    sheets: [
      {
        kind: 'indicator-rows', name: '户基本信息', source: '（一）户基本信息（全国防止返贫监测信息系统采集口径）',
        head: ['项    目', '单位', '填报内容'], sign: 'line',
        rows: [
          I('所在乡（镇）', 'v_town', null, 'text', '—'), I('所在行政村', 'v_name', null, 'text', '—'),
          I('户主姓名', 'h_head_name', null, 'text', '—'), I('户主证件号码', 'h_head_id', null, 'idcard', '—'),
          I('家庭人口数', 'h_size', '人'), I('户主联系电话', 'h_head_phone', null, 'phone', '—'),
          dv(I('监测对象类别', 'h_jc_type', null, 'choice', '—'), JC_TYPE), I('纳入监测时间', 'h_jc_date', null, 'date', '—'),
          C('风险情况'), dv(I('主要风险类型', 'h_risk_type', null, 'choice', '—'), RISK), D('家庭年人均纯收入', 'h_inc_net_pc', '元'), D('当年医疗自付费用', 'h_med_self', '元'),
          I('住房是否安全', 'h_house_safe', null, 'boolean', '是/否'), I('饮水是否安全', 'h_water_safe', null, 'boolean', '是/否'),
          I('有无义务教育阶段失学辍学', 'h_dropout', null, 'boolean', '有/无'),
          C('帮扶措施'), I('产业帮扶措施', 'h_m_industry', null, 'text', '—'), I('就业帮扶措施', 'h_m_job', null, 'text', '—'),
          I('综合保障措施', 'h_m_social', null, 'text', '—'), I('帮扶责任人', 'h_helper_name', null, 'text', '—'),
          I('帮扶责任人工作单位', 'h_helper_org', null, 'text', '—'), I('帮扶责任人职务', 'h_helper_post', null, 'text', '—'),
          I('帮扶责任人联系电话', 'h_helper_phone', null, 'phone', '—'),
          I('风险是否消除', 'h_risk_clear', null, 'boolean', '是/否'), I('风险消除时间', 'h_risk_clear_date', null, 'date', '—'),
        ],
      },
      {
        kind: 'columns', name: '家庭成员', title: '（二）家庭成员信息', seq: true,
        cols: [
          L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('证件号码', 'p_idno', 'idcard'),
          L('与户主关系', 'p_rel', 'choice', null, REL), L('出生日期', 'p_birth', 'date'), L('文化程度', 'p_edu', 'choice', null, EDU),
          L('在校生状况', 'p_school', 'choice', null, ['学前教育', '小学', '初中', '高中', '中职', '高职', '大专及以上', '非在校生']),
          L('健康状况', 'p_health', 'choice', null, ['健康', '长期慢性病', '患有大病', '残疾']),
          L('劳动技能', 'p_skill', 'choice', null, ['普通劳动力', '技能劳动力', '弱劳动力或半劳动力', '丧失劳动力', '无劳动力']),
          L('务工区域', 'p_work', 'choice', null, WORK), L('务工所在地', 'p_work_place'), L('务工时间（月）', 'p_work_months', 'integer', '月'),
          L('是否参加城乡居民基本医疗保险', 'p_med_ins', 'boolean', null, YN), L('是否参加城乡居民基本养老保险', 'p_pension', 'boolean', null, YN),
          R(),
        ],
        blank: 8, footer: '采集人：              户主签字（按手印）：              采集日期：    年  月  日',
      },
    ],
  },
  {
    file: '县乡村振兴局/防止返贫监测对象花名册.xlsx', dept: '县乡村振兴局', freq: 'monthly', title: '防止返贫监测对象花名册',
    sheets: [{
      kind: 'columns', name: '监测对象', seq: true, source: '（全国防止返贫监测信息系统导出，每月25日前核对更新）',
      cols: [
        L('乡镇', 'v_town'), L('行政村', 'v_name'),
        G('户主信息', L('姓名', 'h_head_name'), L('身份证号码', 'h_head_id', 'idcard'), L('联系电话', 'h_head_phone', 'phone')),
        L('家庭人口数', 'h_size', 'integer', '人'), L('监测对象类型', 'h_jc_type', 'choice', null, JC_TYPE),
        L('风险类型', 'h_risk_type', 'choice', null, RISK), L('纳入监测时间', 'h_jc_date', 'date'),
        G('帮扶责任人', L('姓名', 'h_helper_name'), L('工作单位', 'h_helper_org'), L('联系电话', 'h_helper_phone', 'phone')),
        L('风险是否消除', 'h_risk_clear', 'boolean', null, YN), L('风险消除时间', 'h_risk_clear_date', 'date'), R(),
      ],
      blank: 12, footer: FOOT_CUN,
    }],
  },
  {
    file: '县乡村振兴局/易地扶贫搬迁安置点后续扶持情况统计表.xlsx', dept: '县乡村振兴局', freq: 'quarterly', title: '易地扶贫搬迁集中安置点后续扶持情况统计表',
    catalog: '易地搬迁安置点后续扶持季报',
    sheets: [{
      kind: 'columns', name: '后续扶持', seq: true, villages: SITES, total: true, meta: '填报单位（盖章）：                        2025年第  季度',
      cols: [
        L('安置点（社区）名称', 'v_name'), L('安置户数（户）', 'v_relo_in_hh', 'integer', '户'), L('安置人口（人）', 'v_relo_in_n', 'integer', '人'),
        G('搬迁劳动力就业', L('劳动力人数', 'v_relo_labor', 'integer', '人'), L('已就业人数', 'v_relo_employed', 'integer', '人'),
          L('其中：公益性岗位安置', 'v_relo_gyg', 'integer', '人')),
        L('有劳动力零就业家庭（户）', 'v_relo_zero_hh', 'integer', '户'), L('配套产业园区（车间）（个）', 'v_relo_parks', 'integer', '个'),
        L('社区服务中心是否建成', 'v_relo_svc', 'boolean', null, YN), R(),
      ],
      footer: true,
    }],
  },
  {
    file: '县乡村振兴局/防返贫集中排查周报.xlsx', dept: '县乡村振兴局', freq: 'weekly', catalog: false, title: '防止返贫监测帮扶集中排查进度表',
    sheets: [{
      kind: 'columns', name: '周报', seq: true, villages: VILLAGES, total: true,
      meta: '乡镇：白马镇               统计时段：    月  日至    月  日            （每周五16:00前报县乡村振兴局）',
      cols: [
        L('村（社区）', 'v_name'), L('应排查农户数', 'v_scan_target_hh', 'integer', '户'),
        G('本周', L('排查户数', 'v_scan_w', 'integer', '户'), L('发现风险户数', 'v_scan_risk_w', 'integer', '户'),
          L('新纳入监测户数', 'v_jc_new_w', 'integer', '户'), L('新纳入监测人数', 'v_jc_new_n_w', 'integer', '人')),
        G('累计', L('排查户数', 'v_scan_cum', 'integer', '户'), L('新纳入监测户数', 'v_jc_new_cum', 'integer', '户')),
        L('监测对象总户数', 'v_jc_hh', 'integer', '户'), R(),
      ],
      footer: FOOT_TOWN,
    }],
  },
  {
    file: '脱贫户和监测户帮扶责任人结对台账.xlsx', dept: '县乡村振兴局', freq: 'adhoc', catalog: false, title: '脱贫户和监测户帮扶责任人结对台账',
    sheets: [{
      kind: 'columns', name: '结对台账', seq: true, stat: { code: '乡振01表', org: 'XX县乡村振兴局', approval: 'X乡振发〔2022〕6号' },
      cols: [
        L('乡（镇）', 'v_town'), L('村', 'v_name'), L('户主姓名', 'h_head_name'), L('户主身份证号', 'h_head_id', 'idcard'),
        L('家庭人口', 'h_size', 'integer', '人'),
        G('帮扶责任人', L('姓名', 'h_helper_name'), L('工作单位', 'h_helper_org'), L('职务', 'h_helper_post'), L('联系电话', 'h_helper_phone', 'phone')),
      ],
      blank: 15, note: '注：结对关系发生调整时随时更新，报县乡村振兴局备案。',
    }],
  },
  // ───────────── 县农业农村局 ─────────────
  {
    file: '县农业农村局/农村经济基本情况统计年报.xlsx', dept: '县农业农村局', freq: 'annual', title: '农村经济基本情况统计年报',
    catalog: '农村经济基本情况统计年报（表一至表五）', dictSheet: { name: '选项', visible: true },
    instructions: [
      '填表说明',
      '1. 本年报由村（社区）填报，乡镇农业服务中心审核汇总，次年1月15日前报县农业农村局农村经营管理股。',
      '2. 表一至表五为同一张年报的组成部分，请逐表填写，不得漏表。',
      '3. 面积单位为亩，金额单位为万元，保留两位小数。',
      '4. 表五每个经营主体填一行，“主体类型”“主营产业”按“选项”表中的内容下拉选择。',
    ],
    sheets: [
      {
        kind: 'indicator-rows', name: '表一', title: '农村经济基本情况统计年报', source: '表一  农村基本情况',
        stat: { code: '农经基1表', org: 'XX县农业农村局', approval: 'X农发〔2021〕14号' },
        meta: '填报单位（村/社区）：                                   2024年度', head: ['指标名称', '计量单位', '代码', '本年', '上年'],
        codeRow: true, sign: 'cells',
        rows: [
          C('一、人口和户数'), I('村民小组数', 'v_groups', '个'), I('户籍户数', 'v_hh_hj', '户'), I('户籍人口', 'v_pop_hj', '人'),
          S('其中：男性', 'v_pop_hj_m', '人'), S('女性', 'v_pop_hj_f', '人'), S('少数民族人口', 'v_pop_minor', '人'), I('常住人口', 'v_pop_cz', '人'),
          C('二、劳动力和就业'), I('劳动力资源总数', 'v_labor', '人'), S('其中：女性劳动力', 'v_labor_f', '人'),
          I('外出务工劳动力', 'v_labor_out', '人'), S('其中：省外务工', 'v_labor_out_prov', '人'), S('常年外出（6个月以上）', 'v_labor_out_6m', '人'),
          I('脱贫劳动力务工就业人数', 'v_tp_labor_work', '人'), I('从事第一产业的劳动力', 'v_labor_primary', '人'), I('返乡入乡创业人员', 'v_return_biz', '人'),
          C('三、巩固拓展脱贫攻坚成果'), I('脱贫户数', 'v_tp_hh', '户'), I('脱贫人口数', 'v_tp_n', '人'),
          I('纳入防止返贫监测对象户数', 'v_jc_hh', '户'), I('纳入防止返贫监测对象人数', 'v_jc_n', '人'), S('其中：已消除风险人数', 'v_jc_clear_n', '人'),
          I('易地扶贫搬迁搬出户数', 'v_relo_out_hh', '户'), I('易地扶贫搬迁搬出人口', 'v_relo_out_n', '人'),
          I('农村低保户数', 'v_dibao_hh', '户'), I('农村低保人数', 'v_dibao_n', '人'), I('特困供养人员', 'v_tk_n', '人'),
          C('四、基础设施和公共服务'), I('通硬化路的村民小组', 'v_road_groups', '个'), I('集中供水覆盖户数', 'v_water_central_hh', '户'),
          D('自来水普及率', 'v_tap_rate', '%'), I('村卫生室', 'v_clinic', '个'), I('村级综合服务中心', 'v_service_ctr', '个'),
          I('通宽带的村民小组', 'v_broadband', '个'), I('通动力电的村民小组', 'v_power_groups', '个'), I('农家书屋', 'v_library', '个'),
          I('执业（助理）医师', 'v_doctors', '人'),
          C('五、村级组织'), I('村“两委”班子成员', 'v_2w_n', '人'), S('其中：书记、主任“一肩挑”', 'v_yjt', '人'), I('党员人数', 'v_pm', '人'),
          I('驻村工作队员', 'v_zc_n', '人'),
          C('六、农业生产'), D('粮食播种面积', 'v_grain_area', '亩'), D('蔬菜播种面积', 'v_veg_area', '亩'), D('茶园面积', 'v_tea', '亩'),
          I('生猪出栏', 'v_pig_out', '头'), I('年末生猪存栏', 'v_pig_stock', '头'), D('农村居民人均可支配收入', 'v_inc_pc', '元'),
        ],
      },
      {
        kind: 'indicator-rows', name: '表二', title: '表二  土地承包经营和耕地保护情况', head: ['指标名称', '计量单位', '代码', '本年'],
        rows: [
          C('一、耕地'), D('耕地面积', 'v_land', '亩'), S('其中：水田', 'v_land_paddy', '亩', 'decimal'), S('旱地', 'v_land_dry', '亩', 'decimal'),
          D('永久基本农田面积', 'v_basic_farmland', '亩'), D('高标准农田累计建成面积', 'v_hsfarm', '亩'), S('其中：当年新建', 'v_hsfarm_new', '亩', 'decimal'),
          D('撂荒地面积', 'v_abandon', '亩'), D('当年撂荒地整治复耕面积', 'v_abandon_fix_y', '亩'),
          C('二、家庭承包经营'), I('家庭承包经营的农户数', 'v_contract_hh', '户'), D('家庭承包耕地面积', 'v_contract_land', '亩'),
          D('土地经营权流转总面积', 'v_tl', '亩'), S('其中：流转入农民专业合作社', 'v_tl_coop', '亩', 'decimal'), S('流转入家庭农场', 'v_tl_farm', '亩', 'decimal'),
          S('流转入企业', 'v_tl_ent', '亩', 'decimal'), I('签订流转合同份数', 'v_tl_contracts', '份'),
          C('三、林地'), D('林地面积', 'v_forest', '亩'), S('其中：公益林', 'v_forest_public', '亩', 'decimal'), I('生态护林员人数', 'v_ranger_n', '人'),
        ],
      },
      {
        kind: 'indicator-rows', name: '表三', title: '表三  村集体经济组织收益分配情况', head: ['项    目', '单位', '代码', '本年', '上年'],
        rows: [
          C('一、集体经济组织'), I('集体经济组织成员数', 'v_ce_members', '人'), I('成员户数', 'v_ce_member_hh', '户'),
          C('二、收入'), D('本年收入合计', 'v_ce_inc', '万元'), S('其中：经营收入', 'v_ce_inc_op', '万元', 'decimal'), S('发包及上交收入', 'v_ce_inc_contract', '万元', 'decimal'),
          S('投资收益', 'v_ce_inc_inv', '万元', 'decimal'), S('补助收入', 'v_ce_inc_sub', '万元', 'decimal'), S('其他收入', 'v_ce_inc_other', '万元', 'decimal'),
          C('三、支出和收益分配'), D('本年支出合计', 'v_ce_exp', '万元'), D('本年收益', 'v_ce_profit', '万元'), D('可分配收益', 'v_ce_dist', '万元'),
          S('其中：向成员分红', 'v_ce_dividend', '万元', 'decimal'),
          C('四、资产负债'), D('资产总额', 'v_ce_assets', '万元'), S('其中：经营性资产', 'v_ce_assets_op', '万元', 'decimal'), D('负债总额', 'v_ce_debt', '万元'),
        ],
      },
      {
        kind: 'indicator-rows', name: '表四', title: '表四  新型农业经营主体和社会化服务情况', head: ['指标名称', '计量单位', '代码', '本年'],
        rows: [
          C('一、农民专业合作社'), I('农民专业合作社数', 'v_coop_n', '个'), S('其中：县级及以上示范社', 'v_coop_demo', '个'),
          I('合作社成员数', 'v_coop_members', '户'), S('其中：脱贫户和监测户成员', 'v_coop_tp', '户'),
          C('二、家庭农场'), I('家庭农场数', 'v_farm_n', '个'), S('其中：县级及以上示范家庭农场', 'v_farm_demo', '个'), D('家庭农场经营土地面积', 'v_farm_land', '亩'),
          C('三、农业社会化服务'), I('农业社会化服务组织数', 'v_svc_org', '个'), D('生产托管服务面积', 'v_svc_area', '亩'),
          I('带动脱贫户和监测户户数', 'v_drive_tp', '户'),
        ],
      },
      {
        kind: 'columns', name: '表五', title: '表五  农民专业合作社、家庭农场名录', seq: true,
        cols: [
          L('主体名称', 'e_name'), L('主体类型', 'e_type', 'choice', null, ['农民专业合作社', '农民专业合作社联合社', '家庭农场']),
          L('统一社会信用代码', 'e_uscc'), L('负责人姓名', 'e_head_name'), L('负责人联系电话', 'e_head_phone', 'phone'),
          L('主营产业', 'e_industry', 'choice', null, ['粮油', '蔬菜', '水果', '茶叶', '中药材', '生猪', '牛羊', '家禽', '其他']),
          L('成员（户）', 'e_members', 'integer', '户'), L('经营土地面积（亩）', 'e_land', 'decimal', '亩'),
          L('是否示范主体', 'e_demo', 'boolean', null, YN), L('带动脱贫户（户）', 'e_drive_tp', 'integer', '户'), R(),
        ],
        blank: 8,
      },
    ],
  },
  {
    file: '县农业农村局/撂荒地整治进度月报.xlsx', dept: '县农业农村局', freq: 'monthly', title: '撂荒地整治利用进度月报表',
    sheets: [{
      kind: 'columns', name: '月报', seq: true, villages: VILLAGES, total: true, codeRow: true,
      meta: '乡镇（盖章）：白马镇                  2024年  月        单位：亩',
      cols: [
        L('村（社区）', 'v_name'), L('弃耕抛荒地面积', 'v_abandon', 'decimal', '亩'),
        G('本月', L('整治面积', 'v_abandon_fix_m', 'decimal', '亩'), L('其中：复耕种植粮食', 'v_abandon_grain_m', 'decimal', '亩')),
        G('本年累计', L('整治面积', 'v_abandon_fix_y', 'decimal', '亩'), L('其中：复耕种植粮食', 'v_abandon_grain_y', 'decimal', '亩')),
        L('整治率（%）', 'v_abandon_rate', 'decimal', '%'), L('未整治原因', 'v_abandon_reason'), R(),
      ],
      footer: FOOT_TOWN,
    }],
  },
  {
    file: '县农业农村局/高标准农田建设项目情况表.xlsx', dept: '县农业农村局', freq: 'annual', catalog: false, title: '2023年度高标准农田建设项目情况表',
    sheets: [{
      kind: 'columns', name: '项目情况', seq: true, stat: { code: '农田建设02表', org: 'XX县农业农村局', approval: 'X农发〔2023〕9号' },
      meta: '填报单位：                       （盖章）',
      cols: [
        L('项目名称', 'hsf_name'), L('涉及村（社区）', 'v_name'), L('建设面积（亩）', 'hsf_area', 'decimal', '亩'),
        G('投资（万元）', L('总投资', 'hsf_invest', 'decimal', '万元'), L('其中：财政资金', 'hsf_invest_gov', 'decimal', '万元')),
        L('主要建设内容', 'hsf_content'), L('开工时间', 'hsf_start', 'date'), L('完工时间', 'hsf_end', 'date'),
        L('是否通过验收', 'hsf_accepted', 'boolean', null, YN), L('管护主体', 'hsf_keeper'),
        G('管护责任人', L('姓名', 'hsf_keeper_name'), L('联系电话', 'hsf_keeper_phone', 'phone')), R(),
      ],
      blank: 8, footer: true,
    }],
  },
  {
    file: '县农业农村局/农民专业合作社和家庭农场名录.xlsx', dept: '县农业农村局', freq: 'adhoc', title: '农民专业合作社和家庭农场名录',
    sheets: [{
      kind: 'columns', name: '名录', seq: true, meta: '乡镇：                    （名录有变化时及时更新）',
      cols: [
        L('所在村', 'v_name'),
        G('基本信息', L('名称', 'e_name'), L('类型', 'e_type', 'choice', null, ['农民专业合作社', '农民专业合作社联合社', '家庭农场']),
          L('统一社会信用代码', 'e_uscc')),
        G('负责人', L('姓名', 'e_head_name'), L('手机号码', 'e_head_phone', 'phone')),
        L('主导产业', 'e_industry'), L('入社（场）成员户数', 'e_members', 'integer', '户'), L('经营面积（亩）', 'e_land', 'decimal', '亩'),
      ],
      blank: 10,
    }],
  },
  // ───────────── 县人社局 ─────────────
  {
    file: '县人社局/农村劳动力转移就业监测月报.xlsx', dept: '县人社局', freq: 'monthly', title: '农村劳动力转移就业监测月报表',
    catalog: '农村劳动力转移就业月报',
    sheets: [{
      kind: 'columns', name: '转移就业', seq: true, villages: VILLAGES, total: true, meta: '填报单位（盖章）：白马镇                2025年  月',
      cols: [
        L('村（社区）', 'v_name'), L('劳动年龄人口中有劳动能力的人数', 'v_labor', 'integer', '人'),
        G('转移就业人数', L('合计', 'v_transfer', 'integer', '人'), L('县内', 'v_transfer_county', 'integer', '人'),
          L('县外省内', 'v_transfer_prov', 'integer', '人'), L('省外', 'v_transfer_out', 'integer', '人')),
        G('其中：脱贫劳动力', L('劳动力人数', 'v_tp_labor', 'integer', '人'), L('务工就业人数', 'v_tp_labor_work', 'integer', '人')),
        L('公益性岗位安置人数', 'v_gyg_n', 'integer', '人'), L('本月新增转移就业', 'v_transfer_new_m', 'integer', '人'), R(),
      ],
      footer: true,
    }],
  },
  {
    file: '县人社局/乡村公益性岗位人员花名册.xlsx', dept: '县人社局', freq: 'monthly', title: '乡村公益性岗位在岗人员花名册',
    sheets: [{
      kind: 'columns', name: '花名册', seq: true, meta: '乡镇（盖章）：                   岗位补贴发放月份：    年  月',
      cols: [
        L('乡镇', 'v_town'), L('村（社区）', 'v_name'), L('姓  名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX),
        L('身份证号码', 'p_idno', 'idcard'), L('人员类别', 'p_gyg_cls', 'choice', null, ['脱贫人口', '监测对象', '其他就业困难人员']),
        L('岗位类别', 'p_gyg_type', 'choice', null, ['保洁', '护路', '护林', '护河', '治安协管', '养老服务', '其他']),
        L('上岗时间', 'p_gyg_start', 'date'), L('月岗位补贴（元）', 'p_gyg_pay', 'decimal', '元'), L('联系电话', 'p_phone', 'phone'),
        L('社保卡银行账号', 'p_bank_acct'), R(),
      ],
      blank: 12, total: true, footer: true,
    }],
  },
  {
    file: '脱贫劳动力务工就业信息台账（系统导出）.xlsx', dept: '县人社局', freq: 'adhoc', catalog: false, title: '脱贫劳动力务工就业信息台账',
    sheets: [{
      kind: 'columns', name: 'Sheet0', source: '数据来源：县人社局就业信息平台（脱贫劳动力务工模块）导出，按需核对',
      cols: [
        G('基本信息', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice'), L('身份证号', 'p_idno', 'idcard')), L('所在村', 'v_name'), L('户主姓名', 'h_head_name'),
        G('务工情况', L('务工地域', 'p_work', 'choice'), L('务工地点', 'p_work_place'), L('务工时长（月）', 'p_work_months', 'integer', '月')),
        L('联系电话', 'p_phone', 'phone'),
      ],
      blank: 15,
    }],
  },
  // ───────────── 县医保局 ─────────────
  {
    file: '县医保局/城乡居民医保参保情况统计表.xlsx', dept: '县医保局', freq: 'annual', title: '城乡居民基本医疗保险参保情况统计表',
    sheets: [{
      kind: 'columns', name: '参保统计', seq: true, villages: VILLAGES, total: true, meta: '乡镇：白马镇                        2025年度（集中征缴期结束后）',
      cols: [
        L('村（社区）', 'v_name'), L('户籍人口（人）', 'v_pop_hj', 'integer', '人'), L('应参保人数', 'v_ins_target', 'integer', '人'),
        L('已参保人数', 'v_ins_done', 'integer', '人'), L('参保率（%）', 'v_ins_rate', 'decimal', '%'),
        G('其中：特殊群体参保（人）', L('脱贫人口', 'v_ins_tp', 'integer', '人'), L('监测对象', 'v_ins_jc', 'integer', '人'),
          L('低保对象', 'v_ins_dibao', 'integer', '人'), L('特困人员', 'v_ins_tk', 'integer', '人')),
        L('资助参保人数', 'v_ins_sub_n', 'integer', '人'), L('资助金额（元）', 'v_ins_sub_amt', 'decimal', '元'), R(),
      ],
      footer: true,
    }],
  },
  {
    file: '县医保局/医疗救助对象台账.xlsx', dept: '县医保局', freq: 'monthly', catalog: false, title: '医疗救助对象住院救助台账',
    sheets: [{
      kind: 'columns', name: '救助台账', seq: true, meta: '乡镇：                  月份：    年  月          （每月5日前报县医保局医疗救助股）',
      cols: [
        L('乡镇', 'v_town'), L('村（社区）', 'v_name'), L('患者姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX),
        L('身份证号', 'p_idno', 'idcard'),
        L('救助对象类别', 'p_mr_cls', 'choice', null, ['特困人员', '低保对象', '脱贫不稳定人口', '边缘易致贫人口', '突发严重困难人口', '其他']),
        L('疾病名称', 'p_disease'), L('就诊医院', 'p_hosp'), L('入院时间', 'p_in_date', 'date'), L('出院时间', 'p_out_date', 'date'),
        L('医疗总费用（元）', 'p_med_total', 'decimal', '元'),
        G('报销情况（元）', L('基本医保', 'p_reimb_basic', 'decimal', '元'), L('大病保险', 'p_reimb_big', 'decimal', '元'),
          L('医疗救助', 'p_reimb_aid', 'decimal', '元')),
        L('个人自付（元）', 'p_self_pay', 'decimal', '元'), R(),
      ],
      blank: 12, total: true, footer: true,
    }],
  },
  // ───────────── 县卫健局 ─────────────
  {
    file: '县卫健局/家庭医生签约服务重点人群统计表.xlsx', dept: '县卫健局', freq: 'monthly', title: '家庭医生签约服务重点人群统计表',
    sheets: [{
      kind: 'grid', name: '签约统计', key: '重点人群', prefix: 'g_fd', meta: '乡镇卫生院：                  村卫生室：                  2025年  月',
      rows: [
        { l: '脱贫人口', k: 'tp' }, { l: '监测对象', k: 'jc' }, { l: '65岁及以上老年人', k: 'old65' }, { l: '高血压患者', k: 'htn' },
        { l: '持证残疾人', k: 'disab' },
        { l: '0—6岁儿童', k: 'child' },
      ],
      cols: [
        L('应签约人数', 'target', 'integer', '人'), L('已签约人数', 'signed', 'integer', '人'), L('签约率（%）', 'rate', 'decimal', '%'),
        L('本月履约随访（人次）', 'visit_m', 'integer', '人次'),
      ],
      total: true, footer: true,
    }],
  },
  {
    file: '县卫健局/大病专项救治登记表.xlsx', dept: '县卫健局', freq: 'adhoc', catalog: false, title: '农村贫困人口大病专项救治登记表',
    sheets: [{
      kind: 'columns', name: '登记表', seq: true, meta: '填报单位：XX县卫生健康局（经办医疗机构随时登记）',
      cols: [
        L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('公民身份号码', 'p_idno', 'idcard'),
        L('病种', 'p_disease', 'choice', null, ['儿童白血病', '儿童先心病', '食管癌', '胃癌', '结肠癌', '直肠癌', '终末期肾病', '其他']),
        L('救治医院', 'p_hosp'), L('入院日期', 'p_in_date', 'date'), L('出院日期', 'p_out_date', 'date'),
        L('医疗总费用（元）', 'p_med_total', 'decimal', '元'), L('个人自付费用（元）', 'p_self_pay', 'decimal', '元'),
      ],
      blank: 10, footer: true,
    }],
  },
  // ───────────── 县教育局 ─────────────
  {
    file: '县教育局/控辍保学工作台账.xlsx', dept: '县教育局', freq: 'monthly', title: '义务教育控辍保学工作台账',
    sheets: [{
      kind: 'columns', name: '台账', seq: true, meta: '乡镇：                    学校：                    （每月底动态更新）',
      cols: [
        L('乡镇', 'v_town'), L('村（社区）', 'v_name'),
        G('学生信息', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号', 'p_idno', 'idcard'), L('出生日期', 'p_birth', 'date')),
        L('所在学校', 'stu_school'), L('年级', 'stu_grade'),
        L('辍学（失学）原因', 'stu_drop_reason', 'choice', null, ['厌学', '外出务工', '早婚早育', '身体原因', '家庭困难', '其他']),
        L('是否脱贫家庭学生', 'p_is_tp', 'boolean', null, YN),
        G('监护人', L('姓名', 'g_name'), L('与学生关系', 'g_rel', 'choice', null, ['父亲', '母亲', '祖父母', '外祖父母', '其他']), L('联系电话', 'g_phone', 'phone')),
        L('劝返复学情况', 'stu_return', 'choice', null, ['已复学', '送教上门', '劝返中', '其他']), L('复学日期', 'stu_return_date', 'date'),
        L('包保责任人', 'stu_resp_name'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '县教育局/2016年秋季学期建档立卡学生资助统计表.xlsx', dept: '县教育局', freq: 'semiannual', title: '2016年秋季学期建档立卡贫困家庭学生资助情况统计表',
    catalog: '建档立卡学生资助情况统计表', xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'columns', name: 'Sheet1', startCol: 1, blankTop: 1, textNums: true, seq: true, codeRow: true,
      meta: '填报单位（盖章）：                学校（乡镇中心校）                2016年  月  日',
      cols: [
        L('乡镇', 'v_town'), L('村', 'v_name'), L('学生姓名', 'p_name'), L('身份证号码', 'p_idno', 'idcard'), L('就读学校', 'stu_school'),
        L('学段', 'stu_stage', 'choice', null, ['学前', '小学', '初中', '高中', '中职', '高校']), L('年级', 'stu_grade'), L('户主姓名', 'h_head_name'),
        L('资助项目', 'aid_item'), L('资助金额（元）', 'aid_amt', 'decimal', '元'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  // ───────────── 县住建局 ─────────────
  {
    file: '县住建局/2014年农村危房改造对象花名册.xlsx', dept: '县住建局', freq: 'annual', catalog: false, title: '2014年农村危房改造对象花名册',
    xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'columns', name: 'Sheet1', startCol: 1, textNums: true, seq: true, codeRow: true,
      meta: '乡镇（盖章）：                    填报日期：2014年  月  日          （报县住房和城乡建设局村镇股）',
      cols: [
        L('乡镇', 'v_town'), L('村', 'v_name'), L('户主姓名', 'h_head_name'), L('身份证号码', 'h_head_id', 'idcard'), L('家庭人口', 'h_size', 'integer', '人'),
        L('补助对象类别', 'hw_cls', 'choice', null, ['五保户', '低保户', '贫困残疾人家庭', '建档立卡贫困户', '其他贫困户']),
        L('房屋结构', 'house_struct', 'choice', null, STRUCT), L('危险等级', 'house_grade', 'choice', null, ['C级', 'D级']),
        L('改造方式', 'hw_mode', 'choice', null, ['拆除重建', '修缮加固']), L('补助资金（元）', 'hw_sub', 'decimal', '元'),
        L('竣工时间', 'hw_done_date', 'date'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '县住建局/农村房屋安全隐患排查整治台账.xlsx', dept: '县住建局', freq: 'adhoc', title: '农村房屋安全隐患排查整治台账',
    catalog: '农房安全隐患排查整治台账',
    sheets: [{
      kind: 'columns', name: '排查台账', seq: true, meta: '乡镇：                 村（社区）：                 排查日期：    年  月  日',
      cols: [
        L('乡镇', 'v_town'), L('村（社区）', 'v_name'),
        G('户主情况', L('姓名', 'h_head_name'), L('身份证号', 'h_head_id', 'idcard'), L('联系电话', 'h_head_phone', 'phone')),
        L('房屋地址', 'house_addr'), L('建造年代', 'house_year'), L('结构类型', 'house_struct', 'choice', null, STRUCT),
        L('层数', 'house_floors', 'integer', '层'), L('建筑面积（㎡）', 'house_area', 'decimal', '平方米'),
        L('是否经营性自建房', 'house_biz', 'boolean', null, YN), L('安全性鉴定等级', 'house_grade', 'choice', null, ['A级', 'B级', 'C级', 'D级']),
        L('整治方式', 'hw_mode', 'choice', null, ['拆除重建', '维修加固', '停止使用', '其他']), R(),
      ],
      blank: 12, footer: FOOT_CUN,
    }],
  },
  // ───────────── 县水利局 ─────────────
  {
    file: '县水利局/农村饮水安全情况统计表.xlsx', dept: '县水利局', freq: 'semiannual', title: '农村饮水安全情况统计表',
    catalog: '农村饮水安全情况半年报',
    sheets: [{
      kind: 'columns', name: '饮水安全', seq: true, villages: VILLAGES, total: true, meta: '乡镇：白马镇                   2025年上（下）半年',
      cols: [
        L('村（社区）', 'v_name'), L('户数（户）', 'v_hh_hj', 'integer', '户'), L('总人口（人）', 'v_pop_hj', 'integer', '人'),
        G('集中供水', L('工程处数', 'v_water_works', 'integer', '处'), L('覆盖户数', 'v_water_central_hh', 'integer', '户'),
          L('覆盖人口', 'v_water_central_n', 'integer', '人')),
        G('分散供水', L('户数', 'v_water_disp_hh', 'integer', '户'), L('人口', 'v_water_disp_n', 'integer', '人')),
        L('自来水普及率（%）', 'v_tap_rate', 'decimal', '%'), L('存在饮水安全问题户数', 'v_water_problem_hh', 'integer', '户'),
        G('村级管水员', L('姓名', 'w_keeper_name'), L('联系电话', 'w_keeper_phone', 'phone')), R(),
      ],
      footer: true,
    }],
  },
  // ───────────── 县林业局 ─────────────
  {
    file: '县林业局/生态护林员花名册.xlsx', dept: '县林业局', freq: 'annual', title: '建档立卡生态护林员花名册',
    catalog: '生态护林员花名册',
    sheets: [{
      kind: 'columns', name: '护林员', seq: true, meta: '乡镇（林业站）：                               2025年度',
      cols: [
        L('乡镇', 'v_town'), L('村', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号码', 'p_idno', 'idcard'),
        L('出生年月', 'p_birth', 'date'), L('是否脱贫人口', 'p_is_tp', 'boolean', null, YN), L('管护区域', 'ranger_zone'),
        L('管护面积（亩）', 'ranger_area', 'decimal', '亩'), L('聘用时间', 'ranger_start', 'date'), L('年劳务补助（元）', 'ranger_pay', 'decimal', '元'),
        L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '县林业局/村级林长责任区公示表.xlsx', dept: '县林业局', freq: 'adhoc', catalog: false, title: '村级林长责任区域公示表',
    sheets: [{
      kind: 'columns', name: '公示表', seq: true, villages: VILLAGES, meta: '乡镇：白马镇          （林长调整后及时更新，报县林长制办公室）',
      cols: [
        L('村（社区）', 'v_name'), G('村级林长', L('姓名', 'lz_name'), L('职务', 'lz_post'), L('联系电话', 'lz_phone', 'phone')),
        L('责任区林地面积（亩）', 'v_forest', 'decimal', '亩'), L('其中：公益林（亩）', 'v_forest_public', 'decimal', '亩'),
        L('生态护林员（人）', 'v_ranger_n', 'integer', '人'), R(),
      ],
    }],
  },
  // ───────────── 县民政局 ─────────────
  {
    file: '县民政局/农村低保和特困人员花名册.xlsx', dept: '县民政局', freq: 'monthly', title: '农村最低生活保障和特困人员救助供养对象花名册',
    catalog: '农村低保特困对象花名册',
    sheets: [{
      kind: 'columns', name: '花名册', seq: true, meta: '乡镇（盖章）：                                         年    月',
      cols: [
        L('乡镇', 'v_town'), L('村（社区）', 'v_name'), G('户主', L('姓名', 'h_head_name'), L('身份证号', 'h_head_id', 'idcard')),
        L('保障类别', 'sa_cls', 'choice', null, ['农村低保', '特困供养（分散）', '特困供养（集中）']), L('保障人数', 'h_dibao_n', 'integer', '人'),
        L('月保障金额（元）', 'h_dibao_pay', 'decimal', '元'), L('纳入保障时间', 'h_dibao_since', 'date'),
        L('是否脱贫户', 'h_is_tp', 'boolean', null, YN), L('是否监测户', 'h_is_jc', 'boolean', null, YN), L('“一卡通”账号', 'h_bank_acct'), R(),
      ],
      blank: 12, footer: true,
    }],
  },
  {
    file: '县民政局/困难残疾人两项补贴发放花名册.xlsx', dept: '县民政局', freq: 'monthly', catalog: false, title: '困难残疾人生活补贴和重度残疾人护理补贴发放花名册',
    sheets: [{
      kind: 'columns', name: '发放表', seq: true, meta: '乡镇：                发放年月：     年  月        （每月10日前报县民政局社会事务股）',
      cols: [
        L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('身份证号', 'p_idno', 'idcard'), L('残疾人证号', 'p_disab_no'),
        L('残疾类别', 'p_disab_type', 'choice', null, DISAB_TYPE), L('残疾等级', 'p_disab_grade', 'choice', null, DISAB_GRADE),
        L('补贴类别', 'p_disab_sub', 'choice', null, ['困难残疾人生活补贴', '重度残疾人护理补贴', '两项补贴']),
        L('发放金额（元）', 'p_disab_pay', 'decimal', '元'), R(),
      ],
      blank: 12, total: true, footer: true,
    }],
  },
  {
    file: '县民政局/农村留守儿童和困境儿童信息台账.xlsx', dept: '县民政局', freq: 'semiannual', title: '农村留守儿童和困境儿童基本信息台账',
    catalog: '留守儿童和困境儿童信息台账',
    sheets: [{
      kind: 'columns', name: '儿童台账', seq: true, meta: '乡镇：                村（社区）儿童主任：                 2025年上（下）半年',
      cols: [
        L('乡镇', 'v_town'), L('村（社区）', 'v_name'),
        G('基本信息', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号', 'p_idno', 'idcard'), L('出生日期', 'p_birth', 'date')),
        L('儿童类别', 'ch_type', 'choice', null, ['农村留守儿童', '困境儿童', '事实无人抚养儿童', '孤儿']), L('就读学校', 'stu_school'),
        G('父母情况', L('父亲外出务工地', 'ch_father_place'), L('母亲外出务工地', 'ch_mother_place')),
        G('监护人', L('姓名', 'g_name'), L('与儿童关系', 'g_rel', 'choice', null, ['父亲', '母亲', '祖父母', '外祖父母', '其他亲属', '其他']), L('联系电话', 'g_phone', 'phone')), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  // ───────────── 县残联 ─────────────
  {
    file: '县残联/残疾人基本服务状况和需求信息数据动态更新调查表.xlsx', dept: '县残联', freq: 'annual',
    title: '残疾人基本服务状况和需求信息数据动态更新调查表', catalog: '残疾人服务状况和需求信息动态更新',
    sheets: [{
      kind: 'columns', name: '调查表', seq: true, meta: '乡镇：                    村（社区）：                    调查员：',
      cols: [
        L('乡镇', 'v_town'), L('村（社区）', 'v_name'),
        G('残疾人基本情况', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号码', 'p_idno', 'idcard'),
          L('残疾证编号', 'p_disab_no'), L('残疾类别', 'p_disab_type', 'choice', null, DISAB_TYPE),
          L('残疾等级', 'p_disab_grade', 'choice', null, DISAB_GRADE)),
        L('是否脱贫人口', 'p_is_tp', 'boolean', null, YN), L('享受两项补贴情况', 'p_disab_sub', 'choice', null, ['困难残疾人生活补贴', '重度残疾人护理补贴', '两项补贴', '未享受']),
        L('康复服务需求', 'p_rehab_need', 'choice', null, ['医疗', '功能训练', '辅助器具', '护理', '无']),
        L('就业状况', 'p_disab_job', 'choice', null, ['按比例就业', '集中就业', '个体就业', '公益性岗位', '农业种养', '未就业']),
        L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 10, footer: '调查员：              审核人：              调查日期：    年  月  日',
    }],
  },
  // ───────────── 县统计局 ─────────────
  {
    file: '县统计局/2024年第三季度农村住户调查问卷.xlsx', dept: '县统计局', freq: 'quarterly', catalog: false, title: '2024年第三季度农村住户收支调查问卷',
    sheets: [{
      kind: 'indicator-rows', name: '住户问卷', head: ['指标名称', '计量单位', '代码', '本季'], sign: 'side',
      stat: { code: '住调季表', org: 'XX县统计局（国家统计局XX调查队）', approval: '国统制〔2023〕12号' },
      meta: '调查户编码：            户主姓名：            记账员：',
      rows: [
        C('一、住户成员'), I('常住成员人数', 'hs_pop', '人'), S('其中：外出从业人员', 'hs_out', '人'), I('劳动力人数', 'hs_labor', '人'),
        C('二、可支配收入'), D('工资性收入', 'hs_inc_wage', '元'), S('其中：本地务工收入', 'hs_inc_wage_local', '元', 'decimal'), S('外出务工收入', 'hs_inc_wage_out', '元', 'decimal'),
        D('经营净收入', 'hs_inc_op', '元'), S('其中：第一产业净收入', 'hs_inc_op1', '元', 'decimal'),
        D('财产净收入', 'hs_inc_prop', '元'), S('其中：土地流转租金', 'hs_inc_rent', '元', 'decimal'),
        D('转移净收入', 'hs_inc_tr', '元'), S('其中：养老金或离退休金', 'hs_inc_pension', '元', 'decimal'), S('社会救济和补助', 'hs_inc_relief', '元', 'decimal'),
        S('政策性生活补贴', 'hs_inc_subsidy', '元', 'decimal'), S('外出从业人员寄回带回', 'hs_inc_remit', '元', 'decimal'),
      ],
      rows2: [
        C('三、消费支出'), D('食品烟酒', 'hs_exp_food', '元'), D('衣着', 'hs_exp_cloth', '元'), D('居住', 'hs_exp_house', '元'),
        D('生活用品及服务', 'hs_exp_goods', '元'), D('交通通信', 'hs_exp_traffic', '元'), D('教育文化娱乐', 'hs_exp_edu', '元'),
        D('医疗保健', 'hs_exp_med', '元'),
        C('四、耐用消费品拥有量（季末）'), I('家用汽车', 'hs_car', '辆'), I('摩托车、电动助力车', 'hs_moto', '辆'), I('洗衣机', 'hs_washer', '台'),
        I('电冰箱（柜）', 'hs_fridge', '台'), I('空调', 'hs_ac', '台'), I('移动电话', 'hs_mobile', '部'),
        C('五、居住情况'), D('住房建筑面积', 'hs_house_area', '平方米'),
        I('住房结构', 'hs_house_struct', null, 'choice', '—'), I('是否使用卫生厕所', 'hs_toilet', null, 'boolean', '是/否'),
        I('主要饮用水来源', 'hs_water_src', null, 'choice', '—'),
      ],
    }],
  },
  {
    file: '县统计局/村级基本情况调查表（农业普查口径）.xlsx', dept: '县统计局', freq: 'adhoc', title: '村级基本情况调查表', catalog: '村级调查表（普查）',
    sheets: [{
      kind: 'indicator-rows', name: '村级调查表', head: ['项    目', '单位', '数量'], sign: 'side',
      stat: { code: 'R301表', org: 'XX县统计局（县农普办）', approval: '国统字〔2016〕24号' },
      meta: '普查区（村/社区）代码：□□□□□□□□□□□□              普查员：',
      rows: [
        C('一、村基本情况'), I('所在乡（镇）', 'v_town', null, 'text', '—'), I('村（社区）名称', 'v_name', null, 'text', '—'),
        I('村民小组个数', 'v_groups', '个'), I('是否为易地扶贫搬迁安置社区', 'v_is_relo', null, 'boolean', '是/否'),
        C('二、人口和劳动力'), I('户籍户数', 'v_hh_hj', '户'), I('户籍人口', 'v_pop_hj', '人'),
        I('常住人口', 'v_pop_cz', '人'), I('60岁及以上人口', 'v_pop_60', '人'), I('劳动力人数', 'v_labor', '人'),
        I('外出从业劳动力', 'v_labor_out', '人'),
        C('三、土地资源'), D('耕地面积', 'v_land', '亩'), S('其中：水田', 'v_land_paddy', '亩', 'decimal'), S('旱地', 'v_land_dry', '亩', 'decimal'),
        D('闲置撂荒耕地面积', 'v_abandon', '亩'), D('林地面积', 'v_forest', '亩'),
        D('高标准农田面积', 'v_hsfarm', '亩'),
        C('四、农业生产经营'), D('粮食作物播种面积', 'v_grain_area', '亩'), I('农民专业合作社', 'v_coop_n', '个'), I('家庭农场', 'v_farm_n', '个'),
        I('年末牛存栏', 'v_cattle_stock', '头'), I('拖拉机', 'v_tractor', '台'), I('联合收获机', 'v_harvester', '台'),
        C('五、基础设施'), I('通硬化路的村民小组', 'v_road_groups', '个'), I('集中供水覆盖户数', 'v_water_central_hh', '户'),
        D('自来水普及率', 'v_tap_rate', '%'), I('有电子商务配送站点', 'v_ecommerce', null, 'boolean', '是/否'),
        C('六、公共服务'), I('村卫生室', 'v_clinic', '个'), I('幼儿园、托儿所', 'v_kinder', '个'), I('村级综合服务中心', 'v_service_ctr', '个'),
        C('七、集体经济和社会保障'), D('村集体经济组织本年收入', 'v_ce_inc', '万元'), S('其中：经营收入', 'v_ce_inc_op', '万元', 'decimal'),
        I('脱贫户数', 'v_tp_hh', '户'), I('脱贫人口', 'v_tp_n', '人'),
        I('防止返贫监测对象户数', 'v_jc_hh', '户'), I('农村低保户数', 'v_dibao_hh', '户'),
        C('八、村级组织'), I('村两委成员人数', 'v_2w_n', '人'), I('党员人数', 'v_pm', '人'), I('驻村工作队员人数', 'v_zc_n', '人'),
      ],
    }],
  },
  // ───────────── 县委组织部 ─────────────
  {
    file: '县委组织部/村“两委”班子成员信息表.xlsx', dept: '县委组织部', freq: 'annual', title: '村（社区）“两委”班子成员基本信息表',
    catalog: '村两委班子成员信息表', dictSheet: { name: '字典', visible: false },
    sheets: [{
      kind: 'columns', name: '两委成员', seq: true, example: true, meta: '乡镇党委（盖章）：                           2025年  月  日',
      cols: [
        L('乡镇', 'v_town'), L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX),
        L('民族', 'p_nation', 'choice', null, NATION_SC), L('出生年月', 'p_birth', 'date'), L('政治面貌', 'p_polit', 'choice', null, POLIT),
        L('学历', 'p_edu', 'choice', null, EDU),
        L('现任职务', 'cw_post', 'choice', null, ['党组织书记、村（居）委会主任', '党组织书记', '党组织副书记', '村（居）委会主任', '村（居）委会副主任', '委员']),
        L('是否交叉任职', 'cw_cross', 'boolean', null, YN), L('任现职时间', 'cw_since', 'date'), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '县委组织部/驻村第一书记和工作队员管理台账.xlsx', dept: '县委组织部', freq: 'monthly', title: '驻村第一书记和工作队员管理台账',
    sheets: [{
      kind: 'columns', name: '管理台账', seq: true, meta: '乡镇党委（盖章）：                     2025年  月      （每月3日前报县委组织部组织科）',
      cols: [
        L('派驻乡镇', 'v_town'), L('派驻村', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号码', 'p_idno', 'idcard'),
        L('出生年月', 'p_birth', 'date'), L('政治面貌', 'p_polit', 'choice', null, POLIT), L('派出单位', 'zc_org'), L('原职务', 'zc_orig_post'),
        L('驻村职务', 'zc_role', 'choice', null, ['第一书记', '工作队长', '工作队员']), L('驻村时间', 'zc_start', 'date'),
        G('本月在岗情况', L('在村天数', 'zc_days_m', 'integer', '天'), L('请假天数', 'zc_leave_m', 'integer', '天')),
        L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '驻村第一书记名单.xlsx', dept: '县委组织部', freq: 'adhoc', catalog: false, title: '选派驻村第一书记名单',
    sheets: [{
      kind: 'columns', name: '名单', seq: true, meta: '中共XX县委组织部制                                  （轮换调整时报送）',
      cols: [
        L('乡镇', 'v_town'), L('派驻村', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('选派单位', 'zc_org'),
        L('驻村身份', 'zc_role'), L('联系方式', 'p_phone', 'phone'),
      ],
      blank: 15,
    }],
  },
];

const corpus = new Corpus('blind11', path.join(import.meta.dirname ?? __dirname), forms, [
  ['撂荒地整治台账.xlsx', '撂荒地整治利用台账', '县农业农村局', '不定期'],
  ['易地扶贫搬迁后续扶持项目库.xlsx', '易地扶贫搬迁后续扶持项目库', '县乡村振兴局', '年报'],
]);
void corpus.build();
