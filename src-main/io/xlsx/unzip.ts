import { inflateRawSync } from 'node:zlib';

/** The entries of a zip archive (an .xlsx is one), read through its central directory.
 * Enough for what spreadsheet programs write: stored and deflated entries, no zip64, no
 * encryption. Throws on anything malformed; the caller reports the file as unreadable. */
export class ZipArchive {
  private readonly entries = new Map<string, { method: number; offset: number; compressed: number; size: number }>();

  constructor(private readonly data: Uint8Array) {
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const eocd = findEndOfCentralDirectory(data, view);
    const count = view.getUint16(eocd + 10, true);
    let p = view.getUint32(eocd + 16, true);
    const names = new TextDecoder('utf-8');
    for (let i = 0; i < count; i++) {
      if (p + 46 > data.length || view.getUint32(p, true) !== 0x02014b50) throw new Error('bad central directory');
      const method = view.getUint16(p + 10, true);
      const compressed = view.getUint32(p + 20, true);
      const size = view.getUint32(p + 24, true);
      const nameLength = view.getUint16(p + 28, true);
      const extraLength = view.getUint16(p + 30, true);
      const commentLength = view.getUint16(p + 32, true);
      const offset = view.getUint32(p + 42, true);
      const name = names.decode(data.subarray(p + 46, p + 46 + nameLength));
      this.entries.set(name, { method, offset, compressed, size });
      p += 46 + nameLength + extraLength + commentLength;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** An entry's bytes, or null when there is no such entry. */
  read(name: string): Uint8Array | null {
    const e = this.entries.get(name);
    if (!e) return null;
    const view = new DataView(this.data.buffer, this.data.byteOffset, this.data.byteLength);
    if (e.offset + 30 > this.data.length || view.getUint32(e.offset, true) !== 0x04034b50) throw new Error('bad local header');
    const start = e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
    const raw = this.data.subarray(start, start + e.compressed);
    if (raw.length !== e.compressed) throw new Error('truncated entry');
    if (e.method === 0) return raw;
    if (e.method !== 8) throw new Error('unsupported compression');
    // The declared size bounds the output: a zip bomb fails instead of filling memory.
    const out = inflateRawSync(raw, { maxOutputLength: Math.max(e.size, 1) });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  }

  /** An entry as UTF-8 text, or null. */
  text(name: string): string | null {
    const b = this.read(name);
    return b === null ? null : new TextDecoder('utf-8').decode(b);
  }
}

function findEndOfCentralDirectory(data: Uint8Array, view: DataView): number {
  // The record is 22 bytes plus a comment of up to 65535 bytes, at the very end.
  const stop = Math.max(0, data.length - 22 - 0xffff);
  for (let p = data.length - 22; p >= stop; p--) {
    if (view.getUint32(p, true) === 0x06054b50) return p;
  }
  throw new Error('no end of central directory');
}
