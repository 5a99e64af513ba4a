/**
 * `renderMarkdown`: Markdown drafts → .docx laid out as HD 36 prescribes. What is checked: `check` finds
 * no error-severity finding in drafts whose own words are right; the layout facts (page setup, tables,
 * typography, page numbers); the text is literal (defects stay, on both sides); an invalid front matter
 * gives problems, not a document; LibreOffice opens what we write.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, readDocx, recognize, renderMarkdown, resolveProfile } from '../src/index.js';
import type { DocModel, Paragraph } from '../src/index.js';
import { runRules } from '../src/engine/run.js';
import { readMarkdown } from '../src/markdown/reader.js';
import { rules } from '../src/rules/index.js';
import { findSoffice } from './accuracy/libreoffice.js';

const md = (frontMatter: string, body: string) => `---\n${frontMatter.trim()}\n---\n\n${body.trim()}\n`;

const CHI_BO_NQ = md(
  `
issuer:
  parent: ĐẢNG BỘ XÃ TÂN AN
  name: CHI BỘ ẤP 3
number: Số 01-NQ/CB
placeDate: Tân An, ngày 08 tháng 01 năm 2026
type: NGHỊ QUYẾT
summary: về nhiệm vụ năm 2026
signature:
  authority: T/M CHI BỘ
  position: BÍ THƯ
  name: Nguyễn Văn An
recipients:
  - "- Đảng ủy xã (để báo cáo),"
  - "- Đảng viên trong chi bộ,"
  - "- Lưu Chi bộ."
`,
  `
Ngày 06 tháng 01 năm 2026, Chi bộ Ấp 3 họp đánh giá kết quả thực hiện nhiệm vụ năm 2025, thảo luận và thống nhất phương hướng, nhiệm vụ năm 2026. Chi bộ quyết nghị như sau:

## I- ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025

Năm 2025, Chi bộ đã lãnh đạo đảng viên và nhân dân trong ấp thực hiện **đạt và vượt** các chỉ tiêu chủ yếu đề ra; an ninh, trật tự được giữ vững.

## II- PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026

1. Tiếp tục lãnh đạo thực hiện tốt các chủ trương của Đảng, chính sách, pháp luật của Nhà nước.
2. Nâng cao chất lượng sinh hoạt chi bộ; *phấn đấu* 100% đảng viên hoàn thành tốt nhiệm vụ.

## III- CHƯƠNG TRÌNH KIỂM TRA, GIÁM SÁT NĂM 2026

Chi bộ kiểm tra 02 đảng viên về việc thực hiện nhiệm vụ được giao trong quý II và quý III; giám sát thường xuyên đảng viên trong việc chấp hành Điều lệ Đảng.

## IV- TỔ CHỨC THỰC HIỆN

Chi ủy xây dựng kế hoạch thực hiện Nghị quyết; các đồng chí đảng viên có trách nhiệm thực hiện Nghị quyết này.
`,
);

const CONG_VAN = md(
  `
issuer:
  name: TỈNH ỦY LONG AN
number: Số 268-CV/TU
cvSummary: về việc chuẩn bị tổng kết năm 2025
placeDate: Tân An, ngày 08 tháng 01 năm 2026
kinhGui:
  - "- Các đảng ủy trực thuộc Tỉnh ủy,"
  - "- Các ban cán sự đảng, đảng đoàn."
signature:
  authority: T/L BAN THƯỜNG VỤ
  position: CHÁNH VĂN PHÒNG
  name: Trần Văn Bình
recipients:
  - "- Như trên,"
  - "- Thường trực Tỉnh ủy (để báo cáo),"
  - "- Lưu Văn phòng Tỉnh ủy."
`,
  `
Để chuẩn bị tốt cho hội nghị tổng kết công tác xây dựng Đảng năm 2025, Ban Thường vụ Tỉnh ủy đề nghị các cấp ủy, tổ chức đảng thực hiện một số nội dung sau:

1. Xây dựng báo cáo tổng kết năm 2025, đánh giá khách quan kết quả đạt được, chỉ rõ hạn chế, nguyên nhân và bài học kinh nghiệm.
2. Gửi báo cáo về Ban Thường vụ Tỉnh ủy (qua Văn phòng Tỉnh ủy) trước ngày 20 tháng 01 năm 2026.

Đề nghị các cấp ủy, tổ chức đảng triển khai thực hiện nghiêm túc.
`,
);

const TO_TRINH = md(
  `
issuer:
  name: TỈNH ỦY LONG AN
number: Số 05-TTr/TU
placeDate: Tân An, ngày 08 tháng 01 năm 2026
type: TỜ TRÌNH
summary: về dự thảo Chương trình công tác năm 2026 của Ban Chấp hành Đảng bộ tỉnh
kinhGui: Ban Chấp hành Đảng bộ tỉnh.
signature:
  authority: T/M BAN THƯỜNG VỤ
  position: BÍ THƯ
  name: Nguyễn Văn An
recipients:
  - "- Như trên,"
  - "- Lưu Văn phòng Tỉnh ủy."
`,
  `
Thực hiện Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XI, nhiệm kỳ 2025 - 2030, Ban Thường vụ Tỉnh ủy đã chỉ đạo xây dựng dự thảo Chương trình công tác năm 2026.

Ban Thường vụ Tỉnh ủy kính trình Ban Chấp hành Đảng bộ tỉnh xem xét, cho ý kiến và thông qua.
`,
);

const BIEN_BAN = md(
  `
issuer:
  parent: ĐẢNG BỘ XÃ TÂN AN
  name: CHI BỘ ẤP 3
number: Số 01-BB/CB
placeDate: Tân An, ngày 08 tháng 01 năm 2026
type: BIÊN BẢN
summary: sinh hoạt chi bộ thường kỳ tháng 01 năm 2026
signature:
  - position: THƯ KÝ
    name: Lê Văn Cường
  - position: CHỦ TRÌ
    name: Trần Văn Bình
`,
  `
Hôm nay, vào lúc 14 giờ 00 ngày 08 tháng 01 năm 2026, tại Nhà văn hóa ấp 3, Chi bộ Ấp 3 tiến hành sinh hoạt thường kỳ tháng 01 năm 2026.

Tổng số đảng viên của Chi bộ: 25 đồng chí; có mặt: 23 đồng chí; vắng mặt: 02 đồng chí (có lý do).

Chủ trì: đồng chí Trần Văn Bình, Bí thư Chi bộ. Thư ký: đồng chí Lê Văn Cường, đảng viên.

## I- NỘI DUNG SINH HOẠT

1. Đồng chí Bí thư Chi bộ thông tin thời sự, đánh giá kết quả thực hiện nhiệm vụ tháng 12 năm 2025.
2. Chi bộ thảo luận, thống nhất nhiệm vụ tháng 01 năm 2026.

## II- BIỂU QUYẾT

Chi bộ biểu quyết thông qua nhiệm vụ tháng 01 năm 2026 với 23/23 đồng chí có mặt tán thành, đạt 100%.

Cuộc họp kết thúc vào lúc 16 giờ 30 cùng ngày. Biên bản đã được đọc lại trước Chi bộ và được các đồng chí dự họp nhất trí thông qua.
`,
);

const FILLER =
  'Các cấp ủy, tổ chức đảng tiếp tục quán triệt sâu sắc quan điểm, mục tiêu, nhiệm vụ và giải pháp đã đề ra; xây dựng chương trình, kế hoạch cụ thể, phân công rõ người, rõ việc, rõ thời gian, rõ trách nhiệm và kết quả thực hiện. Người đứng đầu cấp ủy trực tiếp lãnh đạo, chỉ đạo, thường xuyên kiểm tra, đôn đốc, kịp thời tháo gỡ khó khăn, vướng mắc phát sinh trong quá trình tổ chức thực hiện.';

/** The chi bộ resolution with 14 more paragraphs in part II: three pages. */
const THREE_PAGES = CHI_BO_NQ.replace('## III- CHƯƠNG TRÌNH', `${Array.from({ length: 14 }, () => FILLER).join('\n\n')}\n\n## III- CHƯƠNG TRÌNH`);

