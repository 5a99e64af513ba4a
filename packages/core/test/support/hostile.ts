/**
 * Hostile inputs for reader tests: hand-written zips whose headers say whatever a hostile producer
 * wants, a 2 GiB zip bomb that never exists in memory, and Compound File Binary containers.
 */
import { Deflate, strToU8 } from 'fflate';
import { crc32 } from '../../src/docx/zip.js';

export interface RawEntry {
  name: string;
  /** Payload as stored (already deflated when method is 8). */
  data: Uint8Array;
  method: number;
  crc: number;
  size: number;
  flags?: number;
}

/** A hand-written zip, so headers can say whatever a hostile producer wants them to say. */
export function writeZip(entries: RawEntry[], opts: { zip64?: boolean } = {}): Uint8Array {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, e.flags ?? 0, true);
    lv.setUint16(8, e.method, true);
    lv.setUint32(14, e.crc, true);
    lv.setUint32(18, e.data.length, true);
    lv.setUint32(22, e.size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);

    const extraLen = opts.zip64 ? 4 + 24 : 0;
    const cd = new Uint8Array(46 + name.length + extraLen);
    const cv = new DataView(cd.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 45, true);
    cv.setUint16(6, 45, true);
    cv.setUint16(8, e.flags ?? 0, true);
    cv.setUint16(10, e.method, true);
    cv.setUint32(16, e.crc, true);
    cv.setUint32(20, opts.zip64 ? 0xffffffff : e.data.length, true);
    cv.setUint32(24, opts.zip64 ? 0xffffffff : e.size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint16(30, extraLen, true);
    cv.setUint32(42, opts.zip64 ? 0xffffffff : offset, true);
    cd.set(name, 46);
    if (opts.zip64) {
      const x = 46 + name.length;
      cv.setUint16(x, 0x0001, true);
      cv.setUint16(x + 2, 24, true);
      cv.setBigUint64(x + 4, BigInt(e.size), true);
      cv.setBigUint64(x + 12, BigInt(e.data.length), true);
      cv.setBigUint64(x + 20, BigInt(offset), true);
    }
    parts.push(local, e.data);
    central.push(cd);
    offset += local.length + e.data.length;
  }
  const cdOffset = offset;
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  parts.push(...central);
  offset += cdSize;
  if (opts.zip64) {
    const rec = new Uint8Array(56 + 20);
    const rv = new DataView(rec.buffer);
    rv.setUint32(0, 0x06064b50, true);
    rv.setBigUint64(4, 44n, true);
    rv.setBigUint64(24, BigInt(entries.length), true);
    rv.setBigUint64(32, BigInt(entries.length), true);
    rv.setBigUint64(40, BigInt(cdSize), true);
    rv.setBigUint64(48, BigInt(cdOffset), true);
    rv.setUint32(56, 0x07064b50, true);
    rv.setBigUint64(56 + 8, BigInt(offset), true);
    rv.setUint32(56 + 16, 1, true);
    parts.push(rec);
  }
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, opts.zip64 ? 0xffff : entries.length, true);
  ev.setUint16(10, opts.zip64 ? 0xffff : entries.length, true);
  ev.setUint32(12, opts.zip64 ? 0xffffffff : cdSize, true);
  ev.setUint32(16, opts.zip64 ? 0xffffffff : cdOffset, true);
  parts.push(eocd);
  return concat(parts);
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}


/**
 * 2 GiB of zeros as raw deflate, without ever holding 2 GiB: one MiB deflated as non-final blocks
 * ending in a sync flush decodes the same wherever it is placed (it has no back-references before
 * its own start), so 2048 copies followed by an empty final block are a valid 2 GiB stream.
 */
export function zeroBomb(copies: number): Uint8Array {
  const pieces: Uint8Array[] = [];
  const d = new Deflate({ level: 9 }, (chunk) => pieces.push(chunk));
  d.push(new Uint8Array(1024 * 1024));
  d.flush(true);
  const segment = concat(pieces);
  const out = new Uint8Array(segment.length * copies + 2);
  for (let i = 0; i < copies; i++) out.set(segment, i * segment.length);
  out.set([0x03, 0x00], segment.length * copies); // final, fixed-Huffman, empty
  return out;
}

export function bombDocx(declaredSize: number): Uint8Array {
  const ct = strToU8(
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  const payload = zeroBomb(2048);
  return writeZip([
    { name: '[Content_Types].xml', data: ct, method: 0, crc: crc32(ct), size: ct.length },
    { name: 'word/document.xml', data: payload, method: 8, crc: 0, size: declaredSize },
  ]);
}


// ---- Compound File Binary (MS-CFB), version 3, 512-byte sectors: header, one FAT sector, directory ----

const FREE = 0xffffffff;
const END = 0xfffffffe;
const FATSECT = 0xfffffffd;

export function cfb(streamNames: string[]): Uint8Array {
  const names = ['Root Entry', ...streamNames];
  const dirSectors = Math.ceil(names.length / 4);
  const bytes = new Uint8Array(512 * (2 + dirSectors));
  const v = new DataView(bytes.buffer);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  v.setUint16(0x18, 0x3e, true);
  v.setUint16(0x1a, 3, true);
  v.setUint16(0x1c, 0xfffe, true);
  v.setUint16(0x1e, 9, true);
  v.setUint16(0x20, 6, true);
  v.setUint32(0x2c, 1, true); // one FAT sector
  v.setUint32(0x30, 1, true); // directory starts at sector 1
  v.setUint32(0x38, 4096, true);
  v.setUint32(0x3c, END, true);
  v.setUint32(0x44, END, true);
  for (let i = 0; i < 109; i++) v.setUint32(0x4c + i * 4, i === 0 ? 0 : FREE, true);
  // FAT (sector 0 → file offset 512)
  const fat = 512;
  for (let i = 0; i < 128; i++) v.setUint32(fat + i * 4, FREE, true);
  v.setUint32(fat, FATSECT, true);
  for (let s = 0; s < dirSectors; s++) v.setUint32(fat + (1 + s) * 4, s === dirSectors - 1 ? END : 2 + s, true);
  // directory entries
  names.forEach((name, i) => {
    const at = 512 * 2 + i * 128;
    for (let c = 0; c < name.length; c++) v.setUint16(at + c * 2, name.charCodeAt(c), true);
    v.setUint16(at + 0x40, (name.length + 1) * 2, true);
    v.setUint8(at + 0x42, i === 0 ? 5 : 2);
    v.setUint32(at + 0x44, FREE, true);
    v.setUint32(at + 0x48, FREE, true);
    v.setUint32(at + 0x4c, i === 0 && names.length > 1 ? 1 : FREE, true);
    v.setUint32(at + 0x74, END, true);
  });
  return bytes;
}

