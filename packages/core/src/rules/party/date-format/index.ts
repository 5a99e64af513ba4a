import { defineRule } from '../../../engine/define.js';
import type { Component } from '../../../anatomy/types.js';
import type { RuleContext } from '../../../engine/types.js';
import { componentsOf } from '../../shared/anatomy.js';
import { checkTypography, typographyMessages } from '../../shared/typography.js';

const WORDS = /(ngày)(\s+)(\d{1,2})(\s+)(tháng)(\s+)(\d{1,2})(\s+)(năm)(\s+)(\d{2,4})/iu;
const NUMERIC = /(?:ngày\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2,4})/iu;

/** Địa danh và ngày, tháng, năm ban hành (ô số 4). */
export default defineRule({
  meta: {
    id: 'party/date-format',
    component: 'placeDate',
    severity: 'error',
    fixable: 'safe',
    title: { vi: 'Cách ghi địa danh, ngày tháng năm', en: 'Place and date form' },
    description: {
      vi: 'Ghi «<Địa danh>, ngày DD tháng MM năm YYYY»: có dấu phẩy sau địa danh, viết đủ chữ «ngày», «tháng», «năm»; ngày dưới 10 và tháng 1, 2 có số 0 ở trước; cỡ 14, nghiêng.',
      en: 'Written "<Place>, ngày DD tháng MM năm YYYY": a comma after the place, the words ngày/tháng/năm spelt out; days under 10 and months 1–2 take a leading zero; 14 pt italic.',
    },
    source: 'HD 36 §1.4.2',
    needsTypography: false,
    messages: {
      ...typographyMessages,
      leadingZero: {
        vi: 'Ngày dưới 10 và tháng dưới 3 phải có số 0 ở trước: «{{expected}}».',
        en: 'Days under 10 and months under 3 take a leading zero: "{{expected}}".',
      },
      monthZero: {
        vi: 'Tháng từ 3 đến 12 không thêm số 0 ở trước: «{{expected}}».',
        en: 'Months 3 to 12 take no leading zero: "{{expected}}".',
      },
      numeric: {
        vi: 'Ngày tháng phải viết bằng chữ «ngày … tháng … năm …», không viết «{{actual}}»: «{{expected}}».',
        en: 'Write the date with the words ngày/tháng/năm, not "{{actual}}": "{{expected}}".',
      },
      comma: {
        vi: 'Sau địa danh phải có dấu phẩy: «{{expected}}».',
        en: 'A comma follows the place name: "{{expected}}".',
      },
    },
  },
  check(ctx) {
    for (const c of componentsOf(ctx.anatomy, 'placeDate')) {
      checkText(ctx, c);
      if (ctx.model.capabilities.typography) checkTypography(ctx, c, ctx.profile.typography.placeDate, { vi: 'Địa danh, ngày tháng năm', en: 'The place and date' });
    }
  },
});

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function checkText(ctx: RuleContext, c: Component): void {
  const { leadingZeroDayBelow, leadingZeroMonthBelow } = ctx.profile.date;
  const text = c.text;
  const words = WORDS.exec(text);
  if (!words) {
    const num = NUMERIC.exec(text);
    if (!num) return ctx.note(`place/date "${text}" not parsed`);
    const [d, m, y] = [Number(num[1]), Number(num[2]), num[3]!];
    const expected = `ngày ${d < leadingZeroDayBelow ? pad(d) : d} tháng ${m < leadingZeroMonthBelow ? pad(m) : m} năm ${y.length === 2 ? `20${y}` : y}`;
    ctx.report({
      messageId: 'numeric',
      data: { expected, actual: num[0] },
      paragraph: c.paragraph,
      offset: c.offset + num.index,
      length: num[0].length,
      expected,
      actual: num[0],
      fix: { kind: 'safe', ops: [{ op: 'replaceText', paragraph: c.paragraph.id, offset: c.offset + num.index, length: num[0].length, text: expected }] },
    });
    return;
  }
  const at = words.index;
  const before = text.slice(0, at);
  if (before.trim() && !/,\s*$/.test(before)) {
    const place = before.trimEnd();
    const expected = `${place}, ${words[0]}`;
    ctx.report({
      messageId: 'comma',
      data: { expected },
      paragraph: c.paragraph,
      offset: c.offset + place.length,
      length: 0,
      expected: `${place},`,
      actual: place,
      fix: { kind: 'safe', ops: [{ op: 'replaceText', paragraph: c.paragraph.id, offset: c.offset + place.length, length: 0, text: ',' }] },
    });
  }
  const dayText = words[3]!;
  const monthText = words[7]!;
  const day = Number(dayText);
  const month = Number(monthText);
  const dayOk = day >= leadingZeroDayBelow || dayText.length === 2;
  const monthNeedsZero = month < leadingZeroMonthBelow;
  const monthOk = !monthNeedsZero || monthText.length === 2;
  const span = words[1]! + words[2]! + dayText + words[4]! + words[5]! + words[6]! + monthText;
  const fixedDay = day < leadingZeroDayBelow ? pad(day) : dayText;
  const fixedMonth = monthNeedsZero ? pad(month) : String(month);
  const expected = `${words[1]} ${fixedDay} ${words[5]} ${fixedMonth}`;
  const fix = { kind: 'safe' as const, ops: [{ op: 'replaceText' as const, paragraph: c.paragraph.id, offset: c.offset + at, length: span.length, text: expected }] };
  if (!dayOk || !monthOk) {
    ctx.report({ messageId: 'leadingZero', data: { expected }, paragraph: c.paragraph, offset: c.offset + at, length: span.length, expected, actual: span, fix });
  } else if (!monthNeedsZero && monthText.startsWith('0') && month > 0) {
    ctx.report({ messageId: 'monthZero', data: { expected }, paragraph: c.paragraph, offset: c.offset + at, length: span.length, expected, actual: span, severity: 'warning', fix });
  }
}
