/**
 * A compliant Party resolution (nghị quyết of the Tỉnh ủy) as Microsoft Word 2016 (Windows, build 16.0)
 * saves it — hand-written XML with what Word's own output carries and our builder does not:
 *
 * - `w:rsidR`/`w:rsidRDefault`/`w:rsidP`/`w:rsidRPr` on paragraphs and runs, `w14:paraId`/`w14:textId`,
 *   a `w:rsids` list in settings; runs split mid-word where edit sessions differ
 *   ("ĐẢNG CỘNG SẢN " + "VIỆT NAM", "Số 15-" + "NQ/TU", "Tỉnh ủ" + "y");
 * - `w:proofErr` (spellStart/gramStart …), `w:bookmarkStart/End` (`_GoBack`), `w:lastRenderedPageBreak`,
 *   tracked changes (`w:del`/`w:delText`, `w:ins`, `w:rPrChange`), a comment (range marks, reference run),
 *   `w:noProof`, `w:lang w:val="vi-VN"`, `w:szCs`, `w:bCs`, `w:iCs`;
 * - theme fonts in docDefaults (`w:asciiTheme="minorHAnsi"` …, theme Calibri/Calibri Light), Times New
 *   Roman 14 on the Normal style (`w:ascii`/`w:hAnsi`/`w:cs` only) and directly on some runs;
 * - content controls: a block-level `w:sdt` (rich text) around a body heading and an inline date picker
 *   `w:sdt` around "ngày 08 tháng 01 năm 2026", a plain-text one around the signer's name in its cell;
 * - the Party header's rule drawn as a shape: `mc:AlternateContent` with a `wps:wsp` line in
 *   `mc:Choice` and a VML `v:line` in `mc:Fallback`; optionally (`layout: 'textbox'`) the whole header
 *   block in two `wps:txbx` text boxes with `v:textbox` fallbacks holding the same paragraphs;
 * - `TableGrid` tables with their borders removed (`w:tblBorders` all `none`), `w:tblW`, `w:tblLook`,
 *   `w:tblGrid`/`w:gridCol`, `w:tcW`, `w:tblInd`, `w:tblLayout`;
 * - `w:sectPr` with `w:pgSz w:code="9"`, `w:cols`, `w:titlePg`, `w:docGrid w:linePitch`, even/default/first
 *   header and footer references; the default header holds a PAGE complex field with its cached result
 *   inside a "Page Numbers" `w:docPartObj` content control; empty first-page and even headers, empty footers;
 * - settings (zoom, proofState, compat with `w:compatSetting`s, rsids, `m:mathPr`, `w:themeFontLang`,
 *   clrSchemeMapping, shapeDefaults, `w14:docId`, `w15:docId`), webSettings, fontTable, theme,
 *   custom XML (bibliography sources), comments, separator footnotes/endnotes, docProps app/core.
 *
 * Options add the 2×2 header table, line breaks instead of paragraphs in cells (`lineBreaks`), an automatic
 * "-" bullet list for the recipients (`recipientsList`, numbering.xml) and a defective place/date.
 */
import { strToU8, zipSync } from 'fflate';
import { DEFAULT_TEXTS, KIND_CONTENT } from '../support/party-draft.js';

