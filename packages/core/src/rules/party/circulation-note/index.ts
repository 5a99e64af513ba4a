import type { Component } from '../../../anatomy/types.js';
import { isNoPublicationNote } from '../../../anatomy/patterns.js';
import { defineRule } from '../../../engine/define.js';
import { componentsOf } from '../../shared/anatomy.js';
import { before, column } from '../../shared/position.js';
import { checkTypography, typographyMessages } from '../../shared/typography.js';

const NAME = { vi: 'Chỉ dẫn phạm vi lưu hành', en: 'The circulation note' };
const SIGNATURE = ['signatureAuthority', 'signaturePosition', 'signatureName'] as const;

/** Chỉ dẫn về phạm vi lưu hành (ô số 11a). */
export default defineRule({
  meta: {
    id: 'party/circulation-note',
    component: 'circulationNote',
    severity: 'error',
    fixable: 'safe',
    title: { vi: 'Chỉ dẫn phạm vi lưu hành', en: 'Circulation note' },
    description: {
      vi: 'Chỉ dẫn phạm vi lưu hành («TÀI LIỆU THU HỒI», «XONG HỘI NGHỊ TRẢ LẠI», «LƯU HÀNH NỘI BỘ» …) viết chữ in hoa, cỡ 12, đứng, đậm, ở góc phải trang đầu (ô số 11a). Riêng chỉ dẫn «Không phổ biến trên các phương tiện thông tin đại chúng» trình bày chính giữa, dưới quyền hạn, chức vụ, họ tên và chữ ký của người ký.',
      en: 'Circulation notes ("TÀI LIỆU THU HỒI", "XONG HỘI NGHỊ TRẢ LẠI", "LƯU HÀNH NỘI BỘ" …) are upper case, 12 pt, upright, bold, at the top right of the first page (box 11a). The note "Không phổ biến trên các phương tiện thông tin đại chúng" is centred below the signing authority, position, name and signature instead.',
    },
    source: 'HD 36 §2.2, Phụ lục 3',
    messages: {
      ...typographyMessages,
      topRight: {
        vi: 'Chỉ dẫn phạm vi lưu hành «{{actual}}» trình bày ở góc phải trang đầu, phía trên tiêu đề.',
        en: 'The circulation note "{{actual}}" stands at the top right of the first page, above the header.',
      },
      belowSignature: {
        vi: 'Chỉ dẫn «{{actual}}» trình bày chính giữa, phía dưới chữ ký và họ tên người ký, không ở đầu văn bản.',
        en: 'The note "{{actual}}" is centred below the signature and the signer\'s name, not at the top.',
      },
      centred: {
        vi: 'Chỉ dẫn «{{actual}}» dưới chữ ký phải căn giữa.',
        en: 'The note "{{actual}}" under the signature is centred.',
      },
    },
  },
  check(ctx) {
    const signature = ctx.anatomy.components.filter((c) => (SIGNATURE as readonly string[]).includes(c.kind));
    const firstBody = ctx.anatomy.components.find((c) => c.kind === 'body' || c.kind === 'basis' || c.kind === 'heading');
    const lastSignature = signature[signature.length - 1];
    const report = (c: Component, messageId: 'topRight' | 'belowSignature' | 'centred', expected: string, align: 'center' | 'right' | null = null) =>
      ctx.report({
        messageId,
        data: { actual: c.text },
        paragraph: c.paragraph,
        offset: c.offset,
        length: c.length,
        expected,
        actual: c.text,
        ...(align ? { fix: { kind: 'safe' as const, ops: [{ op: 'setParagraphProps' as const, paragraph: c.paragraph.id, props: { alignment: align } }] } } : {}),
      });
    for (const c of componentsOf(ctx.anatomy, 'circulationNote')) {
      if (isNoPublicationNote(c.text)) {
        if (!lastSignature || before(c, lastSignature)) report(c, 'belowSignature', 'dưới chữ ký, chính giữa');
        else if (canAlign(c) && c.paragraph.props.alignment !== 'center') report(c, 'centred', 'center', 'center');
      } else if (firstBody && before(firstBody, c)) {
        // After the body (in the footer): not the top of the first page.
        report(c, 'topRight', 'góc phải trang đầu');
      } else if (column(c) === 'left') {
        report(c, 'topRight', 'góc phải trang đầu', canAlign(c) ? 'right' : null);
      }
      if (ctx.model.capabilities.typography) checkTypography(ctx, c, ctx.profile.typography.circulationNote, NAME);
    }
  },
});

/** A paragraph of its own, outside tables and tab layouts: its alignment can be set. */
function canAlign(c: Component): boolean {
  return !c.paragraph.table && !c.paragraph.textBox && !c.paragraph.text.includes('\t');
}
