import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { invalidInLayouts, partyDraft, validInLayouts } from '../../../../test/support/cases.js';
import { DOC_KINDS } from '../../../../test/support/party-draft.js';
import { addedInLayouts } from '../../../../test/support/additions.js';

const H = (text: string) => ({ text, b: true });

export default {
  valid: [
    ...DOC_KINDS.map((kind) => ({ name: `compliant ${kind}`, doc: () => partyDraft({ kind, layout: 'table' }) })),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    ...validInLayouts('a capitalised body line of abbreviations only', { bodyParagraphs: ['Các cơ quan liên quan thực hiện như sau:', H('CNXH, CNTT, THPT'), 'Tổ chức thực hiện nghiêm túc.'] }, ['table']),
    ...addedInLayouts('urgency mark, circulation note and copy kind with their diacritics', {}, { urgency: 'THƯỢNG KHẨN', circulation: 'TÀI LIỆU THU HỒI', copy: {} }, ['table', 'stacked']),
  ],
  invalid: [
    ...invalidInLayouts('issuer without diacritics', { issuer: { name: 'TINH UY LONG AN' } }, [
      { messageId: 'missing', component: 'issuer', text: 'TINH UY LONG AN', data: { actual: 'TINH UY LONG AN' }, actual: 'TINH UY LONG AN', expected: null, fixable: false },
    ]),
    ...invalidInLayouts('Party header without diacritics', { overrides: { partyHeader: { text: 'DANG CONG SAN VIET NAM' } } }, [
      { messageId: 'missing', component: 'partyHeader', text: 'DANG CONG SAN VIET NAM', expected: 'ĐẢNG CỘNG SẢN VIỆT NAM' },
    ], ['table', 'tabs', 'textbox']),
    ...invalidInLayouts('signing authority and position without diacritics', { overrides: { signatureAuthority: { text: 'T/M BAN THUONG VU' }, signaturePosition: { text: 'PHO BI THU' } } }, [
      { messageId: 'missing', component: 'signatureAuthority', text: 'T/M BAN THUONG VU' },
      { messageId: 'missing', component: 'signaturePosition', text: 'PHO BI THU' },
    ], ['table', 'stacked']),
    ...invalidInLayouts('type name without diacritics', { overrides: { typeName: { text: 'NGHI QUYET' } } }, [{ messageId: 'missing', component: 'typeName', text: 'NGHI QUYET' }], ['table']),
    ...invalidInLayouts('a heading of the body without diacritics', { bodyParagraphs: ['Ban Thường vụ Tỉnh ủy quyết nghị như sau:', H('I- DANH GIA KET QUA THUC HIEN NHIEM VU NAM 2025'), 'Kết quả đạt được khá toàn diện.'] }, [
      { messageId: 'missing', text: 'I- DANH GIA KET QUA THUC HIEN NHIEM VU NAM 2025' },
    ], ['table', 'tabs']),
  ],
} satisfies CaseTable;