/** The additional components of HD 36 §2: urgency, draft note, circulation note, typist mark, contact. */
const WITH_MARKS = CHI_BO_NQ.replace(
  'number: Số 01-NQ/CB\n',
  'number: Số 01-NQ/CB\nurgency: KHẨN\ndraftNote: Dự thảo lần 2\ncirculationNote: LƯU HÀNH NỘI BỘ\n',
).replace('---\n\n', 'typist: ABC25\ncontact: "Ấp 3, xã Tân An; điện thoại: 0272.3826.123; email: chibo.ap3@longan.gov.vn"\n---\n\n');

const DRAFTS: [string, string][] = [
  ['a chi bộ resolution (nghị quyết) with its parent body', CHI_BO_NQ],
  ['a công văn with a list after «Kính gửi:»', CONG_VAN],
  ['a tờ trình with one addressee on the «Kính gửi:» line', TO_TRINH],
  ['a biên bản with two signatures', BIEN_BAN],
  ['a three-page draft (page numbers from page 2)', THREE_PAGES],
  ['a draft with urgency, draft note, circulation note, typist mark and contact', WITH_MARKS],
];

function render(text: string): Uint8Array {
  const r = renderMarkdown(text);
  expect(r.problems).toEqual([]);
  expect(r.ok).toBe(true);
  expect(r.bytes).toBeInstanceOf(Uint8Array);
  return r.bytes!;
}

