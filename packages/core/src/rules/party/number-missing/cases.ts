import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { invalidInLayouts, validInLayouts } from '../../../../test/support/cases.js';
import { DOC_KINDS } from '../../../../test/support/party-draft.js';

const chiBo = { issuer: { parent: 'ĐẢNG BỘ XÃ TÂN AN', name: 'CHI BỘ ẤP 3' } };

export default {
  valid: [
    ...DOC_KINDS.flatMap((kind) => validInLayouts(`compliant ${kind}`, { kind }, ['table'])),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    ...validInLayouts('chi bộ meeting record', { kind: 'BB', ...chiBo }, ['tabs', 'stacked']),
    ...validInLayouts('blank number of a draft', { overrides: { number: { text: 'Số    -NQ/TU' } } }, ['table', 'tabs']),
    ...validInLayouts('header block not recognised', { omit: ['number', 'issuer', 'partyHeader'] }, ['table', 'stacked']),
  ],
  invalid: [
    ...invalidInLayouts('no number and symbol', { omit: ['number'] }, [
      { messageId: 'missing', component: 'number', text: '*', data: { symbol: 'NQ' }, expected: 'Số …-NQ/…', actual: null, fixable: false },
    ]),
    ...invalidInLayouts('meeting record without number', { kind: 'BB', ...chiBo, omit: ['number'] }, [{ messageId: 'missing', data: { symbol: 'BB' } }], ['table', 'textbox']),
    ...invalidInLayouts('decision without number', { kind: 'QĐ', omit: ['number'] }, [{ messageId: 'missing', data: { symbol: 'QĐ' } }], ['table']),
    ...invalidInLayouts('công văn without number', { kind: 'CV', omit: ['number'] }, [{ messageId: 'missing', data: { symbol: '…' } }], ['table', 'stacked']),
  ],
} satisfies CaseTable;
