import type { CaseTable, InvalidCase, ValidCase } from '../../../../test/support/rule-tester.js';
import { DOC_KINDS, LAYOUTS, partyDraft } from '../../../../test/support/party-draft.js';
import { BKD, COMPLIANT, CTR, banKiemDiem, bienBan, chuongTrinh, draft, meetingBody } from '../../../../test/support/template-drafts.js';

const NOT_STATED = (fieldId: string, text: string | RegExp = /^- Thời gian: 14 giờ 00/) => ({ messageId: 'missing', text, data: { fieldId, templateId: 'chi-bo/bien-ban-sinh-hoat' } });

export default {
  valid: [
    ...LAYOUTS.map((layout): ValidCase => ({ name: `default chi bộ meeting record (${layout})`, doc: () => partyDraft({ kind: 'BB', layout }) })),
    ...COMPLIANT.map((c): ValidCase => ({ name: `compliant: ${c.name}`, doc: draft(c.options) })),
    ...DOC_KINDS.filter((k) => k !== 'BB').map((kind): ValidCase => ({ name: `no template applies: default ${kind} draft`, doc: () => partyDraft({ kind }) })),
    { name: 'nobody absent: no reason needed', doc: draft(bienBan(meetingBody({ present: 26, absent: 0, absentNote: '' }))) },
    { name: 'nobody absent, written "vắng mặt: không"', doc: draft(bienBan(meetingBody({ present: 26, absentNote: '' }).map((p) => (typeof p === 'string' ? p.replace('vắng mặt: 02 đồng chí', 'vắng mặt: không') : p)))) },
    { name: 'times written 14h00 and 16h15', doc: draft(bienBan(meetingBody({ start: '14h00 ngày 05/3/2026', end: '16h15' }))) },
  ],
  invalid: [
    // A meeting record that does not say who attended.
    ...(['table', 'tabs'] as const).map((layout): InvalidCase => ({
      name: `meeting record without attendance (${layout})`,
      doc: draft(bienBan(meetingBody({}, ['total', 'present', 'absent', 'exempt'])), layout),
      errors: [NOT_STATED('total'), NOT_STATED('present'), NOT_STATED('absent')],
    })),
    {
      name: 'meeting record without time and place',
      doc: draft(bienBan(meetingBody({}, ['start', 'place']))),
      errors: [NOT_STATED('start', /^- Chủ trì/), NOT_STATED('place', /^- Chủ trì/)],
    },
    {
      name: 'secretary left blank',
      doc: draft(bienBan(meetingBody({ secretary: '……………' }))),
      errors: [{ messageId: 'empty', text: /^- Thư ký: …/, data: { fieldId: 'secretary', label: 'Thư ký' } }],
    },
    {
      name: 'two members absent, no reason given',
      doc: draft(bienBan(meetingBody({ absentNote: '' }))),
      errors: [{ messageId: 'missingWhen', data: { fieldId: 'absentReason', condition: 'Số đảng viên vắng mặt = 2 > 0' } }],
    },
    {
      name: 'no vote recorded',
      doc: draft(bienBan(meetingBody({}, ['vote']))),
      errors: [NOT_STATED('vote')],
    },
    {
      name: 'no end time',
      doc: draft(bienBan(meetingBody({}, ['end']))),
      errors: [NOT_STATED('end')],
    },
    {
      name: "no secretary's signature block",
      doc: draft(bienBan(undefined, { omit: ['secretaryPosition', 'secretaryName'] })),
      errors: [{ messageId: 'missing', component: 'signaturePosition', text: 'Trần Văn Bình', data: { fieldId: 'secretarySignature' } }],
    },
    {
      name: 'inspection programme without a time for the inspection',
      doc: draft(chuongTrinh([...CTR.basis, ...CTR.aims, ...CTR.inspection(null), ...CTR.supervision, ...CTR.implementation('IV')])),
      errors: [{ messageId: 'missing', text: 'II. NỘI DUNG KIỂM TRA', data: { fieldId: 'inspectionTime', templateId: 'chi-bo/chuong-trinh-kiem-tra-giam-sat' } }],
    },
    {
      name: "member's self-review without date of birth",
      doc: draft(banKiemDiem([...BKD.details.filter((p) => !String(p).startsWith('Ngày sinh')), ...BKD.strengths, ...BKD.limitations, ...BKD.previous, ...BKD.direction, ...BKD.grade()])),
      errors: [{ messageId: 'missing', text: /^Họ và tên/, data: { fieldId: 'birthDate' } }],
    },
    {
      name: "member's self-review silent on discipline",
      doc: draft(banKiemDiem([...BKD.details, ...BKD.strengths.filter((p) => !String(p).startsWith('3.')), ...BKD.limitations, ...BKD.previous, ...BKD.direction, ...BKD.grade()])),
      errors: [{ messageId: 'missing', text: 'I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC', data: { fieldId: 'discipline' } }],
    },
  ],
} satisfies CaseTable;
