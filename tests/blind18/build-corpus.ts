/**
 * Held-out corpus "blind18": 江苏 XX区 (a developed district of 街道 and one 镇; 城市社区 and 涉农社区, 行政村 merged into
 * 社区 — 荷塘村 became 荷塘社区; 网格化社会治理), templates of 2014–2025 sent by 15 district offices to 社区（村）.
 * Written from ../shared/bench/README.md and the blind4 kit only, without reading the matcher.
 *
 *   npx tsx tests/blind18/build-corpus.ts              → tests/blind18/forms, 报表清单.xlsx, gold.json, README.md
 *   npx tsx tests/blind18/build-corpus.ts --gold-only  → gold.json and README.md only
 *   npx tsx tests/blind4/check-corpus.ts tests/blind18 → must print `bad 0`
 *
 * Grid shapes written by ./extra.ts (besides the kit's GridSheet): two-column row labels (行业领域 | 类别, merged
 * down), the transposed grid (序号 | 指标 | 计量单位 down, the 社区's 小区 across, 合计 column), months across (1月…12月
 * under a year header, 全年合计 column), two-level indicator columns (男 | 女 | 小计 under each indicator).
 *
 * GOLD CONVENTIONS beyond ../shared/bench/README.md (decided as the district's data officer would):
 *  1. The 社区（村）/ 社区名称 column of a roster or of a village table is the row's 社区 (v_name); 街道（镇） is v_town.
 *     A 社区 written only in the meta line (`社区（村）：`) is not a field.
 *  2. The person a roster is about: 姓名 = 儿童姓名 = 学生姓名 (p_name); 身份证号 = 身份证号码 = 公民身份号码 (p_idno);
 *     出生日期 = 出生年月 (p_birth; the precision does not change the datum); 年龄 is its own element (p_age, 岁).
 *     联系电话 = 手机号码 = 联系方式 of that person (p_phone).
 *  3. Addresses of a person: 现居住地址 = 现住址 = 居住地址详址 = 家庭住址 (p_addr_live); 户籍地址 = 户籍所在地 = 户籍地址详址
 *     (p_addr_hj). In a household roster (低保) 家庭住址 is the household's (h_addr), a different subject.
 *  4. Group headers that name another person change the meaning of 姓名 / 联系电话 / 身份证 under them: 户主, 监护人,
 *     委托照料服务人, 签约家庭医生, 帮扶责任人, 出租人 (= 房主 = 房东), 承租人, 当事人, 经营者, 负责人. A flat label that
 *     names the same person (户主姓名, 房主姓名, 当事人姓名) is the same element. Group headers that only sort columns
 *     carry no meaning: 基本信息, 个人信息, 家庭情况, 服役情况, 供养情况, 就业情况, 任职情况, 联系方式, 地址, 签约居民.
 *  5. 矛盾纠纷 family: 登记日期 = 受理日期; 纠纷类别 = 纠纷类型; 纠纷简要情况 = 纠纷事由; 化解责任人 = 调解人;
 *     化解时间 = 调解日期; 化解结果 = 调解结果. A dispute's 所在网格 (where it happened) is not a 网格员's / 社区工作者's
 *     所在网格 (where the person works).
 *  6. 低保 family: 保障金（元/月） = 月低保金（元）; 保障人口 = 保障人数; they are household data (h_*).
 *  7. 社区-level counts asked as an indicator row or as a village-table column are the same element whatever the layout
 *     or unit (党员（名） = 党员（人）): “两委”成员人数 = 社区“两委”干部 = 社区“两委”班子; 社区工作者 = 社区专职工作者;
 *     城乡低保户数 = 最低生活保障户数; 户籍女性人口 = 户籍人口 其中：女性; 0-17周岁 = 0至17周岁儿童; 登记失业人员 =
 *     城镇登记失业人员; 日间照料中心（居家养老服务中心） = 社区日间照料中心; 持证社工 = 取得社会工作者职业资格;
 *     60周岁以上 = 60周岁及以上 (以上 includes the number in statistical usage); 网格（个）> 合计 = 网格;
 *     网格员（人）> 专职 = 专职网格员.
 *  8. Near-misses kept apart: 60 / 65 / 80周岁; 户数 / 人数; 专职 / 兼职网格员; 独居 / 空巢老年人; 党员 / 预备党员 /
 *     流动党员; 实有人口 / 常住人口 / 户籍人口; 社区居委会成员 / “两委”成员; 参保人数 / 新增参保; 隐患 / 已整改;
 *     受理矛盾纠纷 / 调解成功; 拟就读学校 / 就读学校; 上岗时间 (网格员) / 参加社区工作时间.
 *  9. An indicator row is one field whatever value columns follow (本期 | 上年同期, 本季 | 本年累计, 本周 | 汛期累计).
 *     The 汛期 周报's rows are their own elements (weekly flood-season counts).
 * 10. Grids: one element per (row key, column indicator). A place-keyed grid (小区 × 指标) holds per-place data: it is
 *     shared only with grids over the same places (住建 小区 × 指标 and 城管 指标 × 小区: 住户数 = 居民户数, 楼幢数 = 楼栋数)
 *     and never merged with a 社区-level indicator row or a village-table column. A 险种 grid's 参保人数 cell is the
 *     社区's count insured in that 险种, i.e. the same element as an indicator row "…保险参保人数" elsewhere;
 *     城镇职工基本医疗保险 (2017, 人社) = 职工基本医疗保险 (2024, 医保). 征缴金额 (人社, annual) and 新增参保 are not merged
 *     with anything. Age-band, 行业 and month grids are their own elements.
 * 11. Grid gold labels: row label + column label; with two row-label columns the row label is the sub-category
 *     (类别 goes first in path); in the transposed grid the row label is the 指标 and the column label the 小区, the unit
 *     is the 计量单位 cell. 小计 / 合计 / 全年合计 columns and 合计 rows are not fields. Units come from a parent header
 *     (`（人）`, `（单位：件）`) when the leaf (男 / 女 / 1月) states none.
 * 12. In the one-form workbook of the 经济普查 (表一…表四) the 法人单位's, 产业活动单位's and 个体经营户's 名称 / 地址 /
 *     联系电话 / 从业人员 are different elements; the 表四 汇总 counts (法人单位, 个体经营户) are the 社区-level counts the
 *     统计 年报 also asks.
 */
import path from 'node:path';
import { C, D, EDU, G, I, L, POLIT, R, S, SEX, YN, type Form } from '../blind4/kit';
import { buildAll, NF, type AnyForm, type Summary, type XForm, type XRow } from './extra';

