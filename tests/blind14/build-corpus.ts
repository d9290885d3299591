/**
 * Held-out corpus "blind14": 广东 XX市XX区 (coastal: 沙头镇、侨兴镇、海心街道、石湾街道; 行政村 and 社区, 渔村, 侨乡),
 * templates of 2016–2025 from 15 district offices — 区三防办 / 区应急管理局 (防汛防台风 危险区域, 人员转移, 渔船回港),
 * 区农业农村局 (渔船, 撂荒复耕, 高标准农田), 区公安分局 (流动人口, 出租屋; GA/T 543 words), 区住建局 (自建房安全排查),
 * 区民政局 (低保, 孤儿和事实无人抚养儿童, 养老服务), 区卫健局 (家庭医生, 老年人健康管理), 区医保局 (城乡居民医保参保),
 * 区教育局 (控辍保学), 区侨务局 (归侨侨眷, 侨情), 区退役军人事务局, 区市场监管局 (食品小作坊), 区水务局 (河长巡河),
 * 区统计局 (村级统计年报), 区委组织部 (党员, 村（社区）“两委”换届). Written from the bench README and the kit only,
 * without reading the matcher; the gold sits next to each label.
 *
 *   npx tsx tests/blind14/build-corpus.ts              → tests/blind14/forms, 报表清单.xlsx, gold.json
 *   npx tsx tests/blind14/build-corpus.ts --gold-only  → gold.json only
 *
 * Grid shapes: the kit's GridSheet (渔船类型 × 艘数 / 主机总功率 and 渔船类型 × 在册渔船 / 已回港避风 of two offices, 房屋结构 ×
 * 栋数/户数/人数 twice) and three of
 * ./extra.ts (two-column row labels 镇 | 村 with 本周 | 累计 under each indicator; the transposed grid with indicators
 * down and the villages across under their 镇; 河涌 × 1月…6月 with a 序号 column).
 *
 * GOLD CONVENTIONS beyond ../shared/bench/README.md (decided as the district office that keeps the catalog would):
 * - Grid cells: one element per (row key, indicator). Where the keys are named villages (三防 周报, 应急 月报) the
 *   element is the village's datum: 沙头村's 累计转移人数 in the 周报 (its note defines 累计 as 今年入汛以来) is the
 *   月报's 沙头村 入汛以来累计转移人数. Such a cell is never the same element as a one-column-per-indicator village
 *   table's field or a village questionnaire's indicator (those are the indicator over every village, e.g. the
 *   调查表's 危险区域内常住人口 v_dz_pop vs the 月报 cell g_tf_<村>_dzpop).
 * - 渔船类型 grids: 三防 在册渔船（艘） = 农业 艘数（艘） for the same type (捕捞渔船 = 海洋捕捞渔船, 养殖渔船 = 海水养殖渔船,
 *   辅助渔船 = 捕捞辅助船, 休闲渔船 = 休闲渔业船舶); a village's 渔船 total (应急 调查表, 统计 年报) is its own element.
 * - 房屋结构 grids: the 2016 统计表's 栋数/户数/人数 by 砖混 / 钢筋混凝土框架 / 土木（泥砖房） / 其他 are the 自建房 汇总表's
 *   栋数/户数/居住人数 of 砖混结构 / 框架结构 / 土木结构 / 其他结构 (the same house stock counted by structure).
 * - 合计 / 小计 rows and a 合计 column of a grid are not fields; the 镇 of a two-column row label is a category (path
 *   [镇, 村, group, leaf], label 村 + leaf); a transposed grid's label is indicator + village.
 * - 60周岁以上 = 60周岁及以上 (以上 includes the age in everyday use) ≠ 65周岁以上 = 65岁及以上 ≠ 80周岁及以上;
 *   卫健 `65岁及以上老年人健康管理 > 辖区老年人数` is the village's 65+ population; `重点人群签约 > 65岁及以上老年人` is
 *   the number of them signed.
 * - 户籍人口 ≠ 常住人口 ≠ 实有人口; 外来人口 (应急, 统计) = 流动人口 (公安); 境外人员 separate.
 * - A 民政 / 应急 / 统计 老年人 or 残疾人 count under 户籍人口 is the registered population's.
 * - 撂荒面积 = 撂荒耕地面积; 高标准农田面积 = 高标准农田 > 已建成面积 ≠ 本年新建; 复耕 本月 ≠ 累计.
 * - 两委干部人数 = “两委”成员; 党员 = 党员总数 ≠ 预备党员 ≠ 流动党员; 村民小组 = 村（居）民小组.
 * - 船长（米） is the boat's length; `船长 > 姓名` is the captain, ≠ `船舶所有人 > 姓名` (the owner).
 * - 出租人 = 房东 (r_owner_*); 出租屋 栋数 (公安 季报) = 统计 年报 出租屋（栋）; 出租间数 of one house ≠ a village's
 *   出租间（套）数.
 * - 户籍地详址 = 户籍地址; 居住地详址 = 现住址 (the person's current address); 户籍地址 ≠ 现住址.
 * - 户主姓名 (低保) ≠ 户主（产权人） > 姓名 (自建房 owner) ≠ 姓名; 监护人 > 姓名 / 联系电话 / 与儿童(学生)关系 are the
 *   guardian's and are shared by 民政 孤儿 登记 and 教育 控辍保学 台账; 父亲 > 姓名 ≠ 母亲 > 姓名.
 * - 出生日期 = 出生年月 ≠ 年龄; 身份证号 = 身份证号码 = 公民身份号码 (the person's), ≠ 船东 / 产权人 / 出租人 / 经营者 身份证号.
 * - 侨属 = 侨眷; 海外华侨华人 = 旅居海外乡亲; 港澳同胞 ≠ 港澳同胞眷属; 归侨侨眷户数 ≠ 人数; 原侨居国 (the returnee's)
 *   ≠ 海外亲属 > 居住国家.
 * - 食品小作坊: 作坊名称 = 小作坊名称, 负责人 = 经营者姓名 (a 小作坊 is run by its operator), 联系方式 = 联系电话,
 *   地址 = 生产加工地址, 生产食品类别 = 主要生产品种, 从业人数 = 从业人员数.
 * - 医保: the annual 参保人数 = the 周报's 已参保缴费人数 > 累计 (the stock at the end of the 征缴期) ≠ 本周新增;
 *   参保率 one element with or without (%); 应参保人数 ≠ 户籍人口.
 * - 家庭医生: 已签约家庭医生人数 = 签约人数; 签约率 = 签约率（%）; 老年人健康管理人数（年内累计） = 本年累计健康管理人数.
 * - 三防: 转移人数 本周 ≠ 累计; 其中：老弱病残孕 is its own element; 影响范围 > 户数 ≠ 人数; 转移责任人 > 联系电话 is the
 *   责任人's.
 * - 低保 汇总表: `其中：城市低保` under 保障户数 ≠ under 保障人数 (the category gives the meaning); 低保户数合计 =
 *   享受最低生活保障户数 (统计).
 * - Each form's 备注 is its own element; repeated person columns across the sheets of one form (换届 表二…表四 姓名) are
 *   one element.
 */
import fs from 'node:fs';
import path from 'node:path';
import { C, Corpus, D, G, I, L, POLIT, R, S, YN, type Form } from '../blind4/kit';
import { monthGrid, transposedGrid, twoColGrid } from './extra';

const SEX = ['男', '女'];
const NATION = ['汉族', '壮族', '瑶族', '畲族', '回族', '满族', '其他'];
const EDU = ['研究生', '大学本科', '大学专科', '高中（中专）', '初中', '小学及以下'];
const BOAT_TYPES = ['海洋捕捞渔船', '海水养殖渔船', '捕捞辅助船', '休闲渔业船舶'];
const STRUCT = ['砖混结构', '框架结构', '土木结构', '砖木结构', '其他'];
const RELATION = ['祖父母', '外祖父母', '兄姐', '叔伯姑舅姨', '其他亲属', '父亲', '母亲', '其他'];
const PARENT_STAT = ['死亡', '失踪', '重残', '重病', '服刑在押', '强制隔离戒毒', '被执行其他限制人身自由措施', '其他'];
const FW_CAT = ['米粉（河粉）', '腊味', '糕点饼食', '豆制品', '凉茶', '鱼干海味', '其他'];

const V_ST = ['沙头村', '东澳村', '渔港村', '沙尾社区', '新港村', '南澳村'];
const V_SH = ['海心社区', '南湾社区', '观澜社区', '石湾社区', '金沙社区'];
const V_MIX = ['沙头村', '东澳村', '渔港村', '侨兴村', '新围村', '龙田村'];
const V_ALL = ['沙头村', '东澳村', '渔港村', '海心社区', '南湾社区', '观澜社区', '侨兴村', '新围村', '龙田村'];
const FOOT_CUN = '村（社区）负责人：            填表人：            联系电话：            填报日期：    年  月  日';