export interface WordLikeOptions {
  /** Header block in a borderless two-column table (default), a 2×2 one, or two text boxes. */
  layout?: 'table' | 'table2x2' | 'textbox';
  /**
   * Each table cell (or text box) typed as one paragraph, its lines separated by line breaks
   * (Shift+Enter, `w:br`) instead of paragraphs.
   */
  lineBreaks?: boolean;
  /** Recipients as an automatic "-" bullet list (numbering.xml) instead of typed dashes. */
  recipientsList?: boolean;
  /** Place and date text (defects). */
  placeDate?: string;
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const TNR = 'Times New Roman';

/** The namespace declarations Word 2016 puts on w:document, w:hdr and w:ftr. */
const NS =
  'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w10="urn:schemas-microsoft-com:office:word" ' +
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
  'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" ' +
  'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" ' +
  'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'mc:Ignorable="w14 w15 w16se wp14"';

// Edit sessions (rsids): the draft was typed in one, its header corrected in two more.
const R0 = '00B31F2A';
const R1 = '004E7C15';
const R2 = '00D64A9B';
const R3 = '0071C2E0';

// ---------------------------------------------------------------------------------------------------
// Paragraphs and runs

class Ids {
  private para = 0x1a2b3c00;
  private text = 0x77a0b100;
  paraId(): string {
    return (this.para++).toString(16).toUpperCase().padStart(8, '0');
  }
  textId(): string {
    return (this.text++).toString(16).toUpperCase().padStart(8, '0');
  }
}

interface RunFmt {
  b?: boolean;
  i?: boolean;
  u?: boolean;
  sz?: number; // pt
  /** Write `w:rFonts` Times New Roman directly on the run. */
  font?: boolean;
  noProof?: boolean;
  lang?: boolean;
}

/** rPr content in Word's element order (rFonts, b, bCs, i, iCs, noProof, kern, sz, szCs, u, lang). */
function rPr(f: RunFmt): string {
  let s = '';
  if (f.font) s += `<w:rFonts w:ascii="${TNR}" w:hAnsi="${TNR}" w:cs="${TNR}"/>`;
  if (f.b) s += '<w:b/><w:bCs/>';
  if (f.i) s += '<w:i/><w:iCs/>';
  if (f.noProof) s += '<w:noProof/>';
  if (f.sz) s += `<w:sz w:val="${f.sz * 2}"/><w:szCs w:val="${f.sz * 2}"/>`;
  if (f.u) s += '<w:u w:val="single"/>';
  if (f.lang) s += '<w:lang w:val="vi-VN"/>';
  return s;
}

const esc = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const t = (text: string): string => `<w:t${/^\s|\s$/.test(text) ? ' xml:space="preserve"' : ''}>${esc(text)}</w:t>`;

function run(text: string, f: RunFmt, rsid?: string, extra = ''): string {
  const r = rPr(f);
  return `<w:r${rsid ? ` w:rsidRPr="${rsid}"` : ''}>${r ? `<w:rPr>${r}</w:rPr>` : ''}${extra}${t(text)}</w:r>`;
}

interface ParaFmt {
  jc?: 'center' | 'both' | 'left' | 'right';
  before?: number; // pt
  after?: number; // pt
  /** Exact line height (pt). */
  exact?: number;
  firstLineMm?: number;
  indLeft?: number; // twips
  indRight?: number; // twips
  keepNext?: boolean;
  /** Paragraph mark formatting. */
  mark?: RunFmt;
  pStyle?: string;
  /** Automatic list (Home › Bullets): `w:numPr` with this numId. */
  numId?: number;
}

function pPr(f: ParaFmt): string {
  let s = '';
  if (f.pStyle) s += `<w:pStyle w:val="${f.pStyle}"/>`;
  if (f.keepNext) s += '<w:keepNext/>';
  if (f.numId !== undefined) s += `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${f.numId}"/></w:numPr>`;
  if (f.before !== undefined || f.after !== undefined || f.exact !== undefined) {
    s += '<w:spacing';
    if (f.before !== undefined) s += ` w:before="${f.before * 20}"`;
    if (f.after !== undefined) s += ` w:after="${f.after * 20}"`;
    if (f.exact !== undefined) s += ` w:line="${f.exact * 20}" w:lineRule="exact"`;
    s += '/>';
  }
  if (f.firstLineMm !== undefined || f.indLeft !== undefined || f.indRight !== undefined) {
    s += '<w:ind';
    if (f.indLeft !== undefined) s += ` w:left="${f.indLeft}"`;
    if (f.indRight !== undefined) s += ` w:right="${f.indRight}"`;
    if (f.firstLineMm !== undefined) s += ` w:firstLine="${Math.round((f.firstLineMm * 1440) / 25.4)}"`;
    s += '/>';
  }
  if (f.jc) s += `<w:jc w:val="${f.jc}"/>`;
  const mark = f.mark ? rPr(f.mark) : '';
  if (mark) s += `<w:rPr>${mark}</w:rPr>`;
  return s ? `<w:pPr>${s}</w:pPr>` : '';
}

function para(ids: Ids, f: ParaFmt, content: string, rsid = R0): string {
  return `<w:p w14:paraId="${ids.paraId()}" w14:textId="${ids.textId()}" w:rsidR="${rsid}" w:rsidRPr="${rsid}" w:rsidRDefault="${rsid}" w:rsidP="${rsid}">${pPr(f)}${content}</w:p>`;
}

// ---------------------------------------------------------------------------------------------------
// Drawings

let drawingId = 1;

/** The line under the Party header, drawn as a shape anchored in its paragraph (Insert › Shapes › Line). */
function drawnLine(widthMm: number, offsetMm: number): string {
  const id = drawingId++;
  const cx = Math.round(widthMm * 36000);
  const x = Math.round(offsetMm * 36000);
  const y = Math.round(7.5 * 36000);
  return (
    `<w:r><w:rPr><w:b/><w:bCs/><w:noProof/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps">` +
    `<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="${251659264 + id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1" wp14:anchorId="4C2D${id.toString(16).padStart(4, '0').toUpperCase()}" wp14:editId="6F0A${id.toString(16).padStart(4, '0').toUpperCase()}">` +
    `<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>${x}</wp:posOffset></wp:positionH>` +
    `<wp:positionV relativeFrom="paragraph"><wp:posOffset>${y}</wp:posOffset></wp:positionV><wp:extent cx="${cx}" cy="0"/>` +
    `<wp:effectExtent l="0" t="0" r="19050" b="19050"/><wp:wrapNone/><wp:docPr id="${id}" name="Straight Connector ${id}"/>` +
    `<wp:cNvGraphicFramePr/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
    `<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvCnPr/>` +
    `<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="0"/></a:xfrm><a:prstGeom prst="line"><a:avLst/></a:prstGeom>` +
    `<a:ln w="6350"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill></a:ln></wps:spPr>` +
    `<wps:style><a:lnRef idx="1"><a:schemeClr val="accent1"/></a:lnRef><a:fillRef idx="0"><a:schemeClr val="accent1"/></a:fillRef>` +
    `<a:effectRef idx="0"><a:schemeClr val="accent1"/></a:effectRef><a:fontRef idx="minor"><a:schemeClr val="tx1"/></a:fontRef></wps:style>` +
    `<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
    `<mc:Fallback><w:pict><v:line id="Straight Connector ${id}" o:spid="_x0000_s${1025 + id}" style="position:absolute;z-index:${id};visibility:visible;mso-wrap-style:square;mso-wrap-distance-left:9pt;mso-wrap-distance-top:0;mso-wrap-distance-right:9pt;mso-wrap-distance-bottom:0;mso-position-horizontal:absolute;mso-position-horizontal-relative:text;mso-position-vertical:absolute;mso-position-vertical-relative:text" from="${(offsetMm * 72) / 25.4}pt,21.25pt" to="${((offsetMm + widthMm) * 72) / 25.4}pt,21.25pt" o:gfxdata="" strokecolor="black [3213]" strokeweight=".5pt"><v:stroke joinstyle="miter"/></v:line></w:pict></mc:Fallback></mc:AlternateContent></w:r>`
  );
}

/** A text box (Insert › Text Box) holding `content`, written twice as Word does: wps and VML. */
function textBox(content: string, widthMm: number, heightMm: number, xMm: number): string {
  const id = drawingId++;
  const cx = Math.round(widthMm * 36000);
  const cy = Math.round(heightMm * 36000);
  const pt = (mm: number) => Math.round((mm * 72 * 100) / 25.4) / 100;
  return (
    `<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps">` +
    `<w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="${251660288 + id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1" wp14:anchorId="5A1B${id.toString(16).padStart(4, '0').toUpperCase()}" wp14:editId="3C7E${id.toString(16).padStart(4, '0').toUpperCase()}">` +
    `<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:posOffset>${Math.round(xMm * 36000)}</wp:posOffset></wp:positionH>` +
    `<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="${cx}" cy="${cy}"/>` +
    `<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="${id}" name="Text Box ${id}"/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"/></wp:cNvGraphicFramePr>` +
    `<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">` +
    `<wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr><wps:spPr bwMode="auto">` +
    `<a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>` +
    `<wps:txbx><w:txbxContent>${content}</w:txbxContent></wps:txbx>` +
    `<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>` +
    `</wps:wsp></a:graphicData></a:graphic><wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH>` +
    `<wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>0</wp14:pctHeight></wp14:sizeRelV></wp:anchor></w:drawing></mc:Choice>` +
    `<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">` +
    `<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>` +
    `<v:shape id="Text Box ${id}" o:spid="_x0000_s${1025 + id}" type="#_x0000_t202" style="position:absolute;margin-left:${pt(xMm)}pt;margin-top:0;width:${pt(widthMm)}pt;height:${pt(heightMm)}pt;z-index:${id};visibility:visible;mso-wrap-style:square;mso-width-percent:0;mso-height-percent:0;mso-wrap-distance-left:9pt;mso-wrap-distance-top:3.6pt;mso-wrap-distance-right:9pt;mso-wrap-distance-bottom:3.6pt;mso-position-horizontal:absolute;mso-position-horizontal-relative:margin;mso-position-vertical:absolute;mso-position-vertical-relative:text;mso-width-percent:0;mso-height-percent:0;mso-width-relative:margin;mso-height-relative:margin;v-text-anchor:top" filled="f" stroked="f">` +
    `<v:textbox><w:txbxContent>${content}</w:txbxContent></v:textbox><w10:wrap type="topAndBottom" anchorx="margin"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`
  );
}

// ---------------------------------------------------------------------------------------------------
// The document

const GO_BACK = '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>';

/** One line of a table cell or text box: its paragraph format and content (runs and marks). */
interface Line {
  f: ParaFmt;
  content: string;
  rsid?: string;
  /** Block-level wrapper around the paragraph (a content control). */
  wrap?: (p: string) => string;
}

/**
 * A cell's lines as paragraphs — or, with `soft`, as one paragraph whose lines are separated by line
 * breaks (Shift+Enter, `<w:br/>`), formatted like its first line.
 */
function lines(ids: Ids, list: Line[], soft: boolean): string {
  if (!soft) return list.map((l) => (l.wrap ?? ((x: string) => x))(para(ids, l.f, l.content, l.rsid))).join('');
  const first = list[0]!;
  return para(ids, first.f, list.map((l) => l.content).join('<w:r><w:br/></w:r>'), first.rsid);
}

interface HeaderLines {
  issuer: Line;
  star: Line;
  number: Line;
  partyHeader: Line;
  placeDate: Line;
}

function headerLines(o: WordLikeOptions, inTextBox: boolean): HeaderLines {
  const placeDate = o.placeDate ?? DEFAULT_TEXTS.placeDate;
  const comma = placeDate.indexOf(', ');
  const place = comma >= 0 ? placeDate.slice(0, comma + 2) : '';
  const date = comma >= 0 ? placeDate.slice(comma + 2) : placeDate;
  const sz14 = { sz: 14 };
  const issuer: Line = { f: { jc: 'center', mark: { b: true, ...sz14 } }, content: run(DEFAULT_TEXTS.issuer, { b: true, ...sz14, lang: true }, R0) };
  const star: Line = { f: { jc: 'center', mark: sz14 }, content: run(DEFAULT_TEXTS.star, sz14, R0) };
  // "Số 15-NQ/TU": the symbol retyped later (another rsid), flagged by the spelling checker.
  const number: Line = {
    f: { jc: 'center', mark: sz14 },
    content: inTextBox
      ? // A non-breaking hyphen (Ctrl+Shift+-) keeps the number on one line.
        run('Số 15', { ...sz14, lang: true }, R0) + `<w:r w:rsidR="${R1}"><w:rPr><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:noBreakHyphen/>${t('NQ/TU')}</w:r>`
      : run('Số 15-', { ...sz14, lang: true }, R0) + '<w:proofErr w:type="spellStart"/>' + run('NQ/TU', sz14, R1) + '<w:proofErr w:type="spellEnd"/>',
    rsid: R1,
  };
  const rule = inTextBox ? '' : drawnLine(26, 26);
  const partyHeader: Line = {
    f: { jc: 'center', mark: { b: true, sz: 15 } },
    // Typed in one session, "VIỆT NAM" retyped in another; the bookmark Word keeps for Shift+F5.
    content: run('ĐẢNG CỘNG SẢN ', { b: true, sz: 15 }, R0) + GO_BACK + run('VIỆT NAM', { b: true, sz: 15 }, R2) + rule,
  };
  const placeDateLine: Line = {
    f: { jc: 'center', before: 6, mark: { i: true, ...sz14 } },
    content:
      run(place, { i: true, ...sz14, lang: true }, R0) +
      // A date picker content control (Developer › Date Picker) formatted as Vietnamese dates.
      `<w:sdt><w:sdtPr><w:rPr><w:i/><w:iCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:id w:val="-1529322461"/>` +
      `<w:placeholder><w:docPart w:val="8B7C0A3E21F94D0C9A5E6F7D3B2C1A09"/></w:placeholder>` +
      `<w:date w:fullDate="2026-01-08T00:00:00Z"><w:dateFormat w:val="'ngày' dd 'tháng' MM 'năm' yyyy"/><w:lid w:val="vi-VN"/>` +
      `<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>` +
      `<w:sdtContent>${run(date, { i: true, ...sz14, lang: true }, R0)}</w:sdtContent></w:sdt>`,
  };
  return { issuer, star, number, partyHeader, placeDate: placeDateLine };
}

/** Properties of a TableGrid table whose borders were removed (Borders › No Border). */
function tableProps(widths: number[]): string {
  const none = (side: string) => `<w:${side} w:val="none" w:sz="0" w:space="0" w:color="auto"/>`;
  return (
    `<w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="${widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:tblInd w:w="-108" w:type="dxa"/>` +
    `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(none).join('')}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`
  );
}

function table(ids: Ids, widths: number[], rows: string[][], rsid: string): string {
  const tr = (cells: string[]) =>
    `<w:tr w:rsidR="${rsid}" w:rsidTr="${rsid}" w14:paraId="${ids.paraId()}" w14:textId="77777777"><w:trPr><w:jc w:val="center"/></w:trPr>` +
    cells.map((c, i) => `<w:tc><w:tcPr><w:tcW w:w="${widths[i]}" w:type="dxa"/></w:tcPr>${c}</w:tc>`).join('') +
    `</w:tr>`;
  return `<w:tbl>${tableProps(widths)}${rows.map(tr).join('')}</w:tbl>`;
}

function body(ids: Ids): string {
  const fmt: ParaFmt = { jc: 'both', firstLineMm: 10, after: 6, exact: 18, mark: { sz: 14 } };
  const out: string[] = [];
  KIND_CONTENT.NQ.body.forEach((p, n) => {
    const bp = typeof p === 'string' ? { text: p, b: false } : { text: p.text, b: p.b ?? false };
    const f = { sz: 14, b: bp.b, lang: true };
    let runs: string;
    if (n === 0) {
      // "Tỉnh ủy" split mid-word by an edit session; a grammar flag around it.
      const at = bp.text.indexOf('Tỉnh ủy') + 'Tỉnh ủ'.length;
      runs = run(bp.text.slice(0, at), f, R0) + '<w:proofErr w:type="gramStart"/>' + run(bp.text.slice(at, at + 1), f, R3) + '<w:proofErr w:type="gramEnd"/>' + run(bp.text.slice(at + 1), f, R0);
    } else if (n === 2) {
      // Where Word last broke the page when it laid the document out.
      const at = bp.text.indexOf('Kinh tế');
      runs = run(bp.text.slice(0, at), f, R0) + `<w:r w:rsidRPr="${R0}"><w:rPr>${rPr(f)}</w:rPr><w:lastRenderedPageBreak/>${t(bp.text.slice(at))}</w:r>`;
    } else if (n === 5) {
      // Tracked changes left in the draft: a deletion (not printed), an insertion, a formatting change.
      const at = bp.text.indexOf('xây dựng');
      const date = 'w:author="Admin" w:date="2026-01-07T09:12:00Z"';
      runs =
        run(bp.text.slice(0, at), f, R0) +
        `<w:del w:id="101" ${date}><w:r w:rsidDel="${R3}"><w:rPr>${rPr(f)}</w:rPr><w:delText xml:space="preserve">công tác </w:delText></w:r></w:del>` +
        `<w:ins w:id="102" ${date}>${run('xây dựng', f, R3)}</w:ins>` +
        `<w:r><w:rPr>${rPr(f)}<w:rPrChange w:id="103" ${date}><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:rPrChange></w:rPr>${t(bp.text.slice(at + 'xây dựng'.length))}</w:r>`;
    } else if (n === 4) {
      // Times New Roman written directly on the runs too (the font box used on a selection).
      runs = run(bp.text, { ...f, font: true }, R0);
    } else runs = run(bp.text, f, R0);
    const p1 = para(ids, { ...fmt, mark: { sz: 14, b: bp.b } }, runs, n === 0 ? R3 : R0);
    // A rich-text content control around one heading (a template's fill-in section).
    if (bp.b && n === 6)
      out.push(`<w:sdt><w:sdtPr><w:id w:val="1398021144"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder></w:sdtPr><w:sdtEndPr/><w:sdtContent>${p1}</w:sdtContent></w:sdt>`);
    else out.push(p1);
  });
  return out.join('');
}

function footerTable(ids: Ids, soft: boolean, list: boolean): string {
  const sz14 = { sz: 14 };
  const items = DEFAULT_TEXTS.recipientsItems.map((item): Line =>
    list
      ? // The dash drawn by a "-" bullet list, the text typed without it.
        { f: { numId: 1, mark: { sz: 12 } }, content: run(item.replace(/^- /, ''), { sz: 12, lang: true }, R0) }
      : { f: { mark: { sz: 12 } }, content: run(item, { sz: 12, lang: true }, R0) },
  );
  const left: Line[] = [{ f: { mark: { u: true, ...sz14 } }, content: run(DEFAULT_TEXTS.recipientsLabel, { u: true, ...sz14, lang: true }, R0) }, ...items];
  const blank = (): Line => ({ f: { jc: 'center', mark: sz14 }, content: '' });
  const right: Line[] = [
    { f: { jc: 'center', mark: { b: true, ...sz14 } }, content: run(DEFAULT_TEXTS.signatureAuthority, { b: true, ...sz14 }, R0) },
    { f: { jc: 'center', mark: sz14 }, content: run(DEFAULT_TEXTS.signaturePosition, sz14, R0) },
    blank(),
    blank(),
    blank(),
    {
      f: { jc: 'center', mark: { b: true, ...sz14 } },
      content: '<w:proofErr w:type="spellStart"/>' + run('Nguyễn', { b: true, ...sz14, noProof: true }, R0) + '<w:proofErr w:type="spellEnd"/>' + run(' Văn An', { b: true, ...sz14, noProof: true }, R0),
      // The signer's name in a plain-text content control of the office template.
      wrap: (p) => `<w:sdt><w:sdtPr><w:alias w:val="Người ký"/><w:tag w:val="signer"/><w:id w:val="-884718022"/><w:text/></w:sdtPr><w:sdtContent>${p}</w:sdtContent></w:sdt>`,
    },
  ];
  return table(ids, [4253, 5103], [[lines(ids, left, soft), lines(ids, right, soft)]], R0);
}

function documentXml(o: WordLikeOptions): string {
  const ids = new Ids();
  drawingId = 1;
  const sz14 = { sz: 14 };
  const parts: string[] = [];
  const layout = o.layout ?? 'table';
  const soft = o.lineBreaks ?? false;
  const h = headerLines(o, layout === 'textbox');
  const cell = (list: Line[]) => lines(ids, list, soft);
  const left = [h.issuer, h.star, h.number];
  const right = [h.partyHeader, h.placeDate];
  if (layout === 'table') parts.push(table(ids, [4253, 5103], [[cell(left), cell(right)]], R0));
  // Two rows: issuer and star beside the Party header, the number beside the place and date.
  else if (layout === 'table2x2') parts.push(table(ids, [4253, 5103], [[cell([h.issuer, h.star]), cell([h.partyHeader])], [cell([h.number]), cell([h.placeDate])]], R0));
  // Both boxes anchored in one empty paragraph at the top of the page.
  else parts.push(para(ids, { mark: sz14 }, textBox(cell(left), 75, 24, 0) + textBox(cell(right), 90, 24, 75)));
  parts.push(
    para(ids, { jc: 'center', before: 12, keepNext: true, mark: { b: true, sz: 16 } }, run(DEFAULT_TEXTS.typeName, { b: true, sz: 16, lang: true }, R0)),
    // A reviewer's comment on the summary: range marks and a reference run with no text.
    para(
      ids,
      { jc: 'center', keepNext: true, mark: { b: true, ...sz14 } },
      '<w:commentRangeStart w:id="1"/>' +
        run(DEFAULT_TEXTS.summary, { b: true, ...sz14, lang: true }, R0) +
        '<w:commentRangeEnd w:id="1"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="1"/></w:r>',
    ),
    para(ids, { jc: 'center', after: 6, mark: sz14 }, run(DEFAULT_TEXTS.separator, sz14, R0)),
    body(ids),
    footerTable(ids, soft, o.recipientsList ?? false),
    // Word always ends the body with a paragraph after a table.
    para(ids, { mark: sz14 }, ''),
  );
  const sectPr =
    `<w:sectPr w:rsidR="${R0}" w:rsidRPr="${R0}" w:rsidSect="00A53D5B"><w:headerReference w:type="even" r:id="rId8"/><w:headerReference w:type="default" r:id="rId9"/>` +
    `<w:footerReference w:type="even" r:id="rId10"/><w:footerReference w:type="default" r:id="rId11"/><w:headerReference w:type="first" r:id="rId12"/><w:footerReference w:type="first" r:id="rId13"/>` +
    `<w:pgSz w:w="11906" w:h="16838" w:code="9"/><w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>` +
    `<w:cols w:space="708"/><w:titlePg/><w:docGrid w:linePitch="381"/></w:sectPr>`;
  return `${XML}<w:document ${NS}><w:body>${parts.join('')}${sectPr}</w:body></w:document>`;
}

function headerXml(kind: 'hdr' | 'ftr', content: string): string {
  return `${XML}<w:${kind} ${NS}>${content}</w:${kind}>`;
}

function stories(): Record<string, string> {
  const ids = new Ids();
  const empty = (style: string) => para(ids, { pStyle: style }, '');
  // Insert › Page Number › Top of Page › Plain Number 2: a complex field with its cached result.
  const page = para(
    ids,
    { pStyle: 'Header', jc: 'center', mark: { sz: 14 } },
    `<w:r w:rsidRPr="${R0}"><w:rPr><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>` +
      `<w:r w:rsidRPr="${R0}"><w:rPr><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r>` +
      `<w:r w:rsidRPr="${R0}"><w:rPr><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>` +
      `<w:r w:rsidR="${R1}"><w:rPr><w:noProof/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t>2</w:t></w:r>` +
      `<w:r w:rsidRPr="${R0}"><w:rPr><w:noProof/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>`,
  );
  const sdtPage = `<w:sdt><w:sdtPr><w:id w:val="-1318336367"/><w:docPartObj><w:docPartGallery w:val="Page Numbers (Top of Page)"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtEndPr><w:rPr><w:noProof/></w:rPr></w:sdtEndPr><w:sdtContent>${page}</w:sdtContent></w:sdt>`;
  return {
    'word/header1.xml': headerXml('hdr', empty('Header')),
    'word/header2.xml': headerXml('hdr', sdtPage + empty('Header')),
    'word/footer1.xml': headerXml('ftr', empty('Footer')),
    'word/footer2.xml': headerXml('ftr', empty('Footer')),
    'word/header3.xml': headerXml('hdr', empty('Header')),
    'word/footer3.xml': headerXml('ftr', empty('Footer')),
  };
}

// ---------------------------------------------------------------------------------------------------
// Styles, settings, theme and the rest of the package

export function wordStylesXml(): string {
  const lsd = ['Normal', 'heading 1', 'heading 2', 'Title', 'Strong', 'Emphasis', 'Table Grid', 'List Paragraph']
    .map((n, i) => `<w:lsdException w:name="${n}" w:uiPriority="${[0, 9, 9, 10, 22, 20, 39, 34][i]}" w:qFormat="1"/>`)
    .join('');
  return (
    `${XML}<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
    `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ` +
    `xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" mc:Ignorable="w14 w15 w16se">` +
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>` +
    `<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="375">${lsd}</w:latentStyles>` +
    // Format › Font on the Normal style: Times New Roman 14 (Word writes the slots it changed only).
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:rsid w:val="${R0}"/>` +
    `<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:rFonts w:ascii="${TNR}" w:hAnsi="${TNR}" w:cs="${TNR}"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>` +
    `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>` +
    `<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    `<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>` +
    `<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:rsid w:val="${R0}"/>` +
    `<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders>` +
    ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`).join('') +
    `</w:tblBorders></w:tblPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:link w:val="HeaderChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rsid w:val="${R1}"/>` +
    `<w:pPr><w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs></w:pPr></w:style>` +
    `<w:style w:type="character" w:customStyle="1" w:styleId="HeaderChar"><w:name w:val="Header Char"/><w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Header"/><w:uiPriority w:val="99"/><w:rsid w:val="${R1}"/>` +
    `<w:rPr><w:rFonts w:ascii="${TNR}" w:hAnsi="${TNR}" w:cs="${TNR}"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:link w:val="FooterChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rsid w:val="${R1}"/>` +
    `<w:pPr><w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs></w:pPr></w:style>` +
    `<w:style w:type="character" w:customStyle="1" w:styleId="FooterChar"><w:name w:val="Footer Char"/><w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Footer"/><w:uiPriority w:val="99"/><w:rsid w:val="${R1}"/>` +
    `<w:rPr><w:rFonts w:ascii="${TNR}" w:hAnsi="${TNR}" w:cs="${TNR}"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>` +
    `<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rsid w:val="${R3}"/><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>` +
    `<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:rsid w:val="${R2}"/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>` +
    `</w:styles>`
  );
}

