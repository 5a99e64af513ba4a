import { defineRule } from '../../../engine/define.js';
import type { FixParagraphProps } from '../../../engine/types.js';
import type { Paragraph } from '../../../model.js';
import { bodyText, fmtPt, headingLines, numberOption, reportOffences, stringsOption, type Offence } from '../../shared/body.js';

/** Khoảng cách giữa các đoạn văn (HD 36 §1.6.2). */
export default defineRule({
  meta: {
    id: 'party/body-spacing',
    component: 'body',
    severity: 'error',
    fixable: 'safe',
    title: { vi: 'Khoảng cách giữa các đoạn văn', en: 'Space between body paragraphs' },
    description: {
      vi: 'Khoảng cách giữa các đoạn văn (Spacing) tối thiểu 6 pt: khoảng lớn hơn giữa «sau» của đoạn trên và «trước» của đoạn dưới (LibreOffice cộng hai khoảng này). «Không thêm khoảng cách giữa các đoạn cùng kiểu» (contextual spacing) làm khoảng cách bằng 0.',
      en: 'Space between paragraphs at least 6 pt: the larger of the space after the upper paragraph and before the lower one (LibreOffice adds the two). "Don’t add space between paragraphs of the same style" (contextual spacing) makes it zero.',
    },
    source: 'HD 36 §1.6.2',
    needsTypography: true,
    messages: {
      spacing: {
        vi: 'Khoảng cách giữa đoạn này và đoạn trên là {{actual}}; tối thiểu {{expected}}. {{how}}',
        en: 'The space between this paragraph and the one above is {{actual}}; at least {{expected}}. {{howEn}}',
      },
      spacingMany: {
        vi: '{{count}} chỗ giữa các đoạn thân văn bản có khoảng cách dưới {{expected}} (chỗ đầu tiên: {{actual}}). {{how}}',
        en: '{{count}} gaps between body paragraphs are below {{expected}} (the first: {{actual}}). {{howEn}}',
      },
    },
  },
  check(ctx) {
    const min = numberOption(ctx, 'minPt', 6);
    const producers = stringsOption(ctx, 'addingProducers').map((s) => s.toLowerCase());
    const app = (ctx.model.meta.application ?? '').toLowerCase();
    const adds = producers.some((s) => app.includes(s));
    const comps = bodyText(ctx);
    const { names } = headingLines(ctx, comps);
    const offences: Offence[] = [];
    let contextual = false;
    for (let i = 1; i < comps.length; i++) {
      const prev = comps[i - 1]!.paragraph;
      const next = comps[i]!.paragraph;
      // An empty paragraph between two paragraphs is a blank line: more than enough space.
      if (next.id !== prev.id + 1) continue;
      // A part/chapter/section line and its name below it form one heading.
      if (names.get(next.id) === prev.id) continue;
      const sameStyle = prev.styleId === next.styleId;
      const prevSuppressed = prev.props.contextualSpacing && sameStyle;
      const nextSuppressed = next.props.contextualSpacing && sameStyle;
      const after = prevSuppressed ? 0 : prev.props.spacingAfterPt;
      const before = nextSuppressed ? 0 : next.props.spacingBeforePt;
      const gap = adds ? after + before : Math.max(after, before);
      if (gap >= min - 0.05) continue;
      contextual ||= prevSuppressed || nextSuppressed;
      offences.push({
        paragraph: next,
        component: comps[i]!.kind,
        data: { actual: fmtPt(gap), expected: fmtPt(min) },
        expected: fmtPt(min),
        actual: fmtPt(gap),
        ops: fixOps(prev, prevSuppressed, min),
      });
    }
    const how = contextual
      ? { how: `Bỏ chọn «Không thêm khoảng cách giữa các đoạn cùng kiểu» (Don’t add space between paragraphs of the same style) và đặt khoảng cách sau đoạn (Spacing After) tối thiểu ${fmtPt(min)}.`, howEn: `Clear "Don’t add space between paragraphs of the same style" and set Spacing After to at least ${fmtPt(min)}.` }
      : { how: `Đặt khoảng cách sau đoạn (Spacing After) tối thiểu ${fmtPt(min)}.`, howEn: `Set Spacing After to at least ${fmtPt(min)}.` };
    for (const o of offences) Object.assign(o.data, how);
    reportOffences(ctx, offences, { one: 'spacing', many: 'spacingMany' });
  },
});

/** Space after the upper paragraph, and contextual spacing off where it swallowed the space. */
function fixOps(prev: Paragraph, prevSuppressed: boolean, min: number): Offence['ops'] {
  const props: Partial<FixParagraphProps> = { spacingAfterPt: Math.max(min, prev.props.spacingAfterPt) };
  if (prevSuppressed) props.contextualSpacing = false;
  return [{ op: 'setParagraphProps', paragraph: prev.id, props }];
}
