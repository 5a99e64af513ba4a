/**
 * Realistic drafts of Party documents (văn bản của Đảng), compliant with HD 36-HD/VPTW by default.
 *
 * `partyDraft()` gives the bytes of a .docx; `draftSpec()` the builder spec before building, so a test
 * can change any element. Defects are made with `overrides` (a component's text or typography), `omit`
 * (drop a component), `section`/`styles` (page setup, style inheritance) and the few layout options.
 *
 * Typography follows HD 36 Phụ lục 3 (Times New Roman everywhere, sizes in pt); positions follow
 * Phụ lục 1: issuing body top left, Party header top right level with it, number under the issuer,
 * place/date under the Party header, type name and summary centred, body, signature lower right,
 * recipients lower left.
 */
import {
  buildDocx,
  textWidthMm,
  WORD_DOC_DEFAULTS,
  type Align,
  type Block,
  type DocSpec,
  type ParaSpec,
  type RunFormat,
  type RunSpec,
  type SectionSpec,
  type StylesSpec,
  type TextBoxSpec,
  type ThemeSpec,
} from './docx-builder.js';

// ---------------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------------

/**
 * How the header block (ô 1–4) and the footer (signature ô 7, recipients ô 9) are laid out:
 * - `table`: two-column borderless tables (the most common in practice);
 * - `tabs`: single paragraphs holding both sides, separated by a tab (`TỈNH ỦY LONG AN⇥ĐẢNG CỘNG SẢN VIỆT NAM`);
 * - `textbox`: components in anchored text boxes (left box, right box);
 * - `stacked`: plain paragraphs, left components left-aligned and right ones right-aligned.
 */
export type Layout = 'table' | 'tabs' | 'textbox' | 'stacked';

export type DocKind = 'NQ' | 'CV' | 'BC' | 'KH' | 'QĐ' | 'BB' | 'HD' | 'TB' | 'TTr' | 'CTr' | 'QĐi';

export const DOC_KINDS: readonly DocKind[] = ['NQ', 'CV', 'BC', 'KH', 'QĐ', 'BB', 'HD', 'TB', 'TTr', 'CTr', 'QĐi'];
export const LAYOUTS: readonly Layout[] = ['table', 'tabs', 'textbox', 'stacked'];

export type ComponentName =
  | 'partyHeader' // ô 1
  | 'parentIssuer' // ô 2 cấp trên trực tiếp
  | 'issuer' // ô 2 cơ quan ban hành
  | 'star' // ô 2 dấu sao
  | 'number' // ô 3
  | 'placeDate' // ô 4
  | 'typeName' // ô 5a tên loại
  | 'summary' // ô 5a trích yếu
  | 'separator' // "-----"
  | 'cvSummary' // ô 5b trích yếu công văn
  | 'kinhGui' // "Kính gửi:"
  | 'addressees' // the addressees after "Kính gửi:" (one per line when several)
  | 'signatureAuthority' // ô 7a quyền hạn ký
  | 'signaturePosition' // ô 7a chức vụ
  | 'signatureName' // ô 7b họ tên
  | 'secretaryPosition' // biên bản: the recorder's block, lower left
  | 'secretaryName'
  | 'recipientsLabel' // ô 9 "Nơi nhận:"
  | 'recipientsItems' // ô 9 items (`text` is a list)
  | 'body'; // ô 6 (`text` is a list of paragraphs)

/** A component's text and typography. A list `text` makes one line (paragraph) per entry. */
export interface ComponentSpec {
  text: string | string[];
  sz: number;
  b: boolean;
  i: boolean;
  u: boolean;
  font: string;
  align: Align;
  caps?: boolean;
}

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

export const FONT = 'Times New Roman';

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

/** Paragraph format of body text: HD 36 §1.6.2 (justified, indent ≈ 10 mm, ≥ 6 pt between, line ≥ 15 pt). */
export const BODY_FORMAT = {
  align: 'both',
  indentFirstMm: 10,
  spacingAfterPt: 6,
  line: { rule: 'exact', value: 18 },
} as const satisfies Omit<ParaSpec, 'runs'>;

