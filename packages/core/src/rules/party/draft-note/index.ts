import { defineRule } from '../../../engine/define.js';
import { isUpper } from '../../../text.js';
import { componentsOf, firstOf } from '../../shared/anatomy.js';
import { before, sameColumn } from '../../shared/position.js';
import { checkTypography, typographyMessages } from '../../shared/typography.js';

const NAME = { vi: 'Chỉ dẫn dự thảo', en: 'The draft note' };

/** "Dự thảo lần 2": first letter upper case, the rest as written in lower case. */
function sentenceCase(text: string): string {
  const lower = text.toLocaleLowerCase('vi');
  const i = lower.search(/\p{L}/u);
  return i < 0 ? lower : lower.slice(0, i) + lower[i]!.toLocaleUpperCase('vi') + lower.slice(i + 1);
}

/** Chỉ dẫn về dự thảo văn bản (ô số 11b). */
export default defineRule({
  meta: {
    id: 'party/draft-note',
    component: 'draftNote',
    severity: 'error',
    fixable: 'safe',
    title: { vi: 'Chỉ dẫn dự thảo', en: 'Draft note' },
    description: {
      vi: 'Văn bản dự thảo nhiều lần ghi chỉ dẫn lần dự thảo, ví dụ «Dự thảo lần 2»: chữ in thường, cỡ 14, nghiêng, trình bày dưới số và ký hiệu văn bản (ô số 11b). Cỡ chữ lấy từ hồ sơ, khóa `draftNote`.',
      en: 'A draft revised several times carries a draft note such as "Dự thảo lần 2": normal case, 14 pt, italic, under the number and symbol (box 11b). Typography from the profile key `draftNote`.',
    },
    source: 'HD 36 §2.2, Phụ lục 3',
    messages: {
      ...typographyMessages,
      normalCase: {
        vi: 'Chỉ dẫn dự thảo viết chữ in thường: «{{expected}}», không «{{actual}}».',
        en: 'The draft note is written in normal case: "{{expected}}", not "{{actual}}".',
      },
      position: {
        vi: 'Chỉ dẫn dự thảo «{{actual}}» trình bày dưới số và ký hiệu văn bản «{{number}}» (cùng cột, ngay bên dưới), không ở góc phải hay đầu trang.',
        en: 'The draft note "{{actual}}" stands under the number and symbol "{{number}}" (same column, just below), not at the top right or the top of the page.',
      },
    },
  },
  check(ctx) {
    const number = firstOf(ctx.anatomy, 'number');
    for (const c of componentsOf(ctx.anatomy, 'draftNote')) {
      const capsRuns = c.runs.filter((r) => r.props.caps);
      if (isUpper(c.text)) {
        const expected = sentenceCase(c.text);
        ctx.report({
          messageId: 'normalCase',
          data: { expected, actual: c.text },
          paragraph: c.paragraph,
          offset: c.offset,
          length: c.length,
          expected,
          actual: c.text,
          fix: { kind: 'safe', ops: [{ op: 'replaceText', paragraph: c.paragraph.id, offset: c.offset, length: c.length, text: expected }] },
        });
      } else if (capsRuns.length && ctx.model.capabilities.typography) {
        const shown = c.text.toLocaleUpperCase('vi');
        ctx.report({
          messageId: 'normalCase',
          data: { expected: c.text, actual: shown },
          paragraph: c.paragraph,
          offset: c.offset,
          length: c.length,
          expected: c.text,
          actual: shown,
          fix: { kind: 'safe', ops: [{ op: 'setRunProps', paragraph: c.paragraph.id, runs: capsRuns.map((r) => r.index), props: { caps: false } }] },
        });
      }
      if (number && (before(c, number) || !sameColumn(c, number))) {
        ctx.report({ messageId: 'position', data: { actual: c.text, number: number.text }, paragraph: c.paragraph, offset: c.offset, length: c.length, expected: `dưới «${number.text}»`, actual: c.text });
      }
      if (ctx.model.capabilities.typography) checkTypography(ctx, c, ctx.profile.typography.draftNote, NAME);
    }
  },
});
