import { defineRule } from '../../../engine/define.js';
import { bodyComponents, fmtPt, numberOption, reportOffences, textRuns, type Offence } from '../../shared/body.js';

const range = (r: [number, number]) => (r[0] === r[1] ? fmtPt(r[0]) : `${r[0]}–${fmtPt(r[1])}`);

/** Cỡ chữ của nội dung văn bản (ô số 6; Phụ lục 3, mục 6). */
export default defineRule({
  meta: {
    id: 'party/body-font-size',
    component: 'body',
    severity: 'error',
    fixable: 'safe',
    title: { vi: 'Cỡ chữ nội dung văn bản', en: 'Body font size' },
    description: {
      vi: 'Nội dung văn bản (kể cả các dòng phần, chương, mục, điều, khoản, điểm) cỡ 14–15. Bảng biểu trong nội dung có thể cỡ 12–15; dưới 14 là cảnh báo.',
      en: 'Body text (Phần, Chương, Mục, Điều lines, clauses and points included) is 14–15 pt. Tables inside the body may use 12–15 pt; below 14 is a warning.',
    },
    source: 'HD 36 Phụ lục 3',
    needsTypography: true,
    messages: {
      size: {
        vi: 'Đoạn thân văn bản cỡ chữ {{actual}}; nội dung văn bản phải cỡ {{expected}}. Đặt cỡ chữ {{target}}.',
        en: 'Body paragraph in {{actual}}; body text must be {{expected}}. Set {{target}}.',
      },
      sizeMany: {
        vi: '{{count}} đoạn thân văn bản có cỡ chữ ngoài {{expected}} (đoạn đầu tiên: {{actual}}). Đặt cỡ chữ {{target}} cho các đoạn này.',
        en: '{{count}} body paragraphs are not {{expected}} (the first: {{actual}}). Set them to {{target}}.',
      },
      tableSize: {
        vi: 'Chữ trong bảng cỡ {{actual}}; bảng biểu trong nội dung văn bản cỡ {{expected}}. Đặt cỡ chữ {{target}}.',
        en: 'Table text in {{actual}}; tables in the body are {{expected}}. Set {{target}}.',
      },
      tableSizeMany: {
        vi: '{{count}} đoạn trong bảng có cỡ chữ ngoài {{expected}} (đoạn đầu tiên: {{actual}}). Đặt cỡ chữ {{target}}.',
        en: '{{count}} table paragraphs are not {{expected}} (the first: {{actual}}). Set {{target}}.',
      },
      tableSmall: {
        vi: 'Chữ trong bảng cỡ {{actual}}, nhỏ hơn {{preferred}} của nội dung văn bản; nên dùng cỡ {{preferred}} nếu bảng đủ chỗ.',
        en: 'Table text in {{actual}}, smaller than the body’s {{preferred}}; prefer {{preferred}} if the table has room.',
      },
      tableSmallMany: {
        vi: '{{count}} đoạn trong bảng cỡ chữ nhỏ hơn {{preferred}} (đoạn đầu tiên: {{actual}}); nên dùng cỡ {{preferred}} nếu bảng đủ chỗ.',
        en: '{{count}} table paragraphs are smaller than {{preferred}} (the first: {{actual}}); prefer {{preferred}} if the table has room.',
      },
    },
  },
  check(ctx) {
    const body = ctx.profile.typography.body?.sizePt;
    if (!body) return ctx.note('the profile has no body typography (typography.body); not checked');
    const tol = ctx.profile.sizeTolerancePt;
    const tableRange = (Array.isArray(ctx.options.tableSizePt) ? ctx.options.tableSizePt : body) as [number, number];
    const preferred = numberOption(ctx, 'tableWarnBelowPt', body[0]);
    const text: Offence[] = [];
    const table: Offence[] = [];
    const small: Offence[] = [];
    for (const c of bodyComponents(ctx)) {
      const inTable = c.paragraph.table !== null;
      const [min, max] = inTable ? tableRange : body;
      const runs = textRuns(c.paragraph);
      const bad = runs.filter((r) => r.props.sizePt < min - tol || r.props.sizePt > max + tol);
      if (bad.length) {
        const first = bad[0]!.props.sizePt;
        const target = first < min ? min : max;
        (inTable ? table : text).push(offence(c.paragraph, c.kind, bad.map((r) => r.index), first, inTable ? tableRange : body, target));
        continue;
      }
      if (inTable) {
        const low = runs.filter((r) => r.props.sizePt < preferred - tol);
        if (low.length) small.push({ ...offence(c.paragraph, c.kind, low.map((r) => r.index), low[0]!.props.sizePt, tableRange, preferred), data: { actual: fmtPt(low[0]!.props.sizePt), preferred: fmtPt(preferred) } });
      }
    }
    reportOffences(ctx, text, { one: 'size', many: 'sizeMany' });
    reportOffences(ctx, table, { one: 'tableSize', many: 'tableSizeMany' });
    // A smaller table is allowed ("may be 12–15"); growing it can break its layout, so the fix is on request.
    reportOffences(ctx, small, { one: 'tableSmall', many: 'tableSmallMany' }, { severity: 'warning', fixKind: 'unsafe' });
  },
});

function offence(p: Offence['paragraph'], component: Offence['component'], runs: number[], actual: number, expected: [number, number], target: number): Offence {
  return {
    paragraph: p,
    component,
    data: { actual: fmtPt(actual), expected: range(expected), target: fmtPt(target) },
    expected: range(expected),
    actual: fmtPt(actual),
    ops: [{ op: 'setRunProps', paragraph: p.id, runs, props: { sizePt: target } }],
  };
}
