import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { partyDraft, validInLayouts } from '../../../../test/support/cases.js';
import { DOC_KINDS } from '../../../../test/support/party-draft.js';
import { addedDraft, addedInLayouts, insertAfter, para } from '../../../../test/support/additions.js';

export default {
  valid: [
    ...addedInLayouts('"Dự thảo lần 2" under the number', {}, { draftNote: 'Dự thảo lần 2' }),
    ...DOC_KINDS.map((kind) => ({ name: `compliant ${kind} without draft note`, doc: () => partyDraft({ kind, layout: 'table' }) })),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    ...DOC_KINDS.map((kind) => ({ name: `draft note on a ${kind}`, doc: addedDraft({ kind, layout: 'table' }, { draftNote: 'Dự thảo lần 1' }) })),
    ...addedInLayouts('"(Dự thảo)" in parentheses, under the urgency mark', { kind: 'CV' }, { urgency: 'KHẨN', draftNote: '(Dự thảo)' }, ['table', 'tabs', 'stacked']),
  ],
  invalid: [
    ...addedInLayouts('upright', {}, { draftNote: { text: 'Dự thảo lần 2', sz: 14, i: false } }, undefined, [
      { messageId: 'italic', component: 'draftNote', text: 'Dự thảo lần 2', fixable: true },
    ]),
    ...addedInLayouts('12 pt', {}, { draftNote: { text: 'Dự thảo lần 2', sz: 12, i: true } }, ['table', 'stacked'], [
      { messageId: 'size', component: 'draftNote', data: { expected: '14 pt', actual: '12 pt' } },
    ]),
    ...addedInLayouts('in capitals', {}, { draftNote: { text: 'DỰ THẢO LẦN 2', sz: 14, i: true } }, ['table', 'tabs', 'textbox'], [
      { messageId: 'normalCase', text: 'DỰ THẢO LẦN 2', expected: 'Dự thảo lần 2', actual: 'DỰ THẢO LẦN 2', fixable: true },
    ]),
    ...addedInLayouts('shown in capitals (w:caps)', {}, { draftNote: { text: 'Dự thảo lần 2', sz: 14, i: true, caps: true } }, ['table'], [
      { messageId: 'normalCase', expected: 'Dự thảo lần 2', actual: 'DỰ THẢO LẦN 2', fixable: true },
    ]),
    ...(['table', 'stacked'] as const).map((layout) => ({
      name: `at the top right, under the date (${layout})`,
      doc: addedDraft({ layout }, {}, (spec) => insertAfter(spec, (t) => t.startsWith('Tân An,'), [para({ text: 'Dự thảo lần 2', sz: 14, i: true }, layout === 'table' ? 'center' : 'right')])),
      errors: [{ messageId: 'position', text: 'Dự thảo lần 2', data: { number: 'Số 15-NQ/TU' }, fixable: false }],
    })),
  ],
} satisfies CaseTable;
