/**
 * README.md writer for blind21. Called by build-corpus.ts only when README.md does not exist yet or with `--readme`, so
 * that the lead's "First look" section survives a rebuild. The counts and tables come from the gold; the prose is here.
 */
import fs from 'node:fs';
import type { Form } from './kit';

const FREQ_ZH: Record<string, string> = { daily: '日报', weekly: '周报', monthly: '月报', quarterly: '季报', semiannual: '半年报', annual: '年报', adhoc: '不定期' };

/** how the department and frequency of each form absent from the catalog can be read off the template */
const RECOVER: Record<string, string> = {
  '县民政局/高龄老人生活补贴发放花名册.xlsx': 'folder 县民政局; meta row `（每月5日前报送县民政局养老服务股）` → monthly',
  '县果业发展中心/果农基本信息登记台账.xlsx': 'folder; meta row `（新栽、改造、流转等情况发生变化时随时更新）` → adhoc',
  '县林业局/退耕还林成果巩固情况统计表.xlsx': 'folder; title `2020年上半年…` and note `本表每半年填报一次…报县林业局退耕办` → semiannual',
  '2019年生态护林员续聘人员名单.xlsx': 'top level; note `…随时报送县林业局资源管理股` → 县林业局, adhoc',
  '县秦岭生态环境保护办公室/秦岭区域农家乐（民宿）排查登记表.xlsx': 'folder; note `排查一户登记一户，随排查随报县秦岭生态环境保护办公室` → adhoc',
  '易地扶贫搬迁对象摸底登记表.xlsx': 'top level; note `…镇审核后报送县移民搬迁工作办公室；搬迁对象有变化的不定期补报` → adhoc',
  '县乡村振兴局/巩固拓展脱贫攻坚成果监测帮扶月报.xlsx': 'folder; title `2022年9月…月报` → monthly',
  '县卫生健康局/65岁及以上老年人健康体检登记表.xlsx': 'folder; meta row `（每季度末月25日前报送县卫生健康局基层卫生健康股）` → quarterly',
  '县自然资源局/易地扶贫搬迁旧宅基地腾退复垦台账.xlsx': 'folder; 表号/制定机关 block `制定机关：县自然资源局`; title `2019年度…` → annual',
  '惠民惠农财政补贴资金一卡通发放明细表.xlsx': 'top level; line `数据来源：…“一卡通”管理平台导出` and meta `（每季度终了后10日内核对并报县财政局农业农村股）` → 县财政局, quarterly',
  '县住房和城乡建设局/农村危房改造对象花名册.xlsx': 'folder; title `2013年…` and note `本表每年10月底前报县住房和城乡建设局村镇建设股` → annual',
};

