import { defineRule } from '../../../engine/define.js';
import { componentsOf } from '../../shared/anatomy.js';
import { checkTypography, typographyMessages } from '../../shared/typography.js';

/** Tên loại văn bản (ô số 5a; Phụ lục 3, mục 5). */
export default defineRule({
  meta: {
    id: 'party/type-name-format',
    component: 'typeName',
    severity: 'error',
    fixable: 'safe',
    title: { vi: 'Trình bày tên loại văn bản', en: 'Type name typography' },
    description: {
      vi: 'Tên loại văn bản viết chữ in hoa, cỡ 15–16, đứng, đậm, đặt chính giữa trên một dòng riêng.',
      en: 'The type name is written in upper case, 15–16 pt, upright, bold, centred on a line of its own.',
    },
    source: 'HD 36 §1.5.2, Phụ lục 3',
    needsTypography: true,
    messages: { ...typographyMessages },
  },
  check(ctx) {
    for (const c of componentsOf(ctx.anatomy, 'typeName')) {
      checkTypography(ctx, c, ctx.profile.typography.typeName, { vi: 'Tên loại văn bản', en: 'The type name' });
    }
  },
});
