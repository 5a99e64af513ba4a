import { describe, it, expect } from 'vitest';
import { Deflate, inflateSync, strToU8, zipSync } from 'fflate';
import { ReadFailure, type ReadErrorCode } from '../errors.js';
import { openDocxPackage } from './package.js';
import { crc32, DEFAULT_ZIP_LIMITS, openZip, sniff } from './zip.js';
import { bombDocx, concat, writeZip, zeroBomb, type RawEntry } from '../../test/support/hostile.js';

// Tests may use Node APIs; src must not. Typed locally because core compiles without @types/node.
const proc = (globalThis as unknown as {
  process: { memoryUsage(): { rss: number }; resourceUsage(): { maxRSS: number } };
}).process;

function codeOf(fn: () => unknown): ReadErrorCode | 'no error' | 'raw exception' {
  try {
    fn();
    return 'no error';
  } catch (err) {
    return err instanceof ReadFailure ? err.code : 'raw exception';
  }
}

function errorOf(fn: () => unknown): ReadFailure {
  try {
    fn();
  } catch (err) {
    if (err instanceof ReadFailure) return err;
    throw err;
  }
  throw new Error('expected a ReadFailure');
}

/** Offset of the first central directory header (fflate writes one entry's header per file). */
function centralHeader(zip: Uint8Array, index = 0): number {
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let found = -1;
  for (let i = 0; i + 4 <= zip.length; i++) {
    if (v.getUint32(i, true) === 0x02014b50 && ++found === index) return i;
  }
  throw new Error('no central header');
}

const DOC_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Đảng Cộng sản Việt Nam</w:t></w:r></w:p></w:body></w:document>';

describe('sniff', () => {
  it('classifies by signature', () => {
    expect(sniff(new Uint8Array(0))).toBe('empty');
    expect(sniff(zipSync({ a: strToU8('x') }))).toBe('zip');
    expect(sniff(Uint8Array.of(0x50, 0x4b, 0x05, 0x06, 0, 0))).toBe('zip');
    expect(sniff(Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0))).toBe('cfb');
    expect(sniff(strToU8('%PDF-1.7'))).toBe('unknown');
    expect(sniff(Uint8Array.of(0x50, 0x4b))).toBe('unknown');
  });
});

describe('openZip: normal archives', () => {
  it('round-trips a deflated entry', () => {
    const zip = openZip(zipSync({ 'word/document.xml': strToU8(DOC_XML) }, { level: 9 }));
    expect(zip.names).toEqual(['word/document.xml']);
    expect(zip.readText('word/document.xml')).toBe(DOC_XML);
    // cached: the same bytes come back
    expect(zip.read('word/document.xml')).toBe(zip.read('word/document.xml'));
  });

  it('reads stored (method 0) entries', () => {
    const bytes = zipSync({ 'a.xml': [strToU8('<a>stored</a>'), { level: 0 }], 'b.xml': strToU8('<b/>') });
    const v = new DataView(bytes.buffer);
    expect(v.getUint16(centralHeader(bytes, 0) + 10, true)).toBe(0);
    const zip = openZip(bytes);
    expect(zip.readText('a.xml')).toBe('<a>stored</a>');
    expect(zip.readText('b.xml')).toBe('<b/>');
  });

  it('looks names up case-insensitively and without a leading slash', () => {
    const zip = openZip(zipSync({ 'Word/Document.XML': strToU8('<x/>'), 'word/styles.xml': strToU8('<s/>') }));
    expect(zip.names).toEqual(['Word/Document.XML', 'word/styles.xml']);
    expect(zip.has('word/document.xml')).toBe(true);
    expect(zip.has('/word/document.xml')).toBe(true);
    expect(zip.readText('word/document.xml')).toBe('<x/>');
    expect(zip.has('word/numbering.xml')).toBe(false);
    expect(codeOf(() => zip.read('word/numbering.xml'))).toBe('E_CORRUPT');
  });

  it('skips directory entries and strips a leading slash from stored names', () => {
    const bytes = writeZip([
      { name: 'word/', data: new Uint8Array(0), method: 0, crc: 0, size: 0 },
      { name: '/word/a.xml', data: strToU8('<a/>'), method: 0, crc: crc32(strToU8('<a/>')), size: 4 },
    ]);
    const zip = openZip(bytes);
    expect(zip.names).toEqual(['word/a.xml']);
    expect(zip.readText('word/a.xml')).toBe('<a/>');
  });

  it('decodes UTF-8 with BOM and UTF-16 with BOM', () => {
    const text = '<t>Hà Nội, ngày 3 tháng 2 năm 2025</t>';
    const utf8 = concat([Uint8Array.of(0xef, 0xbb, 0xbf), strToU8(text)]);
    const le = new Uint8Array(2 + text.length * 2);
    const be = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      le[2 + i * 2] = c & 0xff;
      le[3 + i * 2] = c >> 8;
      be[2 + i * 2] = c >> 8;
      be[3 + i * 2] = c & 0xff;
    }
    const zip = openZip(zipSync({ u8: utf8, le, be }));
    expect(zip.readText('u8')).toBe(text);
    expect(zip.readText('le')).toBe(text);
    expect(zip.readText('be')).toBe(text);
  });

  it('reads ZIP64 records', () => {
    const body = strToU8(DOC_XML);
    const zip = openZip(writeZip([{ name: 'word/document.xml', data: body, method: 0, crc: crc32(body), size: body.length }], { zip64: true }));
    expect(zip.readText('word/document.xml')).toBe(DOC_XML);
  });

  it('exposes the default limits', () => {
    expect(DEFAULT_ZIP_LIMITS).toEqual({ maxEntries: 2000, maxTotalBytes: 256 * 1024 * 1024, maxEntryBytes: 128 * 1024 * 1024, maxRatio: 200 });
  });
});

