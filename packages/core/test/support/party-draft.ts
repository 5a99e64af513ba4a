/**
 * Realistic drafts of Party documents (văn bản của Đảng), compliant with HD 36-HD/VPTW by default.
 *
 * `partyDraft()` gives the bytes of a .docx; `draftSpec()` the builder spec before building, so a test
 * can change any element. Defects are made with `overrides` (a component's text or typography), `omit`
 * (drop a component), `section`/`styles` (page setup, style inheritance) and the few layout options.
 *
 * This file holds the sample content only — the texts of each kind of document, the default issuer
 * (Tỉnh ủy Long An), the filler paragraphs. The layout itself (four layouts, HD 36 typography, page
 * setup, page numbers, the Party header rule, signature space …) is product code in core:
 * src/render/layout.ts, which `thethuc render` uses too.
 */
import type { Align, DocSpec, ParaSpec, SectionSpec, StylesSpec, ThemeSpec } from './docx-builder.js';
import { buildDocx } from './docx-builder.js';
import {
  BODY_FORMAT,
  COLUMNS_MM,
  componentSpec,
  estimateHeightPt,
  estimatePages,
  estimateWidthMm,
  FONT,
  LAYOUTS,
  layoutPartyDocument,
  partyComponent,
  usableHeightPt,
  type ComponentName,
  type ComponentSpec,
  type Layout,
} from '../../src/render/layout.js';

export { BODY_FORMAT, COLUMNS_MM, estimateHeightPt, estimatePages, estimateWidthMm, FONT, LAYOUTS, usableHeightPt };
export type { ComponentName, ComponentSpec, Layout };

// ---------------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------------

export type DocKind = 'NQ' | 'CV' | 'BC' | 'KH' | 'QĐ' | 'BB' | 'HD' | 'TB' | 'TTr' | 'CTr' | 'QĐi';

export const DOC_KINDS: readonly DocKind[] = ['NQ', 'CV', 'BC', 'KH', 'QĐ', 'BB', 'HD', 'TB', 'TTr', 'CTr', 'QĐi'];

/** One body paragraph of the default content: plain text, or structure that drafters format. */
export type BodyPara =
  | string
  | {
      text: string;
      /** Whole paragraph bold (headings "I- …", "Điều 1. Phạm vi điều chỉnh"). */
      b?: boolean;
      /** A bold lead run before `text` ("Điều 1." of an article that carries its content). */
      lead?: string;
      /** Centred lines ("Chương I", "QUYẾT ĐỊNH") get no first-line indent. */
      align?: Align;
    };

export interface DraftOptions {
  kind?: DocKind;
  /** Header and footer layout (default `table`). */
  layout?: Layout;
  /** Footer layout when it differs from the header's. */
  footerLayout?: Layout;
  /** Tab layouts: left components start at the margin (`left`, default) or are centred on a tab stop. */
  tabAlign?: 'left' | 'centered';
  /** Pad the body to about this many pages (page heights estimated line by line) and write app.xml Pages. */
  pages?: number;
  issuer?: { parent?: string | null; name?: string };
  overrides?: Partial<Record<ComponentName, Partial<ComponentSpec>>>;
  omit?: ComponentName[];
  /** Structured body paragraphs replacing the kind's default content. */
  bodyParagraphs?: BodyPara[];
  /** Paragraph formatting of body paragraphs (default justified, first line 10 mm, after 6 pt, exact 18 pt). */
  bodyFormat?: Partial<Omit<ParaSpec, 'runs'>>;
  /** Merged over the defaults (margins merged key by key; `headers` replaces the page-number header). */
  section?: Partial<SectionSpec>;
  /** Merged over the defaults: `docDefaults` replaced when given, styles replaced by id. */
  styles?: StylesSpec;
  theme?: ThemeSpec;
  /**
   * `auto` (default): a centred PAGE field in the header, 14 pt, with a different (empty) first page when
   * the draft has two or more pages; `none`: no page numbers; `all`: numbered on every page, first too.
   */
  pageNumbers?: 'auto' | 'none' | 'all';
  /** The solid line under the Party header (default: `underline` in tab layouts, `border` otherwise). */
  partyHeaderRule?: 'border' | 'underline' | 'none';
  /** Empty lines between position and name for the signature (default 3). */
  signatureSpace?: number;
  /** Write `w:rFonts` on every run even when the Normal style already gives Times New Roman. */
  directFonts?: boolean;
  /** docProps/app.xml Application. */
  application?: string;
}

// ---------------------------------------------------------------------------------------------------
// Defaults
// ---------------------------------------------------------------------------------------------------

