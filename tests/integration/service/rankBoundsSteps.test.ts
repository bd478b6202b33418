import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, type Service } from '../../../src-main/service';
import { milpSolver } from '../../../src-main/service/milpSolver';
import { periodInput } from '../../../src-main/service/periodInput';
import { openStore } from '../../../src-main/store';
import { dispatch } from '../../../src-main/hosting/dispatch';
import { createRescorer, mulberry32, rankBounds, scoreScheme, weightBox, weightSpace, type RankProofState } from '../../../src-shared/engine';
import { callService, refusalOf } from './api-calls';
import { cleanup, tempDir } from '../store/helpers';

// Rank bounds take seconds on the demo county (260 villages). The service shares its thread
// with every other call, so it runs them in steps: other calls are served in between.

const DEMO = join(import.meta.dirname, '../../../resources/demo/demo-county.xlsx');
// A village in the middle of the ranking: neither end is proven by the first seeds, so the
// call runs through the certificate, the seeds and the mixed-integer programs.
const UNIT = 'QL10011';

let service: Service;
let path: string;

beforeAll(async () => {
  path = join(tempDir(), 'demo.db');
  service = await createService({ dbPath: path, seedWorkbook: DEMO, user: '评审组' });
  // Loaded before the calls below: the solver's first load is itself asynchronous, and would
  // give other calls a turn even without the steps.
  await milpSolver();
}, 60_000);

afterAll(() => {
  service.close();
  cleanup();
});

describe('rank bounds in the service', () => {
  it('serves other calls while it runs, and answers as the engine does in one go', async () => {
    let boundsDone = false;
    const bounds = callService(service, 'rankBounds', { unit: UNIT, relative: 0.1 }).then((r) => {
      boundsDone = true;
      return r;
    });
    // A timer set now fires only when the thread is free: a call run straight through would
    // finish first. The call made then is answered before the bounds are.
    const other = new Promise<{ boundsDoneWhenAnswered: boolean; units: number }>((resolve, reject) => {
      setTimeout(() => {
        callService(service, 'listUnits', {})
          .then((units) => resolve({ boundsDoneWhenAnswered: boundsDone, units: units.length }))
          .catch(reject);
      }, 0);
    });
    const seen = await other;
    expect(seen.units).toBeGreaterThan(200); // the demo's villages and townships
    expect(seen.boundsDoneWhenAnswered).toBe(false);

    const result = await bounds;
    const store = openStore(path);
    try {
      const { input } = periodInput(store, undefined, undefined);
      const direct = rankBounds(input, UNIT, { relative: 0.1 }, { solver: await milpSolver() });
      expect(result).toEqual(direct);
    } finally {
      store.close();
    }
    expect(result.best.rank!).toBeLessThan(result.nominal!);
    expect(result.worst.rank!).toBeGreaterThan(result.nominal!);
  }, 120_000);
});

describe('proving an end the call leaves open', () => {
  it('closes it a few programs per call, the answer checked by rescoring', async () => {
    const first = await callService(service, 'rankBounds', { unit: UNIT, relative: 0.1 });
    // Measured: the worst rank reached is 94, the programs over the whole box allow 95.
    expect(first.worst.proven).toBe(false);
    let state: RankProofState = { end: 'worst', weights: first.worst.weights, limit: first.worst.limit!, pieces: null };
    let out: Awaited<ReturnType<typeof callService<'proveRankEnd'>>>;
    let calls = 0;
    let programs = 0;
    do {
      out = await callService(service, 'proveRankEnd', { unit: UNIT, relative: 0.1, ...state, steps: 5 });
      calls++;
      programs += out.steps;
      state = { end: 'worst', weights: out.weights, limit: out.limit!, pieces: out.pieces };
    } while (!out.proven && !out.exhausted && calls < 30);
    // Measured: 37 programs (each piece cut under the node whose envelopes err most).
    expect(out.proven).toBe(true);
    expect(out.pieces).toEqual([]);
    expect(out.rank).toBe(out.limit);
    expect(out.rank!).toBeGreaterThanOrEqual(first.worst.rank!);
    expect(out.rank!).toBeLessThan(first.worst.limit!);
    expect(programs).toBeGreaterThan(5); // it took branching, not one program

    // Independent checks: scoring from scratch with the weights returned gives the rank, and
    // no point of the box ranks the village worse.
    const store = openStore(path);
    try {
      const { input } = periodInput(store, undefined, undefined);
      const scored = scoreScheme(input.tree, input.matrix, { ...input.scheme, weights: { ...input.scheme.weights, ...out.weights } }, input.context);
      expect(scored.rank[input.matrix.unitCodes.indexOf(UNIT)]).toBe(out.rank);
      const r = createRescorer(input.tree, input.matrix, input.scheme, input.context);
      const space = weightSpace(input.tree, input.scheme);
      const { lo, hi } = weightBox(space, { relative: 0.1 });
      const random = mulberry32(5);
      const i = r.unitCodes.indexOf(UNIT);
      for (let s = 0; s < 300; s++) {
        const weights: Record<string, number> = { ...space.kept };
        space.codes.forEach((c, k) => (weights[c] = s % 2 ? lo[k] + random() * (hi[k] - lo[k]) : random() < 0.5 ? lo[k] : hi[k]));
        expect(r.rescore(weights).rank[i]).toBeLessThanOrEqual(out.rank!);
      }
    } finally {
      store.close();
    }
  }, 180_000);

  it('refuses a piece that does not fit the box, naming it', async () => {
    const first = await callService(service, 'rankBounds', { unit: UNIT, relative: 0.01 });
    const refusal = await refusalOf(service, 'proveRankEnd', {
      unit: UNIT,
      relative: 0.01,
      end: 'best',
      weights: first.best.weights,
      limit: 1,
      // one side for a box of 37 weights
      pieces: [{ lo: [1], hi: [2], limit: 3 }],
    });
    expect(refusal.key).toBe('scenarios.badProofPiece');
    expect(refusal.zh).toContain('第 1 块');
    expect(refusal.en).toContain('Piece 1');
  });

  it('refuses a state larger than any proof leaves, before any work, naming the field', async () => {
    const args = { unit: UNIT, relative: 0.1, end: 'best', weights: {}, limit: 1 };
    const tooMany = await dispatch(service, 'proveRankEnd', { ...args, pieces: Array.from({ length: 100_001 }, () => ({ lo: [1], hi: [2], limit: 3 })) });
    expect(tooMany).toMatchObject({ ok: false, kind: 'invalidInput', error: { key: 'api.invalidInput' } });
    expect(JSON.stringify(tooMany)).toContain('pieces');
    const tooWide = await dispatch(service, 'proveRankEnd', { ...args, pieces: [{ lo: new Array(10_001).fill(1), hi: [2], limit: 3 }] });
    expect(tooWide).toMatchObject({ ok: false, kind: 'invalidInput' });
    expect(JSON.stringify(tooWide)).toContain('pieces.0.lo');
  });
});
