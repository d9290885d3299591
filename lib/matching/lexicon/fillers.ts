/**
 * Words that carry no meaning for matching: who the row is about (本人/对象), framing (情况/信息), polite
 * verbs (享受/填写/是否), markers (其中/中/的). Removed after segmentation.
 */
export const FILLERS: string[] = [
  "本人", "对象", "人员", "个人", "成员", "户内", "其中", "中", "的", "之", "及", "和", "与", "或", "等", "其他",
  "情况", "信息", "状况", "基本", "具体", "详细", "明细", "主要", "现", "目前的", "实际",
  "享受", "是否", "是否为", "是不是", "有无", "已", "填写", "填报", "开展", "入户", "组织", "参加", "参与", "存在", "存在的",
  "最近一次", "最近", "上次", "本次", "该", "所属", "所在", "隶属", "编入", "分属", "下辖", "辖区", "全村", "本村", "村级", "村", "社区",
  "总", "共", "各类", "全部", "名单", "花名册", "台账", "本期", "报告期", "期内", "数据", "当期", "本期数",
  // 城乡 = urban and rural alike: no 城乡 restriction (城乡最低生活保障 is 低保).
  // 建档立卡: the national register every 贫困户 / 贫困人口 of 2014–2020 was on (国务院扶贫办), not a subset of them.
  "建档立卡",
  "城乡", "在册", "应", "实", "确权", "落实", "已落实", "受益", "说明", "备案", "群众", "居民", "家庭户",
];

/**
 * Words that begin with a filler's character but are words of their own (中心 is not 中 + 心, 之家 not 之 + 家): the
 * segmenter keeps them whole when the lexicon has no concept for them.
 */
export const WHOLE_WORDS: string[] = [
  "中心", "中学", "中小学", "中医", "中药", "中药材", "中型", "中等", "中级", "中青年", "中老年", "之家", "等级", "等次", "总支", "总工会", "共享", "和谐",
  // …or hold a filler or a measure word inside (发现 is not 发 + 现, 用户 not 用 + 户).
  "发现", "用户",
];

/**
 * Words that are fillers or measure words inside a label (村党员人数 = 党员人数; 3个组) but name a place when they are
 * the whole label: a roster's 村 / 社区 column is its 村（社区）名称, its 组 column the villager group (组（寨）, 屯:
 * the 贵州 / 广西 names of a 村民小组).
 */
export const PLACE_WHEN_ALONE: ReadonlyMap<string, string> = new Map([
  // 村（社区） / 村（居） are written with their brackets dropped (normalize-label.ts).
  ...["村", "社区", "村社区", "村居", "村委", "村委会", "居委", "居委会", "村居委", "社区居委会", "居民委员会", "村民委员会", "社区居民委员会"].map((w) => [w, "villageName"] as const),
  ...["组", "组寨", "寨", "屯", "组屯", "村民组寨", "村民小组寨"].map((w) => [w, "villagerGroup"] as const),
  ...["乡镇", "乡镇街道", "乡", "镇", "街道", "镇街"].map((w) => [w, "townName"] as const),
]);

/**
 * Nouns that name who the rows of a roster are (职工姓名 in a 困难职工 roster is the person's own name, like
 * 对象姓名 / 人员姓名). Dropped only next to a personal attribute (name, ID number, sex, phone …), never in counts.
 */
export const PERSON_NOUNS: string[] = [
  "职工", "学生", "幼儿", "儿童", "孕产妇", "孕妇", "产妇", "新生儿", "婴儿", "孤儿", "青年", "青少年", "老人", "老年人", "村民", "居民", "患者", "病人", "申请人", "会员", "队员",
  "学员", "成员", "家庭成员", "家庭人员", "共同生活家庭成员", "人才", "志愿者", "救助对象", "服务对象", "帮扶对象", "监测对象", "保障对象", "困难职工", "劳动力", "妇女",
  "残疾人", "退役军人", "党员", "网格员", "信息员", "带头人", "从业人员", "工作人员", "工作者", "参训人员", "培训人员",
];

/**
 * Group headers that never change the meaning of their leaves. Besides this list, any group header ending
 * in one of GENERIC_GROUP_SUFFIXES keeps only its qualifiers (户主情况 → 户主; 本月情况 → 本月) and lends its
 * subject only to a leaf that has none (党员情况 > 总数).
 */
export const MEANINGLESS_GROUPS: string[] = [
  "基本信息", "个人信息", "基本情况", "个人基本信息", "人员基本信息", "人员信息", "主要指标", "指标", "指标名称", "项目",
  "内容", "数据项", "统计指标", "基础数据", "基础信息", "填报内容", "登记内容", "其他", "其他信息", "备注信息", "相关信息",
  "基本资料", "个人资料", "身份信息", "主要内容", "工作开展情况", "工作情况", "有关情况", "具体情况",
  // A header over a person's phone and addresses (联系方式 > 手机号码 | 户籍地址 | 现居住地址) only groups them.
  "联系方式", "联系信息", "通讯方式", "通讯信息", "联络方式",
];

// 分布 / 构成 head a breakdown of a total (年龄分布, 文化程度构成): its leaves are the total's parts.
export const GENERIC_GROUP_SUFFIXES: string[] = ["基本情况", "情况", "信息", "状况", "案情", "概况", "明细", "详情", "资料", "内容", "分布", "构成"];
