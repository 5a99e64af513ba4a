/**
 * The promise that keeps drafters from uninstalling a checker: a compliant draft gets zero errors from
 * the whole rule set — every document kind, every layout, and after a LibreOffice round trip
 * (docx → odt → docx, committed once in test/fixtures/libreoffice, see its README).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { DOC_KINDS, LAYOUTS, partyDraft } from './support/party-draft.js';
import { COMPLIANT, nqNam } from './support/template-drafts.js';

const errorsOf = (bytes: Uint8Array, profile = 'party') => {
  const r = check(bytes, { profile });
  expect(r.error).toBeNull();
  return r.diagnostics.filter((d) => d.severity === 'error').map((d) => `¶${d.location?.paragraph ?? '-'} ${d.ruleId}: ${d.message}`);
};

describe('compliant drafts give zero errors', () => {
  for (const kind of DOC_KINDS)
    for (const layout of LAYOUTS)
      it(`${kind} in ${layout} layout`, () => {
        expect(errorsOf(partyDraft({ kind, layout }))).toEqual([]);
      });

  for (const profile of ['hd36', 'hd05'])
    it(`a resolution under the ${profile} profile`, () => {
      expect(errorsOf(partyDraft({ kind: 'NQ' }), profile)).toEqual([]);
    });

  it('a long draft (12 pages, page numbers from page 2)', () => {
    expect(errorsOf(partyDraft({ kind: 'NQ', pages: 12 }))).toEqual([]);
  });

  it('a chi bộ document with its parent body', () => {
    expect(errorsOf(partyDraft({ kind: 'BB', issuer: { parent: 'ĐẢNG BỘ XÃ TÂN AN', name: 'CHI BỘ ẤP 3' } }))).toEqual([]);
    // A chi bộ's annual resolution is read against its content template (chi-bo/nghi-quyet-nam): it
    // carries the chi bộ's own content, with the inspection and supervision programme.
    expect(errorsOf(partyDraft({ ...nqNam(), layout: 'tabs' }))).toEqual([]);
  });
});

describe('compliant drafts of the content templates give zero errors', () => {
  for (const c of COMPLIANT.filter((x) => x.template !== 'dang-vien/ban-kiem-diem'))
    it(`${c.template}: ${c.name}`, () => {
      expect(errorsOf(partyDraft(c.options))).toEqual([]);
    });
});

describe('after a LibreOffice round trip', () => {
  const dir = fileURLToPath(new URL('./fixtures/libreoffice/', import.meta.url));
  const manifest = JSON.parse(readFileSync(dir + 'manifest.json', 'utf8')) as Record<string, { overrides?: unknown }>;
  for (const [name, spec] of Object.entries(manifest)) {
    const bytes = new Uint8Array(readFileSync(`${dir}${name}.docx`));
    if (!spec.overrides) {
      it(`${name}: zero errors`, () => {
        expect(errorsOf(bytes)).toEqual([]);
      });
    } else {
      it(`${name}: the seeded defects are still found`, () => {
        const ids = check(bytes).diagnostics.map((d) => d.ruleId);
        expect(ids).toContain('party/number-format');
        expect(ids).toContain('party/date-format');
      });
    }
  }
});
