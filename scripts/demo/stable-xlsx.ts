/** Makes an .xlsx file byte-stable: exceljs stamps the document properties (docProps/core.xml)
 * and every zip entry with the current time, so two runs never give the same bytes. This
 * rewrites the zip with one fixed time for every entry and fixed created/modified dates, and
 * leaves every other byte of content as exceljs wrote it. Used for the committed demo files. */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const CORE = 'docProps/core.xml';

interface Entry {
  name: Uint8Array;
  method: number;
  flags: number;
  versionMadeBy: number;
  versionNeeded: number;
  internalAttr: number;
  externalAttr: number;
  crc: number;
  size: number;
  data: Uint8Array;
}

/** MS-DOS date and time words of a UTC date (2-second resolution). */
function dosDateTime(d: Date): { date: number; time: number } {
  return {
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
  };
}

function readEntries(zip: Uint8Array): Entry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== END) end--;
  if (end < 0) throw new Error('not a zip file: no end of central directory');
  const count = view.getUint16(end + 10, true);
  let p = view.getUint32(end + 16, true);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(p, true) !== CENTRAL) throw new Error('zip: bad central directory');
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    if (view.getUint32(local, true) !== LOCAL) throw new Error('zip: bad local header');
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const compressed = view.getUint32(p + 20, true);
    entries.push({
      versionMadeBy: view.getUint16(p + 4, true),
      versionNeeded: view.getUint16(p + 6, true),
      flags: view.getUint16(p + 8, true) & ~0x0008, // sizes go in the local header, no descriptor
      method: view.getUint16(p + 10, true),
      crc: view.getUint32(p + 16, true),
      size: view.getUint32(p + 24, true),
      name: zip.subarray(p + 46, p + 46 + nameLen),
      internalAttr: view.getUint16(p + 36, true),
      externalAttr: view.getUint32(p + 38, true),
      data: zip.subarray(start, start + compressed),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** core.xml with fixed created/modified dates, recompressed the way it was stored. */
function fixCore(e: Entry, iso: string): Entry {
  const raw = e.method === 8 ? inflateRawSync(e.data) : Buffer.from(e.data);
  const xml = raw.toString('utf8').replace(
    /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
    (_m, open: string, _tag: string, close: string) => `${open}${iso}${close}`,
  );
  const bytes = Buffer.from(xml, 'utf8');
  return { ...e, crc: crc32(bytes) >>> 0, size: bytes.length, data: e.method === 8 ? deflateRawSync(bytes) : bytes };
}

export function stabiliseXlsx(zip: Uint8Array, when: Date): Uint8Array {
  const iso = when.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const { date, time } = dosDateTime(when);
  const entries = readEntries(zip).map((e) => (Buffer.from(e.name).toString('utf8') === CORE ? fixCore(e, iso) : e));

  const chunks: Uint8Array[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const e of entries) {
    const h = Buffer.alloc(30);
    h.writeUInt32LE(LOCAL, 0);
    h.writeUInt16LE(e.versionNeeded, 4);
    h.writeUInt16LE(e.flags, 6);
    h.writeUInt16LE(e.method, 8);
    h.writeUInt16LE(time, 10);
    h.writeUInt16LE(date, 12);
    h.writeUInt32LE(e.crc, 14);
    h.writeUInt32LE(e.data.length, 18);
    h.writeUInt32LE(e.size, 22);
    h.writeUInt16LE(e.name.length, 26);
    h.writeUInt16LE(0, 28);
    offsets.push(offset);
    chunks.push(h, e.name, e.data);
    offset += h.length + e.name.length + e.data.length;
  }
  const centralStart = offset;
  entries.forEach((e, i) => {
    const c = Buffer.alloc(46);
    c.writeUInt32LE(CENTRAL, 0);
    c.writeUInt16LE(e.versionMadeBy, 4);
    c.writeUInt16LE(e.versionNeeded, 6);
    c.writeUInt16LE(e.flags, 8);
    c.writeUInt16LE(e.method, 10);
    c.writeUInt16LE(time, 12);
    c.writeUInt16LE(date, 14);
    c.writeUInt32LE(e.crc, 16);
    c.writeUInt32LE(e.data.length, 20);
    c.writeUInt32LE(e.size, 24);
    c.writeUInt16LE(e.name.length, 28);
    c.writeUInt16LE(e.internalAttr, 36);
    c.writeUInt32LE(e.externalAttr, 38);
    c.writeUInt32LE(offsets[i], 42);
    chunks.push(c, e.name);
    offset += c.length + e.name.length;
  });
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(offset - centralStart, 12);
  end.writeUInt32LE(centralStart, 16);
  chunks.push(end);
  return new Uint8Array(Buffer.concat(chunks));
}
