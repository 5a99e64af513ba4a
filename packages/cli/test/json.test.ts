import { afterEach, describe, expect, it } from 'vitest';
import type { ReportDocument } from '../src/index.js';
import packageJson from '../package.json';
import { diagnostic, fakeCheck, run, tempTree } from './helpers.js';
import { assertValidReport, schema, validateReport } from './schema.js';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

function cwdWith(files: Record<string, string>): string {
  const t = tempTree(files);
  cleanups.push(t.cleanup);
  return t.dir;
}

const CONTRACT_DIAGNOSTIC_KEYS = ['ruleId', 'severity', 'message', 'component', 'location', 'expected', 'actual', 'fixable', 'source'];

describe('--format json', () => {
  it('prints exactly the contract document, and nothing else on stdout', async () => {
    const cwd = cwdWith({ 'drafts/nghi-quyet.docx': 'x' });
    const r = await run(['check', '--format', 'json', 'drafts'], { cwd, check: fakeCheck([diagnostic()]) });
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as ReportDocument;
    expect(doc).toEqual({
      version: 1,
      tool: { name: 'thethuc', version: packageJson.version },
      files: [
        {
          path: 'drafts/nghi-quyet.docx',
          profile: 'party',
          documentType: 'NQ',
          template: null,
          error: null,
          diagnostics: [
            {
              ruleId: 'party/date-format',
              severity: 'error',
              message: 'Ngày dưới 10 và tháng dưới 3 phải có số 0 ở trước: «ngày 08 tháng 01».',
              component: 'placeDate',
              location: { paragraph: 6, text: 'Tân An, ngày 8 tháng 1 năm 2026', line: null, column: null, offset: 8, length: 14 },
              expected: 'ngày 08 tháng 01',
              actual: 'ngày 8 tháng 1',
              fixable: true,
              source: 'HD 36 §1.4.2',
            },
          ],
          stats: { errors: 1, warnings: 0, infos: 0, ms: 1.2 },
        },
      ],
      summary: { files: 1, errors: 1, warnings: 0, infos: 0, failedFiles: 0 },
    });
    assertValidReport(doc);
  });

  it('does not leak internal fields (fix, messageId, data)', async () => {
    const cwd = cwdWith({ 'a.docx': 'x' });
    const r = await run(['check', '--format', 'json', 'a.docx'], { cwd, check: fakeCheck([diagnostic()]) });
    const d = (JSON.parse(r.stdout) as ReportDocument).files[0]!.diagnostics[0]!;
    expect(Object.keys(d)).toEqual(CONTRACT_DIAGNOSTIC_KEYS);
  });

  it('validates against the shipped schema in every shape: failures, Markdown locations, document-level, --quiet', async () => {
    const cwd = cwdWith({ 'a.docx': 'x', 'b.md': '# x', 'c.pdf': 'x' });
    const check = fakeCheck([
      diagnostic(),
      diagnostic({ severity: 'warning', location: null, component: null, expected: null, actual: null, fixable: false }),
      diagnostic({ severity: 'info', location: { paragraph: null, text: 'x', line: 2, column: 1, offset: null, length: null } }),
    ]);
    for (const extra of [[], ['--quiet'], ['--profile', 'hd36', '--lang', 'en']]) {
      const r = await run(['check', '--format', 'json', '.', 'c.pdf', 'missing.docx', 'none/**/*.docx', ...extra], { cwd, check });
      expect(r.code).toBe(2);
      assertValidReport(JSON.parse(r.stdout));
    }
  });

  it('the schema has an $id, requires the contract fields and allows additions', () => {
    expect(schema.$id).toMatch(/^https:\/\//);
    const doc = {
      version: 1,
      tool: { name: 'thethuc', version: '0.1.0' },
      files: [],
      summary: { files: 0, errors: 0, warnings: 0, infos: 0, failedFiles: 0 },
    };
    expect(validateReport(doc)).toBe(true);
    expect(validateReport({ ...doc, extra: { future: true } })).toBe(true);
    const { summary: _summary, ...withoutSummary } = doc;
    expect(validateReport(withoutSummary)).toBe(false);
    expect(validateReport({ ...doc, version: 2 })).toBe(false);
    const file = {
      path: 'a.docx',
      profile: 'party',
      documentType: null,
      template: null,
      error: { code: 'E_CORRUPT', message: 'x' },
      diagnostics: [{}],
      stats: { errors: 0, warnings: 0, infos: 0, ms: 0 },
    };
    // A file that could not be read has no diagnostics.
    expect(validateReport({ ...doc, files: [file] })).toBe(false);
    expect(validateReport({ ...doc, files: [{ ...file, diagnostics: [] }] })).toBe(true);
  });
});
