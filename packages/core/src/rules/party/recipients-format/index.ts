import { defineRule } from '../../../engine/define.js';
import { runsIn } from '../../../anatomy/recognize.js';
import type { Component } from '../../../anatomy/types.js';
import type { FixOp, Report, RuleContext } from '../../../engine/types.js';
import { componentsOf } from '../../shared/anatomy.js';
import { checkTypography, typographyMessages } from '../../shared/typography.js';

const LABEL = { vi: 'Từ «Nơi nhận»', en: 'The label "Nơi nhận"' };
const ITEMS = { vi: 'Các dòng nơi nhận', en: 'The recipient lines' };

/** The label's two words, without the colon after them. */
const LABEL_WORDS = /^\S+\s+[^\s:;.,]+/u;

/** Nơi nhận: cỡ 14, đứng, không đậm, gạch chân; các dòng nơi nhận cỡ 12, đứng (Phụ lục 3, ô số 9). */
export default defineRule({
  meta: {
    id: 'party/recipients-format',
    component: 'recipientsLabel',
    severity: 'error',
    fixable: 'safe',
    title: { vi: 'Trình bày nơi nhận', en: 'Recipients typography' },
    description: {
      vi: 'Từ «Nơi nhận:» cỡ 14, đứng, không đậm, gạch chân (dấu hai chấm có thể không gạch chân); các dòng nơi nhận cỡ 12, đứng.',
      en: 'The label "Nơi nhận:" 14 pt, upright, not bold, underlined (the colon may stay outside the underline); the recipient lines 12 pt upright.',
    },
    source: 'HD 36 §1.9.2, Phụ lục 3',
    needsTypography: true,
    messages: {
      ...typographyMessages,
      labelUnderline: {
        vi: 'Từ «Nơi nhận» phải gạch chân (dấu hai chấm sau nó có thể không gạch); đang có phần chưa gạch chân: «{{actual}}».',
        en: 'The words "Nơi nhận" must be underlined (the colon after them may stay plain); not underlined: "{{actual}}".',
      },
    },
  },
  check(ctx) {
    const labelSpec = ctx.profile.typography.recipientsLabel;
    for (const c of componentsOf(ctx.anatomy, 'recipientsLabel')) {
      if (!labelSpec) break;
      // The underline is judged on the words only (below); the rest of the spec on the whole label.
      checkTypography(ctx, c, { ...labelSpec, underline: labelSpec.underline === true ? null : labelSpec.underline }, LABEL);
      if (labelSpec.underline === true) checkLabelUnderline(ctx, c);
    }
    checkItems(ctx, componentsOf(ctx.anatomy, 'recipientsItem'));
  },
});

function checkLabelUnderline(ctx: RuleContext, c: Component): void {
  const words = LABEL_WORDS.exec(c.text);
  if (!words) return;
  const runs = runsIn(c.paragraph, c.offset, words[0].length);
  const plain = runs.filter((r) => !r.props.underline);
  if (!plain.length) return;
  const actual = plain.map((r) => r.text.trim()).join(' ');
  ctx.report({
    messageId: 'labelUnderline',
    data: { actual },
    paragraph: c.paragraph,
    offset: c.offset,
    length: words[0].length,
    component: c.kind,
    expected: 'gạch chân',
    actual: 'không gạch chân',
    fix: { kind: 'safe', ops: [{ op: 'setRunProps', paragraph: c.paragraph.id, runs: plain.map((r) => r.index), props: { underline: 'single' } }] },
  });
}

/**
 * The recipient lines are one list: the same defect on several lines is reported once, on the first
 * line that has it, with a fix for every line.
 */
function checkItems(ctx: RuleContext, items: Component[]): void {
  const spec = ctx.profile.typography.recipientsItem;
  if (!spec || !items.length) return;
  const found: Report[] = [];
  const collect: RuleContext = { ...ctx, report: (r: Report) => void found.push(r) };
  for (const c of items) checkTypography(collect, c, spec, ITEMS);
  const byMessage = new Map<string, Report[]>();
  for (const r of found) byMessage.set(r.messageId, [...(byMessage.get(r.messageId) ?? []), r]);
  for (const group of byMessage.values()) {
    const first = group[0]!;
    const ops: FixOp[] = group.flatMap((r) => r.fix?.ops ?? []);
    ctx.report({ ...first, component: 'recipientsItem', ...(ops.length ? { fix: { kind: 'safe' as const, ops } } : {}) });
  }
}
