import type { Handlers } from '../../src-shared/api';
import { buildTree, normaliseMinMax } from '../../src-shared/engine';
import { objectiveWeights } from '../../src-shared/engine/weights';
import type { ServiceContext } from './context';
import { evaluationInput } from './evaluation';
import { resolvePeriod } from './period';

/** Objective weights of the scored leaves from one period's data: the raw values min-max
 * normalised to [0, 1] with direction applied (so larger is better in every column; a
 * constant or empty column is missing throughout), then entropy, CRITIC, coefficient of
 * variation or equal weights (src-shared/engine/weights), missing values left out column by
 * column. Rows in tree order, weights summing to 1; a leaf the method cannot use weighs 0, and
 * the warnings say which and why. */
export function weightsHandlers(ctx: ServiceContext): Pick<Handlers, 'objectiveWeights'> {
  return {
    objectiveWeights: async ({ period: asked, method }) => {
      const { store } = ctx;
      const period = resolvePeriod(store, asked);
      const tree = buildTree(store.listIndicators());
      // The period's values as scoring sees them (expert marks folded in), so a leaf fed only
      // by marks is weighed on them too.
      const { matrix } = evaluationInput(store, period, {});
      const normalised = normaliseMinMax(tree, matrix, [0, 1]);
      const { weights, warnings } = objectiveWeights(normalised, method);
      return {
        period,
        weights: normalised.leafCodes.map((code, j) => ({ code, weight: weights[j] })),
        warnings: [...normalised.warnings, ...warnings],
      };
    },
  };
}
