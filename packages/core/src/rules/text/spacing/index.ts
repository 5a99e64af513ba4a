import type { Component } from '../../../anatomy/types.js';
import { defineRule } from '../../../engine/define.js';
import type { RuleContext } from '../../../engine/types.js';
import { groupEdits, type TextEdit } from '../../shared/edits.js';

type Kind = 'doubleSpace' | 'spaceBefore' | 'spaceAfter' | 'leadingSpace' | 'trailingSpace';

interface Issue extends TextEdit {
  kind: Kind;
}

const KIND_VI: Record<Kind, string> = {
  doubleSpace: 'hai dấu cách liền nhau',
  spaceBefore: 'dấu cách trước dấu câu',
  spaceAfter: 'thiếu dấu cách sau dấu câu',
  leadingSpace: 'dấu cách ở đầu dòng',
  trailingSpace: 'dấu cách ở cuối dòng',
};
const KIND_EN: Record<Kind, string> = {
  doubleSpace: 'double space',
  spaceBefore: 'space before punctuation',
  spaceAfter: 'missing space after punctuation',
  leadingSpace: 'leading space',
  trailingSpace: 'trailing space',
};

/** Tokens where punctuation is not punctuation: addresses, emails, websites, file names. */
const TECHNICAL = /^(?:\S*@\S+|\S*:\/\/\S*|www\.\S*|\S+\.(?:vn|com|net|org|gov|edu|info|docx?|pdf|xlsx?)\b\S*)$/iu;

function technicalSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  // Only words with "@", "." or ":" can be addresses, links or file names: test the big pattern on those.
  while ((m = re.exec(text))) if (/[@.:]/.test(m[0]) && TECHNICAL.test(m[0].replace(/[,;.)]+$/u, ''))) out.push([m.index, m.index + m[0].length]);
  return out;
}

function issuesOf(c: Component, layoutSpaces: number, skipInner: boolean): Issue[] {
  const p = c.paragraph;
  const text = p.text;
  const issues: Issue[] = [];
  // The component's line: between tabs and line breaks (tabs lay out columns; they are never reported).
  let lineStart = c.offset;
  while (lineStart > 0 && text[lineStart - 1] !== '\t' && text[lineStart - 1] !== '\n') lineStart--;
  let lineEnd = c.offset + c.length;
  while (lineEnd < text.length && text[lineEnd] !== '\t' && text[lineEnd] !== '\n') lineEnd++;
  const lead = text.slice(lineStart, c.offset);
  if (lead && /^ +$/.test(lead) && lead.length < layoutSpaces) issues.push({ kind: 'leadingSpace', offset: lineStart, length: lead.length, text: '' });
  const trail = text.slice(c.offset + c.length, lineEnd);
  if (trail && /^[ \u00A0]+$/.test(trail)) issues.push({ kind: 'trailingSpace', offset: c.offset + c.length, length: trail.length, text: '' });

  const span = text.slice(c.offset, c.offset + c.length);
  const at = c.offset;
  let tech: [number, number][] | null = null; // computed on the first candidate only
  const inTech = (i: number) => (tech ??= technicalSpans(span)).some(([a, b]) => i >= a && i < b);
  const taken = new Set<number>();
  const push = (i: Issue) => {
    for (let k = i.offset; k < i.offset + Math.max(1, i.length); k++) if (taken.has(k)) return;
    for (let k = i.offset; k < i.offset + Math.max(1, i.length); k++) taken.add(k);
    issues.push(i);
  };
  let m: RegExpExecArray | null;
  // Spaces before , . ; : ) ? — not before an ellipsis or a dot that starts a word (".vn").
  const before = / +(?=[,.;:)?])/g;
  while ((m = before.exec(span))) {
    const next = span[m.index + m[0].length + 1];
    const mark = span[m.index + m[0].length]!;
    if (m[0].length >= layoutSpaces || m.index === 0) continue;
    if (mark === '.' && next !== undefined && /[.\p{L}\p{N}]/u.test(next)) continue;
    if (inTech(m.index + m[0].length)) continue;
    push({ kind: 'spaceBefore', offset: at + m.index, length: m[0].length, text: '' });
  }
  // Two or three spaces between words; longer runs lay out blank slots or columns and are left alone.
  if (!skipInner) {
    const double = /(?<=\S) {2,}(?=\S)/g;
    while ((m = double.exec(span))) {
      if (m[0].length >= layoutSpaces) continue;
      push({ kind: 'doubleSpace', offset: at + m.index, length: m[0].length, text: ' ' });
    }
  }
  // A missing space after , ; : ? ) before a letter, or after a sentence's full stop before a capital.
  const after = /[,;:?)](?=[\p{L}])|(?<=[\p{Ll}\p{N}])\.(?=\p{Lu})|(?<=\p{L})[,;:](?=\p{N})/gu;
  while ((m = after.exec(span))) {
    const i = m.index;
    if (inTech(i)) continue;
    // "T/M", "K/T" have no such marks; "TP.HCM" and "v.v." have a capital or a lower-case letter around the dot
    // and are not matched; a closing parenthesis right after an opening one's letter ("a)b") is still a typo.
    push({ kind: 'spaceAfter', offset: at + i + 1, length: 0, text: ' ' });
  }
  return issues;
}

