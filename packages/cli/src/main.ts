import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CheckOptions } from '@thethuc/core';
import { parseCommandLine } from './args.js';
import type { CheckCommand, HelpTopic } from './args.js';
import { discover } from './discover.js';
import { format } from './formatters/index.js';
import { CHECK_HELP, MAIN_HELP } from './help.js';
import type { Io } from './io.js';
import { buildReportDocument, exitCodeOf, tooManyWarnings } from './report.js';
import type { FileResult } from './report.js';
import { checkTarget } from './run.js';
import { VERSION } from './version.js';

/** Exit code of a usage error, an unwritable `--output`, or a file that could not be read (output.md). */
const EXIT_TROUBLE = 2;

function usageHint(topic: HelpTopic): string {
  return topic === 'check'
    ? 'Dùng `thethuc --help` hoặc `thethuc check --help` để xem cách dùng (see usage).'
    : 'Dùng `thethuc --help` để xem cách dùng (see usage).';
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Colours: `--color`/`--no-color` first, then `NO_COLOR` (any non-empty value, no-color.org), then
 * `FORCE_COLOR`, then whether stdout is a terminal. A report written to a file never has colours.
 */
export function useColor(command: Pick<CheckCommand, 'color' | 'output'>, io: Pick<Io, 'env' | 'isTTY'>): boolean {
  if (command.output !== null) return false;
  if (command.color !== null) return command.color;
  if (io.env.NO_COLOR) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return io.isTTY;
}

/**
 * The CLI, in-process: parses `argv` (without `node` and the script), does all I/O through `io` and
 * resolves to the exit code. Never throws.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const command = parseCommandLine(argv);
    switch (command.kind) {
      case 'help':
        io.stdout.write(command.topic === 'check' ? CHECK_HELP : MAIN_HELP);
        return 0;
      case 'version':
        io.stdout.write(`${VERSION}\n`);
        return 0;
      case 'usageError':
        io.stderr.write(`thethuc: ${command.message}\n${usageHint(command.topic)}\n`);
        return EXIT_TROUBLE;
      case 'check':
        return await runCheck(command, io);
    }
  } catch (err) {
    io.stderr.write(
      `thethuc: lỗi nội bộ (internal error): ${describe(err)}\n` +
        (err instanceof Error && err.stack ? `${err.stack}\n` : ''),
    );
    return EXIT_TROUBLE;
  }
}

async function runCheck(command: CheckCommand, io: Io): Promise<number> {
  const options: CheckOptions = { profile: command.profile, lang: command.lang };
  if (Object.keys(command.rules).length > 0) options.rules = { ...command.rules };
  if (command.debug) options.debug = true;

  // Loaded on demand: `--help`, usage errors and tests with an injected engine do not need the engine.
  const check = io.check ?? (await import('@thethuc/core')).check;
  const ctx = { check, options, readFile: io.readFile };
  const targets = await discover(command.patterns, io.cwd);
  const results: FileResult[] = [];
  // One at a time: the engine is synchronous, and one bad file never stops the batch (checkTarget never throws).
  for (const target of targets) {
    const result = await checkTarget(target, ctx);
    results.push(result);
    if (command.debug) writeDebug(io, result);
  }

  const doc = buildReportDocument(results, { quiet: command.quiet });
  const text = format(command.format, doc, { color: useColor(command, io), lang: command.lang });

  if (command.output !== null) {
    const target = path.resolve(io.cwd, command.output);
    try {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, text, 'utf8');
    } catch (err) {
      io.stderr.write(
        `thethuc: không ghi được báo cáo vào «${command.output}» (cannot write the report): ${describe(err)}\n`,
      );
      return EXIT_TROUBLE;
    }
  } else {
    io.stdout.write(text);
  }

  // On stderr: the json format owns stdout.
  if (tooManyWarnings(doc.summary, command.maxWarnings)) {
    io.stderr.write(
      `thethuc: quá nhiều cảnh báo (too many warnings): ${doc.summary.warnings} > --max-warnings ${command.maxWarnings}\n`,
    );
  }
  return exitCodeOf(doc.summary, command.maxWarnings);
}

function writeDebug(io: Io, result: FileResult): void {
  const { report } = result;
  const lines = report.notes.map((note) => `thethuc [debug] ${result.path}: ${note}`);
  if (report.skipped.length > 0) {
    lines.push(`thethuc [debug] ${result.path}: bỏ qua (skipped): ${report.skipped.join(', ')}`);
  }
  if (lines.length > 0) io.stderr.write(`${lines.join('\n')}\n`);
}
