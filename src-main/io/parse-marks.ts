import type { Mark } from '../../src-shared/model';
import { cellText, MISSING, readNumber } from './cells';
import { readFiniteNumber } from './checked-cells';
import { requireColumns, resolveColumns } from './columns';
import type { SheetIssues } from './issues';
import { MARK_COLUMNS } from './names';
import type { DataContext } from './parse-data';

/** Reads the optional `marks` sheet (评分, 专家评分), long form: one row per unit, period,
 * leaf indicator and expert, with the expert's mark in `value` and an optional `note`.
 *
 * Checked like the data sheet: unit, indicator, expert and value are required (and period
 * unless named at import time); the unit must be in the units sheet; the indicator must be a
 * leaf of the tree (an aggregate's score comes from its children); the value must be a finite
 * number — an expert who gave no mark has no row, so an empty value is an error, not a missing
 * value; (unit, period, indicator, expert) is unique. A mark below 0 or above the indicator's
 * typical_max is a warning: marks are points out of the item's maximum, so such a mark is
 * likely a typing slip, but the committee may have its reasons. Unknown columns are ignored
 * with a warning. */
export function parseMarks(issues: SheetIssues, ctx: DataContext): Mark[] | null {
  const cols = resolveColumns(issues, MARK_COLUMNS);
  const required = ctx.period === null ? ['unit', 'period', 'indicator', 'expert', 'value'] : ['unit', 'indicator', 'expert', 'value'];
  if (!requireColumns(issues, MARK_COLUMNS, cols, required)) return null;
  for (const c of cols.extras) issues.columnIssue('warning', 'io.column.ignored', c);
  const { sheet } = issues;
  const at = cols.at;
  const defaultPeriod = ctx.period === null ? null : ctx.periods.read(ctx.period, issues, 0, -1);
  const marks: Mark[] = [];
  const firstRow = new Map<string, number>();
  for (let i = 0; i < sheet.rows.length; i++) {
    const cells = sheet.rows[i];
    const row = sheet.rowNumbers[i];
    const text = (field: keyof typeof MARK_COLUMNS): string | null => (field in at ? cellText(cells[at[field]]) : null);
    const required = (field: keyof typeof MARK_COLUMNS): string | null => {
      const t = text(field);
      if (t === null) issues.cellIssue('error', 'io.cell.required', row, at[field]);
      return t;
    };

    let unit = required('unit');
    if (unit !== null && ctx.units && !ctx.units.has(unit)) {
      issues.cellIssue('error', 'io.data.unknownUnit', row, at.unit, { unit });
      unit = null;
    }
    const periodText = text('period');
    const period = periodText !== null ? ctx.periods.read(periodText, issues, row, at.period) : defaultPeriod;
    if (period === null) issues.cellIssue('error', 'io.cell.required', row, at.period);

    let indicator = required('indicator');
    const node = indicator !== null && ctx.tree ? ctx.tree.byCode.get(indicator) : undefined;
    if (indicator !== null && ctx.tree) {
      if (!node) {
        issues.cellIssue('error', 'io.data.unknownIndicator', row, at.indicator, { indicator });
        indicator = null;
      } else if (ctx.tree.aggregates.has(indicator)) {
        issues.cellIssue('error', 'io.data.aggregateIndicator', row, at.indicator, { indicator });
        indicator = null;
      }
    }
    const expert = required('expert');

    // Missing markers (NA, —) are no mark either: required, like an empty cell.
    let value: number | null = null;
    if (readNumber(cells[at.value]) === MISSING) issues.cellIssue('error', 'io.cell.required', row, at.value);
    else value = readFiniteNumber(issues, cells[at.value], row, at.value);
    if (value !== null && indicator !== null) {
      const max = node?.typicalMax ?? null;
      if (value < 0 && max === null) {
        issues.cellIssue('warning', 'io.marks.negative', row, at.value, { indicator, value });
      } else if (max !== null && (value < 0 || value > max)) {
        issues.cellIssue('warning', 'io.marks.outOfRange', row, at.value, { indicator, value, max });
      }
    }

    if (unit === null || period === null || indicator === null || expert === null || value === null) continue;
    const key = JSON.stringify([unit, period, indicator, expert]);
    const first = firstRow.get(key);
    if (first !== undefined) {
      issues.cellIssue('error', 'io.marks.duplicate', row, at.expert, { unit, period, indicator, expert, first });
      continue;
    }
    firstRow.set(key, row);
    marks.push({ unit, period, indicator, expert, value, note: text('note') });
  }
  return marks;
}
