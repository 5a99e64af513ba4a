/**
 * .docx bytes → DocModel. Pure (no Node built-ins): the CLI, the Word add-in and the web checker all
 * read the same bytes through this one function, so they reach the same verdicts.
 */
import type { Block, DocMeta, DocModel, PageSetup, Paragraph, Run, Section, Story, Table, TablePosition } from '../model.js';
import { fail, toReadError, type Result } from '../errors.js';
import { attr, child, children, type XmlElement, type XmlNode } from './xml.js';
import { openDocxPackage, type DocxPackage } from './package.js';
import type { ZipLimits } from './zip.js';
import { parsePPr, parseRPr, parseTheme, StyleSheet, type RawPara } from './styles.js';
import { onOff, parseTwips, TWIPS_PER_MM } from './units.js';

export interface ReadOptions {
  limits?: Partial<ZipLimits>;
}

const REL = {
  styles: /\/styles$/,
  numbering: /\/numbering$/,
  theme: /\/theme$/,
  settings: /\/settings$/,
  header: /\/header$/,
  footer: /\/footer$/,
  extended: /\/extended-properties$|\/extendedProperties$/,
};

export function readDocx(bytes: Uint8Array, options: ReadOptions = {}): Result<DocModel> {
  try {
    const pkg = openDocxPackage(bytes, options.limits);
    return { ok: true, value: new DocxReader(pkg).read() };
  } catch (err) {
    return { ok: false, error: toReadError(err) };
  }
}

interface WalkContext {
  part: string;
  tableStyle: string | null;
  table: TablePosition | null;
  textBox: boolean;
}

/** Reads one story (main document, a header, a footer) into paragraphs in reading order. */
class StoryWalker {
  readonly paragraphs: Paragraph[] = [];
  readonly blocks: Block[] = [];
  readonly fields = new Set<string>();
  /** Index of `w:p` elements in document order, skipping `mc:Fallback` copies — the fix applier's key. */
  private elementIndex = 0;
  private wordIndex = 0;
  private topTables = 0;
  private readonly counters = new Map<string, number[]>();
  pageBreaks = 0;
  section = 0;
  /** Called after a paragraph carrying a section break (`w:pPr/w:sectPr`). */
  onSectionBreak: ((sectPr: XmlElement, lastParagraphId: number) => void) | null = null;

  constructor(
    private readonly styles: StyleSheet,
    private readonly part: string,
  ) {}

  walkBody(container: XmlElement): void {
    for (const el of contentChildren(container)) {
      if (el.name === 'w:p') {
        const p = this.paragraph(el, { part: this.part, tableStyle: null, table: null, textBox: false });
        this.blocks.push({ kind: 'paragraph', paragraph: p });
      } else if (el.name === 'w:tbl') {
        const table = this.table(el, 0, this.topTables++);
        this.blocks.push({ kind: 'table', table });
      }
    }
  }

  private table(tbl: XmlElement, depth: number, tableIndex: number): Table {
    const tblPr = child(tbl, 'w:tblPr');
    const tableStyle = attr(child(tblPr, 'w:tblStyle'), 'w:val') ?? this.styles.defaultTableStyle;
    const bordered = tableHasBorders(tbl, tblPr, this.styles.tableStyleBordered(tableStyle));
    const out: Table = { rows: [], bordered };
    let rowIndex = 0;
    for (const tr of contentChildren(tbl)) {
      if (tr.name !== 'w:tr') continue;
      const cells = contentChildren(tr).filter((c) => c.name === 'w:tc');
      const row: Table['rows'][number] = { cells: [] };
      cells.forEach((tc, cellIndex) => {
        const pos: TablePosition = { table: tableIndex, row: rowIndex, cell: cellIndex, depth, bordered, cells: cells.length };
        const paragraphs: Paragraph[] = [];
        for (const el of contentChildren(tc)) {
          if (el.name === 'w:p') paragraphs.push(this.paragraph(el, { part: this.part, tableStyle, table: pos, textBox: false }));
          else if (el.name === 'w:tbl') {
            const nested = this.table(el, depth + 1, tableIndex);
            for (const r of nested.rows) for (const c of r.cells) paragraphs.push(...c.paragraphs);
          }
        }
        row.cells.push({ paragraphs });
      });
      out.rows.push(row);
      rowIndex++;
    }
    return out;
  }

