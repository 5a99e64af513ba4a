/**
 * Markdown drafts through `check`: textual rules and template rules apply to the front matter values
 * and the body, located by line and column; typography and page setup are reported as skipped.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';

const FRONT = `---
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
  name: Nguyễn Văn An
recipients:
  - Đảng ủy xã (để báo cáo),
  - Đảng viên trong Chi bộ,
  - Lưu Chi bộ.
---
`;

const OPENING = 'Ngày 06 tháng 01 năm 2026, Chi bộ Ấp 3 họp hội nghị đánh giá kết quả thực hiện Nghị quyết năm 2025, thảo luận, thống nhất phương hướng, nhiệm vụ năm 2026. Chi bộ quyết nghị như sau:';
const EVALUATION = `## I- ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NĂM 2025

1. Ưu điểm: Chi bộ đã lãnh đạo đảng viên và nhân dân trong ấp hoàn thành 10/12 chỉ tiêu Nghị quyết đề ra; an ninh chính trị, trật tự an toàn xã hội được giữ vững.
2. Hạn chế, khuyết điểm: chưa hoàn thành chỉ tiêu phát triển đảng viên mới; nội dung sinh hoạt chi bộ có lúc còn chung chung.`;
const GOALS = `## II- MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NĂM 2026

1. Mục tiêu: nâng cao năng lực lãnh đạo, sức chiến đấu của Chi bộ; phấn đấu hoàn thành 12/12 chỉ tiêu chủ yếu.
2. Nhiệm vụ, giải pháp chủ yếu: lãnh đạo phát triển kinh tế hộ gia đình; vận động nhân dân tham gia xây dựng nông thôn mới nâng cao.`;
const INSPECTION = `## III- CHƯƠNG TRÌNH KIỂM TRA, GIÁM SÁT NĂM 2026

1. Kiểm tra: Chi bộ kiểm tra 02 đảng viên về việc chấp hành Điều lệ Đảng, nghị quyết của Chi bộ; thời gian trong quý II và quý III năm 2026.
2. Giám sát: Chi bộ giám sát thường xuyên toàn thể đảng viên trong việc thực hiện nhiệm vụ được giao.`;
const IMPLEMENTATION = (n: string) => `## ${n}- TỔ CHỨC THỰC HIỆN

Chi ủy cụ thể hóa Nghị quyết thành chương trình công tác hằng tháng, hằng quý; các đồng chí đảng viên gương mẫu thực hiện và vận động nhân dân cùng thực hiện thắng lợi Nghị quyết.`;

const draft = (front: string, ...parts: string[]) => `${front}\n${[OPENING, ...parts].join('\n\n')}\n`;
const COMPLIANT = draft(FRONT, EVALUATION, GOALS, INSPECTION, IMPLEMENTATION('IV'));

describe('check(markdown)', () => {
  it('a compliant chi bộ annual resolution: zero errors, the template applied, typography skipped', () => {
    const r = check(COMPLIANT);
    expect(r.error).toBeNull();
    expect(r.documentType).toBe('NQ');
    expect(r.template).toBe('chi-bo/nghi-quyet-nam');
    expect(r.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.ruleId}: ${d.message} @${d.location?.line}`)).toEqual([]);
    expect(r.skipped).toContain('party/party-header-format');
    expect(r.skipped).toContain('party/page-size');
  });

  it('without its inspection and supervision programme: template/required-section names the section', () => {
    const r = check(draft(FRONT, EVALUATION, GOALS, IMPLEMENTATION('III')));
    const d = r.diagnostics.filter((x) => x.ruleId === 'template/required-section');
    expect(d).toHaveLength(1);
    expect(d[0]!.message).toMatch(/kiểm tra, giám sát/i);
    expect(d[0]!.location?.line).toBeGreaterThan(17);
  });

  it('textual defects in the front matter are reported at their line', () => {
    // A colon inside a YAML value needs quotes; unquoted, it is a front matter error at its line.
    const unquoted = check(draft(FRONT.replace('Số 01-NQ/CB', 'Số: 1/NQ-CB')));
    expect(unquoted.diagnostics.find((d) => d.ruleId === 'markdown/front-matter')?.location).toMatchObject({ line: 5 });
    const bad = FRONT.replace('Số 01-NQ/CB', '"Số: 1/NQ-CB"').replace('ngày 08 tháng 01', 'ngày 8 tháng 1').replace('T/M CHI BỘ', 'TM. CHI BỘ');
    const r = check(draft(bad, EVALUATION, GOALS, INSPECTION, IMPLEMENTATION('IV')));
    const at = (id: string) => r.diagnostics.find((d) => d.ruleId === id)?.location;
    expect(at('party/number-format')).toMatchObject({ line: 5, column: 9, paragraph: null });
    expect(at('party/date-format')).toMatchObject({ line: 6 });
    expect(at('party/signature-authority')).toMatchObject({ line: 10 });
  });

  it('the front matter may choose the profile and force or disable the template', () => {
    const hd05 = check(COMPLIANT.replace('---\nissuer:', '---\nprofile: hd05\nissuer:'));
    expect(hd05.profile).toBe('hd05');
    const off = check(COMPLIANT.replace('---\nissuer:', '---\ntemplate: null\nissuer:'));
    expect(off.template).toBeNull();
    const forced = check(COMPLIANT.replace('---\nissuer:', '---\ntemplate: co-so/ke-hoach\nissuer:'));
    expect(forced.template).toBe('co-so/ke-hoach');
    const unknown = check(COMPLIANT.replace('---\nissuer:', '---\ntemplate: khong/co\nissuer:'));
    expect(unknown.diagnostics.some((d) => d.ruleId === 'markdown/front-matter' && /khong\/co/.test(d.message))).toBe(true);
  });

  it('a meeting record without attendance and with counts that do not add up', () => {
    const bb = `---
issuer:
  parent: ĐẢNG BỘ XÃ TÂN AN
  name: CHI BỘ ẤP 3
number: Số 05-BB/CB
placeDate: Tân An, ngày 08 tháng 01 năm 2026
type: BIÊN BẢN
summary: sinh hoạt chi bộ thường kỳ tháng 01 năm 2026
signature:
  - position: THƯ KÝ
    name: Lê Văn Cường
  - position: CHỦ TRÌ
    name: Trần Văn Bình
---

Hôm nay, vào lúc 14 giờ 00 ngày 08 tháng 01 năm 2026, tại Nhà văn hóa ấp 3, Chi bộ Ấp 3 tiến hành sinh hoạt thường kỳ tháng 01 năm 2026.

Tổng số đảng viên của Chi bộ: 25 đồng chí; có mặt: 20 đồng chí; vắng mặt: 03 đồng chí (có lý do: 03 đồng chí).

Chủ trì: đồng chí Trần Văn Bình, Bí thư Chi bộ. Thư ký: đồng chí Lê Văn Cường, đảng viên.

## I- NỘI DUNG SINH HOẠT

1. Đồng chí Bí thư Chi bộ thông tin thời sự, tình hình của địa phương.

## II- BIỂU QUYẾT

Chi bộ biểu quyết thông qua nhiệm vụ tháng 01 năm 2026 với 20/20 đồng chí có mặt tán thành.

Cuộc họp kết thúc vào lúc 16 giờ 30 cùng ngày.
`;
    const r = check(bb);
    expect(r.template).toBe('chi-bo/bien-ban-sinh-hoat');
    const values = r.diagnostics.filter((d) => d.ruleId === 'template/field-value');
    expect(values.length).toBeGreaterThan(0);
    expect(values[0]!.message).toMatch(/25/);
    const noAttendance = check(bb.replace(/Tổng số đảng viên[^\n]*\n/, ''));
    expect(noAttendance.diagnostics.some((d) => d.ruleId === 'template/required-field')).toBe(true);
  });
});
