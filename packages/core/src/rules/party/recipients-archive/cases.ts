import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { partyDraft, validInLayouts, invalidInLayouts } from '../../../../test/support/cases.js';
import { DEFAULT_TEXTS, DOC_KINDS } from '../../../../test/support/party-draft.js';

const items = (...text: string[]) => ({ overrides: { recipientsItems: { text } } });
const [FIRST, SECOND, ARCHIVE] = DEFAULT_TEXTS.recipientsItems;

export default {
  valid: [
    ...DOC_KINDS.map((kind) => ({ name: `compliant ${kind}`, doc: () => partyDraft({ kind, layout: 'table' }) })),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    ...validInLayouts('compliant công văn', { kind: 'CV' }, ['tabs', 'stacked']),
    ...validInLayouts('archive line only', items(ARCHIVE), ['table', 'tabs']),
    { name: 'State form «- Lưu: VT, VPTU.» is still an archive line (recipients-punctuation reports its form)', doc: () => partyDraft(items(FIRST, SECOND, '- Lưu: VT, VPTU.')) },
    { name: 'biên bản without recipients', doc: () => partyDraft({ kind: 'BB', layout: 'tabs' }) },
    { name: 'archive line without a hyphen', doc: () => partyDraft(items(FIRST, SECOND, 'Lưu Văn phòng Tỉnh ủy.')) },
  ],
  invalid: [
    ...invalidInLayouts('no archive line', items(FIRST, '- Các huyện ủy, thành ủy.'), [
      {
        messageId: 'missing',
        component: 'recipientsItem',
        text: '- Các huyện ủy, thành ủy.',
        data: { word: 'Lưu' },
        severity: 'warning',
        expected: '- Lưu …',
        actual: '- Các huyện ủy, thành ủy.',
        fixable: false,
      },
    ]),
    ...invalidInLayouts('archive line in the middle', items(FIRST, '- Lưu Văn phòng Tỉnh ủy,', '- Các huyện ủy, thành ủy.'), [
      { messageId: 'notLast', text: '- Lưu Văn phòng Tỉnh ủy,', data: { actual: '- Lưu Văn phòng Tỉnh ủy,' } },
    ], ['table', 'stacked']),
    ...invalidInLayouts('công văn without an archive line', { kind: 'CV', ...items('- Như trên,', '- Thường trực Tỉnh ủy.') }, [{ messageId: 'missing' }], ['table', 'textbox']),
  ],
} satisfies CaseTable;