/** Office 2013–2022 theme font scheme (Calibri Light / Calibri), with a few of its script fonts. */
export function officeThemeXml(major = 'Calibri Light', minor = 'Calibri', name = 'Office Theme'): string {
  const scripts = (viet: string) =>
    `<a:font script="Jpan" typeface="游ゴシック"/><a:font script="Hang" typeface="맑은 고딕"/><a:font script="Hans" typeface="等线"/><a:font script="Hant" typeface="新細明體"/>` +
    `<a:font script="Arab" typeface="Times New Roman"/><a:font script="Hebr" typeface="Times New Roman"/><a:font script="Thai" typeface="Angsana New"/>` +
    `<a:font script="Viet" typeface="${viet}"/><a:font script="Geor" typeface="Sylfaen"/>`;
  const clr = (n: string, v: string) => `<a:${n}><a:srgbClr val="${v}"/></a:${n}>`;
  return (
    `${XML}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="${name}"><a:themeElements>` +
    `<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>` +
    clr('dk2', '44546A') + clr('lt2', 'E7E6E6') + clr('accent1', '4472C4') + clr('accent2', 'ED7D31') + clr('accent3', 'A5A5A5') +
    clr('accent4', 'FFC000') + clr('accent5', '5B9BD5') + clr('accent6', '70AD47') + clr('hlink', '0563C1') + clr('folHlink', '954F72') +
    `</a:clrScheme><a:fontScheme name="Office">` +
    `<a:majorFont><a:latin typeface="${major}" panose="020F0302020204030204"/><a:ea typeface=""/><a:cs typeface=""/>${scripts('Times New Roman')}</a:majorFont>` +
    `<a:minorFont><a:latin typeface="${minor}" panose="020F0502020204030204"/><a:ea typeface=""/><a:cs typeface=""/>${scripts('Arial')}</a:minorFont>` +
    `</a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst>` +
    `<a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>` +
    `<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>` +
    `<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme>` +
    `</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>`
  );
}

