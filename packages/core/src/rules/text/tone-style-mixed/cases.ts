import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { invalidInLayouts, partyDraft, validInLayouts } from '../../../../test/support/cases.js';
import { DOC_KINDS } from '../../../../test/support/party-draft.js';
import { editedDraft, editRuns } from '../../../../test/support/draft-edit.js';
import { placement, toPlacement } from './index.js';

const body = (...paragraphs: string[]) => ({ bodyParagraphs: [...paragraphs, 'Các cấp ủy tổ chức thực hiện nghiêm túc Nghị quyết này.'] });
/** Every word of the draft in the old placement (hoà, uỷ). */
const allOld = (text: string) => text.replace(/[\p{L}\p{M}]+/gu, (w) => (placement(w) === 'new' ? toPlacement(w, 'old') : w));

export default {
  valid: [
    ...DOC_KINDS.map((kind) => ({ name: `compliant ${kind} (new placement throughout)`, doc: () => partyDraft({ kind, layout: 'table' }) })),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    { name: 'old placement throughout (hoà, uỷ)', doc: editedDraft({}, (spec) => editRuns(spec, /./u, (r) => ({ ...r, text: allOld(r.text) }))) },
    ...validInLayouts('words that read the same in both (quả, quý, của, hoàng)', body('Kết quả quý I của tỉnh Hoàng Sa khả quan.'), ['table']),
  ],
  invalid: [
    ...invalidInLayouts('hoà and Thuỷ among new-style words', body('Giữ vững hoà bình, phát triển thuỷ lợi, văn hóa và y tế.'), [
      { messageId: 'mixed', severity: 'info', data: { old: 2, oldExamples: 'hoà, thuỷ', expected: 'mới (hòa, ủy)' }, actual: 'hoà', expected: 'hòa', fixable: true },
    ], ['table', 'stacked']),
    {
      name: 'one new-style paragraph in an old-style draft',
      doc: editedDraft({}, (spec) => editRuns(spec, /./u, (r) => ({ ...r, text: r.text.startsWith('Năm 2025, trong bối cảnh') ? r.text : allOld(r.text) }))),
      errors: [{ messageId: 'mixed', data: { new: 2, newExamples: 'ủy, hóa', expected: 'cũ (hoà, uỷ)' }, actual: 'ủy', expected: 'uỷ' }],
    },
  ],
} satisfies CaseTable;
