import type { Component } from '../../../anatomy/types.js';
import { parseNumber } from '../../../anatomy/patterns.js';
import { defineRule } from '../../../engine/define.js';
import type { Fix, RuleContext } from '../../../engine/types.js';
import { componentsOf } from '../../shared/anatomy.js';
import { checkTypography, typographyMessages } from '../../shared/typography.js';

/** Party order, with the spans a fix may touch: "Số" · separator · number · "-TYPE/ISSUER[-ISSUER]". */
const PARTY = /^(Số)(\s*[:.]?\s*)(\d*)(\s*-\s*[\p{L}]+\s*\/\s*[\p{L}\d]+(?:\s*-\s*[\p{L}\d]+)*)\s*$/du;

/** Số và ký hiệu văn bản (ô số 3). */
export default defineRule({
  meta: {
    id: 'party/number-format',
    component: 'number',
    severity: 'error',
    fixable: 'safe',
    title: { vi: 'Cách ghi số và ký hiệu văn bản', en: 'Number and symbol form' },
    description: {
      vi: 'Ghi «Số 15-HD/TU»: chữ «Số», một dấu cách, số thứ tự bằng chữ số Ả-rập (dưới 10 thêm số 0 ở trước), gạch nối, ký hiệu tên loại, gạch chéo, ký hiệu cơ quan ban hành (liên cơ quan nối bằng gạch nối). Không có dấu hai chấm sau «Số». Cỡ 14, đứng, không đậm.',
      en: 'Written "Số 15-HD/TU": the word "Số", one space, an Arabic number (a leading zero under 10), a hyphen, the type symbol, a slash, the issuer symbol (joint issuers joined by hyphens). No colon after "Số". 14 pt, upright, not bold.',
    },
    source: 'HD 36 §1.3.2, Phụ lục 3',
    needsTypography: false,
    messages: {
      ...typographyMessages,
      stateStyle: {
        vi: '«{{actual}}» là cách ghi số, ký hiệu của văn bản hành chính nhà nước. Văn bản của Đảng ghi: số, gạch nối, ký hiệu tên loại, gạch chéo, ký hiệu cơ quan ban hành, không có dấu hai chấm: «{{expected}}».',
        en: '"{{actual}}" is the State style of number and symbol. Party documents write the number, a hyphen, the type symbol, a slash and the issuer symbol, with no colon: "{{expected}}".',
      },
      colon: {
        vi: 'Sau chữ «Số» không có dấu «{{mark}}» (đó là cách ghi của văn bản nhà nước): đang ghi «{{actual}}». Bỏ dấu «{{mark}}»: «{{expected}}».',
        en: 'No "{{mark}}" after "Số" (that is the State style): found "{{actual}}". Remove it: "{{expected}}".',
      },
      leadingZero: {
        vi: 'Số văn bản nhỏ hơn {{below}} phải có số 0 ở trước: «{{expected}}», không ghi «{{actual}}».',
        en: 'Numbers below {{below}} take a leading zero: "{{expected}}", not "{{actual}}".',
      },
      spacing: {
        vi: 'Số và ký hiệu ghi một dấu cách sau chữ «Số», không có dấu cách quanh dấu «-» và «/»: «{{expected}}», không ghi «{{actual}}».',
        en: 'One space after "Số" and no spaces around "-" and "/": "{{expected}}", not "{{actual}}".',
      },
      form: {
        vi: 'Số và ký hiệu «{{actual}}» không đúng mẫu «Số 15-HD/TU» (chữ «Số», số thứ tự, gạch nối, ký hiệu tên loại, gạch chéo, ký hiệu cơ quan ban hành). Sửa lại theo mẫu.',
        en: 'The number and symbol "{{actual}}" do not follow the form "Số 15-HD/TU" ("Số", the number, a hyphen, the type symbol, a slash, the issuer symbol). Rewrite them in that form.',
      },
    },
  },
  check(ctx) {
    for (const c of componentsOf(ctx.anatomy, 'number')) {
      checkText(ctx, c);
      if (ctx.model.capabilities.typography) checkTypography(ctx, c, ctx.profile.typography.number, { vi: 'Số và ký hiệu văn bản', en: 'The number and symbol' });
    }
  },
});

