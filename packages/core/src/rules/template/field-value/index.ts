import { defineRule } from '../../../engine/define.js';
import { check as holds, fieldsOf, render, shownComparator, type Expr } from '../../../templates/expr.js';
import { showValue } from '../../../templates/match.js';
import type { ResolvedTemplate } from '../../../templates/types.js';
import { templateScope } from '../../shared/template.js';

/** A side of a comparison for people: a bare time field reads as a time, the rest as numbers. */
function showSide(template: ResolvedTemplate, e: Expr, value: number): string {
  if (e.kind === 'field') {
    const f = template.fields.find((x) => x.id === e.id);
    if (f?.value?.type === 'time') return showValue(f, value);
  }
  return String(value);
}

/** Giá trị các thông tin theo mẫu phải khớp nhau (templates.md): có mặt + vắng mặt = tổng số … */
export default defineRule({
  meta: {
    id: 'template/field-value',
    component: 'body',
    severity: 'error',
    fixable: false,
    title: { vi: 'Số liệu, giá trị không khớp theo mẫu', en: 'Field values break the template\'s constraints' },
    description: {
      vi: 'Các thông tin ghi trong văn bản phải khớp với nhau theo ràng buộc của mẫu — chẳng hạn trong biên bản sinh hoạt chi bộ: số có mặt cộng số vắng mặt bằng tổng số đảng viên; số tán thành cộng không tán thành không vượt số có mặt; giờ kết thúc sau giờ bắt đầu. Một giá trị phải chọn trong danh sách (mức xếp loại) mà ghi khác cũng bị báo.',
      en: 'What the document records must agree with the template\'s constraints — in a chi bộ meeting record, members present plus absent equal the total; votes in favour plus against do not exceed those present; the meeting ends after it starts. A value that must be one of a list (a quality grade) and is not is reported too.',
    },
    source: 'Mẫu nội dung (templates.md); căn cứ ghi trong từng mẫu',
    messages: {
      constraint: {
        vi: '{{messageVi}}: «{{constraint}}» không đúng ({{computed}}); số liệu đọc được: {{values}} (mẫu «{{template}}», căn cứ: {{source}}). Kiểm tra lại các số liệu này.',
        en: '{{messageEn}}: "{{constraint}}" does not hold ({{computed}}); values read: {{values}} (template "{{template}}", source: {{source}}). Check these figures.',
      },
      notInEnum: {
        vi: '«{{field}}» ghi «{{actual}}», không phải một trong các mức: {{allowed}} (mẫu «{{template}}», căn cứ: {{source}}). Ghi đúng một mức.',
        en: '"{{field}}" reads "{{actual}}", which is not one of: {{allowed}} (template "{{template}}", source: {{source}}). Write one of them.',
      },
    },
  },
  check(ctx) {
    const scope = templateScope(ctx);
    if (!scope) return;
    const { template, analysis, values } = scope;
    const base = { template: template.title, templateId: template.id, source: template.source };
    for (const read of analysis.fields.values()) {
      if (read.status !== 'invalid' || !read.paragraph) continue;
      const allowed = read.field.value?.enum ?? [];
      ctx.report({
        messageId: 'notInEnum',
        data: { ...base, field: read.field.title, fieldId: read.field.id, actual: read.raw ?? '', allowed: allowed.map((a) => `«${a}»`).join(', ') },
        paragraph: read.paragraph,
        offset: read.offset,
        length: read.length,
        expected: allowed.join(' | '),
        actual: read.raw,
        ...(read.field.severity ? { severity: read.field.severity } : {}),
      });
    }
    const title = (id: string) => template.fields.find((f) => f.id === id)?.title ?? id;
    for (const c of template.constraints) {
      if (c.when && !holds(c.when, values)?.ok) continue;
      const result = holds(c.expr, values);
      if (!result) {
        ctx.note(`${c.id}: a field of "${c.text}" has no value; not checked`);
        continue;
      }
      if (result.ok) continue;
      const ids = fieldsOf(c.expr);
      const shown = ids.map((id) => {
        const f = template.fields.find((x) => x.id === id)!;
        const read = analysis.fields.get(id);
        const v = values.get(id) ?? null;
        return `${f.title} = ${showValue(f, v)}${read?.status !== 'ok' ? ' (không ghi / not stated)' : ''}`;
      });
      const computed = `${showSide(template, c.expr.left, result.left)} ${shownComparator(c.expr.op, true)} ${showSide(template, c.expr.right, result.right)}`;
      const at = ids.map((id) => analysis.fields.get(id)).find((r) => r?.status === 'ok' && r.paragraph);
      ctx.report({
        messageId: 'constraint',
        data: {
          ...base,
          constraintId: c.id,
          constraint: render(c.expr, title),
          computed,
          values: shown.join('; '),
          messageVi: c.message?.vi ?? 'Số liệu không khớp',
          messageEn: c.message?.en ?? 'Values do not agree',
        },
        paragraph: at?.paragraph ?? null,
        ...(at ? { offset: at.offset, length: at.length } : {}),
        expected: render(c.expr, title),
        actual: computed,
        ...(c.severity ? { severity: c.severity } : {}),
      });
    }
  },
});
