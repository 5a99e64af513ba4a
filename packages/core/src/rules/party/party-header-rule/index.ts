import { defineRule } from '../../../engine/define.js';
import type { Paragraph } from '../../../model.js';
import { firstOf } from '../../shared/anatomy.js';

/** Underline kinds that draw one unbroken line (dotted, dashed and wavy ones do not). */
const SOLID = new Set(['single', 'double', 'thick']);
/** How many paragraphs before the header a drawn line's anchor may sit (text boxes anchor above). */
const ANCHOR_WINDOW = 12;

/** Đường kẻ dưới tiêu đề «ĐẢNG CỘNG SẢN VIỆT NAM» (HD 36 §1.1.2). */
export default defineRule({
  meta: {
    id: 'party/party-header-rule',
    component: 'partyHeader',
    severity: 'warning',
    fixable: false,
    title: { vi: 'Đường kẻ dưới tiêu đề', en: 'Rule under the Party header' },
    description: {
      vi: 'Dưới tiêu đề «ĐẢNG CỘNG SẢN VIỆT NAM» có đường kẻ ngang nét liền, dài bằng tiêu đề, ngăn cách với địa danh và ngày tháng năm: đường viền dưới của đoạn, một đường kẻ vẽ (shape) hoặc gạch chân chữ tiêu đề.',
      en: 'A solid horizontal line as long as the header sits under "ĐẢNG CỘNG SẢN VIỆT NAM", separating it from the place and date: a bottom border of the paragraph, a drawn line (shape) or an underline of the header text.',
    },
    source: 'HD 36 §1.1.2',
    needsTypography: true,
    messages: {
      missing: {
        vi: 'Dưới tiêu đề «{{text}}» không có đường kẻ ngang nét liền. Thêm đường viền dưới cho đoạn tiêu đề (Borders → Bottom Border), dài bằng tiêu đề.',
        en: 'No solid horizontal line under the header "{{text}}". Add a bottom border to the header paragraph (Borders → Bottom Border), as long as the header.',
      },
      notSolid: {
        vi: 'Tiêu đề «{{text}}» được gạch chân kiểu «{{actual}}»; đường kẻ dưới tiêu đề phải là nét liền.',
        en: 'The header "{{text}}" is underlined "{{actual}}"; the line under the header must be solid.',
      },
    },
  },
  check(ctx) {
    const header = firstOf(ctx.anatomy, 'partyHeader');
    if (!header) return ctx.note('no Party header recognised');
    const p = header.paragraph;
    if (p.props.borders.bottom) return;
    const underlines = header.runs.map((r) => r.props.underline ?? 'none');
    if (underlines.length && underlines.every((u) => SOLID.has(u))) return;
    if (ruledBelow(ctx.model.paragraphs, p)) return;
    const data = { text: header.text };
    const at = { paragraph: p, offset: header.offset, length: header.length };
    const broken = underlines.find((u) => u !== 'none' && !SOLID.has(u));
    if (broken && underlines.every((u) => u !== 'none')) {
      ctx.report({ messageId: 'notSolid', data: { ...data, actual: broken }, ...at, expected: 'single', actual: broken });
      return;
    }
    ctx.report({ messageId: 'missing', data, ...at, expected: 'đường kẻ nét liền / solid line', actual: null });
  },
});

/**
 * A line drawn as a shape anchored in the header block, the top border of the line below, or an empty
 * line under the header carrying a bottom border.
 */
function ruledBelow(paragraphs: Paragraph[], header: Paragraph): boolean {
  const i = header.id - 1;
  if (header.drawnLine) return true;
  const sameBox = (q: Paragraph) =>
    q.textBox === header.textBox && (header.table ? q.table?.table === header.table.table && q.table.cell === header.table.cell : !q.table);
  const next = paragraphs[i + 1];
  if (next && sameBox(next) && (next.props.borders.top || (!next.text.trim() && next.props.borders.bottom))) return true;
  for (let j = Math.max(0, i - ANCHOR_WINDOW); j <= Math.min(paragraphs.length - 1, i + 2); j++) if (paragraphs[j]!.drawnLine) return true;
  return false;
}