/** The texts of a compliant resolution (nghị quyết) of the Tỉnh ủy — the default draft. */
export const DEFAULT_TEXTS = {
  partyHeader: 'ĐẢNG CỘNG SẢN VIỆT NAM',
  issuer: 'TỈNH ỦY LONG AN',
  star: '*',
  number: 'Số 15-NQ/TU',
  placeDate: 'Tân An, ngày 08 tháng 01 năm 2026',
  typeName: 'NGHỊ QUYẾT',
  summary: 'về nhiệm vụ năm 2026',
  separator: '-----',
  kinhGui: 'Kính gửi:',
  signatureAuthority: 'T/M BAN THƯỜNG VỤ',
  signaturePosition: 'PHÓ BÍ THƯ',
  signatureName: 'Nguyễn Văn An',
  recipientsLabel: 'Nơi nhận:',
  recipientsItems: ['- Ban Thường vụ Tỉnh ủy,', '- Các huyện ủy, thành ủy,', '- Lưu Văn phòng Tỉnh ủy.'],
} as const;

interface KindContent {
  symbol: string;
  numberNo: string;
  typeName: string | null;
  summary: string;
  issuer?: { parent: string | null; name: string };
  addressees?: string[];
  recipients: string[] | null;
  signature?: { authority: string | null; position: string; name: string };
  secretary?: { position: string; name: string };
  body: BodyPara[];
}

const H = (text: string): BodyPara => ({ text, b: true });
const C = (text: string): BodyPara => ({ text, b: true, align: 'center' });
const A = (lead: string, text: string): BodyPara => ({ lead, text });

