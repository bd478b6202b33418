import type { WorkbookIssue } from '../../src-shared/model';
import { columnLetter, type RawSheet } from './raw-sheet';

/** At most this many issues are reported; the rest are counted in one closing `io.more`. */
export const ISSUE_CAP = 1000;

type Params = Record<string, string | number>;

/** Collects every problem of a workbook. Keeps at most ISSUE_CAP issues per severity in memory
 * (a sheet of 100,000 bad cells must not build 100,000 objects) and, when reporting, prefers
 * errors over warnings so that warnings never crowd out what blocks the import. */
export class IssueCollector {
  private readonly errors: { seq: number; issue: WorkbookIssue }[] = [];
  private readonly warnings: { seq: number; issue: WorkbookIssue }[] = [];
  private seq = 0;
  private errorCount = 0;
  private warningCount = 0;

  add(issue: WorkbookIssue): void {
    const seq = this.seq++;
    if (issue.severity === 'error') {
      this.errorCount++;
      if (this.errors.length < ISSUE_CAP) this.errors.push({ seq, issue });
    } else {
      this.warningCount++;
      if (this.warnings.length < ISSUE_CAP) this.warnings.push({ seq, issue });
    }
  }

  get hasErrors(): boolean {
    return this.errorCount > 0;
  }

  /** The report: errors first in priority, then warnings, in the order found, capped. */
  list(): WorkbookIssue[] {
    const errors = this.errors.slice(0, ISSUE_CAP);
    const warnings = this.warnings.slice(0, ISSUE_CAP - errors.length);
    const kept = [...errors, ...warnings].sort((a, b) => a.seq - b.seq).map((e) => e.issue);
    const total = this.errorCount + this.warningCount;
    if (total > kept.length) {
      const errorsLeft = this.errorCount - errors.length;
      kept.push({
        key: 'io.more',
        params: { count: total - kept.length, errors: errorsLeft },
        severity: errorsLeft > 0 ? 'error' : 'warning',
      });
    }
    return kept;
  }
}

/** Issues about one sheet: fills in sheet, row and column (and the same as params, plus the
 * cell address, so that messages can name them). */
export class SheetIssues {
  constructor(
    readonly collector: IssueCollector,
    readonly sheet: RawSheet,
  ) {}

  /** An issue about the sheet as a whole. */
  sheetIssue(severity: WorkbookIssue['severity'], key: string, params: Params = {}): void {
    this.collector.add({ key, params: { sheet: this.sheet.name, ...params }, sheet: this.sheet.name, severity });
  }

  /** An issue about a column (in the header row). `column` names a column the sheet lacks. */
  columnIssue(severity: WorkbookIssue['severity'], key: string, col: number | string, params: Params = {}): void {
    const column = typeof col === 'number' ? this.columnName(col) : col;
    const p: Params = { sheet: this.sheet.name, row: this.sheet.headerRow, column, ...params };
    if (typeof col === 'number') p.cell = columnLetter(col) + this.sheet.headerRow;
    this.collector.add({ key, params: p, sheet: this.sheet.name, row: this.sheet.headerRow, column, severity });
  }

  /** An issue about one cell; `col` may be -1 for a whole row. */
  cellIssue(severity: WorkbookIssue['severity'], key: string, row: number, col: number, params: Params = {}): void {
    const issue: WorkbookIssue = { key, sheet: this.sheet.name, row, severity };
    const p: Params = { sheet: this.sheet.name, row };
    if (col >= 0) {
      issue.column = this.columnName(col);
      p.column = issue.column;
      p.cell = columnLetter(col) + row;
    }
    issue.params = { ...p, ...params };
    this.collector.add(issue);
  }

  /** A column's header text, or its letter where the header is empty. */
  columnName(col: number): string {
    return this.sheet.header[col] || columnLetter(col);
  }
}
