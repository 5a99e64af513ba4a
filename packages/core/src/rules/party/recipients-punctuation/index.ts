import { defineRule } from '../../../engine/define.js';
import type { Component } from '../../../anatomy/types.js';
import type { FixOp, RuleContext } from '../../../engine/types.js';
import { componentsOf } from '../../shared/anatomy.js';

/** A label's two words ("Nơi nhận", "Kính gửi"), the space after them and the mark that follows. */
const LABEL = /^(\S+\s+[^\s:;.,]+)(\s*)([:;.,]?)/u;
/** What drafters put in front of a list line instead of "- ". */
const LEAD = /^([-–—+•*])\s*/u;
/** Automatic list labels Word draws as the hyphen of HD 36 §1.9.2. */
const DASH_LABEL = /^[-–]$/u;
/** The State archive line: "Lưu: VT, …" (Nghị định 30/2020). */
const STATE_ARCHIVE = /^lưu\s*:|^lưu\b.*\bVT\b/iu;
/** A line of a list of addressees under "Kính gửi:" (as the anatomy skips them). */
const LIST_LINE = /^\s*[-+–]\s*\S/u;

/** Dấu câu của nơi nhận và «Kính gửi» (HD 36 §1.9.2). */
export default defineRule({
  meta: {
    id: 'party/recipients-punctuation',
    component: 'recipientsItem',
    severity: 'error',
    fixable: 'safe',
    title: { vi: 'Dấu câu ở nơi nhận', en: 'Recipients punctuation' },
    description: {
      vi: 'Sau «Nơi nhận», «Kính gửi» có dấu hai chấm; mỗi nơi nhận bắt đầu bằng «- » và kết thúc bằng dấu phẩy, nơi nhận cuối cùng kết thúc bằng dấu chấm. Dấu chấm phẩy cuối dòng và «Lưu: VT» là cách viết của văn bản nhà nước.',
      en: 'A colon follows "Nơi nhận" and "Kính gửi"; each recipient starts with "- " and ends with a comma, the last with a period. A semicolon at the end of lines and "Lưu: VT" are the State style.',
    },
    source: 'HD 36 §1.9.2',
    messages: {
      labelColon: {
        vi: 'Sau «{{label}}» phải có dấu hai chấm: «{{expected}}».',
        en: 'A colon follows "{{label}}": "{{expected}}".',
      },
      itemDash: {
        vi: 'Mỗi nơi nhận bắt đầu bằng dấu gạch ngang và một dấu cách: «{{expected}}».',
        en: 'Each recipient starts with a hyphen and a space: "{{expected}}".',
      },
      itemComma: {
        vi: 'Sau mỗi nơi nhận có dấu phẩy: «{{expected}}».',
        en: 'A comma follows each recipient: "{{expected}}".',
      },
      lastPeriod: {
        vi: 'Nơi nhận cuối cùng kết thúc bằng dấu chấm: «{{expected}}».',
        en: 'The last recipient ends with a period: "{{expected}}".',
      },
      stateSemicolon: {
        vi: '{{count}} dòng nơi nhận kết thúc bằng dấu chấm phẩy «;» — cách viết của văn bản nhà nước. Văn bản của Đảng đặt dấu phẩy sau mỗi nơi nhận và dấu chấm ở nơi nhận cuối cùng.',
        en: '{{count}} recipient lines end with a semicolon — the State style. Party documents put a comma after each recipient and a period after the last.',
      },
      stateArchive: {
        vi: '«{{actual}}» là cách ghi nơi lưu của văn bản nhà nước. Văn bản của Đảng ghi «- Lưu» và tên cơ quan lưu văn bản, ví dụ «- Lưu Văn phòng Tỉnh ủy.».',
        en: '"{{actual}}" is the State form of the archive line. Party documents write "- Lưu" and the name of the archiving office, e.g. "- Lưu Văn phòng Tỉnh ủy.".',
      },
      addresseeEnd: {
        vi: 'Nơi nhận ghi cùng dòng với «Kính gửi:» kết thúc bằng «{{expected}}»{{more}}: «{{expectedText}}».',
        en: 'The addressee on the "Kính gửi:" line ends with "{{expected}}"{{moreEn}}: "{{expectedText}}".',
      },
    },
  },
  check(ctx) {
    for (const c of componentsOf(ctx.anatomy, 'recipientsLabel')) checkLabel(ctx, c);
    for (const c of componentsOf(ctx.anatomy, 'kinhGui')) {
      const rest = checkLabel(ctx, c);
      if (rest) checkInlineAddressee(ctx, c, rest);
    }
    checkItems(ctx, componentsOf(ctx.anatomy, 'recipientsItem'));
  },
});

const replace = (c: Component, offset: number, length: number, text: string): FixOp => ({
  op: 'replaceText',
  paragraph: c.paragraph.id,
  offset: c.offset + offset,
  length,
  text,
});

