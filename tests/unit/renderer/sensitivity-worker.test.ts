import { describe, expect, it } from 'vitest';
import { matrixToArrow } from '../../../src-shared/api/arrow';
import { runMonteCarlo, buildTree } from '../../../src-shared/engine';
import { makeIndicator } from '../../../src-shared/model';
import { createSensitivitySession, type SensitivityReply, type RunRequest } from '../../../src-renderer/workers/sensitivity-protocol';
import { createSensitivityClient, type SensitivityWorkerLike } from '../../../src-renderer/workers/sensitivityClient';

// The worker's session, driven by hand: `schedule` queues the next chunk, so the test decides
// when it runs and can cancel in between, as a message arriving between chunks would.

const indicators = [
  makeIndicator('A', { weight: 2, position: 0 }),
  makeIndicator('B', { weight: 1, position: 1 }),
  makeIndicator('C', { weight: 1, position: 2, direction: -1 }),
];
const unitCodes = Array.from({ length: 12 }, (_, i) => `U${i}`);
const values = new Float64Array(36);
for (let i = 0; i < 12; i++) {
  values[i] = (i * 7) % 12;
  values[12 + i] = (i * 5) % 12;
  values[24 + i] = (i * 3) % 12;
}
const matrix = { unitCodes, leafCodes: ['A', 'B', 'C'], values };
const options = { samples: 200, noise: 0.3, seed: 8, topK: 3 };

function request(id: number, chunk = 50): RunRequest {
  return { type: 'run', id, observations: matrixToArrow(matrix), indicators, scheme: {}, categories: {}, options, chunk };
}

function session() {
  const replies: SensitivityReply[] = [];
  const queue: (() => void)[] = [];
  const handle = createSensitivitySession((r) => replies.push(r), (next) => queue.push(next));
  const drain = () => {
    while (queue.length) queue.shift()!();
  };
  return { replies, queue, handle, drain };
}

describe('the sensitivity worker session', () => {
  it('reports progress per chunk and ends with the same summary as the engine', () => {
    const s = session();
    s.handle(request(1));
    s.drain();
    expect(s.replies.filter((r) => r.type === 'progress').map((r) => (r as { done: number }).done)).toEqual([50, 100, 150, 200]);
    const last = s.replies.at(-1)!;
    expect(last.type).toBe('result');
    const expected = runMonteCarlo({ tree: buildTree(indicators), matrix, scheme: {}, context: { categories: unitCodes.map(() => null) } }, options);
    expect((last as { summary: unknown }).summary).toEqual(expected);
  });

  it('stops when cancelled between chunks', () => {
    const s = session();
    s.handle(request(2));
    s.queue.shift()!(); // first chunk
    s.handle({ type: 'cancel', id: 2 });
    s.drain();
    expect(s.replies.map((r) => r.type)).toEqual(['progress', 'cancelled']);
  });

  it('reports a bad option as an error key', () => {
    const s = session();
    s.handle({ ...request(3), options: { ...options, samples: 0 } });
    expect(s.replies).toEqual([{ type: 'error', id: 3, error: { key: 'scenarios.badSamples', params: { value: '0', max: 10000 } } }]);
  });
});

describe('the sensitivity client', () => {
  it('resolves with the result, and with null when cancelled', async () => {
    const s = session();
    const worker: SensitivityWorkerLike = {
      onmessage: null,
      onerror: null,
      terminate: () => undefined,
      postMessage: (msg) => {
        s.handle(msg);
      },
    };
    // replies go back to the client's onmessage
    const client = createSensitivityClient(worker);
    const log: SensitivityReply[] = [];
    const forward = () => {
      for (const r of s.replies.splice(0)) {
        log.push(r);
        worker.onmessage!({ data: r } as MessageEvent);
      }
    };
    const seen: number[] = [];
    const { observations, indicators: ind, scheme, categories, options: o } = request(0);
    const done = client.run({ observations, indicators: ind, scheme, categories, options: o, chunk: 100 }, (d) => seen.push(d));
    s.drain();
    forward();
    const summary = await done;
    expect(summary!.samples).toBe(200);
    expect(seen).toEqual([100, 200]);

    log.length = 0;
    const { type: _t, id: _i, ...again } = request(0);
    const cancelled = client.run({ ...again, chunk: 100 }, () => undefined);
    s.queue.shift()!(); // the first chunk runs; then the cancel reaches the worker
    client.cancel();
    s.drain();
    forward();
    expect(await cancelled).toBeNull();
    // The worker ran one chunk of the second run and stopped: no result was posted.
    expect(log.map((r) => r.type)).toEqual(['progress', 'cancelled']);
  });
});
