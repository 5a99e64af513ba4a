import path from 'node:path';
import { readFile, stat } from 'node:fs/promises';
import type { CheckOptions } from '@thethuc/core';
import type { Target } from './discover.js';
import type { CheckFn } from './io.js';
import { checkMarkdown } from './markdown.js';
import type { FileError, FileReport, FileResult } from './report.js';
import { failedReport } from './failure.js';

/** Files above this are not read at all (a draft is a few MiB; anything bigger is a mistake or an attack). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export interface RunContext {
  check: CheckFn;
  options: CheckOptions;
  readFile?: (absolutePath: string) => Promise<Uint8Array>;
}

type InputKind = 'docx' | 'doc' | 'markdown' | 'other';

function inputKind(file: string): InputKind {
  switch (path.extname(file).toLowerCase()) {
    case '.docx':
      return 'docx';
    // Read anyway: the engine recognises the binary format and says how to convert it (E_LEGACY_DOC).
    case '.doc':
      return 'doc';
    case '.md':
    case '.markdown':
      return 'markdown';
    default:
      return 'other';
  }
}

function errorCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Why a file could not be read, as a typed error (E_NOT_FOUND, E_READ). */
export function readFailureError(err: unknown): FileError {
  const code = errorCode(err);
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return { code: 'E_NOT_FOUND', message: 'Không tìm thấy tệp. / No such file.' };
  }
  return {
    code: 'E_READ',
    message: `Không đọc được tệp (${code ?? 'lỗi'}). / The file could not be read (${describe(err)}).`,
  };
}

function readFailure(options: CheckOptions, err: unknown): FileReport {
  const error = readFailureError(err);
  return failedReport(options, error.code, error.message);
}

export type ReadOutcome = { ok: true; bytes: Uint8Array } | { ok: false; error: FileError };

/**
 * Read a draft from disk: not a directory, not above MAX_FILE_BYTES (checked before reading), as a plain
 * Uint8Array. Never throws.
 */
export async function readDraft(
  absolutePath: string,
  read: (absolutePath: string) => Promise<Uint8Array> = readFile,
): Promise<ReadOutcome> {
  try {
    const info = await stat(absolutePath);
    if (info.isDirectory()) {
      return { ok: false, error: { code: 'E_READ', message: 'Đây là thư mục, không phải tệp. / This is a directory, not a file.' } };
    }
    if (info.size > MAX_FILE_BYTES) {
      return {
        ok: false,
        error: {
          code: 'E_TOO_LARGE',
          message: `Tệp lớn hơn ${MAX_FILE_BYTES / 1024 / 1024} MiB nên không được đọc. / The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB and was not read.`,
        },
      };
    }
    const data = await read(absolutePath);
    // A plain Uint8Array view of the Buffer: the engine is host-neutral and should not see Node types.
    return { ok: true, bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
  } catch (err) {
    return { ok: false, error: readFailureError(err) };
  }
}

/** Check one target. Never throws: whatever goes wrong becomes the file's `error` (style.md §13). */
export async function checkTarget(target: Target, ctx: RunContext): Promise<FileResult> {
  const { options } = ctx;
  if (target.kind === 'failed') {
    return { path: target.path, report: failedReport(options, target.code, target.message) };
  }
  const result = (report: FileReport): FileResult => ({ path: target.path, report });

  const kind = inputKind(target.absolutePath);
  if (kind === 'other') {
    const ext = path.extname(target.absolutePath) || '(không có)';
    return result(
      failedReport(
        options,
        'E_UNSUPPORTED',
        `Không hỗ trợ loại tệp «${ext}»; thethuc kiểm tra tệp .docx và .md. / Unsupported file type «${ext}»: thethuc checks .docx and .md files.`,
      ),
    );
  }

  try {
    const info = await stat(target.absolutePath);
    if (info.isDirectory()) {
      return result(failedReport(options, 'E_READ', 'Đây là thư mục, không phải tệp. / This is a directory, not a file.'));
    }
    if (info.size > MAX_FILE_BYTES) {
      return result(
        failedReport(
          options,
          'E_TOO_LARGE',
          `Tệp lớn hơn ${MAX_FILE_BYTES / 1024 / 1024} MiB nên không được kiểm tra. / The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB and was not checked.`,
        ),
      );
    }
  } catch (err) {
    return result(readFailure(options, err));
  }

  let bytes: Uint8Array;
  try {
    const data = await (ctx.readFile ?? readFile)(target.absolutePath);
    // A plain Uint8Array view of the Buffer: the engine is host-neutral and should not see Node types.
    bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  } catch (err) {
    return result(readFailure(options, err));
  }

  try {
    const report = kind === 'markdown' ? checkMarkdown(bytes, options, ctx.check) : ctx.check(bytes, options);
    return result(report);
  } catch (err) {
    const report = failedReport(
      options,
      'E_INTERNAL',
      `Lỗi nội bộ khi kiểm tra tệp: ${describe(err)}. Xin báo lỗi kèm tệp nếu có thể. / Internal error while checking the file; please report it.`,
    );
    if (options.debug && err instanceof Error && err.stack) report.notes.push(err.stack);
    return result(report);
  }
}
