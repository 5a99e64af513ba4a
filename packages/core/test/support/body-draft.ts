/**
 * Body content and body-level edits for the case tables of the body rules (ô số 6): realistic bodies
 * of a quy định (Chương / Mục / Điều / khoản / điểm), a nghị quyết ("I-", "1.", "a)") and a quyết định
 * ("Căn cứ …" lines and articles), plus what the builder cannot express — Word's automatic numbering
 * (numbering.xml) and contextual spacing in a style — written into the built package's XML.
 */
import { strToU8, zipSync } from 'fflate';
import { buildParts } from '../../src/docx/writer.js';
import type { Block, DocSpec, ParaSpec, RunSpec, TableSpec } from './docx-builder.js';
import { DOC_KINDS, draftSpec, LAYOUTS, partyDraft, type BodyPara, type DraftOptions, type Layout } from './party-draft.js';
import type { ExpectedFinding, InvalidCase, ValidCase } from './rule-tester.js';

const H = (text: string): BodyPara => ({ text, b: true });
const C = (text: string): BodyPara => ({ text, b: true, align: 'center' });
const A = (lead: string, text: string): BodyPara => ({ lead, text });

/** A quy định laid out in chapters, sections, articles, clauses and points (HD 36 §1.6.2). */
export const QUY_DINH: BodyPara[] = [
  C('Chương I'),
  C('NHỮNG QUY ĐỊNH CHUNG'),
  H('Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng'),
  '1. Quy định này quy định nội dung, hình thức nêu gương và việc kiểm tra, giám sát thực hiện trách nhiệm nêu gương của cán bộ, đảng viên trong Đảng bộ tỉnh.',
  '2. Đối tượng áp dụng là cán bộ, đảng viên trong Đảng bộ tỉnh, trước hết là các đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh, cán bộ lãnh đạo, quản lý các cấp.',
  H('Điều 2. Nguyên tắc thực hiện'),
  'Việc nêu gương phải thường xuyên, thực chất; chức vụ càng cao càng phải gương mẫu; gắn với thực hiện nhiệm vụ chính trị của cơ quan, đơn vị.',
  C('Chương II'),
  C('NỘI DUNG NÊU GƯƠNG'),
  C('Mục 1'),
  C('NÊU GƯƠNG VỀ TƯ TƯỞNG, ĐẠO ĐỨC'),
  H('Điều 3. Về tư tưởng chính trị'),
  '1. Tuyệt đối trung thành với Đảng, Tổ quốc và Nhân dân; kiên định chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, mục tiêu độc lập dân tộc và chủ nghĩa xã hội.',
  '2. Chấp hành nghiêm các nghị quyết, chỉ thị, quy định của Đảng, cụ thể:',
  'a) Không nói, viết, làm trái nghị quyết, chỉ thị, quy định của Đảng;',
  'b) Không phát ngôn tùy tiện, không tham gia, tiếp tay cho các hoạt động chống phá;',
  'c) Kiên quyết đấu tranh với các biểu hiện suy thoái về tư tưởng chính trị.',
  H('Điều 4. Về đạo đức, lối sống'),
  'Sống trung thực, khiêm tốn, chân thành, trong sáng, giản dị; không để người thân lợi dụng chức vụ, quyền hạn của mình để trục lợi.',
  C('Mục 2'),
  C('NÊU GƯƠNG TRONG THỰC HIỆN NHIỆM VỤ'),
  H('Điều 5. Về trách nhiệm trong công tác'),
  'Gương mẫu đi đầu trong đổi mới, sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung; nói đi đôi với làm.',
  C('Chương III'),
  C('TỔ CHỨC THỰC HIỆN'),
  H('Điều 6. Hiệu lực thi hành'),
  'Quy định này có hiệu lực từ ngày ký. Các cấp ủy, tổ chức đảng và cán bộ, đảng viên trong Đảng bộ tỉnh có trách nhiệm thực hiện Quy định này.',
];

/** A nghị quyết with Roman headings, clauses and points, citing a Party document in full. */
export const NGHI_QUYET: BodyPara[] = [
  'Ngày 06 tháng 01 năm 2026, Ban Thường vụ Tỉnh ủy họp, thảo luận về công tác chuyển đổi số trong các cơ quan đảng. Thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, Ban Thường vụ Tỉnh ủy quyết nghị:',
  H('I- MỤC TIÊU'),
  'Đến năm 2030, 100% cơ quan đảng trong tỉnh xử lý văn bản trên môi trường điện tử, trừ văn bản mật; cán bộ, công chức, viên chức được bồi dưỡng kỹ năng số cơ bản; đẩy mạnh cải cách hành chính (CCHC) trong các cơ quan đảng.',
  H('II- NHIỆM VỤ, GIẢI PHÁP'),
  '1. Nâng cao nhận thức, trách nhiệm của cấp ủy, người đứng đầu về chuyển đổi số:',
  'a) Quán triệt sâu sắc quan điểm của Đảng về chuyển đổi số trong toàn Đảng bộ, gắn với kết quả CCHC của từng cơ quan;',
  'b) Đưa kết quả chuyển đổi số vào tiêu chí đánh giá, xếp loại chất lượng tổ chức đảng hằng năm.',
  '2. Đầu tư hạ tầng công nghệ thông tin, bảo đảm an toàn, an ninh mạng cho hệ thống thông tin của các cơ quan đảng; triển khai phần mềm quản lý hồ sơ đảng viên thống nhất theo Nghị quyết số 57-NQ/TW.',
  H('III- TỔ CHỨC THỰC HIỆN'),
  'Các đảng ủy trực thuộc Tỉnh ủy xây dựng kế hoạch thực hiện Nghị quyết; Văn phòng Tỉnh ủy chủ trì, theo dõi, định kỳ báo cáo Ban Thường vụ Tỉnh ủy.',
];

