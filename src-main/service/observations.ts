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
 * per value would cost more than the scoring. Reading those 1.2 million values from SQLite
 * takes about 2 s, and every screen's call needs the matrix again (the ranking asks twice, for
 * the working copy and the baseline): so the last few periods' matrices are kept per store,
 * until its data revision changes (an import, here or by another connection). Each caller
 * gets its own copy, so none can change what the next one reads. */
export function periodMatrix(store: Store, period: string): EvaluationMatrix {
  let cache = matrices.get(store);
  if (!cache) matrices.set(store, (cache = new Map()));
  const revision = store.dataRevision();
  let kept = cache.get(period);
  if (kept?.revision !== revision) kept = { revision, matrix: readPeriodMatrix(store, period) };
  // Last used last (a Map keeps insertion order), so the least recently used goes first: a
  // peers trend walking every year does not push out the period on screen.
  cache.delete(period);
  cache.set(period, kept);
  if (cache.size > KEPT_PERIODS) cache.delete(cache.keys().next().value!);
  const { unitCodes, leafCodes, values } = kept.matrix;
  return { unitCodes: [...unitCodes], leafCodes: [...leafCodes], values: values.slice() };
}

/** Periods whose matrices are kept per store: a period, the one before it (growth, the
 * previous year's ranks) and a few more (a peers trend); 10 MB each at 20,000 × 60. */
const KEPT_PERIODS = 6;
const matrices = new WeakMap<Store, Map<string, { revision: string; matrix: EvaluationMatrix }>>();

function readPeriodMatrix(store: Store, period: string): EvaluationMatrix {
  const indicators = store.listIndicators();
  const active = new Set(indicators.map((i) => i.code));
  const leafCodes = treeOrder(indicators).leaves.map((l) => l.code);
  const leafIndex = new Map(leafCodes.map((c, j) => [c, j]));
  const cells = store.periodValues(period);
  const present = new Set<string>();
  cells.units.forEach((unit, u) => {
    if (cells.indicators[u].some((c) => active.has(c))) present.add(unit);
  });
  const unitCodes = store.listUnits().filter((u) => present.has(u.code)).map((u) => u.code);
  const unitIndex = new Map(unitCodes.map((c, i) => [c, i]));
  const n = unitCodes.length;
  const values = new Float64Array(n * leafCodes.length).fill(NaN);
  // Each distinct list of indicators mapped to columns once (units mostly share one).
  const columnsOf = new Map<readonly string[], (number | undefined)[]>();
  // One current value per unit, period and indicator: the store's unique index guarantees it.
  let k = 0;
  cells.units.forEach((unit, u) => {
    const list = cells.indicators[u];
    let columns = columnsOf.get(list);
    if (!columns) columnsOf.set(list, (columns = list.map((c) => leafIndex.get(c))));
    const i = unitIndex.get(unit);
    for (const j of columns) {
      if (j !== undefined && i !== undefined) values[j * n + i] = cells.values[k];
      k++;
    }
  });
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
