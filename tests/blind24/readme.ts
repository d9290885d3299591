/**
 * README.md for tests/blind24, written by build-corpus.ts only when README.md does not exist yet (or with --readme):
 * the lead adds a "First look" section later and a rebuild must not erase it. Counts and tables come from gold.json;
 * the prose (shapes, gold calls) is written here.
 */
import fs from 'node:fs';
import type { Form } from './kit';

const FREQ_ZH: Record<string, string> = { daily: '日报', weekly: '周报', monthly: '月报', quarterly: '季报', semiannual: '半年报', annual: '年报', adhoc: '不定期' };

/** how the department and frequency of each form absent from the catalog can be recovered from the template itself */
const RECOVER: Record<string, string> = {
  '县民政局/特困人员救助供养金发放花名册.xlsx': 'folder 县民政局; meta row `（每月5日前报送县民政局社会救助股）` → monthly',
  '县统计局/2024年第三季度糖料蔗和桑蚕生产进度统计表.xlsx': 'folder 县统计局; title `2024年第三季度…` → quarterly',
  '县糖业发展中心/榨季糖料蔗砍运进厂日报.xlsx': 'folder 县糖业发展中心; title `…进度日报` and meta `每日17时前报送` → daily',
  '县乡村振兴局/帮扶结对名单（防返贫监测信息系统导出）.xlsx': 'folder 县乡村振兴局; line `数据来源：全国防返贫监测信息系统导出…` and note `…随时报县乡村振兴局帮扶股` → adhoc',
  '县禁毒委员会办公室/2025年上半年吸毒人员分性别年龄段统计表.xlsx': 'folder and 表号 block `制定机关：XX县禁毒委员会办公室`; title `2025年上半年…` → semiannual',
  '县禁毒委员会办公室/禁种铲毒踏查情况周报表.xlsx': 'folder; title `…周报表` and meta `每周四下午5时前报县禁毒办` → weekly',
  '县人力资源和社会保障局/2023年易地扶贫搬迁劳动力就业分季度统计表.xlsx': 'folder; note `注：每季度结束后5日内报送县人社局就业股…` → quarterly (the title names a year and the quarters across: a trap for "annual")',
  '县卫生健康局/老年人和慢病患者家庭医生签约情况季报表.xlsx': 'folder and 表号 block `制定机关：XX县卫生健康局`; title `…季报表`, meta `2025年第  季度` → quarterly',
  '县教育局/易地扶贫搬迁随迁子女就学情况登记表.xlsx': 'folder 县教育局; title `2024年春季学期…` and note `每学期开学后30日内报送县教育局…` → semiannual',
  '县民族宗教事务局/少数民族特色村寨保护与发展情况调查表.xlsx': 'folder and 表号 block `制定机关：XX县民族宗教事务局`; note `本表为专项调查，不定期更新…` → adhoc',
  '易地扶贫搬迁安置户信息核对表（系统导出）.xlsx': 'no folder: note `…随时报县发展和改革局（县易地扶贫搬迁工作办公室）` → 县发展和改革局, adhoc; line `数据来源：全国防返贫监测信息系统（易地搬迁模块）导出`',
};

