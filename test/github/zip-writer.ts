/**
 * A small PKZIP writer for tests, with no library in the way, so that it can also write the zips a
 * library would refuse to: unsafe names as raw bytes, symlinks, lying sizes, encryption flags and
 * zip bombs. No zip64, no data descriptors: local headers, data, central directory, end record.
 */
import zlib from "node:zlib";

export interface ZipEntrySpec {
  /** A string is written as UTF-8 (with the UTF-8 flag); a Buffer is written byte for byte. */
  name: string | Buffer;
  /** The uncompressed content; compressed here unless `method` is 0. */
  data?: Buffer;
  /** Raw deflate data already compressed (method 8), with the real uncompressed size and CRC-32. */
  deflated?: { raw: Buffer; size: number; crc: number };
  /** 0 stored, 8 deflate (default 8; `deflated` implies 8). */
  method?: 0 | 8;
  /** A compression method number written into both headers as-is, over `method` (data stays as is). */
  methodNumber?: number;
  /** Unix mode 0o120777 (a symlink) in the external attributes; `data` is then the link target. */
  symlink?: boolean;
  /** Uncompressed size written into both headers instead of the real one. */
  declaredSize?: number;
  /** CRC-32 written into both headers instead of the real one. */
  declaredCrc?: number;
  /** General purpose bit 0; 12 bytes of a fake traditional-encryption header precede the data. */
  encrypted?: boolean;
  /** Extra field bytes, written into both headers. */
  extra?: Buffer;
}

const VERSION_MADE_BY_UNIX = (3 << 8) | 20;
const VERSION_NEEDED = 20;
const FLAG_ENCRYPTED = 0x1;
const FLAG_UTF8 = 0x800;
/** 2024-01-01 00:00:00 in DOS format. */
const DOS_TIME = 0;
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;

export function buildZip(entries: ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const spec of entries) {
    const name = typeof spec.name === "string" ? Buffer.from(spec.name, "utf8") : spec.name;
    const extra = spec.extra ?? Buffer.alloc(0);
    let method: number;
    let body: Buffer;
    let size: number;
    let crc: number;
    if (spec.deflated !== undefined) {
      method = 8;
      body = spec.deflated.raw;
      size = spec.deflated.size;
      crc = spec.deflated.crc;
    } else {
      const data = spec.data ?? Buffer.alloc(0);
      method = spec.method ?? 8;
      body = method === 8 ? zlib.deflateRawSync(data) : data;
      size = data.length;
      crc = zlib.crc32(data);
    }
    if (spec.methodNumber !== undefined) method = spec.methodNumber;
    let flags = typeof spec.name === "string" ? FLAG_UTF8 : 0;
    if (spec.encrypted) {
      flags |= FLAG_ENCRYPTED;
      body = Buffer.concat([Buffer.alloc(12, 0xa5), body]);
    }
    const declaredSize = spec.declaredSize ?? size;
    const declaredCrc = spec.declaredCrc ?? crc;
    const mode = spec.symlink ? 0o120777 : 0o100644;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(VERSION_NEEDED, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(declaredCrc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    locals.push(local, name, extra, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(VERSION_MADE_BY_UNIX, 4);
    central.writeUInt16LE(VERSION_NEEDED, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(declaredCrc >>> 0, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt16LE(0, 32); // comment length
    central.writeUInt16LE(0, 34); // disk number
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE((mode << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name, extra);

    offset += local.length + name.length + extra.length + body.length;
  }
  const centralDirectory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0, 4); // this disk
  end.writeUInt16LE(0, 6); // disk of the central directory
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDirectory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(0, 20); // comment length
  return Buffer.concat([...locals, centralDirectory, end]);
}

const CHUNK = 16 * 1024 * 1024;
let zeroChunkDeflated: Buffer | undefined;

/**
 * A raw deflate stream that expands to `expandedBytes` zero bytes, built without allocating them:
 * one 16 MiB chunk of zeros deflated once with a full flush (byte-aligned, non-final blocks,
 * no back-references across chunks) and repeated, then the remainder, then a final empty block.
 * A 4 GiB bomb is about 4 MiB.
 */
export function deflateBomb(expandedBytes: number): { raw: Buffer; crc: number; size: number } {
  zeroChunkDeflated ??= zlib.deflateRawSync(Buffer.alloc(CHUNK), {
    level: 9,
    finishFlush: zlib.constants.Z_FULL_FLUSH,
  });
  const whole = Math.floor(expandedBytes / CHUNK);
  const remainder = expandedBytes - whole * CHUNK;
  const parts: Buffer[] = new Array(whole).fill(zeroChunkDeflated);
  if (remainder > 0) {
    parts.push(
      zlib.deflateRawSync(Buffer.alloc(remainder), { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH }),
    );
  }
  // deflateRawSync of nothing is 03 00: a final fixed-Huffman block holding only end-of-block.
  parts.push(zlib.deflateRawSync(Buffer.alloc(0)));
  return { raw: Buffer.concat(parts), crc: crc32OfZeros(expandedBytes), size: expandedBytes };
}

// CRC-32 of n zero bytes without reading them: the CRC register after n more zero bytes is the
// register times x^(8n) modulo the CRC polynomial (bit-reflected), as in zlib's crc32_combine.
const POLY = 0xedb88320;

/** a·b modulo the polynomial, both bit-reflected. */
function multModP(a: number, b: number): number {
  let m = 0x80000000;
  let p = 0;
  let bb = b >>> 0;
  for (;;) {
    if ((a & m) !== 0) {
      p ^= bb;
      if ((a & (m - 1)) === 0) break;
    }
    m >>>= 1;
    bb = bb & 1 ? (bb >>> 1) ^ POLY : bb >>> 1;
  }
  return p >>> 0;
}

/** x^(8n) modulo the polynomial, by repeated squaring. */
function xPow8n(n: number): number {
  let result = 0x80000000; // x^0
  let square = 0x00800000; // x^8
  let k = n;
  while (k > 0) {
    if (k % 2 === 1) result = multModP(square, result);
    square = multModP(square, square);
    k = Math.floor(k / 2);
  }
  return result;
}

/** zlib.crc32 of `n` zero bytes. */
export function crc32OfZeros(n: number): number {
  // crc32 pre- and post-inverts the register, which starts from zero before the first inversion.
  return ~multModP(xPow8n(n), 0xffffffff) >>> 0;
}
