import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { partyDraft, validInLayouts, invalidInLayouts } from '../../../../test/support/cases.js';
import { DOC_KINDS } from '../../../../test/support/party-draft.js';

const name = (text: string) => ({ overrides: { signatureName: { text } } });

export default {
  valid: [
    ...DOC_KINDS.map((kind) => ({ name: `compliant ${kind}`, doc: () => partyDraft({ kind, layout: 'table' }) })),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    ...validInLayouts('compliant biên bản (two signers)', { kind: 'BB' }, ['tabs', 'textbox']),
    { name: 'a name whose first word looks like a title word «Tạ Thị Thanh»', doc: () => partyDraft(name('Tạ Thị Thanh')) },
    { name: 'a name with a surname «Đại» is not a rank without «tá/úy/tướng»', doc: () => partyDraft(name('Đại Văn Minh')) },
  ],
  invalid: [
    ...invalidInLayouts('academic degree «TS.»', name('TS. Nguyễn Văn An'), [
      {
        messageId: 'title',
        component: 'signatureName',
        text: 'TS. Nguyễn Văn An',
        data: { title: 'TS.', expected: 'Nguyễn Văn An' },
        expected: 'Nguyễn Văn An',
        actual: 'TS. Nguyễn Văn An',
        fixable: true,
      },
    ]),
    ...invalidInLayouts('master’s degree «ThS.»', name('ThS. Nguyễn Văn An'), [{ messageId: 'title', data: { title: 'ThS.' } }], ['table', 'tabs']),
    ...invalidInLayouts('compound title «PGS.TS.»', name('PGS.TS. Nguyễn Văn An'), [{ messageId: 'title', data: { title: 'PGS.TS.' }, expected: 'Nguyễn Văn An' }], ['table', 'stacked']),
    ...invalidInLayouts('military rank «Đại tá»', name('Đại tá Nguyễn Văn An'), [{ messageId: 'title', data: { title: 'Đại tá', expected: 'Nguyễn Văn An' } }], ['table', 'textbox', 'stacked']),
    { name: 'rank and degree «Thượng tá, TS.»', doc: () => partyDraft(name('Thượng tá, TS. Nguyễn Văn An')), errors: [{ messageId: 'title', data: { title: 'Thượng tá, TS.' }, expected: 'Nguyễn Văn An' }] },
    { name: 'biên bản chair with «GS.»', doc: () => partyDraft({ kind: 'BB', overrides: { signatureName: { text: 'GS. Trần Văn Bình' } } }), errors: [{ messageId: 'title', expected: 'Trần Văn Bình' }] },
  ],
} satisfies CaseTable;
