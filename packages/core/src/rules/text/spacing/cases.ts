import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { invalidInLayouts, partyDraft, validInLayouts } from '../../../../test/support/cases.js';
import { DOC_KINDS } from '../../../../test/support/party-draft.js';
import { addedInLayouts } from '../../../../test/support/additions.js';

const body = (...paragraphs: string[]) => ({ bodyParagraphs: [...paragraphs, 'Các cấp ủy tổ chức thực hiện nghiêm túc Nghị quyết này.'] });

export default {
  valid: [
    ...DOC_KINDS.map((kind) => ({ name: `compliant ${kind}`, doc: () => partyDraft({ kind, layout: 'table' }) })),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    ...validInLayouts(
      'numbers, abbreviations, times, emails and websites',
      body(
        'Năm 2025 kết nạp 1.250 đảng viên, tăng trưởng 7,2%; hạn nộp 15/01/2026, lúc 14:30 tại TP. Hồ Chí Minh và Q.1; T/M Ban Thường vụ, K/T Bí thư.',
        'Liên hệ: vanphong@longan.dcs.vn, www.longan.dcs.vn hoặc https://longan.dcs.vn/lien-he; các tệp baocao.docx, v.v...',
        'Các nội dung (có lý do), như: họp, kiểm tra... đều thực hiện.',
      ),
      ['table', 'tabs'],
    ),
    ...validInLayouts('blanks left in the number and the date of a draft', { overrides: { number: { text: 'Số     -NQ/TU' }, placeDate: { text: 'Tân An, ngày    tháng 01 năm 2026' } } }, ['table', 'tabs']),
    ...addedInLayouts('contact information with an email and a website', {}, { contact: {} }, ['table', 'stacked']),
  ],
  invalid: [
    ...invalidInLayouts('double space in the body', body('Năm 2025,  các cấp ủy đã đoàn kết, nỗ lực.'), [
      { messageId: 'doubleSpace', component: 'body', data: { actual: '2025,  các', expected: '2025, các' }, actual: '2025,  các', expected: '2025, các', fixable: true },
    ], ['table', 'stacked']),
    ...invalidInLayouts('space before a comma and a period', body('Năm 2025 , các cấp ủy đã đoàn kết, nỗ lực .'), [
      { messageId: 'spaceBefore', actual: '2025 , … lực .', expected: '2025, … lực.' },
    ], ['table', 'textbox']),
    ...invalidInLayouts('missing space after a comma and a colon', body('Năm 2025,các cấp ủy đã đoàn kết, nỗ lực; ĐT:0272.3826.123.'), [
      { messageId: 'spaceAfter', actual: '2025,các … ĐT:0272.3826.123.', expected: '2025, các … ĐT: 0272.3826.123.' },
    ], ['table']),
    ...invalidInLayouts('missing space after a full stop', body('Năm 2025 hoàn thành 18/20 chỉ tiêu.Kinh tế tiếp tục tăng trưởng khá.'), [{ messageId: 'spaceAfter' }], ['tabs']),
    ...invalidInLayouts('space before and none after a comma', body('Năm 2025 ,các cấp ủy đã đoàn kết.'), [
      { messageId: 'several', data: { actual: '2025 ,các', expected: '2025, các', details: 'dấu cách trước dấu câu, thiếu dấu cách sau dấu câu' }, fixable: true },
    ], ['table']),
    ...invalidInLayouts('leading space before the issuer', { issuer: { name: ' TỈNH ỦY LONG AN' } }, [
      { messageId: 'leadingSpace', component: 'issuer', text: 'TỈNH ỦY LONG AN' },
    ], ['table', 'tabs', 'stacked']),
    ...invalidInLayouts('trailing spaces after the signer\'s name', { overrides: { signatureName: { text: 'Nguyễn Văn An  ' } } }, [
      { messageId: 'trailingSpace', component: 'signatureName', text: 'Nguyễn Văn An' },
    ], ['table', 'textbox', 'stacked']),
  ],
} satisfies CaseTable;