const SHAPES_T = `- **Long indicator-rows questionnaires**: 县统计局 农村基本情况综合年报 ({STAT_N} indicators, {STAT_ROWS} label rows, \`指标名称 | 计量单位 | 代码 | 本年 | 上年\`,
  表号/制定机关/批准文号 block, 甲 乙 丙 1 2 code row, 一、/（一） category rows, \`其中：\` sub-items, 填表人/审核人/联系电话 cells at the
  bottom) and 县果业发展中心 果业生产经营情况统计年报 ({FRUIT_N} indicators, {FRUIT_ROWS} label rows, same head, signature column merged down the right side,
  a 填表说明 sheet). Shorter ones: 民政 月报 (代码 column + code row), 乡村振兴 月报, 护林员 汇总表, 防返贫 表三/表四, the 2012 .xls questionnaire.
- **Two panels side by side**: 县应急管理局 自然灾害灾情快报表.
- **One form in several sheets**: 防止返贫动态监测对象信息采集表 (表一 户基本信息 columns, 表二 家庭成员 columns, 表三 收支 and 表四 产业
  indicator-rows, 表五 帮扶措施 columns with 帮扶责任人 > 姓名/工作单位/联系电话; a 填表说明 sheet and a hidden 选项 sheet holding the dropdowns).
  **A form in two sheets**: 生态护林员 花名册 + 汇总表.
- **Visible dropdown-only sheets** (not forms, no fields): \`字典\` (留守老年人台账), \`下拉列表\` (易地扶贫搬迁安置户台账), \`选项\` (残联台账).
  Hidden dictionaries: \`字典\` on several rosters, \`选项\` on the 防返贫 form.
- **Old .xls conversions** (Sheet1 + empty Sheet2/Sheet3, a stray empty first column, numbers stored as text in the 序号 and code
  row): 2016 退耕还林 兑现花名册 (also a blank first row and a 甲乙 code row), 2013 农村危房改造花名册, and the 2012 农村住户基本情况调查表, which
  has **no title row at all** (two blank rows, then a meta line, then the table). soffice is not on this machine, so the three are
  written directly with their artefacts (the kit's fallback), not round-tripped through LibreOffice.
- **Group headers that change the meaning of their leaves**: 户主 > 姓名/身份证号/手机号码 (果农台账, 安置户台账), 赡养人 > 姓名/联系电话
  (留守老年人), 管理负责人 > 姓名/联系电话 (幸福院), 社区负责人 > 姓名/联系电话 (安置点), 经营者 > 姓名/身份证号/联系电话 (农家乐),
  帮扶责任人 > … (防返贫 表五), 迁出地 > 镇/村 (安置户台账), 苹果 > 面积 vs 猕猴桃 > 面积 (果农台账), 本周 vs 累计 (苹果周报, 森林防火周报),
  前一轮 vs 新一轮退耕还林 > 退耕地… (成果巩固), 安置规模 vs 已入住 > 户数/人数 (安置点), 户籍老年人口 > 男/女 (老年人口 grid).
  Group headers without meaning: 基本信息 (留守老年人), 保障情况 (低保花名册), 其中（人） (就业月报), 月份, 分村情况, 收购价格（元/公斤）.
- **Grids beyond the kit's**: row header in two columns (category merged down + item) in 果树花期冻害 (果树/粮油作物 × 作物; some cells
  are data other forms ask: 苹果×种植面积 = the village's 苹果种植面积) and in 果品收购价格周报 (苹果/猕猴桃 × 规格等级, 本周 | 上周 under
  收购价格（元/公斤）); months across (幸福院 服务情况: 助餐/日间照料 × 1月…12月 under 月份); 男 | 女 under 户籍老年人口 with age bands down
  (老年人口分年龄段, 合计 row); a **transposed grid** (秦岭保护范围内村庄基本情况: 指标 | 计量单位 | 合计 | 分村情况 > 4 villages);
  合计 rows in 冻害 and 老年人口 (not fields).
- **Synonyms across offices** (same element, different wording): 身份证号 / 身份证号码 / 公民身份号码 / 证件号码 / 户主证件号码;
  联系电话 / 手机号码 / 联系方式; 出生日期 / 出生年月; 村（社区）/ 村 / 村名 / 行政村; 镇 / 镇（街道）; 家庭人口 / 家庭人口数 / 家庭人数;
  户籍户数 / 总户数; 户籍人口 / 总人口; 60周岁及以上人口 / 60岁以上老人; 新农保参保人数 / 城乡居民基本养老保险参保人数; 新农合参合人数 /
  城乡居民基本医疗保险参保人数; 五保供养人数 / 特困人员 / 特困人员救助供养人数; 农村低保户 / 农村低保户数; 留守老人 / 农村留守老年人;
  享受高龄老人生活补贴人数 / 享受高龄补贴老人; 农村互助幸福院 / 互助幸福院数; 苹果种植面积 / 苹果园面积 / 苹果面积 / 苹果 × 种植面积;
  猕猴桃种植面积 / 猕猴桃园面积 / 猕猴桃面积; 苹果总产量 / 苹果产量; 挂果面积 / 挂果园; 水果种植总面积 / 园地面积 > 其中：果园; 果业从业人员 /
  从事果业生产劳动力; 从事果业生产农户 / 果农户数; 果业专业合作社 / 农民专业合作社 > 其中：果业合作社; 退耕地造林（前一轮）/ 退耕地还林面积
  (2012); 涉及退耕农户 / 退耕还林农户; 选聘生态护林员 / 生态护林员; 选聘生态护林员 > 其中：脱贫人口 / 公益性岗位安置 > 其中：生态护林员;
  网格员 / 生态环境保护网格员; 野外用火（本周发现问题）/ 发现野外违规用火（本周）; 社区工厂 / 就业帮扶车间; 社区工厂吸纳就业 /
  就业帮扶车间就业; 已入住 > 户数 / 搬迁入住户数; 安置点名称 / 安置社区（安置点）/ 安置点（社区）名称; 旧宅基地是否腾退 / 旧宅是否腾退拆除;
  一卡通账号 / 补贴发放账号; 退耕面积 / 退耕还林面积 (household); 村民小组 / 组; 监测对象户数 / 防返贫监测户; 脱贫户数 / 脱贫户.
- **Near-misses kept apart**: 年龄 ≠ 出生日期 (both on the 高龄补贴 roster); 80周岁及以上人口 ≠ 享受高龄补贴老人; 60 / 65 / 80周岁及以上;
  户籍人口 ≠ 常住人口; 户数 ≠ 人数 everywhere (脱贫, 监测, 安置, 威胁…); 本周 ≠ 累计 (采收面积, 销售量, 整改到位, 野外违规用火); 本月新增就业 ≠
  已就业; 本年新栽植苹果 ≠ 苹果种植面积 ≠ 挂果面积; 预计产量 ≠ 苹果总产量; 本周价格 ≠ 上周价格; 本周平均收购价 (周报) ≠ 苹果平均收购价格 (年报);
  安置规模 ≠ 已入住; 前一轮 ≠ 新一轮退耕还林; 保障人口 (低保) ≠ 搬迁人口 ≠ 家庭人口; 迁出地 镇/村 ≠ the reporting 镇/村; amounts of different
  programmes (低保 月保障金额, 高龄补贴 本月发放金额, 退耕 兑现金额, 护林员 年劳务补助, 危房 补助资金, 一卡通 发放金额, 月养老金); 一卡通账号 ≠
  社会保障卡号; a person's 联系电话 ≠ 赡养人 / 负责人 / 监测员 / 经营者 联系电话 ≠ 幸福院值班电话 ≠ 社区服务中心电话; 自理能力 (民政, 3 levels) ≠
  生活自理能力评估 (卫健, scored); 巡山护林（人次）≠ 本周巡查（次）; 生态护林员 ≠ 网格员; the village's 苹果园面积 ≠ a household's.`;

