import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { invalidInLayouts, validInLayouts } from '../../../../test/support/cases.js';
import { DOC_KINDS } from '../../../../test/support/party-draft.js';

const chiBo = { issuer: { parent: 'ĐẢNG BỘ XÃ TÂN AN', name: 'CHI BỘ ẤP 3' } };
const typeName = (o: object) => ({ overrides: { typeName: o } });

export default {
  valid: [
    ...DOC_KINDS.flatMap((kind) => validInLayouts(`compliant ${kind}`, { kind }, ['table'])),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    ...validInLayouts('chi bộ meeting record', { kind: 'BB', ...chiBo }, ['tabs', 'stacked']),
    ...validInLayouts('type name 15 pt', typeName({ sz: 15 }), ['table', 'tabs']),
    ...validInLayouts('capitals from the All caps property', typeName({ text: 'Nghị quyết', caps: true }), ['table', 'stacked']),
  ],
  invalid: [
    ...invalidInLayouts('type name not bold', typeName({ b: false }), [
      { messageId: 'bold', component: 'typeName', text: 'NGHỊ QUYẾT', expected: 'đậm', actual: 'không đậm', fixable: true },
    ]),
    ...invalidInLayouts('type name 14 pt', typeName({ sz: 14 }), [{ messageId: 'size', expected: '15–16 pt', actual: '14 pt' }]),
    ...invalidInLayouts('type name 18 pt and italic', { kind: 'BB', ...chiBo, ...typeName({ sz: 18, i: true }) }, [
      { messageId: 'size', actual: '18 pt', text: 'BIÊN BẢN' },
      { messageId: 'notItalic' },
    ], ['table', 'textbox']),
    ...invalidInLayouts('type name in normal case', typeName({ text: 'Nghị quyết' }), [{ messageId: 'upper', expected: 'NGHỊ QUYẾT', actual: 'Nghị quyết' }]),
    ...invalidInLayouts('type name left-aligned', { kind: 'QĐ', ...typeName({ align: 'left' }) }, [
      { messageId: 'alignment', text: 'QUYẾT ĐỊNH', expected: 'center', actual: 'left', fixable: true },
    ]),
  ],
} satisfies CaseTable;
