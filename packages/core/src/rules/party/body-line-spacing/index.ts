import { defineRule } from '../../../engine/define.js';
import type { FixParagraphProps } from '../../../engine/types.js';
import { bodyText, fmtPt, numberOption, reportOffences, textRuns, type Offence } from '../../shared/body.js';

const RULE: Record<string, [string, string]> = {
  exact: ['chính xác (Exactly)', 'exactly'],
  atLeast: ['tối thiểu (At least)', 'at least'],
  auto: ['bội số (Multiple)', 'multiple'],
};

/** Khoảng cách giữa các dòng (HD 36 §1.6.2). */
export default defineRule({
  meta: {
    id: 'party/body-line-spacing',
    component: 'body',
    severity: 'error',
    fixable: 'safe',
    title: { vi: 'Khoảng cách giữa các dòng', en: 'Body line spacing' },
    description: {
      vi: 'Khoảng cách giữa các dòng (Line spacing) tối thiểu 15 pt: «chính xác» (Exactly) hoặc «tối thiểu» (At least) từ 15 pt; giãn dòng theo bội số (Single, 1,5 lines, Multiple) được tính bằng bội số × 1,15 × cỡ chữ và phải đạt 15 pt.',
      en: 'Line spacing at least 15 pt: Exactly or At least 15 pt; multiple spacing (Single, 1.5 lines, Multiple) counts as multiple × 1.15 × font size and must reach 15 pt.',
    },
    source: 'HD 36 §1.6.2',
    needsTypography: true,
    messages: {
      lineSpacing: {
        vi: 'Khoảng cách giữa các dòng là {{actual}}; tối thiểu {{expected}}. Đặt giãn dòng {{fix}}.',
        en: 'Line spacing is {{actualEn}}; at least {{expected}}. Set line spacing to {{fixEn}}.',
      },
      lineSpacingMany: {
        vi: '{{count}} đoạn thân văn bản có khoảng cách giữa các dòng dưới {{expected}} (đoạn đầu tiên: {{actual}}). Đặt giãn dòng {{fix}} cho các đoạn này.',
        en: '{{count}} body paragraphs have line spacing below {{expected}} (the first: {{actualEn}}). Set line spacing to {{fixEn}}.',
      },
    },
  },
  check(ctx) {
    const min = numberOption(ctx, 'minPt', 15);
    const factor = numberOption(ctx, 'singleLineFactor', 1.15);
    const target = fixTarget(ctx.options.fix, min);
    const fixText = { fix: `${RULE[target.rule]![0]} ${fmtPt(target.value)}`, fixEn: `${RULE[target.rule]![1]} ${fmtPt(target.value)}` };
    const offences: Offence[] = [];
    for (const c of bodyText(ctx)) {
      const p = c.paragraph;
      const { rule, value } = p.props.lineSpacing;
      let pt = value;
      let actual = `${RULE[rule]![0]} ${fmtPt(value)}`;
      let actualEn = `${RULE[rule]![1]} ${fmtPt(value)}`;
      if (rule === 'auto') {
        // A multiple of the font's line height, which for Times New Roman is about 1.15 × its size.
        const size = Math.max(0, ...textRuns(p).map((r) => r.props.sizePt));
        pt = value * factor * (size || p.markProps.sizePt);
        actual = `${RULE.auto![0]} ${round(value)} ≈ ${fmtPt(round(pt))}`;
        actualEn = `${RULE.auto![1]} ${round(value)} ≈ ${fmtPt(round(pt))}`;
      }
      if (pt >= min - 0.05) continue;
      offences.push({
        paragraph: p,
        component: c.kind,
        data: { actual, actualEn, expected: fmtPt(min), ...fixText },
        expected: `${target.rule} ${fmtPt(target.value)}`,
        actual: rule === 'auto' ? `auto ${round(value)}` : `${rule} ${fmtPt(value)}`,
        ops: [{ op: 'setParagraphProps', paragraph: p.id, props: { lineSpacing: target } }],
      });
    }
    reportOffences(ctx, offences, { one: 'lineSpacing', many: 'lineSpacingMany' });
  },
});

const round = (n: number) => Math.round(n * 100) / 100;

function fixTarget(v: unknown, min: number): FixParagraphProps['lineSpacing'] {
  const o = (v ?? {}) as { rule?: unknown; value?: unknown };
  const rule = o.rule === 'exact' || o.rule === 'atLeast' || o.rule === 'auto' ? o.rule : 'exact';
  return { rule, value: typeof o.value === 'number' ? o.value : min };
}
