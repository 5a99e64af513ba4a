import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { partyDraft, validInLayouts, invalidInLayouts } from '../../../../test/support/cases.js';
import { DOC_KINDS } from '../../../../test/support/party-draft.js';

const signer = (authority: string, position: string) => ({ overrides: { signatureAuthority: { text: authority }, signaturePosition: { text: position } } });

export default {
  valid: [
    ...DOC_KINDS.map((kind) => ({ name: `compliant ${kind}`, doc: () => partyDraft({ kind, layout: 'table' }) })),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    ...validInLayouts('T/M with the position BÍ THƯ', signer('T/M BAN THƯỜNG VỤ', 'BÍ THƯ'), ['table', 'tabs']),
    ...validInLayouts('K/T: a member of a staff body may be named', signer('K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN'), ['table', 'stacked']),
    { name: 'T/L with a position', doc: () => partyDraft(signer('T/L BAN THƯỜNG VỤ', 'CHÁNH VĂN PHÒNG')) },
    ...validInLayouts('compliant biên bản', { kind: 'BB' }, ['tabs', 'textbox']),
  ],
  invalid: [
    ...invalidInLayouts('T/M with the position ỦY VIÊN', signer('T/M BAN THƯỜNG VỤ', 'ỦY VIÊN'), [
      {
        messageId: 'member',
        component: 'signaturePosition',
        text: 'ỦY VIÊN',
        data: { authority: 'T/M BAN THƯỜNG VỤ', actual: 'ỦY VIÊN' },
        severity: 'warning',
        expected: null,
        actual: 'ỦY VIÊN',
        fixable: false,
      },
    ]),
    ...invalidInLayouts('T/M with «UỶ VIÊN BAN THƯỜNG VỤ» (old tone marks)', signer('T/M TỈNH ỦY', 'UỶ VIÊN BAN THƯỜNG VỤ'), [
      { messageId: 'member', actual: 'UỶ VIÊN BAN THƯỜNG VỤ' },
    ], ['table', 'stacked']),
    ...invalidInLayouts('State form TM. with ỦY VIÊN', signer('TM. CHI BỘ', 'ỦY VIÊN'), [{ messageId: 'member', data: { authority: 'TM. CHI BỘ' } }], ['tabs']),
  ],
} satisfies CaseTable;
