import { parseNumber } from '../../../anatomy/patterns.js';
import { defineRule } from '../../../engine/define.js';
import { firstOf } from '../../shared/anatomy.js';
import { bodyText, numberOption } from '../../shared/body.js';

/** A Party number-symbol in running text: "14-NQ/TU", "05-QC/BTCTU-BDVTU". */
const SYMBOL = /(?<![\p{L}\d/])(\d{1,4})\s*-\s*(\p{L}+)\s*\/\s*([\p{L}\d]+(?:-[\p{L}\d]+)*)/gu;
/** "ngày 20/11/2025", "ngày 20-11-2025", "ngày 20 tháng 11 năm 2025", or a bare "20/11/2025". */
const DATE = /ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|(?<!\d)\d{1,2}\/\d{1,2}\/\d{4}(?!\d)/iu;

/** Viện dẫn văn bản lần đầu thiếu ngày ban hành (HD 36 §1.6.1). */
export default defineRule({
  meta: {
    id: 'party/citation-incomplete',
    component: 'body',
    severity: 'warning',
    fixable: false,
    title: { vi: 'Viện dẫn văn bản chưa đầy đủ', en: 'Incomplete citation' },
    description: {
      vi: 'Lần viện dẫn đầu tiên một văn bản của Đảng ghi đầy đủ tên loại, số, ký hiệu, ngày tháng năm ban hành, cơ quan ban hành và trích yếu; các lần sau chỉ ghi tên loại và số, ký hiệu. Quy tắc phát hiện lần viện dẫn đầu tiên thiếu ngày ban hành.',
      en: 'The first citation of a Party document gives its type, number and symbol, date, issuer and summary; later ones may give type and number only. The rule detects a first citation without its date.',
    },
    source: 'HD 36 §1.6.1',
    messages: {
      noDate: {
        vi: 'Lần viện dẫn đầu tiên «{{citation}}» thiếu ngày, tháng, năm ban hành. Ghi đầy đủ: tên loại, số và ký hiệu, ngày ban hành, cơ quan ban hành, trích yếu — ví dụ «{{citation}}, ngày 20/11/2025 của … về …».',
        en: 'The first citation "{{citation}}" has no date of issue. Give type, number and symbol, date, issuer and summary — e.g. "{{citation}}, ngày 20/11/2025 của … về …".',
      },
    },
  },
  check(ctx) {
    const window = numberOption(ctx, 'window', 120);
    const symbols = new Set(ctx.profile.documentTypes.flatMap((t) => t.symbols));
    const names = ctx.profile.documentTypes.map((t) => t.name.normalize('NFC')).sort((a, b) => b.length - a.length);
    const namePattern = new RegExp(`(?:${names.map(escape).join('|')})(?:\\s+số)?\\s*$`, 'iu');
    const own = firstOf(ctx.anatomy, 'number');
    const ownParts = own ? parseNumber(own.text) : null;
    const ownKey = ownParts?.typeSymbol ? key(ownParts.number, ownParts.typeSymbol, ownParts.issuerSymbol ?? '') : null;
    const seen = new Set<string>();
    for (const c of bodyText(ctx)) {
      const text = c.paragraph.text;
      const hits = [...text.matchAll(SYMBOL)].filter((m) => symbols.has(m[2]!));
      hits.forEach((m, i) => {
        const k = key(m[1]!, m[2]!, m[3]!);
        if (seen.has(k) || k === ownKey) return;
        seen.add(k);
        // The type name before the number ("Nghị quyết số 14-NQ/TU"), when written.
        const head = text.slice(0, m.index);
        const named = names.length ? namePattern.exec(head) : null;
        const start = named ? named.index : m.index;
        const end = m.index + m[0].length;
        // The date stands after the symbol, up to the end of the clause or the next citation.
        let stop = Math.min(text.length, end + window, hits[i + 1]?.index ?? Infinity);
        const clause = /;|\.\s+\p{Lu}|\.$/u.exec(text.slice(end, stop));
        if (clause) stop = end + clause.index;
        if (DATE.test(text.slice(start, m.index)) || DATE.test(text.slice(end, stop))) return;
        const citation = text.slice(start, end);
        ctx.report({ messageId: 'noDate', data: { citation }, paragraph: c.paragraph, offset: start, length: end - start, component: c.kind, expected: 'ngày ban hành', actual: citation });
      });
    }
  },
});

function key(number: string, type: string, issuer: string): string {
  return `${Number(number)}-${type}/${issuer.replace(/\s+/g, '')}`.normalize('NFC');
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
