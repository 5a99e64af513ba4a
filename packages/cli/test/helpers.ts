import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { CheckOptions, CheckReport, Diagnostic } from '@thethuc/core';
import { main } from '../src/index.js';
import type { CheckFn, FixFn, Io } from '../src/index.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  isTTY?: boolean;
  check?: CheckFn;
  fix?: FixFn;
  readFile?: Io['readFile'];
}

/** Run the CLI in-process with captured output. */
export async function run(argv: string[], options: RunOptions = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
    isTTY: options.isTTY ?? false,
    check: options.check,
    fix: options.fix,
    readFile: options.readFile,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** A temp directory holding `files` (path → content); removed by the returned `cleanup`. */
export function tempTree(files: Record<string, string | Uint8Array>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'thethuc-cli-'));
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(dir, rel);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function diagnostic(overrides: Partial<Diagnostic> = {}): Diagnostic {
  return {
    ruleId: 'party/date-format',
    severity: 'error',
    messageId: 'leadingZero',
    data: { actual: 'ngày 8 tháng 1', expected: 'ngày 08 tháng 01' },
    message: 'Ngày dưới 10 và tháng dưới 3 phải có số 0 ở trước: «ngày 08 tháng 01».',
    component: 'placeDate',
    location: {
      paragraph: 6,
      text: 'Tân An, ngày 8 tháng 1 năm 2026',
      line: null,
      column: null,
      offset: 8,
      length: 14,
    },
    expected: 'ngày 08 tháng 01',
    actual: 'ngày 8 tháng 1',
    fixable: true,
    fix: { kind: 'safe', ops: [{ op: 'replaceText', paragraph: 6, offset: 8, length: 14, text: 'ngày 08 tháng 01' }] },
    source: 'HD 36 §1.4.2',
    ...overrides,
  };
}

export function fakeReport(diagnostics: Diagnostic[], options: CheckOptions = {}): CheckReport {
  const count = (s: string) => diagnostics.filter((d) => d.severity === s).length;
  return {
    profile: typeof options.profile === 'string' ? options.profile : 'party',
    documentType: 'NQ',
    template: null,
    error: null,
    diagnostics,
    skipped: [],
    stats: { errors: count('error'), warnings: count('warning'), infos: count('info'), ms: 1.234 },
    notes: ['anatomy: header found (table layout)'],
  };
}

/** A fake engine that reports `diagnostics` for every file and records the options it was called with. */
export function fakeCheck(diagnostics: Diagnostic[] = []): CheckFn & { calls: CheckOptions[] } {
  const calls: CheckOptions[] = [];
  const fn = (_input: Uint8Array | string, options: CheckOptions = {}) => {
    calls.push(options);
    return fakeReport(diagnostics, options);
  };
  return Object.assign(fn, { calls });
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The bytes of a minimal, valid .docx whose body holds `paragraphs`. */
export function minimalDocx(paragraphs: string[]): Uint8Array {
  const body = paragraphs
    .map((t) => `<w:p><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r></w:p>`)
    .join('');
  const files = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '</Relationships>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}` +
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>' +
        '</w:body></w:document>',
    ),
  };
  return zipSync(files);
}

export const SAMPLE_PARAGRAPHS = [
  'ĐẢNG BỘ XÃ TÂN AN',
  'ĐẢNG CỘNG SẢN VIỆT NAM',
  'CHI BỘ ẤP 3',
  '*',
  'Số 01-NQ/CB',
  'Tân An, ngày 8 tháng 1 năm 2026',
  'NGHỊ QUYẾT',
  'về nhiệm vụ năm 2026',
  'Chi bộ họp ngày 05 tháng 01 năm 2026 và quyết nghị.',
];