/** Content of each kind (realistic, invented). Every text keeps new-style tone marks (ủy, hòa, khóa). */
export const KIND_CONTENT: Record<DocKind, KindContent> = {
  NQ: {
    symbol: 'NQ',
    numberNo: '15',
    typeName: 'NGHỊ QUYẾT',
    summary: 'về nhiệm vụ năm 2026',
    recipients: [...DEFAULT_TEXTS.recipientsItems],
    body: [
      'Ngày 06 tháng 01 năm 2026, Ban Thường vụ Tỉnh ủy họp đánh giá kết quả thực hiện nhiệm vụ năm 2025, thảo luận và thống nhất phương hướng, nhiệm vụ năm 2026. Ban Thường vụ Tỉnh ủy quyết nghị như sau:',
      H('I- ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025'),
      'Năm 2025, trong bối cảnh còn nhiều khó khăn, thách thức, các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội trong tỉnh đã đoàn kết, nỗ lực, chủ động khắc phục khó khăn, thực hiện đạt và vượt 18/20 chỉ tiêu chủ yếu đề ra. Kinh tế tiếp tục tăng trưởng khá; văn hóa - xã hội có nhiều chuyển biến tích cực; quốc phòng, an ninh được giữ vững; công tác xây dựng Đảng và hệ thống chính trị được quan tâm thực hiện đồng bộ.',
      H('II- PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026'),
      '1. Tập trung lãnh đạo, chỉ đạo thực hiện có hiệu quả các nghị quyết, chỉ thị, kết luận của Trung ương và của Tỉnh ủy; đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư kinh doanh, nâng cao năng lực cạnh tranh cấp tỉnh.',
      '2. Tiếp tục đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị trong sạch, vững mạnh; nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng và chất lượng đội ngũ đảng viên; tăng cường công tác kiểm tra, giám sát và kỷ luật đảng.',
      H('III- TỔ CHỨC THỰC HIỆN'),
      'Các đảng ủy trực thuộc Tỉnh ủy, các ban cán sự đảng, đảng đoàn tổ chức quán triệt, xây dựng chương trình, kế hoạch thực hiện Nghị quyết phù hợp với tình hình thực tế. Văn phòng Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan theo dõi, kiểm tra, định kỳ báo cáo Ban Thường vụ Tỉnh ủy.',
    ],
  },
  CV: {
    symbol: 'CV',
    numberNo: '268',
    typeName: null,
    summary: 'về việc chuẩn bị tổng kết năm 2025',
    addressees: ['Các đảng ủy trực thuộc Tỉnh ủy.'],
    recipients: ['- Như trên,', '- Thường trực Tỉnh ủy,', '- Lưu Văn phòng Tỉnh ủy.'],
    body: [
      'Để chuẩn bị tốt cho hội nghị tổng kết công tác xây dựng Đảng và thực hiện nhiệm vụ chính trị năm 2025, Ban Thường vụ Tỉnh ủy đề nghị các đảng ủy trực thuộc Tỉnh ủy thực hiện một số nội dung sau:',
      '1. Xây dựng báo cáo tổng kết năm 2025, trong đó đánh giá khách quan, toàn diện kết quả đạt được, chỉ rõ hạn chế, khuyết điểm, nguyên nhân và bài học kinh nghiệm; đề ra phương hướng, nhiệm vụ và giải pháp chủ yếu năm 2026 sát với tình hình thực tế của địa phương, đơn vị.',
      '2. Tổng hợp số liệu về công tác xây dựng Đảng, kết quả đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên, kết quả thực hiện các chỉ tiêu kinh tế - xã hội, quốc phòng, an ninh theo biểu mẫu kèm theo.',
      '3. Báo cáo gửi về Ban Thường vụ Tỉnh ủy (qua Văn phòng Tỉnh ủy) trước ngày 20 tháng 01 năm 2026 để tổng hợp, phục vụ hội nghị.',
      'Đề nghị các cấp ủy trực thuộc triển khai thực hiện nghiêm túc, bảo đảm đúng thời gian quy định.',
    ],
  },
  BC: {
    symbol: 'BC',
    numberNo: '76',
    typeName: 'BÁO CÁO',
    summary: 'kết quả thực hiện nhiệm vụ năm 2025, phương hướng, nhiệm vụ năm 2026',
    recipients: ['- Ban Bí thư Trung ương Đảng,', '- Văn phòng Trung ương Đảng,', '- Các đồng chí Tỉnh ủy viên,', '- Lưu Văn phòng Tỉnh ủy.'],
    body: [
      'Thực hiện Chương trình công tác năm 2025, Ban Thường vụ Tỉnh ủy báo cáo kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ năm 2025 và phương hướng, nhiệm vụ năm 2026 như sau:',
      H('I- KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025'),
      '1. Về công tác xây dựng Đảng và hệ thống chính trị: các cấp ủy, tổ chức đảng tiếp tục quán triệt, triển khai thực hiện nghiêm túc các nghị quyết, chỉ thị, kết luận của Trung ương và của Tỉnh ủy. Công tác giáo dục chính trị tư tưởng được chú trọng; trong năm đã kết nạp 1.250 đảng viên mới, đạt 104% chỉ tiêu; công tác kiểm tra, giám sát được tăng cường.',
      '2. Về phát triển kinh tế - xã hội: tốc độ tăng trưởng kinh tế ước đạt 7,2%; thu ngân sách nhà nước trên địa bàn đạt 103% dự toán; các chính sách an sinh xã hội được thực hiện đầy đủ, kịp thời; quốc phòng, an ninh được giữ vững.',
      H('II- PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026'),
      'Tiếp tục nâng cao năng lực lãnh đạo, sức chiến đấu của các tổ chức đảng; tập trung thực hiện đồng bộ các giải pháp thúc đẩy tăng trưởng kinh tế, bảo đảm an sinh xã hội; giữ vững quốc phòng, an ninh, trật tự an toàn xã hội; chuẩn bị tốt các điều kiện tổ chức thành công các sự kiện chính trị quan trọng của tỉnh trong năm 2026.',
    ],
  },
  KH: {
    symbol: 'KH',
    numberNo: '42',
    typeName: 'KẾ HOẠCH',
    summary: 'kiểm tra, giám sát của Ban Thường vụ Tỉnh ủy năm 2026',
    recipients: ['- Ủy ban Kiểm tra Trung ương,', '- Các đảng ủy trực thuộc Tỉnh ủy,', '- Lưu Văn phòng Tỉnh ủy.'],
    body: [
      'Thực hiện quy định của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch kiểm tra, giám sát năm 2026 như sau:',
      H('I- MỤC ĐÍCH, YÊU CẦU'),
      '1. Kịp thời phát hiện, biểu dương những nhân tố tích cực, điển hình tiên tiến; đồng thời phát hiện, chấn chỉnh những hạn chế, thiếu sót, góp phần nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức đảng và chất lượng đội ngũ cán bộ, đảng viên.',
      '2. Việc kiểm tra, giám sát phải bảo đảm đúng nguyên tắc, phương pháp, quy trình; khách quan, công khai, dân chủ, đúng trọng tâm, trọng điểm, không gây khó khăn cho hoạt động bình thường của tổ chức đảng được kiểm tra, giám sát.',
      H('II- NỘI DUNG, ĐỐI TƯỢNG, THỜI GIAN'),
      '1. Kiểm tra việc lãnh đạo, chỉ đạo thực hiện các nghị quyết, chỉ thị của Đảng, chính sách, pháp luật của Nhà nước đối với 05 ban thường vụ đảng ủy trực thuộc; thời gian thực hiện trong quý II và quý III năm 2026.',
      '2. Giám sát chuyên đề việc thực hiện trách nhiệm nêu gương của người đứng đầu đối với 04 tổ chức đảng trực thuộc; thời gian thực hiện trong quý III năm 2026.',
      H('III- TỔ CHỨC THỰC HIỆN'),
      'Ủy ban Kiểm tra Tỉnh ủy chủ trì, phối hợp với các cơ quan tham mưu, giúp việc Tỉnh ủy tham mưu thành lập các đoàn kiểm tra, giám sát, xây dựng đề cương, lịch làm việc cụ thể; định kỳ báo cáo kết quả thực hiện Kế hoạch về Ban Thường vụ Tỉnh ủy.',
    ],
  },
  QĐ: {
    symbol: 'QĐ',
    numberNo: '120',
    typeName: 'QUYẾT ĐỊNH',
    summary: 'về việc thành lập Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy',
    recipients: ['- Như Điều 3,', '- Thường trực Tỉnh ủy,', '- Lưu Văn phòng Tỉnh ủy.'],
    body: [
      C('BAN THƯỜNG VỤ TỈNH ỦY'),
      'Căn cứ Điều lệ Đảng;',
      'Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy khóa XI, nhiệm kỳ 2025 - 2030;',
      'Căn cứ Kế hoạch kiểm tra, giám sát năm 2026 của Ban Thường vụ Tỉnh ủy;',
      'Xét đề nghị của Ủy ban Kiểm tra Tỉnh ủy,',
      C('QUYẾT ĐỊNH'),
      A('Điều 1.', ' Thành lập Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy để kiểm tra việc lãnh đạo, chỉ đạo thực hiện công tác cán bộ tại Ban Thường vụ Đảng ủy xã Đức Hòa, gồm các đồng chí có tên sau:'),
      '1. Đồng chí Trần Văn Bình, Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, Trưởng đoàn.',
      '2. Đồng chí Lê Thị Mai, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, Phó Trưởng đoàn.',
      '3. Đồng chí Phạm Minh Tuấn, chuyên viên Ủy ban Kiểm tra Tỉnh ủy.',
      A('Điều 2.', ' Đoàn kiểm tra có nhiệm vụ xây dựng kế hoạch, tiến hành kiểm tra và báo cáo kết quả với Ban Thường vụ Tỉnh ủy; Đoàn tự giải thể sau khi hoàn thành nhiệm vụ.'),
      A('Điều 3.', ' Văn phòng Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy, Ban Thường vụ Đảng ủy xã Đức Hòa và các đồng chí có tên tại Điều 1 thi hành Quyết định này. Quyết định có hiệu lực từ ngày ký.'),
    ],
  },
  BB: {
    symbol: 'BB',
    numberNo: '01',
    typeName: 'BIÊN BẢN',
    summary: 'sinh hoạt chi bộ thường kỳ tháng 01 năm 2026',
    issuer: { parent: 'ĐẢNG BỘ XÃ TÂN AN', name: 'CHI BỘ ẤP 3' },
    recipients: null,
    signature: { authority: null, position: 'CHỦ TRÌ', name: 'Trần Văn Bình' },
    secretary: { position: 'THƯ KÝ', name: 'Lê Văn Cường' },
    body: [
      'Hôm nay, vào lúc 14 giờ 00 ngày 08 tháng 01 năm 2026, tại Nhà văn hóa ấp 3, Chi bộ Ấp 3 tiến hành sinh hoạt thường kỳ tháng 01 năm 2026.',
      'Tổng số đảng viên của Chi bộ: 25 đồng chí; có mặt: 23 đồng chí; vắng mặt: 02 đồng chí (có lý do).',
      'Chủ trì: đồng chí Trần Văn Bình, Bí thư Chi bộ. Thư ký: đồng chí Lê Văn Cường, đảng viên.',
      H('I- NỘI DUNG SINH HOẠT'),
      '1. Đồng chí Bí thư Chi bộ thông tin thời sự, tình hình của địa phương; đánh giá kết quả thực hiện nhiệm vụ tháng 12 năm 2025: Chi bộ đã lãnh đạo hoàn thành việc thu nộp đảng phí, vận động nhân dân tham gia làm đường giao thông nông thôn, giữ vững an ninh, trật tự trên địa bàn ấp.',
      '2. Chi bộ thảo luận, thống nhất nhiệm vụ tháng 01 năm 2026: chăm lo Tết Nguyên đán cho các gia đình chính sách, hộ nghèo; tổ chức cho đảng viên học tập các văn bản mới của cấp trên; phân công đảng viên phụ trách hộ gia đình.',
      H('II- BIỂU QUYẾT'),
      'Chi bộ biểu quyết thông qua nhiệm vụ tháng 01 năm 2026 với 23/23 đồng chí có mặt tán thành, đạt 100%.',
      'Cuộc họp kết thúc vào lúc 16 giờ 30 cùng ngày. Biên bản đã được đọc lại trước Chi bộ và được các đồng chí dự họp nhất trí thông qua.',
    ],
  },
  HD: {
    symbol: 'HD',
    numberNo: '15',
    typeName: 'HƯỚNG DẪN',
    summary: 'đánh giá, xếp loại chất lượng đối với tổ chức đảng, đảng viên năm 2025',
    recipients: ['- Ban Tổ chức Trung ương,', '- Các đảng ủy trực thuộc Tỉnh ủy,', '- Lưu Văn phòng Tỉnh ủy.'],
    body: [
      'Thực hiện quy định của Bộ Chính trị và hướng dẫn của Ban Tổ chức Trung ương về kiểm điểm, đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị, Ban Thường vụ Tỉnh ủy hướng dẫn thực hiện năm 2025 như sau:',
      H('I- ĐỐI TƯỢNG, THỜI GIAN'),
      '1. Đối tượng: các tổ chức cơ sở đảng, chi bộ trực thuộc đảng ủy cơ sở và toàn thể đảng viên trong Đảng bộ tỉnh.',
      '2. Thời gian: hoàn thành việc kiểm điểm, đánh giá, xếp loại ở chi bộ trước ngày 15 tháng 01 năm 2026; ở đảng ủy cơ sở trước ngày 25 tháng 01 năm 2026.',
      H('II- TỔ CHỨC THỰC HIỆN'),
      'Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Ủy ban Kiểm tra Tỉnh ủy theo dõi, hướng dẫn, kiểm tra việc thực hiện; tổng hợp kết quả, báo cáo Ban Thường vụ Tỉnh ủy. Trong quá trình thực hiện, nếu có vướng mắc, các cấp ủy phản ánh về Ban Tổ chức Tỉnh ủy để được hướng dẫn.',
    ],
  },
  TB: {
    symbol: 'TB',
    numberNo: '35',
    typeName: 'THÔNG BÁO',
    summary: 'kết luận của Ban Thường vụ Tỉnh ủy về công tác chuẩn bị Tết Nguyên đán Bính Ngọ năm 2026',
    recipients: ['- Các đảng ủy trực thuộc Tỉnh ủy,', '- Các ban cán sự đảng, đảng đoàn,', '- Lưu Văn phòng Tỉnh ủy.'],
    body: [
      'Ngày 06 tháng 01 năm 2026, Ban Thường vụ Tỉnh ủy họp nghe Ban cán sự đảng Ủy ban nhân dân tỉnh báo cáo công tác chuẩn bị Tết Nguyên đán Bính Ngọ năm 2026. Sau khi thảo luận, Ban Thường vụ Tỉnh ủy kết luận như sau:',
      '1. Các cấp ủy, chính quyền tập trung chăm lo cho các gia đình chính sách, hộ nghèo, người có hoàn cảnh khó khăn, bảo đảm mọi người, mọi nhà đều được vui xuân, đón Tết.',
      '2. Tăng cường công tác bảo đảm an ninh chính trị, trật tự an toàn xã hội, an toàn giao thông, phòng, chống cháy nổ; kiểm tra, kiểm soát thị trường, giá cả, chất lượng hàng hóa, an toàn thực phẩm.',
      '3. Tổ chức các hoạt động văn hóa, thể thao mừng Đảng, mừng Xuân lành mạnh, tiết kiệm; nghiêm cấm việc sử dụng ngân sách nhà nước để tặng quà, chúc Tết cấp trên.',
      'Ban Thường vụ Tỉnh ủy thông báo để các cấp ủy, tổ chức đảng, cơ quan, đơn vị biết, thực hiện.',
    ],
  },
  TTr: {
    symbol: 'TTr',
    numberNo: '05',
    typeName: 'TỜ TRÌNH',
    summary: 'về dự thảo Chương trình công tác năm 2026 của Ban Chấp hành Đảng bộ tỉnh',
    addressees: ['Ban Chấp hành Đảng bộ tỉnh.'],
    recipients: ['- Như trên,', '- Các đồng chí Tỉnh ủy viên,', '- Lưu Văn phòng Tỉnh ủy.'],
    body: [
      'Thực hiện Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XI, nhiệm kỳ 2025 - 2030, Ban Thường vụ Tỉnh ủy đã chỉ đạo xây dựng dự thảo Chương trình công tác năm 2026 của Ban Chấp hành Đảng bộ tỉnh.',
      'Dự thảo Chương trình gồm 04 hội nghị thường kỳ và các nội dung trọng tâm về xây dựng Đảng, phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh; đã được gửi xin ý kiến các cơ quan tham mưu, giúp việc Tỉnh ủy và được tiếp thu, chỉnh lý.',
      'Ban Thường vụ Tỉnh ủy kính trình Ban Chấp hành Đảng bộ tỉnh xem xét, cho ý kiến và thông qua.',
    ],
  },
  CTr: {
    symbol: 'CTr',
    numberNo: '08',
    typeName: 'CHƯƠNG TRÌNH',
    summary: 'công tác năm 2026 của Ban Chấp hành Đảng bộ tỉnh',
    recipients: ['- Các đồng chí Tỉnh ủy viên,', '- Các đảng ủy trực thuộc Tỉnh ủy,', '- Lưu Văn phòng Tỉnh ủy.'],
    body: [
      'Thực hiện Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XI, nhiệm kỳ 2025 - 2030, Ban Chấp hành Đảng bộ tỉnh xây dựng Chương trình công tác năm 2026 như sau:',
      H('I- NHỮNG NỘI DUNG CHỦ YẾU'),
      '1. Hội nghị lần thứ sáu (tháng 4 năm 2026): sơ kết công tác quý I, thảo luận và cho ý kiến về tình hình thực hiện các nghị quyết chuyên đề của Tỉnh ủy.',
      '2. Hội nghị lần thứ bảy (tháng 7 năm 2026): đánh giá kết quả thực hiện nhiệm vụ 6 tháng đầu năm, đề ra nhiệm vụ trọng tâm 6 tháng cuối năm 2026.',
      '3. Hội nghị lần thứ tám (tháng 12 năm 2026): tổng kết công tác năm 2026, quyết định phương hướng, nhiệm vụ năm 2027.',
      H('II- TỔ CHỨC THỰC HIỆN'),
      'Văn phòng Tỉnh ủy chủ trì, phối hợp với các cơ quan tham mưu, giúp việc Tỉnh ủy chuẩn bị nội dung, tài liệu phục vụ các hội nghị; theo dõi, đôn đốc việc thực hiện Chương trình và định kỳ báo cáo Ban Thường vụ Tỉnh ủy.',
    ],
  },
  QĐi: {
    symbol: 'QĐi',
    numberNo: '10',
    typeName: 'QUY ĐỊNH',
    summary: 'về trách nhiệm nêu gương của cán bộ, đảng viên trong Đảng bộ tỉnh',
    recipients: ['- Các đảng ủy trực thuộc Tỉnh ủy,', '- Các ban cán sự đảng, đảng đoàn,', '- Lưu Văn phòng Tỉnh ủy.'],
    body: [
      C('Chương I'),
      C('QUY ĐỊNH CHUNG'),
      H('Điều 1. Phạm vi điều chỉnh'),
      'Quy định này quy định nội dung, trách nhiệm nêu gương và việc kiểm tra, giám sát thực hiện trách nhiệm nêu gương của cán bộ, đảng viên trong Đảng bộ tỉnh.',
      H('Điều 2. Đối tượng áp dụng'),
      'Cán bộ, đảng viên trong Đảng bộ tỉnh, trước hết là các đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh, cán bộ lãnh đạo, quản lý các cấp.',
      C('Chương II'),
      C('NỘI DUNG NÊU GƯƠNG'),
      H('Điều 3. Nêu gương về tư tưởng chính trị'),
      '1. Tuyệt đối trung thành với Đảng, Tổ quốc và Nhân dân; kiên định chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, mục tiêu độc lập dân tộc và chủ nghĩa xã hội.',
      '2. Chấp hành nghiêm các nghị quyết, chỉ thị, quy định của Đảng, pháp luật của Nhà nước; nói đi đôi với làm.',
      H('Điều 4. Hiệu lực thi hành'),
      'Quy định này có hiệu lực từ ngày ký. Các cấp ủy, tổ chức đảng và cán bộ, đảng viên trong Đảng bộ tỉnh có trách nhiệm thực hiện Quy định này.',
    ],
  },
};

