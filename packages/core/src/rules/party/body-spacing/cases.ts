import type { CaseTable, InvalidCase } from '../../../../test/support/rule-tester.js';
import { invalidInLayouts, validInLayouts } from '../../../../test/support/cases.js';
import { editedInLayouts, paragraphsWithRun } from '../../../../test/support/draft-edit.js';
import { compliantBodies, patchedInLayouts, QUY_DINH_OPTIONS, withContextualSpacing } from '../../../../test/support/body-draft.js';
import { KIND_CONTENT } from '../../../../test/support/party-draft.js';

const NQ = KIND_CONTENT.NQ.body.map((p) => (typeof p === 'string' ? p : p.text));
const GAPS = NQ.length - 1;

export default {
  valid: [
    ...compliantBodies(),
    ...validInLayouts('space before instead of after', { bodyFormat: { spacingAfterPt: 0, spacingBeforePt: 6 } }, ['table', 'tabs']),
    ...validInLayouts('3 pt + 3 pt in a LibreOffice document (LibreOffice adds them)', { bodyFormat: { spacingAfterPt: 3, spacingBeforePt: 3 }, application: 'LibreOffice/7.6.4.1$Windows_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1' }, ['table', 'stacked']),
    ...editedInLayouts('quy định: chapter lines close to their names', QUY_DINH_OPTIONS, (spec) => {
      for (const t of ['Chương I', 'Chương II', 'Chương III']) for (const p of paragraphsWithRun(spec, t)) p.spacingAfterPt = 0;
    }, ['table', 'textbox']),
    ...editedInLayouts('a blank line instead of spacing', { bodyFormat: { spacingAfterPt: 0 } }, (spec) => {
      // Blank paragraphs between the body paragraphs.
      const body = spec.body;
      for (let i = body.length - 1; i > 0; i--) {
        const b = body[i]!;
        if (typeof b !== 'string' && !('table' in b) && b.runs.some((r) => typeof r !== 'string' && NQ.slice(1).includes(r.text))) body.splice(i, 0, { runs: [], markRun: { sz: 14 } });
      }
    }, ['table']),
  ],
  invalid: [
    ...(patchedInLayouts('Normal style: no space between paragraphs of the same style', {}, (parts) => withContextualSpacing(parts), ['table', 'tabs', 'textbox', 'stacked'], [
      { messageId: 'spacingMany', component: 'body', text: NQ[1]!, data: { count: GAPS, actual: '0 pt', expected: '6 pt' }, expected: '6 pt', actual: '0 pt', fixable: true },
    ]) as InvalidCase[]),
    ...invalidInLayouts('no space after paragraphs', { bodyFormat: { spacingAfterPt: 0 } }, [
      { messageId: 'spacingMany', data: { count: GAPS, actual: '0 pt' } },
    ]),
    ...invalidInLayouts('3 pt + 3 pt in a Word document', { bodyFormat: { spacingAfterPt: 3, spacingBeforePt: 3 } }, [
      { messageId: 'spacingMany', data: { count: GAPS, actual: '3 pt' } },
    ], ['table', 'textbox']),
    ...editedInLayouts('one paragraph with 2 pt after', {}, (spec) => {
      for (const p of paragraphsWithRun(spec, NQ[2]!)) p.spacingAfterPt = 2;
    }, ['table', 'tabs', 'stacked'], [
      { messageId: 'spacing', text: NQ[3]!, data: { actual: '2 pt', expected: '6 pt' }, expected: '6 pt', actual: '2 pt', fixable: true },
    ]),
  ],
} satisfies CaseTable;
