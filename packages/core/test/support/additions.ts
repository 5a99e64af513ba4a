/**
 * Drafts with the additional components of HD 36 §2–§4.5, which the default drafts leave out: urgency and
 * secrecy marks and the draft note under the number, circulation notes (top right, or "Không phổ biến …"
 * under the signature), the typist mark after the archive line, contact information under a full-width
 * line, appendices on pages of their own, and the copy block of a bản sao.
 *
 * `addedDraft(options, additions)` edits the draft's builder spec in every layout; each addition takes a
 * text or a line with its typography, so cases can seed defects.
 */
import { buildDocx, type Align, type Block, type DocSpec, type ParaSpec, type RunSpec, type TableSpec } from './docx-builder.js';
import { BODY_FORMAT, draftSpec, LAYOUTS, type DraftOptions, type Layout } from './party-draft.js';
import type { ExpectedFinding, InvalidCase, ValidCase } from './rule-tester.js';

export interface LineSpec {
  text: string;
  sz?: number;
  b?: boolean;
  i?: boolean;
  u?: boolean;
  caps?: boolean;
  font?: string;
  align?: Align;
}
export type Line = string | LineSpec;

export interface AppendixSpec {
  label?: Line;
  title?: Line[];
  body?: string[];
  /** How the appendix starts a new page (default `pageBreakBefore`). */
  newPage?: 'pageBreakBefore' | 'break' | 'section' | 'none';
}

export interface CopySpec {
  kind?: Line;
  number?: Line;
  /** The full-width line above the block (default `border`). */
  line?: 'border' | 'underscores' | 'none';
}

export interface Additions {
  secrecy?: Line;
  urgency?: Line;
  draftNote?: Line;
  /** Top right of the first page, above the header block. */
  circulation?: Line;
  /** Under the signature, centred. */
  noPublication?: Line;
  /** After the archive line of the recipients. */
  typist?: Line;
  contact?: { lines?: Line[]; line?: 'border' | 'underscores' | 'none' };
  appendices?: AppendixSpec[];
  /** A body sentence that refers to the appendix (default: added when there are appendices). */
  appendixReference?: string | null;
  copy?: CopySpec;
}

export const ADDED_DEFAULTS = {
  secrecy: { text: 'MẬT', sz: 14, b: true },
  urgency: { text: 'HỎA TỐC', sz: 14, b: true },
  draftNote: { text: 'Dự thảo lần 2', sz: 14, i: true },
  circulation: { text: 'XONG HỘI NGHỊ TRẢ LẠI', sz: 12, b: true },
  noPublication: { text: 'KHÔNG PHỔ BIẾN TRÊN CÁC PHƯƠNG TIỆN THÔNG TIN ĐẠI CHÚNG', sz: 12, b: true },
  typist: { text: 'ABC268', sz: 8 },
  contact: [
    { text: 'Địa chỉ: Số 01, đường Hùng Vương, Phường 1, thành phố Tân An, tỉnh Long An', sz: 10 },
    { text: 'ĐT: 0272.3826.123; Fax: 0272.3826.124; Email: vanphong@longan.dcs.vn', sz: 10 },
  ],
  appendixReference: 'Danh sách các đoàn kiểm tra và lịch làm việc cụ thể tại phụ lục kèm theo.',
  copyKind: { text: 'SAO Y BẢN CHÍNH', sz: 14, b: true },
  copyNumber: { text: 'Số 24-BS/VPTU', sz: 14 },
} as const satisfies Record<string, LineSpec | LineSpec[] | string>;

const asLine = (l: Line | undefined, fallback: LineSpec): LineSpec => (l === undefined ? fallback : typeof l === 'string' ? { ...fallback, text: l } : { ...fallback, ...l });

function run(l: LineSpec): RunSpec {
  const r: RunSpec = { text: l.text, sz: l.sz ?? 14 };
  if (l.b) r.b = true;
  if (l.i) r.i = true;
  if (l.u) r.u = true;
  if (l.caps) r.caps = true;
  if (l.font) r.font = l.font;
  return r;
}