/** Column widths of the header and footer (mm), on the 165 mm text width of A4 with 30/15 margins. */
export const COLUMNS_MM = { left: 75, right: 90 } as const;

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

const base = (text: string | string[], sz: number, extra: Partial<ComponentSpec> = {}): ComponentSpec => ({
  text,
  sz,
  b: false,
  i: false,
  u: false,
  font: FONT,
  align: 'center',
  ...extra,
});

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
    partyHeader: base(DEFAULT_TEXTS.partyHeader, 15, { b: true }),
    issuer: base(issuerName, 14, { b: true }),
    star: base(DEFAULT_TEXTS.star, 14),
    number: base(`Số ${k.numberNo}-${k.symbol}/${issuerSymbol(issuerName, parent)}`, 14),
    placeDate: base(DEFAULT_TEXTS.placeDate, 14, { i: true }),
    signaturePosition: base(sig.position, 14),
    signatureName: base(sig.name, 14, { b: true }),
    body: base(
      k.body.map((p) => (typeof p === 'string' ? p : (p.lead ?? '') + p.text)),
      14,
      { align: 'both' },
    ),
  };
  if (parent !== null) c.parentIssuer = base(parent, 14);
  if (k.typeName !== null) {
    c.typeName = base(k.typeName, 16, { b: true });
    c.summary = base(k.summary, 14, { b: true });
    c.separator = base(DEFAULT_TEXTS.separator, 14);
  } else {
    c.cvSummary = base(k.summary, 12, { i: true });
  }
  if (k.addressees) {
    c.kinhGui = base(DEFAULT_TEXTS.kinhGui, 14, { i: true });
    c.addressees = base(k.addressees, 14);
  }
  if (sig.authority !== null) c.signatureAuthority = base(sig.authority, 14, { b: true });
  if (k.secretary) {
    c.secretaryPosition = base(k.secretary.position, 14);
    c.secretaryName = base(k.secretary.name, 14, { b: true });
  }
  if (k.recipients) {
    c.recipientsLabel = base(DEFAULT_TEXTS.recipientsLabel, 14, { u: true, align: 'left' });
    c.recipientsItems = base(k.recipients, 12, { align: 'left' });
  }
  for (const [name, o] of Object.entries(options.overrides ?? {}) as [ComponentName, Partial<ComponentSpec>][]) {
    const current = c[name];
    if (current) c[name] = { ...current, ...o };
    else if (o.text !== undefined) c[name] = { ...base(o.text, 14), ...o };
  }
  for (const name of options.omit ?? []) delete c[name];
  return c;
}

// ---------------------------------------------------------------------------------------------------
// Lines, runs, paragraphs
// ---------------------------------------------------------------------------------------------------

interface Line {
  name: ComponentName | null; // null = empty line (signature space)
  text: string;
  spec: ComponentSpec | null;
}

const linesOf = (c: ResolvedComponents, name: ComponentName): Line[] => {
  const spec = c[name];
  if (!spec) return [];
  const texts = Array.isArray(spec.text) ? spec.text : [spec.text];
  return texts.map((text) => ({ name, text, spec }));
};

const BLANK: Line = { name: null, text: '', spec: null };

/** Rough width of a line of Times New Roman (mm) — enough to centre a star or size a rule. */
export function estimateWidthMm(text: string, sizePt: number, bold = false): number {
  let em = 0;
  for (const ch of text.normalize('NFD').replace(/\p{M}/gu, '')) {
    if (ch === ' ') em += 0.25;
    else if (/[A-ZĐ]/.test(ch)) em += bold ? 0.72 : 0.68;
    else if (/[a-zđ]/.test(ch)) em += 0.46;
    else if (/[0-9]/.test(ch)) em += 0.5;
    else em += 0.33;
  }
  return (em * sizePt * 25.4) / 72;
}

/** Cell margins of a table (108 twips each side) and text box insets (0.1 in each side). */
const CELL_PADDING_MM = (2 * 108 * 25.4) / 1440;
const BOX_PADDING_MM = 2 * 2.54;

