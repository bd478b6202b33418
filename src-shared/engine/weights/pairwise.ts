import { KaopingError } from '../../api/errors';
import { judgementText } from './saaty-scale';

/** A pairwise comparison matrix: a[i][j] says how many times item i is more important than
 * item j (Saaty's 1–9 scale and reciprocals), rows and columns in the order of `codes`. */
export type PairwiseMatrix = readonly (readonly number[])[];

/** How far a_ij × a_ji may be from 1 (and a_ii from 1) before the matrix is refused as not
 * reciprocal: 0.05 accepts judgements typed as two-decimal numbers (0.33 for 1/3, 0.11 for
 * 1/9: products 0.99) but refuses real slips (0.3 facing 3: product 0.9; 3 facing 3: 9). */
export const RECIPROCAL_TOLERANCE = 0.05;

/** Checks a pairwise comparison matrix and names the first offending cell by its
 * (row code, column code), scanning rows top to bottom:
 *   - `engine.weights.ahpEmpty` (no item), `engine.weights.ahpCodes` (codes do not match the
 *     order, or a code repeats), `engine.weights.ahpNotSquare` (a row of the wrong length);
 *   - `engine.weights.ahpNotPositive`: a cell that is not a finite number > 0;
 *   - `engine.weights.ahpDiagonal`: a_ii not 1 (within the tolerance);
 *   - `engine.weights.ahpNotReciprocal`: |a_ij × a_ji − 1| > tolerance.
 * Then returns the exactly reciprocal matrix nearest to it in the log sense:
 *
 *   a'_ij = √(a_ij / a_ji),   a'_ji = 1 / a'_ij,   a'_ii = 1
 *
 * which leaves an exactly reciprocal pair as it is and splits a typing rounding (3 and 0.33)
 * evenly between the two cells. */
export function checkPairwise(matrix: PairwiseMatrix, codes: readonly string[], tolerance = RECIPROCAL_TOLERANCE): number[][] {
  const n = matrix.length;
  if (n === 0) throw new KaopingError('engine.weights.ahpEmpty');
  if (codes.length !== n || new Set(codes).size !== n) {
    throw new KaopingError('engine.weights.ahpCodes', { size: n, codes: codes.join(', ') });
  }
  matrix.forEach((row, i) => {
    if (row.length !== n) throw new KaopingError('engine.weights.ahpNotSquare', { row: codes[i], cells: row.length, size: n });
  });
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const v = matrix[i][j];
      if (!Number.isFinite(v) || v <= 0) {
        throw new KaopingError('engine.weights.ahpNotPositive', { row: codes[i], column: codes[j], value: String(v) });
      }
    }
  }
  for (let i = 0; i < n; i++) {
    const d = matrix[i][i];
    if (Math.abs(d - 1) > tolerance) throw new KaopingError('engine.weights.ahpDiagonal', { row: codes[i], value: judgementText(d) });
    for (let j = i + 1; j < n; j++) {
      const a = matrix[i][j];
      const b = matrix[j][i];
      if (Math.abs(a * b - 1) > tolerance) {
        throw new KaopingError('engine.weights.ahpNotReciprocal', {
          row: codes[i],
          column: codes[j],
          value: judgementText(a),
          mirror: judgementText(b),
          expected: judgementText(1 / a),
        });
      }
    }
  }
  const out = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const v = Math.sqrt(matrix[i][j] / matrix[j][i]);
      out[i][j] = v;
      out[j][i] = 1 / v;
    }
  }
  return out;
}
