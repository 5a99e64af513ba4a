/**
 * Seeded defects for the accuracy harness: one or more per catalog rule, each written the way a drafter
 * actually gets it wrong (a State-style number, a date without its zeros, "TM.", recipients ending ";",
 * Letter paper, Arial, a paragraph pasted from an old .VnTime file …). Every defect is applied to a
 * compliant draft (`partyDraft`) of the given kinds, in the given layouts, alone: the harness then asks
 * whether `check` reports it under the right rule id and at the right paragraph.
 *
 * Rules that do not exist yet keep their defects here; the report marks them "not implemented".
 */
import type { ComponentKind } from '../../src/anatomy/types.js';
import type { DocSpec, ParaSpec, RunSpec } from '../support/docx-builder.js';
import {
  DEFAULT_TEXTS,
  DOC_KINDS,
  draftSpec,
  KIND_CONTENT,
  resolveComponents,
  type BodyPara,
  type ComponentName,
  type DocKind,
  type DraftOptions,
  type Layout,
  type ResolvedComponents,
} from '../support/party-draft.js';
import { paragraphs } from '../support/draft-edit.js';

// ---------------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------------

/** Where a finding must point: text the located paragraph contains (string) or matches (RegExp). */
export type Where = string | RegExp;

export interface Expectation {
  /** The finding's component, when the rule is expected to name one. */
  component?: ComponentKind | null;
  /**
   * The located paragraph: its text contains (string) or matches (RegExp) this — or one of a list;
   * `null` for a document-level finding (no paragraph). Compared after NFC normalisation.
   */
  paragraphText: Where | Where[] | null;
  /** A per-document rule ("reported once") may also point at the first offending paragraph, or nowhere. */
  orDocumentLevel?: boolean;
  /** After the fix, the located paragraph contains (string) or matches (RegExp) this. */
  fixedText?: Where;
}

/** What a defect does to the compliant draft: draft options, or options plus an edit of the builder spec. */
export type Seed = DraftOptions | { options: DraftOptions; edit: (spec: DocSpec) => DocSpec | void };

export interface SeedContext {
  kind: DocKind;
  layout: Layout;
  /** The draft options after the seed (kind and layout included). */
  options: DraftOptions;
  /** Components of the seeded draft (texts and typography). */
  c: ResolvedComponents;
  /** The builder spec the seeded draft was built from. */
  spec: DocSpec;
}

export interface Defect {
  /** The catalog rule that must report the defect. */
  rule: string;
  name: string;
  /** Kinds to seed it in (default: every kind). */
  kinds?: readonly DocKind[];
  /** Layouts to seed it in (default: every layout). */
  layouts?: readonly Layout[];
  make: (kind: DocKind, layout: Layout) => Seed;
  expect: Expectation | ((ctx: SeedContext) => Expectation);
  /**
   * Other rules the defect itself breaks too (a .VnTime paragraph is also not in Times New Roman). Their
   * error findings are not counted as collateral false errors. Keep it to real second violations: a
   * rule that speaks about a component the defect removed is a false error, not an explained one.
   */
  explains?: string[];
}

// ---------------------------------------------------------------------------------------------------
// The catalog (party-rules.md): every id has at least one defect below
// ---------------------------------------------------------------------------------------------------

export const CATALOG_RULES: readonly string[] = [
  'party/page-size',
  'party/page-margins',
  'party/font-family',
  'party/legacy-encoding',
  'party/page-number',
  'party/party-header-missing',
  'party/party-header-format',
  'party/party-header-rule',
  'party/issuer-missing',
  'party/issuer-format',
  'party/issuer-star',
  'party/number-missing',
  'party/number-format',
  'party/number-type-mismatch',
  'party/number-issuer-mismatch',
  'party/date-missing',
  'party/date-format',
  'party/date-invalid',
  'party/place-admin-level',
  'party/type-name-missing',
  'party/type-name-format',
  'party/type-name-unknown',
  'party/summary-format',
  'party/summary-separator',
  'party/cv-summary',
  'party/body-font-size',
  'party/body-alignment',
  'party/body-indent',
  'party/body-spacing',
  'party/body-line-spacing',
  'party/body-final-period',
  'party/basis-punctuation',
  'party/structure-format',
  'party/structure-sequence',
  'party/abbreviation-undefined',
  'party/citation-incomplete',
  'party/signature-missing',
  'party/signature-authority',
  'party/signature-format',
  'party/signature-name',
  'party/signature-member-title',
  'party/recipients-missing',
  'party/recipients-format',
  'party/recipients-punctuation',
  'party/recipients-archive',
  'party/kinh-gui',
  'party/urgency-mark',
  'party/circulation-note',
  'party/draft-note',
  'party/typist-mark',
  'party/contact-info',
  'party/appendix',
  'party/copy-format',
  'text/unicode-nfc',
  'text/uppercase-diacritics',
  'text/spacing',
  'text/tone-style-mixed',
  'template/required-section',
  'template/section-order',
  'template/required-field',
  'template/field-value',
];

// ---------------------------------------------------------------------------------------------------
// Kinds and texts
// ---------------------------------------------------------------------------------------------------

/** Kinds with a type name line, summary and separator (all but the công văn). */
const TITLED = DOC_KINDS.filter((k) => k !== 'CV');
/** Kinds with "Nơi nhận:" (all but the biên bản, whose footer holds two signatures). */
const WITH_RECIPIENTS = DOC_KINDS.filter((k) => k !== 'BB');
/** Kinds whose signature has an authority line (`T/M …`). */
const WITH_AUTHORITY = DOC_KINDS.filter((k) => k !== 'BB');
/** Kinds addressed with "Kính gửi:". */
const ADDRESSED: DocKind[] = ['CV', 'TTr'];

const comps = (kind: DocKind, extra: DraftOptions = {}): ResolvedComponents => resolveComponents({ kind, ...extra });

/** First line of a component of a kind's compliant draft. */
function text(kind: DocKind, name: ComponentName): string {
  const t = comps(kind)[name]?.text;
  const first = Array.isArray(t) ? t[0] : t;
  if (first === undefined) throw new TypeError(`defects: kind ${kind} has no ${name}`);
  return first;
}

function lines(kind: DocKind, name: ComponentName): string[] {
  const t = comps(kind)[name]?.text;
  return t === undefined ? [] : Array.isArray(t) ? [...t] : [t];
}

/** The number of a kind's compliant draft split into its parts: `Số 15-NQ/TU`. */
function numberParts(kind: DocKind): { no: string; type: string; issuer: string } {
  const m = /^Số (\d+)-([^/]+)\/(.+)$/.exec(text(kind, 'number'));
  if (!m) throw new TypeError(`defects: unexpected number of ${kind}`);
  return { no: m[1]!, type: m[2]!, issuer: m[3]! };
}

