import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { partyDraft, validInLayouts, invalidInLayouts } from '../../../../test/support/cases.js';
import { DOC_KINDS } from '../../../../test/support/party-draft.js';
import { doc } from '../../../../test/support/docx-builder.js';

const lastBodyNQ = /^Các đảng ủy trực thuộc Tỉnh ủy, các ban cán sự đảng/;

export default {
  valid: [
    ...DOC_KINDS.map((kind) => ({ name: `compliant ${kind}`, doc: () => partyDraft({ kind, layout: 'table' }) })),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    ...validInLayouts('compliant biên bản: chair and secretary', { kind: 'BB' }, ['tabs', 'textbox', 'stacked']),
    ...validInLayouts('position without authority', { omit: ['signatureAuthority'], overrides: { signaturePosition: { text: 'BÍ THƯ' } } }, ['table', 'stacked']),
    ...validInLayouts('authority without a position line', { omit: ['signaturePosition'], overrides: { signatureAuthority: { text: 'T/M BAN CHẤP HÀNH' } } }, ['table', 'tabs']),
    {
      name: 'not a Party document (no header block): silent',
      doc: () => doc().body('Kính thưa quý vị,', 'Thư mời tham dự hội thảo khoa học về chuyển đổi số năm 2026.').build(),
    },
  ],
  invalid: [
    ...invalidInLayouts('no signature block', { omit: ['signatureAuthority', 'signaturePosition', 'signatureName'] }, [
      { messageId: 'missing', component: 'signatureName', text: lastBodyNQ, fixable: false },
    ]),
    ...invalidInLayouts('no footer at all', { omit: ['signatureAuthority', 'signaturePosition', 'signatureName', 'recipientsLabel', 'recipientsItems'] }, [
      { messageId: 'missing', text: lastBodyNQ },
    ], ['table', 'stacked']),
    ...invalidInLayouts('no signer name', { omit: ['signatureName'] }, [
      { messageId: 'nameMissing', text: 'PHÓ BÍ THƯ', data: { actual: 'T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ' } },
    ]),
    ...invalidInLayouts('công văn without signer name', { kind: 'CV', omit: ['signatureName'] }, [{ messageId: 'nameMissing' }], ['table', 'tabs']),
    ...invalidInLayouts('biên bản without the secretary', { kind: 'BB', omit: ['secretaryPosition', 'secretaryName'] }, [
      { messageId: 'secondMissing', text: 'Trần Văn Bình', data: { found: 1 } },
    ]),
  ],
} satisfies CaseTable;
