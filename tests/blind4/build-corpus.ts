/**
 * Round-4 corpus "blind4" (issue 10, real-county shapes): 37 templates of 13 county offices written the way 2012–2026
 * templates are — 民政 优抚 rosters and 社会救助 statistics, 统计 农村基本情况 年报 (a long indicator-rows questionnaire),
 * 公安 社区警务 (社区警务综合平台 exports, 实有人口 / 出租房屋 / 重点人员), 扶贫 建档立卡 采集表 (one form in five sheets),
 * 扶贫 调查表 + 汇总表, 农业 农经统计, 应急 灾情 / 隐患排查, 卫健 村卫生室 / 体检 / 家庭医生签约, 人社 转移就业 / 城乡居民养老,
 * 住建 危房改造 (an .xls conversion), 残联 动态更新调查表 (five sheets and a visible 字典 sheet), 政法委 矛盾纠纷.
 * Written before reading the lexicon or the matcher; the gold sits next to each label. This is the corpus the parser
 * and matcher engineers develop on; tests/blind5 is the held-out one.
 *
 *   npx tsx tests/blind4/build-corpus.ts      → tests/blind4/forms, 报表清单.xlsx, gold.json
 *   npx tsx tests/blind4/build-corpus.ts --gold-only   → gold.json only (the committed .xlsx stay as they are)
 *
 * Gold conventions beyond ../shared/bench/README.md: the household's 耕地面积 (扶贫 采集表) is not the village's; a
 * programme named only in the title keeps amounts apart (优抚 抚恤 发放金额 ≠ 残疾人两项补贴 发放金额); 转移就业 ≠ 外出务工;
 * 农户数 ≠ 户籍户数; 村委会成员 ≠ 村“两委”成员; 治安隐患 ≠ 安全生产隐患; a clinic's 家庭医生签约人数 ≠ the village's; the
 * 统计 住户调查's 调查户数 ≠ the 扶贫 收入调查's; a helper's 联系电话 (表五 帮扶责任人) is the helper's.
 */
import path from 'node:path';
import { C, Corpus, D, EDU, G, I, L, NATION, POLIT, R, S, SEX, YN, type Form } from './kit';

const VILLAGES = ['向阳村', '大塘村', '枫树村', '金盆社区', '石桥村', '茶园村'];
const YF_TYPE = ['残疾军人', '烈士遗属', '因公牺牲军人遗属', '病故军人遗属', '在乡复员军人', '带病回乡退伍军人', '参战参试退役人员'];
const DISAB_TYPE = ['视力残疾', '听力残疾', '言语残疾', '肢体残疾', '智力残疾', '精神残疾', '多重残疾'];
const DISAB_GRADE = ['一级', '二级', '三级', '四级'];
const DISPUTE = ['婚姻家庭', '邻里纠纷', '土地承包', '山林权属', '劳资纠纷', '征地拆迁', '其他'];
const RESULT = ['调解成功', '调解不成功', '移交有关部门'];
const FOOT_CUN = '村（社区）负责人：            填表人：            联系电话：            填报日期：    年  月  日';

