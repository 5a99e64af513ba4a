import type { CaseTable } from '../../../../test/support/rule-tester.js';

const draft = (fm: string, body = 'Chi bộ Ấp 3 họp ngày 08/01/2026, thống nhất nhiệm vụ năm 2026.') => `---\n${fm}\n---\n\n${body}\n`;

const GOOD = `issuer:
  parent: ĐẢNG BỘ XÃ TÂN AN
  name: CHI BỘ ẤP 3
number: Số 01-NQ/CB
placeDate: Tân An, ngày 08 tháng 01 năm 2026
type: NGHỊ QUYẾT
summary: về nhiệm vụ năm 2026
signature:
  authority: T/M CHI BỘ
  position: BÍ THƯ
  name: Nguyễn Văn An
recipients:
  - Đảng ủy xã (để báo cáo),
  - Lưu Chi bộ.`;

export default {
  valid: [
    { name: 'a complete front matter', doc: draft(GOOD) },
    { name: 'optional keys and two signatures', doc: draft(`profile: hd36\ntemplate: null\nissuer:\n  name: CHI BỘ ẤP 3\nurgency: KHẨN\nsignature:\n  - position: THƯ KÝ\n    name: Lê Văn Cường\n  - position: CHỦ TRÌ\n    name: Trần Văn Bình`) },
  ],
  invalid: [
    { name: 'an unknown key', doc: draft(`${GOOD}\nsigner: Nguyễn Văn An`), errors: [{ messageId: 'problem', line: 16, actual: null }] },
    { name: 'a wrong type (number as a list)', doc: draft(GOOD.replace('number: Số 01-NQ/CB', 'number:\n  - Số 01-NQ/CB')), errors: [{ messageId: 'problem', line: 6, actual: '/number' }] },
    { name: 'the issuer is missing', doc: draft('number: Số 01-NQ/CB'), errors: [{ messageId: 'problem', line: 2 }] },
    { name: 'broken YAML', doc: draft('issuer: [CHI BỘ'), errors: [{ messageId: 'problem', line: 2 }] },
    { name: 'no front matter at all', doc: 'Chi bộ họp.\n', errors: [{ messageId: 'problem', line: 1 }] },
  ],
} satisfies CaseTable;
