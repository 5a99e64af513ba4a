import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { partyDraft, validInLayouts, invalidInLayouts } from '../../../../test/support/cases.js';
import { DOC_KINDS } from '../../../../test/support/party-draft.js';

const typeName = (text: string) => ({ overrides: { typeName: { text } } });

export default {
  valid: [
    ...DOC_KINDS.map((kind) => ({ name: `compliant ${kind}`, doc: () => partyDraft({ kind, layout: 'table' }) })),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    ...validInLayouts('compliant quy định', { kind: 'QĐi' }, ['tabs', 'stacked']),
    ...validInLayouts('administrative paper «GIẤY GIỚI THIỆU»', typeName('GIẤY GIỚI THIỆU'), ['table', 'textbox']),
    ...validInLayouts('political report «BÁO CÁO CHÍNH TRỊ»', { kind: 'BC', ...typeName('BÁO CÁO CHÍNH TRỊ') }, ['table', 'stacked']),
    ...validInLayouts('personal self-review «BẢN KIỂM ĐIỂM CÁ NHÂN»', typeName('BẢN KIỂM ĐIỂM CÁ NHÂN'), ['table']),
    { name: 'a type new in QĐ 399 «CHIẾN LƯỢC»', doc: () => partyDraft(typeName('CHIẾN LƯỢC')) },
    { name: 'compliant resolution under hd05', doc: () => partyDraft({}), profile: 'hd05' },
  ],
  invalid: [
    ...invalidInLayouts('State type «NGHỊ ĐỊNH»', typeName('NGHỊ ĐỊNH'), [
      { messageId: 'stateOnly', component: 'typeName', text: 'NGHỊ ĐỊNH', data: { actual: 'NGHỊ ĐỊNH' }, severity: 'warning', actual: 'NGHỊ ĐỊNH', fixable: false },
    ]),
    ...invalidInLayouts('State type «THÔNG TƯ»', typeName('THÔNG TƯ'), [{ messageId: 'stateOnly', data: { actual: 'THÔNG TƯ' } }], ['table', 'tabs']),
    ...invalidInLayouts('State type «CÔNG ĐIỆN»', typeName('CÔNG ĐIỆN'), [{ messageId: 'stateOnly' }], ['stacked']),
    ...invalidInLayouts('State type with old tone marks «GIẤY UỶ QUYỀN»', typeName('GIẤY UỶ QUYỀN'), [{ messageId: 'stateOnly', actual: 'GIẤY UỶ QUYỀN' }], ['table', 'textbox']),
    { name: 'State type under hd36', doc: () => partyDraft(typeName('NGHỊ ĐỊNH')), profile: 'hd36', errors: [{ messageId: 'stateOnly' }] },
    ...invalidInLayouts('a title that is no Party type «TÂM THƯ» (info)', typeName('TÂM THƯ'), [
      { messageId: 'unknown', component: 'typeName', severity: 'info', data: { actual: 'TÂM THƯ' } },
    ], ['table', 'stacked']),
  ],
} satisfies CaseTable;
