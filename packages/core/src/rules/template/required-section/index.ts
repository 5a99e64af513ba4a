import { defineRule } from '../../../engine/define.js';
import { sectionSpan } from '../../../templates/match.js';
import { bodyStart, templateScope } from '../../shared/template.js';

/** Phần nội dung bắt buộc của văn bản theo mẫu (templates.md). */
export default defineRule({
  meta: {
    id: 'template/required-section',
    component: 'body',
    severity: 'error',
    fixable: false,
    title: { vi: 'Thiếu phần nội dung bắt buộc theo mẫu', en: 'Required section missing' },
    description: {
      vi: 'Văn bản thuộc một mẫu nội dung (ví dụ nghị quyết năm của chi bộ) có đủ các phần mẫu đó yêu cầu — chẳng hạn nghị quyết năm của chi bộ phải có chương trình kiểm tra, giám sát. Mỗi phần thiếu là một lỗi, đặt ở chỗ phần đó lẽ ra phải có (sau phần đứng trước nó).',
      en: 'A document that follows a content template (e.g. a chi bộ annual resolution) has every section the template requires — a chi bộ annual resolution must carry its inspection and supervision programme. One finding per missing section, placed where it should have been (after the section before it).',
    },
    source: 'Mẫu nội dung (templates.md); căn cứ ghi trong từng mẫu',
    messages: {
      missing: {
        vi: 'Thiếu phần «{{section}}» theo mẫu «{{template}}» (căn cứ: {{source}}). Phần này đặt sau phần «{{after}}»; bổ sung nội dung này.',
        en: 'The section "{{section}}" required by the template "{{template}}" is missing (source: {{source}}). It belongs after "{{after}}"; add it.',
      },
      missingFirst: {
        vi: 'Thiếu phần «{{section}}» theo mẫu «{{template}}» (căn cứ: {{source}}). Phần này đặt ở đầu nội dung văn bản; bổ sung nội dung này.',
        en: 'The section "{{section}}" required by the template "{{template}}" is missing (source: {{source}}). It belongs at the start of the body; add it.',
      },
    },
  },
  check(ctx) {
    const scope = templateScope(ctx);
    if (!scope) return;
    const { template, analysis } = scope;
    for (const section of template.sections) {
      if (section.optional || analysis.sections.has(section.id)) continue;
      // The place it should have been: after the nearest section before it (in the template's order) that was found.
      const previous = template.sections
        .slice(0, section.index)
        .reverse()
        .find((s) => analysis.sections.has(s.id));
      const paragraph = previous ? (sectionSpan(analysis, previous.id).at(-1)?.paragraph ?? null) : bodyStart(scope);
      ctx.report({
        messageId: previous ? 'missing' : 'missingFirst',
        data: { template: template.title, templateId: template.id, section: section.title, sectionId: section.id, source: template.source, after: previous?.title ?? '' },
        paragraph,
        expected: section.title,
        actual: null,
        ...(section.severity ? { severity: section.severity } : {}),
      });
    }
  },
});
