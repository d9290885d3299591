/**
 * Round-5 held-out corpus "blind6" (issue 10): county templates of 12 offices written the way 2013–2026 templates are —
 * 民政 养老服务 / 高龄津贴 / 社会组织 / 村务, 卫健 妇幼 / 计生 / 慢病随访 / 村卫生室, 人社 就业 / 社保, 医保 参保, 住建 农房 / 危房
 * (an .xls conversion), 自然资源 宅基地 / 耕地保护, 市场监管 集体聚餐, 妇联, 残联 (one survey in three sheets and a visible
 * 字典 sheet), 统计 (a long 农村基本情况 年报 and a 2013 .xls 调查表 it fully covers), 组织部 村干部 / 党员, 应急 (a grid).
 * Written without reading the lexicon or the matcher; the gold sits next to each label.
 *
 *   npx tsx tests/blind6/build-corpus.ts      → tests/blind6/forms, 报表清单.xlsx, gold.json
 *   npx tsx tests/blind6/build-corpus.ts --gold-only   → gold.json only
 *
 * Gold conventions beyond ../shared/bench/README.md: 外出从业人员 (统计) = 外出务工人员 (人社) — the same count of people
 * working away; 转移就业 总数 ≠ 本季度新增; 基本农田保护面积 = 永久基本农田面积 (the renamed same datum); a household's
 * 建筑面积 ≠ its 宅基地面积 ≠ the village's 耕地面积; a clinic's 服务人口 ≠ the village's 常住人口; a helper's / guardian's /
 * 赡养人's phone is not the resident's; 本月发放 ≠ 本年累计发放; 80/90/100周岁以上 are three elements; 城市低保 ≠ 农村低保;
 * 危房等级 (危改) = 房屋安全鉴定等级 (农房) — both the A/B/C/D 鉴定 grade; 灾害信息员 and 村干部 rosters hold the same
 * person elements (姓名、身份证 …) and 职务 = 现任职务.
 */
import path from 'node:path';
import { C, Corpus, D, EDU, G, I, L, NATION, POLIT, R, S, SEX, YN, type Form } from '../blind4/kit';

const VILLAGES = ['新桥村', '荷塘村', '杨柳村', '双江社区', '白石村', '龙泉村'];
const FOOT = '村（社区）负责人：            填表人：            联系电话：            填报日期：    年  月  日';
const GRADE = ['A级', 'B级', 'C级', 'D级'];
const DISAB_TYPE = ['视力', '听力', '言语', '肢体', '智力', '精神', '多重'];