const forms: Form[] = [
  // ───────────── 区民政局 ─────────────
  {
    file: '区民政局/优抚对象花名册.xlsx', dept: '区民政局', freq: 'annual', title: '2013年度重点优抚对象花名册',
    xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'columns', name: 'Sheet1', startCol: 1, blankTop: 1, textNums: true, seq: true,
      meta: '填报单位（盖章）：              乡镇民政办                    2013年  月  日',
      cols: [
        L('乡镇', 'v_town'), L('村（居）', 'v_name'), L('姓  名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX),
        L('身份证号码', 'p_idno', 'idcard'), L('优抚对象类别', 'p_yf_type', 'choice', null, YF_TYPE),
        L('入伍时间', 'p_enlist', 'date'), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '区民政局/优抚对象定期抚恤补助发放花名册（月报）.xlsx', dept: '区民政局', freq: 'monthly', catalog: false,
    title: '重点优抚对象定期抚恤补助发放花名册',
    sheets: [{
      kind: 'columns', name: '发放花名册', seq: true,
      meta: '乡镇（街道）：               发放月份：    年  月          （每月5日前报送区民政局优抚安置股）',
      cols: [
        L('乡镇（街道）', 'v_town'), L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX),
        L('公民身份号码', 'p_idno', 'idcard'), L('优抚类别', 'p_yf_type', 'choice', null, YF_TYPE), L('入伍年月', 'p_enlist', 'date'),
        L('残疾军人证号', 'p_vet_disab_no'), L('本月发放金额（元）', 'p_yf_pay_m', 'decimal', '元'), L('联系方式', 'p_phone', 'phone'), R(),
      ],
      blank: 12, total: true, footer: true,
    }],
  },
  {
    file: '区民政局/农村低保对象花名册.xlsx', dept: '区民政局', freq: 'monthly', title: '农村最低生活保障对象花名册',
    sheets: [{
      kind: 'columns', name: '低保花名册', seq: true, meta: '乡镇（街道）：                （盖章）                 年    月',
      cols: [
        L('乡镇', 'v_town'), L('村（社区）', 'v_name'), L('户主姓名', 'h_head_name'), L('户主身份证号', 'h_head_id', 'idcard'),
        L('保障人口（人）', 'h_dibao_n', 'integer', '人'), L('保障类别', 'h_dibao_cls', 'choice', null, ['A类', 'B类', 'C类']),
        L('月保障金（元）', 'h_dibao_pay', 'decimal', '元'), L('纳入保障时间', 'h_dibao_since', 'date'), L('联系电话', 'h_head_phone', 'phone'), R(),
      ],
      blank: 12, footer: true,
    }],
  },
  {
    file: '区民政局/社会救助工作统计月报表.xlsx', dept: '区民政局', freq: 'monthly', title: '社会救助工作统计月报表',
    catalog: '社会救助统计月报',
    sheets: [{
      kind: 'indicator-rows', name: '月报', stat: { code: '民统救01表', org: 'XX区民政局' },
      meta: '填报单位：                    2026年  月', head: ['项    目', '单位', '数量'], sign: 'cells',
      rows: [
        C('一、城市最低生活保障'), I('1.保障户数', 'v_udb_hh', '户'), I('2.保障人数', 'v_udb_n', '人'), S('其中：残疾人', 'v_udb_disab', '人'),
        S('老年人', 'v_udb_old', '人'), D('3.当月保障金支出', 'v_udb_pay_m', '万元'),
        C('二、农村最低生活保障'), I('1.保障户数', 'v_rdb_hh', '户'), I('2.保障人数', 'v_rdb_n', '人'), S('其中：残疾人', 'v_rdb_disab', '人'),
        S('老年人', 'v_rdb_old', '人'), D('3.当月保障金支出', 'v_rdb_pay_m', '万元'),
        C('三、特困人员救助供养'), I('1.特困供养人数', 'v_tk_n', '人'), S('其中：集中供养', 'v_tk_central', '人'), S('分散供养', 'v_tk_disp', '人'),
        D('2.当月供养金支出', 'v_tk_pay_m', '万元'),
        C('四、临时救助'), I('1.当月救助人次', 'v_temp_n_m', '人次'), S('其中：救助非本地户籍人员', 'v_temp_nonlocal_m', '人次'),
        D('2.当月救助金额', 'v_temp_pay_m', '万元'), I('3.本年累计救助人次', 'v_temp_n_y', '人次'),
        C('五、儿童福利和残疾人福利'), I('1.孤儿', 'v_orphan', '人'), I('2.事实无人抚养儿童', 'v_fwfy', '人'),
        I('3.享受困难残疾人生活补贴人数', 'v_disab_sub_n', '人'), I('4.享受重度残疾人护理补贴人数', 'v_disab_care_n', '人'),
      ],
    }],
  },
  {
    file: '区民政局/困难残疾人生活补贴和重度残疾人护理补贴发放表.xlsx', dept: '区民政局', freq: 'monthly', catalog: false,
    title: '困难残疾人生活补贴和重度残疾人护理补贴发放花名册',
    sheets: [{
      kind: 'columns', name: '发放表', seq: true,
      meta: '乡镇（街道）：              发放年月：     年  月        （每月10日前报区民政局社会救助股）',
      cols: [
        L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号', 'p_idno', 'idcard'),
        L('残疾人证号', 'p_disab_no'), L('残疾类别', 'p_disab_type', 'choice', null, DISAB_TYPE),
        L('残疾等级', 'p_disab_grade', 'choice', null, DISAB_GRADE),
        L('补贴类别', 'p_disab_sub_type', 'choice', null, ['困难残疾人生活补贴', '重度残疾人护理补贴', '两项补贴']),
        L('发放金额（元）', 'p_disab_pay', 'decimal', '元'), R(),
      ],
      blank: 12, total: true, footer: true,
    }],
  },
  {
    file: '区民政局/村（居）民委员会基本情况统计表.xlsx', dept: '区民政局', freq: 'annual', title: '村（居）民委员会基本情况统计表',
    sheets: [{
      kind: 'columns', name: '基本情况', seq: true, villages: VILLAGES, total: true, codeRow: true,
      stat: { code: '民基3表', org: 'XX区民政局' }, meta: '填报单位：                    2025年12月31日',
      cols: [
        L('村（居）委会名称', 'v_name'), L('村民小组（个）', 'v_groups', 'integer', '个'), L('户籍户数（户）', 'v_hh_hj', 'integer', '户'),
        L('户籍人口（人）', 'v_pop_hj', 'integer', '人'),
        G('村（居）民委员会成员（人）', L('合计', 'v_vc_members', 'integer', '人'), L('其中：女性', 'v_vc_members_f', 'integer', '人'),
          L('35岁以下', 'v_vc_members_u35', 'integer', '人')),
        L('村务监督委员会成员（人）', 'v_supervise', 'integer', '人'), R(),
      ],
      footer: true,
    }],
  },
  // ───────────── 区退役军人事务局 ─────────────
  {
    file: '区退役军人事务局/退役军人信息采集表.xlsx', dept: '区退役军人事务局', freq: 'adhoc', title: '退役军人和其他优抚对象信息采集表',
    dictSheet: { name: '下拉选项', visible: true },
    sheets: [{
      kind: 'columns', name: '信息采集', seq: true, example: true,
      meta: '填报单位：              村（社区）退役军人服务站                采集日期：    年  月  日',
      cols: [
        G('基本信息', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
          L('出生年月', 'p_birth', 'date'), L('公民身份号码', 'p_idno', 'idcard'), L('政治面貌', 'p_polit', 'choice', null, POLIT),
          L('文化程度', 'p_edu', 'choice', null, EDU)),
        G('服役情况', L('入伍年月', 'p_enlist', 'date'), L('退役年月', 'p_discharge', 'date'),
          L('退役军人类别', 'p_vet_type', 'choice', null, ['退役士兵', '复员干部', '转业干部', '军队离退休干部', '其他']),
          L('伤残军人证件编号', 'p_vet_disab_no')),
        L('现居住地址', 'p_addr'), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '区退役军人事务局/2024年度退役军人和其他优抚对象走访慰问登记表.xlsx', dept: '区退役军人事务局', freq: 'annual', catalog: false,
    title: '2024年度退役军人和其他优抚对象走访慰问登记表',
    sheets: [{
      kind: 'columns', name: '走访慰问', seq: true, stat: { code: '退役军人01表', org: 'XX区退役军人事务局', approval: 'X退役军人发〔2024〕3号' },
      meta: '乡镇（街道）：                                填报日期：    年  月  日',
      cols: [
        L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('优抚对象类别', 'p_yf_type', 'choice', null, YF_TYPE),
        L('走访时间', 'p_visit_date', 'date'), L('慰问金额（元）', 'p_visit_pay', 'decimal', '元'), L('慰问物资', 'p_visit_goods'),
        G('走访人', L('姓名', 'p_visitor_name'), L('职务', 'p_visitor_post')), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  // ───────────── 区统计局 ─────────────
  {
    file: '区统计局/农村基本情况统计年报表.xlsx', dept: '区统计局', freq: 'annual', title: '农村基本情况统计年报表',
    sheets: [{
      kind: 'indicator-rows', name: '农基年报', stat: { code: '农基1表', org: 'XX区统计局' },
      meta: '填报单位（村委会）：                         2025年度', head: ['指标名称', '计量单位', '代码', '本年实际', '上年实际'],
      codeRow: true, sign: 'cells',
      rows: [
        C('一、基本情况'), I('村民小组', 'v_groups', '个'), I('户籍户数', 'v_hh_hj', '户'), I('户籍人口', 'v_pop_hj', '人'),
        S('其中：男', 'v_pop_hj_m', '人'), S('女', 'v_pop_hj_f', '人'), S('少数民族人口', 'v_pop_minor', '人'), I('常住人口', 'v_pop_cz', '人'),
        I('60周岁及以上人口', 'v_pop_60', '人'), I('0-17周岁人口', 'v_pop_u18', '人'),
        C('二、劳动力及就业'), I('乡村劳动力人数', 'v_labor', '人'), S('其中：女性劳动力', 'v_labor_f', '人'), I('外出务工人员', 'v_migrant', '人'),
        S('其中：出省务工', 'v_migrant_outprov', '人'), I('从事第一产业人员', 'v_emp_primary', '人'),
        C('三、土地资源'), D('耕地面积', 'v_land', '亩'), S('其中：水田', 'v_paddy', '亩'), S('旱地', 'v_dryland', '亩'), D('园地面积', 'v_orchard', '亩'),
        D('林地面积', 'v_forest', '亩'), D('养殖水面', 'v_water_aqua', '亩'), D('土地流转面积', 'v_land_transfer', '亩'),
        D('闲置抛荒耕地面积', 'v_land_idle', '亩'),
        C('四、农业生产'), C('（一）种植业', 1), D('粮食播种面积', 'v_grain_area', '亩'), D('粮食总产量', 'v_grain_out', '吨'),
        D('油料播种面积', 'v_oil_area', '亩'), D('蔬菜播种面积', 'v_veg_area', '亩'),
        C('（二）畜牧业', 1), I('生猪出栏', 'v_pig_out', '头'), I('年末生猪存栏', 'v_pig_stock', '头'), S('其中：能繁母猪', 'v_sow', '头'),
        I('牛出栏', 'v_cattle_out', '头'), D('家禽出栏', 'v_poultry_out', '万羽'), C('（三）渔业', 1), D('水产品产量', 'v_aqua_out', '吨'),
        C('五、农村经济'), D('村集体经济收入', 'v_coll_income', '万元'), S('其中：经营性收入', 'v_coll_op_income', '万元'),
        D('农村居民人均可支配收入', 'v_income_pc', '元'), I('农民专业合作社', 'v_coop', '个'), I('家庭农场', 'v_family_farm', '个'),
        C('六、基础设施和公共服务'), I('是否通硬化路', 'v_road_hard', null, 'boolean', '是/否'), I('通宽带的自然村', 'v_broadband_vill', '个'),
        I('自来水受益户数', 'v_tapwater_hh', '户'), I('卫生室', 'v_clinic', '个'), I('执业（助理）医师', 'v_doctors', '人'),
        I('幼儿园、托儿所', 'v_kindergarten', '个'), I('图书室、文化站', 'v_library', '个'), I('体育健身场所', 'v_sports', '个'),
        C('七、社会保障'), I('农村低保户数', 'v_rdb_hh', '户'), I('农村低保人数', 'v_rdb_n', '人'), I('特困供养人员', 'v_tk_n', '人'),
        I('参加城乡居民基本养老保险人数', 'v_pension_ins', '人'), I('参加城乡居民基本医疗保险人数', 'v_med_ins', '人'),
        I('持证残疾人', 'v_disab_cert', '人'),
        C('八、村级组织'), I('村“两委”成员', 'v_cadres', '人'), S('其中：女性', 'v_cadres_f', '人'), I('党员', 'v_pm', '人'),
        D('村级组织活动场所面积', 'v_office_area', '平方米'),
      ],
    }],
  },
  {
    file: '2013年度农村基本情况调查表.xlsx', dept: '区统计局', freq: 'annual', catalog: false, title: '2013年度农村基本情况调查表',
    xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'indicator-rows', name: 'Sheet1', blankTop: 1, head: ['项目', '单位', '数量'], sign: 'line',
      meta: '乡镇：              村：               填报时间：2014年1月',
      rows: [
        C('一、人口'), I('1.户籍总户数', 'v_hh_hj', '户'), I('2.户籍总人口', 'v_pop_hj', '人'), S('其中：男性', 'v_pop_hj_m', '人'),
        I('3.劳力总数', 'v_labor', '人'), S('其中：外出打工', 'v_migrant', '人'),
        C('二、土地'), D('1.耕地总面积', 'v_land', '亩'), S('其中：水田面积', 'v_paddy', '亩'), D('2.山林面积', 'v_forest', '亩'),
        C('三、集体经济'), D('村级集体经济总收入', 'v_coll_income', '万元'),
        C('四、社会保障'), I('1.农村低保户', 'v_rdb_hh', '户'), I('2.农村低保人口', 'v_rdb_n', '人'), I('3.持残疾人证人数', 'v_disab_cert', '人'),
      ],
      note: '注：本表由村委会填写，经乡镇审核后于次年1月15日前报送区统计局。',
    }],
  },
  {
    file: '区统计局/2025年第三季度农村住户收支调查表.xlsx', dept: '区统计局', freq: 'quarterly', catalog: false,
    title: '2025年第三季度农村住户收支情况调查表',
    sheets: [{
      kind: 'indicator-rows', name: '收支调查', head: ['指  标', '单位', '本季', '上年同季'], sign: 'line',
      meta: '调查村：               调查员：              （季后10日内报送区统计局住户调查办）',
      rows: [
        C('一、调查户情况'), I('调查户数', 'v_survey_hh', '户'), I('调查户常住人口', 'v_survey_pop', '人'),
        C('二、人均可支配收入'), D('工资性收入', 'v_inc_wage_pc', '元'), D('经营净收入', 'v_inc_op_pc', '元'),
        D('财产净收入', 'v_inc_prop_pc', '元'), D('转移净收入', 'v_inc_tr_pc', '元'),
      ],
      rows2: [
        C('三、人均消费支出'), D('食品烟酒', 'v_exp_food', '元'), D('衣着', 'v_exp_cloth', '元'), D('居住', 'v_exp_house', '元'),
        D('生活用品及服务', 'v_exp_goods', '元'), D('交通通信', 'v_exp_traffic', '元'), D('教育文化娱乐', 'v_exp_edu', '元'),
        D('医疗保健', 'v_exp_med', '元'),
      ],
    }],
  },
  // ───────────── 区公安分局 ─────────────
  {
    file: '区公安分局/社区警务工作统计月报.xlsx', dept: '区公安分局', freq: 'monthly', catalog: false, title: '社区警务工作统计月报',
    sheets: [{
      kind: 'indicator-rows', name: '警务月报', source: '（社区警务综合平台）', head: ['项    目', '单位', '本月', '本年累计'], sign: 'side',
      meta: '派出所：               社区（村）警务室：                统计月份：    年  月',
      rows: [
        C('一、实有人口'), I('实有人口总数', 'v_pop_real', '人'), S('其中：户籍人口', 'v_pop_hj', '人'), S('流动人口', 'v_pop_float', '人'),
        S('境外人员', 'v_foreigners', '人'), I('人户分离人员', 'v_hh_sep', '人'),
        C('二、实有房屋'), I('实有房屋', 'v_houses', '栋'), I('出租房屋', 'v_rent_houses', '套'), I('出租房屋居住人员', 'v_rent_residents', '人'),
        C('三、重点人员管控'), I('重点人员', 'v_key_persons', '人'), S('其中：本月新列管', 'v_key_new', '人'), I('社区矫正对象', 'v_correction', '人'),
        C('四、社区警务工作'), I('入户走访', 'v_visit_hh', '户次'), I('采集更新人口信息', 'v_info_collected', '条'),
        I('调解矛盾纠纷', 'v_mediated', '起'), I('发现治安隐患', 'v_sec_haz_found', '处'), S('其中：已整改', 'v_sec_haz_fixed', '处'),
        I('开展安全防范宣传', 'v_propag', '场次'), I('群防群治队伍人数', 'v_patrol_team', '人'),
      ],
    }],
  },
  {
    file: '区公安分局/出租房屋登记台账.xlsx', dept: '区公安分局', freq: 'monthly', title: '出租房屋及承租人员登记台账',
    catalog: '出租房屋登记台账',
    sheets: [{
      kind: 'columns', name: '台账', seq: true, meta: '派出所：              社区（村）：                    年    月',
      cols: [
        L('房屋地址', 'r_addr'), L('房屋结构', 'r_struct', 'choice', null, ['砖混', '框架', '砖木', '其他']), L('出租间数', 'r_rooms', 'integer', '间'),
        G('房主', L('姓名', 'r_owner_name'), L('身份证号', 'r_owner_id', 'idcard'), L('联系电话', 'r_owner_phone', 'phone')),
        G('承租人', L('姓名', 'r_tenant_name'), L('公民身份号码', 'r_tenant_id', 'idcard'), L('联系电话', 'r_tenant_phone', 'phone'),
          L('户籍地址', 'r_tenant_addr_hj')),
        L('居住人数（人）', 'r_residents', 'integer', '人'), L('租赁起止日期', 'r_lease'), L('登记日期', 'r_reg_date', 'date'), R(),
      ],
      blank: 12, footer: '社区民警：              登记人：              联系电话：',
    }],
  },
  {
    file: '出租房屋信息采集表（社区警务综合平台导出）.xlsx', dept: '区公安分局', freq: 'adhoc', catalog: false, title: '出租房屋信息采集表',
    sheets: [{
      kind: 'columns', name: '出租房屋', source: '数据来源：社区警务综合平台（实有房屋模块）导出',
      cols: [
        L('房屋详址', 'r_addr'), L('房东姓名', 'r_owner_name'), L('房东证件号码', 'r_owner_id', 'idcard'), L('房东电话', 'r_owner_phone', 'phone'),
        L('承租人姓名', 'r_tenant_name'), L('承租人证件号码', 'r_tenant_id', 'idcard'), L('采集日期', 'r_reg_date', 'date'),
      ],
      blank: 15,
    }],
  },
  {
    file: '区公安分局/社区实有人口和出租屋情况季报.xlsx', dept: '区公安分局', freq: 'quarterly', title: '社区（村）实有人口和出租屋情况季报表',
    sheets: [{
      kind: 'columns', name: '季报', seq: true, villages: VILLAGES, total: true, meta: '派出所（盖章）：                     2026年第  季度',
      cols: [
        L('社区（村）', 'v_name'),
        G('实有人口（人）', L('合计', 'v_pop_real', 'integer', '人'), L('户籍人口', 'v_pop_hj', 'integer', '人'), L('流动人口', 'v_pop_float', 'integer', '人')),
        L('出租屋（套）', 'v_rent_houses', 'integer', '套'), L('重点人员（人）', 'v_key_persons', 'integer', '人'),
        G('社区民警', L('姓名', 'v_police_name')),
      ],
      footer: true,
    }],
  },
  // ───────────── 区扶贫办 ─────────────
  {
    file: '区扶贫办/建档立卡贫困户信息采集表.xlsx', dept: '区扶贫办', freq: 'annual', title: '扶贫开发建档立卡贫困户信息采集表',
    catalog: '建档立卡贫困户信息采集表（表一至表五）',
    sheets: [
      {
        kind: 'indicator-rows', name: '表一', title: '扶贫开发建档立卡贫困户信息采集表', source: '表一：贫困户基本情况（全国扶贫开发信息系统）',
        head: ['项  目', '单位', '内  容'],
        rows: [
          I('所在乡镇', 'v_town', null, 'text', '—'), I('所在行政村', 'v_name', null, 'text', '—'), I('户编号', 'h_no', null, 'text', '—'),
          I('户主姓名', 'h_head_name', null, 'text', '—'), I('户主身份证号码', 'h_head_id', null, 'idcard', '—'), I('家庭人口数', 'h_size', '人'),
          I('识别标准', 'h_std', null, 'choice', '—'), I('贫困户属性', 'h_poor_attr', null, 'choice', '—'),
          I('主要致贫原因', 'h_poor_cause', null, 'choice', '—'), I('联系电话', 'h_head_phone', null, 'phone', '—'),
          I('开户银行', 'h_bank', null, 'text', '—'), I('银行账号', 'h_bank_acct', null, 'text', '—'),
        ],
        sign: 'line',
      },
      {
        kind: 'columns', name: '表二', title: '表二：家庭成员情况', seq: true,
        cols: [
          L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('证件号码', 'p_idno', 'idcard'),
          L('与户主关系', 'p_rel', 'choice', null, ['户主', '配偶', '之子', '之女', '之儿媳', '之孙子', '之孙女', '之父', '之母', '其他']),
          L('民族', 'p_nation', 'choice', null, NATION), L('文化程度', 'p_edu', 'choice', null, EDU),
          L('在校生状况', 'p_school', 'choice', null, ['学前教育', '小学', '初中', '高中', '中职', '高职', '大专及以上', '非在校生']),
          L('健康状况', 'p_health', 'choice', null, ['健康', '长期慢性病', '患有大病', '残疾']),
          L('劳动技能', 'p_skill', 'choice', null, ['普通劳动力', '技能劳动力', '丧失劳动力', '无劳动力']),
          L('务工状况', 'p_work', 'choice', null, ['乡（镇）内务工', '乡（镇）外县内务工', '县外省内务工', '省外务工', '其他']),
          L('务工时间（月）', 'p_work_months', 'integer', '月'), L('是否参加新型农村合作医疗', 'p_ncms', 'boolean', null, YN),
          L('是否参加城乡居民基本养老保险', 'p_pension', 'boolean', null, YN),
        ],
        blank: 8,
      },
      {
        kind: 'indicator-rows', name: '表三', title: '表三：生产生活条件', head: ['指  标', '单位', '数量'],
        rows: [
          D('耕地面积', 'h_land', '亩'), S('其中：有效灌溉面积', 'h_irrig', '亩'), D('林地面积', 'h_forest', '亩'),
          S('其中：退耕还林面积', 'h_grain_green', '亩'), D('牧草地面积', 'h_pasture', '亩'), D('水面面积', 'h_water', '亩'),
          I('是否通生产用电', 'h_power', null, 'boolean', '是/否'), I('是否通生活用电', 'h_power_life', null, 'boolean', '是/否'),
          D('与村主干路距离', 'h_road_dist', '公里'), I('入户路类型', 'h_road_type', null, 'choice', '—'), D('住房面积', 'h_house_area', '平方米'),
          I('是否饮水困难', 'h_water_hard', null, 'boolean', '是/否'), I('是否危房户', 'h_danger_house', null, 'boolean', '是/否'),
          I('有无卫生厕所', 'h_toilet', null, 'boolean', '有/无'), I('主要燃料类型', 'h_fuel', null, 'choice', '—'),
        ],
      },
      {
        kind: 'indicator-rows', name: '表四', title: '表四：收入情况', head: ['项  目', '单位', '金额'],
        rows: [
          C('一、家庭年收入'), D('工资性收入', 'h_inc_wage', '元'), D('生产经营性收入', 'h_inc_op', '元'), D('财产性收入', 'h_inc_prop', '元'),
          D('转移性收入', 'h_inc_tr', '元'), S('其中：计划生育金', 'h_inc_fp', '元'), S('低保金', 'h_inc_dibao', '元'),
          S('养老保险金', 'h_inc_pension', '元'), S('生态补偿金', 'h_inc_eco', '元'),
          C('二、家庭年支出'), D('生产经营性支出', 'h_exp_op', '元'),
          C('三、人均纯收入'), D('家庭年人均纯收入', 'h_inc_net_pc', '元'),
        ],
      },
      {
        kind: 'columns', name: '表五', title: '表五：帮扶责任人', seq: true,
        cols: [
          L('帮扶责任人姓名', 'h_helper_name'), L('工作单位', 'h_helper_org'), L('职务', 'h_helper_post'),
          L('联系电话', 'h_helper_phone', 'phone'), L('帮扶措施', 'h_measure'),
        ],
        blank: 4, footer: '调查员：              户主签字（按手印）：              调查日期：    年  月  日',
      },
    ],
  },
  {
    file: '扶贫对象帮扶结对名单（全国扶贫开发信息系统导出）.xlsx', dept: '区扶贫办', freq: 'adhoc', catalog: false, title: '贫困户帮扶结对名单',
    sheets: [{
      kind: 'columns', name: 'sheet1', source: '（从全国扶贫开发信息系统导出）', seq: true,
      cols: [
        L('所在村', 'v_name'), L('户主姓名', 'h_head_name'), L('家庭人口', 'h_size', 'integer', '人'),
        G('帮扶责任人', L('姓名', 'h_helper_name'), L('工作单位', 'h_helper_org'), L('联系电话', 'h_helper_phone', 'phone')),
      ],
      blank: 15, note: '注：帮扶关系动态调整，随时更新。',
    }],
  },
  {
    file: '区扶贫办/2015年上半年贫困户收入调查表及汇总表.xlsx', dept: '区扶贫办', freq: 'semiannual', catalog: false,
    title: '2015年上半年贫困户收入情况调查表',
    sheets: [
      {
        kind: 'columns', name: '调查表', source: '（全国扶贫开发信息系统）', seq: true,
        meta: '乡镇：              村：              调查时间：2015年6月',
        cols: [
          L('户主姓名', 'h_head_name'), L('家庭人口（人）', 'h_size', 'integer', '人'), L('劳动力（人）', 'h_labor', 'integer', '人'),
          L('务工收入（元）', 'h_inc_wage', 'decimal', '元'), L('种养殖收入（元）', 'h_inc_farm', 'decimal', '元'),
          L('政策性补贴收入（元）', 'h_inc_subsidy', 'decimal', '元'), L('人均纯收入（元）', 'h_inc_net_pc', 'decimal', '元'),
          L('是否达到脱贫标准', 'h_out_std', 'boolean', null, YN),
        ],
        blank: 12,
      },
      {
        kind: 'indicator-rows', name: '汇总表', title: '2015年上半年贫困户收入情况汇总表（村级）', head: ['项  目', '单位', '数量'], sign: 'cells',
        rows: [
          I('调查户数', 'v_poor_survey_hh', '户'), I('调查人口', 'v_poor_survey_pop', '人'), D('户均务工收入', 'v_poor_inc_wage_avg', '元'),
          D('人均纯收入', 'v_poor_inc_pc', '元'), I('人均纯收入低于扶贫标准户数', 'v_poor_below_hh', '户'),
          I('达到脱贫标准户数', 'v_poor_out_hh', '户'), I('拟脱贫人数', 'v_poor_out_plan', '人'),
        ],
      },
    ],
  },
  {
    file: '区扶贫办/贫困村基本情况汇总表.xlsx', dept: '区扶贫办', freq: 'annual', title: '贫困村基本情况汇总表',
    sheets: [{
      kind: 'columns', name: '汇总表', seq: true, villages: VILLAGES, total: true, meta: '填报单位：               （盖章）          2015年12月',
      cols: [
        L('乡镇', 'v_town'), L('村名', 'v_name'), L('是否建档立卡贫困村', 'v_poor_vill', 'boolean', null, YN),
        L('户籍户数（户）', 'v_hh_hj', 'integer', '户'), L('户籍人口（人）', 'v_pop_hj', 'integer', '人'),
        G('建档立卡贫困户', L('户数（户）', 'v_poor_hh', 'integer', '户'), L('人数（人）', 'v_poor_n', 'integer', '人'),
          G('其中：低保贫困户', L('户数', 'v_poor_dibao_hh', 'integer', '户'), L('人数', 'v_poor_dibao_n', 'integer', '人'))),
        L('耕地面积（亩）', 'v_land', 'decimal', '亩'), L('村级集体经济收入（万元）', 'v_coll_income', 'decimal', '万元'),
        L('帮扶单位', 'v_help_org'), L('驻村第一书记', 'v_first_sec'), R(),
      ],
      footer: true,
    }],
  },
  // ───────────── 区农业农村局 ─────────────
  {
    file: '区农业农村局/农村经营管理情况统计年报.xlsx', dept: '区农业农村局', freq: 'annual', title: '农村经营管理情况统计年报表',
    sheets: [{
      kind: 'indicator-rows', name: '农经年报', stat: { code: '农经统1表', org: 'XX区农业农村局' },
      meta: '填报单位：                 村                2025年度', head: ['指标名称', '计量单位', '代码', '数量'], codeRow: true, sign: 'side',
      rows: [
        C('一、农村基本情况'), I('村民小组数', 'v_groups', '个'), I('农户数', 'v_farm_hh', '户'), S('其中：纯农户', 'v_pure_farm_hh', '户'),
        I('乡村人口', 'v_pop_rural', '人'), I('农村劳动力', 'v_labor', '人'), S('其中：外出务工劳动力', 'v_migrant', '人'),
        C('二、土地承包经营及流转'), D('家庭承包经营的耕地面积', 'v_land_contract', '亩'), I('家庭承包经营的农户数', 'v_contract_hh', '户'),
        D('耕地流转总面积', 'v_land_transfer', '亩'), S('其中：流转入农户', 'v_transfer_to_hh', '亩'), S('流转入家庭农场', 'v_transfer_to_ff', '亩'),
        S('流转入专业合作社', 'v_transfer_to_coop', '亩'), S('流转入企业', 'v_transfer_to_ent', '亩'), I('签订流转合同份数', 'v_transfer_contracts', '份'),
        C('三、农村集体资产'), D('资产总额', 'v_coll_assets', '万元'), S('其中：经营性资产', 'v_coll_op_assets', '万元'), D('负债总额', 'v_coll_debt', '万元'),
        C('四、村集体经济组织收益分配'), D('村级集体经济总收入', 'v_coll_income', '万元'), S('其中：经营收入', 'v_coll_op_income', '万元'),
        S('发包及上交收入', 'v_coll_contract_income', '万元'), S('投资收益', 'v_coll_invest', '万元'), S('补助收入', 'v_coll_subsidy', '万元'),
        D('总支出', 'v_coll_exp', '万元'), D('本年收益', 'v_coll_profit', '万元'),
        C('五、新型农业经营主体'), I('家庭农场数', 'v_family_farm', '个'), I('农民合作社数', 'v_coop', '个'), S('其中：示范社', 'v_coop_demo', '个'),
        I('农业社会化服务组织', 'v_agri_service', '个'),
        C('六、农民负担'), D('一事一议筹资', 'v_yishi_money', '万元'), I('一事一议筹劳', 'v_yishi_labor', '个工日'),
        C('七、农村宅基地'), I('宅基地宗数', 'v_homestead', '宗'), D('宅基地面积', 'v_homestead_area', '亩'), I('闲置宅基地宗数', 'v_homestead_idle', '宗'),
      ],
    }],
  },
  {
    file: '区农业农村局/闲置耕地复耕复种情况月报.xlsx', dept: '区农业农村局', freq: 'monthly', catalog: false, title: '闲置抛荒耕地复耕复种进度月报表',
    sheets: [{
      kind: 'columns', name: '复耕月报', seq: true, villages: VILLAGES, total: true, codeRow: true,
      meta: '填报单位（盖章）：                    截至    年  月  日',
      cols: [
        L('乡镇', 'v_town'), L('村（社区）', 'v_name'), L('抛荒闲置耕地（亩）', 'v_land_idle', 'decimal', '亩'),
        G('复耕复种面积（亩）', L('本月新增', 'v_recult_m', 'decimal', '亩'), L('累计', 'v_recult_cum', 'decimal', '亩')),
        L('计划种植作物', 'v_recult_crop', 'choice', null, ['水稻', '油菜', '玉米', '蔬菜', '其他']),
        G('包片责任人', L('姓名', 'v_recult_chief_name'), L('联系电话', 'v_recult_chief_phone', 'phone')), R(),
      ],
      footer: true,
    }],
  },
  {
    file: '区农业农村局/2025年第三季度生猪生产情况统计表.xlsx', dept: '区农业农村局', freq: 'quarterly', catalog: false,
    title: '2025年第三季度生猪生产情况统计表',
    sheets: [{
      kind: 'grid', name: '生猪', key: '项    目', prefix: 'g_pig', meta: '填报单位：                    填报日期：2025年10月  日',
      rows: [{ l: '能繁母猪存栏', k: 'sow' }, { l: '生猪存栏', k: 'stock' }, { l: '生猪出栏', k: 'out' }, { l: '仔猪', k: 'piglet' }],
      cols: [L('本季（头）', 'q', 'integer', '头'), L('上年同期（头）', 'ly', 'integer', '头'), L('同比增减（%）', 'chg', 'decimal', '%')],
      footer: true,
    }],
  },
  // ───────────── 区应急管理局 ─────────────
  {
    file: '区应急管理局/自然灾害情况统计快报表.xlsx', dept: '区应急管理局', freq: 'adhoc', title: '自然灾害情况统计快报表',
    sheets: [{
      kind: 'indicator-rows', name: '快报', head: ['指标名称', '单位', '数值'], sign: 'cells',
      meta: '灾害种类：□洪涝 □风雹 □干旱 □低温冷冻 □地质灾害          灾害发生时间：    年  月  日  时',
      rows: [
        C('一、人员受灾情况'), I('受灾人口', 'd_affected', '人'), I('因灾死亡人口', 'd_dead', '人'), I('因灾失踪人口', 'd_missing', '人'),
        I('紧急转移安置人口', 'd_relocated', '人'), I('需紧急生活救助人口', 'd_need_aid', '人'),
        C('二、农作物受灾情况'), D('农作物受灾面积', 'd_crop_area', '公顷'), S('其中：成灾面积', 'd_crop_disaster', '公顷'),
        S('绝收面积', 'd_crop_lost', '公顷'),
      ],
      rows2: [
        C('三、房屋受损情况'), I('倒塌房屋户数', 'd_collapse_hh', '户'), I('倒塌房屋间数', 'd_collapse_rooms', '间'),
        I('严重损坏房屋间数', 'd_severe_rooms', '间'), I('一般损坏房屋间数', 'd_minor_rooms', '间'),
        C('四、经济损失'), D('直接经济损失', 'd_loss', '万元'), S('其中：农业损失', 'd_loss_agri', '万元'), S('基础设施损失', 'd_loss_infra', '万元'),
      ],
    }],
  },
  {
    file: '区应急管理局/2025年度村级灾害信息员花名册.xlsx', dept: '区应急管理局', freq: 'annual', catalog: false, title: '2025年度村级灾害信息员花名册',
    sheets: [{
      kind: 'columns', name: '信息员', seq: true, meta: '乡镇（街道）：                              （盖章）',
      cols: [
        L('乡镇（街道）', 'v_town'), L('村（社区）', 'v_name'), L('信息员姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX),
        L('出生年月', 'p_birth', 'date'), L('身份证号', 'p_idno', 'idcard'), L('手机号码', 'p_phone', 'phone'),
        L('是否村干部兼任', 'p_is_cadre', 'boolean', null, YN), R(),
      ],
      blank: 10, note: '注：请于1月20日前将本表电子版报送区应急管理局救灾股。',
    }],
  },
  {
    file: '区应急管理局/安全生产隐患排查整治周报表.xlsx', dept: '区应急管理局', freq: 'weekly', title: '安全生产隐患排查整治情况周报表',
    sheets: [{
      kind: 'columns', name: '周报', seq: true, villages: VILLAGES, total: true,
      meta: '填报单位：                 填报时间：    年  月  日（每周五下午4点前报送）',
      cols: [
        L('村（社区）', 'v_name'),
        G('本周', L('排查生产经营单位（家）', 'v_chk_units_w', 'integer', '家'), L('发现隐患（处）', 'v_haz_found_w', 'integer', '处'),
          L('已整改（处）', 'v_haz_fixed_w', 'integer', '处')),
        G('累计', L('发现隐患（处）', 'v_haz_found_cum', 'integer', '处'), L('已整改（处）', 'v_haz_fixed_cum', 'integer', '处'),
          L('整改率（%）', 'v_haz_rate', 'decimal', '%')),
        R(),
      ],
      footer: true,
    }],
  },
  {
    file: '区应急管理局/村级应急物资储备情况表.xlsx', dept: '区应急管理局', freq: 'semiannual', title: '村级防汛抗旱应急物资储备情况表',
    sheets: [{
      kind: 'grid', name: '物资储备', key: '物资名称', prefix: 'g_supply', meta: '村（社区）：                    2026年上（下）半年',
      rows: [
        { l: '救生衣（件）', k: 'vest', u: '件' }, { l: '救生圈（个）', k: 'ring', u: '个' }, { l: '冲锋舟（艘）', k: 'boat', u: '艘' },
        { l: '帐篷（顶）', k: 'tent', u: '顶' }, { l: '发电机（台）', k: 'gen', u: '台' }, { l: '应急照明灯（盏）', k: 'light', u: '盏' },
        { l: '铁锹（把）', k: 'shovel', u: '把' }, { l: '编织袋（条）', k: 'bag', u: '条' },
      ],
      cols: [G('储备数量', L('上年结存', 'prev', 'integer', null), L('本半年新增', 'new_h', 'integer', null), L('现有', 'now', 'integer', null))],
      total: true, footer: true,
    }],
  },
  // ───────────── 区卫健委 ─────────────
  {
    file: '区卫健委/村卫生室基本情况调查表.xlsx', dept: '区卫健委', freq: 'annual', title: '村卫生室基本情况调查表',
    sheets: [{
      kind: 'indicator-rows', name: '调查表', head: ['项  目', '单位', '数量'], sign: 'side',
      meta: '村卫生室名称：                           所属乡镇卫生院：',
      rows: [
        C('一、基本情况'), I('服务行政村数', 'c_serve_vill', '个'), I('服务人口', 'c_serve_pop', '人'), D('业务用房面积', 'c_area', '平方米'),
        I('诊室', 'c_rooms', '间'), I('是否纳入医保定点', 'c_med_ins', null, 'boolean', '是/否'),
        I('是否实行药品零差率销售', 'c_zero_margin', null, 'boolean', '是/否'),
        C('二、人员情况'), I('乡村医生', 'c_village_doctors', '人'), S('其中：取得执业（助理）医师资格', 'c_licensed', '人'),
        S('60岁以上', 'c_doc_60', '人'), I('护士', 'c_nurses', '人'),
        C('三、设备情况'), I('万元以上设备', 'c_equip', '台'), I('是否配备健康一体机', 'c_kiosk', null, 'boolean', '是/否'),
        C('四、服务情况'), I('年诊疗人次', 'c_visits_y', '人次'), I('建立居民健康档案', 'c_records', '份'),
        I('65岁及以上老年人健康管理人数', 'c_old_mgmt', '人'), I('高血压患者规范管理人数', 'c_hbp_mgmt', '人'),
        I('2型糖尿病患者规范管理人数', 'c_dm_mgmt', '人'), I('严重精神障碍患者管理人数', 'c_mental_mgmt', '人'), I('家庭医生签约人数', 'c_signed', '人'),
        C('五、收支情况'), D('总收入', 'c_income', '万元'), S('其中：基本公共卫生服务补助', 'c_inc_phs', '万元'), S('一般诊疗费', 'c_inc_fee', '万元'),
        D('总支出', 'c_exp', '万元'),
      ],
    }],
  },
  {
    file: '区卫健委/老年人健康体检登记表.xlsx', dept: '区卫健委', freq: 'quarterly', catalog: false, title: '65岁及以上老年人健康体检登记表',
    sheets: [{
      kind: 'columns', name: '体检登记', seq: true, meta: '乡镇卫生院：                  村卫生室：                  年  月',
      cols: [
        L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生日期', 'p_birth', 'date'),
        L('身份证号码', 'p_idno', 'idcard'), L('联系电话', 'p_phone', 'phone'), L('体检日期', 'p_exam_date', 'date'),
        G('血压（mmHg）', L('收缩压', 'p_sbp', 'integer', 'mmHg'), L('舒张压', 'p_dbp', 'integer', 'mmHg')),
        L('空腹血糖（mmol/L）', 'p_glu', 'decimal', 'mmol/L'), L('是否患高血压', 'p_hbp', 'boolean', null, YN),
        L('是否患糖尿病', 'p_dm', 'boolean', null, YN), L('健康评价', 'p_health_eval', 'choice', null, ['体检无异常', '有异常']), R(),
      ],
      blank: 12, note: '注：每季度末月25日前报送区卫健委基层卫生股。',
    }],
  },
  {
    file: '区卫健委/家庭医生签约服务统计月报表.xlsx', dept: '区卫健委', freq: 'monthly', title: '家庭医生签约服务统计月报表',
    sheets: [{
      kind: 'columns', name: '签约月报', seq: true, villages: VILLAGES, total: true, codeRow: true,
      meta: '填报单位：                乡镇卫生院               2026年  月',
      cols: [
        L('村（社区）', 'v_name'), L('常住人口（人）', 'v_pop_cz', 'integer', '人'), L('签约人数（人）', 'v_fd_signed', 'integer', '人'),
        G('其中：重点人群签约（人）', L('65岁及以上老年人', 'v_fd_old', 'integer', '人'), L('孕产妇', 'v_fd_preg', 'integer', '人'),
          L('0-6岁儿童', 'v_fd_child', 'integer', '人'), L('高血压患者', 'v_fd_hbp', 'integer', '人'), L('糖尿病患者', 'v_fd_dm', 'integer', '人'),
          L('脱贫人口', 'v_fd_poor', 'integer', '人')),
        L('签约率（%）', 'v_fd_rate', 'decimal', '%'), R(),
      ],
      footer: true,
    }],
  },
  // ───────────── 区人社局 ─────────────
  {
    file: '区人社局/农村劳动力转移就业情况统计表.xlsx', dept: '区人社局', freq: 'quarterly', title: '农村劳动力转移就业情况统计表',
    sheets: [{
      kind: 'columns', name: '转移就业', seq: true, villages: VILLAGES, total: true, meta: '填报单位（盖章）：                    2026年第  季度',
      cols: [
        L('乡镇', 'v_town'), L('村', 'v_name'), L('劳动力人数（人）', 'v_labor', 'integer', '人'), L('转移就业人数（人）', 'v_transfer_emp', 'integer', '人'),
        G('其中：就业地分布（人）', L('乡镇内', 'v_te_town', 'integer', '人'), L('县内乡外', 'v_te_county', 'integer', '人'),
          L('县外省内', 'v_te_prov', 'integer', '人'), L('省外', 'v_te_outprov', 'integer', '人')),
        L('本季度新增转移就业（人）', 'v_te_new_q', 'integer', '人'), R(),
      ],
      footer: true,
    }],
  },
  {
    file: '2024年度城乡居民基本养老保险参保缴费花名册.xlsx', dept: '区人社局', freq: 'annual', catalog: false,
    title: '2024年度城乡居民基本养老保险参保缴费花名册',
    sheets: [{
      kind: 'columns', name: '参保缴费', seq: true, stat: { code: '人社养02表', org: 'XX区人力资源和社会保障局', approval: 'X人社发〔2024〕5号' },
      meta: '乡镇（街道）：                   村（社区）：',
      cols: [
        L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('公民身份号码', 'p_idno', 'idcard'),
        L('出生日期', 'p_birth', 'date'),
        L('参保身份', 'p_ins_cat', 'choice', null, ['普通参保人员', '低保对象', '特困人员', '重度残疾人', '脱贫人口']),
        L('缴费档次（元）', 'p_pension_level', 'decimal', '元'), L('是否政府代缴', 'p_gov_pay', 'boolean', null, YN),
        L('缴费日期', 'p_pay_date', 'date'), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 12, footer: true,
    }],
  },
  // ───────────── 区住建局 ─────────────
  {
    file: '区住建局/农村危房改造对象花名册.xlsx', dept: '区住建局', freq: 'annual', title: '2014年农村危房改造对象花名册',
    xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'columns', name: 'Sheet1', startCol: 1, textNums: true, seq: true, meta: '乡镇（盖章）：                        填报日期：2014年  月  日',
      cols: [
        L('乡镇', 'v_town'), L('村', 'v_name'), L('户主姓名', 'h_head_name'), L('身份证号', 'h_head_id', 'idcard'),
        L('家庭人口（人）', 'h_size', 'integer', '人'),
        L('对象类别', 'h_dh_cat', 'choice', null, ['农村分散供养五保户', '低保户', '贫困残疾人家庭', '其他贫困户']),
        L('危险等级', 'h_dh_level', 'choice', null, ['C级', 'D级']), L('改造方式', 'h_dh_mode', 'choice', null, ['拆除重建', '修缮加固']),
        G('补助资金（元）', L('中央', 'h_dh_sub_central', 'decimal', '元'), L('省级', 'h_dh_sub_prov', 'decimal', '元'), L('县级', 'h_dh_sub_county', 'decimal', '元')),
        L('开工时间', 'h_dh_start', 'date'), L('竣工时间', 'h_dh_end', 'date'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '区住建局/农村住房安全保障情况季报.xlsx', dept: '区住建局', freq: 'quarterly', catalog: false, title: '农村住房安全保障情况统计表',
    sheets: [{
      kind: 'columns', name: 'Sheet1', seq: true, villages: VILLAGES, total: true, meta: '填报单位：                       截至    年  月  日',
      cols: [
        L('村（社区）', 'v_name'), L('农户总数（户）', 'v_farm_hh', 'integer', '户'),
        G('住房安全性鉴定（户）', L('已鉴定', 'v_hs_checked', 'integer', '户'), L('其中：C级', 'v_hs_c', 'integer', '户'), L('D级', 'v_hs_d', 'integer', '户')),
        G('危房改造', L('已改造户数（户）', 'v_hs_fixed_hh', 'integer', '户'), L('已改造人数（人）', 'v_hs_fixed_n', 'integer', '人')), R(),
      ],
      footer: true, note: '注：本表每季度结束后5日内报送区住建局村镇建设股。',
    }],
  },
  // ───────────── 区残联 ─────────────
  {
    file: '区残联/残疾人基本服务状况和需求信息调查表.xlsx', dept: '区残联', freq: 'annual', title: '2014年残疾人基本服务状况和需求信息数据动态更新调查表',
    catalog: '残疾人基本服务状况和需求信息动态更新', dictSheet: { name: '字典', visible: true },
    sheets: [
      {
        kind: 'columns', name: '表一 基本情况', seq: true, meta: '乡镇（街道）：                  村（社区）：                  调查日期：2014年  月  日',
        cols: [
          L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生年月', 'p_birth', 'date'),
          L('公民身份号码', 'p_idno', 'idcard'), L('残疾人证号', 'p_disab_no'), L('残疾类别', 'p_disab_type', 'choice', null, DISAB_TYPE),
          L('残疾等级', 'p_disab_grade', 'choice', null, DISAB_GRADE), L('户口性质', 'p_hukou_type', 'choice', null, ['农业', '非农业']),
          L('联系电话', 'p_phone', 'phone'), R(),
        ],
        blank: 10,
      },
      {
        kind: 'columns', name: '表二 服务状况', title: '表二：基本服务状况', seq: true,
        cols: [
          L('姓名', 'p_name'), L('是否享受低保', 'p_dibao', 'boolean', null, YN), L('是否享受困难残疾人生活补贴', 'p_disab_sub', 'boolean', null, YN),
          L('是否享受重度残疾人护理补贴', 'p_disab_care', 'boolean', null, YN), L('是否参加城乡居民基本养老保险', 'p_pension', 'boolean', null, YN),
          L('是否接受过康复服务', 'p_rehab', 'boolean', null, YN), L('是否接受过职业培训', 'p_training', 'boolean', null, YN),
        ],
        blank: 10,
      },
      {
        kind: 'columns', name: '表三 需求', title: '表三：需求情况', seq: true,
        cols: [
          L('姓名', 'p_name'),
          G('康复需求', L('是否需要辅助器具', 'p_need_aid', 'boolean', null, YN), L('是否需要康复训练', 'p_need_train', 'boolean', null, YN)),
          L('就业需求', 'p_need_job', 'choice', null, ['有', '无']), L('住房需求', 'p_need_house', 'choice', null, ['需要改造', '不需要']),
        ],
        blank: 10,
      },
      {
        kind: 'indicator-rows', name: '表四 村汇总', title: '表四：持证残疾人情况汇总（村）', head: ['项  目', '单位', '数量'], sign: 'cells',
        rows: [
          I('持证残疾人数', 'v_disab_cert', '人'), S('其中：视力残疾', 'v_disab_vision', '人'), S('听力残疾', 'v_disab_hear', '人'),
          S('言语残疾', 'v_disab_speech', '人'), S('肢体残疾', 'v_disab_limb', '人'), S('智力残疾', 'v_disab_intel', '人'),
          S('精神残疾', 'v_disab_mental', '人'), S('多重残疾', 'v_disab_multi', '人'), I('一级、二级重度残疾人数', 'v_disab_severe', '人'),
          I('享受两项补贴人数', 'v_disab_two_sub', '人'),
        ],
      },
      {
        kind: 'columns', name: '表五 调查员', title: '表五：调查员信息',
        cols: [L('调查员姓名', 'v_surveyor_name'), L('联系电话', 'v_surveyor_phone', 'phone'), L('调查日期', 'v_survey_date', 'date')],
        blank: 3,
      },
    ],
  },
  // ───────────── 区委政法委 ─────────────
  {
    file: '区委政法委/矛盾纠纷排查调处台账.xlsx', dept: '区委政法委', freq: 'monthly', title: '矛盾纠纷排查调处工作台账',
    sheets: [{
      kind: 'columns', name: '台账', seq: true, meta: '乡镇（街道）综治中心：                     2026年  月',
      cols: [
        L('村（社区）', 'v_name'), L('受理时间', 'm_recv_date', 'date'), L('纠纷类型', 'm_type', 'choice', null, DISPUTE),
        G('当事人', L('姓名', 'm_party_name'), L('联系电话', 'm_party_phone', 'phone'), L('住址', 'm_party_addr')),
        L('纠纷简要情况', 'm_desc'), L('调处责任人', 'm_handler'), L('调处结果', 'm_result', 'choice', null, RESULT),
        L('办结日期', 'm_close_date', 'date'), R(),
      ],
      blank: 12, footer: true,
    }],
  },
  {
    file: '村（社区）矛盾纠纷排查登记表.xlsx', dept: '区委政法委', freq: 'adhoc', catalog: false, title: '村（社区）矛盾纠纷排查登记表',
    sheets: [{
      kind: 'columns', name: '登记表', seq: true,
      cols: [
        L('村（社区）', 'v_name'), L('登记日期', 'm_recv_date', 'date'), L('纠纷类别', 'm_type', 'choice', null, DISPUTE),
        L('当事人姓名', 'm_party_name'), L('当事人电话', 'm_party_phone', 'phone'), L('化解结果', 'm_result', 'choice', null, RESULT),
      ],
      blank: 12, footer: FOOT_CUN, note: '注：发现矛盾纠纷即时登记，报送区委政法委综治中心。',
    }],
  },
  {
    file: '区委政法委/2025年上半年网格化服务管理基础信息统计表.xlsx', dept: '区委政法委', freq: 'semiannual', catalog: false,
    title: '2025年上半年网格化服务管理基础信息统计表',
    sheets: [{
      kind: 'columns', name: '网格信息', seq: true, villages: VILLAGES, total: true, meta: '乡镇（街道）：                      （盖章）',
      cols: [
        L('村（社区）', 'v_name'), L('网格数（个）', 'v_grids', 'integer', '个'), L('专职网格员（人）', 'v_grid_staff', 'integer', '人'),
        L('实有人口（人）', 'v_pop_real', 'integer', '人'), L('其中：流动人口（人）', 'v_pop_float', 'integer', '人'),
        L('出租房屋（户）', 'v_rent_houses', 'integer', '户'), L('重点人员（人）', 'v_key_persons', 'integer', '人'), R(),
      ],
      footer: true,
    }],
  },
];

const corpus = new Corpus('blind4', path.join(import.meta.dirname ?? __dirname), forms, [
  ['村级防汛责任人名单.xlsx', '村级防汛责任人名单', '区应急管理局', '年报'],
]);
void corpus.build();
