/** Just enough XML for the parts of an .xlsx: spreadsheet programs write them in a regular
 * shape (no DTDs, no CDATA in cells), so regular expressions over the text are reliable and
 * much faster than building a DOM for a 100,000-row sheet. Element names may carry a
 * namespace prefix (`<x:c>`, as the OpenXML SDK writes). */

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** Excel writes characters XML cannot hold as _xHHHH_ (e.g. _x000D_ for a carriage return). */
const EXCEL_ESCAPE = /_x([0-9a-fA-F]{4})_/g;

export function decodeXmlText(s: string): string {
  if (s.indexOf('&') >= 0) {
    s = s.replace(ENTITY, (_m, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
      hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(parseInt(dec, 10)) : NAMED[name!],
    );
  }
  if (s.indexOf('_x') >= 0) s = s.replace(EXCEL_ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return s;
}

const ATTR = /([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a start tag's attribute text, by local name (prefix dropped). */
export function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  ATTR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTR.exec(text)) !== null) {
    const name = m[1];
    const local = name.slice(name.indexOf(':') + 1);
    out[local] = decodeXmlText(m[2] ?? m[3]);
  }
  return out;
}

/** A global pattern for elements named `name` (any prefix): group 1 is the attribute text,
 * group 2 the content (undefined for an empty element `<x/>`). */
export function elements(name: string): RegExp {
  return new RegExp(`<(?:\\w+:)?${name}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</(?:\\w+:)?${name}>)`, 'g');
}

/** The text of the `<t>` elements in a string item (`<si>`, `<is>`), without phonetic
 * guides (`<rPh>`, the furigana/pinyin runs some files carry). */
export function stringItemText(content: string): string {
  const body = content.indexOf('rPh') >= 0 ? content.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '') : content;
  let out = '';
  const T = /<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g;
  let m: RegExpExecArray | null;
  while ((m = T.exec(body)) !== null) if (m[1] !== undefined) out += m[1];
  return decodeXmlText(out);
}
