import { defineRule } from '../../../engine/define.js';
import type { PageSetup } from '../../../model.js';

type Side = 'top' | 'bottom' | 'left' | 'right';
type Margins = Record<Side, number>;

const SIDES: readonly Side[] = ['top', 'bottom', 'left', 'right'];
const NAMES: Record<Side, { vi: string; en: string }> = {
  top: { vi: 'trên', en: 'top' },
  bottom: { vi: 'dưới', en: 'bottom' },
  left: { vi: 'trái', en: 'left' },
  right: { vi: 'phải', en: 'right' },
};
// With mirrored margins Word's left/right become inside/outside (the back page swaps them, HD 36 §4.3).
const MIRRORED: Record<Side, { vi: string; en: string }> = {
  ...NAMES,
  left: { vi: 'trong', en: 'inside' },
  right: { vi: 'ngoài', en: 'outside' },
};

const mm = (n: number) => String(Math.round(n * 10) / 10);

/**
 * The printed margin on each side: the gutter is added to the inner margin (left, or top when
 * `gutterAtTop`), since the binding eats into it.
 */
function effective(page: PageSetup): Margins {
  const m = page.marginsMm;
  const g = m.gutter;
  return {
    top: m.top + (page.gutterAtTop ? g : 0),
    bottom: m.bottom,
    left: m.left + (page.gutterAtTop ? 0 : g),
    right: m.right,
  };
}

/**
 * A landscape section (only for tables, HD 36 §4.3) keeps the portrait margins or turns them with
 * the page, either way round.
 */
function accepted(expected: Margins, landscape: boolean): Margins[] {
  if (!landscape) return [expected];
  const { top, bottom, left, right } = expected;
  return [expected, { top: left, right: top, bottom: right, left: bottom }, { top: right, left: top, bottom: left, right: bottom }];
}

/** Định lề trang văn bản (HD 36 §4.3). */
export default defineRule({
  meta: {
    id: 'party/page-margins',
    component: 'document',
    severity: 'error',
    fixable: 'safe',
    title: { vi: 'Định lề trang văn bản', en: 'Page margins' },
    description: {
      vi: 'Lề trên 20 mm, lề dưới 20 mm, lề trái 30 mm, lề phải 15 mm (sai số ±0,5 mm). In hai mặt: lề đối xứng (mặt sau trái 15 mm, phải 30 mm) là đúng; lề gáy (gutter) tính vào lề trong.',
      en: 'Margins top 20 mm, bottom 20 mm, left 30 mm, right 15 mm (±0.5 mm). Two-sided printing: mirrored margins (back page left 15 mm, right 30 mm) are valid; the gutter counts toward the inner margin.',
    },
    source: 'HD 36 §4.3',
    needsPageSetup: true,
    messages: {
      margins: {
        vi: 'Lề trang của phần {{section}} chưa đúng: {{sides}}. Lề cần đặt: {{expected}}. Đặt lại trong Layout › Margins › Custom Margins.',
        en: 'The margins of section {{section}} are off: {{sidesEn}}. Expected: {{expectedEn}}. Set them in Layout › Margins › Custom Margins.',
      },
    },
  },
  check(ctx) {
    const { page } = ctx.profile;
    const tol = page.marginToleranceMm;
    const want: Margins = page.marginsMm;
    for (const s of ctx.model.sections) {
      if (!s.page) continue;
      const p = s.page;
      const got = effective(p);
      const landscape = p.orientation === 'landscape' || p.widthMm > p.heightMm;
      const fits = (m: Margins) => SIDES.every((k) => Math.abs(got[k] - m[k]) <= tol);
      if (accepted(want, landscape).some(fits)) continue;

      const names = p.mirrorMargins ? MIRRORED : NAMES;
      const gutterSide: Side = p.gutterAtTop ? 'top' : 'left';
      const g = p.marginsMm.gutter;
      const describe = (lang: 'vi' | 'en', k: Side) => {
        const base = `${names[k][lang]} ${mm(got[k])} mm`;
        if (k !== gutterSide || g <= 0) return base;
        return lang === 'vi' ? `${base} (lề ${mm(p.marginsMm[k])} mm + gáy ${mm(g)} mm)` : `${base} (margin ${mm(p.marginsMm[k])} mm + gutter ${mm(g)} mm)`;
      };
      const wrong = SIDES.filter((k) => Math.abs(got[k] - want[k]) > tol);
      const list = (lang: 'vi' | 'en', m: Margins, sides: readonly Side[]) => sides.map((k) => `${names[k][lang]} ${mm(m[k])} mm`).join(', ');
      const expected = list('vi', want, SIDES);
      const actual = SIDES.map((k) => describe('vi', k)).join(', ');

      // The fix writes the margins so that margin + gutter gives the expected printed margin; a gutter
      // wider than the inner margin cannot be fixed by the margins alone.
      const fixed: Margins = { ...want, [gutterSide]: want[gutterSide] - g };
      const fixable = fixed[gutterSide] >= 0;
      ctx.report({
        messageId: 'margins',
        data: {
          section: s.index + 1,
          sides: wrong.map((k) => describe('vi', k)).join(', '),
          sidesEn: wrong.map((k) => describe('en', k)).join(', '),
          expected,
          expectedEn: list('en', want, SIDES),
        },
        paragraph: null,
        expected,
        actual,
        ...(fixable ? { fix: { kind: 'safe' as const, ops: [{ op: 'setPageSetup' as const, section: s.index, props: { marginsMm: fixed } }] } } : {}),
      });
    }
  },
});
