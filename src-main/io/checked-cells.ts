import { INVALID, MISSING, readNumber, shownValue } from './cells';
import type { SheetIssues } from './issues';
import type { RawCell } from './raw-sheet';

/** A number cell that may be empty; non-numeric or non-finite text is reported (null then). */
export function readFiniteNumber(issues: SheetIssues, cell: RawCell | undefined, row: number, col: number): number | null {
  const n = readNumber(cell);
  if (n === MISSING) return null;
  if (n === INVALID) {
    issues.cellIssue('error', 'io.cell.notNumber', row, col, { value: shownValue(cell) });
    return null;
  }
  if (!Number.isFinite(n)) {
    issues.cellIssue('error', 'io.cell.notFinite', row, col, { value: shownValue(cell) });
    return null;
  }
  return n;
}
