/**
 * The reader resolves effective formatting the way Word does. Each case is a package built in code and
 * read back through readDocx.
 */
import { describe, expect, it } from 'vitest';
import { readDocx } from '../src/docx/reader.js';
import { recognize } from '../src/anatomy/recognize.js';
import { resolveProfile } from '../src/profiles/index.js';
import type { DocModel } from '../src/model.js';
import { buildDocx } from './support/docx-builder.js';
import { p, r, rawDocx, theme } from './support/raw-docx.js';

function read(bytes: Uint8Array): DocModel {
  const res = readDocx(bytes);
  if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`);
  return res.value;
}

const run0 = (m: DocModel, para = 0) => m.paragraphs[para]!.runs[0]!.props;

describe('effective run properties', () => {
  it('falls back to Word defaults when the package says nothing (Times New Roman 10 pt)', () => {
    const m = read(rawDocx({ body: p(r('Văn bản')) }));
    expect(run0(m).fonts.hAnsi).toBe('Times New Roman');
    expect(run0(m).sizePt).toBe(10);
    expect(run0(m).origin.sizePt).toEqual({ kind: 'default' });
  });

  it('layers docDefaults → paragraph style chain (basedOn) → character style → direct', () => {
    const styles = `
      <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="20"/></w:rPr></w:rPrDefault></w:docDefaults>
      <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="Base"><w:name w:val="Base"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="30"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="Derived"><w:name w:val="Derived"/><w:basedOn w:val="Base"/><w:rPr><w:i/></w:rPr></w:style>
      <w:style w:type="character" w:styleId="Big"><w:name w:val="Big"/><w:rPr><w:sz w:val="32"/></w:rPr></w:style>`;
    const m = read(
      rawDocx({
        styles,
        body:
          p(r('a'), '') +
          p(r('b'), '<w:pStyle w:val="Derived"/>') +
          p(r('c', '<w:rStyle w:val="Big"/>'), '<w:pStyle w:val="Derived"/>') +
          p(r('d', '<w:rStyle w:val="Big"/><w:sz w:val="24"/>'), '<w:pStyle w:val="Derived"/>'),
      }),
    );
    expect(run0(m, 0)).toMatchObject({ sizePt: 14, italic: false });
    expect(run0(m, 0).fonts.hAnsi).toBe('Times New Roman');
    expect(run0(m, 1)).toMatchObject({ sizePt: 15, italic: true });
    expect(run0(m, 1).origin.sizePt).toEqual({ kind: 'paragraphStyle', styleId: 'Base' });
    expect(run0(m, 2).sizePt).toBe(16);
    expect(run0(m, 2).origin.sizePt).toEqual({ kind: 'characterStyle', styleId: 'Big' });
    expect(run0(m, 3).sizePt).toBe(12);
    expect(run0(m, 3).origin.sizePt).toEqual({ kind: 'direct' });
  });

  it('toggles: a paragraph style sets bold, a character style flips it, direct formatting is absolute', () => {
    const styles = `
      <w:style w:type="paragraph" w:styleId="BoldPara"><w:name w:val="BoldPara"/><w:rPr><w:b/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="BoldChild"><w:name w:val="BoldChild"/><w:basedOn w:val="BoldPara"/><w:rPr><w:b/></w:rPr></w:style>
      <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>`;
    const m = read(
      rawDocx({
        styles,
        body:
          p(r('x'), '<w:pStyle w:val="BoldChild"/>') + // set twice in the chain: still bold (Word sets, not flips)
          p(r('x', '<w:rStyle w:val="Strong"/>'), '<w:pStyle w:val="BoldPara"/>') + // char style flips → not bold
          p(r('x', '<w:rStyle w:val="Strong"/>')) + // char style on plain text → bold
          p(r('x', '<w:rStyle w:val="Strong"/><w:b w:val="0"/>')) + // direct off wins
          p(r('x', '<w:b w:val="false"/>'), '<w:pStyle w:val="BoldPara"/>'),
      }),
    );
    expect(m.paragraphs.map((q) => q.runs[0]!.props.bold)).toEqual([true, false, true, false, false]);
  });

  it('resolves theme fonts through the theme part and prefers the theme attribute', () => {
    const styles = `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr></w:rPrDefault></w:docDefaults>`;
    const m = read(rawDocx({ styles, theme: theme('Cambria', 'Calibri'), body: p(r('Đảng')) + p(r('x', '<w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/>')) }));
    expect(run0(m, 0).fonts.hAnsi).toBe('Calibri');
    expect(run0(m, 1).fonts.ascii).toBe('Cambria');
  });

  it('records the font slot actually used: diacritics draw with hAnsi, ASCII with ascii (MS-OI29500 2.1.88)', () => {
    const rPr = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Arial"/>';
    const m = read(rawDocx({ body: p(r('Dang', rPr)) + p(r('Đả', rPr)) + p(r('Đảng Cộng', rPr)) }));
    expect(run0(m, 0).fontsUsed).toEqual(['Times New Roman']);
    expect(run0(m, 1).fontsUsed).toEqual(['Arial']);
    expect(run0(m, 2).fontsUsed).toEqual(['Times New Roman', 'Arial']);
  });

  it('keeps the paragraph mark properties apart from the text', () => {
    const m = read(rawDocx({ body: p(r('chữ', '<w:sz w:val="28"/>'), '<w:rPr><w:sz w:val="40"/><w:b/></w:rPr>') }));
    expect(run0(m).sizePt).toBe(14);
    expect(run0(m).bold).toBe(false);
    expect(m.paragraphs[0]!.markProps.sizePt).toBe(20);
  });

  it('applies table style properties to cell paragraphs, below the paragraph style', () => {
    const styles = `
      <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
      <w:style w:type="table" w:styleId="Grid"><w:name w:val="Grid"/><w:rPr><w:sz w:val="24"/><w:b/></w:rPr><w:pPr><w:jc w:val="center"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/></w:tblBorders></w:tblPr></w:style>`;
    const tbl = `<w:tbl><w:tblPr><w:tblStyle w:val="Grid"/></w:tblPr><w:tr><w:tc>${p(r('ô'))}</w:tc><w:tc>${p(r('ô', '<w:sz w:val="28"/>'))}</w:tc></w:tr></w:tbl>`;
    const m = read(rawDocx({ styles, body: tbl + p(r('ngoài')) }));
    expect(run0(m, 0)).toMatchObject({ sizePt: 12, bold: true });
    expect(m.paragraphs[0]!.props.alignment).toBe('center');
    expect(m.paragraphs[0]!.table).toMatchObject({ table: 0, row: 0, cell: 0, cells: 2, bordered: true });
    expect(run0(m, 1).sizePt).toBe(14);
    expect(run0(m, 2).sizePt).toBe(10);
    expect(m.paragraphs[2]!.table).toBeNull();
  });
});

describe('effective paragraph properties', () => {
  it('converts units once: indents to mm, spacing to pt, line spacing rules', () => {
    const m = read(
      rawDocx({
        body:
          p(r('a'), '<w:jc w:val="both"/><w:ind w:firstLine="567"/><w:spacing w:before="120" w:after="0" w:line="360" w:lineRule="exact"/>') +
          p(r('b'), '<w:ind w:left="720" w:hanging="360"/><w:spacing w:line="276" w:lineRule="auto"/>') +
          p(r('c'), '<w:spacing w:line="300" w:lineRule="atLeast" w:afterAutospacing="1"/>'),
      }),
    );
    const [a, b, c] = m.paragraphs.map((q) => q.props);
    expect(a).toMatchObject({ alignment: 'both', indentFirstLineMm: 10, spacingBeforePt: 6, spacingAfterPt: 0, lineSpacing: { rule: 'exact', value: 18 } });
    expect(b!.indentLeftMm).toBeCloseTo(12.7, 1);
    expect(b!.indentFirstLineMm).toBeCloseTo(-6.35, 1);
    expect(b!.lineSpacing).toEqual({ rule: 'auto', value: 1.15 });
    expect(c).toMatchObject({ lineSpacing: { rule: 'atLeast', value: 15 }, spacingAfterPt: 14 });
  });

  it('inherits paragraph properties through the style chain and numbering', () => {
    const styles = `
      <w:docDefaults><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
      <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Center"><w:name w:val="Center"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr></w:style>`;
    const numbering = `
      <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>
      <w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>`;
    const num = (ilvl: number) => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="3"/></w:numPr>`;
    const m = read(rawDocx({ styles, numbering, body: p(r('a')) + p(r('b'), '<w:pStyle w:val="Center"/>') + p(r('k1'), num(0)) + p(r('d1'), num(1)) + p(r('d2'), num(1)) + p(r('k2'), num(0)) + p(r('d1'), num(1)) }));
    expect(m.paragraphs[0]!.props).toMatchObject({ alignment: 'both', spacingAfterPt: 8 });
    expect(m.paragraphs[0]!.props.origin.alignment).toEqual({ kind: 'paragraphStyle', styleId: 'Normal' });
    expect(m.paragraphs[1]!.props.alignment).toBe('center');
    expect(m.paragraphs[2]!.props.indentFirstLineMm).toBe(10);
    expect(m.paragraphs.map((q) => q.listLabel)).toEqual([null, null, '1.', 'a)', 'b)', '2.', 'a)']);
  });
});

describe('document structure', () => {
  it('reads page setup per section, headers with their PAGE field, and the title-page flag', () => {
    const m = read(
      buildDocx({
        body: [
          { runs: ['Phần một'], sectPr: { orientation: 'landscape', marginsMm: { top: 25 } } },
          'Phần hai',
        ],
        section: { titlePage: true, marginsMm: { gutter: 5 }, headers: { default: [{ runs: [{ text: '2', field: 'PAGE' }], align: 'center' }], first: [''] } },
      }),
    );
    expect(m.sections).toHaveLength(2);
    expect(m.sections[0]!.page).toMatchObject({ orientation: 'landscape', widthMm: 297, heightMm: 210 });
    expect(m.sections[0]!.page!.marginsMm.top).toBe(25);
    expect(m.sections[1]!.page).toMatchObject({ orientation: 'portrait', titlePage: true });
    expect(m.sections[1]!.page!.marginsMm).toMatchObject({ top: 20, bottom: 20, left: 30, gutter: 5 });
    expect(m.sections[1]!.headers.default!.fields).toContain('PAGE');
    expect(m.sections[1]!.headers.default!.paragraphs[0]!.runs[0]!.field).toBe('PAGE');
    expect(m.sections[1]!.headers.first).toBeDefined();
    expect(m.paragraphs.map((q) => q.section)).toEqual([0, 1]);
  });

  it('reads a text box once (choice, not fallback), where it is anchored', () => {
    const m = read(
      buildDocx({ body: [{ runs: ['neo'], textBox: { paragraphs: ['TỈNH ỦY LONG AN', '*'] } }, 'sau'] }),
    );
    expect(m.paragraphs.map((q) => q.text)).toEqual(['neo', 'TỈNH ỦY LONG AN', '*', 'sau']);
    expect(m.paragraphs.map((q) => q.textBox)).toEqual([false, true, true, false]);
    // Word's body.paragraphs does not list text-box paragraphs.
    expect(m.paragraphs.map((q) => q.wordIndex)).toEqual([0, undefined, undefined, 1]);
  });

  it('reads tracked changes as the final text, fields by their result, tabs and breaks as characters', () => {
    const body = p(
      r('Tân An') +
        '<w:del w:id="1" w:author="a"><w:r><w:delText>Long An</w:delText></w:r></w:del>' +
        '<w:ins w:id="2" w:author="a"><w:r><w:t>, ngày</w:t></w:r></w:ins>' +
        '<w:r><w:tab/><w:t>x</w:t><w:br/><w:t>y</w:t></w:r>' +
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>',
    );
    const m = read(rawDocx({ body }));
    expect(m.paragraphs[0]!.text).toBe('Tân An, ngày\tx\ny3');
    expect(m.paragraphs[0]!.runs.at(-1)).toMatchObject({ text: '3', field: 'PAGE' });
  });

  it('reads Strict OOXML namespaces like Transitional ones', () => {
    const m = read(
      rawDocx({
        wNs: 'http://purl.oclc.org/ooxml/wordprocessingml/main',
        rNs: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
        body: p(r('ĐẢNG CỘNG SẢN VIỆT NAM', '<w:b/><w:sz w:val="30"/>'), '<w:jc w:val="center"/>') + '<w:sectPr><w:pgSz w:w="210mm" w:h="297mm"/></w:sectPr>',
      }),
    );
    expect(m.paragraphs[0]!.runs[0]!.props).toMatchObject({ bold: true, sizePt: 15 });
    expect(m.paragraphs[0]!.props.alignment).toBe('center');
    expect(m.sections[0]!.page).toMatchObject({ widthMm: 210, heightMm: 297 });
  });

  it('reads the page count and producer from docProps/app.xml', () => {
    const m = read(rawDocx({ body: p(r('a')), app: '<Pages>3</Pages><Application>Microsoft Office Word</Application>' }));
    expect(m.meta).toMatchObject({ pages: 3, application: 'Microsoft Office Word' });
    const none = read(rawDocx({ body: p(r('a')) }));
    expect(none.meta.pages).toBeNull();
  });

  it('numbers paragraphs in reading order: body, then table cells row by row, cell by cell', () => {
    const cell = (t: string) => `<w:tc>${p(r(t))}</w:tc>`;
    const body = p(r('1')) + `<w:tbl><w:tr>${cell('2')}${cell('3')}</w:tr><w:tr>${cell('4')}${cell('5')}</w:tr></w:tbl>` + p(r('6'));
    const m = read(rawDocx({ body }));
    expect(m.paragraphs.map((q) => [q.id, q.text])).toEqual([[1, '1'], [2, '2'], [3, '3'], [4, '4'], [5, '5'], [6, '6']]);
    expect(m.paragraphs[4]!.table).toMatchObject({ row: 1, cell: 1 });
    expect(m.paragraphs[1]!.table!.bordered).toBe(false);
  });
});

describe('what the reader gives the anatomy', () => {
  it('lines set apart by line breaks (Shift+Enter) in one header cell are separate components', () => {
    // Word drafters often type the left column as one paragraph: issuer ↵ star ↵ number.
    const br = '<w:r><w:br/></w:r>';
    const cell = (inner: string) => `<w:tc>${inner}</w:tc>`;
    const left = p(r('TỈNH ỦY LONG AN', '<w:b/>') + br + r('*') + br + r('Số 15-NQ/TU'), '<w:jc w:val="center"/>');
    const right = p(r('ĐẢNG CỘNG SẢN VIỆT NAM', '<w:b/>') + br + r('Tân An, ngày 08 tháng 01 năm 2026', '<w:i/>'), '<w:jc w:val="center"/>');
    const m = read(rawDocx({ body: `<w:tbl><w:tr>${cell(left)}${cell(right)}</w:tr></w:tbl>` + p(r('NGHỊ QUYẾT')) }));
    expect(m.paragraphs[0]!.text).toBe('TỈNH ỦY LONG AN\n*\nSố 15-NQ/TU');
    const a = recognize(m, resolveProfile('party'));
    const found = (kind: string) => a.components.find((c) => c.kind === kind);
    expect(found('issuer')).toMatchObject({ text: 'TỈNH ỦY LONG AN', offset: 0 });
    expect(found('issuer')!.runs.map((x) => x.props.bold)).toEqual([true]);
    expect(found('star')?.text).toBe('*');
    expect(found('number')?.text).toBe('Số 15-NQ/TU');
    expect(found('partyHeader')?.text).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(found('placeDate')?.runs.map((x) => x.props.italic)).toEqual([true]);
  });
});

describe('typed errors', () => {
  it('never throws: a package whose document has no body is E_CORRUPT', () => {
    const bytes = rawDocx({ body: '' });
    const res = readDocx(bytes);
    expect(res.ok).toBe(true);
  });
});