const CALLS = `- Person rosters: a person's own 姓名 / 身份证号 / 性别 / 出生日期 / 联系电话 are one element each whatever the roster is about (elder,
  ranger, disabled person, family member) — the village cadre writes the same value for the same person.
- Household rosters: 户主姓名 and a bare 身份证号 / 联系电话 next to it (低保, 退耕 兑现, 危房, 摸底) are the head's (h_head_*), as are
  户主 > 姓名 / 身份证号 / 手机号码.
- 退耕 兑现花名册's 一卡通账号 sits on a household row (户主姓名): the head's account (h_card_acct), kept apart from the 一卡通账号 of the
  高龄补贴 roster and the 补贴发放账号 of the 一卡通 明细, which are the listed person's own account (p_card_acct).
- 2012 names = today's names: 新农保 = 城乡居民基本养老保险参保人数, 新农合 = 城乡居民基本医疗保险参保人数, 五保供养人数 = 特困人员; the 2012
  “退耕地还林面积” is the first-round 退耕地造林 (the new round started 2014).
- 果业年报 水果种植总面积 = 统计年报 园地面积 > 其中：果园; 果业从业人员 = 从事果业生产劳动力.
- The transposed 秦岭 grid: every village cell of an indicator row takes the row's element (户籍户数 of 柳林村 is the village's 户籍户数),
  so one row gives four fields of one element; its 合计 column and 计量单位 column are not fields.
- 冻害 grid cells 苹果/猕猴桃/樱桃/小麦 × 种植面积 are the village's planting areas (v_apple_area …); 灾情快报 农作物受灾面积 > 其中：苹果 / 猕猴桃
  = the 冻害 grid's 苹果/猕猴桃 × 受灾面积 (same event, same village); the other 冻害 cells are their own.
- 秦岭 巡查周报 本周发现问题 > 野外用火 = 森林防火周报 本周 > 发现野外违规用火 (same week, same village, same count); 巡查次数 and 巡山护林人次 differ.
- 乡村振兴 月报 公益性岗位安置 > 其中：生态护林员 = 护林员 汇总表 选聘生态护林员 > 其中：脱贫人口; 从事果业生产的脱贫户 = 果业年报 从事果业生产农户 >
  其中：脱贫户.
- 安置点 基本情况 已入住 > 户数/人数 = 就业月报 搬迁入住户数/人口; 社区工厂 = 就业帮扶车间 (人社's name for the same workshops); 安置点名称 is one
  element across 台账 / 基本情况 / 就业月报 / 复垦台账.
- 旧宅基地 复垦台账 and 摸底表 are filled by the village the household leaves: their 镇/村 are the reporting 镇/村 (v_town / v_name); the
  安置户台账's 迁出地 > 镇 / 村, filled by the 安置社区, are separate elements.
- 留守老年人 家庭住址 = 体检 现住址; 留守老年人 健康状况 = 防返贫 表二 健康状况 (same option list); 自理能力 ≠ 生活自理能力评估.
- 果农台账 苹果 > 其中：挂果 = 防返贫 表四 苹果园面积 > 其中：挂果面积 (household), never the village's 挂果面积.
- 护林员 花名册 管护面积 = 续聘名单 管护面积 (the ranger's own); 汇总表 管护森林面积 is the village total, its own element.
- 高龄补贴 档次 / 标准 / 发放金额 and 民政月报 高龄补贴 items are not the 统计 年报's 80周岁及以上人口.
- 备注 is never merged; 金额单位：万元 in the 幸福院 meta row gives 年运营经费 its unit; 面积单位：亩 does the same on the 复垦台账.`;

