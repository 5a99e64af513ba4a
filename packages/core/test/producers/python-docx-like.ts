/**
 * A compliant Party resolution as python-docx writes it: `Document()` opens python-docx's bundled
 * `default.docx` (a Word for Mac 2011 document: theme with Calibri headings and Cambria body text,
 * docDefaults `minorHAnsi`/`minorEastAsia`, `w:sz 22`, pretty-printed template XML), then the script
 *
 * ```python
 * doc = Document()
 * normal = doc.styles['Normal']
 * normal.font.name = 'Times New Roman'     # writes w:rFonts w:ascii + w:hAnsi on the style, NOT eastAsia
 * normal.font.size = Pt(14)
 * normal.paragraph_format.space_after = Pt(0)
 * sec = doc.sections[0]; sec.page_width = Mm(210); sec.page_height = Mm(297)
 * sec.top_margin = Mm(20); sec.bottom_margin = Mm(20); sec.left_margin = Mm(30); sec.right_margin = Mm(15)
 * sec.different_first_page_header_footer = True
 * add_page_number(sec.header.paragraphs[0].add_run())   # the usual OxmlElement fldChar recipe
 * table = doc.add_table(rows=1, cols=2)                   # no style: "Normal Table", borderless
 * cell.paragraphs[0].add_run('TỈNH ỦY LONG AN').bold = True; run.font.size = Pt(14) …
 * p = doc.add_paragraph(text); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
 * p.paragraph_format.first_line_indent = Mm(10); .space_after = Pt(6); .line_spacing = Pt(18)
 * ```
 *
 * Direct run formatting is `<w:b/>`, `<w:i/>`, `<w:u w:val="single"/>`, `<w:sz w:val="30"/>` (no szCs);
 * python-docx serialises with lxml (`<?xml version='1.0' …?>`), keeps the template's indentation
 * (whitespace text nodes between elements) and appends new content compactly before `w:sectPr`.
 */
import { strToU8, zipSync } from 'fflate';
import { DEFAULT_TEXTS, KIND_CONTENT } from '../support/party-draft.js';

const DECL = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n";
const TNR = 'Times New Roman';

export interface PythonDocxOptions {
  /**
   * How the script set the font of the Normal style:
   * - `name` (default): `normal.font.name = 'Times New Roman'` → `w:ascii` and `w:hAnsi`;
   * - `name+eastAsia`: also the usual `rFonts.set(qn('w:eastAsia'), …)` recipe;
   * - `asciiOnly`: `rFonts.set(qn('w:ascii'), …)` only — `w:hAnsi` stays on the theme's body font.
   */
  normalFont?: 'name' | 'name+eastAsia' | 'asciiOnly';
}

const W =
  'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mo="http://schemas.microsoft.com/office/mac/office/2008/main" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:mv="urn:schemas-microsoft-com:mac:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w10="urn:schemas-microsoft-com:office:word" ' +
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
  'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" ' +
  'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="w14 wp14"';

// ---------------------------------------------------------------------------------------------------
// What python-docx writes for paragraphs and runs

