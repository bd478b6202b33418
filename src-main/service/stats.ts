import type { Handlers } from '../../src-shared/api';
import { buildTree } from '../../src-shared/engine/tree';
import { indicatorStatistics } from '../../src-shared/engine/stats';
import type { ServiceContext } from './context';
import { periodMatrix } from './observations';
import { resolvePeriod } from './period';

/** Indicator statistics of one period's raw values (as observed: before goal completion or
 * expert marks are folded in, before any outlier treatment): availability, moments, the
 * outlier rule's verdict and the collinear pairs. */
export function statsHandlers(ctx: ServiceContext): Pick<Handlers, 'indicatorStats'> {
  return {
    indicatorStats: async ({ period: asked }) => {
      const { store } = ctx;
      const period = resolvePeriod(store, asked);
      const tree = buildTree(store.listIndicators());
      const { indicators, collinear } = indicatorStatistics(tree, periodMatrix(store, period));
      return { period, indicators, collinear };
    },
  };
}