/** The edits with the words around them, before and after: «2025 ,các» → «2025, các». */
function excerpts(text: string, edits: readonly TextEdit[]): { actual: string; expected: string }[] {
  const windows: { a: number; b: number; edits: TextEdit[] }[] = [];
  for (const e of [...edits].sort((x, y) => x.offset - y.offset)) {
    let a = e.offset;
    while (a > 0 && !/\s/u.test(text[a - 1]!)) a--;
    let b = e.offset + e.length;
    while (b < text.length && !/\s/u.test(text[b]!)) b++;
    const last = windows[windows.length - 1];
    if (last && a <= last.b) {
      last.b = Math.max(last.b, b);
      last.edits.push(e);
    } else windows.push({ a, b, edits: [e] });
  }
  return windows.map((w) => {
    let expected = '';
    let at = w.a;
    for (const e of w.edits) {
      expected += text.slice(at, e.offset) + e.text;
      at = e.offset + e.length;
    }
    return { actual: text.slice(w.a, w.b), expected: expected + text.slice(at, w.b) };
  });
}

/** Khoảng trắng: không thừa, không thiếu quanh dấu câu. */
export default defineRule({
  meta: {
    id: 'text/spacing',
    component: 'document',
    severity: 'warning',
    fixable: 'safe',
    title: { vi: 'Khoảng trắng và dấu câu', en: 'Spacing around punctuation' },
    description: {
      vi: 'Trong một dòng không có hai dấu cách liền nhau; không có dấu cách trước các dấu , . ; : ) ?; sau các dấu đó có một dấu cách; dòng của các thành phần không bắt đầu hay kết thúc bằng dấu cách. Dấu tab dùng để dàn trang, số (1.000; 7,2; 15/01; 14:30), chữ viết tắt («TP. Hồ Chí Minh», «T/M»), địa chỉ thư điện tử và trang web không bị báo; chuỗi từ bốn dấu cách trở lên được coi là để dàn trang hoặc chừa chỗ trống và cũng không bị báo.',
      en: 'Within a line: no double spaces; no space before , . ; : ) ?; one space after them; component lines neither start nor end with spaces. Tabs used for layout, numbers (1.000; 7,2; 15/01; 14:30), abbreviations ("TP. Hồ Chí Minh", "T/M"), emails and websites are not reported; runs of four or more spaces lay out the page or leave a blank to fill in and are not reported either.',
    },
    source: 'TCVN 6909:2001; HD 36 §1.6.1',
    messages: {
      doubleSpace: { vi: 'Thừa dấu cách: «{{actual}}» → «{{expected}}».', en: 'Double space: "{{actual}}" → "{{expected}}".' },
      spaceBefore: { vi: 'Không đặt dấu cách trước dấu câu: «{{actual}}» → «{{expected}}».', en: 'No space before punctuation: "{{actual}}" → "{{expected}}".' },
      spaceAfter: { vi: 'Thiếu dấu cách sau dấu câu: «{{actual}}» → «{{expected}}».', en: 'A space follows punctuation: "{{actual}}" → "{{expected}}".' },
      leadingSpace: { vi: 'Dòng bắt đầu bằng dấu cách; xóa dấu cách (căn lề bằng định dạng đoạn, không bằng dấu cách).', en: 'The line starts with spaces; delete them (align with paragraph formatting, not spaces).' },
      trailingSpace: { vi: 'Dòng kết thúc bằng dấu cách thừa; xóa dấu cách ở cuối dòng.', en: 'The line ends with spaces; delete them.' },
      several: {
        vi: 'Khoảng trắng chưa đúng ({{details}}): «{{actual}}» → «{{expected}}».',
        en: 'Spacing ({{detailsEn}}): "{{actual}}" → "{{expected}}".',
      },
    },
  },
  check(ctx: RuleContext) {
    const layoutSpaces = Number(ctx.options.layoutSpaces ?? 4);
    const skipInner = new Set((ctx.options.skipInnerSpaces as string[] | undefined) ?? ['number', 'placeDate']);
    const byParagraph = new Map<number, { c: Component; issues: Issue[] }>();
    for (const c of ctx.anatomy.components) {
      if (!c.text || c.role === 'line') continue;
      const issues = issuesOf(c, layoutSpaces, skipInner.has(c.kind));
      if (!issues.length) continue;
      const entry = byParagraph.get(c.paragraph.id) ?? { c, issues: [] };
      // Two components of one paragraph may see the same spaces between them (a tab layout's line).
      for (const i of issues) if (!entry.issues.some((x) => x.offset < i.offset + Math.max(1, i.length) && i.offset < x.offset + Math.max(1, x.length))) entry.issues.push(i);
      byParagraph.set(c.paragraph.id, entry);
    }
    for (const { c, issues } of byParagraph.values()) {
      const p = c.paragraph;
      // One finding per stretch of a run (the writer's unit); its message shows each place in context.
      for (const g of groupEdits(p, issues)) {
        const kinds = [...new Set((g.edits as Issue[]).map((e) => e.kind))];
        const component = ctx.anatomy.components.find((x) => x.paragraph === p && x.offset <= g.offset + g.length && g.offset <= x.offset + x.length)?.kind ?? c.kind;
        const shown = excerpts(p.text, g.edits);
        const actual = shown.map((x) => x.actual).join(' … ');
        const expected = shown.map((x) => x.expected).join(' … ');
        ctx.report({
          messageId: kinds.length === 1 ? kinds[0]! : 'several',
          data: { actual, expected, details: kinds.map((k) => KIND_VI[k]).join(', '), detailsEn: kinds.map((k) => KIND_EN[k]).join(', ') },
          paragraph: p,
          offset: g.offset,
          length: g.length,
          component,
          expected,
          actual,
          fix: { kind: 'safe', ops: [g.op] },
        });
      }
    }
  },
});
