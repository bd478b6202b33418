import { cellText } from './cells';

/** A sheet as read from a file, before any meaning is given to it: the header texts and the
 * data rows as plain cells. Both readers (xlsx and CSV) produce this, so everything after
 * reading is format-blind. Cells stay primitives (no per-cell objects) so that a
 * 100,000-row sheet stays cheap. */

/** A cell: text as written, a number (xlsx number cells), a boolean (xlsx TRUE/FALSE) or
 * null (empty). */
export type RawCell = string | number | boolean | null;

export interface RawSheet {
  /** The name the user knows: the xlsx tab name, or the CSV file name without extension. */
  name: string;
  /** Spreadsheet row number (1-based) of the header row. */
  headerRow: number;
  /** Header texts, trimmed; '' where the header cell is empty. */
  header: string[];
  /** Data rows below the header, fully empty rows left out. */
  rows: RawCell[][];
  /** Spreadsheet row number (1-based) of each entry of `rows`. */
  rowNumbers: number[];
  /** Problems the reader found in cells (formula cells, broken CSV quoting), reported with
   * the sheet's other issues once its header is known. `col` is -1 for a whole row. */
  problems: CellProblem[];
}

export interface CellProblem {
  key: string;
  row: number;
  col: number;
}

/** Column letters as a spreadsheet shows them: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function isBlank(cell: RawCell | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  return typeof cell === 'string' && cell.trim() === '';
}

/** Builds a RawSheet from rows of cells: the first non-empty row is the header. Returns null
 * when the sheet has no non-empty row at all. */
export function sheetFromRows(
  name: string,
  rows: RawCell[][],
  rowNumbers: number[],
  problems: CellProblem[] = [],
): RawSheet | null {
  let h = 0;
  while (h < rows.length && rows[h].every(isBlank)) h++;
  if (h >= rows.length) return null;
  const header = rows[h].map((c) => cellText(c) ?? '');
  const dataRows: RawCell[][] = [];
  const dataNumbers: number[] = [];
  for (let i = h + 1; i < rows.length; i++) {
    const r = rows[i];
    let empty = true;
    for (let j = 0; j < r.length; j++) {
      if (!isBlank(r[j])) {
        empty = false;
        break;
      }
    }
    if (empty) continue;
    dataRows.push(r);
    dataNumbers.push(rowNumbers[i]);
  }
  return { name, headerRow: rowNumbers[h], header, rows: dataRows, rowNumbers: dataNumbers, problems };
}
