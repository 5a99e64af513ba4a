// The OPC package behind a .docx: classify the bytes, find the main document part, resolve
// relationships, parse parts on demand. Throws ReadFailure only.
import { fail, ReadFailure } from '../errors.js';
import { parseXml, type XmlElement } from './xml.js';
import { openZip, sniff, type ZipArchive, type ZipLimits } from './zip.js';

export interface Relationship {
  /** Resolved part name (no leading "/") for internal targets; the raw target when external. */
  target: string;
  type: string;
  /** Last segment of the type URI ("styles", "officeDocument"), equal for Transitional and Strict. */
  kind: string;
  external: boolean;
}

export interface ContentTypes {
  /** Extension (lower case, no dot) → content type. */
  defaults: Map<string, string>;
  /** Part name (lower case, no leading "/") → content type. */
  overrides: Map<string, string>;
  of(part: string): string | undefined;
}

export interface DocxPackage {
  zip: ZipArchive;
  /** Part name of the main document, e.g. "word/document.xml". */
  mainPart: string;
  /** Relationships of a part by Id; `''` is the package itself (`_rels/.rels`). Empty when none. */
  rels(part: string): Map<string, Relationship>;
  /** First internal target of a relationship kind from a part, e.g. `related(mainPart, 'styles')`. */
  related(part: string, kind: string): string | null;
  /** Parsed part (cached), or null when the part does not exist. */
  xml(part: string): XmlElement | null;
  has(part: string): boolean;
  contentTypes: ContentTypes;
}

const REL_OFFICE_DOCUMENT = new Set([
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument',
]);

const WORD_MAIN_TYPE = /wordprocessingml\.(document|template)\.main\+xml|ms-word\.(document|template)\.macroEnabled(Template)?\.main\+xml/i;

const GENERIC_XML_TYPE = /^(application|text)\/xml$/i;

const MSG_LEGACY =
  'Tệp .doc (Word 97–2003) không được hỗ trợ: hãy mở bằng Word và lưu thành .docx. / ' +
  '.doc files (Word 97–2003) are not supported: open the file in Word and save it as .docx.';
const MSG_ENCRYPTED =
  'Tệp được bảo vệ bằng mật khẩu (mã hoá), không đọc được: hãy gỡ mật khẩu trong Word rồi kiểm tra lại. / ' +
  'The file is password-protected (encrypted) and cannot be read: remove the password in Word and check again.';

function notWordZip(vi: string, en: string): never {
  fail('E_NOT_DOCX', `Tệp nén này không phải văn bản Word (${vi}). / This zip archive is not a Word document (${en}).`);
}

export function openDocxPackage(bytes: Uint8Array, limits?: Partial<ZipLimits>): DocxPackage {
  try {
    return open(bytes, limits);
  } catch (err) {
    if (err instanceof ReadFailure) throw err;
    const detail = err instanceof Error ? err.message : String(err);
    throw new ReadFailure('E_CORRUPT', `Tệp bị hỏng, không đọc được (${detail}). / The file is corrupt and cannot be read (${detail}).`);
  }
}

