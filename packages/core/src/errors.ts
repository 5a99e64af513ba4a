/**
 * Typed read errors: a bad file is a result, never a crash (style.md §13).
 * Codes are public API (output.md).
 */
export type ReadErrorCode =
  | 'E_NOT_FOUND'
  | 'E_NOT_DOCX'
  | 'E_LEGACY_DOC'
  | 'E_ENCRYPTED'
  | 'E_CORRUPT'
  | 'E_TOO_LARGE'
  | 'E_UNSUPPORTED'
  | 'E_INTERNAL';

export interface ReadError {
  code: ReadErrorCode;
  /** Vietnamese first, then English. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ReadError };

/** Thrown inside readers only; converted to a `ReadError` at the reader boundary. */
export class ReadFailure extends Error {
  constructor(
    readonly code: ReadErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ReadFailure';
  }
}

export function fail(code: ReadErrorCode, message: string): never {
  throw new ReadFailure(code, message);
}

/** Convert anything thrown inside a reader into a typed error — never let a raw exception out. */
export function toReadError(err: unknown): ReadError {
  if (err instanceof ReadFailure) return { code: err.code, message: err.message };
  if (err instanceof RangeError) {
    // e.g. "Invalid array length" / "Maximum call stack size exceeded" on hostile input
    return { code: 'E_TOO_LARGE', message: `Tệp vượt quá giới hạn xử lý. / The file exceeds processing limits (${err.message}).` };
  }
  const detail = err instanceof Error ? err.message : String(err);
  return { code: 'E_CORRUPT', message: `Tệp bị hỏng, không đọc được. / The file is corrupt and cannot be read (${detail}).` };
}
