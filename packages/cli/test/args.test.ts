import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../src/args.js';
import { run } from './helpers.js';
import packageJson from '../package.json';

describe('help and version', () => {
  it('prints the main help in Vietnamese with English', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Cách dùng / Usage');
    expect(r.stdout).toContain('thethuc check');
    expect(r.stderr).toBe('');
  });

  it('prints the check help, even next to other arguments', async () => {
    for (const argv of [['check', '--help'], ['check', '-h'], ['check', '--format', 'xml', '--help'], ['help', 'check']]) {
      const r = await run(argv);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('--max-warnings');
      expect(r.stdout).toContain('Mã thoát / Exit codes');
    }
  });

  it('prints the version of the package', async () => {
    const r = await run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${packageJson.version}\n`);
  });
});

describe('usage errors exit 2 with a hint', () => {
  const cases: [string[], RegExp][] = [
    [[], /Thiếu lệnh/],
    [['lint', 'a.docx'], /Lệnh không xác định: «lint»/],
    [['a.docx'], /thethuc check a\.docx/],
    [['--verison'], /--version/],
    [['check'], /Thiếu đường dẫn/],
    [['check', '--fromat', 'json', 'a.docx'], /Có phải ý bạn là --format\?/],
    [['check', '--format'], /cần một giá trị/],
    [['check', '--format', 'xml', 'a.docx'], /Định dạng không hợp lệ: «xml»/],
    [['check', '--format', 'sarif', 'a.docx'], /chưa hỗ trợ/],
    [['check', '--format=junit', 'a.docx'], /chưa hỗ trợ/],
    [['check', '--profile', 'nd30', 'a.docx'], /Bộ quy định không hợp lệ: «nd30»/],
    [['check', '--rule', 'party/date-format', 'a.docx'], /Giá trị --rule không hợp lệ/],
    [['check', '--rule', 'party/date-format=warn', 'a.docx'], /off\|info\|warning\|error/],
    [['check', '--rule', 'Party Date=off', 'a.docx'], /Giá trị --rule không hợp lệ/],
    [['check', '--max-warnings', 'ten', 'a.docx'], /--max-warnings cần một số nguyên/],
    [['check', '--max-warnings', '-3', 'a.docx'], /--max-warnings cần một số nguyên/],
    [['check', '--lang', 'fr', 'a.docx'], /Ngôn ngữ không hợp lệ: «fr»/],
    [['check', '--quiet=yes', 'a.docx'], /không nhận giá trị/],
    [['check', '--output', '--quiet', 'a.docx'], /--output cần một giá trị/],
    [['check', '--config', 'x.json', 'a.docx'], /chưa hỗ trợ/],
    [['check', '-x', 'a.docx'], /Tuỳ chọn không xác định: -x/],
    [['check', '-'], /stdin/],
  ];
  it.each(cases)('%j', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/^thethuc: /);
    expect(r.stderr).toContain('Dùng `thethuc --help`');
  });
});

describe('parseCommandLine', () => {
  it('reads every option, in both spellings', () => {
    const c = parseCommandLine([
      'check',
      '--format=json',
      '-o',
      'out/report.json',
      '--profile',
      'hd36',
      '--rule',
      'party/date-format=warning',
      '--rule=text/double-space=off',
      '--rule',
      'party/date-format=info',
      '--max-warnings',
      '0',
      '-q',
      '--lang',
      'en',
      '--debug',
      '--no-color',
      '--no-config',
      'a.docx',
      '--',
      '--weird-name.docx',
    ]);
    expect(c).toEqual({
      kind: 'check',
      patterns: ['a.docx', '--weird-name.docx'],
      format: 'json',
      output: 'out/report.json',
      profile: 'hd36',
      rules: { 'party/date-format': 'info', 'text/double-space': 'off' },
      maxWarnings: 0,
      quiet: true,
      lang: 'en',
      debug: true,
      color: false,
    });
  });

  it('has defaults: stylish, party, vi, no limit, colour decided later', () => {
    expect(parseCommandLine(['check', 'a.docx'])).toMatchObject({
      format: 'stylish',
      profile: 'party',
      lang: 'vi',
      maxWarnings: null,
      quiet: false,
      color: null,
      rules: {},
    });
  });

  it('accepts --max-warnings -1 as "no limit", like ESLint', () => {
    expect(parseCommandLine(['check', '--max-warnings', '-1', 'a.docx'])).toMatchObject({ maxWarnings: null });
  });
});

describe('parseCommandLine: fix, rules, explain', () => {
  it('reads every fix option', () => {
    expect(
      parseCommandLine([
        'fix',
        'a.docx',
        '--in-place',
        '--backup=goc.docx',
        '--force',
        '-n',
        '-p',
        'hd05',
        '--rule',
        'party/date-format=off',
        '--only',
        'party/page-size,party/page-margins',
        '--only=party/page-size',
        '--unsafe',
        '-f',
        'json',
        '--lang',
        'en',
        '--no-color',
      ]),
    ).toEqual({
      kind: 'fix',
      inputs: ['a.docx'],
      output: null,
      outDir: null,
      inPlace: true,
      backup: 'goc.docx',
      force: true,
      dryRun: true,
      profile: 'hd05',
      rules: { 'party/date-format': 'off' },
      only: ['party/page-size', 'party/page-margins'],
      unsafe: true,
      format: 'json',
      lang: 'en',
      color: false,
    });
  });

  it('rules and explain', () => {
    expect(parseCommandLine(['rules'])).toEqual({ kind: 'rules', format: 'stylish', lang: 'vi', color: null });
    expect(parseCommandLine(['rules', '--format=json', '--lang', 'en'])).toMatchObject({ format: 'json', lang: 'en' });
    expect(parseCommandLine(['explain', 'party/date-format', 'party/page-size'])).toEqual({
      kind: 'explain',
      ids: ['party/date-format', 'party/page-size'],
    });
  });

  it('a mistyped command suggests the right one and lists them all', async () => {
    const r = await run(['fxi', 'a.docx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Có phải ý bạn là «fix»?');
    expect(r.stderr).toContain('check, fix, render, import, rules, explain');
  });
});
