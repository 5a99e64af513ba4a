import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { partyDraft, validInLayouts, invalidInLayouts } from '../../../../test/support/cases.js';
import { DOC_KINDS } from '../../../../test/support/party-draft.js';
import { editedDraft } from '../../../../test/support/draft-edit.js';

const LETTER = { widthMm: 215.9, heightMm: 279.4 };

export default {
  valid: [
    ...DOC_KINDS.map((kind) => ({ name: `compliant ${kind}`, doc: () => partyDraft({ kind, layout: 'table' }) })),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    { name: 'within the 1 mm tolerance', doc: () => partyDraft({ section: { widthMm: 210.8, heightMm: 296.3 } }) },
    // A data table (one that draws borders) is what allows a landscape section (an info note only).
    {
      name: 'landscape section holding a data table (info only)',
      doc: editedDraft({ layout: 'stacked', section: { orientation: 'landscape' } }, (spec) =>
        void spec.body.splice(12, 0, { table: { borders: true, rows: [[['Chỉ tiêu'], ['Kết quả']], [['Thu ngân sách'], ['105%']]] } }),
      ),
    },
  ],
  invalid: [
    ...invalidInLayouts('US Letter paper', { section: LETTER }, [
      {
        messageId: 'size',
        text: null,
        data: { section: 1, expected: '210 × 297 mm' },
        expected: '210 × 297 mm',
        actual: '215.9 × 279.4 mm',
        fixable: true,
      },
    ], ['table', 'stacked']),
    { name: 'A5 paper', doc: () => partyDraft({ section: { widthMm: 148, heightMm: 210 } }), errors: [{ messageId: 'size', actual: '148 × 210 mm' }] },
    ...invalidInLayouts('landscape section without a table', { section: { orientation: 'landscape' } }, [
      { messageId: 'landscape', text: null, data: { section: 1 }, expected: 'portrait', actual: 'landscape', fixable: true },
    ], ['tabs', 'textbox', 'stacked']),
    // The borderless layout table of the header and footer is not a data table.
    ...invalidInLayouts('landscape section with only the layout table', { section: { orientation: 'landscape' } }, [{ messageId: 'landscape' }], ['table']),
    {
      name: 'landscape US Letter without a table',
      doc: () => partyDraft({ layout: 'tabs', section: { orientation: 'landscape', widthMm: 279.4, heightMm: 215.9 } }),
      errors: [{ messageId: 'size', actual: '279.4 × 215.9 mm' }, { messageId: 'landscape' }],
    },
    {
      name: 'only the first of two sections is Letter',
      doc: editedDraft({ layout: 'tabs' }, (spec) => void spec.body.splice(3, 0, { runs: [], sectPr: LETTER })),
      errors: [{ messageId: 'size', data: { section: 1 }, actual: '215.9 × 279.4 mm' }],
    },
  ],
} satisfies CaseTable;
