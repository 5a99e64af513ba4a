/**
 * Text edits inside a paragraph, grouped so the docx writer can apply them together: it rewrites a whole
 * `w:t` element per `replaceText`, so two edits in the same stretch of a run become one operation that
 * spans both (with the text between them kept).
 */
import type { FixOp } from '../../engine/types.js';
import type { Paragraph, Run } from '../../model.js';

/** A stretch of one run's text without tabs or line breaks (what one `w:t` element holds), in paragraph offsets. */
export interface Piece {
  run: Run;
  offset: number;
  text: string;
}

export function pieces(p: Paragraph): Piece[] {
  const out: Piece[] = [];
  let pos = 0;
  for (const run of p.runs) {
    const re = /[^\t\n]+/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(run.text))) out.push({ run, offset: pos + m.index, text: m[0] });
    pos += run.text.length;
  }
  return out;
}

/** Replace `length` characters at `offset` (paragraph text) with `text`. */
export interface TextEdit {
  offset: number;
  length: number;
  text: string;
}

export interface EditGroup {
  /** Span of the group in the paragraph text. */
  offset: number;
  length: number;
  /** The span's text before and after the edits. */
  actual: string;
  expected: string;
  edits: TextEdit[];
  op: Extract<FixOp, { op: 'replaceText' }>;
}

/** Group edits by the piece they start in; each group is one `replaceText`. Edits must not overlap. */
export function groupEdits(p: Paragraph, edits: readonly TextEdit[]): EditGroup[] {
  const list = [...edits].sort((a, b) => a.offset - b.offset);
  const ps = pieces(p);
  const pieceOf = (offset: number) => ps.findIndex((x) => x.offset <= offset && offset <= x.offset + x.text.length);
  const groups = new Map<number, TextEdit[]>();
  for (const e of list) {
    const k = pieceOf(e.offset);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(e);
  }
  const out: EditGroup[] = [];
  for (const es of groups.values()) {
    const start = es[0]!.offset;
    const end = Math.max(...es.map((e) => e.offset + e.length));
    let expected = '';
    let at = start;
    for (const e of es) {
      expected += p.text.slice(at, e.offset) + e.text;
      at = e.offset + e.length;
    }
    expected += p.text.slice(at, end);
    out.push({
      offset: start,
      length: end - start,
      actual: p.text.slice(start, end),
      expected,
      edits: es,
      op: { op: 'replaceText', paragraph: p.id, offset: start, length: end - start, text: expected },
    });
  }
  return out;
}
