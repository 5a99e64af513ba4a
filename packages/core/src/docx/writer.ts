/**
 * The .docx writer: packages written from raw OOXML, in code — for `render` and for test fixtures.
 *
 * Every rule test, the examples and the benchmark build their drafts with this, so the XML it writes
 * follows what Microsoft Word itself writes (namespaces, element order of the schema, theme fonts in the
 * document defaults, text boxes as `mc:AlternateContent` with a DrawingML choice and a VML fallback).
 * No `docx` npm package: we want to control every element a reader may meet.
 *
 * Units in the specs are the document's units (mm, pt); conversion happens once, here:
 * 1 mm = 1440 / 25.4 twips, sizes in half-points, spacing in twentieths of a point, shapes in EMU.
 */
import { strToU8, zipSync } from 'fflate';

// ---------------------------------------------------------------------------------------------------
// Specs
// ---------------------------------------------------------------------------------------------------

export type Align = 'left' | 'center' | 'right' | 'both';

/** `w:rFonts` slots. Theme slots name a theme font (`minorHAnsi`, `majorHAnsi`, `minorBidi` …). */
export interface FontSpec {
  ascii?: string;
  hAnsi?: string;
  eastAsia?: string;
  cs?: string;
  asciiTheme?: string;
  hAnsiTheme?: string;
  eastAsiaTheme?: string;
  csTheme?: string;
}

export interface RunSpec {
  text: string;
  /** `true` writes `<w:b/>`, `false` writes `<w:b w:val="0"/>` (an explicit override); absent writes nothing. */
  b?: boolean;
  i?: boolean;
  /** `true` = single; a string is an ST_Underline value (`double`, `none` …); `false` = `none`. */
  u?: boolean | string;
  /** Size in pt, written as `w:sz`/`w:szCs` half-points. */
  sz?: number;
  /** A string sets `w:ascii`, `w:hAnsi` and `w:cs` (what Word's font box writes). */
  font?: string | FontSpec;
  caps?: boolean;
  smallCaps?: boolean;
  strike?: boolean;
  vanish?: boolean;
  /** Character style id (`w:rStyle`). */
  style?: string;
  /** Hex colour without `#`, or `auto`. */
  color?: string;
  /** A field whose cached result is `text`: complex field (fldChar …) or `w:fldSimple` with `fieldSimple`. */
  field?: 'PAGE' | 'NUMPAGES';
  fieldSimple?: boolean;
  /** A run holding only `<w:tab/>` (its `text` is ignored). */
  tab?: boolean;
  /** A break written before the text of the run. */
  br?: 'page' | 'line';
}

/** Run formatting without text — styles, document defaults, the paragraph mark. */
export type RunFormat = Omit<RunSpec, 'text'>;

export interface TabStopSpec {
  posMm: number;
  val: 'left' | 'center' | 'right';
}

export interface LineSpec {
  rule: 'auto' | 'exact' | 'atLeast';
  /** A multiple for `auto` (1 = single), points otherwise. */
  value: number;
}

export interface TextBoxSpec {
  paragraphs: (ParaSpec | string)[];
  widthMm?: number;
  heightMm?: number;
  /** Offset from the column's left edge (default 0). */
  xMm?: number;
  /** Offset from the anchoring paragraph (default 0). */
  yMm?: number;
  /** Text wrapping around the box (default `topAndBottom`, so the text after it starts below). */
  wrap?: 'none' | 'topAndBottom' | 'square';
}

export interface ParaSpec {
  runs: (RunSpec | string)[];
  align?: Align;
  /** Paragraph style id (`w:pStyle`). */
  style?: string;
  indentFirstMm?: number;
  indentLeftMm?: number;
  indentRightMm?: number;
  hangingMm?: number;
  spacingBeforePt?: number;
  spacingAfterPt?: number;
  line?: LineSpec;
  tabs?: TabStopSpec[];
  /** A solid bottom border (`w:pBdr/w:bottom single`). */
  borderBottom?: boolean;
  pageBreakBefore?: boolean;
  keepNext?: boolean;
  /** Run properties of the paragraph mark (`w:pPr/w:rPr`). */
  markRun?: RunFormat;
  /**
   * Anchored text box(es), written after the runs: `mc:AlternateContent` with a `wps:txbx` choice and a
   * VML `v:textbox` fallback holding the same paragraphs, like Word writes.
   */
  textBox?: TextBoxSpec | TextBoxSpec[];
  /** Section break at the end of this paragraph (this paragraph closes the section). */
  sectPr?: SectionSpec;
}

export type CellSpec = { paragraphs: (ParaSpec | string | TableSpec)[]; widthMm?: number } | (ParaSpec | string)[];

export interface TableSpec {
  table: {
    rows: CellSpec[][];
    /**
     * Default false: no visible border. A table with a style gets `w:val="nil"` overrides (what Word writes
     * when "No Border" is applied to a Table Grid table); one without gets `none`. Pass the value to choose.
     */
    borders?: boolean | 'nil' | 'none';
    widthsMm?: number[];
    /** Table style id, e.g. `TableGrid` (defined automatically when referenced and not given). */
    style?: string;
  };
}

export type Block = ParaSpec | string | TableSpec;

export type HeaderFooterSpec = { default?: (ParaSpec | string)[]; first?: (ParaSpec | string)[]; even?: (ParaSpec | string)[] };