/** Filler paragraphs (≈ 600 characters each) used to pad a draft to a number of pages. */
export const PAD_PARAGRAPHS: readonly string[] = [
  'Các cấp ủy, tổ chức đảng tiếp tục quán triệt sâu sắc quan điểm, mục tiêu, nhiệm vụ và giải pháp đã đề ra; xây dựng chương trình, kế hoạch cụ thể, phân công rõ người, rõ việc, rõ thời gian, rõ trách nhiệm và kết quả thực hiện. Người đứng đầu cấp ủy, chính quyền các cấp trực tiếp lãnh đạo, chỉ đạo, thường xuyên kiểm tra, đôn đốc, kịp thời tháo gỡ khó khăn, vướng mắc phát sinh trong quá trình tổ chức thực hiện. Định kỳ sơ kết, đánh giá kết quả, rút kinh nghiệm, biểu dương, khen thưởng tập thể, cá nhân có thành tích tiêu biểu; xử lý nghiêm tổ chức, cá nhân thiếu trách nhiệm.',
  'Đẩy mạnh cải cách hành chính, trọng tâm là cải cách thủ tục hành chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp; tăng cường ứng dụng công nghệ thông tin, chuyển đổi số trong hoạt động của các cơ quan đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội. Tiếp tục sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả; thực hiện tốt công tác tinh giản biên chế gắn với cơ cấu lại và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức. Kiên quyết khắc phục tình trạng né tránh, đùn đẩy, sợ trách nhiệm trong thực thi công vụ.',
  'Làm tốt công tác cán bộ, chú trọng đào tạo, bồi dưỡng, quy hoạch, luân chuyển, bố trí, sử dụng cán bộ đúng người, đúng việc; xây dựng đội ngũ cán bộ các cấp, nhất là cán bộ lãnh đạo, quản lý và người đứng đầu có phẩm chất, năng lực, uy tín ngang tầm nhiệm vụ. Thực hiện nghiêm các quy định về kiểm soát quyền lực trong công tác cán bộ; kịp thời thay thế cán bộ yếu kém về năng lực, uy tín giảm sút. Quan tâm phát hiện, lựa chọn, bồi dưỡng cán bộ trẻ, cán bộ nữ, cán bộ có năng lực nổi trội, dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung.',
  'Đổi mới nội dung, phương thức công tác tuyên truyền, giáo dục chính trị tư tưởng; chủ động nắm bắt tình hình tư tưởng của cán bộ, đảng viên và nhân dân để kịp thời định hướng dư luận xã hội. Tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch; đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với thực hiện các quy định về trách nhiệm nêu gương. Nhân rộng các mô hình hay, cách làm hiệu quả, gương người tốt, việc tốt trên các lĩnh vực của đời sống xã hội, tạo sự đồng thuận cao trong Đảng bộ và nhân dân.',
  'Nâng cao chất lượng, hiệu quả công tác kiểm tra, giám sát và thi hành kỷ luật đảng; tập trung kiểm tra, giám sát những lĩnh vực nhạy cảm, dễ phát sinh tiêu cực, những nơi có nhiều đơn thư khiếu nại, tố cáo, những vấn đề dư luận xã hội quan tâm. Kịp thời phát hiện, xử lý nghiêm các tổ chức đảng, đảng viên vi phạm; không có vùng cấm, không có ngoại lệ. Tăng cường phối hợp giữa các cơ quan tham mưu, giúp việc cấp ủy với các cơ quan thanh tra, kiểm toán, điều tra; đẩy mạnh công tác phòng, chống tham nhũng, lãng phí, tiêu cực, thực hành tiết kiệm trong chi tiêu ngân sách.',
  'Tập trung huy động, sử dụng hiệu quả các nguồn lực cho phát triển kinh tế - xã hội; đẩy nhanh tiến độ thực hiện các công trình, dự án trọng điểm, nhất là các dự án hạ tầng giao thông kết nối vùng, các khu công nghiệp và dự án phát triển đô thị. Chú trọng phát triển nông nghiệp sinh thái, ứng dụng công nghệ cao, xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu. Thực hiện tốt các chính sách an sinh xã hội, giảm nghèo bền vững, chăm sóc sức khỏe nhân dân; bảo đảm quốc phòng, an ninh, giữ vững ổn định chính trị, trật tự an toàn xã hội trên địa bàn.',
];

