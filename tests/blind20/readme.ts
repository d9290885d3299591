/** Writes tests/blind20/README.md from gold.json and the form specs (only when README.md is absent, or with --readme). */
import fs from 'node:fs';
import path from 'node:path';
import type { Form } from './kit';

const FREQ_ZH: Record<string, string> = { daily: '日报', weekly: '周报', monthly: '月报', quarterly: '季报', semiannual: '半年报', annual: '年报', adhoc: '不定期' };

/** how the department and frequency of a form absent from the catalog can be recovered from the template itself */
const RECOVER: Record<string, string> = {
  '旗农牧局/春季接羔保育工作进度周报.xlsx': 'folder 旗农牧局; title “…进度周报表” → weekly (meta: 每周一12时前报送)',
  '草原补奖资金发放明细（一卡通系统导出）.xlsx': 'top level; note “…不定期导出核对…报送旗财政局农业股” → 旗财政局, adhoc; line 数据来源：…“一卡通”管理系统导出',
  '旗民族事务委员会/2024年上半年民族团结进步示范创建工作台账.xlsx': 'folder 旗民族事务委员会; title “2024年上半年…” → semiannual',
  '旗民政局/高龄老年人津贴发放花名册.xlsx': 'folder 旗民政局; meta “发放季度：…（每季度首月10日前报送旗民政局养老服务股）” → quarterly',
  '旗动物疫病预防控制中心/春季重大动物疫病集中免疫进度周报.xlsx': 'folder 旗动物疫病预防控制中心; title “…进度周报表” → weekly',
  '牲畜布鲁氏菌病监测采样登记表.xlsx': 'top level; 表号 block 制定机关：旗动物疫病预防控制中心; note “随采随报，不定期报送旗动物疫病预防控制中心” → adhoc',
  '旗边境管理大队/边境嘎查人口和抵边居住情况季报表.xlsx': 'folder 旗边境管理大队; title “…季报表”, meta “2025年第  季度” → quarterly',
  '旗乡村振兴局/2025年上半年脱贫户和监测户收入监测调查表及汇总表.xlsx': 'folder 旗乡村振兴局; title “2025年上半年…” → semiannual',
  '牧区劳动力转移就业情况统计表.xlsx': 'top level; note “本表于每季度末月25日前报送旗人力资源和社会保障局就业服务中心” → 旗人力资源和社会保障局, quarterly',
  '旗卫生健康委员会/人间布鲁氏菌病病例登记月报表.xlsx': 'folder 旗卫生健康委员会; title “…月报表” → monthly',
  '旗委组织部/嘎查“两委”班子成员花名册.xlsx': 'folder 旗委组织部; note “换届或班子成员调整后，随时更新报送旗委组织部” → adhoc',
};

