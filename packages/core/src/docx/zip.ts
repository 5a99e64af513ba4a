// Safe, lazy unzip for .docx packages (architecture.md "Readers"). Pure: no Node built-ins.
// Every entry can lie about its sizes, so limits are checked on the declared sizes before inflating
// and enforced again on the real output while inflating.
import { Inflate } from 'fflate';
import { fail, ReadFailure } from '../errors.js';

export interface ZipLimits {
  maxEntries: number;
  maxTotalBytes: number;
  maxEntryBytes: number;
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 2000,
  maxTotalBytes: 256 * 1024 * 1024,
  maxEntryBytes: 128 * 1024 * 1024,
  maxRatio: 200,
};

/** XML compresses far beyond any sane ratio limit; only entries above this size are ratio-checked. */
const RATIO_EXEMPT_BYTES = 1024 * 1024;
/**
 * Deflate peaks near 1032:1, so one pushed chunk can inflate to ~16 MiB before we get to count it;
 * small chunks keep the worst transient allocation bounded.
 */
const INFLATE_CHUNK = 16 * 1024;

export interface ZipArchive {
  /** Entry names as stored (leading "/" stripped), directories excluded. */
  names: string[];
  /** Exact match first, then case-insensitive (producers vary the case of part names). */
  has(name: string): boolean;
  /** Inflated bytes of an entry (cached). Stored entries are views onto the input bytes. */
  read(name: string): Uint8Array;
  /** UTF-8 (BOM stripped) or UTF-16 with BOM. */
  readText(name: string): string;
}

export type Sniffed = 'zip' | 'cfb' | 'empty' | 'unknown';

export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return 'empty';
  if (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06))
  ) {
    return 'zip';
  }
  if (bytes.length >= 8) {
    let cfb = true;
    for (let i = 0; i < 8; i++) if (bytes[i] !== CFB_SIGNATURE[i]) cfb = false;
    if (cfb) return 'cfb';
  }
  return 'unknown';
}

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const MSG_CORRUPT = 'Tệp bị hỏng, không đọc được';
const MSG_CORRUPT_EN = 'The file is corrupt and cannot be read';

function corrupt(detail: string): never {
  fail('E_CORRUPT', `${MSG_CORRUPT} (${detail}). / ${MSG_CORRUPT_EN} (${detail}).`);
}

function tooLarge(vi: string, en: string): never {
  fail('E_TOO_LARGE', `Tệp vượt quá giới hạn xử lý: ${vi}. / The file exceeds processing limits: ${en}.`);
}

interface Entry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;

export function openZip(bytes: Uint8Array, limits?: Partial<ZipLimits>): ZipArchive {
  const lim: ZipLimits = { ...DEFAULT_ZIP_LIMITS, ...limits };
  try {
    return buildArchive(bytes, lim, parseCentralDirectory(bytes, lim));
  } catch (err) {
    throw asReadFailure(err);
  }
}

function asReadFailure(err: unknown): ReadFailure {
  if (err instanceof ReadFailure) return err;
  // DataView RangeErrors and fflate errors both mean garbled structure here.
  const detail = err instanceof Error ? err.message : String(err);
  return new ReadFailure('E_CORRUPT', `${MSG_CORRUPT} (${detail}). / ${MSG_CORRUPT_EN} (${detail}).`);
}

