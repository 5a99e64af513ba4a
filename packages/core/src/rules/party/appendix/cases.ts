import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { partyDraft, validInLayouts } from '../../../../test/support/cases.js';
import { DOC_KINDS } from '../../../../test/support/party-draft.js';
import { addedDraft, addedInLayouts } from '../../../../test/support/additions.js';

const TITLE = [{ text: 'LỊCH KIỂM TRA NĂM 2026', sz: 14, b: true }];

export default {
  valid: [
    ...addedInLayouts('one appendix "Phụ lục" on a new page (page break before)', {}, { appendices: [{}] }),
    ...DOC_KINDS.map((kind) => ({ name: `compliant ${kind} without appendix`, doc: () => partyDraft({ kind, layout: 'table' }) })),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    ...addedInLayouts('two appendices numbered 1 and 2, after a page break', { kind: 'KH' }, { appendices: [{ newPage: 'break' }, { newPage: 'break' }] }),
    ...addedInLayouts('an appendix after a section break', { kind: 'BC' }, { appendices: [{ newPage: 'section' }] }, ['table', 'stacked']),
    ...DOC_KINDS.map((kind) => ({ name: `two appendices on a ${kind}`, doc: addedDraft({ kind, layout: 'table' }, { appendices: [{}, {}] }) })),
    ...addedInLayouts('a single appendix numbered "Phụ lục 1"', {}, { appendices: [{ label: 'Phụ lục 1' }] }, ['table', 'tabs']),
    ...addedInLayouts('appendices and a copy block', {}, { appendices: [{}, {}], copy: {} }, ['table', 'tabs', 'stacked']),
  ],
  invalid: [
    ...addedInLayouts('not on a new page', {}, { appendices: [{ newPage: 'none' }] }, undefined, [
      { messageId: 'newPage', component: 'appendix', text: 'Phụ lục', fixable: false },
    ]),
    ...addedInLayouts('left-aligned', {}, { appendices: [{ label: { text: 'Phụ lục', sz: 14, b: true, align: 'left' } }] }, ['table', 'stacked'], [
      { messageId: 'centred', text: 'Phụ lục', expected: 'center', fixable: true },
    ]),
    ...addedInLayouts('two appendices, the second without its number', {}, { appendices: [{}, { label: { text: 'Phụ lục', sz: 14, b: true } }] }, ['table', 'tabs'], [
      { messageId: 'number', text: 'Phụ lục', data: { count: 2, expected: 'Phụ lục 2' }, expected: 'Phụ lục 2', fixable: true },
    ]),
    ...addedInLayouts('numbered in Roman numerals', {}, { appendices: [{ label: { text: 'PHỤ LỤC I', sz: 14, b: true } }, { label: { text: 'PHỤ LỤC II', sz: 14, b: true } }] }, ['table', 'stacked'], [
      { messageId: 'arabic', text: 'PHỤ LỤC I', expected: 'PHỤ LỤC 1', fixable: true },
      { messageId: 'arabic', text: 'PHỤ LỤC II', expected: 'PHỤ LỤC 2', fixable: true },
    ]),
    ...addedInLayouts('numbers out of sequence', { kind: 'KH' }, { appendices: [{ label: { text: 'Phụ lục 1', sz: 14, b: true } }, { label: { text: 'Phụ lục 3', sz: 14, b: true } }] }, ['table'], [
      { messageId: 'sequence', text: 'Phụ lục 3', data: { position: 2 }, expected: 'Phụ lục 2', fixable: true },
    ]),
    ...addedInLayouts('label and title on one line', {}, { appendices: [{ label: { text: 'Phụ lục: Lịch kiểm tra năm 2026', sz: 14, b: true }, title: [] }] }, ['table', 'tabs'], [
      { messageId: 'ownLine', text: 'Phụ lục: Lịch kiểm tra năm 2026', data: { title: 'Lịch kiểm tra năm 2026' }, expected: 'Phụ lục', fixable: false },
    ]),
    ...addedInLayouts('without a title', {}, { appendices: [{ title: [], body: [] }] }, ['table', 'stacked'], [
      { messageId: 'title', text: 'Phụ lục', fixable: false },
    ]),
    ...addedInLayouts('not referred to in the body', {}, { appendices: [{ title: TITLE }], appendixReference: null }, ['table', 'textbox'], [
      { messageId: 'reference', severity: 'warning', text: 'Phụ lục', fixable: false },
    ]),
  ],
} satisfies CaseTable;