export interface SectionSpec {
  /** Default 210 (297 in landscape). */
  widthMm?: number;
  /** Default 297 (210 in landscape). */
  heightMm?: number;
  orientation?: 'portrait' | 'landscape';
  /** Default top 20, bottom 20, left 30, right 15, header 10, footer 10, gutter 0 (HD 36 §4.3). */
  marginsMm?: { top?: number; bottom?: number; left?: number; right?: number; header?: number; footer?: number; gutter?: number };
  /** Different first page (`w:titlePg`). */
  titlePage?: boolean;
  headers?: HeaderFooterSpec;
  footers?: HeaderFooterSpec;
}

export type ParaFormat = Omit<ParaSpec, 'runs' | 'textBox' | 'sectPr' | 'markRun'>;

export interface StyleSpecBase {
  id: string;
  name?: string;
  basedOn?: string;
  run?: RunFormat;
}

export interface ParagraphStyleSpec extends StyleSpecBase {
  default?: boolean;
  next?: string;
  para?: ParaFormat;
}

export interface TableStyleSpec extends StyleSpecBase {
  para?: ParaFormat;
  /** Borders of the style itself (Table Grid has them). */
  borders?: boolean;
}

export interface StylesSpec {
  /** When absent, Word's own defaults: theme fonts (minorHAnsi/minorBidi), 11 pt, after 8 pt, line 1.08. */
  docDefaults?: { run?: RunFormat; para?: ParaFormat };
  paragraphStyles?: ParagraphStyleSpec[];
  characterStyles?: StyleSpecBase[];
  tableStyles?: TableStyleSpec[];
}

export interface ThemeSpec {
  /** Headings font (`a:majorFont/a:latin`). Default `Calibri Light`. */
  major?: string;
  /** Body font (`a:minorFont/a:latin`). Default `Calibri`. */
  minor?: string;
}

export interface DocSpec {
  body: Block[];
  /** The final `w:sectPr`. */
  section?: SectionSpec;
  styles?: StylesSpec;
  theme?: ThemeSpec;
  /** docProps/app.xml. `pages` is written only when given (readers must then estimate). */
  app?: { pages?: number; application?: string };
  settings?: { evenAndOddHeaders?: boolean; mirrorMargins?: boolean };
  /** docProps/core.xml. */
  core?: { title?: string; creator?: string };
}

// ---------------------------------------------------------------------------------------------------
// Units and namespaces
// ---------------------------------------------------------------------------------------------------

export const TWIPS_PER_MM = 1440 / 25.4;
export const mmToTwips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);
export const ptToTwips = (pt: number): number => Math.round(pt * 20);
export const ptToHalfPoints = (pt: number): number => Math.round(pt * 2);
export const mmToEmu = (mm: number): number => Math.round(mm * 36000);
const mmToPt = (mm: number): number => Math.round((mm * 72) / 25.4 * 100) / 100;

export const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  wps: 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  v: 'urn:schemas-microsoft-com:vml',
  o: 'urn:schemas-microsoft-com:office:office',
  w10: 'urn:schemas-microsoft-com:office:word',
  w14: 'http://schemas.microsoft.com/office/word/2010/wordml',
  wp14: 'http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing',
  wpc: 'http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas',
  wpg: 'http://schemas.microsoft.com/office/word/2010/wordprocessingGroup',
  wpi: 'http://schemas.microsoft.com/office/word/2010/wordprocessingInk',
  wne: 'http://schemas.microsoft.com/office/word/2006/wordml',
  m: 'http://schemas.openxmlformats.org/officeDocument/2006/math',
} as const;

/** The namespace declarations Word 2010 puts on document, header and footer roots. */
const STORY_NS =
  `xmlns:wpc="${NS.wpc}" xmlns:mc="${NS.mc}" xmlns:o="${NS.o}" xmlns:r="${NS.r}" xmlns:m="${NS.m}" ` +
  `xmlns:v="${NS.v}" xmlns:wp14="${NS.wp14}" xmlns:wp="${NS.wp}" xmlns:w10="${NS.w10}" xmlns:w="${NS.w}" ` +
  `xmlns:w14="${NS.w14}" xmlns:wpg="${NS.wpg}" xmlns:wpi="${NS.wpi}" xmlns:wne="${NS.wne}" xmlns:wps="${NS.wps}" ` +
  `mc:Ignorable="w14 wp14"`;

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// ---------------------------------------------------------------------------------------------------
// Rendering context
// ---------------------------------------------------------------------------------------------------

interface Part {
  path: string;
  contentType?: string;
  xml: string;
}

class Ctx {
  parts: Part[] = [];
  docRels: { id: string; type: string; target: string }[] = [];
  usedStyles = new Set<string>();
  fonts = new Set<string>();
  private shapeId = 0;
  private headerN = 0;
  private footerN = 0;
  /** Text width of the section being written — default widths of tables. */
  textWidthMm = 165;

  nextShapeId(): number {
    return ++this.shapeId;
  }

  addRel(type: string, target: string): string {
    const id = `rId${this.docRels.length + 1}`;
    this.docRels.push({ id, type, target });
    return id;
  }

