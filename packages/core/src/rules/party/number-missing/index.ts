import { defineRule } from '../../../engine/define.js';
import { firstOf } from '../../shared/anatomy.js';
import { typeNameDef } from '../../shared/doctype.js';

/** Số và ký hiệu văn bản (ô số 3). */
export default defineRule({
  meta: {
    id: 'party/number-missing',
    component: 'number',
    severity: 'error',
    fixable: false,
    title: { vi: 'Thiếu số và ký hiệu văn bản', en: 'Missing number and symbol' },
    description: {
      vi: 'Số và ký hiệu văn bản (ví dụ «Số 15-HD/TU») đặt cân đối dưới tên cơ quan ban hành.',
      en: 'The number and symbol (e.g. "Số 15-HD/TU") stand centred under the issuing body.',
    },
    source: 'HD 36 §1.3',
    messages: {
      missing: {
        vi: 'Không thấy số và ký hiệu văn bản (ô số 3) dưới tên cơ quan ban hành. Ghi «Số …-{{symbol}}/…» (ví dụ «Số 15-HD/TU») dưới dấu sao; bản dự thảo có thể để trống số: «Số    -{{symbol}}/…».',
        en: 'No number and symbol (box 3) under the issuing body. Write "Số …-{{symbol}}/…" (e.g. "Số 15-HD/TU") under the star; a draft may leave the number blank: "Số    -{{symbol}}/…".',
      },
    },
  },
  check(ctx) {
    if (firstOf(ctx.anatomy, 'number')) return;
    if (!ctx.anatomy.headerFound) return ctx.note('header block not recognised; staying silent');
    const def = typeNameDef(ctx.anatomy, ctx.profile);
    // Types the profile lists without a symbol (Cương lĩnh, Điều lệ, Tuyên bố …) are not numbered in practice.
    if (def && def.symbols.length === 0) return ctx.note(`"${def.name}" is not numbered; staying silent`);
    const anchor = firstOf(ctx.anatomy, 'star') ?? firstOf(ctx.anatomy, 'issuer') ?? firstOf(ctx.anatomy, 'partyHeader') ?? firstOf(ctx.anatomy, 'placeDate');
    const symbol = def?.symbols[0] ?? ctx.anatomy.documentType?.code ?? '…';
    ctx.report({ messageId: 'missing', data: { symbol }, paragraph: anchor?.paragraph ?? null, component: 'number', expected: `Số …-${symbol}/…`, actual: null });
  },
});
