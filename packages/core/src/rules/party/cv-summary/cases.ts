import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { partyDraft, validInLayouts, invalidInLayouts } from '../../../../test/support/cases.js';
import { DOC_KINDS } from '../../../../test/support/party-draft.js';

const CV = { kind: 'CV' } as const;
const summary = (text: string | string[], extra: object = {}) => ({ ...CV, overrides: { cvSummary: { text, ...extra } } });

export default {
  valid: [
    ...DOC_KINDS.map((kind) => ({ name: `compliant ${kind}`, doc: () => partyDraft({ kind, layout: 'table' }) })),
    ...validInLayouts('compliant công văn', CV, ['tabs', 'textbox', 'stacked']),
    ...validInLayouts('summary written directly (HD 36 example)', summary('Chuẩn bị hội nghị trực tuyến quán triệt Nghị quyết'), ['table', 'tabs']),
    ...validInLayouts('summary on two lines', summary(['Chuẩn bị hội nghị trực tuyến', 'quán triệt Nghị quyết Trung ương 6 khóa XI']), ['table', 'stacked']),
    { name: 'hd36: «về việc» is not rejected', doc: () => partyDraft(CV), profile: 'hd36' },
    { name: 'hd05: summary starting «về việc»', doc: () => partyDraft(CV), profile: 'hd05' },
    { name: 'a word starting like the prefix «Vv…» is not the prefix', doc: () => partyDraft(summary('Vận động nhân dân tham gia hiến máu')) },
  ],
  invalid: [
    ...invalidInLayouts('State prefix «V/v»', summary('V/v chuẩn bị tổng kết năm 2025'), [
      {
        messageId: 'statePrefix',
        component: 'cvSummary',
        text: 'V/v chuẩn bị tổng kết năm 2025',
        data: { prefix: 'V/v', expected: 'về việc chuẩn bị tổng kết năm 2025' },
        severity: 'warning',
        expected: 'về việc chuẩn bị tổng kết năm 2025',
        actual: 'V/v chuẩn bị tổng kết năm 2025',
        fixable: true,
      },
    ]),
    {
      name: 'hd36: «V/v» dropped, first letter capital',
      doc: () => partyDraft(summary('V/v chuẩn bị tổng kết năm 2025')),
      profile: 'hd36',
      errors: [{ messageId: 'statePrefix', expected: 'Chuẩn bị tổng kết năm 2025', fixable: true }],
    },
    {
      name: 'hd05: «V/V:» becomes «về việc»',
      doc: () => partyDraft(summary('V/V: chuẩn bị tổng kết năm 2025')),
      profile: 'hd05',
      errors: [{ messageId: 'statePrefix', data: { prefix: 'V/V' }, expected: 'về việc chuẩn bị tổng kết năm 2025' }],
    },
    {
      name: 'hd05: summary without «về việc» (info)',
      doc: () => partyDraft(summary('Chuẩn bị tổng kết năm 2025')),
      profile: 'hd05',
      errors: [{ messageId: 'veViec', severity: 'info', expected: 'về việc chuẩn bị tổng kết năm 2025', fixable: false }],
    },
    ...invalidInLayouts('summary 14 pt, upright, bold', summary('về việc chuẩn bị tổng kết năm 2025', { sz: 14, i: false, b: true }), [
      { messageId: 'size', component: 'cvSummary', expected: '12 pt', actual: '14 pt', fixable: true },
      { messageId: 'italic', fixable: true },
      { messageId: 'notBold', fixable: true },
    ]),
    ...invalidInLayouts('summary upright', summary('về việc chuẩn bị tổng kết năm 2025', { i: false }), [{ messageId: 'italic', component: 'cvSummary' }], ['table', 'tabs']),
    ...invalidInLayouts('no summary under the number', { ...CV, omit: ['cvSummary'] }, [
      { messageId: 'missing', component: 'cvSummary', text: 'Số 268-CV/TU', data: { number: 'Số 268-CV/TU' }, fixable: false },
    ], ['table', 'tabs', 'stacked']),
  ],
} satisfies CaseTable;
