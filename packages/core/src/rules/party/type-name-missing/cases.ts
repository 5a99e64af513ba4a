import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { invalidInLayouts, validInLayouts } from '../../../../test/support/cases.js';
import { DOC_KINDS } from '../../../../test/support/party-draft.js';

const chiBo = { issuer: { parent: 'ĐẢNG BỘ XÃ TÂN AN', name: 'CHI BỘ ẤP 3' } };

export default {
  valid: [
    ...DOC_KINDS.flatMap((kind) => validInLayouts(`compliant ${kind}`, { kind }, ['table'])),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    // A công văn has no type name: its summary sits under the number.
    ...validInLayouts('compliant công văn', { kind: 'CV' }, ['tabs', 'textbox', 'stacked']),
    ...validInLayouts('chi bộ meeting record', { kind: 'BB', ...chiBo }, ['tabs', 'stacked']),
    ...validInLayouts('header block not recognised', { omit: ['typeName', 'issuer', 'partyHeader', 'number'] }, ['table', 'stacked']),
  ],
  invalid: [
    ...invalidInLayouts('resolution without its type name', { omit: ['typeName'] }, [
      { messageId: 'missing', component: 'typeName', text: 'về nhiệm vụ năm 2026', expected: 'NGHỊ QUYẾT', actual: null, fixable: false },
    ]),
    ...invalidInLayouts('meeting record without its type name', { kind: 'BB', ...chiBo, omit: ['typeName'] }, [{ messageId: 'missing', expected: 'BIÊN BẢN' }], ['table', 'tabs']),
    ...invalidInLayouts('decision without its type name', { kind: 'QĐ', omit: ['typeName'] }, [{ messageId: 'missing', expected: 'QUYẾT ĐỊNH' }], ['table', 'stacked']),
    ...invalidInLayouts('unknown symbol and no type name', { omit: ['typeName'], overrides: { number: { text: 'Số 15-XY/TU' } } }, [
      { messageId: 'missing', expected: null, data: { hint: '' } },
    ], ['table']),
  ],
} satisfies CaseTable;