const paraText = (p: BodyPara): string => (typeof p === 'string' ? p : (p.lead ?? '') + p.text);
const body = (kind: DocKind): BodyPara[] => [...KIND_CONTENT[kind].body];
const bodyTexts = (kind: DocKind): string[] => body(kind).map(paraText);

/** Index of the longest plain body paragraph ending with a period (ordinary running text). */
function longestPlain(kind: DocKind): number {
  let best = -1;
  body(kind).forEach((p, i) => {
    if (typeof p === 'string' && p.endsWith('.') && (best < 0 || p.length > (body(kind)[best] as string).length)) best = i;
  });
  if (best < 0) throw new TypeError(`defects: kind ${kind} has no plain body paragraph`);
  return best;
}

/** Body paragraphs with paragraph `i` replaced. */
function replaceBody(kind: DocKind, i: number, p: BodyPara | BodyPara[]): BodyPara[] {
  const b = body(kind);
  b.splice(i, 1, ...(Array.isArray(p) ? p : [p]));
  return b;
}

/** Body paragraphs with `extra` inserted before the closing paragraph. */
function insertBody(kind: DocKind, ...extra: BodyPara[]): BodyPara[] {
  const b = body(kind);
  b.splice(b.length - 1, 0, ...extra);
  return b;
}

/** The n-th body paragraph (from the start, or from the end when negative) with its text changed. */
function mapBody(kind: DocKind, at: number, fn: (text: string) => string): BodyPara[] {
  const b = body(kind);
  const i = at < 0 ? b.length + at : at;
  const p = b[i]!;
  if (typeof p === 'string') b[i] = fn(p);
  else if (p.lead !== undefined) b[i] = { ...p, text: fn(p.lead + p.text).slice(p.lead.length) };
  else b[i] = { ...p, text: fn(p.text) };
  return b;
}

const at = (paragraphText: Where | Where[] | null, extra: Omit<Expectation, 'paragraphText'> = {}): Expectation => ({ paragraphText, ...extra });
const documentLevel: Expectation = { paragraphText: null };
/**
 * `Where` that matches a whole line exactly (a string would also match longer lines containing it) — or
 * a whole tab-separated part of it, since tab layouts put a left and a right component in one paragraph.
 */
const exactly = (s: string): RegExp => new RegExp(`(?:^|\\t)${s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?:\\t|$)`);
const stripMarks = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/Đ/g, 'D').replace(/đ/g, 'd');

// ---------------------------------------------------------------------------------------------------
// Legacy encodings: TCVN3 (ABC, fonts .VnTime) and VNI (fonts VNI-Times)
// ---------------------------------------------------------------------------------------------------

const TCVN3_FROM = 'àảãáạăằẳẵắặâầẩẫấậđèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵĂÂÊÔƠƯĐ';
const TCVN3_TO = 'µ¶·¸¹¨»¼½¾Æ©ÇÈÉÊË®ÌÎÏÐÑªÒÓÔÕÖ×ØÜÝÞßáâãä«åæçèé¬êëìíîïñòóô\u00adõö÷øùúûüýþ¡¢£¤¥¦§';

/** Unicode → TCVN3 bytes read as Latin-1, what a .VnTime paragraph holds once opened in Unicode Word. */
export function toTcvn3(s: string): string {
  return [...s.normalize('NFC')]
    .map((ch) => {
      const i = TCVN3_FROM.indexOf(ch);
      if (i >= 0) return TCVN3_TO[i];
      if (/[\u00c0-\u1ef9]/.test(ch)) throw new TypeError(`toTcvn3: no TCVN3 code for «${ch}»`);
      return ch;
    })
    .join('');
}

const VNI_TONE: Record<string, string> = { '\u0301': 'ù', '\u0300': 'ø', '\u0309': 'û', '\u0303': 'õ', '\u0323': 'ï' };
const VNI_TONE_HAT: Record<string, string> = { '\u0301': 'á', '\u0300': 'à', '\u0309': 'å', '\u0303': 'ã', '\u0323': 'ä' };
const VNI_TONE_BREVE: Record<string, string> = { '\u0301': 'é', '\u0300': 'è', '\u0309': 'ú', '\u0303': 'ü', '\u0323': 'ë' };
const VNI_I: Record<string, string> = { '\u0301': 'í', '\u0300': 'ì', '\u0309': 'æ', '\u0303': 'ó', '\u0323': 'ò' };

/** Unicode → VNI Windows (lower-case letters and plain capitals): `Việt` → `Vieät`, `được` → `ñöôïc`. */
export function toVni(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFC')) {
    const d = ch.normalize('NFD');
    const base = d[0]!;
    const marks = d.slice(1);
    const tone = [...marks].find((m) => m in VNI_TONE);
    const hat = marks.includes('\u0302');
    const breve = marks.includes('\u0306');
    const horn = marks.includes('\u031b');
    if (ch === 'đ') out += 'ñ';
    else if (ch === 'Đ') out += 'Ñ';
    else if (!/[a-z]/.test(base) || marks === '') {
      if (/[\u00c0-\u1ef9]/.test(ch)) throw new TypeError(`toVni: no VNI code for «${ch}»`);
      out += ch;
    } else if (base === 'i' && tone) out += VNI_I[tone];
    else if (base === 'y' && tone === '\u0323') out += 'î';
    else if (hat) out += base + (tone ? VNI_TONE_HAT[tone] : 'â');
    else if (breve) out += base + (tone ? VNI_TONE_BREVE[tone] : 'ê');
    else if (horn) out += (base === 'o' ? 'ô' : 'ö') + (tone ? VNI_TONE[tone] : '');
    else out += base + (tone ? VNI_TONE[tone] : '');
  }
  return out;
}

/** A sentence drafters paste from an old file typed in a legacy encoding. */
/** A syllable with the new tone-mark placement (`hòa`, `khóa`, `ủy`), which the drafts use. */
const NEW_STYLE_TONE = /(?:[òóỏõọ][ae]|[ùúủũụ]y)(?!\p{L})/iu;

const PASTED = 'Các cấp ủy, tổ chức đảng tiếp tục quán triệt sâu sắc và tổ chức thực hiện nghiêm túc các nội dung trên.';

// ---------------------------------------------------------------------------------------------------
// Spec edits: components the draft options do not have (urgency mark, draft note, appendix …)
// ---------------------------------------------------------------------------------------------------

type Container = (ParaSpec | string | { table: unknown })[];

/** Every array of the spec that holds paragraphs (the body, table cells, text boxes). */
function containers(spec: DocSpec): Container[] {
  const out: Container[] = [];
  const walk = (items: Container) => {
    out.push(items);
    for (const b of items) {
      if (typeof b === 'string') continue;
      if ('table' in b) {
        const t = b as { table: { rows: ({ paragraphs: Container } | Container)[][] } };
        for (const row of t.table.rows) for (const cell of row) walk(Array.isArray(cell) ? cell : cell.paragraphs);
        continue;
      }
      const boxes = b.textBox === undefined ? [] : Array.isArray(b.textBox) ? b.textBox : [b.textBox];
      for (const box of boxes) walk(box.paragraphs as Container);
    }
  };
  walk(spec.body as Container);
  return out;
}

