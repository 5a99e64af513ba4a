import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { partyDraft, validInLayouts, invalidInLayouts, type DraftOptions } from '../../../../test/support/cases.js';
import { DOC_KINDS } from '../../../../test/support/party-draft.js';

const issuer = (parent: string | null, name: string, number?: string, extra: DraftOptions = {}): DraftOptions => ({
  ...extra,
  issuer: { parent, name },
  ...(number ? { overrides: { number: { text: number } } } : {}),
});
const TINH_UY = 'TỈNH ỦY LONG AN';

export default {
  valid: [
    ...DOC_KINDS.map((kind) => ({ name: `compliant ${kind}`, doc: () => partyDraft({ kind, layout: 'table' }) })),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    ...validInLayouts('Văn phòng Tỉnh ủy «VPTU»', issuer(TINH_UY, 'VĂN PHÒNG', undefined, { kind: 'CV' }), ['table', 'tabs', 'stacked']),
    ...validInLayouts('Ban Tổ chức Tỉnh ủy «BTCTU»', issuer(TINH_UY, 'BAN TỔ CHỨC', 'Số 357-CV/BTCTU', { kind: 'CV' }), ['table', 'textbox']),
    ...validInLayouts('Ủy ban Kiểm tra Tỉnh ủy «UBKTTU»', issuer(TINH_UY, 'ỦY BAN KIỂM TRA'), ['table', 'stacked']),
    { name: 'Ban Tuyên giáo và Dân vận «BTGDVTU»', doc: () => partyDraft(issuer(TINH_UY, 'BAN TUYÊN GIÁO VÀ DÂN VẬN', 'Số 10-HD/BTGDVTU', { kind: 'HD' })) },
    { name: 'Ban Tổ chức Tỉnh ủy on one line «BTCTU»', doc: () => partyDraft(issuer(null, 'BAN TỔ CHỨC TỈNH ỦY', 'Số 357-CV/BTCTU', { kind: 'CV' })) },
    { name: 'Ban Kinh tế Trung ương «BKTTW» (HD 36 example)', doc: () => partyDraft(issuer('BAN CHẤP HÀNH TRUNG ƯƠNG', 'BAN KINH TẾ', 'Số 246-QĐ/BKTTW', { kind: 'QĐ' })) },
    { name: 'Ban Chấp hành Trung ương «TW»', doc: () => partyDraft(issuer(null, 'BAN CHẤP HÀNH TRUNG ƯƠNG', 'Số 15-NQ/TW')) },
    ...validInLayouts('huyện ủy «HU»', issuer('ĐẢNG BỘ TỈNH LONG AN', 'HUYỆN ỦY ĐỨC HÒA', 'Số 76-BC/HU', { kind: 'BC' }), ['table', 'tabs']),
    { name: 'đảng ủy xã «ĐU»', doc: () => partyDraft(issuer('ĐẢNG BỘ TỈNH LONG AN', 'ĐẢNG ỦY XÃ TÂN AN')) },
    { name: 'đảng ủy khối «ĐUK»', doc: () => partyDraft(issuer('ĐẢNG BỘ TỈNH LONG AN', 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH')) },
    { name: 'thị ủy «TU»', doc: () => partyDraft(issuer('ĐẢNG BỘ THÀNH PHỐ HÀ NỘI', 'THỊ ỦY SƠN TÂY', 'Số 12-NQ/TU')) },
    { name: 'congress report «ĐH»', doc: () => partyDraft(issuer('ĐẠI HỘI ĐẠI BIỂU', 'ĐẢNG BỘ TỈNH LONG AN LẦN THỨ XI', 'Số 16-BC/ĐH', { kind: 'BC' })) },
    { name: 'joint issuers «BTCTU-BDVTU»', doc: () => partyDraft(issuer(TINH_UY, 'BAN TỔ CHỨC', 'Số 05-CV/BTCTU-BDVTU', { kind: 'CV' })) },
    { name: 'an issuer of no known kind: silent', doc: () => partyDraft(issuer('ĐẢNG BỘ TỈNH LONG AN', 'CÔNG TY XỔ SỐ KIẾN THIẾT', 'Số 01-NQ/XYZ')) },
    { name: 'blank issuer symbol: silent', doc: () => partyDraft({ overrides: { number: { text: 'Số 15-NQ' } } }) },
  ],
  invalid: [
    ...invalidInLayouts('tỉnh ủy with «HU»', issuer(null, TINH_UY, 'Số 15-NQ/HU'), [
      {
        messageId: 'mismatch',
        component: 'number',
        text: 'Số 15-NQ/HU',
        data: { actual: 'HU', expected: 'TU', issuer: TINH_UY },
        severity: 'warning',
        expected: 'TU',
        actual: 'HU',
        fixable: false,
      },
    ]),
    ...invalidInLayouts('chi bộ with «ĐU»', issuer('ĐẢNG BỘ XÃ TÂN AN', 'CHI BỘ ẤP 3', 'Số 01-BB/ĐU', { kind: 'BB' }), [{ messageId: 'mismatch', expected: 'CB', actual: 'ĐU' }], ['table', 'tabs']),
    ...invalidInLayouts('Văn phòng Tỉnh ủy with «TU»', issuer(TINH_UY, 'VĂN PHÒNG', 'Số 268-CV/TU', { kind: 'CV' }), [
      { messageId: 'mismatch', data: { expected: 'VPTU', issuer: 'VĂN PHÒNG' }, expected: 'VPTU', actual: 'TU' },
    ], ['table', 'stacked']),
    { name: 'Ban Tổ chức with «BTC» (committee left out)', doc: () => partyDraft(issuer(TINH_UY, 'BAN TỔ CHỨC', 'Số 357-CV/BTC', { kind: 'CV' })), errors: [{ messageId: 'mismatch', expected: 'BTCTU' }] },
    { name: 'đảng ủy khối with «ĐU»', doc: () => partyDraft(issuer('ĐẢNG BỘ TỈNH LONG AN', 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH', 'Số 05-NQ/ĐU')), errors: [{ messageId: 'mismatch', expected: 'ĐUK' }] },
    { name: 'đảng ủy with «DU» (no stroke)', doc: () => partyDraft(issuer('ĐẢNG BỘ TỈNH LONG AN', 'ĐẢNG ỦY XÃ TÂN AN', 'Số 05-NQ/DU')), errors: [{ messageId: 'mismatch', expected: 'ĐU', actual: 'DU' }] },
    { name: 'Ủy ban Kiểm tra Trung ương with «UBKTTU»', doc: () => partyDraft(issuer('BAN CHẤP HÀNH TRUNG ƯƠNG', 'ỦY BAN KIỂM TRA', 'Số 20-KL/UBKTTU')), errors: [{ messageId: 'mismatch', expected: 'UBKTTW' }] },
    { name: 'tỉnh ủy with «HU» under hd36', doc: () => partyDraft(issuer(null, TINH_UY, 'Số 15-NQ/HU')), profile: 'hd36', errors: [{ messageId: 'mismatch' }] },
  ],
} satisfies CaseTable;
