import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { partyDraft, validInLayouts, invalidInLayouts } from '../../../../test/support/cases.js';
import { DEFAULT_TEXTS, DOC_KINDS, FONT } from '../../../../test/support/party-draft.js';
import { editedInLayouts, editRuns, withoutDirect } from '../../../../test/support/draft-edit.js';

const HEADER = DEFAULT_TEXTS.partyHeader;
const header = (o: Record<string, unknown>) => ({ overrides: { partyHeader: o } });
/** A character style that carries the header's typography; the run keeps none of it directly. */
const headerStyle = (run: { sz?: number; b?: boolean }) => ({ characterStyles: [{ id: 'TieuDe', name: 'Tieu de', run: { font: FONT, ...run } }] });
const styledHeader = (spec: Parameters<typeof editRuns>[0]) => editRuns(spec, HEADER, (r) => ({ ...withoutDirect(r, 'sz', 'b'), style: 'TieuDe' }));

export default {
  valid: [
    ...DOC_KINDS.map((kind) => ({ name: `compliant ${kind}`, doc: () => partyDraft({ kind, layout: 'table' }) })),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    ...validInLayouts('typed in normal case, shown in capitals (w:caps)', header({ text: 'Đảng Cộng sản Việt Nam', caps: true }), ['table', 'tabs']),
    ...editedInLayouts('15 pt bold through a character style', { styles: headerStyle({ sz: 15, b: true }) }, styledHeader),
    ...validInLayouts('underlined as the rule under it (tab layout)', { partyHeaderRule: 'underline' }, ['tabs', 'stacked']),
  ],
  invalid: [
    ...invalidInLayouts('14 pt', header({ sz: 14 }), [
      { messageId: 'size', component: 'partyHeader', text: HEADER, data: { expected: '15 pt', actual: '14 pt' }, expected: '15 pt', actual: '14 pt', fixable: true },
    ]),
    ...invalidInLayouts('not bold', header({ b: false }), [{ messageId: 'bold', component: 'partyHeader', text: HEADER }]),
    ...invalidInLayouts('italic', header({ i: true }), [{ messageId: 'notItalic', component: 'partyHeader' }], ['table', 'stacked']),
    ...invalidInLayouts('typed in normal case', header({ text: 'Đảng Cộng sản Việt Nam' }), [
      { messageId: 'upper', component: 'partyHeader', text: 'Đảng Cộng sản Việt Nam', data: { expected: HEADER }, expected: HEADER, actual: 'Đảng Cộng sản Việt Nam' },
    ], ['table', 'tabs', 'textbox']),
    ...invalidInLayouts('without diacritics', header({ text: 'DANG CONG SAN VIET NAM' }), [
      { messageId: 'diacritics', text: 'DANG CONG SAN VIET NAM', data: { expected: HEADER, actual: 'DANG CONG SAN VIET NAM' }, fixable: true },
    ], ['table', 'stacked']),
    ...editedInLayouts(
      'character style gives 14 pt, not bold: judged on the effective formatting',
      { styles: headerStyle({ sz: 14 }) },
      styledHeader,
      ['table', 'tabs', 'textbox', 'stacked'],
      [
        { messageId: 'size', component: 'partyHeader', data: { actual: '14 pt' } },
        { messageId: 'bold', component: 'partyHeader' },
      ],
    ),
    ...invalidInLayouts('13 pt and not bold in a công văn', { kind: 'CV', ...header({ sz: 13, b: false }) }, [
      { messageId: 'size', data: { actual: '13 pt' } },
      { messageId: 'bold' },
    ], ['table', 'textbox']),
  ],
} satisfies CaseTable;
