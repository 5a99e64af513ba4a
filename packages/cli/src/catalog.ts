import type { Lang, Rule, Severity } from '@thethuc/core';
import { TOOL_NAME, VERSION } from './version.js';

/*
 * `thethuc rules --format json` and `thethuc explain`: the rules as the engine ships them (`rules`,
 * `ruleDocs` of @thethuc/core) — never docs/rules/*.md, which only exists in the repository.
 * The JSON document is public API like the check report: fields may be added, never removed or renamed
 * (schemas/rules.schema.json).
 */

export interface RuleEntry {
  /** `party/date-format`. */
  id: string;
  /** The part before the last `/`: `party`. */
  namespace: string;
  /** Default severity (`--rule id=level` and config change it per run). */
  severity: Severity;
  /** `thethuc fix` can correct it (safe fixes by default, unsafe ones with `--unsafe`). */
  fixable: boolean;
  fix: 'safe' | 'unsafe' | null;
  /** The component of HD 36 it is about (`placeDate`), or `document`. */
  component: string;
  /** In the chosen language. */
  title: string;
  titles: { vi: string; en: string };
  /** In the chosen language. */
  description: string;
  descriptions: { vi: string; en: string };
  /** The clause enforced, e.g. `HD 36 §1.4.2`. */
  source: string;
  /** `ruleDocs` has a hand-written page for it (`thethuc explain <id>`). */
  hasDoc: boolean;
}

export interface RuleListDocument {
  version: 1;
  tool: { name: string; version: string };
  lang: Lang;
  rules: RuleEntry[];
}

export function namespaceOf(id: string): string {
  const slash = id.lastIndexOf('/');
  return slash === -1 ? '' : id.slice(0, slash);
}

export function toRuleEntry(rule: Rule, lang: Lang, docs: Readonly<Record<string, string>>): RuleEntry {
  const { meta } = rule;
  return {
    id: meta.id,
    namespace: namespaceOf(meta.id),
    severity: meta.severity,
    fixable: meta.fixable !== false,
    fix: meta.fixable === false ? null : meta.fixable,
    component: meta.component,
    title: meta.title[lang],
    titles: { vi: meta.title.vi, en: meta.title.en },
    description: meta.description[lang],
    descriptions: { vi: meta.description.vi, en: meta.description.en },
    source: meta.source,
    hasDoc: typeof docs[meta.id] === 'string' && docs[meta.id]!.trim() !== '',
  };
}

/** Every rule, sorted by id (code-unit order, the same on every machine). */
export function buildRuleList(rules: readonly Rule[], docs: Readonly<Record<string, string>>, lang: Lang): RuleListDocument {
  const entries = rules
    .map((r) => toRuleEntry(r, lang, docs))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { version: 1, tool: { name: TOOL_NAME, version: VERSION }, lang, rules: entries };
}

function fixLabel(fix: RuleEntry['fix']): string {
  if (fix === 'safe') return 'có, an toàn — `thethuc fix` (yes, safe)';
  if (fix === 'unsafe') return 'có, cần `thethuc fix --unsafe` (yes, unsafe: needs --unsafe)';
  return 'không (no)';
}

/**
 * The generated page starts with `# id — title` and a `**Mức / severity:** …` line: both are printed
 * above from `meta`, so they are dropped here rather than shown twice.
 */
export function docBody(doc: string, id: string): string {
  const lines = doc.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  const skipBlank = () => {
    while (i < lines.length && lines[i]!.trim() === '') i++;
  };
  skipBlank();
  if (lines[i]?.startsWith(`# ${id}`)) {
    i++;
    skipBlank();
    if (/^\*\*Mức\b/.test(lines[i] ?? '')) {
      while (i < lines.length && lines[i]!.trim() !== '') i++;
      skipBlank();
    }
  }
  return lines.slice(i).join('\n').trimEnd();
}

/** `thethuc explain <id>`: metadata from `meta` (Vietnamese first), the descriptions, then the hand-written page. */
export function formatExplain(rule: Rule, docs: Readonly<Record<string, string>>): string {
  const entry = toRuleEntry(rule, 'vi', docs);
  const labels: [string, string][] = [
    ['Mức / severity', entry.severity],
    ['Tự sửa / fixable', fixLabel(entry.fix)],
    ['Thành phần / component', entry.component],
    ['Căn cứ / source', entry.source],
  ];
  const labelWidth = Math.max(...labels.map(([l]) => l.length)) + 1;
  const out = [
    entry.id,
    entry.titles.vi,
    entry.titles.en,
    '',
    ...labels.map(([l, v]) => `  ${`${l}:`.padEnd(labelWidth + 1)}${v}`),
    '',
    `Mô tả: ${entry.descriptions.vi}`,
    `Description: ${entry.descriptions.en}`,
  ];
  const doc = docs[entry.id];
  if (doc && doc.trim() !== '') {
    out.push('', '─'.repeat(72), '', docBody(doc, entry.id));
  } else {
    out.push('', '(Quy tắc này chưa có trang tài liệu. / This rule has no documentation page yet.)');
  }
  return `${out.join('\n')}\n`;
}