function padded(n: string, below: number): string {
  if (!n || Number(n) >= below) return n;
  return n.padStart(String(below).length, '0');
}

function checkText(ctx: RuleContext, c: Component): void {
  const below = typeof ctx.options.leadingZeroBelow === 'number' ? ctx.options.leadingZeroBelow : 10;
  const parts = parseNumber(c.text);
  if (!parts) return ctx.note(`number "${c.text}" not parsed`);
  const replace = (offset: number, length: number, text: string): Fix => ({
    kind: 'safe',
    ops: [{ op: 'replaceText', paragraph: c.paragraph.id, offset: c.offset + offset, length, text }],
  });
  const at = (offset: number, length: number) => ({ paragraph: c.paragraph, offset: c.offset + offset, length, component: 'number' as const });
  if (parts.style === 'unknown') {
    ctx.report({ messageId: 'form', data: { actual: c.text }, ...at(0, c.length), expected: 'Số 15-HD/TU', actual: c.text });
    return;
  }
  const tail = `-${parts.typeSymbol}/${parts.issuerSymbol}`;
  if (parts.style === 'state') {
    // A blank number keeps its blank (a draft); otherwise the number, zero-padded, in Party order.
    const blank = parts.label.replace(/^Số|[:.]/giu, '') || ' ';
    const expected = parts.number ? `Số ${padded(parts.number, below)}${tail}` : `Số${blank}${tail}`;
    ctx.report({ messageId: 'stateStyle', data: { actual: c.text, expected }, ...at(0, c.length), expected, actual: c.text, fix: replace(0, c.length, expected) });
    return;
  }
  const m = PARTY.exec(c.text);
  if (!m?.indices) return ctx.note(`number "${c.text}" parsed but not located (not NFC?)`);
  const [sepStart, sepEnd] = m.indices[2]!;
  const [numStart, numEnd] = m.indices[3]!;
  const [tailStart, tailEnd] = m.indices[4]!;
  const sep = m[2]!;
  const num = m[3]!;
  const blank = num === '';
  const fixedSep = blank ? sep.replace(/[:.]/g, '') || ' ' : ' ';
  const expected = `Số${fixedSep}${padded(num, below)}${tail}`;
  const data = { expected, actual: c.text };
  const mark = /[:.]/.exec(sep)?.[0];
  if (mark) {
    ctx.report({ messageId: 'colon', data: { ...data, mark }, ...at(sepStart, sepEnd - sepStart), expected, actual: c.text, fix: replace(sepStart, sepEnd - sepStart, fixedSep) });
  }
  // Spacing: after "Số" (when no colon already covers it) and inside the symbol — one finding, one fix.
  const spans: [number, number, string][] = [];
  if (!mark && !blank && sep !== ' ') spans.push([sepStart, sepEnd, ' ']);
  if (m[4] !== tail) spans.push([tailStart, tailEnd, tail]);
  if (spans.length) {
    const from = spans[0]![0];
    const to = spans.at(-1)![1];
    ctx.report({
      messageId: 'spacing',
      data,
      ...at(from, to - from),
      expected,
      actual: c.text,
      fix: { kind: 'safe', ops: spans.map(([s, e, text]) => ({ op: 'replaceText' as const, paragraph: c.paragraph.id, offset: c.offset + s, length: e - s, text })) },
    });
  }
  const fixed = padded(num, below);
  if (!blank && fixed !== num) {
    ctx.report({ messageId: 'leadingZero', data: { ...data, below }, ...at(numStart, numEnd - numStart), expected, actual: c.text, fix: replace(numStart, numEnd - numStart, fixed) });
  }
}
