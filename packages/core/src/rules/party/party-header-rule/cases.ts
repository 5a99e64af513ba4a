import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { partyDraft, validInLayouts, invalidInLayouts, type DraftOptions } from '../../../../test/support/cases.js';
import { DEFAULT_TEXTS, DOC_KINDS } from '../../../../test/support/party-draft.js';
import { editRuns, editedInLayouts } from '../../../../test/support/draft-edit.js';

/** A VML line shape (what Word's "Line" tool writes in compatibility mode), as a run. */
const LINE_RUN =
  '<w:r><w:pict><v:line xmlns:v="urn:schemas-microsoft-com:vml" id="rule" style="position:absolute;z-index:1" from="60pt,2pt" to="230pt,2pt" strokeweight="1pt"/></w:pict></w:r>';

/** The draft with a drawn line anchored in the Party header's paragraph instead of a border. */
function withDrawnLine(options: DraftOptions): () => Uint8Array {
  return () => {
    const files = unzipSync(partyDraft({ ...options, partyHeaderRule: 'none' }));
    const xml = strFromU8(files['word/document.xml']!);
    const at = xml.indexOf(`${DEFAULT_TEXTS.partyHeader}</w:t>`);
    const end = xml.indexOf('</w:p>', at);
    if (at < 0 || end < 0) throw new Error('party header not found in the draft');
    files['word/document.xml'] = strToU8(xml.slice(0, end) + LINE_RUN + xml.slice(end));
    return zipSync(files);
  };
}

const none = { partyHeaderRule: 'none' } as const;

export default {
  valid: [
    ...DOC_KINDS.map((kind) => ({ name: `compliant ${kind}`, doc: () => partyDraft({ kind, layout: 'table' }) })),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    ...validInLayouts('bottom border of the header paragraph', { partyHeaderRule: 'border' }, ['table', 'textbox', 'stacked']),
    ...validInLayouts('underlined header text', { partyHeaderRule: 'underline' }, ['table', 'stacked']),
    { name: 'a drawn line anchored in the header (table)', doc: withDrawnLine({ layout: 'table' }) },
    { name: 'a drawn line anchored in the header (stacked)', doc: withDrawnLine({ layout: 'stacked' }) },
    { name: 'compliant công văn (tabs)', doc: () => partyDraft({ kind: 'CV', layout: 'tabs' }) },
    ...editedInLayouts('double underline', none, (spec) => void editRuns(spec, DEFAULT_TEXTS.partyHeader, (r) => ({ ...r, u: 'double' })), ['table', 'tabs']),
  ],
  invalid: [
    ...invalidInLayouts('no line under the Party header', none, [
      {
        messageId: 'missing',
        component: 'partyHeader',
        text: DEFAULT_TEXTS.partyHeader,
        data: { text: DEFAULT_TEXTS.partyHeader },
        severity: 'warning',
        actual: null,
        fixable: false,
      },
    ]),
    ...invalidInLayouts('công văn without the line', { kind: 'CV', ...none }, [{ messageId: 'missing' }], ['table', 'stacked']),
    ...editedInLayouts(
      'dotted underline',
      none,
      (spec) => void editRuns(spec, DEFAULT_TEXTS.partyHeader, (r) => ({ ...r, u: 'dotted' })),
      ['table', 'tabs', 'textbox'],
      [{ messageId: 'notSolid', data: { actual: 'dotted' }, expected: 'single', actual: 'dotted' }],
    ),
  ],
} satisfies CaseTable;
