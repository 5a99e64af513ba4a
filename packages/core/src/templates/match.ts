/**
 * Reading a document against a content template: where each required section is, and what each field
 * says. Sections are matched against headings first (top-level headings, then lower ones), then against
 * the start of paragraphs; fields by their labels, values read after them. Tolerant of numbering styles
 * (`I-`, `I.`, `1.`, `Phần thứ nhất`, `A.`), case and old/new tone marks. Computed once per document and
 * template, shared by the template rules.
 */
import type { Anatomy } from '../anatomy/types.js';
import type { DocModel, Paragraph } from '../model.js';
import { isUpper, toneKey } from '../text.js';
import type { ResolvedField, ResolvedSection, ResolvedTemplate } from './types.js';

/** A paragraph prepared for matching. */
export interface Candidate {
  paragraph: Paragraph;
  /** Position among the candidates (body order). */
  order: number;
  /** The text with tone marks in one placement (same length as the paragraph's text). */
  key: string;
  /** Where the text starts after its numbering (`I- `, `1. `, `Phần thứ nhất:`). */
  start: number;
  /** 1: part/section heading; 2: lower heading; 0: ordinary paragraph. */
  level: 0 | 1 | 2;
}

export interface SectionHit {
  section: ResolvedSection;
  paragraph: Paragraph;
  order: number;
  via: 'heading' | 'paragraph';
}

export type FieldStatus = 'ok' | 'empty' | 'missing' | 'invalid';

export interface FieldRead {
  field: ResolvedField;
  status: FieldStatus;
  paragraph: Paragraph | null;
  /** Span of the label (and value when read) in the paragraph's text. */
  offset: number;
  length: number;
  /** The value as written (`14 giờ 30`, `23`, `đồng chí Trần Văn Bình`). */
  raw: string | null;
  /** Integers as numbers, times as minutes after midnight, texts and enum options as strings. */
  value: number | string | null;
}

export interface TemplateAnalysis {
  candidates: Candidate[];
  /** Found sections by id. */
  sections: Map<string, SectionHit>;
  /** Read fields by id (every field of the template, `missing` when not found). */
  fields: Map<string, FieldRead>;
}

// ---------------------------------------------------------------------------------------------------
// Headings
// ---------------------------------------------------------------------------------------------------

/** "Phần thứ nhất", "PHẦN I", "Chương II", "Mục 1" (any case). */
const PART = /^\s*(?:phần|chương|mục)\s+(?:thứ\s+\p{L}+|[IVXLC]+|\d+)(?![\p{L}\d])\s*[:.\-–—]?\s*/iu;
/** Roman `I-`, `II.`; arabic `1.`, `1.2.`, `3)`; capital letters `A.`; small letters `a)`; bullets `-`, `+`. Case matters. */
const ITEM = /^\s*(?:([IVXLC]+)\s*[.\-–—/)]|(\d+(?:\.\d+)*)\s*[.\-–—/)]|([A-ZĐ])\s*[.\-–—)](?=\s)|([a-zđ])\s*\)|([-–—+•*]))\s*/u;

interface Numbering {
  length: number;
  /** 1: parts (Phần, roman numerals, capital letters); 2: items (arabic numbers, small letters); 0: bullets. */
  level: 0 | 1 | 2;
}

function numberingOf(text: string): Numbering | null {
  const part = PART.exec(text);
  if (part) return { length: part[0].length, level: 1 };
  const m = ITEM.exec(text);
  if (!m) return null;
  return { length: m[0].length, level: m[1] || m[3] ? 1 : m[5] ? 0 : 2 };
}

const HEADING_STYLE = /^(?:heading|title|tiêu đề|đề mục)\s*(\d*)/iu;

function allBold(p: Paragraph): boolean {
  const visible = p.runs.filter((r) => r.text.trim());
  return visible.length > 0 && visible.every((r) => r.props.bold);
}

