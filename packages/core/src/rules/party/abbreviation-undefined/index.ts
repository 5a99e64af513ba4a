import type { Component } from '../../../anatomy/types.js';
import { defineRule } from '../../../engine/define.js';
import { bodyText, numberOption, romanValue, shownUpper, stringsOption } from '../../shared/body.js';

/** A word of letters and digits, hyphen-joined parts allowed ("KT-XH", "COVID-19"). */
const WORD = /(?<![\p{L}\p{M}\d])[\p{Lu}\d][\p{L}\p{M}\d]*(?:[-&][\p{L}\p{M}\d]+)*(?![\p{L}\p{M}\d])/gu;
/** Capitals with a tone or vowel mark (Ả, Ư, Ế …) belong to words typed in capitals, not to initials. */
const MARKED_VOWEL = /[À-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠ-Ỹ]/u;

interface Use {
  word: string;
  c: Component;
  offset: number;
  inParens: boolean;
}

/** Chữ viết tắt chưa được giải thích ở lần dùng đầu tiên (HD 36 §1.6.1). */
export default defineRule({
  meta: {
    id: 'party/abbreviation-undefined',
    component: 'body',
    severity: 'warning',
    fixable: false,
    title: { vi: 'Chữ viết tắt chưa được giải thích', en: 'Undefined abbreviation' },
    description: {
      vi: 'Chỉ viết tắt những từ, cụm từ thông dụng. Chữ viết tắt khác (một từ gồm hai chữ in hoa trở lên, ví dụ «CCHC») ở lần dùng đầu tiên phải đặt trong ngoặc đơn ngay sau từ, cụm từ đầy đủ: «cải cách hành chính (CCHC)». Không xét chữ viết tắt thông dụng (TW, UBND, HĐND, MTTQ …), ký hiệu văn bản (15-NQ/TU), số La Mã và các dòng chữ in hoa.',
      en: 'Only common words and phrases are abbreviated. Any other abbreviation (a word of two or more capitals, e.g. "CCHC") is introduced in parentheses right after the full phrase at its first use: "cải cách hành chính (CCHC)". Common abbreviations (TW, UBND, HĐND, MTTQ …), document symbols (15-NQ/TU), Roman numerals and upper-case lines are not checked.',
    },
    source: 'HD 36 §1.6.1',
    messages: {
      undefined: {
        vi: 'Chữ viết tắt «{{word}}» được dùng mà chưa giải thích. Ở lần dùng đầu tiên, viết cụm từ đầy đủ và đặt chữ viết tắt trong ngoặc đơn ngay sau nó, ví dụ «cụm từ đầy đủ ({{word}})».',
        en: 'The abbreviation "{{word}}" is used without being introduced. At its first use write the full phrase with the abbreviation in parentheses right after it, e.g. "full phrase ({{word}})".',
      },
      definedLate: {
        vi: 'Chữ viết tắt «{{word}}» được dùng trước khi giải thích (phần giải thích «({{word}})» ở sau). Đưa cụm từ đầy đủ và «({{word}})» lên lần dùng đầu tiên.',
        en: 'The abbreviation "{{word}}" is used before it is introduced (the "({{word}})" comes later). Move the full phrase and "({{word}})" to its first use.',
      },
    },
  },
  check(ctx) {
    const common = new Set(stringsOption(ctx, 'common').map((s) => s.normalize('NFC')));
    // Document symbols (terms.md): type and issuer symbols of the profile.
    for (const t of ctx.profile.documentTypes) for (const s of t.symbols) common.add(s);
    for (const k of ctx.profile.issuerKinds) if (k.symbol) common.add(k.symbol);
    const maxLength = numberOption(ctx, 'maxLength', 10);
    const upperMax = numberOption(ctx, 'upperLineMaxLength', 200);
    const uses = new Map<string, Use[]>();
    for (const c of bodyText(ctx)) {
      const p = c.paragraph;
      const text = p.text.normalize('NFC');
      // Upper-case lines are headings, not running text.
      if (shownUpper(p) && text.trim().length <= upperMax) continue;
      // An abbreviation has two capitals close together: most paragraphs have none, skip them cheaply.
      if (!/\p{Lu}[\d&-]*\p{Lu}/u.test(text)) continue;
      for (const m of text.matchAll(WORD)) {
        const word = m[0];
        if (!isAbbreviation(word, maxLength) || common.has(word) || (text[m.index + word.length] === '.' && common.has(`${word}.`))) continue;
        if (inSymbol(text, m.index, word.length)) continue;
        const list = uses.get(word) ?? [];
        list.push({ word, c, offset: m.index, inParens: inParens(text, m.index, word.length) });
        uses.set(word, list);
      }
    }
    for (const [word, list] of uses) {
      const first = list[0]!;
      if (first.inParens) continue;
      const late = list.some((u) => u.inParens);
      ctx.report({
        messageId: late ? 'definedLate' : 'undefined',
        data: { word },
        paragraph: first.c.paragraph,
        offset: first.offset,
        length: word.length,
        component: first.c.kind,
        expected: `(${word})`,
        actual: word,
      });
    }
  },
});

function isAbbreviation(word: string, maxLength: number): boolean {
  const letters = [...word].filter((ch) => /\p{L}/u.test(ch));
  if (letters.length < 2 || letters.length > maxLength) return false;
  if (letters.some((ch) => /\p{Ll}/u.test(ch))) return false;
  if (MARKED_VOWEL.test(word)) return false;
  // "XI", "XIII" (khóa XI, Đại hội XIII) are numbers.
  if (romanValue(word) !== null) return false;
  return true;
}

/** Inside a document number-symbol: "15-NQ/TU", "30/2020/NĐ-CP", "NQ/TW". */
function inSymbol(text: string, at: number, length: number): boolean {
  let from = at;
  while (from > 0 && !/\s/u.test(text[from - 1]!)) from--;
  let to = at + length;
  while (to < text.length && !/\s/u.test(text[to]!)) to++;
  return text.slice(from, to).includes('/');
}

function inParens(text: string, at: number, length: number): boolean {
  const open = text.lastIndexOf('(', at);
  if (open < 0 || text.lastIndexOf(')', at) > open) return false;
  const close = text.indexOf(')', at + length);
  return close >= 0;
}
