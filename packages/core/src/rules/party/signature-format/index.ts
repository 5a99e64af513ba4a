import { defineRule } from '../../../engine/define.js';
import type { Component } from '../../../anatomy/types.js';
import type { FixOp, RuleContext } from '../../../engine/types.js';
import { isUpper } from '../../../text.js';
import { componentsOf } from '../../shared/anatomy.js';
import { checkTypography, typographyMessages, type ComponentName } from '../../shared/typography.js';

const NAMES = {
  signatureAuthority: { vi: 'Dòng quyền hạn ký', en: 'The signing authority line' },
  signaturePosition: { vi: 'Chức vụ người ký', en: "The signer's position" },
  signatureName: { vi: 'Họ tên người ký', en: "The signer's name" },
} as const satisfies Record<string, ComponentName>;

/** Quyền hạn, chức vụ, họ tên người ký (Phụ lục 3, ô số 7a, 7b). */
export default defineRule({
  meta: {
    id: 'party/signature-format',
    component: 'signatureName',
    severity: 'error',
    fixable: 'safe',
    title: { vi: 'Trình bày phần ký', en: 'Signature block typography' },
    description: {
      vi: 'Quyền hạn ký (T/M …) chữ in hoa, cỡ 14, đứng, đậm; chức vụ chữ in hoa, cỡ 14, đứng, không đậm; họ tên chữ thường, cỡ 14, đứng, đậm.',
      en: 'Authority line (T/M …) upper case, 14 pt, upright, bold; position upper case, 14 pt, upright, not bold; name in normal case, 14 pt, upright, bold.',
    },
    source: 'HD 36 §1.7.2, Phụ lục 3',
    needsTypography: true,
    messages: {
      ...typographyMessages,
      nameCase: {
        vi: 'Họ tên người ký viết chữ thường, hoa chữ cái đầu mỗi tiếng («{{expected}}»), không viết toàn chữ in hoa.',
        en: 'The signer\'s name is written in normal case, each word capitalised ("{{expected}}"), not all in capitals.',
      },
    },
  },
  check(ctx) {
    for (const kind of ['signatureAuthority', 'signaturePosition', 'signatureName'] as const) {
      const spec = ctx.profile.typography[kind];
      for (const c of componentsOf(ctx.anatomy, kind)) {
        checkTypography(ctx, c, spec, NAMES[kind]);
        if (spec?.case === 'normal') checkNormalCase(ctx, c);
      }
    }
  },
});

/** Each word capitalised, the rest lower case (`NGUYỄN VĂN AN` → `Nguyễn Văn An`). */
function properCase(text: string): string {
  return text
    .toLocaleLowerCase('vi')
    .replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toLocaleUpperCase('vi'));
}

function checkNormalCase(ctx: RuleContext, c: Component): void {
  const capsRuns = c.runs.filter((r) => r.props.caps);
  const typedUpper = isUpper(c.text);
  if (!capsRuns.length && !typedUpper) return;
  const expected = properCase(c.text);
  const ops: FixOp[] = [];
  if (capsRuns.length) ops.push({ op: 'setRunProps', paragraph: c.paragraph.id, runs: capsRuns.map((r) => r.index), props: { caps: false } });
  if (typedUpper) ops.push({ op: 'replaceText', paragraph: c.paragraph.id, offset: c.offset, length: c.length, text: expected });
  ctx.report({
    messageId: 'nameCase',
    data: { expected },
    paragraph: c.paragraph,
    offset: c.offset,
    length: c.length,
    component: c.kind,
    expected,
    actual: c.text.toLocaleUpperCase('vi'),
    fix: { kind: 'safe', ops },
  });
}
