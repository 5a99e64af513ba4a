/**
 * Writes examples/drafts/*.docx and, beside each, its expected report (`*.expected.txt`): the findings
 * `thethuc check` gives for it. Run `pnpm examples` after changing rules or drafts; the example test fails
 * when a committed report is out of date.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { partyDraft } from '../packages/core/test/support/party-draft.js';
import { EXAMPLES } from './drafts.config.js';
import { expectedReport } from './report.js';
import { readFileSync } from 'node:fs';

const dir = fileURLToPath(new URL('./drafts/', import.meta.url));
const repo = fileURLToPath(new URL('../', import.meta.url));

for (const ex of EXAMPLES) {
  const target = dir + ex.file;
  if (ex.copyFrom) copyFileSync(repo + ex.copyFrom, target);
  else writeFileSync(target, partyDraft(ex.options));
  const report = expectedReport(ex, readFileSync(target));
  writeFileSync(target.replace(/\.docx$/, '.expected.txt'), report);
  console.log(`${ex.file}: ${report.split('\n')[1]}`);
}
