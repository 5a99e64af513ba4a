import { describe, expect, it } from 'vitest';
import { ruleDocs, rules } from '@thethuc/core';
import type { RuleListDocument } from '../src/index.js';
import packageJson from '../package.json';
import { run } from './helpers.js';
import { assertValidRules, rulesSchema, validateRules } from './schema.js';

const coreIds = rules.map((r) => r.meta.id).sort();

describe('thethuc rules --format json', () => {
  it('lists every core rule, sorted, and validates against rules.schema.json', async () => {
    const r = await run(['rules', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout) as RuleListDocument;
    assertValidRules(doc);
    expect(doc).toMatchObject({ version: 1, tool: { name: 'thethuc', version: packageJson.version }, lang: 'vi' });
    expect(doc.rules.map((x) => x.id)).toEqual(coreIds);
  });

  it('carries the metadata of each rule: fixable as a boolean plus fix, titles in both languages', async () => {
    const doc = JSON.parse((await run(['rules', '--format', 'json'])).stdout) as RuleListDocument;
    for (const rule of rules) {
      const { meta } = rule;
      const entry = doc.rules.find((x) => x.id === meta.id)!;
      expect(entry).toEqual({
        id: meta.id,
        namespace: meta.id.slice(0, meta.id.lastIndexOf('/')),
        severity: meta.severity,
        fixable: meta.fixable !== false,
        fix: meta.fixable === false ? null : meta.fixable,
        component: meta.component,
        title: meta.title.vi,
        titles: meta.title,
        description: meta.description.vi,
        descriptions: meta.description,
        source: meta.source,
        hasDoc: Boolean(ruleDocs[meta.id]),
      });
    }
  });

  it('--lang en puts English in title and description', async () => {
    const doc = JSON.parse((await run(['rules', '-f', 'json', '--lang', 'en'])).stdout) as RuleListDocument;
    assertValidRules(doc);
    expect(doc.lang).toBe('en');
    const date = doc.rules.find((x) => x.id === 'party/date-format')!;
    expect(date.title).toBe(date.titles.en);
    expect(date.description).toBe(date.descriptions.en);
  });

  it('the schema has an $id, ties fix to fixable and allows additions', () => {
    expect(rulesSchema.$id).toMatch(/^https:\/\//);
    const entry = {
      id: 'party/x',
      namespace: 'party',
      severity: 'error',
      fixable: false,
      fix: null,
      component: 'document',
      title: 'x',
      titles: { vi: 'x', en: 'x' },
      description: 'x',
      descriptions: { vi: 'x', en: 'x' },
      source: 'HD 36 §1',
      hasDoc: true,
    };
    const doc = { version: 1, tool: { name: 'thethuc', version: '0.1.0' }, lang: 'vi', rules: [entry] };
    expect(validateRules(doc)).toBe(true);
    expect(validateRules({ ...doc, future: 1, rules: [{ ...entry, future: 1 }] })).toBe(true);
    expect(validateRules({ ...doc, rules: [{ ...entry, fix: 'safe' }] })).toBe(false);
    expect(validateRules({ ...doc, rules: [{ ...entry, fixable: true }] })).toBe(false);
    expect(validateRules({ ...doc, rules: [{ ...entry, fixable: true, fix: 'unsafe' }] })).toBe(true);
    expect(validateRules({ ...doc, version: 2 })).toBe(false);
  });
});

describe('thethuc rules (stylish)', () => {
  it('an aligned table grouped by namespace, every rule once, then a count', async () => {
    const r = await run(['rules']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    // One group per namespace, in order, each headed by its name and count, then the column headers.
    const namespaces = [...new Set(coreIds.map((id) => id.slice(0, id.lastIndexOf('/'))))];
    const groupHeads = lines.filter((l) => /^\S.* \(\d+\)$/.test(l));
    expect(groupHeads).toEqual(namespaces.map((ns) => `${ns} (${coreIds.filter((id) => id.startsWith(`${ns}/`)).length})`));
    for (const head of groupHeads) {
      expect(lines[lines.indexOf(head) + 1]).toMatch(/^ {2}quy tắc +mức +tự sửa +thành phần +căn cứ +tên$/);
    }
    const rows = lines.filter((l) => /^ {2}[a-z-]+\//.test(l));
    expect(rows.map((l) => l.trim().split(/\s+/)[0])).toEqual(coreIds);
    // Aligned: each column starts at the same place on every row, across groups.
    const severityAt = rows.map((l) => l.search(/ (error|warning|info) /));
    expect(new Set(severityAt).size).toBe(1);
    const date = rows.find((l) => l.includes('party/date-format'))!;
    expect(date).toMatch(/error +an toàn +placeDate +HD 36 §1\.4\.2 +Cách ghi địa danh, ngày tháng năm$/);
    expect(rows.find((l) => l.includes('party/date-missing'))).toMatch(/error +— +placeDate/);
    const fixable = rules.filter((x) => x.meta.fixable !== false).length;
    expect(r.stdout).toContain(`${coreIds.length} quy tắc (rules), ${fixable} tự sửa được`);
    expect(r.stdout).toContain('thethuc explain');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('in English with --lang en; colours only when asked', async () => {
    const r = await run(['rules', '--lang', 'en']);
    expect(r.stdout.split('\n')).toContainEqual(expect.stringMatching(/^ {2}rule +severity +fix +component +source +title$/));
    expect(r.stdout).toContain('Place and date form');
    expect((await run(['rules', '--color'])).stdout).toContain('\u001b[');
  });

  it('usage errors exit 2', async () => {
    for (const argv of [['rules', '--format', 'sarif'], ['rules', 'party/date-format'], ['rules', '--profile', 'hd36']]) {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('thethuc rules --help');
    }
  });
});

describe('thethuc explain', () => {
  it('prints the metadata, both descriptions and the hand-written doc of a known rule', async () => {
    const r = await run(['explain', 'party/date-format']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const meta = rules.find((x) => x.meta.id === 'party/date-format')!.meta;
    const out = r.stdout;
    expect(out.startsWith(`party/date-format\n${meta.title.vi}\n${meta.title.en}\n`)).toBe(true);
    expect(out).toMatch(/Mức \/ severity: +error/);
    expect(out).toMatch(/Tự sửa \/ fixable: +có, an toàn/);
    expect(out).toMatch(/Thành phần \/ component: +placeDate/);
    expect(out).toContain(`Căn cứ / source:        ${meta.source}`);
    const vi = out.indexOf(`Mô tả: ${meta.description.vi}`);
    const en = out.indexOf(`Description: ${meta.description.en}`);
    expect(vi).toBeGreaterThan(0);
    expect(en).toBeGreaterThan(vi);
    // The page itself, Vietnamese section before the English one, without repeating its title block.
    const doc = ruleDocs['party/date-format']!;
    const body = doc.slice(doc.indexOf('## Tiếng Việt'));
    expect(out).toContain(body.trimEnd());
    expect(out.indexOf('## Tiếng Việt')).toBeGreaterThan(en);
    expect(out).not.toContain('# party/date-format —');
  });

  it('a rule that cannot be fixed says so', async () => {
    const r = await run(['explain', 'party/date-missing']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Tự sửa \/ fixable: +không \(no\)/);
  });

  it('every core rule can be explained', async () => {
    const r = await run(['explain', ...coreIds]);
    expect(r.code).toBe(0);
    for (const id of coreIds) expect(r.stdout).toContain(`${id}\n`);
  });

  it('an unknown id exits 2 with a "did you mean"', async () => {
    for (const [id, suggestion] of [
      ['date-format', 'party/date-format'],
      ['party/date-formt', 'party/date-format'],
      ['party/page-margin', 'party/page-margins'],
    ] as const) {
      const r = await run(['explain', id]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`Không có quy tắc «${id}» (unknown rule).`);
      expect(r.stderr).toContain(`Có phải ý bạn là ${suggestion}`);
      expect(r.stderr).toContain('thethuc rules');
    }
    const far = await run(['explain', 'zzzz']);
    expect(far.code).toBe(2);
    expect(far.stderr).not.toContain('Có phải ý bạn là');
  });

  it('prints the known ones and still exits 2 when one id is unknown', async () => {
    const r = await run(['explain', 'party/date-format', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('party/date-format\n');
    expect(r.stderr).toContain('«nope»');
  });

  it('needs an id', async () => {
    const r = await run(['explain']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Thiếu mã quy tắc');
  });
});

describe('help texts: Vietnamese first, with English', () => {
  const cases: [string[], string[]][] = [
    [['--help'], ['thethuc fix', 'thethuc rules', 'thethuc explain', 'Lệnh / Commands']],
    [['rules', '--help'], ['--format', 'rules.schema.json', '--lang']],
    [['help', 'rules'], ['--format', 'rules.schema.json']],
    [['fix', '--help'], ['--in-place', '--backup', '--out-dir', '--dry-run', '--only', '--unsafe', '--force', 'Mã thoát / Exit codes']],
    [['fix', '-o', 'x.docx', '-h'], ['--in-place']],
    [['help', 'fix'], ['--in-place']],
    [['explain', '--help'], ['thethuc explain <mã-quy-tắc>', 'Mã thoát / Exit codes']],
    [['help', 'explain'], ['thethuc explain']],
  ];
  it.each(cases)('%j', async (argv, expected) => {
    const r = await run(argv);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Cách dùng / Usage');
    for (const e of expected) expect(r.stdout).toContain(e);
    // Vietnamese first: the first line is in Vietnamese with the English in parentheses.
    expect(r.stdout.split('\n')[0]).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵệềếểễôộồốổỗơợờớởỡưựừứửữịỉìíĩọỏòóõụủùúũỵỷỳýỹđ]/);
  });
});
