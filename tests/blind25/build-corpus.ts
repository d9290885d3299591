/**
 * Held-out corpus "blind25": 35 templates that 14 offices of 福建省岚溪县 (a fictional 侨乡, 老区苏区 and tea county
 * in the hills of southern Fujian) sent to 村（社区） between 2012 and 2025 — 集体林权制度改革 and 林长制 (县林业局,
 * 县林长办), 茶产业 (县茶业发展中心, 县统计局), 侨乡 and 归侨侨眷 (县委统战部, 县侨联), 老区苏区 (县民政局 老区办,
 * 县退役军人事务局 “五老”人员, 县发展和改革局 苏区振兴), 河长制 and 水土保持 (县河长办, 县水利局), 乡村振兴示范村
 * (县乡村振兴局, 县农业农村局, 县财政局 “一卡通”).
 *
 * Written without reading the product's parser, matcher or lexicon; the gold element sits next to each label.
 *
 *   npx tsx tests/blind25/build-corpus.ts             → tests/blind25/forms, 报表清单.xlsx, gold.json (README.md only if absent)
 *   npx tsx tests/blind25/build-corpus.ts --readme    → also rewrite README.md (erases the lead's "First look")
 *   npx tsx tests/blind25/build-corpus.ts --gold-only → gold.json only
 */
import fs from 'node:fs';
import path from 'node:path';
import { C, Corpus, D, EDU, G, I, L, POLIT, R, S as kitS, SEX, YN, type Form, type T } from './kit';

/** a `其中：` sub-item; areas, amounts, weights and rates are decimals, counts integers */
const DEC_UNITS = new Set(['亩', '万元', '元', '吨', '平方公里', '%', '公里', '立方米', '元/公斤']);
const S = (l: string, e: string, u: string | null, t?: T) => kitS(l, e, u, t ?? (u && DEC_UNITS.has(u) ? 'decimal' : 'integer'));

const VILLAGES = ['后垅村', '洋坪村', '茶亭村', '溪尾村', '侨光村', '红坑村'];
const NATION = ['汉族', '畲族', '回族', '高山族', '其他'];
const COUNTRIES = ['印度尼西亚', '马来西亚', '新加坡', '菲律宾', '泰国', '缅甸', '美国', '中国香港', '中国澳门', '其他'];
const QIAO_TYPE = ['归侨', '侨眷', '港澳同胞眷属', '台胞眷属'];
const WULAO = ['老地下党员', '老游击队员', '老交通员', '老接头户', '老苏区干部'];
const DEMO_PROJ = ['产业发展', '基础设施', '人居环境', '乡风文明', '公共服务'];
const FOOT_CUN = '村（居）委会负责人：            填表人：            联系电话：            填报日期：    年  月  日';

