import type { Component } from '../../../anatomy/types.js';
import { defineRule } from '../../../engine/define.js';
import { isUpper } from '../../../text.js';

/** A Vietnamese syllable written without its diacritics: onset, one to three vowels, coda. */
const SYLLABLE = /^(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/i;
const KNOWN: Record<string, string> = { 'DANG CONG SAN VIET NAM': 'ĐẢNG CỘNG SẢN VIỆT NAM' };

/**
 * Components written in capitals (HD 36 Phụ lục 3 "In hoa"): those the profile sets to upper case, the
 * copy kind and the copying body, and capitalised lines of the body (names of parts and sections).
 */
function upperComponents(components: readonly Component[], upperKinds: ReadonlySet<string>): Component[] {
  return components.filter((c) => {
    if (!c.text || c.kind === 'typist' || c.role === 'line' || c.role === 'number' || c.role === 'placeDate') return false;
    if (c.kind === 'copyBlock') return c.role === 'kind' || c.role === 'issuer';
    if (upperKinds.has(c.kind)) return true;
    return (c.kind === 'body' || c.kind === 'heading' || c.kind === 'appendix') && isUpper(c.text) && c.text.length <= 200;
  });
}

/** Chữ in hoa vẫn phải đủ dấu tiếng Việt. */
export default defineRule({
  meta: {
    id: 'text/uppercase-diacritics',
    component: 'document',
    severity: 'error',
    fixable: false,
    title: { vi: 'Chữ in hoa phải có dấu', en: 'Capitals keep their diacritics' },
    description: {
      vi: 'Các thành phần viết chữ in hoa (tiêu đề, tên cơ quan, tên loại, quyền hạn và chức vụ người ký, dấu khẩn, chỉ dẫn phạm vi lưu hành, tên phần, chương …) vẫn phải viết đủ dấu tiếng Việt: «ĐẢNG CỘNG SẢN VIỆT NAM», không «DANG CONG SAN VIET NAM». Không sửa tự động được (không đoán được dấu), trừ tiêu đề mà party/party-header-format tự sửa.',
      en: 'Components written in capitals (Party header, issuing body, type name, signing authority and position, urgency mark, circulation note, names of parts and chapters …) keep their Vietnamese diacritics: "ĐẢNG CỘNG SẢN VIỆT NAM", not "DANG CONG SAN VIET NAM". No automatic fix (the marks cannot be guessed), except the Party header, which party/party-header-format rewrites.',
    },
    source: 'TCVN 6909:2001; HD 36 Phụ lục 3',
    messages: {
      missing: {
        vi: '«{{actual}}» viết in hoa nhưng không có dấu tiếng Việt. Chữ in hoa vẫn phải đủ dấu{{hint}}: gõ lại dòng này có dấu.',
        en: '"{{actual}}" is written in capitals without Vietnamese diacritics. Capitals keep their diacritics{{hintEn}}: retype the line with them.',
      },
    },
  },
  check(ctx) {
    const upperKinds = new Set(Object.entries(ctx.profile.typography).filter(([, t]) => t.case === 'upper').map(([k]) => k));
    for (const c of upperComponents(ctx.anatomy.components, upperKinds)) {
      const t = c.text.normalize('NFC');
      // Any letter beyond ASCII shows the diacritics are there (a partly marked line is a typo, not this).
      if (/[^\x00-\x7F]/.test(t) || !/[A-Za-z]/.test(t)) continue;
      const words = t.split(/[^A-Za-z]+/).filter((w) => w.length >= 2);
      const syllables = words.filter((w) => SYLLABLE.test(w));
      if (syllables.length < 2 || syllables.length < words.length * 0.6) continue;
      const expected = KNOWN[t.toUpperCase().replace(/\s+/g, ' ')] ?? null;
      ctx.report({
        messageId: 'missing',
        data: { actual: t, hint: expected ? ` («${expected}»)` : '', hintEn: expected ? ` ("${expected}")` : '' },
        paragraph: c.paragraph,
        offset: c.offset,
        length: c.length,
        component: c.kind,
        expected,
        actual: t,
      });
    }
  },
});
