import { defineRule } from '../../../engine/define.js';
import { firstOf } from '../../shared/anatomy.js';

/** Tên cơ quan ban hành văn bản (ô số 2). */
export default defineRule({
  meta: {
    id: 'party/issuer-missing',
    component: 'issuer',
    severity: 'error',
    fixable: false,
    title: { vi: 'Thiếu tên cơ quan ban hành', en: 'Missing issuing body' },
    description: {
      vi: 'Tên cơ quan ban hành văn bản đặt ở góc trái, dòng đầu, ngang hàng với tiêu đề «ĐẢNG CỘNG SẢN VIỆT NAM».',
      en: 'The issuing body’s name stands at the top left, level with the Party header "ĐẢNG CỘNG SẢN VIỆT NAM".',
    },
    source: 'HD 36 §1.2',
    messages: {
      missing: {
        vi: 'Không thấy tên cơ quan ban hành văn bản (ô số 2) ở góc trái đầu trang. Ghi tên cơ quan ban hành bằng chữ in hoa ở góc trái, ngang hàng với tiêu đề «ĐẢNG CỘNG SẢN VIỆT NAM» (ví dụ «TỈNH ỦY LONG AN»).',
        en: 'No issuing body (box 2) at the top left of the first page. Write its name in upper case at the top left, level with the Party header (e.g. "TỈNH ỦY LONG AN").',
      },
    },
  },
  check(ctx) {
    if (firstOf(ctx.anatomy, 'issuer')) return;
    // A false "missing" on something that is not a Party document costs the checker its users: speak only
    // when the rest of the header block was recognised.
    if (!ctx.anatomy.headerFound) return ctx.note('header block not recognised; staying silent');
    const anchor = firstOf(ctx.anatomy, 'partyHeader') ?? firstOf(ctx.anatomy, 'number') ?? firstOf(ctx.anatomy, 'placeDate');
    ctx.report({ messageId: 'missing', paragraph: anchor?.paragraph ?? null, component: 'issuer', expected: null, actual: null });
  },
});
