import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { partyDraft, validInLayouts } from '../../../../test/support/cases.js';
import { DOC_KINDS } from '../../../../test/support/party-draft.js';
import { addedDraft, addedInLayouts } from '../../../../test/support/additions.js';

/** The copy block is laid out in a table, tab-separated lines or stacked paragraphs. */
const COPY_LAYOUTS = ['table', 'tabs', 'stacked'] as const;

export default {
  valid: [
    ...addedInLayouts('SAO Y BẢN CHÍNH under a full-width line', {}, { copy: {} }, COPY_LAYOUTS),
    ...DOC_KINDS.map((kind) => ({ name: `compliant ${kind} (not a copy)`, doc: () => partyDraft({ kind, layout: 'table' }) })),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    ...DOC_KINDS.map((kind) => ({ name: `a copy of a ${kind}`, doc: addedDraft({ kind, layout: 'table' }, { copy: {} }) })),
    ...addedInLayouts('SAO LỤC under a line of underscores', { kind: 'CV' }, { copy: { kind: 'SAO LỤC', line: 'underscores' } }, ['table', 'stacked']),
    ...addedInLayouts('TRÍCH SAO', { kind: 'BC' }, { copy: { kind: 'TRÍCH SAO', number: 'Số 05-BS/UBKTTU' } }, ['tabs']),
  ],
  invalid: [
    ...addedInLayouts('without the separating line', {}, { copy: { line: 'none' } }, COPY_LAYOUTS, [
      { messageId: 'line', component: 'copyBlock', text: 'SAO Y BẢN CHÍNH', fixable: false },
    ]),
    ...addedInLayouts('the State form "SAO Y"', {}, { copy: { kind: 'SAO Y' } }, COPY_LAYOUTS, [
      { messageId: 'stateKind', text: 'SAO Y', expected: 'SAO Y BẢN CHÍNH', actual: 'SAO Y', fixable: true },
    ]),
    ...addedInLayouts('copy kind not bold, 13 pt', {}, { copy: { kind: { text: 'SAO Y BẢN CHÍNH', sz: 13, b: false } } }, ['table', 'stacked'], [
      { messageId: 'size', component: 'copyBlock', text: 'SAO Y BẢN CHÍNH', data: { expected: '14 pt', actual: '13 pt' }, fixable: true },
      { messageId: 'bold', component: 'copyBlock', text: 'SAO Y BẢN CHÍNH', fixable: true },
    ]),
    ...addedInLayouts('copy kind in normal case', {}, { copy: { kind: { text: 'Sao lục', sz: 14, b: true } } }, ['table', 'tabs'], [
      { messageId: 'upper', text: 'Sao lục', expected: 'SAO LỤC', fixable: true },
    ]),
    ...addedInLayouts('copy number with the type symbol of the original', {}, { copy: { number: 'Số 24-NQ/VPTU' } }, COPY_LAYOUTS, [
      { messageId: 'numberSymbol', text: 'Số 24-NQ/VPTU', data: { fixed: 'Số 24-BS/VPTU' }, expected: 'Số 24-BS/VPTU', fixable: true },
    ]),
    ...addedInLayouts('copy number in the State form', {}, { copy: { number: 'Số: 24/SY-VPTU' } }, ['table'], [
      { messageId: 'numberForm', text: 'Số: 24/SY-VPTU', fixable: false },
    ]),
    ...addedInLayouts('copy number bold', {}, { copy: { number: { text: 'Số 24-BS/VPTU', sz: 14, b: true } } }, ['table', 'stacked'], [
      { messageId: 'notBold', component: 'copyBlock', text: 'Số 24-BS/VPTU', fixable: true },
    ]),
  ],
} satisfies CaseTable;
