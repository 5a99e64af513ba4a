import type { Component } from '../../../anatomy/types.js';
import { defineRule } from '../../../engine/define.js';
import type { RuleContext } from '../../../engine/types.js';
import { fold } from '../../../text.js';
import { bodyText, reportOffences, shownUpper, stringsOption, tailText as tail, type Offence } from '../../shared/body.js';


/** Dấu câu cuối các dòng căn cứ ban hành (HD 36 §1.6.2). */
export default defineRule({
  meta: {
    id: 'party/basis-punctuation',
    component: 'basis',
    severity: 'error',
    fixable: 'safe',
    title: { vi: 'Dấu câu ở các căn cứ ban hành', en: 'Punctuation of the legal basis' },
    description: {
      vi: 'Mỗi căn cứ ban hành («Căn cứ …») trình bày một dòng riêng, cuối dòng có dấu chấm phẩy «;», riêng căn cứ cuối cùng có dấu phẩy «,». Dòng «Xét đề nghị …» theo sau các căn cứ là căn cứ cuối cùng.',
      en: 'Each legal basis ("Căn cứ …") stands on its own line ending with a semicolon ";", the last one with a comma ",". A "Xét đề nghị …" line after them is the last basis.',
    },
    source: 'HD 36 §1.6.2',
    messages: {
      semicolon: {
        vi: 'Dòng «{{text}}» chưa phải căn cứ cuối cùng nên kết thúc bằng dấu chấm phẩy «;». Sửa thành «{{expected}}».',
        en: 'The line "{{text}}" is not the last basis, so it ends with a semicolon ";". Make it "{{expected}}".',
      },
      semicolonMany: {
        vi: '{{count}} căn cứ ban hành không kết thúc bằng dấu chấm phẩy «;» (dòng đầu tiên: «{{text}}»). Mỗi căn cứ, trừ căn cứ cuối cùng, kết thúc bằng «;».',
        en: '{{count}} bases do not end with a semicolon ";" (the first: "{{text}}"). Every basis but the last ends with ";".',
      },
      lastComma: {
        vi: 'Dòng «{{text}}» là căn cứ cuối cùng nên kết thúc bằng dấu phẩy «,». Sửa thành «{{expected}}».',
        en: 'The line "{{text}}" is the last basis, so it ends with a comma ",". Make it "{{expected}}".',
      },
      ownLine: {
        vi: 'Nhiều căn cứ viết liền trong một đoạn: «{{text}}». Mỗi căn cứ trình bày một dòng riêng; tách thành các dòng «Căn cứ …;».',
        en: 'Several bases share one paragraph: "{{text}}". Each basis stands on its own line; split them into "Căn cứ …;" lines.',
      },
    },
  },
  check(ctx) {
    const continuations = stringsOption(ctx, 'continuations').map(fold);
    const comps = bodyText(ctx);
    const isContinuation = (c: Component) => continuations.some((w) => new RegExp(`^${w}(?!\\p{L})`, 'u').test(fold(c.paragraph.text.trim())));
    for (let i = 0; i < comps.length; i++) {
      if (comps[i]!.kind !== 'basis') continue;
      const block: Component[] = [];
      let j = i;
      for (; j < comps.length; j++) {
        const c = comps[j]!;
        if (c.kind !== 'basis' && !(block.length && isContinuation(c))) break;
        // "Căn cứ kết quả …, Ban Thường vụ yêu cầu:" introduces what follows: a sentence, not a basis.
        if (c.paragraph.text.trim().endsWith(':')) break;
        block.push(c);
      }
      i = j;
      if (block.length) checkBlock(ctx, block, comps[j], block.some(isContinuation));
    }
  },
});

function checkBlock(ctx: RuleContext, block: Component[], after: Component | undefined, continued: boolean): void {
  const ends = block.map((c) => c.paragraph.text.trimEnd().at(-1) ?? '');
  // Only a block that reads as a list of bases: punctuated as one, followed by "QUYẾT ĐỊNH:" (centred, or
  // upper case with a colon) or a "Xét …" line.
  const next = after?.paragraph;
  const titled = !!next && (next.props.alignment === 'center' || (shownUpper(next) && next.text.trimEnd().endsWith(':')));
  if (!ends.some((e) => e === ';' || e === ',') && !titled && !continued) return ctx.note(`"${block[0]!.paragraph.text.slice(0, 40)}…" reads as a sentence; not checked as a basis`);
  const semicolons: Offence[] = [];
  block.forEach((c, k) => {
    const p = c.paragraph;
    const text = p.text.trimEnd();
    const lead = p.text.length - p.text.trimStart().length;
    const inner = /;\s*căn cứ(?!\p{L})/iu.exec(text);
    if (inner) ctx.report({ messageId: 'ownLine', data: { text: tail(text.trim()) }, paragraph: p, offset: inner.index, length: inner[0].length, component: c.kind, expected: null, actual: null });
    const last = k === block.length - 1;
    const want = last ? ',' : ';';
    const end = text.at(-1)!;
    if (end === want) return;
    const punct = /[.,;:]/u.test(end);
    const fixed = (punct ? text.slice(0, -1) : text) + want;
    const o: Offence = {
      paragraph: p,
      component: c.kind,
      data: { text: tail(text.slice(lead)), expected: tail(fixed.slice(lead)) },
      expected: want,
      actual: punct ? end : null,
      offset: punct ? text.length - 1 : text.length,
      length: punct ? 1 : 0,
      ops: [{ op: 'replaceText', paragraph: p.id, offset: punct ? text.length - 1 : text.length, length: punct ? 1 : 0, text: want }],
    };
    if (last) reportOffences(ctx, [o], { one: 'lastComma', many: 'lastComma' });
    else semicolons.push(o);
  });
  reportOffences(ctx, semicolons, { one: 'semicolon', many: 'semicolonMany' });
}
