/**
 * Accuracy report: every seeded defect (packages/core/test/accuracy/defects.ts) in every kind and layout
 * it applies to, plus the compliant draft of every kind × layout, checked with the rules as they are.
 *
 *   pnpm accuracy                    # builder drafts (Word-like XML): recall, false errors, collateral
 *   pnpm accuracy --fix              # … and the fix round trip of every fixable seeded defect
 *   pnpm accuracy --libreoffice      # … and a sample round-tripped through LibreOffice (docx → odt → docx)
 *   pnpm accuracy --json out.json    # the full results as JSON
 *   pnpm accuracy --fast             # the CI subset: table layout only
 *   pnpm accuracy --rule party/date --kinds NQ,CV --layouts table,tabs --verbose
 *
 * Recall counts a defect as found when a finding carries the seeded rule id and points at the seeded
 * paragraph (document-level for page rules). Rules not implemented yet are listed, not counted.
 * Exit code 0 always: this is a report; the CI gate is packages/core/test/accuracy/accuracy.test.ts.
 */
import { writeFileSync } from 'node:fs';
import { CATALOG_RULES, DEFECTS, type Defect } from '../packages/core/test/accuracy/defects.js';
import {
  compliantSamples,
  describeFinding,
  evaluateCompliant,
  evaluateSeeded,
  fixTotals,
  IMPLEMENTED,
  kindsOf,
  layoutsOf,
  seeded,
  seededSamples,
  separateBaseline,
  summarize,
  type CompliantResult,
  type FindingSummary,
  type Producer,
  type Sample,
  type SeededResult,
} from '../packages/core/test/accuracy/harness.js';
import { findSoffice, libreOfficeRoundTrip } from '../packages/core/test/accuracy/libreoffice.js';
import { DOC_KINDS, LAYOUTS, type DocKind, type Layout } from '../packages/core/test/support/party-draft.js';

// -- arguments -----------------------------------------------------------------------------------------

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const values = (name: string): string[] => argv.flatMap((a, i) => (a === name && argv[i + 1] ? argv[i + 1]!.split(',') : []));
const unknown = argv.filter((a, i) => a.startsWith('--') && !['--libreoffice', '--fix', '--fast', '--verbose', '--json', '--rule', '--kinds', '--layouts'].includes(a) && argv[i - 1] !== '--json');
if (unknown.length) {
  console.error(`accuracy: unknown option(s) ${unknown.join(' ')}`);
  process.exit(2);
}
const jsonFile = values('--json')[0];
const withFix = flag('--fix');
const verbose = flag('--verbose');
const ruleFilter = values('--rule');
const kinds = values('--kinds') as DocKind[];
const layouts = (flag('--fast') ? ['table'] : values('--layouts')) as Layout[];
for (const k of kinds) if (!DOC_KINDS.includes(k)) throw new Error(`unknown kind ${k} (${DOC_KINDS.join(', ')})`);
for (const l of layouts) if (!LAYOUTS.includes(l)) throw new Error(`unknown layout ${l} (${LAYOUTS.join(', ')})`);

// -- output helpers ------------------------------------------------------------------------------------

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}
const heading = (s: string) => console.log(`\n${s}\n${'─'.repeat([...s].length)}`);
const list = (xs: string[], max = 6) => [...new Set(xs)].slice(0, max).join(', ') + (new Set(xs).size > max ? ', …' : '');

// -- run ---------------------------------------------------------------------------------------------

const t0 = performance.now();
const selection = { layouts: layouts.length ? layouts : undefined, kinds: kinds.length ? kinds : undefined, rules: ruleFilter.length ? ruleFilter : undefined };
const samples = seededSamples(selection);
const compliantSet = compliantSamples(kinds.length ? kinds : DOC_KINDS, layouts.length ? layouts : LAYOUTS);

