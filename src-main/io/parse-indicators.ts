import {
  SCORING_METHODS,
  type AggregationMethod,
  type Indicator,
  type IndicatorKind,
  type ScoringMethod,
} from '../../src-shared/model';
import { cellText, INVALID, MISSING, readNumber, shownValue, toHalfWidth } from './cells';
import { readFiniteNumber } from './checked-cells';
import { requireColumns, resolveColumns } from './columns';
import type { SheetIssues } from './issues';
import { INDICATOR_COLUMNS } from './names';
import type { RawCell } from './raw-sheet';

export interface IndicatorSheet {
  indicators: Indicator[];
  /** Spreadsheet row of each indicator (by its index in `indicators`). */
  rows: number[];
  /** Column index of each known field present. */
  at: Record<string, number>;
}

/** Codes: letters, digits, `_`, `.` and `-` (letters of any script). */
const CODE = /^[\p{L}\p{N}_.-]+$/u;

/** Reads the `indicators` sheet row by row. Checks of the tree as a whole (parents, cycles,
 * sibling weights, adjustment items) are in tree-check.ts. */
export function parseIndicators(issues: SheetIssues): IndicatorSheet | null {
  const cols = resolveColumns(issues, INDICATOR_COLUMNS);
  if (!requireColumns(issues, INDICATOR_COLUMNS, cols, ['code', 'name'])) return null;
  const { sheet } = issues;
  const at = cols.at;
  const indicators: Indicator[] = [];
  const rows: number[] = [];
  const firstRow = new Map<string, number>();

  for (let i = 0; i < sheet.rows.length; i++) {
    const cells = sheet.rows[i];
    const row = sheet.rowNumbers[i];
    const text = (field: keyof typeof INDICATOR_COLUMNS): string | null =>
      field in at ? cellText(cells[at[field]]) : null;
    const number = (field: keyof typeof INDICATOR_COLUMNS): number | null =>
      field in at ? readFiniteNumber(issues, cells[at[field]], row, at[field]) : null;

    const code = text('code');
    const name = text('name');
    if (code === null) issues.cellIssue('error', 'io.cell.required', row, at.code);
    else if (!CODE.test(code)) issues.cellIssue('error', 'io.indicators.badCode', row, at.code, { value: shownValue(code) });
    if (name === null) issues.cellIssue('error', 'io.cell.required', row, at.name);

    const kindCell = readKind(text('kind'));
    if (kindCell === null) issues.cellIssue('error', 'io.indicators.badKind', row, at.kind, { value: shownValue(cells[at.kind]) });
    const scoring = readScoring(text('scoring'));
    if (scoring === null) {
      issues.cellIssue('error', 'io.indicators.badScoring', row, at.scoring, {
        value: shownValue(cells[at.scoring]),
        allowed: SCORING_METHODS.join(', '),
      });
    }
    const aggregation = readAggregation(text('aggregation'));
    if (aggregation === null) {
      issues.cellIssue('error', 'io.indicators.badAggregation', row, at.aggregation, { value: shownValue(cells[at.aggregation]) });
    }
    const direction = 'direction' in at ? readDirection(cells[at.direction]) : 1;
    if (direction === null) {
      issues.cellIssue('error', 'io.indicators.badDirection', row, at.direction, { value: shownValue(cells[at.direction]) });
    }
    const weight = 'weight' in at ? readWeight(issues, cells[at.weight], row, at.weight) : 1;
    const target = number('target');
    const typicalMin = number('typical_min');
    const typicalMax = number('typical_max');
    if (typicalMin !== null && typicalMax !== null && typicalMin > typicalMax) {
      issues.cellIssue('error', 'io.indicators.badRange', row, at.typical_max, { min: typicalMin, max: typicalMax });
    }

    const attributes: Record<string, string> = {};
    for (const c of cols.extras) {
      const v = cellText(cells[c]);
      if (v !== null) attributes[sheet.header[c]] = v;
    }

    if (code === null) continue;
    const first = firstRow.get(code);
    if (first !== undefined) {
      issues.cellIssue('error', 'io.code.duplicate', row, at.code, { code, first });
      continue;
    }
    firstRow.set(code, row);
    indicators.push({
      code,
      name: name ?? '',
      nameEn: text('name_en'),
      parent: text('parent'),
      weight: weight ?? 1,
      direction: direction ?? 1,
      unit: text('unit'),
      kind: kindCell?.kind ?? 'indicator',
      fineKind: kindCell?.fineKind ?? null,
      scoring: scoring ?? 'minmax',
      aggregation: aggregation ?? 'arithmetic',
      target,
      typicalMin,
      typicalMax,
      department: text('department'),
      description: text('description'),
      attributes,
      position: indicators.length,
    });
    rows.push(row);
  }
  return { indicators, rows, at };
}

