import { defineRule } from '../../../engine/define.js';
import { firstOf } from '../../shared/anatomy.js';

/** Tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM" (ô số 1). */
export default defineRule({
  meta: {
    id: 'party/party-header-missing',
    component: 'partyHeader',
    severity: 'error',
    fixable: false,
    title: { vi: 'Thiếu tiêu đề «ĐẢNG CỘNG SẢN VIỆT NAM»', en: 'Missing Party header' },
    description: {
      vi: 'Trang đầu có tiêu đề «ĐẢNG CỘNG SẢN VIỆT NAM» ở góc phải, ngang hàng với tên cơ quan ban hành.',
      en: 'The first page carries the header "ĐẢNG CỘNG SẢN VIỆT NAM" at the top right, level with the issuing body.',
    },
    source: 'HD 36 §1.1',
    messages: {
      missing: {
        vi: 'Không thấy tiêu đề «ĐẢNG CỘNG SẢN VIỆT NAM» ở đầu văn bản (ô số 1). Thêm tiêu đề ở góc phải trang đầu, ngang tên cơ quan ban hành.',
        en: 'No Party header "ĐẢNG CỘNG SẢN VIỆT NAM" at the top of the document (box 1). Add it at the top right of the first page, level with the issuing body.',
      },
    },
  },
  check(ctx) {
    if (firstOf(ctx.anatomy, 'partyHeader')) return;
    // Only speak when the rest of the header block was recognised: otherwise this may not be a Party document.
    if (!ctx.anatomy.headerFound) return ctx.note('header block not recognised; staying silent');
    const anchor = firstOf(ctx.anatomy, 'issuer') ?? firstOf(ctx.anatomy, 'number') ?? firstOf(ctx.anatomy, 'placeDate');
    ctx.report({ messageId: 'missing', paragraph: anchor?.paragraph ?? null, component: 'partyHeader', expected: 'ĐẢNG CỘNG SẢN VIỆT NAM', actual: null });
  },
});
