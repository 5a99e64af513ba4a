/**
 * The fixes of the additional-component rules (HD 36 §2–§4.5), the legacy-encoding conversion and the
 * `text/*` rules, applied by the real docx writer: after `fixDocx` the finding is gone and the text is
 * unchanged except the characters the fix is about.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../src/engine/check.js';
import { fixDocx } from '../src/engine/fix.js';
import { readDocx } from '../src/docx/reader.js';
import type { DocModel } from '../src/model.js';
import { rules } from '../src/rules/index.js';
import type { CaseTable, InvalidCase } from './support/rule-tester.js';
import { partyDraft } from './support/party-draft.js';

import urgencyCases from '../src/rules/party/urgency-mark/cases.js';
import circulationCases from '../src/rules/party/circulation-note/cases.js';
import draftNoteCases from '../src/rules/party/draft-note/cases.js';
import typistCases from '../src/rules/party/typist-mark/cases.js';
import contactCases from '../src/rules/party/contact-info/cases.js';
import appendixCases from '../src/rules/party/appendix/cases.js';
import copyCases from '../src/rules/party/copy-format/cases.js';
import legacyCases from '../src/rules/party/legacy-encoding/cases.js';
import nfcCases from '../src/rules/text/unicode-nfc/cases.js';
import spacingCases from '../src/rules/text/spacing/cases.js';
import toneCases from '../src/rules/text/tone-style-mixed/cases.js';

function model(bytes: Uint8Array): DocModel {
  const r = readDocx(bytes);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const texts = (bytes: Uint8Array) => model(bytes).paragraphs.map((p) => p.text);

function invalid(table: CaseTable, name: string): InvalidCase {
  const c = table.invalid.find((x) => x.name === name);
  if (!c) throw new TypeError(`no invalid case "${name}"`);
  return c;
}

/** The .docx bytes of a case (these tables hold no Markdown cases). */
function bytesOf(c: InvalidCase): Uint8Array {
  const doc = typeof c.doc === 'function' ? c.doc() : c.doc;
  if (typeof doc === 'string') throw new TypeError(`case "${c.name}" is Markdown`);
  return doc;
}

/**
 * Fix one case with the rule's own fixes; the rule's findings of that case are gone, and the paragraphs'
 * text changed only as `edit` says (identity when the fix is formatting only).
 */
function fixes(ruleId: string, table: CaseTable, name: string, edit: (text: string) => string = (t) => t) {
  const c = invalid(table, name);
  const before = bytesOf(c);
  const found = check(before).diagnostics.filter((d) => d.ruleId === ruleId);
  expect(found.length, `${ruleId} fires on "${name}"`).toBeGreaterThan(0);
  expect(found.every((d) => d.fixable), 'every finding of the case carries a fix').toBe(true);
  const r = fixDocx(before, { only: [ruleId] });
  expect(r.error).toBeNull();
  expect(r.skipped).toEqual([]);
  const left = check(r.bytes).diagnostics.filter((d) => d.ruleId === ruleId);
  expect(left.map((d) => `${d.messageId}: ${d.message}`)).toEqual([]);
  expect(texts(r.bytes)).toEqual(texts(before).map(edit));
  return r.bytes;
}

describe('fixes of the additional components', () => {
  it('party/urgency-mark: size, bold, All Caps', () => {
    fixes('party/urgency-mark', urgencyCases, '12 pt, not bold (tabs)');
    fixes('party/urgency-mark', urgencyCases, 'typed in normal case (table)');
  });

  it('party/circulation-note: typography and alignment', () => {
    fixes('party/circulation-note', circulationCases, '14 pt, not bold (textbox)');
    fixes('party/circulation-note', circulationCases, 'at the top left (stacked)');
    fixes('party/circulation-note', circulationCases, '"Không phổ biến …" under the signature, left-aligned (table)');
  });

  it('party/draft-note: written back in normal case', () => {
    fixes('party/draft-note', draftNoteCases, 'in capitals (tabs)', (t) => t.replace('DỰ THẢO LẦN 2', 'Dự thảo lần 2'));
    fixes('party/draft-note', draftNoteCases, 'upright (stacked)');
  });

  it('party/typist-mark: 8 pt, upright, capitals', () => {
    fixes('party/typist-mark', typistCases, '12 pt (table)');
    fixes('party/typist-mark', typistCases, 'in lower case and italic (tabs)');
  });

  it('party/contact-info: 10 pt', () => {
    fixes('party/contact-info', contactCases, '12 pt (stacked)');
  });

  it('party/appendix: numbering in Arabic digits and centring', () => {
    fixes('party/appendix', appendixCases, 'two appendices, the second without its number (table)', (t) => (t === 'Phụ lục' ? 'Phụ lục 2' : t));
    fixes('party/appendix', appendixCases, 'numbered in Roman numerals (stacked)', (t) => ({ 'PHỤ LỤC I': 'PHỤ LỤC 1', 'PHỤ LỤC II': 'PHỤ LỤC 2' })[t] ?? t);
    fixes('party/appendix', appendixCases, 'left-aligned (table)');
  });

  it('party/copy-format: the Party copy kind and symbol', () => {
    fixes('party/copy-format', copyCases, 'the State form "SAO Y" (tabs)', (t) => t.replace(/\tSAO Y$/u, '\tSAO Y BẢN CHÍNH'));
    fixes('party/copy-format', copyCases, 'the State form "SAO Y" (stacked)', (t) => (t === 'SAO Y' ? 'SAO Y BẢN CHÍNH' : t));
    fixes('party/copy-format', copyCases, 'copy number with the type symbol of the original (table)', (t) => t.replace('Số 24-NQ/VPTU', 'Số 24-BS/VPTU'));
    fixes('party/copy-format', copyCases, 'copy kind not bold, 13 pt (table)');
  });
});

