import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { invalidInLayouts, validInLayouts } from '../../../../test/support/cases.js';

const date = (text: string) => ({ overrides: { placeDate: { text } } });

export default {
  valid: [
    ...validInLayouts('compliant resolution'),
    ...validInLayouts('compliant công văn', { kind: 'CV' }),
    ...validInLayouts('month 4 without zero', date('Tân An, ngày 15 tháng 4 năm 2026'), ['table']),
    ...validInLayouts('day 10 and month 12', date('Hà Nội, ngày 10 tháng 12 năm 2025'), ['tabs']),
  ],
  invalid: [
    ...invalidInLayouts('day and month without leading zero', date('Tân An, ngày 8 tháng 1 năm 2026'), [
      { messageId: 'leadingZero', component: 'placeDate', text: 'ngày 8 tháng 1', expected: 'ngày 08 tháng 01', actual: 'ngày 8 tháng 1', fixable: true },
    ]),
    ...invalidInLayouts('numeric date', date('Tân An, 15/01/2026'), [
      { messageId: 'numeric', expected: 'ngày 15 tháng 01 năm 2026', actual: '15/01/2026' },
    ], ['table', 'stacked']),
    ...invalidInLayouts('no comma after the place', date('Tân An ngày 08 tháng 01 năm 2026'), [{ messageId: 'comma', expected: 'Tân An,' }], ['table', 'tabs']),
    ...invalidInLayouts('zero before month 5 (warning)', date('Tân An, ngày 08 tháng 05 năm 2026'), [{ messageId: 'monthZero', severity: 'warning', expected: 'ngày 08 tháng 5' }], ['table']),
    ...invalidInLayouts('date not italic', { overrides: { placeDate: { i: false } } }, [{ messageId: 'italic', component: 'placeDate' }]),
    ...invalidInLayouts('date bold and 13 pt', { overrides: { placeDate: { b: true, sz: 13 } } }, [
      { messageId: 'size', data: { actual: '13 pt' } },
      { messageId: 'notBold' },
    ], ['table', 'textbox']),
  ],
} satisfies CaseTable;
