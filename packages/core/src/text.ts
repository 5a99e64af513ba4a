/**
 * Vietnamese text comparison: NFC, case folding, and both tone-mark placements (`hoà`/`hòa`,
 * `uỷ`/`ủy`) treated as equal.
 */

const TONE = '[\u0300\u0301\u0303\u0309\u0323]';
// Old style puts the tone on the second vowel of oa/oe/uy (hoà, khoẻ, thuỷ); move it onto the first
// so both placements fold to one key.
const OLD_TONE = new RegExp(`([oOuU])([aAeEyY])(${TONE})`, 'g');
const NEW_TONE = new RegExp(`([oOuU])(${TONE})([aAeEyY])(?![\\p{L}\\u0300-\\u036f])`, 'gu');

/** NFC with one tone placement (case kept). */
export function toneKey(s: string): string {
  return s.normalize('NFD').replace(OLD_TONE, '$1$3$2').normalize('NFC');
}

const foldCache = new Map<string, string>();

/** Canonical comparison key: NFC, lower case, one tone placement, single spaces. */
export function fold(s: string): string {
  let out = foldCache.get(s);
  if (out !== undefined) return out;
  out = toneKey(s)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  // Bounded memo: the same short component texts are folded many times per document.
  if (s.length < 300) {
    if (foldCache.size > 20_000) foldCache.clear();
    foldCache.set(s, out);
  }
  return out;
}

/** Remove every diacritic (đ → d) — for recognising text typed without them. */
export function stripDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** Which tone placement a word uses, when it tells: `old` (hoà, uỷ) or `new` (hòa, ủy). */
export function toneStyle(word: string): 'old' | 'new' | null {
  const d = word.normalize('NFD');
  if (new RegExp(`[oOuU][aAeEyY]${TONE}(?![\\p{L}\\u0300-\\u036f])`, 'u').test(d)) return 'old';
  if (NEW_TONE.test(d)) {
    NEW_TONE.lastIndex = 0;
    return 'new';
  }
  return null;
}

/** A pattern from profile data, compiled against folded text (tone placement and case ignored). */
export function foldedRegExp(source: string, flags = ''): RegExp {
  const f = new Set((flags + 'iu').split(''));
  return new RegExp(toneKey(source), [...f].join(''));
}

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;

/** All letters upper case (digits and punctuation ignored); false when there are no letters. */
export function isUpper(s: string): boolean {
  let letters = 0;
  for (const ch of s) {
    if (!LETTER.test(ch)) continue;
    letters++;
    if (LOWER.test(ch)) return false;
  }
  return letters > 0;
}

export function hasLetters(s: string): boolean {
  return LETTER.test(s);
}

/** A segment of a paragraph: tab- or line-break-separated text (tab layouts hold two components). */
export interface Segment {
  offset: number;
  length: number;
  text: string;
  /** 0-based position among the paragraph's segments. */
  index: number;
  count: number;
}

export function segments(text: string): Segment[] {
  const out: Segment[] = [];
  const re = /[^\t\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    out.push({ offset: m.index + lead, length: trimmed.length, text: trimmed, index: out.length, count: 0 });
  }
  for (const s of out) s.count = out.length;
  return out;
}

/** Replace `{{name}}` placeholders. */
export function interpolate(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (all, key: string) => (key in data ? String(data[key]) : all));
}
