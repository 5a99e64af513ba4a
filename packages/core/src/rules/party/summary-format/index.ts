import { defineRule } from '../../../engine/define.js';
import { fold, isUpper } from '../../../text.js';
import { componentsOf } from '../../shared/anatomy.js';
import { checkTypography, typographyMessages } from '../../shared/typography.js';

/** Trích yếu nội dung văn bản (ô số 5a; Phụ lục 3, mục 5). */
export default defineRule({
  meta: {
    id: 'party/summary-format',
    component: 'summary',
    severity: 'error',
    fixable: 'safe',
    title: { vi: 'Trình bày trích yếu nội dung', en: 'Summary typography' },
    description: {
      vi: 'Trích yếu nội dung đặt dưới tên loại văn bản, viết chữ in thường (chữ đầu viết thường, trừ danh từ riêng), cỡ 14–15, đứng, đậm, chính giữa.',
      en: 'The summary under the type name is in normal case (first letter lower case unless a proper noun), 14–15 pt, upright, bold, centred.',
    },
    source: 'HD 36 §1.5.2, Phụ lục 3',
    needsTypography: false,
    messages: {
      ...typographyMessages,
      allUpper: {
        vi: 'Trích yếu nội dung viết chữ in thường, không viết in hoa toàn bộ: «{{actual}}». Viết lại bằng chữ thường (giữ hoa cho danh từ riêng), ví dụ «về nhiệm vụ năm 2026».',
        en: 'The summary is written in normal case, not all capitals: "{{actual}}". Rewrite it in lower case (proper nouns keep their capitals), e.g. "về nhiệm vụ năm 2026".',
      },
      capitalised: {
        vi: 'Trích yếu nội dung bắt đầu bằng chữ thường (trừ danh từ riêng): «{{expected}}», không viết «{{actual}}».',
        en: 'The summary starts in lower case (unless with a proper noun): "{{expected}}", not "{{actual}}".',
      },
    },
  },
  check(ctx) {
    const lines = componentsOf(ctx.anatomy, 'summary');
    if (!lines.length) return;
    if (ctx.model.capabilities.typography) {
      for (const c of lines) checkTypography(ctx, c, ctx.profile.typography.summary, { vi: 'Trích yếu nội dung', en: 'The summary' });
    }
    // HD 36 §1.5.1: the author may stand between type name and summary in capitals ("CỦA BAN THƯỜNG VỤ …").
    const content = lines.filter((c) => !(isUpper(c.text) && /^của\s/u.test(fold(c.text))));
    const first = content[0];
    if (!first) return;
    const text = content.map((c) => c.text).join(' ');
    const capsOnly = !isUpper(text) && content.every((c) => c.runs.length > 0 && c.runs.every((r) => r.props.caps || !/\p{Ll}/u.test(r.text)));
    if (isUpper(text) || capsOnly) {
      ctx.report({
        messageId: 'allUpper',
        data: { actual: capsOnly ? text.toLocaleUpperCase('vi') : text },
        paragraph: first.paragraph,
        offset: first.offset,
        length: first.length,
        component: 'summary',
        expected: 'chữ in thường',
        actual: 'chữ in hoa',
        // Capitals from the "All caps" property come off safely; typed capitals need a person (proper nouns).
        ...(capsOnly
          ? { fix: { kind: 'safe' as const, ops: content.map((c) => ({ op: 'setRunProps' as const, paragraph: c.paragraph.id, runs: c.runs.map((r) => r.index), props: { caps: false } })) } }
          : {}),
      });
      return;
    }
    const words = ctx.options.lowercaseFirstWords;
    const list = Array.isArray(words) ? words.filter((w): w is string => typeof w === 'string').map(fold) : [];
    const head = fold(first.text);
    const word = list.find((w) => head === w || (head.startsWith(w) && /^[\s,;:.]/u.test(head.slice(w.length))));
    const ch = first.text[0] ?? '';
    if (word && /\p{Lu}/u.test(ch)) {
      const lower = ch.toLocaleLowerCase('vi');
      const actual = first.text.slice(0, word.length);
      const expected = lower + actual.slice(1);
      ctx.report({
        messageId: 'capitalised',
        data: { expected, actual },
        paragraph: first.paragraph,
        offset: first.offset,
        length: word.length,
        component: 'summary',
        expected,
        actual,
        fix: { kind: 'safe', ops: [{ op: 'replaceText', paragraph: first.paragraph.id, offset: first.offset, length: 1, text: lower }] },
      });
    }
  },
});