// ---------------------------------------------------------------------------------------------------
// Resolution of components
// ---------------------------------------------------------------------------------------------------

export type ResolvedComponents = Partial<Record<ComponentName, ComponentSpec>>;

/** Abbreviation of the issuing body (HD 36 §1.3.1 b) for the number, from its name and parent. */
export function issuerSymbol(name: string, parent: string | null): string {
  const n = name.normalize('NFC').toUpperCase().replace(/UỶ/g, 'ỦY');
  const p = (parent ?? '').normalize('NFC').toUpperCase().replace(/UỶ/g, 'ỦY');
  const parentSym = /^(TỈNH|THÀNH) ỦY/.test(p) ? 'TU' : /^HUYỆN ỦY/.test(p) ? 'HU' : /^ĐẢNG ỦY/.test(p) ? 'ĐU' : '';
  if (/^(TỈNH|THÀNH) ỦY/.test(n)) return 'TU';
  if (/^HUYỆN ỦY/.test(n)) return 'HU';
  if (/^QUẬN ỦY/.test(n)) return 'QU';
  if (/^ĐẢNG ỦY KHỐI/.test(n)) return 'ĐUK';
  if (/^ĐẢNG ỦY/.test(n)) return 'ĐU';
  if (/^CHI BỘ/.test(n)) return 'CB';
  if (/^VĂN PHÒNG/.test(n)) return `VP${parentSym}`;
  if (/^BAN TỔ CHỨC/.test(n)) return `BTC${parentSym}`;
  if (/^BAN TUYÊN GIÁO/.test(n)) return `BTG${parentSym}`;
  if (/^ỦY BAN KIỂM TRA/.test(n)) return `UBKT${parentSym}`;
  return 'TU';
}

