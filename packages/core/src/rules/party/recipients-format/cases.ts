import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { partyDraft, validInLayouts, invalidInLayouts } from '../../../../test/support/cases.js';
import { DEFAULT_TEXTS, DOC_KINDS } from '../../../../test/support/party-draft.js';
import { editedInLayouts, editRuns, splitRun, withoutDirect } from '../../../../test/support/draft-edit.js';

const LABEL = DEFAULT_TEXTS.recipientsLabel;
const [FIRST, SECOND] = DEFAULT_TEXTS.recipientsItems;
const ITEM = /^- /;

/** Normal style with another size: runs without a direct size take it. */
const normalSize = (sz: number) => ({ paragraphStyles: [{ id: 'Normal', name: 'Normal', default: true, run: { font: 'Times New Roman', sz } }] });
const itemsWithoutDirectSize = (spec: Parameters<typeof editRuns>[0]) => editRuns(spec, ITEM, (r) => withoutDirect(r, 'sz'));

export default {
  valid: [
    ...DOC_KINDS.map((kind) => ({ name: `compliant ${kind}`, doc: () => partyDraft({ kind, layout: 'table' }) })),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    ...validInLayouts('compliant công văn', { kind: 'CV' }, ['tabs', 'textbox', 'stacked']),
    ...editedInLayouts('colon outside the underline', {}, (spec) => splitRun(spec, LABEL, ['Nơi nhận', ':'], (r, n) => (n === 1 ? withoutDirect(r, 'u') : r))),
    ...editedInLayouts('items 12 pt through the Normal style', { styles: normalSize(12) }, itemsWithoutDirectSize, ['table', 'tabs', 'stacked']),
  ],
  invalid: [
    ...invalidInLayouts('label not underlined', { overrides: { recipientsLabel: { u: false } } }, [
      { messageId: 'labelUnderline', component: 'recipientsLabel', text: LABEL, data: { actual: 'Nơi nhận:' }, fixable: true },
    ]),
    ...editedInLayouts(
      'only "Nơi" underlined',
      {},
      (spec) => splitRun(spec, LABEL, ['Nơi', ' nhận:'], (r, n) => (n === 1 ? withoutDirect(r, 'u') : r)),
      ['table', 'tabs'],
      [{ messageId: 'labelUnderline', data: { actual: 'nhận:' } }],
    ),
    ...invalidInLayouts('label bold and italic', { overrides: { recipientsLabel: { b: true, i: true } } }, [
      { messageId: 'notBold', component: 'recipientsLabel', text: LABEL },
      { messageId: 'notItalic', component: 'recipientsLabel', text: LABEL },
    ], ['table', 'stacked']),
    ...invalidInLayouts('label 12 pt', { overrides: { recipientsLabel: { sz: 12 } } }, [
      { messageId: 'size', component: 'recipientsLabel', data: { expected: '14 pt', actual: '12 pt' } },
    ], ['textbox']),
    ...invalidInLayouts('all items 14 pt: reported once', { overrides: { recipientsItems: { sz: 14 } } }, [
      { messageId: 'size', component: 'recipientsItem', text: FIRST, data: { what: 'Các dòng nơi nhận', expected: '12 pt', actual: '14 pt' }, fixable: true },
    ]),
    ...invalidInLayouts('items italic', { overrides: { recipientsItems: { i: true } } }, [{ messageId: 'notItalic', component: 'recipientsItem', text: FIRST }], ['table', 'tabs']),
    ...editedInLayouts(
      'one item 13 pt',
      {},
      (spec) => editRuns(spec, SECOND, (r) => ({ ...r, sz: 13 })),
      ['table', 'textbox'],
      [{ messageId: 'size', component: 'recipientsItem', text: SECOND, data: { actual: '13 pt' } }],
    ),
    ...editedInLayouts(
      'items take 14 pt from the Normal style',
      {},
      itemsWithoutDirectSize,
      ['table', 'tabs', 'textbox', 'stacked'],
      [{ messageId: 'size', component: 'recipientsItem', text: FIRST, data: { actual: '14 pt' } }],
    ),
  ],
} satisfies CaseTable;
