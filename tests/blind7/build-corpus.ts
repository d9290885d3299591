/**
 * Round-5 held-out corpus "blind7" (issue 10): county templates of twelve offices written the way 2013–2026 templates
 * are, scored first-look only (`--final`). Offices: 区统计局 (a long village 年报 with 本年 | 上年 value columns and an old
 * 2013 .xls questionnaire it fully covers), 区农业农村局 (农经 年报 with two side-by-side panels, 土地流转 台账, a quarterly
 * 畜禽 village table, a 粮食 grid), 区乡村振兴局 (防返贫监测 export, 帮扶结对 台账, a monthly village table, a 农户调查 in four
 * sheets with a visible 选项 sheet), 区公安分局 (警务综合平台 exports: 实有人口, 出租房屋, 重点人员), 区司法局 (人民调解 台账 and
 * 季报, 社区矫正), 区信访局, 区教育局 (控辍保学, 学生资助), 区退役军人事务局, 区水利局, 区林业局, 区交通运输局, 区委政法委 (网格).
 * Written without reading the lexicon, the matcher or the other round-5 corpus; the gold sits next to each label.
 *
 *   npx tsx tests/blind7/build-corpus.ts      → tests/blind7/forms, 报表清单.xlsx, gold.json
 *   npx tsx tests/blind7/build-corpus.ts --gold-only   → gold.json only
 *
 * Gold conventions beyond ../shared/bench/README.md (the reason for each is also next to the field):
 * - the village's 耕地面积 / 林地面积 (统计 年报, 林业 村表) ≠ a household's (农户调查 表三) ≠ a contract's 流转面积 (台账);
 * - 农经 汇总农户数 ≠ 户籍户数; 农经 劳动力 ≠ 统计 乡村从业人员; 家庭承包经营的耕地面积 ≠ 耕地面积;
 *   but 家庭承包耕地流转总面积 = 土地流转面积 and 集体经济组织总收入 = 村集体经济收入 (same datum, other wording);
 * - 年末存栏 = 存栏 (a stock), but 全年出栏 ≠ 本季出栏;
 * - a person roster's 姓名 is the person named by the roster (学生姓名, 信访人姓名, 矫正对象 姓名 are p_name), but 户主姓名,
 *   监护人姓名, 房主/业主姓名, 承租人/租客姓名, 帮扶责任人姓名, 责任民警 are their own elements, and so are their phones;
 * - 现住址 (居住地详址, 实际居住地址) ≠ 户籍地址 (户籍地详址, 户籍所在地);
 * - a water project's 受益户数 ≠ the village's 通自来水户数; 人民调解 受理纠纷 ≠ 信访 受理信访事项.
 */
import path from 'node:path';
import { C, Corpus, D, EDU, G, I, L, NATION, POLIT, R, S, SEX, YN, type Form } from '../blind4/kit';

const VILLAGES = ['青山村', '白沙村', '龙潭村', '新桥社区', '荷花村', '黄土岭村', '杨柳村'];
const FOOT_VILLAGE = '村（社区）负责人：            填表人：            联系电话：            填报日期：    年  月  日';
const POP_KIND = ['户籍人口', '流动人口', '境外人员', '寄住人口'];
const ID_KIND = ['居民身份证', '护照', '港澳居民来往内地通行证', '台湾居民来往大陆通行证'];
const MONITOR_KIND = ['脱贫不稳定户', '边缘易致贫户', '突发严重困难户'];
const RISK = ['因病', '因残', '因学', '因灾', '因意外事故', '因产业项目失败', '因务工就业不稳', '其他'];
const DISPUTE_KIND = ['婚姻家庭', '邻里关系', '房屋宅基地', '土地承包', '山林水利', '损害赔偿', '劳动争议', '其他'];
const PETITION_FORM = ['来信', '来访', '网上信访', '电话'];
const CORRECTION_KIND = ['管制', '缓刑', '假释', '暂予监外执行'];
const TRANSFER_WAY = ['出租', '转包', '入股', '互换', '转让', '其他'];
const HEALTH = ['健康', '长期慢性病', '患有大病', '残疾'];
const RELATION = ['户主', '配偶', '子', '女', '儿媳', '女婿', '孙子女', '父母', '其他'];
const SCHOOL_STAGE = ['学前教育', '小学', '初中', '普通高中', '中职', '高校'];
const HARDSHIP = ['脱贫家庭学生', '防返贫监测对象家庭学生', '低保家庭学生', '特困供养学生', '残疾学生', '孤儿和事实无人抚养儿童', '其他'];
const ROAD_SURFACE = ['沥青混凝土', '水泥混凝土', '砂石', '其他'];
const VET_KIND = ['退役士兵', '复员干部', '转业干部', '军队离退休干部', '其他'];

