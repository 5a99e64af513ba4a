import { defineRule } from '../../../engine/define.js';
import { fold } from '../../../text.js';
import { componentsOf } from '../../shared/anatomy.js';

/** The place: what stands before the comma (or before "ngày" when the comma is missing). */
const PLACE = /^\s*([^,]*?)\s*(?:,|(?=\bngày(?!\p{L})))/iu;
const ROMAN = /^[IVXLC]+$/u;

/** Cấp hành chính trước địa danh (HD 36 §1.4.1 a). */
export default defineRule({
  meta: {
    id: 'party/place-admin-level',
    component: 'placeDate',
    severity: 'warning',
    fixable: false,
    title: { vi: 'Cấp hành chính trước địa danh', en: 'Administrative level before the place name' },
    description: {
      vi: 'Địa danh một âm tiết, địa danh theo số thứ tự (và địa danh mang tên người) phải ghi thêm cấp hành chính phía trước: «Thành phố Huế», «Phường 7», «Quận Hai Bà Trưng»; được viết tắt «TP.», «TX.», «TT.», «Q.».',
      en: 'A place name of one syllable or a numbered one (or one named after a person) takes its administrative level in front: "Thành phố Huế", "Phường 7", "Quận Hai Bà Trưng"; the abbreviations "TP.", "TX.", "TT.", "Q." are allowed.',
    },
    source: 'HD 36 §1.4.1 a, §1.4.2',
    messages: {
      oneSyllable: {
        vi: 'Địa danh «{{place}}» chỉ có một âm tiết: ghi thêm cấp hành chính phía trước (ví dụ «Thành phố {{place}}», «Phường {{place}}», «Xã {{place}}»).',
        en: 'The place name "{{place}}" has one syllable: put its administrative level in front (e.g. "Thành phố {{place}}", "Phường {{place}}", "Xã {{place}}").',
      },
      numbered: {
        vi: 'Địa danh theo số thứ tự «{{place}}» phải ghi thêm cấp hành chính phía trước (ví dụ «Phường {{place}}», «Quận {{place}}»).',
        en: 'The numbered place name "{{place}}" takes its administrative level in front (e.g. "Phường {{place}}", "Quận {{place}}").',
      },
    },
  },
  check(ctx) {
    const levels = ((ctx.options.levels as string[] | undefined) ?? []).map(fold);
    const abbreviations = (ctx.options.abbreviations as string[] | undefined) ?? [];
    for (const c of componentsOf(ctx.anatomy, 'placeDate')) {
      const m = PLACE.exec(c.text);
      const place = m?.[1]?.trim();
      if (!m || !place) {
        ctx.note(`no place name found in "${c.text}"`);
        continue;
      }
      const key = fold(place);
      if (levels.some((l) => key.startsWith(`${l} `))) continue;
      const lower = place.toLocaleLowerCase('vi');
      // "TP. Huế", "TP.Huế", "TP Hồ Chí Minh" — but not "Tphcm" or "Quảng Trị" for "Q.".
      const abbreviated = (a: string) => lower.startsWith(a.toLocaleLowerCase('vi')) && place.length > a.length && (a.endsWith('.') || !/\p{L}/u.test(place.charAt(a.length)));
      if (abbreviations.some(abbreviated)) continue;
      const words = place.split(/\s+/);
      const numbered = words.every((w) => /^\d+$/u.test(w) || ROMAN.test(w));
      const oneSyllable = !numbered && words.length === 1 && /\p{L}/u.test(place);
      if (!numbered && !oneSyllable) continue;
      const offset = c.offset + c.text.indexOf(place);
      ctx.report({
        messageId: numbered ? 'numbered' : 'oneSyllable',
        data: { place },
        paragraph: c.paragraph,
        offset,
        length: place.length,
        expected: `<cấp hành chính> ${place}`,
        actual: place,
      });
    }
  },
});