export function writeReadme(dir: string, forms: Form[]) {
  const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold.json'), 'utf8'));
  const byFile = new Map<string, any[]>();
  for (const f of gold.fields) { const k = f.ref.split('#')[0]; if (!byFile.has(k)) byFile.set(k, []); byFile.get(k)!.push(f); }
  const layoutCount = new Map<string, number>();
  for (const f of gold.fields) layoutCount.set(f.layout, (layoutCount.get(f.layout) ?? 0) + 1);
  const n = gold.fields.length;
  const pct = (x: number) => `${Math.round((x / n) * 1000) / 10} %`;
  const elFiles = new Map<string, Set<string>>();
  for (const f of gold.fields) {
    if (f.element.startsWith('remark:')) continue;
    const k = f.ref.split('#')[0];
    if (!elFiles.has(f.element)) elFiles.set(f.element, new Set());
    elFiles.get(f.element)!.add(k);
  }
  const shared = [...elFiles.values()].filter((s) => s.size >= 2).length;
  const remarks = gold.fields.filter((f: any) => f.element.startsWith('remark:')).length;
  const offices = new Set(forms.map((f) => f.dept));
  const absent = forms.filter((f) => f.catalog === false);
  const inCat = forms.length - absent.length;
  const freqCount = new Map<string, number>();
  for (const f of forms) freqCount.set(f.freq, (freqCount.get(f.freq) ?? 0) + 1);
  const r = gold.retirement;
  // a small set of covering forms (greedy set cover over the same-or-higher-frequency forms) for display
  const RANK: Record<string, number> = { daily: 7, weekly: 6, monthly: 5, quarterly: 4, semiannual: 3, annual: 2, adhoc: 1 };
  const elsOf = new Map<string, Set<string>>();
  for (const f of forms) elsOf.set(f.file, new Set());
  for (const f of gold.fields) if (!f.element.startsWith('remark:')) elsOf.get(f.ref.split('#')[0])!.add(f.element);
  const cover = (file: string): string => {
    const me = forms.find((f) => f.file === file)!;
    const todo = new Set(elsOf.get(file)!);
    const cands = forms.filter((o) => o.file !== file && RANK[o.freq] >= RANK[me.freq]);
    for (const e of [...todo]) if (!cands.some((o) => elsOf.get(o.file)!.has(e))) todo.delete(e);
    const picked: string[] = [];
    while (todo.size) {
      let best = cands[0];
      let bestN = -1;
      for (const o of cands) { const k = [...todo].filter((e) => elsOf.get(o.file)!.has(e)).length; if (k > bestN) { best = o; bestN = k; } }
      picked.push(best.file);
      for (const e of [...todo]) if (elsOf.get(best.file)!.has(e)) todo.delete(e);
    }
    return picked.join(' + ');
  };

  const table = forms.map((f) => {
    const fs2 = byFile.get(f.file) ?? [];
    const lay = [...new Set(fs2.map((x) => x.layout))].join(' + ');
    return `| ${f.file} | ${f.dept} | ${f.freq} | ${lay} | ${fs2.length} | ${f.catalog === false ? 'no' : 'yes'} |`;
  });

  const md = `# blind20 — held-out corpus (内蒙古 XX旗, 牧区 苏木/嘎查: 草原生态保护补助奖励, 禁牧和草畜平衡, 牲畜存栏和防疫, 牧民合作社, 边境和民族事务, 2013–2025)

Held-out: score only with --final; do not tune on it.

## First look

(to be scored by the lead)

## Contents

- ${forms.length} templates from ${offices.size} banner offices (${[...offices].join('、')}); the catalog also names a 旗水利局 form and a 旗应急管理局 form that are not in the folder.
- ${n} gold fields: columns ${layoutCount.get('columns')} (${pct(layoutCount.get('columns')!)}), indicator-rows ${layoutCount.get('indicator-rows')} (${pct(layoutCount.get('indicator-rows')!)}), grid ${layoutCount.get('grid')} (${pct(layoutCount.get('grid')!)}); ${remarks} of them are 备注.
- ${gold.elements.length} elements, ${elFiles.size} of them not 备注; ${shared} of these (${Math.round((shared / elFiles.size) * 1000) / 10} %) are collected by two or more forms.
- Frequencies: ${['weekly', 'monthly', 'quarterly', 'semiannual', 'annual', 'adhoc'].map((k) => `${k} ${freqCount.get(k) ?? 0}`).join(', ')}.
- 报表清单.xlsx lists ${inCat} of the forms plus 2 files not in the folder; ${absent.length} forms are absent from it:

${absent.map((f) => `  - \`${f.file}\` — ${RECOVER[f.file] ?? '?'}`).join('\n')}

| file | department | frequency | layout | fields | in catalog |
|---|---|---|---|---|---|
${table.join('\n')}

## Shapes

