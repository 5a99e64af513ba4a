/**
 * The accuracy harness: builds every seeded defect (defects.ts) into drafts, runs `check`, and measures
 * recall (the seeded defect is reported under its rule id, at the right paragraph), false errors (errors
 * on compliant drafts; errors of other rules on single-defect drafts, "collateral") and the fix round trip
 * (`fixDocx` removes the finding, changes no other text, leaves every other zip part byte-identical).
 *
 * Used by `scripts/accuracy.ts` (the full report, LibreOffice round trips) and by `accuracy.test.ts`
 * (a fast subset in CI). Pure functions of bytes: no file system here.
 */
import { unzipSync } from 'fflate';
import { check, fixDocx, readDocx, rules } from '../../src/index.js';
import type { CheckReport, Diagnostic, FixOp } from '../../src/index.js';
import { buildDocx } from '../support/docx-builder.js';
import { DOC_KINDS, draftSpec, LAYOUTS, partyDraft, resolveComponents, type DocKind, type DraftOptions, type Layout } from '../support/party-draft.js';
import { DEFECTS, type Defect, type Expectation, type Seed, type Where } from './defects.js';

export type Producer = 'builder' | 'libreoffice';

/** A draft to check: a seeded defect in one kind and layout, or a compliant draft. */
export interface Sample {
  id: string;
  defect: Defect | null;
  kind: DocKind;
  layout: Layout;
  expectation: Expectation | null;
  bytes: Uint8Array;
}

/** A finding, reduced to what a report needs. */
export interface FindingSummary {
  ruleId: string;
  severity: Diagnostic['severity'];
  messageId: string;
  component: string | null;
  paragraph: number | null;
  text: string | null;
}

export type Outcome = 'found' | 'wrong-location' | 'missed' | 'unreadable';

export interface FixResult {
  /** The matched finding carries a fix. */
  fixable: boolean;
  fixKind: 'safe' | 'unsafe' | null;
  /** After the fix, the rule no longer fires at the finding's paragraph (or document-wide, for document-level findings). */
  fixed: boolean;
  /** Every paragraph's text is unchanged, except inside the spans of the fix's text operations. */
  textPreserved: boolean;
  /** The fixed paragraph reads as the defect expects (`fixedText`); null when the defect names no text. */
  expectedText: boolean | null;
  /** Every zip part the fix did not report as changed is byte-identical, and no part was added or lost. */
  partsPreserved: boolean;
  /** Errors the fixed draft has that the seeded draft did not. */
  newErrors: FindingSummary[];
  passes: number;
  problems: string[];
}

export interface SeededResult {
  id: string;
  rule: string;
  defect: string;
  kind: DocKind;
  layout: Layout;
  producer: Producer;
  implemented: boolean;
  outcome: Outcome;
  /** What happened, in words (for misses). */
  detail: string;
  matched: FindingSummary | null;
  sameRule: FindingSummary[];
  /** Error findings of other rules that the defect does not explain: false errors. */
  collateral: FindingSummary[];
  /** Error findings of other rules that the defect explains (`explains`). */
  explained: FindingSummary[];
  /** Errors the compliant draft of the same kind, layout and producer has too (already false errors there). */
  baseline: FindingSummary[];
  fix?: FixResult;
}

export interface CompliantResult {
  id: string;
  kind: DocKind;
  layout: Layout;
  producer: Producer;
  unreadable: string | null;
  errors: FindingSummary[];
  warnings: FindingSummary[];
}

// ---------------------------------------------------------------------------------------------------
// Samples
// ---------------------------------------------------------------------------------------------------

export const IMPLEMENTED: ReadonlySet<string> = new Set(rules.map((r) => r.meta.id));
const FIXABLE_RULES: ReadonlySet<string> = new Set(rules.filter((r) => r.meta.fixable !== false).map((r) => r.meta.id));

export const kindsOf = (d: Defect): readonly DocKind[] => d.kinds ?? DOC_KINDS;
export const layoutsOf = (d: Defect): readonly Layout[] => d.layouts ?? LAYOUTS;