  private paragraph(p: XmlElement, ctx: WalkContext): Paragraph {
    const element = this.elementIndex++;
    const pPrEl = child(p, 'w:pPr');
    const rawPara: RawPara | null = parsePPr(pPrEl);
    const pStyle = rawPara?.pStyle ?? this.styles.defaultParagraphStyle;
    const markRaw = parseRPr(child(pPrEl, 'w:rPr'));
    const markProps = this.styles.resolveMark(pStyle, ctx.tableStyle, markRaw);

    const runs: Run[] = [];
    const textBoxes: XmlElement[] = [];
    let text = '';
    let pageBreak = false;
    let drawnLine = false;
    let runIndex = 0;
    // Complex fields: begin → instruction → separate → result → end, possibly nested.
    const fieldStack: { instr: string; inResult: boolean }[] = [];

    const visit = (node: XmlElement, fieldName: string | undefined): void => {
      switch (node.name) {
        case 'w:r': {
          const index = runIndex++;
          const rawRun = parseRPr(child(node, 'w:rPr'));
          let runText = '';
          for (const c of node.children) {
            if (typeof c === 'string') continue;
            switch (c.name) {
              case 'w:t':
                runText += textContent(c);
                break;
              case 'w:tab':
              case 'w:ptab':
                runText += '\t';
                break;
              case 'w:br': {
                const type = attr(c, 'w:type');
                if (type === 'page') {
                  pageBreak = true;
                  this.pageBreaks++;
                } else if (type !== 'column') runText += '\n';
                break;
              }
              case 'w:cr':
                runText += '\n';
                break;
              case 'w:noBreakHyphen':
                runText += '-';
                break;
              case 'w:sym': {
                const code = parseInt(attr(c, 'w:char') ?? '', 16);
                // Symbol fonts address their glyphs in the private-use area F000–F0FF.
                if (Number.isFinite(code)) runText += String.fromCharCode(code >= 0xf000 ? code - 0xf000 : code);
                break;
              }
              case 'w:fldChar': {
                const t = attr(c, 'w:fldCharType');
                if (t === 'begin') fieldStack.push({ instr: '', inResult: false });
                else if (t === 'separate') {
                  const top = fieldStack[fieldStack.length - 1];
                  if (top) top.inResult = true;
                } else if (t === 'end') {
                  const top = fieldStack.pop();
                  if (top) this.noteField(top.instr);
                }
                break;
              }
              case 'w:instrText': {
                const top = fieldStack[fieldStack.length - 1];
                if (top && !top.inResult) top.instr += textContent(c);
                break;
              }
              case 'w:drawing':
              case 'w:pict':
              case 'w:object':
              case 'mc:AlternateContent': {
                const found = collectDrawing(c);
                textBoxes.push(...found.textBoxes);
                drawnLine ||= found.line;
                break;
              }
            }
          }
          if (runText === '') break;
          const props = this.styles.resolveRun(pStyle, ctx.tableStyle, rawRun);
          if (props.vanish) break; // hidden text is not printed
          props.fontsUsed = fontsUsed(runText, props.fonts);
          const top = fieldStack[fieldStack.length - 1];
          const field = fieldName ?? (top?.inResult ? fieldWord(top.instr) : undefined);
          const run: Run = { text: runText, props, index };
          if (field) run.field = field;
          runs.push(run);
          text += runText;
          break;
        }
        case 'w:fldSimple': {
          const instr = attr(node, 'w:instr') ?? '';
          this.noteField(instr);
          for (const c of node.children) if (typeof c !== 'string') visit(c, fieldWord(instr));
          break;
        }
        case 'w:hyperlink':
        case 'w:ins':
        case 'w:moveTo':
        case 'w:smartTag':
        case 'w:customXml':
        case 'w:bdo':
        case 'w:dir':
        case 'w:sdtContent':
          for (const c of node.children) if (typeof c !== 'string') visit(c, fieldName);
          break;
        case 'w:sdt': {
          const content = child(node, 'w:sdtContent');
          if (content) visit(content, fieldName);
          break;
        }
        case 'mc:AlternateContent': {
          const found = collectDrawing(node);
          textBoxes.push(...found.textBoxes);
          drawnLine ||= found.line;
          break;
        }
        // w:del, w:moveFrom (tracked deletions), w:pPr, bookmarks, comments, proofing marks: not text.
      }
    };
    for (const c of p.children) if (typeof c !== 'string') visit(c, undefined);

    const sizeForIndent = runs[0]?.props.sizePt ?? markProps.sizePt;
    const props = this.styles.resolveParagraph(pStyle, ctx.tableStyle, rawPara, sizeForIndent);
    if (props.pageBreakBefore) this.pageBreaks++;
    const paragraph: Paragraph = {
      id: this.paragraphs.length + 1,
      text,
      runs,
      props,
      markProps,
      styleId: pStyle,
      styleName: this.styles.styleName(pStyle),
      table: ctx.table,
      textBox: ctx.textBox,
      section: this.section,
      pageBreak,
      listLabel: this.listLabel(pStyle, rawPara),
      drawnLine,
      location: { kind: 'docx', part: ctx.part, element },
    };
    if (!ctx.textBox) paragraph.wordIndex = this.wordIndex++;
    this.paragraphs.push(paragraph);

    // Text boxes are read where they are anchored: right after their anchor paragraph.
    for (const box of textBoxes) {
      for (const el of contentChildren(box)) {
        if (el.name === 'w:p') this.paragraph(el, { ...ctx, textBox: true });
        else if (el.name === 'w:tbl') {
          // Rare: a table inside a text box — read its paragraphs in order.
          for (const tr of contentChildren(el))
            for (const tc of contentChildren(tr))
              for (const cp of contentChildren(tc)) if (cp.name === 'w:p') this.paragraph(cp, { ...ctx, textBox: true });
        }
      }
    }

    const sectPr = child(pPrEl, 'w:sectPr');
    if (sectPr && !ctx.textBox && !ctx.table && this.onSectionBreak) this.onSectionBreak(sectPr, paragraph.id);
    return paragraph;
  }

