import pc from 'picocolors';
import type { Lang } from '@thethuc/core';
import type { FileEntry, OutputDiagnostic, OutputLocation, ReportDocument, Summary } from '../report.js';
import { pad, width } from './width.js';

export interface StylishOptions {
  color: boolean;
  lang: Lang;
}

/** How much of a paragraph is shown under a finding. */
export const EXCERPT_WIDTH = 60;

export type Colors = ReturnType<typeof pc.createColors>;

function locationLabel(loc: OutputLocation | null): string {
  if (!loc) return '—';
  if (loc.line != null) return `${loc.line}:${loc.column ?? 1}`;
  if (loc.paragraph != null) return `¶${loc.paragraph}`;
  return '—';
}

interface Excerpt {
  before: string;
  span: string;
  after: string;
  /** The span is marked (the finding is about part of the paragraph). */
  marked: boolean;
}

/**
 * A window of at most ~EXCERPT_WIDTH characters of the paragraph around the span. Tabs and line breaks
 * become spaces one for one, so offsets still point at the right characters.
 */
export function excerpt(text: string, offset: number | null, length: number | null): Excerpt | null {
  const clean = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ');
  if (clean.trim() === '') return null;
  const max = EXCERPT_WIDTH;
  const chars = [...clean];
  const total = chars.length;

  if (offset == null) {
    const shown = chars.slice(0, max).join('').trim();
    return { before: shown + (total > max ? '…' : ''), span: '', after: '', marked: false };
  }

  // Offsets are UTF-16 indexes into `text`; convert to code-point indexes for slicing.
  const toIndex = (utf16: number): number => [...clean.slice(0, Math.max(0, Math.min(clean.length, utf16)))].length;
  const start = toIndex(offset);
  const end = Math.max(start, toIndex(offset + (length ?? 0)));
  const spanLen = end - start;

  let from = 0;
  let to = total;
  if (total > max) {
    if (spanLen >= max) {
      from = start;
      to = start + max;
    } else {
      from = Math.max(0, start - Math.floor((max - spanLen) / 2));
      to = Math.min(total, from + max);
      from = Math.max(0, to - max);
    }
  }
  const before = chars.slice(from, start).join('').trimStart();
  const span = chars.slice(start, Math.min(end, to)).join('');
  const after = chars.slice(Math.min(end, to), to).join('').trimEnd();
  return {
    before: (from > 0 ? '…' : '') + before,
    span: span + (end > to ? '…' : ''),
    after: after + (to < total && end <= to ? '…' : ''),
    marked: true,
  };
}

export function severityLabel(severity: OutputDiagnostic['severity'], c: Colors): string {
  if (severity === 'error') return c.red('error');
  if (severity === 'warning') return c.yellow('warning');
  return c.blue('info');
}

function formatFile(file: FileEntry, c: Colors, lang: Lang): string[] {
  const lines = [c.underline(file.path)];
  if (file.error) {
    const label = lang === 'en' ? 'cannot read' : 'không đọc được';
    lines.push(`  ${c.red(label)}: ${c.bold(file.error.code)} — ${file.error.message}`);
    return lines;
  }

  lines.push(...formatDiagnostics(file.diagnostics, c));
  return lines;
}

/**
 * One line per finding — paragraph or `line:col`, severity, message, rule id — then the excerpt with the
 * span marked and the clause; every line starts with `margin` (two spaces by default).
 */
export function formatDiagnostics(diagnostics: readonly OutputDiagnostic[], c: Colors, margin = '  '): string[] {
  const lines: string[] = [];
  if (diagnostics.length === 0) return lines;
  const labels = diagnostics.map((d) => locationLabel(d.location));
  const locWidth = Math.max(...labels.map(width));
  const sevWidth = Math.max(...diagnostics.map((d) => d.severity.length));
  const indent = margin + ' '.repeat(locWidth + 2 + sevWidth + 2);

  diagnostics.forEach((d, i) => {
    const sev = severityLabel(d.severity, c) + ' '.repeat(sevWidth - d.severity.length);
    lines.push(`${margin}${c.dim(pad(labels[i]!, locWidth))}  ${sev}  ${d.message}  ${c.dim(d.ruleId)}`);
    const ex = d.location ? excerpt(d.location.text, d.location.offset, d.location.length) : null;
    if (ex) {
      if (ex.marked) {
        lines.push(`${indent}${ex.before}${c.red(c.underline(ex.span))}${ex.after}`.trimEnd());
        lines.push(`${indent}${' '.repeat(width(ex.before))}${c.red('~'.repeat(Math.max(1, width(ex.span))))}`);
      } else {
        lines.push(`${indent}${ex.before}`);
      }
    }
    if (d.source) lines.push(`${indent}${c.dim(d.source)}`);
  });
  return lines;
}

function summaryLine(summary: Summary, c: Colors, lang: Lang): string {
  const { files, errors, warnings, infos, failedFiles } = summary;
  const clean = errors === 0 && warnings === 0 && infos === 0 && failedFiles === 0;
  if (lang === 'en') {
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    if (clean) return c.green(c.bold(`✔ No problems in ${plural(files, 'file')}`));
    const counts = [plural(errors, 'error'), plural(warnings, 'warning')];
    if (infos > 0) counts.push(plural(infos, 'info'));
    let text = `${counts.join(', ')} in ${plural(files, 'file')}`;
    if (failedFiles > 0) text += `; ${plural(failedFiles, 'file')} could not be read`;
    return paint(summary, c)(c.bold(`${symbol(summary)} ${text}`));
  }
  if (clean) return c.green(c.bold(`✔ Không có lỗi nào (no problems) trong ${files} tệp`));
  const counts = [`${errors} lỗi`, `${warnings} cảnh báo`];
  const english = ['errors', 'warnings'];
  if (infos > 0) {
    counts.push(`${infos} lưu ý`);
    english.push('infos');
  }
  let text = `${counts.join(', ')} (${english.join(', ')}) trong ${files} tệp`;
  if (failedFiles > 0) text += `; ${failedFiles} tệp không đọc được (unreadable)`;
  return paint(summary, c)(c.bold(`${symbol(summary)} ${text}`));
}

function symbol(summary: Summary): string {
  return summary.errors > 0 || summary.failedFiles > 0 ? '✖' : '⚠';
}

function paint(summary: Summary, c: Colors): (s: string) => string {
  return summary.errors > 0 || summary.failedFiles > 0 ? c.red : summary.warnings > 0 ? c.yellow : c.blue;
}

/**
 * `--format stylish` (ESLint-like): each file with findings, its path underlined, then one line per finding
 * — paragraph (`¶6`) or `line:col`, severity, message, rule id — with the paragraph excerpt, the span marked,
 * and the clause it enforces; then one summary line.
 */
export function formatStylish(doc: ReportDocument, options: StylishOptions): string {
  const c = pc.createColors(options.color);
  const blocks: string[] = [];
  for (const file of doc.files) {
    if (!file.error && file.diagnostics.length === 0) continue;
    blocks.push(formatFile(file, c, options.lang).join('\n'));
  }
  blocks.push(summaryLine(doc.summary, c, options.lang));
  return `${blocks.join('\n\n')}\n`;
}