const SHAPES = `- **Long indicator-rows questionnaires**: 统计 \`行政村基本情况统计年报表\` (61 rows: \`指标名称 | 计量单位 | 代码 | 本年 | 上年\`, a
  \`甲 乙 丙 1 2\` code row, 一、/（一） category rows, \`其中：\` sub-items, 填表人/审核人/联系电话 cells and 盖章 at the bottom, a
  表号/制定机关/批准文号 block); 民宗 \`少数民族特色村寨保护与发展情况调查表\` (37 rows, 项目 | 单位 | 数量（内容）, text, choice and
  是/否 indicators, a 填表说明 sheet); 民政 社会救助月报 (numbered 1. 2. items under 一、 categories); 易地搬迁 后续扶持 半年报.
  **Two panels side by side**: 农经 \`农村集体经济组织收益分配统计表\`. **Signature column at the side**: 禁毒工作情况统计月报
  (\`项目 | 单位 | 本月 | 本年累计\`).
- **One form in several sheets**: 防止返贫动态监测对象信息采集表 (表一 户基本情况 … 表五 帮扶责任人: columns, columns, indicator-rows,
  columns, columns; a 填表说明 sheet and a hidden 选项 sheet; 表五's leaves are bare \`姓名 / 工作单位 / 联系电话\` whose meaning
  comes from the sheet title). **A form in two sheets**: 易地扶贫搬迁安置户花名册 + 汇总表 (and a 填表说明).
- **Visible dropdown-only sheets** (not forms): \`下拉列表\` (糖料蔗种植户花名册), \`字典\` (生态护林员选聘花名册), \`选项\`
  (社区戒毒社区康复人员花名册); hidden \`字典\` / \`选项\` sheets elsewhere.
- **Old .xls conversions**: 农村五保供养对象花名册 (2014: no title row at all, a stray empty first column and row, Sheet1 + empty
  Sheet2/Sheet3, 序号 stored as text) and 2013年村级基本情况调查表 (top of forms/, Sheet1/2/3, a stray empty first row). No
  \`soffice\` on the build machine, so they are written directly with their artefacts, not round-tripped.
- **Group headers that change their leaves**: 户主 > 姓名/身份证号/手机号码 (蔗农、养蚕户、监测对象), 帮扶责任人 > 姓名/工作单位/职务/联系方式,
  法定代表人（负责人） > 姓名/身份证号码/联系电话 (合作社), 照料服务人 > 姓名/联系电话 (特困), 家属联系人 > 姓名/联系电话 (社区戒毒),
  监护人 > 姓名/与学生关系/联系电话 (随迁子女), 村党组织书记 > 姓名/联系电话, 迁出地 > 乡镇/行政村/自然屯 (≠ the current 乡镇/村/屯),
  当日 | 累计 (砍运日报), 本周 | 累计 (踏查周报), 本季度 | 累计 (项目收益), 2024年 | 2023年 (集体经济收入), 户籍人口 > 合计 | 男 | 女,
  65岁及以上老年人 > 合计 | 其中：已签约家庭医生, 脱贫户/监测对象 > 户数 | 人数. **Group headers that do not**: 基本信息 (社区戒毒花名册),
  家庭情况 (养蚕户), 完成情况 (石漠化 grid), 其中（名） (党员).
- **Grids**: a row header in two columns (石漠化综合治理: 治理措施 merged down + 建设内容, units in the row labels, 本年 | 累计 under
  完成情况); months across (蚕桑 1月…12月 with a 全年合计 column); 男 | 女 and age bands across with a 合计 row (吸毒人员分性别年龄段);
  第一季度…第四季度 across (搬迁劳动力就业); a transposed grid (糖料蔗和桑蚕生产进度: indicators down with a 计量单位 column, a 合计
  column, the villages across). 合计 rows/columns are not fields.
- **Village tables** with pre-filled 村/社区 names (那隆村 板岭村 弄勒村 陇雅村 六谷村 安康社区 — the last one the 易地扶贫搬迁 安置社区)
  and 合计 rows; a 甲 乙 1 2 code row under two of them; 示例 rows in two rosters; a system export without 序号.
- **Synonyms** (same element, different wording by office; 175 label-variant pairs in the gold): 身份证号 / 身份证号码 / 公民身份号码 /
  证件号码 / 户主证件号码; 联系电话 / 手机号码 / 联系方式 / 本人联系电话; 出生年月 / 出生日期; 村（社区） / 行政村 / 村委会 / 村委 / 所在村 /
  所在行政村; 乡镇 / 乡（镇） / 乡镇（街道） / 所在乡镇; 自然屯 / 屯名 / 村寨（自然屯）名称; 户籍户数 / 总户数; 户籍人口 / 总人口;
  常住人口 / 常住人口数; 糖料蔗种植面积 / 甘蔗种植面积 / 糖料蔗面积 / 糖料蔗（亩）; 桑园面积 / 种桑面积 / 桑园（亩）; 石漠化土地面积 /
  石漠化面积; 村级集体经济收入 / 村集体经济总收入 / (农经) 总收入; 资产总额 / 集体资产总额; 特困人员 / 特困供养人员 / 五保供养人数;
  参加城乡居民基本医疗保险人数 / 新农合参合人数; 参加城乡居民基本养老保险人数 / 新农保参保人数; 外出务工劳动力 / 外出打工; 乡村劳动力 /
  劳动力; 耕地面积 / 耕地总面积; 供养方式 / 供养形式; 主栽品种 / 良种名称; 种植户姓名 / 户主姓名 / 户主 > 姓名; 家庭人口 / 家庭人口数;
  搬迁人口 / 搬迁人数; 搬迁户数 / 安置户数; 搬迁人数 / 安置人口; 建档立卡贫困人口 / 脱贫人口 (搬迁群众); 安置点 / 安置点名称;
  安置房面积（平方米） / （㎡）; 签约服务人数 / 家庭医生签约总人数; 高血压患者 / 高血压; 2型糖尿病患者 / 糖尿病; 乡村公益性岗位安置 /
  公益性岗位; 脱贫劳动力 > 其中：务工就业 / 已务工就业 > 合计; 党员 / 党员总数（名）; 80周岁以上老年人 / 其中：80周岁及以上;
  低保人数 > 其中：脱贫人口 / 脱贫户 > 其中：纳入农村低保; 低保人数 > 易地扶贫搬迁人口 / 搬迁群众纳入低保人数.
- **Near-misses that must not merge**: 年龄 ≠ 出生日期 (护林员); 户数 ≠ 人数 everywhere; 当日/本周/本季度 ≠ 累计; 常住 ≠ 户籍;
  2024年 ≠ 2023年 集体经济收入; 60周岁及以上 ≠ 80周岁及以上 ≠ 65岁及以上 (and 60岁以上党员); 新发现吸毒人员 ≠ 登记在册; 新植 / 本年新种 /
  本周新增 / 本年发展党员 ≠ the totals; 补助金额 of 糖料蔗良种 ≠ 生态护林员 年劳务补助 ≠ 特困 本月发放金额 ≠ 帮扶措施 投入资金; 户主联系电话 ≠
  安置点服务中心联系电话 ≠ 照料服务人/家属联系人/监护人/法定代表人/村党组织书记/帮扶责任人 电话; 户籍地址 ≠ 现居住地址; 党员 ≠ 预备党员 ≠
  流动党员; 迁出地 乡镇/村/屯 ≠ 乡镇/村/屯; 迁出户数 (origin village) ≠ 搬迁户数 (安置点); 搬迁人口 ≠ 家庭人口; 屯's 户数/人口/糖料蔗/
  桑园/耕地 ≠ the 行政村's; 蔗农/养蚕户 household 面积 ≠ the village's; 自然屯（个） ≠ 村民小组（个）; 农民人均纯收入 (2013) ≠ 农村居民人均
  可支配收入; 农经 经营收入 ≠ 组织部/统计 经营性收入; 良种种植面积 ≠ 种植面积; 脱贫劳动力 ≠ 乡村劳动力; 集体经济组织成员 ≠ 户籍人口.`;

