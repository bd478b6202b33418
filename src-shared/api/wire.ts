/** JSON encoding of api payloads for transports that carry text (the browser host's HTTP).
 * Uint8Array values become `{ "$bytes": "<base64>" }`; everything else is plain JSON.
 * Electron's IPC uses structured clone and needs none of this. */

const TAG = '$bytes';

function toBase64(b: Uint8Array): string {
  let s = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < b.length; i += CHUNK) s += String.fromCharCode(...b.subarray(i, i + CHUNK));
  return btoa(s);
}

function fromBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function encodeWire(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (v instanceof Uint8Array ? { [TAG]: toBase64(v) } : v));
}

export function decodeWire(text: string): unknown {
  // A reviver visits every value (a 20,000-unit score result has millions): use it only when
  // the text can hold bytes at all.
  if (!text.includes(`"${TAG}"`)) return JSON.parse(text);
  return JSON.parse(text, (_k, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      const keys = Object.keys(o);
      if (keys.length === 1 && keys[0] === TAG && typeof o[TAG] === 'string') return fromBase64(o[TAG]);
    }
    return v;
  });
}
