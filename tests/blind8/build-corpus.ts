/**
 * Held-out corpus "blind8": 30 report templates (表样) of 12 offices of a 湖南 district in 2021–2026 (乡村振兴 and 基层治理
 * era), written from the templates' own vocabulary before seeing the matcher.
 *
 * Offices: 区民政局 (低保/特困/临时救助 台账, 社会救助 月报, 留守/困境儿童 台账, 殡葬改革 季报, plus a 社会救助综合信息系统
 * export at the root), 区卫健委 (家庭医生签约 月报, 65岁及以上老年人健康管理 grid, 村卫生室 年报), 区人社局 (转移就业
 * 实名制台账, 城乡居民养老保险 参保, 脱贫劳动力务工 季报), 区医保局 (集中征缴 周报, 参保情况 年报), 区残联 (基本状况调查
 * in two parts, 专职委员花名册), 区妇联 (留守儿童关爱台账, 留守妇女统计), 区应急管理局 (灾情统计, 避灾安置点 — an old
 * .xls, 汛期转移避险台账), 区农业农村局 (人居环境 季报, 户厕改造 grid, 防返贫监测 采集表 in three parts, 脱贫人口和监测
 * 对象 月报), 区住建局 (低收入群体住房安全 台账), 区委组织部 (村级集体经济 调查表, a 两委 花名册 at the root), 区统计局
 * (村基本情况 年报 in five parts 表一…表五, 农村住户调查 样本户 — an old .xls), 区文旅广体局 (综合文化服务中心).
 *
 * Shapes: four long indicator-rows questionnaires (社会救助月报 42 rows, 村卫生室 42, 灾情 43, 村级集体经济 43: numbered
 * 一、（一）1. category rows, `其中：` sub-items, 填表人/审核人 cells at the bottom or a merged 盖章 side column), a five-sheet
 * form mixing indicator and roster parts (区统计局), a three-part (防返贫) and a two-part (残联) form, rosters with
 * two- and three-level merged group headers, village tables with pre-filled villages and a 合计 row, two grids, visible
 * dropdown sheets (选项, 代码表, 字典) and hidden ones, two .xls conversions (Sheet1/Sheet2/Sheet3, text numbers, a stray
 * empty column and row), 12 of 30 forms absent from 报表清单.xlsx, a catalog row for a file not in the folder and
 * catalog titles that differ a little from the files.
 *
 *   cd /work/main && npx tsx tests/blind8/build-corpus.ts   → tests/blind8/forms, 报表清单.xlsx, gold.json
 *
 * Gold conventions beyond ../shared/bench/README.md (each is also noted next to the field):
 * - 户主（申请人）信息 > 姓名 (社会救助) is the household head; 监护人 > 姓名 is the guardian; 留守儿童 > 姓名 is the child
 *   (the person, p_name); 帮扶责任人 / 爱心妈妈 / 管理责任人 / 文化管理员 > 姓名 and their 联系电话 are those persons'.
 * - In household rosters (低保台账, 转移避险, 住房安全, 住户调查, 防返贫 户表) 联系电话 is the household's (h_head_phone); in
 *   person rosters it is the person's own (p_phone).
 * - 已缴费人数 (医保 集中征缴) = 实际参保人数 = 参加城乡居民基本医疗保险人数: 城乡居民医保 is joined by paying.
 * - 资助参保 > 低保对象 / 政府代缴 > 特困人员 are counts of the subsidised, not the village's 低保 / 特困 counts.
 * - 外出从业人员 (统计) = 外出务工人数 (组织部); 转移就业 and 脱贫劳动力务工 are other elements.
 * - 农户数 ≠ 户籍户数; a household's 耕地面积 / 家庭常住人口 ≠ the village's / 家庭人口; 上年度家庭人均纯收入 (防返贫) ≠ 上年
 *   人均可支配收入 (住户调查); a 村民小组's 户数/人口 (统计 表五) ≠ the village's.
 * - A clinic's 家庭医生签约人数 / 65岁及以上老年人健康管理人数 (村卫生室 年报) ≠ the village table's.
 * - 安置地点 (转移避险: may be a relative's home) ≠ 安置点名称 (避灾安置点).
 * - 纳入低保的残疾人数 (残联 村汇总) = 农村低保 其中：残疾人 (民政 月报): in a village 低保 is 农村低保.
 * Retirement truth follows from the gold elements and the README rule (kit.retirement()): 5 full, 2 partial by design.
 */
import ExcelJS from 'exceljs';
import path from 'node:path';
import { C, Corpus, D, EDU, G, I, L, NATION, POLIT, R, S, SEX, YN, type Form } from '../blind4/kit';

const VILLAGES = ['杨梅冲村', '荷叶塘村', '白沙洲村', '石门坎村', '枫林村', '桃花坪社区', '新塘村'];
const DISAB_TYPE = ['视力残疾', '听力残疾', '言语残疾', '肢体残疾', '智力残疾', '精神残疾', '多重残疾'];
const DISAB_GRADE = ['一级', '二级', '三级', '四级'];
const GUARD_REL = ['祖父母', '外祖父母', '父亲', '母亲', '其他亲属', '委托照护人'];
const FOOT_CUN = '村（社区）负责人：            填表人：            联系电话：            填报日期：    年  月  日';
const FOOT_TOWN = '乡镇（街道）分管领导：            审核人：            填表人：            联系电话：';

