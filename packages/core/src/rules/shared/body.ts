/**
 * The body (ô số 6) as the body rules see it: the anatomy's body paragraphs (components `body`, `basis`,
 * `heading`), the structure markers drafters type at their start (Phần, Chương, Mục, Điều, khoản, điểm —
 * HD 36 §1.6.2), and one way of reporting a defect that hits many paragraphs without flooding the output.
 */
import type { Component } from '../../anatomy/types.js';
import type { Fix, FixOp, Report, RuleContext } from '../../engine/types.js';
import type { Paragraph } from '../../model.js';
import { fold, isUpper } from '../../text.js';

/** Body components in reading order (one per paragraph), empty paragraphs left out. */
export function bodyComponents(ctx: RuleContext): Component[] {
  const ids = new Set(ctx.anatomy.body);
  const out: Component[] = [];
  const seen = new Set<number>();
  for (const c of ctx.anatomy.components) {
    if (c.kind !== 'body' && c.kind !== 'basis' && c.kind !== 'heading') continue;
    if (!ids.has(c.paragraph.id) || seen.has(c.paragraph.id) || !c.paragraph.text.trim()) continue;
    seen.add(c.paragraph.id);
    out.push(c);
  }
  return out.sort((a, b) => a.paragraph.id - b.paragraph.id);
}

/** Body text paragraphs: not inside a table (data tables are judged apart, if at all). */
export function bodyText(ctx: RuleContext): Component[] {
  return bodyComponents(ctx).filter((c) => c.paragraph.table === null);
}

/** Runs that draw visible text (whitespace-only and hidden runs say nothing about the text's format). */
export function textRuns(p: Paragraph) {
  return p.runs.filter((r) => r.text.trim() !== '' && !r.props.vanish);
}

/** Every letter upper case — typed so or shown so by formatting (w:caps). */
export function shownUpper(p: Paragraph): boolean {
  const runs = textRuns(p);
  return isUpper(p.text) || (runs.length > 0 && runs.every((r) => r.props.caps || !/\p{Ll}/u.test(r.text)) && /\p{L}/u.test(p.text));
}

