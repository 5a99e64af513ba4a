import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImportCommand, RenderCommand } from './args.js';
import { WriteFailure, writeFileAtomic } from './atomic.js';
import { importDocx } from './import.js';
import type { Io } from './io.js';

/*
 * `thethuc render` (Markdown → .docx, by core's renderMarkdown) and `thethuc import` (.docx → Markdown).
 * Both read one file and write one file, atomically (a temporary file checked, then renamed), and never
 * overwrite an existing file without --force. Exit 0 when written, 2 otherwise (output.md).
 */

const EXIT_TROUBLE = 2;

function describe(err: unknown): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : null;
  return code ?? (err instanceof Error ? err.message : String(err));
}

/** `du-thao.md` → `du-thao.docx` (next to the input, as typed). */
function withExtension(input: string, ext: string): string {
  const parsed = path.parse(input);
  return path.join(parsed.dir, `${parsed.name}${ext}`);
}

async function readInput(io: Io, file: string): Promise<Uint8Array> {
  const absolute = path.resolve(io.cwd, file);
  return io.readFile ? io.readFile(absolute) : new Uint8Array(await readFile(absolute));
}

/** Write `bytes` to `output` (relative to the cwd); a message on stderr and false when it cannot. */
async function writeOutput(
  io: Io,
  output: string,
  bytes: Uint8Array,
  force: boolean,
  verify: (written: Uint8Array) => string | null,
): Promise<boolean> {
  const target = path.resolve(io.cwd, output);
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFileAtomic(target, bytes, {
      overwrite: force,
      displayName: output,
      verify: async (temp) => verify(new Uint8Array(await readFile(temp))),
    });
    return true;
  } catch (err) {
    const message =
      err instanceof WriteFailure
        ? err.message
        : `Không ghi được tệp «${output}» (${describe(err)}). / The file could not be written.`;
    io.stderr.write(`thethuc: ${message}\n`);
    return false;
  }
}

export async function runRender(command: RenderCommand, io: Io): Promise<number> {
  let source: string;
  try {
    const bytes = await readInput(io, command.input);
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (err) {
    const what = err instanceof TypeError ? 'không phải văn bản UTF-8 (not UTF-8 text)' : describe(err);
    io.stderr.write(`thethuc: không đọc được «${command.input}» (cannot read the draft): ${what}\n`);
    return EXIT_TROUBLE;
  }
  const core = await import('@thethuc/core');
  const result = core.renderMarkdown(source, command.profile ? { profile: command.profile } : {});
  if (!result.ok || !result.bytes) {
    const lines = result.problems.map((p) => `${command.input}:${p.line}:${p.column}: ${p.message}`);
    io.stderr.write(
      `${lines.join('\n')}\n` +
        `thethuc: phần đầu YAML của «${command.input}» không hợp lệ (${result.problems.length} lỗi); chưa ghi tệp nào. ` +
        `/ The front matter is invalid; nothing was written.\n`,
    );
    return EXIT_TROUBLE;
  }
  const output = command.output ?? withExtension(command.input, '.docx');
  const written = await writeOutput(io, output, result.bytes, command.force, (bytes) => {
    const read = core.readDocx(bytes);
    return read.ok ? null : `Tệp vừa ghi không đọc lại được (${read.error.code}); đã bỏ. / The written file did not read back.`;
  });
  if (!written) return EXIT_TROUBLE;
  io.stdout.write(`Đã ghi «${output}». Kiểm tra: thethuc check ${quote(output)} / Wrote ${output}.\n`);
  return 0;
}

export async function runImport(command: ImportCommand, io: Io): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = await readInput(io, command.input);
  } catch (err) {
    io.stderr.write(`thethuc: không đọc được «${command.input}» (cannot read the draft): ${describe(err)}\n`);
    return EXIT_TROUBLE;
  }
  const core = await import('@thethuc/core');
  const result = await importDocx(bytes, {
    readDocx: (b) => core.readDocx(b),
    recognize: core.recognize,
    profile: core.resolveProfile(command.profile),
  });
  if (!result.ok) {
    io.stderr.write(`thethuc: không đọc được «${command.input}» [${result.error.code}]: ${result.error.message}\n`);
    return EXIT_TROUBLE;
  }
  for (const note of result.notes) io.stderr.write(`thethuc: ${command.input}: lưu ý (note): ${note}\n`);
  const output = command.output ?? withExtension(command.input, '.md');
  const text = new TextEncoder().encode(result.markdown);
  const written = await writeOutput(io, output, text, command.force, (back) =>
    new TextDecoder().decode(back) === result.markdown ? null : 'Tệp vừa ghi khác nội dung đã chuyển; đã bỏ. / The written file differs; discarded.',
  );
  if (!written) return EXIT_TROUBLE;
  io.stdout.write(`Đã ghi «${output}». Trình bày lại: thethuc render ${quote(output)} / Wrote ${output}.\n`);
  return 0;
}

function quote(p: string): string {
  return /^[\w./\\:-]+$/.test(p) ? p : `"${p}"`;
}