const isEdit = (s: Seed): s is Extract<Seed, { edit: unknown }> => 'edit' in s && typeof s.edit === 'function';

export const sampleId = (d: Defect | null, kind: DocKind, layout: Layout): string =>
  d ? `${d.rule} › ${d.name} [${kind}/${layout}]` : `compliant [${kind}/${layout}]`;

/** The draft of one defect in one kind and layout, with its expectation. */
export function seeded(defect: Defect, kind: DocKind, layout: Layout): Sample {
  const seed = defect.make(kind, layout);
  const base = isEdit(seed) ? seed.options : seed;
  const options: DraftOptions = { ...base, kind, layout };
  const spec = draftSpec(options);
  if (isEdit(seed)) seed.edit(spec);
  const bytes = buildDocx(spec);
  const expectation = typeof defect.expect === 'function' ? defect.expect({ kind, layout, options, c: resolveComponents(options), spec }) : defect.expect;
  return { id: sampleId(defect, kind, layout), defect, kind, layout, expectation, bytes };
}

export function compliant(kind: DocKind, layout: Layout): Sample {
  return { id: sampleId(null, kind, layout), defect: null, kind, layout, expectation: null, bytes: partyDraft({ kind, layout }) };
}

export interface Selection {
  defects?: readonly Defect[];
  /** Restrict to these layouts (intersected with each defect's own). */
  layouts?: readonly Layout[];
  kinds?: readonly DocKind[];
  /** Only defects of rules whose id starts with one of these. */
  rules?: readonly string[];
}

/** Every (defect × kind × layout) of the selection. */
export function seededSamples(sel: Selection = {}): Sample[] {
  const out: Sample[] = [];
  for (const d of sel.defects ?? DEFECTS) {
    if (sel.rules && !sel.rules.some((r) => d.rule.startsWith(r))) continue;
    for (const kind of kindsOf(d)) {
      if (sel.kinds && !sel.kinds.includes(kind)) continue;
      for (const layout of layoutsOf(d)) {
        if (sel.layouts && !sel.layouts.includes(layout)) continue;
        out.push(seeded(d, kind, layout));
      }
    }
  }
  return out;
}

export function compliantSamples(kinds: readonly DocKind[] = DOC_KINDS, layouts: readonly Layout[] = LAYOUTS): Sample[] {
  return kinds.flatMap((k) => layouts.map((l) => compliant(k, l)));
}

// ---------------------------------------------------------------------------------------------------
// Evaluation
// ---------------------------------------------------------------------------------------------------

const nfc = (s: string): string => s.normalize('NFC');
const whereList = (w: Where | Where[]): Where[] => (Array.isArray(w) ? w : [w]);
const hit = (text: string, w: Where): boolean => (typeof w === 'string' ? nfc(text).includes(nfc(w)) : w.test(nfc(text)));

export function summary(d: Diagnostic): FindingSummary {
  return {
    ruleId: d.ruleId,
    severity: d.severity,
    messageId: d.messageId,
    component: d.component,
    paragraph: d.location?.paragraph ?? null,
    text: d.location?.text ?? null,
  };
}

export function describeFinding(f: FindingSummary): string {
  const where = f.paragraph === null && f.text === null ? '(document)' : `¶${f.paragraph ?? '-'} «${(f.text ?? '').replace(/\t/g, '⇥').slice(0, 60)}»`;
  return `${f.ruleId}/${f.messageId} [${f.severity}${f.component ? `, ${f.component}` : ''}] ${where}`;
}

const describeWhere = (e: Expectation): string =>
  e.paragraphText === null ? 'the document (no paragraph)' : whereList(e.paragraphText).map((w) => `«${String(w).slice(0, 50)}»`).join(' or ');

/** Whether a finding is the seeded defect: the right component (when named) and location. */
export function matches(d: Diagnostic, e: Expectation): boolean {
  if (e.component !== undefined && d.component !== e.component) return false;
  const loc = d.location;
  if (e.paragraphText === null) return loc === null;
  if (loc === null) return e.orDocumentLevel === true;
  return whereList(e.paragraphText).some((w) => hit(loc.text, w));
}

