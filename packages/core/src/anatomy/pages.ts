import type { Paragraph } from '../model.js';

/**
 * Whether the paragraph at `index` starts a new page: page break before it, a page break (`w:br
 * w:type="page"`) in it or in the empty paragraphs just above it, or a section break above it (Word's
 * default section break starts a new page).
 */
export function startsNewPage(paragraphs: readonly Paragraph[], index: number): boolean {
  const p = paragraphs[index];
  if (!p) return false;
  if (p.props.pageBreakBefore || p.pageBreak) return true;
  for (let j = index - 1; j >= 0; j--) {
    const q = paragraphs[j]!;
    if (q.section !== p.section || q.pageBreak) return true;
    if (q.text.trim() || q.table) return false;
  }
  return false;
}