  addStory(kind: 'header' | 'footer', paras: (ParaSpec | string)[]): string {
    const n = kind === 'header' ? ++this.headerN : ++this.footerN;
    const path = `word/${kind}${n}.xml`;
    const root = kind === 'header' ? 'w:hdr' : 'w:ftr';
    const body = paras.length === 0 ? '<w:p/>' : paras.map((p) => renderPara(p, this)).join('');
    this.parts.push({ path, contentType: `${CT}.wordprocessingml.${kind}+xml`, xml: `${XML_DECL}<${root} ${STORY_NS}>${body}</${root}>` });
    return this.addRel(`${REL}/${kind}`, `${kind}${n}.xml`);
  }
}

// ---------------------------------------------------------------------------------------------------
// Runs
// ---------------------------------------------------------------------------------------------------

function fontAttrs(font: string | FontSpec, ctx: Ctx | null): string {
  const f: FontSpec = typeof font === 'string' ? { ascii: font, hAnsi: font, cs: font } : font;
  for (const name of [f.ascii, f.hAnsi, f.eastAsia, f.cs]) if (name && ctx) ctx.fonts.add(name);
  const attrs: [string, string | undefined][] = [
    ['w:ascii', f.ascii],
    ['w:hAnsi', f.hAnsi],
    ['w:eastAsia', f.eastAsia],
    ['w:cs', f.cs],
    ['w:asciiTheme', f.asciiTheme],
    ['w:hAnsiTheme', f.hAnsiTheme],
    ['w:eastAsiaTheme', f.eastAsiaTheme],
    ['w:cstheme', f.csTheme],
  ];
  return attrs
    .filter((a): a is [string, string] => a[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
}

const toggle = (name: string, v: boolean | undefined): string => (v === undefined ? '' : v ? `<w:${name}/>` : `<w:${name} w:val="0"/>`);

/** `w:rPr` content in schema order (CT_RPr). Empty string when nothing is set. */
export function rPrContent(r: RunFormat, ctx: Ctx | null = null): string {
  if (r.style && ctx) ctx.usedStyles.add(r.style);
  let x = '';
  if (r.style) x += `<w:rStyle w:val="${escapeXml(r.style)}"/>`;
  if (r.font !== undefined) x += `<w:rFonts${fontAttrs(r.font, ctx)}/>`;
  if (r.b !== undefined) x += toggle('b', r.b) + toggle('bCs', r.b);
  if (r.i !== undefined) x += toggle('i', r.i) + toggle('iCs', r.i);
  x += toggle('caps', r.caps) + toggle('smallCaps', r.smallCaps) + toggle('strike', r.strike) + toggle('vanish', r.vanish);
  if (r.color !== undefined) x += `<w:color w:val="${escapeXml(r.color)}"/>`;
  if (r.sz !== undefined) x += `<w:sz w:val="${ptToHalfPoints(r.sz)}"/><w:szCs w:val="${ptToHalfPoints(r.sz)}"/>`;
  if (r.u !== undefined) {
    const val = r.u === true ? 'single' : r.u === false ? 'none' : r.u;
    x += `<w:u w:val="${escapeXml(val)}"/>`;
  }
  return x;
}

const rPr = (r: RunFormat, ctx: Ctx | null): string => {
  const c = rPrContent(r, ctx);
  return c ? `<w:rPr>${c}</w:rPr>` : '';
};

/** Text with `\t` → `<w:tab/>` and `\n` → `<w:br/>`; `xml:space="preserve"` where whitespace would be lost. */
function textContent(text: string): string {
  let x = '';
  for (const piece of text.split(/(\t|\n)/)) {
    if (piece === '') continue;
    if (piece === '\t') x += '<w:tab/>';
    else if (piece === '\n') x += '<w:br/>';
    else {
      const preserve = /^\s|\s$|\s\s/.test(piece) ? ' xml:space="preserve"' : '';
      x += `<w:t${preserve}>${escapeXml(piece)}</w:t>`;
    }
  }
  return x;
}

function renderRun(input: RunSpec | string, ctx: Ctx): string {
  const r: RunSpec = typeof input === 'string' ? { text: input } : input;
  const props = rPr(r, ctx);
  if (r.tab) return `<w:r>${props}<w:tab/></w:r>`;
  const brk = r.br === 'page' ? '<w:br w:type="page"/>' : r.br === 'line' ? '<w:br/>' : '';
  if (r.field) {
    const instr = ` ${r.field}   \\* MERGEFORMAT `;
    const result = `<w:r>${props}${textContent(r.text)}</w:r>`;
    if (r.fieldSimple) return `<w:fldSimple w:instr="${escapeXml(instr)}">${result}</w:fldSimple>`;
    return (
      `<w:r>${props}<w:fldChar w:fldCharType="begin"/></w:r>` +
      `<w:r>${props}<w:instrText xml:space="preserve">${escapeXml(instr)}</w:instrText></w:r>` +
      `<w:r>${props}<w:fldChar w:fldCharType="separate"/></w:r>` +
      result +
      `<w:r>${props}<w:fldChar w:fldCharType="end"/></w:r>`
    );
  }
  return `<w:r>${props}${brk}${textContent(r.text)}</w:r>`;
}

// ---------------------------------------------------------------------------------------------------
// Paragraphs
// ---------------------------------------------------------------------------------------------------

/** `w:pPr` content in schema order (CT_PPrBase), without rPr/sectPr. */
export function pPrContent(p: ParaFormat, ctx: Ctx | null = null): string {
  if (p.style && ctx) ctx.usedStyles.add(p.style);
  let x = '';
  if (p.style) x += `<w:pStyle w:val="${escapeXml(p.style)}"/>`;
  if (p.keepNext) x += '<w:keepNext/>';
  if (p.pageBreakBefore) x += '<w:pageBreakBefore/>';
  if (p.borderBottom) x += '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>';
  if (p.tabs && p.tabs.length > 0) {
    x += `<w:tabs>${p.tabs.map((t) => `<w:tab w:val="${t.val}" w:pos="${mmToTwips(t.posMm)}"/>`).join('')}</w:tabs>`;
  }
  let spacing = '';
  if (p.spacingBeforePt !== undefined) spacing += ` w:before="${ptToTwips(p.spacingBeforePt)}"`;
  if (p.spacingAfterPt !== undefined) spacing += ` w:after="${ptToTwips(p.spacingAfterPt)}"`;
  if (p.line) {
    const line = p.line.rule === 'auto' ? Math.round(p.line.value * 240) : ptToTwips(p.line.value);
    spacing += ` w:line="${line}" w:lineRule="${p.line.rule}"`;
  }
  if (spacing) x += `<w:spacing${spacing}/>`;
  let ind = '';
  if (p.indentLeftMm !== undefined) ind += ` w:left="${mmToTwips(p.indentLeftMm)}"`;
  if (p.indentRightMm !== undefined) ind += ` w:right="${mmToTwips(p.indentRightMm)}"`;
  if (p.hangingMm !== undefined) ind += ` w:hanging="${mmToTwips(p.hangingMm)}"`;
  else if (p.indentFirstMm !== undefined) ind += ` w:firstLine="${mmToTwips(p.indentFirstMm)}"`;
  if (ind) x += `<w:ind${ind}/>`;
  if (p.align) x += `<w:jc w:val="${p.align}"/>`;
  return x;
}

function renderPara(input: ParaSpec | string, ctx: Ctx): string {
  const p: ParaSpec = typeof input === 'string' ? { runs: input === '' ? [] : [input] } : input;
  let ppr = pPrContent(p, ctx);
  if (p.markRun) ppr += rPr(p.markRun, ctx);
  if (p.sectPr) ppr += renderSectPr(p.sectPr, ctx);
  const runs = p.runs.map((r) => renderRun(r, ctx)).join('');
  const boxes = p.textBox === undefined ? [] : Array.isArray(p.textBox) ? p.textBox : [p.textBox];
  const drawings = boxes.map((b) => renderTextBox(b, ctx)).join('');
  return `<w:p>${ppr ? `<w:pPr>${ppr}</w:pPr>` : ''}${runs}${drawings}</w:p>`;
}

function renderTextBox(box: TextBoxSpec, ctx: Ctx): string {
  const id = ctx.nextShapeId();
  const w = box.widthMm ?? 80;
  const h = box.heightMm ?? 30;
  const x = box.xMm ?? 0;
  const y = box.yMm ?? 0;
  const wrap = box.wrap ?? 'topAndBottom';
  // Both representations hold the same paragraphs: a reader must read one of them, not both.
  const content = `<w:txbxContent>${box.paragraphs.map((p) => renderPara(p, ctx)).join('') || '<w:p/>'}</w:txbxContent>`;
  const z = 251659264 + id * 1024;
  const wrapXml = wrap === 'none' ? '<wp:wrapNone/>' : wrap === 'square' ? '<wp:wrapSquare wrapText="bothSides"/>' : '<wp:wrapTopAndBottom/>';
  const anchorId = (0x10000000 + id * 0x111).toString(16).toUpperCase().padStart(8, '0');
  const choice =
    `<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="${z}" ` +
    `behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1" wp14:anchorId="${anchorId}" wp14:editId="${anchorId}">` +
    `<wp:simplePos x="0" y="0"/>` +
    `<wp:positionH relativeFrom="column"><wp:posOffset>${mmToEmu(x)}</wp:posOffset></wp:positionH>` +
    `<wp:positionV relativeFrom="paragraph"><wp:posOffset>${mmToEmu(y)}</wp:posOffset></wp:positionV>` +
    `<wp:extent cx="${mmToEmu(w)}" cy="${mmToEmu(h)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>${wrapXml}` +
    `<wp:docPr id="${id}" name="Text Box ${id}"/><wp:cNvGraphicFramePr/>` +
    `<a:graphic xmlns:a="${NS.a}"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">` +
    `<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${mmToEmu(w)}" cy="${mmToEmu(h)}"/></a:xfrm>` +
    `<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln w="6350"><a:noFill/></a:ln></wps:spPr>` +
    `<wps:txbx>${content}</wps:txbx>` +
    `<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>` +
    `</wps:wsp></a:graphicData></a:graphic>` +
    `<wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH>` +
    `<wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>0</wp14:pctHeight></wp14:sizeRelV>` +
    `</wp:anchor></w:drawing>`;
  // Word writes the shape type once per part; repeating it per box keeps every part self-contained.
  const shapetype =
    `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">` +
    `<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>`;
  const vmlWrap = wrap === 'none' ? '' : `<w10:wrap type="${wrap === 'square' ? 'square' : 'topAndBottom'}"/>`;
  const fallback =
    `<w:pict>${shapetype}<v:shape id="Text Box ${id}" o:spid="_x0000_s${1025 + id}" type="#_x0000_t202" ` +
    `style="position:absolute;margin-left:${mmToPt(x)}pt;margin-top:${mmToPt(y)}pt;width:${mmToPt(w)}pt;height:${mmToPt(h)}pt;` +
    `z-index:${z};visibility:visible;mso-wrap-style:square;mso-wrap-distance-left:9pt;mso-wrap-distance-top:0;` +
    `mso-wrap-distance-right:9pt;mso-wrap-distance-bottom:0;mso-position-horizontal:absolute;` +
    `mso-position-horizontal-relative:text;mso-position-vertical:absolute;mso-position-vertical-relative:text" ` +
    `filled="f" stroked="f" strokeweight=".5pt"><v:textbox>${content}</v:textbox>${vmlWrap}</v:shape></w:pict>`;
  return (
    `<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps">${choice}</mc:Choice>` +
    `<mc:Fallback>${fallback}</mc:Fallback></mc:AlternateContent></w:r>`
  );
}

// ---------------------------------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------------------------------

export const isTable = (b: Block | CellSpec | unknown): b is TableSpec =>
  typeof b === 'object' && b !== null && !Array.isArray(b) && 'table' in b;

function borderSet(val: string, sz: number): string {
  return ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
    .map((side) => (val === 'nil' ? `<w:${side} w:val="nil"/>` : `<w:${side} w:val="${val}" w:sz="${sz}" w:space="0" w:color="auto"/>`))
    .join('');
}

function renderTable(spec: TableSpec, ctx: Ctx, availMm: number): string {
  const t = spec.table;
  if (t.style) ctx.usedStyles.add(t.style);
  const cols = Math.max(1, ...t.rows.map((r) => r.length));
  const firstRow = t.rows[0] ?? [];
  const widths: number[] = [];
  for (let c = 0; c < cols; c++) {
    const cell = firstRow[c];
    const own = cell !== undefined && !Array.isArray(cell) ? cell.widthMm : undefined;
    widths.push(t.widthsMm?.[c] ?? own ?? availMm / cols);
  }
  const borders = t.borders ?? false;
  const bordersXml =
    borders === true ? borderSet('single', 4) : borderSet(borders === false ? (t.style ? 'nil' : 'none') : borders, 0);
  const total = widths.reduce((a, b) => a + b, 0);
  let x =
    `<w:tbl><w:tblPr>${t.style ? `<w:tblStyle w:val="${escapeXml(t.style)}"/>` : ''}` +
    `<w:tblW w:w="${mmToTwips(total)}" w:type="dxa"/><w:tblBorders>${bordersXml}</w:tblBorders>` +
    `<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>` +
    `</w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${mmToTwips(w)}"/>`).join('')}</w:tblGrid>`;
  for (const row of t.rows) {
    x += '<w:tr>';
    row.forEach((cell, c) => {
      const content = Array.isArray(cell) ? cell : cell.paragraphs;
      const widthMm = (!Array.isArray(cell) ? cell.widthMm : undefined) ?? widths[c] ?? availMm / cols;
      let inner = content.map((b) => (isTable(b) ? renderTable(b, ctx, widthMm) : renderPara(b, ctx))).join('');
      // A cell must end with a paragraph.
      const last = content[content.length - 1];
      if (last === undefined || isTable(last)) inner += '<w:p/>';
      x += `<w:tc><w:tcPr><w:tcW w:w="${mmToTwips(widthMm)}" w:type="dxa"/></w:tcPr>${inner}</w:tc>`;
    });
    x += '</w:tr>';
  }
  return `${x}</w:tbl>`;
}

// ---------------------------------------------------------------------------------------------------
// Sections
// ---------------------------------------------------------------------------------------------------

export const DEFAULT_MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10, gutter: 0 } as const;

export function pageSize(s: SectionSpec | undefined): { widthMm: number; heightMm: number } {
  const landscape = s?.orientation === 'landscape';
  return { widthMm: s?.widthMm ?? (landscape ? 297 : 210), heightMm: s?.heightMm ?? (landscape ? 210 : 297) };
}

export function textWidthMm(s: SectionSpec | undefined): number {
  const m = { ...DEFAULT_MARGINS_MM, ...s?.marginsMm };
  return pageSize(s).widthMm - m.left - m.right - m.gutter;
}

function renderSectPr(s: SectionSpec, ctx: Ctx): string {
  let refs = '';
  for (const kind of ['header', 'footer'] as const) {
    const set = kind === 'header' ? s.headers : s.footers;
    for (const type of ['default', 'even', 'first'] as const) {
      const paras = set?.[type];
      if (paras === undefined) continue;
      const id = ctx.addStory(kind, paras);
      refs += `<w:${kind}Reference w:type="${type}" r:id="${id}"/>`;
    }
  }
  const { widthMm, heightMm } = pageSize(s);
  const m = { ...DEFAULT_MARGINS_MM, ...s.marginsMm };
  const orient = s.orientation === 'landscape' ? ' w:orient="landscape"' : '';
  return (
    `<w:sectPr>${refs}<w:pgSz w:w="${mmToTwips(widthMm)}" w:h="${mmToTwips(heightMm)}"${orient}/>` +
    `<w:pgMar w:top="${mmToTwips(m.top)}" w:right="${mmToTwips(m.right)}" w:bottom="${mmToTwips(m.bottom)}" ` +
    `w:left="${mmToTwips(m.left)}" w:header="${mmToTwips(m.header)}" w:footer="${mmToTwips(m.footer)}" w:gutter="${mmToTwips(m.gutter)}"/>` +
    `<w:cols w:space="708"/>${s.titlePage ? '<w:titlePg/>' : ''}<w:docGrid w:linePitch="360"/></w:sectPr>`
  );
}

// ---------------------------------------------------------------------------------------------------
// Styles, theme, settings, properties
// ---------------------------------------------------------------------------------------------------

/** Word 2013+ document defaults: theme fonts, 11 pt, 8 pt after, 1.08 lines. */
export const WORD_DOC_DEFAULTS: NonNullable<StylesSpec['docDefaults']> = {
  run: { font: { asciiTheme: 'minorHAnsi', eastAsiaTheme: 'minorHAnsi', hAnsiTheme: 'minorHAnsi', csTheme: 'minorBidi' }, sz: 11 },
  para: { spacingAfterPt: 8, line: { rule: 'auto', value: 1.08 } },
};

const BUILTIN_STYLES: Record<string, string> = {
  Header:
    '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>' +
    '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>',
  Footer:
    '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>' +
    '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>',
  TableGrid:
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/>' +
    '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>' +
    `<w:tblPr><w:tblBorders>${borderSet('single', 4)}</w:tblBorders></w:tblPr></w:style>`,
};

function styleXml(type: 'paragraph' | 'character' | 'table', s: ParagraphStyleSpec & TableStyleSpec, isDefault: boolean, ctx: Ctx): string {
  let x = `<w:style w:type="${type}"${isDefault ? ' w:default="1"' : ''} w:styleId="${escapeXml(s.id)}">`;
  x += `<w:name w:val="${escapeXml(s.name ?? s.id)}"/>`;
  if (s.basedOn) x += `<w:basedOn w:val="${escapeXml(s.basedOn)}"/>`;
  if (s.next) x += `<w:next w:val="${escapeXml(s.next)}"/>`;
  if (type !== 'table') x += '<w:qFormat/>';
  const ppr = s.para ? pPrContent(s.para) : '';
  if (ppr) x += `<w:pPr>${ppr}</w:pPr>`;
  const rpr = s.run ? rPrContent(s.run, ctx) : '';
  if (rpr) x += `<w:rPr>${rpr}</w:rPr>`;
  if (type === 'table' && s.borders !== undefined) x += `<w:tblPr><w:tblBorders>${borderSet(s.borders ? 'single' : 'none', s.borders ? 4 : 0)}</w:tblBorders></w:tblPr>`;
  return `${x}</w:style>`;
}

function renderStyles(spec: StylesSpec | undefined, ctx: Ctx): string {
  const dd = spec?.docDefaults ?? WORD_DOC_DEFAULTS;
  const ddRun = dd.run ? rPrContent(dd.run, ctx) : '';
  const ddPara = dd.para ? pPrContent(dd.para) : '';
  let x =
    `${XML_DECL}<w:styles xmlns:mc="${NS.mc}" xmlns:r="${NS.r}" xmlns:w="${NS.w}" xmlns:w14="${NS.w14}" mc:Ignorable="w14">` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${ddRun}<w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault>${ddPara ? `<w:pPr>${ddPara}</w:pPr>` : ''}</w:pPrDefault></w:docDefaults>`;
  const paraStyles = spec?.paragraphStyles ?? [];
  const hasDefault = paraStyles.some((s) => s.default);
  const defined = new Set<string>();
  if (!hasDefault && !paraStyles.some((s) => s.id === 'Normal')) {
    x += '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>';
    defined.add('Normal');
  }
  for (const s of paraStyles) {
    x += styleXml('paragraph', s, s.default ?? (!hasDefault && s.id === 'Normal'), ctx);
    defined.add(s.id);
  }
  const chars = spec?.characterStyles ?? [];
  if (!chars.some((s) => s.id === 'DefaultParagraphFont')) {
    x +=
      '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>' +
      '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>';
  }
  for (const s of chars) {
    x += styleXml('character', s, s.id === 'DefaultParagraphFont', ctx);
    defined.add(s.id);
  }
  const tables = spec?.tableStyles ?? [];
  if (!tables.some((s) => s.id === 'TableNormal')) {
    x +=
      '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>' +
      '<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>' +
      '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>';
  }
  for (const s of tables) {
    x += styleXml('table', s, s.id === 'TableNormal', ctx);
    defined.add(s.id);
  }
  x +=
    '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/>' +
    '<w:semiHidden/><w:unhideWhenUsed/></w:style>';
  for (const id of ctx.usedStyles) {
    const builtin = BUILTIN_STYLES[id];
    if (builtin && !defined.has(id)) x += builtin;
  }
  return `${x}</w:styles>`;
}

