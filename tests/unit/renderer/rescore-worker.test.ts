import { describe, expect, it } from 'vitest';
import { matrixToArrow } from '../../../src-shared/api/arrow';
import { scoreScheme } from '../../../src-shared/engine';
import { makeIndicator } from '../../../src-shared/model';
import { createRescoreSession } from '../../../src-renderer/workers/rescore-protocol';

// D1 (2): I1, I2 (lower is better); D2 (1): I3. Four units, one missing value.
const indicators = [
  makeIndicator('D1', { weight: 2, position: 0 }),
  makeIndicator('I1', { parent: 'D1', position: 1 }),
  makeIndicator('I2', { parent: 'D1', direction: -1, position: 2 }),
  makeIndicator('D2', { weight: 1, position: 3 }),
  makeIndicator('I3', { parent: 'D2', position: 4 }),
];
const matrix = {
  unitCodes: ['U1', 'U2', 'U3', 'U4'],
  leafCodes: ['I1', 'I2', 'I3'],
  values: new Float64Array([10, 20, 30, 40, 5, 5, 1, 3, 7, NaN, 9, 8]),
};
const categories = { U1: 'a', U2: 'a', U3: 'b', U4: 'b' };

describe('the rescoring worker protocol', () => {
  it('initialises from Arrow bytes and rescores exactly as the engine does', () => {
    const handle = createRescoreSession();
    const ready = handle({ type: 'init', id: 1, observations: matrixToArrow(matrix), indicators, scheme: {}, categories });
    expect(ready).toEqual({ type: 'ready', id: 1, unitCodes: ['U1', 'U2', 'U3', 'U4'] });

    const reply = handle({ type: 'rescore', id: 2, weights: { D1: 1, D2: 1 } });
    if (reply.type !== 'scores') throw new Error(`expected scores, got ${reply.type}`);
    const expected = scoreScheme(indicators, matrix, { weights: { D1: 1, D2: 1 } }, { categories: ['a', 'a', 'b', 'b'] });
    expect([...reply.total]).toEqual([...expected.total]);
    expect([...reply.rank]).toEqual([...expected.rank]);
    // By hand: D1 = (I1 + I2)/2 = 0, 50/3, 250/3, 75; D2 = 0, —, 100, 50; equal weights.
    expect(reply.total[3]).toBeCloseTo((75 + 50) / 2, 12);
    expect(reply.total[1]).toBeCloseTo(50 / 3, 12);
    expect([...reply.rank]).toEqual([4, 3, 1, 2]);
  });

  it('answers an error value before init and for a bad weight', () => {
    const handle = createRescoreSession();
    expect(handle({ type: 'rescore', id: 1, weights: {} })).toMatchObject({ type: 'error', error: { key: 'engine.notInitialised' } });
    handle({ type: 'init', id: 2, observations: matrixToArrow(matrix), indicators, scheme: {}, categories });
    const bad = handle({ type: 'rescore', id: 3, weights: { NOPE: 1 } });
    expect(bad.type).toBe('error');
  });
});
