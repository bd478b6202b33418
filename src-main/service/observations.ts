import { matrixToArrow, type Handlers } from '../../src-shared/api';
import type { EvaluationMatrix } from '../../src-shared/engine/types';
import { matrixFromObservations, treeOrder } from '../../src-shared/engine';
import type { Store } from '../store';
import type { ServiceContext } from './context';
import { resolvePeriod } from './period';
import { evaluationInput } from './evaluation';
import { resolveScheme } from './schemes';

/** The raw values of one period as a units × leaves matrix: the units that have any value in
 * the period (in the units sheet's order), every leaf of the tree (in tree order). */
export function periodMatrix(store: Store, period: string): EvaluationMatrix {
  const observations = store.currentObservations(period);
  const present = new Set(observations.map((o) => o.unit));
  const unitCodes = store.listUnits().filter((u) => present.has(u.code)).map((u) => u.code);
  const leafCodes = treeOrder(store.listIndicators()).leaves.map((l) => l.code);
  return matrixFromObservations(unitCodes, leafCodes, observations);
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