/** Weight: empty means 1; it must be a finite number >= 0. Returns null when reported. */
function readWeight(issues: SheetIssues, cell: RawCell | undefined, row: number, col: number): number | null {
  const n = readNumber(cell);
  if (n === MISSING) return 1;
  if (n === INVALID) {
    issues.cellIssue('error', 'io.cell.notNumber', row, col, { value: shownValue(cell) });
    return null;
  }
  if (!Number.isFinite(n) || n < 0) {
    issues.cellIssue('error', 'io.indicators.badWeight', row, col, { value: shownValue(cell) });
    return null;
  }
  return n;
}

const DIRECTIONS = new Map<string, 1 | -1>([
  ['1', 1], ['+1', 1], ['正向', 1], ['正', 1], ['higher', 1],
  ['-1', -1], ['逆向', -1], ['负向', -1], ['负', -1], ['反向', -1], ['lower', -1],
]);

/** Direction: empty means 1; 1 / -1, also 正向 / 逆向 (负向), as Chinese schemes write it. */
function readDirection(cell: RawCell | undefined): 1 | -1 | null {
  if (typeof cell === 'number') return cell === 1 ? 1 : cell === -1 ? -1 : null;
  const t = cellText(cell);
  if (t === null) return 1;
  return DIRECTIONS.get(toHalfWidth(t).toLowerCase().replace(/\s+/g, '')) ?? null;
}

const KINDS = new Map<string, { kind: IndicatorKind; fineKind: string | null }>([
  ['indicator', { kind: 'indicator', fineKind: null }],
  ['指标', { kind: 'indicator', fineKind: null }],
  ['quantitative', { kind: 'indicator', fineKind: 'quantitative' }],
  ['定量', { kind: 'indicator', fineKind: 'quantitative' }],
  ['survey', { kind: 'indicator', fineKind: 'survey' }],
  ['调查', { kind: 'indicator', fineKind: 'survey' }],
  ['goal', { kind: 'indicator', fineKind: 'goal' }],
  ['bonus', { kind: 'bonus', fineKind: null }],
  ['加分项', { kind: 'bonus', fineKind: null }],
  ['加分', { kind: 'bonus', fineKind: null }],
  ['penalty', { kind: 'penalty', fineKind: null }],
  ['扣分项', { kind: 'penalty', fineKind: null }],
  ['扣分', { kind: 'penalty', fineKind: null }],
  ['veto', { kind: 'veto', fineKind: null }],
  ['一票否决', { kind: 'veto', fineKind: null }],
]);

/** Kind: empty means `indicator`; `quantitative`, `survey` and `goal` are indicators whose
 * finer kind is kept for the UI. null for an unknown kind. */
function readKind(t: string | null): { kind: IndicatorKind; fineKind: string | null } | null {
  if (t === null) return { kind: 'indicator', fineKind: null };
  return KINDS.get(toHalfWidth(t).trim().toLowerCase()) ?? null;
}

const SCORING_ALIASES = new Map<string, ScoringMethod>([
  ...SCORING_METHODS.map((m) => [m, m] as [string, ScoringMethod]),
  ['min-max', 'minmax'],
  ['min_max', 'minmax'],
  ['z-score', 'zscore'],
  ['z_score', 'zscore'],
  ['功效系数', 'efficacy'],
]);

function readScoring(t: string | null): ScoringMethod | null {
  if (t === null) return 'minmax';
  return SCORING_ALIASES.get(toHalfWidth(t).trim().toLowerCase()) ?? null;
}

const AGGREGATIONS = new Map<string, AggregationMethod>([
  ['arithmetic', 'arithmetic'],
  ['算术', 'arithmetic'],
  ['算术平均', 'arithmetic'],
  ['geometric', 'geometric'],
  ['几何', 'geometric'],
  ['几何平均', 'geometric'],
]);

function readAggregation(t: string | null): AggregationMethod | null {
  if (t === null) return 'arithmetic';
  return AGGREGATIONS.get(toHalfWidth(t).trim().toLowerCase()) ?? null;
}
