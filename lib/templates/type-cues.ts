/**
 * Cue words for a field's type, matched against the core label (norm, no brackets, no numbering).
 * Order matters in field-type.ts: options → idcard → phone → boolean → date → number → choice → text.
 * Data, not logic: extend when real templates use other wording.
 */

export const IDCARD_CUE = /(身份证|身份号码|证件号|公民身份|身份证件号|社会保障号|社保卡号)/;
export const IDCARD_EXCLUDE = /(类型|种类|类别|有效期|地址|签发)/;

export const PHONE_CUE = /(电话|手机|联系方式|手机号|座机|移动号码|联系号码)/;

export const BOOLEAN_CUE = /(是否|有无|是\/否|是或否)|^.{1,4}否$/;

/** Years are text (2026), not dates. */
export const YEAR_CUE = /(年份|年度|年代|建房时间|建成时间|建造时间|建设时间|竣工时间)$/;
/** A span of dates written in one cell (租赁起止日期): text, not a date. */
export const DATE_RANGE_CUE = /(起止|起讫|始末)(日期|时间|年月)$|时间段$|期限$/;
export const DATE_CUE = /(日期|时间|年月|月份|生日|出生时间|出生年月|截止日|到期日)$|日期/;

/** Decimal quantities: money, areas, rates, measurements. */
export const DECIMAL_CUE = /(费$|党费|会费|金额|资金|收入|收益|利润|损失|赔偿|罚款|罚没|税款|保费|投资|造价|成本|销售额|营业额|经费|补贴金|补助金|救助金|低保金|养老金|抚恤金|工资|薪酬|资产|费用|支出|价格|单价|总额|余额|存款|贷款|面积|比率|比例|占比|率$|覆盖率|降雨量|雨量|水位|产量|产值|平均|均价|人均|重量|长度|距离|里程|体积|容积|血糖|体重|身高|腰围|体温|视力)/;

/** A label whose head noun is a count (…人数, …户数): integer whatever money word precedes it (收益用于公益岗位人数). */
export const COUNT_HEAD = /(人数|户数|个数|次数|件数|起数|家数|处数|人次|户次|场次)$/;

/** Integer quantities: counts. */
export const INTEGER_CUE = /(人数|户数|个数|次数|件数|起数|家数|处数|场数|头数|只数|册数|支数|层数|人次|户次|场次|数量|总数|年龄|岁数|存栏|出栏|饲养量|人口$|[^号]数$|数[(（]|血压|收缩压|舒张压|心率|脉搏)/;

/** Choice fields end with one of these words (the head noun names an enumeration). */
export const CHOICE_SUFFIX = /(性别|男\/女|男女|民族|政治面貌|文化程度|学历|教育程度|婚姻状况|婚姻|宗教|宗教信仰|信仰宗教|信仰|血型|类别|类型|种类|等级|级别|分级|档次|属性|关系|标准|方式|结构|状况|状态|来源|能力|阶段|形式|性质|学段|面貌|病种|险种)$/;

/** Status questions answered from a short list. */
export const CHOICE_STATUS = /(整改情况|整改落实情况|落实情况|复学情况|办理情况|办结情况|处置情况|化解情况|领取情况|参保情况|就业情况|健康情况|签约情况|完成情况|销号情况)$/;

/**
 * Text fields: names, places, descriptions, identifiers. Checked after numbers. A lone 乡 or 组 is a place (the
 * town, the villager group: 村 | 组 | 姓名), not a count.
 */
export const TEXT_CUE = /(^(?:所在|所属)?乡$|^(?:所在|所属)?(?:村民)?组$|码$|党组织$|党支部$|党总支$|名称|名字|姓名|名$|地址|住址|地点|坐落|居住地|户籍地|籍贯|所在地|单位|学校|职务|职业|工种|技能|措施|原因|描述|内容|方案|说明|事由|案情|简况|简要|品种|畜种|代码|号码|账号|帐号|编号|户号|学籍号|证号|证书号|卡号|牌号|车牌|银行|开户行|年级|班级|书记$|主任$|专干$|队长$|组长$|村长$|网格|组别|小组|所在组|负责人|责任人|联系人|当事人|调解员|医生|帮扶人|做法|成效|问题|建议|意见|经验|事迹|亮点|举措|困难|诉求|去向|情况$)/;

/** Option sets that make a yes/no question. */
export const BOOLEAN_OPTIONS = [
  ["是", "否"],
  ["有", "无"],
  ["是", "不是"],
  ["已", "未"],
  ["√", "×"],
];