function open(bytes: Uint8Array, limits?: Partial<ZipLimits>): DocxPackage {
  switch (sniff(bytes)) {
    case 'empty':
      fail('E_NOT_DOCX', 'Tệp rỗng (0 byte), không phải văn bản Word. / The file is empty (0 bytes), not a Word document.');
    case 'cfb': {
      const streams = cfbEntryNames(bytes);
      // Password-protected OOXML is wrapped in a CFB (MS-OFFCRYPTO); anything else is a binary .doc.
      if (streams && streams.some((s) => s === 'EncryptionInfo' || s === 'EncryptedPackage')) fail('E_ENCRYPTED', MSG_ENCRYPTED);
      fail('E_LEGACY_DOC', MSG_LEGACY);
    }
    case 'unknown':
      fail('E_NOT_DOCX', 'Tệp không phải văn bản Word (.docx). / The file is not a Word document (.docx).');
    case 'zip':
      break;
  }

  const zip = openZip(bytes, limits);
  const xmlCache = new Map<string, XmlElement>();
  const relsCache = new Map<string, Map<string, Relationship>>();

  const norm = (part: string): string => part.replace(/\\/g, '/').replace(/^\/+/, '');
  const has = (part: string): boolean => zip.has(norm(part));
  const xml = (part: string): XmlElement | null => {
    const name = norm(part);
    const hit = xmlCache.get(name);
    if (hit) return hit;
    if (!zip.has(name)) return null;
    const el = parseXml(zip.readText(name), name);
    xmlCache.set(name, el);
    return el;
  };

  const rels = (part: string): Map<string, Relationship> => {
    const source = norm(part);
    const cached = relsCache.get(source);
    if (cached) return cached;
    const out = new Map<string, Relationship>();
    relsCache.set(source, out);
    const root = xml(relsPartOf(source));
    if (!root) return out;
    for (const n of root.children) {
      if (typeof n === 'string' || n.local !== 'Relationship') continue;
      const id = n.attrs['Id'];
      const type = n.attrs['Type'] ?? '';
      const raw = n.attrs['Target'];
      if (id === undefined || raw === undefined || out.has(id)) continue;
      const external = (n.attrs['TargetMode'] ?? '').toLowerCase() === 'external';
      const target = external ? raw : locate(zip, resolveTarget(source, raw));
      out.set(id, { target, type, kind: type.slice(type.lastIndexOf('/') + 1), external });
    }
    return out;
  };

  const related = (part: string, kind: string): string | null => {
    for (const r of rels(part).values()) if (!r.external && r.kind === kind) return r.target;
    return null;
  };

  const contentTypes = readContentTypes(xml('[Content_Types].xml'));

  let mainPart: string | undefined;
  for (const r of rels('').values()) {
    if (!r.external && REL_OFFICE_DOCUMENT.has(r.type) && zip.has(r.target)) {
      mainPart = r.target;
      break;
    }
  }
  if (mainPart === undefined && zip.has('word/document.xml')) mainPart = locate(zip, 'word/document.xml');
  if (mainPart === undefined) notWordZip('không có word/document.xml', 'no word/document.xml');
  const type = contentTypes.of(mainPart);
  // An .xlsx or .pptx also has an officeDocument relationship; its content type gives it away.
  // A generic XML type (a missing Override) is tolerated: the part may still be a Word body.
  if (type !== undefined && !WORD_MAIN_TYPE.test(type) && !GENERIC_XML_TYPE.test(type)) notWordZip(`phần chính có kiểu ${type}`, `its main part is ${type}`);

  return { zip, mainPart, rels, related, xml, has, contentTypes };
}

