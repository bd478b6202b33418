import { arrowToMatrix } from '../../src-shared/api/arrow';
import { createRescorer, type Rescorer } from '../../src-shared/engine';
import type { ScoringScheme } from '../../src-shared/engine/scheme';
import type { Indicator } from '../../src-shared/model';

/** The rescoring worker's messages, and the pure handler behind them (testable without a
 * Worker). The worker keeps the normalised matrix: a weight change is one pass over it plus a
 * rank, with no round trip to main (docs/architecture.md, data flow). */

export interface InitRequest {
  type: 'init';
  id: number;
  /** getObservations' Arrow IPC bytes, transferred (not copied) into the worker. */
  observations: Uint8Array;
  indicators: Indicator[];
  scheme: ScoringScheme;
  /** Category per unit code, for category weights and within-category normalisation. */
  categories: Record<string, string | null>;
}

export interface RescoreRequest {
  type: 'rescore';
  id: number;
  /** Node weights replacing the scheme's `weights` (category weights still apply). */
  weights: Record<string, number>;
}

export type RescoreRequestMessage = InitRequest | RescoreRequest;

export type RescoreReply =
  | { type: 'ready'; id: number; unitCodes: string[] }
  | { type: 'scores'; id: number; total: Float64Array; rank: Int32Array }
  | { type: 'error'; id: number; error: { key: string; params: Record<string, string | number> } };

/** One worker's state: the rescorer built by the last `init`. */
export function createRescoreSession(): (msg: RescoreRequestMessage) => RescoreReply {
  let rescorer: Rescorer | null = null;
  return (msg) => {
    try {
      if (msg.type === 'init') {
        const matrix = arrowToMatrix(msg.observations);
        const categories = matrix.unitCodes.map((u) => msg.categories[u] ?? null);
        rescorer = createRescorer(msg.indicators, matrix, msg.scheme, { categories });
        return { type: 'ready', id: msg.id, unitCodes: [...rescorer.unitCodes] };
      }
      if (!rescorer) return { type: 'error', id: msg.id, error: { key: 'engine.notInitialised', params: {} } };
      const { total, rank } = rescorer.rescore(msg.weights);
      // Copies, so the transferred buffers never alias the rescorer's own.
      return { type: 'scores', id: msg.id, total: total.slice(), rank: rank.slice() };
    } catch (e) {
      const err = e as { key?: unknown; params?: Record<string, string | number> };
      return {
        type: 'error',
        id: msg.id,
        error: typeof err.key === 'string' ? { key: err.key, params: err.params ?? {} } : { key: 'api.internal', params: {} },
      };
    }
  };
}