const runText = (r: RunSpec | string): string => (typeof r === 'string' ? r : r.tab ? '' : r.text);

const isParaWith = (b: Container[number], text: string): boolean =>
  typeof b !== 'string' && !('table' in b) && (b as ParaSpec).runs.some((r) => runText(r) === text);

/** Insert paragraphs after (or before) the last paragraph holding a run whose text is `text`, in its container. */
function insertBeside(spec: DocSpec, text: string, paras: ParaSpec[], where: 'after' | 'before' = 'after'): DocSpec {
  for (const items of containers(spec).reverse()) {
    let i = items.length - 1;
    while (i >= 0 && !isParaWith(items[i]!, text)) i--;
    if (i >= 0) {
      items.splice(where === 'after' ? i + 1 : i, 0, ...paras);
      return spec;
    }
  }
  throw new TypeError(`insertBeside: no paragraph with the run «${text}»`);
}

/** Left-column lines: centred in table and text-box columns, at the margin in tab and stacked layouts. */
const leftAlign = (layout: Layout) => (layout === 'table' || layout === 'textbox' ? 'center' : 'left');

const line = (t: string, fmt: Omit<RunSpec, 'text'>, para: Omit<ParaSpec, 'runs'> = {}): ParaSpec => ({
  runs: [{ text: t, ...fmt }],
  markRun: { sz: fmt.sz ?? 14 },
  ...para,
});

/** A component line inserted right under the number (urgency mark, draft note). */
function underNumber(kind: DocKind, layout: Layout, para: ParaSpec): Seed {
  return { options: {}, edit: (spec) => insertBeside(spec, text(kind, 'number'), [{ align: leftAlign(layout), ...para }]) };
}

/** Paragraphs appended after the whole document (after the signature and recipients). */
const append = (...paras: ParaSpec[]): Seed => ({ options: {}, edit: (spec) => void spec.body.push(...paras) });

const pick = <T extends object, K extends keyof T>(o: T | undefined, ...keys: K[]): Partial<Pick<T, K>> =>
  Object.fromEntries(keys.filter((k) => o?.[k] !== undefined).map((k) => [k, o![k]])) as Partial<Pick<T, K>>;

/**
 * Appendices after the document, and the body sentence that refers to them. An appendix on a new page
 * makes the draft longer: its page count (app.xml) and page numbers follow, as Word would have them.
 */
const withAppendices = (kind: DocKind, reference: string, ...paras: ParaSpec[]): Seed => ({
  options: { bodyParagraphs: insertBody(kind, reference) },
  edit: (spec) => {
    spec.body.push(...paras);
    const breaks = paras.filter((p) => p.pageBreakBefore).length;
    if (breaks === 0) return;
    spec.app = { ...spec.app, pages: (spec.app?.pages ?? 1) + breaks };
    spec.section = { ...spec.section, ...pick(draftSpec({ kind, pages: 2 }).section, 'titlePage', 'headers') };
  },
});

const APPENDIX_TITLE = 'DANH SÁCH CÁC TỔ CHỨC ĐẢNG ĐƯỢC KIỂM TRA NĂM 2026';
const appendixLines = (label: string, pageBreak: boolean): ParaSpec[] => [
  line(label, { sz: 14, b: true }, { align: 'center', pageBreakBefore: pageBreak }),
  line(APPENDIX_TITLE, { sz: 14, b: true }, { align: 'center', spacingAfterPt: 6 }),
  line('1. Đảng ủy xã Đức Hòa: kiểm tra trong quý II năm 2026.', { sz: 14 }, { align: 'both', indentFirstMm: 10, spacingAfterPt: 6 }),
];

/** A copy (bản sao) after the copied text: full-width line, copy kind, copying body and copy number. */
const copyBlock = (kindLine: ParaSpec, number: string): ParaSpec[] => [
  { runs: [], markRun: { sz: 14 }, borderBottom: true, spacingBeforePt: 12 },
  kindLine,
  line('VĂN PHÒNG TỈNH ỦY', { sz: 14, b: true }, { align: 'left' }),
  line(number, { sz: 14 }, { align: 'left' }),
  line('Tân An, ngày 12 tháng 01 năm 2026', { sz: 14, i: true }, { align: 'right' }),
];

// ---------------------------------------------------------------------------------------------------
// The defects
// ---------------------------------------------------------------------------------------------------

const override = (name: ComponentName, spec: object): DraftOptions => ({ overrides: { [name]: spec } });
const firstBody = (kind: DocKind): string => bodyTexts(kind)[0]!;
const lastBody = (kind: DocKind): string => bodyTexts(kind).at(-1)!;
const recipients = (kind: DocKind): string[] => lines(kind, 'recipientsItems');

