/**
 * Reads a zip's entries from its central directory: enough to unpack the sources zip for a
 * rebuild and to name the entry where two packages differ. Handles what WXT's zip writer makes
 * (stored or deflated, no ZIP64, no encryption). Pure: a buffer in, entries out.
 */
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** Everything the central directory says about the entry besides its name: times, method, attributes. */
  header: Buffer;
  data: Buffer;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

export function zipEntries(zip: Buffer): ZipEntry[] {
  const end = findEndOfDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(offset) !== DIRECTORY_ENTRY) throw new Error(`zip: bad directory entry at ${offset}`);
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localOffset = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    const header = zip.subarray(offset + 4, offset + 42);
    entries.push({ name, header, data: entryData(zip, localOffset, method, compressedSize, name) });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function entryData(zip: Buffer, localOffset: number, method: number, size: number, name: string): Buffer {
  if (zip.readUInt32LE(localOffset) !== LOCAL_HEADER) throw new Error(`zip: no local header for ${name}`);
  const start = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
  const raw = zip.subarray(start, start + size);
  if (method === 0) return raw;
  if (method === 8) return inflateRawSync(raw);
  throw new Error(`zip: ${name} uses compression method ${method}`);
}

function findEndOfDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw new Error('zip: no end-of-directory record (not a zip file?)');
}
