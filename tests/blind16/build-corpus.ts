/**
 * Held-out corpus "blind16": 黑龙江 XX县 (a northeast grain county: 玉米 / 大豆 / 水稻, villages next to 国有农场, 朝鲜族
 * villages, 屯 as natural villages; 乡镇 and 行政村, 社区 in the 县城), templates of 2012–2025 that 14 county offices send
 * to villages and communities. Written from ../shared/bench/README.md and the blind4 kit only, without reading the
 * matcher, the lexicon or any other corpus.
 *
 *   npx tsx tests/blind16/build-corpus.ts             → tests/blind16/forms, 报表清单.xlsx, gold.json, README.md
 *   npx tsx tests/blind16/build-corpus.ts --gold-only → gold.json and README.md only
 *   npx tsx tests/blind4/check-corpus.ts tests/blind16 → must print `bad 0`
 *
 * Four grid shapes are written by ./extra.ts (两级列头 本年|上年, 类别|子类别 two-column row labels, 1月…12月 across,
 * the transposed 自然屯-across grid); the kit writes everything else, including its own GridSheet (屯 × 指标,
 * 年龄段 × 男|女, 取暖方式 × 户数).
 *
 * Gold conventions beyond ../shared/bench/README.md (decided as a county official reconciling the forms would):
 *  - Grids: label = row label + leaf column label (both row-label columns when the rows are 类别 | 子类别); path =
 *    [row label(s), column group header, leaf]; one element per (row key, indicator[, period]). A 屯's 户数 is one
 *    datum whether 统计局's 自然屯 table (屯 down the rows) or 住建局's weekly 清洁取暖 table (屯 across the columns)
 *    asks it; the crop grid's 玉米 播种面积 本年 is the 统计年报's and the 农业 questionnaire's 玉米播种面积, 总产量 本年 the
 *    统计年报's 其中：玉米产量; 上年 columns are their own elements (上年 ≠ 本年); 单产 ≠ 总产 ≠ 播种面积.
 *  - 秸秆: the 肥料化 | 直接还田 area is the questionnaire's 秸秆还田面积; 堆沤还田 is not 还田 in that sense; 秸秆产生量 ≠
 *    可收集量 ≠ 综合利用量 ≠ 综合利用率; the questionnaire's 其中：直接还田利用量 is the grid's 直接还田 利用量.
 *  - 撂荒: the annual questionnaire's 其中：当年复耕复种面积 is the monthly progress table's 已复耕复种面积 > 累计 (the year's
 *    running total; 本月 is its own element).
 *  - Same datum, other words: 撂荒面积 = 撂荒耕地面积; 粮豆薯播种面积 / 总产量 (黑龙江 statistics wording) = 粮食作物播种面积 /
 *    粮食总产量; 五保供养人数 (2013) = 特困供养人员 (the 2014 reform renamed the programme, the people are the same);
 *    村两委干部人数 = 村“两委”成员; 联合收割机 = 联合收获机; 旱田 = 旱地; 自然屯 = 自然村（屯）个数 = 自然屯（个）;
 *    通自来水的自然屯 = 通自来水的自然村; 劳力 / 劳动力总数 = 乡村劳动力资源; 外出打工 = 外出务工劳动力; 总户数 / 总人口 of a
 *    village table = 户籍户数 / 户籍人口 (the villages report their 户籍 figures); 户籍人口 > 户数 = 户籍户数; 已参保人数 (医保 汇总)
 *    = 参加城乡居民基本医疗保险人数; 60周岁以上 = 60周岁及以上 (official usage includes the bound); 享受人数 = 保障人口;
 *    月低保金 = 月保障金额; 户主 = 户主姓名; 联系方式 / 手机号码 = 联系电话; 出生年月 = 出生日期; 学历 = 文化程度; 职务 =
 *    现任职务 (两委 rosters); 任职时间 = 任现职时间; 家庭住址 (退役军人花名册) = 现居住地址 = 现住地详址 = 现住址; 户籍地详址
 *    (GA/T 543) = 户籍地址; 入伍年月 = 入伍时间, 退役年月 = 退役时间; 化解时间 = 调解日期, 化解结果 = 调解结果, 责任人 (化解)
 *    = 调解人, 纠纷类型 = 纠纷类别; 累计转移就业 (人社 季报) = 统计年报 转移就业人数 (both the stock of the year).
 *  - Kept apart: 年龄 ≠ 出生年月 (the 两委 roster asks both); 60 ≠ 65 ≠ 80周岁及以上; 65岁及以上 under 常住人口 (普查) ≠
 *    65周岁及以上 under 户籍人口 (统计年报); 户数 ≠ 人数 everywhere; 本月 ≠ 累计, 本季度新增 ≠ 累计, 本周新增 ≠ 已完成; 保障人口 ≠
 *    家庭人口; 党员 ≠ 预备党员 ≠ 女党员; 村民委员会成员 ≠ 村“两委”成员; 乡村医生 ≠ 执业（助理）医师; 转移就业 ≠ 外出务工;
 *    暂住人口 (公安) stays its own element; 户籍地址 ≠ 现居住地址.
 *  - Group headers that change the meaning give their own elements: 监护人 / 帮扶责任人 / 委托照料人 / 包保责任人 / 村级河长 /
 *    村级防汛责任人 / 村级管水员 / 普查员 / 普查指导员 / 责任医生 / 当事人 > 姓名 · 联系电话. A household roster's 联系电话
 *    (低保) is the household's (户主's) phone, not a person's. 基本信息 / 患者基本信息 / 残疾人基本信息 / 家庭情况 / 服役情况 /
 *    供养情况 / 本季度随访 / 儿童基本情况 carry no meaning. 所在屯 / 屯 of a household or person is one element.
 *  - A person's guardian is a person attribute like 姓名: 监护人 > 姓名 · 联系电话 · 与…关系 is one element each whether the
 *    roster is of 残疾人 (残联) or of 留守儿童 (妇联), as 姓名 is one element across all person rosters; the 父亲 / 母亲 /
 *    “爱心妈妈” columns are their own.
 *  - One element per concept regardless of year or office (a 2012 form and a 2024 form asking 户主姓名 share it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { C, Corpus, D, EDU, G, I, L, POLIT, R, S, SEX, YN, type Form } from '../blind4/kit';
import { install, monthGrid, placeholder, transposedGrid, twoColRowGrid, twoLevelGrid, type Writer } from './extra';

const NATION = ['汉族', '朝鲜族', '满族', '蒙古族', '回族', '达斡尔族', '其他'];
const VILLAGES = ['靠山村', '永安村', '红旗村', '新兴朝鲜族村', '东升村', '长发村'];
const TUNS = [{ l: '前进屯', k: 'qianjin' }, { l: '东兴屯', k: 'dongxing' }, { l: '靠山屯', k: 'kaoshan' }, { l: '朝鲜屯', k: 'chaoxian' }];
const DISAB_TYPE = ['视力残疾', '听力残疾', '言语残疾', '肢体残疾', '智力残疾', '精神残疾', '多重残疾'];
const DISAB_GRADE = ['一级', '二级', '三级', '四级'];
const VET_TYPE = ['退役士兵', '复员干部', '转业干部', '军队离休退休干部', '伤残军人', '其他'];
const MJ_TYPE = ['婚姻纠纷', '家庭暴力', '赡养纠纷', '抚养纠纷', '继承纠纷', '其他家庭纠纷'];
const MJ_RESULT = ['已化解', '化解中', '已移交'];
const DIBAO_CLS = ['A类', 'B类', 'C类'];
const FOOT_CUN = '村（社区）负责人：            填表人：            联系电话：            填报日期：    年  月  日';

const writers = new Map<Form, Writer>();
const custom = (f: Form, w: Writer): Form => { writers.set(f, w); return f; };

const forms: Form[] = [
  // ───────────── 县农业农村局 ─────────────
  custom({
    file: '县农业农村局/2023年玉米大豆水稻生产情况统计表.xlsx', dept: '县农业农村局', freq: 'annual',
    title: '2023年玉米、大豆、水稻生产情况统计表', catalog: '玉米、大豆、水稻生产情况统计表', sheets: [placeholder('生产情况')],
  }, twoLevelGrid({
    sheet: '生产情况', title: '2023年玉米、大豆、水稻生产情况统计表',
    meta: '填报单位：          乡（镇）          村（盖章）                    填报日期：2023年10月   日',
    key: '作物名称', prefix: 'ag', codeRow: true, total: true,
    groups: [
      { g: '播种面积（亩）', t: 'decimal', u: '亩', leaves: [{ l: '本年', e: 'area' }, { l: '上年', e: 'area_ly' }] },
      { g: '单产（公斤/亩）', t: 'decimal', u: '公斤/亩', leaves: [{ l: '本年', e: 'yield' }, { l: '上年', e: 'yield_ly' }] },
      { g: '总产量（吨）', t: 'decimal', u: '吨', leaves: [{ l: '本年', e: 'out' }, { l: '上年', e: 'out_ly' }] },
    ],
    rows: [{ l: '玉米', k: 'corn' }, { l: '大豆', k: 'soy' }, { l: '水稻', k: 'rice' }],
    bottom: ['村负责人：              填表人：              联系电话：', '注：单产按收获面积计算，总产量按标准水分折算。'],
  })),
  custom({
    file: '2021年农作物秸秆综合利用情况调查表.xlsx', dept: '县农业农村局', freq: 'annual', catalog: false,
    title: '2021年农作物秸秆综合利用情况调查表', sheets: [placeholder('秸秆利用')],
  }, twoColRowGrid({
    sheet: '秸秆利用', title: '2021年农作物秸秆综合利用情况调查表',
    meta: '乡（镇）：                村：                    调查时间：2021年  月  日',
    key: '利用方式', group: '秸秆综合利用情况', prefix: 'ag_straw', total: true,
    cols: [{ l: '利用面积（亩）', e: 'area', t: 'decimal', u: '亩' }, { l: '利用量（吨）', e: 'qty', t: 'decimal', u: '吨' }],
    cats: [
      { cat: '肥料化', subs: [{ l: '直接还田（翻埋、碎混、覆盖）', k: 'return' }, { l: '堆沤腐熟还田', k: 'compost' }] },
      { cat: '饲料化', subs: [{ l: '青（黄）贮', k: 'silage' }] },
      { cat: '燃料化', subs: [{ l: '打捆直燃', k: 'bale_fuel' }] },
      { cat: '基料化', subs: [{ l: '食用菌基料', k: 'mushroom' }] },
    ],
    bottom: ['调查人：              村负责人：              联系电话：',
      '注：请于每年11月30日前将本表报县农业农村局农业环境保护站，电子版同时发送至工作邮箱。'],
  })),
  {
    file: '县农业农村局/撂荒耕地排查整治进度月报表.xlsx', dept: '县农业农村局', freq: 'monthly', title: '撂荒耕地排查整治进度月报表',
    sheets: [{
      kind: 'columns', name: '月报', seq: true, villages: VILLAGES, total: true,
      meta: '填报单位（盖章）：              乡（镇）                     截至 2022年   月   日',
      cols: [
        L('乡镇', 'v_town'), L('行政村', 'v_name'), L('耕地面积（亩）', 'v_land', 'decimal', '亩'),
        L('撂荒耕地面积（亩）', 'v_land_abandon', 'decimal', '亩'),
        G('已复耕复种面积（亩）', L('本月', 'ab_recult_m', 'decimal', '亩'), L('累计', 'ab_recult_cum', 'decimal', '亩')),
        L('尚未复耕面积（亩）', 'ab_unrecult', 'decimal', '亩'),
        L('撂荒主要原因', 'ab_reason', 'choice', null, ['劳动力外出', '地块零散偏远', '灌排条件差', '土壤瘠薄', '其他']),
        L('复耕后种植作物', 'ab_crop', 'choice', null, ['玉米', '大豆', '水稻', '杂粮杂豆', '其他']),
        G('包保责任人', L('姓名', 'ab_chief_name'), L('联系电话', 'ab_chief_phone', 'phone')), R(),
      ],
      footer: true,
    }],
  },
  {
    file: '县农业农村局/村级农业生产和黑土地保护情况调查表.xlsx', dept: '县农业农村局', freq: 'annual',
    title: '2021年村级农业生产和黑土地保护利用情况调查表', catalog: '村级农业生产和黑土地保护利用情况调查表',
    sheets: [{
      kind: 'indicator-rows', name: '调查表', head: ['项    目', '单位', '数量'], sign: 'cells',
      meta: '乡（镇）：                  村：                              2021年度',
      rows: [
        C('一、耕地和播种'), D('耕地面积', 'v_land', '亩'), S('其中：水田', 'v_paddy', '亩'), S('旱田', 'v_dryland', '亩'),
        D('撂荒面积', 'v_land_abandon', '亩'), S('其中：当年复耕复种面积', 'ab_recult_cum', '亩'), D('高标准农田面积', 'ag_hsfarm', '亩'), D('有效灌溉面积', 'v_irrig', '亩'),
        D('玉米播种面积', 'ag_corn_area', '亩'), D('大豆播种面积', 'ag_soy_area', '亩'), D('水稻播种面积', 'ag_rice_area', '亩'),
        D('粮食总产量', 'v_grain_out', '吨'),
        C('二、黑土地保护利用'), D('保护性耕作面积', 'ag_bt_consv', '亩'), D('深松（深翻）整地面积', 'ag_bt_subsoil', '亩'),
        D('秸秆还田面积', 'ag_straw_return_area', '亩'), D('增施有机肥面积', 'ag_bt_organic', '亩'), D('测土配方施肥面积', 'ag_bt_soiltest', '亩'),
        D('米豆轮作面积', 'ag_rotation', '亩'),
      ],
      rows2: [
        C('三、农业机械'), I('拖拉机', 'ag_tractor', '台'), S('其中：大中型拖拉机', 'ag_tractor_big', '台'), I('联合收割机', 'ag_harvester', '台'),
        I('水稻插秧机', 'ag_transplanter', '台'), I('免耕播种机', 'ag_notill', '台'), D('农机总动力', 'ag_power', '千瓦'),
        C('四、新型农业经营主体'), I('农民专业合作社', 'v_coop', '个'), S('其中：农机专业合作社', 'ag_mach_coop', '个'),
        I('家庭农场', 'v_family_farm', '个'), D('土地流转面积', 'v_land_transfer', '亩'), D('农业生产托管服务面积', 'ag_trust', '亩'),
        C('五、秸秆资源'), D('秸秆产生量', 'ag_straw_gen', '吨'), D('秸秆可收集量', 'ag_straw_collect', '吨'),
        D('秸秆综合利用量', 'ag_straw_used', '吨'), S('其中：直接还田利用量', 'ag_straw_return_qty', '吨'), D('秸秆综合利用率', 'ag_straw_rate', '%'),
      ],
    }],
  },
  // ───────────── 县统计局 ─────────────
  {
    file: '县统计局/村级基本情况统计年报表.xlsx', dept: '县统计局', freq: 'annual', title: '2024年村级基本情况统计年报表',
    sheets: [{
      kind: 'indicator-rows', name: '村统1表', stat: { code: '村统1表', org: 'XX县统计局', approval: 'X统字〔2019〕12号' },
      meta: '填报单位（村委会）：                     乡（镇）                 2024年度',
      head: ['指标名称', '计量单位', '代码', '本年', '上年同期'], codeRow: true, sign: 'cells',
      rows: [
        C('一、人口和户数'), I('户籍户数', 'v_hh_hj', '户'), I('户籍人口', 'v_pop_hj', '人'), S('其中：男', 'v_pop_hj_m', '人'),
        S('女', 'v_pop_hj_f', '人'), S('朝鲜族人口', 'v_pop_korean', '人'), S('60周岁及以上人口', 'v_pop_60', '人'),
        S('65周岁及以上人口', 'v_pop_65', '人'), S('80周岁及以上人口', 'v_pop_80', '人'), I('常住人口', 'v_pop_cz', '人'), I('外出半年以上人口', 'v_pop_out6m', '人'),
        I('自然屯', 'v_tuns', '个'), I('村民小组', 'v_groups', '个'),
        C('二、劳动力和就业'), I('乡村劳动力资源', 'v_labor', '人'), S('其中：外出务工劳动力', 'v_migrant', '人'),
        I('转移就业人数', 'v_transfer_emp', '人'),
        C('三、土地资源'), D('耕地面积', 'v_land', '亩'), S('其中：水田', 'v_paddy', '亩'), S('旱田', 'v_dryland', '亩'),
        D('撂荒耕地面积', 'v_land_abandon', '亩'), D('林地面积', 'v_forest', '亩'), D('草地面积', 'v_grass', '亩'),
        D('有效灌溉面积', 'v_irrig', '亩'), D('高标准农田面积', 'ag_hsfarm', '亩'),
        C('四、农业生产'), C('（一）种植业', 1), D('粮食作物播种面积', 'v_grain_area', '亩'), D('玉米播种面积', 'ag_corn_area', '亩'),
        D('大豆播种面积', 'ag_soy_area', '亩'), D('水稻播种面积', 'ag_rice_area', '亩'), D('粮食总产量', 'v_grain_out', '吨'),
        S('其中：玉米产量', 'ag_corn_out', '吨'), S('大豆产量', 'ag_soy_out', '吨'), S('水稻产量', 'ag_rice_out', '吨'),
        C('（二）畜牧业', 1), I('年末牛存栏', 'v_cattle', '头'), I('年末生猪存栏', 'v_pig', '头'), D('肉类总产量', 'v_meat', '吨'),
        C('五、农村经济'), D('村集体经济收入', 'v_coll_income', '万元'), S('其中：经营性收入', 'v_coll_op', '万元'),
        D('农村居民人均可支配收入', 'v_income_pc', '元'), I('农民专业合作社', 'v_coop', '个'), I('家庭农场', 'v_family_farm', '个'),
        C('六、社会保障'), I('农村低保户数', 'v_dibao_hh', '户'), I('农村低保人数', 'v_dibao_n', '人'), I('特困供养人员', 'v_tk_n', '人'),
        I('参加城乡居民基本医疗保险人数', 'v_med_ins_n', '人'), I('参加城乡居民基本养老保险人数', 'v_pension_n', '人'),
        I('持证残疾人', 'v_disab_cert', '人'),
        C('七、基础设施和公共服务'), I('通自来水的自然屯', 'v_tun_tap', '个'), I('通自来水户数', 'w_tap_hh', '户'), D('自来水普及率', 'v_tap_rate', '%'),
        I('清洁取暖户数', 'v_clean_heat_hh', '户'), I('卫生室', 'v_clinic', '个'), I('乡村医生', 'v_doctor', '人'),
        C('八、村级组织'), I('党员', 'v_pm', '人'), S('其中：女党员', 'v_pm_f', '人'), S('预备党员', 'v_pm_prob', '人'),
        I('村“两委”成员', 'v_cadres', '人'), S('其中：女性', 'v_cadres_f', '人'), I('村民委员会成员', 'v_vc', '人'),
        D('村级组织活动场所面积', 'v_office_area', '平方米'),
      ],
    }],
  },
  {
    file: '县统计局/自然屯基本情况统计表.xlsx', dept: '县统计局', freq: 'annual', title: '2024年自然屯基本情况统计表（村统1表附表）',
    catalog: '自然屯基本情况统计表',
    sheets: [{
      kind: 'grid', name: '附表', key: '自然屯名称', prefix: 'tun',
      meta: '乡（镇）：兴隆镇              行政村：靠山村                  2024年12月31日',
      rows: TUNS,
      cols: [L('户数（户）', 'hh', 'integer', '户'), L('人口（人）', 'pop', 'integer', '人'), L('耕地面积（亩）', 'land', 'decimal', '亩')],
      total: true, footer: true,
    }],
  },
  {
    file: '县统计局/第三次全国农业普查行政村普查表.xlsx', dept: '县统计局', freq: 'adhoc', title: '第三次全国农业普查行政村普查表',
    catalog: '第三次全国农业普查村级普查表（表一至表五）',
    instructions: [
      '填表说明：', '1.本表由普查员在村委会负责人协助下填写，普查标准时点为2016年12月31日24时。',
      '2.“户籍户数”“户籍人口”以公安户籍登记为准；“常住人口”指在本村居住半年以上的人口。',
      '3.表三农业机械指普查时点本村农户和农业生产经营单位拥有的机械。', '4.表五由普查员、普查指导员本人填写。',
    ],
    sheets: [
      {
        kind: 'indicator-rows', name: '表一', source: '表一：村基本情况',
        stat: { code: 'N401表', org: '国务院第三次全国农业普查领导小组办公室', approval: '国统字〔2016〕64号' },
        meta: '普查区代码：□□□□□□□□□□□□            行政村名称：', head: ['指标名称', '计量单位', '代码', '数量'], codeRow: true,
        rows: [
          C('一、村基本情况'), I('是否少数民族聚居村', 'v_minority_vill', null, 'boolean', '是/否'),
          D('村委会到乡镇政府距离', 'v_dist_town', '公里'), I('自然村（屯）个数', 'v_tuns', '个'), I('村民小组', 'v_groups', '个'),
          I('户籍户数', 'v_hh_hj', '户'), I('户籍人口', 'v_pop_hj', '人'), I('常住人口', 'v_pop_cz', '人'),
          S('其中：65岁及以上', 'v_pop_cz_65', '人'),
          C('二、基础设施'), I('是否通公路', 'v_road', null, 'boolean', '是/否'), I('通宽带互联网的自然村', 'v_tun_broadband', '个'),
          I('通自来水的自然村', 'v_tun_tap', '个'), I('有电子商务配送站点的自然村', 'v_tun_ecom', '个'),
        ],
      },
      {
        kind: 'indicator-rows', name: '表二', title: '表二：农业生产经营情况', head: ['指标名称', '计量单位', '代码', '数量'], codeRow: true,
        rows: [
          D('耕地面积', 'v_land', '亩'), S('其中：水田', 'v_paddy', '亩'), S('旱地', 'v_dryland', '亩'), D('林地面积', 'v_forest', '亩'),
          D('设施农业占地面积', 'v_greenhouse', '亩'), I('农业生产经营户', 'v_farm_hh', '户'), I('规模农业经营户', 'v_scale_hh', '户'),
          I('农民合作社', 'v_coop', '个'), I('家庭农场', 'v_family_farm', '个'), D('土地流转面积', 'v_land_transfer', '亩'),
        ],
      },
      {
        kind: 'indicator-rows', name: '表三', title: '表三：农业机械情况', head: ['指标名称', '计量单位', '代码', '数量'], codeRow: true,
        rows: [
          I('拖拉机', 'ag_tractor', '台'), S('其中：大中型拖拉机', 'ag_tractor_big', '台'), I('联合收获机', 'ag_harvester', '台'),
          I('水稻插秧机', 'ag_transplanter', '台'), I('排灌动力机械', 'ag_irrig_mach', '台'),
        ],
      },
      {
        kind: 'indicator-rows', name: '表四', title: '表四：基本社会服务情况', head: ['指标名称', '计量单位', '代码', '数量'], codeRow: true,
        rows: [
          I('幼儿园、托儿所', 'v_kinder', '个'), I('卫生室', 'v_clinic', '个'), I('执业（助理）医师', 'v_doctor_lic', '人'),
          I('图书室、文化站', 'v_library', '个'), I('体育健身场所', 'v_sports', '个'), I('农民业余文化组织', 'v_culture_org', '个'),
          I('是否有养老服务机构', 'v_elder_inst', null, 'boolean', '有/无'),
        ],
      },
      {
        kind: 'columns', name: '表五', title: '表五：普查员、普查指导员信息',
        cols: [
          G('普查员', L('姓名', 'cs_enum_name'), L('联系电话', 'cs_enum_phone', 'phone')),
          G('普查指导员', L('姓名', 'cs_guide_name'), L('联系电话', 'cs_guide_phone', 'phone')), L('普查登记日期', 'cs_date', 'date'),
        ],
        blank: 2, footer: '村委会负责人签字：                    村委会（盖章）',
      },
    ],
  },
  {
    file: '2013年农村基本情况调查表.xlsx', dept: '县统计局', freq: 'annual', catalog: false,
    xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'indicator-rows', name: 'Sheet1', blankTop: 1, startCol: 1, head: ['项目', '单位', '数量'], sign: 'line',
      meta: '乡镇：                村：                填报时间：2014年1月',
      rows: [
        C('一、人口'), I('1.总户数', 'v_hh_hj', '户'), I('2.总人口', 'v_pop_hj', '人'), S('其中：男性', 'v_pop_hj_m', '人'),
        S('朝鲜族', 'v_pop_korean', '人'), I('3.劳力', 'v_labor', '人'), S('其中：外出打工', 'v_migrant', '人'),
        C('二、土地'), D('1.耕地面积', 'v_land', '亩'), S('其中：水田', 'v_paddy', '亩'), D('2.林地', 'v_forest', '亩'),
        C('三、生产'), D('1.粮豆薯播种面积', 'v_grain_area', '亩'), D('2.粮豆薯总产量', 'v_grain_out', '吨'),
        C('四、集体经济和社会保障'), D('1.村集体收入', 'v_coll_income', '万元'), I('2.低保户', 'v_dibao_hh', '户'), I('3.低保人口', 'v_dibao_n', '人'),
        I('4.五保供养人数', 'v_tk_n', '人'), I('5.持残疾证人数', 'v_disab_cert', '人'), I('6.村两委干部人数', 'v_cadres', '人'),
      ],
      note: '注：本表由村委会填写，乡镇审核汇总后，于次年1月15日前报送县统计局农村科。',
    }],
  },
  // ───────────── 县公安局 ─────────────
  {
    file: '流动人口信息登记表（系统导出）.xlsx', dept: '县公安局', freq: 'adhoc', catalog: false, title: '流动人口信息登记表',
    sheets: [{
      kind: 'columns', name: 'sheet1', source: '数据来源：黑龙江省公安厅流动人口信息管理系统导出    导出时间：2018-05-12 09:31',
      cols: [
        L('姓名', 'p_name'), L('曾用名', 'p_alias'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
        L('出生日期', 'p_birth', 'date'), L('公民身份号码', 'p_idno', 'idcard'), L('文化程度', 'p_edu', 'choice', null, EDU),
        L('婚姻状况', 'p_marital', 'choice', null, ['未婚', '有配偶', '离婚', '丧偶']), L('户籍地详址', 'p_addr_hj'), L('现住地详址', 'p_addr_now'),
        L('服务处所', 'fp_workplace'), L('职业', 'p_job'),
        L('暂住事由', 'fp_reason', 'choice', null, ['务工', '经商', '务农', '投靠亲友', '就学', '其他']), L('来本县日期', 'fp_arrive', 'date'),
        L('拟暂住期限', 'fp_term', 'choice', null, ['一个月以下', '一至三个月', '三个月至半年', '半年以上']),
        L('居住证编号', 'fp_permit'), L('联系电话', 'p_phone', 'phone'), L('登记日期', 'fp_reg_date', 'date'),
        L('登记单位', 'fp_reg_unit'), L('所属派出所', 'fp_station'),
      ],
      blank: 15, note: '注：流动人口来（离）本村（社区）时随时登记，3日内报辖区派出所录入系统。',
    }],
  },
  {
    file: '县公安局/户籍人口年龄结构统计表.xlsx', dept: '县公安局', freq: 'annual', title: '2022年户籍人口年龄结构统计表',
    sheets: [{
      kind: 'grid', name: '年龄结构', key: '年  龄  段', prefix: 'age',
      meta: '派出所：                  社区（村）：                  统计截止：2022年12月31日',
      rows: [
        { l: '0—17周岁', k: 'u18' }, { l: '18—59周岁', k: '18_59' }, { l: '60—64周岁', k: '60_64' }, { l: '65—79周岁', k: '65_79' },
        { l: '80周岁及以上', k: '80p' },
      ],
      cols: [G('户籍人口（人）', L('男', 'm', 'integer', '人'), L('女', 'f', 'integer', '人'))],
      total: true, footer: '统计人：              审核人：              派出所（盖章）',
    }],
  },
  {
    file: '村（社区）实有人口情况统计表.xlsx', dept: '县公安局', freq: 'quarterly', catalog: false, title: '村（社区）实有人口情况统计表',
    sheets: [{
      kind: 'columns', name: '实有人口', seq: true, villages: ['城西社区', '城东社区', ...VILLAGES.slice(0, 4)], total: true,
      stat: { code: '公治统3表', org: 'XX县公安局', approval: 'X公发〔2015〕21号' }, meta: '派出所（盖章）：                           2015年第  季度',
      cols: [
        L('社区（村）', 'v_name'),
        G('户籍人口', L('户数（户）', 'v_hh_hj', 'integer', '户'), L('人数（人）', 'v_pop_hj', 'integer', '人'),
          L('其中：男', 'v_pop_hj_m', 'integer', '人'), L('女', 'v_pop_hj_f', 'integer', '人')),
        L('暂住人口（人）', 'v_pop_float', 'integer', '人'), L('人户分离人口（人）', 'v_hh_sep', 'integer', '人'),
        L('60周岁以上人口（人）', 'v_pop_60', 'integer', '人'), L('境外人员（人）', 'v_foreigners', 'integer', '人'),
        L('实有房屋（栋）', 'v_houses', 'integer', '栋'), L('出租房屋（间）', 'v_rent', 'integer', '间'), R(),
      ],
      footer: '统计人：              审核人：              报出日期：    年  月  日',
    }],
  },
  // ───────────── 县住建局 ─────────────
  {
    file: '县住建局/农村冬季清洁取暖情况统计表.xlsx', dept: '县住建局', freq: 'annual', title: '2023—2024年采暖季农村冬季清洁取暖情况统计表',
    catalog: '农村冬季清洁取暖情况统计表',
    sheets: [{
      kind: 'grid', name: '取暖方式', key: '取暖方式', prefix: 'heat',
      meta: '乡（镇）：                    村（社区）：                    （盖章）',
      rows: [
        { l: '燃煤土暖气（含火炉）', k: 'coal' }, { l: '火炕（火墙）', k: 'kang' }, { l: '电取暖（含电热炕）', k: 'elec' },
        { l: '空气源热泵', k: 'heatpump' }, { l: '生物质成型燃料炉具', k: 'biomass' },
      ],
      cols: [L('户数（户）', 'hh', 'integer', '户'), L('其中：本年新增（户）', 'new', 'integer', '户')],
      total: true, footer: true,
    }],
  },
  {
    file: '县住建局/2012年农村危房改造对象花名册.xlsx', dept: '县住建局', freq: 'annual', title: '2012年农村危房改造对象花名册',
    catalog: '农村危房改造对象花名册', xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'columns', name: 'Sheet1', startCol: 1, textNums: true, seq: true,
      meta: '乡镇（盖章）：                              填报日期：2012年  月  日',
      cols: [
        L('乡镇', 'v_town'), L('村', 'v_name'), L('屯', 'p_tun'), L('户主姓名', 'h_head_name'), L('身份证号码', 'h_head_id', 'idcard'),
        L('家庭人口', 'h_size', 'integer', '人'), L('对象类别', 'dh_cat', 'choice', null, ['五保户', '低保户', '贫困残疾人家庭', '其他贫困户']),
        L('房屋结构', 'dh_struct', 'choice', null, ['土坯房', '草房', '砖木', '砖混']), L('危险等级', 'dh_level', 'choice', null, ['C级', 'D级']),
        L('改造方式', 'dh_mode', 'choice', null, ['翻建', '新建', '修缮加固']),
        G('补助资金（元）', L('中央', 'dh_sub_c', 'decimal', '元'), L('省级', 'dh_sub_p', 'decimal', '元'), L('县级', 'dh_sub_x', 'decimal', '元')),
        L('竣工时间', 'dh_done', 'date'), L('联系电话', 'h_head_phone', 'phone'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  custom({
    file: '靠山村各屯冬季清洁取暖改造进度周报表.xlsx', dept: '县住建局', freq: 'weekly', catalog: false,
    title: '靠山村冬季清洁取暖改造进度周报表（分屯）', sheets: [placeholder('分屯进度')],
  }, transposedGrid({
    sheet: '分屯进度', title: '靠山村冬季清洁取暖改造进度周报表（分屯）',
    meta: '填报单位：兴隆镇靠山村（盖章）          截至：2023年  月  日（第  周）',
    key: '指        标', unitHead: '计量单位', group: '自然屯', prefix: 'tun', objects: TUNS,
    rows: [
      { l: '总户数', e: 'hh', u: '户', t: 'integer' }, { l: '已完成清洁取暖改造户数', e: 'heat_done', u: '户', t: 'integer' },
      { l: '其中：本周新增', e: 'heat_new_w', u: '户', t: 'integer' },
    ],
    bottom: ['填表人：              联系电话：', '注：改造实施期间每周五12时前报县住建局村镇建设股，同时抄送乡镇。'],
  })),
  // ───────────── 县水务局 ─────────────
  {
    file: '县水务局/农村饮水安全情况统计表.xlsx', dept: '县水务局', freq: 'semiannual', title: '2020年上半年农村饮水安全情况统计表',
    catalog: '农村饮水安全情况统计表',
    sheets: [{
      kind: 'columns', name: '饮水安全', seq: true, villages: VILLAGES, total: true, codeRow: true,
      meta: '填报单位：              乡（镇）（盖章）                      2020年6月30日',
      cols: [
        L('乡镇', 'v_town'), L('村', 'v_name'), L('自然屯（个）', 'v_tuns', 'integer', '个'), L('总户数（户）', 'v_hh_hj', 'integer', '户'),
        L('总人口（人）', 'v_pop_hj', 'integer', '人'),
        G('集中供水工程', L('处数（处）', 'w_cw_n', 'integer', '处'), L('受益人口（人）', 'w_cw_pop', 'integer', '人')),
        L('分散供水人口（人）', 'w_disp_pop', 'integer', '人'), L('自来水入户户数（户）', 'w_tap_hh', 'integer', '户'),
        L('自来水普及率（%）', 'v_tap_rate', 'decimal', '%'), L('水源类型', 'w_src', 'choice', null, ['地下水', '地表水', '其他']), L('水质是否达标', 'w_quality_ok', 'boolean', null, YN),
        G('村级管水员', L('姓名', 'w_keeper_name'), L('联系电话', 'w_keeper_phone', 'phone')), R(),
      ],
      footer: true,
    }],
  },
  {
    file: '村级河长巡河情况月报表.xlsx', dept: '县水务局', freq: 'monthly', catalog: false, title: '村级河（湖）长巡河情况月报表',
    sheets: [{
      kind: 'columns', name: '巡河月报', seq: true,
      meta: '乡（镇）：                        填报月份：2019年   月',
      cols: [
        L('村', 'v_name'), L('河流（湖泊）名称', 'rv_name'), L('河段长度（公里）', 'rv_len', 'decimal', '公里'),
        G('村级河长', L('姓名', 'rv_chief_name'), L('职务', 'rv_chief_post'), L('联系电话', 'rv_chief_phone', 'phone')),
        L('本月巡河次数（次）', 'rv_patrol_m', 'integer', '次'), L('发现问题（个）', 'rv_issue_m', 'integer', '个'),
        L('已整改（个）', 'rv_fixed_m', 'integer', '个'), L('河道保洁员（人）', 'rv_cleaners', 'integer', '人'), L('河长公示牌（块）', 'rv_boards', 'integer', '块'), R(),
      ],
      blank: 8, footer: FOOT_CUN, note: '注：每月3日前报县河长制办公室（设在县水务局），巡河记录另附。',
    }],
  },
  // ───────────── 县民政局 ─────────────
  {
    file: '县民政局/农村低保金发放花名册.xlsx', dept: '县民政局', freq: 'monthly', title: '农村最低生活保障金发放花名册',
    catalog: '农村低保金发放花名册（月报）',
    sheets: [{
      kind: 'columns', name: '发放花名册', seq: true, meta: '乡（镇）：                  发放年月：2025年   月                （盖章）',
      cols: [
        L('乡镇', 'v_town'), L('村（社区）', 'v_name'), L('户主姓名', 'h_head_name'), L('户主身份证号', 'h_head_id', 'idcard'),
        L('家庭人口（人）', 'h_size', 'integer', '人'), L('保障人口（人）', 'h_dibao_n', 'integer', '人'), L('保障类别', 'h_dibao_cls', 'choice', null, DIBAO_CLS),
        L('月保障金额（元）', 'h_dibao_pay', 'decimal', '元'),
        L('主要致困原因', 'h_cause', 'choice', null, ['因病', '因残', '缺劳动力', '因灾', '其他']), L('开户银行', 'h_bank'), L('银行账号', 'h_bank_acct'),
        L('联系电话', 'h_head_phone', 'phone'), R(),
      ],
      blank: 12, total: true, footer: true,
    }],
  },
  {
    file: '县民政局/特困人员基本信息台账.xlsx', dept: '县民政局', freq: 'annual', title: '2017年特困人员救助供养基本信息台账',
    catalog: '特困人员救助供养基本信息台账', dictSheet: { name: '选项', visible: true },
    sheets: [{
      kind: 'columns', name: '台账', seq: true, example: true, meta: '乡（镇）：                                    填报日期：2017年  月  日',
      cols: [
        L('村（社区）', 'v_name'),
        G('基本信息', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
          L('出生日期', 'p_birth', 'date'), L('身份证号码', 'p_idno', 'idcard'),
          L('婚姻状况', 'p_marital', 'choice', null, ['未婚', '有配偶', '离婚', '丧偶']), L('户籍地址', 'p_addr_hj'),
          L('联系电话', 'p_phone', 'phone')),
        G('供养情况', L('供养方式', 'tk_mode', 'choice', null, ['集中供养', '分散供养']),
          L('生活自理能力', 'tk_selfcare', 'choice', null, ['全自理', '半失能', '全失能']),
          L('基本生活费（元/月）', 'tk_pay', 'decimal', '元/月'), L('照料护理费（元/月）', 'tk_care_pay', 'decimal', '元/月'),
          L('供养机构名称', 'tk_inst')),
        G('委托照料人', L('姓名', 'tk_carer_name'), L('联系电话', 'tk_carer_phone', 'phone')), L('认定时间', 'tk_since', 'date'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  custom({
    file: '殡葬改革工作统计表（2019年度）.xlsx', dept: '县民政局', freq: 'annual', catalog: false,
    title: 'XX县民政局殡葬改革工作统计表（2019年度）', sheets: [placeholder('殡葬')],
  }, monthGrid({
    sheet: '殡葬', title: 'XX县民政局殡葬改革工作统计表（2019年度）',
    meta: '填报单位：            乡（镇）            村（社区）                  （盖章）',
    key: '项    目', unitHead: '单位', prefix: 'fun',
    rows: [{ l: '死亡人数', k: 'dead', u: '人', t: 'integer' }, { l: '其中：遗体火化数', k: 'crem', u: '具', t: 'integer' }],
    bottom: ['村（社区）负责人：              填表人：              联系电话：',
      '注：死亡人数以公安户籍注销和村（社区）掌握情况为准，次年1月10日前报乡镇民政办汇总。'],
  })),
  {
    file: '县民政局/2014年度农村低保家庭年度复核登记表.xlsx', dept: '县民政局', freq: 'annual', catalog: false,
    title: '2014年度农村低保家庭复核登记表',
    sheets: [{
      kind: 'columns', name: '复核登记', seq: true, meta: '乡（镇）：                      复核时间：2014年  月  日',
      cols: [
        L('村', 'v_name'), L('户主', 'h_head_name'), L('身份证号码', 'h_head_id', 'idcard'), L('享受人数', 'h_dibao_n', 'integer', '人'),
        L('保障类别', 'h_dibao_cls', 'choice', null, DIBAO_CLS), L('月低保金（元）', 'h_dibao_pay', 'decimal', '元'),
        L('联系方式', 'h_head_phone', 'phone'), R(),
      ],
      blank: 12, footer: '复核人：              村（社区）负责人：              乡镇审核人：',
    }],
  },
  // ───────────── 县人社局 ─────────────
  {
    file: '县人社局/城乡居民基本养老保险参保登记花名册.xlsx', dept: '县人社局', freq: 'annual', title: '2016年城乡居民基本养老保险参保登记花名册',
    catalog: '城乡居民基本养老保险参保登记花名册',
    sheets: [{
      kind: 'columns', name: '参保登记', seq: true, meta: '乡（镇）：                  村（社区）：                  （盖章）',
      cols: [
        L('乡镇', 'v_town'), L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX),
        L('民族', 'p_nation', 'choice', null, NATION), L('出生日期', 'p_birth', 'date'), L('公民身份号码', 'p_idno', 'idcard'),
        L('户口性质', 'p_hukou_type', 'choice', null, ['农业', '非农业']),
        L('与户主关系', 'p_rel', 'choice', null, ['户主', '配偶', '子', '女', '父母', '其他']), L('所在屯', 'p_tun'),
        L('参保时间', 'pen_since', 'date'), L('参保类别', 'pen_cat', 'choice', null, ['普通参保人员', '低保对象', '特困人员', '重度残疾人']),
        L('缴费档次（元）', 'pen_level', 'decimal', '元'), L('是否领取待遇', 'pen_receiving', 'boolean', null, YN),
        L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 12, footer: true,
    }],
  },
  {
    file: '2017年第二季度农村劳动力转移就业情况统计表.xlsx', dept: '县人社局', freq: 'quarterly', catalog: false,
    title: '2017年第二季度农村劳动力转移就业情况统计表',
    sheets: [{
      kind: 'columns', name: '转移就业', seq: true, villages: VILLAGES, total: true, meta: '填报单位（盖章）：              乡（镇）劳动保障事务所',
      cols: [
        L('乡镇', 'v_town'), L('村', 'v_name'), L('劳动力总数（人）', 'v_labor', 'integer', '人'),
        G('转移就业人数（人）', L('本季度新增', 'te_new_q', 'integer', '人'), L('累计', 'v_transfer_emp', 'integer', '人')),
        G('其中：按就业地点分（人）', L('县内', 'te_county', 'integer', '人'), L('县外省内', 'te_prov', 'integer', '人'),
          L('省外', 'te_outprov', 'integer', '人'), L('出国（境）', 'te_abroad', 'integer', '人')),
        L('参加技能培训（人）', 'te_trained', 'integer', '人'), L('返乡创业（人）', 'te_return_biz', 'integer', '人'), R(),
      ],
      footer: true, note: '注：本表于季度终了后5日内报县人社局就业服务股，出国（境）务工含赴韩务工人员。',
    }],
  },
  // ───────────── 县医保局 ─────────────
  {
    file: '县医保局/城乡居民医疗保险参保缴费登记表.xlsx', dept: '县医保局', freq: 'annual', title: '2024年度城乡居民基本医疗保险参保缴费登记表',
    catalog: '城乡居民医疗保险参保缴费登记表（含汇总表）',
    sheets: [
      {
        kind: 'columns', name: '参保登记', seq: true, meta: '乡（镇）：                  村（社区）：                  征缴期：2023年9月—12月',
        cols: [
          L('村（社区）', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生日期', 'p_birth', 'date'),
          L('公民身份号码', 'p_idno', 'idcard'), L('与户主关系', 'p_rel', 'choice', null, ['户主', '配偶', '子', '女', '父母', '其他']),
          L('参保人员类别', 'mi_cat', 'choice', null, ['普通居民', '特困人员', '低保对象', '防返贫监测对象', '重度残疾人']),
          L('个人缴费（元）', 'mi_pay', 'decimal', '元'), L('政府资助（元）', 'mi_subsidy', 'decimal', '元'),
          L('缴费状态', 'mi_paid', 'choice', null, ['已缴费', '未缴费']), L('联系电话', 'p_phone', 'phone'), R(),
        ],
        blank: 12,
      },
      {
        kind: 'indicator-rows', name: '汇总', title: '城乡居民基本医疗保险参保情况汇总表（村级）', head: ['项  目', '单位', '数量'], sign: 'cells',
        rows: [
          I('户籍人口', 'v_pop_hj', '人'), I('应参保人数', 'mi_should', '人'), I('已参保人数', 'v_med_ins_n', '人'),
          S('其中：特困人员', 'mi_tk', '人'), S('低保对象', 'mi_dibao', '人'), S('防返贫监测对象', 'mi_monitor', '人'),
          I('在外地参保人数', 'mi_elsewhere', '人'), D('参保率', 'mi_rate', '%'), D('个人缴费总额', 'mi_pay_total', '元'),
        ],
      },
    ],
  },
  // ───────────── 县卫健局 ─────────────
  {
    file: '县卫健局/老年人健康管理情况统计表.xlsx', dept: '县卫健局', freq: 'semiannual', title: '2025年上半年老年人健康管理和医养结合服务情况统计表',
    catalog: '老年人健康管理和医养结合服务情况统计表',
    sheets: [{
      kind: 'indicator-rows', name: '统计表', head: ['指标名称', '计量单位', '数量'], sign: 'side',
      meta: '村卫生室（社区卫生服务站）：                    所属乡镇卫生院：',
      rows: [
        C('一、老年人口'), I('60周岁及以上老年人数', 'v_pop_60', '人'), I('65周岁及以上老年人数', 'v_pop_65', '人'),
        I('80周岁及以上高龄老人', 'v_pop_80', '人'), I('失能、半失能老年人', 'hl_disabled_old', '人'), I('独居、空巢老年人', 'hl_alone_old', '人'),
        C('二、健康管理'), C('（一）健康体检', 1), I('65岁及以上老年人健康体检人数', 'hl_exam_65', '人'), I('建立健康档案人数', 'hl_records', '人'),
        C('（二）中医药服务', 1), I('中医药健康管理人数', 'hl_tcm', '人'),
        C('三、慢性病管理'), I('高血压患者人数', 'hl_hbp_n', '人'), S('其中：规范管理人数', 'hl_hbp_mgmt', '人'),
        I('2型糖尿病患者人数', 'hl_dm_n', '人'), S('其中：规范管理人数', 'hl_dm_mgmt', '人'),
        C('四、医养结合和家庭医生签约'), I('家庭医生签约老年人数', 'hl_fd_old', '人'), I('上门服务人次', 'hl_home_visits', '人次'),
        I('村卫生室', 'v_clinic', '个'), I('乡村医生', 'v_doctor', '人'),
      ],
    }],
  },
  {
    file: '县卫健局/高血压糖尿病患者随访管理登记表.xlsx', dept: '县卫健局', freq: 'quarterly', title: '高血压、2型糖尿病患者随访管理登记表',
    sheets: [{
      kind: 'columns', name: '随访登记', seq: true, meta: '乡镇卫生院：                  村卫生室：                  2021年第  季度',
      cols: [
        L('村（社区）', 'v_name'),
        G('患者基本信息', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
          L('出生日期', 'p_birth', 'date'), L('身份证号', 'p_idno', 'idcard'), L('联系电话', 'p_phone', 'phone'), L('现住址', 'p_addr_now')),
        L('疾病类型', 'cd_type', 'choice', null, ['高血压', '2型糖尿病', '高血压合并糖尿病']), L('确诊日期', 'cd_diag_date', 'date'),
        G('本季度随访', L('随访日期', 'cd_fu_date', 'date'), L('随访方式', 'cd_fu_mode', 'choice', null, ['门诊', '家庭', '电话']),
          L('收缩压（mmHg）', 'cd_sbp', 'integer', 'mmHg'), L('舒张压（mmHg）', 'cd_dbp', 'integer', 'mmHg'),
          L('空腹血糖（mmol/L）', 'cd_glu', 'decimal', 'mmol/L')),
        G('责任医生', L('姓名', 'cd_doc_name'), L('联系电话', 'cd_doc_phone', 'phone')), R(),
      ],
      blank: 12, note: '注：每季度末月25日前报乡镇卫生院公卫办，由卫生院汇总报县卫健局基层卫生股。',
    }],
  },
  // ───────────── 县退役军人事务局 ─────────────
  {
    file: '县退役军人事务局/退役军人和其他优抚对象信息采集表.xlsx', dept: '县退役军人事务局', freq: 'adhoc',
    title: '退役军人和其他优抚对象信息采集表',
    instructions: [
      '填表说明：', '1.本表采集对象为户籍在本村（社区）的退役军人和其他优抚对象，一人一行。',
      '2.“入伍时间”“退役时间”按退役证件填写，格式为YYYY-MM。', '3.“服役部队”只填写到团级单位代号。',
      '4.信息发生变化的，村（社区）退役军人服务站随时更新并报乡镇退役军人服务站。',
    ],
    sheets: [{
      kind: 'columns', name: '信息采集', seq: true, meta: '乡（镇）：                  村（社区）退役军人服务站：                  采集日期：2019年  月  日',
      cols: [
        L('村（社区）', 'v_name'),
        G('基本信息', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('民族', 'p_nation', 'choice', null, NATION),
          L('出生年月', 'p_birth', 'date'), L('公民身份号码', 'p_idno', 'idcard'), L('政治面貌', 'p_polit', 'choice', null, POLIT),
          L('文化程度', 'p_edu', 'choice', null, EDU)),
        G('服役情况', L('入伍时间', 'vt_enlist', 'date'), L('退役时间', 'vt_discharge', 'date'), L('服役部队', 'vt_unit'),
          L('退役军人类别', 'vt_type', 'choice', null, VET_TYPE)),
        G('家庭情况', L('户籍地址', 'p_addr_hj'), L('现居住地址', 'p_addr_now'), L('联系电话', 'p_phone', 'phone')),
        L('是否享受定期抚恤补助', 'vt_subsidy', 'boolean', null, YN), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '县退役军人事务局/村（社区）退役军人花名册.xlsx', dept: '县退役军人事务局', freq: 'adhoc', catalog: false, title: '村（社区）退役军人花名册',
    sheets: [{
      kind: 'columns', name: '花名册', seq: true, meta: '乡（镇）：                  村（社区）：                  更新日期：2020年  月  日',
      cols: [
        L('村（社区）', 'v_name'), L('姓  名', 'p_name'), L('身份证号', 'p_idno', 'idcard'),
        L('类别', 'vt_type', 'choice', null, VET_TYPE), L('入伍年月', 'vt_enlist', 'date'), L('退役年月', 'vt_discharge', 'date'),
        L('家庭住址', 'p_addr_now'), L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 12, footer: FOOT_CUN, note: '注：人员迁入、迁出、去世等变动时随时更新，报乡镇退役军人服务站。',
    }],
  },
  // ───────────── 县应急管理局 ─────────────
  {
    file: '县应急管理局/汛期村级防汛工作情况周报表.xlsx', dept: '县应急管理局', freq: 'weekly', title: '汛期村级防汛工作情况周报表',
    sheets: [{
      kind: 'columns', name: '周报', seq: true, villages: VILLAGES, total: true,
      meta: '乡（镇）：                填报时间：2024年  月  日（汛期6月1日至9月30日，每周一上午10时前报送）',
      cols: [
        L('村（社区）', 'v_name'),
        G('村级防汛责任人', L('姓名', 'fx_chief_name'), L('职务', 'fx_chief_post'), L('联系电话', 'fx_chief_phone', 'phone')),
        L('危险区（处）', 'fx_danger_zones', 'integer', '处'), L('应急避难场所（处）', 'fx_shelters', 'integer', '处'),
        G('本周', L('巡查次数（次）', 'fx_patrol_w', 'integer', '次'), L('发现隐患（处）', 'fx_haz_w', 'integer', '处'),
          L('已整改（处）', 'fx_fixed_w', 'integer', '处')),
        L('转移群众（人）', 'fx_evac', 'integer', '人'), L('储备编织袋（条）', 'fx_bags', 'integer', '条'), R(),
      ],
      footer: true,
    }],
  },
  // ───────────── 县委组织部 ─────────────
  {
    file: '县委组织部/村“两委”班子成员花名册.xlsx', dept: '县委组织部', freq: 'annual', title: '村“两委”班子成员花名册（2021年换届后）',
    catalog: '村“两委”班子成员花名册',
    sheets: [{
      kind: 'columns', name: '两委成员', seq: true, meta: '乡（镇）党委（盖章）：                                    2021年  月  日',
      cols: [
        L('乡镇', 'v_town'), L('村', 'v_name'), L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX),
        L('民族', 'p_nation', 'choice', null, NATION), L('出生年月', 'p_birth', 'date'), L('年龄', 'p_age', 'integer', '岁'),
        L('文化程度', 'p_edu', 'choice', null, EDU), L('政治面貌', 'p_polit', 'choice', null, POLIT),
        L('现任职务', 'cd_post', 'choice', null, ['党组织书记', '党组织副书记', '党组织委员', '村委会主任', '村委会副主任', '村委会委员']),
        L('任现职时间', 'cd_since', 'date'), L('是否书记、主任“一肩挑”', 'cd_onepost', 'boolean', null, YN),
        L('联系电话', 'p_phone', 'phone'), R(),
      ],
      blank: 12, footer: '填表人：              审核人：              联系电话：',
    }],
  },
  {
    file: '县委组织部/2015年村两委干部花名册.xlsx', dept: '县委组织部', freq: 'annual', catalog: false, title: '2015年度村“两委”干部花名册',
    xls: true, emptySheets: ['Sheet2', 'Sheet3'],
    sheets: [{
      kind: 'columns', name: 'Sheet1', startCol: 1, blankTop: 1, textNums: true, seq: true,
      stat: { code: '组村2表', org: '中共XX县委组织部', approval: 'X组通〔2015〕7号' }, meta: '乡镇党委（盖章）：',
      cols: [
        L('乡镇', 'v_town'), L('村', 'v_name'), L('姓  名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX),
        L('民族', 'p_nation', 'choice', null, NATION), L('出生年月', 'p_birth', 'date'), L('学历', 'p_edu', 'choice', null, EDU),
        L('政治面貌', 'p_polit', 'choice', null, POLIT), L('职务', 'cd_post'), L('任职时间', 'cd_since', 'date'),
        L('联系方式', 'p_phone', 'phone'), R(),
      ],
      blank: 10, footer: '填表人：              联系电话：              报出日期：    年  月  日',
    }],
  },
  // ───────────── 县残联 ─────────────
  {
    file: '县残联/重度残疾人一户一策帮扶需求调查表.xlsx', dept: '县残联', freq: 'adhoc', title: '重度残疾人“一户一策”帮扶需求调查表',
    dictSheet: { name: '字典', visible: true },
    sheets: [{
      kind: 'columns', name: '调查表', seq: true, meta: '乡（镇）：                  村（社区）：                  调查日期：2022年  月  日',
      cols: [
        L('村（社区）', 'v_name'), L('所在屯', 'p_tun'),
        G('残疾人基本信息', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生日期', 'p_birth', 'date'),
          L('身份证号码', 'p_idno', 'idcard'), L('户口性质', 'p_hukou_type', 'choice', null, ['农业', '非农业']), L('残疾人证号', 'dis_no'), L('残疾类别', 'dis_type', 'choice', null, DISAB_TYPE),
          L('残疾等级', 'dis_grade', 'choice', null, DISAB_GRADE), L('联系电话', 'p_phone', 'phone')),
        G('监护人', L('姓名', 'p_guard_name'), L('与残疾人关系', 'p_guard_rel', 'choice', null, ['配偶', '父母', '子女', '兄弟姐妹', '其他']),
          L('联系电话', 'p_guard_phone', 'phone')),
        G('帮扶责任人', L('姓名', 'dis_helper_name'), L('联系电话', 'dis_helper_phone', 'phone')),
        L('是否享受两项补贴', 'dis_two_sub', 'boolean', null, YN),
        L('主要需求', 'dis_need', 'choice', null, ['康复服务', '辅助器具', '护理照料', '无障碍改造', '就业帮扶', '其他']), R(),
      ],
      blank: 10, footer: '调查人：              残疾人或监护人签字：              调查日期：    年  月  日',
    }],
  },
  // ───────────── 县妇联 ─────────────
  {
    file: '县妇联/婚姻家庭矛盾纠纷排查化解工作台账.xlsx', dept: '县妇联', freq: 'monthly', title: '婚姻家庭矛盾纠纷排查化解工作台账',
    sheets: [{
      kind: 'columns', name: '台账', seq: true, meta: '乡（镇）妇联：                              填报月份：2023年   月',
      cols: [
        L('村（社区）', 'v_name'), L('排查时间', 'mj_found_date', 'date'),
        G('当事人', L('姓名', 'mj_party_name'), L('性别', 'mj_party_sex', 'choice', null, SEX), L('联系电话', 'mj_party_phone', 'phone')),
        L('纠纷类型', 'mj_type', 'choice', null, MJ_TYPE), L('纠纷简要情况', 'mj_desc'), L('是否涉及家庭暴力', 'mj_dv', 'boolean', null, YN), L('化解措施', 'mj_measure'),
        L('化解时间', 'mj_resolve_date', 'date'), L('化解结果', 'mj_result', 'choice', null, MJ_RESULT), L('责任人', 'mj_handler'), R(),
      ],
      blank: 10, footer: true,
    }],
  },
  {
    file: '县妇联/婚姻家庭纠纷调解登记表.xlsx', dept: '县妇联', freq: 'adhoc', catalog: false, title: '婚姻家庭纠纷调解登记表',
    sheets: [{
      kind: 'columns', name: '登记表', seq: true,
      cols: [
        L('村（社区）', 'v_name'), L('当事人姓名', 'mj_party_name'), L('当事人电话', 'mj_party_phone', 'phone'),
        L('纠纷类别', 'mj_type', 'choice', null, MJ_TYPE), L('调解日期', 'mj_resolve_date', 'date'),
        L('调解结果', 'mj_result', 'choice', null, MJ_RESULT), L('调解人', 'mj_handler'), R(),
      ],
      blank: 12, footer: FOOT_CUN, note: '注：发生婚姻家庭纠纷随时登记，调解后报乡镇妇联。',
    }],
  },
  {
    file: '县妇联/农村留守儿童关爱服务信息台账.xlsx', dept: '县妇联', freq: 'semiannual', title: '2025年上半年农村留守儿童关爱服务信息台账',
    catalog: '农村留守儿童关爱服务信息台账（半年报）',
    sheets: [{
      kind: 'columns', name: '台账', seq: true, meta: '乡（镇）妇联：                  村（社区）妇联：                  填报日期：2025年6月  日',
      cols: [
        L('村（社区）', 'v_name'),
        G('儿童基本情况', L('姓名', 'p_name'), L('性别', 'p_sex', 'choice', null, SEX), L('出生日期', 'p_birth', 'date'),
          L('身份证号', 'p_idno', 'idcard'), L('就读学校', 'ch_school'), L('年级', 'ch_grade')),
        L('儿童类别', 'ch_cat', 'choice', null, ['父母均外出', '父母一方外出另一方无监护能力', '困境儿童', '其他']),
        G('父亲', L('姓名', 'ch_father_name'), L('外出务工地', 'ch_father_work')),
        G('母亲', L('姓名', 'ch_mother_name'), L('外出务工地', 'ch_mother_work')),
        G('监护人', L('姓名', 'p_guard_name'), L('与儿童关系', 'p_guard_rel', 'choice', null, ['祖父母', '外祖父母', '父亲', '母亲', '其他亲属']),
          L('联系电话', 'p_guard_phone', 'phone')),
        G('结对“爱心妈妈”', L('姓名', 'ch_mom_name'), L('联系电话', 'ch_mom_phone', 'phone')), R(),
      ],
      blank: 10, footer: FOOT_CUN,
    }],
  },
];

const outDir = path.join(import.meta.dirname ?? __dirname);
const corpus = new Corpus('blind16', outDir, forms, [
  ['2024年春季森林草原防火责任人名单.xlsx', '森林草原防火责任人名单', '县应急管理局', '年报'],
  ['农村互助养老服务站运营情况统计表.xlsx', '农村互助养老服务站运营情况统计表', '县民政局', '季报'],
]);
install(corpus, writers);

async function main() {
  await corpus.build();
  writeReadme();
}

function writeReadme() {
  const gold = JSON.parse(fs.readFileSync(path.join(outDir, 'gold.json'), 'utf8')) as {
    forms: Array<{ file: string; department: string; frequency: string; layout: string }>;
    fields: Array<{ ref: string; element: string; layout: string }>;
    elements: Array<{ id: string }>;
    retirement: { full: string[]; partial: string[]; coverage: Record<string, number> };
  };
  const byLayout: Record<string, number> = {};
  for (const f of gold.fields) byLayout[f.layout] = (byLayout[f.layout] ?? 0) + 1;
  const formsOf = new Map<string, Set<string>>();
  for (const f of gold.fields) {
    if (!formsOf.has(f.element)) formsOf.set(f.element, new Set());
    formsOf.get(f.element)!.add(f.ref.split('#')[0]);
  }
  const shared = [...formsOf.values()].filter((s) => s.size >= 2).length;
  const absent = forms.filter((f) => f.catalog === false);
  const depts = new Set(forms.map((f) => f.dept));
  const pct = (n: number) => `${Math.round((n / gold.fields.length) * 100)} %`;
  const lines = [
    '# blind16 — held-out corpus (黑龙江 XX县, 县直部门下发村（社区）的粮食生产、社会救助、人口、取暖饮水等表样, 2012–2025)',
    '',
    'Held-out: score only with --final; do not tune on it.',
    '',
    '## First look',
    '',
    '## Contents',
    '',
    `- ${forms.length} templates from ${depts.size} county offices (${[...depts].join('、')}), under \`forms/\` (some in office`,
    '  folders, some at the top level); `报表清单.xlsx` (sheet 报表清单) lists ' +
      `${forms.length - absent.length} of them plus 2 files that are not in the folder.`,
    `- ${gold.fields.length} gold fields: columns ${byLayout.columns ?? 0} (${pct(byLayout.columns ?? 0)}), indicator-rows ` +
      `${byLayout['indicator-rows'] ?? 0} (${pct(byLayout['indicator-rows'] ?? 0)}), grid ${byLayout.grid ?? 0} (${pct(byLayout.grid ?? 0)}).`,
    `- ${gold.elements.length} elements, ${shared} of them (${Math.round((shared / gold.elements.length) * 100)} %) collected by two or more forms.`,
    `- Frequencies: ${['weekly', 'monthly', 'quarterly', 'semiannual', 'annual', 'adhoc'].map((q) => `${q} ${forms.filter((f) => f.freq === q).length}`).join(', ')}.`,
    `- ${absent.length} templates are not in the catalog; their office and frequency are recoverable from the office folder, the title,`,
    '  a 表号 / 制定机关 block, a note (`每月3日前报县河长制办公室（设在县水务局）`, `次年1月15日前报送县统计局`, `每周五…报县住建局`)',
    '  or a system-export line (`黑龙江省公安厅流动人口信息管理系统导出`):',
    ...absent.map((f) => `  - \`${f.file}\` (${f.dept}, ${f.freq})`),
    '- `gold.json`: bench format; each field also carries its sheet\'s `layout`. Gold conventions: header comment of `build-corpus.ts`.',
    '',
    '## Shapes',
    '',
    '- Long indicator-rows questionnaires: 村级基本情况统计年报表 (指标名称 | 计量单位 | 代码 | 本年 | 上年同期, 甲 乙 丙 1 2 code row,',
    '  表号 block, 一、（一） categories, 其中： sub-items, 填表人 / 审核人 cells at the bottom); 村级农业生产和黑土地保护利用情况调查表',
    '  (项目 | 单位 | 数量, two panels side by side); 老年人健康管理 (signature column at the side, 两个 `其中：规范管理人数` under',
    '  different parents); a 2013 .xls conversion without a title row (1. 2. numbered items, signature line).',
    '- One form in five sheets: 第三次全国农业普查行政村普查表 (表一…表四 indicator-rows, 表五 普查员 / 普查指导员 roster, a 填表说明',
    '  sheet). Two-sheet form: 城乡居民医保 参保缴费登记 (roster + 村级汇总). Visible dropdown sheets: 特困 台账 (`选项`), 残联 调查表',
    '  (`字典`); hidden `字典` sheets elsewhere; 填表说明 sheet on 退役军人 信息采集.',
    '- Old .xls conversions (Sheet1/Sheet2/Sheet3, numbers as text, stray empty column / row): 2012 危房改造 花名册, 2013 农村基本情况',
    '  调查表 (no title row), 2015 村两委干部花名册 (表号 block).',
    '- Rosters with two-level headers whose group changes the meaning (监护人 / 帮扶责任人 / 委托照料人 / 包保责任人 / 村级河长 /',
    '  村级防汛责任人 / 村级管水员 / 普查员 / 普查指导员 / 责任医生 / 当事人 > 姓名 · 联系电话, 户籍人口 > 户数 · 人数, 本月 | 累计,',
    '  本季度新增 | 累计, 本周 > …) and groups that do not (基本信息, 患者基本信息, 家庭情况, 服役情况, 供养情况). A system export',
    '  (流动人口, GA/T 543 wording: 户籍地详址, 现住地详址, 服务处所, 暂住事由, 拟暂住期限) without 序号.',
    '- Grids, seven shapes: 作物 × (播种面积 | 单产 | 总产量) × (本年 | 上年) with a code row (extra.ts); 利用方式 类别 | 子类别 in two',
    '  merged columns × 面积 | 利用量 (extra.ts); 死亡人数 / 火化数 × 1月…12月 with a 单位 column (extra.ts); indicators × 自然屯',
    '  across (extra.ts, weekly); the kit\'s GridSheet for 自然屯 × 户数 | 人口 | 耕地 (shares the 屯 elements with the transposed one),',
    '  年龄段 × 户籍人口 男 | 女, 取暖方式 × 户数 | 其中本年新增.',
    '- Synonyms across offices and years (撂荒面积 / 撂荒耕地面积, 村两委干部人数 / 村“两委”成员, 化解时间 / 调解日期, 粮豆薯 / 粮食,',
    '  五保供养人数 / 特困供养人员, 联合收割机 / 联合收获机, 享受人数 / 保障人口, 家庭住址 / 现居住地址 …) and near-misses kept apart',
    '  (年龄 ≠ 出生年月, 60 ≠ 65 ≠ 80周岁及以上, 户数 ≠ 人数, 本月 ≠ 累计, 本年 ≠ 上年, 保障人口 ≠ 家庭人口, 党员 ≠ 预备党员,',
    '  乡村医生 ≠ 执业（助理）医师, 村民委员会成员 ≠ 村“两委”成员).',
    '',
    '## Retirement truth',
    '',
    'Computed by the kit with the bench README rule (coverage over non-备注 elements by forms of the same or higher frequency):',
    '',
    ...gold.retirement.full.map((f) => `- full: \`${f}\``),
    ...gold.retirement.partial.map((f) => `- partial: \`${f}\` (coverage ${gold.retirement.coverage[f]})`),
    '',
    'By design: the 2013 .xls 调查表 asks only what the 2024 统计年报 asks (总户数 = 户籍户数, 粮豆薯 = 粮食, 五保 = 特困, 村两委干部',
    '= 村“两委”成员); the 2014 低保 复核登记表 only what the monthly 低保金发放花名册 asks (户主, 享受人数, 月低保金, 联系方式); the',
    '退役军人花名册 only what the 信息采集表 asks; the 2015 两委干部花名册 only what the 2021 两委 花名册 asks (学历, 职务, 任职时间,',
    '联系方式); the 调解登记表 only what the 妇联 monthly 台账 asks (调解日期 = 化解时间, 调解人 = 责任人). The 信息采集表 is partial',
    '(服役部队 and 是否享受定期抚恤补助 are asked nowhere else), the 2021 两委 花名册 too (年龄 and 是否“一肩挑” are its own).',
    '',
    '## Rebuild',
    '',
    '```',
    'npx tsx tests/blind16/build-corpus.ts              # forms/, 报表清单.xlsx, gold.json, README.md',
    'npx tsx tests/blind16/build-corpus.ts --gold-only  # gold.json and README.md only',
    'npx tsx tests/blind4/check-corpus.ts tests/blind16  # must print: bad 0',
    '```',
    '',
  ];
  fs.writeFileSync(path.join(outDir, 'README.md'), lines.join('\n'));
}

void main();