interface RunFmt {
  b?: boolean;
  i?: boolean;
  u?: boolean;
  sz?: number; // pt
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `p.add_run(text)` then `run.bold = True`, `run.font.size = Pt(n)` … (CT_RPr element order). */
function run(text: string, f: RunFmt = {}): string {
  let rPr = '';
  if (f.b) rPr += '<w:b/>';
  if (f.i) rPr += '<w:i/>';
  if (f.sz) rPr += `<w:sz w:val="${f.sz * 2}"/>`;
  if (f.u) rPr += '<w:u w:val="single"/>';
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t${space}>${esc(text)}</w:t></w:r>`;
}

interface ParaFmt {
  jc?: 'center' | 'both';
  before?: number;
  after?: number;
  exact?: number;
  firstLineMm?: number;
  keepNext?: boolean;
  /** `pPr.insert_element_before(pBdr, …)`: a bottom border under the Party header. */
  borderBottom?: boolean;
  indLeft?: number;
  indRight?: number;
}

/** python-docx converts Mm() to twips with `int(round(emu / 635))`. */
const mmTw = (mm: number): number => Math.round((mm * 36000) / 635);

function pPr(f: ParaFmt): string {
  let s = '';
  if (f.keepNext) s += '<w:keepNext/>';
  if (f.borderBottom) s += '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>';
  if (f.before !== undefined || f.after !== undefined || f.exact !== undefined) {
    s += '<w:spacing';
    if (f.before !== undefined) s += ` w:before="${f.before * 20}"`;
    if (f.after !== undefined) s += ` w:after="${f.after * 20}"`;
    if (f.exact !== undefined) s += ` w:line="${f.exact * 20}" w:lineRule="exact"`;
    s += '/>';
  }
  if (f.firstLineMm !== undefined || f.indLeft !== undefined) {
    s += '<w:ind';
    if (f.indLeft !== undefined) s += ` w:left="${f.indLeft}" w:right="${f.indRight ?? f.indLeft}"`;
    if (f.firstLineMm !== undefined) s += ` w:firstLine="${mmTw(f.firstLineMm)}"`;
    s += '/>';
  }
  if (f.jc) s += `<w:jc w:val="${f.jc}"/>`;
  return s ? `<w:pPr>${s}</w:pPr>` : '';
}

const p = (f: ParaFmt, runs = ''): string => (f || runs ? `<w:p>${pPr(f)}${runs}</w:p>` : '<w:p/>');

function cell(widthMm: number, paras: string[]): string {
  return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${mmTw(widthMm)}"/></w:tcPr>${paras.join('')}</w:tc>`;
}

/** `doc.add_table(rows=1, cols=2)` — CT_Tbl.new_tbl, no table style (the template's default Normal Table). */
function table(left: string[], right: string[]): string {
  const block = 11906 - 1701 - 850; // page width minus margins after the script set them
  const col = Math.floor(block / 2);
  return (
    `<w:tbl><w:tblPr><w:tblW w:type="auto" w:w="0"/><w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" w:noHBand="0" w:noVBand="1" w:val="04A0"/></w:tblPr>` +
    `<w:tblGrid><w:gridCol w:w="${col}"/><w:gridCol w:w="${col}"/></w:tblGrid><w:tr>${cell(75, left)}${cell(90, right)}</w:tr></w:tbl>`
  );
}

function documentXml(): string {
  const c = { jc: 'center' } as const;
  const headerLeft = [p(c, run(DEFAULT_TEXTS.issuer, { b: true, sz: 14 })), p(c, run(DEFAULT_TEXTS.star, { sz: 14 })), p(c, run(DEFAULT_TEXTS.number, { sz: 14 }))];
  const headerRight = [
    p({ ...c, borderBottom: true, indLeft: mmTw(12) }, run(DEFAULT_TEXTS.partyHeader, { b: true, sz: 15 })),
    p({ ...c, before: 6 }, run(DEFAULT_TEXTS.placeDate, { i: true, sz: 14 })),
  ];
  const body = KIND_CONTENT.NQ.body.map((bp) => {
    const text = typeof bp === 'string' ? bp : bp.text;
    const b = typeof bp === 'string' ? false : (bp.b ?? false);
    return p({ jc: 'both', firstLineMm: 10, after: 6, exact: 18 }, run(text, { b, sz: 14 }));
  });
  const recipients = [p({}, run(DEFAULT_TEXTS.recipientsLabel, { u: true, sz: 14 })), ...DEFAULT_TEXTS.recipientsItems.map((t) => p({}, run(t, { sz: 12 })))];
  const signature = [
    p(c, run(DEFAULT_TEXTS.signatureAuthority, { b: true, sz: 14 })),
    p(c, run(DEFAULT_TEXTS.signaturePosition, { sz: 14 })),
    '<w:p/>',
    '<w:p/>',
    '<w:p/>',
    p(c, run(DEFAULT_TEXTS.signatureName, { b: true, sz: 14 })),
  ];
  const content =
    table(headerLeft, headerRight) +
    p({ ...c, before: 12, keepNext: true }, run(DEFAULT_TEXTS.typeName, { b: true, sz: 16 })) +
    p({ ...c, keepNext: true }, run(DEFAULT_TEXTS.summary, { b: true, sz: 14 })) +
    p({ ...c, after: 6 }, run(DEFAULT_TEXTS.separator, { sz: 14 })) +
    body.join('') +
    table(recipients, signature);
  // The template's sectPr, edited in place (pretty-printed whitespace kept).
  return (
    `${DECL}<w:document ${W}>\n  <w:body>\n    ${content}<w:sectPr w:rsidR="00FC693F" w:rsidRPr="0006063C" w:rsidSect="00034616">` +
    `<w:headerReference w:type="default" r:id="rId9"/>\n      <w:pgSz w:w="11906" w:h="16838"/>\n` +
    `      <w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>\n` +
    `      <w:cols w:space="720"/>\n      <w:titlePg/><w:docGrid w:linePitch="360"/>\n    </w:sectPr>\n  </w:body>\n</w:document>\n`
  );
}

/** python-docx's default-header.xml with the page-number recipe appended to its paragraph. */
function headerXml(): string {
  const page =
    '<w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="begin"/><w:instrText xml:space="preserve">PAGE</w:instrText><w:fldChar w:fldCharType="end"/></w:r>';
  return `${DECL}<w:hdr ${W}>\n  <w:p>\n    <w:pPr>\n      <w:pStyle w:val="Header"/>\n    <w:jc w:val="center"/></w:pPr>\n  ${page}</w:p>\n</w:hdr>\n`;
}

function stylesXml(o: PythonDocxOptions): string {
  const font = o.normalFont ?? 'name';
  const rFonts =
    font === 'asciiOnly'
      ? `<w:rFonts w:ascii="${TNR}"/>`
      : font === 'name+eastAsia'
        ? `<w:rFonts w:ascii="${TNR}" w:hAnsi="${TNR}" w:eastAsia="${TNR}"/>`
        : `<w:rFonts w:ascii="${TNR}" w:hAnsi="${TNR}"/>`;
  const lsd = ['Normal', 'heading 1', 'heading 2', 'Title', 'Table Grid', 'List Paragraph']
    .map((n) => `    <w:lsdException w:name="${n}" w:semiHidden="0" w:uiPriority="9" w:unhideWhenUsed="0" w:qFormat="1"/>\n`)
    .join('');
  const headingRun = (sz: number) => `<w:rPr>\n      <w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/>\n      <w:b/>\n      <w:bCs/>\n      <w:color w:val="365F91" w:themeColor="accent1" w:themeShade="BF"/>\n      <w:sz w:val="${sz}"/>\n      <w:szCs w:val="${sz}"/>\n    </w:rPr>`;
  return (
    `${DECL}<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
    `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14">\n` +
    `  <w:docDefaults>\n    <w:rPrDefault>\n      <w:rPr>\n        <w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>\n` +
    `        <w:sz w:val="22"/>\n        <w:szCs w:val="22"/>\n        <w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/>\n      </w:rPr>\n    </w:rPrDefault>\n` +
    `    <w:pPrDefault>\n      <w:pPr>\n        <w:spacing w:after="200" w:line="276" w:lineRule="auto"/>\n      </w:pPr>\n    </w:pPrDefault>\n  </w:docDefaults>\n` +
    `  <w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="1" w:defUnhideWhenUsed="1" w:defQFormat="0" w:count="276">\n${lsd}  </w:latentStyles>\n` +
    // Normal after the script: pPr and rPr added by python-docx into the template's empty style.
    `  <w:style w:type="paragraph" w:default="1" w:styleId="Normal">\n    <w:name w:val="Normal"/>\n    <w:qFormat/>\n    <w:rsid w:val="00FC693F"/>\n` +
    `  <w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr>${rFonts}<w:sz w:val="28"/></w:rPr></w:style>\n` +
    `  <w:style w:type="paragraph" w:styleId="Header">\n    <w:name w:val="header"/>\n    <w:basedOn w:val="Normal"/>\n    <w:link w:val="HeaderChar"/>\n    <w:uiPriority w:val="99"/>\n    <w:unhideWhenUsed/>\n    <w:rsid w:val="00E618BF"/>\n` +
    `    <w:pPr>\n      <w:tabs>\n        <w:tab w:val="center" w:pos="4680"/>\n        <w:tab w:val="right" w:pos="9360"/>\n      </w:tabs>\n      <w:spacing w:after="0" w:line="240" w:lineRule="auto"/>\n    </w:pPr>\n  </w:style>\n` +
    `  <w:style w:type="character" w:customStyle="1" w:styleId="HeaderChar">\n    <w:name w:val="Header Char"/>\n    <w:basedOn w:val="DefaultParagraphFont"/>\n    <w:link w:val="Header"/>\n    <w:uiPriority w:val="99"/>\n    <w:rsid w:val="00E618BF"/>\n  </w:style>\n` +
    `  <w:style w:type="paragraph" w:styleId="Heading1">\n    <w:name w:val="heading 1"/>\n    <w:basedOn w:val="Normal"/>\n    <w:next w:val="Normal"/>\n    <w:link w:val="Heading1Char"/>\n    <w:uiPriority w:val="9"/>\n    <w:qFormat/>\n` +
    `    <w:pPr>\n      <w:keepNext/>\n      <w:keepLines/>\n      <w:spacing w:before="480" w:after="0"/>\n      <w:outlineLvl w:val="0"/>\n    </w:pPr>\n    ${headingRun(28)}\n  </w:style>\n` +
    `  <w:style w:type="paragraph" w:styleId="Title">\n    <w:name w:val="Title"/>\n    <w:basedOn w:val="Normal"/>\n    <w:next w:val="Normal"/>\n    <w:uiPriority w:val="10"/>\n    <w:qFormat/>\n    ${headingRun(52)}\n  </w:style>\n` +
    `  <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">\n    <w:name w:val="Default Paragraph Font"/>\n    <w:uiPriority w:val="1"/>\n    <w:semiHidden/>\n    <w:unhideWhenUsed/>\n  </w:style>\n` +
    `  <w:style w:type="table" w:default="1" w:styleId="TableNormal">\n    <w:name w:val="Normal Table"/>\n    <w:uiPriority w:val="99"/>\n    <w:semiHidden/>\n    <w:unhideWhenUsed/>\n` +
    `    <w:tblPr>\n      <w:tblInd w:w="0" w:type="dxa"/>\n      <w:tblCellMar>\n        <w:top w:w="0" w:type="dxa"/>\n        <w:left w:w="108" w:type="dxa"/>\n        <w:bottom w:w="0" w:type="dxa"/>\n        <w:right w:w="108" w:type="dxa"/>\n      </w:tblCellMar>\n    </w:tblPr>\n  </w:style>\n` +
    `  <w:style w:type="numbering" w:default="1" w:styleId="NoList">\n    <w:name w:val="No List"/>\n    <w:uiPriority w:val="99"/>\n    <w:semiHidden/>\n    <w:unhideWhenUsed/>\n  </w:style>\n` +
    `  <w:style w:type="table" w:styleId="TableGrid">\n    <w:name w:val="Table Grid"/>\n    <w:basedOn w:val="TableNormal"/>\n    <w:uiPriority w:val="59"/>\n    <w:rsid w:val="00FC693F"/>\n` +
    `    <w:pPr>\n      <w:spacing w:after="0" w:line="240" w:lineRule="auto"/>\n    </w:pPr>\n    <w:tblPr>\n      <w:tblBorders>\n` +
    ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `        <w:${s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>\n`).join('') +
    `      </w:tblBorders>\n    </w:tblPr>\n  </w:style>\n</w:styles>\n`
  );
}

