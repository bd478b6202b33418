import type { Indicator, Observation } from '../../src-shared/model';
import { cellText, INVALID, MISSING, readFlag, readNumber, shownValue, type NumberRead } from './cells';
import { requireColumns, resolveColumns, type Columns } from './columns';
import type { SheetIssues } from './issues';
import { DATA_COLUMNS } from './names';
import type { PeriodLabels } from './periods';
import type { RawCell } from './raw-sheet';
import type { TreeFacts } from './tree-check';

/** What the data sheet is checked against. */
export interface DataContext {
  /** The indicator tree; null when the indicators sheet could not be read (then indicator
   * codes are not checked, rather than reporting every one of them). */
  tree: TreeFacts | null;
  /** Unit codes of the units sheet; null when it could not be read. */
  units: Set<string> | null;
  /** Period for rows that name none (a wide sheet without a `period` column). */
  period: string | null;
  periods: PeriodLabels;
}

/** How one indicator's cells are read and checked. */
interface ValueColumn {
  code: string;
  read: (cell: RawCell | undefined) => NumberRead;
  /** Values below `low` or above `high` are far outside the typical range (a warning). */
  low: number;
  high: number;
  min: number | null;
  max: number | null;
}

/** Reads the `data` sheet, wide (one column per leaf indicator) or long (unit, period,
 * indicator, value), told apart by its headers: a sheet with an `indicator` or a `value`
 * column is long. Every cell gives one observation; a missing value is null, not zero. */
export function parseData(issues: SheetIssues, ctx: DataContext): Observation[] | null {
  const cols = resolveColumns(issues, DATA_COLUMNS);
  const long = 'indicator' in cols.at || 'value' in cols.at;
  const required = long ? ['unit', 'indicator', 'value'] : ['unit'];
  if (!requireColumns(issues, DATA_COLUMNS, cols, required)) return null;
  if (!('period' in cols.at) && ctx.period === null) {
    issues.columnIssue('error', 'io.data.periodRequired', DATA_COLUMNS.period[0]);
  }
  const defaultPeriod = ctx.period === null ? null : ctx.periods.read(ctx.period, issues, 0, -1);
  const observations = long ? readLong(issues, ctx, cols, defaultPeriod) : readWide(issues, ctx, cols, defaultPeriod);
  if (issues.sheet.rows.length === 0) issues.sheetIssue('warning', 'io.sheet.noRows');
  return observations;
}

function readWide(issues: SheetIssues, ctx: DataContext, cols: Columns, defaultPeriod: string | null): Observation[] {
  const { sheet } = issues;
  const valueCols: { col: number; vc: ValueColumn }[] = [];
  const colOfCode = new Map<string, number>();
  const resolver = codeResolver(ctx.tree);
  for (const c of cols.extras) {
    const header = sheet.header[c];
    const ind = resolver.find(header);
    if (ctx.tree && !ind) {
      issues.columnIssue('error', 'io.data.unknownIndicator', c, { indicator: header });
      continue;
    }
    if (ind && ctx.tree!.aggregates.has(ind.code)) {
      issues.columnIssue('error', 'io.data.aggregateIndicator', c, { indicator: ind.code });
      continue;
    }
    const code = ind ? ind.code : header;
    const first = colOfCode.get(code);
    if (first !== undefined) {
      issues.columnIssue('error', 'io.column.duplicate', c, { first: sheet.header[first] });
      continue;
    }
    colOfCode.set(code, c);
    valueCols.push({ col: c, vc: valueColumn(code, ind) });
  }

  const unitCol = cols.at.unit;
  const periodCol = cols.at.period ?? -1;
  const firstRow = new Map<string, number>();
  const observations: Observation[] = [];
  for (let i = 0; i < sheet.rows.length; i++) {
    const cells = sheet.rows[i];
    const row = sheet.rowNumbers[i];
    const unit = readUnit(issues, ctx, cells, row, unitCol);
    const period = readPeriod(issues, ctx, cells, row, periodCol, defaultPeriod);
    let keep = unit !== null && period !== null;
    if (keep) {
      const key = unit + '\u0000' + period;
      const first = firstRow.get(key);
      if (first !== undefined) {
        issues.cellIssue('error', 'io.data.duplicateRow', row, unitCol, { unit: unit!, period: period!, first });
        keep = false;
      } else firstRow.set(key, row);
    }
    for (let k = 0; k < valueCols.length; k++) {
      const { col, vc } = valueCols[k];
      const value = readValue(issues, vc, cells[col], row, col);
      if (keep && value !== undefined) observations.push({ unit: unit!, period: period!, indicator: vc.code, value });
    }
  }
  return observations;
}