const seededResults: SeededResult[] = samples.map((s) => evaluateSeeded(s, 'builder', { fix: withFix }));
const compliantResults: CompliantResult[] = compliantSet.map((s) => evaluateCompliant(s, 'builder'));
const builderMs = performance.now() - t0;

let loNote = '';
if (flag('--libreoffice')) {
  const soffice = findSoffice();
  if (!soffice) loNote = 'LibreOffice: soffice not found (set SOFFICE=…); round trips skipped.';
  else {
    // Every defect once (its first kind, in the table layout when it has one) + compliant drafts.
    const loSeeded: Sample[] = [];
    for (const d of DEFECTS as readonly Defect[]) {
      if (ruleFilter.length && !ruleFilter.some((r) => d.rule.startsWith(r))) continue;
      const kind = kindsOf(d).find((k) => !kinds.length || kinds.includes(k));
      const layout = layoutsOf(d).includes('table') ? 'table' : layoutsOf(d)[0]!;
      if (kind) loSeeded.push(seeded(d, kind, layout));
    }
    const loCompliant = compliantSamples(['NQ', 'CV', 'BB'].filter((k) => !kinds.length || kinds.includes(k as DocKind)) as DocKind[], LAYOUTS);
    const inputs = new Map([...loSeeded, ...loCompliant].map((s) => [s.id, s.bytes]));
    process.stderr.write(`LibreOffice: converting ${inputs.size} drafts (docx → odt → docx)…\n`);
    const rt = libreOfficeRoundTrip(inputs, soffice);
    const failed = [...inputs.keys()].filter((k) => !rt.files.has(k));
    loNote = `LibreOffice: ${rt.version}; ${rt.files.size}/${inputs.size} drafts round-tripped in ${(rt.ms / 1000).toFixed(0)} s${failed.length ? `; not converted: ${failed.join(', ')}` : ''}.`;
    for (const s of loSeeded) {
      const bytes = rt.files.get(s.id);
      if (bytes) seededResults.push(evaluateSeeded({ ...s, bytes }, 'libreoffice', { fix: withFix }));
    }
    for (const s of loCompliant) {
      const bytes = rt.files.get(s.id);
      if (bytes) compliantResults.push(evaluateCompliant({ ...s, bytes }, 'libreoffice'));
    }
  }
}

separateBaseline(seededResults, compliantResults);

// -- report ------------------------------------------------------------------------------------------

const producers: Producer[] = [...new Set(seededResults.map((r) => r.producer))];
const builder = seededResults.filter((r) => r.producer === 'builder');
const { perRule, overall } = summarize(builder, CATALOG_RULES);

console.log(`thethuc accuracy — ${DEFECTS.length} defects over ${new Set(DEFECTS.map((d) => d.rule)).size} rules; ${IMPLEMENTED.size} rules implemented`);
console.log(`builder: ${builder.length} seeded drafts + ${compliantSet.length} compliant drafts in ${(builderMs / 1000).toFixed(1)} s${withFix ? ' (with fix round trips)' : ''}`);
if (loNote) console.log(loNote);

heading('Recall per rule (builder drafts; found = right rule id at the right paragraph)');
console.log(
  table([
    ['rule', 'status', 'seeded', 'found', 'wrong place', 'missed', 'recall'],
    ...perRule
      .filter((r) => !ruleFilter.length || ruleFilter.some((f) => r.rule.startsWith(f)))
      .map((r) => [r.rule, r.implemented ? (r.seeded ? '' : 'NO DEFECT') : 'not implemented', `${r.seeded}`, r.implemented ? `${r.found}` : '—', r.implemented ? `${r.wrongLocation}` : '—', r.implemented ? `${r.missed}` : '—', pct(r.recall)]),
  ]),
);
const notImplemented = perRule.filter((r) => !r.implemented && (!ruleFilter.length || ruleFilter.some((f) => r.rule.startsWith(f)))).map((r) => r.rule);
console.log(`\nOverall recall over implemented rules: ${overall.found}/${overall.seeded} = ${pct(overall.recall)}`);
if (notImplemented.length) console.log(`Not implemented (${notImplemented.length}): ${notImplemented.join(', ')}`);

