/** What the template rules share: the analysis of the document under its template, places and values. */
import type { Paragraph } from '../../model.js';
import type { RuleContext } from '../../engine/types.js';
import { analyse, numericValues, type TemplateAnalysis } from '../../templates/match.js';
import type { ResolvedTemplate } from '../../templates/types.js';

export interface TemplateScope {
  template: ResolvedTemplate;
  analysis: TemplateAnalysis;
  values: Map<string, number>;
}

/** The template in force and the document read against it; null (with a note) when none applies. */
export function templateScope(ctx: RuleContext): TemplateScope | null {
  const template = ctx.template;
  if (!template) {
    ctx.note('no content template applies');
    return null;
  }
  const analysis = analyse(ctx.model, ctx.anatomy, template);
  return { template, analysis, values: numericValues(analysis) };
}

/** The first paragraph of the body (where a meeting record states its facts), or null. */
export function bodyStart(scope: TemplateScope): Paragraph | null {
  return scope.analysis.candidates[0]?.paragraph ?? null;
}
