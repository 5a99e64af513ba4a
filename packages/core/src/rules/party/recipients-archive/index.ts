import { defineRule } from '../../../engine/define.js';
import { fold } from '../../../text.js';
import { componentsOf, firstOf } from '../../shared/anatomy.js';

/** What stands in front of a list line: "- ", "+ ", "• " … */
const LEAD = /^[-–—+•*]\s*/u;

/** Nơi lưu văn bản: dòng cuối của nơi nhận (HD 36 §1.9.1, ví dụ). */
export default defineRule({
  meta: {
    id: 'party/recipients-archive',
    component: 'recipientsItem',
    severity: 'warning',
    fixable: false,
    title: { vi: 'Nơi lưu văn bản', en: 'Archive line of the recipients' },
    description: {
      vi: 'Dòng cuối cùng của phần nơi nhận là nơi lưu văn bản, bắt đầu bằng «- Lưu» và tên cơ quan lưu, ví dụ «- Lưu Văn phòng Tỉnh ủy.».',
      en: 'The last line of the recipients is the archive line, starting "- Lưu" and naming the archiving office, e.g. "- Lưu Văn phòng Tỉnh ủy.".',
    },
    source: 'HD 36 §1.9.1 (ví dụ), §1.9.2',
    messages: {
      missing: {
        vi: 'Phần nơi nhận không có dòng lưu văn bản. Thêm dòng cuối «- {{word}} …» ghi nơi lưu (ví dụ «- {{word}} Văn phòng Tỉnh ủy.»).',
        en: 'The recipients have no archive line. Add a last line "- {{word}} …" naming where the document is filed (e.g. "- {{word}} Văn phòng Tỉnh ủy.").',
      },
      notLast: {
        vi: 'Dòng lưu văn bản «{{actual}}» phải đứng cuối danh sách nơi nhận. Chuyển dòng này xuống cuối.',
        en: 'The archive line "{{actual}}" comes last in the recipients. Move it to the end.',
      },
    },
  },
  check(ctx) {
    if (!firstOf(ctx.anatomy, 'recipientsLabel')) return;
    const items = componentsOf(ctx.anatomy, 'recipientsItem');
    if (!items.length) return ctx.note('no recipient items: recipients-missing speaks');
    const word = typeof ctx.options.archiveWord === 'string' ? ctx.options.archiveWord : 'Lưu';
    const archive = new RegExp(`^${fold(word)}(?!\\p{L})`, 'u');
    const isArchive = (text: string) => archive.test(fold(text.replace(LEAD, '')));
    const last = items.at(-1)!;
    if (isArchive(last.text)) return;
    const found = items.find((c) => isArchive(c.text));
    if (found) {
      ctx.report({ messageId: 'notLast', data: { actual: found.text }, paragraph: found.paragraph, offset: found.offset, length: found.length, expected: null, actual: found.text });
      return;
    }
    ctx.report({ messageId: 'missing', data: { word }, paragraph: last.paragraph, offset: last.offset, length: last.length, expected: `- ${word} …`, actual: last.text });
  },
});
