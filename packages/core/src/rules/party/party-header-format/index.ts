import { defineRule } from '../../../engine/define.js';
import { stripDiacritics } from '../../../text.js';
import { componentsOf } from '../../shared/anatomy.js';
import { checkTypography, typographyMessages } from '../../shared/typography.js';

const EXACT = 'ĐẢNG CỘNG SẢN VIỆT NAM';

/** Tiêu đề: chữ in hoa, cỡ 15, đứng, đậm (Phụ lục 3, ô số 1). */
export default defineRule({
  meta: {
    id: 'party/party-header-format',
    component: 'partyHeader',
    severity: 'error',
    fixable: 'safe',
    title: { vi: 'Trình bày tiêu đề «ĐẢNG CỘNG SẢN VIỆT NAM»', en: 'Party header typography' },
    description: {
      vi: 'Tiêu đề viết đúng chữ «ĐẢNG CỘNG SẢN VIỆT NAM», chữ in hoa, cỡ 15, đứng, đậm.',
      en: 'The header reads exactly "ĐẢNG CỘNG SẢN VIỆT NAM", in upper case, 15 pt, upright, bold.',
    },
    source: 'HD 36 §1.1.2, Phụ lục 3',
    needsTypography: true,
    messages: {
      ...typographyMessages,
      diacritics: {
        vi: 'Tiêu đề phải viết đủ dấu: «{{expected}}», đang là «{{actual}}».',
        en: 'The header must carry its diacritics: "{{expected}}", found "{{actual}}".',
      },
    },
  },
  check(ctx) {
    const spec = ctx.profile.typography.partyHeader;
    for (const c of componentsOf(ctx.anatomy, 'partyHeader')) {
      const text = c.text.normalize('NFC').replace(/\s+/g, ' ');
      if (text.toLocaleUpperCase('vi') !== EXACT && stripDiacritics(text.toUpperCase()) === stripDiacritics(EXACT)) {
        ctx.report({
          messageId: 'diacritics',
          data: { expected: EXACT, actual: c.text },
          paragraph: c.paragraph,
          offset: c.offset,
          length: c.length,
          expected: EXACT,
          actual: c.text,
          fix: { kind: 'safe', ops: [{ op: 'replaceText', paragraph: c.paragraph.id, offset: c.offset, length: c.length, text: EXACT }] },
        });
      }
      checkTypography(ctx, c, spec, { vi: 'Tiêu đề «ĐẢNG CỘNG SẢN VIỆT NAM»', en: 'The Party header' });
    }
  },
});
