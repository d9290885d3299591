/**
 * Held-out corpus "blind12": 31 templates of 14 offices of an urban district (XX区, 浙江, four 街道 — 城东街道、江南街道、
 * 湖滨街道、文晖街道 — urban 社区 only, two of them 城中村 社区 (沈家社区, 陈家埭社区) with a 股份经济合作社), 2014–2025, the
 * 基层治理 / 未来社区 / 共同富裕 era. Written without reading the matcher; the gold sits next to each label.
 *
 *   npx tsx tests/blind12/build-corpus.ts             → tests/blind12/forms, 报表清单.xlsx, gold.json, README.md
 *   npx tsx tests/blind12/build-corpus.ts --gold-only → gold.json only
 *
 * Forms per office:
 *   区委组织部      在职党员到社区报到登记表 (adhoc), 社区工作者花名册 (semiannual), 2023年度社区党组织基本情况统计表 (annual, 社区 rows)
 *   区委社会工作部  社区基础信息采集表 表一…表五 + visible 选项 sheet + 填表说明 (annual), 社区社会组织备案登记表 (adhoc),
 *                   社区志愿者花名册 (quarterly)
 *   区民政局        高龄津贴发放花名册 (monthly), 2016年度高龄津贴领取资格年审表 (annual), 居家养老服务对象台账 (monthly),
 *                   城乡社区建设统计年报 (annual, indicator-rows, two panels side by side)
 *   区卫健局        65岁及以上老年人健康管理登记表 (monthly), 基本公共卫生服务项目季度统计表 (quarterly, indicator-rows, 本季度|本年累计)
 *   区公安分局      实有人口信息采集表 (GA/T 543 words, monthly), 出租房屋及承租人登记台账 (monthly),
 *                   2015年流动人口登记表 (root, old .xls, adhoc), 流动人口积分申请登记表 (semiannual)
 *   区消防救援大队  九小场所消防安全检查月报 (grid 场所类别 × 指标), 高层住宅消防安全排查登记表 (quarterly)
 *   区应急管理局    安全生产网格化巡查周报 (weekly, 社区 rows, 本周 / 本年累计)
 *   区城管局        生活垃圾分类月报 (grid 小区 × 指标, monthly), 2024年第二季度生活垃圾分类小区考评汇总表 (grid, quarterly),
 *                   住宅小区物业管理基本情况表 (annual)
 *   区住建局        老旧小区改造和既有住宅加装电梯进度月报 (monthly)
 *   区妇联          2023年度社区妇女议事会和儿童之家建设情况统计表 (annual, 社区 rows)
 *   区总工会        新就业形态劳动者（快递员、外卖骑手）摸排登记表 (quarterly)
 *   区残联          持证残疾人基本状况调查表 (annual)
 *   区统计局        社区基本情况统计年报 (annual, indicator-rows 本年|上年, stat block), 第五次全国经济普查单位清查表 (two sheets, adhoc),
 *                   2014年社区基本情况调查表 (root, old .xls, annual)
 *   区文明办        新时代文明实践站志愿服务活动台账 (monthly), 新时代文明实践志愿者登记表 (root, adhoc)
 *
 * GOLD CONVENTIONS beyond ../shared/bench/README.md:
 * - GA/T 543 words are the everyday data: 公民身份号码 = 身份证号 = 证件号码; 户籍地详址 = 户籍地址 = 户籍所在地; 实际居住地详址 =
 *   现居住地址 = 现住址 = 暂住地址 = 居住地址 (where the person lives now); 服务处所 = 工作单位; 联系方式 = 联系电话 = 手机号码;
 *   文化程度 = 学历; 出生日期 = 出生年月; 来现住地日期 = 来本市时间 (the 流动人口's arrival).
 * - Near-misses kept apart: 居住证号码 ≠ 公民身份号码; 居住证签发日期 ≠ 来本市日期; 曾用名 ≠ 姓名; 年龄 ≠ 出生日期.
 * - A group header naming somebody else makes another person's datum: 紧急联系人 > 姓名/联系电话, 监护人 > 姓名/联系电话,
 *   房东 / 承租人 > 姓名/身份证号/电话, 负责人 > 姓名/联系电话 (a social organisation's head), 消防安全责任人 > 姓名,
 *   社区妇联主席 > 姓名, 活动负责人 > 姓名. 基本信息 / 居住信息 / 血压 group headers change nothing.
 * - 职务 is three data: 单位职务 of an 在职党员 at his employer, 社区工作者's 岗位 (现任职务), 两委成员's 社区职务.
 * - 安全生产网格 / 兼职安全员 (应急) ≠ 基层治理 网格数 / 专职网格员 (社工部, 统计): different grid systems and staff.
 * - 党群服务中心面积 (组织部) ≠ 社区综合服务设施面积 (民政, 统计, 社工部); 是否建成儿童之家 (是/否) ≠ 儿童之家（个）.
 * - 高层住宅楼栋's 住户数 (per building, 消防) ≠ 小区 住户数 / 总户数 (per 小区, 社工部 表四 and 城管 物业表), which are one datum.
 * - 社区工作者 (社工部 表三, 组织部 花名册) share 岗位 / 岗位等级 / 是否持社工证 / 入职时间; 社区“两委”成员 is a different roster.
 * - 持证社会工作者 (v_sw_cert) is one datum in 民政 年报 and 统计 年报; 社区工作者人数 = 社区工作人员 (2014 survey).
 * - 享受高龄津贴人数 (民政 年报, 统计 年报) = one datum; 津贴档次 = 享受档次; 银行账号 = 代发银行账号.
 * - 60周岁及以上 ≠ 65周岁及以上 ≠ 80周岁及以上; 出租房屋 in 套 (统计) and 户 (2014) is one datum (unit differs only).
 * - 垃圾分类 grids: 小区 × 指标 elements are per 小区 and indicator (g_wf_<小区>_<指标>); 参与分类户数 = 参与户数,
 *   分类准确率 = 投放准确率, 厨余垃圾日均分出量 (公斤 / kg) one datum; 考评得分 only in the quarterly grid.
 * - 经济普查 单位清查: a unit's 联系电话 / 地址 are the unit's (u_*), never a person's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { C, Corpus, D, EDU, G, I, L, POLIT, R, S, SEX, YN, type Form } from '../blind4/kit';

const NATION = ['汉族', '回族', '满族', '畲族', '壮族', '土家族', '其他'];
const COMM = ['明月社区', '青枫社区', '锦绣社区', '望江社区', '桂花社区', '新河社区', '沈家社区', '陈家埭社区'];
const STREETS = ['城东街道', '江南街道', '湖滨街道', '文晖街道'];
const GAT_EDU = ['研究生', '大学本科', '大学专科', '中等专科', '高中', '初中', '小学', '文盲'];
const MARITAL = ['未婚', '有配偶', '离婚', '丧偶'];
const OA_LEVEL = ['80-89周岁', '90-99周岁', '100周岁及以上'];
const DISAB_TYPE = ['视力残疾', '听力残疾', '言语残疾', '肢体残疾', '智力残疾', '精神残疾', '多重残疾'];
const DISAB_GRADE = ['一级', '二级', '三级', '四级'];
const VOL_TYPE = ['助老助残', '文明劝导', '垃圾分类', '平安巡防', '文化文艺', '应急救援', '其他'];
const SO_TYPE = ['生活服务类', '公益慈善类', '文体活动类', '专业调处类', '其他'];
const PM_MODE = ['专业物业', '准物业（社区托管）', '业主自治', '无物业'];
const XQ_KIND = ['商品房小区', '拆迁安置小区', '老旧小区（2000年前建成）', '单位宿舍', '其他'];
const FOOT_S = '社区（盖章）：              填表人：              审核人：              联系电话：';

const forms: Form[] = [
  // ───────────── 区委组织部 ─────────────
  {
    file: '区委组织部/在职党员到社区报到登记表.xlsx', dept: '区委组织部', freq: 'adhoc', title: '在职党员到居住地社区报到登记表',
    catalog: '在职党员进社区报到登记表',
    sheets: [{
      kind: 'columns', name: '报到登记', seq: true, meta: '报到社区（盖章）：                        街道：',
      cols: [
        L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生年月', 'p_birth', 'date'), L('入党时间', 'p_join_party', 'date'),
        L('工作单位', 'p_employer'), L('单位职务', 'p_job_post'), L('组织关系所在党组织', 'p_party_org'), L('居住小区', 'p_xiaoqu'),
        L('报到时间', 'p_report_date', 'date'), L('认领服务岗位', 'p_claim_post', 'choice', null, ['楼道长', '平安巡防', '垃圾分类督导', '文明劝导', '助老服务', '其他']),
        L('手机号码', 'p_phone', 'phone'), R(),
      ],
      blank: 12, note: '注：在职党员报到后随时登记，报到情况反馈所在单位党组织。',
    }],
  },
  {
    file: '区委组织部/社区工作者花名册.xlsx', dept: '区委组织部', freq: 'semiannual', title: '社区专职工作者花名册',
    catalog: '社区工作者队伍花名册（半年更新）',
    sheets: [{
      kind: 'columns', name: '花名册', seq: true, meta: '街道（盖章）：                社区：                    截至    年  月  日',
      cols: [
        G('基本信息', L('姓  名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
          L('出生年月', 'p_birth', 'date'), L('身份证号码', 'p_idno', 'idcard'), L('政治面貌', 'p_polit', 'choice', null, POLIT)),
        G('学历学位', L('最高学历', 'p_edu', 'choice', null, EDU), L('所学专业', 'p_major')),
        L('现任职务', 'p_sw_post', 'choice', null, ['社区书记', '社区主任', '副书记', '副主任', '委员', '专职社工']),
        L('岗位等级', 'p_sw_level', 'choice', null, ['一岗一级', '一岗二级', '二岗一级', '二岗二级', '三岗一级', '三岗二级']),
        G('社会工作者职业资格', L('是否持证', 'p_sw_cert', 'boolean', null, YN), L('证书等级', 'p_sw_cert_level', 'choice', null, ['助理社会工作师', '社会工作师', '高级社会工作师'])),
        L('入职时间', 'p_hire_date', 'date'), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 12, footer: true, note: '注：每年6月底、12月底更新报送区委组织部组织科（社区工作者管理办公室）。',
    }],
  },
  {
    file: '区委组织部/2023年度社区党组织基本情况统计表.xlsx', dept: '区委组织部', freq: 'annual', catalog: false,
    title: '2023年度社区党组织基本情况统计表',
    sheets: [{
      kind: 'columns', name: '统计表', seq: true, villages: COMM, total: true, meta: '街道党工委（盖章）：                          2023年12月31日',
      cols: [
        L('社区名称', 'v_name'), L('党组织类型', 'v_party_type', 'choice', null, ['党委', '党总支', '党支部']),
        L('下设党支部（个）', 'v_party_branch', 'integer', '个'),
        G('党员数（名）', L('合计', 'v_pm', 'integer', '名'), L('其中：女党员', 'v_pm_f', 'integer', '名'), L('预备党员', 'v_pm_prep', 'integer', '名'),
          L('流动党员', 'v_pm_float', 'integer', '名')),
        L('在职党员报到（名）', 'v_pm_report', 'integer', '名'), L('党群服务中心面积（㎡）', 'v_dq_area', 'decimal', '平方米'),
        L('书记、主任是否“一肩挑”', 'v_one_shoulder', 'boolean', null, YN), R(),
      ],
      footer: true,
    }],
  },
  // ───────────── 区委社会工作部 ─────────────
  {
    file: '区委社会工作部/社区基础信息采集表.xlsx', dept: '区委社会工作部', freq: 'annual', title: '社区基础信息采集表',
    catalog: '社区基础信息采集表（表一至表五）', dictSheet: { name: '选项', visible: true },
    instructions: [
      '填表说明：',
      '1. 本表由各社区填报，街道审核后于每年1月15日前报区委社会工作部（基层治理科），数据截至上年12月31日。',
      '2. 表一“社区类型”按选项表填写；撤村建居社区须填写股份经济合作社情况。',
      '3. 表二填写社区党组织、居民委员会成员；交叉任职人员只填一行。',
      '4. 表三填写与街道签订劳动合同的社区专职工作者，不含公益性岗位、网格员。',
      '5. 表四按住宅小区逐个填写；表五填写在社区备案的社区社会组织。',
    ],
    sheets: [
      {
        kind: 'indicator-rows', name: '表一 社区基本情况', title: '社区基础信息采集表', source: '表一：社区基本情况',
        head: ['项    目', '单位', '内容（数量）'], sign: 'line',
        rows: [
          I('社区名称', 'v_name', null, 'text', '—'), I('所属街道', 'v_street', null, 'text', '—'), I('社区类型', 'v_comm_type', null, 'choice', '—'),
          I('是否有股份经济合作社', 'v_has_coop', null, 'boolean', '是/否'), D('辖区面积', 'v_area', '平方公里'),
          I('住宅小区', 'v_xiaoqu', '个'), I('居民楼栋', 'v_buildings', '幢'), I('全科网格', 'v_grids', '个'), I('专职网格员', 'v_grid_staff', '人'),
          I('户籍户数', 'v_hh_hj', '户'), I('户籍人口', 'v_pop_hj', '人'), I('常住人口', 'v_pop_cz', '人'), I('流动人口', 'v_pop_float', '人'),
          I('60周岁及以上老年人', 'v_pop_60', '人'), I('党员', 'v_pm', '名'), D('社区综合服务设施面积', 'v_service_area', '平方米'),
          I('是否未来社区创建单位', 'v_future', null, 'boolean', '是/否'),
        ],
      },
      {
        kind: 'columns', name: '表二 两委成员', title: '表二：社区“两委”成员情况', seq: true,
        cols: [
          L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生年月', 'p_birth', 'date'),
          L('政治面貌', 'p_polit', 'choice', null, POLIT), L('文化程度', 'p_edu', 'choice', null, EDU),
          L('社区职务', 'p_rc_post', 'choice', null, ['书记', '主任', '副书记', '副主任', '委员']),
          L('是否交叉任职', 'p_cross', 'boolean', null, YN), L('联系电话', 'p_phone', 'phone'),
        ],
        blank: 7,
      },
      {
        kind: 'columns', name: '表三 社区工作者', title: '表三：社区专职工作者情况', seq: true,
        cols: [
          L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号', 'p_idno', 'idcard'), L('学历', 'p_edu', 'choice', null, EDU),
          L('岗位', 'p_sw_post', 'choice', null, ['社区书记', '社区主任', '副书记', '副主任', '委员', '专职社工']),
          L('岗位等级（三岗十八级）', 'p_sw_level', 'choice', null, ['一岗一级', '一岗二级', '二岗一级', '二岗二级', '三岗一级', '三岗二级']),
          L('是否持社工证', 'p_sw_cert', 'boolean', null, YN), L('入职时间', 'p_hire_date', 'date'),
        ],
        blank: 10,
      },
      {
        kind: 'columns', name: '表四 住宅小区', title: '表四：住宅小区及物业管理情况', seq: true,
        cols: [
          L('小区名称', 'xq_name'), L('小区类型', 'xq_kind', 'choice', null, XQ_KIND), L('建成年份', 'xq_year', 'date'),
          L('楼栋数（幢）', 'xq_bldgs', 'integer', '幢'), L('住户数（户）', 'xq_hh', 'integer', '户'), L('物业服务企业', 'xq_pm_co'),
          L('物业管理方式', 'xq_pm_mode', 'choice', null, PM_MODE), L('是否成立业委会', 'xq_owners', 'boolean', null, YN),
          L('是否纳入老旧小区改造', 'xq_old', 'boolean', null, YN),
        ],
        blank: 8,
      },
      {
        kind: 'columns', name: '表五 社会组织', title: '表五：社区社会组织情况', seq: true,
        cols: [
          L('组织名称', 'so_name'), L('类别', 'so_type', 'choice', null, SO_TYPE), L('成立时间', 'so_date', 'date'),
          G('负责人', L('姓名', 'so_head_name'), L('联系电话', 'so_head_phone', 'phone')), L('成员人数', 'so_members', 'integer', '人'),
          L('活动场所', 'so_place'), L('主要服务内容', 'so_content'),
        ],
        blank: 8, footer: FOOT_S,
      },
    ],
  },
  {
    file: '区委社会工作部/社区社会组织备案登记表.xlsx', dept: '区委社会工作部', freq: 'adhoc', catalog: false, title: '社区社会组织备案登记表',
    sheets: [{
      kind: 'columns', name: '备案登记', seq: true, meta: '备案社区（盖章）：                     街道：',
      cols: [
        L('社会组织名称', 'so_name'), L('组织类别', 'so_type', 'choice', null, SO_TYPE), L('成立日期', 'so_date', 'date'),
        G('负责人', L('姓名', 'so_head_name'), L('联系方式', 'so_head_phone', 'phone')), L('成员数（人）', 'so_members', 'integer', '人'),
        L('活动场地', 'so_place'), L('服务内容', 'so_content'), L('业务指导单位', 'so_guide'), R(),
      ],
      blank: 8, note: '注：社区社会组织成立后随时备案，街道汇总后报区委社会工作部（区民政局社会组织管理科）。',
    }],
  },
  {
    file: '区委社会工作部/社区志愿者花名册.xlsx', dept: '区委社会工作部', freq: 'quarterly', title: '社区志愿者登记花名册',
    sheets: [{
      kind: 'columns', name: '志愿者', seq: true, example: true, meta: '社区：                  志愿服务队：                    第   季度',
      cols: [
        L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生年月', 'p_birth', 'date'), L('公民身份号码', 'p_idno', 'idcard'),
        L('政治面貌', 'p_polit', 'choice', null, POLIT), L('手机号码', 'p_phone', 'phone'), L('居住小区', 'p_xiaoqu'),
        L('志愿服务类别', 'p_vol_type', 'choice', null, VOL_TYPE), L('“志愿浙江”注册编号', 'p_vol_no'),
        L('累计服务时长（小时）', 'p_vol_hours', 'decimal', '小时'), R(),
      ],
      blank: 15, footer: true,
    }],
  },
  // ───────────── 区民政局 ─────────────
  {
    file: '区民政局/高龄津贴发放花名册.xlsx', dept: '区民政局', freq: 'monthly', title: '高龄老人津贴发放花名册',
    sheets: [{
      kind: 'columns', name: '发放花名册', seq: true, meta: '发放月份：     年   月                         金额单位：元',
      cols: [
        L('街道', 'v_street', 'choice', null, STREETS), L('社区', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX),
        L('身份证号码', 'p_idno', 'idcard'), L('出生日期', 'p_birth', 'date'), L('年龄', 'p_age', 'integer', '岁'),
        L('津贴档次', 'p_oa_level', 'choice', null, OA_LEVEL), L('发放金额', 'p_oa_pay', 'decimal', '元'), L('开户银行', 'p_bank'),
        L('银行账号', 'p_bank_acct'), R(),
      ],
      blank: 15, total: true, footer: true,
    }],
  },
  {
    file: '区民政局/2016年度高龄津贴领取资格年审表.xlsx', dept: '区民政局', freq: 'annual', catalog: false, title: '2016年度高龄津贴领取资格年审表',
    sheets: [{
      kind: 'columns', name: '年审表', seq: true, meta: '街道（盖章）：                    审核日期：2016年  月  日',
      cols: [
        L('社区（居委会）', 'v_name'), L('老人姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('公民身份号码', 'p_idno', 'idcard'),
        L('出生年月', 'p_birth', 'date'), L('年龄（周岁）', 'p_age', 'integer', '岁'), L('享受档次', 'p_oa_level', 'choice', null, OA_LEVEL),
        L('代发银行账号', 'p_bank_acct'), R(),
      ],
      blank: 15, footer: true,
    }],
  },
  {
    file: '区民政局/居家养老服务对象台账.xlsx', dept: '区民政局', freq: 'monthly', title: '居家养老服务对象管理台账',
    catalog: '居家养老服务对象台账',
    sheets: [{
      kind: 'columns', name: '台账', seq: true, meta: '社区居家养老服务照料中心：                     统计月份：    年  月',
      cols: [
        L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('年龄', 'p_age', 'integer', '岁'), L('身份证号', 'p_idno', 'idcard'),
        L('居住地址', 'p_addr'), L('老人类别', 'p_old_type', 'choice', null, ['独居', '空巢', '失能', '半失能', '高龄', '低保低边']),
        L('残疾证号（持证者填）', 'p_disab_no'), L('服务项目', 'p_old_service', 'choice', null, ['助餐', '助洁', '助浴', '助医', '助急', '精神慰藉']),
        L('服务补贴（元/月）', 'p_old_sub', 'decimal', '元/月'),
        G('紧急联系人', L('姓名', 'p_emerg_name'), L('与老人关系', 'p_emerg_rel', 'choice', null, ['子女', '配偶', '亲属', '邻居', '其他']),
          L('联系电话', 'p_emerg_phone', 'phone')), R(),
      ],
      blank: 12, footer: true,
    }],
  },
  {
    file: '区民政局/城乡社区建设统计年报.xlsx', dept: '区民政局', freq: 'annual', title: '城乡社区建设情况统计年报表',
    catalog: '社区建设统计年报',
    sheets: [{
      kind: 'indicator-rows', name: '社区建设', stat: { code: '民社年1表', org: 'XX区民政局', approval: '浙民统〔2021〕5号' },
      meta: '填报单位（社区）：                        2024年度', head: ['项    目', '单位', '数量'], sign: 'cells',
      rows: [
        C('一、居民委员会'), I('居民小组', 'v_res_groups', '个'), I('楼道长（楼栋长）', 'v_bldg_heads', '人'), I('居民委员会成员', 'v_rc_members', '人'),
        S('其中：女性', 'v_rc_members_f', '人'), S('中共党员', 'v_rc_members_pm', '人'),
        I('书记、主任“一肩挑”', 'v_one_shoulder', null, 'boolean', '是/否'), I('居务监督委员会成员', 'v_supervise', '人'),
        I('下属委员会', 'v_sub_committees', '个'),
        C('二、社区服务设施'), D('社区综合服务设施面积', 'v_service_area', '平方米'), S('其中：居民活动用房面积', 'v_service_area_act', '平方米'),
        I('全年受理便民服务事项', 'v_service_items', '件'),
        C('三、养老服务'), I('居家养老服务照料中心', 'v_old_center', '个'), I('老年食堂（助餐点）', 'v_meal_pt', '个'),
        I('享受居家养老服务人数', 'v_old_served', '人'), S('其中：政府购买服务', 'v_old_gov_buy', '人'), I('全年助餐服务', 'v_meal_served', '人次'),
        I('社区养老服务顾问', 'v_old_advisor', '人'),
        I('享受高龄津贴人数', 'v_oa_n', '人'), S('其中：80-89周岁', 'v_oa_80', '人'), S('90-99周岁', 'v_oa_90', '人'), S('100周岁及以上', 'v_oa_100', '人'),
        D('全年发放高龄津贴', 'v_oa_pay_y', '万元'),
      ],
      rows2: [
        C('四、社区社会组织和社会工作'), I('社区社会组织', 'v_so', '个'), S('其中：已备案', 'v_so_filed', '个'),
        I('社会工作站', 'v_sw_station', '个'), I('持证社会工作者', 'v_sw_cert', '人'),
        C('五、社会救助'), I('低保户数', 'v_dibao_hh', '户'), I('低保人数', 'v_dibao_n', '人'), I('低保边缘户数', 'v_dibian_hh', '户'),
        I('特困供养人员', 'v_tk_n', '人'), I('全年临时救助', 'v_temp_n_y', '人次'),
        C('六、居民自治和协商'), I('全年开展民主协商', 'v_consult', '次'), I('成立业主委员会的小区', 'v_xq_owners_n', '个'),
        I('“三社联动”服务项目', 'v_3s_projects', '个'),
        C('七、社区减负增效'), I('社区出具证明事项', 'v_certs', '项'), I('社区对外挂牌', 'v_plaques', '块'),
        I('基层治理“四平台”流转事件', 'v_4pt_events', '件'),
        C('八、慈善和共同富裕'), D('社区发展（慈善）基金', 'v_charity_fund', '万元'), D('全年接受社会捐赠', 'v_donation', '万元'),
        I('是否未来社区创建单位', 'v_future', null, 'boolean', '是/否'), I('共富工坊', 'v_gongfu', '个'), D('邻里中心面积', 'v_linli_area', '平方米'),
      ],
    }],
  },
  // ───────────── 区卫健局 ─────────────
  {
    file: '区卫健局/65岁及以上老年人健康管理登记表.xlsx', dept: '区卫健局', freq: 'monthly', title: '65岁及以上老年人健康管理登记表',
    catalog: '老年人健康管理登记表',
    sheets: [{
      kind: 'columns', name: '登记表', seq: true, meta: '社区卫生服务站：                     社区：                  月份：',
      cols: [
        G('基本信息', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生日期', 'p_birth', 'date'),
          L('身份证号', 'p_idno', 'idcard'), L('现住址', 'p_addr'), L('联系电话', 'p_phone', 'phone')),
        L('体检日期', 'p_exam_date', 'date'),
        G('血压（mmHg）', L('收缩压', 'p_sbp', 'integer', 'mmHg'), L('舒张压', 'p_dbp', 'integer', 'mmHg')),
        L('是否患高血压', 'p_ht', 'boolean', null, YN), L('是否患糖尿病', 'p_dm', 'boolean', null, YN),
        L('生活自理能力评估', 'p_adl', 'choice', null, ['可自理', '轻度依赖', '中度依赖', '不能自理']), L('签约家庭医生', 'p_fd_name'), R(),
      ],
      blank: 15, footer: '社区卫生服务站负责人：            填表人：            联系电话：',
    }],
  },
  {
    file: '区卫健局/基本公共卫生服务项目季度统计表.xlsx', dept: '区卫健局', freq: 'quarterly', title: '国家基本公共卫生服务项目季度统计表',
    sheets: [{
      kind: 'indicator-rows', name: '季报', head: ['指    标', '单位', '本季度', '本年累计'], sign: 'side',
      meta: '填报单位：XX社区卫生服务中心（站）               2025年第   季度',
      rows: [
        C('一、居民健康档案管理'), I('辖区常住人口', 'v_pop_cz', '人'), I('建立电子健康档案人数', 'v_hrec', '人'), S('其中：向个人开放档案', 'v_hrec_open', '人'),
        I('健康档案动态使用人数', 'v_hrec_used', '人'),
        C('二、老年人健康管理'), I('辖区65岁及以上常住居民', 'v_pop_65', '人'), I('接受健康管理人数', 'v_old_hm', '人'),
        S('其中：完成健康体检', 'v_old_exam', '人'), I('接受中医药健康管理人数', 'v_old_tcm', '人'),
        C('三、慢性病患者健康管理'), C('（一）高血压', 1), I('高血压患者管理人数', 'v_ht_mgmt', '人'), S('其中：规范管理', 'v_ht_std', '人'),
        I('血压控制达标人数', 'v_ht_ctrl', '人'), C('（二）2型糖尿病', 1), I('2型糖尿病患者管理人数', 'v_dm_mgmt', '人'), S('其中：规范管理', 'v_dm_std', '人'),
        I('血糖控制达标人数', 'v_dm_ctrl', '人'),
        C('四、严重精神障碍患者管理'), I('在册患者人数', 'v_smi', '人'), S('其中：规范管理', 'v_smi_std', '人'),
        C('五、孕产妇健康管理'), I('活产数', 'v_births', '人'), I('早孕建册人数', 'v_preg_book', '人'), I('产后访视人数', 'v_postpartum', '人'),
        I('高危孕产妇人数', 'v_preg_hr', '人'),
        C('六、0-6岁儿童健康管理'), I('0-6岁儿童数', 'v_child06', '人'), I('接受健康管理儿童数', 'v_child_hm', '人'), I('新生儿访视人数', 'v_newborn_visit', '人'),
        C('七、预防接种'), I('免疫规划疫苗应种剂次', 'v_vacc_due', '剂次'), I('免疫规划疫苗实种剂次', 'v_vacc_done', '剂次'), D('接种率', 'v_vacc_rate', '%'),
        C('八、家庭医生签约服务'), I('签约居民人数', 'v_fd_sign', '人'), S('其中：重点人群', 'v_fd_key', '人'), S('65岁及以上老年人', 'v_fd_65', '人'),
        D('签约率', 'v_fd_rate', '%'),
        C('九、健康教育'), I('举办健康知识讲座', 'v_he_talk', '次'), I('参加讲座人数', 'v_he_people', '人次'), I('发放健康教育资料', 'v_he_mat', '份'),
        C('十、肺结核患者健康管理'), I('在管肺结核患者', 'v_tb', '人'), S('其中：规则服药', 'v_tb_reg', '人'),
        C('十一、传染病及突发公共卫生事件报告'), I('报告法定传染病', 'v_inf_report', '例'), I('报告突发公共卫生事件', 'v_phe', '起'),
      ],
    }],
  },
  // ───────────── 区公安分局 ─────────────
  {
    file: '区公安分局/实有人口信息采集表.xlsx', dept: '区公安分局', freq: 'monthly', title: '实有人口信息采集登记表',
    catalog: '实有人口登记表',
    sheets: [{
      kind: 'columns', name: '实有人口', seq: true, source: '（按GA/T 543公安数据元填写，录入“智慧警务”平台）',
      meta: '派出所：                警务区：                    采集月份：    年  月',
      cols: [
        G('基本信息', L('公民身份号码', 'p_idno', 'idcard'), L('姓名', 'p_name'), L('曾用名', 'p_alias'), L('性别', 'p_sex', 'choice', null, SEX),
          L('民族', 'p_nation', 'choice', null, NATION), L('出生日期', 'p_birth', 'date'), L('文化程度', 'p_edu', 'choice', null, GAT_EDU),
          L('婚姻状况', 'p_marital', 'choice', null, MARITAL)),
        L('户籍地详址', 'p_addr_hj'),
        G('居住信息', L('实际居住地详址', 'p_addr'), L('来现住地日期', 'p_arrive', 'date'),
          L('居住事由', 'p_reside_reason', 'choice', null, ['务工', '经商', '投靠亲友', '就学', '其他'])),
        L('人员类别', 'p_pop_type', 'choice', null, ['户籍人口', '流动人口', '境外人员']), L('服务处所', 'p_employer'),
        L('联系方式', 'p_phone', 'phone'), L('登记日期', 'p_reg_date', 'date'), R(),
      ],
      blank: 15, footer: '社区民警：              采集人（网格员）：              联系电话：',
    }],
  },
  {
    file: '区公安分局/出租房屋及承租人登记台账.xlsx', dept: '区公安分局', freq: 'monthly', title: '出租房屋及承租人员登记台账',
    sheets: [{
      kind: 'columns', name: '台账', seq: true, meta: '派出所：              社区：                    年    月',
      cols: [
        L('房屋地址', 'r_addr'), L('房屋用途', 'r_kind', 'choice', null, ['住宅', '商住', '厂房宿舍', '其他']), L('出租间数', 'r_rooms', 'integer', '间'),
        G('房东', L('姓名', 'r_owner_name'), L('公民身份号码', 'r_owner_id', 'idcard'), L('联系电话', 'r_owner_phone', 'phone')),
        G('承租人', L('姓名', 'r_tenant_name'), L('身份证号', 'r_tenant_id', 'idcard'), L('联系电话', 'r_tenant_phone', 'phone'),
          L('户籍地址', 'r_tenant_addr_hj')),
        L('居住人数（人）', 'r_residents', 'integer', '人'), L('租赁起止日期', 'r_lease'),
        L('是否签订治安责任书', 'r_pledge', 'boolean', null, YN), L('登记日期', 'r_reg_date', 'date'), R(),
      ],
      blank: 12, footer: '社区民警：              登记人：              联系电话：',
    }],
  },
  {
    file: '2015年流动人口登记表.xlsx', dept: '区公安分局', freq: 'adhoc', catalog: false, title: '2015年流动人口登记表',
    xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'columns', name: 'Sheet1', startCol: 1, blankTop: 1, textNums: true, seq: true,
      meta: '社区（居委会）：                  登记人：',
      cols: [
        L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation'), L('出生年月日', 'p_birth', 'date'),
        L('身份证号码', 'p_idno', 'idcard'), L('户籍地址', 'p_addr_hj'), L('暂住地址', 'p_addr'), L('来本市时间', 'p_arrive', 'date'),
        L('文化程度', 'p_edu'), L('工作单位', 'p_employer'), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 12, note: '注：外来人员入住后3日内登记，报辖区派出所（XX区公安分局流动人口管理大队）。',
    }],
  },
  {
    file: '区公安分局/流动人口积分申请登记表.xlsx', dept: '区公安分局', freq: 'semiannual', catalog: false, title: '流动人口积分管理申请登记表',
    sheets: [{
      kind: 'columns', name: '积分申请', seq: true, meta: '受理点（社区）：                              受理批次：    年上（下）半年',
      cols: [
        L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号', 'p_idno', 'idcard'),
        G('居住证', L('居住证号码', 'p_rp_no'), L('签发日期', 'p_rp_date', 'date')),
        L('现居住地址', 'p_addr'), L('工作单位', 'p_employer'), L('学历', 'p_edu', 'choice', null, EDU),
        L('连续缴纳社会保险（月）', 'p_si_months', 'integer', '月'), L('积分合计（分）', 'p_points', 'decimal', '分'), L('申请事项', 'p_points_use', 'choice', null, ['子女入学', '积分落户', '公共租赁住房', '其他']),
        L('联系电话', 'p_phone', 'phone'),
      ],
      blank: 12, footer: '受理人：              审核人：              受理日期：    年  月  日',
      note: '注：每半年集中受理一次，6月20日、12月20日前汇总报区公安分局流动人口服务管理大队。',
    }],
  },
  // ───────────── 区消防救援大队 ─────────────
  {
    file: '区消防救援大队/九小场所消防安全检查月报.xlsx', dept: '区消防救援大队', freq: 'monthly', title: '“九小场所”消防安全检查情况月报表',
    catalog: '九小场所消防检查月报',
    sheets: [{
      kind: 'grid', name: '月报', key: '场所类别', prefix: 'g_9x', meta: '社区（盖章）：                    统计月份：    年  月', total: true,
      rows: [
        { l: '小商店', k: 'shop' }, { l: '小餐饮场所', k: 'food' }, { l: '小旅馆', k: 'hotel' }, { l: '小歌舞娱乐场所', k: 'ktv' },
        { l: '小网吧', k: 'net' }, { l: '小美容洗浴场所', k: 'spa' }, { l: '小学校（幼儿园）', k: 'school' }, { l: '小医院（诊所）', k: 'clinic' },
        { l: '小生产加工企业', k: 'factory' },
      ],
      cols: [L('场所数（家）', 'n', 'integer', '家'), L('本月检查（家次）', 'chk', 'integer', '家次'), L('发现隐患（处）', 'haz', 'integer', '处')],
      footer: FOOT_S,
    }],
  },
  {
    file: '区消防救援大队/高层住宅消防安全排查登记表.xlsx', dept: '区消防救援大队', freq: 'quarterly', catalog: false, title: '高层住宅建筑消防安全排查登记表',
    sheets: [{
      kind: 'columns', name: '排查登记', seq: true, meta: '街道：                社区：                    排查时间：    年  月',
      cols: [
        L('小区名称', 'xq_name'), L('楼栋号', 'hr_bldg_no'), L('建筑高度（米）', 'hr_height', 'decimal', '米'), L('层数', 'hr_floors', 'integer', '层'),
        L('住户数（户）', 'hr_hh', 'integer', '户'), L('物业服务企业', 'xq_pm_co'),
        G('消防设施是否完好', L('自动喷水灭火系统', 'hr_sprinkler', 'boolean', null, YN), L('室内消火栓', 'hr_hydrant', 'boolean', null, YN),
          L('消防控制室24小时值班', 'hr_ctrl', 'boolean', null, YN)),
        L('电动自行车违规停放充电（处）', 'hr_ebike', 'integer', '处'),
        G('消防安全责任人', L('姓名', 'hr_resp_name'), L('联系电话', 'hr_resp_phone', 'phone')), L('排查日期', 'hr_check_date', 'date'), R(),
      ],
      blank: 10, note: '注：每季度末月25日前报送区消防救援大队防火监督科。',
    }],
  },
  // ───────────── 区应急管理局 ─────────────
  {
    file: '区应急管理局/安全生产网格化巡查周报.xlsx', dept: '区应急管理局', freq: 'weekly', catalog: false, title: '安全生产网格化巡查情况周报表',
    sheets: [{
      kind: 'columns', name: '周报', seq: true, villages: COMM, total: true, meta: '街道（盖章）：                 第   周（   月   日—   月   日）',
      cols: [
        L('社区', 'v_name'), L('安全生产网格（个）', 'v_safe_grids', 'integer', '个'), L('兼职安全员（人）', 'v_safe_staff', 'integer', '人'),
        G('本周', L('巡查生产经营单位（家次）', 'v_insp_w', 'integer', '家次'), L('发现隐患（处）', 'v_haz_w', 'integer', '处'),
          L('整改销号（处）', 'v_fix_w', 'integer', '处')),
        G('本年累计', L('发现隐患（处）', 'v_haz_y', 'integer', '处'), L('整改销号（处）', 'v_fix_y', 'integer', '处')), R(),
      ],
      footer: true, note: '注：每周五16:00前报区应急管理局（安委办）。',
    }],
  },
  // ───────────── 区城管局 ─────────────
  {
    file: '区城管局/生活垃圾分类月报.xlsx', dept: '区城管局', freq: 'monthly', title: '住宅小区生活垃圾分类工作月报表', catalog: '垃圾分类月报',
    sheets: [{
      kind: 'grid', name: '月报', key: '小区名称', prefix: 'g_wf', meta: '社区（盖章）：                    2025年  月',
      rows: [{ l: '明月苑', k: 'mingyue' }, { l: '青枫花园', k: 'qingfeng' }, { l: '锦绣家园', k: 'jinxiu' }, { l: '望江新村', k: 'wangjiang' },
        { l: '桂花里', k: 'guihua' }],
      cols: [
        L('居民户数（户）', 'hh', 'integer', '户'), L('参与分类户数（户）', 'join', 'integer', '户'),
        L('厨余垃圾日均分出量（公斤）', 'kitchen', 'decimal', '公斤'), L('分类准确率（%）', 'acc', 'decimal', '%'),
        L('桶边督导员（人）', 'sup', 'integer', '人'),
      ],
      total: true, footer: true,
    }],
  },
  {
    file: '区城管局/2024年第二季度生活垃圾分类小区考评汇总表.xlsx', dept: '区城管局', freq: 'quarterly', catalog: false,
    title: '2024年第二季度生活垃圾分类小区考评汇总表',
    sheets: [{
      kind: 'grid', name: '考评', key: '小  区', prefix: 'g_wf', meta: '街道：                 社区：                  考评日期：2024年6月',
      rows: [{ l: '明月苑小区', k: 'mingyue' }, { l: '青枫花园小区', k: 'qingfeng' }, { l: '锦绣家园小区', k: 'jinxiu' }, { l: '望江新村', k: 'wangjiang' },
        { l: '桂花里小区', k: 'guihua' }],
      cols: [
        L('参与户数', 'join', 'integer', '户'), L('投放准确率（%）', 'acc', 'decimal', '%'), L('厨余垃圾分出量（kg/日）', 'kitchen', 'decimal', 'kg/日'),
        L('督导员在岗（人）', 'sup', 'integer', '人'), L('考评得分', 'score', 'decimal', '分'),
      ],
      footer: '考评人：              社区负责人：              日期：',
    }],
  },
  {
    file: '区城管局/住宅小区物业管理基本情况表.xlsx', dept: '区城管局', freq: 'annual', title: '住宅小区物业管理基本情况调查表', catalog: '物业小区基本情况表',
    sheets: [{
      kind: 'columns', name: '物业情况', seq: true, meta: '街道（盖章）：                           2025年  月  日',
      cols: [
        L('所属社区', 'v_name'), L('小区名称', 'xq_name'), L('建成时间（年）', 'xq_year', 'date'), L('总户数', 'xq_hh', 'integer', '户'),
        L('楼栋数', 'xq_bldgs', 'integer', '幢'), L('物业服务企业名称', 'xq_pm_co'), L('管理模式', 'xq_pm_mode', 'choice', null, PM_MODE),
        L('是否成立业主委员会', 'xq_owners', 'boolean', null, YN), R(),
      ],
      blank: 12, footer: true,
    }],
  },
  // ───────────── 区住建局 ─────────────
  {
    file: '区住建局/老旧小区改造和加装电梯进度月报.xlsx', dept: '区住建局', freq: 'monthly', title: '老旧小区综合改造和既有住宅加装电梯工作进度月报',
    catalog: '老旧小区改造及加装电梯月报',
    sheets: [{
      kind: 'columns', name: '进度月报', seq: true, meta: '街道（盖章）：                         截至    年  月  日',
      cols: [
        L('社区', 'v_name'), L('小区名称', 'xq_name'), L('建成年份', 'xq_year', 'date'), L('涉及楼栋（幢）', 'ren_bldgs', 'integer', '幢'),
        L('惠及居民（户）', 'ren_hh', 'integer', '户'), L('总投资（万元）', 'ren_invest', 'decimal', '万元'),
        L('改造进度', 'ren_progress', 'choice', null, ['方案设计', '已开工', '已完工', '已验收']),
        G('加装电梯（台）', L('本月新开工', 'el_start_m', 'integer', '台'), L('本月竣工', 'el_done_m', 'integer', '台'), L('累计竣工', 'el_done_cum', 'integer', '台')), R(),
      ],
      blank: 10, footer: true, codeRow: true,
    }],
  },
  // ───────────── 区妇联 ─────────────
  {
    file: '区妇联/2023年度社区妇女议事会和儿童之家建设情况统计表.xlsx', dept: '区妇联', freq: 'annual', catalog: false,
    title: '2023年度社区妇女议事会和儿童之家建设情况统计表',
    sheets: [{
      kind: 'columns', name: '统计表', seq: true, villages: COMM, total: true, meta: '街道妇联（盖章）：                           2023年12月',
      cols: [
        L('社区', 'v_name'), G('社区妇联主席', L('姓名', 'wf_chair_name'), L('联系电话', 'wf_chair_phone', 'phone')), L('执委人数（人）', 'wf_exec', 'integer', '人'),
        G('妇女议事会', L('是否成立', 'wf_council', 'boolean', null, YN), L('成员（人）', 'wf_council_n', 'integer', '人'), L('本年议事（次）', 'wf_council_mtg', 'integer', '次')),
        G('儿童之家', L('是否建成', 'kh_built', 'boolean', null, YN), L('面积（㎡）', 'kh_area', 'decimal', '平方米'), L('本年开展活动（次）', 'kh_acts', 'integer', '次')),
        L('0-17周岁儿童（人）', 'v_pop_u18', 'integer', '人'), R(),
      ],
      footer: true,
    }],
  },
  // ───────────── 区总工会 ─────────────
  {
    file: '区总工会/新就业形态劳动者摸排登记表.xlsx', dept: '区总工会', freq: 'quarterly', title: '新就业形态劳动者（快递员、外卖骑手）摸排登记表',
    catalog: '快递外卖骑手摸排登记表',
    sheets: [{
      kind: 'columns', name: '摸排登记', seq: true, meta: '街道（社区）工会联合会：                        第   季度',
      cols: [
        L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生年月', 'p_birth', 'date'), L('身份证号', 'p_idno', 'idcard'),
        L('手机号码', 'p_phone', 'phone'), L('户籍所在地', 'p_addr_hj'), L('现居住地址', 'p_addr'),
        L('从业类型', 'p_nej_type', 'choice', null, ['快递员', '外卖骑手', '网约车司机', '货车司机', '网络主播', '其他']),
        L('所属平台（企业）', 'p_platform'), L('是否加入工会', 'p_union', 'boolean', null, YN),
        L('是否参加职业伤害保障', 'p_injury_ins', 'boolean', null, YN), R(),
      ],
      blank: 15, footer: true,
    }],
  },
  // ───────────── 区残联 ─────────────
  {
    file: '区残联/持证残疾人基本状况调查表.xlsx', dept: '区残联', freq: 'annual', title: '持证残疾人基本服务状况调查表', catalog: '残疾人基本状况调查',
    sheets: [{
      kind: 'columns', name: '调查表', seq: true, meta: '社区残疾人专职委员：                    调查时间：    年  月',
      cols: [
        G('残疾人基本情况', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('公民身份号码', 'p_idno', 'idcard'),
          L('残疾人证号', 'p_disab_no'), L('残疾类别', 'p_disab_type', 'choice', null, DISAB_TYPE), L('残疾等级', 'p_disab_grade', 'choice', null, DISAB_GRADE),
          L('居住地址', 'p_addr'), L('本人联系电话', 'p_phone', 'phone')),
        G('监护人', L('姓名', 'p_guard_name'), L('与残疾人关系', 'p_guard_rel', 'choice', null, ['父母', '配偶', '子女', '兄弟姐妹', '其他']),
          L('联系电话', 'p_guard_phone', 'phone')),
        L('是否享受两项补贴', 'p_disab_two_sub', 'boolean', null, YN), L('康复需求', 'p_rehab_need', 'choice', null, ['辅助器具', '康复训练', '医疗康复', '无']),
        L('就业状况', 'p_employ_status', 'choice', null, ['按比例就业', '个体就业', '辅助性就业', '灵活就业', '未就业']), R(),
      ],
      blank: 12, footer: true,
    }],
  },
  // ───────────── 区统计局 ─────────────
  {
    file: '区统计局/社区基本情况统计年报.xlsx', dept: '区统计局', freq: 'annual', title: '社区基本情况统计年报表', catalog: '社区基本情况年报表',
    instructions: ['填表说明：', '1. 本表由社区居委会填报，统计时点为12月31日，次年1月20日前报区统计局。', '2. 第六部分仅撤村建居、设有股份经济合作社的社区填报。'],
    sheets: [{
      kind: 'indicator-rows', name: '社基年报', stat: { code: 'X社基1表', org: 'XX区统计局', approval: '浙统制〔2022〕12号' },
      meta: '填报单位（社区居委会）：                         2024年', head: ['指标名称', '计量单位', '代码', '本年', '上年'],
      codeRow: true, sign: 'cells',
      rows: [
        C('一、基本情况'), D('辖区面积', 'v_area', '平方公里'), I('住宅小区', 'v_xiaoqu', '个'), I('居民楼栋', 'v_buildings', '幢'),
        S('其中：高层住宅楼栋', 'v_highrise', '幢'), I('居民小组', 'v_res_groups', '个'), I('网格数', 'v_grids', '个'), I('专职网格员', 'v_grid_staff', '人'),
        C('二、人口'), I('户籍户数', 'v_hh_hj', '户'), I('户籍人口', 'v_pop_hj', '人'), S('其中：男性', 'v_pop_hj_m', '人'),
        I('常住人口', 'v_pop_cz', '人'), I('流动人口', 'v_pop_float', '人'), I('60周岁及以上老年人口', 'v_pop_60', '人'), S('其中：80周岁及以上', 'v_pop_80', '人'),
        I('0-17周岁未成年人', 'v_pop_u18', '人'), I('持证残疾人', 'v_disab_cert', '人'), I('退役军人', 'v_vet', '人'), I('新就业形态劳动者', 'v_nej', '人'),
        C('三、社区组织和队伍'), I('党支部', 'v_party_branch', '个'), I('党员', 'v_pm', '人'), S('其中：女党员', 'v_pm_f', '人'),
        I('在职党员到社区报到', 'v_pm_report', '人'), I('居民委员会成员', 'v_rc_members', '人'), I('社区工作者', 'v_sw_n', '人'),
        S('其中：持证社会工作者', 'v_sw_cert', '人'), I('社区社会组织', 'v_so', '个'), I('注册志愿者', 'v_vol_n', '人'),
        C('四、公共服务设施'), D('社区综合服务设施面积', 'v_service_area', '平方米'), I('居家养老服务照料中心', 'v_old_center', '个'),
        I('老年食堂（助餐点）', 'v_meal_pt', '个'), I('社区卫生服务站', 'v_clinic', '个'), I('儿童之家', 'v_kids_home', '个'),
        I('新时代文明实践站', 'v_wm_station', '个'), I('托育机构', 'v_nursery', '个'),
        C('五、住房和物业'), I('出租房屋', 'v_rent_houses', '套'), I('实行物业管理的小区', 'v_xq_property', '个'),
        I('成立业主委员会的小区', 'v_xq_owners_n', '个'), I('已加装电梯', 'v_elev_done', '台'),
        C('六、股份经济合作社'), I('股东（社员）', 'v_coop_members', '人'), D('集体资产总额', 'v_coll_assets', '万元'),
        D('集体经济总收入', 'v_coll_income', '万元'), S('其中：物业经营收入', 'v_coll_op_income', '万元'), D('股份分红总额', 'v_coop_dividend', '万元'),
        C('七、经济和社会保障'), I('辖区法人单位', 'v_legal_units', '个'), I('个体经营户', 'v_indiv', '户'), I('城镇登记失业人员', 'v_unemp', '人'),
        I('低保户数', 'v_dibao_hh', '户'), I('低保人数', 'v_dibao_n', '人'), I('享受高龄津贴人数', 'v_oa_n', '人'),
        I('生活垃圾分类覆盖小区', 'v_wf_xq_cover', '个'),
      ],
    }],
  },
  {
    file: '区统计局/第五次全国经济普查单位清查表.xlsx', dept: '区统计局', freq: 'adhoc', catalog: false, title: '第五次全国经济普查单位清查表',
    sheets: [
      {
        kind: 'columns', name: '清查底册', seq: true, source: '（XX区第五次全国经济普查领导小组办公室  普查标准时点：2023年12月31日）',
        meta: '普查区（社区）：                清查员：                  指导员：',
        cols: [
          L('统一社会信用代码', 'u_uscc'), L('单位详细名称', 'u_name'), L('法定代表人（单位负责人）', 'u_legal'), L('单位所在地详细地址', 'u_addr'),
          L('行业类别', 'u_industry', 'choice', null, ['批发和零售业', '住宿和餐饮业', '居民服务业', '制造业', '租赁和商务服务业', '其他']),
          L('单位类型', 'u_type', 'choice', null, ['法人单位', '产业活动单位', '个体经营户']),
          L('营业状态', 'u_status', 'choice', null, ['营业', '停业（歇业）', '筹建', '当年关闭', '当年破产', '其他']),
          L('从业人员期末人数（人）', 'u_staff', 'integer', '人'), L('联系电话', 'u_phone', 'phone'), R(),
        ],
        blank: 15,
      },
      {
        kind: 'indicator-rows', name: '清查汇总', title: '普查区单位清查汇总表', head: ['项    目', '单位', '数量'], sign: 'line',
        rows: [
          I('清查单位总数', 'v_units_total', '个'), S('其中：法人单位', 'v_legal_units', '个'), S('产业活动单位', 'v_estab_units', '个'),
          S('个体经营户', 'v_indiv', '户'), I('新发现单位', 'v_units_new', '个'),
        ],
      },
    ],
  },
  {
    file: '2014年社区基本情况调查表.xlsx', dept: '区统计局', freq: 'annual', catalog: false, title: '2014年社区基本情况调查表（年报）',
    xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'indicator-rows', name: 'Sheet1', blankTop: 1, stat: { code: '社调1表', org: 'XX区统计局', approval: 'X统函〔2014〕21号' },
      head: ['项目', '单位', '数量'], sign: 'line', meta: '街道：              社区：               填报时间：2015年1月',
      rows: [
        C('一、基本情况'), D('1.辖区面积', 'v_area', '平方千米'), I('2.住宅小区数', 'v_xiaoqu', '个'),
        C('二、人口'), I('1.户籍户数', 'v_hh_hj', '户'), I('2.户籍总人口', 'v_pop_hj', '人'), S('其中：男性', 'v_pop_hj_m', '人'),
        I('3.外来流动人口', 'v_pop_float', '人'), I('4.60岁以上老人', 'v_pop_60', '人'),
        C('三、组织和队伍'), I('1.党员人数', 'v_pm', '人'), I('2.居委会成员', 'v_rc_members', '人'), I('3.社区工作人员', 'v_sw_n', '人'),
        C('四、设施和经济'), D('1.社区办公服务用房面积', 'v_service_area', '平方米'), I('2.出租房屋', 'v_rent_houses', '户'),
        D('3.集体经济收入', 'v_coll_income', '万元'), I('4.低保户', 'v_dibao_hh', '户'),
      ],
    }],
  },
  // ───────────── 区文明办 ─────────────
  {
    file: '区文明办/新时代文明实践站志愿服务活动台账.xlsx', dept: '区文明办', freq: 'monthly', title: '新时代文明实践站（点）志愿服务活动台账',
    catalog: '文明实践志愿服务活动台账',
    sheets: [{
      kind: 'columns', name: '活动台账', seq: true, meta: '实践站（社区）：                              月份：    年  月',
      cols: [
        L('活动名称', 'a_name'), L('活动日期', 'a_date', 'date'), L('活动地点', 'a_place'), L('服务类别', 'a_type', 'choice', null, VOL_TYPE),
        L('参与志愿者（人）', 'a_vols', 'integer', '人'), L('服务群众（人次）', 'a_served', 'integer', '人次'), L('服务时长（小时）', 'a_hours', 'decimal', '小时'),
        G('活动负责人', L('姓名', 'a_head_name'), L('联系电话', 'a_head_phone', 'phone')),
        L('是否在“志愿浙江”发布', 'a_published', 'boolean', null, YN), R(),
      ],
      blank: 12, footer: true,
    }],
  },
  {
    file: '新时代文明实践志愿者登记表.xlsx', dept: '区文明办', freq: 'adhoc', catalog: false, title: '新时代文明实践志愿者登记表',
    sheets: [{
      kind: 'columns', name: '登记表', seq: true,
      cols: [
        L('姓  名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('身份证号', 'p_idno', 'idcard'), L('政治面貌', 'p_polit', 'choice', null, POLIT),
        L('联系电话', 'p_phone', 'phone'), L('所在小区', 'p_xiaoqu'), L('服务意向', 'p_vol_type', 'choice', null, VOL_TYPE), L('志愿者编号', 'p_vol_no'), R(),
      ],
      blank: 15, note: '注：志愿者随时报名登记，由新时代文明实践站汇总报区文明办（区新时代文明实践中心）。',
    }],
  },
];

const dir = path.join(import.meta.dirname ?? __dirname);
const corpus = new Corpus('blind12', dir, forms, [
  ['社区矫正对象花名册.xlsx', '社区矫正对象花名册', '区司法局', '月报'],
  ['2022年度城乡社区协商情况统计表.xlsx', '城乡社区协商情况统计表', '区民政局', '年报'],
]);

async function main() {
  await corpus.build();
  const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold.json'), 'utf8'));
  const byLayout: Record<string, number> = {};
  const elemForms = new Map<string, Set<string>>();
  for (const f of gold.fields) {
    byLayout[f.layout] = (byLayout[f.layout] ?? 0) + 1;
    if (!elemForms.has(f.element)) elemForms.set(f.element, new Set());
    elemForms.get(f.element)!.add(f.ref.split('#')[0]);
  }
  const shared = [...elemForms.values()].filter((s) => s.size >= 2).length;
  const absent = forms.filter((f) => f.catalog === false).map((f) => f.file);
  const depts = new Set(forms.map((f) => f.dept));
  const r = gold.retirement;
  const md = [
    'blind12 — held-out corpus (浙江 XX区, urban 社区 基层治理 / 未来社区 / 共同富裕, 2014–2025)',
    '',
    'Held-out: score only with --final; do not tune on it.',
    '',
    'Written without seeing the matcher (only the bench README and the tests/blind4 kit were read). Templates imitate what',
    'the offices of an urban district send to its 社区 (four 街道, urban 社区 only, two 城中村 社区 with a 股份经济合作社).',
    '',
    '## Contents',
    '',
    `- ${forms.length} templates from ${depts.size} offices; ${gold.fields.length} gold fields (${Object.entries(byLayout).map(([k, v]) => `${k} ${v}`).join(', ')}).`,
    `- ${elemForms.size} elements, ${shared} of them shared by two or more forms (${Math.round((shared / elemForms.size) * 100)}%).`,
    `- ${absent.length} forms absent from the catalog: ${absent.join(', ')}.`,
    '- The catalog also lists two files that are not in the folder (社区矫正对象花名册.xlsx, 2022年度城乡社区协商情况统计表.xlsx).',
    '',
    '## Shapes',
    '',
    '- Long indicator-rows questionnaires: 区统计局 社区基本情况统计年报 (指标名称 | 计量单位 | 代码 | 本年 | 上年, code row, stat block, 填表说明),',
    '  区民政局 城乡社区建设统计年报 (two panels side by side), 区卫健局 基本公共卫生服务季度统计表 (本季度 | 本年累计, signature side column).',
    '- 区委社会工作部 社区基础信息采集表: one form in five sheets (表一 indicator-rows, 表二…表五 rosters), a visible 选项 sheet and 填表说明.',
    '- Two-sheet form: 第五次全国经济普查单位清查表 (清查底册 columns + 清查汇总 indicator-rows).',
    '- Rosters with group headers that change meaning (紧急联系人, 监护人, 房东, 承租人, 负责人, 消防安全责任人, 社区妇联主席, 活动负责人)',
    '  and that do not (基本信息, 居住信息, 残疾人基本情况, 血压（mmHg）).',
    '- GA/T 543 words (公民身份号码, 户籍地详址, 实际居住地详址, 服务处所, 联系方式, 来现住地日期) against everyday words in other offices.',
    '- 社区 tables with pre-filled names and 合计: 组织部 党组织统计 (党员 其中：), 应急 周报 (本周 / 本年累计), 妇联 议事会和儿童之家.',
    '- Grids: 垃圾分类 小区 × 指标 (monthly and a quarterly 考评), 九小场所 场所类别 × 指标.',
    '- Old .xls conversions (Sheet1/Sheet2/Sheet3, numbers as text, stray empty column/row): 2014年社区基本情况调查表, 2015年流动人口登记表.',
    '- Frequencies: weekly, monthly, quarterly, semiannual, annual, adhoc; absent forms state department and frequency in folder,',
    '  title, 制定机关 block or note.',
    '',
    '## Retirement truth',
    '',
    `- full (${r.full.length}): ${r.full.join(', ')}`,
    `- partial (${r.partial.length}): ${r.partial.map((p: string) => `${p} (${r.coverage[p]})`).join(', ')}`,
    '',
    '## Rebuild',
    '',
    '```',
    'cd /work/main && npx tsx tests/blind12/build-corpus.ts',
    'npx tsx tests/blind4/check-corpus.ts tests/blind12      # must print: bad 0',
    '```',
    '',
  ].join('\n');
  fs.writeFileSync(path.join(dir, 'README.md'), md);
}
void main();
