import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { check, readDocx, recognize, resolveProfile } from '@thethuc/core';
import type { Profile } from '@thethuc/core';
import { htmlToMarkdown } from '../src/html-markdown.js';
import { minimalDocx, run, tempTree } from './helpers.js';

/*
 * `thethuc render` and `thethuc import` end to end, in a temp directory: exit codes, atomic writes that
 * never overwrite without --force, messages; render output that check passes; import → render keeping
 * the body; import writing the front matter literally, defects included.
 */

// Core's test support and Markdown reader, loaded from source (the CLI's tsconfig must not follow them).
interface DraftOptions {
  kind?: string;
  layout?: 'table' | 'tabs' | 'textbox' | 'stacked';
  overrides?: Record<string, Partial<{ text: string | string[] }>>;
  issuer?: { parent?: string | null; name?: string };
}
const draftUrl = new URL('../../core/test/support/party-draft.ts', import.meta.url).href;
const { partyDraft } = (await import(/* @vite-ignore */ draftUrl)) as { partyDraft: (o?: DraftOptions) => Uint8Array };
const readerUrl = new URL('../../core/src/markdown/reader.ts', import.meta.url).href;
const { readMarkdown } = (await import(/* @vite-ignore */ readerUrl)) as {
  readMarkdown: (text: string, profile: Profile) => { frontMatter: Record<string, unknown>; problems: unknown[] };
};

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

function dirWith(files: Record<string, string | Uint8Array>): string {
  const t = tempTree(files);
  cleanups.push(t.cleanup);
  return t.dir;
}

const bytes = (dir: string, rel: string) => new Uint8Array(readFileSync(path.join(dir, rel)));
const text = (dir: string, rel: string) => readFileSync(path.join(dir, rel), 'utf8');
const listing = (dir: string) =>
  (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => statSync(path.join(dir, f)).isFile())
    .map((f) => f.split(path.sep).join('/'))
    .sort();

const DRAFT_MD = `---
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
  - "- Đảng ủy xã (để báo cáo),"
  - "- Lưu Chi bộ."
---

Ngày 06 tháng 01 năm 2026, Chi bộ Ấp 3 họp, thống nhất quyết nghị như sau:

## I- ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025

Chi bộ lãnh đạo hoàn thành 10/12 chỉ tiêu nghị quyết năm 2025.

## II- PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026

Phấn đấu hoàn thành 12/12 chỉ tiêu chủ yếu.

## III- CHƯƠNG TRÌNH KIỂM TRA, GIÁM SÁT NĂM 2026

Chi bộ kiểm tra 02 đảng viên trong quý III năm 2026.

## IV- TỔ CHỨC THỰC HIỆN

Chi ủy tổ chức thực hiện Nghị quyết này.
`;

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

function bodyTexts(docx: Uint8Array): string[] {
  const read = readDocx(docx);
  if (!read.ok) throw new Error(read.error.message);
  const anatomy = recognize(read.value, resolveProfile('party'));
  return anatomy.body.map((id) => norm(read.value.paragraphs[id - 1]!.text));
}

