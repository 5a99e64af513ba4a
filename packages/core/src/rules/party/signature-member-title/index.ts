import { authorityPrefix } from '../../../anatomy/patterns.js';
import type { Component } from '../../../anatomy/types.js';
import { defineRule } from '../../../engine/define.js';
import { fold } from '../../../text.js';

const SIGNATURE = new Set(['signatureAuthority', 'signaturePosition', 'signatureName']);

/** Thay mặt tập thể ký thì không ghi chức vụ «ỦY VIÊN» (HD 36 §1.7.1). */
export default defineRule({
  meta: {
    id: 'party/signature-member-title',
    component: 'signaturePosition',
    severity: 'warning',
    fixable: false,
    title: { vi: 'Không ghi chức vụ «ỦY VIÊN» khi ký thay mặt', en: 'No "ỦY VIÊN" position when signing on behalf of a body' },
    description: {
      vi: 'Khi thay mặt cấp ủy, ủy ban kiểm tra, ban cán sự đảng, đảng đoàn, hội đồng ký văn bản (T/M), chỉ ghi chức vụ của bí thư, phó bí thư, chủ nhiệm, phó chủ nhiệm, chủ tịch, phó chủ tịch; không ghi chức vụ «ủy viên».',
      en: 'Signing on behalf of a committee, inspection commission, party affairs committee, party delegation or council (T/M), the position is written only for a secretary, deputy secretary, chair or deputy chair; "ủy viên" (member) is not written.',
    },
    source: 'HD 36 §1.7.1',
    messages: {
      member: {
        vi: 'Ký «{{authority}}» thì không ghi chức vụ «{{actual}}». Bỏ dòng chức vụ này; dưới quyền hạn ký là chữ ký và họ tên.',
        en: 'Signing "{{authority}}", the position "{{actual}}" is not written. Remove that line; the signature and name follow the authority line.',
      },
    },
  },
  check(ctx) {
    const members = ((ctx.options.memberTitles as string[] | undefined) ?? ['Ủy viên']).map(fold);
    // Signature lines in reading order; a name closes a block (a biên bản holds two).
    const lines = ctx.anatomy.components.filter((c) => SIGNATURE.has(c.kind));
    let authority: Component | null = null;
    for (const c of lines) {
      if (c.kind === 'signatureName') authority = null;
      else if (c.kind === 'signatureAuthority') authority = c;
      else if (authority && onBehalf(authority.text, ctx.profile.authority.stateForms)) {
        const key = fold(c.text);
        if (!members.some((m) => key === m || key.startsWith(`${m} `))) continue;
        ctx.report({
          messageId: 'member',
          data: { authority: authority.text, actual: c.text },
          paragraph: c.paragraph,
          offset: c.offset,
          length: c.length,
          expected: null,
          actual: c.text,
        });
      }
    }
  },
});

/** "T/M …", or a State form of it ("TM. …") that signature-authority reports. */
function onBehalf(text: string, stateForms: Record<string, string>): boolean {
  const prefix = authorityPrefix(text);
  if (!prefix) return false;
  const compact = prefix.replace(/\s+/g, '');
  return compact === 'T/M' || stateForms[prefix] === 'T/M' || stateForms[compact] === 'T/M';
}
