import { parseNumber } from '../../../anatomy/patterns.js';
import { defineRule } from '../../../engine/define.js';
import { firstOf } from '../../shared/anatomy.js';
import { typeNameDef } from '../../shared/doctype.js';

/** Ký hiệu tên loại văn bản trong số, ký hiệu (ô số 3) khớp với tên loại (ô số 5a). */
export default defineRule({
  meta: {
    id: 'party/number-type-mismatch',
    component: 'number',
    severity: 'error',
    fixable: false,
    title: { vi: 'Ký hiệu tên loại không khớp tên loại văn bản', en: 'Type symbol does not match the document type' },
    description: {
      vi: 'Ký hiệu tên loại trong số, ký hiệu văn bản phải đúng với tên loại văn bản: Nghị quyết NQ, Quyết định QĐ, Quy định QĐi, Chỉ thị CT, Chương trình CTr, Thông tri TT, Tờ trình TTr, Công văn CV …; các tên loại khác lấy chữ cái đầu các âm tiết.',
      en: 'The type symbol in the number matches the document type: Nghị quyết NQ, Quyết định QĐ, Quy định QĐi, Chỉ thị CT, Chương trình CTr, Thông tri TT, Tờ trình TTr, Công văn CV …; other types take the initials of their syllables.',
    },
    source: 'HD 36 §1.3.1 b',
    messages: {
      mismatch: {
        vi: 'Văn bản có tên loại «{{typeName}}» nhưng ký hiệu tên loại trong số là «{{actual}}»; ký hiệu đúng là «{{expected}}»{{others}}. Sửa ký hiệu trong «{{number}}» (hoặc tên loại, nếu tên loại sai).',
        en: 'The document is a "{{typeName}}" but the number’s type symbol is "{{actual}}"; the symbol is "{{expected}}"{{othersEn}}. Correct the symbol in "{{number}}" (or the type name, if that is the mistake).',
      },
    },
  },
  check(ctx) {
    const number = firstOf(ctx.anatomy, 'number');
    const typeName = firstOf(ctx.anatomy, 'typeName');
    if (!number || !typeName) return;
    const symbol = parseNumber(number.text)?.typeSymbol ?? null;
    if (!symbol) return ctx.note(`no type symbol in "${number.text}"`);
    const def = typeNameDef(ctx.anatomy, ctx.profile);
    if (!def) return ctx.note(`type name "${typeName.text}" is not a Party type of the profile`);
    // Types the profile gives no symbol (Tuyên bố would clash with Thông báo …) are not checked.
    if (def.symbols.length === 0 || def.symbols.includes(symbol)) return;
    const [expected, ...rest] = def.symbols;
    ctx.report({
      messageId: 'mismatch',
      data: {
        typeName: typeName.text,
        number: number.text,
        expected: expected!,
        actual: symbol,
        others: rest.length ? ` (hoặc ${rest.map((s) => `«${s}»`).join(', ')})` : '',
        othersEn: rest.length ? ` (or ${rest.map((s) => `"${s}"`).join(', ')})` : '',
      },
      paragraph: number.paragraph,
      offset: number.offset + Math.max(0, number.text.indexOf(symbol)),
      length: symbol.length,
      component: 'number',
      expected: expected!,
      actual: symbol,
    });
  },
});
