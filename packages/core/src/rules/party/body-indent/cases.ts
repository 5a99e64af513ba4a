import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { invalidInLayouts, validInLayouts } from '../../../../test/support/cases.js';
import { editedInLayouts, paragraphsWithRun } from '../../../../test/support/draft-edit.js';
import { compliantBodies, NGHI_QUYET, patchedInLayouts, replacePara, withNumbering } from '../../../../test/support/body-draft.js';
import { FONT, KIND_CONTENT } from '../../../../test/support/party-draft.js';
import type { InvalidCase, ValidCase } from '../../../../test/support/rule-tester.js';

const NQ = KIND_CONTENT.NQ.body.map((p) => (typeof p === 'string' ? p : p.text));
/** Paragraphs of NQ's default body that are not upper-case headings. */
const TEXT = NQ.filter((t) => /\p{Ll}/u.test(t));
const POINT_A = 'Quán triệt sâu sắc quan điểm của Đảng về chuyển đổi số trong toàn Đảng bộ, gắn với kết quả CCHC của từng cơ quan;';
const POINT_B = 'Đưa kết quả chuyển đổi số vào tiêu chí đánh giá, xếp loại chất lượng tổ chức đảng hằng năm.';
/** The nghị quyết with its points a), b) numbered by Word ("%1)", lower letters). */
const numbered = {
  kind: 'NQ' as const,
  bodyParagraphs: replacePara(replacePara(NGHI_QUYET, `a) ${POINT_A}`, POINT_A), `b) ${POINT_B}`, POINT_B),
};
const letters = (leftMm: number, hangingMm: number) => (parts: Record<string, string>) => withNumbering(parts, [{ format: 'lowerLetter', text: '%1)', leftMm, hangingMm }], [[POINT_A, POINT_B]]);
const normalIndent5 = {
  bodyFormat: { indentFirstMm: undefined },
  styles: { paragraphStyles: [{ id: 'Normal', name: 'Normal', default: true, run: { font: { ascii: FONT, hAnsi: FONT, cs: FONT }, sz: 14 }, para: { indentFirstMm: 5, spacingAfterPt: 0, line: { rule: 'auto' as const, value: 1 } } }] },
};

export default {
  valid: [
    ...compliantBodies(),
    ...validInLayouts('indent 1.27 cm', { bodyFormat: { indentFirstMm: 12.7 } }, ['table', 'tabs']),
    ...validInLayouts('indent 9 mm', { bodyFormat: { indentFirstMm: 9 } }, ['stacked']),
    ...(patchedInLayouts('points numbered by Word, number at 10 mm', numbered, letters(16.35, 6.35), ['table', 'stacked']) as ValidCase[]),
  ],
  invalid: [
    ...invalidInLayouts('Normal style indents 5 mm, paragraphs take it', normalIndent5, [
      { messageId: 'indentMany', component: 'body', text: TEXT[0]!.slice(0, 30), data: { count: TEXT.length, actual: '5 mm', target: '10 mm', range: '9–13 mm' }, expected: '10 mm', actual: '5 mm', fixable: true },
    ]),
    ...invalidInLayouts('no first-line indent', { bodyFormat: { indentFirstMm: 0 } }, [{ messageId: 'indentMany', data: { count: TEXT.length, actual: '0 mm' } }], ['tabs', 'stacked']),
    ...editedInLayouts('one paragraph indented 20 mm', {}, (spec) => {
      for (const p of paragraphsWithRun(spec, NQ[2]!)) p.indentFirstMm = 20;
    }, ['table', 'tabs', 'textbox', 'stacked'], [
      { messageId: 'indent', text: NQ[2]!.slice(0, 30), data: { actual: '20 mm', target: '10 mm' }, expected: '10 mm', actual: '20 mm', fixable: true },
    ]),
    ...editedInLayouts('hanging indent', {}, (spec) => {
      for (const p of paragraphsWithRun(spec, NQ[4]!)) {
        delete p.indentFirstMm;
        p.hangingMm = 6;
        p.indentLeftMm = 6;
      }
    }, ['table'], [{ messageId: 'indent', text: NQ[4]!.slice(0, 30), actual: '0 mm' }]),
    ...(patchedInLayouts('points numbered by Word at the margin', numbered, letters(6.35, 6.35), ['table', 'textbox'], [
      { messageId: 'indent', text: POINT_A.slice(0, 30), data: { actual: '0 mm' }, actual: '0 mm', fixable: true },
      { messageId: 'indent', text: POINT_B.slice(0, 30), actual: '0 mm' },
    ]) as InvalidCase[]),
  ],
} satisfies CaseTable;
