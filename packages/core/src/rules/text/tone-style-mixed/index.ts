import { defineRule } from '../../../engine/define.js';
import type { FixOp } from '../../../engine/types.js';
import type { Paragraph } from '../../../model.js';
import { groupEdits, pieces, type TextEdit } from '../../shared/edits.js';

type Style = 'old' | 'new';

const TONE = '[\u0300\u0301\u0303\u0309\u0323]';
// Only open syllables ending in oa, oe, uy differ between the placements (hoà/hòa, khoẻ/khỏe, thuỷ/thủy);
// after "q" the u belongs to the consonant and the tone is on the last vowel in both (quả, quý); "ua"
// (của, mùa) is not concerned.
const OLD = new RegExp(`(?<![qQ])([oO](?=[aAeE])|[uU](?=[yY]))([aAeEyY])(${TONE})$`, 'u');
const NEW = new RegExp(`(?<![qQ])([oO]|[uU])(${TONE})((?<=[oO]${TONE})[aAeE]|(?<=[uU]${TONE})[yY])$`, 'u');

// Cheap filter on NFC text: only words ending in o/u + a toned a/e/y, or a toned o/u + a/e/y, can tell.
const CANDIDATE = /(?:[oOuU][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ]|[òóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ][aAeEyY])$/u;

/** Which placement a word shows: `old` (hoà, uỷ), `new` (hòa, ủy), or null when it does not tell. */
export function placement(word: string): Style | null {
  if (!CANDIDATE.test(word.normalize('NFC'))) return null;
  const d = word.normalize('NFD');
  if (OLD.test(d)) return 'old';
  if (NEW.test(d)) return 'new';
  return null;
}

/** The word with its tone moved to the other placement. */
export function toPlacement(word: string, style: Style): string {
  const d = word.normalize('NFD');
  return (style === 'new' ? d.replace(OLD, '$1$3$2') : d.replace(NEW, '$1$3$2')).normalize('NFC');
}

const WORDS = /[\p{L}\p{M}]+/gu;
const CANDIDATE_WORDS = /(?<![\p{L}\p{M}])[\p{L}\p{M}]*(?:[oOuU][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ]|[òóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ][aAeEyY])(?![\p{L}\p{M}])/gu;
const EXAMPLES = 3;

/** Kiểu đặt dấu thanh cũ và mới lẫn lộn trong một văn bản. */
export default defineRule({
  meta: {
    id: 'text/tone-style-mixed',
    component: 'document',
    severity: 'info',
    fixable: 'safe',
    title: { vi: 'Lẫn lộn kiểu đặt dấu thanh', en: 'Mixed tone-mark placement' },
    description: {
      vi: 'Cả hai kiểu đặt dấu thanh đều được chấp nhận — kiểu cũ («hoà», «khoẻ», «uỷ») và kiểu mới («hòa», «khỏe», «ủy») — nhưng một văn bản nên dùng thống nhất một kiểu. Báo một lần cho cả văn bản với số chữ mỗi kiểu; sửa tự động theo kiểu được dùng nhiều hơn (bằng nhau thì theo kiểu mới).',
      en: 'Both tone-mark placements are accepted — old ("hoà", "khoẻ", "uỷ") and new ("hòa", "khỏe", "ủy") — but one document should use one. Reported once per document with the counts; the fix rewrites the words to the placement used more (the new one on a tie).',
    },
    source: 'Chính tả tiếng Việt: hai kiểu đặt dấu thanh',
    messages: {
      mixed: {
        vi: 'Văn bản dùng lẫn hai kiểu đặt dấu thanh: kiểu cũ {{old}} chữ ({{oldExamples}}) và kiểu mới {{new}} chữ ({{newExamples}}). Nên dùng thống nhất kiểu {{expected}}.',
        en: 'The document mixes tone-mark placements: old style {{old}} words ({{oldExamples}}), new style {{new}} words ({{newExamples}}). Use the {{expectedEn}} style throughout.',
      },
    },
  },
  check(ctx) {
    const seen: { p: Paragraph; offset: number; word: string; style: Style }[] = [];
    for (const p of ctx.model.paragraphs) {
      for (const piece of pieces(p)) {
        // Composed text: look only at words that can tell (most cannot); decomposed text word by word.
        const re = piece.text === piece.text.normalize('NFC') ? CANDIDATE_WORDS : WORDS;
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(piece.text))) {
          const style = placement(m[0]);
          if (style) seen.push({ p, offset: piece.offset + m.index, word: m[0], style });
        }
      }
    }
    const count = (s: Style) => seen.filter((w) => w.style === s).length;
    const old = count('old');
    const neu = count('new');
    if (!old || !neu) return;
    const target: Style = old > neu ? 'old' : 'new';
    const examples = (s: Style) => [...new Set(seen.filter((w) => w.style === s).map((w) => w.word.normalize('NFC').toLowerCase()))].slice(0, EXAMPLES).join(', ');
    const minority = seen.filter((w) => w.style !== target);
    const ops: FixOp[] = [];
    const byParagraph = new Map<Paragraph, TextEdit[]>();
    for (const w of minority) {
      const list = byParagraph.get(w.p) ?? [];
      list.push({ offset: w.offset, length: w.word.length, text: toPlacement(w.word, target) });
      byParagraph.set(w.p, list);
    }
    for (const [p, edits] of byParagraph) for (const g of groupEdits(p, edits)) ops.push(g.op);
    const first = minority[0]!;
    ctx.report({
      messageId: 'mixed',
      data: {
        old,
        new: neu,
        oldExamples: examples('old'),
        newExamples: examples('new'),
        expected: target === 'new' ? 'mới (hòa, ủy)' : 'cũ (hoà, uỷ)',
        expectedEn: target === 'new' ? 'new (hòa, ủy)' : 'old (hoà, uỷ)',
      },
      paragraph: first.p,
      offset: first.offset,
      length: first.word.length,
      expected: toPlacement(first.word, target),
      actual: first.word,
      fix: { kind: 'safe', ops },
    });
  },
});
