import { KaopingError } from '../api/errors';
import type { EvaluationMatrix } from './types';

/** One raw value; null (or NaN) is missing, never zero. */
export interface MatrixObservation {
  unit: string;
  indicator: string;
  value: number | null;
}

/** Lays observations out as an EvaluationMatrix: values[j × nUnits + i] is unit i on leaf j
 * (column-major, so one indicator's values are contiguous), NaN where there is no value.
 *
 * Only the listed units and leaves are kept: observations of other units or indicators are
 * left out, so a caller can score a subset (one category, say). Two observations for the same
 * cell are an error (`engine.duplicateObservation`): they would mean two periods or two
 * versions were mixed up. Non-finite values are stored as NaN (missing). */
export function matrixFromObservations(
  unitCodes: readonly string[],
  leafCodes: readonly string[],
  observations: Iterable<MatrixObservation>,
): EvaluationMatrix {
  const units = indexOf(unitCodes, 'engine.duplicateUnit', 'unit');
  const leaves = indexOf(leafCodes, 'engine.duplicateColumn', 'indicator');
  const n = unitCodes.length;
  const values = new Float64Array(n * leafCodes.length).fill(NaN);
  const filled = new Uint8Array(values.length);
  for (const o of observations) {
    const i = units.get(o.unit);
    const j = leaves.get(o.indicator);
    if (i === undefined || j === undefined) continue;
    const cell = j * n + i;
    if (filled[cell]) throw new KaopingError('engine.duplicateObservation', { unit: o.unit, indicator: o.indicator });
    filled[cell] = 1;
    if (o.value !== null && Number.isFinite(o.value)) values[cell] = o.value;
  }
  return { unitCodes: [...unitCodes], leafCodes: [...leafCodes], values };
}

/** Checks a matrix's shape and codes; returns the column index of each leaf code.
 * Throws `engine.matrixShape`, `engine.duplicateUnit` or `engine.duplicateColumn`. */
export function checkMatrix(matrix: EvaluationMatrix): Map<string, number> {
  indexOf(matrix.unitCodes, 'engine.duplicateUnit', 'unit');
  return columnIndex(matrix);
}

/** The column index of each leaf code, after checking the shape and the column codes only
 * (for steps that work per unit index and do not care about unit codes). */
export function columnIndex(matrix: EvaluationMatrix): Map<string, number> {
  const expected = matrix.unitCodes.length * matrix.leafCodes.length;
  if (matrix.values.length !== expected) {
    throw new KaopingError('engine.matrixShape', { expected, actual: matrix.values.length });
  }
  return indexOf(matrix.leafCodes, 'engine.duplicateColumn', 'indicator');
}

/** Raw value of unit i on column j; NaN (missing) for an absent column or a non-finite value. */
export function rawValue(matrix: EvaluationMatrix, column: number | undefined, unit: number): number {
  if (column === undefined) return NaN;
  const v = matrix.values[column * matrix.unitCodes.length + unit];
  return Number.isFinite(v) ? v : NaN;
}

function indexOf(codes: readonly string[], key: string, param: string): Map<string, number> {
  const m = new Map<string, number>();
  codes.forEach((c, i) => {
    if (m.has(c)) throw new KaopingError(key, { [param]: c });
    m.set(c, i);
  });
  return m;
}
