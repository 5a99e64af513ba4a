import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { invalidInLayouts, validInLayouts } from '../../../../test/support/cases.js';
import { compliantBodies, NGHI_QUYET, replacePara } from '../../../../test/support/body-draft.js';
import { KIND_CONTENT, type BodyPara } from '../../../../test/support/party-draft.js';

const NQ = KIND_CONTENT.NQ.body;
const INTRO = String(NGHI_QUYET[2]);
const POINT_A = String(NGHI_QUYET[5]);
const withText = (...extra: BodyPara[]) => ({ bodyParagraphs: [NQ[0]!, ...extra, ...NQ.slice(1)] });
const nq = (edits: [string, BodyPara][]) => ({ kind: 'NQ' as const, bodyParagraphs: edits.reduce((b, [from, to]) => replacePara(b, from, to), NGHI_QUYET) });

export default {
  valid: [
    ...compliantBodies(),
    ...validInLayouts('common abbreviations, symbols, Roman numerals', withText('Ban Thường vụ Tỉnh ủy khóa XI phối hợp với Ban cán sự đảng UBND tỉnh, Đảng đoàn HĐND tỉnh và Ủy ban MTTQ tỉnh triển khai Nghị quyết Đại hội XIII của Đảng, Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị và Nghị định số 30/2020/NĐ-CP của Chính phủ; phát triển KT-XH gắn với bảo đảm QP-AN.'), ['table', 'tabs']),
    ...validInLayouts('defined with "(sau đây viết tắt là …)"', withText('Triển khai chương trình chuyển đổi số trong các cơ quan đảng (sau đây viết tắt là CĐS), bảo đảm kết nối liên thông; kết quả CĐS được đánh giá hằng năm.'), ['stacked']),
    ...validInLayouts('words typed in capitals for emphasis', withText('Mỗi cán bộ, đảng viên phải TUYỆT ĐỐI trung thành với Đảng và KIÊN QUYẾT đấu tranh với các biểu hiện tiêu cực.'), ['textbox']),
  ],
  invalid: [
    ...invalidInLayouts('abbreviation used without its full phrase', nq([[INTRO, INTRO.replace('đẩy mạnh cải cách hành chính (CCHC)', 'đẩy mạnh CCHC')]]), [
      { messageId: 'undefined', component: 'body', text: 'Đến năm 2030', data: { word: 'CCHC' }, expected: '(CCHC)', actual: 'CCHC', severity: 'warning', fixable: false },
    ]),
    ...invalidInLayouts('abbreviation defined after its first use', nq([[INTRO, INTRO.replace('đẩy mạnh cải cách hành chính (CCHC)', 'đẩy mạnh CCHC')], [POINT_A, POINT_A.replace('kết quả CCHC', 'kết quả cải cách hành chính (CCHC)')]]), [
      { messageId: 'definedLate', text: 'Đến năm 2030', data: { word: 'CCHC' } },
    ], ['table', 'stacked']),
    ...invalidInLayouts('abbreviations with Vietnamese capitals', withText('Tăng cường thu hút ĐTNN, nâng cao chất lượng hoạt động của các HTX trên địa bàn tỉnh.'), [
      { messageId: 'undefined', data: { word: 'ĐTNN' } },
      { messageId: 'undefined', data: { word: 'HTX' } },
    ], ['table', 'tabs']),
  ],
} satisfies CaseTable;