describe('thethuc render', () => {
  it('writes the .docx next to the draft by default; check passes it with no error', async () => {
    const cwd = dirWith({ 'van-ban/du-thao.md': DRAFT_MD });
    const r = await run(['render', 'van-ban/du-thao.md'], { cwd });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đã ghi «van-ban/du-thao.docx»');
    expect(listing(cwd)).toEqual(['van-ban/du-thao.docx', 'van-ban/du-thao.md']);
    const report = check(bytes(cwd, 'van-ban/du-thao.docx'));
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const checked = await run(['check', 'van-ban/du-thao.docx'], { cwd });
    expect(checked.code).toBe(0);
  });

  it('-o writes where asked, creating the folder', async () => {
    const cwd = dirWith({ 'du-thao.md': DRAFT_MD });
    const r = await run(['render', 'du-thao.md', '-o', 'ban-in/nghi-quyet.docx'], { cwd });
    expect(r.code).toBe(0);
    expect(listing(cwd)).toEqual(['ban-in/nghi-quyet.docx', 'du-thao.md']);
    expect(readDocx(bytes(cwd, 'ban-in/nghi-quyet.docx')).ok).toBe(true);
  });

  it('refuses to overwrite an existing file without --force (exit 2, file untouched), and overwrites with it', async () => {
    const old = new Uint8Array([1, 2, 3]);
    const cwd = dirWith({ 'du-thao.md': DRAFT_MD, 'du-thao.docx': old });
    const refused = await run(['render', 'du-thao.md'], { cwd });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Tệp «du-thao.docx» đã có; thêm --force để ghi đè.');
    expect(bytes(cwd, 'du-thao.docx')).toEqual(old);
    expect(listing(cwd)).toEqual(['du-thao.docx', 'du-thao.md']); // no temporary file left behind
    const forced = await run(['render', 'du-thao.md', '--force'], { cwd });
    expect(forced.code).toBe(0);
    expect(readDocx(bytes(cwd, 'du-thao.docx')).ok).toBe(true);
  });

  it('an invalid front matter: exit 2, each problem as file:line:column, nothing written', async () => {
    const bad = DRAFT_MD.replace('number: Số 01-NQ/CB', 'number: Số 01-NQ/CB\nsigner: Nguyễn Văn An');
    const cwd = dirWith({ 'du-thao.md': bad });
    const r = await run(['render', 'du-thao.md'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^du-thao\.md:6:1: Khóa không được biết: «signer»/m);
    expect(r.stderr).toContain('chưa ghi tệp nào');
    expect(listing(cwd)).toEqual(['du-thao.md']);
  });

  it('unreadable drafts and bad command lines are exit 2 with a Vietnamese-first message', async () => {
    const cwd = dirWith({ 'nhi-phan.md': new Uint8Array([0xff, 0xfe, 0x00, 0xc3]) });
    const cases: [string[], RegExp][] = [
      [['render', 'khong-co.md'], /không đọc được «khong-co\.md» \(cannot read the draft\): ENOENT/],
      [['render', 'nhi-phan.md'], /không phải văn bản UTF-8/],
      [['render'], /Thiếu bản thảo \.md \(missing input\)/],
      [['render', 'a.docx'], /không phải tệp \.md/],
      [['render', 'a.md', 'b.md'], /nhận một bản thảo mỗi lần/],
      [['render', 'a.md', '-o', 'a.pdf'], /phải có đuôi \.docx/],
      [['render', 'a.md', '--format', 'json'], /Tuỳ chọn không xác định: --format/],
      [['render', 'a.md', '-p', 'nd30'], /Bộ quy định không hợp lệ/],
    ];
    for (const [argv, message] of cases) {
      const r = await run(argv, { cwd });
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr, argv.join(' ')).toMatch(message);
    }
    expect(listing(cwd)).toEqual(['nhi-phan.md']);
  });

  it('has its help, Vietnamese first', async () => {
    for (const argv of [['render', '--help'], ['help', 'render'], ['render', 'x.md', '-h']]) {
      const r = await run(argv);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('thethuc render — dàn trang bản thảo Markdown thành .docx');
      for (const s of ['--output', '--force', '--profile', 'Mã thoát / Exit codes', '20/20/30/15']) expect(r.stdout).toContain(s);
    }
    const main = await run(['--help']);
    expect(main.stdout).toContain('thethuc render <bản-thảo.md>');
    expect(main.stdout).toContain('thethuc import <bản-thảo.docx>');
  });
});

