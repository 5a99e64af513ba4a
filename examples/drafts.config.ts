/**
 * The example drafts: realistic Party documents, compliant and with seeded defects, in the layouts
 * drafters use. `defects` lists the rule ids each draft must trigger — the example test holds the
 * generator to it, so an expected report can never silently lose a finding.
 */
import type { DraftOptions } from '../packages/core/test/support/party-draft.js';

export interface ExampleDraft {
  file: string;
  title: string;
  options?: DraftOptions;
  /** A committed fixture written by another producer instead of the generator. */
  copyFrom?: string;
  defects: string[];
}

export const EXAMPLES: ExampleDraft[] = [
  {
    file: '01-nghi-quyet-tinh-uy.docx',
    title: 'Nghị quyết của Ban Thường vụ Tỉnh ủy — bảng hai cột, đúng thể thức',
    options: { kind: 'NQ', layout: 'table', pages: 3 },
    defects: [],
  },
  {
    file: '02-cong-van-sai-kieu-nha-nuoc.docx',
    title: 'Công văn của Văn phòng Tỉnh ủy viết theo kiểu văn bản nhà nước (Số:, ngày thiếu số 0, dấu ;)',
    options: {
      kind: 'CV',
      layout: 'tabs',
      issuer: { parent: 'TỈNH ỦY LONG AN', name: 'VĂN PHÒNG' },
      overrides: {
        number: { text: 'Số: 268/CV-VPTU' },
        placeDate: { text: 'Tân An, ngày 5 tháng 3 năm 2026' },
        recipientsItems: { text: ['- Như trên;', '- Thường trực Tỉnh ủy;', '- Lưu: VT.'] },
      },
    },
    defects: ['party/number-format', 'party/date-format', 'party/recipients-punctuation'],
  },
  {
    file: '03-bao-cao-dong-xep-chong.docx',
    title: 'Báo cáo trình bày từng dòng (không dùng bảng): tiêu đề cỡ 14 không đậm, thiếu dấu sao',
    options: { kind: 'BC', layout: 'stacked', omit: ['star'], overrides: { partyHeader: { sz: 14, b: false } } },
    defects: ['party/party-header-format', 'party/issuer-star'],
  },
  {
    file: '04-ke-hoach-hop-van-ban.docx',
    title: 'Kế hoạch với phần đầu đặt trong hộp văn bản (text box), đúng thể thức',
    options: { kind: 'KH', layout: 'textbox', pages: 2 },
    defects: [],
  },
  {
    file: '05-quyet-dinh-can-cu.docx',
    title: 'Quyết định có căn cứ pháp lý; ký «TM.» kiểu nhà nước',
    options: { kind: 'QĐ', layout: 'table', overrides: { signatureAuthority: { text: 'TM. BAN THƯỜNG VỤ' } } },
    defects: ['party/signature-authority'],
  },
  {
    file: '06-chi-bo-bien-ban.docx',
    title: 'Biên bản sinh hoạt chi bộ (chi bộ trực thuộc đảng ủy xã), đúng thể thức',
    options: { kind: 'BB', layout: 'table', issuer: { parent: 'ĐẢNG BỘ XÃ TÂN AN', name: 'CHI BỘ ẤP 3' } },
    defects: [],
  },
  {
    file: '07-chi-bo-nghi-quyet-thieu-cap-tren.docx',
    title: 'Nghị quyết năm của chi bộ thiếu dòng cấp trên trực tiếp, số ký hiệu 1 chữ số, thiếu chương trình kiểm tra, giám sát',
    options: { kind: 'NQ', layout: 'tabs', issuer: { parent: null, name: 'CHI BỘ ẤP 3' }, overrides: { number: { text: 'Số 1-NQ/CB' }, summary: { text: 'về nhiệm vụ năm 2026' } } },
    defects: ['party/issuer-format', 'party/number-format', 'template/required-section'],
  },
  {
    file: '08-to-trinh-tab.docx',
    title: 'Tờ trình trình bày bằng phím Tab, đúng thể thức',
    options: { kind: 'TTr', layout: 'tabs' },
    defects: [],
  },
  {
    file: '09-thong-bao-kho-letter-font-arial.docx',
    title: 'Thông báo soạn trên máy mặc định tiếng Anh: khổ Letter, lề 1 inch, phông Arial',
    options: {
      kind: 'TB',
      layout: 'table',
      section: { widthMm: 215.9, heightMm: 279.4, marginsMm: { top: 25.4, bottom: 25.4, left: 25.4, right: 25.4 } },
      // The Normal style of an English Word install: every run inherits Arial.
      styles: { paragraphStyles: [{ id: 'Normal', name: 'Normal', default: true, run: { font: 'Arial', sz: 14 }, para: { spacingAfterPt: 0, line: { rule: 'auto', value: 1 } } }] },
    },
    defects: ['party/page-size', 'party/page-margins', 'party/font-family'],
  },
  {
    file: '10-nghi-quyet-libreoffice.docx',
    title: 'Nghị quyết soạn bằng LibreOffice Writer (qua .odt rồi lưu lại .docx), đúng thể thức',
    copyFrom: 'packages/core/test/fixtures/libreoffice/nq-table.docx',
    defects: [],
  },
];
