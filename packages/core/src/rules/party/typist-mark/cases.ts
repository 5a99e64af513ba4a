import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { partyDraft, validInLayouts } from '../../../../test/support/cases.js';
import { DOC_KINDS } from '../../../../test/support/party-draft.js';
import { addedDraft, addedInLayouts, insertAfter, para } from '../../../../test/support/additions.js';

/** Kinds with a recipients list (a biên bản has none). */
const WITH_RECIPIENTS = DOC_KINDS.filter((k) => k !== 'BB');

export default {
  valid: [
    ...addedInLayouts('ABC268 after the archive line', {}, { typist: 'ABC268' }),
    ...DOC_KINDS.map((kind) => ({ name: `compliant ${kind} without typist mark`, doc: () => partyDraft({ kind, layout: 'table' }) })),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    ...WITH_RECIPIENTS.map((kind) => ({ name: `typist mark on a ${kind}`, doc: addedDraft({ kind, layout: 'table' }, { typist: 'HB30' }) })),
    ...addedInLayouts('TS.268 with a dot', { kind: 'CV' }, { typist: 'TS.268' }, ['table', 'tabs']),
  ],
  invalid: [
    ...addedInLayouts('12 pt', {}, { typist: { text: 'ABC268', sz: 12 } }, undefined, [
      { messageId: 'size', component: 'typist', text: 'ABC268', data: { expected: '8 pt', actual: '12 pt' }, expected: '8 pt', actual: '12 pt', fixable: true },
    ]),
    ...addedInLayouts('in lower case and italic', {}, { typist: { text: 'abc268', sz: 8, i: true } }, ['table', 'tabs', 'stacked'], [
      { messageId: 'upper', component: 'typist', expected: 'ABC268', actual: 'abc268', fixable: true },
      { messageId: 'notItalic', component: 'typist', fixable: true },
    ]),
    ...(['table', 'textbox', 'stacked'] as const).map((layout) => ({
      name: `before the archive line (${layout})`,
      doc: addedDraft({ layout }, {}, (spec) => insertAfter(spec, (t) => t.startsWith('- Các huyện ủy'), [para({ text: 'ABC268', sz: 8 }, 'left')])),
      errors: [{ messageId: 'afterArchive', text: 'ABC268', data: { archive: '- Lưu Văn phòng Tỉnh ủy.' }, fixable: false }],
    })),
  ],
} satisfies CaseTable;