describe('openZip: hostile input', () => {
  it('random bytes → E_CORRUPT', () => {
    const junk = new Uint8Array(4096);
    let seed = 42;
    for (let i = 0; i < junk.length; i++) junk[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    expect(codeOf(() => openZip(junk))).toBe('E_CORRUPT');
    expect(codeOf(() => openZip(new Uint8Array(0)))).toBe('E_CORRUPT');
  });

  it('a zip cut in half → E_CORRUPT', () => {
    const bytes = zipSync({ 'word/document.xml': strToU8(DOC_XML.repeat(50)), 'word/styles.xml': strToU8('<w:styles/>') });
    expect(codeOf(() => openZip(bytes.subarray(0, bytes.length >> 1)))).toBe('E_CORRUPT');
  });

  it('flipped bytes never escape as raw exceptions', () => {
    const bytes = zipSync({ 'word/document.xml': strToU8(DOC_XML.repeat(20)), '[Content_Types].xml': strToU8('<Types/>') });
    let seed = 7;
    const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) >>> 0) % n;
    for (let round = 0; round < 500; round++) {
      const copy = bytes.slice();
      for (let k = 0; k < 1 + rnd(4); k++) copy[rnd(copy.length)] = rnd(256);
      const code = codeOf(() => {
        const zip = openZip(copy);
        for (const n of zip.names) zip.readText(n);
      });
      expect(code).not.toBe('raw exception');
    }
  });

  it('too many entries → E_TOO_LARGE before reading anything', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 30; i++) files[`f${i}.xml`] = strToU8('<a/>');
    expect(codeOf(() => openZip(zipSync(files), { maxEntries: 20 }))).toBe('E_TOO_LARGE');
  });

  it('declared total over the limit → E_TOO_LARGE', () => {
    const bytes = zipSync({ a: new Uint8Array(3000), b: new Uint8Array(3000) });
    expect(codeOf(() => openZip(bytes, { maxTotalBytes: 5000 }))).toBe('E_TOO_LARGE');
    expect(codeOf(() => openZip(bytes, { maxEntryBytes: 2000 }))).toBe('E_TOO_LARGE');
  });

  it('a suspicious ratio on a large entry → E_TOO_LARGE; small entries are exempt', () => {
    const bytes = zipSync({ big: new Uint8Array(4 * 1024 * 1024), small: new Uint8Array(512 * 1024) }, { level: 9 });
    const zip = openZip(bytes);
    expect(zip.read('small').length).toBe(512 * 1024);
    expect(codeOf(() => zip.read('big'))).toBe('E_TOO_LARGE');
  });

  it('an entry declaring fewer bytes than it inflates to → E_TOO_LARGE', () => {
    const bytes = zipSync({ 'word/document.xml': strToU8(DOC_XML.repeat(100)) });
    new DataView(bytes.buffer).setUint32(centralHeader(bytes) + 24, 100, true);
    expect(codeOf(() => openZip(bytes).read('word/document.xml'))).toBe('E_TOO_LARGE');
  });

  it('an entry declaring more bytes than it inflates to → E_CORRUPT', () => {
    const bytes = zipSync({ 'word/document.xml': strToU8(DOC_XML) });
    new DataView(bytes.buffer).setUint32(centralHeader(bytes) + 24, DOC_XML.length + 500, true);
    expect(codeOf(() => openZip(bytes).read('word/document.xml'))).toBe('E_CORRUPT');
  });

  it('compressed size past the end of the file → E_CORRUPT', () => {
    const bytes = zipSync({ 'word/document.xml': strToU8(DOC_XML) });
    new DataView(bytes.buffer).setUint32(centralHeader(bytes) + 20, 0x7fffffff, true);
    expect(codeOf(() => openZip(bytes).read('word/document.xml'))).toBe('E_CORRUPT');
  });

  it('a bad local header offset → E_CORRUPT', () => {
    const bytes = zipSync({ 'word/document.xml': strToU8(DOC_XML) });
    new DataView(bytes.buffer).setUint32(centralHeader(bytes) + 42, 7, true);
    expect(codeOf(() => openZip(bytes).read('word/document.xml'))).toBe('E_CORRUPT');
  });

  it('a CRC mismatch → E_CORRUPT', () => {
    const bytes = zipSync({ 'word/document.xml': strToU8(DOC_XML) });
    const v = new DataView(bytes.buffer);
    const at = centralHeader(bytes) + 16;
    v.setUint32(at, v.getUint32(at, true) ^ 1, true);
    expect(codeOf(() => openZip(bytes).read('word/document.xml'))).toBe('E_CORRUPT');
  });

  it('an unsupported method → E_CORRUPT; the encryption flag → E_ENCRYPTED', () => {
    const a = zipSync({ 'word/document.xml': strToU8(DOC_XML) });
    new DataView(a.buffer).setUint16(centralHeader(a) + 10, 14, true); // LZMA
    expect(codeOf(() => openZip(a).read('word/document.xml'))).toBe('E_CORRUPT');

    const b = zipSync({ 'word/document.xml': strToU8(DOC_XML) });
    new DataView(b.buffer).setUint16(centralHeader(b) + 8, 1, true);
    expect(codeOf(() => openZip(b))).toBe('E_ENCRYPTED');
  });

  it('duplicate entry names → E_CORRUPT', () => {
    const x = strToU8('<a/>');
    const e = { name: 'word/document.xml', data: x, method: 0, crc: crc32(x), size: x.length };
    expect(codeOf(() => openZip(writeZip([e, e])))).toBe('E_CORRUPT');
  });

  it('a ZIP64 marker without a ZIP64 record → E_CORRUPT', () => {
    const bytes = zipSync({ a: strToU8('<a/>') });
    new DataView(bytes.buffer).setUint16(bytes.length - 22 + 10, 0xffff, true);
    expect(codeOf(() => openZip(bytes))).toBe('E_CORRUPT');
  });

  it('messages are Vietnamese first, then English', () => {
    const err = errorOf(() => openZip(strToU8('PK\x03\x04 not really')));
    expect(err.code).toBe('E_CORRUPT');
    expect(err.message).toMatch(/^Tệp bị hỏng.* \/ The file is corrupt/);
  });
});