/** The components of the draft after kind defaults, `issuer`, `overrides` and `omit`. */
export function resolveComponents(options: DraftOptions = {}): ResolvedComponents {
  const kind = options.kind ?? 'NQ';
  const k = KIND_CONTENT[kind];
  const parent = options.issuer?.parent !== undefined ? options.issuer.parent : (k.issuer?.parent ?? null);
  const issuerName = options.issuer?.name ?? k.issuer?.name ?? DEFAULT_TEXTS.issuer;
  const sig = k.signature ?? {
    authority: DEFAULT_TEXTS.signatureAuthority,
    position: DEFAULT_TEXTS.signaturePosition,
    name: DEFAULT_TEXTS.signatureName,
  };
  const c: ResolvedComponents = {
    partyHeader: partyComponent('partyHeader', DEFAULT_TEXTS.partyHeader),
    issuer: partyComponent('issuer', issuerName),
    star: partyComponent('star', DEFAULT_TEXTS.star),
    number: partyComponent('number', `Số ${k.numberNo}-${k.symbol}/${issuerSymbol(issuerName, parent)}`),
    placeDate: partyComponent('placeDate', DEFAULT_TEXTS.placeDate),
    signaturePosition: partyComponent('signaturePosition', sig.position),
    signatureName: partyComponent('signatureName', sig.name),
    body: partyComponent(
      'body',
      k.body.map((p) => (typeof p === 'string' ? p : (p.lead ?? '') + p.text)),
    ),
  };
  if (parent !== null) c.parentIssuer = partyComponent('parentIssuer', parent);
  if (k.typeName !== null) {
    c.typeName = partyComponent('typeName', k.typeName);
    c.summary = partyComponent('summary', k.summary);
    c.separator = partyComponent('separator', DEFAULT_TEXTS.separator);
  } else {
    c.cvSummary = partyComponent('cvSummary', k.summary);
  }
  if (k.addressees) {
    c.kinhGui = partyComponent('kinhGui', DEFAULT_TEXTS.kinhGui);
    c.addressees = partyComponent('addressees', k.addressees);
  }
  if (sig.authority !== null) c.signatureAuthority = partyComponent('signatureAuthority', sig.authority);
  if (k.secretary) {
    c.secretaryPosition = partyComponent('secretaryPosition', k.secretary.position);
    c.secretaryName = partyComponent('secretaryName', k.secretary.name);
  }
  if (k.recipients) {
    c.recipientsLabel = partyComponent('recipientsLabel', DEFAULT_TEXTS.recipientsLabel);
    c.recipientsItems = partyComponent('recipientsItems', k.recipients);
  }
  for (const [name, o] of Object.entries(options.overrides ?? {}) as [ComponentName, Partial<ComponentSpec>][]) {
    const current = c[name];
    if (current) c[name] = { ...current, ...o };
    else if (o.text !== undefined) c[name] = { ...componentSpec(o.text, 14), ...o };
  }
  for (const name of options.omit ?? []) delete c[name];
  return c;
}

