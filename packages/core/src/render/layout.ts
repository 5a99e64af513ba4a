/**
 * The layout of a Party document (văn bản của Đảng) as HD 36-HD/VPTW prescribes: component lines in, a
 * .docx spec (`DocSpec`, built by `buildDocx`) out. `renderMarkdown` and the test drafts both use it.
 *
 * Positions follow Phụ lục 1: issuing body top left with the Party header top right, level with it;
 * number under the issuer, place and date under the Party header; type name and summary centred; the
 * body; signature lower right, recipients lower left. Typography follows Phụ lục 3 (Times New Roman,
 * sizes in pt); page setup §4.3 (A4 portrait, margins 20/20/30/15 mm); page numbers §4.4.
 *
 * Four layouts of the header block (ô 1–4) and of the footer (ô 7, ô 9) — those drafters use:
 * - `table`: two-column borderless tables (the most common in practice);
 * - `tabs`: single paragraphs holding both sides, separated by a tab (`TỈNH ỦY LONG AN⇥ĐẢNG CỘNG SẢN VIỆT NAM`);
 * - `textbox`: components in anchored text boxes (left box, right box);
 * - `stacked`: plain paragraphs, left components left-aligned and right ones right-aligned.
 *
 * The texts are the caller's, written literally: the layout never corrects them.
 */
import {
  textWidthMm,
  WORD_DOC_DEFAULTS,
  type Align,
  type Block,
  type DocSpec,
  type ParaSpec,
  type RunFormat,
  type RunSpec,
  type SectionSpec,
  type StylesSpec,
  type TextBoxSpec,
  type ThemeSpec,
} from '../docx/writer.js';

// ---------------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------------

/** How the header block and the footer are laid out (see the module comment). */
export type Layout = 'table' | 'tabs' | 'textbox' | 'stacked';

export const LAYOUTS: readonly Layout[] = ['table', 'tabs', 'textbox', 'stacked'];

/** The components of the mandatory format (thể thức bắt buộc) that the layout places. */
export type ComponentName =
  | 'partyHeader' // ô 1
  | 'parentIssuer' // ô 2 cấp trên trực tiếp
  | 'issuer' // ô 2 cơ quan ban hành
  | 'star' // ô 2 dấu sao
  | 'number' // ô 3
  | 'placeDate' // ô 4
  | 'typeName' // ô 5a tên loại
  | 'summary' // ô 5a trích yếu
  | 'separator' // "-----"
  | 'cvSummary' // ô 5b trích yếu công văn
  | 'kinhGui' // "Kính gửi:"
  | 'addressees' // the addressees after "Kính gửi:" (one per line when several)
  | 'signatureAuthority' // ô 7a quyền hạn ký
  | 'signaturePosition' // ô 7a chức vụ
  | 'signatureName' // ô 7b họ tên
  | 'secretaryPosition' // biên bản: the recorder's block, lower left
  | 'secretaryName'
  | 'recipientsLabel' // ô 9 "Nơi nhận:"
  | 'recipientsItems' // ô 9 items (`text` is a list)
  | 'body'; // ô 6 (`text` is a list of paragraphs)

/** Additional components (thành phần thể thức bổ sung, HD 36 §2) and the left signature's authority. */
export type AdditionalComponentName =
  | 'secrecyMark' // ô 10a dấu chỉ mức độ mật, under the number
  | 'urgencyMark' // ô 10b dấu chỉ mức độ khẩn, under the secrecy mark
  | 'draftNote' // ô 11b "Dự thảo lần 2", under the number
  | 'circulationNote' // ô 11a "XONG HỘI NGHỊ TRẢ LẠI", top right of the first page
  | 'circulationNoteBottom' // "Không phổ biến trên các phương tiện thông tin đại chúng", centred under the signature
  | 'secretaryAuthority' // a left signature's authority line (joint signatures)
  | 'typist' // ô 12 "ABC268", after the archive line
  | 'contact'; // ô 13, last page under a full-width line

export type LayoutComponentName = ComponentName | AdditionalComponentName;

/** A component's text and typography. A list `text` makes one line (paragraph) per entry. */
export interface ComponentSpec {
  text: string | string[];
  sz: number;
  b: boolean;
  i: boolean;
  u: boolean;
  font: string;
  align: Align;
  caps?: boolean;
}

export type ResolvedComponents = Partial<Record<LayoutComponentName, ComponentSpec>>;

/** A piece of a body paragraph with its own emphasis (Markdown `**bold**`, `*italic*`). */
export interface BodyRun {
  text: string;
  b?: boolean;
  i?: boolean;
}