describe('zip bomb: word/document.xml inflating to 2 GiB', () => {
  const GiB2 = 2 * 1024 * 1024 * 1024;

  it('the generator produces a valid stream (checked at a small size)', () => {
    const out = inflateSync(zeroBomb(3));
    expect(out.length).toBe(3 * 1024 * 1024);
    expect(out.every((b) => b === 0)).toBe(true);
  });

  it('honest 2 GiB declared size → E_TOO_LARGE before inflating', () => {
    const bytes = bombDocx(GiB2);
    expect(bytes.length).toBeLessThan(4 * 1024 * 1024);
    const rss0 = proc.memoryUsage().rss;
    const t0 = performance.now();
    expect(codeOf(() => openZip(bytes))).toBe('E_TOO_LARGE');
    expect(codeOf(() => openDocxPackage(bytes))).toBe('E_TOO_LARGE');
    // even with limits raised, the per-entry/total ceilings still stop it before any inflating
    expect(codeOf(() => openZip(bytes, { maxEntryBytes: GiB2 * 2, maxTotalBytes: GiB2 * 2 }).read('word/document.xml'))).toBe('E_TOO_LARGE');
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(proc.memoryUsage().rss - rss0).toBeLessThan(300 * 1024 * 1024);
  });

  it('lying 10 KB declared size → E_TOO_LARGE while inflating, stopped early', () => {
    const bytes = bombDocx(10 * 1024);
    const maxRss0 = proc.resourceUsage().maxRSS * 1024;
    const rss0 = proc.memoryUsage().rss;
    const t0 = performance.now();
    const pkg = openDocxPackage(bytes);
    expect(pkg.mainPart).toBe('word/document.xml');
    const err = errorOf(() => pkg.xml(pkg.mainPart));
    expect(err.code).toBe('E_TOO_LARGE');
    expect(err.message).toContain('word/document.xml');
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(proc.memoryUsage().rss - rss0).toBeLessThan(300 * 1024 * 1024);
    expect(proc.resourceUsage().maxRSS * 1024 - maxRss0).toBeLessThan(300 * 1024 * 1024);
  });
});