// ---------------------------------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------------------------------

/** The builder spec of a draft (before building): tweak it, then `buildDocx(spec)`. */
export function draftSpec(options: DraftOptions = {}): DocSpec {
  const { kind, issuer: _issuer, overrides, omit: _omit, bodyParagraphs, application, ...layout } = options;
  const c = resolveComponents(options);
  // A biên bản's footer holds the recorder's signature on the left: these drafts then draw no recipients.
  const secretary = c.secretaryPosition;
  if ((secretary && (Array.isArray(secretary.text) ? secretary.text.length > 0 : true)) || c.secretaryName) {
    delete c.recipientsLabel;
    delete c.recipientsItems;
  }
  const ov = overrides?.body?.text;
  const body = ov !== undefined ? (Array.isArray(ov) ? ov : [ov]) : (bodyParagraphs ?? KIND_CONTENT[kind ?? 'NQ'].body);
  return layoutPartyDocument(c, body, {
    ...layout,
    ...(overrides ? { forced: overrides } : {}),
    fill: PAD_PARAGRAPHS,
    application: application ?? 'Microsoft Office Word',
    creator: 'Văn phòng Tỉnh ủy',
  });
}

/** A .docx draft of a Party document, compliant with HD 36 unless options say otherwise. */
export function partyDraft(options: DraftOptions = {}): Uint8Array {
  return buildDocx(draftSpec(options));
}