/** One body paragraph: plain text, or structure that drafters format. */
export type BodyPara =
  | string
  | {
      text: string;
      /** Whole paragraph bold (headings "I- …", "Điều 1. Phạm vi điều chỉnh"). */
      b?: boolean;
      /** A bold lead run before `text` ("Điều 1." of an article that carries its content). */
      lead?: string;
      /** Centred lines ("Chương I", "QUYẾT ĐỊNH") get no first-line indent. */
      align?: Align;
      /** Runs with their own emphasis, written after `lead` instead of `text`. */
      runs?: BodyRun[];
      /** Keep with the next paragraph (headings). */
      keepNext?: boolean;
    };

export interface LayoutOptions {
  /** Header and footer layout (default `table`). */
  layout?: Layout;
  /** Footer layout when it differs from the header's. */
  footerLayout?: Layout;
  /** Tab layouts: left components start at the margin (`left`, default) or are centred on a tab stop. */
  tabAlign?: 'left' | 'centered';
  /**
   * Alignment forced on a component's paragraphs whatever the layout wants, and (body only) bold forced
   * on every body run — how test drafts make alignment and emphasis defects.
   */
  forced?: Partial<Record<LayoutComponentName, { align?: Align; b?: boolean }>>;
  /** Paragraph formatting of body paragraphs (default `BODY_FORMAT`). */
  bodyFormat?: Partial<Omit<ParaSpec, 'runs'>>;
  /** Merged over the defaults (margins merged key by key; `headers` replaces the page-number header). */
  section?: Partial<SectionSpec>;
  /** Merged over the defaults: `docDefaults` replaced when given, styles replaced by id. */
  styles?: StylesSpec;
  theme?: ThemeSpec;
  /**
   * `auto` (default): a centred PAGE field in the header, 14 pt, with a different (empty) first page when
   * the estimate gives two or more pages; `fromSecond`: the same whatever the estimate (Word lays the
   * pages out, not us); `none`: no page numbers; `all`: numbered on every page, first too.
   */
  pageNumbers?: 'auto' | 'fromSecond' | 'none' | 'all';
  /** The solid line under the Party header (default: `underline` in tab layouts, `border` otherwise). */
  partyHeaderRule?: 'border' | 'underline' | 'none';
  /** Empty lines between position and name for the signature (default 3). */
  signatureSpace?: number;
  /** Write `w:rFonts` on every run even when the Normal style already gives Times New Roman. */
  directFonts?: boolean;
  /** Pages of the document, written to docProps/app.xml; with `fill`, the body is padded to about that many. */
  pages?: number;
  /** Paragraphs repeated before the last body paragraph to pad the document to `pages`. */
  fill?: readonly BodyPara[];
  /** docProps/app.xml Application (default `thethuc`). */
  application?: string;
  /** docProps/core.xml creator. */
  creator?: string;
}

// ---------------------------------------------------------------------------------------------------
// Typography and paragraph format (HD 36 Phụ lục 3, §1.6.2)
// ---------------------------------------------------------------------------------------------------

export const FONT = 'Times New Roman';

/** Paragraph format of body text: HD 36 §1.6.2 (justified, indent ≈ 10 mm, ≥ 6 pt between, line ≥ 15 pt). */
export const BODY_FORMAT = {
  align: 'both',
  indentFirstMm: 10,
  spacingAfterPt: 6,
  line: { rule: 'exact', value: 18 },
} as const satisfies Omit<ParaSpec, 'runs'>;

/** Column widths of the header and footer (mm), on the 165 mm text width of A4 with 30/15 margins. */
export const COLUMNS_MM = { left: 75, right: 90 } as const;

type Typography = Pick<ComponentSpec, 'sz'> & Partial<Pick<ComponentSpec, 'b' | 'i' | 'u' | 'align'>>;

/**
 * Typography of each component (HD 36 Phụ lục 3): sizes in pt; case is the text's own. Where the table
 * gives a range, the layout takes one value in it (type name 16, summary 14, body 14).
 */
export const TYPOGRAPHY: Record<LayoutComponentName, Typography> = {
  partyHeader: { sz: 15, b: true },
  parentIssuer: { sz: 14 },
  issuer: { sz: 14, b: true },
  star: { sz: 14 },
  number: { sz: 14 },
  placeDate: { sz: 14, i: true },
  typeName: { sz: 16, b: true },
  summary: { sz: 14, b: true },
  separator: { sz: 14 },
  cvSummary: { sz: 12, i: true },
  kinhGui: { sz: 14, i: true },
  addressees: { sz: 14 },
  signatureAuthority: { sz: 14, b: true },
  signaturePosition: { sz: 14 },
  signatureName: { sz: 14, b: true },
  secretaryAuthority: { sz: 14, b: true },
  secretaryPosition: { sz: 14 },
  secretaryName: { sz: 14, b: true },
  recipientsLabel: { sz: 14, u: true, align: 'left' },
  recipientsItems: { sz: 12, align: 'left' },
  body: { sz: 14, align: 'both' },
  // The secrecy mark is a stamp (Bộ Công an's model); typed, it is written like the urgency mark.
  secrecyMark: { sz: 14, b: true },
  urgencyMark: { sz: 14, b: true },
  draftNote: { sz: 14, i: true },
  circulationNote: { sz: 12, b: true, align: 'right' },
  circulationNoteBottom: { sz: 12, b: true },
  typist: { sz: 8, align: 'left' },
  contact: { sz: 10, align: 'left' },
};