/** A number option of the profile's rule data, or a fallback when the profile says nothing. */
export function numberOption(ctx: RuleContext, key: string, fallback: number): number {
  const v = ctx.options[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

export function stringsOption(ctx: RuleContext, key: string): string[] {
  const v = ctx.options[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

// ---------------------------------------------------------------------------------------------------
// Structure markers
// ---------------------------------------------------------------------------------------------------

export type StructureLevel = 'phan' | 'chuong' | 'muc' | 'dieu' | 'roman' | 'khoan' | 'diem';

export const LEVEL_NAMES: Record<StructureLevel, { vi: string; en: string }> = {
  phan: { vi: 'Phần', en: 'part (Phần)' },
  chuong: { vi: 'Chương', en: 'chapter (Chương)' },
  muc: { vi: 'Mục', en: 'section (Mục)' },
  dieu: { vi: 'Điều', en: 'article (Điều)' },
  roman: { vi: 'đề mục La Mã', en: 'Roman-numbered heading' },
  khoan: { vi: 'khoản', en: 'clause (khoản)' },
  diem: { vi: 'điểm', en: 'point (điểm)' },
};

export interface Marker {
  level: StructureLevel;
  /** The word as typed ("Chương", "CHƯƠNG") for Phần/Chương/Mục/Điều, else ''. */
  word: string;
  /** The number as written: "II", "thứ hai", "3", "đ". */
  label: string;
  /** Its value (1-based), or null when it cannot be read (a letter outside the alphabet …). */
  value: number | null;
  /** How the number is written. */
  numeral: 'roman' | 'arabic' | 'words' | 'letter';
  /** The mark after the number ("." for Điều and khoản, ")" for điểm), '' when none. */
  mark: string;
  /** Span of word + number + mark in the paragraph text; null when the number is Word's list label. */
  span: { offset: number; length: number } | null;
  /** Offsets of the number and of the mark (−1 when absent) — fix targets. */
  labelAt: number;
  markAt: number;
  /** Text after the marker, trimmed. */
  rest: string;
  /** The number comes from Word's automatic numbering (`listLabel`). */
  fromList: boolean;
}

export interface StructureData {
  /** Letters of điểm in order: the Vietnamese alphabet (no f, j, w, z). */
  alphabet: string[];
  /** Ordinal words after "thứ": nhất, hai, ba, tư … */
  ordinals: string[];
}

export function structureData(ctx: RuleContext): StructureData {
  const data = ctx.profile.rules['party/structure-format'] ?? {};
  const list = (k: string) => (Array.isArray(data[k]) ? (data[k] as unknown[]).filter((x): x is string => typeof x === 'string') : []);
  return { alphabet: list('alphabet'), ordinals: list('ordinals') };
}

const ROMAN = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN_VALUE: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

export function romanValue(s: string): number | null {
  if (!s || !ROMAN.test(s)) return null;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUE[s[i]!]!;
    const next = ROMAN_VALUE[s[i + 1] ?? ''] ?? 0;
    n += v < next ? -v : v;
  }
  return n;
}

export function toRoman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) {
    out += s;
    n -= v;
  }
  return out;
}

/** "Phần I", "Chương thứ hai", "Mục 1", "Điều 3." at the start of a line. */
const HEADING = /^(Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC|Điều|ĐIỀU)(\s+)((?:thứ|THỨ)\s+\p{L}+(?:\s+\p{L}+)?|[IVXLCDM]+|\d+)(?![\p{L}\d])\s*([.:\-–)]?)/u;
/** "I- ĐÁNH GIÁ …", "II. NHIỆM VỤ …". */
const ROMAN_HEAD = /^([IVXLC]+)\s*([-–.):/])\s+(?=\S)/u;
/** khoản "1." and its wrong forms "1)", "1/", "1:", "1-". */
const KHOAN = /^(\d{1,2})([.)/:\-–])(?=\s+\S)/u;
/** điểm "a)" and its wrong forms "a.", "a/", "a:", "a-". */
const DIEM = /^(\p{Ll})([).:/\-–])(?=\s+\S)/u;
/** The same, for Word's list labels ("1.", "a)"): nothing follows them in the label. */
const KHOAN_LABEL = /^(\d{1,2})([.)/:\-–]?)$/u;
const DIEM_LABEL = /^(\p{Ll})([).:/\-–]?)$/u;

const LEVEL_OF: Record<string, StructureLevel> = { 'phần': 'phan', 'chương': 'chuong', 'mục': 'muc', 'điều': 'dieu' };

/** HEADING, with a two-word ordinal ("thứ mười một") kept only when the profile knows it. */
function headingMatch(text: string, data: StructureData): [string, string, string, string, string] | null {
  const m = HEADING.exec(text);
  if (!m) return null;
  let [all, word, space, num, mark] = m as unknown as [string, string, string, string, string];
  const words = num.split(/\s+/u);
  if (words.length === 3 && ordinalValue(num, data) === null) {
    // "Phần thứ nhất về …": the ordinal is one word; match again without the second.
    num = words.slice(0, 2).join(' ');
    const rest = /^\s*([.:\-–)]?)/u.exec(text.slice(word.length + space.length + num.length))!;
    mark = rest[1]!;
    all = word + space + num + rest[0];
  }
  return [all, word, space, num, mark];
}

function ordinalValue(words: string, data: StructureData): number | null {
  const w = fold(words).replace(/^thứ\s+/u, '');
  const i = data.ordinals.findIndex((o) => fold(o) === w);
  return i >= 0 ? i + 1 : null;
}

/**
 * The structure marker a body paragraph starts with, or null. A sentence that merely begins with
 * "Điều 3 của Quy định …" or "Mục 2 nêu trên …" is not a heading: a lower-case word follows the number
 * without any mark.
 */