/** A paragraph holding one line. */
export function para(l: LineSpec, align: Align, extra: Omit<ParaSpec, 'runs'> = {}): ParaSpec {
  const { text: _t, ...fmt } = run(l);
  return { runs: l.text ? [run(l)] : [], align: l.align ?? align, markRun: fmt, ...extra };
}

// ---------------------------------------------------------------------------------------------------
// Finding paragraphs in a spec (body, table cells, text boxes)

type Item = ParaSpec | string | TableSpec;

const isTableSpec = (b: unknown): b is TableSpec => typeof b === 'object' && b !== null && 'table' in b;

export function paraText(p: ParaSpec | string): string {
  if (typeof p === 'string') return p;
  return p.runs.map((r) => (typeof r === 'string' ? r : r.tab ? '\t' : r.text)).join('');
}

/** Every list that holds paragraphs: the body, each table cell, each text box. */
function lists(items: Item[], out: Item[][] = []): Item[][] {
  out.push(items);
  for (const b of items) {
    if (typeof b === 'string') continue;
    if (isTableSpec(b)) {
      for (const row of b.table.rows) for (const cell of row) lists((Array.isArray(cell) ? cell : cell.paragraphs) as Item[], out);
      continue;
    }
    const boxes = b.textBox === undefined ? [] : Array.isArray(b.textBox) ? b.textBox : [b.textBox];
    for (const box of boxes) lists(box.paragraphs as Item[], out);
  }
  return out;
}

function locate(spec: DocSpec, match: (text: string) => boolean): { list: Item[]; index: number; p: ParaSpec } | null {
  for (const list of lists(spec.body as Item[])) {
    const index = list.findIndex((b) => !isTableSpec(b) && match(paraText(b)));
    if (index >= 0) {
      const b = list[index]!;
      return { list, index, p: typeof b === 'string' ? { runs: [b] } : (b as ParaSpec) };
    }
  }
  return null;
}

/** Insert paragraphs after the first paragraph whose text matches. */
export function insertAfter(spec: DocSpec, match: (text: string) => boolean, paras: ParaSpec[]): DocSpec {
  const at = locate(spec, match);
  if (!at) throw new TypeError('insertAfter: no paragraph matches');
  at.list.splice(at.index + 1, 0, ...paras);
  return spec;
}

// ---------------------------------------------------------------------------------------------------
// The additions

/** A line under the number: same column, same alignment as the number's line. */
function underNumber(spec: DocSpec, layout: Layout, lines: LineSpec[]): void {
  const isNumber = (t: string) => /^\t?Số \d/u.test(t);
  const at = locate(spec, isNumber);
  if (!at) throw new TypeError('no number line in the draft');
  const paras = lines.map((l) => {
    if (layout === 'tabs') {
      const first = at.p.runs[0];
      const leadTab = typeof first === 'object' && first.tab;
      const p = para(l, 'left');
      if (leadTab) {
        p.runs = [{ ...run(l), text: '', tab: true }, ...p.runs];
        p.tabs = at.p.tabs?.slice(0, 1) ?? [];
      }
      return p;
    }
    return para(l, layout === 'stacked' ? 'left' : 'center');
  });
  // In order: secrecy, then urgency, then the draft note (Phụ lục 1, ô 10a, 10b, 11b).
  at.list.splice(at.index + 1, 0, ...paras);
}

function lineParagraph(kind: 'border' | 'underscores'): ParaSpec {
  return kind === 'border'
    ? { runs: [], borderBottom: true, spacingBeforePt: 12, spacingAfterPt: 6, markRun: { sz: 6 } }
    : { runs: [{ text: '_'.repeat(60), sz: 14 }], align: 'center', markRun: { sz: 14 } };
}

