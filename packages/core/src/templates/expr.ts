/**
 * The constraint language of content templates: a comparison of two sums of field ids and integers.
 * Parsed once when a template is loaded — never evaluated as code.
 *
 *   constraint = sum comparator sum
 *   sum        = term { ("+" | "-") term }
 *   term       = [ "-" ] ( integer | field | "(" sum ")" )
 *   comparator = "==" | "=" | "!=" | "<" | "<=" | ">" | ">=" | "≠" | "≤" | "≥"
 *   field      = [A-Za-z_][A-Za-z0-9_]*    (the id of an integer or time field)
 *   integer    = [0-9]+
 *
 * Examples: `present + absent == total`, `inFavour + against <= present`, `end > start`.
 */

export type Comparator = '==' | '!=' | '<' | '<=' | '>' | '>=';

export type Expr =
  | { kind: 'int'; value: number }
  | { kind: 'field'; id: string }
  | { kind: 'neg'; operand: Expr }
  | { kind: 'add' | 'sub'; left: Expr; right: Expr };

export interface Comparison {
  left: Expr;
  op: Comparator;
  right: Expr;
}

export class ExprError extends Error {
  constructor(
    message: string,
    /** 0-based character position in the expression. */
    readonly position: number,
  ) {
    super(message);
    this.name = 'ExprError';
  }
}

type Token = { t: 'int'; v: number; at: number } | { t: 'id'; v: string; at: number } | { t: 'op'; v: string; at: number } | { t: 'end'; at: number };

const MAX_LENGTH = 300;
const MAX_DEPTH = 16;

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const at = i;
    if (/[0-9]/.test(c)) {
      let j = i;
      while (j < src.length && /[0-9]/.test(src[j]!)) j++;
      const digits = src.slice(i, j);
      if (digits.length > 9) throw new ExprError(`number too large: ${digits}`, at);
      out.push({ t: 'int', v: Number(digits), at });
      i = j;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      let j = i;
      while (j < src.length && /[A-Za-z0-9_]/.test(src[j]!)) j++;
      out.push({ t: 'id', v: src.slice(i, j), at });
      i = j;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (['==', '!=', '<=', '>='].includes(two)) {
      out.push({ t: 'op', v: two, at });
      i += 2;
      continue;
    }
    const one: Record<string, string> = { '=': '==', '≠': '!=', '≤': '<=', '≥': '>=', '<': '<', '>': '>', '+': '+', '-': '-', '−': '-', '(': '(', ')': ')' };
    const op = one[c];
    if (!op) throw new ExprError(`unexpected character «${c}»`, at);
    out.push({ t: 'op', v: op, at });
    i++;
  }
  out.push({ t: 'end', at: src.length });
  return out;
}

const COMPARATORS = new Set(['==', '!=', '<', '<=', '>', '>=']);

/** Parse a constraint; throws ExprError (with the position) when it is not one. */
export function parseConstraint(src: string): Comparison {
  if (src.length > MAX_LENGTH) throw new ExprError(`expression longer than ${MAX_LENGTH} characters`, MAX_LENGTH);
  const tokens = tokenize(src);
  let pos = 0;
  const peek = () => tokens[pos]!;
  const describe = (tok: Token) => (tok.t === 'end' ? 'end of expression' : `«${String(tok.v)}»`);

  const term = (depth: number): Expr => {
    if (depth > MAX_DEPTH) throw new ExprError('expression nested too deeply', peek().at);
    const tok = peek();
    if (tok.t === 'op' && tok.v === '-') {
      pos++;
      return { kind: 'neg', operand: term(depth + 1) };
    }
    if (tok.t === 'int') {
      pos++;
      return { kind: 'int', value: tok.v };
    }
    if (tok.t === 'id') {
      pos++;
      return { kind: 'field', id: tok.v };
    }
    if (tok.t === 'op' && tok.v === '(') {
      pos++;
      const inner = sum(depth + 1);
      const close = peek();
      if (close.t !== 'op' || close.v !== ')') throw new ExprError(`expected «)» but found ${describe(close)}`, close.at);
      pos++;
      return inner;
    }
    throw new ExprError(`expected a field id, a number or «(» but found ${describe(tok)}`, tok.at);
  };
  const sum = (depth: number): Expr => {
    let left = term(depth);
    for (;;) {
      const tok = peek();
      if (tok.t === 'op' && (tok.v === '+' || tok.v === '-')) {
        pos++;
        left = { kind: tok.v === '+' ? 'add' : 'sub', left, right: term(depth) };
      } else return left;
    }
  };

  const left = sum(0);
  const opTok = peek();
  if (opTok.t !== 'op' || !COMPARATORS.has(opTok.v)) throw new ExprError(`expected a comparison (== != < <= > >=) but found ${describe(opTok)}`, opTok.at);
  pos++;
  const right = sum(0);
  const end = peek();
  if (end.t !== 'end') throw new ExprError(`unexpected ${describe(end)} after the comparison`, end.at);
  return { left, op: opTok.v as Comparator, right };
}

