/**
 * Words that offices spell differently for the same thing, rewritten to one standard spelling inside a label before
 * it is segmented (so 乡村劳力 reads as 乡村劳动力, 退伍时间 as 退役时间). These are word-level equivalences from the
 * national and ministry vocabularies, not labels of any form:
 * - 国家统计局 农村统计 / 住户调查 indicator names (乡村劳动力, 外出从业, 工资性收入, 经营净收入, 粮食产量);
 * - 公安 GA/T 543 (详址 = 地址); 交通运输部 (客运班车 = 客车); 林业 (林业用地 = 林地, 生态公益林 = 公益林);
 * - 退役军人事务部 / 兵役法 (入伍 = 参军 = 应征入伍; 退役 = 退出现役 = 退伍);
 * - 农业农村部 农村集体经济 statistics (村集体经济组织总收入 = 村集体经济收入);
 * - the everyday words the same offices use for them (打工 = 务工, 劳力 = 劳动力, 总产 = 总产量, 公交 = 公共交通).
 * Each rule applies to the normalized text (NFKC, no spaces or punctuation). Order matters: longer words first.
 */
export const STANDARD_WORDS: { pattern: RegExp; standard: string }[] = [
  // 劳力 is the old statistical short form of 劳动力 (劳力总数, 外出劳力); 劳动力 itself contains no 劳力.
  { pattern: /劳力/g, standard: "劳动力" },
  // 劳动力资源数 (统计 乡村劳动力资源) is the labour force count.
  { pattern: /劳动力资源/g, standard: "劳动力" },
  { pattern: /打工/g, standard: "务工" },
  // 国家统计局: 劳动力资源 are the 劳动年龄人口中有劳动能力的人.
  { pattern: /劳动年龄人口中有劳动能力的人(?:口|员)?/g, standard: "劳动力" },
  // 外出从业人员 (统计) and 外出务工人员 (农业农村, 人社) count the same people who work away from home (before the
  // 务工劳动力 rule, so 外出从业劳动力 reads as 外出务工人员 too).
  { pattern: /外出从业/g, standard: "外出务工" },
  // 外出劳动力 (外出劳力): the labour force working away from home, i.e. 外出务工.
  { pattern: /外出劳动力/g, standard: "外出务工" },
  // 外出务工劳动力 counts persons: 外出务工人员.
  { pattern: /务工劳动力/g, standard: "务工人员" },
  { pattern: /应征入伍|参军/g, standard: "入伍" },
  // 医保 / 人社: 城镇职工基本医疗保险 was renamed 职工基本医疗保险 (the same insurance; 养老 likewise).
  { pattern: /城镇职工(?=基本(?:医疗|养老)保险)/g, standard: "职工" },
  // 住建 / 城管: 楼幢 = 楼栋 (幢 and 栋 count buildings), and a 小区's 居民户数 is its 住户数.
  { pattern: /楼幢/g, standard: "楼栋" },
  { pattern: /居民户数/g, standard: "住户数" },
  // The year something happened to a household (脱贫年度, 返贫年度) is its 年份.
  { pattern: /(脱贫|返贫|退出|消除风险|纳入监测)年度/g, standard: "$1年份" },
  // 人社 / 林草 聘用: 聘用期限 = 聘期.
  { pattern: /聘用期限|聘用期/g, standard: "聘期" },
  // 组织部门: the members of a committee (两委干部, 村委干部) are its 成员.
  { pattern: /(两委|村委会?|支委会?|居委会?)干部/g, standard: "$1成员" },
  // 防止返贫动态监测: 纳入监测 (户数 / 人数 / 对象) counts those on the monitoring rolls, i.e. the 监测户 / 监测对象.
  // (纳入监测时间 is the date a household entered them, and stays.)
  { pattern: /纳入(?=(?:防止返贫)?(?:动态)?监测(?:对象)?(?:户|人|对象(?!时间|日期)))/g, standard: "" },
  // 人民调解 / 矛盾纠纷排查化解: the date a dispute was mediated (调解日期, 调处时间) is the date it was resolved (化解时间).
  { pattern: /调(?:解|处)(日期|时间)/g, standard: "化解$1" },
  // 家庭医生签约: 签约覆盖率 is the 签约率.
  { pattern: /签约覆盖率/g, standard: "签约率" },
  // 工业和信息化部 行政村通宽带: 通宽带互联网 is 通宽带.
  { pattern: /宽带互联网/g, standard: "宽带" },
  // 控辍保学: 适龄儿童少年 are those of 义务教育 age; 义务教育阶段 adds nothing to them.
  { pattern: /义务教育(?:阶段)?(?=适龄儿童)/g, standard: "" },
  { pattern: /退出现役|退伍/g, standard: "退役" },
  // 住户调查 income components: 工资性收入 is what 扶贫 forms call 务工收入 / 劳务收入; 经营净收入 is their
  // 生产经营性收入 / 经营收入.
  { pattern: /(?:务工|劳务)(?:性)?收入/g, standard: "工资性收入" },
  { pattern: /(?:生产|家庭)?经营(?:性|净)?收入/g, standard: "经营性收入" },
  // 村集体经济组织（年）总收入, 村组集体收入, 村级集体收入: 农经 statistics' 村集体经济收入 (总 and 年 add nothing on an
  // annual indicator; 村组 = the village and its groups, whose collective economy it is).
  { pattern: /(?:村组|村级|村)?集体(?:经济)?(?:组织)?(?:本年|当年|年)?总?收入(?:合计|总计|总额)?/g, standard: "村集体经济收入" },
  // …and its 资产总计 / 资产总额 (农经 资产负债表) is the 村集体资产总额.
  { pattern: /(?:村组|村级|村)?集体(?:经济)?(?:组织)?资产(?:总计|总额|合计)?/g, standard: "村集体资产" },
  // 防止返贫动态监测: 防返贫监测户数 is the 监测户数 (防返贫 / 防止返贫 name the programme the monitoring belongs to).
  { pattern: /(?:防止返贫|防返贫)(?:动态)?(?=监测)/g, standard: "" },
  // 易地扶贫搬迁: a village's 迁出户 are its relocated households.
  { pattern: /易地扶贫搬迁(?:迁出)?/g, standard: "易地扶贫搬迁" },
  // 粮食总产 = 粮食总产量; 总产值 is an output value and stays.
  { pattern: /总产(?![值量])/g, standard: "总产量" },
  { pattern: /公交(?!车)/g, standard: "公共交通" },
  // 交通运输部 建制村通客车: 客运班车 is the 客车 the indicator counts.
  { pattern: /客运班车/g, standard: "客车" },
  // 森林法 / 林地保护利用规划: 林业用地 is 林地; 生态公益林 is the 公益林 of 林业 statistics.
  { pattern: /林业用地/g, standard: "林地" },
  { pattern: /生态公益林/g, standard: "公益林" },
  // GA/T 543 详址 (户籍地详址, 居住地详址) is the detailed address: 地址.
  { pattern: /详址/g, standard: "地址" },
  // A duration is a 时长 or a 时间 with a unit of time (务工时长（月） = 务工时间（月）); the field's type keeps a date apart.
  { pattern: /时长/g, standard: "时间" },
  { pattern: /地域/g, standard: "区域" },
  // 驻村第一书记 / 工作队: the 选派单位 is the 派出单位 (中组部 选派 documents use both).
  { pattern: /选派单位/g, standard: "派出单位" },
  // The hospital a patient is treated at (就诊医院, 救治医院 of a 大病 register, 治疗医院).
  { pattern: /(?:就诊|救治|诊治|治疗)(?=医院|医疗机构)/g, standard: "就诊" },
  // A certificate's number written 证编号 / 证号码 (残疾证编号, 残疾军人证编号): the 证号 of the certificate.
  { pattern: /证编号|证号码/g, standard: "证号" },
  // 通自来水的户数 = 饮用自来水户数 = 使用卫生厕所户数's households with the utility: the verb of access adds nothing.
  { pattern: /(?:饮用|用上|使用|接通|接入|通)(?=自来水|宽带|天然气|管道燃气|卫生厕所)/g, standard: "" },
  // 公安 户口登记: 常住户籍人口 / 常住户口 are the persons whose 户口 is registered here (户口登记条例's 常住户口), i.e. the
  // 户籍 population — not 统计's 常住人口 (those living here six months or more).
  { pattern: /常住户籍|常住户口/g, standard: "户籍" },
];

/** The label text with every office's spelling replaced by the standard word. */
export function standardizeWords(text: string): string {
  let s = text;
  for (const { pattern, standard } of STANDARD_WORDS) s = s.replace(pattern, standard);
  return s;
}
