import Papa from 'papaparse';
import { sheetFromRows, type RawSheet } from './raw-sheet';

/** Parses CSV text (already decoded) into a sheet; null when it holds no non-empty row.
 * Comma is the format's delimiter; tab and semicolon are accepted too (Excel's "Unicode
 * text" and some locales' CSV), told apart by papaparse from the first rows. Row numbers are
 * record numbers, which is what a spreadsheet shows even when a quoted cell spans lines. */
export function readCsv(name: string, text: string): RawSheet | null {
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    delimitersToGuess: [',', '\t', ';'],
  });
  const rows = parsed.data;
  const numbers = new Array<number>(rows.length);
  for (let i = 0; i < rows.length; i++) numbers[i] = i + 1;
  const quoteRows = new Set<number>();
  for (const e of parsed.errors) if (e.type === 'Quotes' && typeof e.row === 'number') quoteRows.add(e.row + 1);
  const problems = [...quoteRows].map((row) => ({ key: 'io.csv.badQuotes', row, col: -1 }));
  return sheetFromRows(name, rows, numbers, problems);
}