const forms: Form[] = [
  // ───────────── 区民政局 ─────────────
  {
    file: '区民政局/养老服务/农村留守老年人关爱服务台账.xlsx', dept: '区民政局', freq: 'quarterly', title: '农村留守老年人关爱服务工作台账',
    sheets: [{
      kind: 'columns', name: '台账', seq: true, meta: '乡镇（街道）：                村（社区）：                  2026年第  季度',
      cols: [
        G('老年人基本信息', L('姓  名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('居民身份证号', 'p_idno', 'idcard'),
          L('出生年月', 'p_birth', 'date'), L('居住情况', 'p_live_status', 'choice', null, ['独居', '与配偶同住', '与其他亲属同住'])),
        // 赡养人 > 姓名 / 电话: the supporting child's, not the elder's own
        G('赡养人', L('姓名', 'p_support_name'), L('联系电话', 'p_support_phone', 'phone')),
        // 关爱服务人 > 联系电话: the helper's phone
        G('关爱服务责任人', L('姓名', 'p_helper_name'), L('联系电话', 'p_helper_phone', 'phone')),
        L('本季度探访次数', 'p_visit_q', 'integer', '次'), R(),
      ],
      blank: 10, footer: FOOT,
    }],
  },
  {
    file: '区民政局/高龄津贴/高龄老人津贴发放花名册（月报）.xlsx', dept: '区民政局', freq: 'monthly', catalog: false,
    title: '80周岁以上高龄老年人高龄津贴发放花名册',
    sheets: [{
      kind: 'columns', name: '发放花名册', seq: true,
      meta: '乡镇（街道）：                发放月份：    年  月      （每月8日前报区民政局养老服务股）',
      cols: [
        L('村（居）', 'v_name'), L('老人姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('公民身份号码', 'p_idno', 'idcard'),
        L('出生日期', 'p_birth', 'date'), L('年龄（周岁）', 'p_age', 'integer', '岁'),
        L('津贴档次', 'p_gl_level', 'choice', null, ['80-89周岁', '90-99周岁', '100周岁及以上']),
        L('本月发放金额（元）', 'p_gl_pay_m', 'decimal', '元'), L('本年累计发放（元）', 'p_gl_pay_y', 'decimal', '元'),
        L('“一卡通”账号', 'p_bank_acct'), L('家属联系电话', 'p_family_phone', 'phone'), L('本人电话', 'p_phone', 'phone'), R(),
      ],
      blank: 12, total: true, footer: true,
    }],
  },
  {
    // fully covered by the monthly 高龄津贴 花名册 (same person elements, 年龄 and 本人电话)
    file: '区民政局/高龄津贴/80周岁以上老年人信息登记表.xlsx', dept: '区民政局', freq: 'annual', catalog: false,
    title: '2025年度80周岁以上老年人基本信息登记表',
    sheets: [{
      kind: 'columns', name: 'Sheet1', seq: true, meta: '填报单位：            村（社区）民委员会（盖章）      报区民政局',
      cols: [
        L('所在村（社区）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号码', 'p_idno', 'idcard'),
        L('出生年月日', 'p_birth', 'date'), L('实际年龄', 'p_age', 'integer', '岁'), L('手机号码', 'p_phone', 'phone'),
      ],
      blank: 10, footer: FOOT,
    }],
  },
  {
    file: '区民政局/社会组织/社区社会组织登记备案情况表.xlsx', dept: '区民政局', freq: 'annual', title: '村（社区）社区社会组织登记备案情况表',
    sheets: [{
      kind: 'columns', name: '备案情况', seq: true,
      cols: [
        L('村（社区）', 'v_name'), L('组织名称', 'o_name'), L('组织类型', 'o_type', 'choice', null, ['生活服务类', '公益慈善类', '文体活动类', '专业调处类']),
        G('负责人', L('姓名', 'o_leader_name'), L('联系电话', 'o_leader_phone', 'phone')),
        L('成员数（人）', 'o_members', 'integer', '人'), L('成立时间', 'o_since', 'date'), L('是否已备案', 'o_filed', 'boolean', null, YN), R(),
      ],
      blank: 8, footer: true,
    }],
  },
  {
    file: '区民政局/村务/村务公开民主管理情况统计表.xlsx', dept: '区民政局', freq: 'quarterly', catalog: false,
    title: '2026年第一季度村务公开民主管理情况统计表',
    sheets: [{
      kind: 'columns', name: '统计表', seq: true, villages: VILLAGES, total: true,
      cols: [
        L('村名', 'v_name'), L('村民小组数（个）', 'v_groups', 'integer', '个'), L('总户数（户）', 'v_hh_hj', 'integer', '户'),
        L('户籍人口（人）', 'v_pop_hj', 'integer', '人'), L('村民代表（人）', 'v_rep_n', 'integer', '人'),
        G('本季度', L('召开村民代表会议（次）', 'v_rep_meet_q', 'integer', '次'), L('公开事项（项）', 'v_open_items_q', 'integer', '项')),
        L('是否设立村务公开栏', 'v_open_board', 'boolean', null, YN), R(),
      ],
      footer: true,
    }],
  },
  // ───────────── 区统计局 ─────────────
  {
    file: '区统计局/农村基本情况统计年报.xlsx', dept: '区统计局', freq: 'annual', title: '2025年农村基本情况统计年报',
    sheets: [{
      kind: 'indicator-rows', name: '农村基本情况', stat: { code: 'X农统1表', org: 'XX区统计局', approval: '国统制〔2024〕5号' },
      meta: '村（社区）名称：                       2025年', head: ['指标名称', '计量单位', '代码', '本年', '上年'], sign: 'side', codeRow: true,
      rows: [
        C('一、人口和户数'), I('村民小组', 'v_groups', '个'), I('户籍户数', 'v_hh_hj', '户'), I('户籍人口', 'v_pop_hj', '人'),
        S('其中：男', 'v_pop_hj_m', '人'), S('女', 'v_pop_hj_f', '人'), I('常住人口', 'v_pop_res', '人'),
        I('60岁及以上人口', 'v_pop_60', '人'), I('80岁及以上人口', 'v_pop_80', '人'), I('90岁及以上人口', 'v_pop_90', '人'), I('百岁老人', 'v_pop_100', '人'),
        C('二、劳动力和就业'), I('乡村从业人员', 'v_rural_workers', '人'), S('其中：从事第一产业', 'v_workers_primary', '人'),
        I('外出从业人员', 'v_out_workers', '人'), S('其中：到省外从业', 'v_out_workers_prov', '人'),
        C('三、土地资源'), D('年末耕地面积', 'v_farmland', '亩'), S('其中：水田', 'v_paddy', '亩'), S('旱地', 'v_dryland', '亩'),
        D('永久基本农田面积', 'v_basic_farmland', '亩'), D('林地面积', 'v_forest', '亩'),
        C('四、农业生产'), D('粮食作物播种面积', 'v_grain_sown', '亩'), D('粮食产量', 'v_grain_output', '吨'),
        I('生猪年末存栏', 'v_pig_stock', '头'), I('生猪出栏', 'v_pig_out', '头'),
        C('五、基础设施和公共服务'), I('通自来水的户数', 'v_tapwater_hh', '户'), I('使用卫生厕所的户数', 'v_toilet_hh', '户'),
        I('村卫生室', 'v_clinics', '个'), I('乡村医生', 'v_village_doctors', '人'), I('幼儿园、托儿所', 'v_kinder', '个'),
        C('六、社会保障'), I('城乡居民基本养老保险参保人数', 'v_pension_n', '人'), I('城乡居民基本医疗保险参保人数', 'v_medins_n', '人'),
        I('农村低保户数', 'v_rdb_hh', '户'), I('农村低保人数', 'v_rdb_n', '人'), I('城市低保人数', 'v_udb_n', '人'), I('特困供养人数', 'v_tk_n', '人'),
        C('七、村集体经济'), D('村集体经济总收入', 'v_coll_income', '万元'), S('其中：经营性收入', 'v_coll_income_op', '万元'),
        D('农村居民人均可支配收入', 'v_income_pc', '元'),
      ],
    }],
  },
  {
    // 2013 .xls questionnaire: every indicator is asked again by the 2025 年报 (same frequency) → full retirement
    file: '区统计局/2013年村级基本情况调查表.xlsx', dept: '区统计局', freq: 'annual', catalog: '村级基本情况调查表',
    xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'indicator-rows', name: 'Sheet1', startCol: 1, blankTop: 1, head: ['项目', '单位', '数量'], sign: 'cells',
      meta: '调查单位：          乡镇          村                  2013年12月31日',
      rows: [
        I('年末总户数', 'v_hh_hj', '户'), I('年末总人口', 'v_pop_hj', '人'), I('常住人口数', 'v_pop_res', '人'),
        I('外出务工经商人员', 'v_out_workers', '人'), D('年末实有耕地面积', 'v_farmland', '亩'), D('基本农田保护面积', 'v_basic_farmland', '亩'),
        D('粮食总产量', 'v_grain_output', '公斤'), I('年末生猪存栏头数', 'v_pig_stock', '头'), I('饮用自来水户数', 'v_tapwater_hh', '户'),
        I('农村低保对象户数', 'v_rdb_hh', '户'), I('农村低保对象人数', 'v_rdb_n', '人'),
      ],
    }],
  },
  // ───────────── 区卫健委 ─────────────
  {
    file: '区卫健委/妇幼/孕产妇保健管理登记册.xlsx', dept: '区卫健委', freq: 'monthly', title: '孕产妇保健管理登记册',
    sheets: [{
      kind: 'columns', name: '登记册', seq: true, meta: '村（社区）：                    村医：',
      cols: [
        G('孕妇信息', L('孕妇姓名', 'p_name'), L('身份证号', 'p_idno', 'idcard'), L('年龄', 'p_age', 'integer', '岁'), L('联系电话', 'p_phone', 'phone')),
        L('丈夫姓名', 'p_spouse_name'), L('末次月经', 'p_lmp', 'date'), L('预产期', 'p_edd', 'date'), L('建册日期', 'p_mch_reg', 'date'),
        L('是否高危', 'p_high_risk', 'boolean', null, YN),
        G('分娩情况', L('分娩日期', 'p_deliv_date', 'date'), L('分娩方式', 'p_deliv_way', 'choice', null, ['顺产', '剖宫产'])), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    // partial: 特扶类别 and 扶助金额 are asked nowhere else (8 of 10)
    file: '区卫健委/计生/计划生育特别扶助对象花名册.xlsx', dept: '区卫健委', freq: 'annual', title: '2026年计划生育家庭特别扶助对象花名册',
    sheets: [{
      kind: 'columns', name: '花名册', seq: true,
      cols: [
        L('村（居）委会', 'v_name'), L('扶助对象姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
        L('身份证号码', 'p_idno', 'idcard'), L('出生年月', 'p_birth', 'date'),
        L('扶助类别', 'p_tf_type', 'choice', null, ['独生子女伤残', '独生子女死亡', '手术并发症']),
        L('年扶助金额（元）', 'p_tf_pay', 'decimal', '元'), L('惠民惠农一卡通账号', 'p_bank_acct'), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '区卫健委/慢病随访/高血压糖尿病患者随访登记表.xlsx', dept: '区卫健委', freq: 'monthly', catalog: false,
    title: '高血压、2型糖尿病患者随访服务登记表（每月报乡镇卫生院公共卫生科，汇总报区卫健委）',
    sheets: [{
      kind: 'columns', name: '随访登记', seq: true,
      cols: [
        G('患者信息', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号', 'p_idno', 'idcard'), L('联系电话', 'p_phone', 'phone'),
          L('疾病类型', 'p_chronic_type', 'choice', null, ['高血压', '2型糖尿病', '高血压合并糖尿病'])),
        G('本月随访', L('随访日期', 'p_fu_date', 'date'), L('随访方式', 'p_fu_way', 'choice', null, ['门诊', '家庭', '电话']),
          G('血压（mmHg）', L('收缩压', 'p_sbp', 'integer', 'mmHg'), L('舒张压', 'p_dbp', 'integer', 'mmHg')),
          L('空腹血糖（mmol/L）', 'p_fbg', 'decimal', 'mmol/L'), L('随访医生', 'p_fu_doctor')), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '区卫健委/村卫生室/村卫生室基本情况调查表.xlsx', dept: '区卫健委', freq: 'annual', title: '村卫生室基本情况调查表',
    sheets: [{
      kind: 'indicator-rows', name: '调查表', head: ['项  目', '单位', '数量'], sign: 'line', meta: '卫生室名称：                  所在村：',
      rows: [
        C('一、房屋设备'), D('业务用房面积', 'c_floor_area', '平方米'), I('诊室、治疗室、药房齐全', 'c_rooms_ok', null, 'boolean'),
        C('二、人员'), I('在岗人员', 'c_staff', '人'), S('其中：执业（助理）医师', 'c_doctors_lic', '人'), S('乡村医生', 'v_village_doctors', '人'),
        C('三、服务'), I('服务人口', 'c_service_pop', '人'), I('本年诊疗人次', 'c_visits_y', '人次'),
        I('家庭医生签约人数', 'c_fd_signed', '人'), I('65岁及以上老年人健康管理人数', 'c_old_managed', '人'),
      ],
    }],
  },
  {
    // the 卫健 copy of the 集体聚餐 register: a subset of 市场监管's monthly one → full
    file: '农村集体聚餐报告登记表.xlsx', dept: '区卫健委', freq: 'adhoc', catalog: false, title: '农村集体聚餐报告登记表',
    sheets: [{
      kind: 'columns', name: '登记表', seq: true,
      cols: [
        L('村（社区）', 'v_name'), L('聚餐日期', 'e_date', 'date'), L('承办人', 'e_host_name'), L('承办人电话', 'e_host_phone', 'phone'),
        L('预计人数', 'e_diners', 'integer', '人'), L('厨师姓名', 'e_chef_name'),
      ],
      blank: 10, footer: FOOT, note: '注：举办10桌以上集体聚餐，村卫生监督协管员于举办前2日登记，报区卫健委（卫生监督所）。',
    }],
  },
  // ───────────── 区市场监管局 ─────────────
  {
    file: '区市场监管局/农村集体聚餐备案登记台账.xlsx', dept: '区市场监管局', freq: 'monthly', title: '农村集体聚餐备案登记台账',
    sheets: [{
      kind: 'columns', name: '台账', seq: true, meta: '乡镇市场监管所：                 2026年  月',
      cols: [
        L('村（社区）', 'v_name'),
        G('举办者', L('姓名', 'e_host_name'), L('联系电话', 'e_host_phone', 'phone')),
        L('聚餐类型', 'e_type', 'choice', null, ['婚宴', '寿宴', '丧宴', '升学宴', '其他']), L('举办时间', 'e_date', 'date'),
        L('桌数（桌）', 'e_tables', 'integer', '桌'), L('就餐人数（人）', 'e_diners', 'integer', '人'),
        G('乡村厨师', L('姓名', 'e_chef_name'), L('电话', 'e_chef_phone', 'phone'), L('是否持健康证明', 'e_chef_health', 'boolean', null, YN)), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  // ───────────── 区人社局 ─────────────
  {
    file: '区人社局/就业/农村劳动力转移就业情况统计表（季报）.xlsx', dept: '区人社局', freq: 'quarterly', catalog: false,
    title: '农村劳动力转移就业情况统计表',
    sheets: [{
      kind: 'columns', name: '季报', seq: true, villages: VILLAGES, total: true, meta: '乡镇（街道）：            2026年第  季度',
      cols: [
        L('村（社区）', 'v_name'), L('农村劳动力总数（人）', 'v_labor', 'integer', '人'),
        G('转移就业人数（人）', L('合计', 'v_transfer', 'integer', '人'), L('其中：县外', 'v_transfer_outcounty', 'integer', '人'),
          L('本季度新增', 'v_transfer_new_q', 'integer', '人')),
        L('外出务工人员（人）', 'v_out_workers', 'integer', '人'), L('脱贫劳动力务工人数（人）', 'v_poor_workers', 'integer', '人'), R(),
      ],
      footer: true,
    }],
  },
  {
    file: '区人社局/社保/城乡居民养老保险参保缴费台账.xlsx', dept: '区人社局', freq: 'annual', title: '城乡居民基本养老保险参保缴费台账',
    dictSheet: { name: '选项', visible: true },
    sheets: [{
      kind: 'columns', name: '台账', seq: true, meta: '乡镇：            村（社区）：          2026年度',
      cols: [
        L('村（社区）', 'v_name'), L('参保人姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('公民身份号码', 'p_idno', 'idcard'),
        L('参保状态', 'p_pension_status', 'choice', null, ['正常缴费', '暂停缴费', '待遇领取', '终止']),
        L('缴费档次（元）', 'p_pension_grade', 'choice', '元', ['200', '300', '500', '1000', '2000']),
        L('本年缴费金额（元）', 'p_pension_paid_y', 'decimal', '元'), L('是否领取待遇', 'p_pension_recv', 'boolean', null, YN),
        L('月养老金（元）', 'p_pension_m', 'decimal', '元'), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  // ───────────── 区医保局 ─────────────
  {
    // partial: 参保人员类别 is asked nowhere else (6 of 7)
    file: '区医保局/城乡居民医保参保登记表.xlsx', dept: '区医保局', freq: 'annual', title: '城乡居民基本医疗保险参保登记表',
    sheets: [{
      kind: 'columns', name: '参保登记', seq: true, example: true,
      cols: [
        L('村（社区）', 'v_name'), L('参保人', 'p_name'), L('证件号码', 'p_idno', 'idcard'), L('性别', 'p_sex', 'choice', null, SEX),
        L('出生日期', 'p_birth', 'date'),
        L('参保人员类别', 'p_medins_cat', 'choice', null, ['普通居民', '特困人员', '低保对象', '防止返贫监测对象', '重度残疾人']),
        L('手机号', 'p_phone', 'phone'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    // fully covered: 户籍人口 and both 参保人数 by the 统计 年报, 村名 by the village tables
    file: '区医保局/2025年度村级参保情况汇总表.xlsx', dept: '区医保局', freq: 'annual', catalog: false, title: '2025年度村级城乡居民参保情况汇总表',
    sheets: [{
      kind: 'columns', name: '汇总', seq: true, villages: VILLAGES, total: true, meta: '报送单位：       乡镇医保服务站        报区医疗保障局',
      cols: [
        L('村（社区）名称', 'v_name'), L('户籍人口数', 'v_pop_hj', 'integer', '人'),
        G('城乡居民基本医疗保险', L('参保人数', 'v_medins_n', 'integer', '人')),
        G('城乡居民基本养老保险', L('参保人数', 'v_pension_n', 'integer', '人')), R(),
      ],
      footer: true,
    }],
  },
  // ───────────── 区住建局 ─────────────
  {
    file: '区住建局/农房/农村房屋基本信息采集表.xlsx', dept: '区住建局', freq: 'annual', title: '农村房屋基本信息采集表',
    dictSheet: { name: '选项', visible: true },
    sheets: [{
      kind: 'columns', name: '采集表', seq: true,
      cols: [
        L('乡镇', 'v_town'), L('行政村', 'v_name'), L('村民小组', 'h_group'),
        G('户主情况', L('姓名', 'h_head_name'), L('身份证号', 'h_head_id', 'idcard'), L('联系电话', 'h_head_phone', 'phone')),
        G('房屋情况', L('建造年代', 'h_built', 'choice', null, ['1980年及以前', '1981-2000年', '2001-2010年', '2011年以后']),
          L('层数', 'h_floors', 'integer', '层'), L('建筑面积（㎡）', 'h_build_area', 'decimal', '平方米'),
          L('结构类型', 'h_struct', 'choice', null, ['砖混', '砖木', '土木', '框架', '其他'])),
        G('安全鉴定', L('是否鉴定', 'h_assessed', 'boolean', null, YN), L('鉴定等级', 'h_house_grade', 'choice', null, GRADE)), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '区住建局/危房/农村危房改造对象台账（2014年）.xlsx', dept: '区住建局', freq: 'annual', catalog: false,
    title: '2014年农村危房改造对象台账', xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'columns', name: 'Sheet1', startCol: 1, blankTop: 1, textNums: true, seq: true,
      cols: [
        L('乡镇', 'v_town'), L('村', 'v_name'), L('户主姓名', 'h_head_name'), L('户主身份证号码', 'h_head_id', 'idcard'),
        L('家庭人口（人）', 'h_members', 'integer', '人'),
        L('对象类别', 'h_wg_cat', 'choice', null, ['低保户', '分散供养特困人员', '贫困残疾人家庭', '其他']),
        L('危房等级', 'h_house_grade', 'choice', null, GRADE), L('改造方式', 'h_wg_way', 'choice', null, ['拆除重建', '修缮加固']),
        L('补助资金（元）', 'h_wg_sub', 'decimal', '元'), L('竣工日期', 'h_wg_done', 'date'), R(),
      ],
      blank: 10, footer: '乡镇负责人：          经办人：          联系电话：          （年度报区住房和城乡建设局村镇股）',
    }],
  },
  // ───────────── 区自然资源局 ─────────────
  {
    file: '区自然资源局/宅基地/农村宅基地和建房审批台账.xlsx', dept: '区自然资源局', freq: 'monthly', title: '农村宅基地和建房（规划许可）审批台账',
    sheets: [{
      kind: 'columns', name: '审批台账', seq: true,
      cols: [
        L('村（社区）', 'v_name'), G('申请人', L('姓名', 'z_applicant_name'), L('身份证号', 'z_applicant_id', 'idcard')),
        L('家庭人口（人）', 'h_members', 'integer', '人'), L('申请类型', 'z_apply_type', 'choice', null, ['新建', '改建', '扩建', '翻建']),
        // the plot's area, not the building's floor area (住建 建筑面积)
        L('宅基地面积（平方米）', 'z_plot_area', 'decimal', '平方米'), L('拟建房屋建筑面积（平方米）', 'z_plan_build_area', 'decimal', '平方米'),
        L('是否占用耕地', 'z_uses_farmland', 'boolean', null, YN), L('批准日期', 'z_approved', 'date'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '区自然资源局/耕地保护/村级耕地保护网格化监管月报表.xlsx', dept: '区自然资源局', freq: 'monthly', catalog: false,
    title: '村级耕地保护网格化监管情况表',
    sheets: [{
      kind: 'columns', name: '月报', seq: true, villages: VILLAGES, total: true, note: '注：每月25日前报区自然资源局耕地保护股。',
      cols: [
        L('村（社区）', 'v_name'), L('耕地保有量（亩）', 'v_farmland', 'decimal', '亩'), L('永久基本农田（亩）', 'v_basic_farmland', 'decimal', '亩'),
        L('网格监管员（人）', 'v_grid_staff', 'integer', '人'),
        G('本月', L('巡查次数', 'v_patrol_m', 'integer', '次'), L('发现违法占用耕地（宗）', 'v_illegal_m', 'integer', '宗')),
        G('本年累计', L('发现违法占用耕地（宗）', 'v_illegal_y', 'integer', '宗')), R(),
      ],
      footer: true,
    }],
  },
  // ───────────── 区妇联 ─────────────
  {
    file: '区妇联/农村留守妇女儿童关爱台账.xlsx', dept: '区妇联', freq: 'semiannual', title: '农村留守妇女儿童关爱服务台账',
    sheets: [{
      kind: 'columns', name: '台账', seq: true,
      cols: [
        L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生年月', 'p_birth', 'date'),
        L('关爱对象类别', 'p_care_cat', 'choice', null, ['留守妇女', '留守儿童', '困境儿童']), L('就读学校', 'p_school'),
        // 监护人 > 电话: the guardian's; 结对帮扶人 > 电话: the helper's
        G('监护人', L('姓名', 'p_guardian_name'), L('联系电话', 'p_guardian_phone', 'phone')),
        G('结对帮扶人', L('姓名', 'p_helper_name'), L('联系电话', 'p_helper_phone', 'phone')), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '区妇联/村（社区）妇联执委和巾帼志愿者情况统计表.xlsx', dept: '区妇联', freq: 'quarterly', catalog: false,
    title: '2025年第三季度村（社区）妇联执委和巾帼志愿者情况统计表',
    sheets: [{
      kind: 'columns', name: '统计表', seq: true, villages: VILLAGES, total: true,
      cols: [
        L('村（社区）', 'v_name'), G('妇联执委（人）', L('合计', 'v_wf_exec', 'integer', '人'), L('其中：35岁以下', 'v_wf_exec_u35', 'integer', '人')),
        L('巾帼志愿者（人）', 'v_wf_volunteers', 'integer', '人'), L('本季度开展活动（次）', 'v_wf_events_q', 'integer', '次'), R(),
      ],
      footer: true,
    }],
  },
  // ───────────── 区残联 ─────────────
  {
    file: '区残联/残疾人基本服务状况和需求动态更新表.xlsx', dept: '区残联', freq: 'annual', title: '残疾人基本服务状况和需求信息动态更新表',
    catalog: '残疾人服务需求动态更新', dictSheet: { name: '字典', visible: true },
    sheets: [
      {
        kind: 'columns', name: '表一 基本情况', title: '表一：持证残疾人基本情况', seq: true,
        cols: [
          L('姓名', 'p_name'), L('公民身份号码', 'p_idno', 'idcard'), L('残疾人证号', 'p_disab_no'),
          L('残疾类别', 'p_disab_type', 'choice', null, DISAB_TYPE), L('残疾等级', 'p_disab_grade', 'choice', null, ['一级', '二级', '三级', '四级']),
          L('联系电话', 'p_phone', 'phone'), G('监护人', L('姓名', 'p_guardian_name'), L('电话', 'p_guardian_phone', 'phone')),
        ],
        blank: 8,
      },
      {
        kind: 'columns', name: '表二 服务需求', title: '表二：基本服务状况和需求', seq: true,
        cols: [
          L('姓名', 'p_name'), L('是否享受困难残疾人生活补贴', 'p_disab_living_sub', 'boolean', null, YN),
          L('是否享受重度残疾人护理补贴', 'p_disab_care_sub', 'boolean', null, YN),
          L('康复服务需求', 'p_rehab_need', 'choice', null, ['辅助器具', '康复训练', '医疗康复', '无']),
          L('就业状况', 'p_job_status', 'choice', null, ['就业', '未就业', '无劳动能力']),
        ],
        blank: 8,
      },
      {
        kind: 'indicator-rows', name: '表三 村汇总', title: '表三：村（社区）持证残疾人汇总', head: ['项  目', '单位', '数量'], sign: 'cells',
        rows: [
          I('持证残疾人', 'v_disab_cert', '人'), S('其中：一、二级', 'v_disab_severe', '人'),
          I('享受生活补贴人数', 'v_disab_living_n', '人'), I('享受护理补贴人数', 'v_disab_care_n', '人'),
        ],
      },
    ],
  },
  // ───────────── 区委组织部 ─────────────
  {
    file: '区委组织部/村干部/村“两委”干部基本情况表.xlsx', dept: '区委组织部', freq: 'annual', title: '村（社区）“两委”干部基本情况表',
    sheets: [{
      kind: 'columns', name: '两委干部', seq: true, meta: '乡镇（街道）党（工）委：                （盖章）',
      cols: [
        L('乡镇', 'v_town'), L('村（社区）', 'v_name'),
        G('基本信息', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
          L('出生年月', 'p_birth', 'date'), L('身份证号码', 'p_idno', 'idcard'), L('政治面貌', 'p_polit', 'choice', null, POLIT),
          L('学历', 'p_edu', 'choice', null, EDU)),
        G('任职情况', L('现任职务', 'p_post'), L('任现职时间', 'p_post_since', 'date'), L('是否“一肩挑”', 'p_one_shoulder', 'boolean', null, YN)),
        L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '区委组织部/党员/农村党员信息采集表.xlsx', dept: '区委组织部', freq: 'annual', catalog: false, title: '农村党员信息采集表',
    sheets: [{
      kind: 'columns', name: '采集表', seq: true, stat: { code: '组党统3表', org: '中共XX区委组织部', approval: '年度党内统计' },
      cols: [
        L('所在党支部', 'p_branch'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
        L('出生日期', 'p_birth', 'date'), L('公民身份证号', 'p_idno', 'idcard'), L('文化程度', 'p_edu', 'choice', null, EDU),
        L('入党时间', 'p_join_party', 'date'), L('转为正式党员时间', 'p_party_full', 'date'),
        L('党员类别', 'p_party_cat', 'choice', null, ['正式党员', '预备党员']), L('是否流动党员', 'p_party_float', 'boolean', null, YN),
        L('手机', 'p_phone', 'phone'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  // ───────────── 区应急管理局 ─────────────
  {
    // the same persons' elements as the 两委 roster (annual) → full
    file: '区应急管理局/村级灾害信息员花名册.xlsx', dept: '区应急管理局', freq: 'annual', title: '村（社区）灾害信息员花名册',
    sheets: [{
      kind: 'columns', name: '花名册', seq: true,
      cols: [
        L('村（社区）', 'v_name'), L('信息员姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生年月', 'p_birth', 'date'),
        L('身份证号', 'p_idno', 'idcard'), L('村内职务', 'p_post'), L('手机号码', 'p_phone', 'phone'), R(),
      ],
      blank: 8, footer: true,
    }],
  },
  {
    file: '区应急管理局/自然灾害灾情统计表（日报）.xlsx', dept: '区应急管理局', freq: 'daily', catalog: false, title: '自然灾害灾情统计表',
    sheets: [{
      kind: 'grid', name: '灾情', key: '灾害种类', prefix: 'dz', meta: '填报单位：             截至    月  日  时',
      rows: [{ l: '洪涝', k: 'flood' }, { l: '风雹', k: 'hail' }, { l: '干旱', k: 'drought' }, { l: '地质灾害', k: 'geo' }],
      cols: [
        L('受灾人口（人）', 'pop', 'integer', '人'), L('紧急转移安置（人）', 'evac', 'integer', '人'),
        L('农作物受灾面积（亩）', 'crop', 'decimal', '亩'), L('直接经济损失（万元）', 'loss', 'decimal', '万元'),
      ],
      total: true, footer: true,
    }],
  },
];

const corpus = new Corpus('blind6', path.join(import.meta.dirname ?? __dirname), forms, [
  ['村级防汛物资储备台账.xlsx', '村级防汛物资储备台账', '区应急管理局', '年报'],
]);
void corpus.build();