/** Checks the colon after the label; returns where the text after the label starts (or null). */
function checkLabel(ctx: RuleContext, c: Component): { at: number } | null {
  const m = LABEL.exec(c.text);
  if (!m) return null;
  const [all, words, space, mark] = m as unknown as [string, string, string, string];
  if (mark !== ':') {
    // A wrong mark is replaced; a missing one is put right after the words.
    const at = mark ? words.length + space.length : words.length;
    const expected = `${words}:`;
    ctx.report({
      messageId: 'labelColon',
      data: { label: words, expected },
      paragraph: c.paragraph,
      offset: c.offset,
      length: mark ? all.length : words.length,
      component: c.kind,
      expected,
      actual: mark ? all : words,
      fix: { kind: 'safe', ops: [replace(c, at, mark ? 1 : 0, ':')] },
    });
  }
  return { at: all.length };
}

/**
 * A single addressee written on the "Kính gửi:" line takes no hyphen and ends with a period; when
 * more addressees follow on their own lines, the first ends with a comma like the others.
 */
function checkInlineAddressee(ctx: RuleContext, c: Component, { at }: { at: number }): void {
  const raw = c.text.slice(at);
  const rest = raw.trim();
  if (!rest || LEAD.test(rest)) return;
  const next = ctx.model.paragraphs[c.paragraph.id];
  const more = !!next && c.paragraph.text.trimEnd().endsWith(rest) && LIST_LINE.test(next.text);
  const expected = more ? ',' : '.';
  const last = rest.at(-1)!;
  if (last === expected) return;
  const end = at + raw.trimEnd().length;
  const punct = /[.,;:]/u.test(last);
  const body = punct ? rest.slice(0, -1) : rest;
  ctx.report({
    messageId: 'addresseeEnd',
    data: { expected, more: more ? ' vì còn nơi nhận ở các dòng sau' : '', moreEn: more ? ' as more addressees follow' : '', expectedText: body + expected },
    paragraph: c.paragraph,
    offset: c.offset + (punct ? end - 1 : end),
    length: punct ? 1 : 0,
    component: c.kind,
    expected,
    actual: punct ? last : null,
    fix: { kind: 'safe', ops: [punct ? replace(c, end - 1, 1, expected) : replace(c, end, 0, expected)] },
  });
}

function checkItems(ctx: RuleContext, items: Component[]): void {
  const semicolons: { c: Component; op: FixOp; expected: string }[] = [];
  items.forEach((c, i) => {
    const text = c.text;
    const last = i === items.length - 1;
    // Leading hyphen, unless Word draws it as an automatic list label.
    const label = c.paragraph.listLabel?.trim() ?? '';
    const lead = LEAD.exec(text);
    const content = lead ? text.slice(lead[0].length) : text;
    if (!(label && DASH_LABEL.test(label)) && lead?.[0] !== '- ') {
      const expected = `- ${content}`;
      ctx.report({
        messageId: 'itemDash',
        data: { expected },
        paragraph: c.paragraph,
        offset: c.offset,
        length: lead ? lead[0].length : 0,
        component: c.kind,
        expected: '- ',
        actual: lead ? lead[0] : null,
        // A numbering label other than a hyphen cannot be rewritten as text safely.
        ...(label ? {} : { fix: { kind: 'safe' as const, ops: [replace(c, 0, lead ? lead[0].length : 0, '- ')] } }),
      });
    }
    if (STATE_ARCHIVE.test(content)) {
      ctx.report({ messageId: 'stateArchive', data: { actual: text }, paragraph: c.paragraph, offset: c.offset, length: c.length, component: c.kind, actual: text });
    }
    // Closing mark: "," after each item, "." after the last.
    const expected = last ? '.' : ',';
    const end = text.at(-1)!;
    if (end === expected) return;
    if (end === ';') {
      semicolons.push({ c, op: replace(c, text.length - 1, 1, expected), expected });
      return;
    }
    const punct = /[.,:]/u.test(end);
    const fixed = (punct ? text.slice(0, -1) : text) + expected;
    ctx.report({
      messageId: last ? 'lastPeriod' : 'itemComma',
      data: { expected: fixed },
      paragraph: c.paragraph,
      offset: c.offset + text.length - (punct ? 1 : 0),
      length: punct ? 1 : 0,
      component: c.kind,
      expected,
      actual: punct ? end : null,
      fix: { kind: 'safe', ops: [punct ? replace(c, text.length - 1, 1, expected) : replace(c, text.length, 0, expected)] },
    });
  });
  // Semicolons are one habit of the State style: one finding for the list, with a fix for every line.
  if (semicolons.length) {
    const first = semicolons[0]!.c;
    ctx.report({
      messageId: 'stateSemicolon',
      data: { count: semicolons.length },
      paragraph: first.paragraph,
      offset: first.offset + first.length - 1,
      length: 1,
      component: first.kind,
      expected: [...new Set(semicolons.map((s) => s.expected))].join(' '),
      actual: ';',
      fix: { kind: 'safe', ops: semicolons.map((s) => s.op) },
    });
  }
}
