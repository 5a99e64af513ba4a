import { defineRule } from '../../../engine/define.js';
import { componentsOf } from '../../shared/anatomy.js';

/** Spelt-out date; a slot left blank or dotted (`ngày … tháng …`) belongs to a draft and is skipped. */
const WORDS = /ngày\s+(\S+)\s+tháng\s+(\S+)\s+năm\s+(\S+)/iu;
const NUMERIC = /(?:ngày\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2,4})/iu;

function daysIn(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Ngày, tháng, năm ban hành có thật (ô số 4). */
export default defineRule({
  meta: {
    id: 'party/date-invalid',
    component: 'placeDate',
    severity: 'error',
    fixable: false,
    title: { vi: 'Ngày tháng năm không hợp lệ', en: 'Invalid date' },
    description: {
      vi: 'Ngày ban hành phải là ngày có thật trong lịch (không có «ngày 30 tháng 02»), năm ghi đủ bốn chữ số.',
      en: 'The date of issue exists in the calendar (no "ngày 30 tháng 02") and the year has four digits.',
    },
    source: 'HD 36 §1.4',
    messages: {
      noSuchDay: {
        vi: 'Không có ngày «{{actual}}» trong lịch: tháng {{month}} năm {{year}} chỉ có {{days}} ngày. Kiểm tra lại ngày ban hành.',
        en: 'There is no such date as "{{actual}}": month {{month}} of {{year}} has {{days}} days. Check the date of issue.',
      },
      noSuchMonth: {
        vi: 'Không có tháng {{month}}: tháng ghi từ 01 đến 12. Kiểm tra lại ngày ban hành «{{actual}}».',
        en: 'There is no month {{month}}: months run from 01 to 12. Check the date of issue "{{actual}}".',
      },
      year: {
        vi: 'Năm ban hành phải ghi đủ bốn chữ số: «{{expected}}», không ghi «{{actual}}».',
        en: 'The year has four digits: "{{expected}}", not "{{actual}}".',
      },
    },
  },
  check(ctx) {
    for (const c of componentsOf(ctx.anatomy, 'placeDate')) {
      const text = c.text;
      const m = WORDS.exec(text) ?? NUMERIC.exec(text);
      if (!m) {
        ctx.note(`date "${text}" not parsed`);
        continue;
      }
      const [dayText, monthText, yearText] = [m[1]!, m[2]!, m[3]!];
      const at = { paragraph: c.paragraph, offset: c.offset + m.index, length: m[0].length, component: 'placeDate' as const };
      // Blank or dotted slots ("ngày … tháng 01 năm 2026") are left to be filled at signing.
      const digits = (s: string) => (/^\d+$/.test(s) ? s : null);
      const year = digits(yearText.replace(/[,.;]$/, ''));
      if (year !== null && year.length !== 4) {
        const expected = year.length === 2 ? `20${year}` : '…';
        ctx.report({ messageId: 'year', data: { expected, actual: year }, ...at, expected, actual: year });
        continue;
      }
      const month = digits(monthText) === null ? null : Number(monthText);
      const day = digits(dayText) === null ? null : Number(dayText);
      if (month !== null && (month < 1 || month > 12)) {
        ctx.report({ messageId: 'noSuchMonth', data: { month: monthText, actual: m[0] }, ...at, expected: '01–12', actual: monthText });
        continue;
      }
      if (day === null) continue;
      const days = month === null ? 31 : daysIn(month, year === null ? 2000 : Number(year));
      if (day < 1 || day > days) {
        ctx.report({
          messageId: 'noSuchDay',
          data: { actual: m[0], month: monthText, year: year ?? '…', days },
          ...at,
          expected: `01–${days}`,
          actual: dayText,
        });
      }
    }
  },
});
