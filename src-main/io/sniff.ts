import iconv from 'iconv-lite';

/** What a file is, told by its bytes (never by its name: a CSV saved as .xlsx or a folder file
 * without extension must still be read). */
export type FileKind =
  | { kind: 'empty' }
  | { kind: 'zip' }
  | { kind: 'legacy-office' }
  | { kind: 'binary' }
  | { kind: 'text'; text: string; encoding: 'utf-8' | 'utf-16' | 'gb18030' };

const startsWith = (b: Uint8Array, sig: number[]): boolean => sig.every((v, i) => b[i] === v);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // .xls, .doc
/** Formats people pick by mistake, recognised up front for a quick, certain answer. */
const BINARY_SIGNATURES = [
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x1f, 0x8b], // gzip
  [0x52, 0x61, 0x72, 0x21], // Rar!
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
];

/** Control characters no CSV contains (tab, CR, LF and form feed allowed), and U+FFFD, which
 * the decoders put where the bytes were not text. */
// eslint-disable-next-line no-control-regex
const NOT_TEXT = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/;

export function sniff(data: Uint8Array): FileKind {
  if (data.length === 0) return { kind: 'empty' };
  if (startsWith(data, ZIP) || startsWith(data, ZIP_EMPTY)) return { kind: 'zip' };
  if (startsWith(data, OLE)) return { kind: 'legacy-office' };
  if (BINARY_SIGNATURES.some((s) => startsWith(data, s))) return { kind: 'binary' };
  const decoded = decodeText(data);
  if (NOT_TEXT.test(decoded.text)) return { kind: 'binary' };
  return { kind: 'text', ...decoded };
}

/** CSV bytes to text: UTF-8 with or without BOM; UTF-16 with a BOM (Excel's "Unicode text");
 * otherwise, when the bytes are not valid UTF-8, GB18030 (what Chinese Excel writes for
 * "CSV (comma delimited)"). */
export function decodeText(data: Uint8Array): { text: string; encoding: 'utf-8' | 'utf-16' | 'gb18030' } {
  if (startsWith(data, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder('utf-8').decode(data), encoding: 'utf-8' };
  if (startsWith(data, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(data), encoding: 'utf-16' };
  if (startsWith(data, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(data), encoding: 'utf-16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(data), encoding: 'utf-8' };
  } catch {
    const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    return { text: iconv.decode(buf, 'gb18030'), encoding: 'gb18030' };
  }
}