const CALLS = `- 五保 (2014 roster, 2013 survey) and 特困 (2016 on) are one programme renamed: 五保供养人数 = 特困人员 = 特困供养人员; 供养形式 = 供养方式.
- 新农合参合人数 = 参加城乡居民基本医疗保险人数, 新农保参保人数 = 参加城乡居民基本养老保险人数 (old and new programme names, same village count).
- 2013's 农民人均纯收入 is NOT 农村居民人均可支配收入 (a different statistical definition, replaced in 2013–2014).
- 农经's 本年收入 > 总收入 of the 村集体经济组织 = 村级集体经济收入; but 农经's 其中：经营收入 (one income line) ≠ 经营性收入 (组织部 / 统计,
  which also counts 发包 and 投资收益).
- 组织部's \`村级集体经济收入 > 2024年\` in a 2024年度 form = 本年 村级集体经济收入; \`2023年\` is its own element (上年).
- 80周岁以上 (民政) = 80周岁及以上 (统计): read as the same age line; 60周岁及以上 and 65岁及以上 stay apart.
- \`低保人数 > 其中：脱贫人口\` (民政) = \`脱贫户 > 其中：纳入农村低保（人）\` (乡村振兴): both count 脱贫人口 receiving 低保.
  \`低保人数 > 易地扶贫搬迁人口\` = 安置点's 搬迁群众纳入低保人数.
- 易地搬迁: 汇总表's 搬迁户数 / 搬迁人数 = 后续扶持表's 安置户数 / 安置人口 (both filled by the 安置社区); 汇总表's 其中：建档立卡贫困人口 =
  后续扶持表's 其中：脱贫人口 (the same relocated people, renamed after 2020). 统计's 易地扶贫搬迁迁出户数/人口 (the origin village) is apart.
- 人社 weekly village table's \`其中：搬迁劳动力已就业（人）\` = 后续扶持表's 已就业搬迁劳动力 (the 安康社区 row is the 安置点).
- 安置点名称 in the roster (a household attribute), 安置点 in the 教育 and 核对表 rosters and 安置点名称 in the 后续扶持表 (the reporting
  unit's name) are one element, like 村名 in rosters and village tables; likewise 自然屯 (蔗农 / 养蚕户 / 监测户 rosters) = 屯名 =
  村寨（自然屯）名称 (民宗). 迁出地 > 自然屯 and 护林员 管护区域（自然屯） are apart.
- 种植户姓名 (糖料蔗良种补助) = 户主姓名: the applicant is the household; its 身份证号码 / 联系电话 are the head's. 户主 > 手机号码 = 联系电话 in
  household rosters (花名册 of 易地搬迁, 核对表).
- 表五 帮扶责任人 (sheet title) > 姓名 / 工作单位 / 职务 / 联系电话 = 帮扶结对名单's 帮扶责任人 > 姓名 / … / 联系方式.
- 学生姓名 = 姓名 (the person); 监护人 > 姓名 is the guardian's.
- 社区戒毒花名册's 本人联系电话 = 护林员's 联系电话 (the person's own phone).
- 是否脱贫户 (蔗农, 养蚕户: household) ≠ 是否脱贫人口 (护林员, 社区戒毒: person).
- 禁毒 monthly rows (\`项目 | 单位 | 本月 | 本年累计\`: one field per row) are not the weekly 踏查 table's 本周 / 累计 columns, nor the
  semiannual grid's cells; the grid cells (by 性别 / 年龄段) are their own elements.
- Grid cells are their own elements (prefix g_), including the transposed 糖料蔗/桑蚕 grid's village cells: a village × indicator cell
  is not the village-table column of the same indicator.
- 签约服务人数 (月报) = 家庭医生签约总人数 (季报); \`其中：重点人群签约 > 65岁及以上老年人\` = \`65岁及以上老年人 > 其中：已签约家庭医生\`;
  the bare \`65岁及以上老年人（人）\` column (月报) = \`65岁及以上老年人 > 合计\` (季报) = the population, not the signed.
- 党员 (统计, 人) = 党员总数 (组织部, 名): a different unit is not a different element.
- 民宗's 所在乡镇 / 所在行政村 (text indicators) = 乡镇 / 村; everything else in that form is the 屯's own datum.`;