const COMM = ['东湖社区', '学府社区', '金港社区', '翠屏社区', '白鹭社区', '荷塘社区'];
const XQ = [{ l: '翠竹苑', k: 'cuizhu' }, { l: '学府花园', k: 'xuefu' }, { l: '东湖新村', k: 'donghu' }, { l: '供电所宿舍', k: 'gongdian' }];
const NATION = ['汉族', '回族', '满族', '蒙古族', '壮族', '苗族', '其他'];
const DISPUTE = ['婚姻家庭', '邻里纠纷', '物业纠纷', '劳动争议', '房屋租赁', '征收拆迁', '消费纠纷', '其他'];
const METHOD = ['人民调解', '行政调解', '司法调解', '诉调对接', '其他'];
const RESULT = ['化解成功', '正在化解', '化解不成功', '已移交'];
const GRIDER = ['专职网格员', '兼职网格员', '网格长', '网格指导员'];
const DB_TYPE = ['城市低保', '农村低保'];
const TK_MODE = ['集中供养', '分散供养'];
const SELFCARE = ['具备生活自理能力', '部分丧失生活自理能力', '完全丧失生活自理能力'];
const EMP = ['单位就业', '灵活就业', '个体经营', '登记失业', '未就业', '退休'];
const FD_GROUP = ['65岁及以上老年人', '高血压患者', '2型糖尿病患者', '严重精神障碍患者', '孕产妇', '0-6岁儿童', '残疾人', '计划生育特殊家庭', '一般人群'];
const FD_PACK = ['基础服务包', '个性化服务包（初级）', '个性化服务包（中级）', '个性化服务包（高级）'];
const REL_G = ['父亲', '母亲', '祖父母', '外祖父母', '其他'];
const STAGE = ['小学一年级', '初中一年级'];
const HARD_EDU = ['最低生活保障家庭', '特困供养人员', '残疾学生', '孤儿', '事实无人抚养儿童', '防止返贫监测对象', '其他家庭经济困难'];
const AID_ITEM = ['学前教育资助', '义务教育家庭经济困难学生生活补助', '普通高中国家助学金', '中职国家助学金', '免学费'];
const VET_TYPE = ['退役士兵', '转业军官', '复员干部', '军队离退休干部', '其他'];
const PLACEMENT = ['自主就业', '安排工作', '退休', '供养', '逐月领取退役金'];
const HOUSE_USE = ['居住', '生产经营', '仓储', '居住兼经营', '其他'];
const POP_TYPE = ['户籍人员', '流动人员', '境外人员', '人户分离人员'];
const LIVE_REASON = ['务工', '经商', '务农', '就学', '随迁家属', '投靠亲友', '其他'];
const FL_TYPE = ['困难妇女', '单亲困难母亲', '困境儿童', '留守儿童', '其他'];
const POSTS = ['党组织书记', '居委会主任', '副书记', '副主任', '委员', '社区工作者'];
const GRADE = ['一岗', '二岗', '三岗', '四岗', '五岗', '六岗'];
const SW_CERT = ['高级社会工作师', '社会工作师', '助理社会工作师', '无'];
const DISAB_TYPE = ['视力残疾', '听力残疾', '言语残疾', '肢体残疾', '智力残疾', '精神残疾', '多重残疾'];
const DISAB_GRADE = ['一级', '二级', '三级', '四级'];
const ORG_TYPE = ['企业', '事业单位', '机关', '社会团体', '民办非企业单位', '基金会', '居委会', '村委会', '其他组织机构'];
const REG_TYPE = ['国有', '集体', '股份合作', '有限责任公司', '股份有限公司', '私营企业', '港澳台商投资', '外商投资', '其他'];
const FOOT_SQ = '社区（村）负责人：            填表人：            联系电话：            填报日期：    年  月  日';
const MONTHS = Array.from({ length: 12 }, (_, i) => L(`${i + 1}月`, `m${String(i + 1).padStart(2, '0')}`, 'integer', '件'));

