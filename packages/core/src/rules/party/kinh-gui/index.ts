import { runsIn } from '../../../anatomy/recognize.js';
import type { Component } from '../../../anatomy/types.js';
import { defineRule } from '../../../engine/define.js';
import type { RuleContext } from '../../../engine/types.js';
import { fold } from '../../../text.js';
import { componentsOf, firstOf } from '../../shared/anatomy.js';
import { checkTypography, typographyMessages } from '../../shared/typography.js';

/** The label words, the spaces and the colon after them. */
const LABEL = /^(kính\s+(?:gửi|trình))(\s*:?)/iu;

const LABEL_NAME = { vi: 'Chữ «Kính gửi»', en: 'The label "Kính gửi"' };
const ADDRESSEE_NAME = { vi: 'Tên nơi nhận sau «Kính gửi»', en: 'The addressee after "Kính gửi"' };

/** «Kính gửi» của công văn, tờ trình (HD 36 §1.9.2, Phụ lục 3). */
export default defineRule({
  meta: {
    id: 'party/kinh-gui',
    component: 'kinhGui',
    severity: 'error',
    fixable: 'safe',
    title: { vi: 'Kính gửi của công văn, tờ trình', en: '"Kính gửi" of a công văn or tờ trình' },
    description: {
      vi: 'Công văn và tờ trình ghi «Kính gửi:» (tờ trình theo HD 05: «Kính trình:») và tên nơi nhận trực tiếp giải quyết công việc; chữ «Kính gửi» cỡ 14, in nghiêng; tên nơi nhận cỡ 14, chữ đứng; công văn trình bày ở chính giữa trang đầu. Dòng đầu phần «Nơi nhận» cuối văn bản ghi «- Như trên,».',
      en: 'A công văn or tờ trình names its addressees after "Kính gửi:" (tờ trình under HD 05: "Kính trình:"): the label 14 pt italic, the addressees 14 pt upright; in a công văn the line is centred on the first page. The first item of "Nơi nhận" at the end is "- Như trên,".',
    },
    source: 'HD 36 §1.9.2, Phụ lục 3',
    messages: {
      ...typographyMessages,
      missing: {
        vi: '{{type}} không có «{{expected}}:» và tên nơi nhận trực tiếp giải quyết công việc. Thêm dòng «{{expected}}: …» {{where}}.',
        en: 'The {{typeEn}} has no "{{expected}}:" line naming its addressees. Add "{{expected}}: …" {{whereEn}}.',
      },
      label: {
        vi: '{{type}} ghi «{{expected}}», không ghi «{{actual}}».',
        en: 'A {{typeEn}} writes "{{expected}}", not "{{actual}}".',
      },
      centre: {
        vi: 'Dòng «Kính gửi» của công văn trình bày ở chính giữa trang đầu; đang căn {{actual}}. Căn giữa dòng này.',
        en: 'A công văn’s "Kính gửi" line is centred on the first page; it is aligned {{actual}}. Centre it.',
      },
      nhuTren: {
        vi: 'Văn bản có «Kính gửi» thì dòng đầu phần nơi nhận ghi «- {{expected}},»; đang ghi «{{actual}}». Thêm «- {{expected}},» lên đầu danh sách nơi nhận.',
        en: 'With a "Kính gửi" line, the first recipient listed is "- {{expected}},"; found "{{actual}}". Add "- {{expected}}," at the top of the list.',
      },
    },
  },
  check(ctx) {
    const { anatomy, profile } = ctx;
    const code = anatomy.documentType?.code ?? null;
    const def = code ? profile.documentTypes.find((t) => t.symbols.includes(code)) : undefined;
    const labels = (code && profile.addressLabels[code]) || profile.addressLabels['*'] || ['Kính gửi'];
    const type = def ? { vi: def.name, en: def.name.toLocaleLowerCase('vi') } : { vi: 'Văn bản', en: 'document' };
    const label = firstOf(anatomy, 'kinhGui');
    if (!label) {
      if (def?.addressed && anatomy.headerFound) missing(ctx, labels[0]!, type, !!def.noTypeName);
      return;
    }
    const m = LABEL.exec(label.text);
    if (!m) return ctx.note(`"${label.text}" not parsed as a label`);
    const words = m[1]!;
    if (!labels.some((l) => fold(l) === fold(words))) {
      const expected = labels[0]!;
      ctx.report({
        messageId: 'label',
        data: { type: type.vi, typeEn: type.en, expected, actual: words },
        paragraph: label.paragraph,
        offset: label.offset,
        length: words.length,
        expected,
        actual: words,
        fix: { kind: 'safe', ops: [{ op: 'replaceText', paragraph: label.paragraph.id, offset: label.offset, length: words.length, text: expected }] },
      });
    }
    if (ctx.model.capabilities.typography) {
      checkTypography(ctx, span(label, 0, m[0].length, 'kinhGui'), profile.typography.kinhGui, LABEL_NAME);
      // A single addressee written on the label's own line.
      const restAt = m[0].length + (label.text.slice(m[0].length).length - label.text.slice(m[0].length).trimStart().length);
      if (restAt < label.text.length) checkTypography(ctx, span(label, restAt, label.text.length - restAt, 'addressee'), profile.typography.addressee, ADDRESSEE_NAME);
      for (const a of componentsOf(anatomy, 'addressee')) checkTypography(ctx, a, profile.typography.addressee, ADDRESSEE_NAME);
    }
    if (def?.noTypeName) centred(ctx, label);
    if (def?.addressed) nhuTren(ctx);
  },
});

