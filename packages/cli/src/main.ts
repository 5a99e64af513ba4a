import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CheckOptions } from '@thethuc/core';
import { parseCommandLine } from './args.js';
import { suggestRuleIds } from './args.js';
import type { CheckCommand, ExplainCommand, FixCommand, HelpTopic, RulesCommand } from './args.js';
import { buildRuleList, formatExplain } from './catalog.js';
import { runImport, runRender } from './convert.js';
import { discover } from './discover.js';
import { buildFixDocument, fixExitCode, fixOne, plan, PlanError } from './fix.js';
import type { FixFileEntry } from './fix.js';
import { formatFixJson, formatFixStylish } from './formatters/fix.js';
import { format } from './formatters/index.js';
import { formatRulesJson, formatRulesStylish } from './formatters/rules.js';
import { helpText } from './help.js';
import type { Io } from './io.js';
import { buildReportDocument, exitCodeOf, tooManyWarnings } from './report.js';
import type { FileResult } from './report.js';
import { checkTarget } from './run.js';
import { VERSION } from './version.js';

/** Exit code of a usage error, an unwritable `--output`, or a file that could not be read (output.md). */
const EXIT_TROUBLE = 2;

function usageHint(topic: HelpTopic): string {
  return topic !== 'main'
    ? `Dùng \`thethuc --help\` hoặc \`thethuc ${topic} --help\` để xem cách dùng (see usage).`
    : 'Dùng `thethuc --help` để xem cách dùng (see usage).';
}

function usageError(io: Io, topic: HelpTopic, message: string): number {
  io.stderr.write(`thethuc: ${message}\n${usageHint(topic)}\n`);
  return EXIT_TROUBLE;
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Colours: `--color`/`--no-color` first, then `NO_COLOR` (any non-empty value, no-color.org), then
 * `FORCE_COLOR`, then whether stdout is a terminal. A report written to a file never has colours.
 */
export function useColor(command: { color: boolean | null; output: string | null }, io: Pick<Io, 'env' | 'isTTY'>): boolean {
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
        io.stdout.write(helpText(command.topic));
        return 0;
      case 'version':
        io.stdout.write(`${VERSION}\n`);
        return 0;
      case 'usageError':
        return usageError(io, command.topic, command.message);
      case 'check':
        return await runCheck(command, io);
      case 'fix':
        return await runFix(command, io);
      case 'render':
        return await runRender(command, io);
      case 'import':
        return await runImport(command, io);
      case 'rules':
        return await runRules(command, io);
      case 'explain':
        return await runExplain(command, io);
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

function didYouMean(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return '';
  const list = suggestions.join(', ');
  return ` Có phải ý bạn là ${list}? (did you mean ${list}?)`;
}

async function runRules(command: RulesCommand, io: Io): Promise<number> {
  const { rules, ruleDocs } = await import('@thethuc/core');
  const doc = buildRuleList(rules, ruleDocs, command.lang);
  io.stdout.write(
    command.format === 'json'
      ? formatRulesJson(doc)
      : formatRulesStylish(doc, { color: useColor({ color: command.color, output: null }, io) }),
  );
  return 0;
}

async function runExplain(command: ExplainCommand, io: Io): Promise<number> {
  const { rules, ruleDocs } = await import('@thethuc/core');
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  const ids = [...byId.keys()];
  const pages: string[] = [];
  let code = 0;
  for (const id of command.ids) {
    const rule = byId.get(id);
    if (rule) {
      pages.push(formatExplain(rule, ruleDocs));
      continue;
    }
    io.stderr.write(
      `thethuc: Không có quy tắc «${id}» (unknown rule).${didYouMean(suggestRuleIds(id, ids))}` +
        ' Xem danh sách (list): thethuc rules\n',
    );
    code = EXIT_TROUBLE;
  }
  io.stdout.write(pages.join(`\n${'═'.repeat(72)}\n\n`));
  return code;
}

async function runFix(command: FixCommand, io: Io): Promise<number> {
  const core = await import('@thethuc/core');
  const ids = core.rules.map((r) => r.meta.id);
  for (const id of command.only) {
    if (!ids.includes(id)) {
      return usageError(io, 'fix', `--only: không có quy tắc «${id}» (unknown rule).${didYouMean(suggestRuleIds(id, ids))}`);
    }
  }
  // Worth saying, not worth refusing: the run is still valid, it just cannot fix these.
  for (const id of command.only) {
    const rule = core.rules.find((r) => r.meta.id === id)!;
    if (command.rules[id] === 'off') {
      io.stderr.write(`thethuc: ${id} đang tắt (--rule ${id}=off) nên không được sửa (a rule turned off is not fixed).\n`);
    } else if (rule.meta.fixable === false) {
      io.stderr.write(`thethuc: ${id} không tự sửa được; cần sửa tay (not fixable: fix it by hand).\n`);
    } else if (rule.meta.fixable === 'unsafe' && !command.unsafe) {
      io.stderr.write(`thethuc: ${id} chỉ sửa được với --unsafe (its fix is unsafe: add --unsafe).\n`);
    }
  }

  let planned;
  try {
    planned = await plan(command, io.cwd);
  } catch (err) {
    if (err instanceof PlanError) return usageError(io, 'fix', err.message);
    throw err;
  }

  const engine = { fix: io.fix ?? core.fixDocx, check: io.check ?? core.check, readDocx: (b: Uint8Array) => core.readDocx(b) };
  const ctx = { engine, cwd: io.cwd, ...(io.readFile ? { readFile: io.readFile } : {}) };
  const files: FixFileEntry[] = [];
  // One at a time: the engine is synchronous, and one bad file never stops the batch (fixOne never throws).
  for (const item of planned) files.push(await fixOne(item, command, ctx));

  const doc = buildFixDocument(files, command.dryRun);
  const titles = Object.fromEntries(core.rules.map((r) => [r.meta.id, r.meta.title[command.lang]]));
  io.stdout.write(
    command.format === 'json'
      ? formatFixJson(doc)
      : formatFixStylish(doc, { color: useColor({ color: command.color, output: null }, io), lang: command.lang, titles }),
  );
  return fixExitCode(doc.summary);
}
