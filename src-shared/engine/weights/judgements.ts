import { nearestSaaty } from './saaty-scale';

/** One judgement and how far it is from what the weights imply. */
export interface JudgementDeviation {
  row: string;
  column: string;
  /** a_ij as used (after `checkPairwise`). */
  value: number;
  /** ε_ij = a_ij × w_j / w_i: 1 when the judgement agrees with the weights. */
  deviation: number;
  /** w_i / w_j rounded to the nearest point of Saaty's scale (saaty-scale.ts). */
  suggested: number;
}

/** The judgements that contribute most to the inconsistency, worst first. For each pair
 * i < j (the other half of the matrix holds the reciprocals and ε_ji = 1/ε_ij):
 *
 *   ε_ij = a_ij × w_j / w_i        (ideal 1)
 *
 * ranked by |ln ε_ij| (judging a pair 3× too high or 3× too low weighs the same), ties in
 * matrix order (|ln ε| is compared to 12 decimals, so rounding noise in w cannot reorder
 * deviations that are equal in exact arithmetic). Why these: A w = λmax w gives Σ_j ε_ij = λmax for every row i, hence
 *
 *   λmax − n = (1/n) × Σ_{i<j} (ε_ij + 1/ε_ij − 2)
 *
 * a sum of terms that are 0 for ε = 1 and grow with |ln ε|: the pair with the largest |ln ε|
 * adds most to λmax and so to CR. It is the first judgement to revisit, towards `suggested`
 * (the procedure of Saaty 2003, Eur. J. Oper. Res. 145, 85–91). */
export function rankJudgements(a: readonly (readonly number[])[], w: ArrayLike<number>, codes: readonly string[]): JudgementDeviation[] {
  const n = a.length;
  const out: (JudgementDeviation & { order: number; key: number })[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      out.push({
        row: codes[i],
        column: codes[j],
        value: a[i][j],
        deviation: (a[i][j] * w[j]) / w[i],
        suggested: nearestSaaty(w[i] / w[j]),
        order: out.length,
        key: Math.round(Math.abs(Math.log((a[i][j] * w[j]) / w[i])) * 1e12),
      });
    }
  }
  out.sort((x, y) => y.key - x.key || x.order - y.order);
  return out.map(({ order: _order, key: _key, ...rest }) => rest);
}