function parseCentralDirectory(bytes: Uint8Array, lim: ZipLimits): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const len = bytes.length;
  if (len < 22) corrupt('zip quá ngắn / zip too short');

  // The EOCD sits at the very end, after a comment of at most 65535 bytes.
  let eocd = -1;
  const stop = Math.max(0, len - 22 - 0xffff);
  for (let i = len - 22; i >= stop; i--) {
    if (bytes[i] === 0x50 && view.getUint32(i, true) === SIG_EOCD && i + 22 + view.getUint16(i + 20, true) <= len) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) corrupt('không thấy mục lục zip / no end of central directory');

  const disk = view.getUint16(eocd + 4, true);
  const cdDisk = view.getUint16(eocd + 6, true);
  let count: number = view.getUint16(eocd + 10, true);
  let cdSize: number = view.getUint32(eocd + 12, true);
  let cdOffset: number = view.getUint32(eocd + 16, true);

  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || view.getUint32(loc, true) !== SIG_ZIP64_LOCATOR) corrupt('thiếu bản ghi ZIP64 / missing ZIP64 record');
    const rec = readU64(view, loc + 8);
    if (rec + 56 > len || view.getUint32(rec, true) !== SIG_ZIP64_EOCD) corrupt('bản ghi ZIP64 sai / bad ZIP64 record');
    count = readU64(view, rec + 32);
    cdSize = readU64(view, rec + 40);
    cdOffset = readU64(view, rec + 48);
  } else if (disk !== 0 || cdDisk !== 0) {
    corrupt('zip nhiều phần không được hỗ trợ / multi-volume zip');
  }

  if (count > lim.maxEntries) {
    tooLarge(`${count} mục trong tệp nén (tối đa ${lim.maxEntries})`, `${count} zip entries (max ${lim.maxEntries})`);
  }
  if (cdOffset + cdSize > len) corrupt('mục lục zip vượt quá cuối tệp / central directory past end of file');

  const entries: Entry[] = [];
  let total = 0;
  let p = cdOffset;
  const end = cdOffset + cdSize;
  for (let n = 0; n < count; n++) {
    if (p + 46 > end || view.getUint32(p, true) !== SIG_CENTRAL) corrupt('mục lục zip bị hỏng / bad central directory');
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const crc = view.getUint32(p + 16, true);
    let compressedSize: number = view.getUint32(p + 20, true);
    let size: number = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    let localOffset: number = view.getUint32(p + 42, true);
    const nameStart = p + 46;
    const extraStart = nameStart + nameLen;
    const next = extraStart + extraLen + commentLen;
    if (next > end) corrupt('mục lục zip bị cắt / truncated central directory');

    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      // ZIP64 extended info: only the fields saturated in the header are present, in this order.
      let q = extraStart;
      const extraEnd = extraStart + extraLen;
      let found = false;
      while (q + 4 <= extraEnd) {
        const id = view.getUint16(q, true);
        const sz = view.getUint16(q + 2, true);
        if (q + 4 + sz > extraEnd) break;
        if (id === 0x0001) {
          let f = q + 4;
          const fEnd = f + sz;
          const take = (): number => {
            if (f + 8 > fEnd) corrupt('trường ZIP64 thiếu / short ZIP64 field');
            const v = readU64(view, f);
            f += 8;
            return v;
          };
          if (size === 0xffffffff) size = take();
          if (compressedSize === 0xffffffff) compressedSize = take();
          if (localOffset === 0xffffffff) localOffset = take();
          found = true;
          break;
        }
        q += 4 + sz;
      }
      if (!found) corrupt('thiếu trường ZIP64 / missing ZIP64 field');
    }

    let name = decodeName(bytes.subarray(nameStart, extraStart), (flags & 0x800) !== 0);
    p = next;
    while (name.startsWith('/')) name = name.slice(1);
    if (name === '' || (name.endsWith('/') && size === 0)) continue; // directory entry

    if (size > lim.maxEntryBytes) {
      tooLarge(
        `"${name}" giải nén ra ${formatBytes(size)} (tối đa ${formatBytes(lim.maxEntryBytes)})`,
        `"${name}" inflates to ${formatBytes(size)} (max ${formatBytes(lim.maxEntryBytes)})`,
      );
    }
    total += size;
    if (total > lim.maxTotalBytes) {
      tooLarge(
        `tổng dung lượng giải nén vượt ${formatBytes(lim.maxTotalBytes)}`,
        `total uncompressed size exceeds ${formatBytes(lim.maxTotalBytes)}`,
      );
    }
    if (flags & 0x1) {
      fail(
        'E_ENCRYPTED',
        'Tệp được bảo vệ bằng mật khẩu (mã hoá), không đọc được: hãy gỡ mật khẩu rồi kiểm tra lại. / The file is password-protected (encrypted) and cannot be read: remove the password and check again.',
      );
    }
    entries.push({ name, flags, method, crc, compressedSize, size, localOffset });
  }
  return entries;
}

