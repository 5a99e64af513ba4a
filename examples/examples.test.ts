/** The example drafts are current, their reports are what `check` says, and seeded defects are caught. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check } from '../packages/core/src/index.js';
import { EXAMPLES } from './drafts.config.js';
import { expectedReport } from './report.js';

const dir = fileURLToPath(new URL('./drafts/', import.meta.url));

describe('examples/drafts', () => {
  it('has at least 8 drafts, compliant and defective', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(8);
    expect(EXAMPLES.some((e) => e.defects.length === 0)).toBe(true);
    expect(EXAMPLES.some((e) => e.defects.length > 0)).toBe(true);
  });
  for (const ex of EXAMPLES) {
    it(ex.file, () => {
      const bytes = new Uint8Array(readFileSync(dir + ex.file));
      const r = check(bytes);
      expect(r.error).toBeNull();
      const ids = new Set(r.diagnostics.map((d) => d.ruleId));
      for (const id of ex.defects) expect([...ids], `${ex.file} should trigger ${id}`).toContain(id);
      if (ex.defects.length === 0) expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.ruleId}: ${d.message}`)).toEqual([]);
      // Every error found is one the draft was seeded with.
      for (const d of r.diagnostics.filter((x) => x.severity === 'error')) expect(ex.defects, `${ex.file}: unexpected ${d.ruleId} — ${d.message}`).toContain(d.ruleId);
      const committed = readFileSync(dir + ex.file.replace(/\.docx$/, '.expected.txt'), 'utf8');
      expect(committed, 'expected report out of date: run `pnpm examples`').toBe(expectedReport(ex, bytes));
    });
  }
});