/** A component spec: the given text and size, upright, not bold, Times New Roman, centred, then `extra`. */
export function componentSpec(text: string | string[], sz: number, extra: Partial<ComponentSpec> = {}): ComponentSpec {
  return { text, sz, b: false, i: false, u: false, font: FONT, align: 'center', ...extra };
}

/** A component with the typography HD 36 prescribes for it (`TYPOGRAPHY`). */
export function partyComponent(name: LayoutComponentName, text: string | string[], extra: Partial<ComponentSpec> = {}): ComponentSpec {
  const { sz, ...rest } = TYPOGRAPHY[name];
  return componentSpec(text, sz, { ...rest, ...extra });
}

// ---------------------------------------------------------------------------------------------------
// Lines
// ---------------------------------------------------------------------------------------------------

interface Line {
  name: LayoutComponentName | null; // null = empty line (signature space)
  text: string;
  spec: ComponentSpec | null;
}

const linesOf = (c: ResolvedComponents, name: LayoutComponentName): Line[] => {
  const spec = c[name];
  if (!spec) return [];
  const texts = Array.isArray(spec.text) ? spec.text : [spec.text];
  return texts.map((text) => ({ name, text, spec }));
};

const BLANK: Line = { name: null, text: '', spec: null };

/** Rough width of a line of Times New Roman (mm) — enough to centre a star or size a rule. */
export function estimateWidthMm(text: string, sizePt: number, bold = false): number {
  let em = 0;
  for (const ch of text.normalize('NFD').replace(/\p{M}/gu, '')) {
    if (ch === ' ') em += 0.25;
    else if (/[A-ZĐ]/.test(ch)) em += bold ? 0.72 : 0.68;
    else if (/[a-zđ]/.test(ch)) em += 0.46;
    else if (/[0-9]/.test(ch)) em += 0.5;
    else em += 0.33;
  }
  return (em * sizePt * 25.4) / 72;
}

/** Cell margins of a table (108 twips each side) and text box insets (0.1 in each side). */
const CELL_PADDING_MM = (2 * 108 * 25.4) / 1440;
const BOX_PADDING_MM = 2 * 2.54;

const round1 = (n: number): number => Math.round(n * 10) / 10;

// ---------------------------------------------------------------------------------------------------
// The layout
// ---------------------------------------------------------------------------------------------------

class PartyLayout {
  readonly headerLayout: Layout;
  readonly footerLayout: Layout;
  readonly rule: 'border' | 'underline' | 'none';
  readonly W: number;
  readonly LW: number;
  readonly RW: number;

  constructor(
    readonly c: ResolvedComponents,
    readonly paras: readonly BodyPara[],
    readonly o: LayoutOptions,
  ) {
    this.headerLayout = o.layout ?? 'table';
    this.footerLayout = o.footerLayout ?? this.headerLayout;
    this.rule = o.partyHeaderRule ?? (this.headerLayout === 'tabs' ? 'underline' : 'border');
    this.W = textWidthMm(this.section());
    this.LW = Math.round((this.W * COLUMNS_MM.left) / (COLUMNS_MM.left + COLUMNS_MM.right));
    this.RW = this.W - this.LW;
  }

  /** Layout alignment unless the caller forced one. */
  alignOf(name: LayoutComponentName | null, fallback: Align): Align {
    return (name && this.o.forced?.[name]?.align) ?? fallback;
  }

  /** A `<w:tab/>` run formatted like the text after it, but never underlined (Word underlines tabs). */
  tabRun(line: Line): RunSpec {
    const { u: _u, ...fmt } = this.run(line, '');
    return { ...fmt, tab: true };
  }

  run(line: Line, text = line.text): RunSpec {
    const s = line.spec;
    if (!s) return { text };
    const r: RunSpec = { text, sz: s.sz };
    if (s.font !== FONT || this.o.directFonts) r.font = s.font;
    if (s.b) r.b = true;
    if (s.i) r.i = true;
    if (s.u || (line.name === 'partyHeader' && this.rule === 'underline')) r.u = true;
    if (s.caps) r.caps = true;
    return r;
  }

  mark(line: Line | undefined): RunFormat {
    if (!line?.spec) return { sz: 14 };
    const { text: _t, ...fmt } = this.run(line);
    return fmt;
  }

