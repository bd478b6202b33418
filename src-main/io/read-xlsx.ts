import { sheetFromRows, type CellProblem, type RawCell, type RawSheet } from './raw-sheet';
import { ZipArchive } from './xlsx/unzip';
import { attributes, decodeXmlText, elements, stringItemText } from './xlsx/xml';

export type XlsxRead =
  | { ok: true; sheets: { name: string; sheet: RawSheet | null }[] }
  /** `unreadable`: a damaged zip or workbook; `not-workbook`: a zip that is no spreadsheet
   * (a .docx, a plain archive). */
  | { ok: false; reason: 'unreadable' | 'not-workbook' };

/** Reads every worksheet of an .xlsx file into raw sheets, straight from the sheet XML: cells
 * become primitives at once, so a 100,000-row sheet is read in well under a second (a full
 * exceljs model of it takes several seconds and an object per cell). exceljs writes the
 * export; this reads what Excel, WPS, LibreOffice and exceljs write.
 *
 * Formulas are not evaluated: each formula cell is recorded as a problem (the importer
 * rejects it, asking for values to be pasted) and its cached result stands in, so that one
 * formula gives one error and not a cascade. */
export async function readXlsx(data: Uint8Array): Promise<XlsxRead> {
  let zip: ZipArchive;
  try {
    zip = new ZipArchive(data);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  try {
    const workbookPath = officeDocumentPath(zip);
    const workbookXml = workbookPath ? zip.text(workbookPath) : null;
    if (!workbookPath || workbookXml === null || !/<(?:\w+:)?sheets\b/.test(workbookXml)) return { ok: false, reason: 'not-workbook' };
    const rels = relationships(zip, workbookPath);
    const sheetRefs = [...workbookXml.matchAll(elements('sheet'))].map((m) => attributes(m[1]));
    if (sheetRefs.length === 0) return { ok: false, reason: 'not-workbook' };
    const ctx: SheetContext = {
      shared: sharedStrings(zip, rels.byType('sharedStrings')),
      formats: cellFormats(zip.text(rels.byType('styles') ?? '') ?? ''),
      date1904: /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](?:1|true)["']/.test(workbookXml),
    };
    const sheets = sheetRefs.map((ref) => {
      const name = (ref.name ?? '').trim();
      const path = rels.byId.get(ref.id ?? '');
      const xml = path ? zip.text(path) : null;
      return { name, sheet: xml === null ? null : readSheet(name, xml, ctx) };
    });
    return { ok: true, sheets };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}

interface SheetContext {
  shared: string[];
  /** Per cell style index: how its number is shown. */
  formats: NumberShown[];
  date1904: boolean;
}

type NumberShown = 'plain' | 'percent' | 'date';

const ROW = elements('row');
const CELL = elements('c');
const VALUE = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/;
const INLINE = /<(?:\w+:)?is>([\s\S]*?)<\/(?:\w+:)?is>/;
const FORMULA = /<(?:\w+:)?f\b/;
const CELL_ATTR = /\b(r|t|s)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function readSheet(name: string, xml: string, ctx: SheetContext): RawSheet | null {
  const start = xml.search(/<(?:\w+:)?sheetData\b/);
  if (start < 0) return null;
  const rows: RawCell[][] = [];
  const numbers: number[] = [];
  const problems: CellProblem[] = [];
  const body = xml.slice(start);
  let rowNumber = 0;
  ROW.lastIndex = 0;
  let rm: RegExpExecArray | null;
  while ((rm = ROW.exec(body)) !== null) {
    const r = /\br\s*=\s*["'](\d+)["']/.exec(rm[1]);
    rowNumber = r ? Number(r[1]) : rowNumber + 1;
    const content = rm[2];
    if (content === undefined) continue;
    const row: RawCell[] = [];
    let col = -1;
    CELL.lastIndex = 0;
    let cm: RegExpExecArray | null;
    while ((cm = CELL.exec(content)) !== null) {
      let ref: string | undefined;
      let type: string | undefined;
      let style: string | undefined;
      CELL_ATTR.lastIndex = 0;
      let am: RegExpExecArray | null;
      while ((am = CELL_ATTR.exec(cm[1])) !== null) {
        const v = am[2] ?? am[3];
        if (am[1] === 'r') ref = v;
        else if (am[1] === 't') type = v;
        else style = v;
      }
      col = ref ? columnIndex(ref) : col + 1;
      const inner = cm[2];
      if (inner === undefined) continue;
      if (FORMULA.test(inner)) problems.push({ key: 'io.cell.formula', row: rowNumber, col });
      row[col] = cellValue(inner, type, style, ctx);
    }
    for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
    rows.push(row);
    numbers.push(rowNumber);
  }
  return sheetFromRows(name, rows, numbers, problems);
}

function cellValue(inner: string, type: string | undefined, style: string | undefined, ctx: SheetContext): RawCell {
  if (type === 'inlineStr') {
    const is = INLINE.exec(inner);
    return is ? stringItemText(is[1]) : null;
  }
  const vm = VALUE.exec(inner);
  if (!vm) return null;
  const v = vm[1];
  switch (type) {
    case 's':
      return ctx.shared[Number(v)] ?? null;
    case 'str':
    case 'e':
      return decodeXmlText(v);
    case 'b':
      return v.trim() === '1' || v.trim() === 'true';
    case 'd':
      return decodeXmlText(v).replace(/T00:00:00(\.0+)?Z?$/, '');
    default: {
      const n = Number(v);
      if (v.trim() === '' || Number.isNaN(n)) return decodeXmlText(v);
      const shown = style ? ctx.formats[Number(style)] : undefined;
      if (shown === 'percent') return fromPercent(n);
      if (shown === 'date') return dateText(n, ctx.date1904);
      return n;
    }
  }
}

/** "AB12" -> 27 (0-based column). */
function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
  }
  return n - 1;
}

/** A number cell that Excel shows as a percentage holds 0.93 for "93%"; the workbook format
 * reads `93%` as 93, so the number shown is what counts (x 100 with Excel's 15 significant digits,
 * so 0.57 gives 57 and not 56.99999999999999). */
function fromPercent(v: number): number {
  return Number((v * 100).toPrecision(15));
}

/** A date cell as an ISO date (or date-time): never as its serial number, which would pass
 * for a plausible value. */
function dateText(serial: number, date1904: boolean): string {
  // Day 0 of the 1900 system is 1899-12-31 and Excel counts a 29 February 1900 that never
  // was (serial 60), so from serial 61 on the epoch is 1899-12-30.
  const days = date1904 ? serial - 24107 : serial < 61 ? serial - 25568 : serial - 25569;
  const iso = new Date(Math.round(days * 86400) * 1000).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}

/** The package's relationships: `_rels/.rels` names the workbook part. */
function officeDocumentPath(zip: ZipArchive): string | null {
  const rels = zip.text('_rels/.rels');
  if (rels !== null) {
    for (const m of rels.matchAll(elements('Relationship'))) {
      const a = attributes(m[1]);
      if (a.Type?.endsWith('/officeDocument') && a.Target) return resolvePath('', a.Target);
    }
  }
  return zip.has('xl/workbook.xml') ? 'xl/workbook.xml' : null;
}

/** The workbook part's relationships: by id (sheets) and by type (shared strings, styles). */
function relationships(zip: ZipArchive, workbookPath: string): { byId: Map<string, string>; byType(t: string): string | null } {
  const dir = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const relsPath = `${dir}_rels/${workbookPath.slice(dir.length)}.rels`;
  const byId = new Map<string, string>();
  const types: [string, string][] = [];
  const xml = zip.text(relsPath) ?? '';
  for (const m of xml.matchAll(elements('Relationship'))) {
    const a = attributes(m[1]);
    if (!a.Id || !a.Target || a.TargetMode === 'External') continue;
    const path = resolvePath(dir, a.Target);
    byId.set(a.Id, path);
    if (a.Type) types.push([a.Type, path]);
  }
  return {
    byId,
    byType: (t) => types.find(([type]) => type.endsWith('/' + t))?.[1] ?? (zip.has(`${dir}${t}.xml`) ? `${dir}${t}.xml` : null),
  };
}

/** A relationship target: absolute from the package root, or relative to the part's folder. */
function resolvePath(dir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

function sharedStrings(zip: ZipArchive, path: string | null): string[] {
  const xml = path ? zip.text(path) : null;
  if (!xml) return [];
  const out: string[] = [];
  for (const m of xml.matchAll(elements('si'))) out.push(m[2] === undefined ? '' : stringItemText(m[2]));
  return out;
}

/** Built-in number formats that show a percentage or a date (ids 27-36 and 50-58 are the
 * dates of Chinese, Japanese and Korean Excel). */
const PERCENT_IDS = new Set([9, 10]);
const DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

function cellFormats(stylesXml: string): NumberShown[] {
  const custom = new Map<number, string>();
  for (const m of stylesXml.matchAll(elements('numFmt'))) {
    const a = attributes(m[1]);
    if (a.numFmtId !== undefined && a.formatCode !== undefined) custom.set(Number(a.numFmtId), a.formatCode);
  }
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(stylesXml);
  if (!xfs) return [];
  return [...xfs[1].matchAll(elements('xf'))].map((m) => {
    const id = Number(attributes(m[1]).numFmtId ?? 0);
    if (PERCENT_IDS.has(id)) return 'percent';
    if (DATE_IDS.has(id)) return 'date';
    const code = custom.get(id);
    return code === undefined ? 'plain' : formatShows(code);
  });
}

/** What a custom number format shows, judged on its first section with literal text,
 * escapes, padding and bracketed colours or locales taken out. */
function formatShows(code: string): NumberShown {
  const first = code.split(';')[0];
  const bare = first
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[(?!h+\]|m+\]|s+\])[^\]]*\]/gi, '');
  if (bare.includes('%')) return 'percent';
  if (/general/i.test(bare)) return 'plain';
  return /[ymdhs]/i.test(bare) ? 'date' : 'plain';
}
