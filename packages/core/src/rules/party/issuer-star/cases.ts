import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { invalidInLayouts, validInLayouts } from '../../../../test/support/cases.js';
import { editedInLayouts, paragraphsWithRun } from '../../../../test/support/draft-edit.js';
import type { DocSpec } from '../../../../test/support/docx-builder.js';
import { DOC_KINDS } from '../../../../test/support/party-draft.js';

const chiBo = { issuer: { parent: 'ĐẢNG BỘ XÃ TÂN AN', name: 'CHI BỘ ẤP 3' } };
const star = (text: string) => ({ overrides: { star: { text } } });

/** The star typed at the left margin: no tab before it, no indent. */
function flushStar(spec: DocSpec): void {
  for (const p of paragraphsWithRun(spec, '*')) {
    p.runs = p.runs.filter((r) => typeof r === 'string' || !r.tab);
    delete p.tabs;
    delete p.indentLeftMm;
  }
}

export default {
  valid: [
    ...DOC_KINDS.flatMap((kind) => validInLayouts(`compliant ${kind}`, { kind }, ['table'])),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    ...validInLayouts('chi bộ: star under the issuing body, below the parent line', chiBo),
    ...validInLayouts('star on a tab stop, left column centred on tab stops', { ...chiBo, tabAlign: 'centered' }, ['tabs']),
    ...validInLayouts('compliant công văn', { kind: 'CV' }, ['tabs', 'stacked']),
    ...validInLayouts('header block not recognised', { omit: ['star', 'partyHeader', 'number', 'placeDate'] }, ['table', 'stacked']),
  ],
  invalid: [
    ...invalidInLayouts('no star', { omit: ['star'] }, [{ messageId: 'missing', component: 'star', text: 'TỈNH ỦY LONG AN', expected: '*', fixable: false }]),
    ...invalidInLayouts('three stars', star('***'), [{ messageId: 'form', component: 'star', text: '***', expected: '*', actual: '***', fixable: true }]),
    ...invalidInLayouts('star in parentheses', { ...chiBo, ...star('(*)') }, [{ messageId: 'form', actual: '(*)' }], ['table', 'stacked']),
    ...invalidInLayouts('star left-aligned under a centred name', { overrides: { star: { align: 'left' } } }, [
      { messageId: 'notCentred', component: 'star', text: '*', expected: 'giữa tên cơ quan ban hành', actual: 'lệch sang trái', fixable: true },
    ], ['table', 'textbox']),
    ...invalidInLayouts('star right-aligned under a centred name', { ...chiBo, overrides: { star: { align: 'right' } } }, [
      { messageId: 'notCentred', actual: 'lệch sang phải', fixable: true },
    ], ['table', 'textbox']),
    ...invalidInLayouts('star centred on the page under a left-aligned name', { overrides: { star: { align: 'center' } } }, [
      { messageId: 'notCentred', actual: 'ở giữa trang, không ở giữa tên cơ quan', fixable: false },
    ], ['stacked']),
    ...editedInLayouts('star at the left margin', {}, flushStar, ['tabs', 'stacked'], [{ messageId: 'notCentred', actual: 'lệch sang trái', fixable: false }]),
    ...editedInLayouts('chi bộ: star at the left margin', chiBo, flushStar, ['tabs', 'stacked'], [{ messageId: 'notCentred', data: { issuer: 'CHI BỘ ẤP 3' } }]),
  ],
} satisfies CaseTable;
