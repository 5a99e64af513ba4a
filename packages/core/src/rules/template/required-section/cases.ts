import type { CaseTable, InvalidCase, ValidCase } from '../../../../test/support/rule-tester.js';
import { DOC_KINDS, partyDraft } from '../../../../test/support/party-draft.js';
import {
  BC_KD,
  BKD,
  COMPLIANT,
  CTR,
  H,
  KH,
  NQ_NAM,
  NQ_THANG,
  baoCaoKiemDiem,
  banKiemDiem,
  chiBoOptions,
  chuongTrinh,
  draft,
  keHoach,
  nqNam,
  nqThang,
} from '../../../../test/support/template-drafts.js';

const NQ_MD = (body: string) => `---
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
  name: Trần Văn Bình
recipients:
  - Đảng ủy xã Tân An (để báo cáo),
  - Lưu Chi bộ.
---

Ngày 06 tháng 01 năm 2026, Chi bộ Ấp 3 họp, thống nhất quyết nghị như sau:

## I- ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NĂM 2025

Chi bộ lãnh đạo hoàn thành 10/12 chỉ tiêu Nghị quyết năm 2025.

## II- PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026

Phấn đấu hoàn thành 12/12 chỉ tiêu chủ yếu, tăng cường công tác kiểm tra, giám sát đảng viên.
${body}
## IV- TỔ CHỨC THỰC HIỆN

Chi ủy cụ thể hóa Nghị quyết thành chương trình công tác hằng tháng.
`;

const withoutInspection = [NQ_NAM.opening, ...NQ_NAM.evaluation, ...NQ_NAM.goals, ...NQ_NAM.implementation('III')];
const missingInspection = { messageId: 'missing', text: /^2\. Nhiệm vụ, giải pháp chủ yếu/, severity: 'error' as const, data: { sectionId: 'kiem-tra-giam-sat', after: 'Mục tiêu, nhiệm vụ và giải pháp năm tới', templateId: 'chi-bo/nghi-quyet-nam' } };

