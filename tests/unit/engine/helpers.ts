import { expect } from 'vitest';
import { KaopingError } from '../../../src-shared/api/errors';
import type { EvaluationMatrix } from '../../../src-shared/engine';
import type { Indicator } from '../../../src-shared/model';

let position = 0;

/** An indicator row with FORMAT.md's defaults; `position` follows the call order. */
export function ind(code: string, parent: string | null, weight = 1, more: Partial<Indicator> = {}): Indicator {
  return {
    code,
    name: code,
    nameEn: null,
    parent,
    weight,
    direction: 1,
    unit: null,
    kind: 'indicator',
    fineKind: null,
    scoring: 'minmax',
    aggregation: 'arithmetic',
    target: null,
    typicalMin: null,
    typicalMax: null,
    department: null,
    description: null,
    attributes: {},
    position: position++,
    ...more,
  };
}

/** A matrix from rows (one per unit, values in `leafCodes` order; NaN = missing). */
export function matrix(unitCodes: string[], leafCodes: string[], rows: number[][]): EvaluationMatrix {
  const n = unitCodes.length;
  const values = new Float64Array(n * leafCodes.length);
  rows.forEach((row, i) => row.forEach((v, j) => (values[j * n + i] = v)));
  return { unitCodes, leafCodes, values };
}

/** Runs `f` and returns the KaopingError it throws (fails the test otherwise). */
export function kaopingError(f: () => unknown): KaopingError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(KaopingError);
    return e as KaopingError;
  }
  throw new Error('expected a KaopingError, nothing was thrown');
}

/** Value of `arr` at the unit with `code`. */
export function at(result: { unitCodes: string[] }, arr: ArrayLike<number>, code: string): number {
  const i = result.unitCodes.indexOf(code);
  expect(i).toBeGreaterThanOrEqual(0);
  return arr[i];
}
