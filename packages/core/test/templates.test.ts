/**
 * Content templates (templates.md): the schema and the built-ins, detection, custom templates through
 * CheckOptions, forcing and disabling, template files with file:line:column problems, the constraint
 * language and the value readers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { BUILTIN_TEMPLATE_IDS, builtinTemplates, parseTemplateText, formatTemplateProblem, resolveTemplates, TemplateError, validateTemplate } from '../src/templates/index.js';
import type { TemplateDef } from '../src/templates/types.js';
import { check as holds, ExprError, parseConstraint, render } from '../src/templates/expr.js';
import { parseInteger, parseText, parseTime } from '../src/templates/match.js';
import { DOC_KINDS, partyDraft } from './support/party-draft.js';
import { COMPLIANT, NQ_NAM, bienBan, meetingBody, nqNam, nqThang } from './support/template-drafts.js';

const schemaPath = fileURLToPath(new URL('../schemas/template.schema.json', import.meta.url));
const builtinDir = fileURLToPath(new URL('../src/templates/builtin/', import.meta.url));
const templateIds = (r: ReturnType<typeof check>) => r.diagnostics.filter((d) => d.ruleId.startsWith('template/'));

describe('template schema and built-ins', () => {
  it('every built-in file is valid against the shipped JSON Schema', () => {
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as { $id: string };
    expect(schema.$id).toBe('https://thethuc.dev/schemas/template.schema.json');
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const files = readdirSync(builtinDir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBe(7);
    for (const f of files) {
      const data = JSON.parse(readFileSync(builtinDir + f, 'utf8')) as TemplateDef;
      expect(validate(data), `${f}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(validateTemplate(data), f).toEqual([]);
      // The file is named after the id: chi-bo/nghi-quyet-nam → chi-bo.nghi-quyet-nam.json
      expect(f).toBe(`${data.id.replace('/', '.')}.json`);
    }
  });

  it('ships every template of templates.md', () => {
    expect([...BUILTIN_TEMPLATE_IDS].sort()).toEqual(
      ['chi-bo/bao-cao-kiem-diem', 'chi-bo/bien-ban-sinh-hoat', 'chi-bo/chuong-trinh-kiem-tra-giam-sat', 'chi-bo/nghi-quyet-nam', 'chi-bo/nghi-quyet-thang', 'co-so/ke-hoach', 'dang-vien/ban-kiem-diem'].sort(),
    );
    for (const t of builtinTemplates()) {
      expect(t.source, t.id).toMatch(/\S/);
      expect(t.detect, t.id).toBeDefined();
    }
  });

  it('the annual resolution requires the inspection and supervision programme', () => {
    const t = builtinTemplates().find((x) => x.id === 'chi-bo/nghi-quyet-nam')!;
    expect(t.sections?.map((s) => s.id)).toEqual(['danh-gia', 'muc-tieu-nhiem-vu', 'kiem-tra-giam-sat', 'to-chuc-thuc-hien']);
    expect(t.sections?.find((s) => s.id === 'to-chuc-thuc-hien')?.severity).toBe('warning');
  });
});

describe('detection', () => {
  for (const c of COMPLIANT) {
    it(`${c.template}: ${c.name}`, () => {
      const r = check(partyDraft(c.options));
      expect(r.error).toBeNull();
      expect(r.template).toBe(c.template);
      expect(templateIds(r).map((d) => d.message)).toEqual([]);
    });
  }

  it("the Tỉnh ủy's default drafts get no template", () => {
    for (const kind of DOC_KINDS.filter((k) => k !== 'BB')) expect(check(partyDraft({ kind })).template, kind).toBeNull();
  });

  it('a monthly summary picks the monthly template, a yearly one the annual', () => {
    expect(check(partyDraft(nqThang())).template).toBe('chi-bo/nghi-quyet-thang');
    expect(check(partyDraft(nqNam(undefined, { overrides: { summary: { text: 'về phương hướng, nhiệm vụ năm 2026' } } }))).template).toBe('chi-bo/nghi-quyet-nam');
    expect(check(partyDraft(nqNam(undefined, { overrides: { summary: { text: 'về nhiệm vụ 6 tháng cuối năm 2026' } } }))).template).toBeNull();
  });

  it('a biên bản by another body is a chi bộ meeting record when its summary says so', () => {
    const r = check(partyDraft(bienBan(undefined, { issuer: { parent: 'ĐẢNG BỘ TỈNH LONG AN', name: 'ĐẢNG ỦY XÃ TÂN AN' } })));
    expect(r.template).toBe('chi-bo/bien-ban-sinh-hoat');
    const other = check(partyDraft(bienBan(undefined, { issuer: { parent: 'ĐẢNG BỘ TỈNH LONG AN', name: 'ĐẢNG ỦY XÃ TÂN AN' }, overrides: { summary: { text: 'hội nghị Ban Chấp hành Đảng bộ xã lần thứ 5' } } })));
    expect(other.template).toBeNull();
  });

  it('debug notes say which template applied and how', () => {
    const r = check(partyDraft(nqNam()), { debug: true });
    expect(r.notes).toContain('template: chi-bo/nghi-quyet-nam (detected)');
  });
});

const withoutInspection = nqNam([NQ_NAM.opening, ...NQ_NAM.evaluation, ...NQ_NAM.goals, ...NQ_NAM.implementation('III')]);

describe('custom templates, forcing and disabling', () => {
  it('the user example: an annual resolution without its programme is reported, naming section, template and source', () => {
    const r = check(partyDraft(withoutInspection));
    const found = templateIds(r);
    expect(found.map((d) => d.ruleId)).toEqual(['template/required-section']);
    expect(found[0]!.message).toContain('Chương trình kiểm tra, giám sát năm');
    expect(found[0]!.message).toContain('Nghị quyết năm của chi bộ');
    expect(found[0]!.message).toContain('QĐ 296-QĐ/TW');
    expect(check(partyDraft(withoutInspection), { lang: 'en' }).diagnostics.find((d) => d.ruleId === 'template/required-section')!.message).toMatch(/^The section "Chương trình kiểm tra, giám sát năm" required by the template/);
  });

  it('a custom template with a built-in id replaces it', () => {
    const mine: TemplateDef = {
      id: 'chi-bo/nghi-quyet-nam',
      title: 'Nghị quyết năm của chi bộ (mẫu của Đảng ủy xã Tân An)',
      source: 'Hướng dẫn 05-HD/ĐU của Đảng ủy xã Tân An',
      detect: { type: 'NQ', issuerKind: 'chi-bo' },
      sections: [
        { id: 'danh-gia', title: 'Đánh giá', match: ['đánh giá'] },
        { id: 'nhiem-vu', title: 'Nhiệm vụ', match: ['nhiệm vụ', 'mục tiêu'] },
      ],
    };
    const r = check(partyDraft(withoutInspection), { templates: [mine] });
    expect(r.template).toBe('chi-bo/nghi-quyet-nam');
    expect(templateIds(r)).toEqual([]);
  });

  it('a custom template is added to the built-ins and detected', () => {
    const mine: TemplateDef = {
      id: 'tinh-uy/nghi-quyet',
      title: 'Nghị quyết của Tỉnh ủy',
      source: 'Quy chế làm việc của Tỉnh ủy',
      detect: { type: 'NQ', issuerKind: 'tinh-uy' },
      sections: [
        { id: 'danh-gia', title: 'Đánh giá kết quả', match: ['đánh giá'] },
        { id: 'ket-luan', title: 'Kết luận của hội nghị', match: ['kết luận'] },
      ],
    };
    const r = check(partyDraft({ kind: 'NQ' }), { templates: [mine] });
    expect(r.template).toBe('tinh-uy/nghi-quyet');
    expect(templateIds(r).map((d) => [d.ruleId, d.data.sectionId])).toEqual([['template/required-section', 'ket-luan']]);
    // The built-ins still apply to other documents.
    expect(check(partyDraft(nqThang()), { templates: [mine] }).template).toBe('chi-bo/nghi-quyet-thang');
  });

  it('a template is forced by id, and none applies with null', () => {
    const forced = check(partyDraft({ kind: 'NQ' }), { template: 'chi-bo/nghi-quyet-nam' });
    expect(forced.template).toBe('chi-bo/nghi-quyet-nam');
    expect(templateIds(forced).map((d) => d.data.sectionId)).toEqual(['kiem-tra-giam-sat']);
    const off = check(partyDraft(withoutInspection), { template: null });
    expect(off.template).toBeNull();
    expect(templateIds(off)).toEqual([]);
  });

  it('a template without detect applies only when forced', () => {
    const mine: TemplateDef = { id: 'to-chuc/thong-bao', title: 'Thông báo', source: 'Quy chế', sections: [{ id: 'ket-luan', title: 'Kết luận', match: ['kết luận'] }] };
    expect(check(partyDraft({ kind: 'TB' }), { templates: [mine] }).template).toBeNull();
    const r = check(partyDraft({ kind: 'TB' }), { templates: [mine], template: 'to-chuc/thong-bao' });
    expect(r.template).toBe('to-chuc/thong-bao');
    // The default thông báo states its conclusions in a sentence, without a heading of their own.
    expect(templateIds(r).map((d) => [d.ruleId, d.data.sectionId])).toEqual([['template/required-section', 'ket-luan']]);
  });

  it('an unknown forced id and invalid custom data throw TemplateErrors that say what is wrong', () => {
    expect(() => check(partyDraft({ kind: 'NQ' }), { template: 'chi-bo/khong-co' })).toThrow(/Không có mẫu «chi-bo\/khong-co».*chi-bo\/nghi-quyet-nam/);
    const bad = { id: 'x/y', title: 'X', source: 'S', sections: [{ id: 'a', title: 'A', match: 'a' }] } as unknown as TemplateDef;
    let err: unknown;
    try {
      check(partyDraft({ kind: 'NQ' }), { templates: [bad] });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(TemplateError);
    expect((err as TemplateError).message).toContain('Mẫu «x/y» /sections/0/match: phải là mảng');
    expect((err as TemplateError).problems).toEqual([expect.objectContaining({ templateId: 'x/y', path: '/sections/0/match' })]);
  });

  it('patterns ignore case and old/new tone-mark placement', () => {
    const mine: TemplateDef = { id: 'x/hoa-giai', title: 'Hòa giải', source: 'S', sections: [{ id: 'hoa-giai', title: 'Công tác hòa giải', match: ['công tác hòa giải ở cơ sở'] }] };
    for (const heading of ['I. CÔNG TÁC HOÀ GIẢI Ở CƠ SỞ', 'I. Công tác hòa giải ở cơ sở', 'I- công tác hoà giải ở cơ sở']) {
      const r = check(partyDraft({ kind: 'TB', bodyParagraphs: [{ text: heading, b: true }, 'Năm 2026 tổ hòa giải của ấp hoà giải thành 05 vụ việc.'] }), { templates: [mine], template: 'x/hoa-giai' });
      expect(templateIds(r), heading).toEqual([]);
    }
  });

  it('constraints are checked against the fields read: severity and message come from the template', () => {
    const r = check(partyDraft(bienBan(meetingBody({ total: 25, present: 20, absent: 3, inFavour: 20 }, ['exempt']))));
    const d = templateIds(r);
    expect(d.map((x) => [x.ruleId, x.data.constraintId, x.actual])).toEqual([['template/field-value', 'attendance', '23 ≠ 25']]);
    expect(d[0]!.message).toContain('Số đảng viên có mặt = 20; Số đảng viên vắng mặt = 3');
  });
});

describe('resolveTemplates: semantic checks beyond the schema', () => {
  const base = { id: 'a/b', title: 'T', source: 'S' };
  const messages = (data: unknown) => {
    try {
      resolveTemplates([data]);
      return [];
    } catch (e) {
      return (e as TemplateError).problems.map((p) => `${p.path} ${p.message}`);
    }
  };
  it('reports bad patterns, expressions, unknown or non-numeric fields, duplicate ids and missing sections', () => {
    expect(messages({ ...base, sections: [{ id: 's', title: 'S', match: ['(unclosed'] }] })[0]).toMatch(/^\/sections\/0\/match\/0 .*biểu thức chính quy không hợp lệ/);
    const fields = [
      { id: 'total', title: 'Tổng', label: ['tổng số'], value: { type: 'integer' } },
      { id: 'who', title: 'Ai', label: ['chủ trì'], value: { type: 'text' }, within: 'nowhere' },
    ];
    const got = messages({ ...base, fields, constraints: [{ id: 'c', expr: 'total + ' }, { id: 'd', expr: 'total == ghost' }, { id: 'e', expr: 'who > 1' }, { id: 'e', expr: 'total > 0' }] });
    expect(got).toEqual([
      expect.stringMatching(/^\/constraints\/3\/id .*trùng/),
      expect.stringMatching(/^\/fields\/1\/within .*nowhere/),
      expect.stringMatching(/^\/constraints\/0\/expr .*ký tự 9/),
      expect.stringMatching(/^\/constraints\/1\/expr .*ghost/),
      expect.stringMatching(/^\/constraints\/2\/expr .*integer hoặc time/),
    ]);
    expect(() => resolveTemplates([base, base])).toThrow(/mã mẫu bị trùng/);
  });
});

describe('parseTemplateText: template files with file:line:column', () => {
  const YAML = `id: to-chuc/bien-ban-hop
title: Biên bản họp chi ủy
source: Quy chế làm việc của Chi ủy
detect:
  type: BB
  summary: 'họp chi ủy'
sections:
  - id: noi-dung
    title: Nội dung cuộc họp
    match: ['nội dung']
fields:
  - id: present
    title: Số chi ủy viên có mặt
    label: ['có mặt']
    value: { type: integer }
  - id: total
    title: Tổng số chi ủy viên
    label: ['tổng số']
    value: { type: integer }
constraints:
  - id: attendance
    expr: present <= total
`;
  it('reads a valid YAML template', () => {
    const r = parseTemplateText(YAML, 'mau/bien-ban-hop.yaml');
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.templates.map((t) => t.id)).toEqual(['to-chuc/bien-ban-hop']);
    expect(() => resolveTemplates(r.templates)).not.toThrow();
  });

  it('locates a YAML syntax error', () => {
    const r = parseTemplateText(YAML.replace("match: ['nội dung']", "match: ['nội dung'"), 'mau.yaml');
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatchObject({ file: 'mau.yaml', line: 11, index: null });
    expect(formatTemplateProblem(r.problems[0]!)).toMatch(/^mau\.yaml:11:\d+: Cú pháp YAML\/JSON sai/);
  });

  it('locates schema errors at the offending key', () => {
    const r = parseTemplateText(YAML.replace('    value: { type: integer }\n  - id: total', '    value: { type: number }\n  - id: total').replace('detect:', 'detekt:'), 'mau.yaml');
    expect(r.ok).toBe(false);
    const at = r.problems.map((p) => `${p.line}:${p.column} ${p.path}`);
    expect(at).toContain('4:1 /detekt');
    expect(at).toContain('15:14 /fields/0/value/type');
    expect(r.problems.find((p) => p.path === '/detekt')!.message).toMatch(/Mẫu «to-chuc\/bien-ban-hop» \/detekt: khóa không được biết «detekt»/);
  });

  it('locates semantic errors: a bad constraint, a bad pattern', () => {
    const r = parseTemplateText(YAML.replace('expr: present <= total', 'expr: present <= totl').replace("match: ['nội dung']", "match: ['nội (dung']"), 'mau.yaml');
    expect(r.problems.map((p) => `${p.line} ${p.path}`)).toEqual(['10 /sections/0/match/0', '22 /constraints/0/expr']);
    expect(r.problems[1]!.message).toContain('totl');
  });

  it('reads JSON, a list of templates, and several YAML documents; a missing key points at its object', () => {
    const json = JSON.stringify([{ id: 'a/b', title: 'A', source: 'S' }, { id: 'a/c', title: 'C' }], null, 2);
    const r = parseTemplateText(json, 'mau.json');
    expect(r.templates.map((t) => t.id)).toEqual(['a/b']);
    expect(r.problems).toEqual([expect.objectContaining({ file: 'mau.json', line: 7, column: 3, index: 1, path: '', message: expect.stringContaining('thiếu khóa bắt buộc «source»') })]);
    const multi = parseTemplateText('id: a/b\ntitle: A\nsource: S\n---\nid: a/b\ntitle: B\nsource: S\n', 'mau.yaml');
    expect(multi.problems).toEqual([expect.objectContaining({ line: 5, path: '/id', message: expect.stringContaining('trùng') })]);
    expect(parseTemplateText('', 'rong.yaml').problems[0]!.message).toMatch(/trống/);
    expect(parseTemplateText('{ "id": "a/b", "title": "A" "source": "S" }', 'bad.json').problems[0]).toMatchObject({ line: 1 });
  });
});

describe('the constraint language', () => {
  it('parses sums and comparisons, and evaluates them', () => {
    const c = parseConstraint('present + absent + exempt == total');
    expect(holds(c, new Map([['present', 20], ['absent', 3], ['exempt', 0], ['total', 25]]))).toEqual({ ok: false, left: 23, right: 25 });
    expect(holds(parseConstraint('inFavour + against <= present'), new Map([['inFavour', 20], ['against', 0], ['present', 20]]))?.ok).toBe(true);
    expect(holds(parseConstraint('end > start'), new Map([['end', 990], ['start', 840]]))?.ok).toBe(true);
    expect(holds(parseConstraint('a - (b - 2) ≥ -1'), new Map([['a', 1], ['b', 5]]))).toEqual({ ok: false, left: -2, right: -1 });
    expect(holds(parseConstraint('a == b'), new Map([['a', 1]]))).toBeNull();
    expect(render(parseConstraint('a - (b + c) != 2'), (id) => id.toUpperCase())).toBe('A - (B + C) ≠ 2');
  });

  it('rejects anything that is not a comparison of sums, with the position', () => {
    const pos = (src: string) => {
      try {
        parseConstraint(src);
        return null;
      } catch (e) {
        return (e as ExprError).position;
      }
    };
    expect(pos('present + absent')).toBe(16); // no comparison
    expect(pos('a == b == c')).toBe(7);
    expect(pos('a * b == c')).toBe(2); // no multiplication
    expect(pos('process.exit() == 1')).toBe(7); // no calls, no properties
    expect(pos('(a + b == c')).toBe(7);
    expect(pos('a' + ' + a'.repeat(100) + ' == 1')).toBe(300);
  });
});

describe('value readers', () => {
  it('reads counts after a label, not percentages, with "không" as zero', () => {
    expect(parseInteger(' của Chi bộ: 25 đồng chí')?.value).toBe(25);
    expect(parseInteger(': 02 đồng chí (có lý do)')?.value).toBe(2);
    expect(parseInteger(': 1.250 đảng viên')?.value).toBe(1250);
    expect(parseInteger(', đạt 100%')).toBeNull();
    expect(parseInteger(': 100%')).toBeNull();
    expect(parseInteger(': không.')?.value).toBe(0);
    expect(parseInteger(': ……')).toBeNull();
  });

  it('reads times in the usual forms', () => {
    expect(parseTime(': 14 giờ 00, ngày 05/3/2026')?.value).toBe(14 * 60);
    expect(parseTime(' vào lúc 16 giờ 30 phút cùng ngày')?.value).toBe(16 * 60 + 30);
    expect(parseTime(' lúc 14h30')?.value).toBe(14 * 60 + 30);
    expect(parseTime(' 2 giờ chiều')?.value).toBe(14 * 60);
    expect(parseTime(' 7:45 sáng')?.value).toBe(7 * 60 + 45);
    expect(parseTime(': ngày 05/3/2026')).toBeNull();
  });

  it('reads a text up to the end of its clause; a blank form is no value', () => {
    expect(parseText(': đồng chí Trần Văn Bình, Bí thư Chi bộ.')?.raw).toBe('đồng chí Trần Văn Bình');
    expect(parseText(': 12/5/1980')?.raw).toBe('12/5/1980');
    expect(parseText(': ……………….')).toBeNull();
    expect(parseText(': ...')).toBeNull();
  });
});