function model(bytes: Uint8Array): DocModel {
  const read = readDocx(bytes);
  if (!read.ok) throw new Error(`rendered draft unreadable: ${read.error.code}`);
  return read.value;
}

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

describe('renderMarkdown: check passes what it writes', () => {
  it.each(DRAFTS)('%s: no error-severity finding', (_name, text) => {
    const report = check(render(text));
    expect(report.error).toBeNull();
    const errors = report.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.ruleId}: ${d.message}`);
    expect(errors).toEqual([]);
  });

  it.each(DRAFTS)('%s: the body check reads is the body the Markdown reader reads', (_name, text) => {
    const profile = resolveProfile('party');
    const fromMarkdown = readMarkdown(text, profile);
    const docx = model(render(text));
    const anatomy = recognize(docx, profile);
    const mdBody = fromMarkdown.anatomy.body.map((id) => {
      const p = fromMarkdown.model.paragraphs[id - 1]!;
      return norm(p.listLabel ? `${p.listLabel} ${p.text}` : p.text);
    });
    expect(anatomy.body.map((id) => norm(docx.paragraphs[id - 1]!.text))).toEqual(mdBody);
    expect(anatomy.documentType?.code).toBe(fromMarkdown.anatomy.documentType?.code);
  });

  it('recognises every component of the front matter where HD 36 puts it', () => {
    const anatomy = recognize(model(render(WITH_MARKS)), resolveProfile('party'));
    const kinds = new Set(anatomy.components.map((c) => c.kind));
    for (const kind of ['partyHeader', 'parentIssuer', 'issuer', 'star', 'number', 'placeDate', 'typeName', 'summary', 'separator', 'urgencyMark', 'draftNote', 'circulationNote', 'signatureAuthority', 'signaturePosition', 'signatureName', 'recipientsLabel', 'recipientsItem', 'typist', 'contact'] as const) {
      expect(kinds, kind).toContain(kind);
    }
    expect(anatomy.headerLayout).toBe('table');
    expect(anatomy.footerLayout).toBe('table');
  });
});

describe('renderMarkdown: the layout HD 36 prescribes', () => {
  const doc = model(render(CHI_BO_NQ));
  const byText = (t: string): Paragraph => {
    const p = doc.paragraphs.find((x) => x.text === t);
    if (!p) throw new Error(`no paragraph «${t}»`);
    return p;
  };
  const run = (p: Paragraph) => p.runs.find((r) => r.text.trim())!.props;

  it('A4 portrait, margins 20/20/30/15 mm', () => {
    const page = doc.sections[0]!.page!;
    expect([page.widthMm, page.heightMm, page.orientation]).toEqual([expect.closeTo(210, 0), expect.closeTo(297, 0), 'portrait']);
    expect(page.marginsMm).toMatchObject({ top: expect.closeTo(20, 1), bottom: expect.closeTo(20, 1), left: expect.closeTo(30, 1), right: expect.closeTo(15, 1) });
  });

  it('header and footer in two-column borderless tables', () => {
    for (const t of ['CHI BỘ ẤP 3', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'T/M CHI BỘ', 'Nơi nhận:']) {
      const p = byText(t);
      expect(p.table, t).toMatchObject({ cells: 2, bordered: false });
    }
    expect(byText('CHI BỘ ẤP 3').table!.cell).toBe(0);
    expect(byText('ĐẢNG CỘNG SẢN VIỆT NAM').table!.cell).toBe(1);
    expect(byText('Nơi nhận:').table!.cell).toBe(0);
    expect(byText('T/M CHI BỘ').table!.cell).toBe(1);
  });

  it('typography of Phụ lục 3, Times New Roman everywhere', () => {
    const expectations: [string, number, boolean, boolean][] = [
      ['ĐẢNG CỘNG SẢN VIỆT NAM', 15, true, false],
      ['ĐẢNG BỘ XÃ TÂN AN', 14, false, false],
      ['CHI BỘ ẤP 3', 14, true, false],
      ['Số 01-NQ/CB', 14, false, false],
      ['Tân An, ngày 08 tháng 01 năm 2026', 14, false, true],
      ['NGHỊ QUYẾT', 16, true, false],
      ['về nhiệm vụ năm 2026', 14, true, false],
      ['T/M CHI BỘ', 14, true, false],
      ['BÍ THƯ', 14, false, false],
      ['Nguyễn Văn An', 14, true, false],
      ['Nơi nhận:', 14, false, false],
      ['- Lưu Chi bộ.', 12, false, false],
    ];
    for (const [text, size, bold, italic] of expectations) {
      const props = run(byText(text));
      expect({ text, size: props.sizePt, bold: props.bold, italic: props.italic }).toEqual({ text, size, bold, italic });
    }
    expect(run(byText('Nơi nhận:')).underline).toBeTruthy();
    for (const p of doc.paragraphs) for (const r of p.runs) if (r.text.trim()) expect(r.props.fontsUsed, p.text).toEqual(['Times New Roman']);
  });

  it('the Party header rule, the star and the separator', () => {
    expect(byText('ĐẢNG CỘNG SẢN VIỆT NAM').props.borders.bottom).toBe(true);
    expect(byText('*').table?.cell).toBe(0);
    expect(byText('-----').props.alignment).toBe('center');
  });

  it('body 14 pt justified, first line 10 mm, 6 pt between paragraphs, lines of 18 pt', () => {
    const p = doc.paragraphs.find((x) => x.text.startsWith('Năm 2025, Chi bộ'))!;
    expect(p.props).toMatchObject({ alignment: 'both', indentFirstLineMm: expect.closeTo(10, 1), spacingAfterPt: 6, lineSpacing: { rule: 'exact', value: 18 } });
    expect(p.runs.map((r) => [r.text, r.props.sizePt, r.props.bold])).toEqual([
      ['Năm 2025, Chi bộ đã lãnh đạo đảng viên và nhân dân trong ấp thực hiện ', 14, false],
      ['đạt và vượt', 14, true],
      [' các chỉ tiêu chủ yếu đề ra; an ninh, trật tự được giữ vững.', 14, false],
    ]);
    const khoan = doc.paragraphs.find((x) => x.text.startsWith('2. Nâng cao'))!;
    expect(khoan.runs.find((r) => r.text === 'phấn đấu')!.props.italic).toBe(true);
    expect(khoan.listLabel).toBeNull(); // "1." / "2." are text, as HD 36 writes them
  });

  it('headings bold; Phần/Chương lines and their names, and upper-case titles, centred', () => {
    const q = model(
      render(
        md(
          `issuer:\n  name: TỈNH ỦY LONG AN\nnumber: Số 10-QĐi/TU\nplaceDate: Tân An, ngày 08 tháng 01 năm 2026\ntype: QUY ĐỊNH\nsummary: về trách nhiệm nêu gương`,
          `## Chương I\n\n## QUY ĐỊNH CHUNG\n\n## Điều 1. Phạm vi điều chỉnh\n\nQuy định này quy định trách nhiệm nêu gương.\n\n## I- NHIỆM VỤ\n\nThực hiện nghiêm.`,
        ),
      ),
    );
    const para = (t: string) => q.paragraphs.find((p) => p.text === t)!;
    for (const t of ['Chương I', 'QUY ĐỊNH CHUNG']) {
      expect(para(t).props.alignment, t).toBe('center');
      expect(para(t).props.indentFirstLineMm, t).toBe(0);
    }
    for (const t of ['Điều 1. Phạm vi điều chỉnh', 'I- NHIỆM VỤ']) expect(para(t).props.alignment, t).toBe('both');
    for (const t of ['Chương I', 'QUY ĐỊNH CHUNG', 'Điều 1. Phạm vi điều chỉnh', 'I- NHIỆM VỤ']) expect(run(para(t)).bold, t).toBe(true);
  });

  it('page numbers: a centred 14 pt PAGE field in the header, none on the first page', () => {
    const long = model(render(THREE_PAGES));
    const section = long.sections[0]!;
    expect(section.page!.titlePage).toBe(true);
    expect(section.headers.default!.fields).toContain('PAGE');
    const number = section.headers.default!.paragraphs[0]!;
    expect(number.props.alignment).toBe('center');
    expect(number.runs.every((r) => r.props.sizePt === 14)).toBe(true);
    expect(section.headers.first!.fields).toEqual([]);
    expect(section.headers.first!.paragraphs.every((p) => p.text === '')).toBe(true);
    // No <Pages> claim: Word counts the pages when it lays them out.
    expect(long.meta.pages).toBeNull();
    expect(long.meta.application).toBe('thethuc');
  });

  it('«Kính gửi:» of a công văn centred on its own; several addressees one per line', () => {
    const cv = model(render(CONG_VAN));
    const label = cv.paragraphs.find((p) => p.text.startsWith('Kính gửi:'))!;
    expect(label.text).toBe('Kính gửi:\t- Các đảng ủy trực thuộc Tỉnh ủy,');
    expect(run(label).italic).toBe(true);
    expect(cv.paragraphs[label.id]!.text).toBe('- Các ban cán sự đảng, đảng đoàn.');
    const tt = model(render(TO_TRINH));
    const single = tt.paragraphs.find((p) => p.text.startsWith('Kính gửi:'))!;
    expect(single.text).toBe('Kính gửi: Ban Chấp hành Đảng bộ tỉnh.');
    expect(single.props.alignment).toBe('center');
  });

  it('a biên bản: the first signature on the left, the second on the right, names level', () => {
    const bb = model(render(BIEN_BAN));
    const cell = (t: string) => bb.paragraphs.find((p) => p.text === t)!.table!;
    expect(cell('THƯ KÝ').cell).toBe(0);
    expect(cell('Lê Văn Cường').cell).toBe(0);
    expect(cell('CHỦ TRÌ').cell).toBe(1);
    expect(cell('Trần Văn Bình').cell).toBe(1);
    expect(cell('Lê Văn Cường').row).toBe(cell('Trần Văn Bình').row);
    expect(bb.paragraphs.some((p) => p.text.startsWith('Nơi nhận'))).toBe(false);
  });

  it('the hd05 profile writes «Kính trình:» for a tờ trình', () => {
    const r = renderMarkdown(TO_TRINH.replace('issuer:', 'profile: hd05\nissuer:'));
    expect(r.ok).toBe(true);
    expect(model(r.bytes!).paragraphs.some((p) => p.text === 'Kính trình: Ban Chấp hành Đảng bộ tỉnh.')).toBe(true);
    const forced = renderMarkdown(TO_TRINH, { profile: 'hd05' });
    expect(model(forced.bytes!).paragraphs.some((p) => p.text.startsWith('Kính trình:'))).toBe(true);
  });
});