function renderTheme(theme: ThemeSpec | undefined): string {
  const major = escapeXml(theme?.major ?? 'Calibri Light');
  const minor = escapeXml(theme?.minor ?? 'Calibri');
  const sys = (name: string, val: string, last: string) => `<a:${name}><a:sysClr val="${val}" lastClr="${last}"/></a:${name}>`;
  const srgb = (name: string, val: string) => `<a:${name}><a:srgbClr val="${val}"/></a:${name}>`;
  const solid = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>';
  const line = (w: number) => `<a:ln w="${w}" cap="flat" cmpd="sng" algn="ctr">${solid}<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>`;
  return (
    `${XML_DECL}<a:theme xmlns:a="${NS.a}" name="Office Theme"><a:themeElements>` +
    `<a:clrScheme name="Office">${sys('dk1', 'windowText', '000000')}${sys('lt1', 'window', 'FFFFFF')}` +
    `${srgb('dk2', '44546A')}${srgb('lt2', 'E7E6E6')}${srgb('accent1', '4472C4')}${srgb('accent2', 'ED7D31')}` +
    `${srgb('accent3', 'A5A5A5')}${srgb('accent4', 'FFC000')}${srgb('accent5', '5B9BD5')}${srgb('accent6', '70AD47')}` +
    `${srgb('hlink', '0563C1')}${srgb('folHlink', '954F72')}</a:clrScheme>` +
    `<a:fontScheme name="Office">` +
    `<a:majorFont><a:latin typeface="${major}" panose="020F0302020204030204"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>` +
    `<a:minorFont><a:latin typeface="${minor}" panose="020F0502020204030204"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont>` +
    `</a:fontScheme>` +
    `<a:fmtScheme name="Office"><a:fillStyleLst>${solid}${solid}${solid}</a:fillStyleLst>` +
    `<a:lnStyleLst>${line(6350)}${line(12700)}${line(19050)}</a:lnStyleLst>` +
    `<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>` +
    `<a:bgFillStyleLst>${solid}${solid}${solid}</a:bgFillStyleLst></a:fmtScheme>` +
    `</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>`
  );
}

