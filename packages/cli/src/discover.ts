import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** What a command-line argument turned into: a file to check, or an entry that reports why there is none. */
export type Target =
  | { kind: 'file'; path: string; absolutePath: string }
  | { kind: 'failed'; path: string; code: 'E_NOT_FOUND' | 'E_READ'; message: string };

/** Extensions picked up when searching directories and expanding globs. Explicit paths are taken as given. */
export const DRAFT_EXTENSIONS = ['.docx', '.md'] as const;

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

/** `~$name.docx`: the owner file Word keeps next to an open document — not a draft. */
export function isWordLockFile(name: string): boolean {
  return name.startsWith('~$');
}

export function isDraftName(name: string): boolean {
  const ext = path.extname(name).toLowerCase();
  return (DRAFT_EXTENSIONS as readonly string[]).includes(ext) && !isWordLockFile(name);
}

/** Path as reported: relative to the working directory, forward slashes (output.md). */
export function displayPath(cwd: string, absolutePath: string): string {
  const rel = path.relative(cwd, absolutePath) || path.basename(absolutePath);
  return rel.split(path.sep).join('/');
}

function errorCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}

async function walk(dir: string, cwd: string, out: Target[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    out.push({
      kind: 'failed',
      path: displayPath(cwd, dir),
      code: 'E_READ',
      message: `Không đọc được thư mục (${errorCode(err) ?? 'lỗi'}). / The directory could not be read (${describe(err)}).`,
    });
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) await walk(full, cwd, out);
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      if (!isDraftName(entry.name)) continue;
      // Symbolic links to files are followed; links to directories are not (no cycles).
      if (entry.isSymbolicLink()) {
        const info = await stat(full).catch(() => null);
        if (!info?.isFile()) continue;
      }
      out.push({ kind: 'file', path: displayPath(cwd, full), absolutePath: full });
    }
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

async function expand(pattern: string, cwd: string): Promise<Target[]> {
  const absolutePath = path.resolve(cwd, pattern);
  let info;
  try {
    info = await stat(absolutePath);
  } catch (err) {
    const code = errorCode(err);
    if (code !== 'ENOENT' && code !== 'ENOTDIR') {
      // It exists but cannot be inspected: let the reader report why.
      return [{ kind: 'file', path: displayPath(cwd, absolutePath), absolutePath }];
    }
  }

  if (info?.isFile()) return [{ kind: 'file', path: displayPath(cwd, absolutePath), absolutePath }];
  if (info?.isDirectory()) {
    const found: Target[] = [];
    await walk(absolutePath, cwd, found);
    if (found.length > 0) return found;
    return [
      {
        kind: 'failed',
        path: displayPath(cwd, absolutePath),
        code: 'E_NOT_FOUND',
        message: `Thư mục «${pattern}» không có tệp .docx hay .md nào. / The directory contains no .docx or .md file.`,
      },
    ];
  }

  // Not a path on disk: a glob, if it has glob syntax (an existing path with brackets stays a path).
  const normalized = process.platform === 'win32' ? pattern.replaceAll('\\', '/') : pattern;
  if (isDynamicPattern(normalized)) {
    let matches: string[];
    try {
      matches = await glob(normalized, {
        cwd,
        absolute: true,
        onlyFiles: true,
        ignore: ['**/node_modules/**', '**/.git/**'],
      });
    } catch {
      // An unusable pattern matches nothing: reported below like any empty glob, never a crash.
      matches = [];
    }
    const files = matches
      .map((m) => path.resolve(m))
      .filter((m) => isDraftName(path.basename(m)))
      .map((m): Target => ({ kind: 'file', path: displayPath(cwd, m), absolutePath: m }));
    if (files.length > 0) return files;
    return [
      {
        kind: 'failed',
        path: pattern,
        code: 'E_NOT_FOUND',
        message: `Không có tệp .docx hay .md nào khớp mẫu «${pattern}». / No .docx or .md file matches the pattern.`,
      },
    ];
  }

  return [
    {
      kind: 'failed',
      path: displayPath(cwd, absolutePath),
      code: 'E_NOT_FOUND',
      message: `Không tìm thấy tệp hay thư mục «${pattern}». / No such file or directory.`,
    },
  ];
}

/**
 * Turn the arguments into targets: each file once, sorted by path (code-unit order, the same on every
 * machine), so reports are deterministic.
 */
export async function discover(patterns: readonly string[], cwd: string): Promise<Target[]> {
  const byKey = new Map<string, Target>();
  for (const pattern of patterns) {
    for (const target of await expand(pattern, cwd)) {
      const key = target.kind === 'file' ? target.absolutePath : `failed:${target.path}`;
      if (!byKey.has(key)) byKey.set(key, target);
    }
  }
  return [...byKey.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
