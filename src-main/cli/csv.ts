import Papa from 'papaparse';

/** A CSV cell for a number at full double precision (the shortest text that reads back as
 * the same double); empty for a missing value. */
export function numberCell(v: number | null | undefined): string {
  return v === null || v === undefined || Number.isNaN(v) ? '' : String(v);
}

/** CSV text (RFC 4180, comma, LF line ends, trailing newline). */
export function toCsv(header: string[], rows: (string | number)[][]): string {
  return Papa.unparse({ fields: header, data: rows }, { newline: '\n' }) + '\n';
}
