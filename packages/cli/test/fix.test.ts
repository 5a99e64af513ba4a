import { chmodSync, existsSync, linkSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { check, fixDocx } from '@thethuc/core';
import type { FixOptions, FixReport } from '@thethuc/core';
import type { FixDocument, FixFn } from '../src/index.js';
import { defectiveDraft, draftWithoutSigner } from './draft.js';
import { diagnostic, minimalDocx, run, SAMPLE_PARAGRAPHS, tempTree } from './helpers.js';
import { assertValidFix, fixSchema, validateFix } from './schema.js';

const DATE = 'party/date-format';
const HEADER = 'party/party-header-format';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

function dirWith(files: Record<string, string | Uint8Array>): string {
  const t = tempTree(files);
  cleanups.push(t.cleanup);
  return t.dir;
}

function bytes(dir: string, rel: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(dir, rel)));
}

/** Every file under `dir`, relative, sorted — to see exactly what a run wrote (and that no temp file is left). */
function listing(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => statSync(path.join(dir, f)).isFile())
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

function ruleIds(input: Uint8Array): string[] {
  const report = check(input);
  expect(report.error).toBeNull();
  return report.diagnostics.map((d) => d.ruleId);
}

async function fixJson(argv: string[], cwd: string, extra: { fix?: FixFn; readFile?: (p: string) => Promise<Uint8Array> } = {}) {
  const r = await run(['fix', ...argv, '--format', 'json'], { cwd, ...extra });
  const doc = JSON.parse(r.stdout) as FixDocument;
  assertValidFix(doc);
  return { ...r, doc };
}