class Draft {
  readonly c: ResolvedComponents;
  readonly kind: DocKind;
  readonly headerLayout: Layout;
  readonly footerLayout: Layout;
  readonly rule: 'border' | 'underline' | 'none';
  readonly W: number;
  readonly LW: number;
  readonly RW: number;

  constructor(readonly o: DraftOptions) {
    this.c = resolveComponents(o);
    this.kind = o.kind ?? 'NQ';
    this.headerLayout = o.layout ?? 'table';
    this.footerLayout = o.footerLayout ?? this.headerLayout;
    this.rule = o.partyHeaderRule ?? (this.headerLayout === 'tabs' ? 'underline' : 'border');
    this.W = textWidthMm(this.section());
    this.LW = Math.round((this.W * COLUMNS_MM.left) / (COLUMNS_MM.left + COLUMNS_MM.right));
    this.RW = this.W - this.LW;
  }

  /** Layout alignment unless the test forced one through `overrides`. */
  alignOf(name: ComponentName | null, fallback: Align): Align {
    return (name && this.o.overrides?.[name]?.align) ?? fallback;
  }

  /** A `<w:tab/>` run formatted like the text after it, but never underlined (Word underlines tabs). */
  tabRun(line: Line): RunSpec {
    const { u: _u, ...fmt } = this.run(line, '');
    return { ...fmt, tab: true };
  }

  run(line: Line, text = line.text): RunSpec {
    const s = line.spec;
    if (!s) return { text };
    const r: RunSpec = { text, sz: s.sz };
    if (s.font !== FONT || this.o.directFonts) r.font = s.font;
    if (s.b) r.b = true;
    if (s.i) r.i = true;
    if (s.u || (line.name === 'partyHeader' && this.rule === 'underline')) r.u = true;
    if (s.caps) r.caps = true;
    return r;
  }

  mark(line: Line | undefined): RunFormat {
    if (!line?.spec) return { sz: 14 };
    const { text: _t, ...fmt } = this.run(line);
    return fmt;
  }

  para(line: Line, extra: Omit<ParaSpec, 'runs'> = {}): ParaSpec {
    const runs = line.text === '' ? [] : [this.run(line)];
    return { runs, markRun: this.mark(line), ...extra };
  }

