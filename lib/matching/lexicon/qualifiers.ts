import type { QualifierDim } from "./types";

/**
 * Roles that are always somebody other than the row's person: the household head and family relations (GB/T 4761),
 * guardians, contacts, landlords and tenants. Other roles (调解员, 负责人, 逝者 …) may be the row's own person when
 * the form is a roster of them (see roster-subject.ts).
 */
export const RELATION_ROLES: string[] = [
  "head", "guardian", "spouse", "father", "mother", "child", "emergency", "contact", "landlord", "tenant", "grandparent", "sibling", "grandchild", "kin",
];

/**
 * Qualifiers that change which datum a label means. Two fields merge only when every dimension agrees
 * (a missing value is its own value "none": 姓名 ≠ 户主姓名). General administrative usage, not one corpus.
 */
export const QUALIFIERS: QualifierDim[] = [
  {
    dim: "period",
    name: "统计期",
    strength: "period",
    values: [
      { value: "day", name: "当日", terms: ["当日", "今日", "本日", "当天", "今天", "日报数"] },
      { value: "week", name: "本周", terms: ["本周", "当周", "本周数"] },
      { value: "month", name: "本月", terms: ["本月", "当月", "本月数", "当月数", "本月份", "月内"] },
      { value: "quarter", name: "本季度", terms: ["本季度", "本季", "当季", "当季度", "本季度数", "季度内"] },
      { value: "half", name: "本半年", terms: ["上半年", "下半年", "本半年"] },
      {
        value: "ytd",
        name: "本年累计",
        terms: [
          "本年累计", "累计", "累计数", "今年以来累计", "今年以来", "年度累计", "本年度累计", "全年累计", "年累计",
          "本年累计数", "年初至今", "本年", "本年度", "全年", "当年", "年内", "今年", "年初以来", "今年来", "自年初累计",
          "1至本月累计", "1本月累计", "截至本月累计", "本年度累计数",
          // 1-N月累计 / 1至N月 / 1月至本月 / 年初至本月: the year to date (statistical 累计 columns).
          "1N月累计", "1N月", "1至N月累计", "1至N月", "1月至本月累计", "1月至本月", "1月至今", "年初至本月累计", "年初至本月",
          "本年1N月累计", "今年1N月",
        ],
      },
      // A stock at the end of June (畜牧 statistics count herds at the end of the 牧业年度, 6月30日, besides the year's
      // end): another datum than the 年末 one.
      { value: "midYear", name: "6月末", terms: ["6月末", "6月底", "六月末", "六月底", "6月30日", "牧业年度", "牧业年度6月末", "半年末", "上半年末"] },
      // The opening stock (期初 / 年初数): a different datum from the closing one.
      { value: "start", name: "期初", terms: ["期初", "期初数", "年初数", "年初", "月初", "季初", "期初实有", "年初实有", "上年末", "上年年末"] },
      { value: "prevYear", name: "上年", terms: ["上年", "去年", "上年度", "上年同期", "去年同期"] },
      { value: "end", name: "期末", terms: ["期末", "截至期末", "截止期末", "期末数", "年末", "月末", "季末", "现有", "实有", "目前", "截至目前", "在册", "现存",
        "年底", "月底", "季度末", "期末实有", "年末实有", "截至年底", "截至月底", "截至报告期末", "期末在册",
        "截至本月底", "截至本月末", "截止本月底", "截至当月底", "本月底", "本月末", "截至年末", "截至本年底", "截止目前", "截止当前",
        "截至本期末", "截至季末", "截至本季度末", "报告期末", "现存量"] },
    ],
  },
  {
    dim: "change",
    name: "变动",
    strength: "hard",
    values: [
      { value: "new", name: "新增", terms: ["新增", "新发现", "新登记", "新纳入", "新识别", "增加", "净增", "新建", "新发生", "新申请"] },
      { value: "exit", name: "退出", terms: ["退出", "减少", "注销", "取消", "清退", "销户", "停发"] },
      { value: "done", name: "办结", terms: ["办结", "化解", "已化解", "已办结", "办理完成", "结案"] },
      { value: "success", name: "成功", terms: ["调解成功", "成功"] },
    ],
  },
  {
    dim: "role",
    name: "主体",
    strength: "hard",
    values: [
      { value: "head", name: "户主", terms: ["户主", "户主本人", "户长", "家庭户主", "本户户主"] },
      // 家长: a student's or child's parents are his guardians (未成年人保护法: 父母或者其他监护人).
      { value: "guardian", name: "监护人", terms: ["监护人", "法定监护人", "委托监护人", "家长"] },
      { value: "spouse", name: "配偶", terms: ["配偶", "爱人", "丈夫", "妻子"] },
      { value: "father", name: "父亲", terms: ["父亲"] },
      { value: "mother", name: "母亲", terms: ["母亲"] },
      { value: "child", name: "子女", terms: ["子女"] },
      { value: "emergency", name: "紧急联系人", terms: ["紧急联系人", "应急联系人"] },
      { value: "contact", name: "联系人", terms: ["联系人"] },
      { value: "landlord", name: "房东", terms: ["房东", "房主", "出租人", "出租户", "产权人", "房屋所有人"] },
      { value: "tenant", name: "承租人", terms: ["承租人", "租户", "租客", "租住人"] },
      { value: "owner", name: "经营负责人", terms: ["负责人", "法人", "法定代表人", "法人代表", "经营者", "主要负责人", "业主", "经营户"] },
      { value: "helper", name: "帮扶责任人", terms: ["帮扶责任人", "帮扶人", "结对帮扶人", "帮扶干部", "结对干部", "帮扶联系人"] },
      { value: "responsible", name: "责任人", terms: ["责任人", "责任人员", "整改责任人", "包保责任人", "包保人", "落实责任人"] },
      { value: "party", name: "当事人", terms: ["当事人", "纠纷当事人", "双方当事人"] },
      { value: "mediator", name: "调解员", terms: ["调解员", "调解人", "人民调解员"] },
      { value: "reporter", name: "填报人", terms: ["填报人", "填表人", "报送人"] },
      { value: "deceased", name: "死者", terms: ["死者", "逝者"] },
      // 河长制 / 田长制 / 林长制 chiefs: each names its own person (村级河长姓名 ≠ 姓名).
      { value: "riverChief", name: "河长", terms: ["河长", "河湖长", "村级河长"] },
      { value: "fieldChief", name: "田长", terms: ["田长", "网格田长", "村级田长"] },
      { value: "forestChief", name: "林长", terms: ["林长", "村级林长"] },
      // 农村公路路长制: the road chief of a village.
      { value: "roadChief", name: "路长", terms: ["路长", "村级路长", "农村公路路长"] },
      // The party organisation's secretary (村党组织书记): a named office, never the row's person on a village form.
      { value: "secretary", name: "书记", terms: ["书记", "党组织书记", "村党组织书记", "党支部书记", "支部书记", "村书记", "党总支书记", "村支书", "支书"] },
      // GB/T 4761 family relations beyond 户主/配偶/父母/子女.
      { value: "grandparent", name: "祖父母", terms: ["祖父母", "外祖父母", "祖父", "祖母"] },
      { value: "sibling", name: "兄弟姐妹", terms: ["兄弟姐妹", "兄弟", "姐妹"] },
      { value: "grandchild", name: "孙子女", terms: ["孙子女", "孙子", "孙女", "外孙子女"] },
      { value: "kin", name: "家属", terms: ["家属", "亲属", "近亲属", "家属代表"] },
    ],
  },
  {
    // What is expected (应缴、应参保、应入学) against what happened (已缴费、实际参保): never the same datum.
    dim: "basis",
    name: "口径",
    strength: "hard",
    values: [
      { value: "due", name: "应", terms: ["应缴", "应缴费", "应参保", "应参加", "应入学", "应发放", "应发", "应收", "应到", "应享受", "应保", "应检", "应签约", "应征", "应纳入"] },
      // What was set as a target (计划 / 任务 / 目标) against what was done: a plan is never the result.
      { value: "target", name: "计划", terms: ["计划", "计划数", "年度计划", "计划任务", "任务", "任务数", "年度任务", "目标任务", "目标任务数", "目标", "目标数", "年度目标", "预计", "下达任务", "任务指标"] },
    ],
  },
  {
    dim: "pop",
    name: "人口口径",
    strength: "hard",
    values: [
      { value: "hj", name: "户籍", terms: ["户籍", "户籍在册"] },
      { value: "cz", name: "常住", terms: ["常住"] },
      // 暂住 / 外来: the police's and the older words for the 流动人口 (居住证暂行条例 replaced the 暂住证 in 2016).
      { value: "flow", name: "流动", terms: ["流动", "流入", "暂住", "外来"] },
      { value: "out", name: "外出", terms: ["外出", "流出"] },
      { value: "temp", name: "寄住", terms: ["寄住"] },
      // 公安 实有人口: everybody living there, registered or not — neither the 户籍 nor the 常住 count.
      { value: "real", name: "实有", terms: ["实有人口"] },
    ],
  },
  {
    dim: "sex",
    name: "性别",
    strength: "hard",
    values: [
      { value: "m", name: "男", terms: ["男", "男性", "男士", "男童", "男孩"] },
      { value: "f", name: "女", terms: ["女", "女性", "妇女", "女士", "女童", "女孩"] },
    ],
  },
  {
    dim: "partyType",
    name: "党员类别",
    strength: "hard",
    values: [
      { value: "probation", name: "预备", terms: ["预备"] },
      { value: "full", name: "正式", terms: ["正式"] },
    ],
  },
  {
    dim: "edu",
    name: "学历门槛",
    strength: "hard",
    values: [
      { value: "college+", name: "大专以上", terms: ["大专以上", "大专及以上", "专科以上", "专科及以上"] },
      { value: "bachelor+", name: "本科以上", terms: ["本科以上", "本科及以上", "大学本科以上"] },
      { value: "highschool+", name: "高中以上", terms: ["高中以上", "高中及以上", "高中中专以上"] },
    ],
  },
  {
    dim: "severity",
    name: "程度",
    strength: "hard",
    values: [
      { value: "severe", name: "重度", terms: ["重度", "一二级"] },
      { value: "major", name: "重大", terms: ["重大", "较大"] },
      { value: "general", name: "一般", terms: ["一般"] },
    ],
  },
  {
    // An average per household or per person is not the total (户均务工收入 ≠ 务工收入; 统计 average indicators).
    dim: "avg",
    name: "平均",
    strength: "hard",
    values: [
      { value: "perHousehold", name: "户均", terms: ["户均", "平均每户", "每户平均"] },
      { value: "perCapita", name: "人均", terms: ["人均", "平均每人", "每人平均"] },
    ],
  },
  {
    dim: "area",
    name: "城乡",
    strength: "hard",
    values: [
      { value: "urban", name: "城市", terms: ["城市", "城镇"] },
      { value: "rural", name: "农村", terms: ["农村", "乡村"] },
    ],
  },
];
