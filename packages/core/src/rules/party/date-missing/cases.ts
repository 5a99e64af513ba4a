import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { invalidInLayouts, validInLayouts } from '../../../../test/support/cases.js';
import { DOC_KINDS } from '../../../../test/support/party-draft.js';

const chiBo = { issuer: { parent: 'ĐẢNG BỘ XÃ TÂN AN', name: 'CHI BỘ ẤP 3' } };
const date = (text: string) => ({ overrides: { placeDate: { text } } });

export default {
  valid: [
    ...DOC_KINDS.flatMap((kind) => validInLayouts(`compliant ${kind}`, { kind }, ['table'])),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    ...validInLayouts('chi bộ meeting record', { kind: 'BB', ...chiBo }, ['tabs', 'stacked']),
    // A draft leaves day and month blank until it is signed.
    ...validInLayouts('day and month left blank in a draft', date('Tân An, ngày     tháng     năm 2026')),
    ...validInLayouts('header block not recognised', { omit: ['placeDate', 'issuer', 'partyHeader'] }, ['table', 'stacked']),
  ],
  invalid: [
    ...invalidInLayouts('no place and date', { omit: ['placeDate'] }, [
      { messageId: 'missing', component: 'placeDate', text: 'ĐẢNG CỘNG SẢN VIỆT NAM', expected: '<Địa danh>, ngày … tháng … năm …', actual: null, fixable: false },
    ]),
    ...invalidInLayouts('công văn without place and date', { kind: 'CV', omit: ['placeDate'] }, [{ messageId: 'missing' }], ['table', 'tabs']),
    ...invalidInLayouts('chi bộ record without place and date', { kind: 'BB', ...chiBo, omit: ['placeDate'] }, [{ messageId: 'missing' }], ['textbox']),
  ],
} satisfies CaseTable;
