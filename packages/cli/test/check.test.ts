import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportDocument } from '../src/index.js';
import { diagnostic, fakeCheck, run, tempTree } from './helpers.js';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

function drafts(...names: string[]): string {
  const t = tempTree(Object.fromEntries(names.map((n) => [n, 'x'])));
  cleanups.push(t.cleanup);
  return t.dir;
}

const warning = diagnostic({ ruleId: 'text/double-space', severity: 'warning', message: 'Hai dấu cách liền nhau.' });
const info = diagnostic({ ruleId: 'party/abbreviation', severity: 'info', message: 'Nên viết đầy đủ.' });

describe('exit codes (output.md)', () => {
  it('0 without error-severity findings', async () => {
    const cwd = drafts('a.docx');
    expect((await run(['check', 'a.docx'], { cwd, check: fakeCheck([]) })).code).toBe(0);
    expect((await run(['check', 'a.docx'], { cwd, check: fakeCheck([warning, info]) })).code).toBe(0);
  });

  it('1 with an error-severity finding', async () => {
    const cwd = drafts('a.docx');
    expect((await run(['check', 'a.docx'], { cwd, check: fakeCheck([diagnostic(), warning]) })).code).toBe(1);
  });

  it('1 with more warnings than --max-warnings, said on stderr', async () => {
    const cwd = drafts('a.docx', 'b.docx');
    const check = fakeCheck([warning]);
    expect((await run(['check', '.', '--max-warnings', '2'], { cwd, check })).code).toBe(0);
    const r = await run(['check', '.', '--max-warnings', '1', '--format', 'json'], { cwd, check });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('quá nhiều cảnh báo');
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect((await run(['check', '.', '--max-warnings', '-1'], { cwd, check })).code).toBe(0);
  });

  it('2 when a file cannot be read, even if others have errors — and all files are reported', async () => {
    const cwd = drafts('a.docx');
    const r = await run(['check', 'a.docx', 'missing.docx', '--format', 'json'], { cwd, check: fakeCheck([diagnostic()]) });
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout) as ReportDocument;
    expect(doc.summary).toEqual({ files: 2, errors: 1, warnings: 0, infos: 0, failedFiles: 1 });
  });
});

describe('options reach the engine', () => {
  it('passes profile, lang, rules and debug', async () => {
    const cwd = drafts('a.docx');
    const check = fakeCheck();
    await run(
      ['check', 'a.docx', '--profile', 'hd05', '--lang', 'en', '--rule', 'party/date-format=off', '--rule', 'text/double-space=error', '--debug'],
      { cwd, check },
    );
    expect(check.calls).toEqual([
      { profile: 'hd05', lang: 'en', rules: { 'party/date-format': 'off', 'text/double-space': 'error' }, debug: true },
    ]);
  });

  it('defaults: profile party, lang vi, no rules', async () => {
    const cwd = drafts('a.docx');
    const check = fakeCheck();
    await run(['check', 'a.docx'], { cwd, check });
    expect(check.calls).toEqual([{ profile: 'party', lang: 'vi' }]);
  });

  it('--debug prints the engine notes to stderr, never to stdout', async () => {
    const cwd = drafts('a.docx');
    const r = await run(['check', 'a.docx', '--debug', '--format', 'json'], { cwd, check: fakeCheck() });
    expect(r.stderr).toContain('thethuc [debug] a.docx: anatomy: header found (table layout)');
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    const quiet = await run(['check', 'a.docx'], { cwd, check: fakeCheck() });
    expect(quiet.stderr).toBe('');
  });
});

describe('--quiet', () => {
  it('reports errors only, counts only what it reports, and ignores warnings for --max-warnings', async () => {
    const cwd = drafts('a.docx');
    const check = fakeCheck([diagnostic(), warning, info]);
    const r = await run(['check', 'a.docx', '--quiet', '--format', 'json', '--max-warnings', '0'], { cwd, check });
    const doc = JSON.parse(r.stdout) as ReportDocument;
    expect(doc.files[0]!.diagnostics.map((d) => d.severity)).toEqual(['error']);
    expect(doc.files[0]!.stats).toMatchObject({ errors: 1, warnings: 0, infos: 0 });
    expect(r.code).toBe(1);

    const onlyWarnings = await run(['check', 'a.docx', '-q', '--max-warnings', '0'], { cwd, check: fakeCheck([warning]) });
    expect(onlyWarnings.code).toBe(0);
    expect(onlyWarnings.stdout).not.toContain('text/double-space');
  });
});

describe('--output', () => {
  it('writes the report to the file (creating folders) and nothing to stdout', async () => {
    const cwd = drafts('a.docx');
    const r = await run(['check', 'a.docx', '--format', 'json', '--output', 'out/report.json'], { cwd, check: fakeCheck([diagnostic()]) });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const doc = JSON.parse(readFileSync(path.join(cwd, 'out/report.json'), 'utf8')) as ReportDocument;
    expect(doc.files[0]!.diagnostics[0]!.ruleId).toBe('party/date-format');
  });

  it('a stylish report written to a file has no colours, even with FORCE_COLOR', async () => {
    const cwd = drafts('a.docx');
    await run(['check', 'a.docx', '-o', 'report.txt'], { cwd, check: fakeCheck([diagnostic()]), env: { FORCE_COLOR: '1' }, isTTY: true });
    expect(readFileSync(path.join(cwd, 'report.txt'), 'utf8')).not.toContain('\u001b[');
  });

  it('exit 2 when the report cannot be written', async () => {
    const cwd = drafts('a.docx');
    const r = await run(['check', 'a.docx', '--output', 'a.docx/report.json'], { cwd, check: fakeCheck() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('không ghi được báo cáo');
  });
});

describe('--format github', () => {
  it('one workflow command per finding; line/col omitted for paragraphs', async () => {
    const cwd = drafts('a.docx');
    const md = diagnostic({
      severity: 'info',
      message: 'a, b: 100%\nnext',
      location: { paragraph: null, text: 'x', line: 3, column: 5, offset: null, length: null },
    });
    const r = await run(['check', 'a.docx', 'gone.docx', '--format', 'github'], { cwd, check: fakeCheck([diagnostic(), warning, md]) });
    expect(r.stdout.split('\n')).toEqual([
      `::error file=a.docx,title=party/date-format::${diagnostic().message}`,
      '::warning file=a.docx,title=text/double-space::Hai dấu cách liền nhau.',
      '::notice file=a.docx,line=3,col=5,title=party/date-format::a, b: 100%25%0Anext',
      expect.stringMatching(/^::error file=gone.docx,title=E_NOT_FOUND::/),
      '',
    ]);
  });
});