describe('renderMarkdown: the text is written literally', () => {
  const DEFECTS = ['party/date-format', 'party/number-format', 'party/recipients-punctuation', 'party/signature-authority'];
  const defective = CHI_BO_NQ.replace('number: Số 01-NQ/CB', 'number: "Số: 01/NQ-CB"')
    .replace('ngày 08 tháng 01 năm 2026', 'ngày 8 tháng 1 năm 2026')
    .replace('"- Lưu Chi bộ."', '"- Lưu Chi bộ;"')
    .replace('T/M CHI BỘ', 'TM. CHI BỘ');

  it('keeps the defects: check reports the same textual findings on the Markdown and on the .docx', () => {
    const bytes = render(defective);
    const texts = model(bytes).paragraphs.map((p) => p.text);
    for (const t of ['Số: 01/NQ-CB', 'Tân An, ngày 8 tháng 1 năm 2026', '- Lưu Chi bộ;', 'TM. CHI BỘ']) expect(texts).toContain(t);
    const onDocx = new Set(check(bytes).diagnostics.map((d) => d.ruleId).filter((id) => DEFECTS.includes(id)));
    const profile = resolveProfile('party');
    const draft = readMarkdown(defective, profile);
    const onMarkdown = new Set(runRules(draft.model, draft.anatomy, profile, { rules }).diagnostics.map((d) => d.ruleId).filter((id) => DEFECTS.includes(id)));
    expect([...onDocx].sort()).toEqual(DEFECTS);
    expect([...onMarkdown].sort()).toEqual(DEFECTS);
  });
});

