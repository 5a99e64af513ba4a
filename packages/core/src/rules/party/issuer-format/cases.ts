import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { invalidInLayouts, validInLayouts } from '../../../../test/support/cases.js';
import { DOC_KINDS } from '../../../../test/support/party-draft.js';

const chiBo = { parent: 'ĐẢNG BỘ XÃ TÂN AN', name: 'CHI BỘ ẤP 3' };
const huyen = { parent: 'ĐẢNG BỘ TỈNH LONG AN', name: 'HUYỆN ỦY ĐỨC HÒA' };

export default {
  valid: [
    ...DOC_KINDS.flatMap((kind) => validInLayouts(`compliant ${kind}`, { kind }, ['table'])),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    ...validInLayouts('chi bộ with its parent', { issuer: chiBo }),
    ...validInLayouts('chi bộ with its parent, left column centred on tab stops', { issuer: chiBo, tabAlign: 'centered' }, ['tabs']),
    ...validInLayouts('huyện ủy under the provincial party organisation', { kind: 'BC', issuer: huyen }, ['table', 'tabs']),
    ...validInLayouts('đảng ủy khối needs no parent line', { issuer: { parent: null, name: 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH' } }, ['table']),
    ...validInLayouts('chi bộ alone, header block not recognised', { issuer: { parent: null, name: 'CHI BỘ ẤP 3' }, omit: ['partyHeader', 'number', 'placeDate'] }, ['table', 'stacked']),
    ...validInLayouts('header block not recognised', { omit: ['star', 'partyHeader', 'number', 'placeDate'] }, ['table', 'stacked']),
    ...validInLayouts('capitals from the All caps property', { overrides: { issuer: { text: 'Tỉnh ủy Long An', caps: true } } }, ['table', 'stacked']),
  ],
  invalid: [
    ...invalidInLayouts('issuing body not bold', { overrides: { issuer: { b: false } } }, [
      { messageId: 'bold', component: 'issuer', text: 'TỈNH ỦY LONG AN', expected: 'đậm', actual: 'không đậm', fixable: true },
    ]),
    ...invalidInLayouts('parent body bold', { issuer: chiBo, overrides: { parentIssuer: { b: true } } }, [
      { messageId: 'notBold', component: 'parentIssuer', text: 'ĐẢNG BỘ XÃ TÂN AN', fixable: true },
    ]),
    ...invalidInLayouts('issuing body 13 pt', { overrides: { issuer: { sz: 13 } } }, [
      { messageId: 'size', component: 'issuer', expected: '14 pt', actual: '13 pt', data: { actual: '13 pt' } },
    ], ['table', 'tabs']),
    ...invalidInLayouts('parent body 12 pt and italic', { issuer: chiBo, overrides: { parentIssuer: { sz: 12, i: true } } }, [
      { messageId: 'size', component: 'parentIssuer', actual: '12 pt' },
      { messageId: 'notItalic', component: 'parentIssuer' },
    ], ['table', 'textbox']),
    ...invalidInLayouts('issuing body typed in normal case', { overrides: { issuer: { text: 'Tỉnh ủy Long An' } } }, [
      { messageId: 'upper', component: 'issuer', expected: 'TỈNH ỦY LONG AN', actual: 'Tỉnh ủy Long An', fixable: true },
    ]),
    ...invalidInLayouts('chi bộ without its parent line', { kind: 'BB', issuer: { parent: null, name: 'CHI BỘ ẤP 3' } }, [
      { messageId: 'parentMissing', component: 'parentIssuer', text: 'CHI BỘ ẤP 3', data: { issuer: 'CHI BỘ ẤP 3' }, fixable: false },
    ]),
    ...invalidInLayouts('huyện ủy without its parent line', { kind: 'BC', issuer: { parent: null, name: 'HUYỆN ỦY ĐỨC HÒA' } }, [
      { messageId: 'parentMissing', data: { issuer: 'HUYỆN ỦY ĐỨC HÒA' } },
    ], ['table', 'stacked']),
  ],
} satisfies CaseTable;
