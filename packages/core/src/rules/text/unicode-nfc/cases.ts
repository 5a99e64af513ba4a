import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { partyDraft, validInLayouts } from '../../../../test/support/cases.js';
import { DEFAULT_TEXTS, DOC_KINDS } from '../../../../test/support/party-draft.js';
import { editedDraft, editedInLayouts, editRuns, splitRun } from '../../../../test/support/draft-edit.js';

const ISSUER_NFD = DEFAULT_TEXTS.issuer.normalize('NFD');
const decompose = (text: string | RegExp) => (spec: Parameters<typeof editRuns>[0]) => editRuns(spec, text, (r) => ({ ...r, text: r.text.normalize('NFD') }));

export default {
  valid: [
    ...DOC_KINDS.map((kind) => ({ name: `compliant ${kind}`, doc: () => partyDraft({ kind, layout: 'table' }) })),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
  ],
  invalid: [
    ...editedInLayouts('issuer in decomposed Unicode', {}, decompose(DEFAULT_TEXTS.issuer), undefined, [
      { messageId: 'decomposed', text: ISSUER_NFD, data: { count: 2, word: 'TỈNH' }, expected: 'TỈNH', actual: 'TỈNH'.normalize('NFD'), fixable: true },
    ]),
    ...editedInLayouts('a body paragraph pasted from a PDF (NFD)', {}, decompose(/^Năm 2025, trong bối cảnh/), ['table', 'stacked'], [
      { messageId: 'decomposed', text: 'Năm 2025, trong bối cảnh'.normalize('NFD'), data: { word: 'Năm' }, fixable: true },
    ]),
    {
      name: 'a mark split from its letter across two runs (reported, not fixed)',
      doc: editedDraft({}, (spec) => {
        decompose(DEFAULT_TEXTS.issuer)(spec);
        const i = ISSUER_NFD.indexOf('\u0309');
        return splitRun(spec, ISSUER_NFD, [ISSUER_NFD.slice(0, i), ISSUER_NFD.slice(i)]);
      }),
      errors: [{ messageId: 'decomposed', text: ISSUER_NFD, fixable: false }],
    },
  ],
} satisfies CaseTable;
