import { defineRule } from '../../../engine/define.js';
import { bodyText, fmtMm, headingLines, numberOption, reportOffences, shownUpper, type Offence } from '../../shared/body.js';

/** Lùi đầu dòng của nội dung văn bản (HD 36 §1.6.2). */
export default defineRule({
  meta: {
    id: 'party/body-indent',
    component: 'body',
    severity: 'warning',
    fixable: 'safe',
    title: { vi: 'Lùi đầu dòng nội dung văn bản', en: 'Body first-line indent' },
    description: {
      vi: 'Khi xuống dòng, chữ đầu dòng lùi vào khoảng 10 mm (chấp nhận 9–13 mm, kể cả 1,27 cm). Không xét các dòng đặt chính giữa, các dòng phần, chương, mục và tên của chúng, các dòng chữ in hoa và bảng biểu. Đoạn đánh số tự động được xét theo vị trí của số thứ tự.',
      en: 'The first line of each paragraph is indented about 10 mm (9–13 mm accepted, 1.27 cm included). Centred lines, part/chapter/section lines and their names, upper-case lines and tables are not checked. An automatically numbered paragraph is judged by where its number starts.',
    },
    source: 'HD 36 §1.6.2',
    needsTypography: true,
    messages: {
      indent: {
        vi: 'Dòng đầu đoạn lùi vào {{actual}}; theo HD 36 chữ đầu dòng lùi vào khoảng {{target}} (chấp nhận {{range}}). Đặt thụt lề dòng đầu (First line) {{target}}.',
        en: 'The first line is indented {{actual}}; HD 36 indents it about {{target}} ({{range}} accepted). Set a first-line indent of {{target}}.',
      },
      indentMany: {
        vi: '{{count}} đoạn thân văn bản có dòng đầu không lùi vào khoảng {{target}} (đoạn đầu tiên: {{actual}}; chấp nhận {{range}}). Đặt thụt lề dòng đầu (First line) {{target}} cho các đoạn này.',
        en: '{{count}} body paragraphs are not indented about {{target}} on their first line (the first: {{actual}}; {{range}} accepted). Set a first-line indent of {{target}}.',
      },
    },
  },
  check(ctx) {
    const range = (Array.isArray(ctx.options.firstLineMm) ? ctx.options.firstLineMm : [9, 13]) as [number, number];
    const target = numberOption(ctx, 'targetMm', 10);
    const upperMax = numberOption(ctx, 'upperLineMaxLength', 120);
    const comps = bodyText(ctx);
    const { lines, names } = headingLines(ctx, comps);
    const offences: Offence[] = [];
    for (const c of comps) {
      const p = c.paragraph;
      if (lines.has(p.id) || names.has(p.id) || p.props.alignment === 'center') continue;
      if (shownUpper(p) && p.text.trim().length <= upperMax) continue;
      // Where the first line starts, from the text margin: a numbering level's indents are already in the
      // paragraph's effective properties, and for a numbered paragraph this is where its number stands.
      const position = p.props.indentLeftMm + p.props.indentFirstLineMm;
      if (position >= range[0] - 0.05 && position <= range[1] + 0.05) continue;
      offences.push({
        paragraph: p,
        component: c.kind,
        data: { actual: fmtMm(position), target: fmtMm(target), range: `${range[0]}–${fmtMm(range[1])}` },
        expected: fmtMm(target),
        actual: fmtMm(position),
        ops: [{ op: 'setParagraphProps', paragraph: p.id, props: { indentFirstLineMm: Math.round((target - p.props.indentLeftMm) * 100) / 100 } }],
      });
    }
    reportOffences(ctx, offences, { one: 'indent', many: 'indentMany' });
  },
});