const forms: Form[] = [
  // ───────────── 区三防办 ─────────────
  {
    file: '区三防办/防汛防台风危险区域人员转移情况周报表.xlsx', dept: '区三防办', freq: 'weekly',
    title: '防汛防台风危险区域人员转移情况周报表',
    sheets: [twoColGrid('周报', {
      title: '防汛防台风危险区域人员转移情况周报表',
      meta: '填报单位（盖章）：                              统计时段：    月    日至    月    日',
      heads: ['镇（街道）', '村（社区）'],
      groups: [
        { cat: '沙头镇', rows: [{ l: '沙头村', k: 'shatou' }, { l: '东澳村', k: 'dongao' }, { l: '渔港村', k: 'yugang' }] },
        { cat: '海心街道', rows: [{ l: '海心社区', k: 'haixin' }, { l: '南湾社区', k: 'nanwan' }] },
      ],
      cols: [
        G('转移人数（人）', L('本周', 'w', 'integer', '人'), L('累计', 'cum', 'integer', '人')),
        G('其中：老弱病残孕（人）', L('本周', 'vw', 'integer', '人'), L('累计', 'vcum', 'integer', '人')),
      ],
      prefix: 'g_tf', subtotal: true, total: true,
      footer: '填表人：              审核人：              联系电话：',
      note: '注：1.累计数为今年入汛以来累计转移人数；2.汛期每周五12:00前报区三防办（区应急管理局防汛股）。',
    })],
  },
  {
    file: '区三防办/危险区域人员转移责任人名单.xlsx', dept: '区三防办', freq: 'annual',
    title: '2025年防汛防台风危险区域人员转移责任人名单', catalog: '防汛防台风危险区域人员转移责任人名单',
    sheets: [{
      kind: 'columns', name: '责任人名单', seq: true,
      meta: '镇（街道）（盖章）：                                      填报日期：2025年  月  日',
      cols: [
        L('镇（街道）', 'v_zhen'), L('村（社区）', 'v_name'), L('危险区域名称', 'dz_name'),
        L('危险区域类型', 'dz_type', 'choice', null, ['山洪灾害危险区', '地质灾害隐患点', '低洼易涝区', '沿海低洼地区', '削坡建房点', '危险房屋', '其他']),
        L('具体位置', 'dz_loc'),
        G('影响范围', L('户数（户）', 'dz_hh', 'integer', '户'), L('人数（人）', 'dz_pop', 'integer', '人')),
        G('转移责任人', L('姓名', 'dz_resp_name'), L('职务', 'dz_resp_post'), L('联系电话', 'dz_resp_phone', 'phone')),
        G('临时安置点', L('名称', 'dz_shelter_name'), L('可容纳人数（人）', 'dz_shelter_cap', 'integer', '人')),
        R(),
      ],
      blank: 10, footer: true, note: '注：每年4月1日入汛前全面更新一次，责任人变动的随时报区三防办。',
    }],
  },
  {
    file: '区三防办/台风期间渔船回港避风情况统计表.xlsx', dept: '区三防办', freq: 'adhoc', catalog: false,
    title: '第    号台风防御期间渔船回港避风情况统计表',
    sheets: [{
      kind: 'grid', name: '渔船回港', key: '渔船类型', prefix: 'g_boat',
      meta: '填报单位：                   镇（街道）                       截至    月    日    时',
      rows: [{ l: '捕捞渔船', k: 'catch' }, { l: '养殖渔船', k: 'aqua' }, { l: '辅助渔船', k: 'aux' }, { l: '休闲渔船', k: 'leisure' }],
      cols: [L('在册渔船（艘）', 'n', 'integer', '艘'), L('已回港避风（艘）', 'back', 'integer', '艘')],
      total: true, footer: '值班领导：              填报人：              联系电话：',
      note: '注：本表在台风防御Ⅳ级及以上应急响应期间按区三防办通知的时点报送，响应终止后停报。',
    }],
  },
  // ───────────── 区应急管理局 ─────────────
  {
    file: '区应急管理局/汛期危险区域人员转移情况月报表.xlsx', dept: '区应急管理局', freq: 'monthly', catalog: false,
    title: '汛期防汛防台风危险区域人员转移情况月报表',
    sheets: [transposedGrid('月报', {
      title: '汛期防汛防台风危险区域人员转移情况月报表',
      meta: '填报单位（盖章）：                              填报时间：    年  月  日（汛期4月至10月，每月3日前报送）',
      heads: ['项    目', '单位'],
      rows: [
        { l: '危险区域内常住人口', e: 'dzpop', u: '人' },
        { l: '入汛以来累计转移人数', e: 'cum', u: '人' },
        { l: '其中：老弱病残孕', e: 'vcum', u: '人' },
      ],
      cols: [
        G('沙头镇', L('沙头村', 'shatou'), L('东澳村', 'dongao'), L('渔港村', 'yugang')),
        G('海心街道', L('海心社区', 'haixin'), L('南湾社区', 'nanwan')),
      ],
      prefix: 'g_tf', totalCol: '合计',
      footer: '单位负责人：            填表人：            联系电话：',
      note: '注：本表由区应急管理局防汛股汇总，数据口径与防汛防台风人员转移周报一致。',
    })],
  },
  {
    file: '区应急管理局/村（社区）防灾减灾基本情况调查表.xlsx', dept: '区应急管理局', freq: 'annual',
    title: '村（社区）防灾减灾救灾基本情况调查表', catalog: '村（社区）防灾减灾基本情况调查表',
    sheets: [{
      kind: 'indicator-rows', name: '调查表', head: ['项    目', '单位', '数量'], sign: 'side',
      meta: '镇（街道）：                村（社区）：                        调查年度：2025年',
      rows: [
        C('一、基本情况'), I('户籍户数', 'v_hh_hj', '户'), I('户籍人口', 'v_pop_hj', '人'), S('其中：60周岁以上老年人', 'v_pop_60', '人'), S('持证残疾人', 'v_disab_cert', '人'),
        I('常住人口', 'v_pop_cz', '人'), I('外来人口', 'v_pop_float', '人'), I('村（居）民小组', 'v_groups', '个'),
        C('二、危险区域'), I('山洪灾害危险区', 'v_dz_flash', '处'), I('地质灾害隐患点', 'v_dz_geo', '处'), I('低洼易涝点', 'v_dz_low', '处'),
        I('沿海低洼风险区', 'v_dz_coast', '处'), I('削坡建房风险点', 'v_dz_slope', '处'), I('危险区域内常住人口', 'v_dz_pop', '人'),
        S('其中：老弱病残孕', 'v_dz_vuln', '人'),
        C('三、避护场所'), I('应急避护场所', 'v_shelter_n', '个'), D('避护场所使用面积', 'v_shelter_area', '平方米'),
        I('可容纳人数', 'v_shelter_cap', '人'), I('避护场所管理员', 'v_shelter_mgr', '人'),
        C('四、应急队伍'), I('村级应急救援队伍', 'v_team_n', '支'), I('应急救援队员', 'v_team_members', '人'),
        I('灾害信息员', 'v_info_officer', '人'), I('三防责任人', 'v_resp_n', '人'), I('网格员', 'v_grid_staff', '人'),
      ],
      rows2: [
        C('五、应急物资储备'), I('救生衣', 'v_sup_vest', '件'), I('救生圈', 'v_sup_ring', '个'), I('冲锋舟、橡皮艇', 'v_sup_boat', '艘'),
        I('发电机', 'v_sup_gen', '台'), I('应急照明灯', 'v_sup_light', '盏'), I('编织袋、沙袋', 'v_sup_bag', '条'), I('抽水泵', 'v_sup_pump', '台'),
        C('六、预警设施'), I('应急广播（大喇叭）', 'v_alarm_broad', '套'), I('手摇报警器', 'v_alarm_hand', '台'), I('铜锣', 'v_alarm_gong', '面'),
        C('七、渔业防台风'), I('渔船', 'v_boats', '艘'), I('渔排', 'v_rafts', '个'), I('渔排上居住人员', 'v_raft_pop', '人'),
        I('避风锚地（避风港）', 'v_harbor', '处'),
        C('八、宣传演练'), I('本年开展应急演练', 'v_drill_y', '次'), I('参加演练人数', 'v_drill_pop', '人次'),
        I('防灾减灾宣传培训', 'v_train_y', '场次'), I('是否编制村级防汛防台风应急预案', 'v_plan', null, 'boolean', '是/否'),
      ],
    }],
  },
  // ───────────── 区农业农村局 ─────────────
  {
    file: '区农业农村局/渔业船舶基本情况统计表.xlsx', dept: '区农业农村局', freq: 'annual',
    title: '2025年渔业船舶基本情况统计表', catalog: '渔业船舶基本情况统计表',
    sheets: [{
      kind: 'grid', name: '渔船', key: '船舶类型', prefix: 'g_boat',
      stat: { code: '农（渔）统3表', org: 'XX区农业农村局', approval: 'X农渔〔2025〕12号' },
      meta: '填报单位（盖章）：                              截至2025年12月31日',
      rows: [{ l: '海洋捕捞渔船', k: 'catch' }, { l: '海水养殖渔船', k: 'aqua' }, { l: '捕捞辅助船', k: 'aux' }, { l: '休闲渔业船舶', k: 'leisure' }],
      cols: [L('艘数（艘）', 'n', 'integer', '艘'), L('主机总功率（千瓦）', 'kw', 'decimal', '千瓦')],
      total: true, footer: true,
    }],
  },
  {
    file: '区农业农村局/渔船船东船员登记台账.xlsx', dept: '区农业农村局', freq: 'quarterly', catalog: false,
    title: '渔船及船东、船员登记台账',
    sheets: [{
      kind: 'columns', name: '台账', seq: true,
      meta: '镇（街道）：               渔港（停泊点）：                    （每季度首月10日前报区农业农村局渔业股）',
      cols: [
        L('所在村（社区）', 'v_name'), L('船名号', 'b_no'), L('船籍港', 'b_port'), L('渔船类型', 'b_type', 'choice', null, BOAT_TYPES),
        L('船长（米）', 'b_len', 'decimal', '米'), L('总吨位（总吨）', 'b_gt', 'decimal', '总吨'), L('主机功率（千瓦）', 'b_kw', 'decimal', '千瓦'),
        L('作业方式', 'b_op', 'choice', null, ['拖网', '刺网', '围网', '钓具', '笼壶', '养殖', '其他']),
        L('捕捞许可证编号', 'b_license'),
        G('船舶所有人', L('姓名', 'b_owner_name'), L('身份证号码', 'b_owner_id', 'idcard'), L('联系电话', 'b_owner_phone', 'phone')),
        G('船长', L('姓名', 'b_captain_name'), L('联系电话', 'b_captain_phone', 'phone')),
        L('船员人数（人）', 'b_crew', 'integer', '人'), R(),
      ],
      blank: 12, footer: '渔港（停泊点）管理员：              填表人：              联系电话：',
    }],
  },
  {
    file: '区农业农村局/撂荒耕地复耕复种和高标准农田建设进度月报.xlsx', dept: '区农业农村局', freq: 'monthly',
    title: '撂荒耕地复耕复种和高标准农田建设进度月报表',
    sheets: [{
      kind: 'columns', name: '进度月报', seq: true, villages: V_MIX, total: true, codeRow: true,
      meta: '填报单位（盖章）：                                      截至    年  月  日',
      cols: [
        L('镇（街道）', 'v_zhen'), L('村（社区）', 'v_name'),
        G('耕地（亩）', L('面积', 'v_land', 'decimal', '亩'), L('其中：永久基本农田', 'v_land_basic', 'decimal', '亩')),
        L('撂荒耕地面积（亩）', 'v_land_idle', 'decimal', '亩'),
        G('复耕复种面积（亩）', L('本月', 'v_recult_m', 'decimal', '亩'), L('累计', 'v_recult_cum', 'decimal', '亩')),
        G('高标准农田（亩）', L('已建成面积', 'v_hsf_area', 'decimal', '亩'), L('其中：本年新建', 'v_hsf_new_y', 'decimal', '亩')),
        G('包村责任人', L('姓名', 'v_recult_chief_name'), L('联系电话', 'v_recult_chief_phone', 'phone')), R(),
      ],
      footer: true,
    }],
  },
  // ───────────── 区公安分局 ─────────────
  {
    file: '区公安分局/流动人口居住登记台账.xlsx', dept: '区公安分局', freq: 'monthly',
    title: '流动人口居住登记台账', catalog: '流动人口登记台账',
    sheets: [{
      kind: 'columns', name: '居住登记', seq: true, example: true,
      meta: '派出所：                    社区（村）：                     登记月份：    年  月',
      cols: [
        L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION), L('出生日期', 'p_birth', 'date'),
        L('公民身份号码', 'p_idno', 'idcard'), L('文化程度', 'p_edu', 'choice', null, EDU),
        L('婚姻状况', 'p_marital', 'choice', null, ['未婚', '已婚', '离婚', '丧偶']), L('户籍地详址', 'p_addr_hj'), L('居住地详址', 'p_addr_cur'),
        L('居住事由', 'fp_reason', 'choice', null, ['务工', '务农', '经商', '服务', '投靠亲友', '就学培训', '其他']),
        L('服务处所', 'fp_workplace'), L('联系电话', 'p_phone', 'phone'), L('居住登记日期', 'fp_reg_date', 'date'),
        L('是否已申领居住证', 'fp_permit', 'boolean', null, YN), L('居住证号码', 'fp_permit_no'),
        L('出租屋编号', 'r_code'),
        G('房东（出租人）', L('姓名', 'r_owner_name'), L('公民身份号码', 'r_owner_id', 'idcard'), L('联系电话', 'r_owner_phone', 'phone')), R(),
      ],
      blank: 12, footer: '社区民警：              网格员（登记人）：              联系电话：',
    }],
  },
  {
    file: '出租屋信息登记表（出租屋综合管理系统导出）.xlsx', dept: '区公安分局', freq: 'adhoc', catalog: false,
    title: '出租屋基本信息登记表',
    sheets: [{
      kind: 'columns', name: '导出数据',
      source: '数据来源：XX区公安分局流动人口和出租屋综合管理信息系统    导出时间：2024-05-20 09:31:07',
      cols: [
        L('出租屋编码', 'r_code'), L('出租屋地址', 'r_addr'), L('所属社区（村）', 'v_name'),
        L('房屋用途', 'r_use', 'choice', null, ['居住', '生产经营', '仓储', '居住兼经营']), L('出租间数', 'r_rooms', 'integer', '间'),
        L('居住人数', 'r_residents', 'integer', '人'),
        G('出租人', L('姓名', 'r_owner_name'), L('公民身份号码', 'r_owner_id', 'idcard'), L('联系电话', 'r_owner_phone', 'phone')),
        L('是否签订治安责任书', 'r_sec_pledge', 'boolean', null, YN), L('登记时间', 'r_reg_date', 'date'),
      ],
      blank: 15,
    }],
  },
  {
    file: '村（社区）实有人口和出租屋情况季报表.xlsx', dept: '区公安分局', freq: 'quarterly', catalog: false,
    title: '2025年第  季度村（社区）实有人口和出租屋情况统计表',
    sheets: [{
      kind: 'columns', name: '季报', seq: true, villages: V_SH, total: true,
      stat: { code: '公治统2表', org: 'XX市公安局XX区分局', approval: 'X公发〔2023〕6号' },
      meta: '派出所（盖章）：                                  填报日期：    年  月  日',
      cols: [
        L('社区（村）', 'v_name'),
        G('实有人口（人）', L('合计', 'v_pop_real', 'integer', '人'), L('户籍人口', 'v_pop_hj', 'integer', '人'),
          L('流动人口', 'v_pop_float', 'integer', '人'), L('境外人员', 'v_foreigners', 'integer', '人')),
        G('出租屋', L('栋数（栋）', 'v_rent_bld', 'integer', '栋'), L('出租间（套）数', 'v_rent_rooms', 'integer', '间')),
        L('网格数（个）', 'v_grids', 'integer', '个'),
        G('社区民警', L('姓名', 'v_police_name'), L('警务室电话', 'v_police_phone', 'phone')), R(),
      ],
      footer: true,
    }],
  },
  // ───────────── 区住建局 ─────────────
  {
    file: '区住建局/农村自建房安全隐患排查登记表.xlsx', dept: '区住建局', freq: 'adhoc',
    title: '2022年农村自建房安全隐患排查登记表', catalog: '农村自建房安全隐患排查登记表',
    sheets: [{
      kind: 'columns', name: '排查登记', seq: true, example: true,
      meta: '镇（街道）：              村（社区）：              排查人员：              排查日期：    年  月  日',
      cols: [
        L('镇（街道）', 'v_zhen'), L('村（社区）', 'v_name'), L('房屋地址', 'sh_addr'),
        G('户主（产权人）', L('姓名', 'sh_owner_name'), L('身份证号', 'sh_owner_id', 'idcard'), L('联系电话', 'sh_owner_phone', 'phone')),
        L('建成年代', 'sh_era', 'choice', null, ['1980年及以前', '1981—1990年', '1991—2000年', '2001—2010年', '2011年以后']),
        L('层数（层）', 'sh_floors', 'integer', '层'), L('建筑面积（㎡）', 'sh_area', 'decimal', '平方米'),
        L('结构类型', 'sh_struct', 'choice', null, STRUCT), L('是否经过正规设计', 'sh_design', 'boolean', null, YN),
        L('有无改扩建', 'sh_extend', 'boolean', null, YN),
        G('房屋用途', L('是否自住', 'sh_self', 'boolean', null, YN), L('是否出租', 'sh_rent', 'boolean', null, YN),
          L('是否用作经营', 'sh_biz', 'boolean', null, YN)),
        L('居住人数（人）', 'sh_residents', 'integer', '人'),
        L('初步判定', 'sh_judge', 'choice', null, ['未发现安全隐患', '存在安全隐患']),
        L('是否已采取管控措施', 'sh_ctrl', 'boolean', null, YN), R(),
      ],
      blank: 10, footer: '排查人员（签名）：              村（社区）负责人：              联系电话：',
    }],
  },
  {
    file: '区住建局/农村自建房基本情况汇总表（按结构类型）.xlsx', dept: '区住建局', freq: 'monthly',
    title: '农村自建房基本情况汇总表（按结构类型分）', catalog: '农村自建房基本情况汇总表',
    sheets: [{
      kind: 'grid', name: '汇总表', key: '结构类型', prefix: 'g_house',
      meta: '填报单位（盖章）：                    镇（街道）                  截至    年  月  日',
      rows: [{ l: '砖混结构', k: 'bh' }, { l: '框架结构', k: 'frame' }, { l: '土木结构', k: 'earth' }, { l: '其他结构', k: 'other' }],
      cols: [L('栋数（栋）', 'bld', 'integer', '栋'), L('户数（户）', 'hh', 'integer', '户'), L('居住人数（人）', 'pop', 'integer', '人')],
      total: true, footer: true, note: '注：每月25日前报区住建局村镇建设股。',
    }],
  },
  {
    file: '区住建局/2016年农村房屋结构情况统计表.xlsx', dept: '区住建局', freq: 'annual', catalog: false,
    title: '2016年农村房屋结构情况统计表', xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'grid', name: 'Sheet1', key: '房屋结构', prefix: 'g_house', startCol: 1, blankTop: 1,
      meta: '镇（盖章）：                              2016年12月',
      rows: [{ l: '砖混', k: 'bh' }, { l: '钢筋混凝土框架', k: 'frame' }, { l: '土木（泥砖房）', k: 'earth' }, { l: '其他', k: 'other' }],
      cols: [L('栋数', 'bld', 'integer', '栋'), L('户数', 'hh', 'integer', '户'), L('人数', 'pop', 'integer', '人')],
      total: true, note: '注：请于2017年1月15日前报区住建局村镇股。',
    }],
  },
  // ───────────── 区民政局 ─────────────
  {
    file: '区民政局/城乡低保对象花名册及汇总表.xlsx', dept: '区民政局', freq: 'monthly',
    title: '城乡最低生活保障对象花名册', catalog: '城乡低保对象花名册及汇总表',
    sheets: [
      {
        kind: 'columns', name: '花名册', seq: true,
        meta: '镇（街道）（盖章）：                                  发放月份：    年  月',
        cols: [
          L('镇（街道）', 'v_zhen'), L('村（居）', 'v_name'), L('户主姓名', 'h_head_name'), L('户主身份证号码', 'h_head_id', 'idcard'),
          L('家庭人口（人）', 'h_size', 'integer', '人'), L('保障人数（人）', 'h_dibao_n', 'integer', '人'),
          L('保障类别', 'h_dibao_cat', 'choice', null, ['城市低保', '农村低保']), L('月保障金（元）', 'h_dibao_pay', 'decimal', '元'),
          L('批准时间', 'h_dibao_since', 'date'), L('联系电话', 'h_phone', 'phone'), R(),
        ],
        blank: 12, total: true, footer: true,
      },
      {
        kind: 'indicator-rows', name: '汇总表', title: '城乡低保和特困人员情况汇总表', head: ['项    目', '单位', '本月数'], sign: 'cells',
        rows: [
          C('一、保障户数'), I('低保户数合计', 'v_db_hh', '户'), S('其中：城市低保', 'v_db_hh_u', '户'), S('农村低保', 'v_db_hh_r', '户'),
          C('二、保障人数'), I('低保人数合计', 'v_db_n', '人'), S('其中：城市低保', 'v_db_n_u', '人'), S('农村低保', 'v_db_n_r', '人'),
          C('三、按人员类别分'), I('老年人', 'v_db_old', '人'), I('未成年人', 'v_db_minor', '人'), I('残疾人', 'v_db_disab', '人'),
          C('四、保障资金'), D('本月发放低保金', 'v_db_pay_m', '万元'), D('月人均补差', 'v_db_avg', '元'),
          C('五、特困人员救助供养'), I('特困人员', 'v_tk_n', '人'), S('其中：集中供养', 'v_tk_central', '人'), S('分散供养', 'v_tk_disp', '人'),
        ],
      },
    ],
  },
  {
    file: '区民政局/孤儿和事实无人抚养儿童信息登记表.xlsx', dept: '区民政局', freq: 'quarterly',
    title: '孤儿和事实无人抚养儿童基本信息登记表',
    sheets: [{
      kind: 'columns', name: '登记表', seq: true,
      meta: '镇（街道）：                    村（社区）：                  核查日期：    年  月  日',
      cols: [
        L('村（社区）', 'v_name'),
        G('儿童基本信息', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生日期', 'p_birth', 'date'),
          L('身份证号码', 'p_idno', 'idcard'), L('儿童类别', 'ch_type', 'choice', null, ['孤儿', '事实无人抚养儿童']), L('就读学校', 'p_school')),
        G('父亲', L('姓名', 'ch_father_name'), L('状况', 'ch_father_stat', 'choice', null, PARENT_STAT)),
        G('母亲', L('姓名', 'ch_mother_name'), L('状况', 'ch_mother_stat', 'choice', null, PARENT_STAT)),
        G('监护人', L('姓名', 'p_guard_name'), L('与儿童关系', 'p_guard_rel', 'choice', null, RELATION), L('联系电话', 'p_guard_phone', 'phone')),
        L('户籍地址', 'p_addr_hj'), L('是否纳入低保', 'ch_dibao', 'boolean', null, YN),
        L('基本生活费（元/月）', 'ch_allow', 'decimal', '元'), R(),
      ],
      blank: 10, footer: '儿童督导员：              儿童主任：              联系电话：',
      note: '注：每季度末月20日前报区民政局儿童福利股，新增或退出的随时报告。',
    }],
  },
  {
    file: '区民政局/村（社区）老年人口和养老服务设施情况统计表.xlsx', dept: '区民政局', freq: 'annual',
    title: '2025年村（社区）老年人口和养老服务设施情况统计表', catalog: '村（社区）老年人口和养老服务设施情况统计表',
    sheets: [{
      kind: 'columns', name: '统计表', seq: true, villages: [...V_SH, '侨兴村'], total: true,
      meta: '填报单位（盖章）：                                  2025年12月31日',
      cols: [
        L('镇（街道）', 'v_zhen'), L('村（社区）', 'v_name'), L('户籍人口（人）', 'v_pop_hj', 'integer', '人'),
        G('老年人口（人）', L('60周岁及以上', 'v_pop_60', 'integer', '人'), L('其中：80周岁及以上', 'v_pop_80', 'integer', '人')),
        L('特困人员（人）', 'v_tk_n', 'integer', '人'),
        G('养老服务设施（个）', L('居家养老服务站', 'v_elder_station', 'integer', '个'), L('长者饭堂', 'v_elder_canteen', 'integer', '个')), R(),
      ],
      footer: true,
    }],
  },
  {
    file: '区民政局/2017年特困人员救助供养对象花名册.xlsx', dept: '区民政局', freq: 'annual',
    title: '2017年农村特困人员（五保）救助供养对象花名册', catalog: '特困人员救助供养对象花名册',
    xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'columns', name: 'Sheet1', startCol: 1, blankTop: 1, textNums: true, seq: true,
      meta: '乡镇（盖章）：                                    填报日期：2017年  月  日',
      cols: [
        L('乡镇', 'v_zhen'), L('村（居）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX),
        L('出生年月', 'p_birth', 'date'), L('身份证号码', 'p_idno', 'idcard'),
        L('供养方式', 'tk_mode', 'choice', null, ['集中供养', '分散供养']),
        L('生活自理能力', 'tk_selfcare', 'choice', null, ['生活自理', '部分失能', '完全失能']),
        L('月供养标准（元）', 'tk_std', 'decimal', '元'),
        G('照料护理人', L('姓名', 'tk_carer_name'), L('联系电话', 'tk_carer_phone', 'phone')), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  // ───────────── 区卫健局 ─────────────
  {
    file: '区卫健局/家庭医生签约服务进度月报表.xlsx', dept: '区卫健局', freq: 'monthly',
    title: '家庭医生签约服务工作进度月报表', catalog: '家庭医生签约服务进度月报表',
    sheets: [{
      kind: 'columns', name: '月报', seq: true, villages: V_SH, total: true, codeRow: true,
      meta: '填报单位：                   社区卫生服务中心（卫生院）               2025年  月',
      cols: [
        L('镇（街道）', 'v_zhen'), L('村（社区）', 'v_name'), L('常住人口（人）', 'v_pop_cz', 'integer', '人'),
        L('家庭医生团队（个）', 'v_fd_teams', 'integer', '个'), L('签约人数（人）', 'v_fd_signed', 'integer', '人'),
        G('重点人群签约人数（人）', L('65岁及以上老年人', 'v_fd_65', 'integer', '人'), L('高血压患者', 'v_fd_hbp', 'integer', '人'),
          L('2型糖尿病患者', 'v_fd_dm', 'integer', '人'), L('孕产妇', 'v_fd_preg', 'integer', '人'), L('0～6岁儿童', 'v_fd_child', 'integer', '人'),
          L('残疾人', 'v_fd_disab', 'integer', '人')),
        L('签约率（%）', 'v_fd_rate', 'decimal', '%'),
        G('65岁及以上老年人健康管理', L('辖区老年人数（人）', 'v_pop_65', 'integer', '人'),
          L('本年累计健康管理人数（人）', 'v_old_mgmt_cum', 'integer', '人')), R(),
      ],
      footer: true,
    }],
  },
  {
    file: '区卫健局/老年人健康管理和家庭医生签约情况季报.xlsx', dept: '区卫健局', freq: 'quarterly', catalog: false,
    title: '老年人健康管理和家庭医生签约服务情况季报表',
    sheets: [{
      kind: 'columns', name: 'Sheet1', seq: true, villages: V_SH, total: true,
      meta: '乡镇卫生院（社区卫生服务中心）：                              2025年第  季度',
      cols: [
        L('村（社区）', 'v_name'), L('65周岁以上老年人数', 'v_pop_65', 'integer', '人'), L('已签约家庭医生人数', 'v_fd_signed', 'integer', '人'),
        L('其中：老年人签约数', 'v_fd_65', 'integer', '人'), L('老年人健康管理人数（年内累计）', 'v_old_mgmt_cum', 'integer', '人'),
        L('家庭医生签约率', 'v_fd_rate', 'decimal', '%'),
      ],
      footer: true, note: '注：请于每季度结束后5日内报区卫健局基层卫生健康股。',
    }],
  },
  // ───────────── 区医保局 ─────────────
  {
    file: '区医保局/城乡居民医保参保缴费进度周报表.xlsx', dept: '区医保局', freq: 'weekly',
    title: '城乡居民基本医疗保险参保缴费进度周报表', catalog: '城乡居民医保参保缴费进度周报表',
    sheets: [{
      kind: 'columns', name: '周报', seq: true, villages: V_ALL, total: true,
      meta: '填报单位（盖章）：                           统计截止时间：    年  月  日',
      cols: [
        L('镇（街道）', 'v_zhen'), L('村（社区）', 'v_name'), L('户籍人口（人）', 'v_pop_hj', 'integer', '人'),
        L('应参保人数（人）', 'v_mi_due', 'integer', '人'),
        G('已参保缴费人数（人）', L('本周新增', 'v_mi_paid_w', 'integer', '人'), L('累计', 'v_mi_paid_cum', 'integer', '人')),
        L('参保率（%）', 'v_mi_rate', 'decimal', '%'),
        G('其中：医疗救助资助参保（人）', L('特困人员', 'v_mi_aid_tk', 'integer', '人'), L('低保对象', 'v_mi_aid_db', 'integer', '人'),
          L('防止返贫监测对象', 'v_mi_aid_jc', 'integer', '人')),
        L('未参保主要原因', 'v_mi_reason'), R(),
      ],
      footer: true, note: '注：集中征缴期内每周四17:00前报区医保局待遇保障股。',
    }],
  },
  {
    file: '区医保局/2024年度城乡居民医保参保情况统计表.xlsx', dept: '区医保局', freq: 'annual', catalog: false,
    title: '2024年度城乡居民基本医疗保险参保情况统计表',
    sheets: [{
      kind: 'columns', name: '统计表', seq: true, villages: V_ALL, total: true,
      stat: { code: '医保统1表', org: 'XX区医疗保障局', approval: 'X医保发〔2024〕2号' },
      meta: '填报单位：                                    2024年12月31日',
      cols: [
        L('村（社区）', 'v_name'), L('户籍人口数', 'v_pop_hj', 'integer', '人'), L('应参保人数', 'v_mi_due', 'integer', '人'),
        L('参保人数', 'v_mi_paid_cum', 'integer', '人'), L('参保率（%）', 'v_mi_rate', 'decimal', '%'),
        L('其中：在校学生参保人数', 'v_mi_student', 'integer', '人'), R(),
      ],
      footer: true,
    }],
  },
  // ───────────── 区教育局 ─────────────
  {
    file: '区教育局/适龄儿童少年入学及控辍保学台账.xlsx', dept: '区教育局', freq: 'semiannual', catalog: false,
    title: '义务教育阶段适龄儿童少年入学情况及控辍保学台账',
    sheets: [{
      kind: 'columns', name: '控辍保学', seq: true,
      meta: '镇（街道）：                村（社区）：                    20    —20    学年第    学期',
      cols: [
        L('镇（街道）', 'v_zhen'), L('村（社区）', 'v_name'),
        G('学生信息', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生年月', 'p_birth', 'date'),
          L('身份证号', 'p_idno', 'idcard'), L('户籍所在地', 'p_addr_hj'), L('就读学校', 'p_school'),
          L('年级', 'p_grade', 'choice', null, ['一年级', '二年级', '三年级', '四年级', '五年级', '六年级', '七年级', '八年级', '九年级'])),
        L('就学状态', 'p_study_stat', 'choice', null, ['在读', '休学', '辍学', '送教上门', '随迁就读', '未入学']),
        G('监护人', L('姓名', 'p_guard_name'), L('与学生关系', 'p_guard_rel', 'choice', null, RELATION), L('联系电话', 'p_guard_phone', 'phone')),
        L('是否留守儿童', 'p_left_behind', 'boolean', null, YN), L('是否残疾儿童', 'p_disab_child', 'boolean', null, YN),
        L('劝返情况', 'p_persuade'), R(),
      ],
      blank: 10, footer: FOOT_CUN, note: '注：每学期开学后15日内报区教育局基础教育股（控辍保学办公室）。',
    }],
  },
  // ───────────── 区侨务局 ─────────────
  {
    file: '区侨务局/归侨侨眷基本情况登记表.xlsx', dept: '区侨务局', freq: 'annual', title: '归侨侨眷基本情况登记表',
    sheets: [{
      kind: 'columns', name: '登记表', seq: true, example: true,
      meta: '镇（街道）：                    村（社区）：                      填报日期：    年  月  日',
      cols: [
        L('村（社区）', 'v_name'), L('姓  名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('年龄', 'p_age', 'integer', '岁'),
        L('身份证号码', 'p_idno', 'idcard'), L('身份类别', 'oc_type', 'choice', null, ['归侨', '侨眷', '港澳同胞眷属']),
        L('原侨居国（地区）', 'oc_country'), L('回国时间', 'oc_return', 'date'),
        G('主要海外亲属', L('姓名', 'oc_rel_name'), L('与本人关系', 'oc_rel_rel', 'choice', null, ['父母', '配偶', '子女', '兄弟姐妹', '祖父母', '其他']),
          L('居住国家（地区）', 'oc_rel_country')),
        L('联系电话', 'p_phone', 'phone'), L('现住址', 'p_addr_cur'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '区侨务局/村（社区）侨情基本情况统计表.xlsx', dept: '区侨务局', freq: 'annual', title: '村（社区）侨情基本情况统计表',
    sheets: [{
      kind: 'indicator-rows', name: '侨情统计', head: ['项    目', '单位', '数量'], sign: 'cells',
      meta: '镇（街道）：                  村（社区）：                          2025年12月',
      rows: [
        C('一、归侨侨眷'), I('归侨侨眷户数', 'v_oc_hh', '户'), I('归侨', 'v_oc_returnee', '人'), I('侨眷', 'v_oc_kin', '人'),
        I('港澳同胞眷属', 'v_hk_kin', '人'),
        C('二、海外乡亲'), I('旅居海外乡亲', 'v_overseas', '人'), S('其中：美国', 'v_ov_us', '人'), S('加拿大', 'v_ov_ca', '人'),
        S('东南亚各国', 'v_ov_sea', '人'), S('其他国家和地区', 'v_ov_other', '人'), S('其中：新侨（改革开放后出国）', 'v_ov_new', '人'), I('港澳同胞', 'v_hkmo', '人'), I('海外侨团（社团）', 'v_ov_assoc', '个'),
        C('三、侨资侨捐'), I('侨资企业', 'v_ov_ent', '家'), I('侨捐公益项目', 'v_ov_donate_n', '个'), D('侨捐金额（累计）', 'v_ov_donate_amt', '万元'),
        C('四、侨房'), I('华侨房屋', 'v_ov_house', '栋'), S('其中：托管或空置', 'v_ov_house_idle', '栋'),
        C('五、困难帮扶'), I('困难归侨侨眷', 'v_oc_poor', '人'),
      ],
    }],
  },
  {
    file: '侨情调查表（2016年）.xlsx', dept: '区侨务局', freq: 'adhoc', catalog: '2016年侨情普查村（居）调查表',
    xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'indicator-rows', name: 'Sheet1', startCol: 1, blankTop: 1, head: ['项目', '单位', '数量'], sign: 'line',
      meta: '镇（街道）：                村（居）委会：                  调查时间：2016年  月  日',
      rows: [
        I('1.归侨侨眷户数', 'v_oc_hh', '户'), I('2.归侨人数', 'v_oc_returnee', '人'), I('3.侨属人数', 'v_oc_kin', '人'),
        I('4.港澳同胞眷属人数', 'v_hk_kin', '人'), I('5.海外华侨华人人数', 'v_overseas', '人'), I('6.港澳同胞人数', 'v_hkmo', '人'),
        I('7.侨资企业数', 'v_ov_ent', '家'), I('8.华侨房屋', 'v_ov_house', '栋'),
      ],
      note: '说明：本表用于2016年侨情普查，由村（居）委会调查员填写。',
    }],
  },
  // ───────────── 区退役军人事务局 ─────────────
  {
    file: '区退役军人事务局/退役军人信息采集表.xlsx', dept: '区退役军人事务局', freq: 'adhoc', title: '退役军人基本信息采集表',
    catalog: '退役军人信息采集表', dictSheet: { name: '下拉选项', visible: true },
    sheets: [{
      kind: 'columns', name: '信息采集', seq: true, example: true,
      meta: '填报单位：                    村（社区）退役军人服务站                    采集日期：    年  月  日',
      cols: [
        G('基本信息', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
          L('出生年月', 'p_birth', 'date'), L('公民身份号码', 'p_idno', 'idcard'), L('政治面貌', 'p_polit', 'choice', null, POLIT),
          L('学历', 'p_edu', 'choice', null, EDU)),
        G('服役情况', L('入伍时间', 'vt_enlist', 'date'), L('退役时间', 'vt_discharge', 'date')),
        L('户籍地址', 'p_addr_hj'), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  // ───────────── 区市场监管局 ─────────────
  {
    file: '区市场监管局/食品小作坊登记管理台账.xlsx', dept: '区市场监管局', freq: 'quarterly', title: '食品小作坊登记管理台账',
    sheets: [{
      kind: 'columns', name: '台账', seq: true,
      meta: '镇（街道）市场监管所：                                        20  年第  季度',
      cols: [
        L('镇（街道）', 'v_zhen'), L('村（社区）', 'v_name'), L('小作坊名称', 'fw_name'), L('经营者姓名', 'fw_op_name'),
        L('身份证号码', 'fw_op_id', 'idcard'), L('联系电话', 'fw_op_phone', 'phone'), L('生产加工地址', 'fw_addr'),
        L('主要生产品种', 'fw_cat', 'choice', null, FW_CAT), L('从业人员数（人）', 'fw_staff', 'integer', '人'),
        L('登记证编号', 'fw_reg_no'), L('登记证有效期至', 'fw_reg_exp', 'date'),
        L('从业人员是否持健康证明', 'fw_health', 'boolean', null, YN), L('最近一次检查日期', 'fw_chk_date', 'date'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '2019年食品小作坊摸底调查表.xlsx', dept: '区市场监管局', freq: 'adhoc', catalog: false, title: '2019年食品小作坊摸底调查表',
    sheets: [{
      kind: 'columns', name: '摸底表', seq: true,
      meta: '镇（街道）：                                    村（居）：',
      cols: [
        L('所在村（居）', 'v_name'), L('作坊名称', 'fw_name'), L('负责人', 'fw_op_name'), L('联系方式', 'fw_op_phone', 'phone'),
        L('地址', 'fw_addr'), L('生产食品类别', 'fw_cat', 'choice', null, FW_CAT), L('从业人数', 'fw_staff', 'integer', '人'),
      ],
      blank: 12, footer: FOOT_CUN,
      note: '注：请各村（居）于2019年6月30日前将摸底情况报镇市场监管所，镇所汇总后报区市场监管局食品生产股。本次摸底一次性填报。',
    }],
  },
  // ───────────── 区水务局 ─────────────
  {
    file: '区水务局/村级河长巡河情况统计表.xlsx', dept: '区水务局', freq: 'semiannual', title: '2024年上半年村级河长巡河情况统计表',
    catalog: '村级河长巡河情况统计表',
    sheets: [monthGrid('巡河统计', {
      title: '2024年上半年村级河长巡河情况统计表',
      meta: '镇（街道）河长办（盖章）：                                  填报日期：2024年7月  日',
      key: '河涌（河段）名称',
      rows: [{ l: '沙头涌（沙头村段）', k: 'shatouyong' }, { l: '东澳河', k: 'dongaohe' }, { l: '渔港排洪渠', k: 'yugangqu' }],
      group: '巡河次数（次）', months: ['1月', '2月', '3月', '4月', '5月', '6月'], prefix: 'g_patrol', t: 'integer', u: '次',
      totalCol: '合计', totalRow: true,
      footer: '填表人：              联系电话：              填报日期：    年  月  日',
      note: '注：村级河长每周巡河不少于1次；本表于7月10日前报区河长办（区水务局）。',
    })],
  },
  // ───────────── 区统计局 ─────────────
  {
    file: '区统计局/村级统计年报表.xlsx', dept: '区统计局', freq: 'annual', title: '村（社区）综合统计年报表',
    catalog: '村级统计年报表',
    sheets: [{
      kind: 'indicator-rows', name: '年报', stat: { code: '村统1表', org: 'XX区统计局', approval: 'X统字〔2024〕21号' },
      meta: '填报单位（村、社区）：                           2025年度', head: ['指标名称', '计量单位', '代码', '本年', '上年同期'],
      codeRow: true, sign: 'cells',
      rows: [
        C('一、户数和人口'), I('户籍户数', 'v_hh_hj', '户'), I('户籍人口', 'v_pop_hj', '人'), S('其中：男性', 'v_pop_hj_m', '人'),
        S('60周岁及以上', 'v_pop_60', '人'), S('80周岁及以上', 'v_pop_80', '人'), I('常住人口', 'v_pop_cz', '人'), I('外来人口', 'v_pop_float', '人'),
        I('归侨侨眷人数', 'v_oc_total', '人'),
        C('二、劳动力和就业'), I('乡村从业人员', 'v_labor_emp', '人'), S('其中：外出务工人员', 'v_migrant', '人'), I('渔业从业人员', 'v_fishers', '人'),
        C('三、土地和农业生产'), C('（一）土地', 1), D('耕地面积', 'v_land', '亩'), S('其中：撂荒面积', 'v_land_idle', '亩'),
        D('高标准农田面积', 'v_hsf_area', '亩'), D('园地面积', 'v_orchard', '亩'), D('林地面积', 'v_forest', '亩'),
        C('（二）种植业', 1), D('粮食播种面积', 'v_grain_area', '亩'), D('粮食总产量', 'v_grain_out', '吨'), D('蔬菜播种面积', 'v_veg_area', '亩'),
        D('水果产量', 'v_fruit_out', '吨'),
        C('（三）渔业', 1), D('水产养殖面积', 'v_aqua_area', '亩'), D('水产品总产量', 'v_aqua_out', '吨'), S('其中：海洋捕捞', 'v_catch_out', '吨'),
        S('海水养殖', 'v_mari_out', '吨'), I('渔船', 'v_boats', '艘'), S('其中：海洋捕捞渔船', 'v_boats_catch', '艘'), I('渔排', 'v_rafts', '个'),
        C('（四）畜牧业', 1), I('生猪出栏', 'v_pig_out', '头'), I('年末生猪存栏', 'v_pig_stock', '头'), D('家禽出栏', 'v_poultry_out', '万只'),
        C('四、农村经济'), D('村集体经济收入', 'v_coll_income', '万元'), S('其中：经营性收入', 'v_coll_op_income', '万元'),
        D('村集体资产总额', 'v_coll_assets', '万元'), D('农村居民人均可支配收入', 'v_income_pc', '元'), I('农民专业合作社', 'v_coop', '个'),
        I('家庭农场', 'v_family_farm', '个'), I('个体工商户', 'v_indiv_biz', '户'),
        C('五、社会保障和社会救助'), I('享受最低生活保障户数', 'v_db_hh', '户'), I('享受最低生活保障人数', 'v_db_n', '人'),
        I('特困供养人员', 'v_tk_n', '人'), I('孤儿', 'v_orphan', '人'), I('事实无人抚养儿童', 'v_fwfy', '人'),
        I('城乡居民医保参保人数', 'v_mi_paid_cum', '人'), I('城乡居民养老保险参保人数', 'v_pension_ins', '人'), I('退役军人', 'v_veterans', '人'),
        C('六、公共服务'), I('村卫生站', 'v_clinic', '个'), I('社区居家养老服务站点', 'v_elder_station', '个'),
        I('长者饭堂（助餐点）', 'v_elder_canteen', '个'), I('幼儿园', 'v_kinder', '所'), I('农家书屋（文化室）', 'v_library', '个'),
        I('是否通自来水', 'v_tapwater', null, 'boolean', '是/否'), I('生活污水处理设施覆盖自然村', 'v_sewage_vill', '个'),
        C('七、房屋'), I('农村自建房', 'v_sh_bld', '栋'), I('出租屋', 'v_rent_bld', '栋'),
        C('八、基层组织'), I('村（居）民小组', 'v_groups', '个'), I('网格', 'v_grids', '个'), I('党员', 'v_pm', '人'),
        S('其中：预备党员', 'v_pm_prob', '人'), I('流动党员', 'v_pm_float', '人'), I('村（社区）“两委”干部人数', 'v_cadres', '人'),
        S('其中：女性', 'v_cadres_f', '人'),
        C('九、防灾减灾'), I('地质灾害隐患点', 'v_dz_geo', '处'), I('应急避护场所', 'v_shelter_n', '个'), I('灾害信息员', 'v_info_officer', '人'),
        C('十、侨务'), I('海外华侨华人', 'v_overseas', '人'), I('港澳同胞', 'v_hkmo', '人'), I('侨资企业', 'v_ov_ent', '家'),
      ],
    }],
  },
  // ───────────── 区委组织部 ─────────────
  {
    file: '区委组织部/2021年村（社区）“两委”换届选举情况统计表.xlsx', dept: '区委组织部', freq: 'adhoc',
    title: '2021年村（社区）“两委”换届选举情况统计表', catalog: '村（社区）“两委”换届选举情况统计表（表一至表五）',
    dictSheet: { name: '选项', visible: true },
    instructions: [
      '填表说明：',
      '1.本表由各村（社区）党组织在换届选举结束后5个工作日内填报，经镇（街道）党（工）委审核后报区委组织部组织科。',
      '2.表一“两委”成员按实际人数统计，交叉任职的只计一次；参选率=参加投票选民数÷登记选民数×100%。',
      '3.表二至表四中的“性别”“民族”“政治面貌”“学历”“现任职务”请从“选项”表中选择填写。',
      '4.出生年月按“1985.03”格式填写。',
    ],
    sheets: [
      {
        kind: 'indicator-rows', name: '表一 基本情况', head: ['项    目', '单位', '数量'], sign: 'line',
        meta: '镇（街道）：                      村（社区）：                          填报日期：2021年  月  日',
        rows: [
          C('一、选民登记和投票'), I('登记选民', 'v_voters', '人'), I('参加投票选民', 'v_voted', '人'), D('参选率', 'v_vote_rate', '%'),
          C('二、党组织和党员'), I('党员总数', 'v_pm', '人'), S('其中：预备党员', 'v_pm_prob', '人'), S('流动党员', 'v_pm_float', '人'),
          I('党支部', 'v_branches', '个'),
          C('三、新一届村（社区）“两委”班子'), I('“两委”成员', 'v_cadres', '人'), S('其中：女性', 'v_cadres_f', '人'),
          S('35周岁以下', 'v_cadres_u35', '人'), S('大专及以上学历', 'v_cadres_college', '人'),
          I('书记、主任“一肩挑”', 'v_yjt', null, 'boolean', '是/否'), I('“两委”交叉任职人数', 'v_cross', '人'),
          I('村（居）务监督委员会成员', 'v_supervise', '人'),
        ],
      },
      {
        kind: 'columns', name: '表二 两委成员', title: '表二：新一届村（社区）“两委”成员名册', seq: true,
        cols: [
          L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
          L('出生年月', 'p_birth', 'date'), L('公民身份号码', 'p_idno', 'idcard'), L('政治面貌', 'p_polit', 'choice', null, POLIT),
          L('学历', 'p_edu', 'choice', null, EDU), L('入党时间', 'pm_join', 'date'), L('现任职务', 'cd_post', 'choice', null, ['党组织书记', '村（居）委会主任', '党组织副书记', '村（居）委会副主任', '党组织委员', '村（居）委会委员']),
          L('是否连任', 'cd_reelect', 'boolean', null, YN), L('是否交叉任职', 'cd_cross', 'boolean', null, YN), L('联系电话', 'p_phone', 'phone'),
        ],
        blank: 9,
      },
      {
        kind: 'columns', name: '表三 后备力量', title: '表三：村（社区）后备力量名册', seq: true,
        cols: [
          L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生年月', 'p_birth', 'date'), L('学历', 'p_edu', 'choice', null, EDU),
          L('政治面貌', 'p_polit', 'choice', null, POLIT), L('现从事职业', 'rs_job'), L('是否退役军人', 'rs_vet', 'boolean', null, YN),
          L('是否返乡大学生', 'rs_grad', 'boolean', null, YN),
        ],
        blank: 6,
      },
      {
        kind: 'columns', name: '表四 监委会', title: '表四：村（居）务监督委员会成员名册', seq: true,
        cols: [L('姓名', 'p_name'), L('职务', 'sv_post', 'choice', null, ['主任', '委员']), L('是否党员', 'sv_pm', 'boolean', null, YN), L('联系电话', 'p_phone', 'phone')],
        blank: 5,
      },
      {
        kind: 'indicator-rows', name: '表五 村民代表', title: '表五：村（居）民代表和村（居）民小组长情况', head: ['项    目', '单位', '数量'],
        sign: 'cells',
        rows: [
          I('村（居）民代表', 'v_reps', '人'), S('其中：妇女代表', 'v_reps_f', '人'), I('村（居）民小组长', 'v_group_leaders', '人'),
          I('村（居）民小组', 'v_groups', '个'),
        ],
      },
    ],
  },
  {
    file: '区委组织部/党员基本信息采集表.xlsx', dept: '区委组织部', freq: 'annual', catalog: false, title: '2025年度党员基本信息采集表',
    sheets: [{
      kind: 'columns', name: '党员信息', seq: true,
      stat: { code: '组统P1表', org: '中共XX区委组织部', approval: 'X组通〔2025〕18号' },
      meta: '党组织名称：                                       填报日期：2025年12月  日（每年12月底前更新）',
      cols: [
        L('所在党支部', 'pm_branch'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
        L('出生日期', 'p_birth', 'date'), L('公民身份号码', 'p_idno', 'idcard'), L('学历', 'p_edu', 'choice', null, EDU),
        L('党员类型', 'pm_type', 'choice', null, ['正式党员', '预备党员']), L('入党日期', 'pm_join', 'date'), L('转正日期', 'pm_full', 'date'),
        L('工作岗位', 'pm_job'),
        G('流动情况', L('是否流动党员', 'pm_float', 'boolean', null, YN), L('外出流向', 'pm_float_dest'), L('外出时间', 'pm_float_since', 'date')),
        L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 12, footer: '党支部书记：              填表人：              联系电话：',
    }],
  },
];

const CATALOG_EXTRA: Array<[string, string, string, string]> = [
  ['渔排养殖户及人员登记表.xlsx', '渔排养殖户及渔排人员登记表', '区农业农村局', '年报'],
  ['第五次全国经济普查村级清查表.xlsx', '第五次全国经济普查村（居）委会清查表', '区统计局', '不定期'],
];

/** how a person recovers the department and frequency of a form the catalog does not list */
const ABSENT_HINT: Record<string, string> = {
  '区三防办/台风期间渔船回港避风情况统计表.xlsx': 'folder 区三防办; title 第 号台风 + note 应急响应期间按区三防办通知报送 → adhoc',
  '区应急管理局/汛期危险区域人员转移情况月报表.xlsx': 'folder 区应急管理局; title 月报表 + meta 汛期每月3日前 → monthly',
  '区农业农村局/渔船船东船员登记台账.xlsx': 'folder; meta 每季度首月10日前报区农业农村局渔业股 → quarterly',
  '出租屋信息登记表（出租屋综合管理系统导出）.xlsx': 'root; system-export line XX区公安分局…信息系统 导出时间 → 区公安分局, adhoc',
  '村（社区）实有人口和出租屋情况季报表.xlsx': 'root; 制定机关 XX市公安局XX区分局 → 区公安分局; title 第 季度 / 季报表 → quarterly',
  '区住建局/2016年农村房屋结构情况统计表.xlsx': 'folder; title 2016年 + note 2017年1月15日前报 → annual (old .xls)',
  '区卫健局/老年人健康管理和家庭医生签约情况季报.xlsx': 'folder; title 季报表 + note 每季度结束后5日内报区卫健局 → quarterly',
  '区医保局/2024年度城乡居民医保参保情况统计表.xlsx': 'folder; 制定机关 XX区医疗保障局; title 2024年度 → annual',
  '区教育局/适龄儿童少年入学及控辍保学台账.xlsx': 'folder; note 每学期开学后15日内报区教育局 → semiannual',
  '2019年食品小作坊摸底调查表.xlsx': 'root; note …后报区市场监管局食品生产股。本次摸底一次性填报 → 区市场监管局, adhoc',
  '区委组织部/党员基本信息采集表.xlsx': 'folder; 制定机关 中共XX区委组织部; title 2025年度 + meta 每年12月底前更新 → annual',
};

const FREQ_ZH: Record<string, string> = { daily: '日报', weekly: '周报', monthly: '月报', quarterly: '季报', semiannual: '半年报', annual: '年报', adhoc: '不定期' };

function readme(outDir: string): string {
  const gold = JSON.parse(fs.readFileSync(path.join(outDir, 'gold.json'), 'utf8')) as {
    forms: Array<{ file: string; department: string; frequency: string; layout: string }>;
    fields: Array<{ ref: string; element: string; layout: string }>;
    elements: Array<{ id: string }>;
    retirement: { full: string[]; partial: string[]; coverage: Record<string, number>; coveredBy: Record<string, string[]> };
  };
  const byLayout: Record<string, number> = {};
  const perForm: Record<string, number> = {};
  const elemForms = new Map<string, Set<string>>();
  for (const f of gold.fields) {
    const file = f.ref.split('#')[0];
    byLayout[f.layout] = (byLayout[f.layout] ?? 0) + 1;
    perForm[file] = (perForm[file] ?? 0) + 1;
    if (!elemForms.has(f.element)) elemForms.set(f.element, new Set());
    elemForms.get(f.element)!.add(file);
  }
  const n = gold.fields.length;
  const pct = (x: number, d: number) => `${Math.round((x / d) * 1000) / 10} %`;
  const shared = [...elemForms.values()].filter((s) => s.size >= 2).length;
  const depts = [...new Set(gold.forms.map((f) => f.department))];
  const absent = forms.filter((f) => f.catalog === false);
  const r = gold.retirement;
  // the few forms that together cover a retired form (greedy, most elements first); the gold's coveredBy lists every hit
  const RANK: Record<string, number> = { daily: 7, weekly: 6, monthly: 5, quarterly: 4, semiannual: 3, annual: 2, adhoc: 1 };
  const elems = new Map<string, Set<string>>(gold.forms.map((f) => [f.file, new Set<string>()]));
  for (const f of gold.fields) if (!f.element.startsWith('remark:')) elems.get(f.ref.split('#')[0])!.add(f.element);
  const coverers = (file: string): string[] => {
    const me = gold.forms.find((f) => f.file === file)!;
    const left = new Set(elems.get(file));
    const cands = gold.forms.filter((o) => o.file !== file && RANK[o.frequency] >= RANK[me.frequency]);
    const picked: string[] = [];
    for (;;) {
      let best: string | undefined;
      let bn = 0;
      for (const o of cands) {
        const k = [...elems.get(o.file)!].filter((e) => left.has(e)).length;
        if (k > bn) { bn = k; best = o.file; }
      }
      if (!best) break;
      picked.push(`\`${best}\` (${bn})`);
      for (const e of elems.get(best)!) left.delete(e);
    }
    return picked;
  };
  const L2: string[] = [];
  L2.push('# blind14 — held-out corpus (广东 XX市XX区, 沿海镇街：防汛防台风、渔业、侨乡与基层治理, 2016–2025)');
  L2.push('');
  L2.push('Held-out: score only with --final; do not tune on it.');
  L2.push('');
  L2.push('## First look');
  L2.push('');
  if (FIRST_LOOK.trim()) L2.push(FIRST_LOOK.trim(), '');
  L2.push('## Contents');
  L2.push('');
  L2.push(`- ${gold.forms.length} templates from ${depts.length} district offices (${depts.join('、')}), written from the bench README and`);
  L2.push('  the kit only (the matcher was not read). Villages and communities of 沙头镇 (沙头村、东澳村、渔港村 …), 海心街道');
  L2.push('  (海心社区、南湾社区、观澜社区), 石湾街道 (石湾社区、金沙社区) and 侨兴镇 (侨兴村、新围村、龙田村).');
  L2.push(`- ${n} gold fields: columns ${byLayout.columns ?? 0} (${pct(byLayout.columns ?? 0, n)}), indicator-rows ${byLayout['indicator-rows'] ?? 0}`);
  L2.push(`  (${pct(byLayout['indicator-rows'] ?? 0, n)}), grid ${byLayout.grid ?? 0} (${pct(byLayout.grid ?? 0, n)}); ${gold.elements.length} elements, ${shared} of them`);
  L2.push(`  (${pct(shared, gold.elements.length)}) collected by two or more forms.`);
  L2.push(`- \`报表清单.xlsx\` lists ${gold.forms.length - absent.length} of the forms (several under a different title) and ${CATALOG_EXTRA.length} files that are not in the`);
  L2.push(`  folder (${CATALOG_EXTRA.map((x) => x[0]).join('、')}). ${absent.length} forms are absent from it; a person recovers their department and`);
  L2.push('  frequency as follows:');
  for (const f of absent) L2.push(`  - \`${f.file}\` — ${ABSENT_HINT[f.file] ?? '?'}`);
  L2.push('');
  L2.push('| file | department | frequency | layout | fields | in 报表清单 |');
  L2.push('|---|---|---|---|---|---|');
  for (const f of forms) {
    const gf = gold.forms.find((x) => x.file === f.file)!;
    L2.push(`| ${f.file} | ${gf.department} | ${FREQ_ZH[gf.frequency]} | ${gf.layout} | ${perForm[f.file] ?? 0} | ${f.catalog === false ? 'no' : typeof f.catalog === 'string' ? `as “${f.catalog}”` : 'yes'} |`);
  }
  L2.push('');
  L2.push('## Shapes');
  L2.push('');
  L2.push(...SHAPES);
  L2.push('');
  L2.push('## Retirement truth');
  L2.push('');
  L2.push('By the bench rule (coverage = share of a form\'s elements, 备注 excluded, also collected by another form of the same or a');
  L2.push('higher frequency; the number in brackets is how many of its elements each listed form adds, the full `coveredBy`');
  L2.push('lists are in gold.json):');
  L2.push('');
  L2.push(`- full (${r.full.length}):`);
  for (const f of r.full) L2.push(`  - \`${f}\` (${elems.get(f)!.size} elements) — covered by ${coverers(f).join(' + ')}`);
  L2.push(`- partial (${r.partial.length}):`);
  for (const f of r.partial) L2.push(`  - \`${f}\` (${elems.get(f)!.size} elements) — coverage ${r.coverage[f]}, by ${coverers(f).join(' + ')}`);
  L2.push('- every other form is below 0.8.');
  L2.push('');
  L2.push('## Rebuild');
  L2.push('');
  L2.push('```');
  L2.push('cd /work/main');
  L2.push('npx tsx tests/blind14/build-corpus.ts              # forms/, 报表清单.xlsx, gold.json, README.md (First look kept)');
  L2.push('npx tsx tests/blind14/build-corpus.ts --gold-only  # gold.json and README.md only');
  L2.push('npx tsx tests/blind4/check-corpus.ts tests/blind14  # must print: bad 0');
  L2.push('```');
  L2.push('');
  L2.push('Gold conventions beyond the bench README are in the header comment of `build-corpus.ts`; the grid writers the kit');
  L2.push('lacks are in `extra.ts`. Without `soffice` on the PATH the .xls forms are written directly with their artefacts.');
  return L2.join('\n') + '\n';
}

const SHAPES = [
  '- Long indicator-rows questionnaires: 区统计局 村（社区）综合统计年报表 (67 indicators, 指标名称 | 计量单位 | 代码 | 本年 | 上年同期,',
  '  甲乙丙 code row, 表号 / 制定机关 block, 一、（一） category rows, `其中：` sub-items, 填表人 / 审核人 / 联系电话 cells at the',
  '  bottom); 区应急管理局 防灾减灾救灾基本情况调查表 (two panels side by side, signature side column); 侨情 统计表; the 低保',
  '  汇总表 whose `其中：城市低保` means households under 一、保障户数 and persons under 二、保障人数.',
  '- One form in five sheets: 区委组织部 2021年“两委”换届 (表一 indicator-rows, 表二…表四 rosters, 表五 indicator-rows), a visible',
  '  `选项` dropdown sheet and a `填表说明` sheet. A two-sheet form: 低保 花名册 + 汇总表. A visible `下拉选项` sheet (退役军人).',
  '- Old .xls conversions (Sheet1/Sheet2/Sheet3, a stray empty column and row): 2016年农村房屋结构情况统计表 (a grid),',
  '  侨情调查表（2016年） (no title row; the catalog names it), 2017年特困人员花名册 (numbers stored as text).',
  '- Rosters with meaningful group headers (监护人 > 姓名 / 与儿童关系 / 联系电话, 父亲 / 母亲 > 姓名, 船舶所有人 vs 船长 > 姓名 next to',
  '  船长（米）, 房东（出租人） / 出租人 > 公民身份号码, 户主（产权人） > 姓名, 转移责任人 > 联系电话, 影响范围 > 户数 / 人数, 主要海外亲属 >',
  '  姓名 / 居住国家, 照料护理人 > 姓名) and meaningless ones (基本信息, 儿童基本信息, 学生信息, 服役情况, 房屋用途, 流动情况).',
  '- Village tables with prefilled villages, 合计 rows, 甲乙 code rows, 本月 | 累计 and 本周新增 | 累计 pairs.',
  '- Grids (kit): 渔船类型 × 艘数 / 主机总功率 (区农业农村局) and 渔船类型 × 在册渔船 / 已回港避风 (区三防办; 在册渔船 = 艘数 per type',
  '  under other type names); 结构类型 × 栋数 / 户数 / 居住人数 (2022) and 房屋结构 × 栋数 / 户数 / 人数 (2016 .xls, other row words).',
  '- Grids (extra.ts): row labels in two columns 镇（街道） | 村（社区） with 小计 rows and 转移人数 > 本周 | 累计 (三防 周报);',
  '  the transposed grid, indicators down with a 单位 column and the villages across under their 镇, a 合计 column (应急 月报,',
  '  sharing 入汛以来累计转移人数 / 老弱病残孕 per village with the 周报); 河涌 × 1月…6月 with a 序号 column and a 合计 column and',
  '  row (水务 巡河).',
  '- Synonyms: 撂荒面积 / 撂荒耕地面积, 两委干部人数 / “两委”成员, 外来人口 / 流动人口, 侨属 / 侨眷, 海外华侨华人 / 旅居海外乡亲,',
  '  已签约家庭医生人数 / 签约人数, 参保人数 / 已参保缴费人数 > 累计, 负责人 / 经营者姓名, 出租屋编码 / 出租屋编号, 户籍地详址 / 户籍地址 /',
  '  户籍所在地, 居住地详址 / 现住址, 入党日期 / 入党时间, 60周岁以上 / 60周岁及以上, 65周岁以上老年人数 / 辖区老年人数 (under',
  '  65岁及以上老年人健康管理), 高标准农田面积 / 高标准农田 > 已建成面积.',
  '- Near-misses kept apart: 年龄 ≠ 出生年月, 60 ≠ 65 ≠ 80周岁, 户数 ≠ 人数, 本周 / 本月 ≠ 累计, 党员 ≠ 预备党员 ≠ 流动党员, 户籍人口 ≠',
  '  常住人口 ≠ 实有人口, 船长（米） ≠ 船长 > 姓名, 原侨居国 ≠ 海外亲属居住国家, 港澳同胞 ≠ 港澳同胞眷属, a village\'s 渔船 total ≠',
  '  the per-type grid cells, 危险区域内常住人口 of the village questionnaire ≠ the per-village grid cell.',
  '- Frequencies: 周报 (三防 周报, 医保 周报), 月报, 季报, 半年报 (控辍保学 each 学期, 巡河 上半年), 年报, 不定期 (台风 过程,',
  '  系统导出, 专项排查, 换届, 普查, 摸底).',
];

const outDir = path.join(import.meta.dirname ?? __dirname);
const readmePath = path.join(outDir, 'README.md');
/** the lead's First look section survives a rebuild */
const FIRST_LOOK = (() => {
  if (!fs.existsSync(readmePath)) return '';
  const m = /## First look\n\n?([\s\S]*?)(?=^## Contents)/m.exec(fs.readFileSync(readmePath, 'utf8'));
  return m ? m[1] : '';
})();

const corpus = new Corpus('blind14', outDir, forms, CATALOG_EXTRA);
void corpus.build().then(() => fs.writeFileSync(readmePath, readme(outDir)));
