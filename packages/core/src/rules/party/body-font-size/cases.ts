import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { invalidInLayouts, validInLayouts } from '../../../../test/support/cases.js';
import { editedDraft, editedInLayouts, editRuns } from '../../../../test/support/draft-edit.js';
import { compliantBodies, insertTable, QUY_DINH_OPTIONS } from '../../../../test/support/body-draft.js';
import { FONT, KIND_CONTENT } from '../../../../test/support/party-draft.js';

const NQ = KIND_CONTENT.NQ.body as string[];
const TABLE = [
  ['Chỉ tiêu', 'Kế hoạch', 'Thực hiện'],
  ['Kết nạp đảng viên', '1.200', '1.250'],
  ['Tổ chức đảng hoàn thành tốt nhiệm vụ trở lên', '90%', '92,5%'],
];
/** The Normal style of an office that set 13 pt: body runs without a size of their own take it. */
const normal13 = {
  overrides: { body: { sz: undefined as unknown as number } },
  styles: { paragraphStyles: [{ id: 'Normal', name: 'Normal', default: true, run: { font: { ascii: FONT, hAnsi: FONT, cs: FONT }, sz: 13 }, para: { spacingAfterPt: 0, line: { rule: 'auto' as const, value: 1 } } }] },
};

export default {
  valid: [
    ...compliantBodies(),
    ...validInLayouts('body at 15 pt', { overrides: { body: { sz: 15 } } }, ['table', 'stacked']),
    ...validInLayouts('body size from a 14 pt Normal style', { overrides: { body: { sz: undefined as unknown as number } } }, ['table', 'tabs']),
    ...editedInLayouts('data table at 14 pt', {}, (spec) => void insertTable(spec, NQ[2]!.slice(0, 20), TABLE, 14), ['table', 'stacked']),
  ],
  invalid: [
    ...invalidInLayouts('Normal style at 13 pt', normal13, [
      { messageId: 'sizeMany', component: 'body', text: NQ[0]!.slice(0, 30), data: { count: NQ.length, actual: '13 pt', expected: '14–15 pt', target: '14 pt' }, expected: '14–15 pt', actual: '13 pt', fixable: true },
    ]),
    ...invalidInLayouts('quy định at 12 pt, headings included', { ...QUY_DINH_OPTIONS, overrides: { body: { sz: 12 } } }, [
      { messageId: 'sizeMany', component: 'heading', text: 'Chương I', data: { count: 27, actual: '12 pt' } },
    ], ['table', 'textbox']),
    ...editedInLayouts('one paragraph at 16 pt', {}, (spec) => void editRuns(spec, NQ[2]!, (r) => ({ ...r, sz: 16 })), ['table', 'tabs', 'textbox', 'stacked'], [
      { messageId: 'size', component: 'body', text: NQ[2]!.slice(0, 30), data: { actual: '16 pt', expected: '14–15 pt', target: '15 pt' }, expected: '14–15 pt', actual: '16 pt', fixable: true },
    ]),
    ...editedInLayouts('two paragraphs at 13.5 pt', {}, (spec) => {
      editRuns(spec, NQ[0]!, (r) => ({ ...r, sz: 13.5 }));
      editRuns(spec, NQ[7]!, (r) => ({ ...r, sz: 13.5 }));
    }, ['table', 'stacked'], [
      { messageId: 'size', text: NQ[0]!.slice(0, 30), actual: '13.5 pt' },
      { messageId: 'size', text: NQ[7]!.slice(0, 30), actual: '13.5 pt' },
    ]),
    {
      name: 'data table at 13 pt (warning)',
      doc: editedDraft({}, (spec) => void insertTable(spec, NQ[2]!.slice(0, 20), TABLE, 13)),
      errors: [{ messageId: 'tableSmallMany', severity: 'warning', text: 'Chỉ tiêu', data: { count: 9, actual: '13 pt', preferred: '14 pt' }, fixable: true }],
    },
    {
      name: 'data table at 10 pt',
      doc: editedDraft({ layout: 'tabs' }, (spec) => void insertTable(spec, NQ[2]!.slice(0, 20), TABLE, 10)),
      errors: [{ messageId: 'tableSizeMany', severity: 'error', data: { count: 9, actual: '10 pt', expected: '12–15 pt', target: '12 pt' } }],
    },
  ],
} satisfies CaseTable;
