import { defineRule } from '../../../engine/define.js';
import type { SectionHit } from '../../../templates/match.js';
import { templateScope } from '../../shared/template.js';

/** The found sections that keep the template's order: a longest non-decreasing run of positions. */
function inOrder(hits: SectionHit[]): Set<string> {
  const n = hits.length;
  const len = new Array<number>(n).fill(1);
  const prev = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < i; j++)
      if (hits[j]!.order <= hits[i]!.order && len[j]! + 1 > len[i]!) {
        len[i] = len[j]! + 1;
        prev[i] = j;
      }
  let end = -1;
  for (let i = 0; i < n; i++) if (end < 0 || len[i]! > len[end]!) end = i;
  const keep = new Set<string>();
  for (let i = end; i >= 0; i = prev[i]!) keep.add(hits[i]!.section.id);
  return keep;
}

/** Thứ tự các phần nội dung theo mẫu (templates.md). */
export default defineRule({
  meta: {
    id: 'template/section-order',
    component: 'body',
    severity: 'warning',
    fixable: false,
    title: { vi: 'Các phần nội dung không đúng thứ tự của mẫu', en: 'Sections out of the template\'s order' },
    description: {
      vi: 'Các phần nội dung bắt buộc đứng theo thứ tự của mẫu (ví dụ: đánh giá năm trước, rồi mục tiêu, nhiệm vụ năm tới, rồi chương trình kiểm tra, giám sát, cuối cùng tổ chức thực hiện). Báo phần đứng sai chỗ so với các phần còn lại.',
      en: 'The required sections follow the template\'s order (e.g. the past year\'s evaluation, then the coming year\'s goals and tasks, then the inspection and supervision programme, then implementation). Reports the section that is out of place relative to the others.',
    },
    source: 'Mẫu nội dung (templates.md); căn cứ ghi trong từng mẫu',
    messages: {
      mustFollow: {
        vi: 'Phần «{{section}}» đứng trước phần «{{other}}» nhưng theo mẫu «{{template}}» phải đứng sau phần đó (căn cứ: {{source}}). Chuyển phần này xuống sau phần «{{other}}».',
        en: 'The section "{{section}}" comes before "{{other}}" but the template "{{template}}" puts it after (source: {{source}}). Move it after "{{other}}".',
      },
      mustPrecede: {
        vi: 'Phần «{{section}}» đứng sau phần «{{other}}» nhưng theo mẫu «{{template}}» phải đứng trước phần đó (căn cứ: {{source}}). Chuyển phần này lên trước phần «{{other}}».',
        en: 'The section "{{section}}" comes after "{{other}}" but the template "{{template}}" puts it before (source: {{source}}). Move it before "{{other}}".',
      },
    },
  },
  check(ctx) {
    const scope = templateScope(ctx);
    if (!scope) return;
    const { template, analysis } = scope;
    if (!template.ordered) return ctx.note(`template ${template.id} does not require an order`);
    const hits = template.sections.map((s) => analysis.sections.get(s.id)).filter((h): h is SectionHit => !!h);
    const keep = inOrder(hits);
    const kept = hits.filter((h) => keep.has(h.section.id));
    for (const h of hits) {
      if (keep.has(h.section.id)) continue;
      const after = [...kept].reverse().find((k) => k.section.index < h.section.index && k.order > h.order);
      const before = kept.find((k) => k.section.index > h.section.index && k.order < h.order);
      const other = after ?? before;
      if (!other) continue;
      ctx.report({
        messageId: after ? 'mustFollow' : 'mustPrecede',
        data: { template: template.title, templateId: template.id, section: h.section.title, sectionId: h.section.id, other: other.section.title, source: template.source },
        paragraph: h.paragraph,
        expected: after ? `sau «${other.section.title}»` : `trước «${other.section.title}»`,
        actual: h.paragraph.text.trim().slice(0, 80),
      });
    }
  },
});
