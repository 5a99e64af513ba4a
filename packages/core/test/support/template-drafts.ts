/**
 * Realistic drafts for the content templates (templates.md): the documents of a chi bộ and its members,
 * compliant with each built-in template, and the builders the defective variants are made from.
 * Content is invented; its structure follows the guidance each template cites.
 */
import { partyDraft, type BodyPara, type DraftOptions, type Layout } from './party-draft.js';

export const CHI_BO = { parent: 'ĐẢNG BỘ XÃ TÂN AN', name: 'CHI BỘ ẤP 3' } as const;
export const DANG_UY_XA = { parent: 'ĐẢNG BỘ TỈNH LONG AN', name: 'ĐẢNG ỦY XÃ TÂN AN' } as const;

/** A heading line as drafters type it: the whole paragraph bold. */
export const H = (text: string): BodyPara => ({ text, b: true });

/** Signature and recipients of a chi bộ document. */
const CHI_BO_FOOTER: DraftOptions['overrides'] = {
  signatureAuthority: { text: 'T/M CHI BỘ' },
  signaturePosition: { text: 'BÍ THƯ' },
  signatureName: { text: 'Trần Văn Bình' },
  recipientsItems: { text: ['- Đảng ủy xã Tân An (để báo cáo),', '- Đảng viên trong Chi bộ,', '- Lưu Chi bộ.'] },
};

export function chiBoOptions(kind: DraftOptions['kind'], summary: string, body: BodyPara[], extra: DraftOptions = {}): DraftOptions {
  return {
    kind,
    issuer: { ...CHI_BO },
    ...extra,
    overrides: { ...(kind === 'BB' ? {} : CHI_BO_FOOTER), summary: { text: summary }, ...extra.overrides },
    bodyParagraphs: body,
  };
}

// ---------------------------------------------------------------------------------------------------
// chi-bo/nghi-quyet-nam
// ---------------------------------------------------------------------------------------------------

export const NQ_NAM = {
  opening:
    'Ngày 06 tháng 01 năm 2026, Chi bộ Ấp 3 họp hội nghị đánh giá kết quả thực hiện Nghị quyết năm 2025, thảo luận, thống nhất phương hướng, nhiệm vụ năm 2026. Chi bộ quyết nghị như sau:',
  evaluation: [
    H('I- ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NĂM 2025'),
    '1. Ưu điểm: Chi bộ đã lãnh đạo đảng viên và nhân dân trong ấp hoàn thành 10/12 chỉ tiêu Nghị quyết đề ra; thu nhập bình quân đầu người tăng 8% so với năm 2024; vận động nhân dân hiến đất, đóng góp làm mới 1,2 km đường giao thông nông thôn; an ninh chính trị, trật tự an toàn xã hội được giữ vững.',
    '2. Hạn chế, khuyết điểm: chưa hoàn thành chỉ tiêu phát triển đảng viên mới (kết nạp 01/02 quần chúng); nội dung sinh hoạt chi bộ có lúc còn chung chung, chưa đi sâu vào những vấn đề cụ thể của ấp.',
  ] as BodyPara[],
  goals: [
    H('II- MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NĂM 2026'),
    '1. Mục tiêu: nâng cao năng lực lãnh đạo, sức chiến đấu của Chi bộ; phấn đấu hoàn thành 12/12 chỉ tiêu chủ yếu, Chi bộ đạt tiêu chuẩn hoàn thành tốt nhiệm vụ.',
    '2. Nhiệm vụ, giải pháp chủ yếu: lãnh đạo phát triển kinh tế hộ gia đình, chuyển đổi cơ cấu cây trồng, vật nuôi; vận động nhân dân tham gia xây dựng nông thôn mới nâng cao; đổi mới nội dung sinh hoạt chi bộ, tăng cường kiểm tra, giám sát việc thực hiện nhiệm vụ của đảng viên; kết nạp ít nhất 02 đảng viên mới.',
  ] as BodyPara[],
  inspection: [
    H('III- CHƯƠNG TRÌNH KIỂM TRA, GIÁM SÁT NĂM 2026'),
    '1. Kiểm tra: Chi bộ kiểm tra 02 đảng viên (đồng chí Nguyễn Văn Hòa, đồng chí Lê Thị Thủy) về việc chấp hành Điều lệ Đảng, nghị quyết của Chi bộ; thời gian trong quý II và quý III năm 2026.',
    '2. Giám sát: Chi bộ giám sát thường xuyên toàn thể đảng viên trong việc thực hiện nhiệm vụ được giao, giữ gìn phẩm chất đạo đức, lối sống; giám sát chuyên đề đối với 01 đảng viên trong quý IV năm 2026.',
  ] as BodyPara[],
  implementation: (n: string): BodyPara[] => [
    H(`${n}- TỔ CHỨC THỰC HIỆN`),
    'Chi ủy cụ thể hóa Nghị quyết thành chương trình công tác hằng tháng, hằng quý; phân công đảng viên phụ trách từng lĩnh vực, từng tổ dân cư. Các đồng chí đảng viên gương mẫu thực hiện và vận động nhân dân cùng thực hiện thắng lợi Nghị quyết.',
  ],
};

