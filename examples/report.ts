import { check } from '../packages/core/src/index.js';
import type { ExampleDraft } from './drafts.config.js';

/** A readable, stable report of one example: title, counts, then one line per finding. */
export function expectedReport(ex: ExampleDraft, bytes: Uint8Array): string {
  const r = check(new Uint8Array(bytes));
  const lines = [
    `# ${ex.file} — ${ex.title}`,
    r.error ? `error: ${r.error.code}` : `documentType: ${r.documentType ?? '-'}; errors: ${r.stats.errors}; warnings: ${r.stats.warnings}; infos: ${r.stats.infos}`,
  ];
  for (const d of r.diagnostics) {
    const where = d.location?.paragraph ? `¶${d.location.paragraph}` : '—';
    lines.push(`${where}\t${d.severity}\t${d.ruleId}\t${d.message}`);
  }
  return lines.join('\n') + '\n';
}
