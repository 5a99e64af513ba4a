import { defineRule } from '../../../engine/define.js';
import { fold } from '../../../text.js';
import { componentsOf } from '../../shared/anatomy.js';

/** Họ tên người ký: không ghi học hàm, học vị, quân hàm, danh hiệu phía trước (HD 36 §1.7.1). */
export default defineRule({
  meta: {
    id: 'party/signature-name',
    component: 'signatureName',
    severity: 'error',
    fixable: 'safe',
    title: { vi: 'Họ tên người ký không kèm học hàm, quân hàm', en: 'Signer’s name without titles or ranks' },
    description: {
      vi: 'Họ tên người ký ghi đầy đủ họ và tên; không ghi học hàm, học vị, quân hàm, danh hiệu … trước họ tên (TS., ThS., PGS., GS., Đại tá …).',
      en: 'The signer’s full name stands alone: no academic title, degree, military rank or honorific in front of it (TS., ThS., PGS., GS., Đại tá …).',
    },
    source: 'HD 36 §1.7.1',
    messages: {
      title: {
        vi: 'Trước họ tên người ký có «{{title}}» (học hàm, học vị, quân hàm hoặc danh hiệu). Chỉ ghi họ tên: «{{expected}}».',
        en: '"{{title}}" (a title, degree, rank or honorific) stands before the signer’s name. Write the name only: "{{expected}}".',
      },
    },
  },
  check(ctx) {
    const titles = [...((ctx.options.titles as string[] | undefined) ?? [])].sort((a, b) => b.length - a.length);
    if (!titles.length) return ctx.note('no titles in the profile');
    for (const c of componentsOf(ctx.anatomy, 'signatureName')) {
      const text = c.text;
      // Titles may be stacked ("Đại tá, TS."): take them all off the front.
      let pos = 0;
      for (;;) {
        const t = titles.find((t) => {
          if (fold(text.slice(pos, pos + t.length)) !== fold(t)) return false;
          const next = text.charAt(pos + t.length);
          return t.endsWith('.') ? next !== '' : /[\s,]/u.test(next);
        });
        if (!t) break;
        pos += t.length;
        pos += /^[\s,]*/u.exec(text.slice(pos))![0].length;
      }
      const name = text.slice(pos);
      // Nothing left that reads as a name: not ours to cut.
      if (pos === 0 || !/\p{Lu}\p{Ll}/u.test(name)) continue;
      const title = text.slice(0, pos).replace(/[\s,]+$/u, '');
      ctx.report({
        messageId: 'title',
        data: { title, expected: name },
        paragraph: c.paragraph,
        offset: c.offset,
        length: pos,
        expected: name,
        actual: text,
        fix: { kind: 'safe', ops: [{ op: 'replaceText', paragraph: c.paragraph.id, offset: c.offset, length: pos, text: '' }] },
      });
    }
  },
});