export function writeReadme(file: string, forms: Form[], gold: any) {
  const fields: any[] = gold.fields;
  const byLayout: Record<string, number> = {};
  for (const f of fields) byLayout[f.layout] = (byLayout[f.layout] ?? 0) + 1;
  const elemForms = new Map<string, Set<string>>();
  for (const f of fields) {
    if (f.element.startsWith('remark:')) continue;
    if (!elemForms.has(f.element)) elemForms.set(f.element, new Set());
    elemForms.get(f.element)!.add(f.ref.split('#')[0]);
  }
  const shared = [...elemForms.values()].filter((s) => s.size > 1).length;
  const remarks = fields.filter((f) => f.element.startsWith('remark:')).length;
  const depts = new Set(forms.map((f) => f.dept));
  const pct = (n: number) => `${((n / fields.length) * 100).toFixed(1)} %`;
  const perForm = (file: string) => fields.filter((f) => f.ref.split('#')[0] === file).length;
  const r = gold.retirement;
  const absent = forms.filter((f) => f.catalog === false);
  const freqCount: Record<string, number> = {};
  for (const f of forms) freqCount[f.freq] = (freqCount[f.freq] ?? 0) + 1;
  const lines: string[] = [];
  lines.push('# blind21 — held-out corpus (陕西 XX县, 苹果和猕猴桃果业 · 易地扶贫搬迁安置社区 · 退耕还林 · 秦岭生态保护 · 农村养老和互助幸福院, 2012–2025)');
  lines.push('', 'Held-out: score only with --final; do not tune on it.', '', '## First look', '', '(to be scored by the lead)', '', '## Contents', '');
  lines.push(`- ${forms.length} templates from ${depts.size} county offices (${[...depts].join('、')}); ${forms.filter((f) => !f.file.includes('/')).length} of them sit at the top of forms/ without an office folder.`);
  lines.push(`- ${fields.length} gold fields: columns ${byLayout.columns} (${pct(byLayout.columns)}), indicator-rows ${byLayout['indicator-rows']} (${pct(byLayout['indicator-rows'])}), grid ${byLayout.grid} (${pct(byLayout.grid)}); ${remarks} of them are 备注.`);
  lines.push(`- ${gold.elements.length} elements (${elemForms.size} without the 备注 ones); ${shared} of those (${((shared / elemForms.size) * 100).toFixed(1)} %) are collected by two or more forms.`);
  lines.push(`- Frequencies: ${Object.entries(freqCount).map(([k, v]) => `${FREQ_ZH[k]} ${v}`).join(', ')}.`);
  lines.push(`- 报表清单.xlsx lists ${forms.length - absent.length} of the forms plus 2 files that are not in the folder (秦岭“五乱”问题排查整治台账.xlsx, 农村互助幸福院运营补贴申请表.xlsx). Some catalog titles differ from the template titles.`);
  lines.push('', `Forms absent from the catalog (${absent.length}) and how their department and frequency can be recovered:`, '');
  for (const f of absent) lines.push(`- \`${f.file}\` (${f.dept}, ${FREQ_ZH[f.freq]}): ${RECOVER[f.file] ?? '?'}`);
  lines.push('', '| file | department | frequency | layout | fields | in catalog |', '|---|---|---|---|---|---|');
  for (const gf of gold.forms) {
    const f = forms.find((x) => x.file === gf.file)!;
    lines.push(`| ${gf.file} | ${gf.department} | ${gf.frequency} | ${gf.layout}${f.sheets.length > 1 ? ` (${f.sheets.length} sheets)` : ''} | ${perForm(gf.file)} | ${f.catalog === false ? 'no' : 'yes'} |`);
  }
  const ind = (file: string) => {
    const sh = forms.find((f) => f.file === file)!.sheets[0];
    return sh.kind === 'indicator-rows' ? [sh.rows.filter((x) => !('cat' in x)).length, sh.rows.length] : [0, 0];
  };
  const [sn, sr] = ind('县统计局/农村基本情况综合年报.xlsx');
  const [fn, fr] = ind('县果业发展中心/果业生产经营情况统计年报.xlsx');
  const SHAPES = SHAPES_T.replace('{STAT_N}', String(sn)).replace('{STAT_ROWS}', String(sr)).replace('{FRUIT_N}', String(fn)).replace('{FRUIT_ROWS}', String(fr));
  lines.push('', '## Shapes', '', SHAPES, '', '## Gold calls', '', CALLS, '', '## Retirement truth', '');
  lines.push('Computed by the kit (coverage = share of a form\'s non-备注 elements also in another form of the same or a higher frequency).', '');
  const RANK: Record<string, number> = { daily: 7, weekly: 6, monthly: 5, quarterly: 4, semiannual: 3, annual: 2, adhoc: 1 };
  const freqOf = new Map(forms.map((f) => [f.file, f.freq]));
  const elemsOf = (file: string) => new Set(fields.filter((x) => x.ref.split('#')[0] === file && !x.element.startsWith('remark:')).map((x) => x.element));
  const helpers = (file: string) => forms.filter((o) => o.file !== file && RANK[o.freq] >= RANK[freqOf.get(file)!]).map((o) => o.file);
  /** greedy set cover of a form's covered elements by forms of the same or higher frequency */
  const cover = (file: string): string[] => {
    const cands = helpers(file).map((o) => ({ o, e: elemsOf(o) }));
    const todo = new Set([...elemsOf(file)].filter((e) => cands.some((c) => c.e.has(e))));
    const out: string[] = [];
    while (todo.size) {
      const best = cands.map((c) => ({ c, n: [...todo].filter((e) => c.e.has(e)).length })).sort((a, b) => b.n - a.n || a.c.o.localeCompare(b.c.o))[0];
      out.push(best.c.o);
      for (const e of [...todo]) if (best.c.e.has(e)) todo.delete(e);
    }
    return out;
  };
  const uncovered = (file: string): string[] => {
    const cands = helpers(file).map(elemsOf);
    return [...elemsOf(file)].filter((e) => !cands.some((c) => c.has(e))).map((e) => {
      const gs = fields.filter((x) => x.ref.split('#')[0] === file && x.element === e);
      return (gs.length > 1 ? gs[0].path[0] : gs[0].path.join(' > ')).replace(/\s+/g, '');
    });
  };
  lines.push(`- full (${r.full.length}):`);
  for (const f of r.full) lines.push(`  - \`${f}\` — coverage 1.0; a smallest covering set: ${cover(f).map((x) => `\`${x}\``).join(', ')}`);
  lines.push(`- partial (${r.partial.length}):`);
  for (const f of r.partial) lines.push(`  - \`${f}\` — coverage ${r.coverage[f]}; covered by ${cover(f).map((x) => `\`${x}\``).join(', ')}; not covered: ${uncovered(f).join(', ')}`);
  lines.push('- The frequency rule bites on: 民政 社会救助和养老服务月报 (its 低保/特困/高龄补贴/幸福院/留守老人 counts are elsewhere only in annual forms: coverage 0),',
    '  就业月报 (8 of 13 elements are in the semiannual 安置点 form: coverage 0), 复垦台账 (搬迁类型 and 旧宅腾退 are only in adhoc forms),',
    '  护林员 花名册 (管护面积 is only in the adhoc 续聘名单), 乡村振兴 月报 (its counts are in annual forms only).');
  lines.push('', '## Rebuild', '', '```', 'npx tsx tests/blind21/build-corpus.ts            # forms/, 报表清单.xlsx, gold.json (README.md only when missing; --readme rewrites it)',
    'npx tsx tests/blind4/check-corpus.ts tests/blind21   # must print bad 0', '```', '',
    'kit.ts is a copy of tests/blind4/kit.ts extended with two-column row headers, per-cell element overrides and a transposed grid',
    '(`tgrid`), fixed workbook dates and a 秦峪镇 town; readme.ts writes this file.', '');
  fs.writeFileSync(file, lines.join('\n'));
}
