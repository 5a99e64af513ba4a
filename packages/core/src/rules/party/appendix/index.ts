import { startsNewPage } from '../../../anatomy/pages.js';
import { appendixLabel } from '../../../anatomy/patterns.js';
import type { Component } from '../../../anatomy/types.js';
import { defineRule } from '../../../engine/define.js';
import type { FixOp } from '../../../engine/types.js';
import { fold } from '../../../text.js';
import { componentsOf } from '../../shared/anatomy.js';

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

function romanValue(s: string): number | null {
  const t = s.toLowerCase();
  if (!/^[ivxlc]+$/.test(t)) return null;
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const v = ROMAN[t[i]!]!;
    const next = ROMAN[t[i + 1] ?? ''] ?? 0;
    n += v < next ? -v : v;
  }
  return n;
}

/** Phụ lục văn bản (HD 36 §4.5). */
export default defineRule({
  meta: {
    id: 'party/appendix',
    component: 'appendix',
    severity: 'error',
    fixable: 'safe',
    title: { vi: 'Phụ lục văn bản', en: 'Appendices' },
    description: {
      vi: 'Phụ lục trình bày trên trang giấy riêng; từ «Phụ lục» và số thứ tự của phụ lục thành một dòng riêng, căn giữa; tiêu đề của phụ lục ở dưới. Văn bản có từ hai phụ lục trở lên đánh số phụ lục bằng chữ số Ả-rập (Phụ lục 1, Phụ lục 2 …). Văn bản có phụ lục phải có chỉ dẫn về phụ lục trong nội dung.',
      en: 'An appendix starts on a page of its own; the word "Phụ lục" and its number stand on a line of their own, centred, with the appendix title below. With two or more appendices they are numbered in Arabic digits (Phụ lục 1, Phụ lục 2 …). The body refers to its appendices.',
    },
    source: 'HD 36 §4.5',
    messages: {
      newPage: {
        vi: '«{{actual}}» phải bắt đầu một trang mới. Đặt con trỏ trước chữ «Phụ lục» và chèn ngắt trang (Ctrl+Enter), hoặc bật «Page break before» cho đoạn này.',
        en: '"{{actual}}" starts a new page. Put the cursor before "Phụ lục" and insert a page break (Ctrl+Enter), or turn on "Page break before" for the paragraph.',
      },
      ownLine: {
        vi: 'Từ «Phụ lục» và số thứ tự trình bày thành một dòng riêng; tiêu đề «{{title}}» xuống dòng dưới.',
        en: '"Phụ lục" and its number stand on a line of their own; put the title "{{title}}" on the line below.',
      },
      centred: { vi: 'Dòng «{{actual}}» phải căn giữa.', en: 'The line "{{actual}}" is centred.' },
      number: {
        vi: 'Văn bản có {{count}} phụ lục: mỗi phụ lục ghi số thứ tự bằng chữ số Ả-rập — «{{expected}}».',
        en: 'The document has {{count}} appendices: each is numbered in Arabic digits — "{{expected}}".',
      },
      arabic: {
        vi: 'Số thứ tự phụ lục ghi bằng chữ số Ả-rập: «{{expected}}», không «{{actual}}».',
        en: 'Appendices are numbered in Arabic digits: "{{expected}}", not "{{actual}}".',
      },
      sequence: {
        vi: 'Số thứ tự phụ lục chưa liên tục: «{{actual}}» là phụ lục thứ {{position}}, phải là «{{expected}}».',
        en: 'Appendix numbers run in sequence: "{{actual}}" is appendix {{position}}, it should read "{{expected}}".',
      },
      title: {
        vi: '«{{actual}}» chưa có tiêu đề; tiêu đề phụ lục trình bày dưới dòng «Phụ lục».',
        en: '"{{actual}}" has no title; the appendix title goes under the "Phụ lục" line.',
      },
      reference: {
        vi: 'Văn bản có phụ lục nhưng nội dung chưa có chỉ dẫn về phụ lục (ví dụ «… tại Phụ lục kèm theo»).',
        en: 'The document has appendices but its body does not refer to them (e.g. "… in the attached appendix").',
      },
    },
  },
  check(ctx) {
    const parts = componentsOf(ctx.anatomy, 'appendix');
    const labels = parts.filter((c) => c.role === 'label');
    if (!labels.length) return;
    const count = labels.length;
    const at = (c: Component) => ({ paragraph: c.paragraph, offset: c.offset, length: c.length, actual: c.text });
    labels.forEach((c, k) => {
      const label = appendixLabel(c.text);
      if (!label) return;
      const index = c.paragraph.id - 1;
      if (!startsNewPage(ctx.model.paragraphs, index)) ctx.report({ messageId: 'newPage', data: { actual: c.text }, ...at(c), expected: 'trang mới' });
      if (label.rest) ctx.report({ messageId: 'ownLine', data: { title: label.rest }, ...at(c), expected: c.text.slice(0, c.text.length - label.rest.length).replace(/[\s.:–-]+$/u, '') });
      else if (!c.paragraph.table && !c.paragraph.text.includes('\t') && c.paragraph.props.alignment !== 'center') {
        ctx.report({
          messageId: 'centred',
          data: { actual: c.text },
          ...at(c),
          expected: 'center',
          fix: { kind: 'safe', ops: [{ op: 'setParagraphProps', paragraph: c.paragraph.id, props: { alignment: 'center' } }] },
        });
      }
      // The word as written ("Phụ lục", "PHỤ LỤC") is the first seven characters.
      const word = c.text.slice(0, 7);
      const expected = `${word} ${k + 1}`;
      if (count >= 2) {
        const numberAt = label.number === null ? -1 : c.text.indexOf(label.number, 7);
        const fix = (offset: number, length: number, text: string): { kind: 'safe'; ops: FixOp[] } => ({
          kind: 'safe',
          ops: [{ op: 'replaceText', paragraph: c.paragraph.id, offset: c.offset + offset, length, text }],
        });
        if (label.number === null) {
          ctx.report({ messageId: 'number', data: { count, expected }, ...at(c), expected, fix: fix(7, 0, ` ${k + 1}`) });
        } else if (!/^\d+$/.test(label.number)) {
          const value = romanValue(label.number);
          const arabic = `${word} ${value ?? k + 1}`;
          ctx.report({ messageId: 'arabic', data: { expected: arabic, actual: c.text }, ...at(c), expected: arabic, fix: fix(numberAt, label.number.length, String(value ?? k + 1)) });
        } else if (Number(label.number) !== k + 1) {
          ctx.report({ messageId: 'sequence', data: { actual: c.text, position: k + 1, expected }, ...at(c), expected, fix: fix(numberAt, label.number.length, String(k + 1)) });
        }
      }
      const next = labels[k + 1];
      const hasTitle = !!label.rest || parts.some((t) => t.role === 'title' && before(c, t) && (!next || before(t, next)));
      if (!hasTitle) ctx.report({ messageId: 'title', data: { actual: c.text }, ...at(c), expected: 'tiêu đề phụ lục' });
    });
    const body = new Set(ctx.anatomy.body);
    const referred = ctx.model.paragraphs.some((p) => body.has(p.id) && /phụ lục/u.test(fold(p.text)));
    if (!referred && ctx.anatomy.body.length) {
      const c = labels[0]!;
      ctx.report({ messageId: 'reference', ...at(c), expected: 'chỉ dẫn về phụ lục trong nội dung', severity: 'warning' });
    }
  },
});

function before(a: Component, b: Component): boolean {
  return a.paragraph.id < b.paragraph.id;
}
