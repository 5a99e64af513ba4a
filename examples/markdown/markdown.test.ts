/** The Markdown example drafts are compliant: as Markdown, and once rendered to .docx (`thethuc render`). */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check, renderMarkdown, resolveProfile } from '../../packages/core/src/index.js';
import { runRules } from '../../packages/core/src/engine/run.js';
import { readMarkdown } from '../../packages/core/src/markdown/reader.js';
import { rules } from '../../packages/core/src/rules/index.js';

const dir = fileURLToPath(new URL('./', import.meta.url));
const drafts = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();

describe('examples/markdown', () => {
  it('holds the chi bộ annual resolution shown in packages/cli/README.md', () => {
    expect(drafts).toContain('chi-bo-nghi-quyet-nam.md');
  });

  for (const file of drafts) {
    it(`${file}: no error as Markdown, none once rendered`, () => {
      const text = readFileSync(dir + file, 'utf8');
      const profile = resolveProfile('party');
      const draft = readMarkdown(text, profile);
      expect(draft.problems).toEqual([]);
      const onMarkdown = runRules(draft.model, draft.anatomy, profile, { rules }).diagnostics;
      expect(onMarkdown.filter((d) => d.severity === 'error').map((d) => `${d.ruleId}: ${d.message}`)).toEqual([]);
      const rendered = renderMarkdown(text);
      expect(rendered.ok).toBe(true);
      const report = check(rendered.bytes!);
      expect(report.error).toBeNull();
      expect(report.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.ruleId}: ${d.message}`)).toEqual([]);
    });
  }
});
