import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { partyDraft, validInLayouts, invalidInLayouts } from '../../../../test/support/cases.js';
import { DEFAULT_TEXTS, DOC_KINDS, FONT } from '../../../../test/support/party-draft.js';
import { editedDraft, editedInLayouts, editRuns, splitRun } from '../../../../test/support/draft-edit.js';

/** The Normal style without fonts: text falls back to docDefaults, i.e. the theme's body font. */
const normalWithoutFont = { paragraphStyles: [{ id: 'Normal', name: 'Normal', default: true, run: { sz: 14 } }] };
/** Word's font box writes all slots; these fonts differ per slot. */
const slots = (ascii: string, hAnsi: string) => ({ ascii, hAnsi, cs: FONT });

export default {
  valid: [
    ...DOC_KINDS.map((kind) => ({ name: `compliant ${kind}`, doc: () => partyDraft({ kind, layout: 'table' }) })),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    ...validInLayouts('fonts written on every run', { directFonts: true }, ['table', 'textbox']),
    ...validInLayouts('theme body font Times New Roman through docDefaults', { styles: normalWithoutFont, theme: { minor: FONT } }, ['table', 'tabs']),
    {
      // "*" has only ASCII characters: Word draws it with w:ascii, the w:hAnsi font is never used.
      name: 'ASCII-only run with a different w:hAnsi font',
      doc: editedDraft({}, (spec) => editRuns(spec, DEFAULT_TEXTS.star, (r) => ({ ...r, font: slots(FONT, 'Arial') }))),
    },
    {
      // "ĐẢ" has no ASCII character: Word draws it with w:hAnsi, the w:ascii font is never used.
      name: 'run of letters with diacritics only, with a different w:ascii font',
      doc: editedDraft({}, (spec) => splitRun(spec, DEFAULT_TEXTS.partyHeader, ['ĐẢ', 'NG CỘNG SẢN VIỆT NAM'], (r, n) => (n === 0 ? { ...r, font: slots('Arial', FONT) } : r))),
    },
    {
      // Text in a legacy Vietnamese font needs converting: party/legacy-encoding reports it.
      name: 'Party header in the legacy .VnTimeH font',
      doc: editedDraft({}, (spec) => editRuns(spec, DEFAULT_TEXTS.partyHeader, (r) => ({ ...r, text: '§¶NG CéNG S¶N VIÖT NAM', font: '.VnTimeH' }))),
    },
  ],
  invalid: [
    ...invalidInLayouts('theme body font Calibri through docDefaults', { styles: normalWithoutFont }, [
      { messageId: 'font', text: DEFAULT_TEXTS.issuer, data: { fonts: 'Calibri', expected: FONT }, expected: FONT, actual: 'Calibri', fixable: true },
    ], ['table', 'tabs', 'textbox']),
    ...invalidInLayouts('theme body font Calibri through docDefaults', { styles: normalWithoutFont }, [
      { messageId: 'font', text: DEFAULT_TEXTS.partyHeader, data: { fonts: 'Calibri' } },
    ], ['stacked']),
    ...invalidInLayouts('body in Arial', { overrides: { body: { font: 'Arial' } } }, [
      { messageId: 'font', text: /^Ngày 06 tháng 01/, data: { fonts: 'Arial', paragraphs: 8, runs: 8 }, actual: 'Arial' },
    ], ['table', 'stacked']),
    ...invalidInLayouts('signature name in Arial and summary in Tahoma', { overrides: { signatureName: { font: 'Arial' }, summary: { font: 'Tahoma' } } }, [
      { messageId: 'font', text: 'về nhiệm vụ năm 2026', data: { fonts: 'Arial, Tahoma', runs: 2, paragraphs: 2 } },
    ], ['table', 'textbox']),
    ...editedInLayouts(
      'w:ascii Times New Roman but w:hAnsi Arial on the issuer',
      {},
      (spec) => editRuns(spec, DEFAULT_TEXTS.issuer, (r) => ({ ...r, font: slots(FONT, 'Arial') })),
      ['table', 'tabs', 'textbox', 'stacked'],
      [{ messageId: 'fontSlot', text: DEFAULT_TEXTS.issuer, data: { fonts: 'Arial', runs: 1 }, actual: 'Arial' }],
    ),
    {
      name: 'ASCII-only run with a different w:ascii font',
      doc: editedDraft({}, (spec) => editRuns(spec, DEFAULT_TEXTS.star, (r) => ({ ...r, font: slots('Arial', FONT) }))),
      errors: [{ messageId: 'font', text: '*', data: { fonts: 'Arial', runs: 1 } }],
    },
    {
      name: 'run of letters with diacritics only, with a different w:hAnsi font',
      doc: editedDraft({}, (spec) => splitRun(spec, DEFAULT_TEXTS.partyHeader, ['ĐẢ', 'NG CỘNG SẢN VIỆT NAM'], (r, n) => (n === 0 ? { ...r, font: slots(FONT, 'Arial') } : r))),
      errors: [{ messageId: 'fontSlot', text: DEFAULT_TEXTS.partyHeader, data: { fonts: 'Arial', runs: 1 } }],
    },
    ...invalidInLayouts('Normal style in Arial, judged on the effective font', {
      styles: { paragraphStyles: [{ id: 'Normal', name: 'Normal', default: true, run: { font: 'Arial', sz: 14 } }] },
    }, [{ messageId: 'font', text: DEFAULT_TEXTS.issuer, data: { fonts: 'Arial' } }], ['table', 'textbox']),
    ...invalidInLayouts('Normal style in Arial, but every run in Times New Roman directly', {
      styles: { paragraphStyles: [{ id: 'Normal', name: 'Normal', default: true, run: { font: 'Arial', sz: 14 } }] },
      overrides: { signatureName: { font: 'Tahoma' } },
      directFonts: true,
    }, [{ messageId: 'font', text: DEFAULT_TEXTS.signatureName, data: { fonts: 'Tahoma', runs: 1 } }], ['table']),
  ],
} satisfies CaseTable;
