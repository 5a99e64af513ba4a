import { mkdir, readFile, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { CheckOptions, Diagnostic, DocModel, FixOp, FixOptions, FixReport, Result } from '@thethuc/core';
import type { FixCommand } from './args.js';
import { existsMessage, exists, WriteFailure, writeFileAtomic } from './atomic.js';
import { discover, displayPath, isWordLockFile } from './discover.js';
import type { Target } from './discover.js';
import type { CheckFn, FixFn } from './io.js';
import { toOutputDiagnostic } from './report.js';
import type { FileError, OutputDiagnostic } from './report.js';
import { readDraft } from './run.js';
import { TOOL_NAME, VERSION } from './version.js';

/*
 * `thethuc fix`: plan where every fixed draft goes (refusing anything that could overwrite an input), then
 * per file: read → core's fixDocx → write a temporary file → re-read it from disk and check it → rename.
 * One bad file never stops the batch; every outcome is a FixFileEntry (public JSON, schemas/fix.schema.json).
 */

export type ReadDocxFn = (input: Uint8Array) => Result<DocModel>;

export interface SkippedEntry {
  /** The rule whose fix it was, when known. */
  ruleId: string | null;
  /** The operation kind: `replaceText`, `setRunProps`, `setParagraphProps`, `setPageSetup`. */
  op: FixOp['op'];
  paragraph: number | null;
  /** Why the writer refused it (from core, English). */
  reason: string;
  /** The operation itself, as plain data. */
  operation: FixOp;
}

export interface FixFileEntry {
  /** The input, relative to the working directory, forward slashes. */
  path: string;
  /** Where the fixed draft goes (the input itself with --in-place); null for a dry run without -o/--out-dir. */
  output: string | null;
  /** The copy of the original an in-place fix writes first; else null. */
  backup: string | null;
  /** The output was written (false on a dry run, on an error, or in place when there was nothing to fix). */
  written: boolean;
  error: FileError | null;
  /** Findings fixed, by rule id. */
  fixed: Record<string, number>;
  /** Fix operations applied. */
  applied: number;
  skipped: SkippedEntry[];
  /** What a check of the fixed draft still reports. */
  remaining: OutputDiagnostic[];
  stats: { errors: number; warnings: number; infos: number };
}

export interface FixSummary {
  files: number;
  written: number;
  fixed: number;
  applied: number;
  skipped: number;
  errors: number;
  warnings: number;
  infos: number;
  failedFiles: number;
}

export interface FixDocument {
  version: 1;
  tool: { name: string; version: string };
  dryRun: boolean;
  files: FixFileEntry[];
  summary: FixSummary;
}

export interface FixEngine {
  fix: FixFn;
  check: CheckFn;
  readDocx: ReadDocxFn;
}

export interface FixContext {
  engine: FixEngine;
  cwd: string;
  readFile?: (absolutePath: string) => Promise<Uint8Array>;
}

/** A mistake in the command line found while planning: nothing has been read or written. */
export class PlanError extends Error {}

interface Job {
  kind: 'job';
  path: string;
  absolutePath: string;
  output: string | null;
  backup: string | null;
  inPlace: boolean;
}

type Planned = Job | { kind: 'failed'; path: string; error: FileError };

function errorCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** `du-thao.docx` → `du-thao.bak.docx`: still opens in Word, and is not picked up by a later `fix dir/`. */
export function defaultBackupPath(input: string): string {
  const ext = path.extname(input);
  return path.join(path.dirname(input), `${path.basename(input, ext)}.bak${ext || '.docx'}`);
}

export function isBackupName(name: string): boolean {
  return /\.bak\.docx$/i.test(name);
}

/** Same file: the same path, or (both existing) the same inode — hard links, symbolic links, case-folding file systems. */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([stat(a), stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino && sa.ino !== 0;
  } catch {
    return false;
  }
}

function commonDirectory(files: readonly string[]): string {
  const parts = files.map((f) => path.dirname(f).split(path.sep));
  const first = parts[0] ?? [];
  let n = first.length;
  for (const p of parts) {
    let i = 0;
    while (i < n && i < p.length && p[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, n).join(path.sep) || path.sep;
}

/**
 * Inputs as given: an existing file is taken whatever its name; directories and globs contribute their
 * `.docx` files only — not Markdown (not fixable yet), not Word's `~$` lock files, not our own `.bak.docx`
 * backups (a second `fix dir/ --in-place` must not fix the backups of the first).
 */
async function expandInputs(patterns: readonly string[], cwd: string): Promise<Target[]> {
  const byKey = new Map<string, Target>();
  for (const pattern of patterns) {
    const info = await stat(path.resolve(cwd, pattern)).catch(() => null);
    let targets = await discover([pattern], cwd);
    if (!info?.isFile()) {
      const found = targets.filter((t) => t.kind === 'failed' || isFixableName(path.basename(t.absolutePath)));
      if (found.length === 0) {
        found.push({
          kind: 'failed',
          path: info ? displayPath(cwd, path.resolve(cwd, pattern)) : pattern,
          code: 'E_NOT_FOUND',
          message: `Không có tệp .docx nào ở «${pattern}». / No .docx file found there.`,
        });
      }
      targets = found;
    }
    for (const target of targets) {
      const key = target.kind === 'file' ? target.absolutePath : `failed:${target.path}`;
      if (!byKey.has(key)) byKey.set(key, target);
    }
  }
  return [...byKey.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function isFixableName(name: string): boolean {
  return path.extname(name).toLowerCase() === '.docx' && !isWordLockFile(name) && !isBackupName(name);
}

/**
 * Where each input goes. Throws PlanError for what must never happen: an output that is an input (without
 * --in-place), two inputs fixed into one output, a backup that is the input.
 */
export async function plan(command: FixCommand, cwd: string): Promise<Planned[]> {
  const targets = await expandInputs(command.inputs, cwd);
  const files = targets.filter((t): t is Extract<Target, { kind: 'file' }> => t.kind === 'file');

  if (command.output !== null && files.length > 1) {
    throw new PlanError(
      `-o chỉ dùng cho một bản thảo, nhưng có ${files.length} tệp; hãy dùng --out-dir <thư mục> hoặc --in-place ` +
        `(-o takes a single input; ${files.length} files matched: use --out-dir or --in-place).`,
    );
  }
  if (command.backup !== null && files.length > 1) {
    throw new PlanError(`--backup chỉ dùng cho một bản thảo, nhưng có ${files.length} tệp (--backup takes a single input).`);
  }

  const root = commonDirectory(files.map((f) => f.absolutePath));
  const planned: Planned[] = [];
  const outputs = new Map<string, string>();
  for (const target of targets) {
    if (target.kind === 'failed') {
      planned.push({ kind: 'failed', path: target.path, error: { code: target.code, message: target.message } });
      continue;
    }
    const input = target.absolutePath;
    let output: string | null = null;
    let inPlace = command.inPlace;
    if (command.output !== null) {
      output = path.resolve(cwd, command.output);
      const same = await sameFile(output, input);
      if (same && !command.inPlace) {
        throw new PlanError(
          `-o «${command.output}» chính là bản thảo gốc; thethuc không ghi đè bản gốc trừ khi có --in-place ` +
            '(the output is the input: add --in-place to overwrite it, with a backup).',
        );
      }
      if (!same && command.inPlace) {
        throw new PlanError('--in-place ghi vào chính bản thảo; bỏ -o hoặc bỏ --in-place (--in-place writes the input itself: drop -o or --in-place).');
      }
    } else if (command.outDir !== null) {
      output = path.join(path.resolve(cwd, command.outDir), path.relative(root, input));
      if (await sameFile(output, input)) {
        throw new PlanError(
          `--out-dir «${command.outDir}» sẽ ghi đè bản thảo gốc «${target.path}»; chọn thư mục khác hoặc dùng --in-place ` +
            '(the output directory would overwrite the input: pick another one, or use --in-place).',
        );
      }
    } else if (inPlace) {
      output = input;
    }
    if (output === input) inPlace = true;

    let backup: string | null = null;
    if (inPlace) {
      backup = command.backup !== null ? path.resolve(cwd, command.backup) : defaultBackupPath(input);
      if (await sameFile(backup, input)) {
        throw new PlanError('Bản sao lưu (--backup) không được trùng bản thảo gốc (the backup must not be the input).');
      }
    }

    if (output !== null) {
      const other = outputs.get(output);
      if (other !== undefined) {
        throw new PlanError(
          `Hai bản thảo «${other}» và «${target.path}» sẽ ghi cùng một tệp «${displayPath(cwd, output)}» ` +
            '(two inputs would be written to the same output).',
        );
      }
      outputs.set(output, target.path);
    }
    planned.push({ kind: 'job', path: target.path, absolutePath: input, output, backup, inPlace });
  }
  return planned;
}

function countSeverities(diagnostics: readonly OutputDiagnostic[]): FixFileEntry['stats'] {
  const stats = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (d.severity === 'error') stats.errors++;
    else if (d.severity === 'warning') stats.warnings++;
    else stats.infos++;
  }
  return stats;
}

/** Core reports skipped operations without their rule: find it among the findings that carry the same operation. */
function skippedEntries(report: FixReport): SkippedEntry[] {
  const ruleOf = new Map<string, string>();
  for (const d of report.remaining) for (const op of d.fix?.ops ?? []) ruleOf.set(JSON.stringify(op), d.ruleId);
  return report.skipped.map(({ op, reason }) => ({
    ruleId: ruleOf.get(JSON.stringify(op)) ?? null,
    op: op.op,
    paragraph: 'paragraph' in op ? op.paragraph : null,
    reason,
    operation: op,
  }));
}

/**
 * Does the fixed package still hold the document? It must read (check's `error === null`), keep every
 * paragraph, table block and section, and no paragraph that had text may have become empty. A fix changes
 * properties and spans of text — never the structure — so anything else is a writer bug: do not keep it.
 */
export function verifyFixed(original: Uint8Array, fixed: Uint8Array, engine: FixEngine, options: CheckOptions): string | null {
  const report = engine.check(fixed, options);
  if (report.error) {
    return `Bản đã sửa không đọc lại được (${report.error.code}: ${report.error.message}); không giữ lại. / The fixed draft does not read back; it was not kept.`;
  }
  const before = engine.readDocx(original);
  const after = engine.readDocx(fixed);
  if (!before.ok) return null; // fixDocx read it, so this cannot happen; nothing to compare against.
  if (!after.ok) {
    return `Bản đã sửa không đọc lại được (${after.error.code}); không giữ lại. / The fixed draft does not read back; it was not kept.`;
  }
  const a = before.value;
  const b = after.value;
  const lost: string[] = [];
  if (a.paragraphs.length !== b.paragraphs.length) lost.push(`đoạn văn / paragraphs ${a.paragraphs.length} → ${b.paragraphs.length}`);
  if (a.blocks.length !== b.blocks.length) lost.push(`khối / blocks ${a.blocks.length} → ${b.blocks.length}`);
  if (a.sections.length !== b.sections.length) lost.push(`mục / sections ${a.sections.length} → ${b.sections.length}`);
  if (lost.length === 0) {
    const emptied = a.paragraphs.findIndex((p, i) => p.text.trim() !== '' && b.paragraphs[i]!.text.trim() === '');
    if (emptied !== -1) lost.push(`đoạn ¶${emptied + 1} bị mất chữ / paragraph ¶${emptied + 1} lost its text`);
  }
  if (lost.length > 0) {
    return `Bản đã sửa khác cấu trúc bản gốc (${lost.join('; ')}); không giữ lại. / The fixed draft lost content; it was not kept.`;
  }
  return null;
}

function emptyEntry(pathLabel: string, error: FileError | null): FixFileEntry {
  return {
    path: pathLabel,
    output: null,
    backup: null,
    written: false,
    error,
    fixed: {},
    applied: 0,
    skipped: [],
    remaining: [],
    stats: { errors: 0, warnings: 0, infos: 0 },
  };
}

/** A file that failed after fixing in memory: nothing was kept, so nothing was fixed. */
function failAfterFix(entry: FixFileEntry, error: FileError): FixFileEntry {
  entry.error = error;
  entry.written = false;
  entry.fixed = {};
  entry.applied = 0;
  entry.skipped = [];
  entry.remaining = [];
  entry.stats = { errors: 0, warnings: 0, infos: 0 };
  return entry;
}

function backupExists(entry: FixFileEntry): FileError {
  return {
    code: 'E_BACKUP_EXISTS',
    message:
      `Bản sao lưu «${entry.backup}» đã có; thêm --force để ghi đè, hoặc chọn chỗ khác bằng --backup <tệp>. ` +
      '/ The backup already exists; add --force to overwrite it, or choose another with --backup.',
  };
}

function asFileError(err: unknown): FileError {
  if (err instanceof WriteFailure) return { code: err.code, message: err.message };
  return {
    code: 'E_INTERNAL',
    message: `Lỗi nội bộ khi sửa tệp: ${describe(err)}. Xin báo lỗi kèm tệp nếu có thể. / Internal error while fixing the file; please report it.`,
  };
}

export function fixOptionsOf(command: FixCommand): FixOptions {
  const options: FixOptions = { profile: command.profile, lang: command.lang };
  if (Object.keys(command.rules).length > 0) options.rules = { ...command.rules };
  if (command.only.length > 0) options.only = [...command.only];
  if (command.unsafe) options.unsafe = true;
  return options;
}

/** Fix one planned input. Never throws: whatever goes wrong becomes the entry's `error`. */
export async function fixOne(item: Planned, command: FixCommand, ctx: FixContext): Promise<FixFileEntry> {
  if (item.kind === 'failed') return emptyEntry(item.path, item.error);
  const { cwd, engine } = ctx;
  const entry = emptyEntry(item.path, null);
  entry.output = item.output === null ? null : displayPath(cwd, item.output);
  entry.backup = item.backup === null ? null : displayPath(cwd, item.backup);

  const ext = path.extname(item.absolutePath).toLowerCase();
  // A legacy .doc goes to the engine, which says how to convert it (E_LEGACY_DOC).
  if (ext !== '.docx' && ext !== '.doc') {
    const shown = ext || '(không có)';
    entry.error = {
      code: 'E_UNSUPPORTED',
      message:
        ext === '.md' || ext === '.markdown'
          ? 'thethuc fix chưa sửa được bản thảo Markdown; hiện chỉ sửa tệp .docx. / Markdown drafts cannot be fixed yet; only .docx files.'
          : `thethuc fix chỉ sửa tệp .docx, không sửa «${shown}». / thethuc fix only fixes .docx files, not «${shown}».`,
    };
    return entry;
  }

  const read = await readDraft(item.absolutePath, ctx.readFile ?? readFile);
  if (!read.ok) {
    entry.error = read.error;
    return entry;
  }
  const input = read.bytes;

  // Refuse early, before any work: the same check happens again, race-free, when the file is committed.
  if (!command.force && !item.inPlace && item.output !== null && (await exists(item.output))) {
    entry.error = { code: 'E_OUTPUT_EXISTS', message: existsMessage(entry.output!) };
    return entry;
  }

  const options = fixOptionsOf(command);
  let report: FixReport;
  try {
    report = engine.fix(input, options);
  } catch (err) {
    entry.error = asFileError(err);
    return entry;
  }
  if (report.error) {
    entry.error = { code: report.error.code, message: report.error.message };
    return entry;
  }

  entry.fixed = { ...report.fixed };
  entry.applied = report.applied;
  entry.skipped = skippedEntries(report);
  entry.remaining = report.remaining.map((d: Diagnostic) => toOutputDiagnostic(d));
  entry.stats = countSeverities(entry.remaining);
  const checkOptions: CheckOptions = { profile: options.profile, lang: options.lang };
  if (options.rules) checkOptions.rules = options.rules;

  // In place, the backup matters only when there is something to write (a dry run predicts the refusal).
  if (item.inPlace && report.applied > 0 && !command.force && (await exists(item.backup!))) {
    return failAfterFix(entry, backupExists(entry));
  }

  let createdBackup: string | null = null;
  try {
    if (command.dryRun) {
      // Nothing is written; the fixed bytes are still checked, so a dry run predicts a real one.
      const problem = report.applied > 0 ? verifyFixed(input, report.bytes, engine, checkOptions) : null;
      return problem === null ? entry : failAfterFix(entry, { code: 'E_VERIFY', message: problem });
    }
    if (item.output === null) return entry;
    // In place with nothing to fix: the draft stays as it is, no backup needed.
    if (item.inPlace && report.applied === 0) return entry;

    const verify = async (tempPath: string): Promise<string | null> => {
      const data = await readFile(tempPath);
      return verifyFixed(input, new Uint8Array(data.buffer, data.byteOffset, data.byteLength), engine, checkOptions);
    };

    if (item.inPlace) {
      const backup = item.backup!;
      const mode = (await stat(item.absolutePath)).mode & 0o777;
      const hadBackup = await exists(backup);
      // The original is safe on disk before the input is touched.
      await writeFileAtomic(backup, input, { overwrite: command.force, mode, displayName: entry.backup! });
      if (!hadBackup) createdBackup = backup;
      await writeFileAtomic(item.absolutePath, report.bytes, { overwrite: true, mode, verify, displayName: entry.output! });
    } else {
      await ensureDirectory(path.dirname(item.output));
      await writeFileAtomic(item.output, report.bytes, { overwrite: command.force, verify, displayName: entry.output! });
    }
    entry.written = true;
    return entry;
  } catch (err) {
    // The input was not replaced: a backup made by this run would only be a stray copy.
    if (createdBackup !== null) await unlink(createdBackup).catch(() => undefined);
    if (err instanceof WriteFailure && err.code === 'E_OUTPUT_EXISTS' && item.inPlace) return failAfterFix(entry, backupExists(entry));
    return failAfterFix(entry, asFileError(err));
  }
}

async function ensureDirectory(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    throw new WriteFailure(
      'E_WRITE',
      `Không tạo được thư mục «${dir}» (${errorCode(err) ?? 'lỗi'}). / The directory could not be created (${describe(err)}).`,
    );
  }
}

export function summarizeFix(files: readonly FixFileEntry[]): FixSummary {
  const summary: FixSummary = { files: files.length, written: 0, fixed: 0, applied: 0, skipped: 0, errors: 0, warnings: 0, infos: 0, failedFiles: 0 };
  for (const f of files) {
    if (f.written) summary.written++;
    for (const n of Object.values(f.fixed)) summary.fixed += n;
    summary.applied += f.applied;
    summary.skipped += f.skipped.length;
    summary.errors += f.stats.errors;
    summary.warnings += f.stats.warnings;
    summary.infos += f.stats.infos;
    if (f.error) summary.failedFiles++;
  }
  return summary;
}

export function buildFixDocument(files: FixFileEntry[], dryRun: boolean): FixDocument {
  return { version: 1, tool: { name: TOOL_NAME, version: VERSION }, dryRun, files, summary: summarizeFix(files) };
}

/** 2 when a file could not be read, fixed or written; else 1 when error-severity findings remain; else 0. */
export function fixExitCode(summary: FixSummary): 0 | 1 | 2 {
  if (summary.failedFiles > 0) return 2;
  if (summary.errors > 0) return 1;
  return 0;
}