  section(): SectionSpec {
    const s = this.o.section ?? {};
    return { ...s, marginsMm: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10, gutter: 0, ...s.marginsMm } };
  }

  /** Party header rule as a bottom border as long as the header text, centred in a box `innerMm` wide. */
  ruleProps(line: Line, innerMm: number, align: Align): Omit<ParaSpec, 'runs'> {
    if (line.name !== 'partyHeader' || this.rule !== 'border' || !line.spec) return {};
    const w = estimateWidthMm(line.text, line.spec.sz, line.spec.b);
    const spare = Math.max(0, innerMm - w - 2);
    if (align === 'right') return { borderBottom: true, indentLeftMm: round1(spare) };
    if (align === 'left') return { borderBottom: true, indentRightMm: round1(spare) };
    return { borderBottom: true, indentLeftMm: round1(spare / 2), indentRightMm: round1(spare / 2) };
  }

  // -- columns ---------------------------------------------------------------------------------------

  headerLeft(): Line[] {
    const c = this.c;
    return [...linesOf(c, 'parentIssuer'), ...linesOf(c, 'issuer'), ...linesOf(c, 'star'), ...linesOf(c, 'number'), ...linesOf(c, 'cvSummary')];
  }

  headerRight(): Line[] {
    return [...linesOf(this.c, 'partyHeader'), ...linesOf(this.c, 'placeDate')];
  }

  footerColumns(): { left: Line[]; right: Line[] } {
    const c = this.c;
    const space = Array.from({ length: this.o.signatureSpace ?? 3 }, () => BLANK);
    const right = [...linesOf(c, 'signatureAuthority'), ...linesOf(c, 'signaturePosition'), ...space, ...linesOf(c, 'signatureName')];
    const secretary = linesOf(c, 'secretaryPosition');
    const left =
      secretary.length > 0 || c.secretaryName
        ? [...secretary, ...(linesOf(c, 'signatureAuthority').length > 0 ? [BLANK] : []), ...space, ...linesOf(c, 'secretaryName')]
        : [...linesOf(c, 'recipientsLabel'), ...linesOf(c, 'recipientsItems')];
    return { left, right };
  }

  // -- header block ----------------------------------------------------------------------------------

  header(): Block[] {
    const left = this.headerLeft();
    const right = this.headerRight();
    switch (this.headerLayout) {
      case 'table':
        return [this.twoColumnTable(left, right, 'header')];
      case 'textbox':
        return [{ runs: [], markRun: { sz: 14 }, textBox: this.boxes(left, right, 'header') }];
      case 'tabs':
        return this.headerTabs(left, right);
      case 'stacked':
        return this.headerStacked(left, right);
    }
  }

  columnParas(lines: Line[], innerMm: number, part: 'header' | 'footer'): ParaSpec[] {
    if (lines.length === 0) return [{ runs: [], markRun: { sz: 14 } }];
    return lines.map((l) => {
      const align = this.alignOf(l.name, l.spec?.align ?? 'center');
      const extra: Omit<ParaSpec, 'runs'> = { align, ...this.ruleProps(l, innerMm, align) };
      // Place/date sits lower than the Party header, level with the number (Phụ lục 1, ô 4).
      if (part === 'header' && l.name === 'placeDate' && l === lines.find((x) => x.name === 'placeDate')) extra.spacingBeforePt = 6;
      return this.para(l, extra);
    });
  }

  twoColumnTable(left: Line[], right: Line[], part: 'header' | 'footer'): Block {
    return {
      table: {
        style: 'TableGrid',
        borders: false,
        widthsMm: [this.LW, this.RW],
        rows: [
          [
            { paragraphs: this.columnParas(left, this.LW - CELL_PADDING_MM, part), widthMm: this.LW },
            { paragraphs: this.columnParas(right, this.RW - CELL_PADDING_MM, part), widthMm: this.RW },
          ],
        ],
      },
    };
  }

  boxes(left: Line[], right: Line[], part: 'header' | 'footer'): TextBoxSpec[] {
    // Lines of 14 pt single spacing ≈ 5.7 mm, plus the box's top and bottom insets.
    const height = (lines: Line[]) => Math.round(lines.length * 5.8 + 4);
    const h = Math.max(height(left), height(right));
    return [
      { paragraphs: this.columnParas(left, this.LW - BOX_PADDING_MM, part), widthMm: this.LW, heightMm: h, xMm: 0, yMm: 0 },
      { paragraphs: this.columnParas(right, this.RW - BOX_PADDING_MM, part), widthMm: this.RW, heightMm: h, xMm: this.LW, yMm: 0 },
    ];
  }

  /** One paragraph per row: left component ⇥ right component; runs keep their own formatting. */
  tabRow(left: Line | null, right: Line | null, leftCentre: number | null, rightCentre: number): ParaSpec {
    const runs: RunSpec[] = [];
    const tabs: ParaSpec['tabs'] = [];
    if (left && left.text !== '') {
      if (leftCentre !== null) {
        tabs.push({ posMm: leftCentre, val: 'center' });
        runs.push(this.tabRun(left));
      }
      runs.push(this.run(left));
    }
    if (right && right.text !== '') {
      tabs.push({ posMm: rightCentre, val: 'center' });
      runs.push(this.tabRun(right), this.run(right));
    }
    const markLine = left && left.text !== '' ? left : (right ?? undefined);
    return { runs, tabs, markRun: this.mark(markLine) };
  }

  headerTabs(left: Line[], right: Line[]): ParaSpec[] {
    const rc = round1(this.LW + this.RW / 2);
    const centred = this.o.tabAlign === 'centered';
    const lc = centred ? round1(this.LW / 2) : null;
    const issuer = left.filter((l) => l.name === 'issuer').at(-1);
    const starCentre = lc ?? round1(issuer?.spec ? estimateWidthMm(issuer.text, issuer.spec.sz, issuer.spec.b) / 2 : this.LW / 2);
    // The Party header goes with the first line of the issuer, place/date with the number.
    const headers = right.filter((l) => l.name !== 'placeDate');
    const dates = right.filter((l) => l.name === 'placeDate');
    const rows: { left: Line | null; right: Line | null }[] = left.map((l) => ({ left: l, right: null }));
    let i = 0;
    for (const h of headers) {
      while (rows[i]?.left?.name === 'star') i++;
      const row = rows[i];
      if (row) row.right = h;
      else rows.push({ left: null, right: h });
      i++;
    }
    for (const d of dates) {
      let at = rows.findIndex((r) => r.left?.name === 'number' && r.right === null);
      if (at < 0) at = rows.findIndex((r, j) => j >= i && r.right === null && r.left?.name !== 'star');
      const row = rows[at];
      if (at >= 0 && row) {
        row.right = d;
        i = at + 1;
      } else {
        rows.push({ left: null, right: d });
        i = rows.length;
      }
    }
    return rows.map((r) => {
      if (r.left?.name === 'star' && r.right === null) {
        const star = r.left;
        return { runs: [this.tabRun(star), this.run(star)], tabs: [{ posMm: starCentre, val: 'center' }], markRun: this.mark(star) };
      }
      return this.tabRow(r.left, r.right, lc, rc);
    });
  }

  headerStacked(left: Line[], right: Line[]): ParaSpec[] {
    const out: ParaSpec[] = [];
    const rightPara = (l: Line, extra: Omit<ParaSpec, 'runs'> = {}) => {
      const align = this.alignOf(l.name, 'right');
      return this.para(l, { align, ...this.ruleProps(l, this.W, align), ...extra });
    };
    for (const l of right.filter((x) => x.name === 'partyHeader')) out.push(rightPara(l));
    const issuer = left.filter((l) => l.name === 'issuer').at(-1);
    for (const l of left) {
      const align = this.alignOf(l.name, 'left');
      if (l.name === 'star' && align === 'left' && issuer?.spec && l.spec) {
        // Drafters push the star under the middle of the issuer's name with an indent.
        const indent = estimateWidthMm(issuer.text, issuer.spec.sz, issuer.spec.b) / 2 - estimateWidthMm(l.text, l.spec.sz) / 2;
        out.push(this.para(l, { align, indentLeftMm: round1(Math.max(0, indent)) }));
      } else out.push(this.para(l, { align }));
    }
    for (const l of right.filter((x) => x.name !== 'partyHeader')) out.push(rightPara(l, { spacingBeforePt: 6 }));
    return out;
  }

  // -- type name, summary, Kính gửi, body -------------------------------------------------------------

  titleBlock(): ParaSpec[] {
    const out: ParaSpec[] = [];
    const c = this.c;
    const first = (extra: Omit<ParaSpec, 'runs'>) => (out.length === 0 ? { spacingBeforePt: 12, ...extra } : extra);
    for (const l of linesOf(c, 'typeName')) out.push(this.para(l, first({ align: this.alignOf(l.name, l.spec?.align ?? 'center'), keepNext: true })));
    for (const l of linesOf(c, 'summary')) out.push(this.para(l, first({ align: this.alignOf(l.name, l.spec?.align ?? 'center'), keepNext: true })));
    for (const l of linesOf(c, 'separator')) out.push(this.para(l, first({ align: this.alignOf(l.name, l.spec?.align ?? 'center'), spacingAfterPt: 6 })));
    out.push(...this.kinhGui(out.length === 0));
    return out;
  }

  kinhGui(firstOnPage: boolean): ParaSpec[] {
    const label = linesOf(this.c, 'kinhGui')[0];
    const addressees = linesOf(this.c, 'addressees');
    if (!label && addressees.length === 0) return [];
    const before = firstOnPage ? 12 : 6;
    const labelRuns = label ? [this.run(label)] : [];
    if (addressees.length <= 1) {
      // A single addressee stands on the "Kính gửi:" line itself, centred (HD 36 §1.9.2).
      const a = addressees[0];
      const runs = a ? [...labelRuns, this.run(a, `${label ? ' ' : ''}${a.text}`)] : labelRuns;
      return [{ runs, align: this.alignOf('kinhGui', 'center'), spacingBeforePt: before, spacingAfterPt: 6, markRun: this.mark(label ?? a) }];
    }
    // Several addressees: one per line, aligned on a tab after "Kính gửi:".
    const indent = 30;
    const tab = indent + 25;
    return addressees.map((a, n) => {
      if (n === 0) {
        return {
          runs: [...labelRuns, this.tabRun(a), this.run(a)],
          tabs: [{ posMm: tab, val: 'left' }],
          indentLeftMm: indent,
          spacingBeforePt: before,
          markRun: this.mark(label ?? a),
        };
      }
      return this.para(a, { indentLeftMm: tab, spacingAfterPt: n === addressees.length - 1 ? 6 : 0 });
    });
  }

  bodyParas(): BodyPara[] {
    const ov = this.o.overrides?.body?.text;
    return ov !== undefined ? (Array.isArray(ov) ? ov : [ov]) : (this.o.bodyParagraphs ?? KIND_CONTENT[this.kind].body);
  }

  body(paras: BodyPara[]): ParaSpec[] {
    const spec = this.c.body;
    if (!spec) return [];
    const ov = this.o.overrides?.body ?? {};
    const fmt = { ...BODY_FORMAT, ...this.o.bodyFormat };
    const line: Line = { name: 'body', text: '', spec };
    return paras.map((p) => {
      const bp = typeof p === 'string' ? { text: p } : p;
      const bold = ov.b ?? bp.b ?? false;
      const mk = (text: string, b: boolean): RunSpec => ({ ...this.run({ ...line, spec: { ...spec, b } }, text) });
      const runs: RunSpec[] = [];
      if (bp.lead) runs.push(mk(bp.lead, ov.b ?? true));
      if (bp.text) runs.push(mk(bp.text, bold));
      const align = ov.align ?? bp.align ?? fmt.align;
      const extra: Omit<ParaSpec, 'runs'> = { ...fmt, align };
      if (bp.align === 'center' && ov.align === undefined) {
        delete extra.indentFirstMm;
        extra.keepNext = true;
      }
      return { runs, ...extra, markRun: this.mark({ ...line, spec: { ...spec, b: bold } }) };
    });
  }

  // -- footer ----------------------------------------------------------------------------------------

  footer(): Block[] {
    const { left, right } = this.footerColumns();
    if (left.length === 0 && right.filter((l) => l.name).length === 0) return [];
    switch (this.footerLayout) {
      case 'table':
        return [this.twoColumnTable(left, right, 'footer')];
      case 'textbox':
        return [{ runs: [], markRun: { sz: 14 }, spacingBeforePt: 6, textBox: this.boxes(left, right, 'footer') }];
      case 'tabs': {
        const rc = round1(this.LW + this.RW / 2);
        const centredLeft = this.o.tabAlign === 'centered' || left.some((l) => l.name === 'secretaryPosition');
        const lc = centredLeft ? round1(this.LW / 2) : null;
        const n = Math.max(left.length, right.length);
        return Array.from({ length: n }, (_, i) => {
          const p = this.tabRow(left[i] ?? null, right[i] ?? null, lc, rc);
          return i === 0 ? { ...p, spacingBeforePt: 6 } : p;
        });
      }
      case 'stacked': {
        const out: ParaSpec[] = [];
        for (const l of right) out.push(this.para(l, { align: this.alignOf(l.name, 'right') }));
        left.forEach((l, i) => out.push(this.para(l, { align: this.alignOf(l.name, 'left'), ...(i === 0 ? { spacingBeforePt: 12 } : {}) })));
        const first = out[0];
        if (first) first.spacingBeforePt = 6;
        return out;
      }
    }
  }

  // -- the document ----------------------------------------------------------------------------------

  pageSection(pages: number): SectionSpec {
    const s = this.section();
    const mode = this.o.pageNumbers ?? 'auto';
    if (s.headers || mode === 'none' || (mode === 'auto' && pages < 2)) return s;
    const number: ParaSpec = {
      style: 'Header',
      align: 'center',
      runs: [{ text: '2', field: 'PAGE', sz: 14, ...(this.o.directFonts ? { font: FONT } : {}) }],
      markRun: { sz: 14 },
    };
    if (mode === 'all') return { ...s, headers: { default: [number] } };
    // HD 36 §4.4: no number on the first page — a different, empty first-page header.
    return { ...s, titlePage: true, headers: { default: [number], first: [{ style: 'Header', runs: [] }] } };
  }

  styles(): StylesSpec {
    const defaults: StylesSpec = {
      docDefaults: WORD_DOC_DEFAULTS,
      paragraphStyles: [
        {
          id: 'Normal',
          name: 'Normal',
          default: true,
          // Offices set the Normal style to Times New Roman 14; the theme fonts stay in docDefaults.
          run: { font: { ascii: FONT, hAnsi: FONT, cs: FONT }, sz: 14 },
          para: { spacingAfterPt: 0, line: { rule: 'auto', value: 1 } },
        },
      ],
      tableStyles: [],
    };
    const o = this.o.styles;
    if (!o) return defaults;
    const byId = <T extends { id: string }>(a: T[] = [], b: T[] = []): T[] => [...a.filter((x) => !b.some((y) => y.id === x.id)), ...b];
    return {
      docDefaults: o.docDefaults ?? defaults.docDefaults,
      paragraphStyles: byId(defaults.paragraphStyles, o.paragraphStyles),
      characterStyles: byId(defaults.characterStyles, o.characterStyles),
      tableStyles: byId(defaults.tableStyles, o.tableStyles),
    };
  }

  spec(): DocSpec {
    const header = this.header();
    const title = this.titleBlock();
    const footer = this.footer();
    let bodyParas = this.body(this.bodyParas());
    const usable = usableHeightPt(this.section());
    if (this.o.pages !== undefined) {
      // Pad up to the middle of the last page, so the count survives small differences in rendering.
      let height = estimateHeightPt([...header, ...title, ...bodyParas, ...footer], this.W);
      const target = (this.o.pages - 0.5) * usable;
      const pads: ParaSpec[] = [];
      for (let i = 0; height < target; i++) {
        const pad = this.body([PAD_PARAGRAPHS[i % PAD_PARAGRAPHS.length] ?? ''])[0];
        if (!pad) break;
        pads.push(pad);
        height += estimateHeightPt([pad], this.W);
      }
      // Before the closing paragraph, which keeps its final period.
      bodyParas = bodyParas.length > 0 ? [...bodyParas.slice(0, -1), ...pads, ...bodyParas.slice(-1)] : pads;
    }
    const body: Block[] = [...header, ...title, ...bodyParas, ...footer];
    const pages = this.o.pages ?? estimatePages(body, this.W, usable);
    const titleText = [linesOf(this.c, 'typeName')[0]?.text, linesOf(this.c, 'summary')[0]?.text ?? linesOf(this.c, 'cvSummary')[0]?.text]
      .filter(Boolean)
      .join(' ');
    return {
      body,
      section: this.pageSection(pages),
      styles: this.styles(),
      ...(this.o.theme ? { theme: this.o.theme } : {}),
      app: { pages, application: this.o.application ?? 'Microsoft Office Word' },
      core: { title: titleText, creator: 'Văn phòng Tỉnh ủy' },
    };
  }
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