/** Bold lead runs of a paragraph (a run-in heading "Về tư tưởng chính trị: …" typed bold), or 0. */
function boldLeadLength(p: Paragraph): number {
  let n = 0;
  for (const r of p.runs) {
    if (!r.text.trim()) {
      n += r.text.length;
      continue;
    }
    if (!r.props.bold) break;
    n += r.text.length;
  }
  return n >= p.text.length ? 0 : n;
}

const MAX_HEADING = 160;

function candidateOf(p: Paragraph, order: number, headingIds: Set<number>): Candidate {
  const key = toneKey(p.text);
  const text = p.text.trim();
  const numbering = numberingOf(p.text);
  const start = numbering?.length ?? p.text.length - p.text.trimStart().length;
  const rest = p.text.slice(start).trim();
  const style = HEADING_STYLE.exec(p.styleName ?? p.styleId ?? '');
  const label = p.listLabel ? numberingOf(`${p.listLabel} `) : null;
  const numbered = [numbering?.level, label?.level].filter((l): l is 0 | 1 | 2 => l !== undefined && l > 0);
  let level: 0 | 1 | 2 = 0;
  if (text.length <= MAX_HEADING && rest) {
    if (style) level = style[1] && Number(style[1]) >= 2 ? 2 : 1;
    else if (headingIds.has(p.id)) level = 1;
    else if (isUpper(rest) && rest.split(/\s+/).length >= 2) level = 1;
    else if (numbered.includes(1) && text.length <= 120) level = 1;
    else if (allBold(p)) level = numbered.includes(2) ? 2 : 1;
    // A short numbered line without a sentence in it: "1. Ưu điểm", "2. Nguyên nhân".
    else if (numbered.length && text.length <= 90 && !/[.;,:]$/u.test(text) && !/[.;:]\s/u.test(rest)) level = 2;
  }
  return { paragraph: p, order, key, start, level };
}

