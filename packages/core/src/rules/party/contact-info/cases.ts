import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { partyDraft, validInLayouts } from '../../../../test/support/cases.js';
import { DOC_KINDS } from '../../../../test/support/party-draft.js';
import { ADDED_DEFAULTS, addedDraft, addedInLayouts } from '../../../../test/support/additions.js';

const ADDRESS = ADDED_DEFAULTS.contact[0].text;

export default {
  valid: [
    ...addedInLayouts('address, phone and email under a full-width line', {}, { contact: {} }),
    ...DOC_KINDS.map((kind) => ({ name: `compliant ${kind} without contact information`, doc: () => partyDraft({ kind, layout: 'table' }) })),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    ...DOC_KINDS.map((kind) => ({ name: `contact information on a ${kind}`, doc: addedDraft({ kind, layout: 'table' }, { contact: {} }) })),
    ...addedInLayouts('under a line of underscores, with a website', { kind: 'CV' }, { contact: { line: 'underscores', lines: [{ text: 'Số 01 Hùng Vương, Tân An; điện thoại: 0272.3826.123; website: longan.dcs.vn', sz: 10 }] } }, ['table', 'tabs']),
    ...addedInLayouts('with a typist mark and "Không phổ biến …"', {}, { typist: 'ABC268', noPublication: ADDED_DEFAULTS.noPublication.text, contact: {} }, ['table', 'stacked']),
  ],
  invalid: [
    ...addedInLayouts('12 pt', {}, { contact: { lines: ADDED_DEFAULTS.contact.map((l) => ({ ...l, sz: 12 })) } }, undefined, [
      { messageId: 'size', component: 'contact', text: ADDRESS, data: { expected: '10 pt', actual: '12 pt' }, expected: '10 pt', fixable: true },
      { messageId: 'size', component: 'contact', text: /^ĐT: / },
    ]),
    ...addedInLayouts('italic', {}, { contact: { lines: [{ text: ADDRESS, sz: 10, i: true }, ADDED_DEFAULTS.contact[1]] } }, ['table', 'stacked'], [
      { messageId: 'notItalic', component: 'contact', text: ADDRESS, fixable: true },
    ]),
    ...addedInLayouts('without the line', {}, { contact: { line: 'none' } }, ['table', 'tabs', 'textbox'], [
      { messageId: 'line', component: 'contact', text: ADDRESS, fixable: false },
    ]),
    {
      name: 'the line indented like a short rule',
      doc: addedDraft({ layout: 'table' }, { contact: {} }, (spec) => {
        const line = spec.body.find((b) => typeof b === 'object' && 'borderBottom' in b && b.borderBottom && (b.runs?.length ?? 0) === 0) as { indentLeftMm?: number; indentRightMm?: number };
        line.indentLeftMm = 40;
        line.indentRightMm = 40;
      }),
      errors: [{ messageId: 'lineWidth', data: { actual: 'trái 40.0 mm, phải 40.0 mm' }, fixable: false }],
    },
  ],
} satisfies CaseTable;