/** A quyết định: the issuing body, its legal bases, "QUYẾT ĐỊNH:" and its articles. */
export const QUYET_DINH: BodyPara[] = [
  C('BAN THƯỜNG VỤ TỈNH ỦY'),
  'Căn cứ Điều lệ Đảng;',
  'Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy khóa XI, nhiệm kỳ 2025 - 2030;',
  'Căn cứ Quyết định số 95-QĐ/TU, ngày 15/12/2025 của Ban Thường vụ Tỉnh ủy về Chương trình kiểm tra, giám sát năm 2026,',
  C('QUYẾT ĐỊNH:'),
  A('Điều 1.', ' Thành lập Tổ công tác giúp Ban Thường vụ Tỉnh ủy theo dõi việc thực hiện Chương trình kiểm tra, giám sát năm 2026, gồm các đồng chí có tên sau:'),
  '1. Đồng chí Trần Văn Bình, Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, Tổ trưởng.',
  '2. Đồng chí Lê Thị Mai, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, Tổ phó.',
  A('Điều 2.', ' Tổ công tác có nhiệm vụ theo dõi, tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy; Tổ tự giải thể sau khi hoàn thành nhiệm vụ.'),
  A('Điều 3.', ' Văn phòng Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy và các đồng chí có tên tại Điều 1 thi hành Quyết định này. Quyết định có hiệu lực từ ngày ký.'),
];

/** Replace one body paragraph (by its text, or its lead + text) of a body. */
export function replacePara(body: BodyPara[], from: string, to: BodyPara | BodyPara[]): BodyPara[] {
  const text = (p: BodyPara) => (typeof p === 'string' ? p : (p.lead ?? '') + p.text);
  const i = body.findIndex((p) => text(p) === from);
  if (i < 0) throw new TypeError(`replacePara: no body paragraph "${from}"`);
  return [...body.slice(0, i), ...(Array.isArray(to) ? to : [to]), ...body.slice(i + 1)];
}

// ---------------------------------------------------------------------------------------------------
// Spec edits
// ---------------------------------------------------------------------------------------------------

const runText = (r: RunSpec | string) => (typeof r === 'string' ? r : r.text);
const paraText = (b: Block) => (typeof b === 'string' ? b : 'table' in b ? '' : b.runs.map(runText).join(''));

/** Insert a bordered data table into the body, after the paragraph whose text starts with `after`. */
export function insertTable(spec: DocSpec, after: string, rows: string[][], sz: number): DocSpec {
  const at = spec.body.findIndex((b) => paraText(b).startsWith(after));
  if (at < 0) throw new TypeError(`insertTable: no paragraph starting "${after}"`);
  const cell = (text: string): ParaSpec => ({ runs: [{ text, sz }], markRun: { sz }, align: 'center' });
  const table: TableSpec = { table: { rows: rows.map((r) => r.map((t) => [cell(t)])), borders: true, widthsMm: r0(rows) } };
  spec.body.splice(at + 1, 0, table);
  return spec;
}

const r0 = (rows: string[][]) => (rows[0] ?? []).map(() => Math.floor(160 / (rows[0]?.length ?? 1)));

/** The body paragraphs of the spec (by text prefix), for edits of their paragraph properties. */
export function bodyParasOf(spec: DocSpec, prefixes: string[]): ParaSpec[] {
  return spec.body.filter((b): b is ParaSpec => typeof b !== 'string' && !('table' in b) && prefixes.some((t) => paraText(b).startsWith(t)));
}

// ---------------------------------------------------------------------------------------------------
// Package edits (XML the builder does not write)
// ---------------------------------------------------------------------------------------------------

export type Parts = Record<string, string>;

/** A draft built from its spec, then its XML parts edited. */
export function patchedDraft(options: DraftOptions, patch: (parts: Parts) => void, edit?: (spec: DocSpec) => void): () => Uint8Array {
  return () => {
    const spec = draftSpec(options);
    edit?.(spec);
    const parts = buildParts(spec);
    patch(parts);
    const files: Record<string, Uint8Array> = {};
    for (const [path, xml] of Object.entries(parts)) files[path] = strToU8(xml);
    return zipSync(files, { level: 6, mtime: new Date('2026-01-08T00:00:00Z') });
  };
}

