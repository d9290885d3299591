/**
 * README.md of tests/blind26, written by build-corpus.ts only when README.md does not exist yet (or with --readme),
 * so that the lead's "First look" section survives rebuilds. Counts and tables come from the specs and the gold.
 */
import fs from 'node:fs';
import type { Corpus, Form } from './kit';

const FREQ_ZH: Record<string, string> = { daily: '日报', weekly: '周报', monthly: '月报', quarterly: '季报', semiannual: '半年报', annual: '年报', adhoc: '不定期' };

/** how the department and frequency of each form absent from 报表清单.xlsx can be recovered from the template */
const RECOVER: Record<string, string> = {
  '县民政局/2024年农村留守儿童和困境儿童情况统计表.xlsx': 'folder 县民政局; 表号/制定机关 block (XX县民政局, 有效期至); title 2024年… + 统计截止：2024年12月31日 → annual',
  '县公安局/2025年第三季度村（社区）户籍人口变动情况统计表.xlsx': 'folder 县公安局; title 2025年第三季度… + 统计截止：2025年9月30日 → quarterly',
  '县妇联/农村留守儿童摸底登记表.xlsx': 'folder 县妇联; note 随时登记，不定期报送县妇联 → adhoc',
  '县人力社保局/城乡居民养老保险待遇领取资格认证情况月报.xlsx': 'folder 县人力社保局; title …月报 + note 每月25日前报县人力社保局 → monthly',
  '县卫生健康委/2025年老年人健康管理和家庭医生签约分月进度表.xlsx': 'folder 县卫生健康委; note 每月5日前报送县卫生健康委 → monthly (the title says only 分月进度)',
  '县农业农村委/青菜头收砍销售进度周报.xlsx': 'folder 县农业农村委; title …周报 + note 每周五17:00前报县农业农村委 → weekly',
  '县规划自然资源局/汛期地质灾害巡查排查日报.xlsx': 'folder 县规划自然资源局; title …日报表 + meta 每日16时前报送 → daily',
  '县林业局/森林防火期野外火源管控工作周报.xlsx': 'folder 县林业局; title …周报 + meta 防火期内每周四报县林业局 → weekly',
  '县应急管理局/2024年下半年村（社区）防灾减灾基础信息统计表.xlsx': 'folder 县应急管理局; title 2024年下半年… → semiannual',
  '农村基本情况调查表（2014年度）.xlsx': 'no folder, no title row (old .xls): note 于次年1月15日前报送县统计局 → 县统计局; meta （2014年度） + 次年 → annual',
  '县乡村振兴局/防止返贫监测对象动态管理台账.xlsx': 'folder 县乡村振兴局; line 数据来源：全国防返贫监测信息系统导出 + note 每月25日前核实更新 → monthly',
};

