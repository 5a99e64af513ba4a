/**
 * RuleTester in the style of ESLint's: a strict table of valid and invalid documents per rule. Every
 * document is read back through the real reader and anatomy; only the rule under test runs.
 */
import { describe, expect, it } from 'vitest';
import { recognize } from '../../src/anatomy/recognize.js';
import type { ComponentKind } from '../../src/anatomy/types.js';
import { readDocx } from '../../src/docx/reader.js';
import { runRules } from '../../src/engine/run.js';
import type { Diagnostic, Rule, Severity } from '../../src/engine/types.js';
import { resolveProfile } from '../../src/profiles/index.js';
import { readMarkdown } from '../../src/markdown/reader.js';

/** A .docx (bytes, or a function building them) or a Markdown draft (its text). */
type DocSource = Uint8Array | (() => Uint8Array) | string;

export interface ValidCase {
  name: string;
  doc: DocSource;
  profile?: string;
}

export interface ExpectedFinding {
  messageId: string;
  /** The finding's component. */
  component?: ComponentKind | null;
  /** The located paragraph's text, or a part of it; `null` for a document-level finding. */
  text?: string | RegExp | null;
  /** Expected values of `data` (a subset). */
  data?: Record<string, string | number>;
  severity?: Severity;
  expected?: string | null;
  actual?: string | null;
  /** Markdown: the 1-based source line of the finding. */
  line?: number;
  /** Whether the finding carries a fix (defaults to the rule's `meta.fixable !== false`, when omitted no check). */
  fixable?: boolean;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

export interface CaseTable {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

export function findings(rule: Rule, doc: DocSource, profileId = 'party'): Diagnostic[] {
  if (typeof doc === 'string') {
    const profile = resolveProfile(profileId);
    const md = readMarkdown(doc, profile);
    const before = JSON.stringify(md.model);
    const { diagnostics } = runRules(md.model, md.anatomy, profile, { rules: [rule] });
    expect(JSON.stringify(md.model), `${rule.meta.id} mutated the document model`).toBe(before);
    return diagnostics;
  }
  const bytes = typeof doc === 'function' ? doc() : doc;
  const read = readDocx(bytes);
  if (!read.ok) throw new Error(`fixture could not be read: ${read.error.code} ${read.error.message}`);
  const profile = resolveProfile(profileId);
  const anatomy = recognize(read.value, profile);
  const before = JSON.stringify(read.value);
  const { diagnostics } = runRules(read.value, anatomy, profile, { rules: [rule] });
  // Rules are pure: the model they were given must be unchanged (ESLint's assertASTDidntChange).
  expect(JSON.stringify(read.value), `${rule.meta.id} mutated the document model`).toBe(before);
  return diagnostics;
}

function matchText(d: Diagnostic, text: ExpectedFinding['text']): boolean {
  if (text === undefined) return true;
  if (text === null) return d.location === null;
  const t = d.location?.text ?? '';
  return typeof text === 'string' ? t.includes(text) : text.test(t);
}

function describeFinding(d: Diagnostic): string {
  return `${d.messageId} [${d.component}] «${d.location?.text ?? '(document)'}» ${JSON.stringify(d.data)}`;
}

/** Register a vitest `describe` block for one rule's case table. */
export function testRule(rule: Rule, table: CaseTable): void {
  describe(rule.meta.id, () => {
    it('has a strict case table', () => {
      expect(table.valid.length, 'at least one valid case').toBeGreaterThan(0);
      expect(table.invalid.length, 'at least one invalid case').toBeGreaterThan(0);
      const names = [...table.valid, ...table.invalid].map((c) => c.name);
      expect(new Set(names).size, `duplicate case names: ${names.join(', ')}`).toBe(names.length);
      for (const c of table.invalid) {
        expect(c.errors.length, `invalid case "${c.name}" expects no finding`).toBeGreaterThan(0);
        for (const e of c.errors) expect(Object.keys(rule.meta.messages), `unknown messageId in "${c.name}"`).toContain(e.messageId);
      }
    });
    for (const c of table.valid) {
      it(`valid: ${c.name}`, () => {
        const got = findings(rule, c.doc, c.profile);
        const blocking = got.filter((d) => d.severity !== 'info');
        expect(blocking.map(describeFinding)).toEqual([]);
      });
    }
    for (const c of table.invalid) {
      it(`invalid: ${c.name}`, () => {
        const got = findings(rule, c.doc, c.profile);
        const remaining = [...got];
        for (const e of c.errors) {
          const i = remaining.findIndex(
            (d) =>
              d.messageId === e.messageId &&
              (e.component === undefined || d.component === e.component) &&
              matchText(d, e.text) &&
              (e.severity === undefined || d.severity === e.severity) &&
              (e.expected === undefined || d.expected === e.expected) &&
              (e.actual === undefined || d.actual === e.actual) &&
              (e.fixable === undefined || d.fixable === e.fixable) &&
              (e.line === undefined || d.location?.line === e.line) &&
              Object.entries(e.data ?? {}).every(([k, v]) => d.data[k] === v),
          );
          expect(i, `expected ${JSON.stringify(e)} among:\n${got.map(describeFinding).join('\n')}`).toBeGreaterThanOrEqual(0);
          const [d] = remaining.splice(i, 1);
          if (rule.meta.fixable === false) expect(d!.fixable, 'a rule marked not fixable returned a fix').toBe(false);
        }
        expect(remaining.filter((d) => d.severity !== 'info').map(describeFinding), 'unexpected extra findings').toEqual([]);
      });
    }
  });
}