export function writeReadme(file: string, forms: Form[], gold: any) {
  const fieldsOf = new Map<string, number>();
  for (const f of gold.fields) { const k = f.ref.split('#')[0]; fieldsOf.set(k, (fieldsOf.get(k) ?? 0) + 1); }
  const byLayout: Record<string, number> = {};
  for (const f of gold.fields) byLayout[f.layout] = (byLayout[f.layout] ?? 0) + 1;
  const n = gold.fields.length;
  const elems = new Map<string, Set<string>>();
  for (const f of gold.fields) {
    if (f.element.startsWith('remark:')) continue;
    if (!elems.has(f.element)) elems.set(f.element, new Set());
    elems.get(f.element)!.add(f.ref.split('#')[0]);
  }
  const shared = [...elems.values()].filter((s) => s.size >= 2).length;
  const remarks = gold.fields.filter((f: any) => f.element.startsWith('remark:')).length;
  const depts = new Set(forms.map((f) => f.dept));
  const absent = forms.filter((f) => f.catalog === false);
  const freqCount: Record<string, number> = {};
  for (const f of forms) freqCount[f.freq] = (freqCount[f.freq] ?? 0) + 1;
  const pct = (v: number) => `${((100 * v) / n).toFixed(1)} %`;
  const r = gold.retirement;
  const lines: string[] = [];
  lines.push('# blind24 — held-out corpus (广西 XX县, 糖料蔗和桑蚕、壮族瑶族村寨、石漠化综合治理、易地扶贫搬迁后续扶持、村级集体经济、禁毒, 2013–2025)', '');
  lines.push('Held-out: score only with --final; do not tune on it.', '');
  lines.push('## First look', '', '(to be scored by the lead)', '');
  lines.push('## Contents', '');
  lines.push(`- ${forms.length} templates from ${depts.size} county offices (${[...depts].join('、')}); 2 of them at the top of forms/ without an office folder.`);
  lines.push(`- ${n} gold fields: columns ${byLayout.columns} (${pct(byLayout.columns)}), indicator-rows ${byLayout['indicator-rows']} (${pct(byLayout['indicator-rows'])}), grid ${byLayout.grid} (${pct(byLayout.grid)}); ${remarks} of them 备注.`);
  lines.push(`- ${elems.size} non-备注 elements, ${shared} of them (${((100 * shared) / elems.size).toFixed(1)} %) collected by two or more forms.`);
  lines.push(`- Frequencies: ${Object.entries(freqCount).map(([k, v]) => `${FREQ_ZH[k]} ${v}`).join(', ')}.`);
  lines.push(`- 报表清单.xlsx lists ${forms.length - absent.length} forms plus 2 files that are not in the folder (糖料蔗“双高”基地建设进度月报.xlsx, 石漠化监测点基本情况调查表.xlsx); several catalog titles differ from the template titles.`);
  lines.push('', `Forms absent from the catalog (${absent.length}) and how their department and frequency can be recovered:`, '');
  for (const f of absent) lines.push(`- \`${f.file}\` — ${f.dept}, ${f.freq}: ${RECOVER[f.file] ?? '?'}`);
  lines.push('', '| file | department | frequency | layout | fields | in catalog |', '|---|---|---|---|---|---|');
  for (const f of forms) lines.push(`| ${f.file} | ${f.dept} | ${f.freq} | ${f.sheets[0].kind}${f.sheets.length > 1 ? ` (+${f.sheets.length - 1} sheets)` : ''} | ${fieldsOf.get(f.file) ?? 0} | ${f.catalog === false ? 'no' : 'yes'} |`);
  lines.push('', '## Shapes', '', SHAPES, '');
  lines.push('## Gold calls', '', CALLS, '');
  lines.push('## Retirement truth', '');
  lines.push('Computed by the kit\'s rule (bench README: coverage over non-备注 elements by other forms of the same or higher frequency).', '');
  for (const f of r.full) lines.push(`- full: \`${f}\` (1.0) — covered by ${r.coveredBy[f].map((x: string) => `\`${x}\``).join(', ')}`);
  for (const f of r.partial) lines.push(`- partial: \`${f}\` (${r.coverage[f]}) — covered by ${r.coveredBy[f].map((x: string) => `\`${x}\``).join(', ')}`);
  lines.push('', 'Frequency traps: the monthly 特困人员救助供养金发放花名册 shares 8 elements with the annual 五保 roster, but an annual form cannot',
    'cover a monthly one (its coverage stays 0.64); the quarterly 签约季报 is full only through the monthly 签约月报 and 乡村振兴 月报, and',
    'the monthly 月报 is not covered by the quarterly one. 五保花名册 misses 年供养标准 (a yearly amount, not the monthly 发放金额);',
    '2013年村级基本情况调查表 misses 农民人均纯收入.', '');
  lines.push('## Rebuild', '', '```', 'npx tsx tests/blind24/build-corpus.ts', 'npx tsx tests/blind4/check-corpus.ts tests/blind24   # must print bad 0', '```',
    '', '`--readme` rewrites this file (it is otherwise written only when absent); `--gold-only` rewrites gold.json alone.', '');
  fs.writeFileSync(file, lines.join('\n'));
}