export const NQ_NAM_BODY: BodyPara[] = [NQ_NAM.opening, ...NQ_NAM.evaluation, ...NQ_NAM.goals, ...NQ_NAM.inspection, ...NQ_NAM.implementation('IV')];

export const nqNam = (body: BodyPara[] = NQ_NAM_BODY, extra: DraftOptions = {}): DraftOptions => chiBoOptions('NQ', 'về nhiệm vụ năm 2026', body, extra);

// ---------------------------------------------------------------------------------------------------
// chi-bo/nghi-quyet-thang
// ---------------------------------------------------------------------------------------------------

export const NQ_THANG = {
  opening:
    'Ngày 03 tháng 02 năm 2026, Chi bộ Ấp 3 tiến hành sinh hoạt thường kỳ, đánh giá kết quả thực hiện nhiệm vụ tháng 01 năm 2026 và thống nhất nhiệm vụ tháng 02 năm 2026. Chi bộ quyết nghị như sau:',
  results: [
    H('I- KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 01 NĂM 2026'),
    'Chi bộ lãnh đạo hoàn thành việc thu nộp đảng phí đạt 100%; vận động nhân dân đóng góp 120 ngày công làm đường giao thông nông thôn; tổ chức thăm, tặng quà 15 gia đình chính sách nhân dịp Tết Nguyên đán; tình hình an ninh, trật tự trên địa bàn ấp ổn định.',
  ] as BodyPara[],
  tasks: [
    H('II- NHIỆM VỤ VÀ GIẢI PHÁP THÁNG 02 NĂM 2026'),
    '1. Tổ chức cho đảng viên học tập, quán triệt các văn bản mới của cấp trên; nắm tình hình tư tưởng của đảng viên và nhân dân sau Tết.',
    '2. Vận động nhân dân ra quân làm thủy lợi nội đồng, chuẩn bị vụ lúa hè thu; phân công đảng viên phụ trách các tổ dân cư.',
    'Các đồng chí đảng viên được phân công có trách nhiệm tổ chức thực hiện và báo cáo kết quả tại kỳ sinh hoạt tháng 3 năm 2026.',
  ] as BodyPara[],
};

export const nqThang = (body: BodyPara[] = [NQ_THANG.opening, ...NQ_THANG.results, ...NQ_THANG.tasks], extra: DraftOptions = {}): DraftOptions =>
  chiBoOptions('NQ', 'về nhiệm vụ tháng 02 năm 2026', body, extra);

// ---------------------------------------------------------------------------------------------------
// chi-bo/bien-ban-sinh-hoat
// ---------------------------------------------------------------------------------------------------