function settingsXml(): string {
  return (
    `${XML}<w:settings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" ` +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" ` +
    `xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
    `xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" ` +
    `xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main" mc:Ignorable="w14 w15 w16se">` +
    `<w:zoom w:percent="100"/><w:proofState w:spelling="clean" w:grammar="clean"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>` +
    `<w:hdrShapeDefaults><o:shapedefaults v:ext="edit" spidmax="2049"/></w:hdrShapeDefaults><w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>` +
    `<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>` +
    `<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>` +
    `<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>` +
    `<w:compatSetting w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>` +
    `<w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>` +
    `<w:compatSetting w:name="differentiateMultirowTableHeaders" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/></w:compat>` +
    `<w:rsids><w:rsidRoot w:val="${R0}"/>${[R0, R1, R2, R3, '00A53D5B'].map((r) => `<w:rsid w:val="${r}"/>`).join('')}</w:rsids>` +
    `<m:mathPr><m:mathFont m:val="Cambria Math"/><m:brkBin m:val="before"/><m:brkBinSub m:val="--"/><m:smallFrac m:val="0"/><m:dispDef/><m:lMargin m:val="0"/><m:rMargin m:val="0"/>` +
    `<m:defJc m:val="centerGroup"/><m:wrapIndent m:val="1440"/><m:intLim m:val="subSup"/><m:naryLim m:val="undOvr"/></m:mathPr>` +
    `<w:themeFontLang w:val="en-US"/><w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" w:accent2="accent2" ` +
    `w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/>` +
    `<w:shapeDefaults><o:shapedefaults v:ext="edit" spidmax="2049"/><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout></w:shapeDefaults>` +
    `<w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/><w14:docId w14:val="3E1F6A2B"/><w15:chartTrackingRefBased/><w15:docId w15:val="{6D3A0C1E-8B2F-4E7A-9C5D-1F2E3A4B5C6D}"/>` +
    `</w:settings>`
  );
}

