import { defineRule } from '../../../engine/define.js';
import { componentsOf } from '../../shared/anatomy.js';
import { before, sameColumn } from '../../shared/position.js';
import { checkTypography, typographyMessages } from '../../shared/typography.js';

const NAME = { vi: 'Ký hiệu người đánh máy và số lượng bản', en: 'The typist mark and copy count' };

/** Ký hiệu người đánh máy và số lượng bản phát hành (ô số 12). */
export default defineRule({
  meta: {
    id: 'party/typist-mark',
    component: 'typist',
    severity: 'warning',
    fixable: 'safe',
    title: { vi: 'Ký hiệu người đánh máy, số lượng bản', en: 'Typist mark and copy count' },
    description: {
      vi: 'Văn bản cần quản lý chặt chẽ số lượng bản phát hành ghi ký hiệu người đánh máy và số lượng bản (ví dụ «ABC268»): chữ in hoa, cỡ 8, đứng, trình bày ở cuối nơi lưu văn bản, ngay sau dòng «- Lưu …» (ô số 12). Cỡ chữ lấy từ hồ sơ, khóa `typist`.',
      en: 'Documents whose copies are tightly controlled carry the typist mark and the number of copies (e.g. "ABC268"): upper case, 8 pt, upright, at the end of the archive entry, right after the "- Lưu …" line (box 12). Typography from the profile key `typist`.',
    },
    source: 'HD 36 §2.3, Phụ lục 3',
    messages: {
      ...typographyMessages,
      afterArchive: {
        vi: 'Ký hiệu người đánh máy «{{actual}}» trình bày ở cuối nơi nhận, sau dòng lưu «{{archive}}».',
        en: 'The typist mark "{{actual}}" stands at the end of the recipients, after the archive line "{{archive}}".',
      },
    },
  },
  check(ctx) {
    const items = componentsOf(ctx.anatomy, 'recipientsItem');
    for (const c of componentsOf(ctx.anatomy, 'typist')) {
      const later = items.filter((i) => before(c, i) && sameColumn(c, i));
      if (later.length) {
        const archive = later[later.length - 1]!;
        ctx.report({ messageId: 'afterArchive', data: { actual: c.text, archive: archive.text }, paragraph: c.paragraph, offset: c.offset, length: c.length, expected: `sau «${archive.text}»`, actual: c.text });
      }
      if (ctx.model.capabilities.typography) checkTypography(ctx, c, ctx.profile.typography.typist, NAME);
    }
  },
});