export default {
  valid: [
    ...COMPLIANT.map((c): ValidCase => ({ name: `compliant: ${c.name}`, doc: draft(c.options) })),
    ...COMPLIANT.slice(0, 1).flatMap((c) => (['tabs', 'textbox'] as const).map((layout): ValidCase => ({ name: `compliant: ${c.name} (${layout})`, doc: draft(c.options, layout) }))),
    ...DOC_KINDS.map((kind): ValidCase => ({ name: `no template applies: default ${kind} draft of the Tỉnh ủy (or its chi bộ record)`, doc: () => partyDraft({ kind }) })),
    {
      name: 'the programme as a numbered bold sub-heading under the tasks',
      doc: draft(nqNam([NQ_NAM.opening, ...NQ_NAM.evaluation, ...NQ_NAM.goals, H('3. Chương trình kiểm tra, giám sát năm 2026'), 'Chi bộ kiểm tra 02 đảng viên trong quý II; giám sát chuyên đề 01 đảng viên trong quý IV năm 2026.', ...NQ_NAM.implementation('III')])),
    },
    {
      name: 'parts numbered "Phần thứ nhất", names on the next line, lower-case sub-headings',
      doc: draft(
        nqNam([
          NQ_NAM.opening,
          { text: 'Phần thứ nhất', b: true, align: 'center' },
          { text: 'ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NĂM 2025', b: true, align: 'center' },
          'Chi bộ lãnh đạo hoàn thành 10/12 chỉ tiêu Nghị quyết đề ra; an ninh, trật tự được giữ vững.',
          { text: 'Phần thứ hai', b: true, align: 'center' },
          { text: 'PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026', b: true, align: 'center' },
          'Phấn đấu hoàn thành 12/12 chỉ tiêu chủ yếu; kết nạp ít nhất 02 đảng viên mới.',
          '1. Công tác kiểm tra, giám sát',
          'Kiểm tra 02 đảng viên trong quý II; giám sát chuyên đề 01 đảng viên trong quý IV năm 2026.',
          '2. Tổ chức thực hiện',
          'Chi ủy cụ thể hóa Nghị quyết thành chương trình công tác hằng tháng.',
        ]),
      ),
    },
    { name: 'Markdown: ## headings of a complete annual resolution', doc: NQ_MD('\n## III- CHƯƠNG TRÌNH KIỂM TRA, GIÁM SÁT NĂM 2026\n\nKiểm tra 02 đảng viên trong quý II năm 2026.\n') },
  ],
  invalid: [
    // The user's own example: the annual resolution of a chi bộ without its inspection and supervision programme.
    ...(['table', 'stacked'] as const).map((layout): InvalidCase => ({
      name: `annual resolution without its inspection and supervision programme (${layout})`,
      doc: draft(nqNam(withoutInspection), layout),
      errors: [missingInspection],
    })),
    {
      name: "last year's inspection work evaluated, but no programme for the year",
      doc: draft(nqNam([NQ_NAM.opening, ...NQ_NAM.evaluation, H('3. Công tác kiểm tra, giám sát'), 'Năm 2025 Chi bộ kiểm tra 02 đảng viên, giám sát 01 đảng viên; không có đảng viên vi phạm.', ...NQ_NAM.goals, ...NQ_NAM.implementation('III')])),
      errors: [{ ...missingInspection, text: /^2\. Nhiệm vụ, giải pháp chủ yếu/ }],
    },
    {
      name: "a Tỉnh ủy resolution's content under a chi bộ header",
      doc: () => partyDraft({ kind: 'NQ', layout: 'tabs', issuer: { parent: 'ĐẢNG BỘ XÃ TÂN AN', name: 'CHI BỘ ẤP 3' } }),
      errors: [{ messageId: 'missing', text: /^2\. Tiếp tục đẩy mạnh xây dựng/, data: { sectionId: 'kiem-tra-giam-sat' } }],
    },
    {
      name: 'annual resolution without the implementation part (a warning)',
      doc: draft(nqNam([NQ_NAM.opening, ...NQ_NAM.evaluation, ...NQ_NAM.goals, ...NQ_NAM.inspection])),
      errors: [{ messageId: 'missing', severity: 'warning', text: /^2\. Giám sát:/, data: { sectionId: 'to-chuc-thuc-hien', after: 'Chương trình kiểm tra, giám sát năm' } }],
    },
    {
      name: 'monthly resolution without the results of the past month',
      doc: draft(nqThang([NQ_THANG.opening, ...NQ_THANG.tasks])),
      errors: [{ messageId: 'missingFirst', text: /^Ngày 03 tháng 02 năm 2026/, data: { sectionId: 'ket-qua', templateId: 'chi-bo/nghi-quyet-thang' } }],
    },
    {
      name: 'inspection programme without its supervision part',
      doc: draft(chuongTrinh([...CTR.basis, ...CTR.aims, ...CTR.inspection(), ...CTR.implementation('III')])),
      errors: [{ messageId: 'missing', text: /^3\. Thời gian kiểm tra/, data: { sectionId: 'giam-sat', after: 'Nội dung kiểm tra (đối tượng, thời gian)' } }],
    },
    {
      name: 'self-review report without the results of fixing earlier shortcomings',
      doc: draft(baoCaoKiemDiem([BC_KD.opening, ...BC_KD.strengths, ...BC_KD.limitations(), ...BC_KD.direction('III')])),
      errors: [{ messageId: 'missing', text: /^2\. Nguyên nhân/, data: { sectionId: 'khac-phuc-ky-truoc', after: 'Nguyên nhân của hạn chế, khuyết điểm' } }],
    },
    {
      name: 'self-review report: shortcomings without their causes',
      doc: draft(baoCaoKiemDiem([BC_KD.opening, ...BC_KD.strengths, ...BC_KD.limitations(false), ...BC_KD.previous, ...BC_KD.direction('IV')])),
      errors: [{ messageId: 'missing', text: /^1\. Hạn chế, khuyết điểm/, data: { sectionId: 'nguyen-nhan', after: 'Hạn chế, khuyết điểm' } }],
    },
    {
      name: "member's self-review without the self-assessed grade",
      doc: draft(banKiemDiem([...BKD.details, ...BKD.strengths, ...BKD.limitations, ...BKD.previous, ...BKD.direction])),
      errors: [{ messageId: 'missing', text: /^Bố trí thời gian hợp lý/, data: { sectionId: 'xep-loai', templateId: 'dang-vien/ban-kiem-diem' } }],
    },
    {
      name: 'chi bộ plan without its aims and requirements',
      doc: draft(keHoach([KH.opening, ...KH.content, ...KH.implementation])),
      errors: [{ messageId: 'missingFirst', text: /^Thực hiện Nghị quyết Chi bộ năm 2026/, data: { sectionId: 'muc-dich-yeu-cau', templateId: 'co-so/ke-hoach' } }],
    },
    {
      name: 'chi bộ plan: two parts missing, one finding each',
      doc: draft(chiBoOptions('KH', 'phát triển đảng viên năm 2026', [KH.opening, ...KH.content])),
      errors: [
        { messageId: 'missingFirst', data: { sectionId: 'muc-dich-yeu-cau' } },
        { messageId: 'missing', text: /^2\. Nhiệm vụ, giải pháp/, data: { sectionId: 'to-chuc-thuc-hien', after: 'Nội dung (nhiệm vụ)' } },
      ],
    },
    {
      name: 'Markdown: annual resolution without the programme',
      doc: NQ_MD('\n'),
      errors: [{ messageId: 'missing', line: 26, data: { sectionId: 'kiem-tra-giam-sat' } }],
    },
  ],
} satisfies CaseTable;
