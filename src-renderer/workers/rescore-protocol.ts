import { buildTree, createRescorer, type IndicatorTree, type Rescorer } from '../../src-shared/engine';
import { prepareScoring, scoreTotals, type PreparedScoring } from '../../src-shared/engine/results/pipeline';
import type { EvaluationContext, EvaluationMatrix } from '../../src-shared/engine/types';
import type { ScoringScheme } from '../../src-shared/engine/scheme';
import type { Indicator } from '../../src-shared/model';
import { decodePeriod, errorOf, type PeriodBytes } from './workerData';

/** The rescoring worker's messages, and the pure handler behind them (testable without a
 * Worker). The worker keeps the normalised matrix: a weight change is one pass over it plus a
 * rank, with no round trip to main (docs/architecture.md, data flow). */

/** The period's bytes (observations and previous are transferred, not copied), the tree and
 * the scheme without its weights. */
export interface InitRequest extends PeriodBytes {
  type: 'init';
  id: number;
  indicators: Indicator[];
  scheme: ScoringScheme;
}

export interface RescoreRequest {
  type: 'rescore';
  id: number;
  /** Node weights replacing the scheme's `weights` (category weights still apply). */
  weights: Record<string, number>;
  /** Category weights replacing the scheme's `categoryWeights` (absent: the init scheme's).
   * A change re-prepares the weight groups over the normalised matrix already held (no new
   * normalisation). */
  categoryWeights?: Record<string, Record<string, number>>;
}

export type RescoreRequestMessage = InitRequest | RescoreRequest;

export type RescoreReply =
  | { type: 'ready'; id: number; unitCodes: string[] }
  | { type: 'scores'; id: number; total: Float64Array; rank: Int32Array }
  | { type: 'error'; id: number; error: { key: string; params: Record<string, string | number> } };

/** One worker's state: the rescorer built by the last `init`, and the scoring prepared for
 * the category weights of the last rescore when they differ from the init scheme's. */
export function createRescoreSession(): (msg: RescoreRequestMessage) => RescoreReply {
  let rescorer: Rescorer | null = null;
  /** What a change of category weights re-prepares from (not the Arrow bytes: they can go). */
  let held: { matrix: EvaluationMatrix; tree: IndicatorTree; scheme: ScoringScheme; context: EvaluationContext } | null = null;
  /** Category weights in effect (JSON), and the scoring prepared for them (null: the rescorer's). */
  let categoryKey = '';
  let prepared: PreparedScoring | null = null;
  return (msg) => {
    try {
      if (msg.type === 'init') {
        rescorer = null;
        held = null;
        const { matrix, context } = decodePeriod(msg);
        const tree = buildTree(msg.indicators);
        rescorer = createRescorer(tree, matrix, msg.scheme, context);
        held = { matrix, tree, scheme: msg.scheme, context };
        categoryKey = JSON.stringify(msg.scheme.categoryWeights ?? {});
        prepared = null;
        return { type: 'ready', id: msg.id, unitCodes: [...rescorer.unitCodes] };
      }
      if (!rescorer || !held) return { type: 'error', id: msg.id, error: { key: 'engine.notInitialised', params: {} } };
      if (msg.categoryWeights !== undefined) {
        const key = JSON.stringify(msg.categoryWeights);
        if (key !== categoryKey) {
          const initKey = JSON.stringify(held.scheme.categoryWeights ?? {});
          const scheme = { ...held.scheme, categoryWeights: msg.categoryWeights };
          prepared = key === initKey ? null : prepareScoring(held.tree, held.matrix, rescorer.normalised, scheme, held.context);
          categoryKey = key;
        }
      }
      const { total, rank } = prepared ? scoreTotals(prepared, msg.weights) : rescorer.rescore(msg.weights);
      // Copies, so the transferred buffers never alias the rescorer's own.
      return { type: 'scores', id: msg.id, total: total.slice(), rank: rank.slice() };
    } catch (e) {
      return { type: 'error', id: msg.id, error: errorOf(e) };
    }
  };
}