const WEB_SETTINGS = `${XML}<w:webSettings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>`;

function fontTableXml(fonts: [string, string][]): string {
  return (
    `${XML}<w:fonts xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
    `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14">` +
    fonts
      .map(([name, panose]) => `<w:font w:name="${name}"><w:panose1 w:val="${panose}"/><w:charset w:val="00"/><w:family w:val="${name === TNR ? 'roman' : 'swiss'}"/><w:pitch w:val="variable"/><w:sig w:usb0="E0002EFF" w:usb1="C000785B" w:usb2="00000009" w:usb3="00000000" w:csb0="000001FF" w:csb1="00000000"/></w:font>`)
      .join('') +
    `</w:fonts>`
  );
}

/** A "-" bullet list as Word writes it (Define New Bullet › "-" in Times New Roman), all nine levels cut to one. */
const NUMBERING =
  `${XML}<w:numbering ${NS}><w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0"><w:nsid w:val="1C2B3A49"/>` +
  `<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="5E4C3A2A"/><w:lvl w:ilvl="0" w:tplc="04090001"><w:start w:val="1"/>` +
  `<w:numFmt w:val="bullet"/><w:lvlText w:val="-"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr>` +
  `<w:rPr><w:rFonts w:ascii="${TNR}" w:hAnsi="${TNR}" w:cs="${TNR}" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>` +
  `<w:num w:numId="1" w16cid:durableId="1502847361" xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

const CUSTOM_XML_ITEM = `<?xml version="1.0" standalone="no"?><b:Sources SelectedStyle="\\APASixthEditionOfficeOnline.xsl" StyleName="APA" Version="6" xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" xmlns="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"></b:Sources>`;
const CUSTOM_XML_PROPS = `${XML}<ds:datastoreItem ds:itemID="{4F2C1B3A-7D6E-4A5B-8C9D-0E1F2A3B4C5D}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/></ds:schemaRefs></ds:datastoreItem>`;