describe('party/legacy-encoding: converted to Unicode, set in Times New Roman', () => {
  const unicode = texts(partyDraft({ layout: 'table' }));

  for (const name of ['Party header in .VnTimeH (textbox)', 'a body paragraph in .VnTime (stacked)', 'Party header in VNI-Times (tabs)', 'a body paragraph in VNI-Helve (table)']) {
    it(`${name}: converted, no legacy font left`, () => {
      const c = invalid(legacyCases, name);
      const layout = /\((\w+)\)$/.exec(name)![1] as 'table';
      const r = fixDocx(bytesOf(c), { only: ['party/legacy-encoding'] });
      expect(r.skipped).toEqual([]);
      // The body cases replace the first body paragraph with a sentence typed the old way.
      const body = 'Ban Thường vụ Tỉnh ủy họp đánh giá kết quả thực hiện nhiệm vụ năm 2025.';
      expect(texts(r.bytes)).toEqual(texts(partyDraft({ layout })).map((t) => (name.includes('body') && t.startsWith('Ngày 06 tháng 01 năm 2026, Ban') ? body : t)));
      const fonts = new Set(model(r.bytes).paragraphs.flatMap((p) => p.runs.flatMap((x) => x.props.fontsUsed)));
      expect([...fonts]).toEqual(['Times New Roman']);
      expect(check(r.bytes).diagnostics.filter((d) => d.ruleId === 'party/legacy-encoding' || d.ruleId === 'party/font-family')).toEqual([]);
    });
  }

  it('TCVN3 bytes shown in Times New Roman are converted in place', () => {
    const c = invalid(legacyCases, 'TCVN3 text whose font was changed to Times New Roman (tabs)');
    const r = fixDocx(bytesOf(c), { only: ['party/legacy-encoding'] });
    const after = texts(r.bytes);
    expect(after).toContain('Ban Thường vụ Tỉnh ủy họp đánh giá kết quả thực hiện nhiệm vụ năm 2025.');
    expect(after.filter((t) => !t.startsWith('Ban Thường vụ Tỉnh ủy họp'))).toEqual(texts(partyDraft({ layout: 'tabs' })).filter((t) => !t.startsWith('Ngày 06 tháng 01 năm 2026, Ban')));
    expect(check(r.bytes).diagnostics.filter((d) => d.ruleId === 'party/legacy-encoding')).toEqual([]);
  });

  it('the whole TCVN3 draft, fixed, equals the Unicode draft text', () => {
    const c = invalid(legacyCases, 'the whole draft typed in TCVN3 (.VnTime, .VnTimeH)');
    const r = fixDocx(bytesOf(c), { only: ['party/legacy-encoding'] });
    expect(r.skipped).toEqual([]);
    expect(texts(r.bytes)).toEqual(unicode);
    // And the converted draft passes the whole rule set.
    expect(check(r.bytes).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.ruleId}: ${d.message}`)).toEqual([]);
  });
});

describe('fixes of the text/* rules', () => {
  it('text/unicode-nfc: normalised to NFC, nothing else', () => {
    fixes('text/unicode-nfc', nfcCases, 'issuer in decomposed Unicode (tabs)', (t) => t.normalize('NFC'));
    fixes('text/unicode-nfc', nfcCases, 'a body paragraph pasted from a PDF (NFD) (table)', (t) => t.normalize('NFC'));
  });

  it('text/spacing: spaces removed or added where reported', () => {
    fixes('text/spacing', spacingCases, 'double space in the body (table)', (t) => t.replace('2025,  các', '2025, các'));
    fixes('text/spacing', spacingCases, 'space before a comma and a period (textbox)', (t) => t.replace('2025 , các', '2025, các').replace('lực .', 'lực.'));
    fixes('text/spacing', spacingCases, 'missing space after a comma and a colon (table)', (t) => t.replace('2025,các', '2025, các').replace('ĐT:0272', 'ĐT: 0272'));
    fixes('text/spacing', spacingCases, 'space before and none after a comma (table)', (t) => t.replace('2025 ,các', '2025, các'));
    fixes('text/spacing', spacingCases, 'leading space before the issuer (tabs)', (t) => t.replace(' TỈNH ỦY LONG AN', 'TỈNH ỦY LONG AN'));
    fixes('text/spacing', spacingCases, "trailing spaces after the signer's name (stacked)", (t) => t.replace('Nguyễn Văn An  ', 'Nguyễn Văn An'));
  });

  it('text/tone-style-mixed: minority words rewritten to the majority placement', () => {
    fixes('text/tone-style-mixed', toneCases, 'hoà and Thuỷ among new-style words (table)', (t) => t.replace('hoà bình', 'hòa bình').replace('thuỷ lợi', 'thủy lợi'));
  });
});

it('every fixable rule of this file has a fix test', () => {
  const tested = ['party/urgency-mark', 'party/circulation-note', 'party/draft-note', 'party/typist-mark', 'party/contact-info', 'party/appendix', 'party/copy-format', 'party/legacy-encoding', 'text/unicode-nfc', 'text/spacing', 'text/tone-style-mixed'];
  for (const id of tested) expect(rules.find((r) => r.meta.id === id)?.meta.fixable, id).toBe('safe');
  expect(rules.find((r) => r.meta.id === 'text/uppercase-diacritics')?.meta.fixable).toBe(false);
});