const forms: Form[] = [
  // ───────────── 区统计局 ─────────────
  {
    file: '区统计局/农村基本情况统计年报表.xlsx', dept: '区统计局', freq: 'annual', title: '2025年农村基本情况统计年报表',
    sheets: [{
      kind: 'indicator-rows', name: '村基本情况', stat: { code: 'A301表', org: 'XX区统计局', approval: 'X统字〔2025〕12号' },
      meta: '村（社区）名称：                   乡镇（街道）：                   2025年', codeRow: true, sign: 'side',
      head: ['指标名称', '计量单位', '代码', '本年', '上年'],
      rows: [
        C('一、人口及就业'), I('1.村民小组', 'v_groups', '个'), I('2.年末总户数', 'v_hh_hj', '户'), S('其中：脱贫户', 'v_tp_hh', '户'),
        I('3.年末户籍人口', 'v_pop_hj', '人'), S('其中：男', 'v_pop_hj_m', '人'), S('60岁及以上', 'v_pop_60', '人'),
        I('4.年末常住人口', 'v_pop_res', '人'), I('5.乡村从业人员', 'v_workers', '人'),
        // 统计's 外出务工 (半年以上) and 农经's 外出务工劳动力 are read as the same datum by the district
        S('其中：外出务工半年以上人员', 'v_migrant', '人'),
        C('二、土地资源'), D('1.耕地面积', 'v_land_arable', '亩'), { ...D('其中：水田', 'v_land_paddy', '亩'), sub: true },
        D('2.林地面积', 'v_forest', '亩'), { ...D('其中：公益林面积', 'v_forest_public', '亩'), sub: true },
        D('3.森林覆盖率', 'v_forest_cover', '%'), D('4.土地流转面积', 'v_land_transfer', '亩'),
        C('三、农业生产'), D('1.农作物播种面积', 'v_crop_area', '亩'), { ...D('其中：粮食作物播种面积', 'v_grain_area', '亩'), sub: true },
        D('2.粮食总产量', 'v_grain_output', '吨'), I('3.生猪年末存栏', 'v_pig_stock', '头'),
        // the year's 出栏 (全年) is not the quarterly 本季出栏
        I('4.生猪全年出栏', 'v_pig_out_y', '头'), I('5.家禽年末存栏', 'v_poultry_stock', '羽'),
        C('四、新型农业经营主体'), I('1.农民专业合作社', 'v_coop', '个'), I('2.家庭农场', 'v_family_farm', '个'),
        C('五、基础设施'), D('1.村内硬化道路里程', 'v_road_km', '公里'), I('2.通自来水户数', 'v_tap_hh', '户'),
        I('3.是否通客运班车', 'v_bus', null, 'boolean'), I('4.通宽带户数', 'v_broadband_hh', '户'),
        C('六、社会事业'), I('1.幼儿园、托儿所', 'v_kindergarten', '个'), I('2.小学', 'v_primary', '所'),
        I('3.村卫生室', 'v_clinic', '个'), I('4.参加城乡居民基本医疗保险人数', 'v_med_ins', '人'),
        I('5.享受农村最低生活保障人数', 'v_dibao_n', '人'), I('6.特困供养人员', 'v_tekun_n', '人'), I('7.退役军人', 'v_vets', '人'),
        C('七、集体经济与收入'), D('1.村集体经济收入', 'v_coll_income', '万元'), { ...D('其中：经营收入', 'v_coll_income_op', '万元'), sub: true },
        D('2.农村居民人均可支配收入', 'v_income_pc', '元'),
      ],
    }],
  },
  {
    // an old 2013 questionnaire: every indicator is asked again by the 2025 年报 above (full retirement)
    file: '区统计局/2013年行政村基本情况调查表.xlsx', dept: '区统计局', freq: 'annual', catalog: false,
    title: '2013年行政村基本情况调查表', xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'indicator-rows', name: 'Sheet1', startCol: 1, blankTop: 1, head: ['项    目', '单位', '数量'], sign: 'line',
      stat: { code: '农调01表', org: 'XX区统计局' }, meta: '乡镇：              村：              调查时间：2013年12月31日',
      rows: [
        C('一、户数与人口'), I('总户数', 'v_hh_hj', '户'), I('总人口', 'v_pop_hj', '人'), S('其中：男性', 'v_pop_hj_m', '人'),
        I('从业人员', 'v_workers', '人'), S('其中：外出务工人员（半年以上）', 'v_migrant', '人'),
        C('二、土地与生产'), D('耕地总面积', 'v_land_arable', '亩'), { ...D('其中：水田面积', 'v_land_paddy', '亩'), sub: true },
        D('粮食播种面积', 'v_grain_area', '亩'), D('粮食产量', 'v_grain_output', '公斤'), I('生猪存栏', 'v_pig_stock', '头'),
        C('三、其他'), D('村集体收入', 'v_coll_income', '万元'), I('卫生室', 'v_clinic', '个'),
      ],
      note: '注：本表为年报，由村委会填写，次年1月15日前报区统计局农村调查队。',
    }],
  },
  // ───────────── 区农业农村局 ─────────────
  {
    file: '区农业农村局/农村经营管理情况统计年报.xlsx', dept: '区农业农村局', freq: 'annual', title: '农村经营管理情况统计年报',
    catalog: '农经统计年报',
    sheets: [{
      kind: 'indicator-rows', name: '农经1表', stat: { code: '农经1表', org: 'XX区农业农村局' },
      meta: '填报单位（村）：                              2025年度', head: ['指标名称', '计量单位', '代码', '数量'], sign: 'cells',
      rows: [
        C('一、村组及农户'), I('1.村民小组数', 'v_groups', '个'),
        // 农经's 汇总农户数 counts farming households, not the 户籍 households of 统计
        I('2.汇总农户数', 'v_farm_hh', '户'),
        // 劳动力 (labour resource) is not 乡村从业人员 (people actually employed)
        I('3.劳动力数', 'v_labor_force', '人'), S('其中：外出务工劳动力', 'v_migrant', '人'),
        C('二、土地承包经营'),
        // the contracted land is a part of the village's 耕地面积, a different datum
        D('1.家庭承包经营的耕地面积', 'v_land_contract', '亩'), I('2.家庭承包经营的农户数', 'v_contract_hh', '户'),
        I('3.颁发土地承包经营权证', 'v_cert', '份'),
        // same datum as 统计's 土地流转面积
        D('4.家庭承包耕地流转总面积', 'v_land_transfer', '亩'), { ...D('其中：出租（转包）', 'v_transfer_lease', '亩'), sub: true },
        { ...D('入股', 'v_transfer_share', '亩'), sub: true }, I('5.签订耕地流转合同', 'v_transfer_contracts', '份'),
      ],
      rows2: [
        C('三、新型经营主体'), I('1.农民专业合作社数', 'v_coop', '个'), S('其中：示范社', 'v_coop_model', '个'), I('2.家庭农场数', 'v_family_farm', '个'),
        C('四、村集体经济'),
        // 集体经济组织总收入 is what 统计 calls 村集体经济收入
        D('1.集体经济组织总收入', 'v_coll_income', '万元'), { ...D('其中：经营收入', 'v_coll_income_op', '万元'), sub: true },
        { ...D('发包及上交收入', 'v_coll_income_lease', '万元'), sub: true }, { ...D('投资收益', 'v_coll_income_inv', '万元'), sub: true },
        D('2.本年收益', 'v_coll_profit', '万元'), D('3.集体资产总额', 'v_coll_assets', '万元'),
      ],
    }],
  },
  {
    file: '区农业农村局/农村土地经营权流转台账.xlsx', dept: '区农业农村局', freq: 'annual', title: '农村土地经营权流转台账',
    sheets: [{
      kind: 'columns', name: '流转台账', seq: true, meta: '乡镇（街道）：                  村（社区）：                  建档日期：    年  月  日',
      cols: [
        L('合同编号', 'tr_contract_no'),
        G('流出方（承包农户）', L('姓名', 'tr_out_name'), L('身份证号码', 'tr_out_id', 'idcard'), L('联系电话', 'tr_out_phone', 'phone')),
        G('流入方', L('名称（姓名）', 'tr_in_name'), L('主体类型', 'tr_in_kind', 'choice', null, ['农户', '家庭农场', '农民专业合作社', '企业', '其他']),
          L('联系电话', 'tr_in_phone', 'phone')),
        // one contract's area, not the village's 土地流转面积
        L('流转面积（亩）', 'tr_area', 'decimal', '亩'), L('流转方式', 'tr_way', 'choice', null, TRANSFER_WAY),
        G('流转期限', L('起始日期', 'tr_from', 'date'), L('终止日期', 'tr_to', 'date')),
        L('流转用途', 'tr_use', 'choice', null, ['种植粮食', '种植经济作物', '养殖', '其他']), L('租金（元/亩·年）', 'tr_rent', 'decimal', '元/亩·年'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '区农业农村局/2025年第三季度畜禽存栏出栏情况统计表.xlsx', dept: '区农业农村局', freq: 'quarterly', catalog: false,
    title: '2025年第三季度畜禽存栏出栏情况统计表',
    sheets: [{
      kind: 'columns', name: '畜禽', seq: true, villages: VILLAGES, total: true, meta: '填报单位：         乡镇畜牧兽医站（盖章）          报送区农业农村局畜牧股',
      cols: [
        L('村（社区）', 'v_name'),
        G('生猪（头）', L('存栏', 'v_pig_stock', 'integer', '头'), L('其中：能繁母猪', 'v_sow_stock', 'integer', '头'), L('本季出栏', 'v_pig_out_q', 'integer', '头')),
        G('牛（头）', L('存栏', 'v_cattle_stock', 'integer', '头'), L('本季出栏', 'v_cattle_out_q', 'integer', '头')),
        G('家禽（羽）', L('存栏', 'v_poultry_stock', 'integer', '羽'), L('本季出栏', 'v_poultry_out_q', 'integer', '羽')),
        L('规模养殖场（个）', 'v_big_farms', 'integer', '个'), R(),
      ],
      footer: true,
    }],
  },
  {
    file: '区农业农村局/粮食作物播种面积和产量调查表.xlsx', dept: '区农业农村局', freq: 'annual', catalog: false,
    title: '2025年粮食作物播种面积和产量调查表（年报）',
    sheets: [{
      kind: 'grid', name: '粮食生产', key: '作物名称', prefix: 'g_grain', meta: '村（社区）：                    填报日期：2025年11月  日',
      rows: [{ l: '早稻', k: 'early' }, { l: '中稻（一季稻）', k: 'mid' }, { l: '晚稻', k: 'late' }, { l: '玉米', k: 'corn' }, { l: '大豆', k: 'soy' }, { l: '红薯（折粮）', k: 'potato' }],
      cols: [L('播种面积（亩）', 'area', 'decimal', '亩'), L('单产（公斤/亩）', 'yield', 'decimal', '公斤/亩'), L('总产量（吨）', 'out', 'decimal', '吨')],
      total: true, footer: true, note: '注：由区农业农村局种植业股汇总。',
    }],
  },
  // ───────────── 区乡村振兴局 ─────────────
  {
    file: '区乡村振兴局/防返贫监测对象信息采集表.xlsx', dept: '区乡村振兴局', freq: 'monthly', title: '防止返贫监测对象信息采集表',
    catalog: '防返贫监测对象信息表',
    sheets: [{
      kind: 'columns', name: '监测对象', seq: true, source: '（全国防返贫监测信息系统导出）',
      cols: [
        L('乡镇', 'v_town'), L('行政村', 'v_name'), L('户编号', 'h_no'),
        G('户主', L('姓名', 'h_head_name'), L('证件号码', 'h_head_id', 'idcard'), L('联系电话', 'h_head_phone', 'phone')),
        L('家庭人口数', 'h_size', 'integer', '人'), L('监测对象类别', 'h_monitor_kind', 'choice', null, MONITOR_KIND),
        L('识别监测时间', 'h_monitor_date', 'date'), L('主要风险类型', 'h_risk', 'choice', null, RISK),
        L('风险是否消除', 'h_risk_gone', 'boolean', null, YN),
        // the helper's name, unit and phone are the helper's, not the household's
        G('帮扶责任人', L('姓名', 'helper_name'), L('工作单位', 'helper_unit'), L('联系电话', 'helper_phone', 'phone'), L('结对时间', 'helper_since', 'date')),
      ],
      blank: 12,
    }],
  },
  {
    // the pairing ledger asks nothing the monitoring export (monthly) does not: full retirement
    file: '区乡村振兴局/监测户帮扶责任人结对台账.xlsx', dept: '区乡村振兴局', freq: 'adhoc', catalog: false, title: '监测户帮扶责任人结对帮扶台账',
    sheets: [{
      kind: 'columns', name: 'Sheet1', seq: true, meta: '乡镇（街道）：              （结对调整时随时报区乡村振兴局）',
      cols: [
        L('村', 'v_name'), L('监测户户主', 'h_head_name'), L('户主身份证号', 'h_head_id', 'idcard'),
        L('帮扶人姓名', 'helper_name'), L('帮扶人单位', 'helper_unit'), L('帮扶人手机', 'helper_phone', 'phone'), L('结对日期', 'helper_since', 'date'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '区乡村振兴局/村级防止返贫监测帮扶情况月报表.xlsx', dept: '区乡村振兴局', freq: 'monthly', catalog: false,
    title: '村级防止返贫监测帮扶情况月报表',
    sheets: [{
      kind: 'columns', name: '月报', seq: true, villages: VILLAGES, total: true, meta: '乡镇：           2026年  月          每月25日前报区乡村振兴局',
      cols: [
        L('村（社区）', 'v_name'),
        G('监测对象', L('户数（户）', 'v_monitor_hh', 'integer', '户'), L('人数（人）', 'v_monitor_n', 'integer', '人')),
        G('其中：风险已消除', L('户数（户）', 'v_monitor_gone_hh', 'integer', '户'), L('人数（人）', 'v_monitor_gone_n', 'integer', '人')),
        L('本月新识别户数（户）', 'v_monitor_new_hh_m', 'integer', '户'),
        G('帮扶措施', L('产业帮扶（户）', 'v_aid_industry_hh', 'integer', '户'), L('就业帮扶（人）', 'v_aid_job_n', 'integer', '人'),
          L('小额信贷（万元）', 'v_aid_loan', 'decimal', '万元')),
        // 脱贫户 here is the same count as 统计's 其中：脱贫户
        L('脱贫户数（户）', 'v_tp_hh', 'integer', '户'), R(),
      ],
      footer: FOOT_VILLAGE,
    }],
  },
  {
    file: '区乡村振兴局/农户家庭基本情况调查表.xlsx', dept: '区乡村振兴局', freq: 'annual', title: '农户家庭基本情况调查表',
    dictSheet: { name: '选项', visible: true },
    sheets: [
      {
        kind: 'columns', name: '表一 家庭成员', title: '表一  家庭成员基本情况', seq: true,
        meta: '乡镇：          村：          组：          户编号：          调查日期：    年  月  日',
        cols: [
          L('姓名', 'p_name'), L('与户主关系', 'p_relation', 'choice', null, RELATION), L('性别', 'p_sex', 'choice', null, SEX),
          L('民族', 'p_nation', 'choice', null, NATION), L('身份证号码', 'p_idno', 'idcard'), L('文化程度', 'p_edu', 'choice', null, EDU),
          L('健康状况', 'p_health', 'choice', null, HEALTH), L('是否在校生', 'p_student', 'boolean', null, YN),
          L('务工所在地', 'p_work_place', 'choice', null, ['乡镇内', '县外省内', '省外', '未务工']), L('联系电话', 'p_phone', 'phone'),
        ],
        blank: 8,
      },
      {
        kind: 'indicator-rows', name: '表二 收入', title: '表二  家庭收入情况', head: ['项目', '单位', '金额'],
        rows: [
          C('一、家庭年收入'), D('1.工资性收入', 'h_inc_wage', '元'), D('2.生产经营性收入', 'h_inc_op', '元'), D('3.财产性收入', 'h_inc_prop', '元'),
          D('4.转移性收入', 'h_inc_transfer', '元'), { ...D('其中：养老金', 'h_inc_pension', '元'), sub: true }, { ...D('低保金', 'h_inc_dibao', '元'), sub: true },
          C('二、家庭年支出'), D('1.生产经营性支出', 'h_exp_op', '元'), D('2.医疗支出', 'h_exp_med', '元'),
          // a household's per-capita income, not the village's average
          D('三、家庭年人均纯收入', 'h_inc_pc', '元'),
        ],
      },
      {
        kind: 'indicator-rows', name: '表三 生产生活条件', title: '表三  生产生活条件', head: ['项目', '单位', '数量'],
        rows: [
          C('一、生产条件'),
          // the household's land, not the village's 耕地面积 / 林地面积
          D('1.耕地面积', 'h_land', '亩'), { ...D('其中：有效灌溉面积', 'h_land_irrigated', '亩'), sub: true }, D('2.林地面积', 'h_forest', '亩'),
          C('二、生活条件'), D('1.住房面积', 'h_house_area', '平方米'), I('2.是否危房', 'h_house_danger', null, 'boolean'),
          I('3.是否通生活用电', 'h_power', null, 'boolean'), I('4.饮水是否安全', 'h_water_safe', null, 'boolean'),
          I('5.是否有卫生厕所', 'h_toilet', null, 'boolean'),
        ],
      },
      {
        kind: 'columns', name: '表四 帮扶措施', title: '表四  落实帮扶措施情况', seq: true,
        cols: [
          L('帮扶项目', 'h_aid_item', 'choice', null, ['产业帮扶', '就业帮扶', '教育帮扶', '健康帮扶', '住房保障', '小额信贷', '兜底保障', '其他']),
          L('帮扶资金（元）', 'h_aid_amount', 'decimal', '元'), L('落实时间', 'h_aid_date', 'date'), R('备  注'),
        ],
        blank: 6, footer: '调查员：            户主签字：            村（社区）审核：',
      },
    ],
  },
  // ───────────── 区公安分局 ─────────────
  {
    file: '区公安分局/实有人口登记表.xlsx', dept: '区公安分局', freq: 'monthly', title: '实有人口信息登记表',
    sheets: [{
      kind: 'columns', name: '实有人口', seq: true, source: '社区警务综合信息平台 导出',
      cols: [
        L('姓名', 'p_name'), L('曾用名', 'p_old_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
        L('出生日期', 'p_birth', 'date'), L('证件种类', 'p_id_kind', 'choice', null, ID_KIND), L('证件号码', 'p_idno', 'idcard'),
        L('人口类别', 'p_pop_kind', 'choice', null, POP_KIND),
        L('户籍地详址', 'p_addr_hj'), L('居住地详址', 'p_addr_res'), L('服务处所', 'p_workplace'), L('联系方式', 'p_phone', 'phone'),
        L('登记日期', 'p_reg_date', 'date'), L('所属社区', 'v_name'),
      ],
      blank: 12,
    }],
  },
  {
    file: '区公安分局/出租房屋登记表.xlsx', dept: '区公安分局', freq: 'monthly', title: '出租房屋及承租人登记表',
    sheets: [{
      kind: 'columns', name: '出租房屋', seq: true, source: '社区警务综合信息平台 导出', meta: '派出所：                 警务区：',
      cols: [
        L('社区（村）', 'v_name'), L('房屋地址', 'rent_addr'), L('出租间数', 'rent_rooms', 'integer', '间'),
        G('房主', L('姓名', 'rent_owner_name'), L('身份证号', 'rent_owner_id', 'idcard'), L('联系电话', 'rent_owner_phone', 'phone')),
        G('承租人', L('姓名', 'rent_tenant_name'), L('身份证号', 'rent_tenant_id', 'idcard'), L('联系电话', 'rent_tenant_phone', 'phone'),
          L('入住日期', 'rent_since', 'date')),
        L('居住人数', 'rent_persons', 'integer', '人'), L('是否签订治安责任书', 'rent_pledge', 'boolean', null, YN), R(),
      ],
      blank: 12,
    }],
  },
  {
    file: '区公安分局/重点人员动态管控台账.xlsx', dept: '区公安分局', freq: 'weekly', catalog: false, title: '重点人员动态管控台账（周报）',
    sheets: [{
      kind: 'columns', name: '重点人员', seq: true, meta: '派出所（盖章）：              统计周期：    月  日 至    月  日',
      cols: [
        L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('公民身份号码', 'p_idno', 'idcard'),
        L('户籍所在地', 'p_addr_hj'), L('实际居住地', 'p_addr_res'),
        L('人员类别', 'p_key_kind', 'choice', null, ['涉稳', '涉毒', '肇事肇祸精神障碍患者', '刑满释放', '其他']),
        L('管控级别', 'p_key_level', 'choice', null, ['一级', '二级', '三级']), L('本周动态', 'p_key_week'),
        // the policeman in charge and his phone are not the person's
        L('责任民警', 'police_name'), L('民警电话', 'police_phone', 'phone'), R(),
      ],
      blank: 10, note: '注：每周一上午报区公安分局指挥中心。',
    }],
  },
  // ───────────── 区委政法委 ─────────────
  {
    // the grid's 出租屋 ledger is the police's 出租房屋 register under other words: full retirement
    file: '区委政法委/网格出租屋巡查台账（月报）.xlsx', dept: '区委政法委', freq: 'monthly', catalog: false, title: '网格出租屋巡查台账',
    sheets: [{
      kind: 'columns', name: '出租屋', seq: true, meta: '网格名称：                网格员：                月份：',
      cols: [
        L('所在村（社区）', 'v_name'), L('出租屋地址', 'rent_addr'),
        G('业主', L('业主姓名', 'rent_owner_name'), L('证件号码', 'rent_owner_id', 'idcard'), L('手机号码', 'rent_owner_phone', 'phone')),
        G('租客', L('租客姓名', 'rent_tenant_name'), L('证件号码', 'rent_tenant_id', 'idcard'), L('手机号码', 'rent_tenant_phone', 'phone'),
          L('入住时间', 'rent_since', 'date')),
        L('居住人数', 'rent_persons', 'integer', '人'), R('巡查情况'),
      ],
      blank: 10, footer: '网格员签名：              网格长审核：',
    }],
  },
  {
    // every column is in the police's 实有人口 register (monthly): full retirement
    file: '区委政法委/流动人口信息采集表.xlsx', dept: '区委政法委', freq: 'adhoc', catalog: false, title: '流动人口信息采集表',
    sheets: [{
      kind: 'columns', name: '流动人口', seq: true, meta: '网格：              采集人：              （人员流入时即采集，报区委政法委综治中心）',
      cols: [
        L('姓  名', 'p_name'), L('性  别', 'p_sex', 'choice', null, SEX), L('出生年月', 'p_birth', 'date'), L('居民身份证号', 'p_idno', 'idcard'),
        L('户籍地址', 'p_addr_hj'), L('现住址', 'p_addr_res'), L('工作单位', 'p_workplace'), L('手机号码', 'p_phone', 'phone'), L('采集日期', 'p_reg_date', 'date'),
      ],
      blank: 10,
    }],
  },
  {
    file: '区委政法委/网格员基本信息表.xlsx', dept: '区委政法委', freq: 'annual', title: '网格员基本信息表',
    dictSheet: { name: '字典', visible: true },
    sheets: [{
      kind: 'columns', name: '网格员', seq: true, meta: '乡镇（街道）：                       更新日期：    年  月  日',
      cols: [
        L('所属村（社区）', 'v_name'), L('网格名称', 'grid_name'), L('网格编码', 'grid_code'),
        G('网格员', L('姓名', 'grid_staff_name'), L('性别', 'grid_staff_sex', 'choice', null, SEX), L('身份证号', 'grid_staff_id', 'idcard'),
          L('政治面貌', 'grid_staff_polit', 'choice', null, POLIT), L('手机号码', 'grid_staff_phone', 'phone'),
          L('专兼职', 'grid_staff_kind', 'choice', null, ['专职', '兼职'])),
        G('其中：网格内基本情况', L('户数（户）', 'grid_hh', 'integer', '户'), L('人口（人）', 'grid_pop', 'integer', '人')),
        R(),
      ],
      blank: 10, footer: true,
    }],
  },
  // ───────────── 区司法局 ─────────────
  {
    file: '区司法局/人民调解案件登记台账.xlsx', dept: '区司法局', freq: 'monthly', title: '人民调解案件登记台账',
    sheets: [{
      kind: 'columns', name: '调解台账', seq: true, meta: '调解委员会名称：                         （盖章）',
      cols: [
        L('受理日期', 'md_date', 'date'),
        G('当事人', L('申请人', 'md_applicant'), L('联系电话', 'md_applicant_phone', 'phone'), L('被申请人', 'md_respondent')),
        L('纠纷类型', 'md_kind', 'choice', null, DISPUTE_KIND), L('纠纷简要情况', 'md_summary'),
        L('调解结果', 'md_result', 'choice', null, ['调解成功', '调解不成功', '终止调解']), L('协议形式', 'md_agree_form', 'choice', null, ['书面', '口头']),
        L('履行情况', 'md_done', 'choice', null, ['已履行', '未履行', '部分履行']), L('调解员', 'md_mediator'), R(),
      ],
      blank: 12, footer: true,
    }],
  },
  {
    file: '区司法局/人民调解工作情况统计表.xlsx', dept: '区司法局', freq: 'quarterly', title: '人民调解工作情况统计表（季报）',
    catalog: '人民调解工作统计季报',
    sheets: [{
      kind: 'indicator-rows', name: '统计表', meta: '填报单位：           村（居）人民调解委员会          2026年第  季度', head: ['项目', '计量单位', '本季度', '本年累计'],
      sign: 'line',
      rows: [
        C('一、调解组织和人员'), I('1.人民调解委员会', 'v_md_committees', '个'), I('2.人民调解员', 'v_mediators', '人'),
        S('其中：专职人民调解员', 'v_mediators_ft', '人'),
        C('二、矛盾纠纷调解情况'),
        // 受理 of 人民调解 is not the 信访 office's 受理信访事项
        I('1.受理矛盾纠纷', 'v_md_cases', '件'), S('其中：婚姻家庭纠纷', 'v_md_family', '件'), S('邻里纠纷', 'v_md_neighbour', '件'),
        S('土地承包纠纷', 'v_md_land', '件'), S('山林水利纠纷', 'v_md_forest', '件'),
        I('2.调解成功', 'v_md_success', '件'), I('3.涉及当事人', 'v_md_parties', '人'), I('4.防止民间纠纷转化为刑事案件', 'v_md_prevent', '件'),
        C('三、法治宣传'), I('1.开展法治宣传活动', 'v_law_events', '次'), I('2.“法律明白人”', 'v_law_persons', '人'),
      ],
    }],
  },
  {
    file: '区司法局/社区矫正对象基本信息表.xlsx', dept: '区司法局', freq: 'adhoc', catalog: false, title: '社区矫正对象基本信息表',
    sheets: [{
      kind: 'columns', name: '矫正对象', seq: true, meta: '司法所（盖章）：                       （新接收矫正对象5个工作日内报区司法局社区矫正股）',
      cols: [
        L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号码', 'p_idno', 'idcard'), L('出生日期', 'p_birth', 'date'),
        L('居住地', 'p_addr_res'), L('罪名', 'cr_crime'), L('矫正类别', 'cr_kind', 'choice', null, CORRECTION_KIND),
        G('矫正期限', L('起', 'cr_from', 'date'), L('止', 'cr_to', 'date')), L('本人电话', 'p_phone', 'phone'),
        // the family member's name and phone are not the person's own
        G('家庭成员（监护人）', L('姓名', 'p_guardian_name'), L('联系电话', 'p_guardian_phone', 'phone')), R(),
      ],
      blank: 8,
    }],
  },
  // ───────────── 区信访局 ─────────────
  {
    file: '区信访局/信访事项登记表.xlsx', dept: '区信访局', freq: 'monthly', title: '信访事项受理登记表',
    sheets: [{
      kind: 'columns', name: '登记表', seq: true, meta: '登记单位：                        月份：    年  月',
      cols: [
        L('登记日期', 'pt_date', 'date'), L('信访人姓名', 'p_name'), L('身份证号', 'p_idno', 'idcard'), L('联系电话', 'p_phone', 'phone'),
        L('住址', 'p_addr_res'), L('信访形式', 'pt_form', 'choice', null, PETITION_FORM), L('人数', 'pt_persons', 'integer', '人'),
        L('问题类别', 'pt_kind', 'choice', null, ['征地拆迁', '涉农', '劳动社保', '城乡建设', '涉法涉诉', '其他']), L('主要诉求', 'pt_claim'),
        L('是否重复信访', 'pt_repeat', 'boolean', null, YN), L('办理情况', 'pt_result'), R(),
      ],
      blank: 12, footer: true,
    }],
  },
  {
    file: '信访矛盾纠纷排查化解情况统计表.xlsx', dept: '区信访局', freq: 'quarterly', catalog: false,
    title: '2025年第三季度信访矛盾纠纷排查化解情况统计表',
    sheets: [{
      kind: 'indicator-rows', name: 'Sheet1', stat: { code: '信统02表', org: 'XX区信访局' }, meta: '填报单位（盖章）：', head: ['项    目', '单位', '数量'],
      sign: 'cells',
      rows: [
        C('一、信访事项'), I('1.本季度受理信访事项', 'v_pt_cases_q', '件'), S('其中：来访', 'v_pt_visits_q', '件'), S('网上信访', 'v_pt_online_q', '件'),
        I('2.来访人次', 'v_pt_persons_q', '人次'), I('3.集体访', 'v_pt_group_q', '批次'), I('4.按期办结', 'v_pt_done_q', '件'),
        C('二、矛盾纠纷排查'), I('1.排查矛盾纠纷', 'v_dispute_found_q', '件'), S('其中：已化解', 'v_dispute_solved_q', '件'),
        I('2.重点信访人员', 'v_pt_key_persons', '人'),
      ],
    }],
  },
  // ───────────── 区教育局 ─────────────
  {
    file: '区教育局/2025年秋季学期控辍保学动态监测台账.xlsx', dept: '区教育局', freq: 'semiannual', catalog: false,
    title: '2025年秋季学期义务教育阶段控辍保学动态监测台账',
    sheets: [{
      kind: 'columns', name: '控辍保学', seq: true, meta: '乡镇（街道）：                学校（盖章）：',
      cols: [
        L('村（社区）', 'v_name'),
        G('学生信息', L('学生姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号', 'p_idno', 'idcard'), L('出生日期', 'p_birth', 'date')),
        G('就读情况', L('就读学校', 'stu_school'), L('年级', 'stu_grade', 'choice', null, ['一年级', '二年级', '三年级', '四年级', '五年级', '六年级', '七年级', '八年级', '九年级']),
          L('是否失学辍学', 'stu_dropout', 'boolean', null, YN), L('辍学原因', 'stu_dropout_why')),
        // the guardian, not the pupil
        G('监护人', L('姓名', 'p_guardian_name'), L('联系电话', 'p_guardian_phone', 'phone')), L('劝返情况', 'stu_return'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '区教育局/家庭经济困难学生资助名册.xlsx', dept: '区教育局', freq: 'semiannual', title: '家庭经济困难学生资助名册',
    dictSheet: { name: '代码表', visible: true },
    sheets: [{
      kind: 'columns', name: '资助名册', seq: true, meta: '学校名称（盖章）：                       学期：',
      cols: [
        L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证件号', 'p_idno', 'idcard'), L('户籍所在村（社区）', 'v_name'),
        L('学段', 'stu_stage', 'choice', null, SCHOOL_STAGE), L('学校', 'stu_school'),
        L('家庭经济困难类型', 'stu_hardship', 'choice', null, HARDSHIP), L('资助项目', 'stu_aid_item', 'choice', null, ['国家助学金', '生活补助', '营养改善计划', '免学费', '其他']),
        L('资助金额（元）', 'stu_aid_amount', 'decimal', '元'), L('家长姓名', 'p_guardian_name'), L('家长联系电话', 'p_guardian_phone', 'phone'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  // ───────────── 区退役军人事务局 ─────────────
  {
    file: '区退役军人事务局/退役军人基本情况登记表.xlsx', dept: '区退役军人事务局', freq: 'adhoc', catalog: false, title: '退役军人基本情况登记表',
    sheets: [{
      kind: 'columns', name: '登记表', seq: true, source: '（退役军人服务站采集，新退役人员返乡后30日内报区退役军人事务局）',
      cols: [
        L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION), L('出生年月', 'p_birth', 'date'),
        L('身份证号', 'p_idno', 'idcard'), L('政治面貌', 'p_polit', 'choice', null, POLIT),
        G('服役信息', L('入伍时间', 'p_enlist', 'date'), L('退役时间', 'p_discharge', 'date'), L('退役类别', 'p_vet_kind', 'choice', null, VET_KIND)),
        L('安置方式', 'p_vet_placement', 'choice', null, ['自主就业', '安排工作', '退休', '供养', '其他']),
        L('户籍地址', 'p_addr_hj'), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '区退役军人事务局/村级退役军人服务站工作情况统计表.xlsx', dept: '区退役军人事务局', freq: 'semiannual', title: '村级退役军人服务站工作情况统计表',
    catalog: '退役军人服务站工作情况统计表（半年报）',
    sheets: [{
      kind: 'columns', name: '服务站', seq: true, villages: VILLAGES, total: true, meta: '乡镇（街道）退役军人服务站：                2026年上半年',
      cols: [
        L('村（社区）', 'v_name'),
        G('退役军人（人）', L('合计', 'v_vets', 'integer', '人'), L('其中：党员', 'v_vets_party', 'integer', '人')),
        L('其他优抚对象（人）', 'v_yf_others', 'integer', '人'), L('服务站工作人员（人）', 'v_vet_station_staff', 'integer', '人'),
        G('本半年工作', L('走访慰问（人次）', 'v_vet_visits_h', 'integer', '人次'), L('帮助就业（人）', 'v_vet_jobs_h', 'integer', '人')), R(),
      ],
      footer: true,
    }],
  },
  {
    // the 登记表 above shares everything but its 安置方式 with this monthly ledger: partial retirement
    file: '区退役军人事务局/退役军人走访慰问台账.xlsx', dept: '区退役军人事务局', freq: 'monthly', title: '退役军人和其他优抚对象走访慰问台账',
    catalog: '走访慰问台账（月报）',
    sheets: [{
      kind: 'columns', name: '走访慰问', seq: true, meta: '村（社区）退役军人服务站：                   2026年  月',
      cols: [
        G('慰问对象', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
          L('出生日期', 'p_birth', 'date'), L('公民身份号码', 'p_idno', 'idcard'), L('政治面貌', 'p_polit', 'choice', null, POLIT)),
        G('服役情况', L('入伍年月', 'p_enlist', 'date'), L('退役年月', 'p_discharge', 'date'), L('人员类别', 'p_vet_kind', 'choice', null, VET_KIND)),
        L('户籍所在地', 'p_addr_hj'), L('联系方式', 'p_phone', 'phone'),
        G('走访慰问', L('走访日期', 'vet_visit_date', 'date'), L('慰问金（元）', 'vet_visit_money', 'decimal', '元'), L('慰问物资折款（元）', 'vet_visit_goods', 'decimal', '元'),
          L('走访人', 'vet_visitor')), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  // ───────────── 区水利局 ─────────────
  {
    file: '区水利局/农村供水工程基本情况调查表.xlsx', dept: '区水利局', freq: 'annual', catalog: false, title: '农村供水工程基本情况调查表',
    sheets: [{
      kind: 'columns', name: '供水工程', seq: true, stat: { code: '水农供1表', org: 'XX区水利局' }, meta: '乡镇（街道）：                    2025年度',
      cols: [
        L('工程名称', 'ws_name'), L('所在村', 'v_name'), L('工程类型', 'ws_kind', 'choice', null, ['千吨万人', '千人以上', '千人以下', '分散供水']),
        L('设计供水规模（m³/d）', 'ws_capacity', 'decimal', 'm³/d'),
        // a project's beneficiaries, not the village's 通自来水户数
        G('受益范围', L('户数（户）', 'ws_hh', 'integer', '户'), L('人口（人）', 'ws_pop', 'integer', '人')),
        L('建成年份', 'ws_year', 'integer', '年'), L('水质是否达标', 'ws_quality', 'boolean', null, YN),
        G('管护责任人', L('姓名', 'ws_keeper_name'), L('联系电话', 'ws_keeper_phone', 'phone')), R(),
      ],
      blank: 8, footer: true,
    }],
  },
  {
    file: '区水利局/小型水库山塘安全责任人名单.xlsx', dept: '区水利局', freq: 'annual', title: '小型水库（山塘）安全度汛责任人名单',
    sheets: [{
      kind: 'columns', name: 'Sheet1', seq: true, meta: '乡镇（盖章）：                        2026年',
      cols: [
        L('水库（山塘）名称', 'rs_name'), L('所在村', 'v_name'), L('总库容（万m³）', 'rs_volume', 'decimal', '万m³'),
        G('行政责任人', L('姓名', 'rs_admin_name'), L('职务', 'rs_admin_title'), L('手机', 'rs_admin_phone', 'phone')),
        G('巡查责任人', L('姓名', 'rs_patrol_name'), L('手机', 'rs_patrol_phone', 'phone')),
        G('技术责任人', L('姓名', 'rs_tech_name'), L('手机', 'rs_tech_phone', 'phone')), R(),
      ],
      blank: 8, footer: true,
    }],
  },
  // ───────────── 区林业局 ─────────────
  {
    file: '区林业局/生态护林员聘用花名册.xlsx', dept: '区林业局', freq: 'annual', title: '生态护林员聘用花名册',
    sheets: [{
      kind: 'columns', name: '护林员', seq: true, meta: '乡镇（街道）：                          聘用年度：2026年',
      cols: [
        L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号码', 'p_idno', 'idcard'),
        L('是否脱贫人口（含监测对象）', 'p_is_tp', 'boolean', null, YN),
        // the ranger's patrol area, not the village's 林地面积
        L('管护面积（亩）', 'fr_area', 'decimal', '亩'), L('管护区域（四至）', 'fr_zone'), L('聘用起始时间', 'fr_since', 'date'),
        L('劳务补助（元/年）', 'fr_pay', 'decimal', '元/年'), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    // every column is in 统计's 年报 (same frequency): full retirement
    file: '区林业局/村级森林资源情况表.xlsx', dept: '区林业局', freq: 'annual', catalog: false, title: '村级森林资源情况表',
    sheets: [{
      kind: 'columns', name: '森林资源', seq: true, villages: VILLAGES, total: true, stat: { code: '林资01表', org: 'XX区林业局' },
      meta: '乡镇（街道）林业站：                 2025年度',
      cols: [
        L('村名', 'v_name'), L('林业用地面积（公顷）', 'v_forest', 'decimal', '公顷'), L('其中：生态公益林（公顷）', 'v_forest_public', 'decimal', '公顷'),
        L('森林覆盖率（%）', 'v_forest_cover', 'decimal', '%'), R(),
      ],
      footer: true,
    }],
  },
  // ───────────── 区交通运输局 ─────────────
  {
    file: '区交通运输局/农村公路村道基本情况表.xlsx', dept: '区交通运输局', freq: 'annual', title: '农村公路（村道）基本情况及路长信息表',
    sheets: [{
      kind: 'columns', name: '村道', seq: true, meta: '乡镇（街道）：                      填报日期：    年  月  日',
      cols: [
        L('所在村', 'v_name'), L('路线编码', 'rd_code'), L('路线名称', 'rd_name'),
        G('起止点', L('起点', 'rd_from'), L('止点', 'rd_to')), L('里程（公里）', 'rd_km', 'decimal', '公里'),
        L('路面类型', 'rd_surface', 'choice', null, ROAD_SURFACE), L('路面宽度（米）', 'rd_width', 'decimal', '米'),
        G('村级路长', L('姓名', 'rd_chief_name'), L('联系电话', 'rd_chief_phone', 'phone')), L('养护人员', 'rd_keeper'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '区交通运输局/建制村通客车情况统计表.xlsx', dept: '区交通运输局', freq: 'annual', catalog: false,
    title: '建制村通客车情况统计表', xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'columns', name: 'Sheet1', startCol: 1, blankTop: 1, textNums: true, seq: true, villages: VILLAGES,
      meta: '填报单位：          乡镇交通管理站          （每年12月10日前报区交通运输局运管股）',
      cols: [
        L('建制村', 'v_name'), L('是否通客车', 'v_bus', 'boolean', null, YN), L('客运线路（条）', 'v_bus_lines', 'integer', '条'),
        L('日均班次（班）', 'v_bus_runs', 'integer', '班'), L('候车亭（个）', 'v_bus_shelters', 'integer', '个'),
        L('硬化路里程（公里）', 'v_road_km', 'decimal', '公里'), R(),
      ],
      footer: true,
    }],
  },
];

const corpus = new Corpus('blind7', path.join(import.meta.dirname ?? __dirname), forms, [
  ['农村公路养护月报表.xlsx', '农村公路养护月报表', '区交通运输局', '月报'],
]);
void corpus.build();
