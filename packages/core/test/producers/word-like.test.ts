/**
 * Producers: Microsoft Word and python-docx. The packages are hand-written the way those producers write
 * them (word-like-docx.ts, python-docx-like.ts — see their headers for what each carries); a compliant
 * resolution from either must read with the formatting Word would show, be recognised, and get zero
 * errors, while a python-docx script that set only `w:ascii` is caught by party/font-family.
 */
import { describe, expect, it } from 'vitest';
import { check, readDocx, recognize, resolveProfile } from '../../src/index.js';
import type { Anatomy, ComponentKind, DocModel } from '../../src/index.js';
import { DEFAULT_TEXTS, KIND_CONTENT } from '../support/party-draft.js';
import { pythonDocxLike } from './python-docx-like.js';
import { wordLikeDocx, type WordLikeOptions } from './word-like-docx.js';

const TNR = 'Times New Roman';
const BODY = KIND_CONTENT.NQ.body.map((p) => (typeof p === 'string' ? p : p.text));

function read(bytes: Uint8Array): { model: DocModel; anatomy: Anatomy } {
  const res = readDocx(bytes);
  if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`);
  return { model: res.value, anatomy: recognize(res.value, resolveProfile('party')) };
}

const errorsOf = (bytes: Uint8Array) => {
  const r = check(bytes, { profile: 'party' });
  expect(r.error).toBeNull();
  return r.diagnostics.filter((d) => d.severity === 'error').map((d) => `¶${d.location?.paragraph ?? '-'} ${d.ruleId}: ${d.message}`);
};

const component = (a: Anatomy, kind: ComponentKind) => {
  const c = a.components.find((x) => x.kind === kind);
  if (!c) throw new Error(`${kind} not recognised; notes: ${a.notes.join(' | ')}`);
  return c;
};

const KINDS: ComponentKind[] = [
  'partyHeader', 'issuer', 'star', 'number', 'placeDate', 'typeName', 'summary', 'separator',
  'signatureAuthority', 'signaturePosition', 'signatureName', 'recipientsLabel', 'recipientsItem',
];

/** The typography of party-draft's compliant NQ, component by component. */
const TYPOGRAPHY: [ComponentKind, string, { sizePt: number; bold?: boolean; italic?: boolean; underline?: string }][] = [
  ['partyHeader', DEFAULT_TEXTS.partyHeader, { sizePt: 15, bold: true }],
  ['issuer', DEFAULT_TEXTS.issuer, { sizePt: 14, bold: true }],
  ['star', DEFAULT_TEXTS.star, { sizePt: 14 }],
  ['number', DEFAULT_TEXTS.number, { sizePt: 14 }],
  ['placeDate', DEFAULT_TEXTS.placeDate, { sizePt: 14, italic: true }],
  ['typeName', DEFAULT_TEXTS.typeName, { sizePt: 16, bold: true }],
  ['summary', DEFAULT_TEXTS.summary, { sizePt: 14, bold: true }],
  ['separator', DEFAULT_TEXTS.separator, { sizePt: 14 }],
  ['recipientsLabel', DEFAULT_TEXTS.recipientsLabel, { sizePt: 14, underline: 'single' }],
  ['signatureAuthority', DEFAULT_TEXTS.signatureAuthority, { sizePt: 14, bold: true }],
  ['signaturePosition', DEFAULT_TEXTS.signaturePosition, { sizePt: 14 }],
  ['signatureName', DEFAULT_TEXTS.signatureName, { sizePt: 14, bold: true }],
];

function expectTypography(a: Anatomy): void {
  for (const [kind, text, want] of TYPOGRAPHY) {
    const c = component(a, kind);
    expect(c.text, kind).toBe(text);
    expect(c.runs.length, kind).toBeGreaterThan(0);
    for (const r of c.runs) {
      expect(r.props, `${kind} "${r.text}"`).toMatchObject({ sizePt: want.sizePt, bold: want.bold ?? false, italic: want.italic ?? false, underline: want.underline ?? null });
      expect(r.props.fontsUsed, `${kind} "${r.text}"`).toEqual([TNR]);
    }
  }
  const items = a.components.filter((c) => c.kind === 'recipientsItem');
  // A "-" bullet list draws the dash as its label.
  expect(items.map((c) => (c.paragraph.listLabel ? `${c.paragraph.listLabel} ` : '') + c.text)).toEqual([...DEFAULT_TEXTS.recipientsItems]);
  for (const c of items) for (const r of c.runs) expect(r.props).toMatchObject({ sizePt: 12, bold: false, underline: null, fontsUsed: [TNR] });
}

function expectPage(m: DocModel): void {
  const page = m.sections[0]!.page!;
  expect(page).toMatchObject({ widthMm: 210, heightMm: 297, orientation: 'portrait', titlePage: true });
  expect(page.marginsMm.top).toBeCloseTo(20, 0);
  expect(page.marginsMm.bottom).toBeCloseTo(20, 0);
  expect(page.marginsMm.left).toBeCloseTo(30, 0);
  expect(page.marginsMm.right).toBeCloseTo(15, 0);
  expect(m.sections[0]!.headers.default?.fields).toContain('PAGE');
}

function expectBody(m: DocModel, a: Anatomy): void {
  expect(a.body.map((id) => m.paragraphs[id - 1]!.text)).toEqual(BODY);
  for (const id of a.body) {
    const p = m.paragraphs[id - 1]!;
    expect(p.props).toMatchObject({ alignment: 'both', spacingAfterPt: 6, lineSpacing: { rule: 'exact', value: 18 } });
    expect(p.props.indentFirstLineMm).toBeCloseTo(10, 1);
    for (const r of p.runs) expect(r.props).toMatchObject({ sizePt: 14, fontsUsed: [TNR] });
  }
}

describe('Word 2016 output', () => {
  const variants: [string, WordLikeOptions][] = [
    ['table header', { layout: 'table' }],
    ['2×2 table header', { layout: 'table2x2' }],
    ['text box header', { layout: 'textbox' }],
    // Each cell typed as one paragraph, lines set apart by Shift+Enter (w:br).
    ['table cells with line breaks', { layout: 'table', lineBreaks: true }],
    ['text boxes with line breaks', { layout: 'textbox', lineBreaks: true }],
    ['recipients as a "-" bullet list', { recipientsList: true }],
  ];
  for (const [name, options] of variants) {
    it(`a compliant resolution (${name}) gets zero errors`, () => {
      expect(errorsOf(wordLikeDocx(options))).toEqual([]);
    });

    it(`reads and recognises it (${name})`, () => {
      const { model, anatomy } = read(wordLikeDocx(options));
      const kinds = new Set(anatomy.components.map((c) => c.kind));
      for (const k of KINDS) expect(kinds, k).toContain(k);
      expect(anatomy.documentType?.code).toBe('NQ');
      expect(anatomy.headerLayout).toBe(options.layout === 'textbox' ? 'textbox' : 'table');
      expectTypography(anatomy);
      expectBody(model, anatomy);
      expectPage(model);
      // Text boxes are written twice (wps and VML fallback) but read once.
      expect(model.paragraphs.filter((p) => p.text.includes(DEFAULT_TEXTS.partyHeader))).toHaveLength(1);
      expect(model.paragraphs.filter((p) => p.text.includes(DEFAULT_TEXTS.number))).toHaveLength(1);
      expect(anatomy.components.filter((c) => c.kind === 'partyHeader' || c.kind === 'number')).toHaveLength(2);
    });
  }

  const { model, anatomy } = read(wordLikeDocx());

  it('joins runs split by edit sessions (rsids) into one component text', () => {
    const header = component(anatomy, 'partyHeader');
    expect(header.runs.map((r) => r.text)).toEqual(['ĐẢNG CỘNG SẢN ', 'VIỆT NAM']);
    expect(component(anatomy, 'number').runs.map((r) => r.text)).toEqual(['Số 15-', 'NQ/TU']);
    // "Tỉnh ủ" + "y": split mid-word, with proofing marks between the runs.
    const first = model.paragraphs[anatomy.body[0]! - 1]!;
    expect(first.runs.length).toBe(3);
    expect(first.text).toBe(BODY[0]);
    // An inline date-picker content control: its text belongs to the place/date line.
    expect(component(anatomy, 'placeDate').runs.map((r) => r.text)).toEqual(['Tân An, ', 'ngày 08 tháng 01 năm 2026']);
    // A block-level content control around the signer's name, inside a table cell.
    expect(component(anatomy, 'signatureName').paragraph.table).toMatchObject({ cell: 1, bordered: false });
  });

  it('reads tracked changes as the final text: deletions dropped, insertions kept', () => {
    expect(model.paragraphs.some((p) => p.text.includes('đẩy mạnh công tác xây dựng'))).toBe(false);
    expect(model.paragraphs.filter((p) => p.text === BODY[5])).toHaveLength(1);
  });

  it('resolves fonts through the theme and the Normal style', () => {
    // docDefaults say minorHAnsi (Calibri in the theme); Normal names Times New Roman for ascii/hAnsi/cs,
    // the eastAsia slot stays on the theme.
    const issuer = component(anatomy, 'issuer').runs[0]!.props;
    expect(issuer.fonts).toEqual({ ascii: TNR, hAnsi: TNR, eastAsia: 'Calibri', cs: TNR });
    expect(issuer.origin.font).toEqual({ kind: 'paragraphStyle', styleId: 'Normal' });
    // One body paragraph carries the fonts directly.
    const direct = model.paragraphs[anatomy.body[4]! - 1]!.runs[0]!.props;
    expect(direct.origin.font).toEqual({ kind: 'direct' });
    expect(direct.fontsUsed).toEqual([TNR]);
  });

  it('reads the rest of what Word writes without side effects', () => {
    expect(model.meta.application).toBe('Microsoft Office Word');
    // w:lastRenderedPageBreak is where Word last broke the page, not a page break.
    expect(model.meta.pageBreaks).toBe(0);
    // TableGrid draws borders; the direct w:tblBorders "none" removes them.
    const header = component(anatomy, 'partyHeader').paragraph;
    expect(header.table).toMatchObject({ bordered: false, cells: 2, cell: 1 });
    // The rule under the Party header is a drawn line (wps line, VML v:line fallback).
    expect(header.drawnLine).toBe(true);
    // PAGE field with its cached result, inside a docPartObj content control of the default header.
    const pageRun = model.sections[0]!.headers.default!.paragraphs.flatMap((p) => p.runs).find((r) => r.field === 'PAGE');
    expect(pageRun).toMatchObject({ text: '2', props: { sizePt: 14, fontsUsed: [TNR] } });
    expect(model.sections[0]!.headers.first?.fields ?? []).not.toContain('PAGE');
    // The comment reference run has no text; the summary is only its own words.
    expect(component(anatomy, 'summary').paragraph.text).toBe(DEFAULT_TEXTS.summary);
    expect(model.paragraphs.every((p) => p.styleId === 'Normal')).toBe(true);
  });

  it('a seeded defect (ngày 8 tháng 1) is found by party/date-format', () => {
    const r = check(wordLikeDocx({ placeDate: 'Tân An, ngày 8 tháng 1 năm 2026' }), { profile: 'party' });
    expect(r.diagnostics.map((d) => d.ruleId)).toContain('party/date-format');
    expect(r.diagnostics.filter((d) => d.severity === 'error' && d.ruleId !== 'party/date-format').map((d) => d.ruleId)).toEqual([]);
  });
});

describe('python-docx output', () => {
  for (const normalFont of ['name', 'name+eastAsia'] as const) {
    it(`Normal style font set with ${normalFont === 'name' ? "font.name (w:ascii + w:hAnsi)" : 'font.name and the eastAsia recipe'}: zero errors`, () => {
      expect(errorsOf(pythonDocxLike({ normalFont }))).toEqual([]);
    });
  }

  const { model, anatomy } = read(pythonDocxLike());

  it('recognises the components and reads their typography', () => {
    const kinds = new Set(anatomy.components.map((c) => c.kind));
    for (const k of KINDS) expect(kinds, k).toContain(k);
    expect(anatomy.headerLayout).toBe('table');
    expectTypography(anatomy);
    expectBody(model, anatomy);
    expectPage(model);
  });

  it('Vietnamese text draws with the Normal style hAnsi font, not the theme body font (Cambria)', () => {
    for (const p of model.paragraphs)
      for (const r of p.runs) {
        expect(r.props.fonts.ascii).toBe(TNR);
        expect(r.props.fonts.hAnsi).toBe(TNR);
        expect(r.props.fontsUsed).toEqual([TNR]);
        expect(r.props.origin.font).toEqual({ kind: 'paragraphStyle', styleId: 'Normal' });
      }
    // Template whitespace between elements makes no paragraphs or text.
    expect(model.paragraphs.every((p) => p.text === '' || p.text.trim() === p.text)).toBe(true);
    expect(model.meta.application).toBe('Microsoft Macintosh Word');
  });

  it('only w:ascii set on Normal: diacritics fall back to the theme (Cambria) and party/font-family reports the hAnsi slot', () => {
    const bytes = pythonDocxLike({ normalFont: 'asciiOnly' });
    const m = read(bytes).model;
    const issuer = m.paragraphs.find((p) => p.text === DEFAULT_TEXTS.issuer)!.runs[0]!.props;
    expect(issuer.fonts.ascii).toBe(TNR);
    expect(issuer.fonts.hAnsi).toBe('Cambria');
    expect(issuer.fontsUsed).toEqual([TNR, 'Cambria']);
    // "*" has only ASCII characters: drawn with w:ascii alone.
    expect(m.paragraphs.find((p) => p.text === '*')!.runs[0]!.props.fontsUsed).toEqual([TNR]);

    const fonts = check(bytes, { profile: 'party' }).diagnostics.filter((d) => d.ruleId === 'party/font-family');
    expect(fonts).toHaveLength(1);
    expect(fonts[0]).toMatchObject({ severity: 'error', messageId: 'fontSlot' });
    expect(fonts[0]!.message).toContain('Cambria');
  });
});
