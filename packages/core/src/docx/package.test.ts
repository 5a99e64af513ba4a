import { describe, it, expect } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { ReadFailure } from '../errors.js';
import { cfbEntryNames, openDocxPackage, relsPartOf, resolveTarget } from './package.js';
import { descendants, textOf } from './xml.js';
import { cfb } from '../../test/support/hostile.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const MAIN_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

function failureOf(fn: () => unknown): ReadFailure {
  try {
    fn();
  } catch (err) {
    if (err instanceof ReadFailure) return err;
    throw err;
  }
  throw new Error('expected a ReadFailure');
}

/** Run a hostile case: it must fail with a ReadFailure of this code, quickly. */
function expectCode(fn: () => unknown, code: string): ReadFailure {
  const t0 = performance.now();
  const err = failureOf(fn);
  expect(performance.now() - t0).toBeLessThan(5000);
  expect(err.code).toBe(code);
  expect(err.message).toContain(' / ');
  return err;
}

function rels(items: Array<[id: string, type: string, target: string, external?: boolean]>): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}">` +
    items
      .map(([id, type, target, ext]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"${ext ? ' TargetMode="External"' : ''}/>`)
      .join('') +
    '</Relationships>'
  );
}

function contentTypes(overrides: Record<string, string> = { '/word/document.xml': MAIN_CT }): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    Object.entries(overrides)
      .map(([name, ct]) => `<Override PartName="${name}" ContentType="${ct}"/>`)
      .join('') +
    '</Types>'
  );
}

const BODY = `<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>ĐẢNG CỘNG SẢN VIỆT NAM</w:t></w:r></w:p></w:body></w:document>`;

function docx(files: Record<string, string>): Uint8Array {
  const out: Record<string, Uint8Array> = {};
  for (const [k, v] of Object.entries(files)) out[k] = strToU8(v);
  return zipSync(out);
}

function minimalDocx(extra: Record<string, string> = {}): Uint8Array {
  return docx({
    '[Content_Types].xml': contentTypes(),
    '_rels/.rels': rels([
      ['rId1', `${REL}/officeDocument`, 'word/document.xml'],
      ['rId2', `${REL}/extended-properties`, 'docProps/app.xml'],
    ]),
    'word/document.xml': BODY,
    'word/_rels/document.xml.rels': rels([
      ['rId1', `${REL}/styles`, 'styles.xml'],
      ['rId2', `${REL}/hyperlink`, 'https://dangcongsan.vn/', true],
      ['rId3', `${REL}/image`, '../word/media/Image1.PNG'],
      ['rId4', `${REL}/header`, '/word/header1.xml'],
    ]),
    'word/styles.xml': `<w:styles xmlns:w="${W}"/>`,
    'word/header1.xml': `<w:hdr xmlns:w="${W}"><w:p><w:r><w:t>header</w:t></w:r></w:p></w:hdr>`,
    'word/media/image1.png': 'png',
    'docProps/app.xml': '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Pages>2</Pages></Properties>',
    ...extra,
  });
}

