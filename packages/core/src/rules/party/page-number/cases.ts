import { readFileSync } from 'node:fs';
import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { partyDraft, validInLayouts, invalidInLayouts } from '../../../../test/support/cases.js';
import { DOC_KINDS } from '../../../../test/support/party-draft.js';
import { editedDraft } from '../../../../test/support/draft-edit.js';
import type { ParaSpec, RunSpec } from '../../../../test/support/docx-builder.js';

const LIBREOFFICE = 'LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2';
const fixture = (name: string) => () => new Uint8Array(readFileSync(new URL(`../../../../test/fixtures/libreoffice/${name}.docx`, import.meta.url)));

const number = (run: Partial<RunSpec> = {}, para: Partial<ParaSpec> = {}): ParaSpec => ({
  style: 'Header',
  align: 'center',
  runs: [{ text: '2', field: 'PAGE', sz: 14, ...run }],
  markRun: { sz: 14 },
  ...para,
});
const emptyHeader: ParaSpec = { style: 'Header', runs: [] };
/** A three-page draft whose page-number header is replaced by `headers` (different first page). */
const numbered = (headers: { default?: ParaSpec[]; first?: ParaSpec[] }, extra: object = {}) => ({
  pages: 3,
  section: { titlePage: true, headers: { default: [number()], first: [emptyHeader], ...headers }, ...extra },
});
const withoutPagesCount = (options: object) => editedDraft(options, (spec) => void delete spec.app?.pages);

export default {
  valid: [
    ...DOC_KINDS.map((kind) => ({ name: `compliant ${kind}`, doc: () => partyDraft({ kind, layout: 'table' }) })),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    ...validInLayouts('three pages, numbered from page 2', { pages: 3 }, ['table', 'tabs']),
    { name: 'twelve pages, numbered from page 2', doc: () => partyDraft({ pages: 12 }) },
    { name: 'one page without page numbers', doc: () => partyDraft({ pageNumbers: 'none' }) },
    // LibreOffice writes <Pages>1</Pages> for any length: the page count is estimated from the text.
    { name: 'LibreOffice round trip, 3 pages, numbered from page 2 (fixture)', doc: fixture('nq-table-pages3') },
    { name: 'LibreOffice round trip, one page (fixture)', doc: fixture('nq-table') },
    // About one and a quarter pages of text: the estimate cannot tell one page from two — silent.
    { name: 'LibreOffice, two pages by layout but uncertain by estimate, no numbers', doc: () => partyDraft({ pages: 2, pageNumbers: 'none', application: LIBREOFFICE }) },
    { name: 'number on a centred tab stop', doc: () => partyDraft(numbered({ default: [number({}, { align: 'left', runs: [{ text: '', tab: true }, { text: '2', field: 'PAGE', sz: 14 }] })] })) },
    { name: 'PAGE as a simple field', doc: () => partyDraft(numbered({ default: [number({ fieldSimple: true })] })) },
    { name: 'header 12.5 mm from the top (Word default) is about 10 mm', doc: () => partyDraft(numbered({}, { marginsMm: { header: 12.5 } })) },
  ],
  invalid: [
    ...invalidInLayouts('three pages without page numbers', { pages: 3, pageNumbers: 'none' }, [
      { messageId: 'missing', text: null, component: null, expected: 'PAGE', actual: null, fixable: false },
    ], ['table', 'stacked']),
    {
      name: 'LibreOffice, three pages (app.xml says 1) without page numbers',
      doc: () => partyDraft({ pages: 3, pageNumbers: 'none', application: LIBREOFFICE }),
      errors: [{ messageId: 'missing', text: null }],
    },
    { name: 'no page count in app.xml, three pages of text, no numbers', doc: withoutPagesCount({ pages: 3, pageNumbers: 'none' }), errors: [{ messageId: 'missing' }] },
    {
      name: 'no page count, a page break, no numbers',
      doc: editedDraft({ pageNumbers: 'none', application: LIBREOFFICE }, (spec) => {
        // The closing paragraph of the body starts a new page.
        const bodyParas = spec.body.filter((b): b is ParaSpec => typeof b !== 'string' && !('table' in b) && b.runs.length > 0 && b.align === 'both');
        bodyParas.at(-1)!.pageBreakBefore = true;
      }),
      errors: [{ messageId: 'missing' }],
    },
    ...invalidInLayouts('numbered on the first page too', { pages: 3, pageNumbers: 'all' }, [
      { messageId: 'firstPage', text: null, actual: 'no titlePage' },
    ], ['table', 'textbox']),
    { name: 'a one-page document numbered on its page', doc: () => partyDraft({ pageNumbers: 'all' }), errors: [{ messageId: 'firstPage' }] },
    {
      name: 'first-page header holds the number too',
      doc: () => partyDraft(numbered({ default: [number()], first: [number({ text: '1' })] })),
      errors: [{ messageId: 'firstPage', actual: 'first-page header with PAGE' }],
    },
    {
      name: 'page number in the footer',
      doc: () => partyDraft({ pages: 3, section: { titlePage: true, headers: { first: [emptyHeader] }, footers: { default: [number({}, { style: undefined })], first: [{ runs: [] }] } } }),
      errors: [{ messageId: 'inFooter', text: null, expected: 'header', actual: 'footer' }],
    },
    ...invalidInLayouts('page number at the right', numbered({ default: [number({}, { align: 'right' })] }), [
      { messageId: 'alignment', data: { actual: 'right', whereEn: 'header' }, expected: 'center', actual: 'right' },
    ], ['table', 'tabs']),
    {
      name: 'page number 12 pt italic',
      doc: () => partyDraft(numbered({ default: [number({ sz: 12, i: true })] })),
      errors: [
        { messageId: 'size', expected: '14 pt', actual: '12 pt' },
        { messageId: 'notItalic' },
      ],
    },
    {
      name: 'header 25 mm from the top edge',
      doc: () => partyDraft(numbered({}, { marginsMm: { header: 25 } })),
      errors: [{ messageId: 'headerDistance', severity: 'warning', data: { expected: '10 mm', actual: '25 mm' } }],
    },
    {
      name: 'odd and even headers, even pages without a number',
      doc: editedDraft({ pages: 3 }, (spec) => void (spec.settings = { evenAndOddHeaders: true })),
      errors: [{ messageId: 'evenPages' }],
    },
  ],
} satisfies CaseTable;