const GOLD_CALLS = [
  '姓名 of the row\'s own person is one element in every roster (儿童姓名 / 学生姓名 / 老人姓名 / 参保人姓名 / 姓名 → p_name); 户主 > 姓名, 监护人 > 姓名, 赡养人 > 姓名, 关爱服务联系人 > 姓名, 结对帮扶教师 > 姓名, 帮扶责任人 > 姓名, 法定代表人（负责人） > 姓名, 儿童之家负责人 > 姓名, 监测员 > 姓名, 父亲姓名, 母亲姓名 are each their own.',
  '社会保障号码 (人社 wording) = 公民身份号码 = 身份证号 = 证件号码 (p_idno); 全国学籍号, 社会保障卡号, 残疾人证号, 集体土地使用证号 are not id numbers of the person.',
  '出生日期 = 出生年月 (p_birth) ≠ 年龄 (p_age); the 2016 生态护林员花名册 asks both, and they stay two elements.',
  '联系电话 / 手机号码 / 联系方式 of the row\'s person = p_phone; under 监护人 / 委托照护人（监护人） they are the guardian\'s (C1 监护人 > 联系方式 = A1 委托照护人（监护人） > 联系电话); 结对帮扶教师 > 联系电话 is the teacher\'s.',
  '儿童之家（活动场所） > 联系电话 (a facility) ≠ 儿童之家负责人 > 联系电话 (a person): the same leaf label, two elements; 值班电话 in the 日报 footer is not a field.',
  '委托照护人（监护人） (民政) = 监护人 (教委, 妇联): the same guardian; 与儿童关系 under either is one element.',
  '留守类型 / 留守类别 / 留守情况 = one choice element; 学校名称 (教委, rows are pupils) = 就读学校 (民政, 妇联).',
  '家庭所在村（社区） / 家庭所在镇乡（街道） (教委) = 村（社区） / 镇乡（街道） of the other rosters: the village the child belongs to.',
  '户籍人口 > 合计 / 男 / 女 (公安 人口变动, columns) = 户籍人口 / 其中：男 / 女 (统计 年报, indicator rows); 60周岁以上户籍人口 (公安) = 60周岁及以上户籍人口 (统计: 以上 includes 60 in both); 本季度 > 出生 ≠ 本年累计 > 出生.',
  '户籍人口 = 户籍总人口 (2014 调查表); 常住人口 ≠ 户籍人口; 16周岁以上户籍人口（不含在校学生） (人社) is its own.',
  '60 / 65 / 80 周岁及以上户籍人口 (统计) are three elements; 80周岁及以上 under 农村留守老年人 (民政 汇总表) is a fourth (a subset of 留守老年人).',
  '其中：柑橘园 (统计, under 园地面积) = 柑橘种植面积 > 本年 (农业农村委 village table) = 柑桔种植面积 (调查表, old spelling 柑桔) = 柑桔面积 (2014); 柑橘种植面积 > 上年 is its own.',
  '本年新发展面积 = 当年新植面积 ≠ 种植面积 (新增 ≠ 总数); 其中：投产面积 = 投产面积; 柑橘产量 = 柑桔总产量; 种植户数 = 柑桔种植户; 50亩以上规模业主 = 50亩以上柑桔规模业主.',
  '青菜头种植面积 (周报) = 青菜头播种面积 (调查表, 统计) = 青菜头面积 (2014); 周报 本周 > 收砍量 ≠ 累计 > 收砍量; 累计 > 销售收入 (season to date) ≠ 青菜头销售收入 (调查表, the year): kept apart.',
  '农业从业人员 (调查表) = 其中：从事农业 (统计, under 乡村从业人员); 村集体经济经营性收入 = 其中：经营性收入 (under 村集体经济组织总收入).',
  '村民小组（社） with unit 个 in the 调查表 is the village\'s count of groups (v_groups, = 统计 村民小组); 村民小组（社） in the 复垦 花名册 and the 宅基地 表一 is the household\'s group (h_group).',
  '城乡居民社会养老保险参保人数 (2014 name) = 城乡居民基本养老保险参保人数; 城乡居民合作医疗保险参保人数 (重庆\'s pre-2017 name) = 城乡居民基本医疗保险参保人数; 农村五保对象 (old name) = 特困人员.',
  '其中：领取养老金人数 (统计) = 其中：60周岁及以上领取待遇人数 (人社 季报); 16-59周岁参保缴费人数 (人社 stock) ≠ 税务 累计已缴人数 (collection-period progress): kept apart.',
  '医保 周报 应参保人数 / 本周缴费人数 / 累计缴费人数 / 参保缴费率 = 税务 城乡居民基本医疗保险 > 应缴人数 / 本周已缴人数 / 累计已缴人数 / 征缴率; the same leaves under 城乡居民基本养老保险 are other elements (the group header changes them).',
  '累计缴费人数 of the 集中参保缴费期 ≠ 城乡居民基本医疗保险参保人数 of the 统计 年报 (a year-end stock): kept apart.',
  '政府代缴金额 (人社 花名册) = 代缴金额 (残联 重度残疾人 花名册) = 基本养老保险 > 财政补助金额（元） (乡村振兴 排查表); 基本医疗保险 > 财政补助金额（元） (the same leaf label in the same form) = 资助金额 (医保 花名册): another programme, another element; 资助类别 (医保) ≠ 参保身份 (养老).',
  '代缴档次（元/年） (残联) = 缴费档次（元/年） (人社): the 档次 the government pays at is the person\'s 缴费档次.',
  '基本医疗保险 > 是否参保 ≠ 基本养老保险 > 是否参保 (排查表, group header changes meaning).',
  '是否留守老人 (人社 认证月报) = 是否农村留守老年人 (卫健); 居住情况 (民政) = 居住状况 (卫健); 是否失能半失能 (boolean) is not 健康状况 (choice).',
  '护林员 (林业 周报, 应急 基础信息) ≠ 生态护林员 (林业 周报 其中, 统计 年报): 生态护林员 are the 脱贫人口 posts, a subset.',
  '林地面积 = 山林面积 (2014 调查表).',
  '在册隐患点（处） (日报) = 地质灾害隐患点 (统计, 应急 基础信息): the village\'s count; 受地质灾害威胁人口 of the village (统计, 应急) ≠ 威胁对象 > 人数 of one 隐患点 (规划 名册) = 受威胁人口 (应急 名单).',
  '灾害点名称 = 隐患点名称; 灾害点编号 = 统一编号; 群测群防员 / 群测群防员手机 = 监测员 > 姓名 / 联系电话; 避险转移责任人 / 责任人手机 = 村（社区）责任人 > 姓名 / 联系电话; 受威胁户数 = 威胁对象 > 户数.',
  '户主 > 姓名 / 公民身份号码 / 联系电话 (复垦 花名册), 户主 > 姓名 / 证件号码 / 联系电话 (返贫监测 台账) = 户主姓名 / 户主身份证号码 / 户主联系电话 (宅基地 表一); 家庭人口（人） = 家庭人口数 = 家庭人口.',
  '是否位于地灾隐患点 (复垦 花名册) = 是否位于地质灾害隐患点威胁范围 (宅基地 表三); 房屋结构 and 房屋建筑面积（㎡） (复垦) = 房屋结构 and 农房建筑面积 (宅基地 表三).',
  '申请复垦面积 > 合计 (复垦 申请, per household) ≠ 意向复垦面积（亩） (宅基地 表四, an intention per 宗地): kept apart; 本年建设用地复垦面积 of the village (统计) ≠ a project\'s 完成复垦面积; 本月 ≠ 累计 in the 地票 月报.',
  '其中：服务留守儿童 (妇联 儿童之家) ≠ 农村留守儿童 (the village\'s count); 农村留守学生 (教委, one school) ≠ 农村留守儿童 (one village); 儿童之家 (统计, a count) ≠ 是否建成儿童之家 (妇联, boolean).',
  '帮扶责任人 > 姓名 / 联系电话 in the person-level 两保 排查表 = 帮扶责任人 of the household in the 返贫监测 台账: the same helper.',
  'Transposed grid (应急 基础信息): villages across, each village cell takes the row\'s village-level element (户籍人口 of 柑子湾村 is the same datum as the 户籍人口 of that village anywhere), so the four village cells of a row share an element; the 合计 column is not a field.',
  'Two-column grid (应急 物资): the category (森林防灭火物资 / 地质灾害和防汛物资) is part of the row header, not a field; 现有数量 ≠ 本半年新增; no cell merges with another form.',
  'Age-band / sex grid (民政 儿童统计) and month grid (卫健 分月进度): every cell is its own element; a month column is not merged with any 累计 or 本月 element elsewhere.',
  'Multi-sheet forms: the 宅基地 调查表 (表一…表五, a 填表说明 sheet, a hidden 选项 sheet) is one form with layout indicator-rows (its first sheet); the 留守老年人 花名册 + 汇总表 is one form with layout columns; 表五 调查员 / 联系电话 are the surveyor\'s.',
  'Group headers without meaning: 基本信息 (民政 台账), 家庭情况 (返贫监测 台账: 家庭人口数 under it is the household\'s h_size as anywhere), 外出务工父母 (父亲姓名 / 母亲姓名 already say whose), 按品种分, 血压（mmHg）.',
  'H3 经营主体名录: 所在村（社区） = 村（社区）; 法定代表人（负责人） > 身份证号码 / 联系电话 are the representative\'s, not p_idno / p_phone.',
];

