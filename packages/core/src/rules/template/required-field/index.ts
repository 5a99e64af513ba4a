import { defineRule } from '../../../engine/define.js';
import { check as holds, render } from '../../../templates/expr.js';
import { bodyStart, templateScope } from '../../shared/template.js';

/** Các thông tin bắt buộc của văn bản theo mẫu (templates.md): thời gian, địa điểm, thành phần … */
export default defineRule({
  meta: {
    id: 'template/required-field',
    component: 'body',
    severity: 'error',
    fixable: false,
    title: { vi: 'Thiếu thông tin bắt buộc theo mẫu', en: 'Required field missing' },
    description: {
      vi: 'Văn bản thuộc một mẫu nội dung ghi đủ các thông tin mẫu đó yêu cầu — chẳng hạn biên bản sinh hoạt chi bộ ghi thời gian, địa điểm, người chủ trì, thư ký, tổng số đảng viên, số có mặt, vắng mặt (và lý do), kết quả biểu quyết, giờ kết thúc. Mỗi thông tin thiếu, hoặc có tiêu đề mà bỏ trống, là một lỗi.',
      en: 'A document that follows a content template records every field the template requires — a chi bộ meeting record gives the time, place, chair, secretary, the members in total, present and absent (with reasons), the result of the vote and the time it ended. One finding per field missing, or labelled but left blank.',
    },
    source: 'Mẫu nội dung (templates.md); căn cứ ghi trong từng mẫu',
    messages: {
      missing: {
        vi: 'Thiếu «{{field}}» theo mẫu «{{template}}» (căn cứ: {{source}}). Ghi rõ {{field}} trong văn bản.',
        en: 'Missing "{{field}}" required by the template "{{template}}" (source: {{source}}). State it in the document.',
      },
      missingWhen: {
        vi: 'Thiếu «{{field}}», bắt buộc khi {{condition}}, theo mẫu «{{template}}» (căn cứ: {{source}}). Ghi rõ {{field}} trong văn bản.',
        en: 'Missing "{{field}}", required when {{condition}}, by the template "{{template}}" (source: {{source}}). State it in the document.',
      },
      empty: {
        vi: 'Có mục «{{label}}» nhưng chưa ghi {{field}} (mẫu «{{template}}», căn cứ: {{source}}). Điền nội dung vào sau «{{label}}».',
        en: '"{{label}}" is there but {{field}} is not filled in (template "{{template}}", source: {{source}}). Fill it in after "{{label}}".',
      },
    },
  },
  check(ctx) {
    const scope = templateScope(ctx);
    if (!scope) return;
    const { template, analysis, values } = scope;
    const title = (id: string) => template.fields.find((f) => f.id === id)?.title ?? id;
    for (const field of template.fields) {
      if (field.optional) continue;
      let condition: string | null = null;
      if (field.requiredWhen) {
        const r = holds(field.requiredWhen, values);
        if (!r?.ok) continue;
        condition = render(field.requiredWhen, (id) => `${title(id)} = ${values.get(id)}`);
      }
      // Inside a section that is missing: template/required-section already says so.
      if (field.within && !analysis.sections.has(field.within)) {
        ctx.note(`${field.id}: section ${field.within} not found; not looked for`);
        continue;
      }
      // No signature block at all: party/signature-missing says so.
      if (field.scope === 'signature' && !ctx.anatomy.footerFound) {
        ctx.note(`${field.id}: no signature block recognised`);
        continue;
      }
      const read = analysis.fields.get(field.id);
      if (!read || read.status === 'ok' || read.status === 'invalid') continue;
      const data = { template: template.title, templateId: template.id, field: field.title, fieldId: field.id, source: template.source };
      const severity = field.severity ? { severity: field.severity } : {};
      if (read.status === 'empty' && read.paragraph) {
        const label = read.paragraph.text.slice(read.offset, read.offset + read.length).trim().replace(/\s*[:：]$/u, '');
        ctx.report({ messageId: 'empty', data: { ...data, label }, paragraph: read.paragraph, offset: read.offset, length: read.length, expected: field.title, actual: '', ...severity });
        continue;
      }
      const anchor =
        field.scope === 'signature'
          ? (ctx.anatomy.components.filter((c) => c.kind === 'signaturePosition' || c.kind === 'signatureAuthority' || c.kind === 'signatureName').at(-1)?.paragraph ?? null)
          : field.within
            ? (analysis.sections.get(field.within)?.paragraph ?? null)
            : bodyStart(scope);
      ctx.report({
        messageId: condition ? 'missingWhen' : 'missing',
        data: condition ? { ...data, condition } : data,
        paragraph: anchor,
        ...(field.scope === 'signature' ? { component: 'signaturePosition' as const } : {}),
        expected: field.title,
        actual: null,
        ...severity,
      });
    }
  },
});
