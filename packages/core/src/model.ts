/**
 * The document model: plain, JSON-serialisable data shared by every reader (docx, Markdown, Word live)
 * and everything after them (anatomy, rules, fixes). Units are converted once, at the reader.
 */

/** Where an effective property came from — messages and fixes need to know what to change. */
export type Origin =
  | { kind: 'default' } // Word's built-in default (no XML said anything)
  | { kind: 'docDefaults' }
  | { kind: 'tableStyle'; styleId: string }
  | { kind: 'paragraphStyle'; styleId: string }
  | { kind: 'characterStyle'; styleId: string }
  | { kind: 'numbering' }
  | { kind: 'direct' };

export type UnderlineKind = string; // OOXML ST_Underline value: 'single', 'double', 'none' …

/** Fonts per slot (w:rFonts), already resolved through the theme. */
export interface FontSlots {
  ascii: string | null;
  hAnsi: string | null;
  eastAsia: string | null;
  cs: string | null;
}

/** Effective run properties (Word's resolution order applied). */
export interface RunProps {
  fonts: FontSlots;
  /**
   * Fonts actually used to draw this run's characters: ASCII characters use the `ascii` slot, other
   * Latin (every Vietnamese letter with a diacritic) the `hAnsi` slot (MS-OI29500 2.1.88).
   */
  fontsUsed: string[];
  sizePt: number;
  bold: boolean;
  italic: boolean;
  underline: UnderlineKind | null;
  caps: boolean;
  smallCaps: boolean;
  strike: boolean;
  color: string | null;
  vanish: boolean;
  /** Where each property came from (only the ones that rules report on). */
  origin: Partial<Record<'font' | 'sizePt' | 'bold' | 'italic' | 'underline' | 'caps', Origin>>;
}

export interface Run {
  text: string;
  props: RunProps;
  /** Run index inside the paragraph's XML (`w:r` order, hyperlinks and insertions included) — fix target. */
  index: number;
  /** Set when the run is (part of) the result of a field, e.g. `PAGE`. */
  field?: string;
}

export type Alignment = 'left' | 'center' | 'right' | 'both' | 'distribute' | 'start' | 'end';

export interface LineSpacing {
  rule: 'auto' | 'exact' | 'atLeast';
  /** For `auto`: a multiple (1 = single); otherwise points. */
  value: number;
}

export interface Borders {
  top: boolean;
  bottom: boolean;
  left: boolean;
  right: boolean;
}

export interface ParagraphProps {
  alignment: Alignment;
  indentLeftMm: number;
  indentRightMm: number;
  /** Positive: first-line indent; negative: hanging indent. */
  indentFirstLineMm: number;
  spacingBeforePt: number;
  spacingAfterPt: number;
  lineSpacing: LineSpacing;
  borders: Borders;
  keepNext: boolean;
  pageBreakBefore: boolean;
  /** Ignore spacing between paragraphs of the same style (w:contextualSpacing). */
  contextualSpacing: boolean;
  origin: Partial<Record<'alignment' | 'indentFirstLineMm' | 'spacingBeforePt' | 'spacingAfterPt' | 'lineSpacing', Origin>>;
}

/** Position of a paragraph inside a table (main story tables only; nested tables add depth). */
export interface TablePosition {
  table: number; // 0-based index of the top-level table in the story
  row: number;
  cell: number;
  depth: number;
  /** Whether the table draws any visible border (layout tables of the header/footer have none). */
  bordered: boolean;
  /** Number of cells in this row. */
  cells: number;
}

export type SourceLocation =
  | { kind: 'docx'; part: string; element: number }
  | { kind: 'markdown'; line: number; column: number; endLine?: number; endColumn?: number }
  | { kind: 'none' };

export interface Paragraph {
  /** 1-based position in reading order of the main story (body paragraphs, then table cells row by row). */
  id: number;
  text: string;
  runs: Run[];
  props: ParagraphProps;
  /** Effective run properties of the paragraph mark (not the text's — kept apart on purpose). */
  markProps: RunProps;
  styleId: string | null;
  styleName: string | null;
  table: TablePosition | null;
  /** Set when the paragraph is inside a text box (read once, where it is anchored). */
  textBox: boolean;
  /** Index of the section this paragraph belongs to. */
  section: number;
  /** A page break (`w:br w:type="page"`) occurs inside the paragraph. */
  pageBreak: boolean;
  /** Automatic numbering label Word draws before the text (`1.`, `a)`, `-`), or null. */
  listLabel: string | null;
  /** The paragraph anchors a drawn horizontal line (a shape), e.g. under the Party header. */
  drawnLine: boolean;
  location: SourceLocation;
  /** Position of this paragraph in Word's `body.paragraphs` collection (Word live host). */
  wordIndex?: number;
}

export interface Table {
  rows: { cells: { paragraphs: Paragraph[] }[] }[];
  bordered: boolean;
}

export type Block = { kind: 'paragraph'; paragraph: Paragraph } | { kind: 'table'; table: Table };

/** A header or footer story. */
export interface Story {
  paragraphs: Paragraph[];
  /** Field codes found in the story (`PAGE`, `NUMPAGES` …), upper-cased first word. */
  fields: string[];
}

export interface PageSetup {
  widthMm: number;
  heightMm: number;
  orientation: 'portrait' | 'landscape';
  marginsMm: { top: number; bottom: number; left: number; right: number; header: number; footer: number; gutter: number };
  gutterAtTop: boolean;
  mirrorMargins: boolean;
  /** Different first page (w:titlePg). */
  titlePage: boolean;
  /** Different odd and even pages (w:evenAndOddHeaders, document-wide). */
  evenAndOddHeaders: boolean;
}

export interface Section {
  index: number;
  /** `null` when the page setup is unknown (Word live fallback): rules skip, they do not guess. */
  page: PageSetup | null;
  headers: { default?: Story; first?: Story; even?: Story };
  footers: { default?: Story; first?: Story; even?: Story };
  /** Paragraph ids this section spans (inclusive); empty sections have `first > last`. */
  firstParagraph: number;
  lastParagraph: number;
  /** The section holds at least one data table (one that draws borders). */
  hasTable: boolean;
}

export interface DocMeta {
  /** `docProps/app.xml` `<Pages>` — what the producer last counted. */
  pages: number | null;
  application: string | null;
  /** Characters of text in the main story, for page-count estimates. */
  characters: number;
  /** Explicit page breaks in the main story. */
  pageBreaks: number;
}

export interface Capabilities {
  typography: boolean;
  pageSetup: boolean;
}

export interface DocModel {
  format: 'docx' | 'markdown' | 'flat-opc';
  sections: Section[];
  blocks: Block[];
  /** Every paragraph of the main story in reading order; `paragraphs[i].id === i + 1`. */
  paragraphs: Paragraph[];
  meta: DocMeta;
  capabilities: Capabilities;
  /** Reader notes (debug output): things read but not understood, fallbacks taken. */
  notes: string[];
  /** Problems in the input the reader could still read past (a Markdown front matter key of the wrong type …). */
  inputProblems?: { message: string; line: number; column: number; path: string }[];
}
