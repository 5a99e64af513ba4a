import { symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CheckOptions } from '@thethuc/core';
import type { CheckFn, ReportDocument } from '../src/index.js';
import { discover } from '../src/discover.js';
import { MAX_FILE_BYTES } from '../src/run.js';
import { fakeCheck, run, tempTree } from './helpers.js';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

function tree(files: Record<string, string | Uint8Array>): string {
  const t = tempTree(files);
  cleanups.push(t.cleanup);
  return t.dir;
}

async function json(argv: string[], cwd: string, check: CheckFn = fakeCheck()) {
  const r = await run(['check', '--format', 'json', ...argv], { cwd, check });
  return { ...r, doc: JSON.parse(r.stdout) as ReportDocument };
}

describe('discovery', () => {
  it('searches directories recursively for .docx and .md, skipping node_modules, .git and Word lock files', async () => {
    const dir = tree({
      'b.docx': 'x',
      'a.docx': 'x',
      'sub/c.md': '# x',
      'sub/deeper/D.DOCX': 'x',
      'sub/~$a.docx': 'lock',
      'sub/notes.txt': 'x',
      'sub/old.doc': 'x',
      'node_modules/pkg/e.docx': 'x',
      '.git/f.docx': 'x',
    });
    const targets = await discover(['.'], dir);
    expect(targets.map((t) => t.path)).toEqual(['a.docx', 'b.docx', 'sub/c.md', 'sub/deeper/D.DOCX']);
  });

  it('expands globs, sorted, each file once even when named twice', async () => {
    const dir = tree({ 'drafts/z.docx': 'x', 'drafts/a.docx': 'x', 'drafts/sub/m.docx': 'x', 'drafts/~$z.docx': 'l', 'x.pdf': 'x' });
    const targets = await discover(['drafts/**/*.docx', 'drafts/a.docx', 'drafts'], dir);
    expect(targets.map((t) => t.path)).toEqual(['drafts/a.docx', 'drafts/sub/m.docx', 'drafts/z.docx']);
  });

  it('reports paths relative to the working directory with forward slashes, also for absolute arguments', async () => {
    const dir = tree({ 'drafts/sub/a.docx': 'x' });
    const targets = await discover([path.join(dir, 'drafts')], dir);
    expect(targets).toEqual([{ kind: 'file', path: 'drafts/sub/a.docx', absolutePath: path.join(dir, 'drafts/sub/a.docx') }]);
  });

  it('follows symbolic links to files', async () => {
    const dir = tree({ 'real/a.docx': 'x', 'links/.keep': '' });
    symlinkSync(path.join(dir, 'real/a.docx'), path.join(dir, 'links/b.docx'));
    const targets = await discover(['links'], dir);
    expect(targets.map((t) => t.path)).toEqual(['links/b.docx']);
  });
});

