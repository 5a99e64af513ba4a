/**
 * Fixes of the body rules, round trip: take an invalid case from the rule's own table, apply the fixes
 * with `fixDocx`, read the result again — the rule no longer fires, and the text of every paragraph is
 * unchanged except for the characters the fix was meant to change.
 */
import { describe, expect, it } from 'vitest';
import { fixDocx } from '../src/engine/fix.js';
import { readDocx } from '../src/docx/reader.js';
import type { Rule } from '../src/engine/types.js';
import { rules } from '../src/rules/index.js';
import { findings, type CaseTable } from './support/rule-tester.js';
import alignment from '../src/rules/party/body-alignment/cases.js';
import finalPeriod from '../src/rules/party/body-final-period/cases.js';
import fontSize from '../src/rules/party/body-font-size/cases.js';
import indent from '../src/rules/party/body-indent/cases.js';
import lineSpacing from '../src/rules/party/body-line-spacing/cases.js';
import spacing from '../src/rules/party/body-spacing/cases.js';
import basis from '../src/rules/party/basis-punctuation/cases.js';
import structure from '../src/rules/party/structure-format/cases.js';

const ruleOf = (id: string): Rule => rules.find((r) => r.meta.id === id)!;

function bytesOf(table: CaseTable, name: string): Uint8Array {
  const c = table.invalid.find((x) => x.name === name);
  if (!c || typeof c.doc === 'string') throw new TypeError(`no .docx invalid case "${name}"`);
  return typeof c.doc === 'function' ? c.doc() : c.doc;
}

function texts(bytes: Uint8Array): string[] {
  const read = readDocx(bytes);
  if (!read.ok) throw new Error(read.error.message);
  return read.value.paragraphs.map((p) => p.text);
}

/** `[rule id, case table, invalid case name, text edits the fix makes: before → after]`. */
const CASES: [string, CaseTable, string, Record<string, string>][] = [
  ['party/body-font-size', fontSize, 'Normal style at 13 pt (table)', {}],
  ['party/body-font-size', fontSize, 'one paragraph at 16 pt (tabs)', {}],
  ['party/body-alignment', alignment, 'Normal style aligned left (stacked)', {}],
  ['party/body-alignment', alignment, 'quy định: chapter line justified (textbox)', {}],
  ['party/body-indent', indent, 'Normal style indents 5 mm, paragraphs take it (table)', {}],
  ['party/body-indent', indent, 'points numbered by Word at the margin (table)', {}],
  ['party/body-indent', indent, 'hanging indent (table)', {}],
  ['party/body-spacing', spacing, 'Normal style: no space between paragraphs of the same style (table)', {}],
  ['party/body-spacing', spacing, 'one paragraph with 2 pt after (tabs)', {}],
  ['party/body-line-spacing', lineSpacing, 'Normal style exactly 13 pt (textbox)', {}],
  ['party/body-line-spacing', lineSpacing, 'multiple 0.9 at 14 pt (table)', {}],
  ['party/body-final-period', finalPeriod, 'no period at the end (table)', { 'định kỳ báo cáo Ban Thường vụ Tỉnh ủy': 'định kỳ báo cáo Ban Thường vụ Tỉnh ủy.' }],
  ['party/body-final-period', finalPeriod, 'State ending ./. (stacked)', { 'Ban Thường vụ Tỉnh ủy./.': 'Ban Thường vụ Tỉnh ủy.' }],
  ['party/basis-punctuation', basis, 'bases ending with periods (table)', { 'Căn cứ Điều lệ Đảng.': 'Căn cứ Điều lệ Đảng;', '2025 - 2030.': '2025 - 2030;', 'năm 2026 của Ban Thường vụ Tỉnh ủy.': 'năm 2026 của Ban Thường vụ Tỉnh ủy;' }],
  ['party/basis-punctuation', basis, 'last basis ending with a semicolon (tabs)', { 'kiểm tra, giám sát năm 2026;': 'kiểm tra, giám sát năm 2026,' }],
  ['party/structure-format', structure, 'chapter word in capitals (table)', { 'CHƯƠNG II': 'Chương II' }],
  ['party/structure-format', structure, 'chapter numbered in Arabic numerals (tabs)', { 'Chương 3': 'Chương III' }],
  ['party/structure-format', structure, 'article with a dash after its number (stacked)', { 'Điều 2 - Nguyên tắc thực hiện': 'Điều 2. Nguyên tắc thực hiện' }],
  ['party/structure-format', structure, 'clause numbered "1)" and point "a." (textbox)', { '1) Tuyệt đối': '1. Tuyệt đối', 'a. Không nói': 'a) Không nói' }],
  ['party/structure-format', structure, 'chapter name in normal case (table)', {}],
  ['party/structure-format', structure, 'chapter line and section name not bold (tabs)', {}],
  ['party/structure-format', structure, 'chapter lines take "not bold" from their style (table)', {}],
  ['party/structure-format', structure, 'quyết định: "Điều 1." of an article with content not bold (table)', {}],
];

describe('fixes of the body rules, round trip', () => {
  for (const [id, table, name, edits] of CASES) {
    it(`${id}: ${name}`, () => {
      const rule = ruleOf(id);
      const before = bytesOf(table, name);
      expect(findings(rule, before).filter((d) => d.fixable).length, 'the case has a fixable finding').toBeGreaterThan(0);
      const result = fixDocx(before, { only: [id] });
      expect(result.error).toBeNull();
      expect(result.skipped).toEqual([]);
      expect(findings(rule, result.bytes).map((d) => `${d.messageId} «${d.location?.text.slice(0, 40)}»`)).toEqual([]);
      // Text: unchanged, except for the characters the fix was meant to change.
      const expected = texts(before).map((t) => Object.entries(edits).reduce((s, [from, to]) => s.replace(from, to), t));
      expect(texts(result.bytes)).toEqual(expected);
    });
  }
});
