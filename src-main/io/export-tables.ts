import { comparePeriods, parsePeriod, type Indicator, type Workbook } from '../../src-shared/model';
import { fieldOf, GOAL_COLUMNS, groupNameOf, INDICATOR_COLUMNS, MARK_COLUMNS, UNIT_COLUMNS, type ColumnSpec, type SheetKind } from './names';

/** A cell to write: text (neutralised by the writers), a number, or empty. */
export type OutCell = string | number | null;

/** One sheet to write, the same for xlsx and CSV. */
export interface Table {
  name: SheetKind;
  header: string[];
  rows: OutCell[][];
  /** Columns whose text is free-form (attributes, groups): the xlsx writer stores text that
   * is exactly a number's spelling as a number, so Excel does not flag it. */
  looseText: boolean[];
  /** Leading columns that identify a row (kept in view when scrolling right). */
  keyColumns: number;
}

/** The workbook as the sheets of docs/workbook-format.md (marks only when there are any). The
 * data sheet is wide (one row per unit and period, one column per leaf indicator, as offices
 * keep it) with a `period` column, so one sheet holds every period. Column names are the
 * canonical English ones. */
export function workbookTables(wb: Workbook): Table[] {
  const tables = [indicatorTable(wb), unitTable(wb), dataTable(wb), goalTable(wb)];
  // The optional marks sheet only when there are marks: a workbook without them exports as before.
  if (wb.marks && wb.marks.length > 0) tables.push(markTable(wb.marks));
  return tables;
}

const col = (spec: ColumnSpec, field: string): string => spec[field][0];

function indicatorTable(wb: Workbook): Table {
  const fixed = Object.keys(INDICATOR_COLUMNS).map((f) => col(INDICATOR_COLUMNS, f));
  const attrs = attributeKeys(wb.indicators.map((i) => i.attributes), INDICATOR_COLUMNS);
  const rows = wb.indicators.map((i): OutCell[] => [
    i.code,
    i.name,
    i.nameEn,
    i.parent,
    i.weight,
    i.direction,
    i.unit,
    i.fineKind ?? i.kind,
    i.scoring,
    i.aggregation,
    i.target,
    i.typicalMin,
    i.typicalMax,
    i.department,
    i.description,
    ...attrs.map((k) => i.attributes[k] ?? null),
  ]);
  return table('indicators', [...fixed, ...attrs], rows, fixed.length, 2);
}

function unitTable(wb: Workbook): Table {
  const fixed = Object.keys(UNIT_COLUMNS).map((f) => col(UNIT_COLUMNS, f));
  const groups = firstSeenKeys(wb.units.map((u) => u.groups));
  // An attribute spelled like a group column would be read back as a group.
  const attrs = attributeKeys(wb.units.map((u) => u.attributes), UNIT_COLUMNS).filter((k) => groupNameOf(k) === null);
  const rows = wb.units.map((u): OutCell[] => [
    u.code,
    u.name,
    u.parent,
    u.level,
    u.category,
    ...groups.map((g) => u.groups[g] ?? null),
    ...attrs.map((k) => u.attributes[k] ?? null),
  ]);
  return table('units', [...fixed, ...groups.map((g) => 'group:' + g), ...attrs], rows, fixed.length, 2);
}

function dataTable(wb: Workbook): Table {
  const leaves = leavesInTreeOrder(wb.indicators);
  const leafIndex = new Map(leaves.map((c, j) => [c, j]));
  for (const o of wb.observations) {
    if (!leafIndex.has(o.indicator)) {
      leafIndex.set(o.indicator, leaves.length);
      leaves.push(o.indicator);
    }
  }
  const unitOrder = new Map(wb.units.map((u, i) => [u.code, i]));
  const unitName = new Map(wb.units.map((u) => [u.code, u.name]));
  const periods = new Map<string, ReturnType<typeof parsePeriod>>();
  const rowsByKey = new Map<string, { unit: string; period: string; values: OutCell[] }>();
  for (const o of wb.observations) {
    const key = o.period + '\u0000' + o.unit;
    let r = rowsByKey.get(key);
    if (!r) {
      r = { unit: o.unit, period: o.period, values: new Array<OutCell>(leaves.length).fill(null) };
      rowsByKey.set(key, r);
      if (!periods.has(o.period)) periods.set(o.period, parsePeriod(o.period));
    }
    r.values[leafIndex.get(o.indicator)!] = o.value;
  }
  const sorted = [...rowsByKey.values()].sort(
    (a, b) =>
      comparePeriods(periods.get(a.period)!, periods.get(b.period)!) ||
      (unitOrder.get(a.unit) ?? Infinity) - (unitOrder.get(b.unit) ?? Infinity) ||
      (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0),
  );
  const rows = sorted.map((r): OutCell[] => [r.unit, unitName.get(r.unit) ?? null, r.period, ...r.values]);
  return table('data', ['unit', 'name', 'period', ...leaves], rows, 3, 3);
}

function goalTable(wb: Workbook): Table {
  const header = Object.keys(GOAL_COLUMNS).map((f) => col(GOAL_COLUMNS, f));
  const rows = wb.goals.map((g): OutCell[] => [
    g.unit,
    g.period,
    g.code,
    g.title,
    g.indicator,
    g.target,
    g.actual,
    g.status,
    g.verifiedBy,
    g.note,
  ]);
  return table('goals', header, rows, header.length, 0);
}

/** Long form, one row per expert's mark, in the order given (the store's: period, unit,
 * indicator, then as imported). */
function markTable(marks: NonNullable<Workbook['marks']>): Table {
  const header = Object.keys(MARK_COLUMNS).map((f) => col(MARK_COLUMNS, f));
  const rows = marks.map((m): OutCell[] => [m.unit, m.period, m.indicator, m.expert, m.value, m.note]);
  return table('marks', header, rows, header.length, 4);
}

/** Leaf codes, depth-first from the top-level nodes, children in position order. */
export function leavesInTreeOrder(indicators: Indicator[]): string[] {
  const byPosition = [...indicators].sort((a, b) => a.position - b.position);
  const codes = new Set(byPosition.map((i) => i.code));
  const children = new Map<string | null, Indicator[]>();
  for (const i of byPosition) {
    const p = i.parent !== null && codes.has(i.parent) ? i.parent : null;
    const list = children.get(p);
    if (list) list.push(i);
    else children.set(p, [i]);
  }
  const leaves: string[] = [];
  const visited = new Set<string>();
  const visit = (i: Indicator): void => {
    if (visited.has(i.code)) return;
    visited.add(i.code);
    const kids = children.get(i.code);
    if (!kids) leaves.push(i.code);
    else kids.forEach(visit);
  };
  (children.get(null) ?? []).forEach(visit);
  return leaves;
}

/** Attribute names in first-seen order, leaving out any that would read back as a known
 * column (they could not survive a round trip anyway). */
function attributeKeys(records: Record<string, string>[], spec: ColumnSpec): string[] {
  return firstSeenKeys(records).filter((k) => fieldOf(spec, k) === null);
}

function firstSeenKeys(records: Record<string, string>[]): string[] {
  const keys = new Set<string>();
  for (const r of records) for (const k of Object.keys(r)) keys.add(k);
  return [...keys];
}

function table(name: SheetKind, header: string[], rows: OutCell[][], fixedCount: number, keyColumns: number): Table {
  const looseText = header.map((_h, c) => name !== 'goals' && name !== 'data' && c >= fixedCount);
  return { name, header, rows, looseText, keyColumns };
}
