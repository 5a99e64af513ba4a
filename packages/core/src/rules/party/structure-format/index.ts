import type { Component } from '../../../anatomy/types.js';
import { defineRule } from '../../../engine/define.js';
import type { FixOp, RuleContext } from '../../../engine/types.js';
import type { Paragraph, Run } from '../../../model.js';
import { bodyText, headingLines, LEVEL_NAMES, parseMarker, shownUpper, structureData, textRuns, toRoman, type Marker } from '../../shared/body.js';

const short = (s: string) => (s.length > 60 ? `${s.slice(0, 60)}…` : s);
const capitalised = (w: string) => w.charAt(0) + w.slice(1).toLocaleLowerCase('vi');

/** Trình bày phần, chương, mục, điều, khoản, điểm (HD 36 §1.6.2, Phụ lục 3 mục 6). */
export default defineRule({
  meta: {
    id: 'party/structure-format',
    component: 'heading',
    severity: 'error',
    fixable: 'safe',
    title: { vi: 'Trình bày phần, chương, mục, điều, khoản, điểm', en: 'Parts, chapters, sections, articles, clauses, points' },
    description: {
      vi: '«Phần», «Chương» và số thứ tự (chữ số La Mã hoặc bằng chữ) trình bày một dòng riêng, chữ in thường, đứng, đậm; tên phần, chương ở dòng dưới, chữ in hoa, đậm. «Mục» và số thứ tự (chữ số Ả-rập) một dòng riêng, đậm; tên mục in hoa, đậm. «Điều», số thứ tự (chữ số Ả-rập), dấu chấm và tên điều trên cùng một dòng, đậm (điều có nội dung ngay trên dòng thì chỉ «Điều N.» đậm). Khoản ghi «1.», điểm ghi «a)». Việc căn giữa do quy tắc party/body-alignment kiểm tra.',
      en: '"Phần"/"Chương" and their number (Roman or in words) on a line of their own, normal case, upright, bold; their name below in upper case, bold. "Mục" and its Arabic number on their own line, bold; its name upper case, bold. "Điều", its Arabic number, a period and the title on one line, bold (an article whose line carries its content needs only "Điều N." bold). Clauses are numbered "1.", points "a)". Centring is checked by party/body-alignment.',
    },
    source: 'HD 36 §1.6.2, Phụ lục 3',
    messages: {
      wordCase: {
        vi: 'Từ «{{actual}}» ở dòng «{{text}}» viết chữ in thường: «{{expected}}».',
        en: 'The word "{{actual}}" in "{{text}}" is written in normal case: "{{expected}}".',
      },
      numeral: {
        vi: 'Số thứ tự của {{level}} ghi bằng {{kind}}: «{{expected}}», không ghi «{{actual}}».',
        en: 'A {{levelEn}} is numbered with {{kindEn}}: "{{expected}}", not "{{actual}}".',
      },
      ownLine: {
        vi: '«{{word}}» và số thứ tự trình bày một dòng riêng, tên {{level}} ở dòng ngay dưới: tách «{{text}}» thành hai dòng.',
        en: '"{{word}}" and its number stand on a line of their own, the name on the line below: split "{{text}}" into two lines.',
      },
      bold: {
        vi: 'Dòng «{{text}}» ({{level}}) phải in đậm.',
        en: 'The line "{{text}}" ({{levelEn}}) must be bold.',
      },
      nameUpper: {
        vi: 'Tên {{level}} «{{text}}» viết chữ in hoa: «{{expected}}».',
        en: 'The name of a {{levelEn}} "{{text}}" is written in upper case: "{{expected}}".',
      },
      nameBold: {
        vi: 'Tên {{level}} «{{text}}» phải in đậm.',
        en: 'The name of a {{levelEn}} "{{text}}" must be bold.',
      },
      articlePeriod: {
        vi: 'Sau số thứ tự của điều có dấu chấm: «{{expected}}», không ghi «{{actual}}».',
        en: 'A period follows the article number: "{{expected}}", not "{{actual}}".',
      },
      articleBold: {
        vi: '«{{expected}}» phải in đậm{{whole}}.',
        en: '"{{expected}}" must be bold{{wholeEn}}.',
      },
      clauseMark: {
        vi: 'Sau số thứ tự của khoản có dấu chấm: «{{expected}}», không ghi «{{actual}}».{{list}}',
        en: 'A period follows a clause number: "{{expected}}", not "{{actual}}".{{listEn}}',
      },
      pointMark: {
        vi: 'Sau chữ cái thứ tự của điểm có dấu ngoặc đơn đóng: «{{expected}}», không ghi «{{actual}}».{{list}}',
        en: 'A closing parenthesis follows a point letter: "{{expected}}", not "{{actual}}".{{listEn}}',
      },
    },
  },
  check(ctx) {
    const data = structureData(ctx);
    const comps = bodyText(ctx);
    const { names } = headingLines(ctx, comps);
    const typography = ctx.model.capabilities.typography;
    const byId = new Map(comps.map((c) => [c.paragraph.id, c]));
    for (const c of comps) {
      const m = parseMarker(c.paragraph, data);
      if (!m) continue;
      if (m.level === 'phan' || m.level === 'chuong' || m.level === 'muc') heading(ctx, c, m, typography);
      else if (m.level === 'dieu') article(ctx, c, m, typography);
      else if (m.level === 'khoan' || m.level === 'diem') clauseOrPoint(ctx, c, m);
    }
    if (!typography) return;
    for (const [nameId, headingId] of names) {
      const c = byId.get(nameId)!;
      const m = parseMarker(byId.get(headingId)!.paragraph, data)!;
      const lv = LEVEL_NAMES[m.level];
      const text = c.paragraph.text.trim();
      const runs = textRuns(c.paragraph);
      const base = { text: short(text), level: lv.vi.toLowerCase(), levelEn: lv.en };
      if (!shownUpper(c.paragraph)) {
        const expected = text.toLocaleUpperCase('vi');
        ctx.report({ messageId: 'nameUpper', data: { ...base, expected }, paragraph: c.paragraph, component: c.kind, expected, actual: text, fix: runFix(c.paragraph, runs, { caps: true }) });
      }
      if (runs.some((r) => !r.props.bold)) {
        ctx.report({ messageId: 'nameBold', data: base, paragraph: c.paragraph, component: c.kind, expected: 'đậm', actual: 'không đậm', fix: runFix(c.paragraph, runs, { bold: true }) });
      }
    }
  },
});