function renderSettings(s: DocSpec['settings']): string {
  return (
    `${XML_DECL}<w:settings xmlns:mc="${NS.mc}" xmlns:o="${NS.o}" xmlns:r="${NS.r}" xmlns:m="${NS.m}" xmlns:v="${NS.v}" ` +
    `xmlns:w10="${NS.w10}" xmlns:w="${NS.w}" xmlns:w14="${NS.w14}" mc:Ignorable="w14">` +
    `<w:zoom w:percent="100"/>${s?.mirrorMargins ? '<w:mirrorMargins/>' : ''}<w:proofState w:spelling="clean" w:grammar="clean"/>` +
    `<w:defaultTabStop w:val="720"/>${s?.evenAndOddHeaders ? '<w:evenAndOddHeaders/>' : ''}` +
    `<w:characterSpacingControl w:val="doNotCompress"/>` +
    `<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="14"/>` +
    `<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>` +
    `<w:compatSetting w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>` +
    `<w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/></w:compat>` +
    `<w:themeFontLang w:val="vi-VN"/>` +
    `<w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" w:accent2="accent2" ` +
    `w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/>` +
    `<w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/></w:settings>`
  );
}

function renderFontTable(fonts: Set<string>, theme: ThemeSpec | undefined): string {
  const all = new Set<string>(['Times New Roman', theme?.minor ?? 'Calibri', theme?.major ?? 'Calibri Light', ...fonts]);
  const known: Record<string, string> = {
    'Times New Roman': '<w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/>',
    Calibri: '<w:panose1 w:val="020F0502020204030204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/>',
    'Calibri Light': '<w:panose1 w:val="020F0302020204030204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/>',
    Arial: '<w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/>',
  };
  const body = [...all]
    .map((f) => `<w:font w:name="${escapeXml(f)}">${known[f] ?? '<w:charset w:val="00"/><w:family w:val="auto"/><w:pitch w:val="variable"/>'}</w:font>`)
    .join('');
  return `${XML_DECL}<w:fonts xmlns:mc="${NS.mc}" xmlns:r="${NS.r}" xmlns:w="${NS.w}" xmlns:w14="${NS.w14}" mc:Ignorable="w14">${body}</w:fonts>`;
}