const forms: Form[] = [
  // ───────────── 县林业局 ─────────────
  {
    file: '县林业局/集体林权制度改革情况统计年报表.xlsx', dept: '县林业局', freq: 'annual', title: '2018年度集体林权制度改革情况统计年报表',
    catalog: '集体林权制度改革情况统计年报表',
    sheets: [{
      kind: 'indicator-rows', name: '林改年报', stat: { code: '林改统1表', org: '岚溪县林业局', approval: '岚林〔2018〕21号', valid: '2020年12月' },
      meta: '填报单位（村委会盖章）：                              2018年度', head: ['指标名称', '计量单位', '代码', '本年', '上年'],
      codeRow: true, sign: 'cells',
      rows: [
        C('一、基本情况'), I('户籍户数', 'v_hh_hj', '户'), I('户籍人口', 'v_pop_hj', '人'), D('林业用地面积', 'v_forest', '亩'),
        S('其中：集体林地面积', 'v_forest_coll', '亩'), D('森林覆盖率', 'v_forest_cover', '%'),
        C('二、明晰产权'), D('已确权集体林地面积', 'v_conf_area', '亩'), S('其中：家庭承包经营', 'v_conf_family', '亩'),
        S('联户经营', 'v_conf_joint', '亩'), S('集体统一经营', 'v_conf_coll', '亩'), I('确权到户农户数', 'v_conf_hh', '户'),
        I('发放林权证', 'v_cert_n', '本'), D('林权证发证面积', 'v_cert_area', '亩'), I('林权纠纷', 'v_forest_dispute', '起'),
        S('其中：已调处', 'v_forest_dispute_fixed', '起'),
        C('三、深化配套改革'), C('（一）林权流转', 1), D('林地流转面积', 'v_forest_transfer', '亩'), I('流转宗数', 'v_transfer_n', '宗'),
        C('（二）林权抵押贷款', 1), D('本年新增林权抵押贷款', 'v_mort_new', '万元'), D('林权抵押贷款余额', 'v_mort_bal', '万元'),
        C('（三）森林保险', 1), D('森林综合保险投保面积', 'v_forest_ins', '亩'),
        C('（四）新型林业经营主体', 1), I('林业专业合作社', 'v_forest_coop', '个'), I('家庭林场', 'v_forest_family', '个'),
        I('林业股份合作组织', 'v_forest_share', '个'),
        C('四、生态公益林'), D('生态公益林面积', 'v_public_forest', '亩'), S('其中：省级以上生态公益林', 'v_public_prov', '亩'),
        D('公益林补偿资金', 'v_public_comp', '万元'), S('其中：兑付到户', 'v_public_comp_hh', '万元'), D('商品林面积', 'v_commercial', '亩'),
        C('五、林下经济'), D('林下经济利用面积', 'v_underforest', '亩'), D('林下经济产值', 'v_underforest_value', '万元'),
        I('参与农户', 'v_underforest_hh', '户'),
        C('六、森林资源管护'), C('（一）护林队伍', 1), I('护林员', 'v_ranger_n', '人'), S('其中：生态护林员', 'v_eco_ranger_n', '人'),
        C('（二）森林防火', 1), I('森林火灾', 'v_fire_n', '起'), D('森林火灾受害面积', 'v_fire_area', '亩'),
        C('（三）造林绿化', 1), D('本年造林面积', 'v_afforest', '亩'),
      ],
    }],
  },
  {
    file: '县林业局/林权登记发证台账.xlsx', dept: '县林业局', freq: 'annual', title: '集体林权登记发证台账',
    dictSheet: { name: '下拉列表', visible: true },
    sheets: [{
      kind: 'columns', name: '发证台账', seq: true, meta: '乡镇：                  村：                  登记年度：2016年',
      cols: [
        L('林权证号', 'f_cert_no'),
        G('林权权利人', L('姓名（名称）', 'f_owner_name'), L('身份证号码', 'f_owner_id', 'idcard'), L('联系电话', 'f_owner_phone', 'phone')),
        G('林地坐落', L('乡镇', 'v_town'), L('村', 'v_name'), L('小地名', 'f_place')),
        L('林班', 'f_compart'), L('小班', 'f_plot'), L('面积（亩）', 'f_area', 'decimal', '亩'),
        G('四至', L('东', 'f_east'), L('南', 'f_south'), L('西', 'f_west'), L('北', 'f_north')),
        L('林种', 'f_type', 'choice', null, ['用材林', '经济林', '防护林', '薪炭林', '特种用途林']),
        L('主要树种', 'f_tree', 'choice', null, ['杉木', '马尾松', '毛竹', '阔叶树', '油茶', '其他']),
        L('经营方式', 'f_mode', 'choice', null, ['家庭承包', '联户经营', '集体统一经营', '其他']), L('发证日期', 'f_date', 'date'), R(),
      ],
      blank: 12, footer: '村林改工作小组：              登记人：              审核人：',
    }],
  },
  {
    file: '县林业局/生态公益林补偿资金发放花名册.xlsx', dept: '县林业局', freq: 'annual', title: '2014年度生态公益林补偿资金发放花名册',
    catalog: '生态公益林补偿资金发放花名册', xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'columns', name: 'Sheet1', startCol: 1, textNums: true, seq: true,
      meta: '乡镇（盖章）：                村：                补偿标准：     元/亩',
      cols: [
        L('村民小组', 'p_group'), G('补偿对象', L('姓名', 'p_name'), L('身份证号码', 'p_idno', 'idcard')),
        L('公益林面积（亩）', 'p_public_area', 'decimal', '亩'), L('补偿标准（元/亩）', 'p_public_std', 'decimal', '元/亩'),
        L('补偿金额（元）', 'p_public_pay', 'decimal', '元'), L('开户银行', 'p_bank'), L('一卡通账号', 'p_card_acct'),
        L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 12, total: true, footer: '村主任：              村会计：              经办人：              公示日期：    年  月  日',
    }],
  },
  {
    file: '县林业局/2022年上半年林下经济发展情况统计表.xlsx', dept: '县林业局', freq: 'semiannual', catalog: false,
    title: '2022年上半年林下经济发展情况统计表',
    sheets: [{
      kind: 'grid', name: '林下经济', key: ['类  别', '项  目'], prefix: 'g_lx',
      meta: '填报单位：                村（盖章）                    填报日期：2022年7月  日',
      rows: [
        { cat: '林下种植', l: '林药', k: 'drug' }, { cat: '林下种植', l: '林菌', k: 'fungus' }, { cat: '林下种植', l: '林茶', k: 'tea' },
        { cat: '林下养殖', l: '林禽', k: 'fowl' }, { cat: '林下养殖', l: '林蜂', k: 'bee' },
        { cat: '森林景观利用', l: '森林人家', k: 'inn' },
      ],
      cols: [L('经营面积（亩）', 'area', 'decimal', '亩'), L('产值（万元）', 'val', 'decimal', '万元'), L('参与农户（户）', 'hh', 'integer', '户')],
      total: true, footer: true,
    }],
  },
  {
    file: '县林业局/林业新型经营主体名录.xlsx', dept: '县林业局', freq: 'adhoc', title: '林业专业合作社、家庭林场等新型经营主体名录',
    catalog: '林业新型经营主体名录',
    sheets: [{
      kind: 'columns', name: '名录', seq: true, meta: '乡镇（街道）林业站：                          更新日期：    年  月  日',
      cols: [
        L('主体名称', 'o_name'), L('主体类型', 'o_type_forest', 'choice', null, ['林业专业合作社', '家庭林场', '林业股份合作社', '林业企业']),
        L('统一社会信用代码', 'o_credit'), L('所在村', 'v_name'),
        G('法定代表人（负责人）', L('姓名', 'o_rep_name'), L('身份证号', 'o_rep_id', 'idcard'), L('联系电话', 'o_rep_phone', 'phone')),
        L('成立时间', 'o_found', 'date'), L('注册资本（万元）', 'o_capital', 'decimal', '万元'), L('经营面积（亩）', 'o_forest_area', 'decimal', '亩'),
        L('带动农户（户）', 'o_drive_hh', 'integer', '户'), L('是否省级以上示范社（场）', 'o_demo', 'boolean', null, YN), R(),
      ],
      blank: 10, note: '注：主体新设、变更或注销的，随时更新报县林业局林改股。',
    }],
  },
  // ───────────── 县林长办 ─────────────
  {
    file: '县林长办/2023年度网格护林员花名册.xlsx', dept: '县林长办', freq: 'annual', catalog: false, title: '2023年度网格护林员花名册',
    sheets: [{
      kind: 'columns', name: '护林员', seq: true, meta: '乡镇（街道）林长办（盖章）：                         填报日期：2023年  月  日',
      cols: [
        L('乡镇（街道）', 'v_town'), L('行政村', 'v_name'),
        G('基本信息', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
          L('出生年月', 'p_birth', 'date'), L('公民身份号码', 'p_idno', 'idcard'), L('手机号码', 'p_phone', 'phone')),
        L('是否生态护林员', 'p_eco_ranger', 'boolean', null, YN), L('管护网格编号', 'p_grid_no'), L('管护面积（亩）', 'p_ranger_area', 'decimal', '亩'),
        G('责任林长', L('姓名', 'v_forest_chief_name'), L('职务', 'v_forest_chief_post'), L('联系电话', 'v_forest_chief_phone', 'phone')), R(),
      ],
      blank: 12, footer: true,
    }],
  },
  {
    file: '县林长办/林长巡林工作月报表.xlsx', dept: '县林长办', freq: 'monthly', title: '村级林长巡林护林工作月报表',
    sheets: [{
      kind: 'columns', name: '月报', seq: true, villages: VILLAGES, total: true, meta: '乡镇（街道）林长办：                              2024年  月',
      cols: [
        L('村（居）', 'v_name'), L('村级林长', 'v_forest_chief_name'), L('护林员人数（人）', 'v_ranger_n', 'integer', '人'),
        L('其中：生态护林员（人）', 'v_eco_ranger_n', 'integer', '人'),
        G('本月', L('巡林次数（次）', 'v_patrol_m', 'integer', '次'), L('发现问题（个）', 'v_forest_issue_m', 'integer', '个'),
          L('整改到位（个）', 'v_forest_fixed_m', 'integer', '个')),
        G('本年累计', L('巡林次数（次）', 'v_patrol_y', 'integer', '次'), L('发现问题（个）', 'v_forest_issue_y', 'integer', '个'),
          L('整改到位（个）', 'v_forest_fixed_y', 'integer', '个')),
        L('森林火情（起）', 'v_fire_m', 'integer', '起'), R(),
      ],
      footer: true, note: '注：请于每月3日前通过林长制信息平台报送上月情况。',
    }],
  },
  {
    file: '县林长办/村级林长责任区公示信息表.xlsx', dept: '县林长办', freq: 'adhoc', title: '村级林长责任区公示信息表',
    sheets: [{
      kind: 'columns', name: '公示信息', seq: true, meta: '乡镇（街道）：                                  （盖章）',
      cols: [
        L('乡镇', 'v_town'), L('村', 'v_name'),
        G('村级林长', L('姓名', 'v_forest_chief_name'), L('职务', 'v_forest_chief_post'), L('联系电话', 'v_forest_chief_phone', 'phone')),
        L('责任区林地面积（亩）', 'v_forest', 'decimal', '亩'), L('护林员（人）', 'v_ranger_n', 'integer', '人'), R(),
      ],
      blank: 8, note: '注：林长调整后5个工作日内更新公示牌并报送本表。',
    }],
  },
  // ───────────── 县河长办 ─────────────
  {
    file: '县河长办/村级河长巡河情况周报.xlsx', dept: '县河长办', freq: 'weekly', title: '村级河长巡河护河情况周报表',
    catalog: '村级河长巡河情况周报',
    sheets: [{
      kind: 'columns', name: '周报', seq: true, villages: VILLAGES, total: true,
      meta: '乡镇（街道）河长办：                        填报时间：    年  月  日（每周一上午报上周情况）',
      cols: [
        L('乡镇', 'v_town'), L('村（社区）', 'v_name'), L('河流（河段）名称', 'v_river_name'),
        G('村级河长', L('姓名', 'v_river_chief_name'), L('联系电话', 'v_river_chief_phone', 'phone')),
        L('河长公示牌监督电话', 'v_river_board_phone', 'phone'), L('公示牌是否完好', 'v_river_board_ok', 'boolean', null, YN),
        G('本周巡河', L('巡河次数（次）', 'v_river_patrol_w', 'integer', '次'), L('发现问题（个）', 'v_river_issue_w', 'integer', '个'),
          L('已处理（个）', 'v_river_fixed_w', 'integer', '个')),
        L('本年累计巡河次数（次）', 'v_river_patrol_cum', 'integer', '次'), L('河道保洁员（人）', 'v_river_keeper_n', 'integer', '人'), R(),
      ],
      footer: true,
    }],
  },
  {
    file: '县河长办/河长制工作基本情况统计表.xlsx', dept: '县河长办', freq: 'annual', title: '2019年度村级河长制工作基本情况统计表',
    catalog: '村级河长制工作基本情况统计表',
    sheets: [{
      kind: 'indicator-rows', name: '基本情况', head: ['项    目', '单位', '数量'], sign: 'line',
      meta: '填报单位：              村（社区）                              2019年12月',
      rows: [
        C('一、组织体系'), I('村级河长姓名', 'v_river_chief_name', null, 'text', '—'), I('村级河长联系电话', 'v_river_chief_phone', null, 'phone', '—'),
        I('河道专管员', 'v_river_staff', '人'), I('河道保洁员', 'v_river_keeper_n', '人'),
        C('二、河流水系'), I('河流条数', 'v_river_count', '条'), D('河道总长度', 'v_river_len', '公里'),
      ],
      rows2: [
        C('三、巡河护河'), I('全年巡河次数', 'v_river_patrol_y', '次'), I('发现问题', 'v_river_issue_y', '个'), S('其中：已整改', 'v_river_fixed_y', '个'),
        C('四、水环境和水土保持'), I('是否建成污水处理设施', 'v_sewage', null, 'boolean', '是/否'), D('生活污水治理率', 'v_sewage_rate', '%'),
        D('本年水土流失治理面积', 'v_soil_treat_new', '亩'),
      ],
    }],
  },
  {
    file: '县河长办/2023年度河长巡河情况分月统计表.xlsx', dept: '县河长办', freq: 'annual', catalog: false,
    title: '2023年度村级河长巡河情况分月统计表',
    sheets: [{
      kind: 'grid', name: 'Sheet1', key: '项    目', prefix: 'g_hh', meta: '村（社区）河长：                          填报日期：2024年1月  日',
      rows: [{ l: '巡河次数（次）', k: 'patrol', u: '次' }, { l: '发现问题（个）', k: 'issue', u: '个' }],
      cols: Array.from({ length: 12 }, (_, i) => L(`${i + 1}月`, `m${i + 1}`, 'integer', null)),
      footer: true,
    }],
  },
  // ───────────── 县水利局 ─────────────
  {
    file: '县水利局/水土保持工作情况统计年报.xlsx', dept: '县水利局', freq: 'annual', title: '2015年度水土保持工作情况统计年报表',
    catalog: '水土保持工作情况统计年报表',
    sheets: [{
      kind: 'indicator-rows', name: '水保年报', stat: { code: '水保统1表', org: '岚溪县水利局', approval: '岚水〔2015〕12号', valid: '2017年12月' },
      meta: '填报单位：                                   2015年度', head: ['指标名称', '计量单位', '代码', '数量'], codeRow: true, sign: 'side',
      rows: [
        C('一、水土流失状况'), D('水土流失面积', 'v_soil_erosion', '平方公里'), S('其中：轻度', 'v_soil_light', '平方公里'),
        S('中度及以上', 'v_soil_mid', '平方公里'), D('茶果园水土流失面积', 'v_soil_teafruit', '亩'),
        I('崩岗', 'v_benggang', '处'),
        C('二、水土流失治理'), D('本年新增水土流失治理面积', 'v_soil_treat_new', '平方公里'), S('其中：坡改梯', 'v_soil_terrace', '亩'),
        S('营造水土保持林', 'v_soil_forest', '亩'), S('封禁治理', 'v_soil_closure', '亩'), D('累计水土流失治理面积', 'v_soil_treat_cum', '平方公里'),
        C('三、投入'), D('水土保持投入资金', 'v_soil_invest', '万元'), S('其中：中央和省级资金', 'v_soil_invest_up', '万元'),
      ],
    }],
  },
  {
    file: '县水利局/2020年第三季度水土流失综合治理项目进度表.xlsx', dept: '县水利局', freq: 'quarterly', catalog: false,
    title: '2020年第三季度水土流失综合治理项目进度表',
    sheets: [{
      kind: 'grid', name: '进度表', key: '治理措施', prefix: 'g_sb', meta: '项目区（村）：                          填报日期：2020年10月  日',
      rows: [{ l: '坡改梯（亩）', k: 'terrace', u: '亩' }, { l: '水土保持林（亩）', k: 'forest', u: '亩' }, { l: '封禁治理（亩）', k: 'closure', u: '亩' }],
      cols: [
        L('年度计划任务', 'plan', 'decimal', null),
        G('完成情况', L('第一季度', 'q1', 'decimal', null), L('第二季度', 'q2', 'decimal', null), L('第三季度', 'q3', 'decimal', null),
          L('第四季度', 'q4', 'decimal', null)),
        L('累计完成', 'cum', 'decimal', null),
      ],
      total: false, footer: true,
    }],
  },
  // ───────────── 县茶业发展中心 ─────────────
  {
    file: '县茶业发展中心/茶产业发展情况统计年报表.xlsx', dept: '县茶业发展中心', freq: 'annual', title: '2021年度茶产业发展情况统计年报表',
    sheets: [{
      kind: 'indicator-rows', name: '茶业年报', stat: { code: '茶统1表', org: '岚溪县茶业发展中心', approval: '岚茶〔2021〕6号', valid: '2023年12月' },
      meta: '填报单位（盖章）：                    村                    2021年度', head: ['指标名称', '计量单位', '代码', '本年', '上年'],
      codeRow: true, sign: 'cells',
      rows: [
        C('一、茶园基本情况'), D('茶园面积', 'v_tea_area', '亩'), S('其中：可采摘茶园面积', 'v_tea_pick', '亩'), S('生态茶园面积', 'v_tea_eco', '亩'),
        D('本年新植茶园面积', 'v_tea_new', '亩'),
        C('二、茶叶产量和产值'), D('干毛茶产量', 'v_tea_out', '吨'), S('其中：乌龙茶', 'v_tea_out_wl', '吨'), S('红茶', 'v_tea_out_bl', '吨'),
        D('干毛茶产值', 'v_tea_value', '万元'), D('涉茶全产业链产值', 'v_tea_chain', '万元'),
        D('干毛茶平均价格', 'v_tea_price', '元/公斤'),
        C('三、经营主体'), I('涉茶农户', 'v_tea_hh', '户'), I('茶叶加工企业', 'v_tea_firms', '家'), S('其中：获得SC认证', 'v_tea_sc', '家'),
        I('茶叶专业合作社', 'v_tea_coop', '个'),
        C('四、质量安全'), I('茶叶质量安全抽检批次', 'v_tea_check', '批次'), D('茶园绿色防控面积', 'v_tea_ipm', '亩'),
      ],
    }],
  },
  {
    file: '县茶业发展中心/涉茶农户茶园基本情况登记表.xlsx', dept: '县茶业发展中心', freq: 'annual', title: '2016年涉茶农户茶园基本情况登记表',
    catalog: '涉茶农户茶园基本情况登记表',
    sheets: [{
      kind: 'columns', name: '登记表', seq: true, example: true, meta: '乡镇：                村：                登记日期：2016年  月  日',
      cols: [
        G('户主', L('姓名', 'h_head_name'), L('身份证号', 'h_head_id', 'idcard'), L('联系电话', 'h_head_phone', 'phone')),
        L('所在村民小组', 'p_group'), L('家庭人口（人）', 'h_size', 'integer', '人'),
        G('茶园情况', L('茶园面积（亩）', 'h_tea_area', 'decimal', '亩'), L('可采面积（亩）', 'h_tea_pick', 'decimal', '亩'),
          L('主栽品种', 'h_tea_variety', 'choice', null, ['铁观音', '黄旦', '本山', '毛蟹', '金观音', '梅占', '其他']),
          L('茶园类型', 'h_tea_type', 'choice', null, ['生态茶园', '常规茶园', '有机茶园'])),
        G('干毛茶产量（公斤）', L('本年预计', 'h_tea_out_y', 'decimal', '公斤'), L('上年', 'h_tea_out_ly', 'decimal', '公斤')), L('上年茶叶收入（元）', 'h_tea_inc_ly', 'decimal', '元'), L('家庭年人均纯收入（元）', 'h_income_pc', 'decimal', '元'),
        L('是否加入合作社', 'h_in_coop', 'boolean', null, YN), L('是否施用有机肥', 'h_organic_fert', 'boolean', null, YN), L('是否建档立卡贫困户', 'h_poor', 'boolean', null, YN), R(),
      ],
      blank: 12, footer: FOOT_CUN,
    }],
  },
  {
    file: '县茶业发展中心/茶叶企业（合作社）名录.xlsx', dept: '县茶业发展中心', freq: 'adhoc', title: '茶叶加工企业（合作社）基本情况名录',
    catalog: '茶叶企业（合作社）名录', dictSheet: { name: '字典', visible: true },
    sheets: [{
      kind: 'columns', name: '名录', seq: true, meta: '乡镇：                                  更新时间：    年  月',
      cols: [
        L('企业（合作社）名称', 'o_name'), L('统一社会信用代码', 'o_credit'),
        L('主体类型', 'o_type_tea', 'choice', null, ['茶叶企业', '茶叶专业合作社', '家庭农场', '初制茶厂']), L('所在村', 'v_name'),
        L('生产地址', 'o_addr'),
        G('法定代表人', L('姓名', 'o_rep_name'), L('公民身份号码', 'o_rep_id', 'idcard'), L('手机号码', 'o_rep_phone', 'phone')),
        L('企业联系电话', 'o_phone', 'phone'), L('成立日期', 'o_found', 'date'), L('注册资本（万元）', 'o_capital', 'decimal', '万元'), L('自有茶园面积（亩）', 'o_tea_area', 'decimal', '亩'),
        L('年加工能力（吨）', 'o_capacity', 'decimal', '吨'), L('是否取得SC证', 'o_sc', 'boolean', null, YN),
        L('主要产品', 'o_product', 'choice', null, ['乌龙茶', '红茶', '绿茶', '白茶', '其他']), L('带动茶农（户）', 'o_drive_hh', 'integer', '户'),
        L('是否省级以上示范社（龙头企业）', 'o_demo', 'boolean', null, YN), R(),
      ],
      blank: 10,
    }],
  },
  {
    file: '县茶业发展中心/春茶生产进度周报.xlsx', dept: '县茶业发展中心', freq: 'weekly', title: '2025年春茶生产进度周报表',
    catalog: '春茶生产进度周报表',
    sheets: [{
      kind: 'grid', name: '周报', key: '指    标', unitCol: '计量单位', totalCol: '合计', prefix: 'g_ct',
      meta: '乡镇（盖章）：                              截至    月  日（每周四下午报送）',
      rows: [
        { l: '茶园面积', k: 'area', u: '亩', e: 'v_tea_area', t: 'decimal' },
        { l: '可采摘面积', k: 'pick', u: '亩', e: 'v_tea_pick', t: 'decimal' },
        { l: '已开采面积', k: 'picked', u: '亩', e: 'v_tea_picked_w', t: 'decimal' },
        { l: '本周干毛茶产量', k: 'out_w', u: '吨', e: 'v_tea_out_w', t: 'decimal' },
        { l: '累计干毛茶产量', k: 'out_cum', u: '吨', e: 'v_tea_out_cum', t: 'decimal' },
      ],
      cols: VILLAGES.slice(0, 4).map((v) => L(v, v, 'decimal', null)),
      footer: '填报人：              联系电话：',
    }],
  },
  // ───────────── 县乡村振兴局 ─────────────
  {
    file: '县乡村振兴局/乡村振兴示范村创建申报表.xlsx', dept: '县乡村振兴局', freq: 'annual', title: '2022年度乡村振兴示范村创建申报表',
    catalog: '乡村振兴示范村创建申报表（表一至表五）', dictSheet: { name: '选项', visible: false },
    instructions: [
      '填表说明',
      '1. 本申报表由申报村填写，乡镇（街道）审核盖章后报送县乡村振兴局，每年申报一次。',
      '2. 表一人口、收入数据均为上年末数；“是否老区基点村”以省老区办认定名单为准。',
      '3. 表三填写现任村“两委”主要成员；表四填写拟在创建期内实施的项目，投资单位为万元。',
      '4. 表五创建目标为规划期末（2025年）目标值。',
    ],
    sheets: [
      {
        kind: 'indicator-rows', name: '表一', title: '2022年度乡村振兴示范村创建申报表', source: '表一：申报村基本情况',
        head: ['项    目', '单位', '内容（数量）'],
        rows: [
          I('所在乡镇', 'v_town', null, 'text', '—'), I('村名', 'v_name', null, 'text', '—'),
          I('是否老区基点村', 'v_basepoint', null, 'boolean', '是/否'), { ...I('申报级别', 'v_demo_level', null, 'choice', '—'), dv: ['省级', '市级', '县级'] },
          { ...I('创建类型', 'v_demo_type', null, 'choice', '—'), dv: ['产业振兴', '生态宜居', '侨乡特色', '红色文化', '茶旅融合'] }, I('户籍人口', 'v_pop_hj', '人'), I('归侨侨眷人数', 'v_gqqj_n', '人'),
          I('海外侨胞人数', 'v_overseas_hq', '人'), D('林地面积', 'v_forest', '亩'), D('村集体经济收入', 'v_coll_income', '万元'),
          S('其中：经营性收入', 'v_coll_op_income', '万元'), D('农村居民人均可支配收入', 'v_income_pc', '元'), I('脱贫人口', 'v_poor_n', '人'),
          I('防返贫监测对象', 'v_monitor_n', '人'), I('驻村第一书记', 'v_first_sec', null, 'text', '—'),
        ],
      },
      {
        kind: 'indicator-rows', name: '表二', title: '表二：产业发展情况', head: ['指    标', '单位', '数量'],
        rows: [
          I('主导产业', 'v_lead_ind', null, 'text', '—'), D('茶园面积', 'v_tea_area', '亩'), S('其中：生态茶园', 'v_tea_eco', '亩'),
          D('干毛茶产量', 'v_tea_out', '吨'), D('干毛茶产值', 'v_tea_value', '万元'), I('涉茶农户', 'v_tea_hh', '户'),
          D('林下经济利用面积', 'v_underforest', '亩'),
        ],
      },
      {
        kind: 'columns', name: '表三', title: '表三：村“两委”主要成员', seq: true,
        cols: [
          L('姓名', 'p_name'), L('职务', 'p_post', 'choice', null, ['村党组织书记', '村委会主任', '副书记', '委员']),
          L('性别', 'p_sex', 'choice', null, SEX), L('出生年月', 'p_birth', 'date'), L('文化程度', 'p_edu', 'choice', null, EDU),
          L('政治面貌', 'p_polit', 'choice', null, POLIT), L('任职时间', 'p_post_date', 'date'), L('联系电话', 'p_phone', 'phone'),
        ],
        blank: 7,
      },
      {
        kind: 'columns', name: '表四', title: '表四：拟建设项目', seq: true,
        cols: [
          L('项目名称', 'j_demo_name'), L('项目类别', 'j_demo_type', 'choice', null, DEMO_PROJ), L('建设内容及规模', 'j_demo_content'),
          G('计划投资（万元）', L('合计', 'j_demo_inv', 'decimal', '万元'), L('财政衔接资金', 'j_demo_fiscal', 'decimal', '万元'),
            L('侨捐资金', 'j_demo_qiao', 'decimal', '万元'), L('村集体及群众自筹', 'j_demo_self', 'decimal', '万元')),
          L('实施主体', 'j_demo_org'), L('计划完成时间', 'j_demo_end', 'date'), L('预期效益', 'j_demo_benefit'),
        ],
        blank: 8,
      },
      {
        kind: 'indicator-rows', name: '表五', title: '表五：创建目标', head: ['目标指标', '单位', '目标值'], sign: 'cells',
        rows: [
          D('村集体经济收入目标', 'v_goal_coll', '万元'), D('农村居民人均可支配收入目标', 'v_goal_inc', '元'),
          D('生活污水治理率目标', 'v_goal_sewage', '%'),
        ],
      },
    ],
  },
  {
    file: '县乡村振兴局/乡村振兴示范村创建情况汇总表.xlsx', dept: '县乡村振兴局', freq: 'semiannual', title: '乡村振兴示范村创建工作进展情况汇总表',
    catalog: '乡村振兴示范村创建情况汇总表',
    sheets: [{
      kind: 'columns', name: '汇总表', seq: true, villages: VILLAGES, total: true, meta: '乡镇（街道）：                  （盖章）                  2023年上半年',
      cols: [
        L('乡镇', 'v_town'), L('村名', 'v_name'), L('创建级别', 'v_demo_level', 'choice', null, ['省级', '市级', '县级']),
        L('创建类型', 'v_demo_type', 'choice', null, ['产业振兴', '生态宜居', '侨乡特色', '红色文化', '茶旅融合']),
        L('是否老区基点村', 'v_basepoint', 'boolean', null, YN), L('主导产业', 'v_lead_ind'),
        G('建设项目（个）', L('计划', 'v_demo_proj_plan', 'integer', '个'), L('已完工', 'v_demo_proj_done', 'integer', '个')),
        G('累计完成投资（万元）', L('合计', 'v_demo_invest', 'decimal', '万元'), L('其中：侨捐资金', 'v_demo_qiao', 'decimal', '万元')),
        L('村集体经济收入（万元）', 'v_coll_income', 'decimal', '万元'), L('驻村第一书记', 'v_first_sec'), R(),
      ],
      footer: true,
    }],
  },
  {
    file: '县乡村振兴局/示范村建设项目进度台账.xlsx', dept: '县乡村振兴局', freq: 'monthly', catalog: false, title: '乡村振兴示范村建设项目进度台账',
    sheets: [{
      kind: 'columns', name: '项目台账', seq: true,
      meta: '乡镇（街道）：            村：              填报月份：    年  月（每月5日前报送县乡村振兴局规划建设股）',
      cols: [
        L('项目名称', 'j_demo_name'), L('项目类别', 'j_demo_type', 'choice', null, DEMO_PROJ), L('建设内容', 'j_demo_content'),
        G('总投资（万元）', L('合计', 'j_demo_inv', 'decimal', '万元'), L('财政衔接资金', 'j_demo_fiscal', 'decimal', '万元'),
          L('侨捐', 'j_demo_qiao', 'decimal', '万元'), L('群众自筹', 'j_demo_self', 'decimal', '万元')),
        G('完成投资（万元）', L('本月', 'j_demo_done_m', 'decimal', '万元'), L('累计', 'j_demo_done_cum', 'decimal', '万元')),
        L('开工日期', 'j_demo_start', 'date'), L('计划完工日期', 'j_demo_end', 'date'), L('形象进度', 'j_demo_progress', 'choice', null, ['未开工', '前期准备', '在建', '完工', '已验收']),
        L('项目负责人', 'j_demo_manager'), L('联系电话', 'j_demo_manager_phone', 'phone'), R(),
      ],
      blank: 10, total: true, footer: true,
    }],
  },
  {
    file: '防止返贫动态监测对象信息采集表.xlsx', dept: '县乡村振兴局', freq: 'monthly', catalog: false, title: '防止返贫动态监测对象信息采集表',
    sheets: [{
      kind: 'columns', name: '监测对象', seq: true, source: '数据来源：全国防止返贫监测信息系统导出（2021年）',
      cols: [
        L('乡镇', 'v_town'), L('行政村', 'v_name'),
        G('户主', L('姓名', 'h_head_name'), L('证件号码', 'h_head_id', 'idcard'), L('联系电话', 'h_head_phone', 'phone')),
        G('家庭情况', L('家庭人口数（人）', 'h_size', 'integer', '人'), L('是否脱贫户', 'h_poor', 'boolean', null, YN),
          L('家庭年人均纯收入（元）', 'h_income_pc', 'decimal', '元')),
        L('监测对象类型', 'h_monitor_type', 'choice', null, ['脱贫不稳定户', '边缘易致贫户', '突发严重困难户']),
        L('主要风险类型', 'h_risk', 'choice', null, ['因病', '因残', '因学', '因灾', '因意外事故', '因产业项目失败', '因务工就业不稳', '其他']), L('识别监测时间', 'h_monitor_date', 'date'),
        G('帮扶责任人', L('姓名', 'h_helper_name'), L('联系电话', 'h_helper_phone', 'phone')),
        L('主要帮扶措施', 'h_measure', 'choice', null, ['产业帮扶', '就业帮扶', '健康帮扶', '教育帮扶', '综合保障', '其他']),
        L('风险是否消除', 'h_risk_cleared', 'boolean', null, YN), R(),
      ],
      blank: 12, note: '注：本表由村级防返贫监测信息员核实后，每月25日前报送县乡村振兴局防返贫监测股。',
    }],
  },
  // ───────────── 县农业农村局 ─────────────
  {
    file: '县农业农村局/村级集体经济发展情况统计表.xlsx', dept: '县农业农村局', freq: 'annual', title: '2024年度村级集体经济发展情况统计表',
    sheets: [{
      kind: 'columns', name: '统计表', seq: true, villages: VILLAGES, total: true, codeRow: true,
      meta: '填报单位（盖章）：                              2024年12月31日',
      cols: [
        L('乡镇', 'v_town'), L('村（居）', 'v_name'), L('村集体经济总收入（万元）', 'v_coll_income', 'decimal', '万元'),
        L('其中：经营性收入（万元）', 'v_coll_op_income', 'decimal', '万元'), L('村集体资产总额（万元）', 'v_coll_assets', 'decimal', '万元'),
        L('农民人均可支配收入（元）', 'v_income_pc', 'decimal', '元'), R(),
      ],
      footer: true,
    }],
  },
  // ───────────── 县委统战部 ─────────────
  {
    file: '县委统战部/归侨侨眷基本情况统计表.xlsx', dept: '县委统战部', freq: 'annual', title: '2017年度归侨侨眷和旅外乡亲基本情况统计表',
    catalog: '归侨侨眷基本情况统计表',
    sheets: [{
      kind: 'columns', name: '侨情统计', seq: true, villages: VILLAGES, total: true,
      meta: '乡镇（街道）侨务工作站：                    （盖章）                    2017年12月31日',
      cols: [
        L('村（社区）', 'v_name'), L('户籍人口（人）', 'v_pop_hj', 'integer', '人'),
        G('归侨', L('户数', 'v_gq_hh', 'integer', '户'), L('人数', 'v_gq_n', 'integer', '人')),
        G('侨眷', L('户数', 'v_qj_hh', 'integer', '户'), L('人数', 'v_qj_n', 'integer', '人')),
        L('港澳同胞眷属（人）', 'v_hkmo_rel', 'integer', '人'),
        G('旅外乡亲（人）', L('合计', 'v_overseas', 'integer', '人'), L('其中：华侨华人', 'v_overseas_hq', 'integer', '人'),
          L('港澳同胞', 'v_hkmo', 'integer', '人')),
        L('主要旅居国家（地区）', 'v_overseas_country'), L('侨联小组组长', 'v_qiao_leader'), R(),
      ],
      footer: true,
    }],
  },
  {
    file: '归侨侨眷信息登记表.xlsx', dept: '县委统战部', freq: 'adhoc', catalog: false, title: '归侨侨眷信息登记表',
    sheets: [{
      kind: 'columns', name: '登记表', seq: true,
      stat: { code: '侨务01表', org: '中共岚溪县委统战部（县人民政府侨务办公室）', approval: '岚委统〔2020〕9号', valid: '2025年12月' },
      meta: '乡镇（街道）：                  村（社区）：',
      cols: [
        G('基本信息', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
          L('出生日期', 'p_birth', 'date'), L('身份证号码', 'p_idno', 'idcard'), L('文化程度', 'p_edu', 'choice', null, EDU),
          L('政治面貌', 'p_polit', 'choice', null, POLIT)),
        L('身份类别', 'p_qiao_type', 'choice', null, QIAO_TYPE), L('侨居国（地区）', 'p_qiao_country', 'choice', null, COUNTRIES),
        L('回国时间', 'p_return_date', 'date'),
        G('海外亲属', L('姓名', 'p_ovs_rel_name'), L('与本人关系', 'p_ovs_rel'), L('所在国家（地区）', 'p_ovs_rel_country', 'choice', null, COUNTRIES)),
        L('现居住地址', 'p_addr'), L('联系电话', 'p_phone', 'phone'),
        G('国内联系人', L('姓名', 'p_contact_name'), L('联系电话', 'p_contact_phone', 'phone')), R(),
      ],
      blank: 10, footer: FOOT_CUN, note: '注：归侨侨眷新增、迁移、去世等变动情况随时登记报送。',
    }],
  },
  {
    file: '县委统战部/侨捐公益项目情况登记表.xlsx', dept: '县委统战部', freq: 'annual', catalog: false,
    title: '2022年度华侨港澳同胞捐赠公益事业项目登记表',
    sheets: [{
      kind: 'columns', name: '侨捐项目', seq: true, meta: '乡镇（街道）：                                  填报日期：2022年12月  日',
      cols: [
        L('受赠村（社区）', 'v_name'), L('受赠单位', 'j_qiao_recipient'), L('项目名称', 'j_qiao_name'),
        L('项目类别', 'j_qiao_type', 'choice', null, ['教育', '医疗卫生', '道路桥梁', '文化体育', '扶贫济困', '乡村振兴', '其他']),
        G('捐赠人', L('姓名（名称）', 'j_donor_name'), L('侨居国（地区）', 'j_donor_country'), L('与本村关系', 'j_donor_rel')),
        L('捐赠金额（万元）', 'j_qiao_amount', 'decimal', '万元'), L('捐赠时间', 'j_qiao_date', 'date'), L('是否冠名', 'j_qiao_named', 'boolean', null, YN),
        L('项目状态', 'j_qiao_status', 'choice', null, ['在建', '已建成', '已移交使用']), R(),
      ],
      blank: 8, footer: true,
    }],
  },
  // ───────────── 县侨联 ─────────────
  {
    file: '县侨联/归侨侨眷性别年龄结构统计表.xlsx', dept: '县侨联', freq: 'annual', title: '2016年归侨侨眷性别年龄结构统计表',
    catalog: '归侨侨眷性别年龄结构统计表',
    sheets: [{
      kind: 'grid', name: '年龄结构', key: '类    别', prefix: 'g_ql',
      meta: '填报单位：              村（社区）侨联小组              单位：人              2016年12月',
      rows: [
        { l: '归侨', k: 'gq', els: { tot: 'v_gq_n' } }, { l: '侨眷', k: 'qj', els: { tot: 'v_qj_n' } },
        { l: '港澳同胞眷属', k: 'hkmo', els: { tot: 'v_hkmo_rel' } },
      ],
      cols: [
        L('合计', 'tot', 'integer', '人'), G('性别', L('男', 'm', 'integer', '人'), L('女', 'f', 'integer', '人')),
        G('年龄', L('60周岁以下', 'u60', 'integer', '人'), L('60～79周岁', 'a60', 'integer', '人'), L('80周岁及以上', 'a80', 'integer', '人')),
      ],
      footer: true,
    }],
  },
  {
    file: '县侨联/困难归侨侨眷走访慰问花名册及汇总表.xlsx', dept: '县侨联', freq: 'annual', title: '2020年春节走访慰问困难归侨侨眷花名册',
    catalog: '困难归侨侨眷走访慰问花名册及汇总表',
    sheets: [
      {
        kind: 'columns', name: '花名册', seq: true, meta: '乡镇（街道）侨联：                              2020年1月',
        cols: [
          L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('年龄', 'p_age', 'integer', '岁'),
          L('身份类别', 'p_qiao_type', 'choice', null, QIAO_TYPE),
          L('困难类型', 'p_hardship', 'choice', null, ['因病', '因残', '因灾', '年老体弱', '其他']),
          L('慰问金额（元）', 'p_qiao_visit_pay', 'decimal', '元'), L('家庭住址', 'p_addr'), L('联系方式', 'p_phone', 'phone'), R(),
        ],
        blank: 12, total: true,
      },
      {
        kind: 'indicator-rows', name: '汇总表', title: '2020年春节走访慰问困难归侨侨眷汇总表', head: ['项    目', '单位', '数量'], sign: 'cells',
        rows: [
          I('走访慰问困难归侨侨眷户数', 'v_qiao_visit_hh', '户'), I('走访慰问人数', 'v_qiao_visit_n', '人'),
          S('其中：80周岁及以上老归侨', 'v_qiao_visit_80', '人'), D('发放慰问金', 'v_qiao_visit_money', '元'),
        ],
      },
    ],
  },
  {
    file: '村（社区）归侨侨眷联系名册.xlsx', dept: '县侨联', freq: 'adhoc', catalog: false, title: '村（社区）归侨侨眷联系名册',
    sheets: [{
      kind: 'columns', name: 'sheet1', source: '（数据来源：县侨联侨情数据库导出）', seq: true,
      cols: [
        L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('类别', 'p_qiao_type', 'choice', null, QIAO_TYPE),
        L('侨居国家（地区）', 'p_qiao_country', 'choice', null, COUNTRIES), L('回国年份', 'p_return_date', 'date'),
        L('手机号码', 'p_phone', 'phone'), G('国内联系人', L('姓名', 'p_contact_name'), L('联系电话', 'p_contact_phone', 'phone')), R(),
      ],
      blank: 15, note: '注：名册不定期更新，村侨联小组核对后反馈县侨联联络部。',
    }],
  },
  // ───────────── 县退役军人事务局 ─────────────
  {
    file: '县退役军人事务局/“五老”人员定期生活补助发放花名册.xlsx', dept: '县退役军人事务局', freq: 'monthly', title: '“五老”人员定期生活补助发放花名册',
    sheets: [{
      kind: 'columns', name: '发放花名册', seq: true, meta: '乡镇（街道）退役军人服务站：                    发放月份：    年  月',
      cols: [
        L('乡镇', 'v_town'), L('村（居）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('年龄', 'p_age', 'integer', '岁'),
        L('身份证号', 'p_idno', 'idcard'), L('人员类别', 'p_5lao_type', 'choice', null, WULAO),
        L('补助标准（元/月）', 'p_5lao_std', 'decimal', '元/月'), L('本月发放金额（元）', 'p_5lao_pay_m', 'decimal', '元'),
        L('一卡通账号', 'p_card_acct'), L('开户银行', 'p_bank', 'choice', null, ['农村信用社', '邮储银行', '农业银行', '其他']),
        L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 10, total: true, footer: true,
    }],
  },
  // ───────────── 县民政局 ─────────────
  {
    file: '县民政局/老区村基本情况调查表.xlsx', dept: '县民政局', freq: 'annual', catalog: '老区村基本情况调查表',
    xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'indicator-rows', name: 'Sheet1', blankTop: 1, startCol: 1, head: ['项目', '单位', '数量'], sign: 'line',
      meta: '乡镇：                村：                2012年12月',
      rows: [
        C('一、基本情况'), I('1.是否老区基点村', 'v_basepoint', null, 'boolean', '是/否'), I('2.总户数', 'v_hh_hj', '户'), I('3.总人口', 'v_pop_hj', '人'),
        S('其中：60岁以上老人', 'v_pop_60', '人'), I('4.劳动力', 'v_labor', '人'), S('其中：外出务工', 'v_migrant', '人'),
        C('二、资源'), D('1.耕地', 'v_land', '亩'), D('2.山林面积', 'v_forest', '亩'), D('3.茶园', 'v_tea_area', '亩'),
        C('三、经济'), D('1.村财收入', 'v_coll_income', '万元'),
      ],
      note: '注：本表由老区村委会填写，乡镇民政办审核后于每年12月20日前报送县民政局老区办。',
    }],
  },
  {
    file: '县民政局/村（居）民委员会基本情况统计表.xlsx', dept: '县民政局', freq: 'annual', catalog: false,
    title: '2024年度村（居）民委员会基本情况统计表',
    sheets: [{
      kind: 'columns', name: '基本情况', seq: true, villages: VILLAGES, total: true, codeRow: true,
      stat: { code: '民基3表', org: '岚溪县民政局', approval: '岚民〔2024〕2号', valid: '2026年12月' }, meta: '填报单位：                              2024年12月31日',
      cols: [
        L('村（居）委会名称', 'v_name'), L('村民小组（个）', 'v_groups', 'integer', '个'), L('总户数（户）', 'v_hh_hj', 'integer', '户'),
        G('户籍人口（人）', L('合计', 'v_pop_hj', 'integer', '人'), L('男', 'v_pop_hj_m', 'integer', '人'), L('女', 'v_pop_hj_f', 'integer', '人')),
        L('常住人口（人）', 'v_pop_cz', 'integer', '人'), L('80周岁以上老人（人）', 'v_pop_80', 'integer', '人'),
        L('村“两委”成员（人）', 'v_cadres', 'integer', '人'), L('村务监督委员会成员（人）', 'v_supervise', 'integer', '人'),
        L('是否老区村', 'v_lq_vill', 'boolean', null, YN), R(),
      ],
      footer: true,
    }],
  },
  // ───────────── 县统计局 ─────────────
  {
    file: '县统计局/农村基本情况统计年报表.xlsx', dept: '县统计局', freq: 'annual', title: '2023年农村基本情况统计年报表',
    catalog: '农村基本情况统计年报表',
    sheets: [{
      kind: 'indicator-rows', name: '农村基本情况', stat: { code: '农基1表', org: '岚溪县统计局', approval: '闽统〔2023〕5号', valid: '2025年12月' },
      meta: '填报单位（村委会）：                                    2023年度', head: ['指标名称', '计量单位', '代码', '本年', '上年'],
      codeRow: true, sign: 'cells',
      rows: [
        C('一、人口和劳动力'), I('村民小组', 'v_groups', '个'), I('户籍户数', 'v_hh_hj', '户'), I('户籍人口', 'v_pop_hj', '人'),
        S('其中：男', 'v_pop_hj_m', '人'), S('女', 'v_pop_hj_f', '人'), I('常住人口', 'v_pop_cz', '人'), I('60周岁及以上户籍人口', 'v_pop_60', '人'),
        S('其中：80周岁及以上', 'v_pop_80', '人'), I('65周岁及以上户籍人口', 'v_pop_65', '人'), I('乡村劳动力', 'v_labor', '人'),
        I('外出务工劳动力', 'v_migrant', '人'), S('其中：出省务工', 'v_migrant_outprov', '人'), S('出境（国）务工', 'v_migrant_abroad', '人'),
        I('归侨侨眷', 'v_gqqj_n', '人'),
        C('二、土地资源'), D('耕地面积', 'v_land', '亩'), S('其中：水田', 'v_paddy', '亩'), D('园地面积', 'v_garden', '亩'),
        S('其中：茶园', 'v_tea_area', '亩'), D('林地面积', 'v_forest', '亩'), S('其中：生态公益林', 'v_public_forest', '亩'),
        D('土地流转面积', 'v_land_transfer', '亩'), D('撂荒耕地面积', 'v_land_idle', '亩'),
        C('三、农业生产'), C('（一）种植业', 1), D('粮食播种面积', 'v_grain_area', '亩'), D('粮食产量', 'v_grain_out', '吨'),
        D('茶叶产量', 'v_tea_out', '吨'),
        C('（二）畜牧业', 1), I('年末生猪存栏', 'v_pig_stock', '头'),
        C('（三）林业', 1), D('本年造林面积', 'v_afforest', '亩'),
        C('四、农村经济'), D('村集体经济收入', 'v_coll_income', '万元'), S('其中：经营性收入', 'v_coll_op_income', '万元'),
        D('村集体经济组织资产总额', 'v_coll_assets', '万元'), D('农村居民人均可支配收入', 'v_income_pc', '元'), I('农民专业合作社', 'v_coop', '个'),
        I('家庭农场', 'v_family_farm', '个'),
        C('五、基础设施和公共服务'), I('通宽带自然村', 'v_broadband', '个'), I('自来水受益户数', 'v_tapwater_hh', '户'),
        I('是否建成农村生活污水处理设施', 'v_sewage', null, 'boolean', '是/否'), I('农村幸福院', 'v_happy_home', '个'),
        C('六、社会保障'), I('农村低保户', 'v_rdb_hh', '户'), I('农村低保人数', 'v_rdb_n', '人'), I('脱贫户', 'v_poor_hh', '户'),
        I('脱贫人口', 'v_poor_n', '人'), I('防返贫监测对象', 'v_monitor_n', '人'),
        C('七、村级组织'), I('村“两委”成员', 'v_cadres', '人'), I('党员', 'v_pm', '人'),
      ],
    }],
  },
  {
    file: '2024年第三季度茶叶生产情况调查表.xlsx', dept: '县统计局', freq: 'quarterly', catalog: false, title: '2024年第三季度茶叶生产情况调查表',
    sheets: [{
      kind: 'indicator-rows', name: '茶叶季报', stat: { code: 'A208-3表', org: '岚溪县统计局', approval: '闽统〔2024〕3号', valid: '2026年9月' },
      meta: '调查村：                  调查员：                  （季后5日内报送）', head: ['指标名称', '计量单位', '本季', '上年同季'], sign: 'line',
      rows: [
        D('茶园面积', 'v_tea_area', '亩'), S('其中：采摘面积', 'v_tea_pick', '亩'), D('茶叶产量', 'v_tea_out_q', '吨'), S('其中：乌龙茶', 'v_tea_out_q_wl', '吨'),
        S('红茶', 'v_tea_out_q_bl', '吨'), D('茶叶平均出售价格', 'v_tea_price_q', '元/公斤'),
      ],
    }],
  },
  // ───────────── 县财政局 ─────────────
  {
    file: '县财政局/惠民惠农财政补贴资金“一卡通”发放明细表.xlsx', dept: '县财政局', freq: 'monthly', title: '惠民惠农财政补贴资金“一卡通”发放明细表',
    sheets: [{
      kind: 'columns', name: '发放明细', seq: true, meta: '乡镇（街道）财政所：                      发放批次：    年  月',
      cols: [
        L('乡镇', 'v_town'), L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('公民身份号码', 'p_idno', 'idcard'),
        L('补贴项目', 'p_sub_item', 'choice', null, ['耕地地力保护补贴', '生态公益林补偿', '“五老”人员生活补助', '困难归侨侨眷生活补助', '城乡居民养老金', '其他']),
        L('补贴金额（元）', 'p_sub_pay', 'decimal', '元'), L('社会保障卡（一卡通）账号', 'p_card_acct'),
        L('开户银行', 'p_bank', 'choice', null, ['农村信用社', '邮储银行', '农业银行', '其他']), L('发放日期', 'p_sub_date', 'date'),
        L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 12, total: true, footer: '经办人：              审核人：              财政所负责人：',
    }],
  },
  // ───────────── 县发展和改革局 ─────────────
  {
    file: '县发展和改革局/老区苏区振兴发展项目申报表.xlsx', dept: '县发展和改革局', freq: 'adhoc', title: '老区苏区振兴发展项目申报表',
    sheets: [{
      kind: 'columns', name: '项目申报', seq: true, meta: '申报单位（盖章）：                              申报日期：    年  月  日',
      cols: [
        L('乡镇', 'v_town'), L('村', 'v_name'), L('是否老区基点村', 'v_basepoint', 'boolean', null, YN), L('项目名称', 'j_suqu_name'),
        L('项目类别', 'j_suqu_type', 'choice', null, ['基础设施', '产业发展', '红色旅游', '生态保护', '社会事业']), L('建设内容及规模', 'j_suqu_content'),
        G('总投资（万元）', L('合计', 'j_suqu_inv', 'decimal', '万元'), L('申请上级补助', 'j_suqu_up', 'decimal', '万元'),
          L('地方配套', 'j_suqu_local', 'decimal', '万元')),
        L('建设起止年限', 'j_suqu_period'), L('前期工作进展', 'j_suqu_stage', 'choice', null, ['谋划阶段', '已立项', '已完成可研', '已具备开工条件']), G('项目联系人', L('姓名', 'j_suqu_contact'), L('联系电话', 'j_suqu_phone', 'phone')), R(),
      ],
      blank: 8, footer: true,
    }],
  },
];