function runFix(p: Paragraph, runs: Run[], props: { bold?: boolean; caps?: boolean }) {
  return { kind: 'safe' as const, ops: [{ op: 'setRunProps' as const, paragraph: p.id, runs: runs.map((r) => r.index), props }] };
}

const replace = (p: Paragraph, offset: number, length: number, text: string): FixOp => ({ op: 'replaceText', paragraph: p.id, offset, length, text });

function wordCase(ctx: RuleContext, c: Component, m: Marker): void {
  if (!m.span || m.word !== m.word.toLocaleUpperCase('vi')) return;
  const expected = capitalised(m.word);
  ctx.report({
    messageId: 'wordCase',
    data: { actual: m.word, expected, text: short(c.paragraph.text.trim()) },
    paragraph: c.paragraph,
    offset: m.span.offset,
    length: m.word.length,
    component: c.kind,
    expected,
    actual: m.word,
    fix: { kind: 'safe', ops: [replace(c.paragraph, m.span.offset, m.word.length, expected)] },
  });
}

function numeral(ctx: RuleContext, c: Component, m: Marker, want: 'roman' | 'arabic'): void {
  if (m.numeral === want || m.value === null || (want === 'roman' && m.numeral === 'words')) return;
  const expected = want === 'roman' ? toRoman(m.value) : String(m.value);
  const lv = LEVEL_NAMES[m.level];
  ctx.report({
    messageId: 'numeral',
    data: {
      level: lv.vi.toLowerCase(),
      levelEn: lv.en,
      kind: want === 'roman' ? 'chữ số La Mã hoặc bằng chữ' : 'chữ số Ả-rập',
      kindEn: want === 'roman' ? 'Roman numerals or in words' : 'Arabic numerals',
      expected: `${m.word} ${expected}`,
      actual: `${m.word} ${m.label}`,
    },
    paragraph: c.paragraph,
    ...(m.fromList ? {} : { offset: m.labelAt, length: m.label.length }),
    component: c.kind,
    expected,
    actual: m.label,
    // A number drawn by Word's numbering is changed in the numbering format, not in the text.
    ...(m.fromList ? {} : { fix: { kind: 'safe' as const, ops: [replace(c.paragraph, m.labelAt, m.label.length, expected)] } }),
  });
}

function heading(ctx: RuleContext, c: Component, m: Marker, typography: boolean): void {
  const lv = LEVEL_NAMES[m.level];
  const text = c.paragraph.text.trim();
  wordCase(ctx, c, m);
  numeral(ctx, c, m, m.level === 'muc' ? 'arabic' : 'roman');
  if (m.rest) {
    ctx.report({ messageId: 'ownLine', data: { word: capitalised(m.word), level: lv.vi.toLowerCase(), text: short(text) }, paragraph: c.paragraph, component: c.kind, expected: `${m.word} ${m.label}`, actual: text });
  }
  if (!typography) return;
  const runs = textRuns(c.paragraph);
  if (runs.some((r) => !r.props.bold)) {
    ctx.report({ messageId: 'bold', data: { text: short(text), level: lv.vi, levelEn: lv.en }, paragraph: c.paragraph, component: c.kind, expected: 'đậm', actual: 'không đậm', fix: runFix(c.paragraph, runs, { bold: true }) });
  }
}

