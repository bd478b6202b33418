import { parsePeriod } from '../../src-shared/model';
import type { SheetIssues } from './issues';

/** Period labels as the workbook writes them, normalised once each (`2024q3` -> `2024Q3`).
 * Any non-empty label is accepted; one that is not a year, half, quarter or month
 * (`2024`, `2024H1`, `2024Q3`, `2024-07`) gets one warning, where it is first seen. */
export class PeriodLabels {
  private readonly seen = new Map<string, string>();

  /** The normalised label of a cell's text; warns the first time an unusual label appears. */
  read(text: string, issues: SheetIssues, row: number, col: number): string {
    const known = this.seen.get(text);
    if (known !== undefined) return known;
    const p = parsePeriod(text);
    if (p.kind === 'other' && !this.seen.has(p.code)) {
      if (row > 0) issues.cellIssue('warning', 'io.period.unusual', row, col, { value: p.code });
      else issues.sheetIssue('warning', 'io.period.unusual', { value: p.code });
    }
    this.seen.set(text, p.code);
    this.seen.set(p.code, p.code);
    return p.code;
  }
}