const RT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';

function rels(list: [string, string, string][]): string {
  return `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('')}</Relationships>`;
}

function contentTypes(overrides: [string, string][]): string {
  return (
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>${overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('')}</Types>`
  );
}

function docProps(application: string, extra = ''): Record<string, string> {
  return {
    'docProps/core.xml':
      `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ` +
      `xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
      `<dc:title></dc:title><dc:subject></dc:subject><dc:creator>Văn phòng Tỉnh ủy</dc:creator><cp:keywords></cp:keywords><dc:description></dc:description>` +
      `<cp:lastModifiedBy>Admin</cp:lastModifiedBy><cp:revision>7</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2026-01-07T02:11:00Z</dcterms:created>` +
      `<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-08T01:36:00Z</dcterms:modified></cp:coreProperties>`,
    'docProps/app.xml':
      `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
      `<Template>Normal.dotm</Template><TotalTime>42</TotalTime><Pages>1</Pages><Words>412</Words><Characters>2352</Characters><Application>${application}</Application>` +
      `<DocSecurity>0</DocSecurity><Lines>19</Lines><Paragraphs>5</Paragraphs><ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false</LinksUpToDate>` +
      `<CharactersWithSpaces>2759</CharactersWithSpaces><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>${extra}</Properties>`,
  };
}

/** The .docx bytes of the Word-written resolution. */
export function wordLikeDocx(o: WordLikeOptions = {}): Uint8Array {
  const files: Record<string, string> = {
    '[Content_Types].xml': contentTypes([
      ['/word/document.xml', `${CT}.wordprocessingml.document.main+xml`],
      ['/customXml/itemProps1.xml', `${CT}.customXmlProperties+xml`],
      ['/word/styles.xml', `${CT}.wordprocessingml.styles+xml`],
      ['/word/settings.xml', `${CT}.wordprocessingml.settings+xml`],
      ['/word/webSettings.xml', `${CT}.wordprocessingml.webSettings+xml`],
      ['/word/footnotes.xml', `${CT}.wordprocessingml.footnotes+xml`],
      ['/word/endnotes.xml', `${CT}.wordprocessingml.endnotes+xml`],
      ...(['header1', 'header2', 'header3'] as const).map((h): [string, string] => [`/word/${h}.xml`, `${CT}.wordprocessingml.header+xml`]),
      ...(['footer1', 'footer2', 'footer3'] as const).map((f): [string, string] => [`/word/${f}.xml`, `${CT}.wordprocessingml.footer+xml`]),
      ['/word/comments.xml', `${CT}.wordprocessingml.comments+xml`],
      ['/word/numbering.xml', `${CT}.wordprocessingml.numbering+xml`],
      ['/word/fontTable.xml', `${CT}.wordprocessingml.fontTable+xml`],
      ['/word/theme/theme1.xml', `${CT}.theme+xml`],
      ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
      ['/docProps/app.xml', `${CT}.extended-properties+xml`],
    ]),
    '_rels/.rels': rels([
      ['rId3', `${RT}/extended-properties`, 'docProps/app.xml'],
      ['rId2', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml'],
      ['rId1', `${RT}/officeDocument`, 'word/document.xml'],
    ]),
    'word/_rels/document.xml.rels': rels([
      ['rId8', `${RT}/header`, 'header1.xml'],
      ['rId13', `${RT}/footer`, 'footer3.xml'],
      ['rId3', `${RT}/settings`, 'settings.xml'],
      ['rId7', `${RT}/endnotes`, 'endnotes.xml'],
      ['rId12', `${RT}/header`, 'header3.xml'],
      ['rId2', `${RT}/styles`, 'styles.xml'],
      ['rId1', `${RT}/customXml`, '../customXml/item1.xml'],
      ['rId6', `${RT}/footnotes`, 'footnotes.xml'],
      ['rId11', `${RT}/footer`, 'footer2.xml'],
      ['rId5', `${RT}/webSettings`, 'webSettings.xml'],
      ['rId15', `${RT}/theme`, 'theme/theme1.xml'],
      ['rId10', `${RT}/footer`, 'footer1.xml'],
      ['rId4', `${RT}/fontTable`, 'fontTable.xml'],
      ['rId9', `${RT}/header`, 'header2.xml'],
      ['rId14', `${RT}/comments`, 'comments.xml'],
      ['rId16', `${RT}/numbering`, 'numbering.xml'],
    ]),
    'word/document.xml': documentXml(o),
    ...stories(),
    'word/styles.xml': wordStylesXml(),
    'word/settings.xml': settingsXml(),
    'word/webSettings.xml': WEB_SETTINGS,
    'word/footnotes.xml': notesXml('footnotes', 'footnote'),
    'word/endnotes.xml': notesXml('endnotes', 'endnote'),
    'word/comments.xml':
      `${XML}<w:comments ${NS}><w:comment w:id="1" w:author="Admin" w:date="2026-01-07T10:02:00Z" w:initials="A">` +
      `<w:p w14:paraId="5E2D1C0B" w14:textId="77777777" w:rsidR="${R3}" w:rsidRDefault="${R3}"><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>` +
      `<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r><w:r><w:t>Xem lại trích yếu.</w:t></w:r></w:p></w:comment></w:comments>`,
    'word/numbering.xml': NUMBERING,
    'word/fontTable.xml': fontTableXml([
      [TNR, '02020603050405020304'],
      ['Calibri', '020F0502020204030204'],
      ['Calibri Light', '020F0302020204030204'],
    ]),
    'word/theme/theme1.xml': officeThemeXml(),
    'customXml/item1.xml': CUSTOM_XML_ITEM,
    'customXml/itemProps1.xml': CUSTOM_XML_PROPS,
    'customXml/_rels/item1.xml.rels': rels([['rId1', `${RT}/customXmlProps`, 'itemProps1.xml']]),
    ...docProps('Microsoft Office Word'),
  };
  const bytes: Record<string, Uint8Array> = {};
  for (const [k, v] of Object.entries(files)) bytes[k] = strToU8(v);
  return zipSync(bytes);
}

/** Word's separator footnotes/endnotes (ids -1 and 0), present even when the document has none. */
function notesXml(root: 'footnotes' | 'endnotes', el: 'footnote' | 'endnote'): string {
  const sep = (id: number, type: string, mark: string) =>
    `<w:${el} w:type="${type}" w:id="${id}"><w:p w14:paraId="0A1B2C${id === -1 ? '3D' : '3E'}" w14:textId="77777777" w:rsidR="${R0}" w:rsidRDefault="${R0}" w:rsidP="${R0}"><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:${mark}/></w:r></w:p></w:${el}>`;
  return `${XML}<w:${root} ${NS}>${sep(-1, 'separator', 'separator')}${sep(0, 'continuationSeparator', 'continuationSeparator')}</w:${root}>`;
}