export function parseMarker(p: Paragraph, data: StructureData): Marker | null {
  const raw = p.text;
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  const label = p.listLabel?.trim() ?? '';
  if (label) {
    const k = KHOAN_LABEL.exec(label);
    if (k) return { level: 'khoan', word: '', label: k[1]!, value: Number(k[1]), numeral: 'arabic', mark: k[2]!, span: null, labelAt: -1, markAt: -1, rest: text, fromList: true };
    const d = DIEM_LABEL.exec(label);
    if (d) return diem(d[1]!, d[2]!, null, -1, -1, text, true, data);
    const r = /^([IVXLC]+)([-–.):/]?)$/u.exec(label);
    const rv = r ? romanValue(r[1]!) : null;
    if (r && rv !== null) return { level: 'roman', word: '', label: r[1]!, value: rv, numeral: 'roman', mark: r[2]!, span: null, labelAt: -1, markAt: -1, rest: text, fromList: true };
    // Multilevel lists of legal drafts draw "Chương I", "Điều 1." themselves.
    const h = headingMatch(`${label} ${text}`, data);
    if (h && h[0].trimEnd().length >= label.length) {
      const [all, word, , num, mark] = h;
      const m = headingMarker(word, num, mark, data);
      return { ...m, span: null, labelAt: -1, markAt: -1, rest: `${label} ${text}`.slice(all.length).trim(), fromList: true };
    }
    return null;
  }
  const h = headingMatch(text, data);
  if (h) {
    const [all, word, space, num, mark] = h;
    const after = text.slice(all.length).trimStart();
    // "Điều 3 của …": a sentence, not a heading.
    if (!mark && /^\p{Ll}/u.test(after)) return null;
    const labelAt = lead + word.length + space.length;
    const markAt = mark ? lead + all.length - mark.length : -1;
    return { ...headingMarker(word, num, mark, data), span: { offset: lead, length: all.length }, labelAt, markAt, rest: after, fromList: false };
  }
  const r = ROMAN_HEAD.exec(text);
  // "V. I. Lê-nin …" opens with initials, not a heading.
  if (r && !/^\p{Lu}\./u.test(text.slice(r[0].length))) {
    const value = romanValue(r[1]!);
    if (value !== null) {
      return { level: 'roman', word: '', label: r[1]!, value, numeral: 'roman', mark: r[2]!, span: { offset: lead, length: r[0].trimEnd().length }, labelAt: lead, markAt: lead + r[0].indexOf(r[2]!, r[1]!.length), rest: text.slice(r[0].length), fromList: false };
    }
  }
  const k = KHOAN.exec(text);
  if (k) return { level: 'khoan', word: '', label: k[1]!, value: Number(k[1]), numeral: 'arabic', mark: k[2]!, span: { offset: lead, length: k[0].length }, labelAt: lead, markAt: lead + k[1]!.length, rest: text.slice(k[0].length).trim(), fromList: false };
  const d = DIEM.exec(text);
  if (d) return diem(d[1]!, d[2]!, { offset: lead, length: d[0].length }, lead, lead + 1, text.slice(d[0].length).trim(), false, data);
  return null;
}

function headingMarker(word: string, num: string, mark: string, data: StructureData): Pick<Marker, 'level' | 'word' | 'label' | 'value' | 'numeral' | 'mark'> {
  const level = LEVEL_OF[fold(word)]!;
  if (/^\d+$/.test(num)) return { level, word, label: num, value: Number(num), numeral: 'arabic', mark };
  if (/^[IVXLCDM]+$/.test(num)) return { level, word, label: num, value: romanValue(num), numeral: 'roman', mark };
  return { level, word, label: num, value: ordinalValue(num, data), numeral: 'words', mark };
}

function diem(letter: string, mark: string, span: Marker['span'], labelAt: number, markAt: number, rest: string, fromList: boolean, data: StructureData): Marker | null {
  // Only letters of the Latin alphabet (and đ) open a điểm; "ý kiến" does not.
  if (!/^[a-zđ]$/u.test(letter)) return null;
  const i = data.alphabet.indexOf(letter);
  return { level: 'diem', word: '', label: letter, value: i >= 0 ? i + 1 : null, numeral: 'letter', mark, span, labelAt, markAt, rest, fromList };
}