- Long indicator-rows questionnaires with a 表号 / 制定机关 / 批准文号 / 有效期至 block, \`指标名称 | 计量单位 | 代码 | 本年 | 上年\`,
  a 甲 乙 丙 1 2 code row, numbered category rows 一、…八、, \`其中：\` sub-items: 草补1表 (草原补奖, signature cells at the
  bottom) and 农牧基1表 (统计, a merged signature column at the side); 卫生室 调查表 (\`项目 | 单位 | 数量\`, side column);
  雪灾（白灾）快报 with two panels side by side.
- One form in several sheets: 防止返贫监测 采集表 表一 (indicator rows) … 表五 (columns), a 填表说明 sheet and a hidden
  选项 sheet the dropdowns point to. A form in two sheets: 上半年 收入监测 调查表 (household roster) + 汇总表 (indicator rows).
- Visible sheets holding only dropdown lists: 下拉列表 (合作社), 字典 (护边员), 选项 (草原确权); hidden 字典 sheets elsewhere.
- Old .xls conversions (2013 建档立卡 花名册 with no title row at all, 2014 管护员 花名册, 2016 禁牧台账): sheet Sheet1 with
  empty Sheet2/Sheet3, numbers stored as text, a stray empty first column or first row. (No soffice here: written directly
  with those artefacts, not round-tripped.)
- Group headers that change their leaves: 户主 > 姓名/公民身份号码, 承包方代表 > 姓名, 法定代表人 > 姓名/身份证号/联系电话,
  畜主 > …, 监护人 > 姓名/联系电话, 联系人 > …, 帮扶责任人 > …, 嘎查动物防疫员 > …, 禁牧 / 草畜平衡 > 面积/户数/人口,
  禁牧补助 / 草畜平衡奖励 > 面积/金额, 户籍 / 常住 / 抵边居住 > 户数/人口, 户籍人口 > 合计/男/女, 本周 vs 累计 / 休牧以来累计,
  口蹄疫 / 小反刍兽疫 / 布鲁氏菌病 > 应免数/累计免疫数, 上半年家庭收入 > 工资性…, 补奖资金 > 禁牧补助/草畜平衡奖励/已兑付.
  Group headers that do not: 基本信息, 个人信息, 家庭情况, 其中, 四至.
- Grids: 牧业年度 牲畜 (row header in two columns: 畜类 merged down + 畜种 with the unit in the row label, a 合计 row);
  春秋 免疫 (疫病种类 merged down + 畜种; 免疫密度（%）column whose unit wins over the row's); 布病 分月 (1月…12月 across,
  form-level 单位：例); a transposed grid (民委: 指标 | 计量单位 | five 嘎查 across | 合计 column).
- Pre-filled 嘎查 rows with a 合计 row, blank rosters, an example row (合作社), 表号 blocks, 数据来源：…系统导出 lines,
  \`每季度…报送…\` notes, 嘎查 / 苏木 footers.
- Synonyms (label / label → element), in the wording of the office that sends them:
  嘎查 / 嘎查（村） / 嘎查名称 / 所在嘎查 / 所属嘎查 / 嘎查村 / 嘎查（社区）; 苏木（镇） / 所属苏木（镇） / 苏木乡镇 / 所在苏木（镇）;
  户主姓名 / 户主 > 姓名 / 持卡人姓名 / 承包方代表 > 姓名; 身份证号码 / 户主 > 公民身份号码 / 证件号码 / 户主身份证号 / 户主证件号码;
  家庭人口 / 家庭人口数 / 家庭成员数; 承包草场面积 / 承包草原面积 / 草场面积（2013）; “一卡通”账号 / 补贴账号 / 惠农惠牧“一卡通”账号;
  禁牧补助 > 金额 / 禁牧补助金额（元）; 草畜平衡奖励 > 金额 / 草畜平衡奖励金额; 发放金额合计 / 实发金额 / 转移性收入 其中：草原生态保护补助奖励;
  现有牲畜（羊单位） / 牲畜存栏（折合羊单位）; 人均纯收入（2013） / 家庭年人均纯收入; 草原承包经营权证编号 / 权证编号;
  公民身份号码 / 身份证号 / 证件号码 / 身份证号码; 联系电话 / 手机号码; 出生年月 / 出生日期; 年龄（周岁） / 年龄（岁）;
  老人姓名 / 患者姓名 / 姓名; 法定代表人 > 姓名 / 理事长; 法定代表人 > 联系电话 / 理事长手机号; 合作社名称 / 合作社全称;
  成员总数 / 社员人数; 出资总额 / 成员出资额; 运营状态 / 经营现状; 草原总面积 / 草场面积; 可利用草原面积 / 可利用草原;
  牧户数 / 其中：牧户 / 牧户（户）; 禁牧面积 / 禁牧 > 面积; 禁牧户数 / 禁牧 > 户数; 草畜平衡人口 / 草畜平衡 > 人口;
  禁牧补助资金 / 补奖资金 > 禁牧补助; 实际兑付补奖资金 / 补奖资金 > 已兑付; 嘎查草原管护员 / 草原管护员（人）;
  实行春季休牧面积 / 休牧面积; 饲草料基地面积 / 其中：饲草料地; 牧民人均可支配收入 / 农牧民人均可支配收入;
  转移就业牧民 / 转移就业人数; 年末总户数 / 户籍户数 / 户籍 > 户数; 年末户籍人口 / 户籍人口 > 合计 / 户籍 > 人口;
  常住户数 / 常住 > 户数; 60周岁及以上人口 / 60周岁及以上老年人; 农村牧区最低生活保障户数 / 农村牧区低保 > 户数;
  嘎查村民委员会成员 / 嘎查村民委员会成员（人） > 合计; 五、牲畜存栏（牧业年度6月末） 其中：牛 / 牛（头） × 6月末存栏;
  年末牲畜存栏 其中：牛 / 年末牲畜存栏 > 牛（头）; 能繁母畜 / 其中：能繁母畜（头只）; 当年牲畜出栏 / 当年出栏; 脱贫户 / 脱贫户数.
- Near-misses kept apart: 6月末（牧业年度） ≠ 年末 存栏; 上年6月末存栏 ≠ 6月末存栏; 年龄 ≠ 出生日期 (both in 高龄津贴);
  户数 ≠ 人口 (禁牧, 草畜平衡, 户籍, 常住, 抵边居住, 低保); 本周 ≠ 累计; 户籍 ≠ 常住; 60周岁 ≠ 65岁 ≠ 80周岁 (津贴);
  本季度新增转移就业 ≠ 转移就业人数; 禁牧补助 ≠ 草畜平衡奖励 (same leaf 金额 / 面积); 护边补贴 ≠ 管护补助 ≠ 月保障金 ≠ 月养老金;
  核定载畜量 ≠ 实际载畜量; 羊单位 ≠ 头只; 应免数 ≠ 累计免疫数 ≠ 实免数量; 卫生室联系电话 ≠ 负责人手机号码;
  点位距边境线距离 ≠ 嘎查距边境线距离; 上半年收入 ≠ 上年度收入; 人均纯收入 ≠ 人均可支配收入; 脱贫户 ≠ 监测户.

## Gold calls

- Transposed grid (民委): each 指标 × 嘎查 cell carries the 嘎查-level element of its 指标 (a 嘎查's 户籍人口 is the 户籍人口
  column of a 嘎查 table), so the five cells of a row share one element; the 合计 column and the 计量单位 column are not fields.
- The other grids' cells are their own elements, except 牧业年度 grid 6月末存栏 × 牛/马/骆驼/绵羊/山羊 = 草补1表
  “五、牲畜存栏（牧业年度6月末）” items (same animals, same time point); 生猪 and the other columns stay grid-own.
- 6月末 (牧业年度) and 年末 (日历年度) livestock are different data; 牲畜总头数 (6月末) ≠ 年末牲畜存栏; 能繁母畜 by species
  at 6月末 ≠ 年末 能繁母畜 ≠ 应产母畜 (接羔周报).
- 持卡人姓名 / 证件号码 (一卡通 export) = 户主 > 姓名 / 公民身份号码: the 草原补奖 “一卡通” is issued in the 户主's name.
- 承包方代表 > 姓名 / 公民身份号码 (草原确权) = 户主姓名 / 身份证号: household contracting, the 承包方代表 is the 户主.
- 畜主 > 姓名 / 身份证号 / 联系电话 (布病采样) are NOT 户主's: the owner of the sampled animal need not be the household head.
- 理事长 / 理事长手机号 = 法定代表人 > 姓名 / 联系电话 (农民专业合作社法: the 理事长 is the legal representative).
- 草场面积 (林草 汇总, 嘎查) = 草原总面积; 草场面积 (2013 贫困户, household) = 承包草场面积 = 承包草原面积.
- 饲草料地 (统计) = 饲草料基地面积 (农牧); 农牧民人均可支配收入 (统计) = 牧民人均可支配收入 (农牧) for a 牧区 嘎查.
- Household 人均纯收入 (2013 建档立卡) = 家庭年人均纯收入 (监测 表四); both ≠ 上半年人均纯收入 and ≠ the 嘎查's 人均可支配收入.
- 补奖资金 > 已兑付 = 实际兑付补奖资金 ≠ 应兑付补奖资金.
- 表四 转移性收入 其中：草原生态保护补助奖励 (上年度, household) = 一卡通 发放金额合计 = 实发金额 (the 填表说明 says so);
  it is neither 禁牧补助 nor 草畜平衡奖励 alone.
- 最低生活保障金 (表四, a year's income) ≠ 月保障金 (低保花名册); 低保花名册's “一卡通”账号 / 开户银行 = 草原补奖's (the
  惠民惠农 “一卡通” of the 户主).
- 现有牲畜（羊单位） (2016 台账) = 牲畜存栏（折合羊单位） (监测 表三); ≠ 牲畜头数（头只）(2013) ≠ 核定载畜量.
- 家庭饲养羊只 / 家庭饲养牛 (布病病例) = the household's 羊 / 牛 (监测 表三): a household datum, not the patient's.
- 口蹄疫 > 应免数 (周报, 牛 and 羊 together) ≠ 口蹄疫 牛 / 羊 应免数量 (半年 grid); 累计免疫数 ≠ 实免数量; 本周免疫 own.
- 嘎查卫生室's 乡村医生 (a clinic, may serve several 嘎查) ≠ 统计's 嘎查 乡村医生; 卫生室联系电话 (facility) ≠ 负责人手机号码 (person).
- 点位距边境线距离 (a 护边员's post) ≠ 嘎查 距边境线距离; 护边员（人） ≠ 草原管护员（人）.
- Person elements (姓名, 性别, 民族, 出生年月/出生日期, 身份证号, 联系电话/手机号码, 政治面貌, 文化程度, 是否蒙汉兼通) are
  shared across rosters of different people (管护员, 护边员, 两委成员, 高龄老人, 养老领取人, 布病患者, 家庭成员): each is the
  listed person's own datum.
- 监护人 > 姓名/联系电话 ≠ the old person's; 联系人 > … (民委) own; 帮扶责任人 > 联系电话 ≠ 户主联系电话; 嘎查动物防疫员 > … own;
  嘎查达姓名 and 党支部书记姓名 (民政, one per 嘎查) own, not the 两委 roster's 姓名.
- 户主民族 (低保, 监测 表一) is the 户主's, ≠ a person's 民族. 是否牧业户 (household) = 是否牧业户; 是否禁牧区牧民 (person) own.
- 年龄（周岁） and 年龄（岁） are one element (units as written: 周岁 / 岁); 年龄 ≠ 出生日期.
- 60周岁及以上人口 (统计) = 60周岁及以上老年人 (民政) ≠ 65岁及以上老年人健康管理人数 (clinic).
- 转移就业牧民 (草补) = 转移就业人数 (人社) ≠ 外出务工劳动力 (统计) ≠ 其中：禁牧区转移.
- 脱贫户 (统计) = 脱贫户数 (监测汇总) ≠ 监测户数; 贫困户属性 (2013) and 是否建档立卡贫困户 (2014 管护员) own.
- 嘎查草原管护员 (草补1表, a count) = 草原管护员（人） (休牧周报).
- 备注 is a field with its own element (\`remark:<file>\`) in every form that has it.

## Retirement truth

Computed by the kit's rule (bench README): coverage over non-备注 elements, counting only other forms of the same or a
higher frequency.

(\`coveredBy\` in gold.json lists every form sharing an element; below, a small covering set.)

${r.full.map((f: string) => `- full: \`${f}\` — covered by ${cover(f)}`).join('\n')}
${r.partial.map((f: string) => `- partial: \`${f}\` ${r.coverage[f]} — ${cover(f)}; not covered: ${[...elsOf.get(f)!].filter((e) => !forms.some((o) => o.file !== f && RANK[o.freq] >= RANK[forms.find((x) => x.file === f)!.freq] && elsOf.get(o.file)!.has(e))).join(', ')}`).join('\n')}
- Frequency traps: \`旗林业和草原局/禁牧和草畜平衡制度落实情况汇总表.xlsx\` (semiannual) has every element in 草补1表 and
  嘎查村民委员会基本情况统计表, but both are annual, so its coverage is ${r.coverage['旗林业和草原局/禁牧和草畜平衡制度落实情况汇总表.xlsx']};
  \`旗财政局/草原补奖资金“一卡通”发放花名册.xlsx\` (annual) is covered 1.0 ignoring frequency, but its 禁牧补助 / 草畜平衡奖励
  金额 and 发放金额合计 recur only in the adhoc 一卡通 export and 监测 采集表, so its coverage is ${r.coverage['旗财政局/草原补奖资金“一卡通”发放花名册.xlsx']}.

## Rebuild

\`\`\`
npx tsx tests/blind20/build-corpus.ts
npx tsx tests/blind4/check-corpus.ts tests/blind20   # must print bad 0
\`\`\`

\`build-corpus.ts\` holds the forms; \`kit.ts\` is a copy of tests/blind4/kit.ts extended (two-column row headers, per-cell
grid elements, transposed grids, fixed workbook dates); \`readme.ts\` writes this file only when it is absent or with
\`--readme\` (which erases the First look section).
`;
  fs.writeFileSync(path.join(dir, 'README.md'), md);
}
