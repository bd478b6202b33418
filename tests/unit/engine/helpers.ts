import { expect } from 'vitest';
import { KaopingError } from '../../../src-shared/api/errors';
import type { EvaluationMatrix } from '../../../src-shared/engine';
import { makeIndicator, type Indicator } from '../../../src-shared/model';

let position = 0;

/** An indicator row with the workbook format's defaults; `position` follows the call order. */
export function ind(code: string, parent: string | null, weight = 1, more: Partial<Indicator> = {}): Indicator {
  return makeIndicator(code, { parent, weight, position: position++, ...more });
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
