import { defineRule } from '../../../engine/define.js';
import type { RuleContext } from '../../../engine/types.js';
import type { DocModel, Paragraph, Run, Section, Story } from '../../../model.js';

type Where = 'header' | 'footer';
type StoryKind = 'default' | 'first' | 'even';

/** A paragraph of a header or footer story that holds a PAGE field. */
interface PageField {
  section: number;
  where: Where;
  story: StoryKind;
  paragraph: Paragraph;
  runs: Run[];
}

const WHERE = { header: { vi: 'đầu trang (header)', en: 'header' }, footer: { vi: 'chân trang (footer)', en: 'footer' } };

function storiesOf(s: Section, where: Where): [StoryKind, Story][] {
  const set = where === 'header' ? s.headers : s.footers;
  return (['default', 'first', 'even'] as const).flatMap((k) => (set[k] ? [[k, set[k]] as [StoryKind, Story]] : []));
}

const hasPage = (story: Story | undefined) => !!story && story.paragraphs.some((p) => p.runs.some((r) => r.field === 'PAGE'));

/** Every paragraph carrying a PAGE field; a story inherited by later sections is counted once. */
function pageFields(model: DocModel): PageField[] {
  const out: PageField[] = [];
  const seen = new Set<Paragraph>();
  for (const s of model.sections)
    for (const where of ['header', 'footer'] as const)
      for (const [kind, story] of storiesOf(s, where))
        for (const p of story.paragraphs) {
          const runs = p.runs.filter((r) => r.field === 'PAGE');
          if (!runs.length || seen.has(p)) continue;
          seen.add(p);
          out.push({ section: s.index, where, story: kind, paragraph: p, runs });
        }
  return out;
}

interface PageCount {
  /** true: two or more pages; false: one page; null: cannot tell. */
  multi: boolean | null;
  how: string;
}

/**
 * How many pages: app.xml `<Pages>` when the producer lays pages out; otherwise (LibreOffice's headless
 * save writes 1 for any length, see test/fixtures/libreoffice/README.md) an estimate from the text
 * length and the explicit page breaks.
 */
function pageCount(ctx: RuleContext): PageCount {
  const { pages, application, characters, pageBreaks } = ctx.model.meta;
  const untrusted = (ctx.options.untrustedPageCountApplications as string[] | undefined) ?? [];
  const app = (application ?? '').toLowerCase();
  const trusted = pages !== null && !untrusted.some((a) => app.includes(a.toLowerCase()));
  if (trusted) return { multi: pages >= 2, how: `app.xml Pages = ${pages}` };
  const perPage = typeof ctx.options.charactersPerPage === 'number' ? ctx.options.charactersPerPage : 2750;
  const estimate = characters / perPage;
  const how = `${characters} characters ≈ ${estimate.toFixed(1)} pages, ${pageBreaks} page breaks${pages !== null ? ` (app.xml Pages = ${pages} from ${application} not trusted)` : ''}`;
  if (pageBreaks > 0 || estimate >= 2) return { multi: true, how };
  if (estimate < 1) return { multi: false, how };
  return { multi: null, how };
}

