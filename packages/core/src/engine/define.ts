import type { Rule, RuleContext, RuleMeta } from './types.js';

/** Typed helper for a rule: a plain object with complete `meta` and a pure `check` (style.md §2). */
export function defineRule<const M extends RuleMeta>(rule: { meta: M; check(ctx: RuleContext): void }): Rule {
  return rule;
}
