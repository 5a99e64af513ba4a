import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { partyDraft, validInLayouts, invalidInLayouts } from '../../../../test/support/cases.js';
import { DEFAULT_TEXTS, DOC_KINDS } from '../../../../test/support/party-draft.js';
import { doc } from '../../../../test/support/docx-builder.js';

export default {
  valid: [
    ...DOC_KINDS.map((kind) => ({ name: `compliant ${kind}`, doc: () => partyDraft({ kind, layout: 'table' }) })),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    ...validInLayouts('compliant công văn', { kind: 'CV' }, ['tabs', 'textbox', 'stacked']),
    ...validInLayouts('biên bản needs no recipients', { kind: 'BB' }, ['tabs', 'textbox', 'stacked']),
    ...validInLayouts('no recognised footer: silent', { omit: ['signatureAuthority', 'signaturePosition', 'signatureName', 'recipientsLabel', 'recipientsItems'] }, ['table', 'stacked']),
    {
      name: 'not a Party document (no header block): silent',
      doc: () => doc().body('Kính thưa quý vị,', 'Thư mời tham dự hội thảo khoa học về chuyển đổi số năm 2026.').build(),
    },
  ],
  invalid: [
    ...invalidInLayouts('no recipients', { omit: ['recipientsLabel', 'recipientsItems'] }, [
      { messageId: 'missing', component: 'recipientsLabel', text: DEFAULT_TEXTS.signatureAuthority, expected: 'Nơi nhận:', fixable: false },
    ]),
    ...invalidInLayouts('công văn without recipients', { kind: 'CV', omit: ['recipientsLabel', 'recipientsItems'] }, [{ messageId: 'missing' }], ['table', 'tabs']),
    ...invalidInLayouts('label without any recipient', { omit: ['recipientsItems'] }, [
      { messageId: 'empty', component: 'recipientsLabel', text: 'Nơi nhận:', data: { actual: 'Nơi nhận:' } },
    ]),
  ],
} satisfies CaseTable;
