import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { invalidInLayouts, validInLayouts } from '../../../../test/support/cases.js';
import { compliantBodies, NGHI_QUYET_OPTIONS, QUY_DINH, QUY_DINH_OPTIONS, QUYET_DINH, QUYET_DINH_OPTIONS, replacePara } from '../../../../test/support/body-draft.js';
import { FONT, KIND_CONTENT } from '../../../../test/support/party-draft.js';

const NQ = KIND_CONTENT.NQ.body.map((p) => (typeof p === 'string' ? p : p.text));
/** A Normal style aligned left, and body paragraphs without an alignment of their own. */
const leftStyle = {
  bodyFormat: { align: undefined },
  styles: { paragraphStyles: [{ id: 'Normal', name: 'Normal', default: true, run: { font: { ascii: FONT, hAnsi: FONT, cs: FONT }, sz: 14 }, para: { align: 'left' as const, spacingAfterPt: 0, line: { rule: 'auto' as const, value: 1 } } }] },
};

export default {
  valid: [
    ...compliantBodies(),
    ...validInLayouts('"QUYẾT ĐỊNH:" justified instead of centred', { ...QUYET_DINH_OPTIONS, bodyParagraphs: replacePara(QUYET_DINH, 'QUYẾT ĐỊNH:', { text: 'QUYẾT ĐỊNH:', b: true }) }, ['table', 'stacked']),
    ...validInLayouts('Roman headings centred', { bodyParagraphs: NGHI_QUYET_OPTIONS.bodyParagraphs!.map((p) => (typeof p !== 'string' && p.b ? { ...p, align: 'center' as const } : p)) }, ['tabs']),
  ],
  invalid: [
    ...invalidInLayouts('Normal style aligned left', leftStyle, [
      { messageId: 'justifyMany', component: 'body', text: NQ[0]!.slice(0, 30), data: { count: NQ.length, actual: 'căn trái', actualEn: 'left-aligned' }, expected: 'both', actual: 'left', fixable: true },
    ]),
    ...invalidInLayouts('quy định: chapter line justified', { ...QUY_DINH_OPTIONS, bodyParagraphs: replacePara(QUY_DINH, 'Chương II', { text: 'Chương II', b: true }) }, [
      { messageId: 'centre', component: 'heading', text: 'Chương II', data: { text: 'Chương II', actual: 'căn đều hai lề' }, expected: 'center', actual: 'both', fixable: true },
    ]),
    ...invalidInLayouts('quy định: section name left-aligned', { ...QUY_DINH_OPTIONS, bodyParagraphs: replacePara(QUY_DINH, 'NÊU GƯƠNG TRONG THỰC HIỆN NHIỆM VỤ', { text: 'NÊU GƯƠNG TRONG THỰC HIỆN NHIỆM VỤ', b: true, align: 'left' }) }, [
      { messageId: 'centre', component: 'body', data: { text: 'NÊU GƯƠNG TRONG THỰC HIỆN NHIỆM VỤ', actual: 'căn trái' }, actual: 'left' },
    ], ['table', 'textbox']),
    ...invalidInLayouts('a paragraph centred', { bodyParagraphs: [NQ[0]!, { text: NQ[2]!, align: 'center' }, ...NQ.slice(3)] }, [
      { messageId: 'justify', text: NQ[2]!.slice(0, 30), data: { actual: 'căn giữa' }, expected: 'both', actual: 'center' },
    ], ['table', 'tabs', 'stacked']),
    ...invalidInLayouts('right-aligned and left-aligned paragraphs', { bodyParagraphs: [{ text: NQ[0]!, align: 'right' }, ...NQ.slice(1, 7), { text: NQ[7]!, align: 'left' }] }, [
      { messageId: 'justify', text: NQ[0]!.slice(0, 30), actual: 'right' },
      { messageId: 'justify', text: NQ[7]!.slice(0, 30), actual: 'left' },
    ], ['table', 'textbox']),
    ...invalidInLayouts('"QUYẾT ĐỊNH:" left-aligned', { ...QUYET_DINH_OPTIONS, bodyParagraphs: replacePara(QUYET_DINH, 'QUYẾT ĐỊNH:', { text: 'QUYẾT ĐỊNH:', b: true, align: 'left' }) }, [
      { messageId: 'justify', text: 'QUYẾT ĐỊNH:', actual: 'left' },
    ], ['stacked']),
  ],
} satisfies CaseTable;
