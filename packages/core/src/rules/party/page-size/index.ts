import { defineRule } from '../../../engine/define.js';

/** Khổ giấy A4, hướng đứng (HD 36 §4.2, §4.3). */
export default defineRule({
  meta: {
    id: 'party/page-size',
    component: 'document',
    severity: 'error',
    fixable: 'safe',
    title: { vi: 'Khổ giấy A4, hướng đứng', en: 'A4 paper, portrait' },
    description: {
      vi: 'Văn bản trình bày trên khổ A4 (210 × 297 mm), hướng đứng; trang nằm ngang chỉ dùng cho phần có bảng.',
      en: 'Documents are laid out on A4 paper (210 × 297 mm), portrait; a landscape section is allowed only for a table.',
    },
    source: 'HD 36 §4.2, §4.3',
    needsPageSetup: true,
    messages: {
      size: {
        vi: 'Khổ giấy phải là A4 ({{expected}}); phần {{section}} đang là {{actual}}. Chọn Layout › Size › A4.',
        en: 'Paper must be A4 ({{expected}}); section {{section}} is {{actual}}. Choose Layout › Size › A4.',
      },
      landscape: {
        vi: 'Phần {{section}} đặt hướng ngang nhưng không có bảng; văn bản trình bày hướng đứng.',
        en: 'Section {{section}} is landscape but holds no table; documents are portrait.',
      },
      landscapeTable: {
        vi: 'Phần {{section}} đặt hướng ngang để trình bày bảng — được phép.',
        en: 'Section {{section}} is landscape to hold a table — allowed.',
      },
    },
  },
  check(ctx) {
    const { page } = ctx.profile;
    const tol = page.sizeToleranceMm;
    for (const s of ctx.model.sections) {
      if (!s.page) continue;
      const short = Math.min(s.page.widthMm, s.page.heightMm);
      const long = Math.max(s.page.widthMm, s.page.heightMm);
      const expected = `${page.widthMm} × ${page.heightMm} mm`;
      const section = s.index + 1;
      const landscape = s.page.orientation === 'landscape' || s.page.widthMm > s.page.heightMm;
      if (Math.abs(short - page.widthMm) > tol || Math.abs(long - page.heightMm) > tol) {
        ctx.report({
          messageId: 'size',
          data: { expected, actual: `${s.page.widthMm} × ${s.page.heightMm} mm`, section },
          paragraph: null,
          expected,
          actual: `${s.page.widthMm} × ${s.page.heightMm} mm`,
          fix: {
            kind: 'safe',
            ops: [{ op: 'setPageSetup', section: s.index, props: landscape ? { widthMm: page.heightMm, heightMm: page.widthMm } : { widthMm: page.widthMm, heightMm: page.heightMm } }],
          },
        });
      }
      if (landscape) {
        if (s.hasTable) ctx.report({ messageId: 'landscapeTable', data: { section }, paragraph: null, severity: 'info' });
        else
          ctx.report({
            messageId: 'landscape',
            data: { section },
            paragraph: null,
            expected: 'portrait',
            actual: 'landscape',
            fix: { kind: 'safe', ops: [{ op: 'setPageSetup', section: s.index, props: { orientation: 'portrait', widthMm: page.widthMm, heightMm: page.heightMm } }] },
          });
      }
    }
  },
});