/** Số trang văn bản (HD 36 §4.4). */
export default defineRule({
  meta: {
    id: 'party/page-number',
    component: 'document',
    severity: 'error',
    // The numbers live in header/footer parts, which the docx fix writer does not edit yet.
    fixable: false,
    title: { vi: 'Số trang văn bản', en: 'Page numbers' },
    description: {
      vi: 'Văn bản có hai trang trở lên phải đánh số trang bằng chữ số Ả-rập: trường PAGE ở đầu trang (cách mép trên khoảng 10 mm), căn giữa, cỡ 14, chữ đứng; không đánh số trang thứ nhất.',
      en: 'A document of two or more pages numbers its pages in Arabic numerals: a PAGE field in the header (about 10 mm from the top edge), centred, 14 pt, upright; the first page is not numbered.',
    },
    source: 'HD 36 §4.4, Phụ lục 3',
    needsPageSetup: true,
    messages: {
      missing: {
        vi: 'Văn bản có {{pages}} nhưng không đánh số trang. Chèn số trang (trường PAGE) ở giữa đầu trang, từ trang thứ hai.',
        en: 'The document has {{pagesEn}} but no page numbers. Insert a page number (PAGE field) centred in the header, from the second page on.',
      },
      inFooter: {
        vi: 'Số trang đang đặt ở chân trang; văn bản của Đảng ghi số trang ở giữa đầu trang, cách mép trên khoảng 10 mm. Chuyển số trang lên đầu trang.',
        en: 'The page number is in the footer; Party documents put it centred in the header, about 10 mm from the top edge. Move it to the header.',
      },
      alignment: {
        vi: 'Số trang ở {{where}} đang căn {{actual}}; số trang phải căn giữa.',
        en: 'The page number in the {{whereEn}} is aligned {{actual}}; it must be centred.',
      },
      size: {
        vi: 'Số trang phải cỡ chữ {{expected}}; đang là {{actual}}.',
        en: 'The page number must be {{expected}}; found {{actual}}.',
      },
      notItalic: { vi: 'Số trang phải chữ đứng, không in nghiêng.', en: 'The page number must be upright, not italic.' },
      bold: { vi: 'Số trang không in đậm.', en: 'The page number must not be bold.' },
      firstPage: {
        vi: 'Trang thứ nhất đang có số trang. Không đánh số trang thứ nhất: chọn «Trang đầu khác» (Different First Page) và để trống đầu trang của trang đầu.',
        en: 'The first page carries a page number. The first page is not numbered: turn on "Different First Page" and leave its header empty.',
      },
      evenPages: {
        vi: 'Văn bản dùng đầu trang chẵn lẻ khác nhau nhưng trang chẵn không có số trang. Chèn số trang vào đầu trang của trang chẵn.',
        en: 'Odd and even pages have different headers, but the even pages carry no page number. Insert it in the even-page header.',
      },
      headerDistance: {
        vi: 'Số trang đặt cách mép trên {{actual}}; theo hướng dẫn khoảng {{expected}}. Đặt lại khoảng cách đầu trang (Header from top).',
        en: 'The page number sits {{actual}} from the top edge; expected about {{expected}}. Set the header distance (Header from top).',
      },
    },
  },
  check(ctx) {
    const { model, profile } = ctx;
    const first = model.sections[0];
    if (!first?.page) return ctx.note('page setup unknown: page numbers not judged');
    // Word's getOoxml() (flat OPC) leaves the header and footer parts out: their absence proves nothing.
    if (model.format === 'flat-opc') return ctx.note('flat OPC has no header/footer parts: page numbers not judged');
    const fields = pageFields(model);
    const count = pageCount(ctx);
    if (!fields.length) {
      if (count.multi === true) {
        ctx.report({
          messageId: 'missing',
          data: { pages: 'từ hai trang trở lên', pagesEn: 'two or more pages' },
          paragraph: null,
          expected: 'PAGE',
          actual: null,
        });
      } else ctx.note(`no PAGE field; page count ${count.multi === false ? 'one page' : 'uncertain (between one and two pages)'}: ${count.how}`);
      return;
    }

    const inHeader = fields.filter((f) => f.where === 'header');
    if (!inHeader.length) ctx.report({ messageId: 'inFooter', paragraph: null, expected: WHERE.header.en, actual: WHERE.footer.en });

    const spec = profile.typography.pageNumber;
    const tol = profile.sizeTolerancePt;
    let typographyReported = false;
    for (const f of fields) {
      const p = f.paragraph;
      // A number placed on a centred tab stop is centred too; the alignment itself cannot tell.
      if (p.props.alignment !== 'center' && !p.text.includes('\t')) {
        ctx.report({
          messageId: 'alignment',
          data: { where: WHERE[f.where].vi, whereEn: WHERE[f.where].en, actual: p.props.alignment },
          paragraph: null,
          expected: 'center',
          actual: p.props.alignment,
        });
      }
      if (!spec || typographyReported) continue;
      const [min, max] = spec.sizePt;
      const bad = f.runs.find((r) => r.props.sizePt < min - tol || r.props.sizePt > max + tol);
      const fmt = min === max ? `${min} pt` : `${min}–${max} pt`;
      if (bad) {
        ctx.report({ messageId: 'size', data: { expected: fmt, actual: `${bad.props.sizePt} pt` }, paragraph: null, expected: fmt, actual: `${bad.props.sizePt} pt` });
        typographyReported = true;
      }
      if (spec.italic === false && f.runs.some((r) => r.props.italic)) {
        ctx.report({ messageId: 'notItalic', paragraph: null, expected: 'đứng', actual: 'nghiêng' });
        typographyReported = true;
      }
      if (spec.bold === false && f.runs.some((r) => r.props.bold)) {
        ctx.report({ messageId: 'bold', paragraph: null, expected: 'không đậm', actual: 'đậm' });
        typographyReported = true;
      }
    }

    // The first page shows the first-page stories when "different first page" is on, else the default ones.
    const firstStories = first.page.titlePage ? [first.headers.first, first.footers.first] : [first.headers.default, first.footers.default];
    if (firstStories.some(hasPage)) {
      ctx.report({ messageId: 'firstPage', paragraph: null, expected: 'titlePage', actual: first.page.titlePage ? 'first-page header with PAGE' : 'no titlePage' });
    }

    if (first.page.evenAndOddHeaders && count.multi !== false) {
      const numbered = model.sections.find((s) => hasPage(s.headers.default) || hasPage(s.footers.default));
      if (numbered && !hasPage(numbered.headers.even) && !hasPage(numbered.footers.even)) ctx.report({ messageId: 'evenPages', paragraph: null, expected: 'PAGE', actual: null });
    }

    const expectedMm = typeof ctx.options.headerDistanceMm === 'number' ? ctx.options.headerDistanceMm : null;
    const tolMm = typeof ctx.options.headerDistanceToleranceMm === 'number' ? ctx.options.headerDistanceToleranceMm : 3;
    const numberedSection = model.sections.find((s) => inHeader.some((f) => f.section === s.index));
    const distance = numberedSection?.page?.marginsMm.header;
    if (expectedMm !== null && distance !== undefined && Math.abs(distance - expectedMm) > tolMm) {
      ctx.report({
        messageId: 'headerDistance',
        data: { expected: `${expectedMm} mm`, actual: `${distance} mm` },
        paragraph: null,
        expected: `${expectedMm} mm`,
        actual: `${distance} mm`,
        severity: 'warning',
      });
    }
  },
});
