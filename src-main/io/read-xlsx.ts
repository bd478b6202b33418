import ExcelJS from 'exceljs';
import { sheetFromRows, type CellProblem, type RawCell, type RawSheet } from './raw-sheet';

export type XlsxRead =
  | { ok: true; sheets: { name: string; sheet: RawSheet | null }[] }
  /** `unreadable`: a zip exceljs cannot read; `not-workbook`: a zip without worksheets
   * (a .docx, a plain archive). */
  | { ok: false; reason: 'unreadable' | 'not-workbook' };

/** Reads every worksheet of an .xlsx file into raw sheets. Formulas are not evaluated: each
 * formula cell is recorded (the importer rejects it, asking for values to be pasted) and its
 * cached result stands in, so that one formula gives one error and not a cascade. */
export async function readXlsx(data: Uint8Array): Promise<XlsxRead> {
  const workbook = new ExcelJS.Workbook();
  try {
    const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    await workbook.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  if (workbook.worksheets.length === 0) return { ok: false, reason: 'not-workbook' };
  const sheets = workbook.worksheets.map((ws) => ({ name: ws.name.trim(), sheet: readWorksheet(ws) }));
  return { ok: true, sheets };
}

function readWorksheet(ws: ExcelJS.Worksheet): RawSheet | null {
  const values = ws.getSheetValues();
  const rows: RawCell[][] = [];
  const numbers: number[] = [];
  const problems: CellProblem[] = [];
  for (let r = 1; r < values.length; r++) {
    const rv = values[r] as ExcelJS.CellValue[] | undefined;
    if (!rv) continue;
    const row = new Array<RawCell>(Math.max(rv.length - 1, 0));
    for (let c = 1; c < rv.length; c++) {
      const v = rv[c];
      let cell: RawCell;
      if (v === null || v === undefined) cell = null;
      else if (typeof v === 'number') cell = percentFormatted(ws, r, c) ? fromPercent(v) : v;
      else if (typeof v === 'string' || typeof v === 'boolean') cell = v;
      else if (typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
        problems.push({ key: 'io.cell.formula', row: r, col: c - 1 });
        cell = plain(v.result);
      } else cell = plain(v);
      row[c - 1] = cell;
    }
    rows.push(row);
    numbers.push(r);
  }
  return sheetFromRows(ws.name.trim(), rows, numbers, problems);
}

/** Anything else a cell can hold, as a primitive: rich text and hyperlinks as their text,
 * dates as ISO dates, error values (#N/A, #DIV/0!) as their text. */
function plain(v: unknown): RawCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) {
    const iso = v.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((p) => p.text).join('');
    if ('hyperlink' in o) return plain(o.text);
    if (typeof o.error === 'string') return o.error;
    if ('text' in o) return plain(o.text);
  }
  return String(v);
}

/** A number cell that Excel shows as a percentage holds 0.93 for "93%"; the format reads
 * `93%` as 93 (FORMAT.md), so the shown number is what counts. */
function percentFormatted(ws: ExcelJS.Worksheet, r: number, c: number): boolean {
  const fmt = ws.findCell(r, c)?.numFmt;
  if (!fmt) return false;
  return fmt.replace(/"[^"]*"/g, '').replace(/\\./g, '').includes('%');
}

/** x 100 with Excel's 15 significant digits, so 0.57 gives 57 and not 56.99999999999999. */
function fromPercent(v: number): number {
  return Number((v * 100).toPrecision(15));
}
