import pc from 'picocolors';
import type { RuleEntry, RuleListDocument } from '../catalog.js';
import { severityLabel } from './stylish.js';
import { pad, width } from './width.js';

export interface RulesFormatOptions {
  color: boolean;
}

/** `thethuc rules --format json`: the document, newline-terminated (schemas/rules.schema.json). */
export function formatRulesJson(doc: RuleListDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

const HEADERS = {
  vi: { id: 'quy tắc', severity: 'mức', fix: 'tự sửa', component: 'thành phần', source: 'căn cứ', title: 'tên' },
  en: { id: 'rule', severity: 'severity', fix: 'fix', component: 'component', source: 'source', title: 'title' },
} as const;

function fixCell(fix: RuleEntry['fix'], lang: RuleListDocument['lang']): string {
  if (fix === null) return '—';
  if (lang === 'en') return fix;
  return fix === 'safe' ? 'an toàn' : 'không an toàn';
}

/**
 * `thethuc rules`: one aligned table, grouped by namespace (`party`, `text` …): id, severity, fix, component,
 * source, title in the chosen language; then a count and how to read one rule.
 */
export function formatRulesStylish(doc: RuleListDocument, options: RulesFormatOptions): string {
  const c = pc.createColors(options.color);
  const { lang } = doc;
  const h = HEADERS[lang];
  const rows = doc.rules.map((r) => ({
    rule: r,
    cells: [r.id, r.severity, fixCell(r.fix, lang), r.component, r.source],
  }));
  const headerCells = [h.id, h.severity, h.fix, h.component, h.source];
  // One set of widths for every group, so the columns line up down the whole list.
  const widths = headerCells.map((head, i) => Math.max(width(head), ...rows.map((r) => width(r.cells[i]!))));

  const groups = new Map<string, typeof rows>();
  for (const row of rows) {
    const ns = row.rule.namespace || '—';
    if (!groups.has(ns)) groups.set(ns, []);
    groups.get(ns)!.push(row);
  }

  const blocks: string[] = [];
  for (const [ns, group] of groups) {
    const lines = [c.bold(c.underline(ns)) + c.dim(` (${group.length})`)];
    lines.push(c.dim(`  ${headerCells.map((cell, i) => pad(cell, widths[i]!)).join('  ')}  ${h.title}`));
    for (const { rule, cells } of group) {
      const painted = cells.map((cell, i) => {
        const padded = pad(cell, widths[i]!);
        if (i === 0) return padded;
        if (i === 1) return severityLabel(rule.severity, c) + padded.slice(cell.length);
        if (i === 2) return rule.fix === null ? c.dim(padded) : c.green(padded);
        return c.dim(padded);
      });
      lines.push(`  ${painted.join('  ')}  ${rule.title}`.trimEnd());
    }
    blocks.push(lines.join('\n'));
  }

  const total = doc.rules.length;
  const fixable = doc.rules.filter((r) => r.fixable).length;
  blocks.push(
    lang === 'en'
      ? `${total} rules, ${fixable} fixable with \`thethuc fix\`. Details of one rule: thethuc explain <id>`
      : `${total} quy tắc (rules), ${fixable} tự sửa được bằng \`thethuc fix\` (fixable). ` +
          'Xem một quy tắc (details): thethuc explain <mã>',
  );
  return `${blocks.join('\n\n')}\n`;
}
