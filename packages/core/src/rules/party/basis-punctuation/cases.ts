import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { invalidInLayouts, validInLayouts } from '../../../../test/support/cases.js';
import { compliantBodies, QUYET_DINH, QUYET_DINH_OPTIONS, replacePara } from '../../../../test/support/body-draft.js';
import { KIND_CONTENT, type BodyPara } from '../../../../test/support/party-draft.js';

const QD = KIND_CONTENT.QĐ.body;
const NQ = KIND_CONTENT.NQ.body;
const [B1, B2, B3] = ['Căn cứ Điều lệ Đảng;', 'Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy khóa XI, nhiệm kỳ 2025 - 2030;', 'Căn cứ Kế hoạch kiểm tra, giám sát năm 2026 của Ban Thường vụ Tỉnh ủy;'];
const XET = 'Xét đề nghị của Ủy ban Kiểm tra Tỉnh ủy,';
const LAST_QD = QUYET_DINH[3] as string;
/** The default quyết định with some of its basis lines rewritten. */
const qd = (edits: Record<string, BodyPara | BodyPara[]>) => ({ kind: 'QĐ' as const, bodyParagraphs: Object.entries(edits).reduce((b, [from, to]) => replacePara(b, from, to), QD) });

export default {
  valid: [
    ...compliantBodies(),
    ...validInLayouts('a sentence starting with "Căn cứ" that introduces a list', { bodyParagraphs: [NQ[0]!, 'Căn cứ kết quả kiểm tra, Ban Thường vụ Tỉnh ủy yêu cầu các đảng ủy trực thuộc:', ...NQ.slice(1)] }, ['table', 'stacked']),
    ...validInLayouts('a sentence starting with "Căn cứ" in the text', { bodyParagraphs: [...NQ.slice(0, 3), 'Căn cứ tình hình thực tế, các đảng ủy trực thuộc chủ động xây dựng kế hoạch thực hiện phù hợp với đặc điểm của địa phương, đơn vị.', ...NQ.slice(3)] }, ['tabs']),
    ...validInLayouts('bases without a "Xét" line, the last with a comma', qd({ [B3]: B3.replace(/;$/u, ','), [XET]: [] }), ['table', 'textbox']),
  ],
  invalid: [
    ...invalidInLayouts('bases ending with periods', qd({ [B1]: 'Căn cứ Điều lệ Đảng.', [B2]: B2.replace(/;$/u, '.'), [B3]: B3.replace(/;$/u, '.') }), [
      { messageId: 'semicolon', component: 'basis', text: 'Căn cứ Điều lệ Đảng.', data: { text: 'Căn cứ Điều lệ Đảng.', expected: 'Căn cứ Điều lệ Đảng;' }, expected: ';', actual: '.', fixable: true },
      { messageId: 'semicolon', text: 'Căn cứ Quy chế', actual: '.' },
      { messageId: 'semicolon', text: 'Căn cứ Kế hoạch', actual: '.' },
    ]),
    ...invalidInLayouts('"Xét đề nghị" line ending with a period', qd({ [XET]: XET.replace(/,$/u, '.') }), [
      { messageId: 'lastComma', component: 'body', text: 'Xét đề nghị', data: { expected: XET }, expected: ',', actual: '.', fixable: true },
    ], ['table', 'tabs']),
    ...invalidInLayouts('last basis ending with a semicolon', { ...QUYET_DINH_OPTIONS, bodyParagraphs: replacePara(QUYET_DINH, LAST_QD, LAST_QD.replace(/,$/u, ';')) }, [
      { messageId: 'lastComma', component: 'basis', text: 'Căn cứ Quyết định số 95-QĐ/TU', expected: ',', actual: ';' },
    ]),
    ...invalidInLayouts('a basis without punctuation', qd({ [B2]: B2.slice(0, -1) }), [
      { messageId: 'semicolon', text: 'Căn cứ Quy chế', data: { expected: '…Tỉnh ủy khóa XI, nhiệm kỳ 2025 - 2030;' }, expected: ';', actual: null },
    ], ['table', 'stacked']),
    ...invalidInLayouts('two bases in one paragraph', qd({ [B1]: [], [B2]: `Căn cứ Điều lệ Đảng; căn cứ ${B2.slice('Căn cứ '.length)}` }), [
      { messageId: 'ownLine', component: 'basis', text: 'Căn cứ Điều lệ Đảng; căn cứ Quy chế', fixable: false },
    ], ['table', 'textbox']),
    ...invalidInLayouts('five bases ending with commas', qd({ [B1]: ['Căn cứ Điều lệ Đảng,', 'Căn cứ Quy định số 22-QĐ/TW, ngày 28/7/2021 của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng,', 'Căn cứ Quy định số 296-QĐ/TW, ngày 30/5/2025 của Ban Chấp hành Trung ương,'], [B2]: B2.replace(/;$/u, ','), [B3]: B3.replace(/;$/u, ',') }), [
      { messageId: 'semicolonMany', text: 'Căn cứ Điều lệ Đảng,', data: { count: 5 }, actual: ',', fixable: true },
    ], ['stacked']),
  ],
} satisfies CaseTable;