function appendAppendix(spec: DocSpec, a: AppendixSpec, n: number, count: number): void {
  const label = asLine(a.label, { text: count > 1 ? `Phụ lục ${n}` : 'Phụ lục', sz: 14, b: true });
  const titles = (a.title ?? [{ text: 'DANH SÁCH CÁC ĐOÀN KIỂM TRA', sz: 14, b: true }, { text: '(Kèm theo Kế hoạch số 42-KH/TU, ngày 08/01/2026 của Ban Thường vụ Tỉnh ủy)', sz: 14, i: true }]).map((t) =>
    asLine(t, { text: '', sz: 14, b: true }),
  );
  const body = a.body ?? [`Đoàn kiểm tra số ${n}: đồng chí Trần Văn Bình, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng đoàn; kiểm tra tại Ban Thường vụ Đảng ủy xã Đức Hòa.`];
  const newPage = a.newPage ?? 'pageBreakBefore';
  const labelPara = para(label, 'center', newPage === 'pageBreakBefore' ? { pageBreakBefore: true } : {});
  if (newPage === 'break') spec.body.push({ runs: [{ text: '', br: 'page' }], markRun: { sz: 14 } });
  if (newPage === 'section') spec.body.push({ runs: [], markRun: { sz: 14 }, sectPr: { ...(spec.section ?? {}) } });
  spec.body.push(labelPara, ...titles.map((t) => para(t, 'center')), ...body.map((t) => ({ runs: [{ text: t, sz: 14 }], ...BODY_FORMAT, markRun: { sz: 14 } })));
}

function copyBlock(spec: DocSpec, layout: Layout, c: CopySpec): void {
  const kind = asLine(c.kind, ADDED_DEFAULTS.copyKind);
  const number = asLine(c.number, ADDED_DEFAULTS.copyNumber);
  const parent: LineSpec = { text: 'TỈNH ỦY LONG AN', sz: 14 };
  const body: LineSpec = { text: 'VĂN PHÒNG', sz: 14, b: true };
  const star: LineSpec = { text: '*', sz: 14 };
  const date: LineSpec = { text: 'Tân An, ngày 10 tháng 01 năm 2026', sz: 14, i: true };
  const authority: LineSpec = { text: 'T/L BAN THƯỜNG VỤ', sz: 14, b: true };
  const position: LineSpec = { text: 'CHÁNH VĂN PHÒNG', sz: 14 };
  const blank: LineSpec = { text: '', sz: 14 };
  const name: LineSpec = { text: 'Trần Thị Hoa', sz: 14, b: true };
  const label: LineSpec = { text: 'Nơi nhận:', sz: 14, u: true };
  const items: LineSpec[] = [
    { text: '- Các đảng ủy trực thuộc Tỉnh ủy,', sz: 12 },
    { text: '- Lưu Văn phòng Tỉnh ủy.', sz: 12 },
  ];
  const line = c.line ?? 'border';
  if (line !== 'none') spec.body.push(lineParagraph(line));
  const left = [parent, body, star, number, blank, label, ...items];
  const right = [kind, date, authority, position, blank, blank, blank, name];
  if (layout === 'table' || layout === 'textbox') {
    const cell = (ls: LineSpec[], align: (l: LineSpec) => Align) => ({ paragraphs: ls.map((l) => para(l, align(l))) });
    const leftAlign = (l: LineSpec) => (l === label || items.includes(l) ? 'left' : 'center');
    const table: TableSpec = { table: { style: 'TableGrid', borders: false, widthsMm: [75, 90], rows: [[cell(left, leftAlign), cell(right, () => 'center')]] } };
    spec.body.push(table as Block);
    return;
  }
  if (layout === 'tabs') {
    const tab = (l: LineSpec): RunSpec => ({ ...run(l), text: '', tab: true });
    const n = Math.max(left.length, right.length);
    for (let i = 0; i < n; i++) {
      const l = left[i];
      const r = right[i];
      const runs: RunSpec[] = [];
      if (l?.text) runs.push(run(l));
      if (r?.text) runs.push(tab(r), run(r));
      spec.body.push({ runs, tabs: [{ posMm: 120, val: 'center' }], markRun: { sz: 14 } });
    }
    return;
  }
  // stacked: the right column's lines right-aligned, then the left column's.
  for (const l of right) spec.body.push(para(l, 'right'));
  for (const l of left) spec.body.push(para(l, 'left'));
}

