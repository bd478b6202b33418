import ExcelJS from 'exceljs';
import type { Workbook } from '../../src-shared/model';
import { workbookTables, type OutCell, type Table } from './export-tables';
import { neutralise } from './neutralise';

/** Writes the workbook as .xlsx in the format it is read in: sheets indicators, units, data
 * (wide, with a period column) and goals; header row bold and frozen, key columns frozen,
 * column widths that fit Chinese text; numbers as numbers (full double precision) and
 * text neutralised against formula injection. */
export async function writeWorkbookXlsx(wb: Workbook): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Kaoping';
  for (const t of workbookTables(wb)) writeSheet(book, t);
  const buf = await book.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

function writeSheet(book: ExcelJS.Workbook, t: Table): void {
  const ws = book.addWorksheet(t.name, {
    views: [{ state: 'frozen', xSplit: t.keyColumns, ySplit: 1 }],
  });
  const header = t.header.map(neutralise);
  const rows = t.rows.map((r) => r.map((v, c) => cellValue(v, t.looseText[c])));
  ws.columns = header.map((h, c) => ({ width: columnWidth(h, rows, c) }));
  ws.addRow(header).font = { bold: true };
  for (const r of rows) ws.addRow(r);
}

function cellValue(v: OutCell, loose: boolean): string | number | null {
  if (typeof v !== 'string') return v;
  if (loose && isNumberSpelling(v)) return Number(v);
  return neutralise(v);
}

/** Text that reads back as exactly itself when stored as a number ("12", "0.5"; not "012",
 * "1e3" or "-0"). */
function isNumberSpelling(s: string): boolean {
  const n = Number(s);
  return s !== '' && Number.isFinite(n) && String(n) === s;
}

const SAMPLE_ROWS = 2000;

/** Width in Excel's character units: CJK and other wide characters count twice; sampled over
 * the first rows so a 100,000-row sheet is not scanned for it. */
function columnWidth(header: string, rows: (string | number | null)[][], c: number): number {
  let w = displayWidth(header);
  const n = Math.min(rows.length, SAMPLE_ROWS);
  for (let i = 0; i < n; i++) {
    const v = rows[i][c];
    if (v !== null && v !== undefined) w = Math.max(w, displayWidth(typeof v === 'number' ? String(v) : v));
  }
  return Math.min(Math.max(w + 2, 6), 60);
}

function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return w;
}