const forms: Form[] = [
  // ───────────── 区民政局 ─────────────
  {
    file: '区民政局/城乡低保特困临时救助对象管理台账.xlsx', dept: '区民政局', freq: 'monthly',
    title: '2025年城乡最低生活保障、特困人员救助供养和临时救助对象管理台账', catalog: '城乡低保特困临时救助对象台账',
    sheets: [{
      kind: 'columns', name: '台账', seq: true, meta: '乡镇（街道）：                  （盖章）                  统计月份：2025年    月',
      cols: [
        L('乡镇（街道）', 'v_town'), L('村（社区）', 'v_name'), L('村民小组', 'h_group'),
        L('救助类别', 'h_aid_kind', 'choice', null, ['城市低保', '农村低保', '集中供养特困人员', '分散供养特困人员', '临时救助']),
        // the applicant of 低保/特困/临时救助 is the household head: h_head_*, not a member's p_*
        G('户主（申请人）信息', L('姓  名', 'h_head_name'), L('公民身份号码', 'h_head_id', 'idcard'), L('联系电话', 'h_head_phone', 'phone')),
        L('家庭人口（人）', 'h_size', 'integer', '人'), L('保障人数（人）', 'h_aid_n', 'integer', '人'),
        L('保障（救助）金额（元）', 'h_aid_amount', 'decimal', '元'), L('审批时间', 'h_aid_date', 'date'), R(),
      ],
      blank: 15, footer: FOOT_TOWN, note: '注：1.本台账每月5日前更新报送区民政局社会救助股；2.停保、新增对象请在备注栏注明。',
    }],
  },
  {
    file: '临时救助审批信息（湖南省社会救助综合信息系统导出）.xlsx', dept: '区民政局', freq: 'adhoc', catalog: false,
    title: '临时救助审批对象信息',
    sheets: [{
      kind: 'columns', name: 'sheet1', seq: true, source: '数据来源：湖南省社会救助综合信息系统    导出时间：2025-08-12 09:31:27',
      cols: [
        L('所属乡镇', 'v_town'), L('所属村居', 'v_name'), L('户主姓名', 'h_head_name'), L('户主身份证号', 'h_head_id', 'idcard'),
        L('家庭人口数', 'h_size', 'integer', '人'), L('救助金额(元)', 'h_aid_amount', 'decimal', '元'), L('审批日期', 'h_aid_date', 'date'),
        L('联系电话', 'h_head_phone', 'phone'),
      ],
      blank: 20,
    }],
  },
  {
    file: '区民政局/社会救助工作情况统计月报.xlsx', dept: '区民政局', freq: 'monthly', title: '社会救助工作情况统计月报表',
    catalog: '社会救助统计月报表',
    sheets: [{
      kind: 'indicator-rows', name: '月报', stat: { code: '民社救1表', org: 'XX区民政局', approval: '湘民发〔2021〕9号' },
      meta: '填报单位（盖章）：                            2025年    月', head: ['项    目', '单位', '数量'], sign: 'cells',
      rows: [
        C('一、城乡最低生活保障'),
        C('（一）城市低保', 1), I('1.保障户数', 'v_udb_hh', '户'), I('2.保障人数', 'v_udb_n', '人'), D('3.本月保障资金支出', 'v_udb_pay_m', '万元'),
        C('（二）农村低保', 1), I('1.保障户数', 'v_dibao_hh', '户'), I('2.保障人数', 'v_dibao_n', '人'), S('其中：老年人', 'v_dibao_old', '人'),
        S('未成年人', 'v_dibao_minor', '人'), S('残疾人', 'v_dibao_disab', '人'), S('脱贫人口和防止返贫监测对象', 'v_dibao_poor', '人'),
        D('3.本月保障资金支出', 'v_dibao_pay_m', '万元'),
        C('二、特困人员救助供养'), I('1.特困人员', 'v_tk_n', '人'), S('其中：集中供养', 'v_tk_central', '人'), S('分散供养', 'v_tk_disp', '人'),
        S('生活不能自理', 'v_tk_disabled', '人'), D('2.本月供养资金支出', 'v_tk_pay_m', '万元'),
        C('三、临时救助'), C('（一）本月', 1), I('1.救助人次', 'v_temp_n_m', '人次'), S('其中：急难型临时救助', 'v_temp_urgent_m', '人次'),
        D('2.救助资金', 'v_temp_pay_m', '万元'), C('（二）本年累计', 1), I('1.救助人次', 'v_temp_n_y', '人次'), D('2.救助资金', 'v_temp_pay_y', '万元'),
        C('四、低收入人口动态监测'), I('1.低保边缘家庭户数', 'v_edge_hh', '户'), I('2.低保边缘家庭人数', 'v_edge_n', '人'),
        I('3.刚性支出困难家庭户数', 'v_rigid_hh', '户'),
        C('五、儿童福利'), I('1.孤儿', 'v_orphan', '人'), I('2.事实无人抚养儿童', 'v_fwfy', '人'),
        I('3.农村留守儿童', 'v_left_child', '人'), I('4.困境儿童', 'v_hard_child', '人'),
        C('六、残疾人两项补贴'), I('1.困难残疾人生活补贴人数', 'v_disab_sub_n', '人'), I('2.重度残疾人护理补贴人数', 'v_disab_care_n', '人'),
        D('3.本月补贴资金', 'v_disab_pay_m', '万元'),
      ],
      note: '注：本表于每月5日前报区民政局，数据以湖南省社会救助综合信息系统为准。',
    }],
  },
  {
    file: '区民政局/农村留守儿童和困境儿童信息管理台账.xlsx', dept: '区民政局', freq: 'quarterly', catalog: false,
    title: '农村留守儿童和困境儿童基本信息台账',
    sheets: [{
      kind: 'columns', name: '儿童台账', seq: true, meta: '乡镇（街道）：                  儿童督导员：                  更新日期：    年  月  日',
      cols: [
        L('村（居）', 'v_name'),
        G('儿童基本信息', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生日期', 'p_birth', 'date'),
          L('身份证号码', 'p_idno', 'idcard'),
          L('儿童类别', 'p_child_cat', 'choice', null, ['农村留守儿童', '困境儿童', '社会散居孤儿', '事实无人抚养儿童']),
          L('就读学校', 'p_school')),
        G('父母情况', L('父亲姓名', 'p_father_name'), L('母亲姓名', 'p_mother_name')),
        // 监护人 > 姓名 / 联系电话 are the guardian's, not the child's
        G('监护人', L('姓名', 'p_guardian_name'), L('与儿童关系', 'p_guardian_rel', 'choice', null, GUARD_REL),
          L('联系电话', 'p_guardian_phone', 'phone')),
        L('户籍地址', 'p_addr_hj'), L('现居住地址', 'p_addr_now'), R(),
      ],
      blank: 12, footer: '村（居）儿童主任：              联系电话：              村（居）委会（盖章）',
      note: '注：本台账实行动态管理，每季度末月20日前由村（居）儿童主任更新报乡镇（街道）儿童督导员，汇总后报区民政局儿童福利股。',
    }],
  },
  {
    file: '区民政局/殡葬改革工作推进情况季报表.xlsx', dept: '区民政局', freq: 'quarterly', catalog: false,
    title: '2025年殡葬改革工作推进情况统计表（季报）',
    sheets: [{
      kind: 'columns', name: '殡葬改革', seq: true, villages: VILLAGES, total: true, meta: '填报单位：白马镇人民政府（盖章）                2025年第    季度',
      cols: [
        L('乡镇（街道）', 'v_town'), L('村（社区）', 'v_name'), L('本季度死亡人数（人）', 'v_deaths_q', 'integer', '人'),
        L('其中：火化（人）', 'v_cremation_q', 'integer', '人'), L('火化率（%）', 'v_cremation_rate', 'decimal', '%'),
        G('农村公益性公墓', L('是否建成', 'v_cemetery', 'boolean', null, YN)),
        L('整治散埋乱葬（座）', 'v_scattered_fixed', 'integer', '座'), L('是否成立红白理事会', 'v_hongbai', 'boolean', null, YN),
      ],
      footer: true,
    }],
  },
  // ───────────── 区卫健委 ─────────────
  {
    file: '区卫健委/家庭医生签约服务月报表.xlsx', dept: '区卫健委', freq: 'monthly', title: '家庭医生签约服务工作进度月报表',
    catalog: '家庭医生签约服务月报',
    sheets: [{
      kind: 'columns', name: '签约月报', seq: true, villages: VILLAGES, total: true, codeRow: true,
      meta: '填报单位：            乡镇卫生院（盖章）                    2025年    月',
      cols: [
        L('村（社区）', 'v_name'), L('常住人口（人）', 'v_pop_cz', 'integer', '人'), L('签约人数（人）', 'v_fd_signed', 'integer', '人'),
        L('签约率（%）', 'v_fd_rate', 'decimal', '%'),
        G('其中：重点人群签约（人）', L('65岁及以上老年人', 'v_fd_old', 'integer', '人'), L('高血压患者', 'v_fd_hbp', 'integer', '人'),
          L('2型糖尿病患者', 'v_fd_dm', 'integer', '人'), L('脱贫人口', 'v_fd_poor', 'integer', '人')),
        L('本月履约服务（人次）', 'v_fd_service_m', 'integer', '人次'),
      ],
      footer: true,
    }],
  },
  {
    file: '区卫健委/65岁及以上老年人健康管理情况季报表.xlsx', dept: '区卫健委', freq: 'quarterly', catalog: false,
    title: '65岁及以上老年人健康管理服务情况季报表',
    sheets: [{
      kind: 'grid', name: '老年人健康管理', key: '年龄组', prefix: 'g_old65', total: true,
      meta: '村卫生室：                    乡镇卫生院（盖章）：                    2025年第    季度',
      rows: [{ l: '65-69岁', k: 'a65' }, { l: '70-79岁', k: 'a70' }, { l: '80岁及以上', k: 'a80' }],
      cols: [
        L('辖区常住老年人（人）', 'pop', 'integer', '人'),
        L('本季度完成体检（人）', 'exam_q', 'integer', '人'), L('累计纳入健康管理（人）', 'mgmt', 'integer', '人'),
      ],
      footer: true, note: '注：请于每季度结束后5日内报送区卫健委基层卫生健康股。',
    }],
  },
  {
    file: '区卫健委/村卫生室基本情况年报表.xlsx', dept: '区卫健委', freq: 'annual', title: '村卫生室基本情况调查表',
    catalog: '村卫生室基本情况年报',
    sheets: [{
      kind: 'indicator-rows', name: '村卫生室', stat: { code: '卫健统1-5表', org: 'XX区卫生健康委员会', approval: '国统制〔2021〕66号' },
      meta: '所属乡镇卫生院：                                2025年度', head: ['指标名称', '计量单位', '代码', '数量'], codeRow: true, sign: 'side',
      rows: [
        C('一、基本情况'), I('所在行政村', 'v_name', null, 'text', '—'), I('村卫生室名称', 'c_name', null, 'text', '—'),
        I('举办主体', 'c_owner', null, 'choice', '—'), I('是否中心村卫生室', 'c_central', null, 'boolean', '是/否'),
        I('服务人口数', 'c_serve_pop', '人'), S('其中：65岁及以上老年人', 'c_serve_65', '人'), D('业务用房面积', 'c_area', '平方米'),
        I('是否纳入医保定点', 'c_med_ins', null, 'boolean', '是/否'), I('是否实施基本药物制度', 'c_ess_drug', null, 'boolean', '是/否'),
        C('二、人员情况'), I('在岗人员', 'c_staff', '人'), S('其中：执业（助理）医师', 'c_licensed', '人'), S('乡村医生', 'c_village_doctors', '人'),
        S('注册护士', 'c_nurses', '人'),
        C('（一）乡村医生年龄', 1), I('1.44岁及以下', 'c_doc_u45', '人'), I('2.45-59岁', 'c_doc_45_59', '人'), I('3.60岁及以上', 'c_doc_60', '人'),
        C('（二）乡村医生学历', 1), I('1.大专及以上', 'c_doc_college', '人'), I('2.中专', 'c_doc_sec', '人'), I('3.中专以下', 'c_doc_low', '人'),
        C('三、设备配置'), I('心电图机', 'c_ecg', '台'),
        I('是否接入基层医疗卫生机构信息系统', 'c_his', null, 'boolean', '是/否'),
        C('四、医疗服务'), I('全年诊疗人次', 'c_visits_y', '人次'), S('其中：中医药服务人次', 'c_tcm_y', '人次'),
        // the clinic's own service counts, not the village table's (家庭医生签约月报 v_fd_signed)
        C('五、基本公共卫生服务'), I('建立电子健康档案', 'c_records', '份'), I('65岁及以上老年人健康管理人数', 'c_old_mgmt', '人'),
        I('高血压患者规范管理人数', 'c_hbp_mgmt', '人'), I('2型糖尿病患者规范管理人数', 'c_dm_mgmt', '人'), I('家庭医生签约人数', 'c_signed', '人'),
        C('六、收支情况'), D('总收入', 'c_income', '万元'), S('其中：基本公共卫生服务补助', 'c_inc_phs', '万元'),
        D('总支出', 'c_exp', '万元'),
      ],
    }],
  },
  // ───────────── 区人社局 ─────────────
  {
    file: '区人社局/农村劳动力转移就业实名制登记台账.xlsx', dept: '区人社局', freq: 'monthly', title: '农村劳动力转移就业实名制登记台账',
    dictSheet: { name: '选项', visible: true },
    sheets: [{
      kind: 'columns', name: '实名制台账', seq: true, example: true,
      meta: '乡镇（街道）：              村（社区）：              更新时间：    年  月（每月25日前更新）',
      cols: [
        L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('年龄', 'p_age', 'integer', '岁'), L('公民身份号码', 'p_idno', 'idcard'),
        L('文化程度', 'p_edu', 'choice', null, EDU),
        L('人员类别', 'p_labor_cat', 'choice', null, ['脱贫劳动力', '监测对象劳动力', '农村低收入人口', '一般农村劳动力']),
        G('就业情况', L('就业状态', 'p_emp_status', 'choice', null, ['务工就业', '自主创业', '灵活就业', '未就业']),
          L('就业地区', 'p_emp_region', 'choice', null, ['乡镇内', '县内乡外', '省内县外', '省外']), L('就业单位', 'p_emp_org'),
          L('月收入（元）', 'p_emp_income', 'decimal', '元')),
        L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 15, footer: true,
    }],
  },
  {
    file: '区人社局/城乡居民基本养老保险参保情况统计表.xlsx', dept: '区人社局', freq: 'annual', title: '2025年度城乡居民基本养老保险参保情况统计表',
    sheets: [{
      kind: 'columns', name: '参保情况', seq: true, villages: VILLAGES, total: true, meta: '填报单位：                （盖章）                截至2025年12月31日',
      cols: [
        L('村（社区）', 'v_name'), L('应参保人数（人）', 'v_pension_should', 'integer', '人'), L('已参保人数（人）', 'v_pension_ins', 'integer', '人'),
        L('领取待遇人数（人）', 'v_pension_recv', 'integer', '人'),
        // counts of those the government pays for, not the village's 低保 / 特困 counts
        G('政府代缴人数（人）', L('低保对象', 'v_pension_gov_dibao', 'integer', '人'), L('特困人员', 'v_pension_gov_tk', 'integer', '人'),
          L('重度残疾人', 'v_pension_gov_disab', 'integer', '人'), L('返贫致贫人口', 'v_pension_gov_poor', 'integer', '人')),
       
      ],
      footer: true,
    }],
  },
  {
    file: '区人社局/脱贫劳动力务工就业情况季报.xlsx', dept: '区人社局', freq: 'quarterly', catalog: false,
    title: '脱贫劳动力务工就业情况季报表',
    sheets: [{
      kind: 'columns', name: '季报', seq: true, villages: VILLAGES, total: true, meta: '填报单位：                        2025年第    季度',
      cols: [
        L('村（社区）', 'v_name'), L('脱贫劳动力（人）', 'v_poor_labor', 'integer', '人'), L('务工就业（人）', 'v_poor_labor_work', 'integer', '人'),
        G('其中：务工地域（人）', L('县内', 'v_plw_county', 'integer', '人'), L('县外省内', 'v_plw_prov', 'integer', '人'), L('省外', 'v_plw_outprov', 'integer', '人')),
        L('公益性岗位安置（人）', 'v_poor_pubjob', 'integer', '人'),
      ],
      footer: true, note: '注：每季度首月5日前报区人社局就业促进股，同时抄送区农业农村局（乡村振兴）。',
    }],
  },
  // ───────────── 区医保局 ─────────────
  {
    file: '区医保局/2026年度城乡居民医保集中征缴进度周报表.xlsx', dept: '区医保局', freq: 'weekly', title: '2026年度城乡居民基本医疗保险集中征缴进度表',
    catalog: '城乡居民医保参保缴费进度周报',
    sheets: [{
      kind: 'columns', name: '征缴进度', seq: true, villages: VILLAGES, total: true,
      meta: '乡镇（街道）：                    截至    月    日（每周四下午5点前报送）',
      cols: [
        L('村（社区）', 'v_name'), L('户籍人口（人）', 'v_pop_hj', 'integer', '人'), L('应参保人数（人）', 'v_med_should', 'integer', '人'),
        // 城乡居民医保 is joined by paying: 已缴费人数 = 参保人数
        L('已缴费人数（人）', 'v_med_ins', 'integer', '人'), L('参保率（%）', 'v_med_rate', 'decimal', '%'),
        G('其中：资助参保（人）', L('特困人员', 'v_med_aid_tk', 'integer', '人'), L('低保对象', 'v_med_aid_dibao', 'integer', '人'),
          L('防止返贫监测对象', 'v_med_aid_monitor', 'integer', '人'), L('脱贫人口', 'v_med_aid_poor', 'integer', '人')),
        L('本周新增缴费（人）', 'v_med_new_w', 'integer', '人'), R(),
      ],
      footer: true,
    }],
  },
  {
    file: '区医保局/城乡居民基本医疗保险参保情况统计表.xlsx', dept: '区医保局', freq: 'annual', title: '2025年度城乡居民基本医疗保险参保情况统计表',
    sheets: [{
      kind: 'columns', name: 'Sheet1', seq: true, villages: VILLAGES, total: true, meta: '填报单位（盖章）：                        填报日期：    年  月  日',
      cols: [
        L('村（居）', 'v_name'), L('户籍人口数', 'v_pop_hj', 'integer', '人'), L('应参保人数', 'v_med_should', 'integer', '人'),
        L('实际参保人数', 'v_med_ins', 'integer', '人'), L('参保率', 'v_med_rate', 'decimal', '%'),
        G('特殊困难群体资助参保（人）', L('特困供养人员', 'v_med_aid_tk', 'integer', '人'), L('最低生活保障对象', 'v_med_aid_dibao', 'integer', '人'),
          L('返贫监测对象', 'v_med_aid_monitor', 'integer', '人'), L('脱贫人口（过渡期）', 'v_med_aid_poor', 'integer', '人')),
      ],
      footer: true,
    }],
  },
  // ───────────── 区残联 ─────────────
  {
    file: '区残联/残疾人基本状况调查表.xlsx', dept: '区残联', freq: 'annual', title: '2025年全区残疾人基本状况调查表',
    catalog: '残疾人基本状况调查', dictSheet: { name: '代码表', visible: true },
    sheets: [
      {
        kind: 'columns', name: '个人调查表', seq: true, meta: '乡镇（街道）：                村（社区）：                调查日期：2025年  月  日',
        cols: [
          L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生年月', 'p_birth', 'date'),
          L('身份证号', 'p_idno', 'idcard'), L('残疾人证号', 'p_disab_no'), L('残疾类别', 'p_disab_type', 'choice', null, DISAB_TYPE),
          L('残疾等级', 'p_disab_grade', 'choice', null, DISAB_GRADE),
          // the group header makes these "does this person receive …" flags
          G('基本保障（是/否）', L('享受低保', 'p_dibao', 'boolean', null, YN), L('享受两项补贴', 'p_two_sub', 'boolean', null, YN),
            L('参加城乡居民养老保险', 'p_pension', 'boolean', null, YN)), L('联系电话', 'p_phone', 'phone'),
        ],
        blank: 12,
      },
      {
        kind: 'indicator-rows', name: '村汇总表', title: '残疾人基本状况村（社区）汇总表', head: ['项  目', '单位', '数量'], sign: 'cells',
        rows: [
          I('持证残疾人数', 'v_disab_cert', '人'), S('其中：一、二级重度残疾人', 'v_disab_severe', '人'),
          I('享受困难残疾人生活补贴人数', 'v_disab_sub_n', '人'), I('享受重度残疾人护理补贴人数', 'v_disab_care_n', '人'),
          // in a village 低保 is 农村低保: = 社会救助月报 农村低保 其中：残疾人
          I('纳入低保的残疾人数', 'v_dibao_disab', '人'), I('就业年龄段残疾人数', 'v_disab_workage', '人'),
        ],
      },
    ],
  },
  {
    file: '区残联/村（社区）残疾人专职委员花名册.xlsx', dept: '区残联', freq: 'annual', catalog: false, title: '2025年度村（社区）残疾人专职委员花名册',
    sheets: [{
      kind: 'columns', name: '专职委员', seq: true, meta: '乡镇（街道）残联（盖章）：                              填报日期：    年  月  日',
      cols: [
        L('乡镇（街道）', 'v_town'), L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX),
        L('出生年月', 'p_birth', 'date'), L('身份证号码', 'p_idno', 'idcard'), L('文化程度', 'p_edu', 'choice', null, EDU),
        L('残疾类别', 'p_disab_type', 'choice', null, [...DISAB_TYPE, '非残疾人']), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 10, note: '注：请于3月31日前报区残联组织联络部，人员变动随时报告。',
    }],
  },
  // ───────────── 区妇联 ─────────────
  {
    file: '区妇联/农村留守儿童关爱服务台账.xlsx', dept: '区妇联', freq: 'semiannual', title: '农村留守儿童关爱服务工作台账',
    catalog: '留守儿童关爱服务台账',
    sheets: [{
      kind: 'columns', name: '关爱台账', seq: true, meta: '乡镇（街道）妇联：                村（社区）妇联：                2025年上（下）半年',
      cols: [
        L('村（社区）', 'v_name'),
        // the child is the person of the row: p_*
        G('留守儿童', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生年月', 'p_birth', 'date'), L('就读学校及年级', 'p_school')),
        G('外出父母', L('父亲姓名', 'p_father_name'), L('母亲姓名', 'p_mother_name')),
        G('监护人', L('姓名', 'p_guardian_name'), L('关系', 'p_guardian_rel', 'choice', null, GUARD_REL), L('联系电话', 'p_guardian_phone', 'phone')),
        // the volunteer's name and phone, not the child's or the guardian's
        G('结对“爱心妈妈”', L('姓名', 'p_mama_name'), L('联系电话', 'p_mama_phone', 'phone')), R(),
      ],
      blank: 12, footer: FOOT_CUN,
    }],
  },
  {
    file: '区妇联/村（社区）留守妇女基本情况统计表.xlsx', dept: '区妇联', freq: 'annual', catalog: false, title: '2025年度村（社区）留守妇女基本情况统计表',
    sheets: [{
      kind: 'columns', name: '留守妇女', seq: true, villages: VILLAGES, total: true, meta: '乡镇（街道）妇联（盖章）：                          填报时间：2025年12月',
      cols: [
        L('村（社区）', 'v_name'), L('留守妇女（人）', 'v_left_women', 'integer', '人'),
        G('其中：年龄分布（人）', L('35岁及以下', 'v_lw_u35', 'integer', '人'), L('36-59岁', 'v_lw_36_59', 'integer', '人'), L('60岁及以上', 'v_lw_60', 'integer', '人')),
        L('困难留守妇女（人）', 'v_lw_hard', 'integer', '人'), L('参加技能培训（人次）', 'v_lw_train', 'integer', '人次'),
        L('是否建有“妇女之家”', 'v_women_home', 'boolean', null, YN),
      ],
      footer: true,
    }],
  },
  // ───────────── 区应急管理局 ─────────────
  {
    file: '区应急管理局/自然灾害灾情统计报表.xlsx', dept: '区应急管理局', freq: 'adhoc', title: '自然灾害情况统计报表（村级）',
    catalog: '自然灾害灾情统计表',
    sheets: [{
      kind: 'indicator-rows', name: '灾情', stat: { code: '应急灾1表', org: '应急管理部', approval: '国统制〔2023〕34号' },
      meta: '灾害种类：                    灾害过程：    月  日  时至    月  日  时', head: ['指标名称', '计量单位', '本次过程', '累计'], sign: 'side',
      rows: [
        C('一、人员受灾情况'), I('受灾人口', 'd_affected', '人'), S('其中：女性', 'd_affected_f', '人'), S('老年人', 'd_affected_old', '人'),
        S('儿童', 'd_affected_child', '人'), I('因灾死亡人口', 'd_dead', '人'), I('因灾失踪人口', 'd_missing', '人'),
        I('因灾伤病人口', 'd_injured', '人'), I('紧急转移安置人口', 'd_relocated', '人'), S('其中：集中安置', 'd_reloc_central', '人'),
        S('分散安置', 'd_reloc_disp', '人'), I('紧急避险转移人口', 'd_evacuated', '人'), I('需紧急生活救助人口', 'd_need_aid', '人'),
        I('饮水困难需救助人口', 'd_water_need', '人'),
        C('二、农作物受灾情况'), D('农作物受灾面积', 'd_crop_area', '公顷'), S('其中：成灾面积', 'd_crop_disaster', '公顷'), S('绝收面积', 'd_crop_lost', '公顷'),
        D('毁坏耕地面积', 'd_land_destroyed', '公顷'),
        C('三、房屋倒损情况'), C('（一）居民住宅用房', 1), I('倒塌房屋户数', 'd_collapse_hh', '户'), I('倒塌房屋间数', 'd_collapse_rooms', '间'),
        I('严重损坏房屋户数', 'd_severe_hh', '户'), I('严重损坏房屋间数', 'd_severe_rooms', '间'), I('一般损坏房屋户数', 'd_minor_hh', '户'),
        I('一般损坏房屋间数', 'd_minor_rooms', '间'), C('（二）非住宅用房', 1), I('倒塌和严重损坏非住宅用房', 'd_nonres', '间'),
        C('四、基础设施损毁情况'), D('损毁道路', 'd_road', '公里'), I('损毁桥梁涵洞', 'd_bridge', '座'), I('损坏堤防', 'd_dyke', '处'),
        I('损毁水库山塘', 'd_reservoir', '座'), I('损坏供水设施', 'd_water_fac', '处'),
        C('五、直接经济损失'), D('直接经济损失', 'd_loss', '万元'), S('其中：农业损失', 'd_loss_agri', '万元'), S('居民住房损失', 'd_loss_house', '万元'),
        S('基础设施损失', 'd_loss_infra', '万元'),
      ],
      note: '注：灾害发生后2小时内初报，过程结束后核报；村级灾害信息员填报，乡镇审核后报区应急管理局。',
    }],
  },
  {
    file: '区应急管理局/避灾安置点基本情况登记表.xlsx', dept: '区应急管理局', freq: 'annual', title: '避灾安置点基本情况登记表',
    catalog: '避灾安置场所登记表', xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'columns', name: 'Sheet1', startCol: 1, blankTop: 1, textNums: true, seq: true,
      meta: '乡镇（街道）：                    （盖章）                    填报时间：2025年  月  日',
      cols: [
        L('村（社区）', 'v_name'), L('安置点名称', 's_name'), L('详细地址', 's_addr'),
        L('场所类型', 's_type', 'choice', null, ['学校', '村部', '文化活动中心', '祠堂', '体育场馆', '其他']),
        L('建筑面积（平方米）', 's_area', 'decimal', '平方米'), L('可容纳人数（人）', 's_capacity', 'integer', '人'),
        G('物资储备', L('帐篷（顶）', 's_tent', 'integer', '顶'), L('折叠床（张）', 's_bed', 'integer', '张')),
        // the site manager, not a resident
        G('管理责任人', L('姓名', 's_chief_name'), L('联系电话', 's_chief_phone', 'phone')), R(),
      ],
      blank: 8, footer: true,
    }],
  },
  {
    file: '区应急管理局/汛期危险区域人员转移避险台账.xlsx', dept: '区应急管理局', freq: 'adhoc', catalog: false,
    title: '白马镇2024年汛期危险区域人员转移避险台账',
    sheets: [{
      kind: 'columns', name: '转移台账', seq: true,
      meta: '村（社区）：                    转移时间：    月  日  时（转移后2小时内报镇防指办，汇总报区防指办）',
      cols: [
        L('村民小组', 'h_group'), L('户主姓名', 'h_head_name'), L('联系电话', 'h_head_phone', 'phone'), L('家庭人口（人）', 'h_size', 'integer', '人'),
        L('转移人数（人）', 'h_evac_n', 'integer', '人'),
        G('其中：特殊群体（人）', L('老年人', 'h_evac_old', 'integer', '人'), L('儿童', 'h_evac_child', 'integer', '人')),
        L('危险类型', 'h_risk_type', 'choice', null, ['山洪', '地质灾害', '低洼易涝', '危房', '临河临水']),
        L('安置方式', 'h_evac_mode', 'choice', null, ['集中安置', '投亲靠友', '其他']),
        // may be a relative's home: not 避灾安置点 > 安置点名称
        L('安置地点', 'h_evac_place'), R(),
      ],
      blank: 15, footer: '村（社区）防汛责任人：              填表人：              联系电话：',
    }],
  },
  // ───────────── 区农业农村局 ─────────────
  {
    file: '区农业农村局/农村人居环境整治提升情况统计表.xlsx', dept: '区农业农村局', freq: 'quarterly', title: '2025年农村人居环境整治提升情况统计表（季报）',
    catalog: '农村人居环境整治情况统计表',
    sheets: [{
      kind: 'columns', name: '人居环境', seq: true, villages: VILLAGES, total: true, meta: '填报单位（盖章）：                    2025年第    季度',
      cols: [
        L('乡镇', 'v_town'), L('行政村', 'v_name'), L('农户数（户）', 'v_farm_hh', 'integer', '户'),
        G('农村户厕', L('卫生厕所户数（户）', 'v_toilet_hh', 'integer', '户'),
          L('本年新改（建）户厕（户）', 'v_toilet_new_y', 'integer', '户')),
        G('生活垃圾', L('保洁员（人）', 'v_cleaners', 'integer', '人'), L('垃圾收集点（个）', 'v_garbage_pts', 'integer', '个')),
        G('生活污水', L('是否完成治理', 'v_sewage_done', 'boolean', null, YN), L('治理受益户数（户）', 'v_sewage_hh', 'integer', '户')),
      ],
      footer: true, note: '注：每季度结束后5日内报区农业农村局（区农村人居环境整治办）。',
    }],
  },
  {
    file: '区农业农村局/2025年农村户厕改造任务完成情况统计表.xlsx', dept: '区农业农村局', freq: 'monthly', catalog: false,
    title: '2025年农村户厕改造任务完成情况统计表',
    sheets: [{
      kind: 'grid', name: '户厕改造', key: '改厕模式', prefix: 'g_toilet', total: true, meta: '填报单位：                （盖章）                截至    月    日',
      rows: [{ l: '三格式化粪池', k: 'sange' }, { l: '双瓮式', k: 'weng' }, { l: '完整下水道水冲式', k: 'sewer' }, { l: '其他模式', k: 'other' }],
      cols: [
        L('年度任务（户）', 'plan', 'integer', '户'), L('已完工（户）', 'done', 'integer', '户'),
        L('已验收合格（户）', 'accepted', 'integer', '户'),
      ],
      footer: true, note: '注：每月28日前报送区农业农村局（区改厕办）。',
    }],
  },
  {
    file: '区农业农村局/防止返贫监测对象信息采集表.xlsx', dept: '区农业农村局', freq: 'adhoc', title: '防止返贫致贫监测对象信息采集表',
    catalog: '防止返贫监测对象信息采集表（户表、成员表、帮扶表）',
    sheets: [
      {
        kind: 'indicator-rows', name: '户基本信息', source: '（全国防止返贫监测信息系统）', head: ['项  目', '单位', '内  容'], sign: 'line',
        rows: [
          I('乡（镇）', 'v_town', null, 'text', '—'), I('行政村', 'v_name', null, 'text', '—'), I('户主姓名', 'h_head_name', null, 'text', '—'),
          I('户主证件号码', 'h_head_id', null, 'idcard', '—'), I('联系电话', 'h_head_phone', null, 'phone', '—'), I('家庭人口数', 'h_size', '人'),
          I('监测对象类别', 'h_monitor_type', null, 'choice', '—'),
          // 纯收入 (建档立卡 measure) ≠ 住户调查's 可支配收入
          D('上年度家庭人均纯收入', 'h_inc_net_pc', '元'),
          // the household's land, not the village's 耕地面积
          D('耕地面积', 'h_land', '亩'),
        ],
      },
      {
        kind: 'columns', name: '家庭成员', title: '家庭成员信息', seq: true,
        cols: [
          L('姓名', 'p_name'), L('证件号码', 'p_idno', 'idcard'), L('与户主关系', 'p_rel', 'choice', null, ['户主', '配偶', '之子', '之女', '之儿媳', '之孙子', '之孙女', '之父', '之母', '其他']),
          L('文化程度', 'p_edu', 'choice', null, EDU),
          L('劳动技能', 'p_skill', 'choice', null, ['普通劳动力', '技能劳动力', '弱劳动力或半劳动力', '丧失劳动力', '无劳动力']),
          L('务工状况', 'p_work', 'choice', null, ['省外务工', '县外省内务工', '县内务工', '其他']),
          L('是否参加城乡居民基本养老保险', 'p_pension', 'boolean', null, YN),
        ],
        blank: 8,
      },
      {
        kind: 'columns', name: '帮扶措施', title: '帮扶措施落实情况', seq: true,
        cols: [
          // the helper's, not the household's
          G('帮扶责任人', L('姓名', 'h_helper_name'), L('工作单位', 'h_helper_org'), L('联系电话', 'h_helper_phone', 'phone')),
          L('帮扶措施类型', 'h_measure', 'choice', null, ['产业帮扶', '就业帮扶', '健康帮扶', '教育帮扶', '综合保障', '金融帮扶', '其他']),
        ],
        blank: 5, footer: '信息采集人：              户主签字（按手印）：              采集日期：    年  月  日',
      },
    ],
  },
  {
    file: '区农业农村局/脱贫人口和监测对象情况月报表.xlsx', dept: '区农业农村局', freq: 'monthly',
    title: '巩固拓展脱贫攻坚成果脱贫人口和防止返贫监测对象情况月报表', catalog: '脱贫人口和监测对象月报表',
    sheets: [{
      kind: 'columns', name: '月报', seq: true, villages: VILLAGES, total: true, meta: '乡镇（街道）：                （盖章）                    2025年    月',
      cols: [
        L('村（社区）', 'v_name'),
        G('脱贫户', L('户数', 'v_poor_hh', 'integer', '户'), L('人数', 'v_poor_n', 'integer', '人')),
        G('防止返贫监测对象', L('户数', 'v_monitor_hh', 'integer', '户'), L('人数', 'v_monitor_n', 'integer', '人'),
          L('其中：已消除风险（人）', 'v_monitor_removed', 'integer', '人')),
        G('脱贫劳动力务工就业（人）', L('脱贫劳动力', 'v_poor_labor', 'integer', '人'), L('务工人数', 'v_poor_labor_work', 'integer', '人'),
          G('其中', L('县内', 'v_plw_county', 'integer', '人'), L('县外省内', 'v_plw_prov', 'integer', '人'), L('省外', 'v_plw_outprov', 'integer', '人')),
          L('公益性岗位', 'v_poor_pubjob', 'integer', '人')),
      ],
      footer: true, note: '注：每月3日前报区农业农村局（区乡村振兴服务中心），数据与全国防止返贫监测信息系统保持一致。',
    }],
  },
  // ───────────── 区住建局 ─────────────
  {
    file: '区住建局/农村低收入群体等重点对象住房安全动态监测台账.xlsx', dept: '区住建局', freq: 'quarterly',
    title: '农村低收入群体等重点对象住房安全动态监测台账', catalog: '农村低收入群体住房安全动态监测台账',
    dictSheet: { name: '字典', visible: true },
    sheets: [{
      kind: 'columns', name: '监测台账', seq: true, meta: '乡镇（街道）：              （盖章）              截至    年  月  日',
      cols: [
        L('乡镇', 'v_town'), L('村', 'v_name'), L('组', 'h_group'), L('户主姓名', 'h_head_name'), L('身份证号码', 'h_head_id', 'idcard'),
        L('家庭人口（人）', 'h_size', 'integer', '人'),
        L('重点对象类型', 'h_hs_type', 'choice', null, ['农村低保户', '农村分散供养特困人员', '低保边缘家庭', '防止返贫监测对象', '因病因灾因意外事故刚性支出较大家庭']),
        G('房屋基本情况', L('结构类型', 'h_house_struct', 'choice', null, ['砖混', '砖木', '土木', '石木', '框架', '其他']), L('建筑面积（㎡）', 'h_house_area', 'decimal', '平方米')),
        L('安全性鉴定等级', 'h_hs_level', 'choice', null, ['A级', 'B级', 'C级', 'D级']),
        L('保障方式', 'h_hs_mode', 'choice', null, ['加固改造', '拆除重建', '统建农房', '租赁', '其他']), L('联系电话', 'h_head_phone', 'phone'), R(),
      ],
      blank: 12, footer: true, note: '注：本台账每季度末月25日前报区住建局村镇建设股。',
    }],
  },
  // ───────────── 区委组织部 ─────────────
  {
    file: '区委组织部/村级集体经济发展情况调查表.xlsx', dept: '区委组织部', freq: 'annual', catalog: false,
    title: '2025年发展壮大村级集体经济情况调查表',
    sheets: [{
      kind: 'indicator-rows', name: '调查表', meta: '乡镇（街道）：                村（社区）：                填报时间：2026年1月',
      head: ['项    目', '单位', '数量'], sign: 'side',
      rows: [
        C('一、村基本情况'), I('村民小组', 'v_groups', '个'), I('户数', 'v_hh_hj', '户'), I('户籍人口', 'v_pop_hj', '人'), I('劳动力', 'v_labor', '人'),
        // = 统计 外出从业人员
        S('其中：外出务工人数', 'v_migrant', '人'), I('党员人数', 'v_pm', '人'), D('耕地面积', 'v_land', '亩'), D('林地面积', 'v_forest', '亩'),
        C('二、村集体经济收入'), D('村集体经济总收入', 'v_coll_income', '万元'), S('其中：经营性收入', 'v_coll_op_income', '万元'),
        S('发包及上交收入', 'v_coll_contract', '万元'), S('投资收益', 'v_coll_invest', '万元'), S('补助收入', 'v_coll_subsidy', '万元'),
        D('总支出', 'v_coll_exp', '万元'), D('当年收益', 'v_coll_profit', '万元'),
        C('三、集体资产资源'), D('集体资产总额', 'v_coll_assets', '万元'), S('其中：经营性资产', 'v_coll_op_assets', '万元'),
        D('集体统一经营的耕地（园地）', 'v_coll_land', '亩'),
        C('四、集体经济组织'), I('是否成立村股份经济合作社', 'v_coop_shares', null, 'boolean', '是/否'), I('集体经济组织成员', 'v_coop_members', '人'),
        D('当年股金分红', 'v_dividend', '万元'),
        C('五、发展项目'), I('1.资源开发型', 'v_proj_resource', '个'), I('2.物业经营型', 'v_proj_property', '个'), I('3.服务创收型', 'v_proj_service', '个'),
        I('4.产业带动型', 'v_proj_industry', '个'), I('5.联村抱团型', 'v_proj_joint', '个'), D('争取中央和省级扶持资金', 'v_fund_support', '万元'),
        C('六、村级组织运转'), D('村级组织运转经费', 'v_org_fund', '万元'), S('其中：财政补助', 'v_org_fund_fiscal', '万元'),
        D('村干部基本报酬总额', 'v_cadre_pay', '万元'),
        C('七、村级债务'), D('村级债务总额', 'v_debt_total', '万元'), S('其中：经营性债务', 'v_debt_op', '万元'), S('公益性债务', 'v_debt_pub', '万元'),
      ],
      note: '注：本表由村党组织书记组织填写，经乡镇（街道）党（工）委审核后于1月20日前报区委组织部组织科。',
    }],
  },
  {
    file: '2024年村（社区）“两委”班子成员花名册.xlsx', dept: '区委组织部', freq: 'annual', catalog: false,
    title: '2024年村（社区）“两委”班子成员花名册',
    sheets: [{
      kind: 'columns', name: '花名册', seq: true, meta: '乡镇（街道）党（工）委（盖章）：                              填报日期：2024年  月  日',
      cols: [
        L('村（社区）', 'v_name'), L('姓  名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
        L('出生年月', 'p_birth', 'date'), L('政治面貌', 'p_polit', 'choice', null, POLIT), L('学历', 'p_edu', 'choice', null, EDU), L('现任职务', 'p_post'),
        L('是否“一肩挑”', 'p_yijiantiao', 'boolean', null, YN), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 12, note: '注：本表报区委组织部组织科，电子版同时发送至工作邮箱。',
    }],
  },
  // ───────────── 区统计局 ─────────────
  {
    file: '区统计局/村（社区）基本情况统计调查表.xlsx', dept: '区统计局', freq: 'annual', title: '2025年村（社区）基本情况统计调查表',
    catalog: '村（社区）基本情况年报（表一至表五）',
    sheets: [
      {
        kind: 'indicator-rows', name: '表一', title: '表一：村（社区）基本情况', stat: { code: '农基1表', org: 'XX区统计局', approval: '湘统制〔2023〕15号' },
        meta: '村（社区）名称：                              2025年度', head: ['指标名称', '计量单位', '代码', '2025年', '2024年'],
        codeRow: true, sign: 'cells',
        rows: [
          C('一、户籍人口和劳动力'), I('户籍户数', 'v_hh_hj', '户'), I('户籍人口', 'v_pop_hj', '人'), I('常住人口', 'v_pop_cz', '人'), I('60岁及以上人口', 'v_pop_60', '人'), I('乡村劳动力资源数', 'v_labor', '人'), I('外出从业人员', 'v_migrant', '人'),
          C('二、社会保障和帮扶'), I('农村低保户', 'v_dibao_hh', '户'), I('农村低保人口', 'v_dibao_n', '人'), I('特困人员', 'v_tk_n', '人'),
          I('脱贫户', 'v_poor_hh', '户'), I('脱贫人口', 'v_poor_n', '人'), I('防止返贫监测对象', 'v_monitor_n', '人'), I('持证残疾人', 'v_disab_cert', '人'),
          I('参加城乡居民基本养老保险人数', 'v_pension_ins', '人'), I('参加城乡居民基本医疗保险人数', 'v_med_ins', '人'),
          C('三、土地和集体经济'), D('耕地面积', 'v_land', '亩'), D('村集体经济收入', 'v_coll_income', '万元'),
          C('四、村级组织'), I('村民小组', 'v_groups', '个'), I('中共党员', 'v_pm', '人'),
        ],
      },
      {
        kind: 'columns', name: '表二', title: '表二：新型农业经营主体名录', seq: true,
        cols: [
          L('主体名称', 'b_name'), L('主体类型', 'b_type', 'choice', null, ['农民专业合作社', '家庭农场', '农业企业', '种养大户']),
          L('负责人', 'b_chief'), L('经营面积（亩）', 'b_area', 'decimal', '亩'),
        ],
        blank: 8,
      },
      {
        kind: 'columns', name: '表三', title: '表三：村（社区）“两委”成员名单', seq: true,
        cols: [
          L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION), L('出生年月', 'p_birth', 'date'),
          L('政治面貌', 'p_polit', 'choice', null, POLIT), L('文化程度', 'p_edu', 'choice', null, EDU), L('职务', 'p_post'),
          L('书记、主任是否“一肩挑”', 'p_yijiantiao', 'boolean', null, YN), L('联系电话', 'p_phone', 'phone'),
        ],
        blank: 9,
      },
      {
        kind: 'indicator-rows', name: '表四', title: '表四：基础设施和公共服务', head: ['指标名称', '计量单位', '数量'],
        rows: [
          I('卫生厕所户数', 'v_toilet_hh', '户'), D('村综合文化服务中心面积', 'v_culture_area', '平方米'), D('文化广场面积', 'v_plaza_area', '平方米'),
          I('农家书屋藏书', 'v_books', '册'), I('群众性文体队伍', 'v_art_teams', '支'), I('体育健身场所', 'v_sports', '个'),
        ],
      },
      {
        kind: 'columns', name: '表五', title: '表五：村民小组（自然村）情况', seq: true,
        cols: [
          // a group's counts, not the village's 户籍户数 / 户籍人口
          L('村民小组名称', 'g_name'), L('户数（户）', 'g_hh', 'integer', '户'), L('人口（人）', 'g_pop', 'integer', '人'), L('村民小组长', 'g_leader'),
        ],
        blank: 10, footer: '单位负责人：            统计负责人：            填表人：            联系电话：            报出日期：2026年  月  日',
      },
    ],
  },
  {
    file: '区统计局/2021年农村住户调查样本户基本情况登记表.xlsx', dept: '区统计局', freq: 'annual', catalog: false,
    title: '白马镇杨梅冲村2021年农村住户调查样本户基本情况登记表', xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'columns', name: 'Sheet1', startCol: 1, blankTop: 1, textNums: true, seq: true, codeRow: true,
      meta: '调查小区编码：                    辅助调查员：                    登记时间：2021年  月  日',
      cols: [
        L('户编码', 'h_survey_code'), L('户主姓名', 'h_head_name'),
        // the household's residents, not 家庭人口 (registered members)
        L('家庭常住人口（人）', 'h_pop_cz', 'integer', '人'), L('其中：劳力（人）', 'h_labor', 'integer', '人'),
        L('外出务工人数（人）', 'h_migrant', 'integer', '人'),
        L('经营耕地面积（亩）', 'h_land', 'decimal', '亩'), L('住房建筑面积（平方米）', 'h_house_area', 'decimal', '平方米'),
        L('上年人均可支配收入（元）', 'h_inc_disp_pc', 'decimal', '元'), L('是否记账户', 'h_bookkeeper', 'boolean', null, YN),
        L('联系电话', 'h_head_phone', 'phone'), R(),
      ],
      blank: 10, footer: true, note: '注：本表由辅助调查员填写，每年1月10日前报区统计局（住户调查办）。',
    }],
  },
  // ───────────── 区文旅广体局 ─────────────
  {
    file: '区文旅广体局/村（社区）综合文化服务中心建设情况统计表.xlsx', dept: '区文旅广体局', freq: 'annual',
    title: '2025年村（社区）综合性文化服务中心建设情况统计表', catalog: '村（社区）综合文化服务中心建设情况表',
    sheets: [{
      kind: 'columns', name: '文化服务中心', seq: true, villages: VILLAGES, total: true, meta: '乡镇（街道）综合文化站（盖章）：                      2025年12月',
      cols: [
        L('乡镇（街道）', 'v_town'), L('村（社区）', 'v_name'), L('服务人口（户籍）（人）', 'v_pop_hj', 'integer', '人'),
        L('综合文化服务中心面积（平方米）', 'v_culture_area', 'decimal', '平方米'), L('文化广场面积（平方米）', 'v_plaza_area', 'decimal', '平方米'),
        L('农家书屋藏书（册）', 'v_books', 'integer', '册'), L('文体队伍（支）', 'v_art_teams', 'integer', '支'), L('健身场所（个）', 'v_sports', 'integer', '个'),
        // the centre's manager
        G('文化管理员', L('姓名', 'v_culture_admin'), L('联系电话', 'v_culture_admin_phone', 'phone')),
      ],
      footer: true,
    }],
  },
];

const corpus = new Corpus('blind8', path.join(import.meta.dirname ?? __dirname), forms, [
  ['新时代文明实践站志愿服务活动登记表.xlsx', '新时代文明实践站志愿服务活动登记表', '区委宣传部', '月报'],
  ['城乡居民医保参保缴费人员名册.xlsx', '城乡居民医保参保缴费人员名册', '区医保局', '年报'],
]);

/** the kit writes `有效期至：2016年12月` in every 表号 block; these 2021–2026 forms carry a current one (cells only, gold unchanged) */
async function fixValidity() {
  if (process.argv.includes('--gold-only')) return;
  for (const f of forms.filter((x) => x.sheets.some((s) => s.stat))) {
    const file = path.join(corpus.outDir, 'forms', f.file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => { if (c.value === '有效期至：2016年12月') c.value = '有效期至：2027年12月'; })));
    await wb.xlsx.writeFile(file);
  }
}
void corpus.build().then(fixValidity);
