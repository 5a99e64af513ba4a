import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { invalidInLayouts, validInLayouts } from '../../../../test/support/cases.js';
import { compliantBodies, QUYET_DINH, QUYET_DINH_OPTIONS, replacePara } from '../../../../test/support/body-draft.js';
import { KIND_CONTENT, type BodyPara } from '../../../../test/support/party-draft.js';

const NQ = KIND_CONTENT.NQ.body;
const withText = (...extra: BodyPara[]) => ({ bodyParagraphs: [NQ[0]!, ...extra, ...NQ.slice(1)] });
const BASIS = String(QUYET_DINH[3]);

export default {
  valid: [
    ...compliantBodies(),
    ...validInLayouts('date written in words, later citation by number only', withText('Thực hiện Nghị quyết số 14-NQ/TU ngày 20 tháng 11 năm 2025 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số, các cấp ủy đã ban hành kế hoạch; kết quả thực hiện Nghị quyết số 14-NQ/TU được sơ kết hằng năm.'), ['table', 'tabs']),
    ...validInLayouts('date with hyphens; State documents not checked', withText('Thực hiện Chỉ thị số 05-CT/TW, ngày 15-5-2016 của Bộ Chính trị và Nghị định số 30/2020/NĐ-CP của Chính phủ, các cơ quan đã triển khai thực hiện.'), ['stacked']),
  ],
  invalid: [
    ...invalidInLayouts('first citation without a date', withText('Thực hiện Nghị quyết số 14-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số, các cấp ủy đã ban hành kế hoạch thực hiện.'), [
      { messageId: 'noDate', component: 'body', text: 'Thực hiện Nghị quyết', data: { citation: 'Nghị quyết số 14-NQ/TU' }, expected: 'ngày ban hành', actual: 'Nghị quyết số 14-NQ/TU', severity: 'warning', fixable: false },
    ]),
    ...invalidInLayouts('only a later citation has the date', withText('Thực hiện Kết luận số 12-KL/TU của Ban Thường vụ Tỉnh ủy, các cấp ủy tăng cường kiểm tra.', 'Kết quả thực hiện Kết luận số 12-KL/TU, ngày 05/3/2025 được báo cáo hằng quý.'), [
      { messageId: 'noDate', text: 'Thực hiện Kết luận', data: { citation: 'Kết luận số 12-KL/TU' } },
    ], ['table', 'textbox']),
    ...invalidInLayouts('legal basis cites a decision without its date', { ...QUYET_DINH_OPTIONS, bodyParagraphs: replacePara(QUYET_DINH, BASIS, 'Căn cứ Quyết định số 95-QĐ/TU của Ban Thường vụ Tỉnh ủy về Chương trình kiểm tra, giám sát năm 2026,') }, [
      { messageId: 'noDate', component: 'basis', data: { citation: 'Quyết định số 95-QĐ/TU' } },
    ], ['table', 'stacked']),
  ],
} satisfies CaseTable;