  private noteField(instr: string): void {
    const word = fieldWord(instr);
    if (word) this.fields.add(word);
  }

  private listLabel(pStyle: string | null, rawPara: RawPara | null): string | null {
    const ref = this.styles.numberingOf(pStyle, rawPara);
    if (!ref) return null;
    const levels = this.styles.numberingLevels(ref.numId);
    const level = levels?.get(ref.ilvl);
    if (!levels || !level) return null;
    let counts = this.counters.get(ref.numId);
    if (!counts) {
      counts = [];
      this.counters.set(ref.numId, counts);
    }
    for (let i = 0; i <= ref.ilvl; i++) if (counts[i] === undefined) counts[i] = (levels.get(i)?.start ?? 1) - 1;
    counts[ref.ilvl] = (counts[ref.ilvl] ?? 0) + 1;
    counts.length = ref.ilvl + 1; // deeper levels restart
    if (level.numFmt === 'bullet') return level.lvlText.replace(/[\uf000-\uf0ff]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xf000)) || null;
    if (level.numFmt === 'none') return null;
    return level.lvlText.replace(/%(\d)/g, (_, d: string) => {
      const i = Number(d) - 1;
      return formatNumber(counts![i] ?? levels.get(i)?.start ?? 1, levels.get(i)?.numFmt ?? 'decimal');
    });
  }
}

class DocxReader {
  private readonly styles: StyleSheet;
  private readonly mainRels;
  private readonly settings: { evenAndOddHeaders: boolean; mirrorMargins: boolean; gutterAtTop: boolean };
  private readonly notes: string[] = [];

  constructor(private readonly pkg: DocxPackage) {
    this.mainRels = pkg.rels(pkg.mainPart);
    const stylesXml = this.relatedXml(REL.styles);
    const theme = parseTheme(this.relatedXml(REL.theme));
    this.styles = new StyleSheet(stylesXml, theme, this.relatedXml(REL.numbering));
    const settings = this.relatedXml(REL.settings);
    this.settings = {
      evenAndOddHeaders: flag(settings, 'w:evenAndOddHeaders'),
      mirrorMargins: flag(settings, 'w:mirrorMargins'),
      gutterAtTop: flag(settings, 'w:gutterAtTop'),
    };
    if (!stylesXml) this.notes.push('reader: no styles part — Word defaults apply');
  }

  private relatedXml(type: RegExp): XmlElement | null {
    for (const rel of this.mainRels.values()) if (!rel.external && type.test(rel.type)) return this.pkg.xml(rel.target);
    return null;
  }