function misses(results: SeededResult[]): string[] {
  const groups = new Map<string, SeededResult[]>();
  for (const r of results.filter((x) => x.implemented && x.outcome !== 'found')) {
    const k = `${r.rule} › ${r.defect}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  const out: string[] = [];
  for (const [k, rs] of groups) {
    const total = results.filter((x) => `${x.rule} › ${x.defect}` === k).length;
    out.push(`${k}: ${rs.length}/${total} not found — kinds ${list(rs.map((r) => r.kind), 11)}; layouts ${list(rs.map((r) => r.layout))}`);
    const details = verbose ? rs : [...new Map(rs.map((r) => [`${r.outcome}|${r.detail.replace(/¶\d+/g, '¶')}`, r])).values()].slice(0, 3);
    for (const r of details) out.push(`    ${r.kind}/${r.layout}: ${r.outcome}: ${r.detail}`);
  }
  return out;
}
for (const p of producers) {
  const m = misses(seededResults.filter((r) => r.producer === p));
  heading(`Misses — ${p} (${m.filter((l) => !l.startsWith(' ')).length} defects)`);
  console.log(m.length ? m.join('\n') : 'none');
}

heading('False errors on compliant drafts');
for (const p of producers.length ? producers : ['builder' as Producer]) {
  const cs = compliantResults.filter((c) => c.producer === p);
  const errors = cs.flatMap((c) => c.errors.map((e) => ({ c, e })));
  const unreadable = cs.filter((c) => c.unreadable);
  const warnings = cs.flatMap((c) => c.warnings);
  console.log(`${p}: ${errors.length} error(s) on ${cs.length} compliant drafts (${cs.filter((c) => c.errors.length).length} drafts affected); ${warnings.length} warning(s)${unreadable.length ? `; ${unreadable.length} unreadable` : ''}`);
  for (const { c, e } of errors) console.log(`    ${c.kind}/${c.layout}: ${describeFinding(e)}`);
  for (const c of unreadable) console.log(`    ${c.kind}/${c.layout}: unreadable: ${c.unreadable}`);
  const byRule = new Map<string, FindingSummary[]>();
  for (const w of warnings) byRule.set(`${w.ruleId}/${w.messageId}`, [...(byRule.get(`${w.ruleId}/${w.messageId}`) ?? []), w]);
  for (const [k, ws] of byRule) console.log(`    warning ${k} ×${ws.length}, e.g. ${describeFinding(ws[0]!)}`);
}

heading('Collateral: errors of other rules on single-defect drafts, not explained by the defect');
for (const p of producers) {
  const rs = seededResults.filter((r) => r.producer === p);
  const hits = rs.filter((r) => r.collateral.length > 0);
  const baseline = rs.filter((r) => r.baseline.length > 0);
  console.log(
    `${p}: ${rs.reduce((n, r) => n + r.collateral.length, 0)} collateral error(s) on ${hits.length}/${rs.length} seeded drafts` +
      (baseline.length ? ` (not counted: ${rs.reduce((n, r) => n + r.baseline.length, 0)} errors on ${baseline.length} drafts that their compliant draft has too)` : ''),
  );
  const groups = new Map<string, { r: SeededResult; f: FindingSummary }[]>();
  for (const r of hits) for (const f of r.collateral) groups.set(`${f.ruleId}/${f.messageId} ← ${r.rule} › ${r.defect}`, [...(groups.get(`${f.ruleId}/${f.messageId} ← ${r.rule} › ${r.defect}`) ?? []), { r, f }]);
  for (const [k, xs] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`    ${k}: ×${xs.length} (${list(xs.map((x) => `${x.r.kind}/${x.r.layout}`), 4)}) e.g. ${describeFinding(xs[0]!.f)}`);
  }
}

if (producers.length > 1) {
  heading('Per producer');
  const rows = [['producer', 'seeded (impl.)', 'found', 'recall', 'same sample, builder', 'compliant drafts', 'false errors', 'collateral']];
  for (const p of producers) {
    const rs = seededResults.filter((r) => r.producer === p);
    const s = summarize(rs).overall;
    const ids = new Set(rs.map((r) => r.id));
    const twin = summarize(builder.filter((r) => ids.has(r.id))).overall;
    const cs = compliantResults.filter((c) => c.producer === p);
    rows.push([p, `${s.seeded}`, `${s.found}`, pct(s.recall), p === 'builder' ? '' : pct(twin.recall), `${cs.length}`, `${cs.reduce((n, c) => n + c.errors.length, 0)}`, `${rs.reduce((n, r) => n + r.collateral.length, 0)}`]);
  }
  console.log(table(rows));
}

if (withFix) {
  heading('Fix round trip (fixDocx restricted to the seeded rule)');
  for (const p of producers) {
    const rs = seededResults.filter((r) => r.producer === p);
    const t = fixTotals(rs);
    console.log(
      `${p}: ${t.candidates} found defects of fixable rules; ${t.fixable} carry a fix; fixed ${t.fixed}/${t.fixable}; text preserved ${t.textPreserved}/${t.fixable}; ` +
        `expected text ${t.expectedText}/${t.expectedTextChecked}; parts preserved ${t.partsPreserved}/${t.fixable}; new errors after the fix: ${t.withNewErrors}`,
    );
    const noFix = new Map<string, SeededResult[]>();
    for (const r of rs.filter((x) => x.fix && !x.fix.fixable)) noFix.set(`${r.rule} › ${r.defect}`, [...(noFix.get(`${r.rule} › ${r.defect}`) ?? []), r]);
    for (const [k, xs] of noFix) console.log(`    no fix offered: ${k} ×${xs.length} (${list(xs.map((x) => `${x.kind}/${x.layout}`), 4)})`);
    const bad = new Map<string, { r: SeededResult; problems: string[] }[]>();
    for (const r of rs.filter((x) => x.fix?.fixable)) {
      const f = r.fix!;
      const problems = [...f.problems.filter((x) => !x.startsWith('skipped')), ...f.newErrors.map((e) => `new error ${describeFinding(e)}`)];
      if (f.fixed && f.textPreserved && f.partsPreserved && f.expectedText !== false && f.newErrors.length === 0) continue;
      bad.set(`${r.rule} › ${r.defect}`, [...(bad.get(`${r.rule} › ${r.defect}`) ?? []), { r, problems: problems.length ? problems : f.problems }]);
    }
    for (const [k, xs] of bad) {
      console.log(`    ${k}: ${xs.length} problem draft(s) (${list(xs.map((x) => `${x.r.kind}/${x.r.layout}`), 4)})`);
      for (const x of xs.slice(0, verbose ? xs.length : 2)) console.log(`        ${x.r.kind}/${x.r.layout}: ${x.problems.join(' | ')}`);
    }
  }
} else console.log('\n(fix round trip not run: pass --fix)');

if (jsonFile) {
  const byProducer = Object.fromEntries(producers.map((p) => [p, summarize(seededResults.filter((r) => r.producer === p), CATALOG_RULES)]));
  writeFileSync(
    jsonFile,
    `${JSON.stringify({ generatedAt: new Date().toISOString(), implemented: [...IMPLEMENTED], catalog: CATALOG_RULES, summary: byProducer, fix: withFix ? Object.fromEntries(producers.map((p) => [p, fixTotals(seededResults.filter((r) => r.producer === p))])) : null, seeded: seededResults, compliant: compliantResults, libreoffice: loNote || null }, null, 2)}\n`,
  );
  console.log(`\nFull results written to ${jsonFile}`);
}
