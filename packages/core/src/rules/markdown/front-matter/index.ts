import { defineRule } from '../../../engine/define.js';

/** Phần đầu YAML của bản thảo Markdown đúng lược đồ (markdown.md). */
export default defineRule({
  meta: {
    id: 'markdown/front-matter',
    component: 'document',
    severity: 'error',
    fixable: false,
    title: { vi: 'Phần đầu (front matter) của bản thảo Markdown hợp lệ', en: 'Valid front matter in a Markdown draft' },
    description: {
      vi: 'Phần đầu YAML mang các thành phần thể thức (cơ quan ban hành, số, ngày, chữ ký, nơi nhận …) và phải đúng lược đồ: không có khóa lạ, đúng kiểu, đủ khóa bắt buộc.',
      en: 'The YAML front matter carries the components around the text and must follow its schema: no unknown keys, right types, required keys present.',
    },
    source: 'thethuc markdown.md (lược đồ front-matter.schema.json)',
    messages: {
      problem: { vi: '{{message}}', en: '{{message}}' },
    },
  },
  check(ctx) {
    for (const p of ctx.model.inputProblems ?? []) {
      ctx.report({
        messageId: 'problem',
        data: { message: p.message, path: p.path },
        line: p.line,
        column: p.column,
        actual: p.path || null,
      });
    }
  },
});
