import { randomBytes } from 'node:crypto';
import { link, open, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';

/*
 * Writing a document atomically: the bytes go to a temporary file next to the target (same directory, so
 * the same file system), are flushed to disk, checked, and only then renamed over — or linked to — the
 * target. An interrupted run leaves at most a hidden `.<name>.<random>.tmp`, never a half-written .docx.
 */

export type WriteFailureCode = 'E_OUTPUT_EXISTS' | 'E_WRITE' | 'E_VERIFY';

export class WriteFailure extends Error {
  constructor(
    readonly code: WriteFailureCode,
    message: string,
  ) {
    super(message);
    this.name = 'WriteFailure';
  }
}

export interface AtomicWriteOptions {
  /** Replace an existing file. Without it an existing target is never touched (E_OUTPUT_EXISTS). */
  overwrite: boolean;
  /** Permission bits of the new file (an in-place fix keeps the original's). */
  mode?: number;
  /**
   * Called with the temporary file once it is on disk; a message means "do not keep it" (E_VERIFY) and
   * the temporary file is removed.
   */
  verify?: (tempPath: string) => Promise<string | null>;
  /** How messages name the target (the path as the user sees it); default the absolute path. */
  displayName?: string;
}

function errorCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch (err) {
    const code = errorCode(err);
    // Anything but "not there" counts as there: never overwrite what could not be inspected.
    return code !== 'ENOENT' && code !== 'ENOTDIR';
  }
}

function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

async function removeQuietly(file: string): Promise<void> {
  await unlink(file).catch(() => undefined);
}

/** Move the finished temporary file to `target` without ever clobbering an existing file. */
async function commitNoClobber(temp: string, target: string, name: string): Promise<void> {
  try {
    // link() fails with EEXIST instead of replacing: no window between "does it exist?" and the write.
    await link(temp, target);
    await removeQuietly(temp);
    return;
  } catch (err) {
    if (errorCode(err) === 'EEXIST') throw new WriteFailure('E_OUTPUT_EXISTS', existsMessage(name));
    // File systems without hard links (FAT, some network shares): check, then rename.
  }
  if (await exists(target)) throw new WriteFailure('E_OUTPUT_EXISTS', existsMessage(name));
  await rename(temp, target);
}

export function existsMessage(name: string): string {
  return `Tệp «${name}» đã có; thêm --force để ghi đè. / The file already exists; add --force to overwrite it.`;
}

export async function writeFileAtomic(target: string, bytes: Uint8Array, options: AtomicWriteOptions): Promise<void> {
  const temp = tempPathFor(target);
  const name = options.displayName ?? target;
  let committed = false;
  try {
    try {
      const handle = await open(temp, 'wx', options.mode ?? 0o666);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch (err) {
      throw new WriteFailure(
        'E_WRITE',
        `Không ghi được tệp «${name}» (${errorCode(err) ?? 'lỗi'}). / The file could not be written (${describe(err)}).`,
      );
    }

    const problem = options.verify ? await options.verify(temp) : null;
    if (problem !== null) throw new WriteFailure('E_VERIFY', problem);

    try {
      if (options.overwrite) await rename(temp, target);
      else await commitNoClobber(temp, target, name);
      committed = true;
    } catch (err) {
      if (err instanceof WriteFailure) throw err;
      throw new WriteFailure(
        'E_WRITE',
        `Không ghi được tệp «${name}» (${errorCode(err) ?? 'lỗi'}). / The file could not be written (${describe(err)}).`,
      );
    }
  } finally {
    if (!committed) await removeQuietly(temp);
  }
}