  para(line: Line, extra: Omit<ParaSpec, 'runs'> = {}): ParaSpec {
    const runs = line.text === '' ? [] : [this.run(line)];
    return { runs, markRun: this.mark(line), ...extra };
  }

  section(): SectionSpec {
    const s = this.o.section ?? {};
    return { ...s, marginsMm: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10, gutter: 0, ...s.marginsMm } };
  }

  /** Party header rule as a bottom border as long as the header text, centred in a box `innerMm` wide. */
  ruleProps(line: Line, innerMm: number, align: Align): Omit<ParaSpec, 'runs'> {
    if (line.name !== 'partyHeader' || this.rule !== 'border' || !line.spec) return {};
    const w = estimateWidthMm(line.text, line.spec.sz, line.spec.b);
    const spare = Math.max(0, innerMm - w - 2);
    if (align === 'right') return { borderBottom: true, indentLeftMm: round1(spare) };
    if (align === 'left') return { borderBottom: true, indentRightMm: round1(spare) };
    return { borderBottom: true, indentLeftMm: round1(spare / 2), indentRightMm: round1(spare / 2) };
  }

  // -- columns ---------------------------------------------------------------------------------------

  headerLeft(): Line[] {
    const c = this.c;
    return [
      ...linesOf(c, 'parentIssuer'),
      ...linesOf(c, 'issuer'),
      ...linesOf(c, 'star'),
      ...linesOf(c, 'number'),
      ...linesOf(c, 'cvSummary'),
      // HD 36 §2.1–2.2: secrecy under the number, urgency under secrecy, the draft note under the number.
      ...linesOf(c, 'secrecyMark'),
      ...linesOf(c, 'urgencyMark'),
      ...linesOf(c, 'draftNote'),
    ];
  }

  headerRight(): Line[] {
    return [...linesOf(this.c, 'partyHeader'), ...linesOf(this.c, 'placeDate')];
  }

  footerColumns(): { left: Line[]; right: Line[] } {
    const c = this.c;
    const space = Array.from({ length: this.o.signatureSpace ?? 3 }, () => BLANK);
    const authority = linesOf(c, 'signatureAuthority');
    const right = [...authority, ...linesOf(c, 'signaturePosition'), ...space, ...linesOf(c, 'signatureName')];
    const recipients = [...linesOf(c, 'recipientsLabel'), ...linesOf(c, 'recipientsItems'), ...linesOf(c, 'typist')];
    const secretaryAuthority = linesOf(c, 'secretaryAuthority');
    const secretary = linesOf(c, 'secretaryPosition');
    if (secretaryAuthority.length === 0 && secretary.length === 0 && !c.secretaryName) return { left: recipients, right };
    // Two signatures (a biên bản: the recorder left, the chair right): names level with each other.
    const pad = authority.length > secretaryAuthority.length ? [BLANK] : [];
    const left = [...secretaryAuthority, ...secretary, ...pad, ...space, ...linesOf(c, 'secretaryName')];
    return { left: recipients.length > 0 ? [...left, BLANK, ...recipients] : left, right };
  }

  // -- header block ----------------------------------------------------------------------------------

  header(): Block[] {
    const left = this.headerLeft();
    const right = this.headerRight();
    // ô 11a: the circulation note stands at the top right of the first page, above the header block.
    const note = linesOf(this.c, 'circulationNote').map((l) => this.para(l, { align: this.alignOf(l.name, l.spec?.align ?? 'right'), spacingAfterPt: 6 }));
    return [...note, ...this.headerBlock(left, right)];
  }

  headerBlock(left: Line[], right: Line[]): Block[] {
    switch (this.headerLayout) {
      case 'table':
        return [this.twoColumnTable(left, right, 'header')];
      case 'textbox':
        return [{ runs: [], markRun: { sz: 14 }, textBox: this.boxes(left, right, 'header') }];
      case 'tabs':
        return this.headerTabs(left, right);
      case 'stacked':
        return this.headerStacked(left, right);
    }
  }

  columnParas(lines: Line[], innerMm: number, part: 'header' | 'footer'): ParaSpec[] {
    if (lines.length === 0) return [{ runs: [], markRun: { sz: 14 } }];
    return lines.map((l) => {
      const align = this.alignOf(l.name, l.spec?.align ?? 'center');
      const extra: Omit<ParaSpec, 'runs'> = { align, ...this.ruleProps(l, innerMm, align) };
      // Place/date sits lower than the Party header, level with the number (Phụ lục 1, ô 4).
      if (part === 'header' && l.name === 'placeDate' && l === lines.find((x) => x.name === 'placeDate')) extra.spacingBeforePt = 6;
      return this.para(l, extra);
    });
  }

  twoColumnTable(left: Line[], right: Line[], part: 'header' | 'footer'): Block {
    return {
      table: {
        style: 'TableGrid',
        borders: false,
        widthsMm: [this.LW, this.RW],
        rows: [
          [
            { paragraphs: this.columnParas(left, this.LW - CELL_PADDING_MM, part), widthMm: this.LW },
            { paragraphs: this.columnParas(right, this.RW - CELL_PADDING_MM, part), widthMm: this.RW },
          ],
        ],
      },
    };
  }

  boxes(left: Line[], right: Line[], part: 'header' | 'footer'): TextBoxSpec[] {
    // Lines of 14 pt single spacing ≈ 5.7 mm, plus the box's top and bottom insets.
    const height = (lines: Line[]) => Math.round(lines.length * 5.8 + 4);
    const h = Math.max(height(left), height(right));
    return [
      { paragraphs: this.columnParas(left, this.LW - BOX_PADDING_MM, part), widthMm: this.LW, heightMm: h, xMm: 0, yMm: 0 },
      { paragraphs: this.columnParas(right, this.RW - BOX_PADDING_MM, part), widthMm: this.RW, heightMm: h, xMm: this.LW, yMm: 0 },
    ];
  }

  /** One paragraph per row: left component ⇥ right component; runs keep their own formatting. */
  tabRow(left: Line | null, right: Line | null, leftCentre: number | null, rightCentre: number): ParaSpec {
    const runs: RunSpec[] = [];
    const tabs: ParaSpec['tabs'] = [];
    if (left && left.text !== '') {
      if (leftCentre !== null) {
        tabs.push({ posMm: leftCentre, val: 'center' });
        runs.push(this.tabRun(left));
      }
      runs.push(this.run(left));
    }
    if (right && right.text !== '') {
      tabs.push({ posMm: rightCentre, val: 'center' });
      runs.push(this.tabRun(right), this.run(right));
    }
    const markLine = left && left.text !== '' ? left : (right ?? undefined);
    return { runs, tabs, markRun: this.mark(markLine) };
  }

  headerTabs(left: Line[], right: Line[]): ParaSpec[] {
    const rc = round1(this.LW + this.RW / 2);
    const centred = this.o.tabAlign === 'centered';
    const lc = centred ? round1(this.LW / 2) : null;
    const issuer = left.filter((l) => l.name === 'issuer').at(-1);
    const starCentre = lc ?? round1(issuer?.spec ? estimateWidthMm(issuer.text, issuer.spec.sz, issuer.spec.b) / 2 : this.LW / 2);
    // The Party header goes with the first line of the issuer, place/date with the number.
    const headers = right.filter((l) => l.name !== 'placeDate');
    const dates = right.filter((l) => l.name === 'placeDate');
    const rows: { left: Line | null; right: Line | null }[] = left.map((l) => ({ left: l, right: null }));
    let i = 0;
    for (const h of headers) {
      while (rows[i]?.left?.name === 'star') i++;
      const row = rows[i];
      if (row) row.right = h;
      else rows.push({ left: null, right: h });
      i++;
    }
    for (const d of dates) {
      let at = rows.findIndex((r) => r.left?.name === 'number' && r.right === null);
      if (at < 0) at = rows.findIndex((r, j) => j >= i && r.right === null && r.left?.name !== 'star');
      const row = rows[at];
      if (at >= 0 && row) {
        row.right = d;
        i = at + 1;
      } else {
        rows.push({ left: null, right: d });
        i = rows.length;
      }
    }
    return rows.map((r) => {
      if (r.left?.name === 'star' && r.right === null) {
        const star = r.left;
        return { runs: [this.tabRun(star), this.run(star)], tabs: [{ posMm: starCentre, val: 'center' }], markRun: this.mark(star) };
      }
      return this.tabRow(r.left, r.right, lc, rc);
    });
  }

  headerStacked(left: Line[], right: Line[]): ParaSpec[] {
    const out: ParaSpec[] = [];
    const rightPara = (l: Line, extra: Omit<ParaSpec, 'runs'> = {}) => {
      const align = this.alignOf(l.name, 'right');
      return this.para(l, { align, ...this.ruleProps(l, this.W, align), ...extra });
    };
    for (const l of right.filter((x) => x.name === 'partyHeader')) out.push(rightPara(l));
    const issuer = left.filter((l) => l.name === 'issuer').at(-1);
    for (const l of left) {
      const align = this.alignOf(l.name, 'left');
      if (l.name === 'star' && align === 'left' && issuer?.spec && l.spec) {
        // Drafters push the star under the middle of the issuer's name with an indent.
        const indent = estimateWidthMm(issuer.text, issuer.spec.sz, issuer.spec.b) / 2 - estimateWidthMm(l.text, l.spec.sz) / 2;
        out.push(this.para(l, { align, indentLeftMm: round1(Math.max(0, indent)) }));
      } else out.push(this.para(l, { align }));
    }
    for (const l of right.filter((x) => x.name !== 'partyHeader')) out.push(rightPara(l, { spacingBeforePt: 6 }));
    return out;
  }

  // -- type name, summary, Kính gửi, body -------------------------------------------------------------

  titleBlock(): ParaSpec[] {
    const out: ParaSpec[] = [];
    const c = this.c;
    const first = (extra: Omit<ParaSpec, 'runs'>) => (out.length === 0 ? { spacingBeforePt: 12, ...extra } : extra);
    for (const l of linesOf(c, 'typeName')) out.push(this.para(l, first({ align: this.alignOf(l.name, l.spec?.align ?? 'center'), keepNext: true })));
    for (const l of linesOf(c, 'summary')) out.push(this.para(l, first({ align: this.alignOf(l.name, l.spec?.align ?? 'center'), keepNext: true })));
    for (const l of linesOf(c, 'separator')) out.push(this.para(l, first({ align: this.alignOf(l.name, l.spec?.align ?? 'center'), spacingAfterPt: 6 })));
    out.push(...this.kinhGui(out.length === 0));
    return out;
  }

  kinhGui(firstOnPage: boolean): ParaSpec[] {
    const label = linesOf(this.c, 'kinhGui')[0];
    const addressees = linesOf(this.c, 'addressees');
    if (!label && addressees.length === 0) return [];
    const before = firstOnPage ? 12 : 6;
    const labelRuns = label ? [this.run(label)] : [];
    if (addressees.length <= 1) {
      // A single addressee stands on the "Kính gửi:" line itself, centred (HD 36 §1.9.2).
      const a = addressees[0];
      const runs = a ? [...labelRuns, this.run(a, `${label ? ' ' : ''}${a.text}`)] : labelRuns;
      return [{ runs, align: this.alignOf('kinhGui', 'center'), spacingBeforePt: before, spacingAfterPt: 6, markRun: this.mark(label ?? a) }];
    }
    // Several addressees: one per line, aligned on a tab after "Kính gửi:".
    const indent = 30;
    const tab = indent + 25;
    return addressees.map((a, n) => {
      if (n === 0) {
        return {
          runs: [...labelRuns, this.tabRun(a), this.run(a)],
          tabs: [{ posMm: tab, val: 'left' }],
          indentLeftMm: indent,
          spacingBeforePt: before,
          markRun: this.mark(label ?? a),
        };
      }
      return this.para(a, { indentLeftMm: tab, spacingAfterPt: n === addressees.length - 1 ? 6 : 0 });
    });
  }

  body(paras: readonly BodyPara[]): ParaSpec[] {
    const spec = this.c.body;
    if (!spec) return [];
    const ov = this.o.forced?.body ?? {};
    const fmt = { ...BODY_FORMAT, ...this.o.bodyFormat };
    const line: Line = { name: 'body', text: '', spec };
    return paras.map((p) => {
      const bp = typeof p === 'string' ? { text: p } : p;
      const bold = ov.b ?? bp.b ?? false;
      const mk = (text: string, b: boolean, i = false): RunSpec => ({ ...this.run({ ...line, spec: { ...spec, b, i: spec.i || i } }, text) });
      const runs: RunSpec[] = [];
      if (bp.lead) runs.push(mk(bp.lead, ov.b ?? true));
      if (bp.runs) for (const r of bp.runs) runs.push(mk(r.text, ov.b ?? (bold || !!r.b), !!r.i));
      else if (bp.text) runs.push(mk(bp.text, bold));
      const align = ov.align ?? bp.align ?? fmt.align;
      const extra: Omit<ParaSpec, 'runs'> = { ...fmt, align };
      if (bp.align === 'center' && ov.align === undefined) {
        delete extra.indentFirstMm;
        extra.keepNext = true;
      }
      if (bp.keepNext) extra.keepNext = true;
      return { runs, ...extra, markRun: this.mark({ ...line, spec: { ...spec, b: bold } }) };
    });
  }

  // -- footer ----------------------------------------------------------------------------------------

  footer(): Block[] {
    return [...this.footerBlock(), ...this.closing()];
  }

  footerBlock(): Block[] {
    const { left, right } = this.footerColumns();
    if (left.length === 0 && right.filter((l) => l.name).length === 0) return [];
    switch (this.footerLayout) {
      case 'table':
        return [this.twoColumnTable(left, right, 'footer')];
      case 'textbox':
        return [{ runs: [], markRun: { sz: 14 }, spacingBeforePt: 6, textBox: this.boxes(left, right, 'footer') }];
      case 'tabs': {
        const rc = round1(this.LW + this.RW / 2);
        const centredLeft = this.o.tabAlign === 'centered' || left.some((l) => l.name === 'secretaryPosition' || l.name === 'secretaryAuthority');
        const lc = centredLeft ? round1(this.LW / 2) : null;
        const n = Math.max(left.length, right.length);
        return Array.from({ length: n }, (_, i) => {
          const p = this.tabRow(left[i] ?? null, right[i] ?? null, lc, rc);
          return i === 0 ? { ...p, spacingBeforePt: 6 } : p;
        });
      }
      case 'stacked': {
        const out: ParaSpec[] = [];
        for (const l of right) out.push(this.para(l, { align: this.alignOf(l.name, 'right') }));
        left.forEach((l, i) => out.push(this.para(l, { align: this.alignOf(l.name, 'left'), ...(i === 0 ? { spacingBeforePt: 12 } : {}) })));
        const first = out[0];
        if (first) first.spacingBeforePt = 6;
        return out;
      }
    }
  }

  /** After the signature: "Không phổ biến …" centred (§2.2), then contact information under a full-width line (§2.4). */
  closing(): ParaSpec[] {
    const out: ParaSpec[] = [];
    for (const l of linesOf(this.c, 'circulationNoteBottom')) out.push(this.para(l, { align: this.alignOf(l.name, l.spec?.align ?? 'center'), spacingBeforePt: 12 }));
    const contact = linesOf(this.c, 'contact');
    if (contact.length > 0) {
      out.push({ runs: [], markRun: { sz: 10 }, borderBottom: true, spacingBeforePt: 12, spacingAfterPt: 3 });
      for (const l of contact) out.push(this.para(l, { align: this.alignOf(l.name, l.spec?.align ?? 'left') }));
    }
    return out;
  }

  // -- the document ----------------------------------------------------------------------------------

  pageSection(pages: number): SectionSpec {
    const s = this.section();
    const mode = this.o.pageNumbers ?? 'auto';
    if (s.headers || mode === 'none' || (mode === 'auto' && pages < 2)) return s;
    const number: ParaSpec = {
      style: 'Header',
      align: 'center',
      runs: [{ text: '2', field: 'PAGE', sz: 14, ...(this.o.directFonts ? { font: FONT } : {}) }],
      markRun: { sz: 14 },
    };
    if (mode === 'all') return { ...s, headers: { default: [number] } };
    // HD 36 §4.4: no number on the first page — a different, empty first-page header.
    return { ...s, titlePage: true, headers: { default: [number], first: [{ style: 'Header', runs: [] }] } };
  }

  styles(): StylesSpec {
    const defaults: StylesSpec = {
      docDefaults: WORD_DOC_DEFAULTS,
      paragraphStyles: [
        {
          id: 'Normal',
          name: 'Normal',
          default: true,
          // Offices set the Normal style to Times New Roman 14; the theme fonts stay in docDefaults.
          run: { font: { ascii: FONT, hAnsi: FONT, cs: FONT }, sz: 14 },
          para: { spacingAfterPt: 0, line: { rule: 'auto', value: 1 } },
        },
      ],
      tableStyles: [],
    };
    const o = this.o.styles;
    if (!o) return defaults;
    const byId = <T extends { id: string }>(a: T[] = [], b: T[] = []): T[] => [...a.filter((x) => !b.some((y) => y.id === x.id)), ...b];
    return {
      docDefaults: o.docDefaults ?? defaults.docDefaults,
      paragraphStyles: byId(defaults.paragraphStyles, o.paragraphStyles),
      characterStyles: byId(defaults.characterStyles, o.characterStyles),
      tableStyles: byId(defaults.tableStyles, o.tableStyles),
    };
  }

  spec(): DocSpec {
    const header = this.header();
    const title = this.titleBlock();
    const footer = this.footer();
    let bodyParas = this.body(this.paras);
    const usable = usableHeightPt(this.section());
    const fill = this.o.fill ?? [];
    if (this.o.pages !== undefined && fill.length > 0) {
      // Pad up to the middle of the last page, so the count survives small differences in rendering.
      let height = estimateHeightPt([...header, ...title, ...bodyParas, ...footer], this.W);
      const target = (this.o.pages - 0.5) * usable;
      const pads: ParaSpec[] = [];
      for (let i = 0; height < target; i++) {
        const pad = this.body([fill[i % fill.length] ?? ''])[0];
        if (!pad) break;
        pads.push(pad);
        height += estimateHeightPt([pad], this.W);
      }
      // Before the closing paragraph, which keeps its final period.
      bodyParas = bodyParas.length > 0 ? [...bodyParas.slice(0, -1), ...pads, ...bodyParas.slice(-1)] : pads;
    }
    const body: Block[] = [...header, ...title, ...bodyParas, ...footer];
    const pages = this.o.pages ?? estimatePages(body, this.W, usable);
    const titleText = [linesOf(this.c, 'typeName')[0]?.text, linesOf(this.c, 'summary')[0]?.text ?? linesOf(this.c, 'cvSummary')[0]?.text]
      .filter(Boolean)
      .join(' ');
    return {
      body,
      section: this.pageSection(pages),
      styles: this.styles(),
      ...(this.o.theme ? { theme: this.o.theme } : {}),
      app: { pages, application: this.o.application ?? 'thethuc' },
      core: { title: titleText, ...(this.o.creator !== undefined ? { creator: this.o.creator } : {}) },
    };
  }
}