function buildArchive(bytes: Uint8Array, lim: ZipLimits, entries: Entry[]): ZipArchive {
  const exact = new Map<string, Entry>();
  const folded = new Map<string, Entry>();
  const names: string[] = [];
  for (const e of entries) {
    // Two entries with one name would let different tools see different documents.
    if (exact.has(e.name)) corrupt(`mục trùng tên "${e.name}" / duplicate entry "${e.name}"`);
    exact.set(e.name, e);
    const key = foldName(e.name);
    if (!folded.has(key)) folded.set(key, e);
    names.push(e.name);
  }

  const cache = new Map<Entry, Uint8Array>();
  let inflatedTotal = 0;

  const lookup = (name: string): Entry | undefined => {
    let n = name;
    while (n.startsWith('/')) n = n.slice(1);
    return exact.get(n) ?? folded.get(foldName(n));
  };

  const read = (name: string): Uint8Array => {
    const e = lookup(name);
    if (!e) corrupt(`thiếu phần "${name}" / missing part "${name}"`);
    const hit = cache.get(e);
    if (hit) return hit;
    let out: Uint8Array;
    try {
      out = extract(bytes, e, lim, inflatedTotal);
    } catch (err) {
      throw asReadFailure(err);
    }
    inflatedTotal += out.length;
    cache.set(e, out);
    return out;
  };

  return {
    names,
    has: (name) => lookup(name) !== undefined,
    read,
    readText: (name) => decodeText(read(name)),
  };
}

function extract(bytes: Uint8Array, e: Entry, lim: ZipLimits, inflatedSoFar: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = e.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== SIG_LOCAL) {
    corrupt(`đầu mục "${e.name}" sai / bad local header for "${e.name}"`);
  }
  // Sizes in the local header may be zero (data descriptor) — the central directory is authoritative.
  const dataStart = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const dataEnd = dataStart + e.compressedSize;
  if (dataEnd > bytes.length) corrupt(`dữ liệu "${e.name}" bị cắt / data of "${e.name}" is truncated`);
  const data = bytes.subarray(dataStart, dataEnd);

  let out: Uint8Array;
  if (e.method === 0) {
    if (e.compressedSize !== e.size) corrupt(`kích thước "${e.name}" không khớp / size mismatch in "${e.name}"`);
    if (inflatedSoFar + e.size > lim.maxTotalBytes) totalExceeded(lim);
    out = data;
  } else if (e.method === 8) {
    if (e.size > RATIO_EXEMPT_BYTES && e.size > e.compressedSize * lim.maxRatio) {
      tooLarge(
        `"${e.name}" có tỉ lệ nén bất thường (${ratio(e)}:1, tối đa ${lim.maxRatio}:1)`,
        `"${e.name}" has a suspicious compression ratio (${ratio(e)}:1, max ${lim.maxRatio}:1)`,
      );
    }
    out = inflateBounded(data, e, lim, inflatedSoFar);
  } else {
    corrupt(`phương thức nén ${e.method} của "${e.name}" không được hỗ trợ / unsupported compression method ${e.method} in "${e.name}"`);
  }
  if (crc32(out) !== e.crc) corrupt(`"${e.name}" sai CRC / CRC mismatch in "${e.name}"`);
  return out;
}

