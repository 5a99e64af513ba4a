import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { invalidInLayouts, validInLayouts } from '../../../../test/support/cases.js';
import { DOC_KINDS } from '../../../../test/support/party-draft.js';

const chiBo = { issuer: { parent: 'ĐẢNG BỘ XÃ TÂN AN', name: 'CHI BỘ ẤP 3' } };
const number = (text: string) => ({ overrides: { number: { text } } });

export default {
  valid: [
    ...DOC_KINDS.flatMap((kind) => validInLayouts(`compliant ${kind}`, { kind }, ['table'])),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    ...validInLayouts('chi bộ meeting record «Số 01-BB/CB»', { kind: 'BB', ...chiBo }, ['tabs', 'stacked']),
    ...validInLayouts('three-digit number', { kind: 'QĐ' }, ['tabs']),
    // A draft leaves the number blank, to be filled in when it is registered and issued.
    ...validInLayouts('blank number of a draft', number('Số    -NQ/TU')),
    ...validInLayouts('joint issuers joined by a hyphen', { kind: 'CV', ...number('Số 05-CV/BTCTU-BDVTU') }, ['table', 'tabs']),
  ],
  invalid: [
    ...invalidInLayouts('State style «Số: 15/NQ-TU»', number('Số: 15/NQ-TU'), [
      { messageId: 'stateStyle', component: 'number', text: 'Số: 15/NQ-TU', expected: 'Số 15-NQ/TU', actual: 'Số: 15/NQ-TU', fixable: true },
    ]),
    ...invalidInLayouts('State style without a leading zero', number('Số: 5/QĐ-TU'), [{ messageId: 'stateStyle', expected: 'Số 05-QĐ/TU' }], ['table', 'stacked']),
    ...invalidInLayouts('colon after «Số»', number('Số: 15-NQ/TU'), [
      { messageId: 'colon', data: { mark: ':' }, expected: 'Số 15-NQ/TU', actual: 'Số: 15-NQ/TU', fixable: true },
    ]),
    ...invalidInLayouts('colon after «Số» of a blank number', number('Số:    -NQ/TU'), [{ messageId: 'colon', expected: 'Số    -NQ/TU' }], ['table', 'tabs']),
    ...invalidInLayouts('single-digit number', number('Số 5-NQ/TU'), [
      { messageId: 'leadingZero', component: 'number', expected: 'Số 05-NQ/TU', actual: 'Số 5-NQ/TU', data: { below: 10 }, fixable: true },
    ]),
    ...invalidInLayouts('spaces around the hyphen and slash', number('Số 15 - NQ / TU'), [{ messageId: 'spacing', expected: 'Số 15-NQ/TU', actual: 'Số 15 - NQ / TU', fixable: true }]),
    ...invalidInLayouts('no space after «Số» and a single digit', number('Số5-NQ/TU'), [
      { messageId: 'spacing', expected: 'Số 05-NQ/TU' },
      { messageId: 'leadingZero', expected: 'Số 05-NQ/TU' },
    ], ['table', 'tabs']),
    ...invalidInLayouts('no issuer symbol', number('Số 15-NQ'), [{ messageId: 'form', actual: 'Số 15-NQ', fixable: false }], ['table', 'stacked']),
    ...invalidInLayouts('number in bold', { overrides: { number: { b: true } } }, [{ messageId: 'notBold', component: 'number', fixable: true }]),
    ...invalidInLayouts('number in italics, 13 pt', { overrides: { number: { i: true, sz: 13 } } }, [
      { messageId: 'size', expected: '14 pt', actual: '13 pt' },
      { messageId: 'notItalic' },
    ], ['table', 'textbox']),
  ],
} satisfies CaseTable;