/** Apply the additions to a draft spec laid out in `layout`. */
export function addTo(spec: DocSpec, layout: Layout, a: Additions): DocSpec {
  const under: LineSpec[] = [];
  if (a.secrecy !== undefined) under.push(asLine(a.secrecy, ADDED_DEFAULTS.secrecy));
  if (a.urgency !== undefined) under.push(asLine(a.urgency, ADDED_DEFAULTS.urgency));
  if (a.draftNote !== undefined) under.push(asLine(a.draftNote, ADDED_DEFAULTS.draftNote));
  if (under.length) underNumber(spec, layout, under);
  if (a.circulation !== undefined) spec.body.unshift(para(asLine(a.circulation, ADDED_DEFAULTS.circulation), 'right', { spacingAfterPt: 6 }));
  if (a.typist !== undefined) {
    const p = para(asLine(a.typist, ADDED_DEFAULTS.typist), 'left');
    insertAfter(spec, (t) => /^- Lưu /u.test(t), [p]);
  }
  if (a.appendices?.length && a.appendixReference !== null) {
    // Before the closing paragraph of the body, which keeps its final period.
    const bodyParas = (spec.body as Item[]).filter((b): b is ParaSpec => typeof b === 'object' && !isTableSpec(b) && b.align === 'both' && b.indentFirstMm === BODY_FORMAT.indentFirstMm);
    const last = bodyParas[bodyParas.length - 1];
    if (last) spec.body.splice(spec.body.indexOf(last), 0, { ...last, runs: [{ text: a.appendixReference ?? ADDED_DEFAULTS.appendixReference, sz: 14 }] });
  }
  if (a.noPublication !== undefined) spec.body.push(para(asLine(a.noPublication, ADDED_DEFAULTS.noPublication), 'center', { spacingBeforePt: 12 }));
  if (a.contact) {
    const line = a.contact.line ?? 'border';
    if (line !== 'none') spec.body.push(lineParagraph(line));
    const lines = (a.contact.lines ?? ADDED_DEFAULTS.contact).map((l) => asLine(l, { text: '', sz: 10 }));
    for (const l of lines) spec.body.push(para(l, 'center'));
  }
  a.appendices?.forEach((ap, i) => appendAppendix(spec, ap, i + 1, a.appendices!.length));
  if (a.copy) copyBlock(spec, layout, a.copy);
  return spec;
}

/** A draft with additions, built lazily. */
export function addedDraft(options: DraftOptions, a: Additions, edit?: (spec: DocSpec) => void): () => Uint8Array {
  return () => {
    const spec = addTo(draftSpec(options), options.layout ?? 'table', a);
    edit?.(spec);
    return buildDocx(spec);
  };
}

/** One case per layout: valid without `errors`, invalid with them. */
export function addedInLayouts(name: string, options: DraftOptions, a: Additions, layouts?: readonly Layout[]): ValidCase[];
export function addedInLayouts(name: string, options: DraftOptions, a: Additions, layouts: readonly Layout[] | undefined, errors: ExpectedFinding[]): InvalidCase[];
export function addedInLayouts(name: string, options: DraftOptions, a: Additions, layouts: readonly Layout[] = LAYOUTS, errors?: ExpectedFinding[]): (ValidCase | InvalidCase)[] {
  return layouts.map((layout) => ({ name: `${name} (${layout})`, doc: addedDraft({ ...options, layout }, a), ...(errors ? { errors } : {}) }));
}
