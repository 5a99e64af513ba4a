import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { partyDraft, validInLayouts, invalidInLayouts } from '../../../../test/support/cases.js';
import { DOC_KINDS } from '../../../../test/support/party-draft.js';

const authority = (text: string, position?: string) => ({
  overrides: { signatureAuthority: { text }, ...(position ? { signaturePosition: { text: position } } : {}) },
});

export default {
  valid: [
    ...DOC_KINDS.map((kind) => ({ name: `compliant ${kind}`, doc: () => partyDraft({ kind, layout: 'table' }) })),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    ...validInLayouts('K/T for a deputy head', authority('K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN'), ['table', 'tabs']),
    ...validInLayouts('T/L by order', authority('T/L BAN THƯỜNG VỤ', 'CHÁNH VĂN PHÒNG'), ['textbox', 'stacked']),
    ...validInLayouts('Q. for an acting head', authority('Q. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG'), ['table']),
    ...validInLayouts('compliant biên bản (no authority line)', { kind: 'BB' }, ['table', 'tabs']),
  ],
  invalid: [
    ...invalidInLayouts('State form TM.', authority('TM. BAN THƯỜNG VỤ'), [
      { messageId: 'stateForm', component: 'signatureAuthority', text: 'TM. BAN THƯỜNG VỤ', data: { actual: 'TM.', expected: 'T/M' }, expected: 'T/M', actual: 'TM.', fixable: true },
    ]),
    ...invalidInLayouts('State form TM without a dot', authority('TM BAN THƯỜNG VỤ'), [{ messageId: 'stateForm', expected: 'T/M', actual: 'TM' }], ['table', 'tabs']),
    ...invalidInLayouts('State form KT.', authority('KT. TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN'), [{ messageId: 'stateForm', expected: 'K/T', actual: 'KT.' }], ['table', 'textbox']),
    ...invalidInLayouts('State form TL.', authority('TL. BAN THƯỜNG VỤ', 'CHÁNH VĂN PHÒNG'), [{ messageId: 'stateForm', expected: 'T/L', actual: 'TL.' }], ['stacked']),
    ...invalidInLayouts('State form TUQ.', authority('TUQ. BAN THƯỜNG VỤ', 'CHÁNH VĂN PHÒNG'), [{ messageId: 'stateForm', expected: 'T/L', actual: 'TUQ.' }], ['table']),
    ...invalidInLayouts('spaces inside T / M', authority('T / M BAN THƯỜNG VỤ'), [{ messageId: 'form', expected: 'T/M', actual: 'T / M' }], ['table', 'tabs']),
    ...invalidInLayouts('State form in a công văn', { kind: 'CV', ...authority('TM. BAN THƯỜNG VỤ') }, [{ messageId: 'stateForm', actual: 'TM.' }], ['table', 'stacked']),
  ],
} satisfies CaseTable;