describe('files that cannot be checked are results, and the batch goes on', () => {
  it('E_NOT_FOUND for a missing path, an empty glob and a directory without drafts; the others are checked', async () => {
    const dir = tree({ 'ok.docx': 'x', 'empty/readme.txt': 'x' });
    const { code, doc, stderr } = await json(['missing.docx', 'ok.docx', 'nothing/*.docx', 'empty'], dir);
    expect(code).toBe(2);
    expect(stderr).toBe('');
    expect(doc.files.map((f) => [f.path, f.error?.code ?? null])).toEqual([
      ['empty', 'E_NOT_FOUND'],
      ['missing.docx', 'E_NOT_FOUND'],
      ['nothing/*.docx', 'E_NOT_FOUND'],
      ['ok.docx', null],
    ]);
    expect(doc.summary).toMatchObject({ files: 4, failedFiles: 3 });
    for (const f of doc.files.filter((f) => f.error)) {
      expect(f.diagnostics).toEqual([]);
      expect(f.profile).toBe('party');
      expect(f.error!.message).toMatch(/ \/ /);
    }
  });

  it('E_UNSUPPORTED for other extensions, without calling the engine', async () => {
    const dir = tree({ 'scan.pdf': '%PDF', 'ok.docx': 'x' });
    const check = fakeCheck();
    const { code, doc } = await json(['scan.pdf', 'ok.docx'], dir, check);
    expect(code).toBe(2);
    expect(doc.files[1]).toMatchObject({ path: 'scan.pdf', error: { code: 'E_UNSUPPORTED' } });
    expect(doc.files[1]!.error!.message).toContain('.pdf');
    expect(check.calls).toHaveLength(1);
  });

  it('Markdown drafts: decoded as UTF-8 and handed to the engine as text', async () => {
    const dir = tree({ 'nghi-quyet.md': '---\nissuer:\n  name: CHI BỘ ẤP 3\n---\n\nChi bộ họp.\n', 'latin1.md': new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0xff, 0x0a]) });
    const check = fakeCheck();
    const seen: unknown[] = [];
    const spy = Object.assign((input: Uint8Array | string, options?: CheckOptions) => {
      seen.push(input);
      return check(input, options);
    }, { calls: check.calls });
    const { code, doc } = await json(['nghi-quyet.md', 'latin1.md'], dir, spy);
    expect(seen).toEqual([expect.stringContaining('CHI BỘ ẤP 3')]);
    expect(doc.files.find((f) => f.path === 'latin1.md')!.error).toMatchObject({ code: 'E_CORRUPT' });
    expect(code).toBe(2);
  });

  it('a .doc is read and handed to the engine, which reports E_LEGACY_DOC', async () => {
    const dir = tree({ 'old.doc': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]) });
    const seen: number[] = [];
    const check = (input: Uint8Array | string) => {
      seen.push((input as Uint8Array)[0]!);
      return { ...fakeCheck()(input), error: { code: 'E_LEGACY_DOC' as const, message: 'Tệp .doc cũ.' } };
    };
    const { code, doc } = await json(['old.doc'], dir, check);
    expect(seen).toEqual([0xd0]);
    expect(code).toBe(2);
    expect(doc.files[0]!.error!.code).toBe('E_LEGACY_DOC');
  });

  it('an unreadable file is reported and the next file is still checked', async () => {
    const dir = tree({ 'a.docx': 'x', 'b.docx': 'x' });
    const { code, doc } = await run(['check', '--format', 'json', '.'], {
      cwd: dir,
      check: fakeCheck(),
      readFile: async (file) => {
        if (file.endsWith('a.docx')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
        return new Uint8Array([1]);
      },
    }).then((r) => ({ ...r, doc: JSON.parse(r.stdout) as ReportDocument }));
    expect(code).toBe(2);
    expect(doc.files.map((f) => f.error?.code ?? null)).toEqual(['E_READ', null]);
    expect(doc.files[0]!.error!.message).toContain('EACCES');
  });

  it('an engine that throws gives E_INTERNAL for that file only', async () => {
    const dir = tree({ 'a.docx': 'boom', 'b.docx': 'x' });
    const ok = fakeCheck();
    const check = (input: Uint8Array | string) => {
      if (new TextDecoder().decode(input as Uint8Array) === 'boom') throw new Error('kaboom');
      return ok(input);
    };
    const { code, doc } = await json(['.'], dir, check);
    expect(code).toBe(2);
    expect(doc.files[0]).toMatchObject({ path: 'a.docx', error: { code: 'E_INTERNAL' } });
    expect(doc.files[0]!.error!.message).toContain('kaboom');
    expect(doc.files[1]).toMatchObject({ path: 'b.docx', error: null });
  });

  it('E_TOO_LARGE above 64 MiB, without reading the file', async () => {
    const dir = tree({ 'huge.docx': '', 'ok.docx': 'x' });
    truncateSync(path.join(dir, 'huge.docx'), MAX_FILE_BYTES + 1); // sparse: no 64 MiB written
    const read: string[] = [];
    const { code, doc } = await run(['check', '--format', 'json', '.'], {
      cwd: dir,
      check: fakeCheck(),
      readFile: async (file) => {
        read.push(path.basename(file));
        return new Uint8Array([1]);
      },
    }).then((r) => ({ ...r, doc: JSON.parse(r.stdout) as ReportDocument }));
    expect(code).toBe(2);
    expect(read).toEqual(['ok.docx']);
    expect(doc.files[0]).toMatchObject({ path: 'huge.docx', error: { code: 'E_TOO_LARGE' } });
  });

  it('stylish lists unreadable files with their code and still the summary', async () => {
    const dir = tree({ 'ok.docx': 'x' });
    writeFileSync(path.join(dir, 'scan.pdf'), 'x');
    const r = await run(['check', 'ok.docx', 'scan.pdf', 'gone.docx'], { cwd: dir, check: fakeCheck() });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('gone.docx\n  không đọc được: E_NOT_FOUND — ');
    expect(r.stdout).toContain('scan.pdf\n  không đọc được: E_UNSUPPORTED — ');
    expect(r.stdout).toContain('2 tệp không đọc được');
  });
});
