/**
 * Hostile inputs end to end: each one is checked by the built package in a fresh Node process, which
 * must answer with the right typed error in under 5 s and a peak RSS under 300 MB (the whole process).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bombDocx, cfb } from './support/hostile.js';
import { partyDraft } from './support/party-draft.js';

const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'thethuc-hostile-'));

const CT = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function withDocument(xml: string): Uint8Array {
  return zipSync({ '[Content_Types].xml': strToU8(CT), 'word/document.xml': strToU8(xml) });
}

function randomBytes(n: number, seed = 7): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const laughs = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('');
const draft = partyDraft();

const CASES: [name: string, bytes: () => Uint8Array, code: string][] = [
  ['empty file', () => new Uint8Array(0), 'E_NOT_DOCX'],
  ['random bytes', () => randomBytes(1 << 20), 'E_NOT_DOCX'],
  ['truncated zip', () => draft.slice(0, draft.length >> 1), 'E_CORRUPT'],
  ['CFB header (binary .doc)', () => cfb(['WordDocument', '1Table']), 'E_LEGACY_DOC'],
  ['CFB with EncryptionInfo (password-protected)', () => cfb(['EncryptionInfo', 'EncryptedPackage']), 'E_ENCRYPTED'],
  ['zip without word/document.xml', () => zipSync({ '[Content_Types].xml': strToU8(CT), 'word/styles.xml': strToU8('<x/>') }), 'E_NOT_DOCX'],
  ['entity expansion in document.xml', () => withDocument(`<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${laughs}]><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`), 'E_CORRUPT'],
  ['document.xml inflating to 2 GiB (honest header)', () => bombDocx(2 * 1024 ** 3), 'E_TOO_LARGE'],
  ['document.xml inflating to 2 GiB (header says 10 KB)', () => bombDocx(10 * 1024), 'E_TOO_LARGE'],
];

const PROBE = `
const { check } = await import(process.argv[1]);
const { readFileSync } = await import('node:fs');
const t = performance.now();
const r = check(new Uint8Array(readFileSync(process.argv[2])));
const ms = performance.now() - t;
console.log(JSON.stringify({ code: r.error?.code ?? null, ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
`;

describe('hostile inputs through check() in a fresh process', () => {
  it('the package is built (pnpm test builds first)', () => {
    expect(existsSync(dist), `missing ${dist}: run pnpm build`).toBe(true);
  });
  for (const [name, make, code] of CASES) {
    it(`${name} → ${code}`, () => {
      const file = join(dir, name.replace(/\W+/g, '-') + '.docx');
      writeFileSync(file, make());
      const t0 = Date.now();
      const out = execFileSync(process.execPath, ['--input-type=module', '-e', PROBE, dist, file], { encoding: 'utf8', timeout: 20_000 });
      const wall = Date.now() - t0;
      const r = JSON.parse(out) as { code: string | null; ms: number; maxRssMb: number };
      expect(r.code).toBe(code);
      expect(r.ms).toBeLessThan(5000);
      expect(wall).toBeLessThan(5000 + 2000); // process start-up on a loaded CI machine
      expect(r.maxRssMb).toBeLessThan(300);
    });
  }
});
