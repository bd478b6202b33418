import { KaopingError } from '../../api/errors';
import { checkWeightData } from './columns';
import { criticWeights } from './critic';
import { cvWeights } from './cv';
import { entropyWeights } from './entropy';
import { equalWeights } from './equal';
import { OBJECTIVE_METHODS, type ObjectiveMethod, type ObjectiveWeights, type WeightData } from './types';

/** Objective weights of the columns of `data` by `method` (entropy, CRITIC, coefficient of
 * variation, or equal: 1/n for each column whatever the data). Weights are aligned with
 * `data.leafCodes`, ≥ 0 and sum to 1. Throws `engine.weights.unknownMethod` for another
 * method and `engine.weights.noData` when no column carries information. */
export function objectiveWeights(data: WeightData, method: ObjectiveMethod): ObjectiveWeights {
  switch (method) {
    case 'entropy':
      return entropyWeights(data);
    case 'critic':
      return criticWeights(data);
    case 'cv':
      return cvWeights(data);
    case 'equal':
      checkWeightData(data);
      return { weights: equalWeights(data.leafCodes.length), warnings: [] };
    default:
      throw new KaopingError('engine.weights.unknownMethod', { method: String(method), allowed: OBJECTIVE_METHODS.join(', ') });
  }
}
