/**
 * Producer: the `docx` npm package (docx.js). A compliant resolution built with its own API
 * (docx-package-draft.ts), packed by `Packer.toBuffer`, must read with the formatting that was written,
 * be recognised component by component, and get zero errors from the whole rule set.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { check, readDocx, recognize, resolveProfile } from '../../src/index.js';
import type { Anatomy, ComponentKind, DocModel } from '../../src/index.js';
import { DEFAULT_TEXTS } from '../support/party-draft.js';
import { docxPackageDraft, FONT } from './docx-package-draft.js';

const errorsOf = (bytes: Uint8Array) => {
  const r = check(bytes, { profile: 'party' });
  expect(r.error).toBeNull();
  return r.diagnostics.filter((d) => d.severity === 'error').map((d) => `¶${d.location?.paragraph ?? '-'} ${d.ruleId}: ${d.message}`);
};

describe('a resolution written with the docx npm package', () => {
  let bytes: Uint8Array;
  let model: DocModel;
  let anatomy: Anatomy;

  beforeAll(async () => {
    bytes = await docxPackageDraft();
    const read = readDocx(bytes);
    if (!read.ok) throw new Error(read.error.message);
    model = read.value;
    anatomy = recognize(model, resolveProfile('party'));
  });

  const component = (kind: ComponentKind) => {
    const c = anatomy.components.find((x) => x.kind === kind);
    expect(c, `${kind} recognised`).toBeDefined();
    return c!;
  };

  it('reads page setup, page-number header and different first page', () => {
    const s = model.sections[0]!;
    expect(s.page).toMatchObject({ widthMm: 210, heightMm: 297, orientation: 'portrait', titlePage: true });
    // convertMillimetersToTwip floors: 20 mm → 1133 twips = 19.99 mm.
    expect(s.page!.marginsMm.top).toBeCloseTo(20, 1);
    expect(s.page!.marginsMm.bottom).toBeCloseTo(20, 1);
    expect(s.page!.marginsMm.left).toBeCloseTo(30, 1);
    expect(s.page!.marginsMm.right).toBeCloseTo(15, 1);
    expect(s.headers.default?.fields).toContain('PAGE');
    expect(s.headers.first?.fields ?? []).not.toContain('PAGE');
    // docx.js writes the field without a cached result (begin, instruction, separate, end): Word
    // computes the number when it lays the page out, so the story has the field but no text.
    expect(s.headers.default!.paragraphs.map((p) => p.text)).toEqual(['']);
  });

  it('resolves the default font of styles.default.document.run on every run', () => {
    const runs = model.paragraphs.flatMap((p) => p.runs).filter((r) => r.text.trim());
    expect(runs.length).toBeGreaterThan(20);
    for (const r of runs) {
      expect(r.props.fonts).toMatchObject({ ascii: FONT, hAnsi: FONT, eastAsia: FONT, cs: FONT });
      expect(r.props.fontsUsed).toEqual([FONT]);
      expect(r.props.origin.font).toEqual({ kind: 'docDefaults' });
    }
  });

  it('recognises every component of the header, title and footer', () => {
    const kinds = new Set(anatomy.components.map((c) => c.kind));
    for (const k of [
      'partyHeader', 'issuer', 'star', 'number', 'placeDate', 'typeName', 'summary', 'separator',
      'signatureAuthority', 'signaturePosition', 'signatureName', 'recipientsLabel', 'recipientsItem',
    ] as ComponentKind[])
      expect(kinds, k).toContain(k);
    expect(anatomy.headerLayout).toBe('table');
    expect(anatomy.footerLayout).toBe('table');
    expect(anatomy.documentType?.code).toBe('NQ');
    expect(anatomy.issuerKind).not.toBeNull();
    expect(anatomy.body.length).toBe(8);
  });

  it('gives each component the effective typography that was written', () => {
    const expectRun = (kind: ComponentKind, text: string, want: { sizePt: number; bold?: boolean; italic?: boolean; underline?: string | null }) => {
      const c = component(kind);
      expect(c.text).toBe(text);
      expect(c.runs.length).toBeGreaterThan(0);
      for (const r of c.runs) {
        expect(r.props, `${kind} ${text}`).toMatchObject({ sizePt: want.sizePt, bold: want.bold ?? false, italic: want.italic ?? false, underline: want.underline ?? null });
        expect(r.props.fontsUsed).toEqual([FONT]);
      }
    };
    expectRun('partyHeader', DEFAULT_TEXTS.partyHeader, { sizePt: 15, bold: true });
    expectRun('issuer', DEFAULT_TEXTS.issuer, { sizePt: 14, bold: true });
    expectRun('star', DEFAULT_TEXTS.star, { sizePt: 14 });
    expectRun('number', DEFAULT_TEXTS.number, { sizePt: 14 });
    expectRun('placeDate', DEFAULT_TEXTS.placeDate, { sizePt: 14, italic: true });
    expectRun('typeName', DEFAULT_TEXTS.typeName, { sizePt: 16, bold: true });
    expectRun('summary', DEFAULT_TEXTS.summary, { sizePt: 14, bold: true });
    expectRun('separator', DEFAULT_TEXTS.separator, { sizePt: 14 });
    expectRun('recipientsLabel', DEFAULT_TEXTS.recipientsLabel, { sizePt: 14, underline: 'single' });
    expectRun('signatureAuthority', DEFAULT_TEXTS.signatureAuthority, { sizePt: 14, bold: true });
    expectRun('signaturePosition', DEFAULT_TEXTS.signaturePosition, { sizePt: 14 });
    expectRun('signatureName', DEFAULT_TEXTS.signatureName, { sizePt: 14, bold: true });
    const items = anatomy.components.filter((c) => c.kind === 'recipientsItem');
    expect(items.map((c) => c.text)).toEqual([...DEFAULT_TEXTS.recipientsItems]);
    for (const c of items) for (const r of c.runs) expect(r.props).toMatchObject({ sizePt: 12, bold: false, italic: false, underline: null });

    // Party header rule: a bottom border on its paragraph; layout tables stay borderless.
    const header = component('partyHeader').paragraph;
    expect(header.props.borders.bottom).toBe(true);
    expect(header.table).toMatchObject({ cells: 2, cell: 1, bordered: false });
    expect(component('issuer').paragraph.table).toMatchObject({ cells: 2, cell: 0, bordered: false });
    expect(component('typeName').paragraph.props.alignment).toBe('center');
    expect(component('summary').paragraph.props.alignment).toBe('center');
  });

  it('reads body paragraph format: justified, first line 10 mm, 6 pt after, exact 18 pt', () => {
    for (const id of anatomy.body) {
      const p = model.paragraphs[id - 1]!;
      expect(p.props.alignment).toBe('both');
      expect(p.props.indentFirstLineMm).toBeCloseTo(10, 1);
      expect(p.props.spacingAfterPt).toBe(6);
      expect(p.props.lineSpacing).toEqual({ rule: 'exact', value: 18 });
      for (const r of p.runs) expect(r.props.sizePt).toBe(14);
    }
  });

  it('gets zero errors from check()', () => {
    expect(errorsOf(bytes)).toEqual([]);
  });

  it('a seeded defect (ngày 8 tháng 1) is found by party/date-format', async () => {
    const defective = await docxPackageDraft({ texts: { placeDate: 'Tân An, ngày 8 tháng 1 năm 2026' } });
    const r = check(defective, { profile: 'party' });
    expect(r.error).toBeNull();
    const ids = r.diagnostics.map((d) => d.ruleId);
    expect(ids).toContain('party/date-format');
    // Only the seeded defect: nothing else starts failing.
    expect(r.diagnostics.filter((d) => d.severity === 'error' && d.ruleId !== 'party/date-format').map((d) => `${d.ruleId}: ${d.message}`)).toEqual([]);
  });

  it('a default font other than Times New Roman is found by party/font-family', async () => {
    const arial = await docxPackageDraft({ font: 'Arial' });
    const ids = check(arial, { profile: 'party' }).diagnostics.map((d) => d.ruleId);
    expect(ids).toContain('party/font-family');
  });
});

describe('a resolution written with the docx npm package, tab layout (TabStop, Tab)', () => {
  it('is recognised with its typography and gets zero errors', async () => {
    const bytes = await docxPackageDraft({ layout: 'tabs' });
    const read = readDocx(bytes);
    if (!read.ok) throw new Error(read.error.message);
    const anatomy = recognize(read.value, resolveProfile('party'));
    expect(anatomy.headerLayout).toBe('tabs');
    expect(anatomy.footerLayout).toBe('tabs');
    const c = (kind: ComponentKind) => anatomy.components.find((x) => x.kind === kind);
    // Two components share a line, each with its own runs.
    expect(c('issuer')?.paragraph).toBe(c('partyHeader')?.paragraph);
    expect(c('partyHeader')?.text).toBe(DEFAULT_TEXTS.partyHeader);
    expect(c('partyHeader')?.runs.map((r) => [r.props.sizePt, r.props.bold, r.props.underline])).toEqual([[15, true, 'single']]);
    expect(c('issuer')?.runs.map((r) => [r.props.sizePt, r.props.bold, r.props.underline])).toEqual([[14, true, null]]);
    expect(c('placeDate')?.runs.every((r) => r.props.italic)).toBe(true);
    for (const k of ['star', 'number', 'typeName', 'summary', 'signatureAuthority', 'signaturePosition', 'signatureName', 'recipientsLabel'] as ComponentKind[])
      expect(c(k), k).toBeDefined();
    expect(anatomy.components.filter((x) => x.kind === 'recipientsItem').map((x) => x.text)).toEqual([...DEFAULT_TEXTS.recipientsItems]);
    expect(errorsOf(bytes)).toEqual([]);
  });
});