/** Plain text of the main story (for app.xml counts and page estimates). */
export function blockText(blocks: Block[]): string {
  const para = (p: ParaSpec | string): string =>
    typeof p === 'string' ? p : p.runs.map((r) => (typeof r === 'string' ? r : r.tab ? '\t' : r.text)).join('');
  const out: string[] = [];
  const walk = (b: Block): void => {
    if (isTable(b)) {
      for (const row of b.table.rows)
        for (const cell of row) for (const c of Array.isArray(cell) ? cell : cell.paragraphs) walk(c);
    } else {
      out.push(para(b));
      if (typeof b !== 'string' && b.textBox) {
        for (const box of Array.isArray(b.textBox) ? b.textBox : [b.textBox]) for (const q of box.paragraphs) out.push(para(q));
      }
    }
  };
  blocks.forEach(walk);
  return out.join('\n');
}

function renderApp(spec: DocSpec): string {
  const text = blockText(spec.body);
  const words = text.split(/\s+/).filter(Boolean).length;
  const chars = text.replace(/\s/g, '').length;
  const lines = Math.max(1, Math.ceil(text.length / 80));
  const paragraphs = text.split('\n').filter((l) => l.trim()).length;
  return (
    `${XML_DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ` +
    `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template>` +
    `<TotalTime>0</TotalTime>${spec.app?.pages !== undefined ? `<Pages>${spec.app.pages}</Pages>` : ''}` +
    `<Words>${words}</Words><Characters>${chars}</Characters>` +
    `<Application>${escapeXml(spec.app?.application ?? 'Microsoft Office Word')}</Application><DocSecurity>0</DocSecurity>` +
    `<Lines>${lines}</Lines><Paragraphs>${paragraphs}</Paragraphs><ScaleCrop>false</ScaleCrop><Company></Company>` +
    `<LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>${text.length}</CharactersWithSpaces><SharedDoc>false</SharedDoc>` +
    `<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>`
  );
}