/**
 * The .docx spec of a Party document: `components` placed in the header block, title block and footer of
 * the chosen layout, `body` paragraphs between them, page setup and page numbers — build it with
 * `buildDocx`. The texts are written as given; `components` not present are simply absent.
 */
export function layoutPartyDocument(components: ResolvedComponents, body: readonly BodyPara[], options: LayoutOptions = {}): DocSpec {
  return new PartyLayout(components, body, options).spec();
}

// ---------------------------------------------------------------------------------------------------
// Page estimate
// ---------------------------------------------------------------------------------------------------

const PT_PER_MM = 72 / 25.4;

/** Height of the page's text area (pt). */
export function usableHeightPt(section: SectionSpec | undefined): number {
  const landscape = section?.orientation === 'landscape';
  const height = section?.heightMm ?? (landscape ? 210 : 297);
  const m = section?.marginsMm ?? {};
  return (height - (m.top ?? 20) - (m.bottom ?? 20)) * PT_PER_MM;
}

/**
 * Estimated height (pt) of blocks laid out `widthMm` wide: each paragraph's lines from the width of its
 * text, its line spacing, space before and after; table rows as their tallest cell; text boxes as their
 * box. Calibrated on LibreOffice's rendering of these drafts (Liberation Serif = Times New Roman metrics).
 */
