import { defineRule } from '../../../engine/define.js';
import { componentsOf } from '../../shared/anatomy.js';

/** Quyền hạn, chức vụ, họ tên và chữ ký của người có thẩm quyền (ô số 7). */
export default defineRule({
  meta: {
    id: 'party/signature-missing',
    component: 'signatureName',
    severity: 'error',
    fixable: false,
    title: { vi: 'Thiếu phần ký', en: 'Missing signature block' },
    description: {
      vi: 'Cuối văn bản, góc phải, có phần ký: quyền hạn và/hoặc chức vụ, chỗ ký, họ tên người ký. Biên bản có hai phần ký: người chủ trì (bên phải) và thư ký/người ghi biên bản (bên trái).',
      en: 'After the body, at the lower right, a signature block: authority and/or position, space for the signature, the full name. A biên bản has two: the chair (right) and the secretary or recorder (left).',
    },
    source: 'HD 36 §1.7',
    messages: {
      missing: {
        vi: 'Không thấy phần ký ở cuối văn bản (ô số 7): quyền hạn, chức vụ và họ tên người ký. Thêm phần ký ở góc phải, dưới nội dung văn bản.',
        en: 'No signature block at the end of the document (box 7): authority, position and the signer\'s name. Add it at the lower right, under the body.',
      },
      nameMissing: {
        vi: 'Phần ký có «{{actual}}» nhưng không thấy họ tên người ký (ô số 7b). Ghi đầy đủ họ tên người ký dưới chỗ ký.',
        en: 'The signature block has "{{actual}}" but no signer\'s name (box 7b). Write the signer\'s full name under the space for the signature.',
      },
      secondMissing: {
        vi: 'Biên bản phải có hai phần ký: người chủ trì (bên phải) và thư ký hoặc người ghi biên bản (bên trái); chỉ thấy {{found}} phần ký có họ tên. Thêm phần ký còn thiếu.',
        en: 'A biên bản carries two signature blocks: the chair (right) and the secretary or recorder (left); found {{found}} with a name. Add the missing block.',
      },
    },
  },
  check(ctx) {
    const { anatomy } = ctx;
    // Without a recognised header this may not be a Party document at all.
    if (!anatomy.headerFound) return ctx.note('header block not recognised; staying silent');
    const lines = [...componentsOf(anatomy, 'signatureAuthority'), ...componentsOf(anatomy, 'signaturePosition')].sort(
      (a, b) => a.paragraph.id - b.paragraph.id || a.offset - b.offset,
    );
    const names = componentsOf(anatomy, 'signatureName');
    if (!lines.length && !names.length) {
      const lastBody = anatomy.body.at(-1);
      const paragraph = lastBody !== undefined ? (ctx.model.paragraphs[lastBody - 1] ?? null) : null;
      ctx.report({ messageId: 'missing', paragraph, expected: 'quyền hạn, chức vụ, họ tên người ký', actual: null });
      return;
    }
    if (!names.length) {
      const last = lines.at(-1)!;
      const actual = lines.map((c) => c.text).join(' / ');
      ctx.report({
        messageId: 'nameMissing',
        data: { actual },
        paragraph: last.paragraph,
        offset: last.offset,
        length: last.length,
        component: 'signatureName',
        expected: 'họ và tên người ký',
        actual,
      });
      return;
    }
    // Biên bản: the chair and the secretary sign (HD 36 §1.7.2).
    if (anatomy.documentType?.code === 'BB' && names.length < 2) {
      const c = names[0]!;
      ctx.report({
        messageId: 'secondMissing',
        data: { found: names.length },
        paragraph: c.paragraph,
        offset: c.offset,
        length: c.length,
        expected: '2',
        actual: String(names.length),
      });
    }
  },
});
