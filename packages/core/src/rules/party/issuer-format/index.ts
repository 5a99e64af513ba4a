import { defineRule } from '../../../engine/define.js';
import { componentsOf, firstOf } from '../../shared/anatomy.js';
import { checkTypography, typographyMessages } from '../../shared/typography.js';

/** Tên cơ quan cấp trên trực tiếp và tên cơ quan ban hành (ô số 2; Phụ lục 3, mục 2). */
export default defineRule({
  meta: {
    id: 'party/issuer-format',
    component: 'issuer',
    severity: 'error',
    fixable: 'safe',
    title: { vi: 'Trình bày tên cơ quan ban hành', en: 'Issuing body typography' },
    description: {
      vi: 'Tên cơ quan cấp trên trực tiếp: in hoa, cỡ 14, đứng, không đậm; tên cơ quan ban hành: in hoa, cỡ 14, đứng, đậm. Cơ quan cần ghi cấp trên (huyện ủy, đảng ủy cơ sở, chi bộ, cơ quan tham mưu, đảng đoàn…) phải có dòng tên cơ quan cấp trên.',
      en: 'Parent body line(s): upper case, 14 pt, upright, not bold; issuing body line(s): upper case, 14 pt, upright, bold. Issuers that need a parent (district committees, grassroots đảng ủy, chi bộ, advisory bodies, đảng đoàn …) carry the parent line above their name.',
    },
    source: 'HD 36 §1.2, Phụ lục 3',
    needsTypography: false,
    messages: {
      ...typographyMessages,
      parentMissing: {
        vi: 'Cơ quan ban hành «{{issuer}}» phải ghi tên cơ quan cấp trên trực tiếp ở dòng trên (ví dụ «ĐẢNG BỘ TỈNH …», «TỈNH ỦY …»), in hoa, cỡ 14, không đậm. Thêm dòng tên cơ quan cấp trên.',
        en: 'The issuing body "{{issuer}}" needs the name of its directly superior body on the line above (e.g. "ĐẢNG BỘ TỈNH …", "TỈNH ỦY …"), upper case, 14 pt, not bold. Add the parent line.',
      },
    },
  },
  check(ctx) {
    // Without a recognised header block, "issuer" lines are guesses (any upper-case line near the top): stay silent.
    if (!ctx.anatomy.headerFound) return ctx.note('header block not recognised; staying silent');
    const { typography } = ctx.profile;
    if (ctx.model.capabilities.typography) {
      for (const c of componentsOf(ctx.anatomy, 'parentIssuer')) {
        checkTypography(ctx, c, typography.parentIssuer, { vi: 'Tên cơ quan cấp trên trực tiếp', en: 'The parent body' });
      }
      for (const c of componentsOf(ctx.anatomy, 'issuer')) {
        checkTypography(ctx, c, typography.issuer, { vi: 'Tên cơ quan ban hành', en: 'The issuing body' });
      }
    }
    const issuer = firstOf(ctx.anatomy, 'issuer');
    const kind = ctx.profile.issuerKinds.find((k) => k.kind === ctx.anatomy.issuerKind);
    if (issuer && kind?.needsParent && !firstOf(ctx.anatomy, 'parentIssuer')) {
      const name = componentsOf(ctx.anatomy, 'issuer')
        .map((c) => c.text)
        .join(' ');
      ctx.report({
        messageId: 'parentMissing',
        data: { issuer: name, kind: kind.kind },
        paragraph: issuer.paragraph,
        offset: issuer.offset,
        length: issuer.length,
        component: 'parentIssuer',
        expected: 'dòng tên cơ quan cấp trên trực tiếp',
        actual: 'không có',
      });
    }
  },
});
