import { defineRule } from '../../../engine/define.js';
import { componentsOf, firstOf } from '../../shared/anatomy.js';

const ALIGN: Record<string, { vi: string; en: string }> = {
  left: { vi: 'trái', en: 'left' },
  start: { vi: 'trái', en: 'left' },
  right: { vi: 'phải', en: 'right' },
  end: { vi: 'phải', en: 'right' },
  both: { vi: 'đều hai bên', en: 'justified' },
  distribute: { vi: 'dàn đều', en: 'distributed' },
};

/** Năm dấu gạch nối dưới trích yếu, ngăn cách với nội dung văn bản (ô số 5a). */
export default defineRule({
  meta: {
    id: 'party/summary-separator',
    component: 'separator',
    severity: 'error',
    fixable: 'safe',
    title: { vi: 'Dấu gạch nối dưới trích yếu', en: 'Separator under the summary' },
    description: {
      vi: 'Dưới trích yếu nội dung có một dòng gồm đúng năm dấu gạch nối «-----», đặt chính giữa, ngăn cách với nội dung văn bản.',
      en: 'Under the summary a line of exactly five hyphens "-----", centred, separates it from the body.',
    },
    source: 'HD 36 §1.5.2',
    messages: {
      missing: {
        vi: 'Không thấy dòng «{{expected}}» dưới trích yếu nội dung. Thêm một dòng gồm năm dấu gạch nối «{{expected}}», đặt chính giữa, giữa trích yếu và nội dung văn bản.',
        en: 'No "{{expected}}" line under the summary. Add a line of five hyphens "{{expected}}", centred, between the summary and the body.',
      },
      form: {
        vi: 'Dòng ngăn cách dưới trích yếu ghi đúng năm dấu gạch nối «{{expected}}», không ghi «{{actual}}».',
        en: 'The line under the summary is exactly five hyphens "{{expected}}", not "{{actual}}".',
      },
      alignment: {
        vi: 'Dòng «{{expected}}» dưới trích yếu phải đặt chính giữa; đang căn {{actual}}. Căn giữa dòng này.',
        en: 'The "{{expected}}" line under the summary must be centred; it is aligned {{actualEn}}. Centre it.',
      },
    },
  },
  check(ctx) {
    const expected = typeof ctx.options.text === 'string' ? ctx.options.text : null;
    if (!expected) return ctx.note('the profile gives no separator text (rules["party/summary-separator"].text); not checked');
    const typeName = firstOf(ctx.anatomy, 'typeName');
    // Only documents with a type name carry the separator; a công văn's summary sits under its number.
    if (!typeName) return;
    const separators = componentsOf(ctx.anatomy, 'separator');
    if (!separators.length) {
      if (!ctx.anatomy.headerFound) return ctx.note('header block not recognised; staying silent');
      const summary = componentsOf(ctx.anatomy, 'summary').at(-1) ?? typeName;
      ctx.report({ messageId: 'missing', data: { expected }, paragraph: summary.paragraph, component: 'separator', expected, actual: null });
      return;
    }
    for (const c of separators) {
      if (c.text !== expected) {
        ctx.report({
          messageId: 'form',
          data: { expected, actual: c.text },
          paragraph: c.paragraph,
          offset: c.offset,
          length: c.length,
          component: 'separator',
          expected,
          actual: c.text,
          fix: { kind: 'safe', ops: [{ op: 'replaceText', paragraph: c.paragraph.id, offset: c.offset, length: c.length, text: expected }] },
        });
      }
      const p = c.paragraph;
      if (ctx.model.capabilities.typography && !p.table && !p.text.includes('\t') && p.props.alignment !== 'center') {
        ctx.report({
          messageId: 'alignment',
          data: { expected, actual: ALIGN[p.props.alignment]?.vi ?? p.props.alignment, actualEn: ALIGN[p.props.alignment]?.en ?? p.props.alignment },
          paragraph: p,
          offset: c.offset,
          length: c.length,
          component: 'separator',
          expected: 'center',
          actual: p.props.alignment,
          fix: { kind: 'safe', ops: [{ op: 'setParagraphProps', paragraph: p.id, props: { alignment: 'center' } }] },
        });
      }
    }
  },
});
