/**
 * A compliant Party resolution (nghị quyết of the Tỉnh ủy, header and footer in borderless tables) built
 * with the `docx` npm package's own API, the way a developer using that library writes it: a default
 * font through `styles.default.document.run`, sizes in half-points, twips from millimetres, a PAGE
 * field in a header with a different first page. Same texts and typography as `partyDraft({ kind: 'NQ' })`.
 *
 * The `docx` package writes its own XML: no theme part, no `Normal` paragraph style marked default,
 * `w:rFonts` with all four slots from one `font` string, `w:szCs` next to every `w:sz`, `w:tblBorders`
 * with `w:val="none"` plus `w:tcBorders` per cell, `w:tcW`/`w:gridCol` widths, and a PAGE field as
 * complex field characters inside a single run, with no cached result. `layout: 'tabs'` writes the header
 * and footer as tab-separated lines instead (`tabStops`, `new Tab()`).
 */
import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  Tab,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import { DEFAULT_TEXTS, KIND_CONTENT } from '../support/party-draft.js';

export const FONT = 'Times New Roman';

/** Half-points, as the `docx` package wants them. */
const pt = (n: number): number => n * 2;
/** Points to twips (spacing). */
const ptTw = (n: number): number => n * 20;
const mm = convertMillimetersToTwip;

export interface DocxPackageDraftOptions {
  /**
   * Header and footer in borderless two-column tables (default), or as tab-separated lines: left
   * components at the margin, right ones centred on a tab stop (the Party header underlined).
   */
  layout?: 'table' | 'tabs';
  /** Replace component texts (defects). */
  texts?: Partial<Record<'placeDate' | 'number' | 'partyHeader' | 'issuer', string>>;
  /** Default font of the document (`styles.default.document.run.font`). */
  font?: string;
}

/** A borderless cell holding paragraphs, with its width in millimetres. */
function cell(widthMm: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: mm(widthMm), type: WidthType.DXA },
    borders: {
      top: { style: BorderStyle.NONE, size: 0, color: 'auto' },
      bottom: { style: BorderStyle.NONE, size: 0, color: 'auto' },
      left: { style: BorderStyle.NONE, size: 0, color: 'auto' },
      right: { style: BorderStyle.NONE, size: 0, color: 'auto' },
    },
    children,
  });
}

function twoColumns(left: Paragraph[], right: Paragraph[]): Table {
  // 165 mm of text width split 75/90 (as party-draft's COLUMNS_MM).
  return new Table({
    width: { size: mm(165), type: WidthType.DXA },
    columnWidths: [mm(75), mm(90)],
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(75, left), cell(90, right)] })],
  });
}

const centred = (text: string, run: { size: number; bold?: boolean; italics?: boolean }, extra: Record<string, unknown> = {}) =>
  new Paragraph({ alignment: AlignmentType.CENTER, ...extra, children: [new TextRun({ text, size: pt(run.size), bold: run.bold ?? false, italics: run.italics ?? false })] });

type Fmt = { size: number; bold?: boolean; italics?: boolean; underline?: boolean };

/** One tab-layout line: left text ⇥ right text centred at 120 mm (75 mm left column + half of 90 mm). */
function tabLine(left: [string, Fmt] | null, right: [string, Fmt] | null, extra: Record<string, unknown> = {}): Paragraph {
  const runOf = (text: string, f: Fmt, tab = false) =>
    new TextRun({
      children: tab ? [new Tab(), text] : [text],
      size: pt(f.size),
      bold: f.bold ?? false,
      italics: f.italics ?? false,
      ...(f.underline ? { underline: {} } : {}),
    });
  const children: TextRun[] = [];
  if (left) children.push(runOf(left[0], left[1]));
  if (right) {
    // The tab itself is not underlined: Word would draw the underline across the tab's width.
    children.push(new TextRun({ children: [new Tab()], size: pt(right[1].size), bold: right[1].bold ?? false, italics: right[1].italics ?? false }));
    children.push(runOf(right[0], right[1]));
  }
  return new Paragraph({ tabStops: [{ type: TabStopType.CENTER, position: mm(120) }], ...extra, children });
}

function tabsHeader(t: Record<'issuer' | 'partyHeader' | 'star' | 'number' | 'placeDate', string>): Paragraph[] {
  return [
    tabLine([t.issuer, { size: 14, bold: true }], [t.partyHeader, { size: 15, bold: true, underline: true }]),
    // The star centred under the issuer's name on its own tab stop.
    new Paragraph({ tabStops: [{ type: TabStopType.CENTER, position: mm(24) }], children: [new TextRun({ children: [new Tab(), t.star], size: pt(14) })] }),
    tabLine([t.number, { size: 14 }], [t.placeDate, { size: 14, italics: true }]),
  ];
}

