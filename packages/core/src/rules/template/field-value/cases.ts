import type { CaseTable, InvalidCase, ValidCase } from '../../../../test/support/rule-tester.js';
import { KIND_CONTENT, partyDraft } from '../../../../test/support/party-draft.js';
import { BKD, COMPLIANT, banKiemDiem, bienBan, draft, meetingBody } from '../../../../test/support/template-drafts.js';

/** The default record (facts written in sentences) with its attendance line rewritten. */
const sentences = (attendance: string, vote?: string) =>
  KIND_CONTENT.BB.body.map((p) => {
    if (typeof p !== 'string') return p;
    if (p.startsWith('Tổng số đảng viên')) return attendance;
    if (vote && p.startsWith('Chi bộ biểu quyết')) return vote;
    return p;
  });

export default {
  valid: [
    { name: 'default chi bộ meeting record', doc: () => partyDraft({ kind: 'BB' }) },
    ...COMPLIANT.map((c): ValidCase => ({ name: `compliant: ${c.name}`, doc: draft(c.options) })),
    { name: 'no template applies: default resolution', doc: () => partyDraft({ kind: 'NQ' }) },
    { name: 'an afternoon written "2 giờ chiều", ending at 16h30', doc: draft(bienBan(meetingBody({ start: '2 giờ chiều ngày 05 tháng 3 năm 2026', end: '16h30' }))) },
    { name: 'absences split by reason after the overall count', doc: draft(bienBan(meetingBody({ absentNote: '(có lý do: 01 đồng chí, không có lý do: 01 đồng chí)' }))) },
    { name: 'votes: a few against, all present voting', doc: draft(bienBan(meetingBody({ inFavour: 22, against: 2 }))) },
    { name: 'grade "Hoàn thành xuất sắc nhiệm vụ"', doc: draft(banKiemDiem([...BKD.details, ...BKD.strengths, ...BKD.limitations, ...BKD.previous, ...BKD.direction, ...BKD.grade('Hoàn thành xuất sắc nhiệm vụ')])) },
  ],
  invalid: [
    // Counts that do not add up: 20 present + 3 absent ≠ 25 members.
    ...(['table', 'textbox'] as const).map((layout): InvalidCase => ({
      name: `present + absent ≠ total, facts in sentences (${layout})`,
      doc: draft(
        bienBan(sentences('Tổng số đảng viên của Chi bộ: 25 đồng chí; có mặt: 20 đồng chí; vắng mặt: 03 đồng chí (có lý do).', 'Chi bộ biểu quyết thông qua nhiệm vụ tháng 3 năm 2026 với 20/20 đồng chí có mặt tán thành, đạt 100%.')),
        layout,
      ),
      errors: [{ messageId: 'constraint', text: /^Tổng số đảng viên của Chi bộ: 25/, data: { constraintId: 'attendance', computed: '23 ≠ 25' }, expected: 'Số đảng viên có mặt + Số đảng viên vắng mặt + Số đảng viên được miễn sinh hoạt = Tổng số đảng viên', actual: '23 ≠ 25' }],
    })),
    {
      name: 'present + absent + exempt ≠ total, form layout',
      doc: draft(bienBan(meetingBody({ total: 30 }))),
      errors: [{ messageId: 'constraint', text: /^- Số đảng viên có mặt: 24/, data: { constraintId: 'attendance', computed: '28 ≠ 30' } }],
    },
    {
      name: 'votes in favour outnumber those present',
      doc: draft(bienBan(meetingBody({ inFavour: 26 }))),
      errors: [{ messageId: 'constraint', text: /^Tán thành: 26\/24/, data: { constraintId: 'votes', computed: '26 > 24' } }],
    },
    {
      name: 'votes in favour outnumber those present, written in a sentence',
      doc: draft(bienBan(sentences('Tổng số đảng viên của Chi bộ: 25 đồng chí; có mặt: 20 đồng chí; vắng mặt: 05 đồng chí (có lý do).'))),
      errors: [{ messageId: 'constraint', text: /^Chi bộ biểu quyết thông qua/, data: { constraintId: 'votes', computed: '23 > 20', values: 'Số đảng viên tán thành = 23; Số đảng viên không tán thành = 0 (không ghi / not stated); Số đảng viên có mặt = 20' } }],
    },
    {
      name: 'the meeting ends before it starts',
      doc: draft(bienBan(meetingBody({ end: '11 giờ 30' }))),
      errors: [{ messageId: 'constraint', text: /^Buổi sinh hoạt kết thúc vào lúc 11 giờ 30/, data: { constraintId: 'duration', computed: '11 giờ 30 ≤ 14 giờ 00' } }],
    },
    {
      name: 'a grade that is not one of the four',
      doc: draft(banKiemDiem([...BKD.details, ...BKD.strengths, ...BKD.limitations, ...BKD.previous, ...BKD.direction, ...BKD.grade('Hoàn thành khá')])),
      errors: [{ messageId: 'notInEnum', text: 'Xếp loại đảng viên: Hoàn thành khá.', data: { fieldId: 'grade', actual: 'Hoàn thành khá' } }],
    },
  ],
} satisfies CaseTable;