/** Check one seeded draft: was the defect found, where, and what else fired. */
export function evaluateSeeded(sample: Sample, producer: Producer, options: { fix?: boolean | ((sample: Sample) => boolean) } = {}): SeededResult {
  const d = sample.defect!;
  const e = sample.expectation!;
  const implemented = IMPLEMENTED.has(d.rule);
  const base = { id: sample.id, rule: d.rule, defect: d.name, kind: sample.kind, layout: sample.layout, producer, implemented };
  const report = check(sample.bytes);
  if (report.error) {
    return { ...base, outcome: 'unreadable', detail: `${report.error.code}: ${report.error.message}`, matched: null, sameRule: [], collateral: [], explained: [], baseline: [] };
  }
  const same = report.diagnostics.filter((x) => x.ruleId === d.rule);
  const matched = same.find((x) => matches(x, e)) ?? null;
  const others = report.diagnostics.filter((x) => x.ruleId !== d.rule && x.severity === 'error');
  const explained = others.filter((x) => d.explains?.includes(x.ruleId));
  const collateral = others.filter((x) => !d.explains?.includes(x.ruleId));
  let outcome: Outcome;
  let detail: string;
  if (!implemented) {
    outcome = 'missed';
    detail = 'rule not implemented';
  } else if (matched) {
    outcome = 'found';
    detail = describeFinding(summary(matched));
  } else if (same.length > 0) {
    outcome = 'wrong-location';
    detail = `expected at ${describeWhere(e)}${e.component !== undefined ? ` (component ${e.component})` : ''}; got ${same.map((x) => describeFinding(summary(x))).join('; ')}`;
  } else {
    outcome = 'missed';
    detail = 'no finding of the rule';
  }
  const result: SeededResult = {
    ...base,
    outcome,
    detail,
    matched: matched ? summary(matched) : null,
    sameRule: same.map(summary),
    collateral: collateral.map(summary),
    explained: explained.map(summary),
    baseline: [],
  };
  const tryFix = typeof options.fix === 'function' ? options.fix(sample) : options.fix === true;
  if (tryFix && matched && FIXABLE_RULES.has(d.rule)) result.fix = fixRoundTrip(sample.bytes, report, matched, e);
  return result;
}

export function evaluateCompliant(sample: Sample, producer: Producer): CompliantResult {
  const report = check(sample.bytes);
  const base = { id: sample.id, kind: sample.kind, layout: sample.layout, producer };
  if (report.error) return { ...base, unreadable: `${report.error.code}: ${report.error.message}`, errors: [], warnings: [] };
  return {
    ...base,
    unreadable: null,
    errors: report.diagnostics.filter((d) => d.severity === 'error').map(summary),
    warnings: report.diagnostics.filter((d) => d.severity === 'warning').map(summary),
  };
}

const findingKey = (f: FindingSummary): string => `${f.ruleId}|${f.messageId}|${f.text ?? ''}`;

/**
 * Move out of `collateral` the errors that the compliant draft of the same kind, layout and producer has
 * too: they are false errors of the compliant draft (reported there), not effects of the defect.
 */
export function separateBaseline(seeded: SeededResult[], compliant: readonly CompliantResult[]): void {
  const base = new Map<string, Set<string>>();
  for (const c of compliant) base.set(`${c.producer}|${c.kind}|${c.layout}`, new Set(c.errors.map(findingKey)));
  for (const r of seeded) {
    const b = base.get(`${r.producer}|${r.kind}|${r.layout}`);
    if (!b) continue;
    r.baseline.push(...r.collateral.filter((f) => b.has(findingKey(f))));
    r.collateral = r.collateral.filter((f) => !b.has(findingKey(f)));
  }
}

// ---------------------------------------------------------------------------------------------------
// Fix round trip
// ---------------------------------------------------------------------------------------------------

function paragraphTexts(bytes: Uint8Array): string[] | null {
  const r = readDocx(bytes);
  return r.ok ? r.value.paragraphs.map((p) => p.text) : null;
}