describe('renderMarkdown: an invalid front matter is a result, not a document', () => {
  it('broken YAML: ok false, no bytes, the problem at its line and column', () => {
    const r = renderMarkdown('---\nissuer: [CHI BỘ\nnumber: Số 01-NQ/CB\n---\n\nNội dung.\n');
    expect(r.ok).toBe(false);
    expect(r.bytes).toBeNull();
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.problems[0]!.line).toBeGreaterThanOrEqual(2);
  });

  it('an unknown key and a missing issuer name, each with its line', () => {
    const r = renderMarkdown('---\nissuer:\n  parent: ĐẢNG BỘ XÃ TÂN AN\nnumber: Số 01-NQ/CB\nsigner: Nguyễn Văn An\n---\n\nNội dung.\n');
    expect(r.ok).toBe(false);
    expect(r.bytes).toBeNull();
    expect(r.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: '', line: 5, column: 1, message: expect.stringContaining('signer') }),
        expect.objectContaining({ path: '/issuer', line: 3, message: expect.stringContaining('name') }),
      ]),
    );
  });

  it('no front matter at all', () => {
    const r = renderMarkdown('Chi bộ họp.\n');
    expect(r).toMatchObject({ ok: false, bytes: null, problems: [expect.objectContaining({ line: 1, column: 1 })] });
  });

  it('a programmer error throws a TypeError that says what to pass', () => {
    expect(() => renderMarkdown(new Uint8Array(3) as unknown as string)).toThrow(TypeError);
  });
});

