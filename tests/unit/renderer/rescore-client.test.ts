import { describe, expect, it } from 'vitest';
import { matrixToArrow } from '../../../src-shared/api/arrow';
import { scoreScheme } from '../../../src-shared/engine';
import { makeIndicator } from '../../../src-shared/model';
import { createRescoreClient, type WorkerLike } from '../../../src-renderer/workers/rescoreClient';
import { createRescoreSession, type RescoreReply, type RescoreRequestMessage } from '../../../src-renderer/workers/rescore-protocol';
import { categoriesOf, known, knownCategories, previousPeriod } from '../../../src-renderer/workers/liveScoresInputs';

/** A Worker stand-in: records what is posted (with the transfer list) and answers when told. */
class FakeWorker implements WorkerLike {
  posts: { message: RescoreRequestMessage; transfer: Transferable[] }[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: RescoreRequestMessage, transfer: Transferable[]): void {
    this.posts.push({ message, transfer });
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(reply: RescoreReply): void {
    this.onmessage?.({ data: reply } as MessageEvent);
  }
  scores(id: number, value: number): void {
    this.reply({ type: 'scores', id, total: Float64Array.of(value), rank: Int32Array.of(1) });
  }
}

/** A Worker that runs the real protocol handler, answering on a later microtask. */
class SessionWorker implements WorkerLike {
  private handle = createRescoreSession();
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: RescoreRequestMessage): void {
    queueMicrotask(() => this.onmessage?.({ data: this.handle(message) } as MessageEvent));
  }
  terminate(): void {}
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('the rescore client', () => {
  it('coalesces: three quick rescores post two, the first and the newest', async () => {
    const worker = new FakeWorker();
    const client = createRescoreClient(worker);
    const first = client.rescore({ A: 1 });
    const second = client.rescore({ A: 2 });
    const third = client.rescore({ A: 3 });
    expect(worker.posts.map((p) => p.message)).toEqual([{ type: 'rescore', id: 1, weights: { A: 1 } }]);

    expect(await second).toBeNull(); // replaced while waiting
    worker.scores(1, 10);
    expect((await first)?.total[0]).toBe(10);
    expect(worker.posts.map((p) => p.message)).toEqual([
      { type: 'rescore', id: 1, weights: { A: 1 } },
      { type: 'rescore', id: 2, weights: { A: 3 } },
    ]);
    worker.scores(2, 30);
    expect((await third)?.total[0]).toBe(30);
    expect(worker.posts).toHaveLength(2);
  });

  it('keeps lanes apart: a drag never replaces the baseline', async () => {
    const worker = new FakeWorker();
    const client = createRescoreClient(worker);
    const a = client.rescore({ A: 1 });
    const baseline = client.rescore({}, { lane: 'baseline', categoryWeights: {} });
    const b = client.rescore({ A: 2 });
    const c = client.rescore({ A: 3 });
    worker.scores(1, 1);
    await flush();
    expect(worker.posts[1].message).toEqual({ type: 'rescore', id: 2, weights: {}, categoryWeights: {} });
    worker.scores(2, 0);
    await flush();
    expect(worker.posts[2].message).toEqual({ type: 'rescore', id: 3, weights: { A: 3 } });
    worker.scores(3, 3);
    expect([(await a)?.total[0], (await baseline)?.total[0], await b, (await c)?.total[0]]).toEqual([1, 0, null, 3]);
  });

  it('transfers the Arrow bytes at init and drops replies of an older init', async () => {
    const worker = new FakeWorker();
    const client = createRescoreClient(worker);
    const stale = client.rescore({ A: 1 });
    const waiting = client.rescore({ A: 2 });
    const observations = new Uint8Array([1, 2, 3]);
    const previous = new Uint8Array(new ArrayBuffer(8), 2, 3); // a view: copied before transfer
    const ready = client.init({ observations, previous, indicators: [], scheme: {}, categories: {} });
    expect(await waiting).toBeNull(); // its data are gone

    const init = worker.posts[1];
    expect(init.message).toMatchObject({ type: 'init', id: 2 }); // the waiting rescore never got an id
    expect(init.transfer).toHaveLength(2);
    expect(init.transfer[0]).toBe(observations.buffer);
    expect(init.transfer[1]).not.toBe(previous.buffer);
    expect((init.message as { previous: Uint8Array }).previous.buffer.byteLength).toBe(3);

    worker.scores(1, 5); // the old rescore answers after the init was sent
    expect(await stale).toBeNull();
    worker.reply({ type: 'ready', id: 2, unitCodes: ['U1'] });
    expect(await ready).toEqual(['U1']);
  });

  it('rejects with the engine key for an error and fails everything when the worker dies', async () => {
    const worker = new FakeWorker();
    const client = createRescoreClient(worker);
    const bad = client.rescore({ NOPE: 1 });
    worker.reply({ type: 'error', id: 1, error: { key: 'engine.unknownIndicator', params: { indicator: 'NOPE' } } });
    await expect(bad).rejects.toMatchObject({ key: 'engine.unknownIndicator', error: { params: { indicator: 'NOPE' } } });

    const lost = client.rescore({ A: 1 });
    const queued = client.rescore({ A: 2 });
    worker.onerror?.({} as ErrorEvent);
    await expect(lost).rejects.toMatchObject({ key: 'api.internal' });
    await expect(queued).rejects.toMatchObject({ key: 'api.internal' });
  });

  it('terminates the worker and answers null afterwards', async () => {
    const worker = new FakeWorker();
    const client = createRescoreClient(worker);
    const inFlight = client.rescore({ A: 1 });
    client.terminate();
    expect(worker.terminated).toBe(true);
    expect(await inFlight).toBeNull();
    expect(await client.rescore({ A: 2 })).toBeNull();
  });
});

// Growth needs the previous period; category weights change per rescore.
const indicators = [
  makeIndicator('D1', { weight: 2, position: 0 }),
  makeIndicator('I1', { parent: 'D1', position: 1 }),
  makeIndicator('I2', { parent: 'D1', position: 2, scoring: 'growth' }),
  makeIndicator('D2', { weight: 1, position: 3 }),
  makeIndicator('I3', { parent: 'D2', position: 4 }),
];
const matrix = { unitCodes: ['U1', 'U2', 'U3', 'U4'], leafCodes: ['I1', 'I2', 'I3'], values: new Float64Array([10, 20, 30, 40, 110, 90, 150, 100, 7, 1, 9, 8]) };
const previous = { unitCodes: ['U4', 'U3', 'U2', 'U1'], leafCodes: ['I1', 'I2', 'I3'], values: new Float64Array([0, 0, 0, 0, 100, 100, 100, 100, 0, 0, 0, 0]) };
const categoryList = ['a', 'a', 'b', 'b'];

describe('the client over the real protocol', () => {
  it('rescores with the previous period and per-rescore category weights exactly as the engine', async () => {
    const client = createRescoreClient(new SessionWorker());
    const unitCodes = await client.init({
      observations: matrixToArrow(matrix),
      previous: matrixToArrow(previous),
      indicators,
      scheme: {},
      categories: { U1: 'a', U2: 'a', U3: 'b', U4: 'b' },
    });
    expect(unitCodes).toEqual(['U1', 'U2', 'U3', 'U4']);

    const weights = { D1: 1, D2: 3 };
    const categoryWeights = { b: { D1: 5 } };
    const got = await client.rescore(weights, { categoryWeights });
    const expected = scoreScheme(indicators, matrix, { weights, categoryWeights }, { categories: categoryList, previous });
    expect([...got!.total]).toEqual([...expected.total]);
    expect([...got!.rank]).toEqual([...expected.rank]);

    // By hand, U3 (category b: D1 5, D2 3): I1 = 200/3, I2 growth +50% is the best of
    // (+10, −10, +50, 0) → 100, D1 = (200/3 + 100)/2 = 250/3; I3 = 100; total = (5·250/3 + 3·100)/8.
    expect(got!.total[2]).toBeCloseTo((5 * (250 / 3) + 3 * 100) / 8, 10);

    // Back to no category weights: the init scheme's again.
    const plain = await client.rescore(weights, { categoryWeights: {} });
    const expectedPlain = scoreScheme(indicators, matrix, { weights }, { categories: categoryList, previous });
    expect([...plain!.total]).toEqual([...expectedPlain.total]);
  });
});

describe('useLiveScores helpers', () => {
  it('finds the previous period of the same kind', () => {
    const p = (code: string, kind: 'year' | 'quarter', year: number) => ({ code, kind, year, observations: 1 });
    const periods = [p('2025', 'year', 2025), p('2024Q4', 'quarter', 2024), p('2024', 'year', 2024), p('2025Q1', 'quarter', 2025), p('2023', 'year', 2023)];
    expect(previousPeriod(periods, '2025')).toBe('2024');
    expect(previousPeriod(periods, '2025Q1')).toBe('2024Q4');
    expect(previousPeriod(periods, '2023')).toBeNull();
    expect(previousPeriod(periods, 'nope')).toBeNull();
  });

  it('maps categories and keeps only known codes', () => {
    const unit = (code: string, category: string | null) => ({ code, name: code, parent: null, level: null, category, groups: {}, attributes: {}, position: 0 });
    expect(categoriesOf([unit('U1', 'a'), unit('U2', null)])).toEqual({ U1: 'a', U2: null });
    expect(known({ A: 1, B: 2 }, new Set(['A']))).toEqual({ A: 1 });
    expect(knownCategories({ a: { A: 1, B: 2 } }, new Set(['A']))).toEqual({ a: { A: 1 } });
  });
});
