import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, sniff } from '../../../src-main/io/sniff';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** A deterministic pseudo-random byte string (xorshift), so the test never flakes. */
function randomBytes(n: number, seed = 12345): Uint8Array {
  let x = seed;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

describe('decodeText', () => {
  const text = 'code,name\nV1,产业兴旺\n';

  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(utf8(text))).toEqual({ text, encoding: 'utf-8' });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
    expect(decodeText(bytes)).toEqual({ text, encoding: 'utf-8' });
  });

  it('reads GB18030 (Chinese Excel CSV) when the bytes are not UTF-8', () => {
    const bytes = new Uint8Array(iconv.encode(text, 'gb18030'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(decodeText(bytes)).toEqual({ text, encoding: 'gb18030' });
  });

  it('reads UTF-16 LE with a BOM (Excel "Unicode text")', () => {
    const bytes = new Uint8Array(iconv.encode(text, 'utf-16le', { addBOM: true }));
    expect(decodeText(bytes)).toEqual({ text, encoding: 'utf-16' });
  });
});

describe('sniff', () => {
  it('tells an empty file', () => {
    expect(sniff(new Uint8Array(0)).kind).toBe('empty');
  });

  it('tells a zip (an .xlsx) by its magic number, whatever its name', () => {
    expect(sniff(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0])).kind).toBe('zip');
  });

  it('tells an old .xls (OLE compound file)', () => {
    expect(sniff(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])).kind).toBe('legacy-office');
  });

  it('calls PDF, PNG and random bytes binary', () => {
    expect(sniff(utf8('%PDF-1.4\n%abc\n')).kind).toBe('binary');
    expect(sniff(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])).kind).toBe('binary');
    expect(sniff(randomBytes(4096)).kind).toBe('binary');
  });

  it('calls CSV text text, in either encoding', () => {
    expect(sniff(utf8('a,b\n1,2\n')).kind).toBe('text');
    expect(sniff(new Uint8Array(iconv.encode('单位,名称\n甲,乙\n', 'gb18030'))).kind).toBe('text');
  });
});
