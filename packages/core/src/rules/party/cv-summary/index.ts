import type { Component } from '../../../anatomy/types.js';
import { defineRule } from '../../../engine/define.js';
import type { RuleContext } from '../../../engine/types.js';
import { fold } from '../../../text.js';
import { componentsOf, firstOf } from '../../shared/anatomy.js';
import { checkTypography, typographyMessages } from '../../shared/typography.js';

const NAME = { vi: 'Trích yếu công văn', en: 'The summary of a công văn' };
const VE_VIEC = 'về việc';

/** Trích yếu nội dung công văn (ô số 5b). */
export default defineRule({
  meta: {
    id: 'party/cv-summary',
    component: 'cvSummary',
    severity: 'error',
    fixable: 'safe',
    title: { vi: 'Trích yếu công văn', en: 'Summary of a công văn' },
    description: {
      vi: 'Công văn không có tên loại; trích yếu nội dung trình bày dưới số và ký hiệu (ô 5b), cỡ 12, in nghiêng, không đậm. Văn bản của Đảng ghi trích yếu trực tiếp, không dùng tiền tố «V/v» của văn bản nhà nước.',
      en: 'A công văn has no type name; its summary stands under the number and symbol (ô 5b), 12 pt italic, not bold. Party documents write the summary directly, without the State prefix "V/v".',
    },
    source: 'HD 36 §1.5.2, Phụ lục 3',
    messages: {
      ...typographyMessages,
      missing: {
        vi: 'Công văn «{{number}}» không có trích yếu nội dung dưới số và ký hiệu. Ghi trích yếu (một cụm từ nêu nội dung chính) ngay dưới số và ký hiệu, cỡ 12, in nghiêng.',
        en: 'The công văn "{{number}}" has no summary under its number and symbol. Write the summary (a phrase naming its subject) right under the number, 12 pt italic.',
      },
      statePrefix: {
        vi: 'Trích yếu công văn bắt đầu bằng «{{prefix}}» — cách viết của văn bản nhà nước. {{how}}: «{{expected}}».',
        en: 'The summary starts with "{{prefix}}" — the State style. {{howEn}}: "{{expected}}".',
      },
      veViec: {
        vi: 'Theo {{guideline}}, trích yếu công văn bắt đầu bằng «về việc»: «{{expected}}».',
        en: 'Under {{guideline}}, a công văn’s summary starts with "về việc": "{{expected}}".',
      },
    },
  },
  check(ctx) {
    const summary = componentsOf(ctx.anatomy, 'cvSummary');
    if (!summary.length) return missing(ctx);
    if (ctx.model.capabilities.typography) for (const c of summary) checkTypography(ctx, c, ctx.profile.typography.cvSummary, NAME);
    prefix(ctx, summary[0]!);
  },
});

function missing(ctx: RuleContext): void {
  if (ctx.anatomy.documentType?.code !== 'CV' || !ctx.anatomy.headerFound) return;
  const number = firstOf(ctx.anatomy, 'number');
  if (!number) return;
  ctx.report({ messageId: 'missing', data: { number: number.text }, paragraph: number.paragraph, offset: number.offset, length: number.length, component: 'cvSummary', expected: null, actual: null });
}

function prefix(ctx: RuleContext, c: Component): void {
  const prefixes = ((ctx.options.statePrefixes as string[] | undefined) ?? ['V/v']).map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  const re = new RegExp(`^(${prefixes.join('|')})(?![\\p{L}])\\s*[:.]?\\s*`, 'iu');
  const m = re.exec(c.text);
  const policy = ctx.profile.cvSummaryPrefix;
  if (!m) {
    if (policy === 've-viec' && !fold(c.text).startsWith(VE_VIEC)) {
      const expected = `${VE_VIEC} ${c.text.charAt(0).toLocaleLowerCase('vi')}${c.text.slice(1)}`;
      // HD 05's wording is known from secondary sources only: advice, not a finding.
      ctx.report({ messageId: 'veViec', data: { guideline: ctx.profile.cite, expected }, paragraph: c.paragraph, offset: c.offset, length: 0, expected, actual: c.text, severity: 'info' });
    }
    return;
  }
  const rest = c.text.slice(m[0].length);
  if (!rest) return;
  const data = { prefix: m[1]! };
  let expected: string;
  let length: number;
  let text: string;
  if (policy === 'none') {
    // HD 36 writes the summary itself, first letter capital ("Chuẩn bị hội nghị trực tuyến …").
    const first = rest.charAt(0).toLocaleUpperCase('vi');
    expected = first + rest.slice(1);
    length = m[0].length + 1;
    text = first;
    Object.assign(data, { how: 'Bỏ tiền tố, ghi thẳng trích yếu', howEn: 'Drop the prefix and write the summary itself' });
  } else {
    expected = `${VE_VIEC} ${rest}`;
    length = m[0].length;
    text = `${VE_VIEC} `;
    Object.assign(data, { how: 'Viết «về việc» hoặc bỏ tiền tố', howEn: 'Write "về việc" or drop the prefix' });
  }
  ctx.report({
    messageId: 'statePrefix',
    data: { ...data, expected },
    paragraph: c.paragraph,
    offset: c.offset,
    length: m[0].length,
    expected,
    actual: c.text,
    severity: 'warning',
    fix: { kind: 'safe', ops: [{ op: 'replaceText', paragraph: c.paragraph.id, offset: c.offset, length, text }] },
  });
}
