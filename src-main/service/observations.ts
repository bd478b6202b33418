import { matrixToArrow, type Handlers } from '../../src-shared/api';
import type { EvaluationMatrix } from '../../src-shared/engine/types';
import { treeOrder } from '../../src-shared/engine';
import type { Store } from '../store';
import type { ServiceContext } from './context';
import { resolvePeriod } from './period';
import { evaluationInput } from './evaluation';
import { resolveScheme } from './schemes';

/** The raw values of one period as a units × leaves matrix: the units that have any value of
 * an active indicator in the period (in the units sheet's order), every leaf of the tree (in
 * tree order). Built straight from the store's columns: at 20,000 units × 60 leaves an object
 * per value would cost more than the scoring. */
export function periodMatrix(store: Store, period: string): EvaluationMatrix {
  const indicators = store.listIndicators();
  const active = new Set(indicators.map((i) => i.code));
  const leafCodes = treeOrder(indicators).leaves.map((l) => l.code);
  const leafIndex = new Map(leafCodes.map((c, j) => [c, j]));
  const cells = store.periodValues(period);
  const present = new Set<string>();
  for (let k = 0; k < cells.units.length; k++) if (active.has(cells.indicators[k])) present.add(cells.units[k]);
  const unitCodes = store.listUnits().filter((u) => present.has(u.code)).map((u) => u.code);
  const unitIndex = new Map(unitCodes.map((c, i) => [c, i]));
  const n = unitCodes.length;
  const values = new Float64Array(n * leafCodes.length).fill(NaN);
  // One current value per unit, period and indicator: the store's unique index guarantees it.
  for (let k = 0; k < cells.units.length; k++) {
    const j = leafIndex.get(cells.indicators[k]);
    const i = unitIndex.get(cells.units[k]);
    if (j !== undefined && i !== undefined) values[j * n + i] = cells.values[k];
  }
  return { unitCodes, leafCodes, values };
}

export function observationHandlers(ctx: ServiceContext): Pick<Handlers, 'getObservations'> {
  return {
    getObservations: async ({ period: asked, derived, scheme: name }) => {
      const period = resolvePeriod(ctx.store, asked);
      if (!derived) return matrixToArrow(periodMatrix(ctx.store, period));
      return matrixToArrow(evaluationInput(ctx.store, period, resolveScheme(ctx.store, name, {})).matrix);
    },
  };
}
