import { defineRule } from '../../../engine/define.js';
import { componentsOf } from '../../shared/anatomy.js';
import { checkTypography, typographyMessages } from '../../shared/typography.js';

const NAME = { vi: 'Thông tin liên hệ', en: 'The contact information' };

/** Thông tin liên hệ của cơ quan ban hành (ô số 13). */
export default defineRule({
  meta: {
    id: 'party/contact-info',
    component: 'contact',
    severity: 'warning',
    fixable: 'safe',
    title: { vi: 'Thông tin liên hệ', en: 'Contact information' },
    description: {
      vi: 'Thông tin liên hệ của cơ quan ban hành (địa chỉ, điện thoại, fax, thư điện tử, trang thông tin điện tử) trình bày ở trang cuối, dưới một đường kẻ nét liền kéo dài hết chiều ngang vùng trình bày; chữ in thường, cỡ 10, đứng (ô số 13). Cỡ chữ lấy từ hồ sơ, khóa `contact`.',
      en: 'The issuing body\'s contact information (address, phone, fax, email, website) stands on the last page under a solid line across the whole text width; normal case, 10 pt, upright (box 13). Typography from the profile key `contact`.',
    },
    source: 'HD 36 §2.4, Phụ lục 3',
    messages: {
      ...typographyMessages,
      line: {
        vi: 'Thông tin liên hệ phải nằm dưới một đường kẻ nét liền kéo dài hết chiều ngang vùng trình bày. Thêm đường kẻ (đường viền dưới của một đoạn trống, không thụt lề) ngay trên thông tin liên hệ.',
        en: 'Contact information stands under a solid line across the whole text width. Add the line (the bottom border of an empty, unindented paragraph) right above it.',
      },
      lineWidth: {
        vi: 'Đường kẻ trên thông tin liên hệ phải kéo dài hết chiều ngang vùng trình bày; đoạn kẻ đang thụt lề {{actual}}. Bỏ thụt lề của đoạn đó.',
        en: 'The line above the contact information spans the whole text width; its paragraph is indented {{actual}}. Remove the indents.',
      },
    },
  },
  check(ctx) {
    const parts = componentsOf(ctx.anatomy, 'contact');
    const text = parts.filter((c) => c.role !== 'line');
    if (!text.length) return;
    const line = parts.find((c) => c.role === 'line');
    const first = text[0]!;
    if (!line) {
      ctx.report({ messageId: 'line', paragraph: first.paragraph, offset: first.offset, length: first.length, expected: 'đường kẻ hết chiều ngang', actual: 'không có đường kẻ' });
    } else if (!line.text) {
      const tol = Number(ctx.options.lineIndentToleranceMm ?? 5);
      const { indentLeftMm, indentRightMm } = line.paragraph.props;
      if (line.paragraph.table || indentLeftMm + indentRightMm > tol) {
        const actual = line.paragraph.table ? 'trong ô bảng' : `trái ${indentLeftMm.toFixed(1)} mm, phải ${indentRightMm.toFixed(1)} mm`;
        ctx.report({ messageId: 'lineWidth', data: { actual }, paragraph: line.paragraph, expected: 'hết chiều ngang', actual });
      }
    }
    if (ctx.model.capabilities.typography) for (const c of text) checkTypography(ctx, c, ctx.profile.typography.contact, NAME);
  },
});
