import type { Workbook } from '../../src-shared/model';
import { workbookTables, type OutCell } from './export-tables';
import { neutralise } from './neutralise';

/** Writes the workbook as CSV files, one per sheet (`indicators.csv`, `units.csv`,
 * `data.csv`, `goals.csv`): UTF-8 with a BOM (so Excel opens it as UTF-8), CRLF line ends,
 * numbers in full double precision, text neutralised against formula injection. */
export function writeWorkbookCsv(wb: Workbook): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of workbookTables(wb)) {
    const lines = [t.header.map((h) => csvField(h)).join(',')];
    for (const r of t.rows) lines.push(r.map(csvField).join(','));
    out[`${t.name}.csv`] = '\ufeff' + lines.join('\r\n') + '\r\n';
  }
  return out;
}

function csvField(v: OutCell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  const s = neutralise(v);
  return /[",\r\n]|^\s|\s$/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}