/** Pages of a PDF LibreOffice wrote: its page objects (`/Type /Page`, not `/Pages`). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

describe('LibreOffice opens the rendered .docx', () => {
  it(
    'converts the drafts to PDF (soffice --headless --convert-to pdf)',
    () => {
      const soffice = findSoffice();
      if (!soffice) {
        throw new Error(
          'LibreOffice (soffice) không có trên PATH: test này cần nó để mở tệp .docx do render ghi. ' +
            'Cài: apt-get install -y --no-install-recommends libreoffice-writer-nogui (hoặc đặt SOFFICE=/đường/dẫn/soffice). ' +
            '/ LibreOffice (soffice) is not on PATH; install libreoffice-writer-nogui or set SOFFICE.',
        );
      }
      const dir = mkdtempSync(join(tmpdir(), 'thethuc-render-lo-'));
      try {
        const inputs: [string, string][] = [
          ['nghi-quyet', CHI_BO_NQ],
          ['cong-van', CONG_VAN],
          ['bien-ban', BIEN_BAN],
          ['ba-trang', THREE_PAGES],
        ];
        for (const [name, text] of inputs) writeFileSync(join(dir, `${name}.docx`), render(text));
        execFileSync(
          soffice,
          [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, ...inputs.map(([n]) => join(dir, `${n}.docx`))],
          { stdio: ['ignore', 'pipe', 'pipe'], timeout: 240_000 },
        );
        const pdfs = readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort();
        expect(pdfs).toEqual(['ba-trang.pdf', 'bien-ban.pdf', 'cong-van.pdf', 'nghi-quyet.pdf']);
        for (const [name] of inputs) {
          const pdf = readFileSync(join(dir, `${name}.pdf`));
          expect(pdf.subarray(0, 5).toString('latin1'), name).toBe('%PDF-');
          expect(pdfPages(pdf), name).toBeGreaterThanOrEqual(1);
        }
        expect(pdfPages(readFileSync(join(dir, 'ba-trang.pdf')))).toBeGreaterThanOrEqual(2);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    300_000,
  );
});