export function estimateHeightPt(blocks: Block[], widthMm: number): number {
  let total = 0;
  for (const b of blocks) {
    if (typeof b === 'string') total += 14 * 1.15;
    else if ('table' in b) {
      const widths = b.table.widthsMm ?? [];
      for (const row of b.table.rows) {
        let tallest = 0;
        row.forEach((cell, i) => {
          const content = Array.isArray(cell) ? cell : cell.paragraphs;
          const w = (!Array.isArray(cell) ? cell.widthMm : undefined) ?? widths[i] ?? widthMm / row.length;
          tallest = Math.max(tallest, estimateHeightPt(content, w - CELL_PADDING_MM));
        });
        total += tallest;
      }
    } else total += paraHeightPt(b, widthMm);
  }
  return total;
}

/** Pages the blocks fill: paragraphs and table rows flow across pages; text boxes move whole. */
export function estimatePages(blocks: Block[], widthMm: number, usablePt: number): number {
  let pages = 1;
  let pos = 0;
  for (const b of blocks) {
    const h = estimateHeightPt([b], widthMm);
    if (typeof b !== 'string' && !('table' in b) && b.textBox !== undefined && pos > 0 && pos + h > usablePt) {
      pages++;
      pos = h;
      continue;
    }
    pos += h;
    while (pos > usablePt) {
      pages++;
      pos -= usablePt;
    }
  }
  return pages;
}

