import { afterEach, describe, expect, it } from 'vitest';
import { formatStylish } from '../src/index.js';
import { excerpt } from '../src/formatters/stylish.js';
import { buildReportDocument } from '../src/report.js';
import { diagnostic, fakeCheck, fakeReport, run, tempTree } from './helpers.js';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

function cwdWith(...names: string[]): string {
  const t = tempTree(Object.fromEntries(names.map((n) => [n, 'x'])));
  cleanups.push(t.cleanup);
  return t.dir;
}

const ESC = '\u001b[';

describe('stylish', () => {
  it('shows the path, the paragraph, severity, message, rule id, the marked excerpt and the clause', async () => {
    const cwd = cwdWith('drafts/nq.docx');
    const r = await run(['check', 'drafts'], { cwd, check: fakeCheck([diagnostic()]) });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        'drafts/nq.docx',
        '  ¶6  error  Ngày dưới 10 và tháng dưới 3 phải có số 0 ở trước: «ngày 08 tháng 01».  party/date-format',
        '             Tân An, ngày 8 tháng 1 năm 2026',
        '                     ~~~~~~~~~~~~~~',
        '             HD 36 §1.4.2',
        '',
        '✖ 1 lỗi, 0 cảnh báo (errors, warnings) trong 1 tệp',
        '',
      ].join('\n'),
    );
  });

  it('uses line:col for Markdown locations and a dash for document-level findings', () => {
    const doc = buildReportDocument([
      {
        path: 'a.md',
        report: fakeReport([
          diagnostic({ location: { paragraph: null, text: 'ngày 8', line: 12, column: 3, offset: null, length: null } }),
          diagnostic({ ruleId: 'party/page-size', severity: 'warning', location: null, message: 'Khổ giấy không phải A4.' }),
        ]),
      },
    ]);
    const out = formatStylish(doc, { color: false, lang: 'vi' });
    expect(out).toContain('  12:3  error    ');
    expect(out).toContain('  —     warning  Khổ giấy không phải A4.  party/page-size');
    expect(out).toContain('✖ 1 lỗi, 1 cảnh báo (errors, warnings) trong 1 tệp');
  });

  it('says so when there is nothing to report, in both languages', async () => {
    const cwd = cwdWith('a.docx', 'b.docx');
    expect((await run(['check', '.'], { cwd, check: fakeCheck() })).stdout).toBe('✔ Không có lỗi nào (no problems) trong 2 tệp\n');
    expect((await run(['check', '.', '--lang', 'en'], { cwd, check: fakeCheck() })).stdout).toBe('✔ No problems in 2 files\n');
  });

  it('summarises warnings and infos', () => {
    const doc = buildReportDocument([
      { path: 'a.docx', report: fakeReport([diagnostic({ severity: 'warning' }), diagnostic({ severity: 'info' })]) },
    ]);
    expect(formatStylish(doc, { color: false, lang: 'vi' })).toContain('⚠ 0 lỗi, 1 cảnh báo, 1 lưu ý (errors, warnings, infos) trong 1 tệp');
    expect(formatStylish(doc, { color: false, lang: 'en' })).toContain('⚠ 0 errors, 1 warning, 1 info in 1 file');
  });

  it('colours on a terminal; NO_COLOR and --no-color turn them off', async () => {
    const cwd = cwdWith('a.docx');
    const check = fakeCheck([diagnostic()]);
    expect((await run(['check', 'a.docx'], { cwd, check, isTTY: true })).stdout).toContain(ESC);
    expect((await run(['check', 'a.docx'], { cwd, check, isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await run(['check', 'a.docx', '--no-color'], { cwd, check, isTTY: true })).stdout).not.toContain(ESC);
    expect((await run(['check', 'a.docx'], { cwd, check, isTTY: false })).stdout).not.toContain(ESC);
    expect((await run(['check', 'a.docx', '--color'], { cwd, check, isTTY: false })).stdout).toContain(ESC);
    expect((await run(['check', 'a.docx'], { cwd, check, isTTY: false, env: { FORCE_COLOR: '1' } })).stdout).toContain(ESC);
  });
});

describe('excerpt', () => {
  const long = 'Căn cứ Điều lệ Đảng; căn cứ Quy định số 24-QĐ/TW ngày 30 tháng 7 năm 2021 của Ban Chấp hành Trung ương, Chi bộ quyết nghị';

  it('keeps short paragraphs whole and marks the span', () => {
    expect(excerpt('Tân An, ngày 8 tháng 1 năm 2026', 8, 14)).toEqual({
      before: 'Tân An, ',
      span: 'ngày 8 tháng 1',
      after: ' năm 2026',
      marked: true,
    });
  });

  it('cuts long paragraphs to a window around the span', () => {
    const at = long.indexOf('ngày 30');
    const e = excerpt(long, at, 'ngày 30 tháng 7'.length)!;
    expect(e.span).toBe('ngày 30 tháng 7');
    expect(e.before.startsWith('…')).toBe(true);
    expect(e.after.endsWith('…')).toBe(true);
    expect([...(e.before + e.span + e.after)].length).toBeLessThanOrEqual(62);
  });

  it('without a span shows the start of the paragraph', () => {
    expect(excerpt(long, null, null)).toMatchObject({ marked: false, before: expect.stringMatching(/^Căn cứ .*…$/) });
    expect(excerpt('   ', 0, 1)).toBeNull();
  });

  it('tabs and line breaks become spaces without moving the span', () => {
    expect(excerpt('Số\t01-NQ/CB', 3, 2)).toMatchObject({ before: 'Số ', span: '01' });
  });
});