/** Body paragraphs prepared for matching (body and heading components; basis lines too). */
export function candidates(model: DocModel, anatomy: Anatomy): Candidate[] {
  const headingIds = new Set(anatomy.components.filter((c) => c.kind === 'heading').map((c) => c.paragraph.id));
  const out: Candidate[] = [];
  for (const id of anatomy.body) {
    const p = model.paragraphs[id - 1];
    if (!p || p.id !== id || !p.text.trim()) continue;
    out.push(candidateOf(p, out.length, headingIds));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Sections
// ---------------------------------------------------------------------------------------------------

/** First match of any of the patterns in `key` between `from` and `to`; -1 when none. */
function firstIndex(patterns: RegExp[], key: string, from: number, to: number): number {
  let best = -1;
  const slice = key.slice(from, to);
  for (const re of patterns) {
    re.lastIndex = 0;
    const m = re.exec(slice);
    if (m && (best < 0 || m.index < best)) best = m.index;
  }
  return best;
}

/** The part of a paragraph that can name its section: a run-in title, or its first words. */
function leadEnd(c: Candidate): { end: number; anywhere: boolean } {
  const bold = boldLeadLength(c.paragraph);
  if (bold > c.start + 2) return { end: bold, anywhere: true };
  // A run-in title: "3. Về công tác kiểm tra, giám sát: …", "1. Về tư tưởng chính trị. Luôn …".
  const after = c.key.slice(c.start);
  const colon = /:(?=\s|$)/u.exec(after.slice(0, 81));
  if (colon) return { end: c.start + colon.index, anywhere: true };
  const stop = /\.(?=\s|$)/u.exec(after.slice(0, 61));
  if (stop) return { end: c.start + stop.index, anywhere: true };
  return { end: Math.min(c.key.length, c.start + 60), anywhere: false };
}

/** How far into a paragraph's first words a section's name may start ("Về công tác …", "Đối với …"). */
const LEAD_SLACK = 15;

interface Match {
  section: ResolvedSection;
  index: number;
}

function matchesIn(c: Candidate, sections: ResolvedSection[], asHeading: boolean): Match[] {
  const out: Match[] = [];
  const from = c.start;
  let to = c.key.length;
  let limit = Infinity;
  if (!asHeading) {
    const lead = leadEnd(c);
    to = lead.end;
    if (!lead.anywhere) limit = LEAD_SLACK;
  } else if (c.key.length > MAX_HEADING + c.start) to = c.start + MAX_HEADING;
  if (to <= from) return out;
  for (const s of sections) {
    const i = firstIndex(s.patterns, c.key, from, to);
    if (i >= 0 && i <= limit) out.push({ section: s, index: i });
  }
  return out.sort((a, b) => a.index - b.index || a.section.index - b.section.index);
}

/** Whether a second section named in one heading is joined to the first ("HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN"). */
function joined(c: Candidate, index: number): boolean {
  const before = c.key.slice(c.start, c.start + index).trimEnd();
  return /(?:[,;&/–-]|\svà|^và)$/iu.test(before);
}

function assignPass(cands: Candidate[], sections: ResolvedSection[], found: Map<string, SectionHit>, asHeading: boolean, inPlace: boolean): void {
  for (const c of cands) {
    const ms = matchesIn(c, sections, asHeading);
    const best = ms[0];
    // The heading is about a section already found (a sub-heading "1. Kết quả thực hiện nhiệm vụ"
    // inside "I- ĐÁNH GIÁ KẾT QUẢ …"): it continues that section.
    if (!best || found.has(best.section.id)) continue;
    // A sub-heading or paragraph standing before a part that the template puts earlier belongs to that
    // part ("3. Công tác kiểm tra, giám sát" inside last year's evaluation is not this year's programme).
    if (inPlace && [...found.values()].some((h) => h.section.index < best.section.index && h.order > c.order)) continue;
    const via = asHeading ? 'heading' : 'paragraph';
    found.set(best.section.id, { section: best.section, paragraph: c.paragraph, order: c.order, via });
    for (const m of ms.slice(1)) {
      if (!found.has(m.section.id) && joined(c, m.index)) found.set(m.section.id, { section: m.section, paragraph: c.paragraph, order: c.order, via });
    }
  }
}

export function findSections(cands: Candidate[], template: ResolvedTemplate): Map<string, SectionHit> {
  const found = new Map<string, SectionHit>();
  if (!template.sections.length) return found;
  // Part headings first, in any order (section-order reports a misplaced one); then sub-headings and
  // paragraph starts, only where they can stand.
  assignPass(cands.filter((c) => c.level === 1), template.sections, found, true, false);
  assignPass(cands.filter((c) => c.level === 2), template.sections, found, true, true);
  if (found.size < template.sections.length) assignPass(cands.filter((c) => c.level === 0), template.sections, found, false, true);
  return found;
}

/** Candidates of a found section: from its paragraph up to the next found section's. */
export function sectionSpan(a: TemplateAnalysis, id: string): Candidate[] {
  const hit = a.sections.get(id);
  if (!hit) return [];
  const next = Math.min(...[...a.sections.values()].filter((h) => h.order > hit.order).map((h) => h.order), a.candidates.length);
  return a.candidates.slice(hit.order, next);
}

// ---------------------------------------------------------------------------------------------------
// Field values
// ---------------------------------------------------------------------------------------------------

interface Value {
  raw: string;
  value: number | string;
  /** Offset of the value in the searched text. */
  at: number;
}

/** Where a value after a label stops: a clause ends. */
const TEXT_STOP = /[;(\n\t]|[.,](?=\s|$)/u;
const PLACEHOLDER = /[.…_·\-–—\s]+/gu;

export function parseInteger(rest: string): Value | null {
  const zero = /^[\s:=\-–]*(không(?:\s+có)?)(?=\s*(?:[,;.)]|$))/iu.exec(rest);
  if (zero) return { raw: zero[1]!, value: 0, at: zero.index + zero[0].length - zero[1]!.length };
  // A few words may sit between the label and its number ("Tổng số đảng viên của Chi bộ: 25"),
  // but not a clause boundary, and a percentage is not a count.
  const m = /^[^\d;,.()%]{0,30}?(\d{1,3}(?:\.\d{3})+|\d+)(?![\d%]|\s*%|[.,]\d)/u.exec(rest);
  if (!m) return null;
  const digits = m[1]!;
  return { raw: digits, value: Number(digits.replace(/\./g, '')), at: m.index + m[0].length - digits.length };
}

const TIME = /(\d{1,2})\s*(?:giờ|h(?![\p{L}]))\s*(?:(\d{1,2})(?!\d)\s*(?:phút)?)?\s*(sáng|trưa|chiều|tối)?|(\d{1,2}):(\d{2})(?!\d)/iu;

export function parseTime(rest: string): Value | null {
  const end = /;|\.(?=\s|$)/u.exec(rest)?.index ?? rest.length;
  const text = rest.slice(0, Math.min(end, 80));
  const m = TIME.exec(text);
  if (!m) return null;
  let hour = Number(m[1] ?? m[4]);
  const minute = Number(m[2] ?? m[5] ?? 0);
  const part = (m[3] ?? '').toLowerCase();
  if ((part === 'chiều' || part === 'tối') && hour < 12) hour += 12;
  if (hour > 24 || minute > 59) return null;
  return { raw: m[0].trim(), value: hour * 60 + minute, at: m.index };
}

export function parseText(rest: string): Value | null {
  const lead = /^[\s:：=\-–—]*/u.exec(rest)![0].length;
  const body = rest.slice(lead);
  const stop = TEXT_STOP.exec(body)?.index ?? body.length;
  const raw = body.slice(0, Math.min(stop, 160)).trim();
  // "Thư ký: ………" is a blank form, not a value.
  if ((raw.replace(PLACEHOLDER, '').match(/[\p{L}\d]/gu) ?? []).length < 2) return null;
  return { raw, value: raw, at: lead };
}

function parseEnum(rest: string, options: string[]): Value | null {
  const key = toneKey(rest).toLowerCase();
  let best: { option: string; at: number } | null = null;
  for (const o of options) {
    const i = key.indexOf(toneKey(o).toLowerCase());
    if (i >= 0 && (!best || i < best.at || (i === best.at && o.length > best.option.length))) best = { option: o, at: i };
  }
  return best ? { raw: rest.slice(best.at, best.at + best.option.length), value: best.option, at: best.at } : null;
}

function parseValue(field: ResolvedField, rest: string): Value | null {
  switch (field.value?.type) {
    case 'integer':
      return parseInteger(rest);
    case 'time':
      return parseTime(rest);
    case 'text':
      return parseText(rest);
    case 'enum':
      return parseEnum(rest, field.value.enum);
    default:
      return null;
  }
}

interface Source {
  paragraph: Paragraph;
  /** Text searched (the paragraph's text or a component's span), tone-keyed. */
  key: string;
  text: string;
  offset: number;
}

function sourcesFor(field: ResolvedField, a: TemplateAnalysis, anatomy: Anatomy): Source[] {
  if (field.scope === 'signature') {
    return anatomy.components
      .filter((c) => c.kind === 'signatureAuthority' || c.kind === 'signaturePosition')
      .map((c) => ({ paragraph: c.paragraph, key: toneKey(c.text), text: c.text, offset: c.offset }));
  }
  const cands = field.within ? sectionSpan(a, field.within) : a.candidates;
  return cands.map((c) => ({ paragraph: c.paragraph, key: c.key, text: c.paragraph.text, offset: 0 }));
}

export function readField(field: ResolvedField, a: TemplateAnalysis, anatomy: Anatomy): FieldRead {
  const sources = sourcesFor(field, a, anatomy);
  let firstLabel: FieldRead | null = null;
  let failureRank = 0;
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i]!;
    const hits: { index: number; end: number; group: { text: string; at: number } | null }[] = [];
    for (const re of field.labels) {
      re.lastIndex = 0;
      for (let m = re.exec(s.key); m; m = re.exec(s.key)) {
        if (m[0].length === 0) re.lastIndex++;
        const g = m.groups?.value;
        if (m[0].length === 0 && !g) continue;
        hits.push({ index: m.index, end: m.index + m[0].length, group: g !== undefined ? { text: g, at: m.index + m[0].indexOf(g) } : null });
      }
    }
    hits.sort((x, y) => x.index - y.index);
    for (const h of hits) {
      const label = { paragraph: s.paragraph, offset: s.offset + h.index, length: h.end - h.index };
      if (!field.value) return { field, status: 'ok', ...label, raw: s.text.slice(h.index, h.end), value: s.text.slice(h.index, h.end) };
      // Where the value may be: the pattern's `value` group, after the label, or — when the label ends its
      // line ("VII. TỰ NHẬN MỨC XẾP LOẠI CHẤT LƯỢNG") — the next line.
      const tries: { text: string; base: number; source: Source }[] = [];
      if (h.group) tries.push({ text: h.group.text, base: h.group.at, source: s });
      else {
        const rest = s.text.slice(h.end);
        tries.push({ text: rest, base: h.end, source: s });
        const next = sources[i + 1];
        // Only a label that really ends its line: "Thư ký: ………" is a blank, not a pointer to the next line.
        if (next && /^[\s:：]*$/u.test(rest)) tries.push({ text: next.text, base: 0, source: next });
      }
      for (const t of tries) {
        const v = parseValue(field, t.text);
        if (!v) continue;
        const start = t.source.offset + t.base + v.at;
        if (t.source === s) {
          const from = Math.min(label.offset, start);
          return { field, status: 'ok', paragraph: s.paragraph, offset: from, length: start + v.raw.length - from, raw: v.raw, value: v.value };
        }
        return { field, status: 'ok', paragraph: t.source.paragraph, offset: start, length: v.raw.length, raw: v.raw, value: v.value };
      }
      // Nothing readable: remember the most telling failure — a wrong value written after the label on
      // its own line, then one on the next line, then a blank.
      for (const t of tries) {
        const instead = field.value.type === 'enum' ? parseText(t.text) : null;
        const rank = instead ? (t.source === s ? 3 : 2) : 1;
        if (rank <= failureRank) continue;
        failureRank = rank;
        if (instead) {
          const start = t.source.offset + t.base + instead.at;
          firstLabel = { field, status: 'invalid', paragraph: t.source.paragraph, offset: start, length: instead.raw.length, raw: instead.raw, value: null };
        } else firstLabel = { field, status: 'empty', ...label, raw: null, value: null };
      }
    }
  }
  return firstLabel ?? { field, status: 'missing', paragraph: null, offset: 0, length: 0, raw: null, value: null };
}