/** The Word for Mac 2011 "Office Theme" of python-docx's template: Calibri headings, Cambria body. */
function themeXml(): string {
  const scripts = (viet: string) =>
    `<a:font script="Jpan" typeface="ＭＳ 明朝"/><a:font script="Hang" typeface="맑은 고딕"/><a:font script="Hans" typeface="宋体"/><a:font script="Hant" typeface="新細明體"/>` +
    `<a:font script="Arab" typeface="Times New Roman"/><a:font script="Viet" typeface="${viet}"/><a:font script="Geor" typeface="Sylfaen"/>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements>` +
    `<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>` +
    `<a:dk2><a:srgbClr val="1F497D"/></a:dk2><a:lt2><a:srgbClr val="EEECE1"/></a:lt2><a:accent1><a:srgbClr val="4F81BD"/></a:accent1><a:accent2><a:srgbClr val="C0504D"/></a:accent2>` +
    `<a:accent3><a:srgbClr val="9BBB59"/></a:accent3><a:accent4><a:srgbClr val="8064A2"/></a:accent4><a:accent5><a:srgbClr val="4BACC6"/></a:accent5><a:accent6><a:srgbClr val="F79646"/></a:accent6>` +
    `<a:hlink><a:srgbClr val="0000FF"/></a:hlink><a:folHlink><a:srgbClr val="800080"/></a:folHlink></a:clrScheme>` +
    `<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/>${scripts('Times New Roman')}</a:majorFont>` +
    `<a:minorFont><a:latin typeface="Cambria"/><a:ea typeface=""/><a:cs typeface=""/>${scripts('Arial')}</a:minorFont></a:fontScheme>` +
    `<a:fmtScheme name="Office"><a:fillStyleLst/><a:lnStyleLst/><a:effectStyleLst/><a:bgFillStyleLst/></a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>`
  );
}

