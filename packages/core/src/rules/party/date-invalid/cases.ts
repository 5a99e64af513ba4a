import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { invalidInLayouts, validInLayouts } from '../../../../test/support/cases.js';
import { DOC_KINDS } from '../../../../test/support/party-draft.js';

const date = (text: string) => ({ overrides: { placeDate: { text } } });

export default {
  valid: [
    ...DOC_KINDS.flatMap((kind) => validInLayouts(`compliant ${kind}`, { kind }, ['table'])),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    ...validInLayouts('29 February of a leap year', date('Tân An, ngày 29 tháng 02 năm 2024'), ['table', 'tabs']),
    ...validInLayouts('31 December', date('Hà Nội, ngày 31 tháng 12 năm 2025'), ['stacked']),
    ...validInLayouts('day and month left blank in a draft', date('Tân An, ngày     tháng     năm 2026'), ['table', 'tabs']),
    ...validInLayouts('dotted day in a draft', date('Tân An, ngày … tháng 01 năm 2026'), ['table']),
    // The numeric form is date-format's concern; the date itself exists.
    ...validInLayouts('numeric date that exists', date('Tân An, 15/01/2026'), ['table']),
  ],
  invalid: [
    ...invalidInLayouts('30 February', date('Tân An, ngày 30 tháng 02 năm 2026'), [
      { messageId: 'noSuchDay', component: 'placeDate', text: 'ngày 30 tháng 02', data: { days: 28, month: '02', year: '2026' }, expected: '01–28', actual: '30', fixable: false },
    ]),
    ...invalidInLayouts('29 February of a common year', date('Tân An, ngày 29 tháng 02 năm 2025'), [{ messageId: 'noSuchDay', data: { days: 28 } }], ['table', 'tabs']),
    ...invalidInLayouts('31 April', date('Tân An, ngày 31 tháng 4 năm 2026'), [{ messageId: 'noSuchDay', expected: '01–30', actual: '31' }], ['table', 'stacked']),
    ...invalidInLayouts('day zero', date('Tân An, ngày 00 tháng 01 năm 2026'), [{ messageId: 'noSuchDay', actual: '00' }], ['textbox']),
    ...invalidInLayouts('month 13', date('Tân An, ngày 15 tháng 13 năm 2026'), [{ messageId: 'noSuchMonth', data: { month: '13' }, actual: '13' }], ['table', 'tabs']),
    ...invalidInLayouts('two-digit year', date('Tân An, ngày 15 tháng 01 năm 26'), [{ messageId: 'year', expected: '2026', actual: '26' }]),
    ...invalidInLayouts('numeric date that does not exist', date('Tân An, 31/06/2026'), [{ messageId: 'noSuchDay', expected: '01–30' }], ['table', 'stacked']),
    ...invalidInLayouts('numeric date with a two-digit year', date('Tân An, 15/01/26'), [{ messageId: 'year', expected: '2026' }], ['table']),
  ],
} satisfies CaseTable;