function article(ctx: RuleContext, c: Component, m: Marker, typography: boolean): void {
  const p = c.paragraph;
  wordCase(ctx, c, m);
  numeral(ctx, c, m, 'arabic');
  if (!m.span) return listArticle(ctx, c, m, typography);
  const labelEnd = m.labelAt + m.label.length;
  if (m.mark !== '.') {
    // "Điều 1:" / "Điều 1 -" / "Điều 1 Phạm vi": the mark (and the space before it) becomes one period.
    const length = m.mark ? m.markAt + m.mark.length - labelEnd : 0;
    const actual = p.text.slice(m.span!.offset, labelEnd + length);
    const expected = `${p.text.slice(m.span!.offset, labelEnd)}.`;
    ctx.report({ messageId: 'articlePeriod', data: { expected, actual }, paragraph: p, offset: m.span!.offset, length: labelEnd + length - m.span!.offset, component: c.kind, expected: '.', actual: m.mark || null, fix: { kind: 'safe', ops: [replace(p, labelEnd, length, '.')] } });
  }
  if (!typography) return;
  // A title ("Điều 1. Phạm vi điều chỉnh") is bold as a whole; an article whose line carries its content
  // ("Điều 1. Thành lập …, gồm:") needs only "Điều 1." in bold.
  const whole = !m.rest || !/[.;:,]$/u.test(m.rest);
  const end = m.mark === '.' ? m.markAt + 1 : labelEnd;
  const runs = whole ? textRuns(p) : runsOver(p, m.span!.offset, end);
  if (!runs.some((r) => !r.props.bold)) return;
  const head = p.text.slice(m.span!.offset, end);
  // Bolding a run that also holds the article's content would bold the content: no fix then.
  const spills = !whole && runsReach(p, runs) > end;
  ctx.report({
    messageId: 'articleBold',
    data: { expected: whole ? short(p.text.trim()) : head, whole: whole ? ' (tên điều cùng dòng)' : '', wholeEn: whole ? ' (the title on the same line)' : '' },
    paragraph: p,
    offset: m.span!.offset,
    length: whole ? p.text.trimEnd().length - m.span!.offset : end - m.span!.offset,
    component: c.kind,
    expected: 'đậm',
    actual: 'không đậm',
    ...(spills ? {} : { fix: runFix(p, runs, { bold: true }) }),
  });
}

/** An article whose "Điều 1." Word's numbering draws: its mark and its title, no text fixes. */
function listArticle(ctx: RuleContext, c: Component, m: Marker, typography: boolean): void {
  const p = c.paragraph;
  if (m.mark !== '.') {
    const actual = `${m.word} ${m.label}${m.mark}`;
    ctx.report({ messageId: 'articlePeriod', data: { expected: `${m.word} ${m.label}.`, actual }, paragraph: p, component: c.kind, expected: '.', actual: m.mark || null });
  }
  const runs = textRuns(p);
  if (!typography || (m.rest && /[.;:,]$/u.test(m.rest)) || !runs.some((r) => !r.props.bold)) return;
  ctx.report({ messageId: 'articleBold', data: { expected: short(`${m.word} ${m.label}. ${m.rest}`.trim()), whole: ' (tên điều cùng dòng)', wholeEn: ' (the title on the same line)' }, paragraph: p, component: c.kind, expected: 'đậm', actual: 'không đậm', fix: runFix(p, runs, { bold: true }) });
}

function clauseOrPoint(ctx: RuleContext, c: Component, m: Marker): void {
  const want = m.level === 'khoan' ? '.' : ')';
  if (m.mark === want) return;
  const p = c.paragraph;
  const expected = `${m.label}${want}`;
  const actual = `${m.label}${m.mark}`;
  const list = m.fromList
    ? { list: ' Số thứ tự do chức năng đánh số tự động của Word tạo ra: sửa định dạng đánh số (Define New Number Format).', listEn: ' The number comes from Word’s automatic numbering: change the number format (Define New Number Format).' }
    : { list: '', listEn: '' };
  ctx.report({
    messageId: m.level === 'khoan' ? 'clauseMark' : 'pointMark',
    data: { expected, actual, ...list },
    paragraph: p,
    ...(m.span ? { offset: m.span.offset, length: m.label.length + m.mark.length } : {}),
    component: c.kind,
    expected: want,
    actual: m.mark || null,
    // Word's numbering is defined in numbering.xml, not in the text: no text fix for it.
    ...(m.fromList ? {} : { fix: { kind: 'safe' as const, ops: [replace(p, m.markAt, m.mark.length, want)] } }),
  });
}

/** Text runs overlapping [from, to) of the paragraph text. */
function runsOver(p: Paragraph, from: number, to: number): Run[] {
  const out: Run[] = [];
  let pos = 0;
  for (const r of p.runs) {
    const end = pos + r.text.length;
    if (end > from && pos < to && r.text.slice(Math.max(0, from - pos), Math.min(r.text.length, to - pos)).trim()) out.push(r);
    pos = end;
  }
  return out;
}

/** Where the last of `runs` ends in the paragraph text (trailing spaces ignored). */
function runsReach(p: Paragraph, runs: Run[]): number {
  let pos = 0;
  let reach = 0;
  for (const r of p.runs) {
    const end = pos + r.text.length;
    if (runs.includes(r)) reach = pos + r.text.trimEnd().length;
    pos = end;
  }
  return reach;
}
