import type { InstructionHints } from "./types";
import { norm } from "./text";
import { canonicalUnit } from "./unit-lexicon";

const QUOTED = /[“"「『]([^”"」』]{1,40})[”"」』]/g;

/**
 * Hints from a 填表说明 sheet, keyed by norm(label): `“人数”：…计量单位为人。`, `“检查日期”：按“年-月-日”格式填写`,
 * `“性别”：从“男”、“女”等选项中选择填写`, `“联系电话”：填写常用手机号码`.
 */
export function parseInstructionTexts(lines: string[]): InstructionHints {
  const hints: InstructionHints = { units: new Map(), dates: new Set(), phones: new Set(), options: new Map() };
  for (const line of lines) {
    const m = /^[^“"「『]{0,8}[“"「『]([^”"」』]{1,40})[”"」』]\s*[：:]\s*(.*)$/s.exec(line.trim());
    if (!m) continue;
    const key = norm(m[1]);
    const rest = m[2];
    const unit = /计量单位(?:为|是|：|:)\s*([^\s，。,;；）)]+)/.exec(rest);
    if (unit) {
      const canonical = canonicalUnit(unit[1]);
      if (canonical) hints.units.set(key, canonical);
    }
    if (/(年-月-日|年月日|日期格式|YYYY|yyyy)/.test(rest)) hints.dates.add(key);
    if (/(手机号|电话号码|联系电话)/.test(rest)) hints.phones.add(key);
    if (/选项|中选择|下拉/.test(rest)) {
      const options = [...rest.matchAll(QUOTED)].map((x) => x[1].trim()).filter(Boolean);
      if (options.length >= 2) hints.options.set(key, options);
    }
  }
  return hints;
}

export function emptyHints(): InstructionHints {
  return { units: new Map(), dates: new Set(), phones: new Set(), options: new Map() };
}