/** how a form that the catalog does not list gives away its department and frequency */
const RECOVER: Record<string, string> = {
  '县林业局/2022年上半年林下经济发展情况统计表.xlsx': 'folder 县林业局; title 2022年上半年 → semiannual',
  '县林长办/2023年度网格护林员花名册.xlsx': 'folder 县林长办; title 2023年度 → annual',
  '县河长办/2023年度河长巡河情况分月统计表.xlsx': 'folder 县河长办; title 2023年度 (the 1月…12月 columns are a breakdown, not the frequency; 填报日期 2024年1月) → annual',
  '县水利局/2020年第三季度水土流失综合治理项目进度表.xlsx': 'folder 县水利局; title 2020年第三季度 → quarterly',
  '县乡村振兴局/示范村建设项目进度台账.xlsx': 'folder 县乡村振兴局; meta line `每月5日前报送县乡村振兴局规划建设股` → monthly',
  '防止返贫动态监测对象信息采集表.xlsx': 'top level; note `每月25日前报送县乡村振兴局防返贫监测股` → 县乡村振兴局, monthly (the `数据来源：全国防止返贫监测信息系统导出` line names no county office)',
  '县委统战部/侨捐公益项目情况登记表.xlsx': 'folder 县委统战部; title 2022年度 → annual',
  '归侨侨眷信息登记表.xlsx': 'top level; 表号 block `制定机关：中共岚溪县委统战部（县人民政府侨务办公室）` → 县委统战部; note `变动情况随时登记报送` → adhoc',
  '村（社区）归侨侨眷联系名册.xlsx': 'top level; line `数据来源：县侨联侨情数据库导出` and note `名册不定期更新…反馈县侨联联络部` → 县侨联, adhoc',
  '县民政局/村（居）民委员会基本情况统计表.xlsx': 'folder 县民政局 and `制定机关：岚溪县民政局`; title 2024年度 → annual',
  '2024年第三季度茶叶生产情况调查表.xlsx': 'top level; 表号 block `制定机关：岚溪县统计局` → 县统计局; title 2024年第三季度 → quarterly',
};

