import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { invalidInLayouts, validInLayouts } from '../../../../test/support/cases.js';
import { editedInLayouts, paragraphsWithRun } from '../../../../test/support/draft-edit.js';
import { compliantBodies, QUY_DINH_OPTIONS } from '../../../../test/support/body-draft.js';
import { FONT, KIND_CONTENT } from '../../../../test/support/party-draft.js';

const NQ = KIND_CONTENT.NQ.body.map((p) => (typeof p === 'string' ? p : p.text));
/** A Normal style with Exactly 13 pt, and body paragraphs without line spacing of their own. */
const exact13Style = {
  bodyFormat: { line: undefined },
  styles: { paragraphStyles: [{ id: 'Normal', name: 'Normal', default: true, run: { font: { ascii: FONT, hAnsi: FONT, cs: FONT }, sz: 14 }, para: { spacingAfterPt: 0, line: { rule: 'exact' as const, value: 13 } } }] },
};

export default {
  valid: [
    ...compliantBodies(),
    ...validInLayouts('exactly 15 pt', { bodyFormat: { line: { rule: 'exact', value: 15 } } }, ['table', 'tabs']),
    ...validInLayouts('at least 15 pt', { bodyFormat: { line: { rule: 'atLeast', value: 15 } } }, ['stacked']),
    ...validInLayouts('single spacing at 14 pt (≈ 16.1 pt)', { bodyFormat: { line: { rule: 'auto', value: 1 } } }, ['table', 'textbox']),
    ...validInLayouts('line spacing from the Normal style (single)', { bodyFormat: { line: undefined } }, ['tabs']),
  ],
  invalid: [
    ...invalidInLayouts('Normal style exactly 13 pt', exact13Style, [
      {
        messageId: 'lineSpacingMany',
        component: 'body',
        text: NQ[0]!.slice(0, 30),
        data: { count: NQ.length, actual: 'chính xác (Exactly) 13 pt', expected: '15 pt', fix: 'chính xác (Exactly) 15 pt' },
        expected: 'exact 15 pt',
        actual: 'exact 13 pt',
        fixable: true,
      },
    ]),
    ...invalidInLayouts('multiple 0.9 at 14 pt', { bodyFormat: { line: { rule: 'auto', value: 0.9 } } }, [
      { messageId: 'lineSpacingMany', data: { count: NQ.length, actual: 'bội số (Multiple) 0.9 ≈ 14.49 pt' }, actual: 'auto 0.9' },
    ], ['table', 'stacked']),
    ...invalidInLayouts('at least 12 pt', { ...QUY_DINH_OPTIONS, bodyFormat: { line: { rule: 'atLeast', value: 12 } } }, [
      { messageId: 'lineSpacingMany', component: 'heading', text: 'Chương I', data: { count: 27 }, actual: 'atLeast 12 pt' },
    ], ['textbox']),
    ...editedInLayouts('one paragraph exactly 12 pt', {}, (spec) => {
      for (const p of paragraphsWithRun(spec, NQ[2]!)) p.line = { rule: 'exact', value: 12 };
    }, ['table', 'tabs', 'textbox', 'stacked'], [
      { messageId: 'lineSpacing', text: NQ[2]!.slice(0, 30), data: { actual: 'chính xác (Exactly) 12 pt', expected: '15 pt' }, expected: 'exact 15 pt', actual: 'exact 12 pt', fixable: true },
    ]),
  ],
} satisfies CaseTable;
