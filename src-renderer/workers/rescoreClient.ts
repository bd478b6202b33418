import { ApiError } from '../api/errors';
import type { InitRequest, RescoreReply, RescoreRequestMessage } from './rescore-protocol';

/** The UI thread's side of the rescoring worker: request ids, promises, and coalescing. A
 * slider sends far more weight vectors than anyone can see; the worker gets at most one
 * rescore at a time, and while it works only the newest request waits (per lane), older
 * waiting ones resolve to null. So the ranking always catches up with the last input without
 * a queue building up behind a drag. */

/** What the client needs of a Worker (a fake in tests). */
export interface WorkerLike {
  postMessage(message: RescoreRequestMessage, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export interface RescoreScores {
  total: Float64Array;
  rank: Int32Array;
}

export interface RescoreOptions {
  /** Category weights for this rescore (absent: the init scheme's). */
  categoryWeights?: Record<string, Record<string, number>>;
  /** Requests coalesce within a lane; lanes wait in the order they first asked. Default
   * `working` (the live weights); the hook uses `baseline` for the baseline's ranking so that
   * a drag never replaces it. */
  lane?: string;
}

export type InitInput = Omit<InitRequest, 'type' | 'id'>;

export interface RescoreClient {
  /** Sends a period's data to the worker, transferring the Arrow bytes (the caller's arrays
   * are emptied). Resolves with the units in score order. Requests made before it resolve to
   * null (their data is gone). */
  init(input: InitInput): Promise<string[]>;
  /** Totals and ranks for these weights; null when a newer request of the same lane, a new
   * init or `terminate` replaced it. Rejects with an ApiError (engine key) for bad weights. */
  rescore(weights: Record<string, number>, options?: RescoreOptions): Promise<RescoreScores | null>;
  terminate(): void;
}

/** The module worker, bundled by Vite from this pattern (worker.format es). */
export function spawnRescoreWorker(): WorkerLike {
  return new Worker(new URL('./rescore.worker.ts', import.meta.url), { type: 'module' });
}

/** A request the worker has: settled by its reply, or with null when it no longer counts. */
interface Waiting {
  generation: number;
  kind: 'init' | 'rescore';
  settle: (reply: RescoreReply | null) => void;
}

interface Pending {
  weights: Record<string, number>;
  categoryWeights?: Record<string, Record<string, number>>;
  resolve: (value: RescoreScores | null) => void;
  reject: (error: ApiError) => void;
}

const internal = (): ApiError => new ApiError({ key: 'api.internal', params: {}, issues: [] });

export function createRescoreClient(worker: WorkerLike = spawnRescoreWorker()): RescoreClient {
  let nextId = 1;
  /** Bumped by every init: rescore replies of an older generation are stale. */
  let generation = 0;
  const waiting = new Map<number, Waiting>();
  const pending = new Map<string, Pending>();
  let inFlight: number | null = null;
  let closed = false;

  const pump = (): void => {
    if (closed || inFlight !== null) return;
    const first = pending.entries().next();
    if (first.done) return;
    const [lane, req] = first.value;
    pending.delete(lane);
    const id = nextId++;
    inFlight = id;
    const asked = generation;
    waiting.set(id, {
      generation: asked,
      kind: 'rescore',
      settle: (reply) => {
        if (reply === null || asked !== generation) req.resolve(null);
        else if (reply.type === 'error') req.reject(replyError(reply));
        else if (reply.type === 'scores') req.resolve({ total: reply.total, rank: reply.rank });
        else req.reject(internal());
      },
    });
    const msg: RescoreRequestMessage = { type: 'rescore', id, weights: req.weights };
    if (req.categoryWeights !== undefined) msg.categoryWeights = req.categoryWeights;
    worker.postMessage(msg, []);
  };

  const failAll = (error: ApiError | null): void => {
    for (const w of waiting.values()) w.settle(error ? { type: 'error', id: 0, error: { key: error.key, params: error.error.params ?? {} } } : null);
    waiting.clear();
    for (const p of pending.values()) {
      if (error) p.reject(error);
      else p.resolve(null);
    }
    pending.clear();
    inFlight = null;
  };

  worker.onmessage = (event: MessageEvent) => {
    const reply = event.data as RescoreReply;
    if (reply.id === inFlight) inFlight = null;
    const w = waiting.get(reply.id);
    waiting.delete(reply.id);
    w?.settle(reply);
    pump();
  };
  // The worker itself failed (its script, or an uncaught error): nothing will answer.
  worker.onerror = () => failAll(internal());

  return {
    init(input) {
      if (closed) return Promise.reject(internal());
      generation++;
      for (const p of pending.values()) p.resolve(null);
      pending.clear();
      const id = nextId++;
      const observations = ownBuffer(input.observations);
      const previous = input.previous ? ownBuffer(input.previous) : undefined;
      const msg: InitRequest = { ...input, type: 'init', id, observations };
      if (previous) msg.previous = previous;
      else delete msg.previous;
      return new Promise<string[]>((resolve, reject) => {
        waiting.set(id, {
          generation,
          kind: 'init',
          settle: (reply) => {
            if (reply?.type === 'ready') resolve(reply.unitCodes);
            else if (reply?.type === 'error') reject(replyError(reply));
            else reject(internal());
          },
        });
        const transfer: Transferable[] = [observations.buffer as ArrayBuffer];
        if (previous) transfer.push(previous.buffer as ArrayBuffer);
        worker.postMessage(msg, transfer);
      });
    },
    rescore(weights, options = {}) {
      if (closed) return Promise.resolve(null);
      const lane = options.lane ?? 'working';
      return new Promise<RescoreScores | null>((resolve, reject) => {
        const older = pending.get(lane);
        if (older) older.resolve(null);
        pending.set(lane, { weights, categoryWeights: options.categoryWeights, resolve, reject });
        pump();
      });
    },
    terminate() {
      if (closed) return;
      closed = true;
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      failAll(null);
    },
  };
}

function replyError(reply: Extract<RescoreReply, { type: 'error' }>): ApiError {
  return new ApiError({ key: reply.error.key, params: reply.error.params, issues: [] });
}

/** The bytes on a buffer of their own, so that transferring it moves exactly them (a view into
 * a larger or shared buffer is copied first). */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  return whole ? bytes : bytes.slice();
}