describe('thethuc import', () => {
  it('writes Markdown whose front matter holds the components and whose body is mammoth’s', async () => {
    const cwd = dirWith({ 'nghi-quyet.docx': partyDraft({ kind: 'NQ' }) });
    const r = await run(['import', 'nghi-quyet.docx'], { cwd });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đã ghi «nghi-quyet.md»');
    const markdown = text(cwd, 'nghi-quyet.md');
    const read = readMarkdown(markdown, resolveProfile('party'));
    expect(read.problems).toEqual([]);
    expect(read.frontMatter).toEqual({
      issuer: { name: 'TỈNH ỦY LONG AN' },
      number: 'Số 15-NQ/TU',
      placeDate: 'Tân An, ngày 08 tháng 01 năm 2026',
      type: 'NGHỊ QUYẾT',
      summary: 'về nhiệm vụ năm 2026',
      signature: { authority: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', name: 'Nguyễn Văn An' },
      recipients: ['- Ban Thường vụ Tỉnh ủy,', '- Các huyện ủy, thành ủy,', '- Lưu Văn phòng Tỉnh ủy.'],
    });
    // Bold headings become `##`; the header and footer are not repeated in the body.
    expect(markdown).toContain('\n## I- ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025\n');
    expect(markdown).not.toMatch(/ĐẢNG CỘNG SẢN VIỆT NAM|Nơi nhận/);
    // Literal "1." stays text: escaped so Markdown does not make it a list.
    expect(markdown).toContain('\n1\\. Tập trung lãnh đạo');
  });

  const ROUND_TRIPS: DraftOptions[] = [
    { kind: 'NQ', layout: 'table' },
    { kind: 'NQ', layout: 'tabs' },
    { kind: 'CV', layout: 'table' },
    { kind: 'CV', layout: 'tabs' },
    { kind: 'QĐ', layout: 'table' },
    { kind: 'QĐi', layout: 'tabs' },
    { kind: 'BB', layout: 'table' },
    { kind: 'BB', layout: 'tabs' },
    { kind: 'TTr', layout: 'tabs' },
  ];

  it.each(ROUND_TRIPS.map((o) => [`${o.kind} (${o.layout})`, o] as const))('import then render keeps the body text: %s', async (_name, options) => {
    const original = partyDraft(options);
    const cwd = dirWith({ 'goc.docx': original });
    const imported = await run(['import', 'goc.docx', '-o', 'mau.md'], { cwd });
    expect(imported.code, imported.stderr).toBe(0);
    const rendered = await run(['render', 'mau.md', '-o', 'moi.docx'], { cwd });
    expect(rendered.code, rendered.stderr).toBe(0);
    const again = bytes(cwd, 'moi.docx');
    expect(bodyTexts(again)).toEqual(bodyTexts(original));
    // The components survive too: the rendered draft has no error-severity finding, like the original.
    expect(check(again).diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId)).toEqual([]);
  });

  it('a defective draft: the front matter holds the defective values verbatim', async () => {
    const defective = partyDraft({
      kind: 'CV',
      layout: 'table',
      overrides: {
        number: { text: 'Số: 268/CV-TU' },
        placeDate: { text: 'Tân An, ngày 8 tháng 1 năm 2026' },
        cvSummary: { text: 'V/v chuẩn bị tổng kết năm 2025' },
        signatureAuthority: { text: 'TL. BAN THƯỜNG VỤ' },
        signatureName: { text: 'TS. Nguyễn Văn An' },
        recipientsItems: { text: ['- Thường trực Tỉnh ủy;', '- Lưu: VT.'] },
      },
    });
    const cwd = dirWith({ 'loi.docx': defective });
    const r = await run(['import', 'loi.docx'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    const markdown = text(cwd, 'loi.md');
    const { frontMatter, problems } = readMarkdown(markdown, resolveProfile('party'));
    expect(problems).toEqual([]);
    expect(frontMatter).toMatchObject({
      number: 'Số: 268/CV-TU',
      placeDate: 'Tân An, ngày 8 tháng 1 năm 2026',
      cvSummary: 'V/v chuẩn bị tổng kết năm 2025',
      kinhGui: 'Các đảng ủy trực thuộc Tỉnh ủy.',
      signature: { authority: 'TL. BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', name: 'TS. Nguyễn Văn An' },
      recipients: ['- Thường trực Tỉnh ủy;', '- Lưu: VT.'],
    });
    // YAML quoted where it must be: "Số: 268/…" and "- …" would not read back as plain scalars.
    expect(markdown).toContain('number: "Số: 268/CV-TU"');
    expect(markdown).toContain('  - "- Lưu: VT."');
    // Rendering the Markdown again keeps every defect: check reports the same textual rules.
    const rendered = await run(['render', 'loi.md', '-o', 'loi-moi.docx'], { cwd });
    expect(rendered.code, rendered.stderr).toBe(0);
    const textual = ['party/number-format', 'party/date-format', 'party/cv-summary', 'party/signature-authority', 'party/signature-name', 'party/recipients-punctuation'];
    const ids = (b: Uint8Array) => [...new Set(check(b).diagnostics.map((d) => d.ruleId))].filter((id) => textual.includes(id)).sort();
    expect(ids(defective)).toEqual([...textual].sort());
    expect(ids(bytes(cwd, 'loi-moi.docx'))).toEqual(ids(defective));
  });

  it('refuses to overwrite without --force; an unreadable .docx is exit 2', async () => {
    const cwd = dirWith({ 'du-thao.docx': partyDraft(), 'du-thao.md': 'cũ\n', 'hong.docx': 'không phải zip' });
    const refused = await run(['import', 'du-thao.docx'], { cwd });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Tệp «du-thao.md» đã có; thêm --force để ghi đè.');
    expect(text(cwd, 'du-thao.md')).toBe('cũ\n');
    expect((await run(['import', 'du-thao.docx', '--force'], { cwd })).code).toBe(0);
    expect(text(cwd, 'du-thao.md')).toMatch(/^---\nissuer:/);
    const broken = await run(['import', 'hong.docx'], { cwd });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/không đọc được «hong\.docx» \[E_/);
    expect(existsSync(path.join(cwd, 'hong.md'))).toBe(false);
  });

  it('says on stderr what it could not recognise, and still writes', async () => {
    const plain = dirWith({});
    writeFileSync(path.join(plain, 'thu.docx'), minimalDocx(['Một đoạn văn không có thể thức.']));
    const r = await run(['import', 'thu.docx'], { cwd: plain });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('lưu ý (note)');
    expect(r.stderr).toContain('Không nhận ra');
    expect(existsSync(path.join(plain, 'thu.md'))).toBe(true);
  });

  it('has its help, Vietnamese first', async () => {
    const r = await run(['import', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('thethuc import — chuyển bản thảo .docx thành Markdown');
    for (const s of ['mammoth', '--output', '--force', 'Mã thoát / Exit codes']) expect(r.stdout).toContain(s);
    const usage = await run(['import', 'a.md']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/không phải tệp \.docx/);
  });
});

describe('mammoth HTML → Markdown', () => {
  /** The body paragraphs `readMarkdown` reads back from a converted body, with list labels. */
  const readBack = (body: string) => {
    const markdown = `---\nissuer:\n  name: CHI BỘ ẤP 3\n---\n\n${body}\n`;
    const draft = readMarkdown(markdown, resolveProfile('party')) as unknown as {
      model: { paragraphs: { id: number; text: string; listLabel: string | null; styleId: string | null }[] };
      anatomy: { body: number[] };
    };
    return draft.anatomy.body.map((id) => {
      const p = draft.model.paragraphs[id - 1]!;
      return `${p.styleId === 'Heading' ? '## ' : ''}${p.listLabel ? `${p.listLabel} ` : ''}${p.text}`;
    });
  };

  it('escapes only what Markdown would read as markup, so the text reads back as written', () => {
    const texts = [
      '1. Tập trung lãnh đạo',
      '2) Khoản viết sai dấu',
      '- Như trên,',
      '+ Lưu,',
      '* Dấu sao',
      '# Không phải đề mục',
      '> Không phải trích dẫn',
      '---',
      '=====',
      'a_b *c* [d] <e> `f` \\ g &amp; h',
      'a) Điểm a của khoản',
      'Tỷ lệ 100%; 23/23 đồng chí (đạt 100%).',
    ];
    const html = texts.map((t) => `<p>${t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`).join('');
    expect(readBack(htmlToMarkdown(html))).toEqual(texts);
  });

  it('headings, emphasis, line breaks, lists (nested too), tables and links', () => {
    const html =
      '<h2>I- ĐÁNH GIÁ</h2><p>Đạt <strong>10/12 </strong>chỉ tiêu, <em>vượt</em> kế hoạch<br />năm 2025.</p>' +
      '<ol><li>Một<ol><li>Một một</li></ol></li><li><p>Hai</p></li></ol><ul><li>Gạch</li></ul>' +
      '<table><tr><td><p>Ô 1</p></td><td><p>Ô 2</p></td></tr></table><p><a href="https://example.vn/a b">liên kết</a><a id="x"></a></p>';
    const markdown = htmlToMarkdown(html);
    expect(markdown).toContain('Đạt **10/12** chỉ tiêu, *vượt* kế hoạch\\\nnăm 2025.');
    expect(markdown).toContain('1. Một\n\n   1. Một một');
    expect(readBack(markdown)).toEqual([
      '## I- ĐÁNH GIÁ',
      'Đạt 10/12 chỉ tiêu, vượt kế hoạch năm 2025.',
      '1. Một',
      '1. Một một',
      '2. Hai',
      '- Gạch',
      'Ô 1',
      'Ô 2',
      'liên kết',
    ]);
  });
});
