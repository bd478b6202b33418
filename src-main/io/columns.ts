import { isBlank } from './raw-sheet';
import type { SheetIssues } from './issues';
import { fieldOf, normaliseName, type ColumnSpec } from './names';

/** Where each known column of a sheet is, and which columns are unknown. */
export interface Columns {
  /** field -> column index, for the known columns present. */
  at: Record<string, number>;
  /** Unknown columns that have a header (kept as attributes, or reported). */
  extras: number[];
}

/** Matches a sheet's header against its column spec. Reports a column named twice (also
 * through an alias: `name` and `name_zh`) and values under an empty header. */
export function resolveColumns(issues: SheetIssues, spec: ColumnSpec): Columns {
  const { header } = issues.sheet;
  const at: Record<string, number> = {};
  const extras: number[] = [];
  const seenExtra = new Map<string, number>();
  for (let c = 0; c < header.length; c++) {
    const h = header[c];
    if (h === '') {
      reportUnnamed(issues, c);
      continue;
    }
    const field = fieldOf(spec, h);
    if (field) {
      if (field in at) issues.columnIssue('error', 'io.column.duplicate', c, { first: header[at[field]] });
      else at[field] = c;
      continue;
    }
    const norm = normaliseName(h);
    const first = seenExtra.get(norm);
    if (first !== undefined) issues.columnIssue('error', 'io.column.duplicate', c, { first: header[first] });
    else {
      seenExtra.set(norm, c);
      extras.push(c);
    }
  }
  reportBeyondHeader(issues);
  return { at, extras };
}

/** A column without a header is fine when it is empty (Excel leaves such columns around);
 * values under it cannot be placed, so they are reported, never silently dropped. */
function reportUnnamed(issues: SheetIssues, c: number): void {
  const { rows, rowNumbers } = issues.sheet;
  for (let i = 0; i < rows.length; i++) {
    if (!isBlank(rows[i][c])) {
      issues.cellIssue('warning', 'io.column.unnamed', rowNumbers[i], c);
      return;
    }
  }
}

/** Values right of the last header cell (rows longer than the header) have no column either. */
function reportBeyondHeader(issues: SheetIssues): void {
  const { rows, rowNumbers, header } = issues.sheet;
  const reported = new Set<number>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    for (let c = header.length; c < r.length; c++) {
      if (!reported.has(c) && !isBlank(r[c])) {
        reported.add(c);
        issues.cellIssue('warning', 'io.column.unnamed', rowNumbers[i], c);
      }
    }
  }
}

/** Reports each required field the sheet lacks; true when all are present. */
export function requireColumns(issues: SheetIssues, spec: ColumnSpec, cols: Columns, fields: string[]): boolean {
  let ok = true;
  for (const f of fields) {
    if (f in cols.at) continue;
    ok = false;
    const names = spec[f];
    issues.columnIssue('error', 'io.column.missing', names[0], { aliases: names.slice(1).join(', ') || names[0] });
  }
  return ok;
}
