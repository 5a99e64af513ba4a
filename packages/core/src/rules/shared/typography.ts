/**
 * Shared typography check: a component's runs against the profile's typography table (Phụ lục 3).
 * Mixed formatting inside one component is reported once, on the first offending run.
 */
import type { Component } from '../../anatomy/types.js';
import type { RuleContext, FixRunProps, RuleMeta } from '../../engine/types.js';
import type { TypographySpec } from '../../profiles/types.js';
import { isUpper } from '../../text.js';

export const typographyMessages = {
  size: {
    vi: '{{what}} phải cỡ chữ {{expected}}; đang là {{actual}}.',
    en: '{{whatEn}} must be {{expected}}; found {{actual}}.',
  },
  bold: { vi: '{{what}} phải in đậm.', en: '{{whatEn}} must be bold.' },
  notBold: { vi: '{{what}} không in đậm.', en: '{{whatEn}} must not be bold.' },
  italic: { vi: '{{what}} phải in nghiêng.', en: '{{whatEn}} must be italic.' },
  notItalic: { vi: '{{what}} phải chữ đứng, không in nghiêng.', en: '{{whatEn}} must be upright, not italic.' },
  underline: { vi: '{{what}} phải gạch chân.', en: '{{whatEn}} must be underlined.' },
  notUnderline: { vi: '{{what}} không gạch chân.', en: '{{whatEn}} must not be underlined.' },
  upper: { vi: '{{what}} phải viết chữ in hoa: «{{expected}}».', en: '{{whatEn}} must be in upper case: "{{expected}}".' },
  alignment: { vi: '{{what}} phải căn giữa.', en: '{{whatEn}} must be centred.' },
} satisfies RuleMeta['messages'];

export interface ComponentName {
  vi: string;
  en: string;
}

const fmtSize = (range: [number, number]) => (range[0] === range[1] ? `${range[0]} pt` : `${range[0]}–${range[1]} pt`);

/**
 * Check one component; returns true when something was reported. `spec` comes from the profile
 * (`profile.typography[key]`), never from literals in the rule.
 */
export function checkTypography(ctx: RuleContext, c: Component, spec: TypographySpec | undefined, name: ComponentName): boolean {
  // Markdown drafts have no typography to judge: `render` lays it out (rules report them skipped).
  if (!spec || !c.runs.length || !ctx.model.capabilities.typography) return false;
  const tol = ctx.profile.sizeTolerancePt;
  const base = { what: name.vi, whatEn: name.en };
  const report = (messageId: keyof typeof typographyMessages, props: Partial<FixRunProps>, extra: Record<string, string> = {}, expected: string | null = null, actual: string | null = null) => {
    ctx.report({
      messageId,
      data: { ...base, ...extra },
      paragraph: c.paragraph,
      offset: c.offset,
      length: c.length,
      component: c.kind,
      expected,
      actual,
      fix: { kind: 'safe', ops: [{ op: 'setRunProps', paragraph: c.paragraph.id, runs: c.runs.map((r) => r.index), props }] },
    });
    return true;
  };
  let reported = false;
  const [min, max] = spec.sizePt;
  const badSize = c.runs.find((r) => r.props.sizePt < min - tol || r.props.sizePt > max + tol);
  if (badSize) {
    const target = badSize.props.sizePt < min ? min : max;
    reported = report('size', { sizePt: target }, { expected: fmtSize(spec.sizePt), actual: `${badSize.props.sizePt} pt` }, fmtSize(spec.sizePt), `${badSize.props.sizePt} pt`);
  }
  if (spec.bold === true && c.runs.some((r) => !r.props.bold)) reported = report('bold', { bold: true }, {}, 'đậm', 'không đậm');
  if (spec.bold === false && c.runs.some((r) => r.props.bold)) reported = report('notBold', { bold: false }, {}, 'không đậm', 'đậm');
  if (spec.italic === true && c.runs.some((r) => !r.props.italic)) reported = report('italic', { italic: true }, {}, 'nghiêng', 'đứng');
  if (spec.italic === false && c.runs.some((r) => r.props.italic)) reported = report('notItalic', { italic: false }, {}, 'đứng', 'nghiêng');
  if (spec.underline === true && !c.runs.some((r) => r.props.underline)) reported = report('underline', { underline: 'single' }, {}, 'gạch chân', 'không gạch chân');
  if (spec.underline === false && c.runs.some((r) => r.props.underline)) reported = report('notUnderline', { underline: 'none' }, {}, 'không gạch chân', 'gạch chân');
  if (spec.case === 'upper' && !isUpper(c.text) && !c.runs.every((r) => r.props.caps || !/\p{Ll}/u.test(r.text))) {
    const upper = c.text.toLocaleUpperCase('vi');
    reported = report('upper', { caps: true }, { expected: upper }, upper, c.text);
  }
  if (spec.alignment && c.paragraph.table === null && !c.paragraph.text.includes('\t') && !spec.alignment.includes(c.paragraph.props.alignment)) {
    ctx.report({
      messageId: 'alignment',
      data: base,
      paragraph: c.paragraph,
      offset: c.offset,
      length: c.length,
      component: c.kind,
      expected: spec.alignment.join(', '),
      actual: c.paragraph.props.alignment,
      fix: { kind: 'safe', ops: [{ op: 'setParagraphProps', paragraph: c.paragraph.id, props: { alignment: spec.alignment[0] as 'center' } }] },
    });
    reported = true;
  }
  return reported;
}