// ---------------------------------------------------------------------------------------------------

const memo = new WeakMap<Anatomy, WeakMap<ResolvedTemplate, TemplateAnalysis>>();

/** Sections and fields of a document under a template (memoised per anatomy and template). */
export function analyse(model: DocModel, anatomy: Anatomy, template: ResolvedTemplate): TemplateAnalysis {
  let byTemplate = memo.get(anatomy);
  if (!byTemplate) {
    byTemplate = new WeakMap();
    memo.set(anatomy, byTemplate);
  }
  const hit = byTemplate.get(template);
  if (hit) return hit;
  const cands = candidates(model, anatomy);
  const a: TemplateAnalysis = { candidates: cands, sections: findSections(cands, template), fields: new Map() };
  for (const f of template.fields) a.fields.set(f.id, readField(f, a, anatomy));
  byTemplate.set(template, a);
  return a;
}

/** Values of integer and time fields for constraints (defaults for absent optional fields). */
export function numericValues(a: TemplateAnalysis): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of a.fields.values()) {
    if (r.status === 'ok' && typeof r.value === 'number') out.set(r.field.id, r.value);
    else if (r.field.default !== null && r.status === 'missing') out.set(r.field.id, r.field.default);
  }
  return out;
}

/** A value for people: times as `14 giờ 30`. */
export function showValue(field: ResolvedField, value: number | string | null): string {
  if (value === null) return '—';
  if (field.value?.type === 'time' && typeof value === 'number') {
    const h = Math.floor(value / 60);
    const m = value % 60;
    return `${String(h).padStart(2, '0')} giờ ${String(m).padStart(2, '0')}`;
  }
  return String(value);
}
