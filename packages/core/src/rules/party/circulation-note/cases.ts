import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { partyDraft, validInLayouts } from '../../../../test/support/cases.js';
import { DOC_KINDS } from '../../../../test/support/party-draft.js';
import { ADDED_DEFAULTS, addedDraft, addedInLayouts, para } from '../../../../test/support/additions.js';

const NO_PUBLICATION = ADDED_DEFAULTS.noPublication.text;

export default {
  valid: [
    ...addedInLayouts('XONG HỘI NGHỊ TRẢ LẠI at the top right', {}, { circulation: 'XONG HỘI NGHỊ TRẢ LẠI' }),
    ...DOC_KINDS.map((kind) => ({ name: `compliant ${kind} without circulation note`, doc: () => partyDraft({ kind, layout: 'table' }) })),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    ...addedInLayouts('TÀI LIỆU THU HỒI on a report', { kind: 'BC' }, { circulation: 'TÀI LIỆU THU HỒI' }, ['table', 'stacked']),
    ...addedInLayouts('"Không phổ biến …" centred under the signature', {}, { noPublication: NO_PUBLICATION }),
    ...DOC_KINDS.map((kind) => ({ name: `LƯU HÀNH NỘI BỘ and "Không phổ biến …" on a ${kind}`, doc: addedDraft({ kind, layout: 'table' }, { circulation: 'LƯU HÀNH NỘI BỘ', noPublication: NO_PUBLICATION }) })),
  ],
  invalid: [
    ...addedInLayouts('14 pt, not bold', {}, { circulation: { text: 'LƯU HÀNH NỘI BỘ', sz: 14, b: false } }, undefined, [
      { messageId: 'size', component: 'circulationNote', text: 'LƯU HÀNH NỘI BỘ', data: { expected: '12 pt', actual: '14 pt' }, fixable: true },
      { messageId: 'bold', component: 'circulationNote', fixable: true },
    ]),
    ...addedInLayouts('"Không phổ biến …" in normal case', {}, { noPublication: 'Không phổ biến trên các phương tiện thông tin đại chúng' }, ['table', 'tabs', 'stacked'], [
      { messageId: 'upper', component: 'circulationNote', expected: NO_PUBLICATION, fixable: true },
    ]),
    ...addedInLayouts('at the top left', {}, { circulation: { text: 'TÀI LIỆU THU HỒI', sz: 12, b: true, align: 'left' } }, ['table', 'textbox', 'stacked'], [
      { messageId: 'topRight', text: 'TÀI LIỆU THU HỒI', fixable: true },
    ]),
    ...addedInLayouts('"Không phổ biến …" under the signature, left-aligned', {}, { noPublication: { ...ADDED_DEFAULTS.noPublication, align: 'left' } }, ['table', 'tabs'], [
      { messageId: 'centred', text: NO_PUBLICATION, expected: 'center', fixable: true },
    ]),
    ...(['table', 'stacked'] as const).map((layout) => ({
      name: `"Không phổ biến …" at the top of the first page (${layout})`,
      doc: addedDraft({ layout }, {}, (spec) => void spec.body.unshift(para(ADDED_DEFAULTS.noPublication, 'right'))),
      errors: [{ messageId: 'belowSignature', text: NO_PUBLICATION, fixable: false }],
    })),
  ],
} satisfies CaseTable;