describe('openDocxPackage: classification', () => {
  it('empty file → E_NOT_DOCX', () => {
    expect(expectCode(() => openDocxPackage(new Uint8Array(0)), 'E_NOT_DOCX').message).toMatch(/^Tệp rỗng/);
  });

  it('random bytes → E_NOT_DOCX; random bytes behind a zip signature → E_CORRUPT', () => {
    const junk = new Uint8Array(10_000);
    let seed = 1;
    for (let i = 0; i < junk.length; i++) junk[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    junk[0] = 0x13;
    expectCode(() => openDocxPackage(junk), 'E_NOT_DOCX');
    junk.set([0x50, 0x4b, 0x03, 0x04]);
    expectCode(() => openDocxPackage(junk), 'E_CORRUPT');
    expectCode(() => openDocxPackage(strToU8('Hà Nội, ngày 1 tháng 1 năm 2025')), 'E_NOT_DOCX');
  });

  it('a docx cut in half → E_CORRUPT', () => {
    const bytes = minimalDocx();
    expectCode(() => openDocxPackage(bytes.subarray(0, bytes.length >> 1)), 'E_CORRUPT');
  });

  it('password-protected OOXML (CFB with EncryptionInfo) → E_ENCRYPTED', () => {
    const bytes = cfb(['\u0006DataSpaces', 'EncryptionInfo', 'EncryptedPackage']);
    expect(cfbEntryNames(bytes)).toEqual(['Root Entry', '\u0006DataSpaces', 'EncryptionInfo', 'EncryptedPackage']);
    expectCode(() => openDocxPackage(bytes), 'E_ENCRYPTED');
    expectCode(() => openDocxPackage(cfb(['EncryptionInfo'])), 'E_ENCRYPTED');
  });

  it('binary Word (CFB without encryption streams) → E_LEGACY_DOC', () => {
    const bytes = cfb(['WordDocument', '1Table', '\u0005SummaryInformation', '\u0005DocumentSummaryInformation', 'Data']);
    expect(cfbEntryNames(bytes)).toContain('WordDocument');
    const err = expectCode(() => openDocxPackage(bytes), 'E_LEGACY_DOC');
    expect(err.message).toBe(
      'Tệp .doc (Word 97–2003) không được hỗ trợ: hãy mở bằng Word và lưu thành .docx. / .doc files (Word 97–2003) are not supported: open the file in Word and save it as .docx.',
    );
  });

  it('a CFB signature followed by garbage → E_LEGACY_DOC', () => {
    const bytes = new Uint8Array(700).fill(0xab);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(cfbEntryNames(bytes)).toBeNull();
    expectCode(() => openDocxPackage(bytes), 'E_LEGACY_DOC');
    expectCode(() => openDocxPackage(bytes.subarray(0, 8)), 'E_LEGACY_DOC');
  });

  it('a CFB whose directory chain loops stays bounded → E_LEGACY_DOC', () => {
    const bytes = cfb(['WordDocument']);
    new DataView(bytes.buffer).setUint32(512 + 4, 1, true); // directory sector points at itself
    expect(cfbEntryNames(bytes)).toBeNull();
    expectCode(() => openDocxPackage(bytes), 'E_LEGACY_DOC');
  });

  it('a zip without word/document.xml → E_NOT_DOCX', () => {
    const err = expectCode(() => openDocxPackage(docx({ 'readme.txt': 'hello', 'data/file.xml': '<a/>' })), 'E_NOT_DOCX');
    expect(err.message).toMatch(/^Tệp nén này không phải văn bản Word/);
  });

  it('an empty zip → E_NOT_DOCX', () => {
    expectCode(() => openDocxPackage(zipSync({})), 'E_NOT_DOCX');
  });

  it('an .xlsx (officeDocument pointing at a workbook) → E_NOT_DOCX', () => {
    const xlsx = docx({
      '[Content_Types].xml': contentTypes({ '/xl/workbook.xml': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml' }),
      '_rels/.rels': rels([['rId1', `${REL}/officeDocument`, 'xl/workbook.xml']]),
      'xl/workbook.xml': '<workbook/>',
    });
    expectCode(() => openDocxPackage(xlsx), 'E_NOT_DOCX');
  });

  it('billion laughs in document.xml → E_CORRUPT', () => {
    const entities = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('');
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${entities}]><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`;
    const pkg = openDocxPackage(minimalDocx({ 'word/document.xml': bomb }));
    const err = expectCode(() => pkg.xml(pkg.mainPart), 'E_CORRUPT');
    expect(err.message).toContain('word/document.xml');
    expect(err.message).toContain('DTD');
  });

  it('flipped bytes anywhere never escape as raw exceptions', () => {
    const bytes = minimalDocx();
    let seed = 99;
    const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) >>> 0) % n;
    for (let round = 0; round < 300; round++) {
      const copy = bytes.slice();
      for (let k = 0; k < 1 + rnd(3); k++) copy[rnd(copy.length)] = rnd(256);
      try {
        const pkg = openDocxPackage(copy);
        for (const name of pkg.zip.names) {
          if (name.endsWith('.xml') || name.endsWith('.rels')) pkg.xml(name);
          pkg.rels(name);
        }
      } catch (err) {
        expect(err).toBeInstanceOf(ReadFailure);
      }
    }
  });

  it('malformed XML in a part → E_CORRUPT naming the part', () => {
    const pkg = openDocxPackage(minimalDocx({ 'word/styles.xml': '<w:styles><w:style>' }));
    expect(expectCode(() => pkg.xml('word/styles.xml'), 'E_CORRUPT').message).toContain('word/styles.xml');
  });
});

describe('openDocxPackage: structure', () => {
  it('finds the main part and resolves relationships', () => {
    const pkg = openDocxPackage(minimalDocx());
    expect(pkg.mainPart).toBe('word/document.xml');
    const main = pkg.xml(pkg.mainPart);
    expect(main?.name).toBe('w:document');
    expect(pkg.xml(pkg.mainPart)).toBe(main); // cached
    expect(textOf(descendants(main!, 'w:t')[0]!)).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');

    const r = pkg.rels(pkg.mainPart);
    expect(r.get('rId1')).toEqual({ target: 'word/styles.xml', type: `${REL}/styles`, kind: 'styles', external: false });
    expect(r.get('rId2')).toEqual({ target: 'https://dangcongsan.vn/', type: `${REL}/hyperlink`, kind: 'hyperlink', external: true });
    expect(r.get('rId3')?.target).toBe('word/media/image1.png'); // "../", and the case as stored
    expect(r.get('rId4')?.target).toBe('word/header1.xml'); // absolute target
    expect(pkg.related(pkg.mainPart, 'header')).toBe('word/header1.xml');
    expect(pkg.related(pkg.mainPart, 'numbering')).toBeNull();
    expect(pkg.rels('').get('rId2')?.target).toBe('docProps/app.xml');
    expect(pkg.rels('/').get('rId1')?.target).toBe('word/document.xml');
    expect(pkg.rels('word/styles.xml').size).toBe(0);

    expect(pkg.has('word/styles.xml')).toBe(true);
    expect(pkg.has('/WORD/STYLES.XML')).toBe(true);
    expect(pkg.xml('word/numbering.xml')).toBeNull();
    expect(pkg.xml('docProps/app.xml')?.name).toBe('ep:Properties');

    expect(pkg.contentTypes.of('word/document.xml')).toBe(MAIN_CT);
    expect(pkg.contentTypes.of('/word/styles.xml')).toBe('application/xml');
    expect(pkg.contentTypes.of('word/_rels/document.xml.rels')).toBe('application/vnd.openxmlformats-package.relationships+xml');
    expect(pkg.contentTypes.of('word/media/image1.png')).toBeUndefined();
  });

  it('follows the officeDocument relationship to a non-standard main part, Strict included', () => {
    const pkg = openDocxPackage(
      docx({
        '[Content_Types].xml': contentTypes({ '/word/document2.xml': MAIN_CT }),
        '_rels/.rels': rels([['R1', 'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument', '/word/document2.xml']]),
        'word/document2.xml': `<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body/></w:document>`,
      }),
    );
    expect(pkg.mainPart).toBe('word/document2.xml');
    expect(pkg.xml(pkg.mainPart)?.name).toBe('w:document');
    expect(pkg.rels('').get('R1')?.kind).toBe('officeDocument');
  });

  it('falls back to word/document.xml without _rels/.rels or [Content_Types].xml', () => {
    const pkg = openDocxPackage(docx({ 'word/document.xml': BODY }));
    expect(pkg.mainPart).toBe('word/document.xml');
    expect(pkg.contentTypes.defaults.size).toBe(0);
    expect(pkg.rels('').size).toBe(0);
  });

  it('tolerates a missing Override for the main part', () => {
    const pkg = openDocxPackage(minimalDocx({ '[Content_Types].xml': contentTypes({}) }));
    expect(pkg.mainPart).toBe('word/document.xml');
    expect(pkg.contentTypes.of(pkg.mainPart)).toBe('application/xml');
  });

  it('passes limits through to the zip layer', () => {
    expectCode(() => openDocxPackage(minimalDocx(), { maxEntries: 3 }), 'E_TOO_LARGE');
  });

  it('percent-encoded targets find their parts', () => {
    const pkg = openDocxPackage(
      minimalDocx({
        'word/_rels/document.xml.rels': rels([['rId9', `${REL}/image`, 'media/t%C3%AAn%20%E1%BA%A3nh.png']]),
        'word/media/tên ảnh.png': 'png',
      }),
    );
    expect(pkg.rels('word/document.xml').get('rId9')?.target).toBe('word/media/tên ảnh.png');
  });
});

describe('part name helpers', () => {
  it('relsPartOf', () => {
    expect(relsPartOf('word/document.xml')).toBe('word/_rels/document.xml.rels');
    expect(relsPartOf('')).toBe('_rels/.rels');
  });

  it('resolveTarget', () => {
    expect(resolveTarget('word/document.xml', 'styles.xml')).toBe('word/styles.xml');
    expect(resolveTarget('word/document.xml', './media/a.png')).toBe('word/media/a.png');
    expect(resolveTarget('word/document.xml', '../customXml/item1.xml')).toBe('customXml/item1.xml');
    expect(resolveTarget('word/document.xml', '/word/theme/theme1.xml')).toBe('word/theme/theme1.xml');
    expect(resolveTarget('word/document.xml', '../../../../etc/passwd')).toBe('etc/passwd');
    expect(resolveTarget('', 'word/document.xml')).toBe('word/document.xml');
    expect(resolveTarget('word/document.xml', 'media\\a.png#frag')).toBe('word/media/a.png');
  });
});