const FIXED_DATE = '2026-01-08T01:00:00Z';

function renderCore(spec: DocSpec): string {
  return (
    `${XML_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    `xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" ` +
    `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXml(spec.core?.title ?? '')}</dc:title>` +
    `<dc:creator>${escapeXml(spec.core?.creator ?? 'Văn phòng Tỉnh ủy')}</dc:creator><cp:lastModifiedBy>${escapeXml(spec.core?.creator ?? 'Văn phòng Tỉnh ủy')}</cp:lastModifiedBy>` +
    `<cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">${FIXED_DATE}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${FIXED_DATE}</dcterms:modified></cp:coreProperties>`
  );
}

// ---------------------------------------------------------------------------------------------------
// Package
// ---------------------------------------------------------------------------------------------------

/** The XML parts of the package, by path (what `buildDocx` zips). Deterministic. */
export function buildParts(spec: DocSpec): Record<string, string> {
  const ctx = new Ctx();
  ctx.addRel(`${REL}/styles`, 'styles.xml');
  ctx.addRel(`${REL}/settings`, 'settings.xml');
  ctx.addRel(`${REL}/fontTable`, 'fontTable.xml');
  ctx.addRel(`${REL}/theme`, 'theme/theme1.xml');
  ctx.textWidthMm = textWidthMm(spec.section);

  const body = spec.body
    .map((b) => (isTable(b) ? renderTable(b, ctx, ctx.textWidthMm) : renderPara(b, ctx)))
    .join('');
  const sect = renderSectPr(spec.section ?? {}, ctx);
  const document = `${XML_DECL}<w:document ${STORY_NS}><w:body>${body}${sect}</w:body></w:document>`;
  const styles = renderStyles(spec.styles, ctx);

  const overrides: [string, string][] = [
    ['/word/document.xml', `${CT}.wordprocessingml.document.main+xml`],
    ['/word/styles.xml', `${CT}.wordprocessingml.styles+xml`],
    ['/word/settings.xml', `${CT}.wordprocessingml.settings+xml`],
    ['/word/fontTable.xml', `${CT}.wordprocessingml.fontTable+xml`],
    ['/word/theme/theme1.xml', `${CT}.theme+xml`],
    ...ctx.parts.map((p): [string, string] => [`/${p.path}`, p.contentType ?? 'application/xml']),
    ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
    ['/docProps/app.xml', `${CT}.extended-properties+xml`],
  ];
  const contentTypes =
    `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    overrides.map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`).join('') +
    `</Types>`;
  const rootRels =
    `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
    `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`;
  const docRels =
    `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    ctx.docRels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join('') +
    `</Relationships>`;

  const parts: Record<string, string> = {
    '[Content_Types].xml': contentTypes,
    '_rels/.rels': rootRels,
    'word/document.xml': document,
    'word/_rels/document.xml.rels': docRels,
    'word/styles.xml': styles,
    'word/settings.xml': renderSettings(spec.settings),
    'word/fontTable.xml': renderFontTable(ctx.fonts, spec.theme),
    'word/theme/theme1.xml': renderTheme(spec.theme),
  };
  for (const p of ctx.parts) parts[p.path] = p.xml;
  parts['docProps/core.xml'] = renderCore(spec);
  parts['docProps/app.xml'] = renderApp(spec);
  return parts;
}

