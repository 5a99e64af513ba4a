import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { buildDocx, doc, type DocSpec } from './docx-builder.js';
import { DEFAULT_TEXTS, DOC_KINDS, LAYOUTS, draftSpec, partyDraft } from './party-draft.js';

/** Unzip a package and parse every XML part with saxes (throws on any well-formedness error). */
function parts(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, data] of Object.entries(unzipSync(bytes))) {
    const xml = strFromU8(data);
    const parser = new SaxesParser({ xmlns: true });
    parser.on('error', (e) => {
      throw new Error(`${path}: ${e.message}`);
    });
    parser.write(xml).close();
    out[path] = xml;
  }
  return out;
}

/** Text of each top-level `w:p` of the body (tabs as `\t`), text boxes left out. */
function paragraphTexts(documentXml: string): string[] {
  const texts: string[] = [];
  let depth = 0; // w:p nesting (text-box paragraphs sit inside the anchoring paragraph)
  let inFallback = 0;
  let inText = false;
  let inRun = false;
  const parser = new SaxesParser({ xmlns: false });
  parser.on('opentag', (t) => {
    if (t.name === 'mc:Fallback') inFallback++;
    if (t.name === 'w:p') {
      depth++;
      if (depth === 1) texts.push('');
    }
    if (t.name === 'w:r') inRun = true;
    if (depth === 1 && !inFallback) {
      if (t.name === 'w:t') inText = true;
      // Tab characters are `w:r/w:tab`; `w:pPr/w:tabs/w:tab` are tab stops.
      if (t.name === 'w:tab' && inRun) texts[texts.length - 1] += '\t';
    }
  });
  parser.on('text', (s) => {
    if (inText) texts[texts.length - 1] += s;
  });
  parser.on('closetag', (t) => {
    if (t.name === 'w:t') inText = false;
    if (t.name === 'w:r') inRun = false;
    if (t.name === 'w:p') depth--;
    if (t.name === 'mc:Fallback') inFallback--;
  });
  parser.write(documentXml).close();
  return texts;
}

const build = (spec: DocSpec) => parts(buildDocx(spec));