/** Phần, Chương, Mục: the heading levels whose lines are centred and whose names follow below them. */
export const CENTRED_LEVELS: readonly StructureLevel[] = ['phan', 'chuong', 'muc'];

/**
 * Phần/Chương/Mục lines of the body and the names under them (HD 36 §1.6.2): the line after a heading
 * line is its name when it is not a marker itself and looks like a title — upper case, bold or centred,
 * not ending like a sentence.
 */
export function headingLines(ctx: RuleContext, comps: Component[] = bodyText(ctx)): { lines: Map<number, Marker>; names: Map<number, number> } {
  const data = structureData(ctx);
  const lines = new Map<number, Marker>();
  const names = new Map<number, number>(); // name paragraph id → heading paragraph id
  comps.forEach((c, i) => {
    const m = parseMarker(c.paragraph, data);
    if (!m || !CENTRED_LEVELS.includes(m.level)) return;
    lines.set(c.paragraph.id, m);
    if (m.rest) return; // the name is on the heading's own line
    const next = comps[i + 1];
    if (!next || parseMarker(next.paragraph, data)) return;
    if (looksLikeTitle(next.paragraph)) names.set(next.paragraph.id, c.paragraph.id);
  });
  return { lines, names };
}

export function looksLikeTitle(p: Paragraph): boolean {
  const t = p.text.trim();
  if (!t || t.length > 200 || /[.;:,]$/u.test(t)) return false;
  const runs = textRuns(p);
  return shownUpper(p) || p.props.alignment === 'center' || (runs.length > 0 && runs.every((r) => r.props.bold));
}

// ---------------------------------------------------------------------------------------------------
// Reporting without floods
// ---------------------------------------------------------------------------------------------------

export interface Offence {
  paragraph: Paragraph;
  component: Component['kind'];
  /** Data of the single-paragraph message. */
  data: Record<string, string | number>;
  expected: string | null;
  actual: string | null;
  ops: FixOp[];
  offset?: number;
  length?: number;
}

/**
 * Report offences one by one up to `ctx.options.reportEachUpTo` (profile data); beyond that one finding
 * for all of them — "23 đoạn …" — at the first, with a fix covering every paragraph.
 */
export function reportOffences(
  ctx: RuleContext,
  offences: Offence[],
  ids: { one: string; many: string },
  extra: { fixKind?: Fix['kind']; severity?: Report['severity']; manyData?: Record<string, string | number> } = {},
): void {
  if (!offences.length) return;
  const cap = numberOption(ctx, 'reportEachUpTo', 3);
  const kind = extra.fixKind ?? 'safe';
  const sev = extra.severity ? { severity: extra.severity } : {};
  if (offences.length <= cap) {
    for (const o of offences) {
      ctx.report({
        messageId: ids.one,
        data: o.data,
        paragraph: o.paragraph,
        ...(o.offset !== undefined ? { offset: o.offset, length: o.length ?? 0 } : {}),
        component: o.component,
        expected: o.expected,
        actual: o.actual,
        ...(o.ops.length ? { fix: { kind, ops: o.ops } } : {}),
        ...sev,
      });
    }
    return;
  }
  const first = offences[0]!;
  const ops = offences.flatMap((o) => o.ops);
  ctx.report({
    messageId: ids.many,
    data: { ...first.data, count: offences.length, ...extra.manyData },
    paragraph: first.paragraph,
    component: first.component,
    expected: first.expected,
    actual: first.actual,
    ...(ops.length ? { fix: { kind, ops } } : {}),
    ...sev,
  });
}

/** The end of a long text from a word boundary ("…báo cáo Ban Thường vụ Tỉnh ủy"), for messages. */
export function tailText(s: string, max = 40): string {
  if (s.length <= max) return s;
  const end = s.slice(-max);
  return `…${end.slice(end.indexOf(' ') + 1)}`;
}

export const fmtPt = (n: number): string => `${Math.round(n * 100) / 100} pt`;
export const fmtMm = (n: number): string => `${Math.round(n * 10) / 10} mm`;