function tabsFooter(): Paragraph[] {
  const left: [string, Fmt][] = [[DEFAULT_TEXTS.recipientsLabel, { size: 14, underline: true }], ...DEFAULT_TEXTS.recipientsItems.map((i): [string, Fmt] => [i, { size: 12 }])];
  const right: ([string, Fmt] | null)[] = [
    [DEFAULT_TEXTS.signatureAuthority, { size: 14, bold: true }],
    [DEFAULT_TEXTS.signaturePosition, { size: 14 }],
    null,
    null,
    null,
    [DEFAULT_TEXTS.signatureName, { size: 14, bold: true }],
  ];
  return right.map((r, i) => tabLine(left[i] ?? null, r, i === 0 ? { spacing: { before: ptTw(6) } } : {}));
}

export function docxPackageDocument(options: DocxPackageDraftOptions = {}): Document {
  const t = { ...DEFAULT_TEXTS, ...options.texts };
  const font = options.font ?? FONT;
  const tabs = options.layout === 'tabs';

  const headerLeft = [
    centred(t.issuer, { size: 14, bold: true }),
    centred(t.star, { size: 14 }),
    centred(t.number, { size: 14 }),
  ];
  const headerRight = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      // The solid line under "ĐẢNG CỘNG SẢN VIỆT NAM": a bottom border as long as the text.
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
      indent: { left: mm(10), right: mm(10) },
      children: [new TextRun({ text: t.partyHeader, size: pt(15), bold: true })],
    }),
    centred(t.placeDate, { size: 14, italics: true }, { spacing: { before: ptTw(6) } }),
  ];

  const body = KIND_CONTENT.NQ.body.map((p) => {
    const bp = typeof p === 'string' ? { text: p, b: false } : { text: p.text, b: p.b ?? false };
    return new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: mm(10) },
      spacing: { after: ptTw(6), line: ptTw(18), lineRule: LineRuleType.EXACT },
      children: [new TextRun({ text: bp.text, size: pt(14), bold: bp.b })],
    });
  });

  const recipients = [
    new Paragraph({ children: [new TextRun({ text: DEFAULT_TEXTS.recipientsLabel, size: pt(14), underline: {} })] }),
    ...DEFAULT_TEXTS.recipientsItems.map((item) => new Paragraph({ children: [new TextRun({ text: item, size: pt(12) })] })),
  ];
  const blank = () => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: '', size: pt(14) })] });
  const signature = [
    centred(DEFAULT_TEXTS.signatureAuthority, { size: 14, bold: true }),
    centred(DEFAULT_TEXTS.signaturePosition, { size: 14 }),
    blank(),
    blank(),
    blank(),
    centred(DEFAULT_TEXTS.signatureName, { size: 14, bold: true }),
  ];

  return new Document({
    creator: 'Văn phòng Tỉnh ủy',
    title: 'NGHỊ QUYẾT về nhiệm vụ năm 2026',
    styles: {
      default: {
        document: { run: { font, size: pt(14) } },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: 11906, height: 16838 }, // A4 in twips
            margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10), gutter: 0 },
          },
        },
        headers: {
          // HD 36 §4.4: page numbers from page 2, centred in the header.
          default: new Header({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: pt(14) })] })],
          }),
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        children: [
          ...(tabs ? tabsHeader(t) : [twoColumns(headerLeft, headerRight)]),
          centred(KIND_CONTENT.NQ.typeName!, { size: 16, bold: true }, { spacing: { before: ptTw(12) }, keepNext: true }),
          centred(KIND_CONTENT.NQ.summary, { size: 14, bold: true }, { keepNext: true }),
          centred(DEFAULT_TEXTS.separator, { size: 14 }, { spacing: { after: ptTw(6) } }),
          ...body,
          ...(tabs ? tabsFooter() : [new Paragraph({ children: [] }), twoColumns(recipients, signature)]),
        ],
      },
    ],
  });
}

/** The .docx bytes, packed by the `docx` package itself. */
export async function docxPackageDraft(options: DocxPackageDraftOptions = {}): Promise<Uint8Array> {
  const buf = await Packer.toBuffer(docxPackageDocument(options));
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}
