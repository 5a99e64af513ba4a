import type { Component } from '../../../anatomy/types.js';
import { defineRule } from '../../../engine/define.js';
import type { RuleContext } from '../../../engine/types.js';
import type { Paragraph } from '../../../model.js';
import { segments } from '../../../text.js';
import { componentsOf, firstOf } from '../../shared/anatomy.js';

const STAR = '*';
/** A line meant as the star but written otherwise: `***`, `* * *`, `(*)`, `＊`, `★` … */
const STAR_LIKE = /^[([]?\s*[*＊✱✲⁎∗★☆](?:\s*[*＊✱✲⁎∗★☆])*\s*[)\]]?$/u;

/** Dấu sao (*) dưới tên cơ quan ban hành (ô số 2). */
export default defineRule({
  meta: {
    id: 'party/issuer-star',
    component: 'star',
    severity: 'error',
    fixable: 'safe',
    title: { vi: 'Dấu sao dưới tên cơ quan ban hành', en: 'Star under the issuing body' },
    description: {
      vi: 'Dưới tên cơ quan ban hành có một dòng chỉ gồm một dấu sao (*), đặt chính giữa tên cơ quan, ngăn cách với số và ký hiệu văn bản.',
      en: 'A line holding a single asterisk (*) sits under the issuing body’s name, centred on it, separating it from the number and symbol.',
    },
    source: 'HD 36 §1.2.2',
    messages: {
      missing: {
        vi: 'Không thấy dấu sao (*) dưới tên cơ quan ban hành «{{issuer}}». Thêm một dòng chỉ có dấu «*», đặt giữa, dưới tên cơ quan ban hành và trên số, ký hiệu văn bản.',
        en: 'No star (*) under the issuing body "{{issuer}}". Add a line holding only "*", centred under the issuing body and above the number.',
      },
      form: {
        vi: 'Dưới tên cơ quan ban hành chỉ ghi một dấu sao «*», không ghi «{{actual}}».',
        en: 'Under the issuing body write a single asterisk "*", not "{{actual}}".',
      },
      notCentred: {
        vi: 'Dấu sao (*) phải đặt chính giữa, dưới tên cơ quan ban hành «{{issuer}}»; đang {{where}}. Căn giữa dấu sao theo tên cơ quan ban hành.',
        en: 'The star (*) must be centred under the issuing body "{{issuer}}"; it is {{whereEn}}. Centre it on the issuing body’s name.',
      },
    },
  },
  check(ctx) {
    const issuers = componentsOf(ctx.anatomy, 'issuer');
    const issuer = issuers.at(-1);
    if (!issuer) return ctx.note('no issuing body recognised; nothing to put a star under');
    if (!ctx.anatomy.headerFound) return ctx.note('header block not recognised; staying silent');
    const name = issuers.map((c) => c.text).join(' ');
    const star = firstOf(ctx.anatomy, 'star');
    if (!star) {
      const alt = starLike(ctx, issuer);
      if (alt) {
        ctx.report({
          messageId: 'form',
          data: { actual: alt.text, expected: STAR },
          paragraph: alt.p,
          offset: alt.offset,
          length: alt.text.length,
          component: 'star',
          expected: STAR,
          actual: alt.text,
          fix: { kind: 'safe', ops: [{ op: 'replaceText', paragraph: alt.p.id, offset: alt.offset, length: alt.text.length, text: STAR }] },
        });
        return;
      }
      ctx.report({ messageId: 'missing', data: { issuer: name }, paragraph: issuer.paragraph, component: 'star', expected: STAR, actual: null });
      return;
    }
    if (!ctx.model.capabilities.typography) return;
    checkPlacement(ctx, star, issuers, name);
  },
});

/** An unlabelled star-like line between the issuing body and the number. */
function starLike(ctx: RuleContext, issuer: Component): { p: Paragraph; offset: number; text: string } | null {
  const number = firstOf(ctx.anatomy, 'number');
  const last = number ? number.paragraph.id - 1 : issuer.paragraph.id + 2;
  for (let id = issuer.paragraph.id + 1; id <= last; id++) {
    const p = ctx.model.paragraphs[id - 1];
    if (!p) break;
    for (const s of segments(p.text)) {
      const taken = ctx.anatomy.components.some((c) => c.paragraph.id === p.id && c.offset === s.offset);
      if (!taken && STAR_LIKE.test(s.text)) return { p, offset: s.offset, text: s.text };
    }
  }
  return null;
}

type Place = { mode: 'tab' | 'center' | 'left' | 'right'; startMm: number };

