import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { invalidInLayouts, validInLayouts } from '../../../../test/support/cases.js';
import { DOC_KINDS } from '../../../../test/support/party-draft.js';

const chiBo = { issuer: { parent: 'ĐẢNG BỘ XÃ TÂN AN', name: 'CHI BỘ ẤP 3' } };
const separator = (text: string) => ({ overrides: { separator: { text } } });

export default {
  valid: [
    ...DOC_KINDS.flatMap((kind) => validInLayouts(`compliant ${kind}`, { kind }, ['table'])),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    ...validInLayouts('chi bộ meeting record', { kind: 'BB', ...chiBo }, ['tabs', 'stacked']),
    // A công văn has no type name and no separator.
    ...validInLayouts('compliant công văn', { kind: 'CV' }, ['tabs', 'textbox', 'stacked']),
    ...validInLayouts('header block not recognised', { omit: ['separator', 'partyHeader', 'issuer', 'number'] }, ['table', 'stacked']),
  ],
  invalid: [
    ...invalidInLayouts('three hyphens', separator('---'), [
      { messageId: 'form', component: 'separator', text: '---', expected: '-----', actual: '---', fixable: true },
    ]),
    ...invalidInLayouts('underscores', separator('_____'), [{ messageId: 'form', actual: '_____' }], ['table', 'tabs']),
    ...invalidInLayouts('asterisks', { kind: 'BB', ...chiBo, ...separator('*****') }, [{ messageId: 'form', actual: '*****' }], ['table', 'stacked']),
    ...invalidInLayouts('spaced hyphens', { kind: 'KH', ...separator('- - - - -') }, [{ messageId: 'form', actual: '- - - - -' }], ['textbox']),
    ...invalidInLayouts('long rule of hyphens', separator('---------------'), [{ messageId: 'form', actual: '---------------' }], ['stacked']),
    ...invalidInLayouts('no separator', { omit: ['separator'] }, [
      { messageId: 'missing', component: 'separator', text: 'về nhiệm vụ năm 2026', expected: '-----', actual: null, fixable: false },
    ]),
    ...invalidInLayouts('separator left-aligned', { kind: 'QĐ', overrides: { separator: { align: 'left' } } }, [
      { messageId: 'alignment', expected: 'center', actual: 'left', fixable: true },
    ]),
  ],
} satisfies CaseTable;
