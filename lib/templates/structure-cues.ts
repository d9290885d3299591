/**
 * Words that tell the parts of a template apart. Matched against `norm()` text (no whitespace, half-width).
 * Data, not logic: extend these lists when real templates use other wording.
 */

/** The 序号 column (not a field). `编号` counts only as the table's first column. */
export const SERIAL_LABEL = /^(序号|序|顺序号|No\.?|NO\.?|编号)$/i;
export const SERIAL_STRICT = /^(序号|序|顺序号|No\.?|NO\.?)$/i;

/** Rows holding totals rather than data. */
export const TOTAL_LABEL = /^(合计|总计|小计|共计|汇总|全镇合计|全乡合计|全街道合计|合计数)$/;

/** Example rows with sample values. */
export const EXAMPLE_LABEL = /^(示例|例|样例|举例|例子|范例|填写示例|填报示例|填表示例|例[:：])$/;

/** Cells of the `甲 乙 丙 1 2 3` code row under a statistical header. */
export const CODE_CELL = /^(甲|乙|丙|丁|戊|己|庚|辛|[A-Z]|\d{1,3})$/;

/** Footer rows: signatures and contact lines. */
export const FOOTER_CUE = /(负责人|填表人|填报人|审核人|统计人|制表人|经办人|联系电话|报出日期|签字|签章|签名)[^：:]{0,4}[：:]/;

/** Notes rows (注：…) and instructions. */
export const NOTE_CUE = /^(注|备注|说明|附注|填表说明|填报说明)\d?[：:．.、]/;

/** Labels of the label column of an indicator panel. */
export const INDICATOR_LABEL_HEADER = /^(指标|指标名称|项目|项目名称|主要指标|统计指标|指标项目|内容|名称|类别|科目|调查项目|统计项目|栏目|调查内容|指标内容|项目内容|主要项目|调查指标|(?:信息|采集|调查|填报|登记|统计)项(?:目|名称)?)$/;
export const INDICATOR_UNIT_HEADER = /^(计量单位|单位|计算单位)$/;
export const INDICATOR_CODE_HEADER = /^(代码|行次|编码|编号|序号|栏次|代号)$/;
export const INDICATOR_VALUE_HEADER = /^(本期|本期数|本期值|数量|数值|指标值|填报数|本月|本月数|本年|本年数|本年累计|实际数|数据|合计|值|金额|完成数|情况|本季|本季度|上年同期|上期|同期|(?:填写|填报|采集|登记)(?:内容|情况|数据|值)?)$/;

/**
 * Value columns that compare the indicator with another period (上年同期, 增减%): the reporter fills them, but they
 * are the same indicator, so an indicator panel with one current column plus these stays one field per row.
 */
export const COMPARISON_VALUE_HEADER = /^(上年|去年|上季|上月|上期|同期|比上年|较上年|比上期|较上期|同比|环比|增减|增长|增幅|变动)[^本]{0,8}$/;

/** Stamp and signature cells (with or without colon): `单位（盖章）`, `审核人`, `填报日期：` — not indicators. */
export const STAMP_OR_SIGNATURE_CELL = /^(?:(?:填报|报送|填表|统计)?单位(?:名称)?)?[(（]?(?:盖章|公章|签章)[)）]?[:：]?$|^(?:单位|部门|分管|主要)?(?:负责人|填表人|填报人|审核人|统计人|制表人|经办人|复核人|核查人|调查员|调查人)(?:[(（](?:签字|签名|盖章)[)）])?[:：]?$|^(?:联系人|联系电话|报出日期|报送日期|填报日期|填表日期|统计日期)[:：]$|^(?:签字|签名|盖章)[:：]?$/;

/** A category cell of an indicator panel shows it takes no value. */
export const DASH_CELL = /^[—–\-－─―x×/／\\]+$/;

/** Names of a village/community row key in aggregate forms. */
// 嘎查 / 苏木: Inner Mongolia's pastoral village and township (民政 区划 names), the 村 and 乡镇 of its forms.
export const VILLAGE_NAME_HEADER = /(村|社区|居委会|村委会|行政村|村居|单位|地区|乡镇|街道|镇街|街镇|镇|网格|嘎查|苏木)(\(.*\))?(名称|名|全称)?$|^(村|社区)?名称$|^所在村|^村名|^村别/;

