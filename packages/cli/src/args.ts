import type { Lang, SeveritySetting } from '@thethuc/core';

/*
 * Command-line parsing, by hand: a handful of options does not need a framework, and a hand parser gives
 * Vietnamese-first messages that say what to type instead (style.md: messages say what was found, what is
 * expected, what to do).
 */

export const FORMATS = ['stylish', 'json', 'github'] as const;
/** In the output contract, arriving in a later milestone. */
export const PLANNED_FORMATS = ['sarif', 'junit'] as const;
export const PROFILES = ['party', 'hd36', 'hd05'] as const;
export const LANGS = ['vi', 'en'] as const;
export const SEVERITY_SETTINGS = ['off', 'info', 'warning', 'error'] as const;

export type Format = (typeof FORMATS)[number];
export type ProfileId = (typeof PROFILES)[number];

export interface CheckCommand {
  kind: 'check';
  /** Paths, directories or globs, as typed. */
  patterns: string[];
  format: Format;
  /** `--output`: write the report to this file instead of stdout. */
  output: string | null;
  profile: ProfileId;
  /** `--rule id=severity`, last one wins per id. */
  rules: Record<string, SeveritySetting>;
  /** `--max-warnings`; null (or -1) = no limit. */
  maxWarnings: number | null;
  quiet: boolean;
  lang: Lang;
  debug: boolean;
  /** `--color` / `--no-color`; null = decide from the terminal and `NO_COLOR`. */
  color: boolean | null;
}

export type HelpTopic = 'main' | 'check';

export type Command =
  | { kind: 'help'; topic: HelpTopic }
  | { kind: 'version' }
  | { kind: 'usageError'; message: string; topic: HelpTopic }
  | CheckCommand;

interface OptionSpec {
  value: boolean;
  short?: string;
}

const CHECK_OPTIONS: Record<string, OptionSpec> = {
  format: { value: true, short: 'f' },
  output: { value: true, short: 'o' },
  profile: { value: true, short: 'p' },
  config: { value: true, short: 'c' },
  'no-config': { value: false },
  rule: { value: true },
  'max-warnings': { value: true },
  quiet: { value: false, short: 'q' },
  lang: { value: true },
  debug: { value: false },
  color: { value: false },
  'no-color': { value: false },
  help: { value: false, short: 'h' },
};

/** Rule ids look like `party/date-format`, `text/double-space` (party-rules.md). */
const RULE_ID = /^[a-z0-9][a-z0-9-]*(?:\/[a-z0-9][a-z0-9-]*)*$/;

class UsageError extends Error {}

function usage(message: string): never {
  throw new UsageError(message);
}

function list(values: readonly string[]): string {
  return values.join(', ');
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

function suggest(name: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = c.startsWith(name) && name.length >= 3 ? 1 : editDistance(name, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

export function parseCommandLine(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined) {
    return {
      kind: 'usageError',
      topic: 'main',
      message: 'Thiếu lệnh (missing command). Ví dụ (example): thethuc check du-thao.docx',
    };
  }
  if (first === '--help' || first === '-h') return { kind: 'help', topic: 'main' };
  if (first === 'help') return { kind: 'help', topic: rest[0] === 'check' ? 'check' : 'main' };
  if (first === '--version' || first === '-v' || first === '-V') return { kind: 'version' };
  if (first === 'check') {
    try {
      return parseCheck(rest);
    } catch (err) {
      if (err instanceof UsageError) return { kind: 'usageError', topic: 'check', message: err.message };
      throw err;
    }
  }
  if (first.startsWith('-')) {
    const hint = suggest(first.replace(/^-+/, ''), ['help', 'version']);
    return {
      kind: 'usageError',
      topic: 'main',
      message:
        `Tuỳ chọn không xác định: ${first} (unknown option).` +
        (hint ? ` Có phải ý bạn là --${hint}? (did you mean --${hint}?)` : '') +
        ' Các tuỳ chọn của lệnh kiểm tra đặt sau `check` (check options go after `check`).',
    };
  }
  const looksLikePath = /[./\\*]/.test(first);
  return {
    kind: 'usageError',
    topic: 'main',
    message:
      `Lệnh không xác định: «${first}» (unknown command).` +
      (looksLikePath ? ` Có phải ý bạn là (did you mean): thethuc check ${first}` : ' Lệnh hiện có (commands): check.'),
  };
}

function parseCheck(args: readonly string[]): Command {
  // --help wins over everything else on the line, even invalid options.
  for (const a of args) {
    if (a === '--') break;
    if (a === '--help' || a === '-h') return { kind: 'help', topic: 'check' };
  }

  const command: CheckCommand = {
    kind: 'check',
    patterns: [],
    format: 'stylish',
    output: null,
    profile: 'party',
    rules: {},
    maxWarnings: null,
    quiet: false,
    lang: 'vi',
    debug: false,
    color: null,
  };

  const shortNames = new Map(
    Object.entries(CHECK_OPTIONS)
      .filter(([, spec]) => spec.short)
      .map(([name, spec]) => [spec.short!, name]),
  );

  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      command.patterns.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-') {
      usage('Chưa hỗ trợ đọc bản thảo từ stdin (reading from stdin is not supported yet); hãy đưa đường dẫn tệp (pass a file path).');
    }
    if (!arg.startsWith('-')) {
      command.patterns.push(arg);
      continue;
    }

    let name: string;
    let inlineValue: string | undefined;
    let written: string;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      inlineValue = eq === -1 ? undefined : arg.slice(eq + 1);
      written = `--${name}`;
      if (!(name in CHECK_OPTIONS)) {
        const hint = suggest(name, Object.keys(CHECK_OPTIONS));
        usage(
          `Tuỳ chọn không xác định: ${written} (unknown option).` +
            (hint ? ` Có phải ý bạn là --${hint}? (did you mean --${hint}?)` : ''),
        );
      }
    } else {
      const short = arg.slice(1, 2);
      const long = shortNames.get(short);
      if (!long) usage(`Tuỳ chọn không xác định: ${arg} (unknown option).`);
      name = long;
      written = `-${short}`;
      if (arg.length > 2) inlineValue = arg.slice(2).replace(/^=/, '');
    }

    const spec = CHECK_OPTIONS[name]!;
    let value: string | undefined;
    if (spec.value) {
      if (inlineValue !== undefined) value = inlineValue;
      else {
        const next = args[i + 1];
        // A value may start with a single dash (`--max-warnings -1`), not with two.
        if (next === undefined || next.startsWith('--')) {
          usage(`Tuỳ chọn ${written} cần một giá trị (requires a value).${expectedValues(name)}`);
        }
        value = next;
        i++;
      }
      if (value === '') usage(`Tuỳ chọn ${written} cần một giá trị (requires a value).${expectedValues(name)}`);
    } else if (inlineValue !== undefined) {
      usage(`Tuỳ chọn ${written} không nhận giá trị (takes no value), nhận được «${inlineValue}».`);
    }

    applyOption(command, name, value);
  }

  if (command.patterns.length === 0) {
    usage('Thiếu đường dẫn tệp cần kiểm tra (missing path). Ví dụ (example): thethuc check du-thao.docx "van-ban/**/*.docx"');
  }
  return command;
}