const SHAPES = `- **Long indicator-rows questionnaires**: 县统计局 农村基本情况统计年报表 (44 indicators, ~56 rows: \`指标名称 | 计量单位 | 代码 | 本年 | 上年\`,
  甲 乙 丙 1 2 code row, 一、/（一） category rows, \`其中：\` sub-items, 填表人/审核人/联系电话 cells at the bottom, 表号 block);
  县林业局 集体林权制度改革情况统计年报表 (35 indicators, ~50 rows with 一、…六、 and （一）…（四） categories); 县茶业发展中心 茶产业年报 (16);
  县水利局 水土保持年报 with the signature column at the side; 县河长办 河长制基本情况 with **two panels side by side**;
  县民政局 老区村调查表 and 统计局 茶叶季报 with \`项目 | 单位 | 数量\` / \`本季 | 上年同季\`.
- **One form in several sheets**: 县乡村振兴局 乡村振兴示范村创建申报表 = 表一 (indicator) … 表五, with a 填表说明 sheet and a hidden
  选项 sheet feeding the dropdowns of 表三/表四. **A form in two sheets**: 县侨联 困难归侨侨眷走访慰问 花名册 + 汇总表.
- **Visible dropdown-only sheets** (not forms, no fields): 下拉列表 (林权登记发证台账), 字典 (茶叶企业名录). Hidden 字典 sheets elsewhere.
- **Old .xls conversions**: 县林业局 2014年度生态公益林补偿资金发放花名册 (Sheet1 + empty Sheet2/Sheet3, 序号 stored as text, a stray
  empty column A) and 县民政局 2012 老区村基本情况调查表 (Sheet1/2/3, stray empty first row and column, **no title row at all**).
  (No LibreOffice on the build machine: they are written directly with these artefacts, not round-tripped.)
- **Group headers that change their leaves**: 户主 (涉茶农户, 防返贫), 帮扶责任人, 国内联系人, 海外亲属 (归侨登记), 法定代表人 (两个名录),
  林权权利人 (林权台账), 责任林长 / 村级林长, 村级河长, 捐赠人 (侨捐), 项目联系人 (苏区项目), 本月 vs 本年累计 (林长月报),
  本周巡河 vs 本年累计 (河长周报), 完成投资 本月 vs 累计 (项目台账), 户籍人口 > 合计 | 男 | 女 (民政), 归侨 / 侨眷 > 户数 | 人数.
  **Group headers that do not**: 基本信息 (护林员, 归侨登记), 家庭情况 (防返贫), 茶园情况 (涉茶农户), 林地坐落, 补偿对象.
- **Grids beyond the kit's**: a row header in two columns (林下经济: 类别 merged down + 项目, with a 合计 row); months across (河长 分月
  统计表 1月…12月); quarters across under a 完成情况 group (水土流失治理 进度表: 年度计划任务 | 第一季度…第四季度 | 累计完成);
  男 | 女 and age bands 60周岁以下 / 60～79周岁 / 80周岁及以上 (侨联 年龄结构, unit from the meta \`单位：人\`);
  a **transposed grid** (春茶生产进度周报: indicators down with a 计量单位 column, villages across, a 合计 column).
- Pre-filled village rows with a 合计 row, 示例 row (涉茶农户), 甲 乙 1 2 code rows in column forms (民政, 农业农村), data-validation dropdowns.
- **Synonyms across offices** (same element, different wording): 身份证号码 / 公民身份号码 / 身份证号 (p_idno); 户主 > 身份证号 / 证件号码;
  联系电话 / 手机号码 / 联系方式; 出生年月 / 出生日期; 身份类别 / 类别 (归侨侨眷); 侨居国（地区）/ 侨居国家（地区）; 回国时间 / 回国年份;
  现居住地址 / 家庭住址; 一卡通账号 / 社会保障卡（一卡通）账号; 村民小组 / 所在村民小组; 行政村 / 村（居）/ 村（社区）/ 所在村 / 村名 /
  村（居）委会名称 / 受赠村（社区）; 户籍户数 / 总户数; 户籍人口 / 总人口 / 户籍人口 > 合计; 林业用地面积 / 林地面积 / 山林面积 /
  责任区林地面积; 茶园面积 / 其中：茶园 / 茶园; 可采摘茶园面积 / 可采摘面积 / 采摘面积; 干毛茶产量 / 茶叶产量; 村集体经济收入 /
  村集体经济总收入 / 村财收入; 村集体资产总额 / 村集体经济组织资产总额; 农村居民人均可支配收入 / 农民人均可支配收入; 60周岁及以上户籍人口 /
  60岁以上老人; 80周岁以上老人 / 其中：80周岁及以上; 海外侨胞人数 / 旅外乡亲 > 其中：华侨华人; 归侨侨眷人数 / 归侨侨眷; 归侨 > 人数 /
  归侨 × 合计; 村级林长 / 责任林长 > 姓名; 护林员人数 / 护林员（人）/ 护林员; 村级河长 > 姓名 / 村级河长姓名; 是否建成农村生活污水处理设施 /
  是否建成污水处理设施; 本年新增水土流失治理面积 / 本年水土流失治理面积; 主体名称 / 企业（合作社）名称; 成立时间 / 成立日期; 带动农户 /
  带动茶农; 是否建档立卡贫困户 (2016) / 是否脱贫户 (2021) (old and new programme names); 家庭人口 / 家庭人口数; 申报级别 / 创建级别;
  计划投资 / 总投资, 侨捐资金 / 侨捐, 村集体及群众自筹 / 群众自筹, 建设内容及规模 / 建设内容, 计划完成时间 / 计划完工日期 (示范村项目).`;

