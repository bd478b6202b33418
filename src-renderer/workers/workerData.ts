import { arrowToMatrix } from '../../src-shared/api/arrow';
import type { EvaluationContext, EvaluationMatrix } from '../../src-shared/engine/types';

/** What both workers (live rescoring, Monte Carlo) do with the period they are sent: decode the
 * Arrow bytes and lay out the evaluation context; and how they report a failure. */

export interface PeriodBytes {
  /** getObservations' Arrow IPC bytes (derived values). */
  observations: Uint8Array;
  /** The previous period's bytes, for growth and the stock/increment blend. */
  previous?: Uint8Array;
  /** Category per unit code, for category weights and within-category normalisation. */
  categories: Record<string, string | null>;
}

/** The matrix and the context the engine scores, from the bytes a worker was sent. */
export function decodePeriod(bytes: PeriodBytes): { matrix: EvaluationMatrix; context: EvaluationContext } {
  const matrix = arrowToMatrix(bytes.observations);
  const context: EvaluationContext = { categories: matrix.unitCodes.map((u) => bytes.categories[u] ?? null) };
  if (bytes.previous) context.previous = arrowToMatrix(bytes.previous);
  return { matrix, context };
}

/** An error as a reply carries it: the engine's key and parameters (a KaopingError), else
 * `api.internal` (nothing else of a foreign error crosses to the page). */
export function errorOf(e: unknown): { key: string; params: Record<string, string | number> } {
  const err = e as { key?: unknown; params?: Record<string, string | number> };
  return typeof err.key === 'string' ? { key: err.key, params: err.params ?? {} } : { key: 'api.internal', params: {} };
}
