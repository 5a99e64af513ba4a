import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { partyDraft, validInLayouts, invalidInLayouts } from '../../../../test/support/cases.js';
import { DEFAULT_TEXTS, DOC_KINDS } from '../../../../test/support/party-draft.js';
import { editedInLayouts, editRuns, withoutDirect } from '../../../../test/support/draft-edit.js';

const { signatureAuthority: AUTHORITY, signaturePosition: POSITION, signatureName: NAME } = DEFAULT_TEXTS;

/** Normal style with another size: components without a direct size take it. */
const normalSize = (sz: number) => ({ paragraphStyles: [{ id: 'Normal', name: 'Normal', default: true, run: { font: 'Times New Roman', sz } }] });

export default {
  valid: [
    ...DOC_KINDS.map((kind) => ({ name: `compliant ${kind}`, doc: () => partyDraft({ kind, layout: 'table' }) })),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    ...validInLayouts('compliant biên bản (two blocks)', { kind: 'BB' }, ['tabs', 'textbox', 'stacked']),
    ...editedInLayouts('name bold through a character style', { styles: { characterStyles: [{ id: 'SignerName', name: 'Signer Name', run: { b: true } }] } }, (spec) =>
      editRuns(spec, NAME, (r) => ({ ...withoutDirect(r, 'b'), style: 'SignerName' })),
    ),
    ...editedInLayouts('position size inherited from the Normal style (14 pt)', {}, (spec) => editRuns(spec, POSITION, (r) => withoutDirect(r, 'sz')), ['table', 'stacked']),
    ...validInLayouts('position typed in title case, shown in capitals', { overrides: { signaturePosition: { text: 'Phó Bí Thư', caps: true } } }, ['table', 'tabs']),
  ],
  invalid: [
    ...invalidInLayouts('authority not bold', { overrides: { signatureAuthority: { b: false } } }, [
      { messageId: 'bold', component: 'signatureAuthority', text: AUTHORITY, data: { what: 'Dòng quyền hạn ký' }, fixable: true },
    ]),
    ...invalidInLayouts('authority 13 pt', { overrides: { signatureAuthority: { sz: 13 } } }, [
      { messageId: 'size', component: 'signatureAuthority', data: { expected: '14 pt', actual: '13 pt' } },
    ], ['table', 'tabs']),
    ...invalidInLayouts('position bold and italic', { overrides: { signaturePosition: { b: true, i: true } } }, [
      { messageId: 'notBold', component: 'signaturePosition', text: POSITION },
      { messageId: 'notItalic', component: 'signaturePosition', text: POSITION },
    ]),
    ...invalidInLayouts('name not bold', { overrides: { signatureName: { b: false } } }, [
      { messageId: 'bold', component: 'signatureName', text: NAME, data: { what: 'Họ tên người ký' } },
    ]),
    ...invalidInLayouts('name 13 pt italic', { overrides: { signatureName: { sz: 13, i: true } } }, [
      { messageId: 'size', component: 'signatureName', data: { actual: '13 pt' } },
      { messageId: 'notItalic', component: 'signatureName' },
    ], ['textbox', 'stacked']),
    ...invalidInLayouts('name shown in capitals by formatting', { overrides: { signatureName: { caps: true } } }, [
      { messageId: 'nameCase', component: 'signatureName', text: NAME, data: { expected: NAME }, expected: NAME, actual: 'NGUYỄN VĂN AN', fixable: true },
    ]),
    ...editedInLayouts(
      'position size inherited from a 13 pt Normal style',
      { styles: normalSize(13) },
      (spec) => editRuns(spec, POSITION, (r) => withoutDirect(r, 'sz')),
      ['table', 'tabs', 'textbox', 'stacked'],
      [{ messageId: 'size', component: 'signaturePosition', text: POSITION, data: { actual: '13 pt' } }],
    ),
    ...invalidInLayouts('biên bản: secretary position bold', { kind: 'BB', overrides: { secretaryPosition: { b: true } } }, [
      { messageId: 'notBold', component: 'signaturePosition', text: 'THƯ KÝ' },
    ], ['table', 'tabs', 'textbox']),
  ],
} satisfies CaseTable;
