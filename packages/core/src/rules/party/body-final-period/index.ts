import { defineRule } from '../../../engine/define.js';
import type { FixOp } from '../../../engine/types.js';
import { bodyComponents, stringsOption, tailText as tail } from '../../shared/body.js';

/** Closing quotes and brackets may follow the final period: `… “Học tập.”`. */
const CLOSERS = /[”"’'»)\]]+$/u;

/** Dấu chấm kết thúc nội dung văn bản (HD 36 §1.6.2). */
export default defineRule({
  meta: {
    id: 'party/body-final-period',
    component: 'body',
    severity: 'warning',
    fixable: 'safe',
    title: { vi: 'Dấu chấm kết thúc nội dung', en: 'Final period of the body' },
    description: {
      vi: 'Đoạn cuối cùng của nội dung văn bản kết thúc bằng dấu chấm «.». Cách kết thúc «./.» là của văn bản nhà nước.',
      en: 'The last paragraph of the body ends with a period ".". The ending "./." is the State style.',
    },
    source: 'HD 36 §1.6.2',
    messages: {
      missing: {
        vi: 'Nội dung văn bản phải kết thúc bằng dấu chấm; đoạn cuối đang kết thúc bằng «{{actual}}». Sửa thành «{{expected}}».',
        en: 'The body ends with a period; its last paragraph ends with "{{actual}}". Make it "{{expected}}".',
      },
      stateEnding: {
        vi: 'Nội dung văn bản kết thúc bằng «./.» — cách viết của văn bản nhà nước. Văn bản của Đảng kết thúc bằng một dấu chấm «.».',
        en: 'The body ends with "./." — the State style. Party documents end the body with a single period ".".',
      },
    },
  },
  check(ctx) {
    const last = bodyComponents(ctx).at(-1);
    if (!last) return;
    // A body that closes with a table has no closing sentence to judge.
    if (last.paragraph.table) return ctx.note('the body ends with a table; final period not checked');
    const listed = stringsOption(ctx, 'endings');
    const endings = listed.length ? listed : ['.'];
    const stateEndings = stringsOption(ctx, 'stateEndings');
    const p = last.paragraph;
    const text = p.text.trimEnd();
    const replace = (offset: number, length: number, insert: string): FixOp => ({ op: 'replaceText', paragraph: p.id, offset, length, text: insert });
    const state = stateEndings.find((e) => text.endsWith(e));
    if (state) {
      const at = text.length - state.length;
      ctx.report({ messageId: 'stateEnding', paragraph: p, offset: at, length: state.length, component: last.kind, expected: '.', actual: state, fix: { kind: 'safe', ops: [replace(at, state.length, '.')] } });
      return;
    }
    const core = text.replace(CLOSERS, '');
    if (endings.some((e) => core.endsWith(e))) return;
    const mark = /[,;:]$/u.exec(core)?.[0];
    const end = core.length;
    const fixed = (mark ? core.slice(0, -1) : core) + '.' + text.slice(end);
    ctx.report({
      messageId: 'missing',
      data: { actual: tail(text), expected: tail(fixed) },
      paragraph: p,
      offset: mark ? end - 1 : end,
      length: mark ? 1 : 0,
      component: last.kind,
      expected: '.',
      actual: mark ?? null,
      fix: { kind: 'safe', ops: [mark ? replace(end - 1, 1, '.') : replace(end, 0, '.')] },
    });
  },
});
