import { buildTree, startMonteCarlo, type MonteCarloOptions, type MonteCarloRun, type MonteCarloSummary } from '../../src-shared/engine';
import type { ScoringScheme } from '../../src-shared/engine/scheme';
import type { Indicator } from '../../src-shared/model';
import { decodePeriod, errorOf, type PeriodBytes } from './workerData';

/** The sensitivity worker's messages and the pure session behind them (testable without a
 * Worker). A run is done in chunks of samples; between chunks the session posts progress and
 * yields (`schedule`), so a `cancel` message gets in and stops the run. */

/** The period's bytes (transferred into the worker), the tree, the scheme and the run's options. */
export interface RunRequest extends PeriodBytes {
  type: 'run';
  id: number;
  indicators: Indicator[];
  scheme: ScoringScheme;
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

  const fail = (id: number, e: unknown): void => post({ type: 'error', id, error: errorOf(e) });

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
      const { matrix, context } = decodePeriod(msg);
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