/** Paragraph texts after the text operations (descending offsets, so earlier spans keep their place). */
function applyTextOps(texts: string[], ops: Extract<FixOp, { op: 'replaceText' }>[]): string[] {
  const out = [...texts];
  const byParagraph = new Map<number, typeof ops>();
  for (const op of ops) byParagraph.set(op.paragraph, [...(byParagraph.get(op.paragraph) ?? []), op]);
  for (const [id, list] of byParagraph) {
    let t = out[id - 1] ?? '';
    for (const op of [...list].sort((a, b) => b.offset - a.offset)) t = t.slice(0, op.offset) + op.text + t.slice(op.offset + op.length);
    out[id - 1] = t;
  }
  return out;
}

const sameLocation = (a: Diagnostic, b: Diagnostic): boolean => (a.location?.paragraph ?? null) === (b.location?.paragraph ?? null);
const key = (d: Diagnostic): string => `${d.ruleId}|${d.messageId}|${d.location?.paragraph ?? '-'}`;

/**
 * `fixDocx` restricted to the seeded rule, one pass at a time (so the text operations of every pass are
 * known), then the three properties: the finding is gone, the text is unchanged outside the fixed spans,
 * the untouched parts are identical.
 */
export function fixRoundTrip(bytes: Uint8Array, before: CheckReport, matched: Diagnostic, e: Expectation): FixResult {
  const rule = matched.ruleId;
  const problems: string[] = [];
  const result: FixResult = {
    fixable: !!matched.fix,
    fixKind: matched.fix?.kind ?? null,
    fixed: false,
    textPreserved: false,
    expectedText: null,
    partsPreserved: false,
    newErrors: [],
    passes: 0,
    problems,
  };
  if (!matched.fix) return result;
  const original = paragraphTexts(bytes);
  if (!original) return { ...result, problems: ['seeded draft unreadable'] };
  let expected = original;
  let current = bytes;
  let diagnostics = before.diagnostics;
  const changed = new Set<string>();
  for (let pass = 0; pass < 3; pass++) {
    const todo = diagnostics.filter((d) => d.ruleId === rule && d.fix);
    if (todo.length === 0) break;
    const r = fixDocx(current, { only: [rule], unsafe: true, maxPasses: 1 });
    if (r.error) {
      problems.push(`fixDocx failed: ${r.error.code} ${r.error.message}`);
      return result;
    }
    result.passes++;
    // Text operations that were applied: every op of the pass, minus the ones the writer skipped.
    const skipped = new Map<string, number>();
    for (const s of r.skipped) skipped.set(JSON.stringify(s.op), (skipped.get(JSON.stringify(s.op)) ?? 0) + 1);
    for (const s of r.skipped) problems.push(`skipped ${s.op.op}: ${s.reason}`);
    const applied: Extract<FixOp, { op: 'replaceText' }>[] = [];
    for (const op of todo.flatMap((d) => d.fix!.ops)) {
      const k = JSON.stringify(op);
      const n = skipped.get(k) ?? 0;
      if (n > 0) skipped.set(k, n - 1);
      else if (op.op === 'replaceText') applied.push(op);
    }
    expected = applyTextOps(expected, applied);
    r.changedParts.forEach((p) => changed.add(p));
    current = r.bytes;
    diagnostics = r.remaining;
    if (r.applied === 0) {
      problems.push('the fix applied no operation');
      break;
    }
  }
  const after = paragraphTexts(current);
  if (!after) {
    problems.push('fixed draft unreadable');
    return result;
  }
  result.fixed = !diagnostics.some((d) => d.ruleId === rule && sameLocation(d, matched));
  if (!result.fixed) problems.push(`still reported: ${diagnostics.filter((d) => d.ruleId === rule && sameLocation(d, matched)).map((d) => describeFinding(summary(d))).join('; ')}`);

  result.textPreserved = after.length === expected.length && after.every((t, i) => t === expected[i]);
  if (!result.textPreserved) {
    if (after.length !== expected.length) problems.push(`paragraph count ${original.length} → ${after.length}`);
    else {
      const i = after.findIndex((t, k) => t !== expected[k]);
      problems.push(`¶${i + 1} text «${original[i]}» became «${after[i]}», expected «${expected[i]}»`);
    }
  }
  const id = matched.location?.paragraph ?? null;
  if (e.fixedText !== undefined && id !== null) {
    result.expectedText = hit(after[id - 1] ?? '', e.fixedText);
    if (!result.expectedText) problems.push(`fixed text «${after[id - 1]}» does not read «${String(e.fixedText)}»`);
  }

  const za = unzipSync(bytes);
  const zb = unzipSync(current);
  const namesA = Object.keys(za).sort();
  const namesB = Object.keys(zb).sort();
  const differing = namesA.filter((n) => !changed.has(n) && (!zb[n] || Buffer.compare(Buffer.from(za[n]!), Buffer.from(zb[n]!)) !== 0));
  result.partsPreserved = namesA.join('\n') === namesB.join('\n') && differing.length === 0;
  if (!result.partsPreserved) problems.push(`parts changed without being reported: ${[...differing, ...namesB.filter((n) => !za[n])].join(', ')}`);

  const beforeKeys = new Set(before.diagnostics.map(key));
  result.newErrors = diagnostics.filter((d) => d.severity === 'error' && !beforeKeys.has(key(d))).map(summary);
  return result;
}

