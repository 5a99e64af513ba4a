import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { partyDraft, validInLayouts, invalidInLayouts } from '../../../../test/support/cases.js';
import { DEFAULT_TEXTS, DOC_KINDS } from '../../../../test/support/party-draft.js';
import { doc } from '../../../../test/support/docx-builder.js';

const header = (text: string) => ({ overrides: { partyHeader: { text } } });

export default {
  valid: [
    ...DOC_KINDS.map((kind) => ({ name: `compliant ${kind}`, doc: () => partyDraft({ kind, layout: 'table' }) })),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    ...validInLayouts('compliant công văn', { kind: 'CV' }, ['tabs', 'textbox', 'stacked']),
    // Found, so not missing: party-header-format reports the case and the diacritics.
    ...validInLayouts('header typed in normal case', header('Đảng Cộng sản Việt Nam'), ['table', 'tabs']),
    ...validInLayouts('header typed without diacritics', header('DANG CONG SAN VIET NAM'), ['table', 'stacked']),
    {
      name: 'not a Party document (no header block): silent',
      doc: () => doc().body('Kính thưa quý vị,', 'Thư mời tham dự hội thảo khoa học về chuyển đổi số năm 2026.').build(),
    },
  ],
  invalid: [
    ...invalidInLayouts('no Party header', { omit: ['partyHeader'] }, [
      { messageId: 'missing', component: 'partyHeader', text: DEFAULT_TEXTS.issuer, expected: 'ĐẢNG CỘNG SẢN VIỆT NAM', actual: null, fixable: false },
    ]),
    ...invalidInLayouts('công văn without the Party header', { kind: 'CV', omit: ['partyHeader'] }, [{ messageId: 'missing' }], ['table', 'tabs']),
    ...invalidInLayouts('biên bản without the Party header', { kind: 'BB', omit: ['partyHeader'] }, [{ messageId: 'missing', text: 'CHI BỘ ẤP 3' }], ['table', 'stacked']),
    ...invalidInLayouts('words of the header wrong', header('ĐẢNG CỘNG SẢN'), [{ messageId: 'missing' }], ['table']),
  ],
} satisfies CaseTable;
