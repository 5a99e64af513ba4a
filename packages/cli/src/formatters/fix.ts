import pc from 'picocolors';
import type { Lang } from '@thethuc/core';
import type { FixDocument, FixFileEntry, FixSummary, SkippedEntry } from '../fix.js';
import { formatDiagnostics } from './stylish.js';
import type { Colors } from './stylish.js';
import { pad, width } from './width.js';

export interface FixFormatOptions {
  color: boolean;
  lang: Lang;
  /** Rule titles in the chosen language, shown next to the counts. */
  titles?: Readonly<Record<string, string>>;
}

/** `thethuc fix --format json`: the document, newline-terminated (schemas/fix.schema.json). */
export function formatFixJson(doc: FixDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** The fix writer's reasons (English, from core), in Vietnamese. */
const REASONS_VI: [RegExp, string][] = [
  [/^paragraph not found$/, 'không tìm thấy đoạn văn'],
  [/^overlaps another fix$/, 'trùng chỗ với một sửa đổi khác'],
  [/^overlaps another text fix$/, 'trùng chỗ với một sửa đổi chữ khác'],
  [/^section (\d+) has no w:sectPr$/, 'mục $1 không có w:sectPr'],
  [/^paragraph element not found in the part$/, 'không tìm thấy phần tử đoạn văn trong tệp XML'],
  [/^run (\d+) not found$/, 'không tìm thấy đoạn chữ (run) $1'],
  [/^the span is not plain text of the paragraph$/, 'chỗ cần sửa không phải chữ thường của đoạn văn'],
  [/^empty text element$/, 'phần tử chữ rỗng'],
  [/^empty paragraph element$/, 'phần tử đoạn văn rỗng'],
];

export function reasonText(reason: string, lang: Lang): string {
  if (lang === 'en') return reason;
  for (const [re, vi] of REASONS_VI) if (re.test(reason)) return `${reason.replace(re, vi)} (${reason})`;
  return reason;
}

function t(lang: Lang, vi: string, en: string): string {
  return lang === 'en' ? en : `${vi} (${en})`;
}

function skippedLine(s: SkippedEntry, lang: Lang): string {
  const where = s.paragraph !== null ? `¶${s.paragraph} ` : '';
  return `${where}${s.op} — ${reasonText(s.reason, lang)}`;
}

function formatFile(file: FixFileEntry, doc: FixDocument, c: Colors, options: FixFormatOptions): string[] {
  const { lang } = options;
  const head = file.output !== null && file.output !== file.path ? `${file.path} → ${file.output}` : file.path;
  const lines = [c.underline(head)];
  if (file.error) {
    lines.push(`  ${c.red(lang === 'en' ? 'not fixed' : 'không sửa được')}: ${c.bold(file.error.code)} — ${file.error.message}`);
    return lines;
  }

  const fixedIds = Object.keys(file.fixed).sort();
  const total = fixedIds.reduce((n, id) => n + file.fixed[id]!, 0);
  if (fixedIds.length > 0) {
    const label = doc.dryRun ? t(lang, 'Sẽ sửa', 'would fix') : t(lang, 'Đã sửa', 'fixed');
    lines.push(`  ${c.green(label)}: ${total}`);
    const idWidth = Math.max(...fixedIds.map(width));
    const countWidth = Math.max(...fixedIds.map((id) => String(file.fixed[id]).length));
    for (const id of fixedIds) {
      const title = options.titles?.[id];
      lines.push(`    ${pad(id, idWidth)}  ${String(file.fixed[id]).padStart(countWidth)}${title ? `  ${c.dim(title)}` : ''}`);
    }
  } else {
    lines.push(`  ${c.dim(t(lang, 'Không có gì tự sửa được', 'nothing to fix'))}`);
  }

  if (file.skipped.length > 0) {
    lines.push(`  ${c.yellow(t(lang, 'Bỏ qua', 'skipped'))}: ${file.skipped.length}`);
    for (const s of file.skipped) lines.push(`    ${s.ruleId ?? '—'}  ${c.dim(skippedLine(s, lang))}`);
  }

  if (file.remaining.length > 0) {
    lines.push(`  ${t(lang, 'Còn lại', 'remaining')}: ${file.remaining.length}`);
    lines.push(...formatDiagnostics(file.remaining, c, '    '));
  }

  if (doc.dryRun) {
    lines.push(`  ${c.dim(t(lang, 'Chạy thử: không ghi tệp nào', 'dry run: nothing written'))}`);
  } else if (file.written) {
    const where = file.backup !== null ? t(lang, `Đã ghi; bản gốc lưu ở ${file.backup}`, `written; original saved as ${file.backup}`) : t(lang, `Đã ghi ${file.output}`, `wrote ${file.output}`);
    lines.push(`  ${c.green('✔')} ${where}`);
  } else if (file.output !== null && file.backup !== null) {
    lines.push(`  ${c.dim(t(lang, 'Giữ nguyên tệp', 'file left unchanged'))}`);
  }
  return lines;
}

function summaryLine(summary: FixSummary, dryRun: boolean, c: Colors, lang: Lang): string {
  const { files, fixed, errors, warnings, failedFiles, written } = summary;
  const bad = errors > 0 || failedFiles > 0;
  const paint = bad ? c.red : warnings > 0 ? c.yellow : c.green;
  const symbol = bad ? '✖' : warnings > 0 ? '⚠' : '✔';
  let text: string;
  if (lang === 'en') {
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    text = `${dryRun ? 'Would fix' : 'Fixed'} ${plural(fixed, 'finding')} in ${plural(files, 'file')}`;
    if (!dryRun) text += ` (${written} written)`;
    text += `; ${plural(errors, 'error')}, ${plural(warnings, 'warning')} remain`;
    if (failedFiles > 0) text += `; ${plural(failedFiles, 'file')} not fixed`;
  } else {
    text = `${dryRun ? 'Sẽ sửa' : 'Đã sửa'} ${fixed} lỗi trong ${files} tệp`;
    if (!dryRun) text += `, ghi ${written} tệp`;
    text += `; còn ${errors} lỗi, ${warnings} cảnh báo`;
    if (failedFiles > 0) text += `; ${failedFiles} tệp không sửa được`;
    text += ` (${dryRun ? 'would fix' : 'fixed'}; remaining errors, warnings${failedFiles > 0 ? '; files not fixed' : ''})`;
  }
  return paint(c.bold(`${symbol} ${text}`));
}

/**
 * `thethuc fix` (stylish): per file — input → output, the fixes by rule, the operations skipped and why,
 * the findings that remain (as `check` shows them) and what was written; then one summary line.
 */
export function formatFixStylish(doc: FixDocument, options: FixFormatOptions): string {
  const c = pc.createColors(options.color);
  const blocks = doc.files.map((f) => formatFile(f, doc, c, options).join('\n'));
  blocks.push(summaryLine(doc.summary, doc.dryRun, c, options.lang));
  return `${blocks.join('\n\n')}\n`;
}
