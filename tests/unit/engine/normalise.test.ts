import { describe, expect, it } from 'vitest';
import { buildTree, leafColumn, minMaxColumn, normaliseMinMax } from '../../../src-shared/engine';
import { ind, kaopingError, matrix } from './helpers';

describe('minMaxColumn', () => {
  it('maps min to lo and max to hi, linearly', () => {
    const out = new Float64Array(4);
    const mask = new Uint8Array(4);
    // min 10, max 30: (x − 10) / 20 × 100 → 10→0, 15→25, 30→100; NaN stays missing.
    expect(minMaxColumn([10, 15, 30, NaN], 1, 0, 100, out, mask)).toBe('scored');
    expect(Array.from(out)).toEqual([0, 25, 100, 0]);
    expect(Array.from(mask)).toEqual([1, 1, 1, 0]);
  });

  it('reverses a direction -1 column: the smallest raw value is best', () => {
    const out = new Float64Array(3);
    const mask = new Uint8Array(3);
    // y = −x: −10, −15, −30; min −30, max −10: (y + 30) / 20 × 100 → 100, 75, 0.
    minMaxColumn([10, 15, 30], -1, 0, 100, out, mask);
    expect(Array.from(out)).toEqual([100, 75, 0]);
  });

  it('maps to any range', () => {
    const out = new Float64Array(3);
    const mask = new Uint8Array(3);
    // [1, 100]: 1 + 99 × (x − 0) / 4 → 0→1, 1→25.75, 4→100.
    minMaxColumn([0, 1, 4], 1, 1, 100, out, mask);
    expect(Array.from(out)).toEqual([1, 25.75, 100]);
  });

  it('calls a column with one distinct value constant and one with no value empty, every cell missing', () => {
    const out = new Float64Array(3).fill(7);
    const mask = new Uint8Array(3).fill(1);
    expect(minMaxColumn([5, NaN, 5], 1, 0, 100, out, mask)).toBe('constant');
    expect([Array.from(out), Array.from(mask)]).toEqual([[0, 0, 0], [0, 0, 0]]);
    expect(minMaxColumn([NaN, NaN, NaN], 1, 0, 100, out, mask)).toBe('empty');
    expect(Array.from(mask)).toEqual([0, 0, 0]);
  });
});

describe('normaliseMinMax', () => {
  const tree = buildTree([
    ind('G', null),
    ind('A', 'G'),
    ind('B', 'G', 1, { direction: -1 }),
    ind('C', 'G'),
    ind('D', 'G'),
    ind('VB', null, 2, { kind: 'bonus' }),
  ]);

  it('normalises every scored leaf in tree order, column-major, with warnings', () => {
    // The matrix lists columns in another order, has an unknown column X, lacks D.
    const m = matrix(['u1', 'u2', 'u3'], ['X', 'C', 'B', 'A', 'VB'], [
      [1, 3, 2, 0, 1],
      [2, 3, 4, 5, 1],
      [3, 3, NaN, 10, 1],
    ]);
    const nm = normaliseMinMax(tree, m);
    expect(nm.leafCodes).toEqual(['A', 'B', 'C', 'D']);
    // A: 0, 5, 10 → 0, 50, 100. B (−1): 2, 4 → 100, 0; u3 missing. C constant, D empty.
    expect(Array.from(nm.scores)).toEqual([0, 50, 100, 100, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(Array.from(nm.mask)).toEqual([1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]);
    expect(Array.from(leafColumn(nm, 1).score)).toEqual([100, 0, 0]);
    expect(nm.warnings).toEqual([
      { key: 'engine.constantIndicator', params: { indicator: 'C' }, indicator: 'C' },
      { key: 'engine.emptyIndicator', params: { indicator: 'D' }, indicator: 'D' },
    ]);
    expect(nm.range).toEqual([0, 100]);
  });

  it('treats ±Infinity as missing and refuses a bad range or matrix', () => {
    const m = matrix(['u1', 'u2', 'u3'], ['A'], [[Infinity], [1], [3]]);
    const nm = normaliseMinMax(tree, m, [0, 1]);
    expect(Array.from(leafColumn(nm, 0).score)).toEqual([0, 0, 1]);
    expect(Array.from(leafColumn(nm, 0).mask)).toEqual([0, 1, 1]);
    expect(kaopingError(() => normaliseMinMax(tree, m, [100, 0])).key).toBe('engine.invalidRange');
    expect(kaopingError(() => normaliseMinMax(tree, m, [0, NaN])).key).toBe('engine.invalidRange');
    const bad = { unitCodes: ['u1', 'u2'], leafCodes: ['A'], values: new Float64Array(3) };
    expect(kaopingError(() => normaliseMinMax(tree, bad)).params).toEqual({ expected: 2, actual: 3 });
    const dupUnit = matrix(['u1', 'u1'], ['A'], [[1], [2]]);
    expect(kaopingError(() => normaliseMinMax(tree, dupUnit)).key).toBe('engine.duplicateUnit');
    const dupCol = matrix(['u1'], ['A', 'A'], [[1, 2]]);
    expect(kaopingError(() => normaliseMinMax(tree, dupCol)).key).toBe('engine.duplicateColumn');
  });
});