/** One case per layout of a patched draft: valid without `errors`, invalid with them. */
export function patchedInLayouts(name: string, options: DraftOptions, patch: (parts: Parts) => void, layouts: readonly Layout[] = LAYOUTS, errors?: ExpectedFinding[]): (ValidCase | InvalidCase)[] {
  return layouts.map((layout) => ({ name: `${name} (${layout})`, doc: patchedDraft({ ...options, layout }, patch), ...(errors ? { errors } : {}) }));
}

export interface ListLevel {
  /** `decimal`, `lowerLetter`, `upperRoman` … */
  format: string;
  /** `%1.`, `%1)` … */
  text: string;
  leftMm: number;
  hangingMm: number;
}

const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

/**
 * Word's automatic numbering: a numbering part with one list (numId 1, one level per entry of `levels`),
 * applied to the paragraphs whose text starts with one of `paragraphs[ilvl]`. Their own direct indent is
 * removed, as Word leaves the indent to the numbering level.
 */
export function withNumbering(parts: Parts, levels: ListLevel[], paragraphs: string[][]): void {
  const lvls = levels
    .map((l, i) => `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${l.format}"/><w:lvlText w:val="${l.text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${twips(l.leftMm)}" w:hanging="${twips(l.hangingMm)}"/></w:pPr></w:lvl>`)
    .join('');
  parts['word/numbering.xml'] =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>${lvls}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
  parts['word/_rels/document.xml.rels'] = parts['word/_rels/document.xml.rels']!.replace(
    '</Relationships>',
    '<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>',
  );
  parts['[Content_Types].xml'] = parts['[Content_Types].xml']!.replace(
    '</Types>',
    '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>',
  );
  parts['word/document.xml'] = parts['word/document.xml']!.replace(/<w:p>((?:(?!<w:p>)[\s\S])*?)<\/w:p>/g, (all, inner: string) => {
    const text = [...inner.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    const ilvl = paragraphs.findIndex((list) => list.some((t) => text.startsWith(t)));
    if (ilvl < 0) return all;
    const numPr = `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr>`;
    const withNum = inner
      .replace(/<w:ind [^>]*\/>/, '')
      .replace(/^<w:pPr>((?:<w:pStyle [^>]*\/>)?(?:<w:keepNext\/>)?)/, `<w:pPr>$1${numPr}`);
    return `<w:p>${withNum}</w:p>`;
  });
}

/** Turn on "Don't add space between paragraphs of the same style" in a paragraph style. */
export function withContextualSpacing(parts: Parts, styleId = 'Normal'): void {
  parts['word/styles.xml'] = parts['word/styles.xml']!.replace(new RegExp(`(<w:style [^>]*w:styleId="${styleId}"[^>]*>[\\s\\S]*?)(</w:pPr>)`), (_, head: string, close: string) => {
    // CT_PPrBase order: contextualSpacing after spacing and ind, before jc.
    const jc = head.lastIndexOf('<w:jc ');
    return jc > head.lastIndexOf('<w:pPr>') ? `${head.slice(0, jc)}<w:contextualSpacing/>${head.slice(jc)}${close}` : `${head}<w:contextualSpacing/>${close}`;
  });
}

// ---------------------------------------------------------------------------------------------------
// Cases shared by the body rules
// ---------------------------------------------------------------------------------------------------

/** The quyết định's summary, matching the QUYET_DINH body. */
export const QUYET_DINH_OPTIONS: DraftOptions = {
  kind: 'QĐ',
  bodyParagraphs: QUYET_DINH,
  overrides: { summary: { text: 'về việc thành lập Tổ công tác theo dõi thực hiện Chương trình kiểm tra, giám sát năm 2026' } },
};
export const QUY_DINH_OPTIONS: DraftOptions = { kind: 'QĐi', bodyParagraphs: QUY_DINH };
export const NGHI_QUYET_OPTIONS: DraftOptions = { kind: 'NQ', bodyParagraphs: NGHI_QUYET };

/**
 * Compliant drafts every body rule must pass: every kind in the table layout, the resolution in the other
 * layouts, and the structured bodies (quy định, nghị quyết, quyết định) in every layout.
 */
export function compliantBodies(): ValidCase[] {
  const one = (name: string, options: DraftOptions, layouts: readonly Layout[]): ValidCase[] =>
    layouts.map((layout) => ({ name: `${name} (${layout})`, doc: () => partyDraft({ ...options, layout }) }));
  return [
    ...DOC_KINDS.map((kind) => ({ name: `compliant ${kind}`, doc: () => partyDraft({ kind, layout: 'table' }) })),
    ...one('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    ...one('quy định with chapters, sections, articles, clauses, points', QUY_DINH_OPTIONS, LAYOUTS),
    ...one('nghị quyết with I-, 1., a)', NGHI_QUYET_OPTIONS, LAYOUTS),
    ...one('quyết định with legal bases and articles', QUYET_DINH_OPTIONS, LAYOUTS),
  ];
}