describe('buildDocx', () => {
  it('writes a complete, well-formed package whose parts are declared and related', () => {
    const p = build({ body: ['Xin chào'], section: { headers: { default: ['đầu trang'] }, footers: { first: [''] } } });
    expect(Object.keys(p)).toEqual(
      expect.arrayContaining([
        '[Content_Types].xml',
        '_rels/.rels',
        'word/document.xml',
        'word/_rels/document.xml.rels',
        'word/styles.xml',
        'word/settings.xml',
        'word/theme/theme1.xml',
        'word/header1.xml',
        'word/footer1.xml',
        'docProps/app.xml',
        'docProps/core.xml',
      ]),
    );
    const rels = p['word/_rels/document.xml.rels']!;
    for (const target of ['styles.xml', 'settings.xml', 'theme/theme1.xml', 'header1.xml', 'footer1.xml']) {
      expect(rels).toContain(`Target="${target}"`);
      expect(p['[Content_Types].xml']).toContain(`PartName="/word/${target}"`);
    }
    expect(p['word/document.xml']).toContain('mc:Ignorable="w14 wp14"');
    expect(p['word/document.xml']).toMatch(/<w:headerReference w:type="default" r:id="rId\d+"\/>/);
  });

  it('converts units: mm → twips, pt → half-points and twentieths', () => {
    const x = build({
      body: [
        {
          runs: [{ text: 'a', sz: 14 }, { text: 'b', sz: 12.5 }],
          indentFirstMm: 10,
          spacingBeforePt: 12,
          spacingAfterPt: 6,
          line: { rule: 'exact', value: 18 },
          tabs: [{ posMm: 120, val: 'center' }],
        },
        { runs: ['c'], line: { rule: 'auto', value: 1.15 } },
      ],
    })['word/document.xml']!;
    expect(x).toContain('<w:sz w:val="28"/><w:szCs w:val="28"/>');
    expect(x).toContain('<w:sz w:val="25"/>');
    expect(x).toContain('<w:spacing w:before="240" w:after="120" w:line="360" w:lineRule="exact"/>');
    expect(x).toContain('<w:ind w:firstLine="567"/>');
    expect(x).toContain('<w:tab w:val="center" w:pos="6803"/>');
    expect(x).toContain('w:line="276" w:lineRule="auto"');
    // A4 with HD 36 margins 20/20/30/15, header and footer 10 mm.
    expect(x).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    expect(x).toContain('<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>');
  });

  it('writes landscape sections and section breaks inside paragraphs', () => {
    const x = build({ body: [{ runs: ['bảng'], sectPr: { orientation: 'landscape' } }, 'tiếp'] })['word/document.xml']!;
    expect(x).toMatch(/<w:pPr><w:sectPr>.*<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(x.match(/<w:sectPr>/g)).toHaveLength(2);
  });

  it('writes runs: toggles, underline, fonts, escaping, preserved spaces, tabs', () => {
    const x = build({
      body: [
        {
          runs: [
            { text: 'Nơi nhận', u: true, b: false },
            { text: ': ', i: true },
            { text: 'A & <B>\tC', font: 'Times New Roman' },
            { text: 'x', font: { asciiTheme: 'minorHAnsi', hAnsiTheme: 'minorHAnsi' }, caps: true, style: 'Strong', color: 'FF0000' },
          ],
        },
      ],
    })['word/document.xml']!;
    expect(x).toContain('<w:b w:val="0"/><w:bCs w:val="0"/><w:u w:val="single"/>');
    expect(x).toContain('<w:t xml:space="preserve">: </w:t>');
    expect(x).toContain('<w:t>A &amp; &lt;B&gt;</w:t><w:tab/><w:t>C</w:t>');
    expect(x).toContain('<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>');
    expect(x).toContain('<w:rStyle w:val="Strong"/><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:caps/><w:color w:val="FF0000"/>');
  });

  it('writes PAGE fields as complex fields or fldSimple', () => {
    const x = build({ body: [{ runs: [{ text: '2', field: 'PAGE', sz: 14 }] }, { runs: [{ text: '3', field: 'NUMPAGES', fieldSimple: true }] }] })[
      'word/document.xml'
    ]!;
    expect(x).toMatch(/fldCharType="begin".*<w:instrText xml:space="preserve"> PAGE .*fldCharType="separate".*<w:t>2<\/w:t>.*fldCharType="end"/);
    expect(x).toContain('<w:fldSimple w:instr=" NUMPAGES   \\* MERGEFORMAT "><w:r><w:t>3</w:t></w:r></w:fldSimple>');
  });

  it('writes borderless tables (none without a style, nil over a style) and ends cells with a paragraph', () => {
    const inner = { table: { rows: [[['x']]] } };
    const x = build({
      body: [
        { table: { rows: [[['trái'], { paragraphs: [inner], widthMm: 90 }]], widthsMm: [75, 90] } },
        { table: { rows: [[['a']]], style: 'TableGrid' } },
        { table: { rows: [[['b']]], borders: true } },
      ],
    });
    const d = x['word/document.xml']!;
    expect(d).toContain('<w:top w:val="none" w:sz="0" w:space="0" w:color="auto"/>');
    expect(d).toContain('<w:tblStyle w:val="TableGrid"/>');
    expect(d).toContain('<w:insideV w:val="nil"/>');
    expect(d).toContain('<w:top w:val="single" w:sz="4"');
    expect(d).toContain('<w:gridCol w:w="4252"/><w:gridCol w:w="5102"/>');
    expect(d).toContain('</w:tbl><w:p/></w:tc>');
    // The referenced built-in table style is defined, with its own borders.
    expect(x['word/styles.xml']).toContain('w:styleId="TableGrid"');
  });

  it('writes a text box twice, as DrawingML choice and VML fallback with the same paragraphs', () => {
    const d = build({ body: [{ runs: [], textBox: { paragraphs: ['TỈNH ỦY LONG AN', '*'], widthMm: 75, heightMm: 25 } }] })['word/document.xml']!;
    const choice = /<mc:Choice Requires="wps">(.*)<\/mc:Choice>/.exec(d)?.[1] ?? '';
    const fallback = /<mc:Fallback>(.*)<\/mc:Fallback>/.exec(d)?.[1] ?? '';
    const content = (s: string) => /<w:txbxContent>.*<\/w:txbxContent>/.exec(s)?.[0];
    expect(content(choice)).toContain('TỈNH ỦY LONG AN');
    expect(content(choice)).toBe(content(fallback));
    expect(choice).toContain('<wps:txbx>');
    expect(choice).toContain('<wp:extent cx="2700000" cy="900000"/>');
    expect(fallback).toContain('<v:textbox>');
  });

  it('writes styles with a default Normal, Word-like theme defaults and the theme part', () => {
    const x = build({ body: ['a'], theme: { minor: 'Times New Roman' } });
    expect(x['word/styles.xml']).toContain('<w:style w:type="paragraph" w:default="1" w:styleId="Normal">');
    expect(x['word/styles.xml']).toContain('w:asciiTheme="minorHAnsi"');
    expect(x['word/theme/theme1.xml']).toContain('<a:minorFont><a:latin typeface="Times New Roman"');
    expect(x['word/theme/theme1.xml']).toContain('<a:majorFont><a:latin typeface="Calibri Light"');

    const y = build({
      body: ['a'],
      styles: {
        docDefaults: { run: { font: 'Arial', sz: 13 } },
        paragraphStyles: [{ id: 'VanBan', name: 'Văn bản', default: true, run: { sz: 14, b: true }, para: { align: 'both' } }],
        characterStyles: [{ id: 'Dam', run: { b: true } }],
      },
      settings: { evenAndOddHeaders: true, mirrorMargins: true },
      app: { pages: 3 },
    });
    expect(y['word/styles.xml']).not.toContain('w:styleId="Normal"');
    expect(y['word/styles.xml']).toContain('w:default="1" w:styleId="VanBan"><w:name w:val="Văn bản"/>');
    expect(y['word/styles.xml']).toContain('<w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="26"/>');
    expect(y['word/styles.xml']).toContain('w:type="character" w:styleId="Dam"');
    expect(y['word/settings.xml']).toContain('<w:mirrorMargins/>');
    expect(y['word/settings.xml']).toContain('<w:evenAndOddHeaders/>');
    expect(y['docProps/app.xml']).toContain('<Pages>3</Pages>');
    expect(build({ body: ['a'] })['docProps/app.xml']).not.toContain('<Pages>');
  });

  it('has a fluent wrapper and gives the same bytes for the same spec', () => {
    const a = doc().body('Một', { runs: ['Hai'], align: 'center' }).section({ titlePage: true }).build();
    const b = doc().body('Một', { runs: ['Hai'], align: 'center' }).section({ titlePage: true }).build();
    expect(a).toEqual(b);
    expect(paragraphTexts(parts(a)['word/document.xml']!)).toEqual(['Một', 'Hai']);
  });
});

describe('partyDraft', () => {
  it.each(DOC_KINDS.flatMap((kind) => LAYOUTS.map((layout) => [kind, layout] as const)))('%s in %s layout is well-formed', (kind, layout) => {
    const p = parts(partyDraft({ kind, layout }));
    const text = paragraphTexts(p['word/document.xml']!).join('\n') + p['word/document.xml'];
    expect(text).toContain(DEFAULT_TEXTS.partyHeader);
    expect(p['docProps/app.xml']).toMatch(/<Pages>\d+<\/Pages>/);
  });

  it('tab layout: issuer ⇥ Party header and number ⇥ place/date share paragraphs; the star stands alone', () => {
    const texts = paragraphTexts(parts(partyDraft({ layout: 'tabs' }))['word/document.xml']!);
    expect(texts.slice(0, 3)).toEqual([
      `${DEFAULT_TEXTS.issuer}\t${DEFAULT_TEXTS.partyHeader}`,
      '\t*',
      `${DEFAULT_TEXTS.number}\t${DEFAULT_TEXTS.placeDate}`,
    ]);
    expect(texts).toContain(`${DEFAULT_TEXTS.recipientsLabel}\t${DEFAULT_TEXTS.signatureAuthority}`);
  });

  it('table layout: header and footer are two-column borderless tables with the components in HD 36 order', () => {
    const spec = draftSpec({ kind: 'CV' });
    const [header] = spec.body;
    expect(header && typeof header === 'object' && 'table' in header).toBe(true);
    const d = parts(partyDraft({ kind: 'CV' }))['word/document.xml']!;
    expect(d.match(/<w:tbl>/g)).toHaveLength(2);
    expect(d).toMatch(/TỈNH ỦY LONG AN.*\*.*Số 268-CV\/TU.*về việc chuẩn bị tổng kết năm 2025.*<\/w:tc><w:tc>.*ĐẢNG CỘNG SẢN VIỆT NAM.*Tân An/);
    // The công văn: summary 12 pt italic under the number, "Kính gửi:" italic, "- Như trên," first.
    expect(d).toMatch(/<w:i\/><w:iCs\/><w:sz w:val="24"\/><w:szCs w:val="24"\/><\/w:rPr><w:t>về việc/);
    expect(d).toMatch(/<w:i\/><w:iCs\/><w:sz w:val="28"\/><w:szCs w:val="28"\/><\/w:rPr><w:t>Kính gửi:<\/w:t>/);
    expect(d).toMatch(/<w:u w:val="single"\/><\/w:rPr><w:t>Nơi nhận:<\/w:t>.*<w:t>- Như trên,<\/w:t>/);
  });

  it('textbox layout: the header components are in text boxes, read once from the choice', () => {
    const d = parts(partyDraft({ layout: 'textbox' }))['word/document.xml']!;
    expect(d.match(/<mc:AlternateContent>/g)).toHaveLength(4); // two header boxes, two footer boxes
    expect(d.match(/ĐẢNG CỘNG SẢN VIỆT NAM/g)).toHaveLength(2); // choice + fallback
  });

  it('applies overrides and omissions', () => {
    const d = parts(partyDraft({ layout: 'stacked', overrides: { number: { text: 'Số: 15/NQ-TU' }, partyHeader: { sz: 13 } }, omit: ['star'] }))[
      'word/document.xml'
    ]!;
    const texts = paragraphTexts(d);
    expect(texts).toContain('Số: 15/NQ-TU');
    expect(texts).not.toContain('*');
    expect(d).toMatch(/<w:sz w:val="26"\/><w:szCs w:val="26"\/><\/w:rPr><w:t>ĐẢNG CỘNG SẢN VIỆT NAM/);
  });

  it('pads to a number of pages and numbers pages from the second', () => {
    const p = parts(partyDraft({ pages: 4 }));
    expect(p['docProps/app.xml']).toContain('<Pages>4</Pages>');
    expect(p['word/document.xml']).toContain('<w:titlePg/>');
    expect(p['word/document.xml']).toMatch(/<w:headerReference w:type="first"/);
    const header = Object.entries(p).find(([k, v]) => k.startsWith('word/header') && v.includes('PAGE'))?.[1];
    expect(header).toContain('<w:jc w:val="center"/>');
    expect(header).toContain('<w:sz w:val="28"/>');
    expect(parts(partyDraft())['word/document.xml']).not.toContain('<w:headerReference');
  });
});

describe('LibreOffice fixtures', () => {
  const dir = new URL('../fixtures/libreoffice/', import.meta.url);
  const manifest = JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')) as Record<string, unknown>;

  it.each(Object.keys(manifest))('%s.docx is a well-formed package that kept its text', (name) => {
    const p = parts(readFileSync(new URL(`${name}.docx`, dir)));
    expect(p['word/document.xml']).toContain(DEFAULT_TEXTS.partyHeader);
    expect(p['docProps/app.xml']).toContain('LibreOffice');
  });
});
