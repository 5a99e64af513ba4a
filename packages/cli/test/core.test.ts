import { afterEach, describe, expect, it } from 'vitest';
import type { ReportDocument } from '../src/index.js';
import { minimalDocx, run, SAMPLE_PARAGRAPHS, tempTree } from './helpers.js';
import { assertValidReport } from './schema.js';

/*
 * The real engine on real bytes. Core is written concurrently: while `check` is still the placeholder (an
 * E_INTERNAL "not implemented yet" report) only the structure is asserted; once it works, the file must be
 * read without error. Specific findings are the rules' tests, not the CLI's.
 */
const PLACEHOLDER = /not implemented/i;

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

function cwdWith(files: Record<string, string | Uint8Array>): string {
  const t = tempTree(files);
  cleanups.push(t.cleanup);
  return t.dir;
}

function isPlaceholder(error: { message: string } | null): boolean {
  return error !== null && PLACEHOLDER.test(error.message);
}

describe('with the real engine', () => {
  it('checks a minimal .docx and prints a contract-valid report', async () => {
    const cwd = cwdWith({ 'nghi-quyet.docx': minimalDocx(SAMPLE_PARAGRAPHS) });
    const r = await run(['check', '--format', 'json', 'nghi-quyet.docx'], { cwd });
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout) as ReportDocument;
    assertValidReport(doc);
    expect(doc.files).toHaveLength(1);
    const [file] = doc.files;
    expect(file).toMatchObject({ path: 'nghi-quyet.docx', profile: 'party' });
    expect(doc.summary.files).toBe(1);
    if (isPlaceholder(file!.error)) {
      expect(r.code).toBe(2);
      return;
    }
    expect(file!.error).toBeNull();
    expect(r.code).toBe(file!.stats.errors > 0 ? 1 : 0);
    for (const d of file!.diagnostics) {
      expect(d.ruleId).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+/);
      expect(d.source).not.toBe('');
      if (d.location?.paragraph != null) {
        expect(d.location.paragraph).toBeGreaterThanOrEqual(1);
        expect(d.location.paragraph).toBeLessThanOrEqual(SAMPLE_PARAGRAPHS.length);
        expect(d.location.text).toBe(SAMPLE_PARAGRAPHS[d.location.paragraph - 1]);
      }
    }
  });

  it('passes the profile and rule overrides through to the engine', async () => {
    const cwd = cwdWith({ 'nghi-quyet.docx': minimalDocx(SAMPLE_PARAGRAPHS) });
    const r = await run(['check', '--format', 'json', '--profile', 'hd36', '--rule', 'party/date-format=off', '.'], { cwd });
    const doc = JSON.parse(r.stdout) as ReportDocument;
    assertValidReport(doc);
    expect(doc.files[0]!.profile).toBe('hd36');
    expect(doc.files[0]!.diagnostics.filter((d) => d.ruleId === 'party/date-format')).toEqual([]);
  });

  it('reports a file that is not a Word document as a file error and goes on', async () => {
    const cwd = cwdWith({ 'a-broken.docx': 'this is not a zip', 'b.docx': minimalDocx(SAMPLE_PARAGRAPHS) });
    const r = await run(['check', '--format', 'json', '.'], { cwd });
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout) as ReportDocument;
    assertValidReport(doc);
    expect(doc.files.map((f) => f.path)).toEqual(['a-broken.docx', 'b.docx']);
    const broken = doc.files[0]!.error;
    expect(broken).not.toBeNull();
    if (!isPlaceholder(broken)) expect(['E_NOT_DOCX', 'E_CORRUPT']).toContain(broken!.code);
  });

  it('stylish output of a real check names the file or says it is clean', async () => {
    const cwd = cwdWith({ 'nghi-quyet.docx': minimalDocx(SAMPLE_PARAGRAPHS) });
    const r = await run(['check', 'nghi-quyet.docx'], { cwd });
    expect(r.stdout).toMatch(/nghi-quyet\.docx|✔/);
    expect(r.stdout).toMatch(/trong 1 tệp\n$/);
  });
});