/** Where a component starts on its line, as far as the model tells without tab stops. */
function placeOf(c: Component): Place {
  const p = c.paragraph;
  // Only the component's own line counts: a line break (w:br) may put two header lines in one paragraph.
  const before = p.text.slice(0, c.offset).split('\n').at(-1) ?? '';
  if (before.includes('\t')) return { mode: 'tab', startMm: 0 };
  const size = c.runs[0]?.props.sizePt ?? 14;
  const lead = estimateWidthMm(before, size);
  const a = p.props.alignment;
  if (a === 'center') return { mode: 'center', startMm: 0 };
  if (a === 'right' || a === 'end') return { mode: 'right', startMm: 0 };
  return { mode: 'left', startMm: p.props.indentLeftMm + Math.max(0, p.props.indentFirstLineMm) + lead };
}

function sameContainer(a: Paragraph, b: Paragraph): boolean {
  if (a.table || b.table) return !!a.table && !!b.table && a.table.table === b.table.table && a.table.row === b.table.row && a.table.cell === b.table.cell;
  return a.textBox === b.textBox;
}

const WHERE: Record<string, { vi: string; en: string }> = {
  left: { vi: 'lệch sang trái', en: 'off to the left' },
  right: { vi: 'lệch sang phải', en: 'off to the right' },
  page: { vi: 'ở giữa trang, không ở giữa tên cơ quan', en: 'centred on the page, not on the body’s name' },
};

function checkPlacement(ctx: RuleContext, star: Component, issuers: Component[], name: string): void {
  const issuer = issuers.at(-1)!;
  const s = placeOf(star);
  const i = placeOf(issuer);
  // A star on a tab stop: tab layouts centre it with a centred tab stop (not in the model) — accept.
  if (s.mode === 'tab') return;
  if (i.mode === 'tab' || i.mode === 'right') return ctx.note(`issuing body placed by ${i.mode}; star placement not judged`);
  if (!sameContainer(star.paragraph, issuer.paragraph)) return ctx.note('star and issuing body in different containers; placement not judged');
  const report = (where: keyof typeof WHERE, fixable: boolean) =>
    ctx.report({
      messageId: 'notCentred',
      data: { issuer: name, where: WHERE[where]!.vi, whereEn: WHERE[where]!.en },
      paragraph: star.paragraph,
      offset: star.offset,
      length: star.length,
      component: 'star',
      expected: 'giữa tên cơ quan ban hành',
      actual: WHERE[where]!.vi,
      ...(fixable ? { fix: { kind: 'safe' as const, ops: [{ op: 'setParagraphProps' as const, paragraph: star.paragraph.id, props: { alignment: 'center' as const } }] } } : {}),
    });
  const plain = star.offset === 0 && star.paragraph.props.indentLeftMm === 0 && star.paragraph.props.indentFirstLineMm <= 0;
  if (i.mode === 'center') {
    // Both centred in the same cell, text box or column: the star is centred on the name.
    if (s.mode === 'center') return;
    return report(s.mode === 'right' ? 'right' : 'left', plain);
  }
  // The issuing body starts at the left: the star's middle should fall near the middle of the name.
  const widths = issuers.map((c) => estimateWidthMm(c.text, c.runs[0]?.props.sizePt ?? 14, c.runs[0]?.props.bold ?? false));
  const nameWidth = Math.max(...widths);
  const nameMid = i.startMm + nameWidth / 2;
  const tolerance = Math.max(4, nameWidth * 0.25);
  if (s.mode === 'right') return report('right', false);
  if (s.mode === 'center') {
    if (star.paragraph.table || star.paragraph.textBox) return ctx.note('centred star beside a left-aligned name in a cell or box; width unknown, not judged');
    const page = ctx.model.sections[star.paragraph.section]?.page;
    if (!page) return ctx.note('page setup unknown; star placement not judged');
    const pageMid = (page.widthMm - page.marginsMm.left - page.marginsMm.right) / 2;
    if (Math.abs(pageMid - nameMid) > tolerance) report('page', false);
    return;
  }
  const starMid = s.startMm + estimateWidthMm(STAR, star.runs[0]?.props.sizePt ?? 14) / 2;
  if (starMid < nameMid - tolerance) report('left', false);
  else if (starMid > nameMid + tolerance) report('right', false);
}

/** Rough width of Times New Roman text (mm): enough to tell a centred star from one at the margin. */
function estimateWidthMm(text: string, sizePt: number, bold = false): number {
  let em = 0;
  for (const ch of text.normalize('NFD').replace(/\p{M}/gu, '')) {
    if (ch === ' ' || ch === '\u00a0') em += 0.25;
    else if (/\p{Lu}/u.test(ch)) em += bold ? 0.72 : 0.68;
    else if (/\p{Ll}/u.test(ch)) em += 0.46;
    else if (/\d/.test(ch)) em += 0.5;
    else em += 0.4;
  }
  return (em * sizePt * 25.4) / 72;
}