function expectedValues(name: string): string {
  switch (name) {
    case 'format':
      return ` Chọn một trong (one of): ${list(FORMATS)}.`;
    case 'profile':
      return ` Chọn một trong (one of): ${list(PROFILES)}.`;
    case 'lang':
      return ` Chọn một trong (one of): ${list(LANGS)}.`;
    case 'rule':
      return ' Dạng (form): <mã-quy-tắc>=off|info|warning|error, ví dụ (e.g.) --rule party/date-format=warning.';
    case 'max-warnings':
      return ' Ví dụ (e.g.): --max-warnings 0.';
    case 'output':
      return ' Ví dụ (e.g.): --output bao-cao.json.';
    default:
      return '';
  }
}

function oneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

function applyOption(command: CheckCommand, name: string, value: string | undefined): void {
  const v = value ?? '';
  switch (name) {
    case 'format':
      if (oneOf(FORMATS, v)) command.format = v;
      else if (oneOf(PLANNED_FORMATS, v)) {
        usage(
          `Định dạng «${v}» chưa hỗ trợ trong phiên bản này (not supported yet). Hiện có (available): ${list(FORMATS)}.`,
        );
      } else usage(`Định dạng không hợp lệ: «${v}» (invalid format). Chọn một trong (one of): ${list(FORMATS)}.`);
      return;
    case 'output':
      command.output = v;
      return;
    case 'profile':
      if (!oneOf(PROFILES, v)) {
        usage(`Bộ quy định không hợp lệ: «${v}» (invalid profile). Chọn một trong (one of): ${list(PROFILES)}.`);
      }
      command.profile = v;
      return;
    case 'config':
      usage('Tệp cấu hình (--config) chưa hỗ trợ trong phiên bản này (config files are not supported yet); dùng --profile và --rule.');
    case 'no-config':
      // Config discovery does not exist yet: nothing to turn off.
      return;
    case 'rule': {
      const eq = v.lastIndexOf('=');
      const id = eq === -1 ? '' : v.slice(0, eq).trim();
      const setting = eq === -1 ? '' : v.slice(eq + 1).trim();
      if (!RULE_ID.test(id) || !oneOf(SEVERITY_SETTINGS, setting)) {
        usage(`Giá trị --rule không hợp lệ: «${v}» (invalid --rule).${expectedValues('rule')}`);
      }
      command.rules[id] = setting;
      return;
    }
    case 'max-warnings': {
      if (!/^(?:\d+|-1)$/.test(v.trim())) {
        usage(`--max-warnings cần một số nguyên không âm (a non-negative integer), nhận được «${v}».`);
      }
      const n = Number(v.trim());
      command.maxWarnings = n < 0 ? null : n;
      return;
    }
    case 'quiet':
      command.quiet = true;
      return;
    case 'lang':
      if (!oneOf(LANGS, v)) usage(`Ngôn ngữ không hợp lệ: «${v}» (invalid language). Chọn một trong (one of): ${list(LANGS)}.`);
      command.lang = v;
      return;
    case 'debug':
      command.debug = true;
      return;
    case 'color':
      command.color = true;
      return;
    case 'no-color':
      command.color = false;
      return;
    default:
      usage(`Tuỳ chọn không xác định: --${name} (unknown option).`);
  }
}