// ---------------------------------------------------------------------------------------------------
// Page estimate
// ---------------------------------------------------------------------------------------------------

const PT_PER_MM = 72 / 25.4;

/** Height of the page's text area (pt). */
export function usableHeightPt(section: SectionSpec | undefined): number {
  const landscape = section?.orientation === 'landscape';
  const height = section?.heightMm ?? (landscape ? 210 : 297);
  const m = section?.marginsMm ?? {};
  return (height - (m.top ?? 20) - (m.bottom ?? 20)) * PT_PER_MM;
}

/**
 * Estimated height (pt) of blocks laid out `widthMm` wide: each paragraph's lines from the width of its
 * text, its line spacing, space before and after; table rows as their tallest cell; text boxes as their
 * box. Calibrated on LibreOffice's rendering of these drafts (Liberation Serif = Times New Roman metrics).
 */
export function estimateHeightPt(blocks: Block[], widthMm: number): number {
  let total = 0;
  for (const b of blocks) {
    if (typeof b === 'string') total += 14 * 1.15;
    else if ('table' in b) {
      const widths = b.table.widthsMm ?? [];
      for (const row of b.table.rows) {
        let tallest = 0;
        row.forEach((cell, i) => {
          const content = Array.isArray(cell) ? cell : cell.paragraphs;
          const w = (!Array.isArray(cell) ? cell.widthMm : undefined) ?? widths[i] ?? widthMm / row.length;
          tallest = Math.max(tallest, estimateHeightPt(content, w - CELL_PADDING_MM));
        });
        total += tallest;
      }
    } else total += paraHeightPt(b, widthMm);
  }
  return total;
}

