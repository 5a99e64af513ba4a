import type { CaseTable, ValidCase } from '../../../../test/support/rule-tester.js';
import { partyDraft } from '../../../../test/support/party-draft.js';
import { BC_KD, COMPLIANT, KH, NQ_NAM, NQ_THANG, baoCaoKiemDiem, draft, keHoach, nqNam, nqThang } from '../../../../test/support/template-drafts.js';

export default {
  valid: [
    ...COMPLIANT.map((c): ValidCase => ({ name: `compliant: ${c.name}`, doc: draft(c.options) })),
    { name: 'no template applies: default resolution of the Tỉnh ủy', doc: () => partyDraft({ kind: 'NQ' }) },
    {
      name: 'a heading naming two sections at once keeps the order',
      doc: draft(nqThang([NQ_THANG.opening, { text: 'I- KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 01 VÀ NHIỆM VỤ THÁNG 02 NĂM 2026', b: true }, 'Chi bộ lãnh đạo hoàn thành các chỉ tiêu tháng 01; tháng 02 tập trung làm thủy lợi nội đồng, chuẩn bị vụ lúa hè thu.'])),
    },
    {
      name: 'a missing section is not an order problem',
      doc: draft(nqNam([NQ_NAM.opening, ...NQ_NAM.evaluation, ...NQ_NAM.goals, ...NQ_NAM.implementation('III')])),
    },
  ],
  invalid: [
    {
      name: 'annual resolution: the programme before the goals and tasks',
      doc: draft(nqNam([NQ_NAM.opening, ...NQ_NAM.evaluation, ...NQ_NAM.inspection, ...NQ_NAM.goals, ...NQ_NAM.implementation('IV')])),
      errors: [{ messageId: 'mustFollow', text: 'III- CHƯƠNG TRÌNH KIỂM TRA, GIÁM SÁT NĂM 2026', severity: 'warning', data: { sectionId: 'kiem-tra-giam-sat', other: 'Mục tiêu, nhiệm vụ và giải pháp năm tới' } }],
    },
    {
      name: 'annual resolution: implementation first',
      doc: draft(nqNam([NQ_NAM.opening, ...NQ_NAM.implementation('I'), ...NQ_NAM.evaluation, ...NQ_NAM.goals, ...NQ_NAM.inspection], { layout: 'stacked' })),
      errors: [{ messageId: 'mustFollow', text: 'I- TỔ CHỨC THỰC HIỆN', data: { sectionId: 'to-chuc-thuc-hien', other: 'Chương trình kiểm tra, giám sát năm' } }],
    },
    {
      name: 'monthly resolution: tasks before results',
      doc: draft(nqThang([NQ_THANG.opening, ...NQ_THANG.tasks, ...NQ_THANG.results])),
      errors: [{ messageId: 'mustFollow', text: /^II- NHIỆM VỤ VÀ GIẢI PHÁP/, data: { sectionId: 'nhiem-vu', other: 'Kết quả thực hiện nhiệm vụ tháng trước' } }],
    },
    {
      name: 'self-review report: direction written first',
      doc: draft(baoCaoKiemDiem([BC_KD.opening, ...BC_KD.direction('I'), ...BC_KD.strengths, ...BC_KD.limitations(), ...BC_KD.previous])),
      errors: [{ messageId: 'mustFollow', text: /^I\. PHƯƠNG HƯỚNG/, data: { sectionId: 'phuong-huong' } }],
    },
    {
      name: 'plan: implementation before the content',
      doc: draft(keHoach([KH.opening, ...KH.aims, ...KH.implementation, ...KH.content])),
      errors: [{ messageId: 'mustFollow', text: 'III. TỔ CHỨC THỰC HIỆN', data: { sectionId: 'to-chuc-thuc-hien', other: 'Nội dung (nhiệm vụ)' } }],
    },
  ],
} satisfies CaseTable;
