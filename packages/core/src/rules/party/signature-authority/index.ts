import { defineRule } from '../../../engine/define.js';
import { authorityPrefix } from '../../../anatomy/patterns.js';
import { componentsOf } from '../../shared/anatomy.js';

/** Quyền hạn ký: T/M, K/T, T/L, Q. (HD 36 §1.7.1). */
export default defineRule({
  meta: {
    id: 'party/signature-authority',
    component: 'signatureAuthority',
    severity: 'error',
    fixable: 'safe',
    title: { vi: 'Cách viết quyền hạn ký', en: 'Signing authority form' },
    description: {
      vi: 'Quyền hạn ký viết tắt «T/M» (thay mặt), «K/T» (ký thay), «T/L» (thừa lệnh), «Q.» (quyền); không viết «TM.», «KT.», «TL.», «TUQ.» như văn bản của nhà nước.',
      en: 'Signing authority is abbreviated "T/M" (on behalf of), "K/T" (signing for), "T/L" (by order), "Q." (acting); not the State forms "TM.", "KT.", "TL.", "TUQ.".',
    },
    source: 'HD 36 §1.7.1',
    messages: {
      stateForm: {
        vi: '«{{actual}}» là cách viết quyền hạn ký của văn bản nhà nước; văn bản của Đảng viết «{{expected}}».',
        en: '"{{actual}}" is the State form of the signing authority; Party documents write "{{expected}}".',
      },
      form: {
        vi: 'Quyền hạn ký viết liền, đúng dạng «{{expected}}», không viết «{{actual}}».',
        en: 'Write the signing authority as "{{expected}}", not "{{actual}}".',
      },
    },
  },
  check(ctx) {
    const { valid, stateForms } = ctx.profile.authority;
    for (const c of componentsOf(ctx.anatomy, 'signatureAuthority')) {
      const prefix = authorityPrefix(c.text);
      if (!prefix || valid.includes(prefix)) continue;
      const compact = prefix.replace(/\s+/g, '');
      const state = stateForms[prefix] ?? stateForms[compact];
      const expected = state ?? (valid.includes(compact) ? compact : null);
      if (!expected) {
        ctx.note(`authority "${prefix}" is neither a Party nor a known State form`);
        continue;
      }
      // The component's text is its trimmed span, so the prefix starts at the span's offset.
      const at = c.offset + c.text.indexOf(prefix);
      ctx.report({
        messageId: state ? 'stateForm' : 'form',
        data: { actual: prefix, expected },
        paragraph: c.paragraph,
        offset: at,
        length: prefix.length,
        expected,
        actual: prefix,
        fix: { kind: 'safe', ops: [{ op: 'replaceText', paragraph: c.paragraph.id, offset: at, length: prefix.length, text: expected }] },
      });
    }
  },
});
