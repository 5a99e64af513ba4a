import { parseNumber } from '../../../anatomy/patterns.js';
import { defineRule } from '../../../engine/define.js';
import { fold, isUpper } from '../../../text.js';
import { componentsOf } from '../../shared/anatomy.js';
import { checkTypography, typographyMessages } from '../../shared/typography.js';

const KIND = { vi: 'Chỉ dẫn loại bản sao', en: 'The copy kind' };
const NUMBER = { vi: 'Số và ký hiệu bản sao', en: 'The copy number' };

/** Thể thức bản sao (HD 36 §3, ô số 14–20). */
export default defineRule({
  meta: {
    id: 'party/copy-format',
    component: 'copyBlock',
    severity: 'error',
    fixable: 'safe',
    title: { vi: 'Thể thức bản sao', en: 'Copy block' },
    description: {
      vi: 'Các thành phần thể thức bản sao trình bày ở cuối văn bản cần sao, ngăn cách bằng một đường kẻ nét liền hết chiều ngang vùng trình bày. Chỉ dẫn loại bản sao là «SAO Y BẢN CHÍNH», «SAO LỤC» hoặc «TRÍCH SAO», chữ in hoa, cỡ 14, đứng, đậm, ở góc phải ngang tên cơ quan sao; số và ký hiệu bản sao dạng «Số 24-BS/UBKTTU» (ký hiệu bản sao là «BS»), cỡ 14, đứng.',
      en: 'The copy components stand at the end of the copied text, separated from it by a solid line across the whole text width. The copy kind is "SAO Y BẢN CHÍNH", "SAO LỤC" or "TRÍCH SAO", upper case, 14 pt, upright, bold, at the top right level with the copying body; the copy number reads "Số 24-BS/UBKTTU" (copy symbol "BS"), 14 pt upright.',
    },
    source: 'HD 36 §3.3, Phụ lục 2, Phụ lục 3',
    messages: {
      ...typographyMessages,
      line: {
        vi: 'Phần thể thức bản sao phải ngăn cách với văn bản được sao bằng một đường kẻ nét liền hết chiều ngang vùng trình bày. Thêm đường kẻ (đường viền dưới của một đoạn trống, không thụt lề) ngay trên tên cơ quan sao.',
        en: 'The copy components are separated from the copied text by a solid line across the whole text width. Add the line (the bottom border of an empty, unindented paragraph) right above the copying body.',
      },
      lineWidth: {
        vi: 'Đường ngăn cách phần bản sao phải kéo dài hết chiều ngang vùng trình bày; đoạn kẻ đang {{actual}}.',
        en: 'The line above the copy block spans the whole text width; its paragraph is {{actual}}.',
      },
      kind: {
        vi: 'Chỉ dẫn loại bản sao «{{actual}}» không đúng; văn bản của Đảng ghi một trong: {{expected}}.',
        en: 'The copy kind "{{actual}}" is not a Party one; write one of: {{expected}}.',
      },
      stateKind: {
        vi: '«{{actual}}» là cách ghi của văn bản nhà nước; bản sao văn bản của Đảng ghi «{{expected}}».',
        en: '"{{actual}}" is the State form; a copy of a Party document reads "{{expected}}".',
      },
      numberMissing: {
        vi: 'Bản sao thiếu số và ký hiệu bản sao (dạng «Số 24-BS/UBKTTU») dưới tên cơ quan sao.',
        en: 'The copy has no copy number (like "Số 24-BS/UBKTTU") under the copying body.',
      },
      numberForm: {
        vi: 'Số và ký hiệu bản sao ghi dạng «Số 24-BS/UBKTTU»; đang là «{{actual}}».',
        en: 'The copy number reads like "Số 24-BS/UBKTTU"; found "{{actual}}".',
      },
      numberSymbol: {
        vi: 'Ký hiệu bản sao ghi chung là «{{expected}}»: «{{fixed}}», không «{{actual}}».',
        en: 'The copy symbol is "{{expected}}": "{{fixed}}", not "{{actual}}".',
      },
    },
  },
  check(ctx) {
    const parts = componentsOf(ctx.anatomy, 'copyBlock');
    const kind = parts.find((c) => c.role === 'kind');
    if (!kind) return;
    const kinds = ((ctx.options.kinds as string[] | undefined) ?? ['Sao y bản chính', 'Sao lục', 'Trích sao']).map((k) => k.toLocaleUpperCase('vi'));
    const stateForms = (ctx.options.stateForms as Record<string, string> | undefined) ?? {};
    const symbol = String(ctx.options.symbol ?? 'BS');

    const line = parts.find((c) => c.role === 'line');
    if (!line) {
      ctx.report({ messageId: 'line', paragraph: kind.paragraph, offset: kind.offset, length: kind.length, expected: 'đường kẻ hết chiều ngang', actual: 'không có đường kẻ' });
    } else if (!line.text) {
      const { indentLeftMm, indentRightMm } = line.paragraph.props;
      if (line.paragraph.table || indentLeftMm + indentRightMm > Number(ctx.options.lineIndentToleranceMm ?? 5)) {
        const actual = line.paragraph.table ? 'trong ô bảng' : `thụt lề trái ${indentLeftMm.toFixed(1)} mm, phải ${indentRightMm.toFixed(1)} mm`;
        ctx.report({ messageId: 'lineWidth', data: { actual }, paragraph: line.paragraph, expected: 'hết chiều ngang', actual });
      }
    }

    const key = fold(kind.text).replace(/\s*[.:]$/u, '');
    if (!kinds.some((k) => fold(k) === key)) {
      const state = Object.entries(stateForms).find(([k]) => fold(k) === key);
      if (state) {
        const expected = isUpper(kind.text) ? state[1].toLocaleUpperCase('vi') : state[1];
        ctx.report({
          messageId: 'stateKind',
          data: { actual: kind.text, expected },
          paragraph: kind.paragraph,
          offset: kind.offset,
          length: kind.length,
          expected,
          actual: kind.text,
          fix: { kind: 'safe', ops: [{ op: 'replaceText', paragraph: kind.paragraph.id, offset: kind.offset, length: kind.length, text: expected }] },
        });
      } else ctx.report({ messageId: 'kind', data: { actual: kind.text, expected: kinds.join(', ') }, paragraph: kind.paragraph, offset: kind.offset, length: kind.length, expected: kinds.join(', '), actual: kind.text });
    }
    if (ctx.model.capabilities.typography) checkTypography(ctx, kind, ctx.profile.typography.copyBlock, KIND);

    const number = parts.find((c) => c.role === 'number');
    if (!number) {
      ctx.report({ messageId: 'numberMissing', paragraph: kind.paragraph, offset: kind.offset, length: kind.length, expected: `Số …-${symbol}/…`, actual: null });
      return;
    }
    const parsed = parseNumber(number.text);
    if (!parsed || parsed.style !== 'party' || !parsed.typeSymbol) {
      ctx.report({ messageId: 'numberForm', data: { actual: number.text }, paragraph: number.paragraph, offset: number.offset, length: number.length, expected: `Số 24-${symbol}/…`, actual: number.text });
    } else if (parsed.typeSymbol !== symbol) {
      const at = number.text.indexOf(parsed.typeSymbol, number.text.indexOf('-'));
      const fixed = number.text.slice(0, at) + symbol + number.text.slice(at + parsed.typeSymbol.length);
      ctx.report({
        messageId: 'numberSymbol',
        data: { expected: symbol, fixed, actual: number.text },
        paragraph: number.paragraph,
        offset: number.offset,
        length: number.length,
        expected: fixed,
        actual: number.text,
        fix: { kind: 'safe', ops: [{ op: 'replaceText', paragraph: number.paragraph.id, offset: number.offset + at, length: parsed.typeSymbol.length, text: symbol }] },
      });
    }
    if (ctx.model.capabilities.typography) checkTypography(ctx, number, ctx.profile.typography.number, NUMBER);
  },
});
