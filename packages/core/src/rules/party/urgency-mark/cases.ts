import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { partyDraft, validInLayouts } from '../../../../test/support/cases.js';
import { DOC_KINDS } from '../../../../test/support/party-draft.js';
import { addedDraft, addedInLayouts, insertAfter, para } from '../../../../test/support/additions.js';

const MARK = { text: 'HỎA TỐC', sz: 14, b: true };

export default {
  valid: [
    ...addedInLayouts('HỎA TỐC under the number', {}, { urgency: 'HỎA TỐC' }),
    ...DOC_KINDS.map((kind) => ({ name: `compliant ${kind} without urgency mark`, doc: () => partyDraft({ kind, layout: 'table' }) })),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    ...DOC_KINDS.map((kind) => ({ name: `KHẨN under the number of a ${kind}`, doc: addedDraft({ kind, layout: 'table' }, { urgency: 'KHẨN' }) })),
    ...addedInLayouts('THƯỢNG KHẨN under the secrecy mark', { kind: 'CV' }, { secrecy: 'MẬT', urgency: 'THƯỢNG KHẨN' }, ['table', 'tabs', 'stacked']),
    ...addedInLayouts('old tone placement HOẢ TỐC', {}, { urgency: 'HOẢ TỐC' }, ['tabs', 'textbox']),
    ...addedInLayouts('urgency mark and draft note', { kind: 'TTr' }, { urgency: 'KHẨN', draftNote: 'Dự thảo lần 3' }, ['table', 'stacked']),
  ],
  invalid: [
    ...addedInLayouts('12 pt, not bold', {}, { urgency: { text: 'KHẨN', sz: 12, b: false } }, undefined, [
      { messageId: 'size', component: 'urgencyMark', text: 'KHẨN', data: { expected: '14 pt', actual: '12 pt' }, fixable: true },
      { messageId: 'bold', component: 'urgencyMark', text: 'KHẨN', fixable: true },
    ]),
    ...addedInLayouts('typed in normal case', {}, { urgency: 'Hỏa tốc' }, ['table', 'tabs', 'stacked'], [
      { messageId: 'upper', component: 'urgencyMark', text: 'Hỏa tốc', expected: 'HỎA TỐC', actual: 'Hỏa tốc', fixable: true },
    ]),
    ...addedInLayouts('the State form HỎA TỐC HẸN GIỜ', {}, { urgency: 'HỎA TỐC HẸN GIỜ' }, ['table', 'textbox'], [
      { messageId: 'unknown', text: 'HỎA TỐC HẸN GIỜ', data: { actual: 'HỎA TỐC HẸN GIỜ', expected: 'KHẨN, THƯỢNG KHẨN, HỎA TỐC' }, fixable: false },
    ]),
    ...(['table', 'stacked'] as const).map((layout) => ({
      name: `at the top right, under the date (${layout})`,
      doc: addedDraft({ layout }, {}, (spec) => insertAfter(spec, (t) => t.startsWith('Tân An,'), [para(MARK, layout === 'table' ? 'center' : 'right')])),
      errors: [{ messageId: 'position', text: 'HỎA TỐC', data: { number: 'Số 15-NQ/TU' }, fixable: false }],
    })),
    {
      name: 'above the number',
      doc: addedDraft({ layout: 'table' }, {}, (spec) => insertAfter(spec, (t) => t === '*', [para(MARK, 'center')])),
      errors: [{ messageId: 'position', text: 'HỎA TỐC' }],
    },
    ...(['table', 'stacked'] as const).map((layout) => ({
      name: `above the secrecy mark (${layout})`,
      doc: addedDraft({ layout }, { urgency: 'HỎA TỐC' }, (spec) => insertAfter(spec, (t) => t === 'HỎA TỐC', [para({ text: 'MẬT', sz: 14, b: true }, layout === 'table' ? 'center' : 'left')])),
      errors: [{ messageId: 'belowSecrecy', text: 'HỎA TỐC', data: { secrecy: 'MẬT' } }],
    })),
  ],
} satisfies CaseTable;
