import { defineRule } from '../../../engine/define.js';
import { fold } from '../../../text.js';
import { firstOf } from '../../shared/anatomy.js';

/** Tên loại văn bản phải là thể loại văn bản của Đảng (QĐ 66-QĐ/TW, nay QĐ 399-QĐ/TW). */
export default defineRule({
  meta: {
    id: 'party/type-name-unknown',
    component: 'typeName',
    severity: 'warning',
    fixable: false,
    title: { vi: 'Tên loại không phải thể loại văn bản của Đảng', en: 'Type name is not a Party document type' },
    description: {
      vi: 'Tên loại văn bản là một trong các thể loại văn bản của Đảng (nghị quyết, quyết định, chỉ thị, kết luận, quy chế, quy định, thông tri, hướng dẫn, báo cáo, kế hoạch, chương trình, thông báo, tờ trình, biên bản …). Các thể loại chỉ có trong văn bản hành chính nhà nước (nghị định, thông tư, công điện …) bị báo.',
      en: 'The type name is one of the Party document types (nghị quyết, quyết định, chỉ thị, kết luận, quy chế, quy định, thông tri, hướng dẫn, báo cáo, kế hoạch, chương trình, thông báo, tờ trình, biên bản …). Types that exist only in State documents (nghị định, thông tư, công điện …) are reported.',
    },
    source: 'QĐ 66-QĐ/TW (QĐ 399-QĐ/TW), HD 36 §1.5.1',
    messages: {
      stateOnly: {
        vi: '«{{actual}}» là thể loại văn bản hành chính nhà nước, không phải thể loại văn bản của Đảng. Chọn một thể loại văn bản của Đảng phù hợp với nội dung (ví dụ: {{examples}}).',
        en: '"{{actual}}" is a State document type, not a Party one. Choose the Party document type that fits the content (e.g. {{examples}}).',
      },
      unknown: {
        vi: '«{{actual}}» không có trong danh sách thể loại văn bản của Đảng. Kiểm tra lại tên loại (ví dụ: {{examples}}).',
        en: '"{{actual}}" is not in the list of Party document types. Check the type name (e.g. {{examples}}).',
      },
    },
  },
  check(ctx) {
    const typeName = firstOf(ctx.anatomy, 'typeName');
    if (!typeName) return;
    const key = fold(typeName.text);
    const { documentTypes, administrativePapers, stateOnlyTypes } = ctx.profile;
    const examples = documentTypes
      .filter((t) => t.symbols.length > 0 && !t.noTypeName)
      .slice(0, 6)
      .map((t) => t.name.toLocaleUpperCase('vi'))
      .join(', ');
    const at = { paragraph: typeName.paragraph, offset: typeName.offset, length: typeName.length, actual: typeName.text };
    const state = stateOnlyTypes.find((t) => fold(t) === key);
    if (state) {
      ctx.report({ messageId: 'stateOnly', data: { actual: typeName.text, examples }, ...at, expected: null });
      return;
    }
    // A Party type, possibly followed by its subject on the same line ("BÁO CÁO CHÍNH TRỊ").
    const also = (ctx.options.alsoAccepted as string[] | undefined) ?? [];
    const party = [...documentTypes.map((t) => t.name), ...administrativePapers, ...also].map(fold);
    if (party.some((name) => key === name || key.startsWith(`${name} `))) return;
    if (stateOnlyTypes.some((t) => key.startsWith(`${fold(t)} `))) {
      ctx.report({ messageId: 'stateOnly', data: { actual: typeName.text, examples }, ...at, expected: null });
      return;
    }
    // The anatomy took this line as a type name by its form only (centred, upper case): advice, not a finding.
    ctx.report({ messageId: 'unknown', data: { actual: typeName.text, examples }, ...at, expected: null, severity: 'info' });
  },
});
