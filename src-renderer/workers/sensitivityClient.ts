import type { MonteCarloSummary } from '../../src-shared/engine';
import { ApiError } from '../api/errors';
import type { RunRequest, SensitivityReply, SensitivityRequest } from './sensitivity-protocol';

/** The UI thread's side of the sensitivity worker: one run at a time; `run` resolves with the
 * summary, or null when cancelled (by `cancel` or a newer run); progress via the callback. */

export interface SensitivityWorkerLike {
  postMessage(message: SensitivityRequest, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export function spawnSensitivityWorker(): SensitivityWorkerLike {
  return new Worker(new URL('./sensitivity.worker.ts', import.meta.url), { type: 'module' });
}

export interface SensitivityClient {
  run(input: Omit<RunRequest, 'type' | 'id'>, onProgress: (done: number, total: number) => void): Promise<MonteCarloSummary | null>;
  cancel(): void;
  terminate(): void;
}

interface Waiting {
  id: number;
  onProgress: (done: number, total: number) => void;
  resolve: (s: MonteCarloSummary | null) => void;
  reject: (e: ApiError) => void;
}

export function createSensitivityClient(worker: SensitivityWorkerLike = spawnSensitivityWorker()): SensitivityClient {
  let nextId = 1;
  let waiting: Waiting | null = null;
  const settle = (id: number, f: (w: Waiting) => void) => {
    if (waiting && waiting.id === id) {
      const w = waiting;
      waiting = null;
      f(w);
    }
  };
  worker.onmessage = (event: MessageEvent) => {
    const reply = event.data as SensitivityReply;
    if (reply.type === 'progress') {
      if (waiting?.id === reply.id) waiting.onProgress(reply.done, reply.total);
    } else if (reply.type === 'result') settle(reply.id, (w) => w.resolve(reply.summary));
    else if (reply.type === 'cancelled') settle(reply.id, (w) => w.resolve(null));
    else settle(reply.id, (w) => w.reject(new ApiError({ key: reply.error.key, params: reply.error.params, issues: [] })));
  };
  worker.onerror = () => {
    const w = waiting;
    waiting = null;
    w?.reject(new ApiError({ key: 'api.internal', params: {}, issues: [] }));
  };
  return {
    run: (input, onProgress) =>
      new Promise((resolve, reject) => {
        if (waiting) waiting.resolve(null);
        const id = nextId++;
        waiting = { id, onProgress, resolve, reject };
        const transfer: Transferable[] = [input.observations.buffer as ArrayBuffer];
        if (input.previous) transfer.push(input.previous.buffer as ArrayBuffer);
        worker.postMessage({ ...input, type: 'run', id }, transfer);
      }),
    cancel: () => {
      if (!waiting) return;
      const w = waiting;
      worker.postMessage({ type: 'cancel', id: w.id });
      waiting = null;
      w.resolve(null);
    },
    terminate: () => {
      const w = waiting;
      waiting = null;
      w?.resolve(null);
      worker.terminate();
    },
  };
}
