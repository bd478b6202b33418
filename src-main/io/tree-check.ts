import type { Indicator } from '../../src-shared/model';
import { findCycles } from './cycles';
import type { SheetIssues } from './issues';
import type { IndicatorSheet } from './parse-indicators';

/** What the data and goals sheets need to know about the tree. */
export interface TreeFacts {
  byCode: Map<string, Indicator>;
  /** Codes of nodes with children. */
  aggregates: Set<string>;
}

/** Checks the tree as a whole (docs/workbook-format.md, "Rules for the whole tree"): every
 * parent exists, no cycles, weights are not all zero in any group, bonus/penalty/veto items
 * are leaves under the root, and a leaf's scoring method has what it needs. */
export function checkTree(issues: SheetIssues, sheet: IndicatorSheet): TreeFacts {
  const { indicators, rows } = sheet;
  const byCode = new Map(indicators.map((ind) => [ind.code, ind]));
  const rowOf = new Map(indicators.map((ind, i) => [ind.code, rows[i]]));
  const colOf = (field: string): number => sheet.at[field] ?? -1;
  const parentCol = colOf('parent');

  const children = new Map<string, Indicator[]>();
  indicators.forEach((ind, i) => {
    if (ind.parent === null) return;
    if (!byCode.has(ind.parent)) {
      issues.cellIssue('error', 'io.indicators.unknownParent', rows[i], parentCol, { code: ind.code, parent: ind.parent });
      return;
    }
    const list = children.get(ind.parent);
    if (list) list.push(ind);
    else children.set(ind.parent, [ind]);
  });
  const aggregates = new Set(children.keys());

  if (indicators.length === 0) issues.sheetIssue('error', 'io.sheet.noRows');
  reportCycles(issues, indicators, rowOf, parentCol);

  // Adjustment items stand outside the weighted tree.
  const kindCol = colOf('kind');
  indicators.forEach((ind, i) => {
    if (ind.kind === 'indicator') return;
    if (ind.parent !== null) {
      issues.cellIssue('error', 'io.indicators.adjustmentHasParent', rows[i], parentCol, { code: ind.code, kind: ind.kind, parent: ind.parent });
    }
    if (aggregates.has(ind.code)) {
      issues.cellIssue('error', 'io.indicators.adjustmentHasChildren', rows[i], kindCol, { code: ind.code, kind: ind.kind });
    }
  });

  // In every group at least one weighted sibling must count (adjustments are not weighted).
  const weightCol = colOf('weight');
  const groups = new Map<string | null, Indicator[]>([[null, indicators.filter((ind) => ind.parent === null)]]);
  for (const [p, list] of children) groups.set(p, list);
  for (const [parent, list] of groups) {
    if (parent !== null && byCode.get(parent)?.kind !== 'indicator') continue;
    const weighted = list.filter((ind) => ind.kind === 'indicator');
    if (weighted.length === 0 || weighted.some((ind) => ind.weight > 0)) continue;
    const row = rowOf.get(weighted[0].code)!;
    if (parent === null) issues.cellIssue('error', 'io.indicators.zeroWeightsTop', row, weightCol);
    else issues.cellIssue('error', 'io.indicators.zeroWeights', row, weightCol, { parent });
  }

  // A leaf's scoring method must have its inputs.
  const scoringCol = colOf('scoring');
  indicators.forEach((ind, i) => {
    if (aggregates.has(ind.code) || ind.kind !== 'indicator') return;
    if (ind.scoring === 'fixed' && (ind.typicalMin === null || ind.typicalMax === null || ind.typicalMin === ind.typicalMax)) {
      issues.cellIssue('error', 'io.indicators.fixedNeedsRange', rows[i], scoringCol, { code: ind.code });
    }
    if (ind.scoring === 'target' && (ind.target === null || ind.target === 0)) {
      issues.cellIssue('error', 'io.indicators.targetNeedsTarget', rows[i], scoringCol, { code: ind.code });
    }
  });

  return { byCode, aggregates };
}

function reportCycles(issues: SheetIssues, indicators: Indicator[], rowOf: Map<string, number>, parentCol: number): void {
  const parentOf = new Map(indicators.map((ind) => [ind.code, ind.parent]));
  for (const cycle of findCycles(indicators.map((ind) => ind.code), parentOf)) {
    issues.cellIssue('error', 'io.indicators.cycle', rowOf.get(cycle[0])!, parentCol, { code: cycle[0], cycle: cycle.join(' → ') });
  }
}