const forms: AnyForm[] = [
  // ───────────── 区委政法委 ─────────────
  {
    file: '区委政法委/网格员队伍信息登记表.xlsx', dept: '区委政法委', freq: 'adhoc', title: '网格员队伍信息登记表', catalog: '全科网格员信息登记表',
    sheets: [{
      kind: 'columns', name: '网格员', seq: true, example: true,
      meta: '街道（镇）：                 社区（村）：                 （人员变动时及时更新）',
      cols: [
        L('街道（镇）', 'v_town'), L('社区（村）', 'v_name'), G('所在网格', L('网格名称', 'p_grid_name')),
        G('基本信息', L('姓  名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生日期', 'p_birth', 'date'),
          L('公民身份号码', 'p_idno', 'idcard'), L('政治面貌', 'p_polit', 'choice', null, POLIT), L('学历', 'p_edu', 'choice', null, EDU),
          L('手机号码', 'p_phone', 'phone')),
        L('网格员类别', 'p_grider_type', 'choice', null, GRIDER), L('上岗时间', 'p_grider_start', 'date'), R(),
      ],
      blank: 10, footer: FOOT_SQ,
    }],
  },
  {
    file: '区委政法委/矛盾纠纷排查化解工作台账.xlsx', dept: '区委政法委', freq: 'monthly', title: '矛盾纠纷排查化解工作台账',
    sheets: [{
      kind: 'columns', name: '台账', seq: true, meta: '街道（镇）：              社区（村）：                      2024年    月',
      cols: [
        L('所在网格', 'm_grid'), L('登记日期', 'm_recv_date', 'date'), L('纠纷类别', 'm_type', 'choice', null, DISPUTE),
        G('当事人', L('姓名', 'm_party_name'), L('公民身份号码', 'm_party_id', 'idcard'), L('联系电话', 'm_party_phone', 'phone')),
        L('涉及人数（人）', 'm_persons', 'integer', '人'), L('发生地点', 'm_place'), L('纠纷简要情况', 'm_desc'), L('化解责任人', 'm_handler'),
        L('化解方式', 'm_method', 'choice', null, METHOD), L('化解时间', 'm_close_date', 'date'), L('化解结果', 'm_result', 'choice', null, RESULT),
        L('是否签订调解协议', 'm_agreement', 'boolean', null, YN), R(),
      ],
      blank: 12, footer: true, note: '注：本台账每月25日前报街道综治中心，汇总后报区委政法委。',
    }],
  },
  {
    file: '社区（村）人民调解登记簿.xlsx', dept: '区委政法委', freq: 'adhoc', catalog: false, title: '社区（村）人民调解委员会矛盾纠纷调解登记簿',
    sheets: [{
      kind: 'columns', name: '登记簿', seq: true, meta: '调解委员会名称：                                   第    册',
      cols: [
        L('受理日期', 'm_recv_date', 'date'), L('纠纷类型', 'm_type', 'choice', null, DISPUTE), L('当事人姓名', 'm_party_name'),
        L('联系方式', 'm_party_phone', 'phone'), L('纠纷事由', 'm_desc'), L('调解人', 'm_handler'), L('调解日期', 'm_close_date', 'date'),
        L('调解结果', 'm_result', 'choice', null, RESULT), R(),
      ],
      blank: 15, note: '注：本登记簿由社区（村）人民调解委员会随时登记、留存备查，区委政法委（区综治中心）不定期抽查。',
    }],
  },
  {
    x: true, file: '区委政法委/网格化服务管理事件月度统计表.xlsx', dept: '区委政法委', freq: 'monthly', title: '2023年网格化服务管理事件月度统计表',
    catalog: '网格事件月度统计表',
    sheets: [{
      name: '事件统计', meta: '社区（村）：                    网格数：    个          （每月3日前更新上月数据）',
      rowHead: ['项    目'],
      rows: [
        { cells: ['网格员上报事件'], label: '网格员上报事件', path: ['网格员上报事件'], k: 'report' },
        { cells: ['办结事件'], label: '办结事件', path: ['办结事件'], k: 'closed' },
      ],
      cols: [G('2023年（单位：件）', ...MONTHS), L('全年合计', NF)],
      elem: (k: string, e: string) => `g_evt_${k}_${e}`,
      footer: '填表人：              审核人：              联系电话：',
    }],
  },
  {
    file: '区委政法委/网格化服务管理基础数据统计表.xlsx', dept: '区委政法委', freq: 'semiannual', title: '2024年上半年网格化服务管理基础数据统计表',
    catalog: '网格化服务管理基础数据统计表（半年报）',
    sheets: [{
      kind: 'columns', name: '基础数据', seq: true, villages: COMM, total: true, meta: '街道（镇）（盖章）：                              2024年6月30日',
      cols: [
        L('社区（村）', 'v_name'),
        G('网格（个）', L('合计', 'v_grids', 'integer', '个'), L('其中：专属网格', 'v_grids_special', 'integer', '个')),
        G('网格员（人）', L('专职', 'v_grid_staff', 'integer', '人'), L('兼职', 'v_grid_parttime', 'integer', '人')),
        L('实有人口（人）', 'v_pop_real', 'integer', '人'), L('其中：流动人口（人）', 'v_pop_float', 'integer', '人'),
        L('出租房屋（套）', 'v_rent_houses', 'integer', '套'), L('网格党支部（个）', 'v_grid_branches', 'integer', '个'), R(),
      ],
      footer: true,
    }],
  },
  // ───────────── 区民政局 ─────────────
  {
    file: '区民政局/城乡最低生活保障对象花名册.xlsx', dept: '区民政局', freq: 'monthly', title: '城乡最低生活保障对象花名册',
    sheets: [{
      kind: 'columns', name: '花名册', seq: true, meta: '街道（镇）：              （盖章）                        年    月',
      cols: [
        L('街道（镇）', 'v_town'), L('社区（村）', 'v_name'),
        G('户主', L('姓名', 'h_head_name'), L('公民身份号码', 'h_head_id', 'idcard'), L('联系电话', 'h_head_phone', 'phone')),
        L('低保证号', 'h_db_cert_no'), L('保障类别', 'h_db_type', 'choice', null, DB_TYPE),
        G('家庭情况', L('家庭人口（人）', 'h_size', 'integer', '人'), L('家庭住址', 'h_addr')),
        L('保障人口（人）', 'h_db_n', 'integer', '人'), L('保障金（元/月）', 'h_db_pay', 'decimal', '元'), L('批准享受时间', 'h_db_since', 'date'), R(),
      ],
      blank: 12, total: true, footer: true,
    }],
  },
  {
    file: '区民政局/低保金社会化发放名册.xlsx', dept: '区民政局', freq: 'monthly', catalog: false, title: '城乡低保金社会化发放名册',
    sheets: [{
      kind: 'columns', name: '发放名册', seq: true, meta: '街道（镇）：                 发放月份：     年   月          （每月20日前报区民政局社会救助科）',
      cols: [
        L('社区（村）', 'v_name'), L('户主姓名', 'h_head_name'), L('户主身份证号码', 'h_head_id', 'idcard'),
        L('保障类别', 'h_db_type', 'choice', null, DB_TYPE), L('保障人数', 'h_db_n', 'integer', '人'), L('月低保金（元）', 'h_db_pay', 'decimal', '元'), R(),
      ],
      blank: 12, total: true, footer: '经办人：              审核人：              街道（镇）社会事务办（盖章）',
    }],
  },
  {
    file: '区民政局/特困人员救助供养花名册.xlsx', dept: '区民政局', freq: 'quarterly', catalog: false, title: '特困人员救助供养人员花名册',
    sheets: [{
      kind: 'columns', name: '特困供养', seq: true, meta: '街道（镇）：                          （每季度末月25日前报区民政局社会救助科）',
      cols: [
        L('社区（村）', 'v_name'),
        G('基本信息', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('公民身份号码', 'p_idno', 'idcard'), L('出生年月', 'p_birth', 'date')),
        G('供养情况', L('特困人员供养证编号', 'p_tk_cert_no'), L('纳入供养时间', 'p_tk_since', 'date'), L('供养方式', 'p_tk_mode', 'choice', null, TK_MODE), L('生活自理能力', 'p_selfcare', 'choice', null, SELFCARE),
          L('供养机构名称', 'p_tk_inst'), L('基本生活费（元/月）', 'p_tk_basic', 'decimal', '元'), L('照料护理费（元/月）', 'p_tk_care', 'decimal', '元')),
        G('委托照料服务人', L('姓名', 'p_carer_name'), L('联系电话', 'p_carer_phone', 'phone')), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '区民政局/社区养老服务和社会组织情况统计表.xlsx', dept: '区民政局', freq: 'annual', title: '社区养老服务和社会组织情况统计表',
    sheets: [{
      kind: 'indicator-rows', name: '统计表', stat: { code: '民统社5表', org: 'XX区民政局', approval: 'X民〔2023〕41号' },
      meta: '填报单位（盖章）：                                   2024年12月31日', head: ['项    目', '单位', '数量'], sign: 'cells',
      rows: [
        C('一、老年人口'), I('60周岁以上老年人', 'v_pop_60', '人'), S('其中：80周岁以上', 'v_pop_80', '人'), I('失能、半失能老年人', 'v_old_disabled', '人'),
        I('独居老年人', 'v_old_alone', '人'), I('空巢老年人', 'v_old_empty', '人'), I('享受尊老金人数', 'v_old_allowance', '人'),
        C('二、养老服务设施'), I('日间照料中心（居家养老服务中心）', 'v_daycare', '个'), I('日间照料床位', 'v_daycare_beds', '张'),
        D('养老服务用房面积', 'v_eldcare_area', '平方米'), I('老年助餐点', 'v_meal_points', '个'), I('家庭养老床位', 'v_family_beds', '张'),
        C('三、居家养老服务'), I('政府购买居家养老服务对象', 'v_gov_hcs', '人'), I('本年累计上门服务人次', 'v_hcs_times_y', '人次'),
        I('完成适老化改造户数', 'v_aging_retrofit', '户'),
        C('四、社会救助'), I('城乡低保户数', 'v_db_hh', '户'), I('城乡低保人数', 'v_db_n', '人'), I('特困人员', 'v_tk_n', '人'),
        S('其中：集中供养', 'v_tk_central', '人'), I('本年临时救助', 'v_temp_y', '人次'), D('本年临时救助金额', 'v_temp_amt_y', '万元'),
        C('五、社区社会组织'), I('社区社会组织', 'v_so', '个'), S('其中：登记', 'v_so_reg', '个'), S('备案', 'v_so_filed', '个'),
        I('注册志愿者人数', 'v_volunteers', '人'),
        C('六、儿童福利'), I('孤儿', 'v_orphan', '人'), I('事实无人抚养儿童', 'v_fwfy', '人'),
        C('七、社区工作者'), I('社区专职工作者', 'v_sw', '人'), S('其中：取得社会工作者职业资格', 'v_sw_cert', '人'),
        I('社区居委会成员', 'v_rc_members', '人'), S('其中：女性', 'v_rc_members_f', '人'),
      ],
    }],
  },
  // ───────────── 区人社局 ─────────────
  {
    file: '区人社局/就业失业登记及灵活就业人员台账.xlsx', dept: '区人社局', freq: 'monthly', title: '社区（村）就业失业登记及灵活就业人员台账',
    catalog: '就业失业登记台账',
    sheets: [{
      kind: 'columns', name: '台账', seq: true, meta: '街道（镇）人力资源和社会保障所：                社区（村）：                 年   月',
      cols: [
        L('社区（村）', 'v_name'),
        G('基本信息', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号码', 'p_idno', 'idcard'), L('出生年月', 'p_birth', 'date'),
          L('文化程度', 'p_edu', 'choice', null, EDU), L('联系电话', 'p_phone', 'phone')),
        G('地址', L('户籍地址', 'p_addr_hj'), L('现居住地址', 'p_addr_live')),
        L('就业状态', 'p_emp_status', 'choice', null, EMP),
        G('就业情况', L('就业单位（经营项目）', 'p_employer'), L('从事工种', 'p_job')),
        L('是否就业困难人员', 'p_hard_emp', 'boolean', null, YN), L('就业失业登记证号', 'p_emp_cert_no'), L('失业登记日期', 'p_unemp_date', 'date'), L('培训需求', 'p_train_need'),
        L('是否参加企业职工养老保险', 'p_pension_emp', 'boolean', null, YN), R(),
      ],
      blank: 12, footer: true,
    }],
  },
  {
    file: '区人社局/就业和社会保障工作统计季报.xlsx', dept: '区人社局', freq: 'quarterly', title: '就业和社会保障工作统计季报表',
    sheets: [{
      kind: 'indicator-rows', name: '季报', stat: { code: '人社统季1表', org: 'XX区人力资源和社会保障局', approval: 'X人社发〔2022〕18号' },
      meta: '填报单位：                  社区（村）              2025年第   季度', head: ['项    目', '单位', '本季', '本年累计'], sign: 'line',
      rows: [
        C('一、就业创业'), I('城镇新增就业', 'v_new_emp', '人'), S('其中：失业人员再就业', 'v_reemp', '人'), S('就业困难人员实现就业', 'v_hard_reemp', '人'),
        I('城镇登记失业人员', 'v_unemp', '人'), I('灵活就业人员', 'v_flex_emp', '人'), I('扶持自主创业', 'v_startup', '人'),
        D('发放创业担保贷款', 'v_loan', '万元'), I('公益性岗位安置', 'v_public_posts', '人'),
        I('农村劳动力转移就业', 'v_transfer', '人'), I('零就业家庭', 'v_zero_emp_hh', '户'), S('其中：已援助实现就业', 'v_zero_emp_helped', '户'),
        C('二、职业培训'), I('职业技能培训', 'v_training', '人次'), S('其中：取得职业资格（技能等级）证书', 'v_training_cert', '人'),
      ],
      rows2: [
        C('三、社会保险'), I('企业职工基本养老保险参保人数', 'ins_pension_emp_n', '人'), I('城乡居民基本养老保险参保人数', 'ins_pension_res_n', '人'),
        S('其中：领取养老金人数', 'v_pension_res_recv', '人'), I('失业保险参保人数', 'ins_unemp_n', '人'), S('其中：领取失业保险金人数', 'v_unemp_benefit', '人'), I('工伤保险参保人数', 'ins_injury_n', '人'),
        C('四、社保经办'), I('新增参保登记', 'v_new_ins_reg', '人'), I('社会保障卡申领', 'v_sscard', '张'), I('养老待遇资格认证', 'v_pension_cert', '人'),
      ],
    }],
  },
  {
    file: '区人社局/2017年社会保险参保情况统计表.xlsx', dept: '区人社局', freq: 'annual', catalog: false, title: '2017年社会保险参保情况统计表',
    sheets: [{
      kind: 'grid', name: '参保情况', key: '险    种', prefix: 'ins',
      stat: { code: '人社统年3表', org: 'XX区人力资源和社会保障局', approval: 'X人社〔2017〕22号' },
      meta: '社区（村）：                                2017年度',
      rows: [
        { l: '企业职工基本养老保险', k: 'pension_emp' }, { l: '城乡居民基本养老保险', k: 'pension_res' },
        { l: '城镇职工基本医疗保险', k: 'med_emp' }, { l: '城乡居民基本医疗保险', k: 'med_res' }, { l: '失业保险', k: 'unemp' },
      ],
      cols: [L('参保人数（人）', 'n', 'integer', '人'), L('当年征缴金额（万元）', 'paid', 'decimal', '万元')],
      total: true, footer: true,
    }],
  },
  // ───────────── 区医保局 ─────────────
  {
    file: '区医保局/基本医疗保险参保情况统计表.xlsx', dept: '区医保局', freq: 'semiannual', title: '基本医疗保险参保情况统计表',
    sheets: [{
      kind: 'grid', name: '参保', key: '险  种', prefix: 'ins', meta: '社区（村）：                        2024年上（下）半年          截止日期：    年  月  日',
      rows: [{ l: '职工基本医疗保险', k: 'med_emp' }, { l: '城乡居民基本医疗保险', k: 'med_res' }, { l: '生育保险', k: 'maternity' }],
      cols: [L('参保人数（人）', 'n', 'integer', '人'), L('其中：本期新增参保（人）', 'new', 'integer', '人')],
      footer: true, note: '注：城乡居民基本医疗保险参保人数含学生儿童、大学生及其他城乡居民。',
    }],
  },
  // ───────────── 区卫健委 ─────────────
  {
    file: '区卫健委/家庭医生签约服务登记表.xlsx', dept: '区卫健委', freq: 'monthly', title: '家庭医生签约服务登记表',
    instructions: [
      '填表说明：', '1.本表由社区卫生服务站会同社区（村）填写，每月底前更新。',
      '2.签约人群分类按重点人群优先原则选择一项。', '3.签约家庭医生填写团队长（全科医生）信息。',
    ],
    sheets: [{
      kind: 'columns', name: '签约登记', seq: true, meta: '社区卫生服务中心：                  服务站：                   年   月',
      cols: [
        L('社区（村）', 'v_name'),
        G('签约居民', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生日期', 'p_birth', 'date'), L('身份证号', 'p_idno', 'idcard'),
          L('联系电话', 'p_phone', 'phone'), L('现住址', 'p_addr_live')),
        L('签约人群分类', 'p_fd_group', 'choice', null, FD_GROUP), L('签约服务包', 'p_fd_pack', 'choice', null, FD_PACK), L('签约日期', 'p_fd_date', 'date'),
        L('是否已建立健康档案', 'p_health_record', 'boolean', null, YN), G('签约家庭医生', L('姓名', 'p_fd_doc_name'), L('联系电话', 'p_fd_doc_phone', 'phone')), L('所属团队', 'p_fd_team'), R(),
      ],
      blank: 12,
    }],
  },
  {
    x: true, file: '区卫健委/老年人健康管理服务情况季报表.xlsx', dept: '区卫健委', freq: 'quarterly', title: '65岁及以上老年人健康管理服务情况季报表',
    sheets: [{
      name: '季报', meta: '社区卫生服务中心（站）：                 社区（村）：                  2025年第   季度',
      rowHead: ['年龄段'],
      rows: [
        { cells: ['65-69周岁'], label: '65-69周岁', path: ['65-69周岁'], k: 'a65' },
        { cells: ['70-79周岁'], label: '70-79周岁', path: ['70-79周岁'], k: 'a70' },
        { cells: ['80周岁及以上'], label: '80周岁及以上', path: ['80周岁及以上'], k: 'a80' },
      ],
      cols: [
        G('辖区常住老年人数（人）', L('男', 'pop_m', 'integer', '人'), L('女', 'pop_f', 'integer', '人'), L('小计', NF)),
        G('其中：本季度接受健康管理（人）', L('男', 'hm_m', 'integer', '人'), L('女', 'hm_f', 'integer', '人'), L('小计', NF)),
      ],
      elem: (k: string, e: string) => `g_old_${k}_${e}`, totalRow: '合计',
      footer: '填表人：              审核人：              报送日期：    年  月  日',
    }],
  },
  {
    file: '区卫健委/2014年人口和计划生育统计年报表.xlsx', dept: '区卫健委', freq: 'annual', catalog: false, title: '2014年人口和计划生育统计年报表',
    xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'indicator-rows', name: 'Sheet1', blankTop: 1, startCol: 1, head: ['项目', '单位', '数量'], sign: 'line',
      meta: '镇（街道）：              村（居）：               统计时点：2014年12月31日',
      rows: [
        C('一、人口'), I('1.户籍总户数', 'v_hh_hj', '户'), I('2.户籍总人口', 'v_pop_hj', '人'), S('其中：男', 'v_pop_hj_m', '人'), S('女', 'v_pop_hj_f', '人'),
        C('二、育龄妇女'), I('1.育龄妇女（15-49周岁）', 'v_women_1549', '人'), S('其中：已婚育龄妇女', 'v_married_women', '人'),
        I('2.流入已婚育龄妇女', 'v_float_women', '人'),
        C('三、出生'), I('1.出生人数', 'v_births', '人'), S('其中：男', 'v_births_m', '人'), S('女', 'v_births_f', '人'), I('2.一孩', 'v_births_1', '人'),
        I('3.二孩', 'v_births_2', '人'), I('4.多孩', 'v_births_3', '人'), I('5.政策外出生', 'v_births_outpol', '人'),
        C('四、死亡'), I('死亡人数', 'v_deaths', '人'),
        C('五、节育'), I('1.落实节育措施', 'v_contra', '人'), S('其中：长效节育措施', 'v_contra_long', '人'),
        C('六、奖励扶助'), I('1.领取独生子女父母光荣证', 'v_one_child_cert', '户'), I('2.农村部分计划生育家庭奖励扶助对象', 'v_fp_reward', '人'),
        I('3.计划生育特别扶助对象', 'v_fp_special', '人'),
      ],
      note: '注：本表为年报，请于2015年1月10日前报区卫生和计划生育委员会（区人口计生办）。',
    }],
  },
  // ───────────── 区教育局 ─────────────
  {
    file: '区教育局/适龄儿童少年入学摸底登记表.xlsx', dept: '区教育局', freq: 'annual', title: '2025年秋季适龄儿童少年入学摸底登记表',
    sheets: [{
      kind: 'columns', name: '摸底登记', seq: true, meta: '学区：                    社区（村）：                    登记人：',
      cols: [
        L('社区（村）', 'v_name'), L('儿童姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生日期', 'p_birth', 'date'),
        L('身份证号', 'p_idno', 'idcard'), L('户籍所在地', 'p_addr_hj'), L('现居住地址', 'p_addr_live'),
        G('监护人', L('姓名', 'p_guardian_name'), L('与儿童关系', 'p_guardian_rel', 'choice', null, REL_G), L('联系电话', 'p_guardian_phone', 'phone')),
        L('是否随迁子女', 'p_migrant_child', 'boolean', null, YN), L('拟入学学段', 'p_stage', 'choice', null, STAGE), L('拟就读学校', 'p_school_plan'), R(),
      ],
      blank: 15, footer: true,
    }],
  },
  {
    file: '区教育局/家庭经济困难学生资助申请汇总表.xlsx', dept: '区教育局', freq: 'semiannual', title: '2024年秋季学期家庭经济困难学生资助申请汇总表',
    catalog: '家庭经济困难学生资助申请汇总表（每学期）',
    sheets: [
      {
        kind: 'columns', name: '申请名单', seq: true, meta: '社区（村）：                               （盖章）',
        cols: [
          L('学生姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('公民身份号码', 'p_idno', 'idcard'), L('全国学籍号', 'p_student_no'), L('就读学校', 'p_school'),
          L('年级', 'p_grade'), L('家庭经济困难类型', 'p_edu_hard', 'choice', null, HARD_EDU), L('资助项目', 'p_aid_item', 'choice', null, AID_ITEM),
          L('资助金额（元）', 'p_aid_amt', 'decimal', '元'), G('监护人', L('姓名', 'p_guardian_name'), L('联系电话', 'p_guardian_phone', 'phone')),
          L('家庭住址', 'p_addr_live'), R(),
        ],
        blank: 10,
      },
      {
        kind: 'indicator-rows', name: '汇总', title: '家庭经济困难学生资助情况汇总表', head: ['项    目', '单位', '数量'], sign: 'cells',
        rows: [
          I('资助学生人数', 'v_edu_aid_n', '人'), S('其中：最低生活保障家庭学生', 'v_edu_aid_db', '人'), S('特困供养学生', 'v_edu_aid_tk', '人'),
          S('残疾学生', 'v_edu_aid_disab', '人'), D('资助金额合计', 'v_edu_aid_amt', '元'),
        ],
      },
    ],
  },
  // ───────────── 区退役军人事务局 ─────────────
  {
    file: '区退役军人事务局/退役军人信息年度核查表.xlsx', dept: '区退役军人事务局', freq: 'annual', title: '退役军人信息采集（年度核查）表',
    dictSheet: { name: '下拉选项', visible: true },
    sheets: [{
      kind: 'columns', name: '信息核查', seq: true, example: true, meta: '街道（镇）退役军人服务站：              社区（村）退役军人服务站：',
      cols: [
        G('基本信息', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
          L('出生日期', 'p_birth', 'date'), L('公民身份号码', 'p_idno', 'idcard'), L('政治面貌', 'p_polit', 'choice', null, POLIT),
          L('文化程度', 'p_edu', 'choice', null, EDU)),
        G('服役情况', L('入伍时间', 'p_enlist', 'date'), L('退役时间', 'p_discharge', 'date'), L('服役部队', 'p_army_unit'),
          L('退役军人类别', 'p_vet_type', 'choice', null, VET_TYPE), L('退役证件编号', 'p_vet_cert_no')),
        L('安置方式', 'p_placement', 'choice', null, PLACEMENT),
        G('联系方式', L('户籍地址', 'p_addr_hj'), L('现居住地址', 'p_addr_live'), L('手机号码', 'p_phone', 'phone')),
        L('是否悬挂光荣牌', 'p_honor_plate', 'boolean', null, YN), L('是否享受定期抚恤补助', 'p_yf_sub', 'boolean', null, YN), R(),
      ],
      blank: 10, footer: FOOT_SQ,
    }],
  },
  {
    file: '区退役军人事务局/2022年度光荣牌悬挂情况登记表.xlsx', dept: '区退役军人事务局', freq: 'annual', catalog: false, title: '2022年度光荣牌悬挂情况登记表',
    sheets: [{
      kind: 'columns', name: '光荣牌', seq: true, stat: { code: '退役军人统3表', org: 'XX区退役军人事务局', approval: 'X退役军人办〔2022〕6号' },
      meta: '街道（镇）：                                              填报日期：    年  月  日',
      cols: [
        L('社区（村）', 'v_name'), L('姓名', 'p_name'), L('公民身份号码', 'p_idno', 'idcard'), L('人员类别', 'p_vet_type', 'choice', null, VET_TYPE),
        L('家庭住址', 'p_addr_live'), L('联系电话', 'p_phone', 'phone'), L('是否已悬挂', 'p_honor_plate', 'boolean', null, YN),
        L('悬挂日期', 'p_honor_date', 'date'), R(),
      ],
      blank: 12, footer: true,
    }],
  },
  // ───────────── 区应急管理局 ─────────────
  {
    x: true, file: '区应急管理局/安全生产隐患排查整治情况统计表.xlsx', dept: '区应急管理局', freq: 'monthly', title: '安全生产隐患排查整治情况统计表',
    catalog: '安全生产隐患排查整治月报表',
    sheets: [{
      name: '隐患排查', meta: '街道（镇）：                 社区（村）：                  2025年   月',
      rowHead: ['行业领域', '类    别'],
      rows: ([
        ['工矿商贸', '危险化学品', 'chem'], [null, '工贸企业', 'trade'], ['人员密集场所', '商场市场', 'mall'], [null, '学校、幼儿园', 'school'],
        ['“九小”场所', '沿街门店（小餐饮）', 'shop'],
      ] as Array<[string | null, string, string]>).map(([cat, sub, k], i, a): XRow => {
        let c = cat;
        for (let j = i; c === null; j--) c = a[j - 1][0];
        return { cells: [cat, sub], label: sub, path: [c, sub], k };
      }),
      cols: [L('单位数（家）', 'units', 'integer', '家'), L('排查隐患（处）', 'haz', 'integer', '处'), L('其中：已整改（处）', 'fixed', 'integer', '处')],
      elem: (k: string, e: string) => `g_aq_${k}_${e}`, totalRow: '合计',
      footer: '填表人：              安全员：              联系电话：', note: '注：每月28日前报街道安监中心，由街道汇总后报区应急管理局。',
    }],
  },
  {
    file: '区应急管理局/汛期安全风险隐患排查周报表.xlsx', dept: '区应急管理局', freq: 'weekly', catalog: false, title: '汛期安全风险隐患排查周报表',
    sheets: [{
      kind: 'indicator-rows', name: '周报', head: ['项    目', '单位', '本周', '汛期累计'], sign: 'cells',
      meta: '社区（村）：              统计时段：   月   日至   月   日       （每周五12时前报区防汛防旱指挥部办公室）',
      rows: [
        C('一、巡查检查'), I('开展巡查', 'v_fx_patrol', '次'), I('出动人员', 'v_fx_staff', '人次'),
        C('二、风险隐患排查'), I('排查风险隐患', 'v_fx_haz', '处'), S('其中：地下空间（车库）', 'v_fx_haz_under', '处'), S('低洼易涝点', 'v_fx_haz_low', '处'),
        S('危旧房屋', 'v_fx_haz_old', '处'), S('在建工地', 'v_fx_haz_site', '处'), S('户外广告牌、店招', 'v_fx_haz_ad', '处'), I('已整改隐患', 'v_fx_fixed', '处'),
        C('三、转移避险'), I('转移避险人员', 'v_fx_evac', '人'), S('其中：老弱病残孕', 'v_fx_evac_vuln', '人'),
        C('四、宣传预警'), I('发放宣传资料', 'v_fx_leaflets', '份'), I('转发预警信息', 'v_fx_sms', '条'),
        C('五、值班值守'), I('24小时值班', 'v_fx_duty', '人次'), I('接报险情', 'v_fx_alerts', '起'),
      ],
    }],
  },
  // ───────────── 区公安分局 ─────────────
  {
    file: '区公安分局/出租房屋治安管理登记台账.xlsx', dept: '区公安分局', freq: 'monthly', title: '出租房屋治安管理登记台账', catalog: '出租房屋登记台账',
    sheets: [{
      kind: 'columns', name: '台账', seq: true, meta: '派出所：              社区（村）：               警务室：                年   月',
      cols: [
        L('房屋编号', 'r_no'), L('房屋地址', 'r_addr'), L('房屋用途', 'r_use', 'choice', null, HOUSE_USE), L('出租间数（间）', 'r_rooms', 'integer', '间'),
        L('房屋结构', 'r_struct', 'choice', null, ['钢混', '砖混', '砖木', '其他']), L('建筑面积（㎡）', 'r_area', 'decimal', '平方米'),
        G('出租人', L('姓名', 'r_owner_name'), L('公民身份号码', 'r_owner_id', 'idcard'), L('联系电话', 'r_owner_phone', 'phone')),
        G('承租人', L('姓名', 'r_tenant_name'), L('公民身份号码', 'r_tenant_id', 'idcard'), L('户籍地址', 'r_tenant_addr_hj'),
          L('联系电话', 'r_tenant_phone', 'phone')),
        L('居住人数（人）', 'r_residents', 'integer', '人'), L('租赁起止日期', 'r_lease'), L('是否签订治安责任书', 'r_pledge', 'boolean', null, YN), R(),
      ],
      blank: 12, footer: '社区民警：              网格员：              登记日期：    年  月  日',
    }],
  },
  {
    file: '出租房屋信息（实有人口系统导出）.xlsx', dept: '区公安分局', freq: 'adhoc', catalog: false, title: '出租房屋信息',
    sheets: [{
      kind: 'columns', name: 'Sheet1', source: '数据来源：XX市公安局XX分局实有人口管理信息系统（出租房屋模块）    导出时间：2024-05-13 09:21',
      cols: [
        L('房屋编号', 'r_no'), L('地址详址', 'r_addr'), L('房屋用途', 'r_use', 'choice'), L('房主姓名', 'r_owner_name'),
        L('房主公民身份号码', 'r_owner_id', 'idcard'), L('房主联系电话', 'r_owner_phone', 'phone'), L('承租人姓名', 'r_tenant_name'),
        L('承租人公民身份号码', 'r_tenant_id', 'idcard'), L('承租人联系电话', 'r_tenant_phone', 'phone'),
      ],
      blank: 20,
    }],
  },
  {
    file: '区公安分局/实有人口信息采集登记表.xlsx', dept: '区公安分局', freq: 'adhoc', catalog: false, title: '实有人口信息采集登记表',
    sheets: [{
      kind: 'columns', name: '实有人口', seq: true, meta: '派出所：               社区（村）：               网格：               采集民警（网格员）：',
      cols: [
        L('姓名', 'p_name'), L('曾用名', 'p_alias'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
        L('出生日期', 'p_birth', 'date'), L('公民身份号码', 'p_idno', 'idcard'), L('文化程度', 'p_edu', 'choice', null, EDU),
        L('婚姻状况', 'p_marital', 'choice', null, ['未婚', '已婚', '离婚', '丧偶']), L('户籍地址详址', 'p_addr_hj'), L('居住地址详址', 'p_addr_live'),
        L('人员类型', 'p_pop_type', 'choice', null, POP_TYPE), L('居住事由', 'p_live_reason', 'choice', null, LIVE_REASON), L('服务处所', 'p_workplace'),
        L('联系电话', 'p_phone', 'phone'), L('采集日期', 'p_reg_date', 'date'),
      ],
      blank: 15, note: '注：人员入住、迁出、变更时随时采集，3日内录入实有人口管理信息系统。',
    }],
  },
  // ───────────── 区住建局 ─────────────
  {
    file: '区住建局/老旧小区基本情况调查表.xlsx', dept: '区住建局', freq: 'annual', title: '2021年老旧小区基本情况调查表',
    sheets: [{
      kind: 'grid', name: '调查表', key: '小区名称', prefix: 'xq', meta: '社区：                                 填报日期：2021年   月   日',
      rows: XQ.map((q) => ({ l: q.l, k: q.k })),
      cols: [L('楼幢数（幢）', 'bldg', 'integer', '幢'), L('住户数（户）', 'hh', 'integer', '户'), L('物业管理方式', 'pm_mode', 'choice', null)],
      footer: true, note: '注：2000年底前建成的住宅小区均需填报；物业管理方式填：专业化物业服务、业主自治管理、社区托管、无物业管理。',
    }],
  },
  // ───────────── 区城管局 ─────────────
  {
    x: true, file: '区城管局/生活垃圾分类工作月报表.xlsx', dept: '区城管局', freq: 'monthly', title: '生活垃圾分类工作月报表',
    sheets: [{
      name: '月报', meta: '街道：                社区：                 2024年   月',
      rowHead: ['序号', '指    标', '计量单位'],
      rows: [
        { cells: ['1', '居民户数', '户'], label: '居民户数', path: ['居民户数'], k: 'hh', u: '户', t: 'integer' },
        { cells: ['2', '楼栋数', '栋'], label: '楼栋数', path: ['楼栋数'], k: 'bldg', u: '栋', t: 'integer' },
        { cells: ['3', '厨余垃圾分出量', '吨'], label: '厨余垃圾分出量', path: ['厨余垃圾分出量'], k: 'kitchen', u: '吨', t: 'decimal' },
      ],
      cols: [G('小区名称', ...XQ.map((q) => L(q.l, q.k, 'integer', null))), L('合计', NF)],
      elem: (k: string, e: string) => `xq_${e}_${k}`,
      footer: '填表人：              桶长：              联系电话：',
    }],
  },
  // ───────────── 区统计局 ─────────────
  {
    file: '区统计局/社区基本情况统计年报表.xlsx', dept: '区统计局', freq: 'annual', title: '2025年社区基本情况统计年报表',
    sheets: [{
      kind: 'indicator-rows', name: '社统1表', stat: { code: '社统1表', org: 'XX区统计局', approval: 'X统字〔2024〕15号' },
      meta: '填报单位（社区居委会盖章）：                            2025年度', head: ['指标名称', '计量单位', '代码', '本年', '上年同期'],
      codeRow: true, sign: 'side',
      rows: [
        C('一、基本情况'), D('辖区面积', 'v_area', '平方公里'), I('居民小组', 'v_groups', '个'), I('住宅小区', 'v_xq_n', '个'),
        S('其中：有物业服务的小区', 'v_xq_pm', '个'), I('网格', 'v_grids', '个'), S('其中：专属网格', 'v_grids_special', '个'),
        C('二、人口情况'), I('户籍户数', 'v_hh_hj', '户'), I('户籍人口', 'v_pop_hj', '人'), S('其中：女性', 'v_pop_hj_f', '人'), I('常住人口', 'v_pop_cz', '人'),
        I('流动人口', 'v_pop_float', '人'),
        C('（一）按年龄分', 1), I('0-17周岁', 'v_pop_u18', '人'), I('60周岁及以上', 'v_pop_60', '人'), S('其中：65周岁及以上', 'v_pop_65', '人'),
        S('80周岁及以上', 'v_pop_80', '人'),
        C('（二）重点人群', 1), I('独居老年人', 'v_old_alone', '人'), I('失能半失能老年人', 'v_old_disabled', '人'), I('留守儿童', 'v_left_children', '人'), I('困境儿童', 'v_plight_children', '人'),
        I('持证残疾人', 'v_disab_cert', '人'), I('退役军人', 'v_veterans', '人'),
        C('三、社会保障'), I('最低生活保障户数', 'v_db_hh', '户'), I('最低生活保障人数', 'v_db_n', '人'), I('特困供养人员', 'v_tk_n', '人'),
        I('城乡居民基本养老保险参保人数', 'ins_pension_res_n', '人'), I('城乡居民基本医疗保险参保人数', 'ins_med_res_n', '人'),
        I('本年城镇新增就业', 'v_new_emp', '人'), I('登记失业人员', 'v_unemp', '人'), I('灵活就业人员', 'v_flex_emp', '人'),
        C('四、社区组织和工作队伍'), I('社区“两委”干部', 'v_cadres', '人'), S('其中：女性', 'v_cadres_f', '人'), S('交叉任职', 'v_cadres_cross', '人'),
        I('社区工作者', 'v_sw', '人'), S('其中：持证社工', 'v_sw_cert', '人'), I('专职网格员', 'v_grid_staff', '人'), I('兼职网格员', 'v_grid_parttime', '人'),
        I('社区社会组织', 'v_so', '个'), I('注册志愿者', 'v_volunteers', '人'),
        C('五、党的建设'), I('党员', 'v_pm', '人'), S('其中：女党员', 'v_pm_f', '人'), S('35岁及以下', 'v_pm_u35', '人'), S('60岁及以上', 'v_pm_60', '人'),
        I('预备党员', 'v_pm_prob', '人'), I('流动党员', 'v_pm_float', '人'), I('网格党支部（党小组）', 'v_grid_branches', '个'),
        C('六、公共服务设施'), D('党群服务中心面积', 'v_office_area', '平方米'), I('社区日间照料中心', 'v_daycare', '个'),
        I('社区卫生服务站（室）', 'v_clinic', '个'), I('幼儿园', 'v_kindergarten', '所'), I('室外健身场地', 'v_sports', '处'),
        I('生活垃圾分类投放点', 'v_waste_points', '个'), I('电动自行车集中充电桩', 'v_ebike_chargers', '个'),
        C('七、经济发展'), D('社区集体经济收入', 'v_coll_income', '万元'), S('其中：经营性收入', 'v_coll_op', '万元'), I('辖区法人单位', 'v_corp', '个'),
        I('个体经营户', 'v_indiv', '户'), D('耕地面积', 'v_land', '亩'), S('其中：撂荒耕地面积', 'v_land_idle', '亩'),
        C('八、平安建设'), I('受理矛盾纠纷', 'v_disp_recv', '件'), S('其中：调解成功', 'v_disp_success', '件'), I('社区矫正对象', 'v_correction', '人'),
        I('安置帮教对象', 'v_released', '人'),
      ],
    }],
  },
  {
    file: '区统计局/第五次全国经济普查单位清查表.xlsx', dept: '区统计局', freq: 'adhoc', title: '第五次全国经济普查法人单位清查表',
    catalog: '第五次全国经济普查清查底册（表一至表四）', dictSheet: { name: '字典', visible: true },
    instructions: [
      '填表说明', '一、本底册由普查员入户清查时填写，表一至表四为同一份清查底册。',
      '二、表一填报辖区内全部法人单位；表二填报法人单位下属的产业活动单位；表三填报个体经营户；表四由社区（村）普查小组汇总。',
      '三、机构类型、登记注册类型按“字典”工作表中的选项选择填写。', '四、营业收入填报上年全年数，单位为千元。',
    ],
    sheets: [
      {
        kind: 'columns', name: '表一 法人单位', seq: true, stat: { code: 'J601表', org: '国务院第五次全国经济普查领导小组办公室', approval: '国统制〔2023〕38号' },
        meta: '普查区：                    普查小区：                    普查员：',
        cols: [
          L('统一社会信用代码', 'u_uscc'), L('单位详细名称', 'u_name'), L('法定代表人（单位负责人）', 'u_legal'), L('单位所在地详细地址', 'u_addr'),
          L('机构类型', 'u_org_type', 'choice', null, ORG_TYPE), L('登记注册类型', 'u_reg_type', 'choice', null, REG_TYPE), L('主要业务活动', 'u_activity'),
          L('行业代码', 'u_ind_code'), L('从业人员期末人数（人）', 'u_staff', 'integer', '人'), L('上年营业收入（千元）', 'u_revenue', 'decimal', '千元'),
          L('联系电话', 'u_phone', 'phone'), R(),
        ],
        blank: 10,
      },
      {
        kind: 'columns', name: '表二 产业活动单位', title: '表二：产业活动单位清查表', seq: true,
        cols: [
          L('所属法人单位统一社会信用代码', 'u2_parent_uscc'), L('产业活动单位详细名称', 'u2_name'), L('单位负责人', 'u2_head'), L('详细地址', 'u2_addr'),
          L('主要业务活动', 'u2_activity'), L('从业人员期末人数（人）', 'u2_staff', 'integer', '人'), L('联系电话', 'u2_phone', 'phone'),
        ],
        blank: 8,
      },
      {
        kind: 'columns', name: '表三 个体经营户', title: '表三：个体经营户清查表', seq: true,
        cols: [
          G('经营者', L('姓名', 'i_owner_name'), L('公民身份号码', 'i_owner_id', 'idcard')), L('字号名称', 'i_name'), L('经营地址', 'i_addr'),
          L('主要业务活动', 'i_activity'), L('从业人员（人）', 'i_staff', 'integer', '人'), L('上年营业收入（千元）', 'i_revenue', 'decimal', '千元'),
          L('联系电话', 'i_phone', 'phone'),
        ],
        blank: 10,
      },
      {
        kind: 'indicator-rows', name: '表四 汇总', title: '表四：社区（村）清查汇总表', head: ['指标名称', '计量单位', '数量'], sign: 'cells',
        rows: [I('法人单位', 'v_corp', '个'), I('产业活动单位', 'v_est', '个'), I('个体经营户', 'v_indiv', '户'), I('从业人员合计', 'v_staff_total', '人')],
      },
    ],
  },
  // ───────────── 区委组织部 ─────────────
  {
    file: '区委组织部/社区工作者队伍信息统计表.xlsx', dept: '区委组织部', freq: 'annual', title: '社区工作者队伍信息统计表',
    sheets: [{
      kind: 'columns', name: '社区工作者', seq: true, meta: '街道（镇）党（工）委（盖章）：                              统计截止：2024年12月31日',
      cols: [
        L('街道（镇）', 'v_town'), L('社区（村）', 'v_name'),
        G('个人信息', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
          L('出生年月', 'p_birth', 'date'), L('身份证号码', 'p_idno', 'idcard'), L('政治面貌', 'p_polit', 'choice', null, POLIT),
          L('入党时间', 'p_party_date', 'date')),
        G('学历', L('全日制教育', 'p_edu_ft', 'choice', null, EDU), L('在职教育', 'p_edu_pt', 'choice', null, EDU)),
        G('任职情况', L('现任职务', 'p_post', 'choice', null, POSTS), L('是否“两委”成员', 'p_cadre', 'boolean', null, YN), L('所在网格', 'p_grid_name'),
          L('参加社区工作时间', 'p_sw_start', 'date'), L('岗位等级', 'p_sw_grade', 'choice', null, GRADE)),
        L('社会工作者职业资格', 'p_sw_cert', 'choice', null, SW_CERT), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 12, footer: true,
    }],
  },
  {
    file: '区委组织部/社区党组织和党员基本情况统计表.xlsx', dept: '区委组织部', freq: 'annual', title: '社区党组织和党员基本情况统计表',
    sheets: [{
      kind: 'columns', name: '党员情况', seq: true, villages: COMM, total: true, codeRow: true,
      meta: '街道（镇）党（工）委（盖章）：                              2024年12月31日',
      cols: [
        L('社区（村）名称', 'v_name'), L('党员总数（名）', 'v_pm', 'integer', '名'),
        G('其中（名）', L('女党员', 'v_pm_f', 'integer', '名'), L('35岁及以下', 'v_pm_u35', 'integer', '名'), L('60岁及以上', 'v_pm_60', 'integer', '名')),
        L('预备党员（名）', 'v_pm_prob', 'integer', '名'), L('流动党员（名）', 'v_pm_float', 'integer', '名'), L('“两委”成员人数', 'v_cadres', 'integer', '人'),
        L('网格党支部（党小组）数', 'v_grid_branches', 'integer', '个'), R(),
      ],
      footer: true,
    }],
  },
  // ───────────── 区妇联 ─────────────
  {
    file: '区妇联/困境妇女儿童关爱帮扶台账.xlsx', dept: '区妇联', freq: 'semiannual', catalog: false, title: '困境妇女儿童关爱帮扶台账',
    sheets: [{
      kind: 'columns', name: '帮扶台账', seq: true,
      meta: '社区（村）妇联：                 填报时间：    年  月        （每半年报区妇联权益部，6月20日、12月20日前）',
      cols: [
        L('社区（村）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('公民身份号码', 'p_idno', 'idcard'), L('年龄（岁）', 'p_age', 'integer', '岁'),
        L('对象类别', 'p_fl_type', 'choice', null, FL_TYPE), L('困难情况', 'p_fl_hard'), L('家庭住址', 'p_addr_live'), L('联系电话', 'p_phone', 'phone'),
        G('帮扶责任人', L('姓名', 'p_helper_name'), L('联系电话', 'p_helper_phone', 'phone')), L('帮扶措施', 'p_help_measure'),
        L('最近一次走访时间', 'p_visit_date', 'date'), R(),
      ],
      blank: 10, footer: FOOT_SQ,
    }],
  },
  {
    file: '区妇联/社区妇女儿童基本情况统计表.xlsx', dept: '区妇联', freq: 'annual', title: '社区妇女儿童基本情况统计表',
    sheets: [{
      kind: 'indicator-rows', name: '统计表', meta: '社区（村）妇联（盖章）：                        2024年12月31日', head: ['项目', '单位', '数量'], sign: 'cells',
      rows: [
        C('一、妇女'), I('户籍女性人口', 'v_pop_hj_f', '人'), I('社区“两委”班子中女性成员', 'v_cadres_f', '人'), I('女党员', 'v_pm_f', '人'),
        C('二、儿童'), I('0至17周岁儿童', 'v_pop_u18', '人'), S('其中：留守儿童', 'v_left_children', '人'), S('困境儿童', 'v_plight_children', '人'),
        I('孤儿', 'v_orphan', '人'), I('事实无人抚养儿童', 'v_fwfy', '人'),
      ],
    }],
  },
  // ───────────── 区残联 ─────────────
  {
    file: '区残联/残疾人基本情况登记表.xlsx', dept: '区残联', freq: 'annual', catalog: false,
    xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'columns', name: 'Sheet1', startCol: 1, blankTop: 1, textNums: true, seq: true,
      meta: '社区（村）：                 登记人：                 2014年   月   日',
      cols: [
        L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION), L('身份证号', 'p_idno', 'idcard'),
        L('文化程度', 'p_edu', 'choice', null, EDU), L('残疾证号', 'p_disab_no'),
        L('残疾类别', 'p_disab_type', 'choice', null, DISAB_TYPE), L('残疾等级', 'p_disab_grade', 'choice', null, DISAB_GRADE),
        G('监护人', L('姓名', 'p_guardian_name'), L('联系电话', 'p_guardian_phone', 'phone')),
        L('是否享受生活补贴', 'p_disab_sub', 'boolean', null, YN), L('是否享受护理补贴', 'p_disab_care', 'boolean', null, YN),
        L('就业状况', 'p_emp_status', 'choice', null, ['就业', '未就业', '无劳动能力']), L('家庭住址', 'p_addr_live'), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 12, note: '注：本表每年12月底前更新一次，报区残联。',
    }],
  },
];

const LAYOUT_ZH: Record<string, string> = { columns: 'columns', 'indicator-rows': 'indicator-rows', grid: 'grid' };
function readme(s: Summary): string {
  const r = s.retirement;
  const pct = (n: number) => `${Math.round((100 * n) / s.fields)} %`;
  const rows = s.all.map((f) => `| ${f.file} | ${f.dept} | ${f.freq} | ${LAYOUT_ZH[s.layoutOf(f)]} | ${s.fieldsOf(f.file)} | ${f.catalog === false ? 'no' : 'yes'} |`);
  return `# blind18 — held-out corpus (江苏 XX区, 网格化社会治理与城乡社区服务, 2014–2025)

Held-out: score only with --final; do not tune on it.

## First look

## Contents

${s.forms} templates from ${s.offices} district offices (区委政法委, 区民政局, 区人社局, 区医保局, 区卫健委, 区教育局, 区退役军人事务局,
区应急管理局, 区公安分局, 区住建局, 区城管局, 区统计局, 区委组织部, 区妇联, 区残联) sent to the 社区（村） of a developed district
(街道 and one 镇; 城市社区 and 涉农社区; 荷塘村 merged into 荷塘社区). ${s.fields} gold fields: columns ${s.byLayout.columns} (${pct(s.byLayout.columns)}),
indicator-rows ${s.byLayout['indicator-rows']} (${pct(s.byLayout['indicator-rows'])}), grid ${s.byLayout.grid} (${pct(s.byLayout.grid)}). ${s.elements} elements, of which
${s.nonRemark} are not 备注; ${s.shared} of those (${((100 * s.shared) / s.nonRemark).toFixed(1)} %) are collected by two or more forms.

${s.absent.length} forms are not in \`报表清单.xlsx\` (department and frequency from the folder, the title, a 制定机关 block, a
\`每…报区…\` note or a system-export line); the catalog also lists ${s.extra.length} files that are not in the folder
(${s.extra.join(', ')}).

| file | department | frequency | layout | fields | in catalog |
|---|---|---|---|---|---|
${rows.join('\n')}

Gold conventions beyond the bench README are in the header comment of \`build-corpus.ts\`.

## Shapes

- Long indicator-rows questionnaires: 社区基本情况统计年报表 (指标名称 | 计量单位 | 代码 | 本年 | 上年同期, 甲乙丙 code row, 表号 /
  制定机关 block, numbered 一、（一） category rows, \`其中：\` sub-items, 填报单位 / 填表人 / 审核人 side column, ${s.fieldsOf('区统计局/社区基本情况统计年报表.xlsx')} indicator rows);
  民政 养老服务和社会组织 (项目 | 单位 | 数量, signature cells at the bottom); 人社 季报 with two panels side by side
  (本季 | 本年累计); the 2014 计划生育 年报 (an old .xls: Sheet1/Sheet2/Sheet3, stray empty row and column); the 汛期 周报.
- One form in several sheets: 第五次全国经济普查 清查底册 (表一 法人单位, 表二 产业活动单位, 表三 个体经营户 — columns; 表四 汇总 —
  indicator-rows), a visible \`字典\` dropdown sheet and a \`填表说明\` sheet. A two-sheet form: 家庭经济困难学生资助 (名单 + 汇总).
  A visible \`下拉选项\` sheet: 退役军人信息年度核查表. A \`填表说明\` sheet: 家庭医生签约服务登记表.
- Old .xls conversions: 2014 计划生育 年报 and the 2014 残疾人基本情况登记表 (no title row, numbers stored as text).
- Rosters with two-level headers whose group changes the meaning (户主, 监护人, 委托照料服务人, 签约家庭医生, 帮扶责任人, 出租人,
  承租人, 当事人, 经营者) and groups that do not (基本信息, 个人信息, 家庭情况, 服役情况, 供养情况, 联系方式, 地址, 任职情况, 签约居民);
  one village table with pre-filled 社区 rows, a code row and a 合计 row; one with group headers that carry the meaning
  (网格（个）> 合计, 网格员（人）> 专职).
- Grids (kit): 险种 × 参保人数 | 征缴金额 (人社 2017) and 险种 × 参保人数 | 新增参保 (医保 2024) over overlapping 险种 rows;
  小区 × 楼幢数 | 住户数 | 物业管理方式 (住建). Grids written by \`extra.ts\`: two-column row labels 行业领域 | 类别 merged down
  (应急 隐患排查); the transposed grid 序号 | 指标 | 计量单位 down and the 社区's 小区 across with a 合计 column (城管 垃圾分类,
  sharing the 小区 cells with 住建); months 1月…12月 under a \`2023年（单位：件）\` header with a 全年合计 column (政法委 网格事件);
  年龄段 × two-level 男 | 女 | 小计 columns (卫健 老年人健康管理).
- Synonyms across offices and years: 化解时间 / 调解日期, 登记日期 / 受理日期, 出租人 / 房主, 房屋地址 / 地址详址, 现居住地址 /
  现住址 / 居住地址详址 / 家庭住址, 户籍所在地 / 户籍地址详址, 手机号码 / 联系电话, 出生年月 / 出生日期, 两委成员人数 / 两委干部 /
  两委班子, 社区工作者 / 社区专职工作者, 城乡低保户数 / 最低生活保障户数, 保障金（元/月） / 月低保金, 楼幢数 / 楼栋数, 住户数 /
  居民户数, 城镇职工基本医疗保险 / 职工基本医疗保险, 0-17周岁 / 0至17周岁儿童. Near-misses: 60 / 65 / 80周岁, 户数 / 人数,
  专职 / 兼职网格员, 独居 / 空巢, 党员 / 预备党员 / 流动党员, 实有 / 常住 / 户籍人口, 居委会成员 / 两委成员, 参保 / 新增参保,
  年龄 / 出生日期, a dispute's 所在网格 / a worker's 所在网格.
- Frequencies: weekly, monthly, quarterly, semiannual, annual, adhoc.

## Retirement truth

Computed with the bench README rule (coverage over non-备注 elements by other forms of the same or a higher frequency).

- full (${r.full.length}): ${r.full.map((f) => `\`${f}\` (by ${r.coveredBy[f].join(', ')})`).join('; ')}
- partial (${r.partial.length}): ${r.partial.map((f) => `\`${f}\` ${r.coverage[f]} (by ${r.coveredBy[f].join(', ')})`).join('; ')}

## Rebuild

\`\`\`
npx tsx tests/blind18/build-corpus.ts              # forms/, 报表清单.xlsx, gold.json, README.md
npx tsx tests/blind18/build-corpus.ts --gold-only  # gold.json and README.md only
npx tsx tests/blind4/check-corpus.ts tests/blind18 # must print: bad 0
\`\`\`
`;
}

void buildAll('blind18', path.join(import.meta.dirname ?? __dirname), forms, [
  ['社区矫正对象花名册.xlsx', '社区矫正对象信息花名册', '区委政法委', '月报'],
  ['2016年全面两孩政策实施情况统计表.xlsx', '全面两孩政策实施情况统计表', '区卫健委', '年报'],
], readme);

