import type { Unit } from '../../src-shared/model';
import { cellText } from './cells';
import { findCycles } from './cycles';
import { requireColumns, resolveColumns } from './columns';
import type { SheetIssues } from './issues';
import { groupNameOf, UNIT_COLUMNS } from './names';

/** Reads the `units` sheet: code and name required and codes unique; `group:<name>` columns
 * become groups and other unknown columns attributes. A parent need not be listed (a
 * township above the villages), but listed units must not form a cycle. */
export function parseUnits(issues: SheetIssues): Unit[] | null {
  const cols = resolveColumns(issues, UNIT_COLUMNS);
  if (!requireColumns(issues, UNIT_COLUMNS, cols, ['code', 'name'])) return null;
  const { sheet } = issues;
  const at = cols.at;
  const groupCols: { col: number; name: string }[] = [];
  const attrCols: number[] = [];
  for (const c of cols.extras) {
    const g = groupNameOf(sheet.header[c]);
    if (g === null) attrCols.push(c);
    else groupCols.push({ col: c, name: g });
  }

  const units: Unit[] = [];
  const rowOf = new Map<string, number>();
  for (let i = 0; i < sheet.rows.length; i++) {
    const cells = sheet.rows[i];
    const row = sheet.rowNumbers[i];
    const code = cellText(cells[at.code]);
    const name = cellText(cells[at.name]);
    if (code === null) issues.cellIssue('error', 'io.cell.required', row, at.code);
    if (name === null) issues.cellIssue('error', 'io.cell.required', row, at.name);
    if (code === null) continue;
    const first = rowOf.get(code);
    if (first !== undefined) {
      issues.cellIssue('error', 'io.code.duplicate', row, at.code, { code, first });
      continue;
    }
    rowOf.set(code, row);
    const groups: Record<string, string> = {};
    for (const g of groupCols) {
      const v = cellText(cells[g.col]);
      if (v !== null) groups[g.name] = v;
    }
    const attributes: Record<string, string> = {};
    for (const c of attrCols) {
      const v = cellText(cells[c]);
      if (v !== null) attributes[sheet.header[c]] = v;
    }
    const opt = (field: keyof typeof UNIT_COLUMNS): string | null => (field in at ? cellText(cells[at[field]]) : null);
    units.push({
      code,
      name: name ?? '',
      parent: opt('parent'),
      level: opt('level'),
      category: opt('category'),
      groups,
      attributes,
      position: units.length,
    });
  }
  if (sheet.rows.length === 0) issues.sheetIssue('error', 'io.sheet.noRows');
  reportUnitCycles(issues, units, rowOf, at.parent ?? -1);
  return units;
}

function reportUnitCycles(issues: SheetIssues, units: Unit[], rowOf: Map<string, number>, parentCol: number): void {
  const parentOf = new Map(units.map((u) => [u.code, u.parent]));
  for (const cycle of findCycles(units.map((u) => u.code), parentOf)) {
    issues.cellIssue('error', 'io.units.cycle', rowOf.get(cycle[0])!, parentCol, { code: cycle[0], cycle: cycle.join(' → ') });
  }
}