/** `word/document.xml` → `word/_rels/document.xml.rels`; `''` → `_rels/.rels`. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolve a relationship target against the folder of its source part (RFC 3986 style, OPC part names). */
export function resolveTarget(source: string, target: string): string {
  let t = target.replace(/\\/g, '/');
  const cut = t.search(/[?#]/);
  if (cut >= 0) t = t.slice(0, cut);
  const segs: string[] = [];
  if (!t.startsWith('/')) {
    const slash = source.lastIndexOf('/');
    if (slash > 0) segs.push(...source.slice(0, slash).split('/'));
  }
  for (const s of t.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') segs.pop();
    else segs.push(s);
  }
  return segs.join('/');
}

/** Targets are URIs, zip names are not always percent-encoded the same way. */
function locate(zip: ZipArchive, name: string): string {
  if (zip.has(name)) return canonicalName(zip, name);
  if (name.includes('%')) {
    try {
      const decoded = decodeURIComponent(name);
      if (zip.has(decoded)) return canonicalName(zip, decoded);
    } catch {
      // malformed escape: keep the name as written
    }
  }
  return name;
}

/** The name as stored in the zip (the lookup may have matched case-insensitively). */
function canonicalName(zip: ZipArchive, name: string): string {
  if (zip.names.includes(name)) return name;
  const lower = name.toLowerCase();
  return zip.names.find((n) => n.toLowerCase() === lower) ?? name;
}

function readContentTypes(root: XmlElement | null): ContentTypes {
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  if (root) {
    for (const n of root.children) {
      if (typeof n === 'string') continue;
      const ct = n.attrs['ContentType'];
      if (ct === undefined) continue;
      if (n.local === 'Default' && n.attrs['Extension'] !== undefined) {
        const ext = n.attrs['Extension'].toLowerCase().replace(/^\./, '');
        if (!defaults.has(ext)) defaults.set(ext, ct);
      } else if (n.local === 'Override' && n.attrs['PartName'] !== undefined) {
        const name = n.attrs['PartName'].replace(/^\/+/, '').toLowerCase();
        if (!overrides.has(name)) overrides.set(name, ct);
      }
    }
  }
  return {
    defaults,
    overrides,
    of(part) {
      const name = part.replace(/^\/+/, '').toLowerCase();
      const o = overrides.get(name);
      if (o !== undefined) return o;
      const dot = name.lastIndexOf('.');
      return dot >= 0 && dot > name.lastIndexOf('/') ? defaults.get(name.slice(dot + 1)) : undefined;
    },
  };
}

const CFB_FREE = 0xffffffff;
const CFB_END = 0xfffffffe;

/**
 * Names of the storages and streams in a Compound File Binary (MS-CFB), or null when the structure
 * cannot be read. Every chain walk is bounded by the number of sectors in the file.
 */
export function cfbEntryNames(bytes: Uint8Array): string[] | null {
  try {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.length < 512 || view.getUint16(0x1c, true) !== 0xfffe) return null;
    const shift = view.getUint16(0x1e, true);
    if (shift !== 9 && shift !== 12) return null;
    const size = 1 << shift;
    const sectors = Math.floor((bytes.length - size) / size);
    if (sectors <= 0) return null;
    const perSector = size / 4;
    const sectorAt = (id: number): number => {
      if (id >= sectors) throw new RangeError('sector out of range');
      return (id + 1) * size;
    };

    const fatIds: number[] = [];
    const numFat = view.getUint32(0x2c, true);
    if (numFat > sectors) return null;
    for (let i = 0; i < 109 && fatIds.length < numFat; i++) {
      const id = view.getUint32(0x4c + i * 4, true);
      if (id !== CFB_FREE) fatIds.push(id);
    }
    let difat = view.getUint32(0x44, true);
    for (let guard = 0; difat !== CFB_END && difat !== CFB_FREE && fatIds.length < numFat; guard++) {
      if (guard > sectors) return null;
      const at = sectorAt(difat);
      for (let i = 0; i < perSector - 1 && fatIds.length < numFat; i++) {
        const id = view.getUint32(at + i * 4, true);
        if (id !== CFB_FREE) fatIds.push(id);
      }
      difat = view.getUint32(at + (perSector - 1) * 4, true);
    }

    const fat = new Uint32Array(fatIds.length * perSector);
    fatIds.forEach((id, k) => {
      const at = sectorAt(id);
      for (let i = 0; i < perSector; i++) fat[k * perSector + i] = view.getUint32(at + i * 4, true);
    });

    const names: string[] = [];
    let dir = view.getUint32(0x30, true);
    for (let guard = 0; dir !== CFB_END; guard++) {
      if (guard > sectors || dir >= fat.length) return null;
      const at = sectorAt(dir);
      for (let e = at; e + 128 <= at + size; e += 128) {
        const type = view.getUint8(e + 0x42);
        const nameBytes = view.getUint16(e + 0x40, true);
        if (type === 0 || nameBytes < 2 || nameBytes > 64) continue;
        let name = '';
        for (let i = 0; i < nameBytes / 2 - 1; i++) name += String.fromCharCode(view.getUint16(e + i * 2, true));
        names.push(name);
      }
      dir = fat[dir] as number;
    }
    return names;
  } catch {
    return null;
  }
}