const CALLS = `- 林地坐落 > 乡镇 / 村 (林权台账) are the reporting village's v_town / v_name: the group says where the row's plot lies.
- 补偿对象 > 姓名 / 身份证号码 (公益林花名册) are the row person's p_name / p_idno (the group names the row's subject); 林权权利人 >
  姓名（名称）/ 身份证号码 / 联系电话 (林权台账) are f_owner_*: that row is a certificate and the group names a party of it.
- 户主 > 姓名 / 身份证号 / 证件号码 / 联系电话 are h_head_*; 帮扶责任人, 国内联系人, 海外亲属, 捐赠人, 项目联系人, 法定代表人 > … are each
  their role's own elements, never p_name / p_phone.
- The two organisation rosters (林业新型经营主体名录, 茶叶企业名录) share o_name, o_credit, o_rep_*, o_found, o_capital, o_drive_hh, o_demo
  (as 姓名 merges across person rosters); 主体类型 does not (each office's own list), nor 经营面积 (林地) vs 自有茶园面积.
- 企业联系电话 (o_phone) ≠ 法定代表人 手机号码 (o_rep_phone); 河长公示牌监督电话 ≠ 村级河长 联系电话.
- The bare 联系电话 after 项目负责人 in 示范村建设项目进度台账 is the project manager's (j_demo_manager_phone), not a person roster's p_phone.
- 村级林长 (leaf, 林长月报) = 责任林长 > 姓名 (护林员花名册) = 村级林长 > 姓名 (公示表); 职务 / 联系电话 likewise.
- 责任区林地面积 (林长公示表) = the village's 林地面积 (v_forest): the 村级林长's 责任区 is the whole village.
- 海外侨胞人数 (示范村表一) = 旅外乡亲 > 其中：华侨华人 (v_overseas_hq), not 旅外乡亲 > 合计 (v_overseas), which also counts 港澳同胞.
- 港澳同胞 (v_hkmo, living in Hong Kong / Macao) ≠ 港澳同胞眷属 (v_hkmo_rel, their relatives at home).
- 归侨侨眷人数 / 归侨侨眷 (combined, v_gqqj_n) ≠ 归侨 人数 ≠ 侨眷 人数.
- 侨居国 of the person (p_qiao_country) ≠ 海外亲属 所在国家 (p_ovs_rel_country) ≠ 捐赠人 侨居国 (j_donor_country) ≠ the village's
  主要旅居国家 (v_overseas_country).
- 干毛茶产量 (茶业年报, 示范村表二) = 茶叶产量 (统计年报) = v_tea_out (the year's output); the 统计 季报's 茶叶产量 is the quarter's
  (v_tea_out_q); 春茶周报 本周 / 累计干毛茶产量 are their own elements.
- 可采摘面积 (周报) = 可采摘茶园面积 (年报) = 采摘面积 (季报); 已开采面积 (周报: how far the season has got) is its own.
- 茶园面积 of the village (v_tea_area) ≠ of a household (h_tea_area) ≠ 自有茶园面积 of a firm (o_tea_area).
- 干毛茶产值 (v_tea_value) ≠ 涉茶全产业链产值 (v_tea_chain); 干毛茶平均价格 (annual) ≠ 季报 平均出售价格.
- 全年巡河次数 (annual) ≠ 本年累计巡河次数 (the weekly report's running total) ≠ 本周巡河次数; the 分月 grid's months are own elements.
- 村级河长姓名 / 村级河长联系电话 (indicator rows of the annual 河长制 form) = 村级河长 > 姓名 / 联系电话 (weekly).
- 生态护林员 (是否生态护林员, 其中：生态护林员) ≠ 护林员; 森林火情 (本月, 林长月报) ≠ 森林火灾 (annual, 林改年报).
- 补贴金额 (一卡通, whatever programme) ≠ 补偿金额 (公益林) ≠ 本月发放金额 (五老) ≠ 慰问金额 (侨联); 补助标准 ≠ 补偿标准.
- 一卡通账号 / 社会保障卡（一卡通）账号 merge across 公益林, 五老 and 财政 (the payee's card); 开户银行 likewise.
- 年龄 (五老, 侨联慰问) ≠ 出生日期 / 出生年月; 60 / 65 / 80 周岁 are three elements; 60周岁以下 etc. in the 侨联 grid are their own.
- 是否老区村 (民政) ≠ 是否老区基点村 (老区调查表, 示范村, 苏区项目).
- 家庭年人均纯收入 (household, 防返贫 and 涉茶农户) ≠ the village's 农村居民人均可支配收入.
- 新增 ≠ 总数: 本年新增林权抵押贷款 ≠ 林权抵押贷款余额; 本年新植茶园面积 ≠ 茶园面积; 本年新增治理面积 ≠ 累计治理面积.
- 涉茶农户 干毛茶产量 > 本年预计 ≠ > 上年; 上年茶叶收入 is its own.
- 村民小组（个） (v_groups, a count) ≠ a person's 村民小组 (p_group).
- 申报表 表四 计划投资 = 项目台账 总投资 (one project's budget, j_demo_inv), 计划完成时间 = 计划完工日期; but a project's 侨捐资金
  (j_demo_qiao) ≠ 汇总表 累计完成投资 其中：侨捐资金 (v_demo_qiao, the village total) ≠ 侨捐项目 捐赠金额 (j_qiao_amount).
- 项目名称 / 项目类别 of 示范村, 苏区振兴 and 侨捐 are three programmes' project lists: no merge.
- 申报级别 (表一) = 创建级别 (汇总表): the level a village applies for is the level it is created at.
- Grid 合计: a 合计 column that totals the village's own breakdown (侨联 年龄结构: 归侨 × 合计) is a field and = 归侨 人数 (v_gq_n); a 合计
  column summing across villages (春茶周报) and 合计 rows are not fields.
- Transposed grid (春茶周报): every village column of one indicator row is that indicator's element, so the form has 4 fields per element
  (茶园面积 there = v_tea_area of every other form).
- 2023年度河长巡河情况分月统计表 is annual although it has month columns; 2020年第三季度水土流失治理进度表 is quarterly although it has
  quarter columns.`;