/** A pre-filled row label that names a place (aggregate form), not a category (grid). */
export const PLACE_NAME = /^.{2,}(村|镇|乡|组|屯|寨|庄|湾|坪|营|场|片区)$|^.+(社区|居委会|村委会|街道|小区|嘎查|苏木)$/;

/**
 * Names of the org units the platform knows (村, 社区, 居委会, 乡镇, 街道): a table with one row per such unit is a
 * village table, each unit filling its row. Rows of 小区, 村民小组, 片区 or 场所 belong to one unit's form: a grid.
 */
export const ORG_UNIT_NAME = /^.{2,}(村|镇|乡|屯|寨|庄|湾|坪|营)$|^.+(社区|居委会|村委会|街道|嘎查|苏木)$/;

/** Parts of one org unit that its own form lists by name: 小区, 村民小组, 片区, 网格, 楼栋. */
export const SUB_UNIT_NAME = /^.{2,}(小区|花园|家园|苑|公寓|片区|网格|楼栋|[一二三四五六七八九十\d]+组)$/;

/** The header over a breakdown's columns (月份 > 1月…12月, 村名 > 李庄村…): it names the series, not a datum. */
export const SERIES_CAPTION = /^(月份?|季度|村名|村(（社区）|\(社区\)|居)?(名称)?|社区(名称)?|性别|年龄段?|年龄组|各村(（社区）|\(社区\))?|各社区|嘎查(名称)?|各嘎查|小区(名称)?|网格(名称)?|楼栋|楼幢|片区|自然村|自然屯|屯|社(（村民小组）|\(村民小组\))?|村民小组)$/;

/** A caption over places or a unit's parts (村名, 各村（社区）, 小区名称, 网格, 社): its columns are places. */
export const PLACE_CAPTION = /^(村名|村|各村|各社区|社区|小区|网格|楼栋|楼幢|片区|自然村|自然屯|屯|社|村民小组)/;

/**
 * Key headers naming a unit's own parts (小区名称, 网格, 楼栋, 自然村, 社, 村民小组): their printed rows are cells of
 * one unit's form, whatever the rows are called (东湖新村 is a 小区).
 */
export const SUB_UNIT_HEADER = /^(小区|楼栋|楼幢|网格|片区|院落|自然村|自然屯|屯|社|村民小组|组)(名称|名)?$/;

export function seriesKind(text: string): string | null {
  if (/^(\d{1,2}|[一二三四五六七八九十]{1,3})月份?$/.test(text)) return "month";
  if (/^第?[一二三四1-4]季度?$/.test(text)) return "quarter";
  if (/^(男|女)(性)?$/.test(text)) return "sex";
  if (/^\d+(周?岁)?[-—~～至]\d+周?岁$|^\d+周?岁(及)?(以上|以下)$/.test(text)) return "age";
  if (PLACE_NAME.test(text)) return "place";
  return null;
}

/** Header words of a grid's row-label column: a category, or a breakdown dimension (年龄组, 改厕模式, 等级; not 村民小组). */
export const GRID_ROW_HEADER = /^(名称|对象|人群|时段|时间段|期间)$|(项目|类别|类型|分类|病种|指标|内容|事项|种类|品种|险种|行业|产业|领域|门类|环节|人群|群体|年龄段|项目名称|统计项目|分组|(?<!小)组|模式|方式|形式|等级|级别|档次|区间)$|^(农作物|作物|粮食作物|经济作物|物资|畜禽|牲畜|畜种|畜类|禽类|大类|小类|品类|水产品?|树种|林种|灾种|案由|药品)(名称|种类|类别)?$|[\\/／]/;

/** Remark column. */
export const REMARK_LABEL = /^(备注|说明|备考|附注)$/;

/** Sheets that explain a form rather than being one. */
export const INSTRUCTION_SHEET = /(填表说明|填报说明|说明|指标解释|注意事项|填写说明|使用说明|字典|下拉|选项|参数|代码表|数据源)/;
