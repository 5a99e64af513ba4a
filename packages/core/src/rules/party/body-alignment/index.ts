import { defineRule } from '../../../engine/define.js';
import { bodyText, headingLines, numberOption, reportOffences, shownUpper, type Offence } from '../../shared/body.js';

const ALIGN: Record<string, [string, string]> = {
  left: ['căn trái', 'left-aligned'],
  start: ['căn trái', 'left-aligned'],
  right: ['căn phải', 'right-aligned'],
  end: ['căn phải', 'right-aligned'],
  center: ['căn giữa', 'centred'],
  both: ['căn đều hai lề', 'justified'],
  distribute: ['dàn đều cả dòng cuối', 'distributed'],
};

/** Căn lề nội dung văn bản (HD 36 §1.6.2). */
export default defineRule({
  meta: {
    id: 'party/body-alignment',
    component: 'body',
    severity: 'error',
    fixable: 'safe',
    title: { vi: 'Căn lề nội dung văn bản', en: 'Body alignment' },
    description: {
      vi: 'Nội dung văn bản dàn đều hai lề (justified). Các dòng «Phần», «Chương», «Mục» và tên của chúng đặt chính giữa; các dòng chữ in hoa ngắn (ví dụ «QUYẾT ĐỊNH:») có thể đặt chính giữa.',
      en: 'Body text is justified. "Phần", "Chương", "Mục" lines and their names are centred; short upper-case lines (e.g. "QUYẾT ĐỊNH:") may be centred.',
    },
    source: 'HD 36 §1.6.2',
    needsTypography: true,
    messages: {
      justify: {
        vi: 'Đoạn thân văn bản đang {{actual}}; nội dung văn bản phải căn đều hai lề. Chọn căn đều hai lề (Justify, Ctrl+J).',
        en: 'Body paragraph is {{actualEn}}; body text must be justified. Justify it (Ctrl+J).',
      },
      justifyMany: {
        vi: '{{count}} đoạn thân văn bản không căn đều hai lề (đoạn đầu tiên: {{actual}}). Chọn căn đều hai lề (Justify, Ctrl+J) cho các đoạn này.',
        en: '{{count}} body paragraphs are not justified (the first: {{actualEn}}). Justify them (Ctrl+J).',
      },
      centre: {
        vi: 'Dòng «{{text}}» (phần, chương, mục hoặc tên của chúng) đang {{actual}}; phải đặt chính giữa. Căn giữa dòng này.',
        en: 'The line "{{text}}" (a part, chapter or section line or its name) is {{actualEn}}; it must be centred. Centre it.',
      },
      centreMany: {
        vi: '{{count}} dòng phần, chương, mục và tên của chúng không đặt chính giữa (dòng đầu tiên: «{{text}}», {{actual}}). Căn giữa các dòng này.',
        en: '{{count}} part, chapter and section lines or names are not centred (the first: "{{text}}", {{actualEn}}). Centre them.',
      },
    },
  },
  check(ctx) {
    const comps = bodyText(ctx);
    const { lines, names } = headingLines(ctx, comps);
    const upperMax = numberOption(ctx, 'upperLineMaxLength', 120);
    const justify: Offence[] = [];
    const centre: Offence[] = [];
    for (const c of comps) {
      const p = c.paragraph;
      const a = p.props.alignment;
      const text = p.text.trim();
      if (lines.has(p.id) || names.has(p.id)) {
        if (a !== 'center') centre.push(offence(c, 'center', { text }));
        continue;
      }
      // Short upper-case lines ("BAN THƯỜNG VỤ TỈNH ỦY", "QUYẾT ĐỊNH:") are titles: centred or justified.
      if (a === 'center' && shownUpper(p) && text.length <= upperMax) continue;
      if (a !== 'both') justify.push(offence(c, 'both', {}));
    }
    reportOffences(ctx, justify, { one: 'justify', many: 'justifyMany' });
    reportOffences(ctx, centre, { one: 'centre', many: 'centreMany' });
  },
});

function offence(c: { paragraph: Offence['paragraph']; kind: Offence['component'] }, expected: 'both' | 'center', data: Record<string, string>): Offence {
  const actual = c.paragraph.props.alignment;
  return {
    paragraph: c.paragraph,
    component: c.kind,
    data: { ...data, actual: ALIGN[actual]?.[0] ?? actual, actualEn: ALIGN[actual]?.[1] ?? actual },
    expected,
    actual,
    ops: [{ op: 'setParagraphProps', paragraph: c.paragraph.id, props: { alignment: expected } }],
  };
}
