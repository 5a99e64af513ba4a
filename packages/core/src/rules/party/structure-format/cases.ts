import type { CaseTable, InvalidCase, ValidCase } from '../../../../test/support/rule-tester.js';
import { invalidInLayouts, validInLayouts } from '../../../../test/support/cases.js';
import { editedInLayouts, editRuns, paragraphsWithRun } from '../../../../test/support/draft-edit.js';
import { compliantBodies, NGHI_QUYET, patchedInLayouts, QUY_DINH, QUY_DINH_OPTIONS, QUYET_DINH_OPTIONS, replacePara, withNumbering } from '../../../../test/support/body-draft.js';
import { FONT, type BodyPara } from '../../../../test/support/party-draft.js';

const C = (text: string): BodyPara => ({ text, b: true, align: 'center' });
const H = (text: string): BodyPara => ({ text, b: true });
const qdi = (edits: [string, BodyPara | BodyPara[]][]) => ({ ...QUY_DINH_OPTIONS, bodyParagraphs: edits.reduce((b, [from, to]) => replacePara(b, from, to), QUY_DINH) });
const ARTICLES = QUY_DINH.filter((p) => typeof p !== 'string' && p.text.startsWith('Điều ')).map((p) => (p as { text: string }).text);
/** The quy định with its articles numbered by a Word list ("Điều %1." drawn by Word, the title typed). */
const wordArticles = (lvlText: string) => ({
  options: qdi(ARTICLES.map((t): [string, BodyPara] => [t, H(t.replace(/^Điều \d+\. /u, ''))])),
  patch: (parts: Record<string, string>) => withNumbering(parts, [{ format: 'decimal', text: lvlText, leftMm: 0, hangingMm: 0 }], [ARTICLES.map((t) => t.replace(/^Điều \d+\. /u, ''))]),
});
const KHOAN_1 = String(QUY_DINH[12]);
const KHOAN_2 = String(QUY_DINH[13]);
const DIEM_A = String(QUY_DINH[14]);
/** A "Heading 1" style that is not bold, used for the chapter lines (their runs carry no bold). */
const headingStyle = {
  styles: { paragraphStyles: [{ id: 'Heading1', name: 'heading 1', basedOn: 'Normal', run: { font: { ascii: FONT, hAnsi: FONT, cs: FONT }, sz: 14, b: false } }] },
};

