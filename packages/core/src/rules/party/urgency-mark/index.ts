import { defineRule } from '../../../engine/define.js';
import { fold } from '../../../text.js';
import { componentsOf, firstOf } from '../../shared/anatomy.js';
import { before, sameColumn } from '../../shared/position.js';
import { checkTypography, typographyMessages } from '../../shared/typography.js';

const NAME = { vi: 'Dấu chỉ mức độ khẩn', en: 'The urgency mark' };

/** Dấu chỉ mức độ khẩn (ô số 10b). */
export default defineRule({
  meta: {
    id: 'party/urgency-mark',
    component: 'urgencyMark',
    severity: 'error',
    fixable: 'safe',
    title: { vi: 'Dấu chỉ mức độ khẩn', en: 'Urgency mark' },
    description: {
      vi: 'Dấu chỉ mức độ khẩn là một trong «KHẨN», «THƯỢNG KHẨN», «HỎA TỐC» (đặt dấu kiểu cũ hay mới đều được), chữ in hoa, cỡ 14, đứng, đậm; trình bày dưới số và ký hiệu văn bản, dưới dấu chỉ mức độ mật nếu có (ô số 10b). Danh sách lấy từ hồ sơ (`rules["party/urgency-mark"].marks`), cỡ chữ từ khóa `urgencyMark`.',
      en: 'The urgency mark is one of "KHẨN", "THƯỢNG KHẨN", "HỎA TỐC" (either tone placement), upper case, 14 pt, upright, bold; it stands under the number and symbol, below the secrecy mark if any (box 10b). The list comes from the profile (`rules["party/urgency-mark"].marks`), the typography from key `urgencyMark`.',
    },
    source: 'HD 36 §2.1, Phụ lục 3',
    messages: {
      ...typographyMessages,
      unknown: {
        vi: 'Dấu chỉ mức độ khẩn «{{actual}}» không có trong hướng dẫn; chỉ dùng một trong: {{expected}}.',
        en: 'The urgency mark "{{actual}}" is not one of the guideline\'s; use one of: {{expected}}.',
      },
      position: {
        vi: 'Dấu chỉ mức độ khẩn «{{actual}}» phải trình bày dưới số và ký hiệu văn bản «{{number}}» (cùng cột, ngay bên dưới). Chuyển dấu xuống dưới dòng số và ký hiệu.',
        en: 'The urgency mark "{{actual}}" stands under the number and symbol "{{number}}" (same column, just below). Move it below the number line.',
      },
      belowSecrecy: {
        vi: 'Dấu chỉ mức độ khẩn «{{actual}}» trình bày dưới dấu chỉ mức độ mật «{{secrecy}}».',
        en: 'The urgency mark "{{actual}}" stands below the secrecy mark "{{secrecy}}".',
      },
    },
  },
  check(ctx) {
    const marks = ((ctx.options.marks as string[] | undefined) ?? ['Khẩn', 'Thượng khẩn', 'Hỏa tốc']).map((m) => m.toLocaleUpperCase('vi'));
    const allowed = new Set(marks.map(fold));
    const number = firstOf(ctx.anatomy, 'number');
    const secrecy = componentsOf(ctx.anatomy, 'secrecyMark');
    for (const c of componentsOf(ctx.anatomy, 'urgencyMark')) {
      if (!allowed.has(fold(c.text))) {
        ctx.report({ messageId: 'unknown', data: { actual: c.text, expected: marks.join(', ') }, paragraph: c.paragraph, offset: c.offset, length: c.length, expected: marks.join(', '), actual: c.text });
      }
      if (number && (before(c, number) || !sameColumn(c, number))) {
        ctx.report({ messageId: 'position', data: { actual: c.text, number: number.text }, paragraph: c.paragraph, offset: c.offset, length: c.length, expected: `dưới «${number.text}»`, actual: c.text });
      } else {
        const above = secrecy.find((s) => before(c, s) && sameColumn(c, s));
        if (above) ctx.report({ messageId: 'belowSecrecy', data: { actual: c.text, secrecy: above.text }, paragraph: c.paragraph, offset: c.offset, length: c.length, expected: `dưới «${above.text}»`, actual: c.text });
      }
      if (ctx.model.capabilities.typography) checkTypography(ctx, c, ctx.profile.typography.urgencyMark, NAME);
    }
  },
});
