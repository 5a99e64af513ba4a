import { defineRule } from '../../../engine/define.js';
import { firstOf } from '../../shared/anatomy.js';

/** Địa danh và ngày, tháng, năm ban hành văn bản (ô số 4). */
export default defineRule({
  meta: {
    id: 'party/date-missing',
    component: 'placeDate',
    severity: 'error',
    fixable: false,
    title: { vi: 'Thiếu địa danh và ngày tháng năm ban hành', en: 'Missing place and date' },
    description: {
      vi: 'Địa danh và ngày, tháng, năm ban hành văn bản đặt dưới tiêu đề «ĐẢNG CỘNG SẢN VIỆT NAM».',
      en: 'The place and date of issue stand under the Party header "ĐẢNG CỘNG SẢN VIỆT NAM".',
    },
    source: 'HD 36 §1.4',
    messages: {
      missing: {
        vi: 'Không thấy địa danh và ngày, tháng, năm ban hành (ô số 4) dưới tiêu đề. Ghi «<Địa danh>, ngày … tháng … năm …» bằng chữ nghiêng, dưới tiêu đề «ĐẢNG CỘNG SẢN VIỆT NAM» (ví dụ «Hà Nội, ngày 03 tháng 02 năm 2018»).',
        en: 'No place and date of issue (box 4) under the Party header. Write "<Place>, ngày … tháng … năm …" in italics under the header (e.g. "Hà Nội, ngày 03 tháng 02 năm 2018").',
      },
    },
  },
  check(ctx) {
    if (firstOf(ctx.anatomy, 'placeDate')) return;
    if (!ctx.anatomy.headerFound) return ctx.note('header block not recognised; staying silent');
    const anchor = firstOf(ctx.anatomy, 'partyHeader') ?? firstOf(ctx.anatomy, 'number') ?? firstOf(ctx.anatomy, 'issuer');
    ctx.report({ messageId: 'missing', paragraph: anchor?.paragraph ?? null, component: 'placeDate', expected: '<Địa danh>, ngày … tháng … năm …', actual: null });
  },
});