/** A part of a component, with the runs that carry it. */
function span(c: Component, offset: number, length: number, kind: Component['kind']): Component {
  const at = c.offset + offset;
  return { kind, paragraph: c.paragraph, offset: at, length, text: c.text.slice(offset, offset + length), runs: runsIn(c.paragraph, at, length) };
}

function missing(ctx: RuleContext, expected: string, type: { vi: string; en: string }, cv: boolean): void {
  const anchor = ctx.anatomy.components.find((c) => ['basis', 'heading', 'body'].includes(c.kind));
  const where = cv
    ? { where: 'ở chính giữa, dưới phần đầu văn bản', whereEn: 'centred below the header block' }
    : { where: 'dưới tên loại và trích yếu', whereEn: 'under the type name and summary' };
  ctx.report({
    messageId: 'missing',
    data: { type: type.vi, typeEn: type.en, expected, ...where },
    paragraph: anchor?.paragraph ?? firstOf(ctx.anatomy, 'number')?.paragraph ?? null,
    component: 'kinhGui',
    expected: `${expected}:`,
    actual: null,
  });
}

/**
 * A công văn's "Kính gửi: <addressee>." stands centred (HD 36 §1.9.2). Several addressees, one per line,
 * are set as a block with an indent and a tab; that layout is not judged.
 */
function centred(ctx: RuleContext, label: Component): void {
  const p = label.paragraph;
  if (p.table || p.textBox || p.text.includes('\t') || componentsOf(ctx.anatomy, 'addressee').length > 0) return;
  if (p.props.alignment === 'center') return;
  ctx.report({
    messageId: 'centre',
    data: { actual: p.props.alignment },
    paragraph: p,
    offset: label.offset,
    length: label.length,
    expected: 'center',
    actual: p.props.alignment,
    fix: { kind: 'safe', ops: [{ op: 'setParagraphProps', paragraph: p.id, props: { alignment: 'center' } }] },
  });
}

function nhuTren(ctx: RuleContext): void {
  if (!firstOf(ctx.anatomy, 'recipientsLabel')) return;
  const first = firstOf(ctx.anatomy, 'recipientsItem');
  if (!first) return;
  const expected = typeof ctx.options.firstRecipient === 'string' ? ctx.options.firstRecipient : 'Như trên';
  const content = first.text.replace(/^[-–—+•*]\s*/u, '');
  if (fold(content).startsWith(fold(expected))) return;
  ctx.report({
    messageId: 'nhuTren',
    data: { expected, actual: first.text },
    paragraph: first.paragraph,
    offset: first.offset,
    length: first.length,
    component: 'recipientsItem',
    expected: `- ${expected},`,
    actual: first.text,
  });
}