describe('thethuc fix -o: end to end on a defective draft', () => {
  it('writes the fixed draft, leaves the input byte for byte, and the fixed rules are gone', async () => {
    const original = defectiveDraft();
    expect(ruleIds(original)).toEqual(expect.arrayContaining([DATE, HEADER]));
    const cwd = dirWith({ 'du-thao.docx': original });

    const { code, doc, stderr } = await fixJson(['du-thao.docx', '-o', 'da-sua.docx'], cwd);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(bytes(cwd, 'du-thao.docx')).toEqual(original);
    expect(listing(cwd)).toEqual(['da-sua.docx', 'du-thao.docx']);

    const fixed = bytes(cwd, 'da-sua.docx');
    const after = ruleIds(fixed);
    expect(after).not.toContain(DATE);
    expect(after).not.toContain(HEADER);

    expect(doc).toMatchObject({ version: 1, tool: { name: 'thethuc' }, dryRun: false });
    expect(doc.files).toEqual([
      {
        path: 'du-thao.docx',
        output: 'da-sua.docx',
        backup: null,
        written: true,
        error: null,
        fixed: { [DATE]: 1, [HEADER]: 1 },
        applied: expect.any(Number),
        skipped: [],
        remaining: [],
        stats: { errors: 0, warnings: 0, infos: 0 },
      },
    ]);
    expect(doc.files[0]!.applied).toBeGreaterThanOrEqual(2);
    expect(doc.summary).toMatchObject({ files: 1, written: 1, fixed: 2, errors: 0, failedFiles: 0 });
  });

  it('stylish: the fixes by rule (Vietnamese first), what was written, a summary', async () => {
    const cwd = dirWith({ 'du-thao.docx': defectiveDraft() });
    const r = await run(['fix', 'du-thao.docx', '-o', 'out/da-sua.docx'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('du-thao.docx → out/da-sua.docx');
    expect(r.stdout).toContain('Đã sửa (fixed): 2');
    expect(r.stdout).toMatch(/party\/date-format +1 +Cách ghi địa danh, ngày tháng năm/);
    expect(r.stdout).toContain('Đã ghi out/da-sua.docx (wrote out/da-sua.docx)');
    expect(r.stdout).toContain('✔ Đã sửa 2 lỗi trong 1 tệp');
    expect(existsSync(path.join(cwd, 'out/da-sua.docx'))).toBe(true);
    const en = await run(['fix', 'du-thao.docx', '-o', 'en.docx', '--lang', 'en'], { cwd });
    expect(en.stdout).toContain('fixed: 2');
    expect(en.stdout).toContain('Place and date form');
  });

  it('findings no fix can correct remain, in the check contract shape, and exit 1', async () => {
    const cwd = dirWith({ 'a.docx': draftWithoutSigner() });
    const { code, doc } = await fixJson(['a.docx', '-o', 'b.docx'], cwd);
    expect(code).toBe(1);
    const [file] = doc.files;
    expect(file!.written).toBe(true);
    expect(file!.fixed).toEqual({ [DATE]: 1 });
    expect(file!.remaining.map((d) => d.ruleId)).toContain('party/signature-missing');
    expect(Object.keys(file!.remaining[0]!)).toEqual(['ruleId', 'severity', 'message', 'component', 'location', 'expected', 'actual', 'fixable', 'source']);
    expect(file!.stats.errors).toBeGreaterThan(0);
    const stylish = await run(['fix', 'a.docx', '-o', 'c.docx'], { cwd });
    expect(stylish.code).toBe(1);
    expect(stylish.stdout).toContain('Còn lại (remaining)');
    expect(stylish.stdout).toContain('party/signature-missing');
  });
});

describe('which fixes', () => {
  it('--rule id=off: that rule is neither fixed nor reported', async () => {
    const cwd = dirWith({ 'a.docx': defectiveDraft() });
    const { code, doc } = await fixJson(['a.docx', '-o', 'b.docx', '--rule', `${DATE}=off`], cwd);
    expect(code).toBe(0);
    expect(doc.files[0]!.fixed).toEqual({ [HEADER]: 1 });
    const after = ruleIds(bytes(cwd, 'b.docx'));
    expect(after).toContain(DATE);
    expect(after).not.toContain(HEADER);
  });

  it('--only id (repeatable): other fixable findings stay and count as remaining', async () => {
    const cwd = dirWith({ 'a.docx': defectiveDraft() });
    const { code, doc } = await fixJson(['a.docx', '-o', 'b.docx', '--only', DATE], cwd);
    expect(code).toBe(1);
    expect(doc.files[0]!.fixed).toEqual({ [DATE]: 1 });
    expect(doc.files[0]!.remaining.map((d) => d.ruleId)).toEqual([HEADER]);
    expect(doc.files[0]!.remaining[0]!.fixable).toBe(true);
    const both = await fixJson(['a.docx', '-o', 'c.docx', '--only', DATE, '--only', HEADER], cwd);
    expect(both.code).toBe(0);
  });

  it('passes profile, rules, only, unsafe and lang to the fixer', async () => {
    const cwd = dirWith({ 'a.docx': defectiveDraft() });
    const calls: FixOptions[] = [];
    const fix: FixFn = (input, options = {}) => {
      calls.push(options);
      return fixDocx(input, options);
    };
    await run(['fix', 'a.docx', '-n', '--profile', 'hd36', '--rule', `${HEADER}=warning`, '--only', DATE, '--unsafe', '--lang', 'en'], { cwd, fix });
    expect(calls).toEqual([{ profile: 'hd36', lang: 'en', rules: { [HEADER]: 'warning' }, only: [DATE], unsafe: true }]);
  });

  it('--only with an unknown rule is a usage error with a suggestion', async () => {
    const cwd = dirWith({ 'a.docx': defectiveDraft() });
    const r = await run(['fix', 'a.docx', '-o', 'b.docx', '--only', 'date-format'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Có phải ý bạn là ${DATE}`);
    expect(listing(cwd)).toEqual(['a.docx']);
  });

  it('--only with a rule that is off or not fixable says so on stderr', async () => {
    const cwd = dirWith({ 'a.docx': defectiveDraft() });
    const off = await run(['fix', 'a.docx', '-n', '--only', DATE, '--rule', `${DATE}=off`], { cwd });
    expect(off.stderr).toContain('không được sửa (a rule turned off is not fixed)');
    const manual = await run(['fix', 'a.docx', '-n', '--only', 'party/date-missing'], { cwd });
    expect(manual.stderr).toContain('không tự sửa được');
  });
});

describe('--in-place', () => {
  it('saves the original as <name>.bak.docx first, then replaces the input', async () => {
    const original = defectiveDraft();
    const cwd = dirWith({ 'du-thao.docx': original });
    const { code, doc } = await fixJson(['du-thao.docx', '--in-place'], cwd);
    expect(code).toBe(0);
    expect(listing(cwd)).toEqual(['du-thao.bak.docx', 'du-thao.docx']);
    expect(bytes(cwd, 'du-thao.bak.docx')).toEqual(original);
    const after = ruleIds(bytes(cwd, 'du-thao.docx'));
    expect(after).not.toContain(DATE);
    expect(after).not.toContain(HEADER);
    expect(doc.files[0]).toMatchObject({ path: 'du-thao.docx', output: 'du-thao.docx', backup: 'du-thao.bak.docx', written: true });
  });

  it('--backup chooses where; -o naming the input itself is the same as --in-place', async () => {
    const original = defectiveDraft();
    const cwd = dirWith({ 'a.docx': original, 'b.docx': original });
    expect((await run(['fix', 'a.docx', '--in-place', '--backup', 'goc/a-goc.docx'], { cwd })).code).toBe(2); // folder missing: nothing replaced
    expect(bytes(cwd, 'a.docx')).toEqual(original);
    expect(listing(cwd)).toEqual(['a.docx', 'b.docx']);
    expect((await run(['fix', 'a.docx', '--in-place', '--backup', 'a-goc.docx'], { cwd })).code).toBe(0);
    expect(bytes(cwd, 'a-goc.docx')).toEqual(original);
    expect((await run(['fix', 'b.docx', '-o', './b.docx', '--in-place'], { cwd })).code).toBe(0);
    expect(bytes(cwd, 'b.bak.docx')).toEqual(original);
  });

  it('nothing to fix: the draft is left as it is and no backup is made', async () => {
    const cwd = dirWith({ 'a.docx': defectiveDraft() });
    await run(['fix', 'a.docx', '--in-place'], { cwd });
    const once = bytes(cwd, 'a.docx');
    const r = await run(['fix', 'a.docx', '--in-place'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Không có gì tự sửa được');
    expect(bytes(cwd, 'a.docx')).toEqual(once);
    expect(listing(cwd)).toEqual(['a.bak.docx', 'a.docx']);
  });

  it('never overwrites an existing backup without --force', async () => {
    const original = defectiveDraft();
    const cwd = dirWith({ 'a.docx': original, 'a.bak.docx': 'older backup' });
    const { code, doc } = await fixJson(['a.docx', '--in-place'], cwd);
    expect(code).toBe(2);
    expect(doc.files[0]!.error!.code).toBe('E_BACKUP_EXISTS');
    expect(doc.files[0]!.written).toBe(false);
    expect(bytes(cwd, 'a.docx')).toEqual(original);
    expect(readFileSync(path.join(cwd, 'a.bak.docx'), 'utf8')).toBe('older backup');

    expect((await run(['fix', 'a.docx', '--in-place', '--force'], { cwd })).code).toBe(0);
    expect(bytes(cwd, 'a.bak.docx')).toEqual(original);
  });

  it('keeps the permission bits of the input', async () => {
    if (process.platform === 'win32') return;
    const cwd = dirWith({ 'a.docx': defectiveDraft() });
    chmodSync(path.join(cwd, 'a.docx'), 0o640);
    await run(['fix', 'a.docx', '--in-place'], { cwd });
    expect(statSync(path.join(cwd, 'a.docx')).mode & 0o777).toBe(0o640);
  });
});

describe('--dry-run', () => {
  it('reports what would change and writes nothing', async () => {
    const original = defectiveDraft();
    const cwd = dirWith({ 'a.docx': original });
    for (const extra of [[], ['-o', 'b.docx'], ['--in-place'], ['--out-dir', 'out']]) {
      const { code, doc } = await fixJson(['a.docx', '--dry-run', ...extra], cwd);
      expect(code).toBe(0);
      expect(doc.dryRun).toBe(true);
      expect(doc.files[0]).toMatchObject({ written: false, error: null, fixed: { [DATE]: 1, [HEADER]: 1 } });
      expect(listing(cwd)).toEqual(['a.docx']);
      expect(bytes(cwd, 'a.docx')).toEqual(original);
    }
    const r = await run(['fix', 'a.docx', '-n'], { cwd });
    expect(r.stdout).toContain('Sẽ sửa (would fix): 2');
    expect(r.stdout).toContain('Chạy thử: không ghi tệp nào (dry run: nothing written)');
    expect(listing(cwd)).toEqual(['a.docx']);
  });
});

describe('never overwrites what it should not', () => {
  it('refuses an existing output unless --force', async () => {
    const cwd = dirWith({ 'a.docx': defectiveDraft(), 'b.docx': 'keep me' });
    const { code, doc } = await fixJson(['a.docx', '-o', 'b.docx'], cwd);
    expect(code).toBe(2);
    expect(doc.files[0]!.error).toEqual({ code: 'E_OUTPUT_EXISTS', message: expect.stringContaining('--force') });
    expect(readFileSync(path.join(cwd, 'b.docx'), 'utf8')).toBe('keep me');

    expect((await run(['fix', 'a.docx', '-o', 'b.docx', '--force'], { cwd })).code).toBe(0);
    expect(ruleIds(bytes(cwd, 'b.docx'))).not.toContain(DATE);
  });

  it('refuses -o naming the input (any spelling, or a hard link to it) without --in-place', async () => {
    const original = defectiveDraft();
    const cwd = dirWith({ 'drafts/a.docx': original });
    linkSync(path.join(cwd, 'drafts/a.docx'), path.join(cwd, 'link.docx'));
    for (const out of ['drafts/a.docx', './drafts/../drafts/a.docx', path.join(cwd, 'drafts/a.docx'), 'link.docx']) {
      const r = await run(['fix', 'drafts/a.docx', '-o', out, '--force'], { cwd });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('chính là bản thảo gốc');
      expect(r.stderr).toContain('--in-place');
    }
    expect(bytes(cwd, 'drafts/a.docx')).toEqual(original);
  });

  it('refuses an --out-dir that would land on the inputs', async () => {
    const cwd = dirWith({ 'a.docx': defectiveDraft() });
    const r = await run(['fix', 'a.docx', '--out-dir', '.'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ghi đè bản thảo gốc');
  });

  it('usage errors: no destination, -o with several inputs, conflicting options', async () => {
    const cwd = dirWith({ 'a.docx': defectiveDraft(), 'b.docx': defectiveDraft() });
    const cases: [string[], RegExp][] = [
      [['fix', 'a.docx'], /Chưa nói ghi bản đã sửa vào đâu/],
      [['fix'], /Thiếu bản thảo/],
      [['fix', 'a.docx', 'b.docx', '-o', 'c.docx'], /-o chỉ dùng cho một bản thảo/],
      [['fix', '*.docx', '-o', 'c.docx'], /-o chỉ dùng cho một bản thảo, nhưng có 2 tệp/],
      [['fix', 'a.docx', '-o', 'c.docx', '--out-dir', 'x'], /-o và --out-dir/],
      [['fix', 'a.docx', '--in-place', '--out-dir', 'x'], /--out-dir và --in-place/],
      [['fix', 'a.docx', '--in-place', '-o', 'c.docx'], /--in-place ghi vào chính bản thảo/],
      [['fix', 'a.docx', '-o', 'c.docx', '--backup', 'x.docx'], /--backup chỉ dùng cùng --in-place/],
      [['fix', 'a.docx', '--in-place', '--backup', 'a.docx'], /không được trùng bản thảo gốc/],
      [['fix', 'a.docx', '--format', 'sarif', '-n'], /Định dạng không hợp lệ: «sarif».*stylish, json/],
      [['fix', 'a.docx', '--only', 'Bad Id', '-n'], /Mã quy tắc không hợp lệ/],
      [['fix', 'a.docx', '--in-plaec'], /Có phải ý bạn là --in-place\?/],
    ];
    for (const [argv, message] of cases) {
      const r = await run(argv, { cwd });
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain('thethuc fix --help');
    }
    expect(listing(cwd)).toEqual(['a.docx', 'b.docx']);
  });
});

describe('inputs that cannot be fixed: exit 2 with a typed code, never a stack trace', () => {
  it('E_NOT_FOUND, E_NOT_DOCX, E_UNSUPPORTED, E_READ — and the other files are still fixed', async () => {
    const cwd = dirWith({ 'ok.docx': defectiveDraft(), 'broken.docx': 'not a zip at all', 'notes.md': '# x', 'locked.docx': defectiveDraft() });
    const readFile = async (file: string) => {
      if (file.endsWith('locked.docx')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      return readFileSync(file);
    };
    const { code, doc, stderr } = await fixJson(
      ['missing.docx', 'broken.docx', 'notes.md', 'locked.docx', 'ok.docx', '--out-dir', 'out'],
      cwd,
      { readFile },
    );
    expect(code).toBe(2);
    expect(stderr).toBe('');
    expect(doc.files.map((f) => [f.path, f.error?.code ?? null, f.written])).toEqual([
      ['broken.docx', 'E_NOT_DOCX', false],
      ['locked.docx', 'E_READ', false],
      ['missing.docx', 'E_NOT_FOUND', false],
      ['notes.md', 'E_UNSUPPORTED', false],
      ['ok.docx', null, true],
    ]);
    expect(listing(path.join(cwd, 'out'))).toEqual(['ok.docx']);
    expect(doc.summary).toMatchObject({ files: 5, written: 1, failedFiles: 4 });

    const r = await run(['fix', 'broken.docx', '-o', 'x.docx'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('không sửa được: E_NOT_DOCX');
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(cwd, 'x.docx'))).toBe(false);
  });
});

describe('fix never loses content', () => {
  const lying = (output: Uint8Array): FixFn => () => ({
    error: null,
    bytes: output,
    applied: 1,
    fixed: { [DATE]: 1 },
    skipped: [],
    remaining: [],
    changedParts: ['word/document.xml'],
    passes: 1,
  } satisfies FixReport);

  it('an output that does not read back is not kept (E_VERIFY), and no temporary file is left', async () => {
    const original = defectiveDraft();
    const cwd = dirWith({ 'a.docx': original });
    const fix = lying(new TextEncoder().encode('garbage'));
    const { code, doc } = await fixJson(['a.docx', '-o', 'b.docx'], cwd, { fix });
    expect(code).toBe(2);
    expect(doc.files[0]).toMatchObject({ written: false, error: { code: 'E_VERIFY' }, fixed: {}, applied: 0 });
    expect(listing(cwd)).toEqual(['a.docx']);

    const inPlace = await fixJson(['a.docx', '--in-place'], cwd, { fix });
    expect(inPlace.code).toBe(2);
    expect(inPlace.doc.files[0]!.error!.code).toBe('E_VERIFY');
    expect(bytes(cwd, 'a.docx')).toEqual(original);
    // The backup of a failed in-place run is removed: the input was never replaced.
    expect(listing(cwd)).toEqual(['a.docx']);

    const dry = await fixJson(['a.docx', '--dry-run'], cwd, { fix });
    expect(dry.code).toBe(2);
    expect(dry.doc.files[0]!.error!.code).toBe('E_VERIFY');
  });

  it('an output that reads but lost paragraphs is not kept', async () => {
    const cwd = dirWith({ 'a.docx': defectiveDraft() });
    const { code, doc } = await fixJson(['a.docx', '-o', 'b.docx'], cwd, { fix: lying(minimalDocx(SAMPLE_PARAGRAPHS)) });
    expect(code).toBe(2);
    expect(doc.files[0]!.error!.message).toMatch(/đoạn văn \/ paragraphs \d+ → 9/);
    expect(listing(cwd)).toEqual(['a.docx']);
  });
});

describe('skipped operations', () => {
  it('are reported with their rule and reason (Vietnamese first in stylish)', async () => {
    const draft = defectiveDraft();
    const cwd = dirWith({ 'a.docx': draft });
    const finding = diagnostic();
    const fix: FixFn = (input) => ({
      error: null,
      bytes: input,
      applied: 0,
      fixed: {},
      skipped: [{ op: finding.fix!.ops[0]!, reason: 'paragraph not found' }],
      remaining: [finding],
      changedParts: [],
      passes: 1,
    });
    const { code, doc } = await fixJson(['a.docx', '-o', 'b.docx'], cwd, { fix });
    expect(code).toBe(1);
    expect(doc.files[0]!.skipped).toEqual([
      { ruleId: DATE, op: 'replaceText', paragraph: 6, reason: 'paragraph not found', operation: finding.fix!.ops[0] },
    ]);
    expect(doc.summary.skipped).toBe(1);
    const r = await run(['fix', 'a.docx', '-o', 'c.docx'], { cwd, fix });
    expect(r.stdout).toContain('Bỏ qua (skipped): 1');
    expect(r.stdout).toContain(`${DATE}  ¶6 replaceText — không tìm thấy đoạn văn (paragraph not found)`);
  });
});

describe('several inputs with --out-dir', () => {
  it('keeps the folder layout below the inputs, takes only .docx from folders, skips backups and lock files', async () => {
    const draft = defectiveDraft();
    const cwd = dirWith({
      'van-ban/a.docx': draft,
      'van-ban/con/b.docx': draft,
      'van-ban/a.bak.docx': draft,
      'van-ban/~$a.docx': 'lock',
      'van-ban/ghi-chu.md': '# x',
    });
    const { code, doc } = await fixJson(['van-ban', '--out-dir', 'da-sua'], cwd);
    expect(code).toBe(0);
    expect(doc.files.map((f) => [f.path, f.output])).toEqual([
      ['van-ban/a.docx', 'da-sua/a.docx'],
      ['van-ban/con/b.docx', 'da-sua/con/b.docx'],
    ]);
    expect(listing(path.join(cwd, 'da-sua'))).toEqual(['a.docx', 'con/b.docx']);
    expect(bytes(cwd, 'van-ban/a.docx')).toEqual(draft);

    const inPlace = await fixJson(['van-ban', '--in-place'], cwd);
    expect(inPlace.code).toBe(2); // a.bak.docx already exists
    expect(inPlace.doc.files.map((f) => [f.path, f.error?.code ?? null])).toEqual([
      ['van-ban/a.docx', 'E_BACKUP_EXISTS'],
      ['van-ban/con/b.docx', null],
    ]);
    expect(existsSync(path.join(cwd, 'van-ban/con/b.bak.docx'))).toBe(true);
  });

  it('a folder without .docx files is E_NOT_FOUND', async () => {
    const cwd = dirWith({ 'trong/ghi-chu.md': '# x' });
    const { code, doc } = await fixJson(['trong', '--out-dir', 'out'], cwd);
    expect(code).toBe(2);
    expect(doc.files[0]!.error!.code).toBe('E_NOT_FOUND');
  });
});

describe('fix.schema.json', () => {
  it('has an $id, allows additions, and a file with an error has nothing fixed', () => {
    expect(fixSchema.$id).toMatch(/^https:\/\//);
    const file = {
      path: 'a.docx',
      output: 'b.docx',
      backup: null,
      written: false,
      error: { code: 'E_CORRUPT', message: 'x' },
      fixed: {},
      applied: 0,
      skipped: [],
      remaining: [],
      stats: { errors: 0, warnings: 0, infos: 0 },
    };
    const doc = {
      version: 1,
      tool: { name: 'thethuc', version: '0.1.0' },
      dryRun: false,
      files: [file],
      summary: { files: 1, written: 0, fixed: 0, applied: 0, skipped: 0, errors: 0, warnings: 0, infos: 0, failedFiles: 1 },
    };
    expect(validateFix(doc)).toBe(true);
    expect(validateFix({ ...doc, extra: true })).toBe(true);
    expect(validateFix({ ...doc, files: [{ ...file, written: true }] })).toBe(false);
    expect(validateFix({ ...doc, files: [{ ...file, fixed: { [DATE]: 1 } }] })).toBe(false);
    expect(validateFix({ ...doc, files: [{ ...file, remaining: [{}] }] })).toBe(false);
    expect(validateFix({ ...doc, version: 2 })).toBe(false);
  });
});

