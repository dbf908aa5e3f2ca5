/**
 * Office files are zip archives, and both libraries that write them stamp
 * every entry with the current time (exceljs through JSZip, in UTC; docx
 * through fflate, in local time), so two runs never give the same bytes
 * and the bytes even depend on `TZ`. `repackZip` rewrites an archive with
 * one fixed date on every entry, no extra fields, and its data deflated by
 * Node's own zlib: the same input then always gives the same file.
 *
 * Deflating here also makes the office formats fast: JSZip compresses in
 * JavaScript, which cost more than building a 10,000-row workbook, so
 * exceljs is asked to store its entries and the compression happens here,
 * natively.
 */
import * as zlib from 'node:zlib';
import { civilFromDay } from '../../dates/index.js';
import type { Day } from '../../dates/types.js';

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const UTF8_NAMES = 0x0800;

interface Entry {
  readonly name: Uint8Array;
  readonly flags: number;
  readonly crc: number;
  readonly size: number;
  readonly externalAttributes: number;
  readonly data: Uint8Array;
}

/**
 * Changes parts while repacking: it gets every part's data by name and may
 * set new data for any of them (it may not add or remove parts).
 */
export type PartsEdit = (parts: Map<string, Uint8Array>) => void;

/** An archive with every entry dated `day` (at midnight) and deflated. */
export function repackZip(zip: Uint8Array, day: Day, edit?: PartsEdit): Uint8Array {
  const { time, date } = dosDateTime(day);
  let entries = readEntries(zip);
  if (edit) {
    const names = entries.map((entry) => Buffer.from(entry.name).toString('utf8'));
    const parts = new Map(entries.map((entry, index) => [names[index]!, entry.data]));
    edit(parts);
    entries = entries.map((entry, index) => {
      const data = parts.get(names[index]!);
      return data && data !== entry.data
        ? { ...entry, data, size: data.length, crc: crc32(data) }
        : entry;
    });
  }
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data =
      entry.size === 0 ? new Uint8Array(0) : zlib.deflateRawSync(entry.data, { level: 1 });
    const method = entry.size === 0 ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(entry.name.length, 26);
    local.writeUInt16LE(0, 28);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(CENTRAL, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(entry.flags, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt16LE(time, 12);
    header.writeUInt16LE(date, 14);
    header.writeUInt32LE(entry.crc, 16);
    header.writeUInt32LE(data.length, 20);
    header.writeUInt32LE(entry.size, 24);
    header.writeUInt16LE(entry.name.length, 28);
    header.writeUInt32LE(entry.externalAttributes, 38);
    header.writeUInt32LE(offset, 42);
    parts.push(local, entry.name, data);
    central.push(header, entry.name);
    offset += local.length + entry.name.length + data.length;
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}

/** The entries of an archive as its central directory lists them, data uncompressed. */
function readEntries(zip: Uint8Array): Entry[] {
  const buffer = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const endAt = findEnd(buffer);
  const count = buffer.readUInt16LE(endAt + 10);
  let at = buffer.readUInt32LE(endAt + 16);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(at) !== CENTRAL) throw new Error('zip: bad central directory');
    const flags = buffer.readUInt16LE(at + 8);
    const method = buffer.readUInt16LE(at + 10);
    const crc = buffer.readUInt32LE(at + 16);
    const compressed = buffer.readUInt32LE(at + 20);
    const size = buffer.readUInt32LE(at + 24);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const externalAttributes = buffer.readUInt32LE(at + 38);
    const localAt = buffer.readUInt32LE(at + 42);
    const name = buffer.subarray(at + 46, at + 46 + nameLength);
    if (buffer.readUInt32LE(localAt) !== LOCAL) throw new Error('zip: bad local header');
    const dataAt =
      localAt + 30 + buffer.readUInt16LE(localAt + 26) + buffer.readUInt16LE(localAt + 28);
    const raw = buffer.subarray(dataAt, dataAt + compressed);
    let data: Uint8Array;
    if (method === 0) data = raw;
    else if (method === 8) data = zlib.inflateRawSync(raw);
    else throw new Error(`zip: compression method ${method} is not supported`);
    if (data.length !== size) throw new Error('zip: entry size does not match');
    // Only the UTF-8 name flag carries over: sizes now come before the data.
    entries.push({ name, flags: flags & UTF8_NAMES, crc, size, externalAttributes, data });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

let crcTable: Uint32Array | undefined;

/** Node's own CRC-32, from Node 20.15 on. */
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

/** CRC-32 as zip computes it: Node's where there is one, else computed here. */
export function crc32(data: Uint8Array): number {
  if (nativeCrc32) return nativeCrc32(data) >>> 0;
  return crc32Table(data);
}

/** The table-driven CRC-32, for Node versions without zlib.crc32; exported for its test. */
export function crc32Table(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function findEnd(buffer: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65,535.
  const stop = Math.max(0, buffer.length - 22 - 0xffff);
  for (let at = buffer.length - 22; at >= stop; at--) {
    if (buffer.readUInt32LE(at) === END) return at;
  }
  throw new Error('zip: no end of central directory');
}

/** MS-DOS date and time fields for midnight of a day; the format starts in 1980. */
function dosDateTime(day: Day): { time: number; date: number } {
  const { year, month, day: dayOfMonth } = civilFromDay(day);
  if (year < 1980) return { time: 0, date: (1 << 5) | 1 };
  if (year > 2107) return { time: 0, date: (127 << 9) | (12 << 5) | 31 };
  return { time: 0, date: ((year - 1980) << 9) | (month << 5) | dayOfMonth };
}
