import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { invalidInLayouts, validInLayouts } from '../../../../test/support/cases.js';
import { DOC_KINDS } from '../../../../test/support/party-draft.js';

const chiBo = { issuer: { parent: 'ĐẢNG BỘ XÃ TÂN AN', name: 'CHI BỘ ẤP 3' } };

export default {
  valid: [
    ...DOC_KINDS.flatMap((kind) => validInLayouts(`compliant ${kind}`, { kind }, ['table'])),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    ...validInLayouts('chi bộ with its parent', chiBo),
    ...validInLayouts('issuer typed in normal case (issuer-format reports the case)', { overrides: { issuer: { text: 'Tỉnh ủy Long An' } } }, ['table', 'stacked']),
    // Without a recognised header block this may not be a Party document at all: stay silent.
    ...validInLayouts('header block not recognised', { omit: ['issuer', 'partyHeader', 'number'] }, ['table', 'stacked']),
  ],
  invalid: [
    ...invalidInLayouts('no issuing body', { omit: ['issuer'] }, [{ messageId: 'missing', component: 'issuer', expected: null, fixable: false }]),
    ...invalidInLayouts('no issuing body in a công văn', { kind: 'CV', omit: ['issuer'] }, [{ messageId: 'missing', component: 'issuer' }], ['table', 'tabs']),
  ],
} satisfies CaseTable;