/** Pages the blocks fill: paragraphs and table rows flow across pages; text boxes move whole. */
export function estimatePages(blocks: Block[], widthMm: number, usablePt: number): number {
  let pages = 1;
  let pos = 0;
  for (const b of blocks) {
    const h = estimateHeightPt([b], widthMm);
    if (typeof b !== 'string' && !('table' in b) && b.textBox !== undefined && pos > 0 && pos + h > usablePt) {
      pages++;
      pos = h;
      continue;
    }
    pos += h;
    while (pos > usablePt) {
      pages++;
      pos -= usablePt;
    }
  }
  return pages;
}

function paraHeightPt(p: ParaSpec, widthMm: number): number {
  const runs = p.runs.map((r): RunSpec => (typeof r === 'string' ? { text: r } : r));
  const size = Math.max(p.markRun?.sz ?? 0, ...runs.map((r) => r.sz ?? 14), runs.length === 0 ? p.markRun?.sz ?? 14 : 0);
  const rule = p.line;
  const single = size * 1.15;
  const lineHeight = !rule ? single : rule.rule === 'auto' ? single * rule.value : rule.rule === 'exact' ? rule.value : Math.max(rule.value, single);
  let lines = 1;
  if (!runs.some((r) => r.tab || r.text.includes('\t'))) {
    const textMm = runs.reduce((n, r) => n + estimateWidthMm(r.text, r.sz ?? 14, r.b ?? false), 0);
    const avail = widthMm - (p.indentLeftMm ?? 0) - (p.indentRightMm ?? 0);
    // Lines break between words: a line holds a little less than its width.
    lines = Math.max(1, Math.ceil((textMm + (p.indentFirstMm ?? 0)) / (avail * 0.97)));
  }
  const boxes = p.textBox === undefined ? [] : Array.isArray(p.textBox) ? p.textBox : [p.textBox];
  const boxHeight = Math.max(0, ...boxes.map((x) => (x.heightMm ?? 30) * PT_PER_MM));
  // An empty paragraph anchoring boxes is about as tall as its boxes.
  return Math.max(lines * lineHeight, boxHeight) + (p.spacingBeforePt ?? 0) + (p.spacingAfterPt ?? 0);
}

// ---------------------------------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------------------------------

/** The builder spec of a draft (before building): tweak it, then `buildDocx(spec)`. */
export function draftSpec(options: DraftOptions = {}): DocSpec {
  return new Draft(options).spec();
}

/** A .docx draft of a Party document, compliant with HD 36 unless options say otherwise. */
export function partyDraft(options: DraftOptions = {}): Uint8Array {
  return buildDocx(draftSpec(options));
}
