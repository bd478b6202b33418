import { GOAL_STATUSES, type Goal, type GoalStatus } from '../../src-shared/model';
import { cellText, shownValue, toHalfWidth } from './cells';
import { readFiniteNumber } from './checked-cells';
import { requireColumns, resolveColumns } from './columns';
import type { SheetIssues } from './issues';
import { GOAL_COLUMNS } from './names';
import type { DataContext } from './parse-data';

const STATUSES = new Map<string, GoalStatus>([
  ...GOAL_STATUSES.map((s) => [s, s] as [string, GoalStatus]),
  ['已设定', 'set'],
  ['设定', 'set'],
  ['完成', 'done'],
  ['已完成', 'done'],
  ['部分完成', 'partial'],
  ['未完成', 'missed'],
  ['撤销', 'dropped'],
  ['已撤销', 'dropped'],
]);

/** Reads the optional `goals` sheet (赶考目标): unit, period, code and title required; the
 * unit must be in the units sheet and a linked indicator in the tree; (unit, period, code)
 * unique; status one of set/done/partial/missed/dropped (default `set`). Goals have no place
 * for unknown columns, so those are reported as ignored. */
export function parseGoals(issues: SheetIssues, ctx: DataContext): Goal[] | null {
  const cols = resolveColumns(issues, GOAL_COLUMNS);
  const required = ctx.period === null ? ['unit', 'period', 'code', 'title'] : ['unit', 'code', 'title'];
  if (!requireColumns(issues, GOAL_COLUMNS, cols, required)) return null;
  for (const c of cols.extras) issues.columnIssue('warning', 'io.column.ignored', c);
  const { sheet } = issues;
  const at = cols.at;
  const defaultPeriod = ctx.period === null ? null : ctx.periods.read(ctx.period, issues, 0, -1);
  const goals: Goal[] = [];
  const firstRow = new Map<string, number>();
  for (let i = 0; i < sheet.rows.length; i++) {
    const cells = sheet.rows[i];
    const row = sheet.rowNumbers[i];
    const text = (field: keyof typeof GOAL_COLUMNS): string | null => (field in at ? cellText(cells[at[field]]) : null);
    const required = (field: keyof typeof GOAL_COLUMNS): string | null => {
      const t = text(field);
      if (t === null) issues.cellIssue('error', 'io.cell.required', row, at[field]);
      return t;
    };
    const unit = required('unit');
    if (unit !== null && ctx.units && !ctx.units.has(unit)) {
      issues.cellIssue('error', 'io.data.unknownUnit', row, at.unit, { unit });
    }
    const periodText = text('period');
    const period = periodText !== null ? ctx.periods.read(periodText, issues, row, at.period) : defaultPeriod;
    if (period === null) issues.cellIssue('error', 'io.cell.required', row, at.period);
    const code = required('code');
    const title = required('title');
    const indicator = text('indicator');
    if (indicator !== null && ctx.tree && !ctx.tree.byCode.has(indicator)) {
      issues.cellIssue('error', 'io.data.unknownIndicator', row, at.indicator, { indicator });
    }
    const number = (field: 'target' | 'actual'): number | null =>
      field in at ? readFiniteNumber(issues, cells[at[field]], row, at[field]) : null;
    const target = number('target');
    const actual = number('actual');
    const statusText = text('status');
    const status = statusText === null ? 'set' : STATUSES.get(toHalfWidth(statusText).trim().toLowerCase());
    if (!status) {
      issues.cellIssue('error', 'io.goals.badStatus', row, at.status, {
        value: shownValue(statusText),
        allowed: GOAL_STATUSES.join(', '),
      });
    }
    if (unit === null || period === null || code === null) continue;
    const key = unit + '\u0000' + period + '\u0000' + code;
    const first = firstRow.get(key);
    if (first !== undefined) {
      issues.cellIssue('error', 'io.goals.duplicate', row, at.code, { unit, period, code, first });
      continue;
    }
    firstRow.set(key, row);
    goals.push({
      unit,
      period,
      code,
      title: title ?? '',
      indicator,
      target,
      actual,
      status: status ?? 'set',
      verifiedBy: text('verified_by'),
      note: text('note'),
    });
  }
  return goals;
}
