import { arrowToMatrix } from '../../src-shared/api/arrow';
import { buildTree, startMonteCarlo, type MonteCarloOptions, type MonteCarloRun, type MonteCarloSummary } from '../../src-shared/engine';
import type { EvaluationContext } from '../../src-shared/engine/types';
import type { ScoringScheme } from '../../src-shared/engine/scheme';
import type { Indicator } from '../../src-shared/model';

/** The sensitivity worker's messages and the pure session behind them (testable without a
 * Worker). A run is done in chunks of samples; between chunks the session posts progress and
 * yields (`schedule`), so a `cancel` message gets in and stops the run. */

export interface RunRequest {
  type: 'run';
  id: number;
  /** getObservations' Arrow IPC bytes (derived values), transferred into the worker. */
  observations: Uint8Array;
  previous?: Uint8Array;
  indicators: Indicator[];
  scheme: ScoringScheme;
  categories: Record<string, string | null>;
  options: MonteCarloOptions;
  /** Samples per chunk (default 50). */
  chunk?: number;
}

export interface CancelRequest {
  type: 'cancel';
  id: number;
}

export type SensitivityRequest = RunRequest | CancelRequest;

export type SensitivityReply =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'result'; id: number; summary: MonteCarloSummary }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; error: { key: string; params: Record<string, string | number> } };

/** One worker's session. `post` sends a reply; `schedule` runs the next chunk later (the
 * worker: setTimeout 0, so messages are read in between). A new run cancels the one before. */
export function createSensitivitySession(post: (reply: SensitivityReply) => void, schedule: (next: () => void) => void): (msg: SensitivityRequest) => void {
  let current: { id: number; run: MonteCarloRun; cancelled: boolean } | null = null;

  const fail = (id: number, e: unknown): void => {
    const err = e as { key?: unknown; params?: Record<string, string | number> };
    post({ type: 'error', id, error: typeof err.key === 'string' ? { key: err.key, params: err.params ?? {} } : { key: 'api.internal', params: {} } });
  };

  const loop = (job: { id: number; run: MonteCarloRun; cancelled: boolean }, chunk: number): void => {
    if (job.cancelled) return;
    try {
      const complete = job.run.step(chunk);
      post({ type: 'progress', id: job.id, done: job.run.done(), total: job.run.samples });
      if (complete) {
        if (current === job) current = null;
        post({ type: 'result', id: job.id, summary: job.run.summary() });
      } else schedule(() => loop(job, chunk));
    } catch (e) {
      if (current === job) current = null;
      fail(job.id, e);
    }
  };

  return (msg) => {
    if (msg.type === 'cancel') {
      if (current && current.id === msg.id) {
        current.cancelled = true;
        current = null;
        post({ type: 'cancelled', id: msg.id });
      }
      return;
    }
    if (current) {
      current.cancelled = true;
      post({ type: 'cancelled', id: current.id });
    }
    try {
      const matrix = arrowToMatrix(msg.observations);
      const context: EvaluationContext = { categories: matrix.unitCodes.map((u) => msg.categories[u] ?? null) };
      if (msg.previous) context.previous = arrowToMatrix(msg.previous);
      const run = startMonteCarlo({ tree: buildTree(msg.indicators), matrix, scheme: msg.scheme, context }, msg.options);
      const job = { id: msg.id, run, cancelled: false };
      current = job;
      schedule(() => loop(job, msg.chunk ?? 50));
    } catch (e) {
      current = null;
      fail(msg.id, e);
    }
  };
}
