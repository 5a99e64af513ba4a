import type { CaseTable, InvalidCase, ValidCase } from '../../../../test/support/rule-tester.js';
import { invalidInLayouts, validInLayouts } from '../../../../test/support/cases.js';
import { compliantBodies, NGHI_QUYET, patchedInLayouts, QUY_DINH, QUY_DINH_OPTIONS, replacePara, withNumbering } from '../../../../test/support/body-draft.js';
import type { BodyPara } from '../../../../test/support/party-draft.js';

const C = (text: string): BodyPara => ({ text, b: true, align: 'center' });
const H = (text: string): BodyPara => ({ text, b: true });
const qdi = (edits: [string, BodyPara | BodyPara[]][]) => ({ ...QUY_DINH_OPTIONS, bodyParagraphs: edits.reduce((b, [from, to]) => replacePara(b, from, to), QUY_DINH) });
const nq = (edits: [string, BodyPara | BodyPara[]][]) => ({ kind: 'NQ' as const, bodyParagraphs: edits.reduce((b, [from, to]) => replacePara(b, from, to), NGHI_QUYET) });
const DIEU_4 = 'Điều 4. Về đạo đức, lối sống';
const [DIEM_A, DIEM_B, DIEM_C] = [String(QUY_DINH[14]), String(QUY_DINH[15]), String(QUY_DINH[16])];
const POINTS = [
  'Quán triệt sâu sắc quan điểm của Đảng về chuyển đổi số;',
  'Đưa kết quả chuyển đổi số vào tiêu chí đánh giá tổ chức đảng;',
  'Bố trí nguồn lực cho chuyển đổi số trong các cơ quan đảng;',
  'Phát huy vai trò của người đứng đầu cấp ủy;',
  'Bồi dưỡng kỹ năng số cho cán bộ, đảng viên;',
  'Định kỳ sơ kết, đánh giá kết quả thực hiện.',
];
const WORD_POINTS = nq([['a) Quán triệt sâu sắc quan điểm của Đảng về chuyển đổi số trong toàn Đảng bộ, gắn với kết quả CCHC của từng cơ quan;', POINTS], ['b) Đưa kết quả chuyển đổi số vào tiêu chí đánh giá, xếp loại chất lượng tổ chức đảng hằng năm.', []]]);
const lettersByWord = (n: number) => (parts: Record<string, string>) => withNumbering(parts, [{ format: 'lowerLetter', text: '%1)', leftMm: 16.35, hangingMm: 6.35 }], [POINTS.slice(0, n)]);

export default {
  valid: [
    ...compliantBodies(),
    ...validInLayouts('points a) to đ)', qdi([[DIEM_C, [DIEM_C.replace(/\.$/u, ';'), 'd) Không che giấu, bao che cho sai phạm;', 'đ) Không để người thân lợi dụng uy tín của mình.']]]), ['table', 'stacked']),
    ...(patchedInLayouts('four points lettered by Word (a to d)', { ...WORD_POINTS, bodyParagraphs: replacePara(replacePara(WORD_POINTS.bodyParagraphs, POINTS[4]!, []), POINTS[5]!, []) }, lettersByWord(4), ['tabs']) as ValidCase[]),
    ...validInLayouts('clauses start again in a new list', { bodyParagraphs: ['Ban Thường vụ Tỉnh ủy yêu cầu:', '1. Các cấp ủy quán triệt Nghị quyết.', '2. Các cơ quan tham mưu hướng dẫn thực hiện.', 'Đồng thời, các đảng ủy trực thuộc thực hiện:', '1. Xây dựng kế hoạch.', '2. Báo cáo kết quả trước ngày 30 tháng 6 năm 2026.'] }, ['textbox']),
  ],
  invalid: [
    ...invalidInLayouts('an article skipped', qdi([[DIEU_4, []]]), [
      { messageId: 'gap', component: 'heading', text: 'Điều 5.', data: { level: 'điều', previous: 'Điều 3', actual: 'Điều 5', expected: 'Điều 4' }, expected: 'Điều 4', actual: 'Điều 5', fixable: false },
    ]),
    ...invalidInLayouts('a chapter repeated', qdi([['Chương III', C('Chương II')]]), [
      { messageId: 'repeat', text: 'Chương II', data: { previous: 'Chương II', actual: 'Chương II', expected: 'Chương III' } },
    ], ['table', 'tabs']),
    ...invalidInLayouts('sections 1 and 3', qdi([['Mục 2', C('Mục 3')]]), [{ messageId: 'gap', text: 'Mục 3', data: { expected: 'Mục 2' } }], ['stacked']),
    ...invalidInLayouts('first article numbered 0', qdi([['Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng', H('Điều 0. Phạm vi điều chỉnh và đối tượng áp dụng')]]), [
      { messageId: 'first', text: 'Điều 0.', data: { expected: 'Điều 1' } },
      { messageId: 'gap', text: 'Điều 2.', data: { previous: 'Điều 0', expected: 'Điều 1' } },
    ], ['textbox']),
    ...invalidInLayouts('clauses 1 and 3', nq([['2. Đầu tư hạ tầng công nghệ thông tin, bảo đảm an toàn, an ninh mạng cho hệ thống thông tin của các cơ quan đảng; triển khai phần mềm quản lý hồ sơ đảng viên thống nhất theo Nghị quyết số 57-NQ/TW.', '3. Đầu tư hạ tầng công nghệ thông tin cho các cơ quan đảng.']]), [
      { messageId: 'gap', component: 'body', text: '3. Đầu tư', data: { level: 'khoản', previous: '1.', actual: '3.', expected: '2.' } },
    ]),
    ...invalidInLayouts('Roman headings I and III', nq([['II- NHIỆM VỤ, GIẢI PHÁP', H('III- NHIỆM VỤ, GIẢI PHÁP')]]), [
      { messageId: 'gap', text: 'III- NHIỆM VỤ', data: { expected: 'II-' } },
      { messageId: 'repeat', text: 'III- TỔ CHỨC', data: { expected: 'IV-' } },
    ], ['table', 'stacked']),
    ...invalidInLayouts('points a), b), d)', qdi([[DIEM_C, DIEM_C.replace(/^c\)/u, 'd)')]]), [
      { messageId: 'gap', text: 'd) Kiên quyết', data: { level: 'điểm', previous: 'b)', actual: 'd)', expected: 'c)' } },
    ], ['table', 'tabs']),
    ...invalidInLayouts('point "f)" after "e)"', qdi([[DIEM_C, [DIEM_C.replace(/\.$/u, ';'), 'd) Không che giấu sai phạm;', 'đ) Không bao che cho người vi phạm;', 'e) Không để người thân lợi dụng uy tín;', 'f) Không nhận quà biếu dưới mọi hình thức.']]]), [
      { messageId: 'letter', text: 'f) Không nhận', data: { actual: 'f)', expected: 'g)', previous: 'e)', list: '' } },
    ]),
    ...(patchedInLayouts('six points lettered by Word (a to f)', WORD_POINTS, lettersByWord(6), ['table', 'textbox'], [
      { messageId: 'gap', text: POINTS[4]!, data: { previous: 'd)', actual: 'e)', expected: 'đ)' } },
      { messageId: 'letter', text: POINTS[5]!, data: { actual: 'f)', expected: 'g)' } },
    ]) as InvalidCase[]),
  ],
} satisfies CaseTable;