/** Field ids an expression reads, in order of appearance, without repeats. */
export function fieldsOf(c: Comparison): string[] {
  const out: string[] = [];
  const walk = (e: Expr): void => {
    if (e.kind === 'field') {
      if (!out.includes(e.id)) out.push(e.id);
    } else if (e.kind === 'neg') walk(e.operand);
    else if (e.kind === 'add' || e.kind === 'sub') {
      walk(e.left);
      walk(e.right);
    }
  };
  walk(c.left);
  walk(c.right);
  return out;
}

/** Value of a sum; null when a field has no value. */
export function evaluate(e: Expr, values: ReadonlyMap<string, number>): number | null {
  switch (e.kind) {
    case 'int':
      return e.value;
    case 'field':
      return values.get(e.id) ?? null;
    case 'neg': {
      const v = evaluate(e.operand, values);
      return v === null ? null : -v;
    }
    case 'add':
    case 'sub': {
      const l = evaluate(e.left, values);
      const r = evaluate(e.right, values);
      if (l === null || r === null) return null;
      return e.kind === 'add' ? l + r : l - r;
    }
  }
}

export function compare(op: Comparator, l: number, r: number): boolean {
  switch (op) {
    case '==':
      return l === r;
    case '!=':
      return l !== r;
    case '<':
      return l < r;
    case '<=':
      return l <= r;
    case '>':
      return l > r;
    case '>=':
      return l >= r;
  }
}

/** Evaluate a comparison: its truth and both sides, or null when a field has no value. */
export function check(c: Comparison, values: ReadonlyMap<string, number>): { ok: boolean; left: number; right: number } | null {
  const left = evaluate(c.left, values);
  const right = evaluate(c.right, values);
  if (left === null || right === null) return null;
  return { ok: compare(c.op, left, right), left, right };
}

const SHOWN: Record<Comparator, string> = { '==': '=', '!=': '≠', '<': '<', '<=': '≤', '>': '>', '>=': '≥' };
/** The comparator that holds when `op` fails — for "20 + 3 = 23 ≠ 25". */
const NEGATED: Record<Comparator, Comparator> = { '==': '!=', '!=': '==', '<': '>=', '<=': '>', '>': '<=', '>=': '<' };

/** Render an expression for people, naming fields by `name` (e.g. their titles). */
export function render(c: Comparison, name: (id: string) => string = (id) => id): string {
  const show = (e: Expr, parent: 'sum' | 'top'): string => {
    switch (e.kind) {
      case 'int':
        return String(e.value);
      case 'field':
        return name(e.id);
      case 'neg':
        return `-${show(e.operand, 'sum')}`;
      case 'add':
      case 'sub': {
        const s = `${show(e.left, 'top')} ${e.kind === 'add' ? '+' : '-'} ${show(e.right, 'sum')}`;
        return parent === 'sum' ? `(${s})` : s;
      }
    }
  };
  return `${show(c.left, 'top')} ${SHOWN[c.op]} ${show(c.right, 'top')}`;
}

export function shownComparator(op: Comparator, negate = false): string {
  return SHOWN[negate ? NEGATED[op] : op];
}