const RT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';

export function pythonDocxLike(o: PythonDocxOptions = {}): Uint8Array {
  const rels = (list: [string, string, string][]) =>
    `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('')}</Relationships>`;
  const files: Record<string, string> = {
    '[Content_Types].xml':
      `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\n  <Default Extension="xml" ContentType="application/xml"/>\n` +
      `  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\n  <Default Extension="jpeg" ContentType="image/jpeg"/>\n` +
      [
        ['/word/document.xml', `${CT}.wordprocessingml.document.main+xml`],
        ['/customXml/itemProps1.xml', `${CT}.customXmlProperties+xml`],
        ['/word/numbering.xml', `${CT}.wordprocessingml.numbering+xml`],
        ['/word/styles.xml', `${CT}.wordprocessingml.styles+xml`],
        ['/word/stylesWithEffects.xml', 'application/vnd.ms-word.stylesWithEffects+xml'],
        ['/word/settings.xml', `${CT}.wordprocessingml.settings+xml`],
        ['/word/webSettings.xml', `${CT}.wordprocessingml.webSettings+xml`],
        ['/word/fontTable.xml', `${CT}.wordprocessingml.fontTable+xml`],
        ['/word/theme/theme1.xml', `${CT}.theme+xml`],
        ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
        ['/docProps/app.xml', `${CT}.extended-properties+xml`],
        ['/word/header1.xml', `${CT}.wordprocessingml.header+xml`],
      ]
        .map(([part, type]) => `  <Override PartName="${part}" ContentType="${type}"/>\n`)
        .join('') +
      `</Types>\n`,
    '_rels/.rels': rels([
      ['rId3', `${RT}/extended-properties`, 'docProps/app.xml'],
      ['rId2', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml'],
      ['rId1', `${RT}/officeDocument`, 'word/document.xml'],
    ]),
    'word/_rels/document.xml.rels': rels([
      ['rId3', `${RT}/styles`, 'styles.xml'],
      ['rId4', 'http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects', 'stylesWithEffects.xml'],
      ['rId7', `${RT}/fontTable`, 'fontTable.xml'],
      ['rId2', `${RT}/numbering`, 'numbering.xml'],
      ['rId1', `${RT}/customXml`, '../customXml/item1.xml'],
      ['rId6', `${RT}/webSettings`, 'webSettings.xml'],
      ['rId5', `${RT}/settings`, 'settings.xml'],
      ['rId8', `${RT}/theme`, 'theme/theme1.xml'],
      ['rId9', `${RT}/header`, 'header1.xml'],
    ]),
    'word/document.xml': documentXml(),
    'word/header1.xml': headerXml(),
    'word/styles.xml': stylesXml(o),
    // stylesWithEffects is Word 2010's copy of the styles for older readers: not the styles part.
    'word/stylesWithEffects.xml': stylesXml({ normalFont: 'name' }).replace(/Times New Roman/g, 'Arial'),
    'word/numbering.xml':
      `${DECL}<w:numbering ${W}>\n  <w:abstractNum w:abstractNumId="9">\n    <w:nsid w:val="FFFFFF89"/>\n    <w:multiLevelType w:val="singleLevel"/>\n` +
      `    <w:lvl w:ilvl="0">\n      <w:start w:val="1"/>\n      <w:numFmt w:val="bullet"/>\n      <w:pStyle w:val="ListBullet"/>\n      <w:lvlText w:val="\uf0b7"/>\n      <w:lvlJc w:val="left"/>\n` +
      `      <w:pPr>\n        <w:ind w:left="360" w:hanging="360"/>\n      </w:pPr>\n      <w:rPr>\n        <w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/>\n      </w:rPr>\n    </w:lvl>\n  </w:abstractNum>\n` +
      `  <w:num w:numId="1">\n    <w:abstractNumId w:val="9"/>\n  </w:num>\n</w:numbering>\n`,
    'word/settings.xml':
      `${DECL}<w:settings xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="${RT}" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" ` +
      `xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
      `xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main">\n  <w:zoom w:percent="150"/>\n  <w:proofState w:spelling="clean" w:grammar="clean"/>\n` +
      `  <w:defaultTabStop w:val="720"/>\n  <w:characterSpacingControl w:val="doNotCompress"/>\n  <w:compat>\n    <w:useFELayout/>\n  </w:compat>\n` +
      `  <w:rsids>\n    <w:rsidRoot w:val="00B47730"/>\n    <w:rsid w:val="00034616"/>\n    <w:rsid w:val="00FC693F"/>\n  </w:rsids>\n` +
      `  <w:themeFontLang w:val="en-US"/>\n  <w:decimalSymbol w:val="."/>\n  <w:listSeparator w:val=","/>\n</w:settings>\n`,
    'word/webSettings.xml': `${DECL}<w:webSettings xmlns:r="${RT}" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\n  <w:allowPNG/>\n  <w:doNotSaveAsSingleFile/>\n</w:webSettings>\n`,
    'word/fontTable.xml':
      `${DECL}<w:fonts xmlns:r="${RT}" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\n` +
      ['Symbol', TNR, 'Cambria', 'Calibri', 'ＭＳ 明朝', 'Arial'].map((f) => `  <w:font w:name="${f}">\n    <w:charset w:val="00"/>\n    <w:family w:val="auto"/>\n    <w:pitch w:val="variable"/>\n  </w:font>\n`).join('') +
      `</w:fonts>\n`,
    'word/theme/theme1.xml': themeXml(),
    'customXml/item1.xml': `<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" xmlns="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" SelectedStyle="\\APA.XSL" StyleName="APA"/>\n`,
    'customXml/itemProps1.xml': `${DECL}<ds:datastoreItem xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml" ds:itemID="{A1C5B0B0-9D42-7A4F-A7C8-9E8A2E1D3F4B}">\n  <ds:schemaRefs>\n    <ds:schemaRef ds:uri="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>\n  </ds:schemaRefs>\n</ds:datastoreItem>\n`,
    'customXml/_rels/item1.xml.rels': rels([['rId1', `${RT}/customXmlProps`, 'itemProps1.xml']]),
    'docProps/core.xml':
      `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ` +
      `xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
      `<dc:title></dc:title><dc:subject></dc:subject><dc:creator>python-docx</dc:creator><cp:keywords></cp:keywords><dc:description>generated by python-docx</dc:description>` +
      `<cp:lastModifiedBy></cp:lastModifiedBy><cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2013-12-23T23:15:00Z</dcterms:created>` +
      `<dcterms:modified xsi:type="dcterms:W3CDTF">2013-12-23T23:15:00Z</dcterms:modified><cp:category></cp:category></cp:coreProperties>\n`,
    'docProps/app.xml':
      `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
      `<Template>Normal.dotm</Template><TotalTime>1</TotalTime><Pages>1</Pages><Words>0</Words><Characters>0</Characters><Application>Microsoft Macintosh Word</Application>` +
      `<DocSecurity>0</DocSecurity><Lines>0</Lines><Paragraphs>0</Paragraphs><ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false</LinksUpToDate>` +
      `<CharactersWithSpaces>0</CharactersWithSpaces><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>14.0000</AppVersion></Properties>\n`,
  };
  const bytes: Record<string, Uint8Array> = {};
  for (const [k, v] of Object.entries(files)) bytes[k] = strToU8(v);
  return zipSync(bytes);
}
