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

export type HelpTopic = 'main' | 'check' | 'fix' | 'render' | 'import' | 'rules' | 'explain';

export const COMMANDS = ['check', 'fix', 'render', 'import', 'rules', 'explain'] as const;

/** `thethuc rules`: the rule list. */
export const LIST_FORMATS = ['stylish', 'json'] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

export interface RulesCommand {
  kind: 'rules';
  format: ListFormat;
  lang: Lang;
  color: boolean | null;
}

/** `thethuc explain <id>...`: each rule's page. */
export interface ExplainCommand {
  kind: 'explain';
  ids: string[];
}

/** `thethuc fix`: where each fixed draft goes, and which fixes to apply. */
export interface FixCommand {
  kind: 'fix';
  /** Paths, directories or globs, as typed. */
  inputs: string[];
  /** `-o`: the fixed draft of the single input. */
  output: string | null;
  /** `--out-dir`: fixed drafts under this directory, keeping their layout below the inputs' common folder. */
  outDir: string | null;
  inPlace: boolean;
  /** `--backup`: where `--in-place` saves the original (default `<name>.bak.docx` next to it). */
  backup: string | null;
  force: boolean;
  dryRun: boolean;
  profile: ProfileId;
  rules: Record<string, SeveritySetting>;
  /** `--only`: fix only these rules (repeatable); empty = every rule. */
  only: string[];
  unsafe: boolean;
  format: ListFormat;
  lang: Lang;
  color: boolean | null;
}

/** `thethuc render`: a Markdown draft → a .docx laid out as HD 36 prescribes. */
export interface RenderCommand {
  kind: 'render';
  /** The Markdown draft, as typed. */
  input: string;
  /** `-o`; default the input's name with `.docx`. */
  output: string | null;
  force: boolean;
  /** `--profile`; null = the front matter's `profile`, else party. */
  profile: ProfileId | null;
}

/** `thethuc import`: a .docx draft → a Markdown draft (front matter + body). */
export interface ImportCommand {
  kind: 'import';
  /** The .docx draft, as typed. */
  input: string;
  /** `-o`; default the input's name with `.md`. */
  output: string | null;
  force: boolean;
  profile: ProfileId;
}

export type Command =
  | { kind: 'help'; topic: HelpTopic }
  | { kind: 'version' }
  | { kind: 'usageError'; message: string; topic: HelpTopic }
  | CheckCommand
  | FixCommand
  | RenderCommand
  | ImportCommand
  | RulesCommand
  | ExplainCommand;

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

const FIX_OPTIONS: Record<string, OptionSpec> = {
  output: { value: true, short: 'o' },
  'out-dir': { value: true },
  'in-place': { value: false },
  backup: { value: true },
  force: { value: false },
  'dry-run': { value: false, short: 'n' },
  profile: { value: true, short: 'p' },
  rule: { value: true },
  only: { value: true },
  unsafe: { value: false },
  format: { value: true, short: 'f' },
  lang: { value: true },
  color: { value: false },
  'no-color': { value: false },
  help: { value: false, short: 'h' },
};

/** `render` and `import`: one input, one output. */
const CONVERT_OPTIONS: Record<string, OptionSpec> = {
  output: { value: true, short: 'o' },
  force: { value: false },
  profile: { value: true, short: 'p' },
  help: { value: false, short: 'h' },
};

const RULES_OPTIONS: Record<string, OptionSpec> = {
  format: { value: true, short: 'f' },
  lang: { value: true },
  color: { value: false },
  'no-color': { value: false },
  help: { value: false, short: 'h' },
};

const EXPLAIN_OPTIONS: Record<string, OptionSpec> = {
  help: { value: false, short: 'h' },
};

/** Rule ids look like `party/date-format`, `text/double-space` (party-rules.md). */
export const RULE_ID = /^[a-z0-9][a-z0-9-]*(?:\/[a-z0-9][a-z0-9-]*)*$/;

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

/**
 * Rule ids close to `name`, best first: the same last segment in another namespace (`date-format` →
 * `party/date-format`), then a typo of a whole id or of its last segment, then ids containing `name`.
 */
