import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { partyDraft, validInLayouts, invalidInLayouts } from '../../../../test/support/cases.js';
import { DOC_KINDS } from '../../../../test/support/party-draft.js';
import { editedDraft } from '../../../../test/support/draft-edit.js';

type Margins = { top?: number; bottom?: number; left?: number; right?: number; gutter?: number };
const margins = (m: Margins) => ({ section: { marginsMm: m } });
const mirrored = (m: Margins) => editedDraft(margins(m), (spec) => void (spec.settings = { ...spec.settings, mirrorMargins: true }));

export default {
  valid: [
    ...DOC_KINDS.map((kind) => ({ name: `compliant ${kind}`, doc: () => partyDraft({ kind, layout: 'table' }) })),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    { name: 'within the 0.5 mm tolerance', doc: () => partyDraft(margins({ top: 20.4, bottom: 19.6, left: 30.5, right: 14.6 })) },
    { name: 'mirrored margins for two-sided printing (inside 30, outside 15)', doc: mirrored({}) },
    { name: 'gutter counts toward the left margin (20 + 10)', doc: () => partyDraft(margins({ left: 20, gutter: 10 })) },
    {
      name: 'landscape table section with the margins turned with the page',
      doc: () => partyDraft({ layout: 'table', section: { orientation: 'landscape', marginsMm: { top: 30, bottom: 15, left: 20, right: 20 } } }),
    },
    { name: 'landscape table section keeping the portrait margins', doc: () => partyDraft({ layout: 'table', section: { orientation: 'landscape' } }) },
  ],
  invalid: [
    {
      name: "Word's default margins (1 inch)",
      doc: () => partyDraft(margins({ top: 25.4, bottom: 25.4, left: 25.4, right: 25.4 })),
      errors: [
        {
          messageId: 'margins',
          text: null,
          data: { section: 1, sides: 'trên 25.4 mm, dưới 25.4 mm, trái 25.4 mm, phải 25.4 mm' },
          expected: 'trên 20 mm, dưới 20 mm, trái 30 mm, phải 15 mm',
          actual: 'trên 25.4 mm, dưới 25.4 mm, trái 25.4 mm, phải 25.4 mm',
          fixable: true,
        },
      ],
    },
    ...invalidInLayouts('left and right 20 mm', margins({ left: 20, right: 20 }), [
      { messageId: 'margins', text: null, data: { sides: 'trái 20 mm, phải 20 mm', sidesEn: 'left 20 mm, right 20 mm' } },
    ], ['table', 'stacked']),
    {
      name: 'top 19.3 mm, just outside the tolerance',
      doc: () => partyDraft(margins({ top: 19.3 })),
      errors: [{ messageId: 'margins', data: { sides: 'trên 19.3 mm' } }],
    },
    {
      name: 'gutter added to a full left margin',
      doc: () => partyDraft(margins({ gutter: 10 })),
      errors: [{ messageId: 'margins', data: { sides: 'trái 40 mm (lề 30 mm + gáy 10 mm)' }, fixable: true }],
    },
    {
      name: 'gutter wider than the inner margin (no automatic fix)',
      doc: () => partyDraft(margins({ left: 5, gutter: 35 })),
      errors: [{ messageId: 'margins', data: { sides: 'trái 40 mm (lề 5 mm + gáy 35 mm)' }, fixable: false }],
    },
    {
      name: 'mirrored margins the wrong way round (inside 15, outside 30)',
      doc: mirrored({ left: 15, right: 30 }),
      errors: [{ messageId: 'margins', data: { sides: 'trong 15 mm, ngoài 30 mm', sidesEn: 'inside 15 mm, outside 30 mm' } }],
    },
    {
      name: 'landscape section with margins fitting no orientation',
      doc: () => partyDraft({ layout: 'table', section: { orientation: 'landscape', marginsMm: { top: 30, bottom: 30, left: 15, right: 15 } } }),
      errors: [{ messageId: 'margins', data: { section: 1 } }],
    },
    {
      name: 'only the first of two sections is off',
      doc: editedDraft({}, (spec) => void spec.body.splice(3, 0, { runs: [], sectPr: { marginsMm: { left: 25 } } })),
      errors: [{ messageId: 'margins', data: { section: 1, sides: 'trái 25 mm' } }],
    },
  ],
} satisfies CaseTable;