function paraHeightPt(p: ParaSpec, widthMm: number): number {
  const runs = p.runs.map((r): RunSpec => (typeof r === 'string' ? { text: r } : r));
  const size = Math.max(p.markRun?.sz ?? 0, ...runs.map((r) => r.sz ?? 14), runs.length === 0 ? p.markRun?.sz ?? 14 : 0);
  const rule = p.line;
  const single = size * 1.15;
  const lineHeight = !rule ? single : rule.rule === 'auto' ? single * rule.value : rule.rule === 'exact' ? rule.value : Math.max(rule.value, single);
  let lines = 1;
  if (!runs.some((r) => r.tab || r.text.includes('\t'))) {
    const textMm = runs.reduce((n, r) => n + estimateWidthMm(r.text, r.sz ?? 14, r.b ?? false), 0);
    const avail = widthMm - (p.indentLeftMm ?? 0) - (p.indentRightMm ?? 0);
    // Lines break between words: a line holds a little less than its width.
    lines = Math.max(1, Math.ceil((textMm + (p.indentFirstMm ?? 0)) / (avail * 0.97)));
  }
  const boxes = p.textBox === undefined ? [] : Array.isArray(p.textBox) ? p.textBox : [p.textBox];
  const boxHeight = Math.max(0, ...boxes.map((x) => (x.heightMm ?? 30) * PT_PER_MM));
  // An empty paragraph anchoring boxes is about as tall as its boxes.
  return Math.max(lines * lineHeight, boxHeight) + (p.spacingBeforePt ?? 0) + (p.spacingAfterPt ?? 0);
}