const corpus = new Corpus('blind25', path.join(import.meta.dirname ?? __dirname), forms, [
  ['森林防火巡查情况周报表.xlsx', '森林防火巡查情况周报表', '县林长办', '周报'],
  ['侨务工作联络员名单.xlsx', '侨务工作联络员名单', '县委统战部', '年报'],
]);

const FREQ_ZH: Record<string, string> = { daily: '日报', weekly: '周报', monthly: '月报', quarterly: '季报', semiannual: '半年报', annual: '年报', adhoc: '不定期' };

function readme(gold: Awaited<ReturnType<Corpus['build']>>): string {
  const nFields = new Map<string, number>();
  const byLayout = new Map<string, number>();
  const elemForms = new Map<string, Set<string>>();
  for (const g of gold.fields) {
    const file = g.ref.split('#')[0];
    nFields.set(file, (nFields.get(file) ?? 0) + 1);
    byLayout.set(g.layout, (byLayout.get(g.layout) ?? 0) + 1);
    if (!g.element.startsWith('remark:')) {
      if (!elemForms.has(g.element)) elemForms.set(g.element, new Set());
      elemForms.get(g.element)!.add(file);
    }
  }
  const total = gold.fields.length;
  const pct = (n: number) => `${((n / total) * 100).toFixed(1)} %`;
  const shared = [...elemForms.values()].filter((s) => s.size >= 2).length;
  const depts = new Set(forms.map((f) => f.dept));
  const freqs = new Map<string, number>();
  for (const f of forms) freqs.set(f.freq, (freqs.get(f.freq) ?? 0) + 1);
  const lay = (f: Form) => [...new Set(f.sheets.map((x) => x.kind))].join(' + ');
  const r = gold.retirement;
  const lines: string[] = [];
  lines.push('# blind25 — held-out corpus (福建 岚溪县, 集体林改和林长制、茶产业、侨乡和归侨侨眷、老区苏区、河长制和水土保持、乡村振兴示范村, 2012–2025)');
  lines.push('', 'Held-out: score only with --final; do not tune on it.', '', '## First look', '', '(to be scored by the lead)', '', '## Contents', '');
  lines.push(`- ${forms.length} templates from ${depts.size} county offices (${[...depts].join('、')}); 4 files sit at the top of forms/ with no office folder.`);
  lines.push(`- ${total} gold fields: columns ${byLayout.get('columns')} (${pct(byLayout.get('columns')!)}), indicator-rows ${byLayout.get('indicator-rows')} (${pct(byLayout.get('indicator-rows')!)}), grid ${byLayout.get('grid')} (${pct(byLayout.get('grid')!)}); counted by the layout of each field's sheet.`);
  lines.push(`- ${gold.elements.length} elements, of which ${gold.elements.length - elemForms.size} are the forms' own 备注; ${shared} of the ${elemForms.size} other elements (${((shared / elemForms.size) * 100).toFixed(1)} %) are collected by two or more forms.`);
  lines.push(`- Frequencies: ${['weekly', 'monthly', 'quarterly', 'semiannual', 'annual', 'adhoc'].map((k) => `${k} ${freqs.get(k) ?? 0}`).join(', ')}.`);
  const absent = forms.filter((f) => f.catalog === false);
  lines.push(`- 报表清单.xlsx lists ${forms.length - absent.length} of the forms plus 2 files that are not in the folder (森林防火巡查情况周报表.xlsx, 侨务工作联络员名单.xlsx). ${absent.length} forms are absent from it; their department and frequency come from the template:`);
  lines.push('');
  for (const f of absent) lines.push(`  - \`${f.file}\` — ${RECOVER[f.file] ?? '?'}`);
  lines.push('', '| file | department | frequency | layout | fields | in catalog |', '|---|---|---|---|---|---|');
  for (const f of forms) lines.push(`| ${f.file} | ${f.dept} | ${f.freq} (${FREQ_ZH[f.freq]}) | ${lay(f)} | ${nFields.get(f.file) ?? 0} | ${f.catalog === false ? 'no' : 'yes'} |`);
  lines.push('', '## Shapes', '', SHAPES, '', '## Gold calls', '', CALLS, '', '## Retirement truth', '');
  lines.push('Computed by the kit with the bench README rule (coverage over non-备注 elements, by other forms of the same or a higher frequency).', '');
  lines.push('| file | level | coverage | covered by |', '|---|---|---|---|');
  const RANK: Record<string, number> = { daily: 7, weekly: 6, monthly: 5, quarterly: 4, semiannual: 3, annual: 2, adhoc: 1 };
  const freqOf = new Map(forms.map((f) => [f.file, f.freq]));
  // a small set of covering forms (greedy), instead of every form that shares 村名
  const cover = (file: string): string => {
    const mine = [...elemForms].filter(([, fs]) => fs.has(file)).map(([e]) => e);
    const todo = new Set(mine.filter((e) => [...elemForms.get(e)!].some((o) => o !== file && RANK[freqOf.get(o)!] >= RANK[freqOf.get(file)!])));
    const picked: string[] = [];
    while (todo.size) {
      let best = '';
      let bestN = 0;
      for (const o of forms.map((x) => x.file)) {
        if (o === file || RANK[freqOf.get(o)!] < RANK[freqOf.get(file)!]) continue;
        const n = [...todo].filter((e) => elemForms.get(e)!.has(o)).length;
        if (n > bestN) { best = o; bestN = n; }
      }
      picked.push(`${best} (${bestN})`);
      for (const e of [...todo]) if (elemForms.get(e)!.has(best)) todo.delete(e);
    }
    return picked.join('; ');
  };
  const uncovered = (file: string) => {
    const mine = [...elemForms].filter(([, fs]) => fs.has(file)).map(([e]) => e);
    return mine.filter((e) => ![...elemForms.get(e)!].some((o) => o !== file && RANK[freqOf.get(o)!] >= RANK[freqOf.get(file)!]));
  };
  for (const f of r.full) lines.push(`| ${f} | full | ${r.coverage[f]} | ${cover(f)} |`);
  for (const f of r.partial) lines.push(`| ${f} | partial | ${r.coverage[f]} | ${cover(f)}; not covered: ${uncovered(f).join(', ')} |`);
  lines.push('', '(covered by: a small set of covering forms chosen greedily, with the number of elements each adds; gold.json\'s coveredBy lists every');
  lines.push('form that shares an element.)');
  lines.push('', 'The frequency rule matters: 林长巡林工作月报表 (monthly) shares 村级林长 with the annual 护林员花名册 and the adhoc 公示表, and');
  lines.push('乡村振兴示范村创建情况汇总表 (semiannual) shares 是否老区基点村 / 驻村第一书记 / 主导产业 / 创建级别 with the annual 申报表, but lower-frequency');
  lines.push('forms never cover a higher-frequency one; 乡村振兴示范村创建申报表 itself stops at ' + r.coverage['县乡村振兴局/乡村振兴示范村创建申报表.xlsx'] + ' (not listed).');
  lines.push('', '## Rebuild', '', '```', 'npx tsx tests/blind25/build-corpus.ts', 'npx tsx tests/blind4/check-corpus.ts tests/blind25   # must print bad 0', '```', '');
  lines.push('`build-corpus.ts` holds the forms with their gold next to each label; `kit.ts` is a copy of tests/blind4/kit.ts extended with');
  lines.push('two-column row headers, a 计量单位 column, a trailing 合计 column and per-row elements for grids (transposed grids), and fixed workbook');
  lines.push('dates. The build writes README.md only when it is absent (or with `--readme`).', '');
  return lines.join('\n');
}

void corpus.build().then((gold) => {
  const out = path.join(import.meta.dirname ?? __dirname, 'README.md');
  if (!corpus.goldOnly && (!fs.existsSync(out) || process.argv.includes('--readme'))) fs.writeFileSync(out, readme(gold));
});