export function suggestRuleIds(name: string, ids: readonly string[], max = 3): string[] {
  const wanted = name.trim().toLowerCase();
  const scored: { id: string; score: number }[] = [];
  for (const id of ids) {
    const tail = id.slice(id.lastIndexOf('/') + 1);
    const wantedTail = wanted.slice(wanted.lastIndexOf('/') + 1);
    let score = Infinity;
    if (tail === wantedTail) score = 0;
    else {
      const d = Math.min(editDistance(wanted, id), editDistance(wantedTail, tail));
      if (d <= Math.max(2, Math.floor(wantedTail.length / 4))) score = d;
      else if (wantedTail.length >= 3 && id.includes(wantedTail)) score = 10;
    }
    if (score !== Infinity) scored.push({ id, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || (a.id < b.id ? -1 : 1))
    .slice(0, max)
    .map((s) => s.id);
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
  if (first === 'help') {
    const topic = rest[0];
    return { kind: 'help', topic: topic !== undefined && oneOf(COMMANDS, topic) ? topic : 'main' };
  }
  if (first === '--version' || first === '-v' || first === '-V') return { kind: 'version' };
  if (oneOf(COMMANDS, first)) {
    try {
      switch (first) {
        case 'check':
          return parseCheck(rest);
        case 'fix':
          return parseFix(rest);
        case 'render':
          return parseConvert('render', rest);
        case 'import':
          return parseConvert('import', rest);
        case 'rules':
          return parseRules(rest);
        case 'explain':
          return parseExplain(rest);
      }
    } catch (err) {
      if (err instanceof UsageError) return { kind: 'usageError', topic: first, message: err.message };
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
        ' Các tuỳ chọn của một lệnh đặt sau tên lệnh, ví dụ `thethuc check --format json …` (options go after the command).',
    };
  }
  const looksLikePath = /[./\\*]/.test(first);
  const command = looksLikePath ? null : suggest(first, COMMANDS);
  return {
    kind: 'usageError',
    topic: 'main',
    message:
      `Lệnh không xác định: «${first}» (unknown command).` +
      (looksLikePath
        ? ` Có phải ý bạn là (did you mean): thethuc check ${first}`
        : (command ? ` Có phải ý bạn là «${command}»? (did you mean ${command}?)` : '') +
          ` Lệnh hiện có (commands): ${list(COMMANDS)}.`),
  };
}

/** The help flag wins over everything else on the line, even invalid options. */
function wantsHelp(args: readonly string[]): boolean {
  for (const a of args) {
    if (a === '--') break;
    if (a === '--help' || a === '-h') return true;
  }
  return false;
}

/**
 * Walk the arguments of a command: `--name`, `--name=value`, `-x`, `-xvalue`, `--` (the rest are
 * positional). Unknown options are usage errors with a "did you mean".
 */
function scanArgs(
  args: readonly string[],
  specs: Record<string, OptionSpec>,
  onOption: (name: string, value: string | undefined) => void,
  onPositional: (arg: string) => void,
  formats: readonly string[] = FORMATS,
): void {
  const shortNames = new Map(
    Object.entries(specs)
      .filter(([, spec]) => spec.short)
      .map(([name, spec]) => [spec.short!, name]),
  );

  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      for (const a of args.slice(i + 1)) onPositional(a);
      break;
    }
    if (arg === '-') {
      usage('Chưa hỗ trợ đọc bản thảo từ stdin (reading from stdin is not supported yet); hãy đưa đường dẫn tệp (pass a file path).');
    }
    if (!arg.startsWith('-')) {
      onPositional(arg);
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
      if (!(name in specs)) {
        const hint = suggest(name, Object.keys(specs));
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

    const spec = specs[name]!;
    let value: string | undefined;
    if (spec.value) {
      if (inlineValue !== undefined) value = inlineValue;
      else {
        const next = args[i + 1];
        // A value may start with a single dash (`--max-warnings -1`), not with two.
        if (next === undefined || next.startsWith('--')) {
          usage(`Tuỳ chọn ${written} cần một giá trị (requires a value).${expectedValues(name, formats)}`);
        }
        value = next;
        i++;
      }
      if (value === '') usage(`Tuỳ chọn ${written} cần một giá trị (requires a value).${expectedValues(name, formats)}`);
    } else if (inlineValue !== undefined) {
      usage(`Tuỳ chọn ${written} không nhận giá trị (takes no value), nhận được «${inlineValue}».`);
    }

    onOption(name, value);
  }
}

function parseCheck(args: readonly string[]): Command {
  if (wantsHelp(args)) return { kind: 'help', topic: 'check' };

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

  scanArgs(
    args,
    CHECK_OPTIONS,
    (name, value) => applyOption(command, name, value),
    (arg) => command.patterns.push(arg),
  );

  if (command.patterns.length === 0) {
    usage('Thiếu đường dẫn tệp cần kiểm tra (missing path). Ví dụ (example): thethuc check du-thao.docx "van-ban/**/*.docx"');
  }
  return command;
}

function parseFix(args: readonly string[]): Command {
  if (wantsHelp(args)) return { kind: 'help', topic: 'fix' };

  const command: FixCommand = {
    kind: 'fix',
    inputs: [],
    output: null,
    outDir: null,
    inPlace: false,
    backup: null,
    force: false,
    dryRun: false,
    profile: 'party',
    rules: {},
    only: [],
    unsafe: false,
    format: 'stylish',
    lang: 'vi',
    color: null,
  };

  scanArgs(
    args,
    FIX_OPTIONS,
    (name, value) => {
      const v = value ?? '';
      switch (name) {
        case 'output':
          command.output = v;
          return;
        case 'out-dir':
          command.outDir = v;
          return;
        case 'in-place':
          command.inPlace = true;
          return;
        case 'backup':
          command.backup = v;
          return;
        case 'force':
          command.force = true;
          return;
        case 'dry-run':
          command.dryRun = true;
          return;
        case 'only':
          for (const id of v.split(',').map((s) => s.trim()).filter(Boolean)) {
            if (!RULE_ID.test(id)) {
              usage(`Mã quy tắc không hợp lệ: «${id}» (invalid rule id). Ví dụ (e.g.): --only party/date-format.`);
            }
            if (!command.only.includes(id)) command.only.push(id);
          }
          return;
        case 'unsafe':
          command.unsafe = true;
          return;
        case 'format':
          command.format = listFormat(v);
          return;
        default:
          applyCommonOption(command, name, v);
      }
    },
    (arg) => command.inputs.push(arg),
    LIST_FORMATS,
  );

  if (command.inputs.length === 0) {
    usage('Thiếu bản thảo cần sửa (missing input). Ví dụ (example): thethuc fix du-thao.docx -o du-thao-da-sua.docx');
  }
  if (command.output !== null && command.outDir !== null) {
    usage('Chỉ dùng một trong -o và --out-dir (use either -o or --out-dir, not both).');
  }
  if (command.outDir !== null && command.inPlace) {
    usage('Chỉ dùng một trong --out-dir và --in-place (use either --out-dir or --in-place, not both).');
  }
  if (command.output !== null && command.inputs.length > 1) {
    usage(
      '-o chỉ dùng cho một bản thảo; với nhiều bản thảo hãy dùng --out-dir <thư mục> hoặc --in-place ' +
        '(-o takes a single input; use --out-dir or --in-place for several).',
    );
  }
  if (command.backup !== null && !command.inPlace) {
    usage('--backup chỉ dùng cùng --in-place (--backup goes with --in-place).');
  }
  if (command.backup !== null && command.inputs.length > 1) {
    usage('--backup chỉ dùng cho một bản thảo (--backup takes a single input); bỏ --backup để mỗi tệp có bản sao <tên>.bak.docx riêng.');
  }
  if (command.output === null && command.outDir === null && !command.inPlace && !command.dryRun) {
    usage(
      'Chưa nói ghi bản đã sửa vào đâu (where should the fixed draft go?): dùng -o <tệp.docx>, --out-dir <thư mục>, ' +
        '--in-place (ghi đè, có sao lưu / overwrite with a backup), hoặc --dry-run để chỉ xem trước (preview only).',
    );
  }
  return command;
}

const CONVERT = {
  render: { from: /\.(md|markdown)$/i, fromName: '.md', to: '.docx', example: 'thethuc render du-thao.md -o du-thao.docx' },
  import: { from: /\.docx$/i, fromName: '.docx', to: '.md', example: 'thethuc import du-thao.docx -o du-thao.md' },
} as const;

function parseConvert(kind: 'render' | 'import', args: readonly string[]): Command {
  if (wantsHelp(args)) return { kind: 'help', topic: kind };
  const spec = CONVERT[kind];
  const inputs: string[] = [];
  const o: { output: string | null; force: boolean; profile: ProfileId | null } = { output: null, force: false, profile: null };
  scanArgs(
    args,
    CONVERT_OPTIONS,
    (name, value) => {
      const v = value ?? '';
      if (name === 'output') {
        if (v === '-') usage('Chưa hỗ trợ ghi ra stdout (-o -); hãy đưa tên tệp (writing to stdout is not supported; give a file name).');
        o.output = v;
      } else if (name === 'force') o.force = true;
      else if (name === 'profile') o.profile = profileOf(v);
      else usage(`Tuỳ chọn không xác định: --${name} (unknown option).`);
    },
    (arg) => inputs.push(arg),
  );
  const { output, force, profile } = o;
  if (inputs.length === 0) usage(`Thiếu bản thảo ${spec.fromName} (missing input). Ví dụ (example): ${spec.example}`);
  if (inputs.length > 1) {
    usage(`Lệnh ${kind} nhận một bản thảo mỗi lần, nhận được ${inputs.length} (takes one input). Ví dụ (example): ${spec.example}`);
  }
  const input = inputs[0]!;
  if (!spec.from.test(input)) {
    usage(`«${input}» không phải tệp ${spec.fromName} (${kind} reads a ${spec.fromName} file). Ví dụ (example): ${spec.example}`);
  }
  if (output !== null && !new RegExp(`\\${spec.to}$`, 'i').test(output)) {
    usage(`Tệp kết quả phải có đuôi ${spec.to}, nhận được «${output}» (the output must end in ${spec.to}).`);
  }
  if (kind === 'render') return { kind, input, output, force, profile };
  return { kind, input, output, force, profile: profile ?? 'party' };
}

function parseRules(args: readonly string[]): Command {
  if (wantsHelp(args)) return { kind: 'help', topic: 'rules' };
  const command: RulesCommand = { kind: 'rules', format: 'stylish', lang: 'vi', color: null };
  scanArgs(
    args,
    RULES_OPTIONS,
    (name, value) => {
      if (name === 'format') command.format = listFormat(value ?? '');
      else applyCommonOption(command, name, value ?? '');
    },
    (arg) =>
      usage(`Lệnh rules không nhận đối số «${arg}» (takes no argument). Xem một quy tắc (one rule): thethuc explain ${arg}`),
    LIST_FORMATS,
  );
  return command;
}

function parseExplain(args: readonly string[]): Command {
  if (wantsHelp(args)) return { kind: 'help', topic: 'explain' };
  const command: ExplainCommand = { kind: 'explain', ids: [] };
  scanArgs(args, EXPLAIN_OPTIONS, () => undefined, (arg) => command.ids.push(arg.trim()));
  if (command.ids.length === 0) {
    usage('Thiếu mã quy tắc (missing rule id). Ví dụ (example): thethuc explain party/date-format; danh sách (list): thethuc rules');
  }
  return command;
}

function listFormat(v: string): ListFormat {
  if (oneOf(LIST_FORMATS, v)) return v;
  return usage(`Định dạng không hợp lệ: «${v}» (invalid format). Chọn một trong (one of): ${list(LIST_FORMATS)}.`);
}

/** Options shared by several commands: profile, rule, lang, colours. */
function applyCommonOption(
  command: { profile?: ProfileId; rules?: Record<string, SeveritySetting>; lang: Lang; color: boolean | null },
  name: string,
  v: string,
): void {
  switch (name) {
    case 'profile':
      command.profile = profileOf(v);
      return;
    case 'rule': {
      const [id, setting] = ruleSetting(v);
      command.rules![id] = setting;
      return;
    }
    case 'lang':
      command.lang = langOf(v);
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

function profileOf(v: string): ProfileId {
  if (!oneOf(PROFILES, v)) {
    usage(`Bộ quy định không hợp lệ: «${v}» (invalid profile). Chọn một trong (one of): ${list(PROFILES)}.`);
  }
  return v;
}

function langOf(v: string): Lang {
  if (!oneOf(LANGS, v)) usage(`Ngôn ngữ không hợp lệ: «${v}» (invalid language). Chọn một trong (one of): ${list(LANGS)}.`);
  return v;
}

function ruleSetting(v: string): [string, SeveritySetting] {
  const eq = v.lastIndexOf('=');
  const id = eq === -1 ? '' : v.slice(0, eq).trim();
  const setting = eq === -1 ? '' : v.slice(eq + 1).trim();
  if (!RULE_ID.test(id) || !oneOf(SEVERITY_SETTINGS, setting)) {
    usage(`Giá trị --rule không hợp lệ: «${v}» (invalid --rule).${expectedValues('rule')}`);
  }
  return [id, setting];
}

function expectedValues(name: string, formats: readonly string[] = FORMATS): string {
  switch (name) {
    case 'format':
      return ` Chọn một trong (one of): ${list(formats)}.`;
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
    case 'out-dir':
      return ' Ví dụ (e.g.): --out-dir da-sua/.';
    case 'backup':
      return ' Ví dụ (e.g.): --backup du-thao.goc.docx.';
    case 'only':
      return ' Ví dụ (e.g.): --only party/date-format.';
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
      command.profile = profileOf(v);
      return;
    case 'config':
      usage('Tệp cấu hình (--config) chưa hỗ trợ trong phiên bản này (config files are not supported yet); dùng --profile và --rule.');
    case 'no-config':
      // Config discovery does not exist yet: nothing to turn off.
      return;
    case 'rule': {
      const [id, setting] = ruleSetting(v);
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
      command.lang = langOf(v);
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
