import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { invalidInLayouts, validInLayouts } from '../../../../test/support/cases.js';
import { DOC_KINDS } from '../../../../test/support/party-draft.js';

const chiBo = { issuer: { parent: 'ĐẢNG BỘ XÃ TÂN AN', name: 'CHI BỘ ẤP 3' } };
const summary = (o: object) => ({ overrides: { summary: o } });

export default {
  valid: [
    ...DOC_KINDS.flatMap((kind) => validInLayouts(`compliant ${kind}`, { kind }, ['table'])),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    ...validInLayouts('chi bộ meeting record', { kind: 'BB', ...chiBo }, ['tabs', 'stacked']),
    ...validInLayouts('summary 15 pt on two lines', summary({ sz: 15, text: ['về nhiệm vụ phát triển kinh tế - xã hội', 'năm 2026'] }), ['table', 'tabs']),
    // A proper noun may open the summary.
    ...validInLayouts('summary opening with a proper noun', { kind: 'TTr', ...summary({ text: 'Ban Chấp hành Đảng bộ tỉnh khóa XI' }) }, ['table']),
    // HD 36 §1.5.1: the author may stand in capitals between the type name and the summary.
    ...validInLayouts('author line in capitals above the summary', summary({ text: ['CỦA BAN THƯỜNG VỤ TỈNH ỦY', 'về công tác cán bộ'] }), ['table', 'stacked']),
  ],
  invalid: [
    ...invalidInLayouts('summary in capitals', summary({ text: 'VỀ NHIỆM VỤ NĂM 2026' }), [
      { messageId: 'allUpper', component: 'summary', text: 'VỀ NHIỆM VỤ NĂM 2026', expected: 'chữ in thường', actual: 'chữ in hoa', fixable: false },
    ]),
    ...invalidInLayouts('summary in capitals by the All caps property', summary({ caps: true }), [
      { messageId: 'allUpper', data: { actual: 'VỀ NHIỆM VỤ NĂM 2026' }, fixable: true },
    ], ['table', 'stacked']),
    ...invalidInLayouts('summary starting with a capital «Về»', summary({ text: 'Về nhiệm vụ năm 2026' }), [
      { messageId: 'capitalised', component: 'summary', expected: 'về', actual: 'Về', fixable: true },
    ]),
    ...invalidInLayouts('meeting record summary starting with a capital', { kind: 'BB', ...chiBo, ...summary({ text: 'Sinh hoạt chi bộ thường kỳ tháng 01 năm 2026' }) }, [
      { messageId: 'capitalised', expected: 'sinh hoạt', actual: 'Sinh hoạt' },
    ], ['table', 'tabs']),
    ...invalidInLayouts('summary not bold', summary({ b: false }), [{ messageId: 'bold', component: 'summary', fixable: true }]),
    ...invalidInLayouts('summary 13 pt and italic', { kind: 'QĐ', ...summary({ sz: 13, i: true }) }, [
      { messageId: 'size', expected: '14–15 pt', actual: '13 pt' },
      { messageId: 'notItalic' },
    ], ['table', 'textbox']),
    ...invalidInLayouts('summary left-aligned', summary({ align: 'left' }), [{ messageId: 'alignment', expected: 'center', actual: 'left', fixable: true }], ['table', 'stacked']),
  ],
} satisfies CaseTable;