// ---------------------------------------------------------------------------------------------------
// Summaries
// ---------------------------------------------------------------------------------------------------

export interface RuleSummary {
  rule: string;
  implemented: boolean;
  seeded: number;
  found: number;
  wrongLocation: number;
  missed: number;
  /** found / seeded; null when not implemented. */
  recall: number | null;
}

export interface Totals {
  seeded: number;
  found: number;
  recall: number;
}

/** Recall per rule (every catalog rule and every implemented one) and overall, over implemented rules. */
export function summarize(results: readonly SeededResult[], catalog: readonly string[] = []): { perRule: RuleSummary[]; overall: Totals } {
  // Markdown rules judge front matter, not drafts: no seeded .docx defect applies to them.
  const ids = [...new Set([...catalog, ...[...IMPLEMENTED].filter((r) => !r.startsWith('markdown/')), ...results.map((r) => r.rule)])].sort();
  const perRule = ids.map((rule): RuleSummary => {
    const rs = results.filter((r) => r.rule === rule);
    const implemented = IMPLEMENTED.has(rule);
    const found = rs.filter((r) => r.outcome === 'found').length;
    const wrongLocation = rs.filter((r) => r.outcome === 'wrong-location').length;
    return {
      rule,
      implemented,
      seeded: rs.length,
      found,
      wrongLocation,
      missed: rs.length - found - wrongLocation,
      recall: implemented && rs.length > 0 ? found / rs.length : null,
    };
  });
  const counted = results.filter((r) => r.implemented);
  const found = counted.filter((r) => r.outcome === 'found').length;
  return { perRule, overall: { seeded: counted.length, found, recall: counted.length ? found / counted.length : 1 } };
}

export interface FixTotals {
  /** Seeded defects found by a rule whose meta says it is fixable. */
  candidates: number;
  /** … whose finding carries a fix. */
  fixable: number;
  fixed: number;
  textPreserved: number;
  expectedText: number;
  expectedTextChecked: number;
  partsPreserved: number;
  withNewErrors: number;
}

export function fixTotals(results: readonly SeededResult[]): FixTotals {
  const f = results.flatMap((r) => (r.fix ? [r.fix] : []));
  const fixable = f.filter((x) => x.fixable);
  return {
    candidates: f.length,
    fixable: fixable.length,
    fixed: fixable.filter((x) => x.fixed).length,
    textPreserved: fixable.filter((x) => x.textPreserved).length,
    expectedText: fixable.filter((x) => x.expectedText === true).length,
    expectedTextChecked: fixable.filter((x) => x.expectedText !== null).length,
    partsPreserved: fixable.filter((x) => x.partsPreserved).length,
    withNewErrors: fixable.filter((x) => x.newErrors.length > 0).length,
  };
}
