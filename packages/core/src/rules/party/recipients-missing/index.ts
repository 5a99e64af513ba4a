import { defineRule } from '../../../engine/define.js';
import { componentsOf, firstOf } from '../../shared/anatomy.js';

/** Nơi nhận văn bản (ô số 9). */
export default defineRule({
  meta: {
    id: 'party/recipients-missing',
    component: 'recipientsLabel',
    severity: 'error',
    fixable: false,
    title: { vi: 'Thiếu nơi nhận', en: 'Missing recipients' },
    description: {
      vi: 'Cuối văn bản, góc trái, ngang phần ký, có từ «Nơi nhận:» và danh sách nơi nhận. Biên bản không cần nơi nhận (cuối biên bản là chữ ký của chủ trì và thư ký).',
      en: 'At the lower left, level with the signature block, the label "Nơi nhận:" and the list of recipients. Not required in a biên bản (its footer holds the signatures of the chair and the secretary).',
    },
    source: 'HD 36 §1.9',
    messages: {
      missing: {
        vi: 'Không thấy phần nơi nhận (ô số 9). Thêm «Nơi nhận:» và danh sách nơi nhận ở góc trái, ngang phần ký.',
        en: 'No recipients (box 9). Add "Nơi nhận:" and the list of recipients at the lower left, level with the signature block.',
      },
      empty: {
        vi: 'Sau «{{actual}}» không có nơi nhận nào. Liệt kê các nơi nhận, mỗi nơi một dòng, dòng cuối là nơi lưu văn bản.',
        en: 'No recipient is listed after "{{actual}}". List the recipients one per line, the archive line last.',
      },
    },
  },
  check(ctx) {
    const { anatomy } = ctx;
    if (!anatomy.headerFound) return ctx.note('header block not recognised; staying silent');
    // Biên bản: the chair and the secretary sign instead (HD 36 §1.7.2); no recipients required.
    if (anatomy.documentType?.code === 'BB') return;
    const signature = [...componentsOf(anatomy, 'signatureAuthority'), ...componentsOf(anatomy, 'signaturePosition'), ...componentsOf(anatomy, 'signatureName')];
    const label = firstOf(anatomy, 'recipientsLabel');
    if (!label) {
      // Without a recognised signature block the footer is unknown: the recipients may be there unseen.
      if (!signature.length) return ctx.note('no signature block recognised; recipients not judged');
      const anchor = signature.sort((a, b) => a.paragraph.id - b.paragraph.id)[0]!;
      ctx.report({ messageId: 'missing', paragraph: anchor.paragraph, expected: 'Nơi nhận:', actual: null });
      return;
    }
    if (!componentsOf(anatomy, 'recipientsItem').length) {
      ctx.report({
        messageId: 'empty',
        data: { actual: label.text },
        paragraph: label.paragraph,
        offset: label.offset,
        length: label.length,
        expected: '- …,',
        actual: null,
      });
    }
  },
});