export function writeReadme(file: string, forms: Form[], corpus: Corpus): void {
  const gold = corpus.goldFields;
  const ret = corpus.retirement();
  const byLayout = new Map<string, number>();
  for (const g of gold) byLayout.set(g.layout, (byLayout.get(g.layout) ?? 0) + 1);
  const elFiles = new Map<string, Set<string>>();
  for (const g of gold) {
    if (g.element.startsWith('remark:')) continue;
    if (!elFiles.has(g.element)) elFiles.set(g.element, new Set());
    elFiles.get(g.element)!.add(g.ref.split('#')[0]);
  }
  const shared = [...elFiles.values()].filter((s) => s.size >= 2).length;
  const remarks = new Set(gold.filter((g) => g.element.startsWith('remark:')).map((g) => g.element)).size;
  const depts = new Set(forms.map((f) => f.dept));
  const pct = (n: number) => `${Math.round((n / gold.length) * 1000) / 10} %`;
  const lines: string[] = [];
  lines.push('# blind26 — held-out corpus (重庆市 XX县, 山地柑橘和榨菜 / 地票和宅基地复垦 / 农村留守儿童和老人 / 地质灾害和森林防火 / 城乡居民社保, 2014–2025)', '');
  lines.push('Held-out: score only with --final; do not tune on it.', '');
  lines.push('## First look', '', '(to be scored by the lead)', '');
  lines.push('## Contents', '');
  lines.push(`- ${forms.length} templates from ${depts.size} county offices (${[...depts].join('、')}); ${forms.filter((f) => !f.file.includes('/')).length} of them sit at the top of forms/ with no office folder.`);
  lines.push(`- ${gold.length} gold fields: columns ${byLayout.get('columns') ?? 0} (${pct(byLayout.get('columns') ?? 0)}), indicator-rows ${byLayout.get('indicator-rows') ?? 0} (${pct(byLayout.get('indicator-rows') ?? 0)}), grid ${byLayout.get('grid') ?? 0} (${pct(byLayout.get('grid') ?? 0)}) (by the layout of the sheet each field sits on).`);
  lines.push(`- ${elFiles.size + remarks} elements: ${elFiles.size} non-备注 elements, of which ${shared} (${Math.round((shared / elFiles.size) * 1000) / 10} %) are collected by two or more forms, plus ${remarks} 备注 elements (one per form that has one).`);
  const freqs = new Map<string, number>();
  for (const f of forms) freqs.set(f.freq, (freqs.get(f.freq) ?? 0) + 1);
  lines.push(`- Frequencies: ${['daily', 'weekly', 'monthly', 'quarterly', 'semiannual', 'annual', 'adhoc'].map((k) => `${k} ${freqs.get(k) ?? 0}`).join(', ')}.`);
  lines.push(`- 报表清单.xlsx lists ${forms.filter((f) => f.catalog !== false).length} of the forms plus 2 files that are not in the folder (森林防火责任人名单.xlsx, 青菜头种植补贴发放花名册.xlsx); some catalog titles differ from the template titles.`);
  lines.push('', `Forms absent from the catalog (${forms.filter((f) => f.catalog === false).length}), and where their department and frequency come from:`, '');
  for (const f of forms.filter((x) => x.catalog === false)) lines.push(`- \`${f.file}\` (${f.dept}, ${f.freq}): ${RECOVER[f.file] ?? '?'}`);
  lines.push('', '| file | department | frequency | layout | fields | in catalog |', '|---|---|---|---|---|---|');
  for (const f of forms) {
    const n = gold.filter((g) => g.ref.startsWith(`${f.file}#`)).length;
    lines.push(`| ${f.file} | ${f.dept} | ${f.freq} (${FREQ_ZH[f.freq]}) | ${f.sheets[0].kind} | ${n} | ${f.catalog === false ? 'no' : 'yes'} |`);
  }
  lines.push('', '## Shapes', '');
  lines.push(
    '- Long indicator-rows questionnaires: 统计 农村基本情况统计年报表 (61 rows: `指标名称 | 计量单位 | 代码 | 本年 | 上年`, 甲 乙 丙 1 2 code row, 表号/制定机关 block, sections 一、…八、, `其中：` sub-items, 填表人/审核人/联系电话 cells at the bottom); 农业农村委 山地特色效益农业调查表 (two panels side by side, code row, 柑桔 old spelling); 人社 城乡居民养老保险季报 (`指标 | 计量单位 | 本季末 | 上年同期`, a merged signature column at the side); the 2014 调查表 (`项目 | 单位 | 数量`, no title); 教委 2014 留守学生统计 (an .xls questionnaire of one school).',
    '- One form in several sheets: 农村宅基地和农房利用现状调查表 (表一 indicator-rows with text values, 表二 家庭成员, 表三 宅基地及农房, 表四 利用意愿, 表五 调查员; a 填表说明 sheet; a hidden 选项 sheet with the dropdown lists). A form in two sheets: 农村留守老年人 花名册 + 汇总表.',
    '- Visible sheets holding only dropdown lists: 下拉列表 (教委), 字典 (人社), 选项 (农业农村委 经营主体名录); hidden 字典 / 选项 sheets elsewhere. None of them is a form.',
    '- Old .xls conversions (written with their artefacts; no soffice on this machine): 生态护林员花名册 (Sheet1/Sheet2/Sheet3, numbers stored as text in the 序号 column, a stray empty first column and row), 2014 留守学生统计 (empty first column and row, Sheet2/Sheet3), 农村基本情况调查表（2014年度） (no title row at all).',
    '- Group headers that change their leaves: 委托照护人（监护人） / 监护人 / 赡养人 / 关爱服务联系人 / 结对帮扶教师 / 户主 / 帮扶责任人 / 法定代表人（负责人） / 监测员 / 村（社区）责任人 / 儿童之家负责人 > 姓名 / 联系电话 …; 本周 vs 累计 (青菜头 周报, 林业 周报), 本月 vs 累计 (地票 月报), 本季度 vs 本年累计 (公安 人口变动); 户籍人口（人） > 合计 | 男 | 女 (公安); 儿童之家负责人 vs 儿童之家（活动场所） > 联系电话 (妇联); 本年 vs 上年 under 柑橘种植面积; 城乡居民基本医疗保险 vs 城乡居民基本养老保险 over the same leaves (税务 应缴人数 / 本周已缴人数 …, 乡村振兴 排查表 是否参保 / 财政补助金额（元）); 申请复垦面积 > 合计 / 宅基地 / 附属设施用地; 威胁对象 > 户数 / 人数. Group headers that do not: 基本信息 (民政 台账), 家庭情况 (返贫监测 台账), 外出务工父母 (its leaves already say 父亲 / 母亲), 按品种分, 血压（mmHg）.',
    '- Grids: 应急 物资储备 (row header in two columns: a category merged down + item names with units), 民政 儿童统计 (男 | 女 and age bands across), 卫健 分月进度 (1月…12月 across), 应急 防灾减灾基础信息 (transposed: indicators with a 计量单位 column down, the villages across, a 合计 column that is not a field). 合计 rows under the village tables are not fields.',
    '- Village tables with pre-filled villages and a 合计 row; 示例 rows (人社 参保登记, 复垦 申请); 附件N cells; 表号/制定机关/批准文号/有效期至 blocks; a 数据来源：…系统导出 line; `金额单位：元`; footers and 注 rows.',
    '- Synonym pairs across offices (≥ 25): 身份证号 / 公民身份号码 / 身份证号码 / 证件号码 / 社会保障号码; 联系电话 / 手机号码 / 联系方式 / 群测群防员手机 / 责任人手机; 出生日期 / 出生年月; 儿童姓名 / 学生姓名 / 老人姓名 / 参保人姓名; 村（社区） / 村（居） / 行政村 / 村 / 所在村（社区） / 家庭所在村（社区）; 镇乡（街道） / 乡镇 / 家庭所在镇乡（街道）; 留守类型 / 留守类别 / 留守情况; 委托照护人（监护人） / 监护人; 学校名称 / 就读学校; 户籍人口 / 户籍总人口; 户籍户数 / 户籍总户数; 柑橘种植面积 / 柑桔种植面积 / 柑桔面积 / 柑橘园; 柑橘产量 / 柑桔总产量; 本年新发展面积 / 当年新植面积; 种植户数 / 柑桔种植户 / 青菜头种植户; 青菜头种植面积 / 青菜头播种面积 / 青菜头面积; 农业从业人员 / 从事农业; 城乡居民社会养老保险 / 城乡居民基本养老保险; 城乡居民合作医疗保险 / 城乡居民基本医疗保险; 农村五保对象 / 特困人员; 领取养老金人数 / 领取待遇人数; 应参保人数 / 应缴人数; 本周缴费人数 / 本周已缴人数; 累计缴费人数 / 累计已缴人数; 参保缴费率 / 征缴率; 政府代缴金额 / 代缴金额; 代缴档次 / 缴费档次; 是否留守老人 / 是否农村留守老年人; 居住情况 / 居住状况; 林地面积 / 山林面积; 在册隐患点 / 地质灾害隐患点; 隐患点名称 / 灾害点名称; 统一编号 / 灾害点编号; 监测员 / 群测群防员; 村（社区）责任人 / 避险转移责任人; 威胁对象 户数 / 受威胁户数; 户主 > 姓名 / 户主姓名; 家庭人口 / 家庭人口数; 是否位于地灾隐患点 / 是否位于地质灾害隐患点威胁范围; 房屋建筑面积 / 农房建筑面积; 村集体经济经营性收入 / 其中：经营性收入.',
    '- Near-misses that stay apart: 年龄 ≠ 出生日期; 户数 ≠ 人数 (威胁对象, 户籍); 本周 / 本月 ≠ 累计; 常住 ≠ 户籍; 上年 ≠ 本年 (柑橘种植面积); 60 / 65 / 80 周岁及以上; 新发展 ≠ 种植面积; 护林员 ≠ 生态护林员; 养老 财政补助金额 ≠ 医保 财政补助金额 (same leaf, two programmes); 儿童之家 联系电话 ≠ 负责人 联系电话 (same leaf, facility vs person); 服务留守儿童 ≠ 农村留守儿童; 留守学生 (school) ≠ 留守儿童 (village); 村 受威胁人口 ≠ 隐患点 威胁人数; 申请复垦面积 ≠ 意向复垦面积; 村民小组 count ≠ household\'s 村民小组.',
  );
  lines.push('', '## Gold calls', '');
  for (const g of GOLD_CALLS) lines.push(`- ${g}`);
  lines.push('', '## Retirement truth', '');
  lines.push('Computed by the kit\'s rule (bench README): coverage = share of a form\'s non-备注 elements also collected by another form of the same or a higher frequency.', '');
  const rank: Record<string, number> = { daily: 7, weekly: 6, monthly: 5, quarterly: 4, semiannual: 3, annual: 2, adhoc: 1 };
  const elemsOf = (file: string) => new Set(gold.filter((g) => g.ref.startsWith(`${file}#`) && !g.element.startsWith('remark:')).map((g) => g.element));
  /** a greedy cover: the fewest forms (of the same or a higher frequency) that together collect the form's covered elements */
  const cover = (file: string): string => {
    const me = forms.find((x) => x.file === file)!;
    const others = forms.filter((o) => o.file !== file && rank[o.freq] >= rank[me.freq]).map((o) => ({ file: o.file, els: elemsOf(o.file) }));
    const left = new Set([...elemsOf(file)].filter((e) => others.some((o) => o.els.has(e))));
    const uncovered = [...elemsOf(file)].filter((e) => !left.has(e));
    const picks: string[] = [];
    while (left.size) {
      const best = others.map((o) => ({ o, n: [...left].filter((e) => o.els.has(e)).length })).sort((a, b) => b.n - a.n || a.o.file.localeCompare(b.o.file))[0];
      picks.push(`\`${best.o.file}\` (${best.n})`);
      for (const e of [...left]) if (best.o.els.has(e)) left.delete(e);
    }
    return `${elemsOf(file).size} elements; covered by ${picks.join(' + ')}${uncovered.length ? `; not covered: ${uncovered.join(', ')}` : ''}`;
  };
  lines.push(`Full (${ret.full.length}):`, '');
  for (const f of ret.full) lines.push(`- \`${f}\` — ${cover(f)}`);
  lines.push('', `Partial (${ret.partial.length}):`, '');
  for (const f of ret.partial) lines.push(`- \`${f}\` (${ret.coverage[f]}) — ${cover(f)}`);
  const k2 = '县应急管理局/2024年下半年村（社区）防灾减灾基础信息统计表.xlsx';
  lines.push(
    '',
    `The frequency rule at work: the semiannual 应急 防灾减灾基础信息 table (${ret.coverage[k2]}) would be full if the annual 统计 年报 counted; the annual 医保 资助参保 花名册 shares 资助类别 / 资助金额 with the adhoc 两保 排查表, which does not count for it; the daily 地质灾害 日报 has no form of its own frequency or higher, so its coverage is 0 although the village columns are everywhere.`,
  );
  lines.push('', '## Rebuild', '', '```', 'npx tsx tests/blind26/build-corpus.ts', 'npx tsx tests/blind4/check-corpus.ts tests/blind26   # must print bad 0', '```', '');
  lines.push('`--readme` rewrites this file from the specs (it drops the First look section); `--gold-only` rewrites gold.json only.', '');
  fs.writeFileSync(file, lines.join('\n'));
}