export function buildDocx(spec: DocSpec): Uint8Array {
  const parts = buildParts(spec);
  const files: Record<string, Uint8Array> = {};
  for (const [path, xml] of Object.entries(parts)) files[path] = strToU8(xml);
  // Fixed timestamps: the same spec always gives the same bytes (goldens, caching).
  return zipSync(files, { level: 6, mtime: new Date('2026-01-08T00:00:00Z') });
}

// ---------------------------------------------------------------------------------------------------
// Fluent wrapper
// ---------------------------------------------------------------------------------------------------

export class DocBuilder {
  private spec: DocSpec = { body: [] };

  /** Append blocks to the body. */
  body(...blocks: Block[]): this {
    this.spec.body.push(...blocks);
    return this;
  }
  section(section: SectionSpec): this {
    this.spec.section = { ...this.spec.section, ...section };
    return this;
  }
  styles(styles: StylesSpec): this {
    this.spec.styles = styles;
    return this;
  }
  theme(theme: ThemeSpec): this {
    this.spec.theme = theme;
    return this;
  }
  app(app: NonNullable<DocSpec['app']>): this {
    this.spec.app = app;
    return this;
  }
  settings(settings: NonNullable<DocSpec['settings']>): this {
    this.spec.settings = settings;
    return this;
  }
  toSpec(): DocSpec {
    return this.spec;
  }
  build(): Uint8Array {
    return buildDocx(this.spec);
  }
}

/** `doc().styles(...).body(...).section(...).build()` */
export const doc = (): DocBuilder => new DocBuilder();
