/**
 * The accuracy gate in CI: the fast subset of `pnpm accuracy` — every seeded defect (defects.ts) in the
 * table layout, in every kind it applies to, built by our builder. It computes the real numbers:
 *
 * - recall ≥ 0.95 over implemented rules (the seeded rule id, at the seeded paragraph);
 * - zero error-severity findings on the compliant draft of every kind × layout;
 * - the fix round trip of every found, fixable defect: the finding is gone, no other text changed,
 *   every zip part the fix did not report as changed is byte-identical.
 *
 * The fix round trip runs on three kinds of each defect (it is the slow part). The full report (every
 * layout and kind, LibreOffice round trips, collateral errors) is `pnpm accuracy --fix --libreoffice`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOG_RULES, DEFECTS } from './defects.js';
import {
  compliantSamples,
  describeFinding,
  evaluateCompliant,
  evaluateSeeded,
  IMPLEMENTED,
  kindsOf,
  seededSamples,
  summarize,
  type CompliantResult,
  type Sample,
  type SeededResult,
} from './harness.js';

/**
 * Seeded defects a rule is known to miss, each naming its open problem. A listed defect is left out of
 * the recall; the test fails when it starts being found, so the list cannot go stale.
 */
const KNOWN_GAPS: readonly { rule: string; defect: string; problem: string }[] = [];

const RECALL_THRESHOLD = 0.95;

let seeded: SeededResult[] = [];
let compliant: CompliantResult[] = [];

const isGap = (r: SeededResult) => KNOWN_GAPS.some((g) => g.rule === r.rule && g.defect === r.defect);
const line = (r: SeededResult) => `${r.rule} › ${r.defect} [${r.kind}/${r.layout}]: ${r.outcome}: ${r.detail}`;

/** The fix round trip (the slow part) runs on three kinds of each defect: its first, middle and last. */
function fixSample(s: Sample): boolean {
  const kinds = kindsOf(s.defect!);
  return [kinds[0], kinds[kinds.length >> 1], kinds.at(-1)].includes(s.kind);
}

beforeAll(() => {
  seeded = seededSamples({ layouts: ['table'] }).map((s) => evaluateSeeded(s, 'builder', { fix: fixSample }));
  compliant = compliantSamples().map((s) => evaluateCompliant(s, 'builder'));
}, 300_000);

describe('the defect table', () => {
  it('seeds every catalog rule and every implemented rule', () => {
    const seededRules = new Set(DEFECTS.map((d) => d.rule));
    expect(CATALOG_RULES.filter((r) => !seededRules.has(r)), 'catalog rules without a seeded defect').toEqual([]);
    expect([...IMPLEMENTED].filter((r) => !seededRules.has(r) && !r.startsWith('markdown/')), 'implemented rules without a seeded defect').toEqual([]);
  });

  it('has unique names per rule', () => {
    const names = DEFECTS.map((d) => `${d.rule} › ${d.name}`);
    expect(names.length).toBe(new Set(names).size);
  });

  it('lists known gaps only for defects that exist', () => {
    for (const g of KNOWN_GAPS) expect(DEFECTS.some((d) => d.rule === g.rule && d.name === g.defect), `${g.rule} › ${g.defect}`).toBe(true);
  });
});

describe('accuracy (table layout, builder drafts)', () => {
  it(`finds ≥ ${RECALL_THRESHOLD * 100}% of the seeded defects of implemented rules, with the right id and location`, () => {
    const counted = seeded.filter((r) => r.implemented && !isGap(r));
    expect(counted.length, 'no seeded defect of an implemented rule').toBeGreaterThan(0);
    const { overall } = summarize(counted);
    const misses = counted.filter((r) => r.outcome !== 'found').map(line);
    expect(overall.recall, `recall ${overall.found}/${overall.seeded}; misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(RECALL_THRESHOLD);
  });

  it('every defect of implemented rules builds into a readable draft', () => {
    expect(seeded.filter((r) => r.outcome === 'unreadable').map(line)).toEqual([]);
  });

  it('known gaps are still gaps', () => {
    const closed = seeded.filter((r) => isGap(r) && r.outcome === 'found').map(line);
    expect(closed, 'remove these from KNOWN_GAPS').toEqual([]);
  });

  it('gives zero errors on the compliant draft of every kind × layout', () => {
    expect(compliant.length).toBe(44);
    const errors = compliant.flatMap((c) => [...(c.unreadable ? [`${c.kind}/${c.layout}: unreadable ${c.unreadable}`] : []), ...c.errors.map((e) => `${c.kind}/${c.layout}: ${describeFinding(e)}`)]);
    expect(errors).toEqual([]);
  });
});

describe('fix round trip (table layout, builder drafts)', () => {
  const fixed = () => seeded.filter((r) => r.fix?.fixable);
  const problems = (pick: (r: SeededResult) => boolean) =>
    fixed()
      .filter((r) => !pick(r))
      .map((r) => `${r.rule} › ${r.defect} [${r.kind}]: ${r.fix!.problems.join(' | ')}`);

  it('has fixable defects to try', () => {
    expect(fixed().length).toBeGreaterThan(0);
  });

  it('the seeded finding is gone after the fix', () => {
    expect(problems((r) => r.fix!.fixed)).toEqual([]);
  });

  it('no paragraph text changes outside the spans of the fix', () => {
    expect(problems((r) => r.fix!.textPreserved)).toEqual([]);
  });

  it('the fixed text reads as expected', () => {
    expect(problems((r) => r.fix!.expectedText !== false)).toEqual([]);
  });

  it('every zip part the fix did not change is byte-identical', () => {
    expect(problems((r) => r.fix!.partsPreserved)).toEqual([]);
  });
});