export interface MeetingFacts {
  start?: string;
  place?: string;
  total?: number;
  present?: number;
  absent?: number;
  /** Written after the absent count, e.g. `(có lý do)`. */
  absentNote?: string;
  exempt?: number;
  chair?: string;
  secretary?: string;
  inFavour?: number;
  against?: number;
  end?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A meeting record written the way forms lay it out: one fact per line, then the content and the vote. */
export function meetingBody(f: MeetingFacts = {}, omit: (keyof MeetingFacts | 'content' | 'vote')[] = []): BodyPara[] {
  const v = {
    start: '14 giờ 00, ngày 05 tháng 3 năm 2026',
    place: 'Hội trường Ủy ban nhân dân xã Tân An',
    total: 28,
    exempt: 2,
    present: 24,
    absent: 2,
    absentNote: '(đồng chí Phạm Văn Tâm đi công tác, đồng chí Võ Thị Hằng bị ốm, đều có lý do)',
    chair: 'đồng chí Trần Văn Bình, Bí thư Chi bộ',
    secretary: 'đồng chí Lê Văn Cường, đảng viên',
    inFavour: 24,
    against: 0,
    end: '16 giờ 15',
    ...f,
  };
  const has = (k: keyof MeetingFacts | 'content' | 'vote') => !omit.includes(k);
  const out: BodyPara[] = [];
  if (has('start')) out.push(`- Thời gian: ${v.start}.`);
  if (has('place')) out.push(`- Địa điểm: ${v.place}.`);
  if (has('chair')) out.push(`- Chủ trì: ${v.chair}.`);
  if (has('secretary')) out.push(`- Thư ký: ${v.secretary}.`);
  if (has('total')) out.push(`- Tổng số đảng viên của Chi bộ: ${v.total} đồng chí${has('exempt') ? `, trong đó được miễn sinh hoạt: ${pad(v.exempt)} đồng chí` : ''}.`);
  const attendance = [has('present') ? `Số đảng viên có mặt: ${v.present} đồng chí` : null, has('absent') ? `vắng mặt: ${pad(v.absent)} đồng chí ${v.absentNote}`.trim() : null].filter(Boolean);
  if (attendance.length) out.push(`- ${attendance.join('; ')}.`);
  if (has('content')) {
    out.push(H('I. NỘI DUNG SINH HOẠT'));
    out.push('1. Đồng chí Bí thư Chi bộ thông tin thời sự, tình hình của địa phương; đánh giá kết quả thực hiện nhiệm vụ tháng 02 năm 2026: Chi bộ đã lãnh đạo hoàn thành việc ra quân làm thủy lợi nội đồng, thu nộp đảng phí đạt 100%, giữ vững an ninh, trật tự trên địa bàn ấp.');
    out.push('2. Chi bộ thảo luận, thống nhất nhiệm vụ tháng 3 năm 2026: vận động nhân dân xuống giống vụ lúa hè thu đúng lịch thời vụ; chuẩn bị hồ sơ giới thiệu 01 quần chúng ưu tú để kết nạp vào Đảng.');
  }
  if (has('vote')) {
    out.push(H('II. KẾT QUẢ BIỂU QUYẾT'));
    out.push(`Tán thành: ${v.inFavour}/${v.present} đồng chí; không tán thành: ${v.against} đồng chí.`);
  }
  if (has('end')) out.push(`Buổi sinh hoạt kết thúc vào lúc ${v.end} cùng ngày. Biên bản đã được đọc lại trước Chi bộ và được các đồng chí dự họp nhất trí thông qua.`);
  return out;
}

export const bienBan = (body?: BodyPara[], extra: DraftOptions = {}): DraftOptions => ({
  kind: 'BB',
  issuer: { ...CHI_BO },
  ...extra,
  overrides: { summary: { text: 'sinh hoạt chi bộ thường kỳ tháng 3 năm 2026' }, ...extra.overrides },
  ...(body ? { bodyParagraphs: body } : {}),
});

// ---------------------------------------------------------------------------------------------------
// chi-bo/chuong-trinh-kiem-tra-giam-sat
// ---------------------------------------------------------------------------------------------------

export const CTR = {
  basis: [
    'Căn cứ Quy định số 296-QĐ/TW ngày 30 tháng 5 năm 2025 của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng;',
    'Căn cứ Chương trình kiểm tra, giám sát năm 2026 của Đảng ủy xã Tân An,',
    'Chi bộ Ấp 3 xây dựng Chương trình kiểm tra, giám sát năm 2026 như sau:',
  ] as BodyPara[],
  aims: [
    H('I. MỤC ĐÍCH, YÊU CẦU'),
    '1. Thông qua kiểm tra, giám sát phát huy ưu điểm, kịp thời phát hiện, nhắc nhở, uốn nắn những hạn chế, thiếu sót của đảng viên, không để vi phạm trở thành nghiêm trọng.',
    '2. Việc kiểm tra, giám sát bảo đảm đúng nguyên tắc, phương pháp, quy trình; khách quan, công khai, dân chủ.',
  ] as BodyPara[],
  inspection: (time: string | null = 'tháng 6 năm 2026'): BodyPara[] => [
    H('II. NỘI DUNG KIỂM TRA'),
    '1. Đối tượng kiểm tra: đồng chí Nguyễn Văn Hòa, đảng viên, Trưởng ấp 3.',
    '2. Nội dung: việc chấp hành Điều lệ Đảng, nghị quyết của Chi bộ và thực hiện nhiệm vụ được giao.',
    ...(time ? [`3. Thời gian kiểm tra: ${time}.`] : []),
  ],
  supervision: [
    H('III. NỘI DUNG GIÁM SÁT'),
    '1. Giám sát thường xuyên: toàn thể đảng viên trong Chi bộ về việc giữ gìn phẩm chất đạo đức, lối sống, thực hiện quy định những điều đảng viên không được làm.',
    '2. Giám sát chuyên đề: đồng chí Lê Thị Thủy về việc thực hiện nhiệm vụ được giao; thời gian trong quý III năm 2026.',
  ] as BodyPara[],
  implementation: (n: string): BodyPara[] => [
    H(`${n}. TỔ CHỨC THỰC HIỆN`),
    'Chi ủy phân công đồng chí Phó Bí thư Chi bộ giúp Chi bộ theo dõi, đôn đốc việc thực hiện Chương trình; định kỳ 6 tháng, hằng năm báo cáo kết quả với Đảng ủy xã Tân An.',
  ],
};

export const chuongTrinh = (body: BodyPara[] = [...CTR.basis, ...CTR.aims, ...CTR.inspection(), ...CTR.supervision, ...CTR.implementation('IV')], extra: DraftOptions = {}): DraftOptions =>
  chiBoOptions('CTr', 'kiểm tra, giám sát năm 2026', body, extra);

// ---------------------------------------------------------------------------------------------------
// chi-bo/bao-cao-kiem-diem
// ---------------------------------------------------------------------------------------------------

export const BC_KD = {
  opening:
    'Thực hiện Hướng dẫn số 43-HD/BTCTW ngày 31 tháng 10 năm 2025 của Ban Tổ chức Trung ương và Kế hoạch của Đảng ủy xã Tân An về kiểm điểm, đánh giá, xếp loại chất lượng năm 2025, Chi bộ Ấp 3 báo cáo kết quả kiểm điểm tập thể Chi bộ như sau:',
  strengths: [
    H('I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC'),
    '1. Về lãnh đạo thực hiện nhiệm vụ chính trị: Chi bộ lãnh đạo hoàn thành 10/12 chỉ tiêu Nghị quyết năm 2025; đời sống của nhân dân trong ấp tiếp tục được cải thiện.',
    '2. Về công tác xây dựng Đảng: duy trì nền nếp sinh hoạt chi bộ hằng tháng; thực hiện đúng chương trình kiểm tra, giám sát năm 2025.',
  ] as BodyPara[],
  limitations: (withCauses = true): BodyPara[] => [
    H(withCauses ? 'II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN' : 'II. HẠN CHẾ, KHUYẾT ĐIỂM'),
    '1. Hạn chế, khuyết điểm: chưa hoàn thành chỉ tiêu phát triển đảng viên; chất lượng sinh hoạt chuyên đề chưa cao.',
    ...(withCauses ? ['2. Nguyên nhân: một số đảng viên chưa thật sự gương mẫu; Chi ủy chưa quan tâm đúng mức đến việc bồi dưỡng quần chúng ưu tú.'] : []),
  ],
  previous: [
    H('III. KẾT QUẢ KHẮC PHỤC NHỮNG HẠN CHẾ, KHUYẾT ĐIỂM ĐÃ ĐƯỢC CHỈ RA Ở CÁC KỲ KIỂM ĐIỂM TRƯỚC'),
    'Hạn chế về việc ghi biên bản sinh hoạt chi bộ chưa đầy đủ đã được khắc phục: từ tháng 3 năm 2025, biên bản ghi rõ ý kiến của từng đảng viên và kết quả biểu quyết.',
  ] as BodyPara[],
  direction: (n: string): BodyPara[] => [
    H(`${n}. PHƯƠNG HƯỚNG, BIỆN PHÁP KHẮC PHỤC HẠN CHẾ, KHUYẾT ĐIỂM`),
    'Chi ủy xây dựng kế hoạch bồi dưỡng, giới thiệu quần chúng ưu tú; đổi mới nội dung sinh hoạt chuyên đề, mỗi quý ít nhất một chuyên đề gắn với nhiệm vụ của ấp.',
  ],
};

export const baoCaoKiemDiem = (
  body: BodyPara[] = [BC_KD.opening, ...BC_KD.strengths, ...BC_KD.limitations(), ...BC_KD.previous, ...BC_KD.direction('IV')],
  extra: DraftOptions = {},
): DraftOptions => chiBoOptions('BC', 'kiểm điểm tập thể Chi bộ năm 2025', body, extra);

// ---------------------------------------------------------------------------------------------------
// dang-vien/ban-kiem-diem
// ---------------------------------------------------------------------------------------------------

export const BKD = {
  details: ['Họ và tên: Nguyễn Văn Hòa', 'Ngày sinh: 12/5/1980', 'Chức vụ Đảng: Đảng viên', 'Chức vụ chính quyền, đoàn thể: Trưởng ấp 3', 'Đơn vị công tác: Ấp 3, xã Tân An', 'Chi bộ: Chi bộ Ấp 3, Đảng bộ xã Tân An'] as BodyPara[],
  strengths: [
    H('I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC'),
    '1. Về tư tưởng chính trị: luôn trung thành với Đảng, kiên định mục tiêu độc lập dân tộc và chủ nghĩa xã hội; chấp hành nghiêm chủ trương của Đảng, chính sách, pháp luật của Nhà nước.',
    '2. Về phẩm chất đạo đức, lối sống: giữ gìn lối sống giản dị, trung thực; gương mẫu trong gia đình và nơi cư trú; không vi phạm những điều đảng viên không được làm.',
    '3. Về ý thức tổ chức kỷ luật: chấp hành nguyên tắc tập trung dân chủ; sinh hoạt chi bộ đầy đủ, đóng đảng phí đúng quy định.',
    '4. Về thực hiện chức trách, nhiệm vụ được giao: hoàn thành tốt nhiệm vụ Trưởng ấp; vận động nhân dân hiến đất làm đường giao thông nông thôn.',
  ] as BodyPara[],
  limitations: [
    H('II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN'),
    'Có lúc chưa kịp thời nắm bắt tâm tư, nguyện vọng của nhân dân; nguyên nhân chủ yếu là do thời gian dành cho công tác chuyên môn còn nhiều.',
  ] as BodyPara[],
  previous: [
    H('III. KẾT QUẢ KHẮC PHỤC NHỮNG HẠN CHẾ, KHUYẾT ĐIỂM ĐÃ ĐƯỢC CHỈ RA'),
    'Hạn chế về việc nghiên cứu, học tập nghị quyết đã được khắc phục: trong năm tham gia đầy đủ các buổi học tập nghị quyết do Đảng ủy xã tổ chức.',
  ] as BodyPara[],
  direction: [
    H('IV. PHƯƠNG HƯỚNG, BIỆN PHÁP KHẮC PHỤC HẠN CHẾ, KHUYẾT ĐIỂM'),
    'Bố trí thời gian hợp lý, mỗi tháng ít nhất hai lần đi cơ sở gặp gỡ nhân dân; tiếp tục học tập nâng cao trình độ lý luận chính trị.',
  ] as BodyPara[],
  grade: (g = 'Hoàn thành tốt nhiệm vụ'): BodyPara[] => [H('V. TỰ NHẬN MỨC XẾP LOẠI CHẤT LƯỢNG'), `Xếp loại đảng viên: ${g}.`],
};

export const BKD_BODY: BodyPara[] = [...BKD.details, ...BKD.strengths, ...BKD.limitations, ...BKD.previous, ...BKD.direction, ...BKD.grade()];

/** A member's self-review: type name "BẢN KIỂM ĐIỂM CÁ NHÂN", no number, signed by the member. */
export const banKiemDiem = (body: BodyPara[] = BKD_BODY, extra: DraftOptions = {}): DraftOptions => ({
  kind: 'BC',
  issuer: { ...CHI_BO },
  omit: ['number', 'signatureAuthority', 'recipientsLabel', 'recipientsItems'],
  ...extra,
  overrides: {
    typeName: { text: 'BẢN KIỂM ĐIỂM CÁ NHÂN' },
    summary: { text: 'Năm 2025' },
    signaturePosition: { text: 'NGƯỜI TỰ KIỂM ĐIỂM' },
    signatureName: { text: 'Nguyễn Văn Hòa' },
    ...extra.overrides,
  },
  bodyParagraphs: body,
});

// ---------------------------------------------------------------------------------------------------
// co-so/ke-hoach
// ---------------------------------------------------------------------------------------------------

export const KH = {
  opening:
    'Thực hiện Nghị quyết Chi bộ năm 2026 và Kế hoạch của Đảng ủy xã Tân An về công tác phát triển đảng viên, Chi bộ Ấp 3 xây dựng Kế hoạch phát triển đảng viên năm 2026 như sau:',
  aims: [
    H('I. MỤC ĐÍCH, YÊU CẦU'),
    '1. Nâng cao nhận thức của cán bộ, đảng viên về công tác phát triển đảng viên; tạo nguồn kết nạp đảng viên trong đoàn viên thanh niên, hội viên các đoàn thể.',
    '2. Phân công đảng viên giúp đỡ quần chúng ưu tú; bảo đảm đúng nguyên tắc, thủ tục, chất lượng.',
  ] as BodyPara[],
  content: [
    H('II. NỘI DUNG, CHỈ TIÊU'),
    '1. Chỉ tiêu: giới thiệu 03 quần chúng ưu tú học lớp nhận thức về Đảng; kết nạp ít nhất 02 đảng viên mới trong năm 2026.',
    '2. Nhiệm vụ, giải pháp: Chi ủy rà soát, lập danh sách quần chúng ưu tú trong quý I; phân công đảng viên chính thức theo dõi, giúp đỡ; phối hợp với Chi đoàn ấp bồi dưỡng nguồn.',
  ] as BodyPara[],
  implementation: [
    H('III. TỔ CHỨC THỰC HIỆN'),
    'Đồng chí Bí thư Chi bộ chịu trách nhiệm chung; đồng chí Phó Bí thư theo dõi, đôn đốc, định kỳ báo cáo kết quả thực hiện Kế hoạch tại các kỳ sinh hoạt chi bộ và với Đảng ủy xã Tân An.',
  ] as BodyPara[],
};

export const keHoach = (body: BodyPara[] = [KH.opening, ...KH.aims, ...KH.content, ...KH.implementation], extra: DraftOptions = {}): DraftOptions =>
  chiBoOptions('KH', 'phát triển đảng viên năm 2026', body, extra);

// ---------------------------------------------------------------------------------------------------

/** Compliant drafts, at least one per built-in template, with the template they must be read against. */
export const COMPLIANT: { template: string; name: string; options: DraftOptions }[] = [
  { template: 'chi-bo/nghi-quyet-nam', name: 'chi bộ annual resolution with its inspection and supervision programme', options: nqNam() },
  { template: 'chi-bo/nghi-quyet-nam', name: 'chi bộ annual resolution, stacked layout, old tone marks in the headings', options: nqNam(NQ_NAM_BODY.map(oldTones), { layout: 'stacked' }) },
  { template: 'chi-bo/nghi-quyet-thang', name: 'chi bộ monthly resolution', options: nqThang() },
  { template: 'chi-bo/bien-ban-sinh-hoat', name: 'meeting record (default draft: facts in sentences)', options: bienBan() },
  { template: 'chi-bo/bien-ban-sinh-hoat', name: 'meeting record laid out as a form, members exempt from meetings', options: bienBan(meetingBody()) },
  { template: 'chi-bo/chuong-trinh-kiem-tra-giam-sat', name: 'chi bộ inspection and supervision programme', options: chuongTrinh() },
  { template: 'chi-bo/bao-cao-kiem-diem', name: 'chi bộ self-review report', options: baoCaoKiemDiem() },
  { template: 'dang-vien/ban-kiem-diem', name: "member's self-review (no number, type name BẢN KIỂM ĐIỂM CÁ NHÂN)", options: banKiemDiem() },
  { template: 'co-so/ke-hoach', name: 'chi bộ plan', options: keHoach() },
  { template: 'co-so/ke-hoach', name: 'đảng ủy xã plan', options: { ...keHoach(), issuer: { ...DANG_UY_XA } } },
];

/** Old tone-mark placement (hoà, uỷ, khoẻ) in a paragraph, as older drafts type it. */
export function oldTones(p: BodyPara): BodyPara {
  const swap = (s: string) => s.replace(/òa/g, 'oà').replace(/óa/g, 'oá').replace(/ủy/g, 'uỷ').replace(/ÒA/g, 'OÀ').replace(/ỦY/g, 'UỶ').replace(/ÓA/g, 'OÁ');
  return typeof p === 'string' ? swap(p) : { ...p, text: swap(p.text) };
}

export const draft = (options: DraftOptions, layout?: Layout) => () => partyDraft(layout ? { ...options, layout } : options);