  read(): DocModel {
    const root = this.pkg.xml(this.pkg.mainPart);
    const body = root ? child(root, 'w:body') : undefined;
    if (!root || !body) {
      return this.failNoBody();
    }
    const walker = new StoryWalker(this.styles, this.pkg.mainPart);
    const sections: Section[] = [];
    let sectionStart = 1;
    let inherited: Pick<Section, 'headers' | 'footers'> = { headers: {}, footers: {} };
    const closeSection = (sectPr: XmlElement | undefined, last: number) => {
      const section = this.section(sectPr, sections.length, sectionStart, last, inherited);
      inherited = { headers: section.headers, footers: section.footers };
      sections.push(section);
      sectionStart = last + 1;
      walker.section = sections.length;
    };
    walker.onSectionBreak = (sectPr, lastId) => closeSection(sectPr, lastId);
    walker.walkBody(body);
    closeSection(child(body, 'w:sectPr'), walker.paragraphs.length);

    for (const s of sections) {
      // Only a table that draws borders is a data table; borderless ones lay out the header and footer.
      s.hasTable = walker.paragraphs.some((p) => p.section === s.index && p.table !== null && p.table.bordered);
    }
    const characters = walker.paragraphs.reduce((n, p) => n + p.text.length, 0);
    return {
      format: 'docx',
      sections,
      blocks: walker.blocks,
      paragraphs: walker.paragraphs,
      meta: { ...this.appProps(), characters, pageBreaks: walker.pageBreaks + Math.max(0, sections.length - 1) },
      capabilities: { typography: true, pageSetup: true },
      notes: this.notes,
    };
  }

  private failNoBody(): never {
    return fail('E_CORRUPT', 'Phần nội dung văn bản (word/document.xml) không có thân văn bản. / The main document part has no body.');
  }

  private section(
    sectPr: XmlElement | undefined,
    index: number,
    first: number,
    last: number,
    inherited: Pick<Section, 'headers' | 'footers'>,
  ): Section {
    const headers = { ...inherited.headers };
    const footers = { ...inherited.footers };
    for (const ref of sectPr ? children(sectPr, 'w:headerReference') : []) this.story(ref, headers);
    for (const ref of sectPr ? children(sectPr, 'w:footerReference') : []) this.story(ref, footers);
    return { index, page: this.pageSetup(sectPr), headers, footers, firstParagraph: first, lastParagraph: last, hasTable: false };
  }

  private story(ref: XmlElement, into: Section['headers']): void {
    const type = (attr(ref, 'w:type') ?? 'default') as 'default' | 'first' | 'even';
    const rel = this.mainRels.get(attr(ref, 'r:id') ?? '');
    if (!rel || rel.external) return;
    const xml = this.pkg.xml(rel.target);
    if (!xml) return;
    const walker = new StoryWalker(this.styles, rel.target);
    walker.walkBody(xml);
    const story: Story = { paragraphs: walker.paragraphs, fields: [...walker.fields] };
    into[type] = story;
  }

  private pageSetup(sectPr: XmlElement | undefined): PageSetup {
    const pgSz = child(sectPr, 'w:pgSz');
    const pgMar = child(sectPr, 'w:pgMar');
    // Word's defaults for a section without pgSz/pgMar: US Letter, 1" margins, 0.5" header/footer.
    const num = (el: XmlElement | undefined, name: string, dflt: number) => parseTwips(attr(el, name)) ?? dflt;
    // Page measures are whole twips; a tenth of a millimetre is as precise as they mean to be.
    const twipsToMm = (t: number) => Math.round(t / TWIPS_PER_MM * 10) / 10;
    const w = num(pgSz, 'w:w', 12240);
    const h = num(pgSz, 'w:h', 15840);
    const orient = attr(pgSz, 'w:orient');
    return {
      widthMm: twipsToMm(w),
      heightMm: twipsToMm(h),
      orientation: orient === 'landscape' || (orient === undefined && w > h) ? 'landscape' : 'portrait',
      marginsMm: {
        top: twipsToMm(Math.abs(num(pgMar, 'w:top', 1440))),
        bottom: twipsToMm(Math.abs(num(pgMar, 'w:bottom', 1440))),
        left: twipsToMm(num(pgMar, 'w:left', num(pgMar, 'w:start', 1440))),
        right: twipsToMm(num(pgMar, 'w:right', num(pgMar, 'w:end', 1440))),
        header: twipsToMm(num(pgMar, 'w:header', 720)),
        footer: twipsToMm(num(pgMar, 'w:footer', 720)),
        gutter: twipsToMm(num(pgMar, 'w:gutter', 0)),
      },
      gutterAtTop: this.settings.gutterAtTop,
      mirrorMargins: this.settings.mirrorMargins,
      titlePage: flag(sectPr ?? null, 'w:titlePg'),
      evenAndOddHeaders: this.settings.evenAndOddHeaders,
    };
  }

  private appProps(): Pick<DocMeta, 'pages' | 'application'> {
    let part = 'docProps/app.xml';
    for (const rel of this.pkg.rels('').values()) if (REL.extended.test(rel.type)) part = rel.target;
    const app = this.pkg.has(part) ? this.pkg.xml(part) : null;
    if (!app) return { pages: null, application: null };
    const pagesText = textContent(child(app, 'ep:Pages'));
    const pages = Number(pagesText);
    const application = textContent(child(app, 'ep:Application')).trim() || null;
    return { pages: pagesText && Number.isInteger(pages) && pages > 0 ? pages : null, application };
  }
}