export const DEFECTS: readonly Defect[] = [
  // -- page and font -------------------------------------------------------------------------------
  {
    rule: 'party/page-size',
    name: 'US Letter paper (Word set up in English)',
    make: () => ({ section: { widthMm: 215.9, heightMm: 279.4 } }),
    expect: documentLevel,
  },
  {
    rule: 'party/page-size',
    name: 'landscape page without a table',
    make: () => ({ section: { orientation: 'landscape' } }),
    expect: documentLevel,
  },
  {
    rule: 'party/page-margins',
    name: "Word's default margins (1 inch all round)",
    make: () => ({ section: { marginsMm: { top: 25.4, bottom: 25.4, left: 25.4, right: 25.4 } } }),
    expect: documentLevel,
  },
  {
    rule: 'party/page-margins',
    name: 'left and right margins swapped (15 / 30)',
    make: () => ({ section: { marginsMm: { left: 15, right: 30 } } }),
    expect: documentLevel,
  },
  {
    rule: 'party/font-family',
    name: 'body typed in Arial',
    make: () => override('body', { font: 'Arial' }),
    expect: ({ kind }) => at(firstBody(kind), { orDocumentLevel: true }),
  },
  {
    rule: 'party/font-family',
    name: 'Normal style in Arial (the whole document)',
    make: () => ({ styles: { paragraphStyles: [{ id: 'Normal', name: 'Normal', default: true, run: { font: 'Arial', sz: 14 } }] } }),
    // Reported once, on the first run in Arial: the first line of the document.
    expect: ({ spec }) => at(paragraphs(spec).flatMap((p) => p.runs.map(runText)).find((t) => t.trim() !== '') ?? '', { orDocumentLevel: true }),
  },
  {
    rule: 'party/font-family',
    name: "signer's name in Tahoma",
    make: () => override('signatureName', { font: 'Tahoma' }),
    expect: ({ c }) => at(c.signatureName!.text as string, { orDocumentLevel: true }),
  },
  {
    rule: 'party/legacy-encoding',
    name: 'paragraph pasted from a .VnTime (TCVN3) file',
    make: (kind) => ({
      options: { bodyParagraphs: insertBody(kind, toTcvn3(PASTED)) },
      edit: (spec) => {
        for (const p of paragraphs(spec)) p.runs = p.runs.map((r) => (typeof r !== 'string' && r.text === toTcvn3(PASTED) ? { ...r, font: '.VnTime' } : r));
      },
    }),
    expect: at(toTcvn3(PASTED), { fixedText: PASTED }),
    explains: ['party/font-family'],
  },
  {
    rule: 'party/legacy-encoding',
    name: 'paragraph pasted from a VNI-Times file',
    make: (kind) => ({
      options: { bodyParagraphs: insertBody(kind, toVni(PASTED)) },
      edit: (spec) => {
        for (const p of paragraphs(spec)) p.runs = p.runs.map((r) => (typeof r !== 'string' && r.text === toVni(PASTED) ? { ...r, font: 'VNI-Times' } : r));
      },
    }),
    expect: at(toVni(PASTED), { fixedText: PASTED }),
    explains: ['party/font-family'],
  },
  {
    rule: 'party/page-number',
    name: 'three pages without page numbers',
    make: () => ({ pages: 3, pageNumbers: 'none' }),
    expect: documentLevel,
  },
  {
    rule: 'party/page-number',
    name: 'three pages numbered from the first page',
    make: () => ({ pages: 3, pageNumbers: 'all' }),
    expect: documentLevel,
  },

  // -- header block (ô 1–4) ------------------------------------------------------------------------
  {
    rule: 'party/party-header-missing',
    name: 'no Party header',
    make: () => ({ omit: ['partyHeader'] }),
    expect: ({ kind }) => at(text(kind, 'issuer'), { component: 'partyHeader' }),
  },
  {
    rule: 'party/party-header-format',
    name: 'Party header 14 pt, not bold',
    make: () => override('partyHeader', { sz: 14, b: false }),
    expect: at(DEFAULT_TEXTS.partyHeader, { component: 'partyHeader' }),
  },
  {
    rule: 'party/party-header-format',
    name: 'Party header in italics',
    make: () => override('partyHeader', { i: true }),
    expect: at(DEFAULT_TEXTS.partyHeader, { component: 'partyHeader' }),
  },
  {
    rule: 'party/party-header-rule',
    name: 'no line under the Party header',
    make: () => ({ partyHeaderRule: 'none' }),
    expect: at(DEFAULT_TEXTS.partyHeader, { component: 'partyHeader' }),
  },
  {
    rule: 'party/issuer-missing',
    name: 'no issuing body',
    // Not the biên bản of a chi bộ: without «CHI BỘ ẤP 3» its parent line «ĐẢNG BỘ XÃ TÂN AN» reads as a
    // compliant issuing body.
    kinds: DOC_KINDS.filter((k) => !KIND_CONTENT[k].issuer?.parent),
    make: () => ({ omit: ['issuer'] }),
    expect: ({ kind }) => at([DEFAULT_TEXTS.partyHeader, text(kind, 'number'), '*', ...lines(kind, 'parentIssuer')], { component: 'issuer', orDocumentLevel: true }),
  },
  {
    rule: 'party/issuer-format',
    name: 'issuing body not bold',
    make: () => override('issuer', { b: false }),
    expect: ({ kind }) => at(text(kind, 'issuer'), { component: 'issuer' }),
  },
  {
    rule: 'party/issuer-format',
    name: 'chi bộ without its parent line',
    kinds: ['NQ', 'BB', 'CV', 'TB'],
    make: () => ({ issuer: { parent: null, name: 'CHI BỘ ẤP 3' } }),
    // The missing line is the parent's: a finding on the issuer's line may name either component.
    expect: at('CHI BỘ ẤP 3'),
    // A chi bộ's annual resolution has a template, and the Tỉnh ủy's resolution text lacks its parts.
    explains: ['template/required-section'],
  },
  {
    rule: 'party/issuer-star',
    name: 'no star under the issuing body',
    make: () => ({ omit: ['star'] }),
    expect: ({ kind }) => at(text(kind, 'issuer'), { component: 'star' }),
  },
  {
    rule: 'party/issuer-star',
    name: 'three stars',
    make: () => override('star', { text: '***' }),
    expect: at('***', { component: 'star', fixedText: exactly('*') }),
  },
  {
    rule: 'party/number-missing',
    name: 'no number and symbol',
    make: () => ({ omit: ['number'] }),
    expect: at('*', { component: 'number' }),
  },
  {
    rule: 'party/number-format',
    name: 'State style «Số: 15/NQ-TU»',
    make: (kind) => {
      const n = numberParts(kind);
      return override('number', { text: `Số: ${n.no}/${n.type}-${n.issuer}` });
    },
    expect: ({ kind }) => {
      const n = numberParts(kind);
      return at(`Số: ${n.no}/${n.type}-${n.issuer}`, { component: 'number', fixedText: `Số ${n.no}-${n.type}/${n.issuer}` });
    },
  },
  {
    rule: 'party/number-format',
    name: 'single-digit number without its zero',
    make: (kind) => override('number', { text: `Số 5-${numberParts(kind).type}/${numberParts(kind).issuer}` }),
    expect: ({ kind }) => {
      const n = numberParts(kind);
      return at(`Số 5-${n.type}/${n.issuer}`, { component: 'number', fixedText: `Số 05-${n.type}/${n.issuer}` });
    },
  },
  {
    rule: 'party/number-format',
    name: 'number in bold',
    make: () => override('number', { b: true }),
    expect: ({ kind }) => at(text(kind, 'number'), { component: 'number' }),
  },
  {
    rule: 'party/number-type-mismatch',
    name: 'type symbol of another type',
    kinds: TITLED,
    make: (kind) => {
      const n = numberParts(kind);
      return override('number', { text: `Số ${n.no}-${n.type === 'KL' ? 'NQ' : 'KL'}/${n.issuer}` });
    },
    expect: ({ kind }) => {
      const n = numberParts(kind);
      return at(`Số ${n.no}-${n.type === 'KL' ? 'NQ' : 'KL'}/${n.issuer}`, { component: 'number' });
    },
  },
  {
    rule: 'party/number-issuer-mismatch',
    name: 'issuer symbol of a huyện ủy on a tỉnh ủy document',
    kinds: DOC_KINDS.filter((k) => k !== 'BB'),
    make: (kind) => {
      const n = numberParts(kind);
      return override('number', { text: `Số ${n.no}-${n.type}/HU` });
    },
    expect: ({ kind }) => at(`Số ${numberParts(kind).no}-${numberParts(kind).type}/HU`, { component: 'number' }),
  },
  {
    rule: 'party/date-missing',
    name: 'no place and date',
    make: () => ({ omit: ['placeDate'] }),
    expect: at(DEFAULT_TEXTS.partyHeader, { component: 'placeDate' }),
  },
  {
    rule: 'party/date-format',
    name: 'day and month without leading zeros',
    make: () => override('placeDate', { text: 'Tân An, ngày 8 tháng 1 năm 2026' }),
    expect: at('Tân An, ngày 8 tháng 1 năm 2026', { component: 'placeDate', fixedText: 'Tân An, ngày 08 tháng 01 năm 2026' }),
  },
  {
    rule: 'party/date-format',
    name: 'numeric date',
    make: () => override('placeDate', { text: 'Tân An, 08/01/2026' }),
    expect: at('Tân An, 08/01/2026', { component: 'placeDate', fixedText: 'Tân An, ngày 08 tháng 01 năm 2026' }),
  },
  {
    rule: 'party/date-format',
    name: 'date not italic',
    make: () => override('placeDate', { i: false }),
    expect: at(DEFAULT_TEXTS.placeDate, { component: 'placeDate' }),
  },
  {
    rule: 'party/date-invalid',
    name: '30 February',
    make: () => override('placeDate', { text: 'Tân An, ngày 30 tháng 02 năm 2026' }),
    expect: at('Tân An, ngày 30 tháng 02 năm 2026', { component: 'placeDate' }),
  },
  {
    rule: 'party/place-admin-level',
    name: 'one-syllable place without its level («Huế»)',
    make: () => override('placeDate', { text: 'Huế, ngày 08 tháng 01 năm 2026' }),
    expect: at('Huế, ngày 08 tháng 01 năm 2026', { component: 'placeDate' }),
  },

  // -- type name and summary (ô 5) -----------------------------------------------------------------
  {
    rule: 'party/type-name-missing',
    name: 'no type name',
    kinds: TITLED,
    make: () => ({ omit: ['typeName'] }),
    expect: ({ kind }) => at(text(kind, 'summary'), { component: 'typeName' }),
  },
  {
    rule: 'party/type-name-format',
    name: 'type name 14 pt, not bold',
    kinds: TITLED,
    make: () => override('typeName', { sz: 14, b: false }),
    expect: ({ kind }) => at(text(kind, 'typeName'), { component: 'typeName' }),
  },
  {
    rule: 'party/type-name-format',
    name: 'type name left-aligned',
    kinds: TITLED,
    make: () => override('typeName', { align: 'left' }),
    expect: ({ kind }) => at(text(kind, 'typeName'), { component: 'typeName' }),
  },
  {
    rule: 'party/type-name-unknown',
    name: 'State-only type «NGHỊ ĐỊNH»',
    kinds: ['NQ'],
    make: () => ({ overrides: { typeName: { text: 'NGHỊ ĐỊNH' }, number: { text: 'Số 15-NĐ/TU' } } }),
    expect: at('NGHỊ ĐỊNH', { component: 'typeName' }),
  },
  {
    rule: 'party/summary-format',
    name: 'summary not bold',
    kinds: TITLED,
    make: () => override('summary', { b: false }),
    expect: ({ kind }) => at(text(kind, 'summary'), { component: 'summary' }),
  },
  {
    rule: 'party/summary-format',
    name: 'summary starting with a capital «Về …»',
    kinds: TITLED.filter((k) => text(k, 'summary').startsWith('về ')),
    make: (kind) => override('summary', { text: `V${text(kind, 'summary').slice(1)}` }),
    expect: ({ kind }) => at(`V${text(kind, 'summary').slice(1)}`, { component: 'summary', fixedText: text(kind, 'summary') }),
  },
  {
    rule: 'party/summary-separator',
    name: 'no separator line',
    kinds: TITLED,
    make: () => ({ omit: ['separator'] }),
    // The line is missing between the summary and what follows it: either neighbour is the right place.
    expect: ({ kind }) => at([text(kind, 'summary'), ADDRESSED.includes(kind) ? DEFAULT_TEXTS.kinhGui : firstBody(kind)], { component: 'separator' }),
  },
  {
    rule: 'party/summary-separator',
    name: 'separator of ten hyphens',
    kinds: TITLED,
    make: () => override('separator', { text: '----------' }),
    expect: at('----------', { component: 'separator', fixedText: exactly('-----') }),
  },
  {
    rule: 'party/cv-summary',
    name: 'State prefix «V/v»',
    kinds: ['CV'],
    make: (kind) => override('cvSummary', { text: text(kind, 'cvSummary').replace(/^về việc /, 'V/v ') }),
    expect: ({ kind }) => at(text(kind, 'cvSummary').replace(/^về việc /, 'V/v '), { component: 'cvSummary', fixedText: /^(?!.*V\/v)/ }),
  },
  {
    rule: 'party/cv-summary',
    name: 'công văn summary 14 pt bold upright',
    kinds: ['CV'],
    make: () => override('cvSummary', { sz: 14, b: true, i: false }),
    expect: ({ kind }) => at(text(kind, 'cvSummary'), { component: 'cvSummary' }),
  },

  // -- body (ô 6) ----------------------------------------------------------------------------------
  {
    rule: 'party/body-font-size',
    name: 'body 13 pt',
    make: () => override('body', { sz: 13 }),
    expect: ({ kind }) => at(bodyTexts(kind)),
  },
  {
    rule: 'party/body-alignment',
    name: 'body left-aligned, not justified',
    make: () => ({ bodyFormat: { align: 'left' } }),
    expect: ({ kind }) => at(bodyTexts(kind)),
  },
  {
    rule: 'party/body-indent',
    name: 'no first-line indent',
    make: () => ({ bodyFormat: { indentFirstMm: 0 } }),
    expect: ({ kind }) => at(bodyTexts(kind)),
  },
  {
    rule: 'party/body-spacing',
    name: 'no space between paragraphs',
    make: () => ({ bodyFormat: { spacingAfterPt: 0 } }),
    expect: ({ kind }) => at(bodyTexts(kind)),
  },
  {
    rule: 'party/body-line-spacing',
    name: 'line spacing exactly 13 pt',
    make: () => ({ bodyFormat: { line: { rule: 'exact', value: 13 } } }),
    expect: ({ kind }) => at(bodyTexts(kind)),
  },
  {
    rule: 'party/body-final-period',
    name: 'closing paragraph without its period',
    make: (kind) => ({ bodyParagraphs: mapBody(kind, -1, (t) => t.replace(/\.$/, '')) }),
    expect: ({ kind }) => at(lastBody(kind).replace(/\.$/, ''), { fixedText: lastBody(kind) }),
  },
  {
    rule: 'party/body-final-period',
    name: 'State style «./.» at the end',
    make: (kind) => ({ bodyParagraphs: mapBody(kind, -1, (t) => `${t}/.`) }),
    expect: ({ kind }) => at(`${lastBody(kind)}/.`, { fixedText: /[^/]\.$/ }),
  },
  {
    rule: 'party/basis-punctuation',
    name: '«Căn cứ» line without its semicolon',
    kinds: ['QĐ'],
    make: (kind) => ({ bodyParagraphs: mapBody(kind, 1, (t) => t.replace(/;$/, '')) }),
    expect: at(exactly('Căn cứ Điều lệ Đảng'), { component: 'basis', fixedText: 'Căn cứ Điều lệ Đảng;' }),
  },
  {
    rule: 'party/basis-punctuation',
    name: '«Căn cứ» line ending with a period',
    kinds: ['QĐ'],
    make: (kind) => ({ bodyParagraphs: mapBody(kind, 2, (t) => t.replace(/;$/, '.')) }),
    expect: ({ kind }) => at(bodyTexts(kind)[2]!.replace(/;$/, '.'), { component: 'basis', fixedText: bodyTexts(kind)[2]! }),
  },
  {
    rule: 'party/structure-format',
    name: '«Điều 1» without the period after the number',
    kinds: ['QĐi', 'QĐ'],
    make: (kind) => ({ bodyParagraphs: body(kind).map((p) => (paraText(p).startsWith('Điều 1.') ? mapOne(p, (t) => t.replace('Điều 1.', 'Điều 1')) : p)) }),
    expect: at(/^Điều 1 /, { fixedText: /^Điều 1\. / }),
  },
  {
    rule: 'party/structure-format',
    name: '«Chương I» heading not bold',
    kinds: ['QĐi'],
    make: (kind) => ({ bodyParagraphs: body(kind).map((p) => (paraText(p) === 'Chương I' ? { text: 'Chương I', align: 'center' } : p)) }),
    expect: at(exactly('Chương I')),
  },
  {
    rule: 'party/structure-format',
    name: 'article title not bold',
    kinds: ['QĐi'],
    make: (kind) => ({ bodyParagraphs: body(kind).map((p) => (paraText(p) === 'Điều 2. Đối tượng áp dụng' ? 'Điều 2. Đối tượng áp dụng' : p)) }),
    expect: at('Điều 2. Đối tượng áp dụng'),
  },
  {
    rule: 'party/structure-sequence',
    name: 'skipped article number (Điều 2, Điều 4)',
    kinds: ['QĐi', 'QĐ'],
    make: (kind) => ({ bodyParagraphs: body(kind).map((p) => mapOne(p, (t) => t.replace(/^Điều (\d+)\./, (m, n: string) => (Number(n) >= 3 ? `Điều ${Number(n) + 1}.` : m)))) }),
    expect: at(/^Điều 4\./),
  },
  {
    rule: 'party/structure-sequence',
    name: 'skipped khoản number (1., 3.)',
    kinds: DOC_KINDS.filter((k) => bodyTexts(k).some((t) => t.startsWith('2. '))),
    make: (kind) => {
      const i = bodyTexts(kind).findIndex((t) => t.startsWith('2. '));
      return { bodyParagraphs: mapBody(kind, i, (t) => t.replace(/^2\. /, '3. ')) };
    },
    expect: ({ kind }) => at(bodyTexts(kind).find((t) => t.startsWith('2. '))!.replace(/^2\. /, '3. ')),
  },
  {
    rule: 'party/structure-sequence',
    name: 'điểm letters in the English alphabet (d, e: «đ» skipped)',
    kinds: ['NQ', 'KH', 'HD'],
    make: (kind) => {
      const i = bodyTexts(kind).findIndex((t) => t.startsWith('1. '));
      const points = ['a) Nâng cao chất lượng sinh hoạt chi bộ;', 'b) Đổi mới phương thức lãnh đạo;', 'c) Tăng cường kiểm tra, giám sát;', 'd) Làm tốt công tác phát triển đảng viên;', 'e) Phát huy vai trò của người đứng đầu.'];
      return { bodyParagraphs: replaceBody(kind, i, [body(kind)[i]!, ...points]) };
    },
    expect: at(/^e\) Phát huy/),
  },
  {
    rule: 'party/abbreviation-undefined',
    name: 'abbreviation «CCHC» never spelled out',
    make: (kind) => ({ bodyParagraphs: insertBody(kind, 'Đẩy mạnh CCHC, nâng cao chất lượng phục vụ người dân và doanh nghiệp.') }),
    expect: at('Đẩy mạnh CCHC'),
  },
  {
    rule: 'party/citation-incomplete',
    name: 'first citation of a resolution without its date',
    make: (kind) => ({ bodyParagraphs: insertBody(kind, 'Tiếp tục thực hiện Nghị quyết số 14-NQ/TU của Ban Thường vụ Tỉnh ủy về chuyển đổi số trong các cơ quan đảng.') }),
    expect: at('Nghị quyết số 14-NQ/TU'),
  },

  // -- signature (ô 7) -----------------------------------------------------------------------------
  {
    rule: 'party/signature-missing',
    name: 'no signature block',
    kinds: WITH_AUTHORITY,
    make: () => ({ omit: ['signatureAuthority', 'signaturePosition', 'signatureName'] }),
    expect: ({ kind }) => at([lastBody(kind), ...recipients(kind)], { component: 'signatureName' }),
  },
  {
    rule: 'party/signature-authority',
    name: 'State form «TM.»',
    kinds: WITH_AUTHORITY,
    make: () => override('signatureAuthority', { text: 'TM. BAN THƯỜNG VỤ' }),
    expect: at('TM. BAN THƯỜNG VỤ', { component: 'signatureAuthority', fixedText: 'T/M BAN THƯỜNG VỤ' }),
  },
  {
    rule: 'party/signature-authority',
    name: 'State form «KT.» for a deputy',
    kinds: WITH_AUTHORITY,
    make: () => ({ overrides: { signatureAuthority: { text: 'KT. BÍ THƯ' }, signaturePosition: { text: 'PHÓ BÍ THƯ' } } }),
    expect: at('KT. BÍ THƯ', { component: 'signatureAuthority', fixedText: 'K/T BÍ THƯ' }),
  },
  {
    rule: 'party/signature-format',
    name: "signer's name not bold",
    make: () => override('signatureName', { b: false }),
    expect: ({ c }) => at(c.signatureName!.text as string, { component: 'signatureName' }),
  },
  {
    rule: 'party/signature-format',
    name: 'authority line not bold',
    kinds: WITH_AUTHORITY,
    make: () => override('signatureAuthority', { b: false }),
    expect: at(DEFAULT_TEXTS.signatureAuthority, { component: 'signatureAuthority' }),
  },
  {
    rule: 'party/signature-name',
    name: 'academic title «TS.» before the name',
    make: (kind) => override('signatureName', { text: `TS. ${text(kind, 'signatureName')}` }),
    expect: ({ kind }) => at(`TS. ${text(kind, 'signatureName')}`, { component: 'signatureName', fixedText: exactly(text(kind, 'signatureName')) }),
  },
  {
    rule: 'party/signature-name',
    name: 'military rank «Đại tá» before the name',
    make: (kind) => override('signatureName', { text: `Đại tá ${text(kind, 'signatureName')}` }),
    expect: ({ kind }) => at(`Đại tá ${text(kind, 'signatureName')}`, { component: 'signatureName', fixedText: exactly(text(kind, 'signatureName')) }),
  },
  {
    rule: 'party/signature-member-title',
    name: '«ỦY VIÊN» under «T/M»',
    kinds: WITH_AUTHORITY,
    make: () => override('signaturePosition', { text: 'ỦY VIÊN' }),
    expect: at('ỦY VIÊN', { component: 'signaturePosition' }),
  },

  // -- recipients (ô 9) ----------------------------------------------------------------------------
  {
    rule: 'party/recipients-missing',
    name: 'no «Nơi nhận»',
    kinds: WITH_RECIPIENTS,
    make: () => ({ omit: ['recipientsLabel', 'recipientsItems'] }),
    expect: at(DEFAULT_TEXTS.signatureAuthority, { component: 'recipientsLabel' }),
  },
  {
    rule: 'party/recipients-format',
    name: '«Nơi nhận:» not underlined',
    kinds: WITH_RECIPIENTS,
    make: () => override('recipientsLabel', { u: false }),
    expect: at(DEFAULT_TEXTS.recipientsLabel, { component: 'recipientsLabel' }),
  },
  {
    rule: 'party/recipients-format',
    name: 'recipient lines 14 pt',
    kinds: WITH_RECIPIENTS,
    make: () => override('recipientsItems', { sz: 14 }),
    expect: ({ kind }) => at(recipients(kind), { component: 'recipientsItem' }),
  },
  {
    rule: 'party/recipients-punctuation',
    name: 'State style: items ending with «;»',
    kinds: WITH_RECIPIENTS,
    make: (kind) => override('recipientsItems', { text: recipients(kind).map((t, i, a) => (i < a.length - 1 ? t.replace(/,$/, ';') : t)) }),
    expect: ({ kind }) => at(recipients(kind)[0]!.replace(/,$/, ';'), { component: 'recipientsItem', fixedText: recipients(kind)[0]! }),
  },
  {
    rule: 'party/recipients-punctuation',
    name: 'last recipient ending with a comma',
    kinds: WITH_RECIPIENTS,
    make: (kind) => override('recipientsItems', { text: recipients(kind).map((t, i, a) => (i === a.length - 1 ? t.replace(/\.$/, ',') : t)) }),
    expect: ({ kind }) => at(recipients(kind).at(-1)!.replace(/\.$/, ','), { component: 'recipientsItem', fixedText: recipients(kind).at(-1)! }),
  },
  {
    rule: 'party/recipients-archive',
    name: 'no archive line «- Lưu …»',
    kinds: WITH_RECIPIENTS,
    make: (kind) => override('recipientsItems', { text: recipients(kind).slice(0, -1).map((t, i, a) => (i === a.length - 1 ? t.replace(/,$/, '.') : t)) }),
    expect: ({ kind }) => at(recipients(kind).at(-2)!.replace(/,$/, '.'), { component: 'recipientsItem' }),
  },
  {
    rule: 'party/kinh-gui',
    name: 'addressed with «Kính gửi:» but no «- Như trên,»',
    kinds: ADDRESSED,
    make: (kind) => override('recipientsItems', { text: recipients(kind).slice(1) }),
    expect: ({ kind }) => at([DEFAULT_TEXTS.recipientsLabel, ...recipients(kind).slice(1), DEFAULT_TEXTS.kinhGui]),
  },
  {
    rule: 'party/kinh-gui',
    name: '«Kính gửi:» not italic',
    kinds: ADDRESSED,
    make: () => override('kinhGui', { i: false }),
    expect: at(DEFAULT_TEXTS.kinhGui, { component: 'kinhGui' }),
  },

  // -- additional components (ô 10–15) -------------------------------------------------------------
  {
    rule: 'party/urgency-mark',
    name: 'urgency mark «KHẨN» 12 pt, not bold',
    make: (kind, layout) => underNumber(kind, layout, line('KHẨN', { sz: 12 })),
    expect: at(exactly('KHẨN'), { component: 'urgencyMark' }),
  },
  {
    rule: 'party/circulation-note',
    name: '«XONG HỘI NGHỊ TRẢ LẠI» 14 pt, not bold',
    make: () => ({ options: {}, edit: (spec) => void spec.body.unshift(line('XONG HỘI NGHỊ TRẢ LẠI', { sz: 14 }, { align: 'right' })) }),
    expect: at('XONG HỘI NGHỊ TRẢ LẠI', { component: 'circulationNote' }),
  },
  {
    rule: 'party/draft-note',
    name: '«Dự thảo lần 2» not italic',
    make: (kind, layout) => underNumber(kind, layout, line('Dự thảo lần 2', { sz: 14 })),
    expect: at('Dự thảo lần 2', { component: 'draftNote' }),
  },
  {
    rule: 'party/typist-mark',
    name: 'typist mark 12 pt',
    kinds: WITH_RECIPIENTS,
    make: (kind) => ({ options: {}, edit: (spec) => insertBeside(spec, recipients(kind).at(-1)!, [line('ABC268', { sz: 12 }, { align: 'left' })]) }),
    expect: at(exactly('ABC268'), { component: 'typist' }),
  },
  {
    rule: 'party/contact-info',
    name: 'contact information 12 pt',
    make: () =>
      append(
        { runs: [], markRun: { sz: 10 }, borderBottom: true, spacingBeforePt: 12 },
        line('Địa chỉ: Số 01, đường Nguyễn Huệ, Phường 1, Tân An; điện thoại: 0272.3826.110', { sz: 12 }, { align: 'left' }),
      ),
    expect: at('Địa chỉ: Số 01', { component: 'contact' }),
  },
  {
    rule: 'party/appendix',
    name: 'appendix not starting on a new page',
    make: (kind) => withAppendices(kind, 'Danh sách các tổ chức đảng được kiểm tra tại Phụ lục kèm theo.', ...appendixLines('Phụ lục', false)),
    expect: at(exactly('Phụ lục'), { component: 'appendix' }),
  },
  {
    rule: 'party/appendix',
    name: 'two appendices, not numbered',
    make: (kind) =>
      withAppendices(kind, 'Danh sách các tổ chức đảng được kiểm tra và lịch kiểm tra tại các phụ lục kèm theo.', ...appendixLines('Phụ lục', true), ...appendixLines('Phụ lục', true)),
    expect: at(exactly('Phụ lục'), { component: 'appendix' }),
  },
  {
    rule: 'party/copy-format',
    name: 'copy kind «SAO Y BẢN CHÍNH» not bold',
    make: () => append(...copyBlock(line('SAO Y BẢN CHÍNH', { sz: 14 }, { align: 'right' }), 'Số 24-BS/VPTU')),
    expect: at('SAO Y BẢN CHÍNH', { component: 'copyBlock' }),
  },
  {
    rule: 'party/copy-format',
    name: 'copy number in State style «Số: 24/SY-VPTU»',
    make: () => append(...copyBlock(line('SAO Y BẢN CHÍNH', { sz: 14, b: true }, { align: 'right' }), 'Số: 24/SY-VPTU')),
    expect: at('Số: 24/SY-VPTU', { component: 'copyBlock' }),
  },

  // -- text hygiene (text/*) -----------------------------------------------------------------------
  {
    rule: 'text/unicode-nfc',
    name: 'decomposed Unicode (NFD) in a body paragraph',
    make: (kind) => ({ bodyParagraphs: replaceBody(kind, longestPlain(kind), bodyTexts(kind)[longestPlain(kind)]!.normalize('NFD')) }),
    expect: ({ kind }) => at(bodyTexts(kind)[longestPlain(kind)]!, { fixedText: bodyTexts(kind)[longestPlain(kind)]! }),
  },
  {
    rule: 'text/uppercase-diacritics',
    name: "signer's position without diacritics",
    make: (kind) => override('signaturePosition', { text: stripMarks(text(kind, 'signaturePosition')) }),
    expect: ({ kind }) => at(exactly(stripMarks(text(kind, 'signaturePosition'))), { component: 'signaturePosition' }),
    // The meeting record's template looks for the chair's signature by its words («CHỦ TRÌ»).
    explains: ['template/required-field'],
  },
  {
    rule: 'text/uppercase-diacritics',
    name: 'issuing body without diacritics',
    kinds: ['NQ', 'KH', 'TB'],
    make: (kind) => ({ issuer: { name: stripMarks(text(kind, 'issuer')) } }),
    expect: ({ kind }) => at(stripMarks(text(kind, 'issuer')), { component: 'issuer' }),
  },
  {
    rule: 'text/spacing',
    name: 'double space inside a body line',
    make: (kind) => ({ bodyParagraphs: replaceBody(kind, longestPlain(kind), doubleSpace(bodyTexts(kind)[longestPlain(kind)]!)) }),
    expect: ({ kind }) => at(doubleSpace(bodyTexts(kind)[longestPlain(kind)]!), { fixedText: bodyTexts(kind)[longestPlain(kind)]! }),
  },
  {
    rule: 'text/spacing',
    name: 'space before a comma',
    make: (kind) => ({ bodyParagraphs: replaceBody(kind, longestPlain(kind), bodyTexts(kind)[longestPlain(kind)]!.replace(',', ' ,')) }),
    expect: ({ kind }) => at(bodyTexts(kind)[longestPlain(kind)]!.replace(',', ' ,'), { fixedText: bodyTexts(kind)[longestPlain(kind)]! }),
  },
  {
    rule: 'text/tone-style-mixed',
    name: 'one paragraph with old-style tone marks («uỷ», «hoà»)',
    make: (kind) => ({ bodyParagraphs: insertBody(kind, 'Đề nghị các cấp uỷ, tổ chức đảng phối hợp chặt chẽ, bảo đảm sự hoà hợp, thống nhất trong tổ chức thực hiện.') }),
    // Reported once, at an occurrence of the less used style: the seeded paragraph, or — where the
    // draft has fewer new-style words than the two seeded old-style ones (biên bản) — a new-style word.
    expect: at(['các cấp uỷ', NEW_STYLE_TONE], { orDocumentLevel: true }),
  },

  // -- templates (template/*): a chi bộ's meeting record and plan ------------------------------------
  {
    rule: 'template/required-field',
    name: 'meeting record without the attendance (total, present, absent)',
    kinds: ['BB'],
    make: (kind) => ({ bodyParagraphs: body(kind).filter((p) => !paraText(p).startsWith('Tổng số đảng viên')) }),
    // A missing field has no line of its own: the record as a whole, or any of its paragraphs.
    expect: ({ kind }) => at(bodyTexts(kind), { orDocumentLevel: true }),
  },
  {
    rule: 'template/field-value',
    name: 'present + absent ≠ total members',
    kinds: ['BB'],
    make: (kind) => ({ bodyParagraphs: body(kind).map((p) => mapOne(p, (t) => t.replace('vắng mặt: 02 đồng chí', 'vắng mặt: 03 đồng chí'))) }),
    expect: at('vắng mặt: 03 đồng chí'),
  },
  {
    rule: 'template/required-section',
    name: 'meeting record without its «Nội dung sinh hoạt» part',
    kinds: ['BB'],
    // The drafter drops the part and renumbers the next one.
    make: (kind) => ({
      bodyParagraphs: body(kind)
        .filter((p) => paraText(p) !== 'I- NỘI DUNG SINH HOẠT')
        .map((p) => mapOne(p, (t) => t.replace(/^II- BIỂU QUYẾT$/, 'I- BIỂU QUYẾT'))),
    }),
    expect: ({ kind }) => at(bodyTexts(kind).filter((t) => t !== 'I- NỘI DUNG SINH HOẠT'), { orDocumentLevel: true }),
  },
  {
    rule: 'template/section-order',
    name: 'chi bộ plan with «Tổ chức thực hiện» before «Nội dung»',
    kinds: ['KH'],
    make: (kind) => {
      const b = body(kind);
      const content = b.findIndex((p) => paraText(p).startsWith('II- NỘI DUNG'));
      const organisation = b.findIndex((p) => paraText(p).startsWith('III- TỔ CHỨC THỰC HIỆN'));
      const moved = b.splice(organisation, 2);
      b.splice(content, 0, ...moved);
      // … and renumbers the parts in their new order.
      const renumbered = b.map((p) => mapOne(p, (t) => t.replace(/^III- TỔ CHỨC/, 'II- TỔ CHỨC').replace(/^II- NỘI DUNG/, 'III- NỘI DUNG')));
      return { issuer: { parent: 'ĐẢNG BỘ XÃ TÂN AN', name: 'CHI BỘ ẤP 3' }, bodyParagraphs: renumbered };
    },
    expect: at([/^II- TỔ CHỨC THỰC HIỆN/, /^III- NỘI DUNG/]),
  },
];

function mapOne(p: BodyPara, fn: (text: string) => string): BodyPara {
  if (typeof p === 'string') return fn(p);
  if (p.lead !== undefined) {
    const all = fn(p.lead + p.text);
    const lead = fn(p.lead);
    return { ...p, lead, text: all.slice(lead.length) };
  }
  return { ...p, text: fn(p.text) };
}

/** Two spaces instead of one, after the fifth word. */
function doubleSpace(s: string): string {
  let n = 0;
  return s.replace(/ /g, (m) => (++n === 5 ? '  ' : m));
}