function inflateBounded(data: Uint8Array, e: Entry, lim: ZipLimits, inflatedSoFar: number): Uint8Array {
  // Declared size already passed maxEntryBytes, so this allocation is bounded.
  const out = new Uint8Array(e.size);
  let written = 0;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    const next = written + chunk.length;
    if (next > e.size) {
      tooLarge(
        `"${e.name}" giải nén ra nhiều hơn kích thước khai báo (${formatBytes(e.size)})`,
        `"${e.name}" inflates beyond its declared size (${formatBytes(e.size)})`,
      );
    }
    if (inflatedSoFar + next > lim.maxTotalBytes) totalExceeded(lim);
    out.set(chunk, written);
    written = next;
    if (final) done = true;
  });
  const n = data.length;
  if (n === 0) {
    if (e.size === 0) return out;
    corrupt(`"${e.name}" rỗng / "${e.name}" has no data`);
  }
  for (let off = 0; off < n; off += INFLATE_CHUNK) {
    const stop = Math.min(n, off + INFLATE_CHUNK);
    inflater.push(data.subarray(off, stop), stop === n);
  }
  if (!done || written !== e.size) {
    corrupt(`kích thước giải nén của "${e.name}" không khớp / inflated size of "${e.name}" does not match`);
  }
  return out;
}

function totalExceeded(lim: ZipLimits): never {
  tooLarge(
    `tổng dung lượng giải nén vượt ${formatBytes(lim.maxTotalBytes)}`,
    `total uncompressed size exceeds ${formatBytes(lim.maxTotalBytes)}`,
  );
}

function ratio(e: Entry): string {
  return e.compressedSize === 0 ? '∞' : String(Math.round(e.size / e.compressedSize));
}

function readU64(view: DataView, at: number): number {
  const lo = view.getUint32(at, true);
  const hi = view.getUint32(at + 4, true);
  // Anything beyond 2^53 is not a real offset or size in a document we could read anyway.
  if (hi >= 0x200000) corrupt('giá trị ZIP64 quá lớn / ZIP64 value too large');
  return hi * 0x100000000 + lo;
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / (1024 * 1024)) * 10) / 10} MiB`;
  if (n >= 1024) return `${Math.round((n / 1024) * 10) / 10} KiB`;
  return `${n} B`;
}

function foldName(name: string): string {
  return name.replace(/\\/g, '/').toLowerCase();
}

let utf8: TextDecoder | undefined;
let utf16le: TextDecoder | undefined;
let utf16be: TextDecoder | undefined;

function decodeName(raw: Uint8Array, isUtf8: boolean): string {
  let ascii = true;
  for (let i = 0; i < raw.length; i++) if ((raw[i] ?? 0) >= 0x80) ascii = false;
  if (ascii || isUtf8) return (utf8 ??= new TextDecoder('utf-8')).decode(raw);
  // Without the UTF-8 flag the name is CP437; OOXML part names are ASCII, so latin1 is close enough.
  let s = '';
  for (let i = 0; i < raw.length; i++) s += String.fromCharCode(raw[i] ?? 0);
  return s;
}

function decodeText(b: Uint8Array): string {
  const b0 = b[0];
  const b1 = b[1];
  // XML without a BOM can still be UTF-16 if it starts with "<" as a 16-bit unit.
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0x3c && b1 === 0x00)) {
    return (utf16le ??= new TextDecoder('utf-16le')).decode(b);
  }
  if ((b0 === 0xfe && b1 === 0xff) || (b0 === 0x00 && b1 === 0x3c)) {
    return (utf16be ??= new TextDecoder('utf-16be')).decode(b);
  }
  // The default decoder strips a UTF-8 BOM and replaces invalid sequences instead of throwing.
  return (utf8 ??= new TextDecoder('utf-8')).decode(b);
}

let crcTable: Int32Array | undefined;

function makeCrcTable(): Int32Array {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
}

export function crc32(data: Uint8Array): number {
  const t = (crcTable ??= makeCrcTable());
  let c = -1;
  for (let i = 0, n = data.length; i < n; i++) {
    c = (t[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  }
  return (c ^ -1) >>> 0;
}
