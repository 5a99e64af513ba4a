import type { CheckReport, Diagnostic, Severity } from '@thethuc/core';
import { TOOL_NAME, VERSION } from './version.js';

/*
 * The `--format json` document: public API (output.md). Fields may be added, never removed or renamed.
 * Formatters are pure functions of a `ReportDocument` (style.md §14).
 */

export interface OutputLocation {
  paragraph: number | null;
  text: string;
  line: number | null;
  column: number | null;
  offset: number | null;
  length: number | null;
}

export interface OutputDiagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  component: string | null;
  location: OutputLocation | null;
  expected: string | null;
  actual: string | null;
  fixable: boolean;
  source: string;
}

export interface FileError {
  /** `E_NOT_FOUND`, `E_NOT_DOCX`, `E_LEGACY_DOC`, `E_ENCRYPTED`, `E_CORRUPT`, `E_TOO_LARGE`, `E_UNSUPPORTED` … */
  code: string;
  message: string;
}

export interface FileStats {
  errors: number;
  warnings: number;
  infos: number;
  ms: number;
}

export interface FileEntry {
  /** Relative to the working directory, with forward slashes. */
  path: string;
  profile: string;
  documentType: string | null;
  template: string | null;
  error: FileError | null;
  diagnostics: OutputDiagnostic[];
  stats: FileStats;
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Files with an `error`: they could not be checked at all. */
  failedFiles: number;
}

export interface ReportDocument {
  version: 1;
  tool: { name: string; version: string };
  files: FileEntry[];
  summary: Summary;
}

/**
 * What the engine said about a file — or the CLI, for a file it could not hand over; its error codes go
 * beyond core's (`E_READ`), which the contract allows ("codes at least").
 */
export type FileReport = Omit<CheckReport, 'error'> & { error: FileError | null };

/** One checked input: where it is, and its report. */
export interface FileResult {
  path: string;
  report: FileReport;
}

export interface BuildOptions {
  /** `--quiet`: keep error-severity diagnostics only. */
  quiet?: boolean;
}

/** Project a core diagnostic onto the contract: internal fields (`fix`, `messageId`, `data`) stay inside. */
export function toOutputDiagnostic(d: Diagnostic): OutputDiagnostic {
  const loc = d.location;
  return {
    ruleId: d.ruleId,
    severity: d.severity,
    message: d.message,
    component: d.component ?? null,
    location: loc
      ? {
          paragraph: loc.paragraph ?? null,
          text: loc.text ?? '',
          line: loc.line ?? null,
          column: loc.column ?? null,
          offset: loc.offset ?? null,
          length: loc.length ?? null,
        }
      : null,
    expected: d.expected ?? null,
    actual: d.actual ?? null,
    fixable: Boolean(d.fixable),
    source: d.source ?? '',
  };
}

function countSeverities(diagnostics: readonly OutputDiagnostic[]): Omit<FileStats, 'ms'> {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

export function toFileEntry(result: FileResult, options: BuildOptions = {}): FileEntry {
  const { report } = result;
  const error = report.error ? { code: report.error.code, message: report.error.message } : null;
  // The contract says a file with an error has no diagnostics.
  let diagnostics = error ? [] : (report.diagnostics ?? []).map(toOutputDiagnostic);
  if (options.quiet) diagnostics = diagnostics.filter((d) => d.severity === 'error');
  // Counted from what is reported, so the document stays consistent under --quiet.
  const ms = Number.isFinite(report.stats?.ms) ? Math.round(report.stats.ms * 10) / 10 : 0;
  return {
    path: result.path,
    profile: report.profile,
    documentType: report.documentType ?? null,
    template: report.template ?? null,
    error,
    diagnostics,
    stats: { ...countSeverities(diagnostics), ms },
  };
}

export function summarize(files: readonly FileEntry[]): Summary {
  const summary: Summary = { files: files.length, errors: 0, warnings: 0, infos: 0, failedFiles: 0 };
  for (const f of files) {
    summary.errors += f.stats.errors;
    summary.warnings += f.stats.warnings;
    summary.infos += f.stats.infos;
    if (f.error) summary.failedFiles++;
  }
  return summary;
}

export function buildReportDocument(results: readonly FileResult[], options: BuildOptions = {}): ReportDocument {
  const files = results.map((r) => toFileEntry(r, options));
  return { version: 1, tool: { name: TOOL_NAME, version: VERSION }, files, summary: summarize(files) };
}

/**
 * Exit codes (output.md): 2 when a file could not be read at all, else 1 on an error-severity diagnostic or
 * more warnings than `--max-warnings`, else 0.
 */
export function exitCodeOf(summary: Summary, maxWarnings: number | null): 0 | 1 | 2 {
  if (summary.failedFiles > 0) return 2;
  if (summary.errors > 0) return 1;
  if (tooManyWarnings(summary, maxWarnings)) return 1;
  return 0;
}

export function tooManyWarnings(summary: Summary, maxWarnings: number | null): boolean {
  return maxWarnings !== null && maxWarnings >= 0 && summary.warnings > maxWarnings;
}
