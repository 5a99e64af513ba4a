import { parseNumber } from '../../../anatomy/patterns.js';
import { defineRule } from '../../../engine/define.js';
import { firstOf } from '../../shared/anatomy.js';
import { symbolDef } from '../../shared/doctype.js';

/** Tên loại văn bản (ô số 5a). */
export default defineRule({
  meta: {
    id: 'party/type-name-missing',
    component: 'typeName',
    severity: 'error',
    fixable: false,
    title: { vi: 'Thiếu tên loại văn bản', en: 'Missing document type name' },
    description: {
      vi: 'Mọi văn bản, trừ công văn, đều ghi tên loại văn bản (NGHỊ QUYẾT, BÁO CÁO …) trên một dòng riêng, chính giữa, dưới phần đầu văn bản.',
      en: 'Every document except a công văn carries its type name (NGHỊ QUYẾT, BÁO CÁO …) on a line of its own, centred, below the header block.',
    },
    source: 'HD 36 §1.5',
    messages: {
      missing: {
        vi: 'Không thấy dòng tên loại văn bản{{hint}}. Trừ công văn, mọi văn bản phải ghi tên loại trên một dòng riêng, chữ in hoa, đậm, chính giữa, dưới phần đầu văn bản; trích yếu nội dung đặt ngay dưới.',
        en: 'No document type name line{{hintEn}}. Every document except a công văn has its type name on a line of its own, upper case, bold, centred, below the header block, with the summary right under it.',
      },
    },
  },
  check(ctx) {
    if (firstOf(ctx.anatomy, 'typeName')) return;
    if (!ctx.anatomy.headerFound) return ctx.note('header block not recognised; staying silent');
    const number = firstOf(ctx.anatomy, 'number');
    const symbol = number ? (parseNumber(number.text)?.typeSymbol ?? null) : null;
    const def = symbolDef(ctx.profile, symbol);
    // A công văn has no type name (its summary sits under the number, ô 5b).
    if (def?.noTypeName) return;
    if (!def && firstOf(ctx.anatomy, 'cvSummary')) return ctx.note('no type symbol, but a công văn summary under the number; staying silent');
    const expected = def ? def.name.toLocaleUpperCase('vi') : null;
    const anchor =
      ctx.anatomy.components.find((c) => ['kinhGui', 'basis', 'heading', 'body'].includes(c.kind)) ?? number ?? firstOf(ctx.anatomy, 'placeDate');
    ctx.report({
      messageId: 'missing',
      data: {
        hint: expected && symbol ? ` (ký hiệu «${symbol}» trong số là của «${expected}»)` : '',
        hintEn: expected && symbol ? ` (the number’s symbol "${symbol}" stands for "${expected}")` : '',
        expected: expected ?? '',
      },
      paragraph: anchor?.paragraph ?? null,
      component: 'typeName',
      expected,
      actual: null,
    });
  },
});
