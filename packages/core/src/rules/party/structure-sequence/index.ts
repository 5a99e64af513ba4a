import { defineRule } from '../../../engine/define.js';
import { bodyText, LEVEL_NAMES, parseMarker, structureData, toRoman, type Marker, type StructureLevel } from '../../shared/body.js';

/** Levels whose numbering a new marker of this level restarts (HD 36 §1.6.2: khoản under each điều …). */
const RESETS: Record<StructureLevel, StructureLevel[]> = {
  phan: ['roman', 'khoan', 'diem'],
  chuong: ['muc', 'roman', 'khoan', 'diem'],
  muc: ['roman', 'khoan', 'diem'],
  dieu: ['khoan', 'diem'],
  roman: ['khoan', 'diem'],
  khoan: ['diem'],
  diem: [],
};
/** Levels whose lists may start again at 1 (a new list of clauses after a paragraph of text). */
const MAY_RESTART: readonly StructureLevel[] = ['khoan', 'diem'];

/** Thứ tự phần, chương, mục, điều, khoản, điểm (HD 36 §1.6.2). */
export default defineRule({
  meta: {
    id: 'party/structure-sequence',
    component: 'heading',
    severity: 'error',
    fixable: false,
    title: { vi: 'Thứ tự phần, chương, mục, điều, khoản, điểm', en: 'Numbering of parts, chapters, sections, articles, clauses, points' },
    description: {
      vi: 'Số thứ tự của phần, chương, mục, điều, khoản (và các đề mục La Mã I, II, III …) liên tục, không nhảy cóc, không trùng; thứ tự các điểm theo bảng chữ cái tiếng Việt a, b, c, d, đ, e, g, h, i, k, l, m, n, o, p, q, r, s, t, u, v, x, y (không có f, j, w, z). Số do Word đánh tự động cũng được xét.',
      en: 'Parts, chapters, sections, articles and clauses (and Roman-numbered headings I, II, III …) are numbered without gaps or repeats; points follow the Vietnamese alphabet a, b, c, d, đ, e, g, h, i, k, l, m, n, o, p, q, r, s, t, u, v, x, y (no f, j, w, z). Word’s automatic numbers are checked too.',
    },
    source: 'HD 36 §1.6.2',
    messages: {
      gap: {
        vi: 'Thứ tự {{level}} nhảy cóc: sau «{{previous}}» là «{{actual}}», thiếu «{{expected}}». Đánh lại số thứ tự cho liên tục.',
        en: 'The {{levelEn}} numbering skips: "{{actual}}" follows "{{previous}}", "{{expected}}" is missing. Renumber them.',
      },
      first: {
        vi: '{{level}} đầu tiên đánh số «{{actual}}»; phải bắt đầu từ «{{expected}}».',
        en: 'The first {{levelEn}} is numbered "{{actual}}"; numbering starts at "{{expected}}".',
      },
      repeat: {
        vi: 'Thứ tự {{level}} bị trùng hoặc lùi lại: sau «{{previous}}» lại là «{{actual}}» (cần «{{expected}}»). Đánh lại số thứ tự cho liên tục.',
        en: 'The {{levelEn}} numbering repeats or goes back: "{{actual}}" follows "{{previous}}" ("{{expected}}" expected). Renumber them.',
      },
      letter: {
        vi: 'Điểm «{{actual}}» dùng chữ cái không có trong bảng chữ cái tiếng Việt (không dùng f, j, w, z); sau «{{previous}}» là «{{expected}}».{{list}}',
        en: 'Point "{{actual}}" uses a letter outside the Vietnamese alphabet (no f, j, w, z); "{{expected}}" follows "{{previous}}".{{listEn}}',
      },
    },
  },
  check(ctx) {
    const data = structureData(ctx);
    if (!data.alphabet.length) return ctx.note('the profile gives no alphabet for points (rules["party/structure-format"].alphabet); not checked');
    const last = new Map<StructureLevel, Marker>();
    const show = (m: Marker, value: number | null = m.value): string => {
      if (value === null) return m.label;
      if (m.level === 'diem') return `${data.alphabet[value - 1] ?? '?'})`;
      if (m.level === 'roman') return `${toRoman(value)}-`;
      if (m.level === 'khoan') return `${value}.`;
      const label = m.numeral === 'roman' ? toRoman(value) : m.numeral === 'words' ? `thứ ${data.ordinals[value - 1] ?? value}` : String(value);
      return `${m.word ? m.word.charAt(0) + m.word.slice(1).toLocaleLowerCase('vi') : ''} ${label}`;
    };
    for (const c of bodyText(ctx)) {
      const m = parseMarker(c.paragraph, data);
      if (!m) continue;
      for (const l of RESETS[m.level]) last.delete(l);
      const prev = last.get(m.level);
      const lv = LEVEL_NAMES[m.level];
      const where = {
        paragraph: c.paragraph,
        ...(m.span ? { offset: m.span.offset, length: m.span.length } : {}),
        component: c.kind,
      };
      const base = { level: lv.vi.toLowerCase(), levelEn: lv.en };
      if (m.value === null) {
        // A point letter outside the alphabet (f, j, w, z): say what should stand there.
        if (m.level === 'diem') {
          const expected = prev?.value != null ? show(m, prev.value + 1) : show(m, 1);
          const list = m.fromList
            ? { list: ' Chữ cái do chức năng đánh số tự động của Word tạo ra (a, b, c, d, e, f …): hãy gõ thứ tự điểm theo bảng chữ cái tiếng Việt.', listEn: ' Word’s automatic lettering (a, b, c, d, e, f …) made it: type the points in the Vietnamese alphabet.' }
            : { list: '', listEn: '' };
          ctx.report({ messageId: 'letter', data: { ...base, actual: `${m.label})`, expected, previous: prev ? show(prev) : '—', ...list }, ...where, expected, actual: `${m.label})` });
        }
        continue;
      }
      last.set(m.level, m);
      const previousValue = prev?.value ?? 0;
      const want = previousValue + 1;
      if (m.value === want) continue;
      if (m.value === 1 && prev && MAY_RESTART.includes(m.level)) continue;
      const data2 = { ...base, actual: show(m), expected: show(m, want), previous: prev ? show(prev) : '—' };
      const expected = show(m, want);
      if (!prev) ctx.report({ messageId: 'first', data: { ...data2, level: lv.vi }, ...where, expected, actual: show(m) });
      else if (m.value > want) ctx.report({ messageId: 'gap', data: data2, ...where, expected, actual: show(m) });
      else ctx.report({ messageId: 'repeat', data: data2, ...where, expected, actual: show(m) });
    }
  },
});
