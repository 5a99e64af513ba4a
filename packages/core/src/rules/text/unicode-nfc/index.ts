import { defineRule } from '../../../engine/define.js';
import { groupEdits, pieces, type TextEdit } from '../../shared/edits.js';

/** A base character with its combining marks; decomposed when NFC composes it into fewer code points. */
const CLUSTER = /\P{M}\p{M}+/gu;

/** The word (letters and marks) around `index`. */
function wordAt(text: string, index: number): string {
  let a = index;
  let b = index;
  while (a > 0 && /[\p{L}\p{M}]/u.test(text[a - 1]!)) a--;
  while (b < text.length && /[\p{L}\p{M}]/u.test(text[b]!)) b++;
  return text.slice(a, b);
}

/** Unicode dựng sẵn (NFC): không dùng dấu tổ hợp rời. */
export default defineRule({
  meta: {
    id: 'text/unicode-nfc',
    component: 'document',
    severity: 'warning',
    fixable: 'safe',
    title: { vi: 'Unicode dựng sẵn (NFC)', en: 'Precomposed Unicode (NFC)' },
    description: {
      vi: 'Chữ tiếng Việt dùng ký tự Unicode dựng sẵn (chuẩn hóa NFC, TCVN 6909:2001). Chữ có dấu tổ hợp rời (gõ bằng bảng mã «Unicode tổ hợp», hoặc dán từ PDF, máy Mac) trông giống nhưng khác mã: tìm kiếm, sắp xếp, kiểm tra chính tả và so sánh văn bản đều sai. Sửa tự động: chuẩn hóa NFC.',
      en: 'Vietnamese text uses precomposed Unicode characters (NFC, TCVN 6909:2001). Letters built from combining marks (typed with a "composite Unicode" input method, or pasted from a PDF or a Mac) look the same but differ: search, sorting, spell-checking and comparison break. The fix normalises to NFC.',
    },
    source: 'TCVN 6909:2001; HD 36 §4.1',
    messages: {
      decomposed: {
        vi: 'Đoạn văn có {{count}} chữ dùng dấu tổ hợp rời (Unicode tổ hợp), ví dụ «{{word}}». Dùng Unicode dựng sẵn: chuyển mã bằng Unikey (Unicode tổ hợp → Unicode) hoặc gõ lại với bảng mã Unicode dựng sẵn.',
        en: 'The paragraph has {{count}} letters built from combining marks (decomposed Unicode), e.g. "{{word}}". Use precomposed Unicode: convert with Unikey (composite Unicode → Unicode) or retype with precomposed Unicode.',
      },
    },
  },
  check(ctx) {
    for (const p of ctx.model.paragraphs) {
      if (p.text === p.text.normalize('NFC')) continue;
      const edits: TextEdit[] = [];
      let count = 0;
      let firstWord: string | null = null;
      let fixable = true;
      for (const piece of pieces(p)) {
        CLUSTER.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = CLUSTER.exec(piece.text))) {
          const nfc = m[0].normalize('NFC');
          if (nfc === m[0]) continue;
          count++;
          edits.push({ offset: piece.offset + m.index, length: m[0].length, text: nfc });
          firstWord ??= wordAt(piece.text, m.index).normalize('NFC');
        }
        // A combining mark at the start of a run belongs to the previous run's last letter: it composes
        // across runs, which one text replacement per run cannot do.
        if (/^\p{M}/u.test(piece.text) && piece.offset > 0 && piece.text !== p.text) fixable = false;
      }
      if (!edits.length) {
        // Only marks split across runs: report without a fix.
        count = 1;
        fixable = false;
      }
      const groups = groupEdits(p, edits);
      const first = groups[0];
      const word = firstWord ?? p.text.normalize('NFC').slice(0, 20);
      ctx.report({
        messageId: 'decomposed',
        data: { count, word },
        paragraph: p,
        ...(first ? { offset: first.offset, length: first.length } : {}),
        expected: word,
        actual: word.normalize('NFD'),
        ...(fixable && groups.length ? { fix: { kind: 'safe' as const, ops: groups.map((g) => g.op) } } : {}),
      });
    }
  },
});