// ---------------------------------------------------------------------------------------------

/** Block-level children, looking through content controls and custom XML wrappers. */
function contentChildren(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const stack: XmlNode[] = [...el.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (typeof n === 'string') continue;
    if (n.name === 'w:sdt') {
      const content = child(n, 'w:sdtContent');
      if (content) for (let i = content.children.length - 1; i >= 0; i--) stack.push(content.children[i]!);
    } else if (n.name === 'w:customXml' || n.name === 'w:ins' || n.name === 'w:moveTo') {
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    } else if (n.name === 'mc:AlternateContent') {
      const pick = child(n, 'mc:Choice') ?? child(n, 'mc:Fallback');
      if (pick) for (let i = pick.children.length - 1; i >= 0; i--) stack.push(pick.children[i]!);
    } else out.push(n);
  }
  return out;
}

/**
 * Text boxes inside a drawing. Word writes each twice (`mc:Choice` with wps, `mc:Fallback` with VML):
 * read the Choice only, the Fallback only when there is no Choice.
 */
function collectDrawing(el: XmlElement): { textBoxes: XmlElement[]; line: boolean } {
  const textBoxes: XmlElement[] = [];
  let line = false;
  const stack: XmlElement[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.name === 'w:txbxContent') {
      textBoxes.push(n);
      continue;
    }
    if (n.name === 'mc:AlternateContent') {
      const pick = child(n, 'mc:Choice') ?? child(n, 'mc:Fallback');
      if (pick) stack.push(pick);
      continue;
    }
    if (n.name === 'v:line' || (n.name === 'a:prstGeom' && (attr(n, 'prst') === 'line' || attr(n, 'prst') === 'straightConnector1'))) line = true;
    for (let i = n.children.length - 1; i >= 0; i--) {
      const c = n.children[i]!;
      if (typeof c !== 'string') stack.push(c);
    }
  }
  return { textBoxes, line };
}

function textContent(el: XmlElement | undefined): string {
  if (!el) return '';
  let s = '';
  for (const c of el.children) s += typeof c === 'string' ? c : textContent(c);
  return s;
}

function fieldWord(instr: string): string | undefined {
  const w = instr.trim().split(/\s+/)[0];
  return w ? w.toUpperCase() : undefined;
}

function flag(root: XmlElement | null, name: string): boolean {
  const el = root ? child(root, name) : undefined;
  return el ? onOff(attr(el, 'w:val')) : false;
}

function tableHasBorders(tbl: XmlElement, tblPr: XmlElement | undefined, styleBordered: boolean): boolean {
  const visible = (borders: XmlElement | undefined): boolean | undefined => {
    if (!borders) return undefined;
    let any = false;
    for (const b of borders.children) {
      if (typeof b === 'string') continue;
      const v = attr(b, 'w:val');
      if (v && v !== 'nil' && v !== 'none') any = true;
    }
    return any;
  };
  const direct = visible(child(tblPr, 'w:tblBorders'));
  let bordered = direct ?? styleBordered;
  // Cell borders can draw lines even on a borderless table.
  for (const tr of children(tbl, 'w:tr'))
    for (const tc of children(tr, 'w:tc')) if (visible(child(child(tc, 'w:tcPr'), 'w:tcBorders'))) bordered = true;
  return bordered;
}

/** Which fonts draw the characters of a run (MS-OI29500 2.1.88: non-ASCII Latin uses hAnsi). */
function fontsUsed(text: string, fonts: { ascii: string | null; hAnsi: string | null; eastAsia: string | null }): string[] {
  let ascii = false;
  let hAnsi = false;
  let eastAsia = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20) continue;
    if (c < 0x80) ascii = true;
    else if ((c >= 0x3000 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xff00 && c <= 0xffef)) eastAsia = true;
    else hAnsi = true;
  }
  const out: string[] = [];
  const add = (f: string | null) => {
    if (f && !out.includes(f)) out.push(f);
  };
  if (ascii) add(fonts.ascii);
  if (hAnsi) add(fonts.hAnsi ?? fonts.ascii);
  if (eastAsia) add(fonts.eastAsia ?? fonts.ascii);
  return out;
}

function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}

function letters(n: number): string {
  if (n < 1) return '';
  const k = (n - 1) % 26;
  const reps = Math.floor((n - 1) / 26) + 1;
  return String.fromCharCode(65 + k).repeat(reps);
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) while (n >= v) {
    out += s;
    n -= v;
  }
  return out;
}