export default {
  valid: [
    ...compliantBodies(),
    ...validInLayouts('parts numbered in words', qdi([['Chương I', C('Phần thứ nhất')], ['Chương II', C('Phần thứ hai')], ['Chương III', C('Phần thứ ba')]]), ['table', 'stacked']),
    ...validInLayouts('a sentence that starts with "Điều 3 của"', { bodyParagraphs: [...NGHI_QUYET.slice(0, 3), 'Điều 3 của Quy định số 22-QĐ/TW, ngày 28/7/2021 của Ban Chấp hành Trung ương quy định rõ đối tượng kiểm tra.', ...NGHI_QUYET.slice(3)] }, ['tabs']),
    ...(patchedInLayouts('articles numbered by Word as "Điều 1."', wordArticles('Điều %1.').options, wordArticles('Điều %1.').patch, ['table', 'stacked']) as ValidCase[]),
  ],
  invalid: [
    ...invalidInLayouts('chapter word in capitals', qdi([['Chương II', C('CHƯƠNG II')]]), [
      { messageId: 'wordCase', component: 'heading', text: 'CHƯƠNG II', data: { actual: 'CHƯƠNG', expected: 'Chương' }, expected: 'Chương', actual: 'CHƯƠNG', fixable: true },
    ]),
    ...invalidInLayouts('chapter numbered in Arabic numerals', qdi([['Chương III', C('Chương 3')]]), [
      { messageId: 'numeral', text: 'Chương 3', data: { expected: 'Chương III', actual: 'Chương 3' }, expected: 'III', actual: '3', fixable: true },
    ], ['table', 'tabs']),
    ...invalidInLayouts('section numbered in Roman numerals', qdi([['Mục 2', C('Mục II')]]), [{ messageId: 'numeral', text: 'Mục II', expected: '2', actual: 'II' }], ['textbox']),
    ...invalidInLayouts('chapter and its name on one line', qdi([['Chương I', C('Chương I. NHỮNG QUY ĐỊNH CHUNG')], ['NHỮNG QUY ĐỊNH CHUNG', []]]), [
      { messageId: 'ownLine', text: 'Chương I. NHỮNG QUY ĐỊNH CHUNG', data: { word: 'Chương' }, fixable: false },
    ], ['table', 'stacked']),
    ...invalidInLayouts('chapter name in normal case', qdi([['NỘI DUNG NÊU GƯƠNG', C('Nội dung nêu gương')]]), [
      { messageId: 'nameUpper', component: 'body', text: 'Nội dung nêu gương', data: { expected: 'NỘI DUNG NÊU GƯƠNG' }, fixable: true },
    ]),
    ...invalidInLayouts('chapter line and section name not bold', qdi([['Chương I', { text: 'Chương I', align: 'center' }], ['NÊU GƯƠNG TRONG THỰC HIỆN NHIỆM VỤ', { text: 'NÊU GƯƠNG TRONG THỰC HIỆN NHIỆM VỤ', align: 'center' }]]), [
      { messageId: 'bold', component: 'heading', text: 'Chương I', expected: 'đậm', actual: 'không đậm', fixable: true },
      { messageId: 'nameBold', text: 'NÊU GƯƠNG TRONG THỰC HIỆN NHIỆM VỤ' },
    ], ['table', 'tabs']),
    ...editedInLayouts('chapter lines take "not bold" from their style', QUY_DINH_OPTIONS, (spec) => {
      spec.styles = { ...spec.styles, paragraphStyles: [...(spec.styles?.paragraphStyles ?? []), ...headingStyle.styles.paragraphStyles] };
      for (const t of ['Chương I', 'Chương II', 'Chương III']) {
        for (const p of paragraphsWithRun(spec, t)) p.style = 'Heading1';
        editRuns(spec, t, (r) => ({ text: r.text }));
      }
    }, ['table', 'stacked'], [
      { messageId: 'bold', text: 'Chương I' },
      { messageId: 'bold', text: 'Chương II' },
      { messageId: 'bold', text: 'Chương III' },
    ]),
    ...invalidInLayouts('article with a colon after its number', qdi([['Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng', H('Điều 1: Phạm vi điều chỉnh và đối tượng áp dụng')]]), [
      { messageId: 'articlePeriod', component: 'heading', text: 'Điều 1:', data: { expected: 'Điều 1.', actual: 'Điều 1:' }, expected: '.', actual: ':', fixable: true },
    ]),
    ...invalidInLayouts('article with a dash after its number', qdi([['Điều 2. Nguyên tắc thực hiện', H('Điều 2 - Nguyên tắc thực hiện')]]), [
      { messageId: 'articlePeriod', data: { expected: 'Điều 2.', actual: 'Điều 2 -' }, actual: '-' },
    ], ['tabs', 'stacked']),
    ...invalidInLayouts('article title not bold', qdi([['Điều 4. Về đạo đức, lối sống', 'Điều 4. Về đạo đức, lối sống']]), [
      { messageId: 'articleBold', text: 'Điều 4.', data: { expected: 'Điều 4. Về đạo đức, lối sống' }, fixable: true },
    ], ['table', 'textbox']),
    ...editedInLayouts('quyết định: "Điều 1." of an article with content not bold', QUYET_DINH_OPTIONS, (spec) => void editRuns(spec, 'Điều 1.', (r) => ({ ...r, b: false })), ['table', 'tabs'], [
      { messageId: 'articleBold', text: 'Điều 1. Thành lập', data: { expected: 'Điều 1.', whole: '' }, fixable: true },
    ]),
    ...invalidInLayouts('quyết định: article with content in one plain run', { ...QUYET_DINH_OPTIONS, bodyParagraphs: QUYET_DINH_OPTIONS.bodyParagraphs!.map((p) => (typeof p !== 'string' && p.lead === 'Điều 2.' ? p.lead + p.text : p)) }, [
      { messageId: 'articleBold', text: 'Điều 2. Tổ công tác', data: { expected: 'Điều 2.' }, fixable: false },
    ], ['stacked']),
    ...invalidInLayouts('clause numbered "1)" and point "a."', qdi([[KHOAN_1, KHOAN_1.replace(/^1\./u, '1)')], [DIEM_A, DIEM_A.replace(/^a\)/u, 'a.')]]), [
      { messageId: 'clauseMark', component: 'body', text: '1) Tuyệt đối', data: { expected: '1.', actual: '1)', list: '' }, expected: '.', actual: ')', fixable: true },
      { messageId: 'pointMark', text: 'a. Không nói', data: { expected: 'a)', actual: 'a.' }, expected: ')', actual: '.', fixable: true },
    ]),
    ...(patchedInLayouts('clauses numbered by Word as "1)"', qdi([[KHOAN_1, KHOAN_1.slice(3)], [KHOAN_2, KHOAN_2.slice(3)]]), (parts) => withNumbering(parts, [{ format: 'decimal', text: '%1)', leftMm: 16.35, hangingMm: 6.35 }], [[KHOAN_1.slice(3), KHOAN_2.slice(3)]]), ['table', 'textbox'], [
      { messageId: 'clauseMark', text: 'Tuyệt đối', data: { expected: '1.', actual: '1)' }, fixable: false },
      { messageId: 'clauseMark', text: 'Chấp hành nghiêm', data: { expected: '2.', actual: '2)' }, fixable: false },
    ]) as InvalidCase[]),
    ...(patchedInLayouts('articles numbered by Word as "Điều 1:"', wordArticles('Điều %1:').options, wordArticles('Điều %1:').patch, ['tabs'], [
      { messageId: 'articlePeriod', text: 'Phạm vi điều chỉnh', data: { expected: 'Điều 1.', actual: 'Điều 1:' }, fixable: false },
      { messageId: 'articlePeriod', text: 'Nguyên tắc thực hiện', data: { actual: 'Điều 2:' } },
      { messageId: 'articlePeriod', text: 'Về tư tưởng chính trị' },
      { messageId: 'articlePeriod', text: 'Về đạo đức, lối sống' },
      { messageId: 'articlePeriod', text: 'Về trách nhiệm trong công tác' },
      { messageId: 'articlePeriod', text: 'Hiệu lực thi hành' },
    ]) as InvalidCase[]),
  ],
} satisfies CaseTable;
