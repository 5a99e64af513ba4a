import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { invalidInLayouts, validInLayouts } from '../../../../test/support/cases.js';
import { compliantBodies, QUY_DINH, QUY_DINH_OPTIONS, replacePara } from '../../../../test/support/body-draft.js';
import { KIND_CONTENT } from '../../../../test/support/party-draft.js';

const NQ = KIND_CONTENT.NQ.body;
const LAST = 'Các đảng ủy trực thuộc Tỉnh ủy, các ban cán sự đảng, đảng đoàn tổ chức quán triệt, xây dựng chương trình, kế hoạch thực hiện Nghị quyết phù hợp với tình hình thực tế. Văn phòng Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan theo dõi, kiểm tra, định kỳ báo cáo Ban Thường vụ Tỉnh ủy';
const ending = (end: string) => ({ bodyParagraphs: [...NQ.slice(0, -1), LAST + end] });
const CV = KIND_CONTENT.CV.body as string[];

export default {
  valid: [
    ...compliantBodies(),
    ...validInLayouts('period inside closing quotes', ending('. Đây là nhiệm vụ “then chốt của then chốt.”'), ['table', 'tabs']),
    ...validInLayouts('an appeal ends with an exclamation mark', ending('. Toàn Đảng bộ tỉnh hãy đoàn kết, thi đua hoàn thành thắng lợi nhiệm vụ năm 2026!'), ['stacked']),
  ],
  invalid: [
    ...invalidInLayouts('no period at the end', ending(''), [
      { messageId: 'missing', component: 'body', text: LAST, data: { actual: '…định kỳ báo cáo Ban Thường vụ Tỉnh ủy', expected: '…định kỳ báo cáo Ban Thường vụ Tỉnh ủy.' }, expected: '.', actual: null, fixable: true },
    ]),
    ...invalidInLayouts('semicolon at the end', ending(';'), [{ messageId: 'missing', expected: '.', actual: ';', severity: 'warning' }], ['table', 'textbox']),
    ...invalidInLayouts('State ending ./.', ending('./.'), [{ messageId: 'stateEnding', text: LAST, expected: '.', actual: './.', fixable: true }]),
    ...invalidInLayouts('công văn: the closing request without its period', { kind: 'CV', bodyParagraphs: [...CV.slice(0, -1), CV.at(-1)!.slice(0, -1)] }, [
      { messageId: 'missing', text: 'Đề nghị các cấp ủy', actual: null },
    ], ['table', 'tabs']),
    ...invalidInLayouts('quy định ends with a comma', { ...QUY_DINH_OPTIONS, bodyParagraphs: replacePara(QUY_DINH, String(QUY_DINH.at(-1)), String(QUY_DINH.at(-1)).replace(/\.$/u, ',')) }, [
      { messageId: 'missing', data: { expected: '…có trách nhiệm thực hiện Quy định này.' }, actual: ',' },
    ], ['stacked']),
  ],
} satisfies CaseTable;
