import type { Anatomy } from '../anatomy/types.js';
import type { DocModel } from '../model.js';
import type { Profile } from '../profiles/types.js';
import { resolvedBuiltins, selectTemplate } from '../templates/index.js';
import type { ResolvedTemplate } from '../templates/types.js';
import { interpolate } from '../text.js';
import type { Diagnostic, Lang, Report, Rule, Severity, SeveritySetting } from './types.js';

export interface RunRulesOptions {
  rules: readonly Rule[];
  severities?: Record<string, SeveritySetting>;
  lang?: Lang;
  /** The content template that applies (null: none); when omitted, detected among the built-ins. */
  template?: ResolvedTemplate | null;
}

export interface RunRulesResult {
  diagnostics: Diagnostic[];
  skipped: string[];
  notes: string[];
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Run every enabled rule over a recognised document. A rule that throws becomes an internal-error
 * diagnostic and the other rules still run (style.md §13).
 */
export function runRules(model: DocModel, anatomy: Anatomy, profile: Profile, options: RunRulesOptions): RunRulesResult {
  const lang = options.lang ?? 'vi';
  const diagnostics: Diagnostic[] = [];
  const skipped: string[] = [];
  const notes: string[] = [];
  const template = options.template !== undefined ? options.template : selectTemplate(anatomy, resolvedBuiltins()).template;
  for (const rule of options.rules) {
    const { meta } = rule;
    const setting = options.severities?.[meta.id];
    if (setting === 'off') continue;
    if ((meta.needsTypography && !model.capabilities.typography) || (meta.needsPageSetup && !model.capabilities.pageSetup)) {
      skipped.push(meta.id);
      continue;
    }
    const severity: Severity = setting ?? meta.severity;
    const reports: Report[] = [];
    const ctx = {
      model,
      anatomy,
      profile,
      options: { ...(profile.rules[meta.id] ?? {}) },
      template,
      report: (r: Report) => void reports.push(r),
      note: (m: string) => void notes.push(`${meta.id}: ${m}`),
    };
    try {
      rule.check(ctx);
    } catch (err) {
      diagnostics.push({
        ruleId: meta.id,
        severity: 'error',
        messageId: 'internalError',
        data: {},
        message:
          lang === 'vi'
            ? `Lỗi nội bộ của quy tắc ${meta.id}; các quy tắc khác vẫn chạy. (${String(err)})`
            : `Internal error in rule ${meta.id}; the other rules still ran. (${String(err)})`,
        component: null,
        location: null,
        expected: null,
        actual: null,
        fixable: false,
        source: meta.source,
      });
      continue;
    }
    for (const r of reports) {
      const msg = meta.messages[r.messageId];
      if (!msg) throw new TypeError(`Rule ${meta.id} reported unknown messageId "${r.messageId}".`);
      const data = r.data ?? {};
      // A rule may lower its own finding (a "should" inside a "must" rule); config overrides win.
      const sev: Severity = setting ?? (r.severity ?? meta.severity);
      const p = r.paragraph ?? null;
      const loc = p
        ? {
            paragraph: p.location.kind === 'markdown' ? null : p.id,
            text: p.text,
            line: p.location.kind === 'markdown' ? p.location.line : null,
            column: p.location.kind === 'markdown' ? p.location.column : null,
            offset: r.offset ?? null,
            length: r.length ?? null,
          }
        : r.line !== undefined
          ? { paragraph: null, text: '', line: r.line, column: r.column ?? null, offset: null, length: null }
          : null;
      const d: Diagnostic = {
        ruleId: meta.id,
        severity: sev,
        messageId: r.messageId,
        data,
        message: interpolate(msg[lang], data),
        component: r.component ?? (meta.component === 'document' ? null : meta.component),
        location: loc,
        expected: r.expected ?? null,
        actual: r.actual ?? null,
        fixable: !!r.fix,
        source: meta.source,
      };
      if (r.fix) d.fix = r.fix;
      diagnostics.push(d);
    }
    void severity;
  }
  diagnostics.sort(
    (a, b) =>
      (a.location?.paragraph ?? -1) - (b.location?.paragraph ?? -1) ||
      (a.location?.line ?? -1) - (b.location?.line ?? -1) ||
      (a.location?.offset ?? 0) - (b.location?.offset ?? 0) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.ruleId.localeCompare(b.ruleId),
  );
  return { diagnostics, skipped, notes };
}