function readLong(issues: SheetIssues, ctx: DataContext, cols: Columns, defaultPeriod: string | null): Observation[] {
  const { sheet } = issues;
  for (const c of cols.extras) issues.columnIssue('warning', 'io.column.ignored', c);
  const unitCol = cols.at.unit;
  const periodCol = cols.at.period ?? -1;
  const indicatorCol = cols.at.indicator;
  const valueCol = cols.at.value;
  const resolver = codeResolver(ctx.tree);
  const valueCols = new Map<string, ValueColumn>();
  const firstRow = new Map<string, number>();
  const observations: Observation[] = [];
  for (let i = 0; i < sheet.rows.length; i++) {
    const cells = sheet.rows[i];
    const row = sheet.rowNumbers[i];
    const unit = readUnit(issues, ctx, cells, row, unitCol);
    const period = readPeriod(issues, ctx, cells, row, periodCol, defaultPeriod);
    const text = cellText(cells[indicatorCol]);
    let vc: ValueColumn | undefined;
    if (text === null) issues.cellIssue('error', 'io.cell.required', row, indicatorCol);
    else {
      vc = valueCols.get(text);
      if (!vc) {
        const ind = resolver.find(text);
        if (ctx.tree && !ind) issues.cellIssue('error', 'io.data.unknownIndicator', row, indicatorCol, { indicator: text });
        else if (ind && ctx.tree!.aggregates.has(ind.code)) {
          issues.cellIssue('error', 'io.data.aggregateIndicator', row, indicatorCol, { indicator: ind.code });
        } else {
          vc = valueColumn(ind ? ind.code : text, ind);
          valueCols.set(text, vc);
        }
      }
    }
    const value = readValue(issues, vc ?? null, cells[valueCol], row, valueCol);
    if (unit === null || period === null || !vc || value === undefined) continue;
    const key = unit + '\u0000' + period + '\u0000' + vc.code;
    const first = firstRow.get(key);
    if (first !== undefined) {
      issues.cellIssue('error', 'io.data.duplicate', row, indicatorCol, { unit, period, indicator: vc.code, first });
      continue;
    }
    firstRow.set(key, row);
    observations.push({ unit, period, indicator: vc.code, value });
  }
  return observations;
}

/** The row's unit code, or null (reported) when empty or not in the units sheet. */
function readUnit(issues: SheetIssues, ctx: DataContext, cells: RawCell[], row: number, col: number): string | null {
  const unit = cellText(cells[col]);
  if (unit === null) {
    issues.cellIssue('error', 'io.cell.required', row, col);
    return null;
  }
  if (ctx.units && !ctx.units.has(unit)) {
    issues.cellIssue('error', 'io.data.unknownUnit', row, col, { unit });
    return null;
  }
  return unit;
}

function readPeriod(
  issues: SheetIssues,
  ctx: DataContext,
  cells: RawCell[],
  row: number,
  col: number,
  defaultPeriod: string | null,
): string | null {
  const text = col >= 0 ? cellText(cells[col]) : null;
  if (text !== null) return ctx.periods.read(text, issues, row, col);
  if (defaultPeriod === null && col >= 0) issues.cellIssue('error', 'io.cell.required', row, col);
  return defaultPeriod;
}

/** A value: a number or null (missing); undefined when the cell is reported as an error. */
function readValue(
  issues: SheetIssues,
  vc: ValueColumn | null,
  cell: RawCell | undefined,
  row: number,
  col: number,
): number | null | undefined {
  const n = vc ? vc.read(cell) : readNumber(cell);
  if (n === MISSING) return null;
  if (n === INVALID) {
    issues.cellIssue('error', 'io.cell.notNumber', row, col, { value: shownValue(cell) });
    return undefined;
  }
  if (!Number.isFinite(n)) {
    issues.cellIssue('error', 'io.cell.notFinite', row, col, { value: shownValue(cell) });
    return undefined;
  }
  if (vc && (n < vc.low || n > vc.high)) {
    issues.cellIssue('warning', 'io.data.outOfRange', row, col, { indicator: vc.code, value: n, min: vc.min!, max: vc.max! });
  }
  return n;
}

/** How an indicator's values are read: veto items also take TRUE/FALSE and 是/否; a value
 * further outside typical_min..typical_max than the range is wide is flagged. */
function valueColumn(code: string, ind: Indicator | null): ValueColumn {
  const read = ind?.kind === 'veto' ? readFlag : readNumber;
  const min = ind?.typicalMin ?? null;
  const max = ind?.typicalMax ?? null;
  if (min === null || max === null) return { code, read, low: -Infinity, high: Infinity, min, max };
  const margin = max > min ? max - min : Math.max(Math.abs(min), 1);
  return { code, read, low: min - margin, high: max + margin, min, max };
}

/** Finds an indicator by the code a data sheet writes: exactly, else case-insensitively when
 * that is unambiguous. Without a tree, nothing is found. */
function codeResolver(tree: TreeFacts | null): { find(text: string): Indicator | null } {
  if (!tree) return { find: () => null };
  const folded = new Map<string, Indicator | null>();
  for (const ind of tree.byCode.values()) {
    const k = ind.code.toLowerCase();
    folded.set(k, folded.has(k) ? null : ind);
  }
  return { find: (text) => tree.byCode.get(text) ?? folded.get(text.toLowerCase()) ?? null };
}
