import { randomIndex } from './random-index';

/** Saaty's acceptance threshold: a matrix with CR above it is flagged as inconsistent. */
export const CR_THRESHOLD = 0.1;

export interface Consistency {
  lambdaMax: number;
  /** CI = (λmax − n) / (n − 1); 0 for n ≤ 2. */
  ci: number;
  /** Saaty's random index RI(n) (random-index.ts). */
  ri: number;
  /** CR = CI / RI; 0 for n ≤ 2 (every reciprocal matrix of order ≤ 2 is consistent). */
  cr: number;
  /** CR > 0.10. */
  inconsistent: boolean;
}

/** Consistency of a pairwise matrix of order n whose principal eigenvalue is λmax:
 *
 *   CI = (λmax − n) / (n − 1),    CR = CI / RI(n)
 *
 * For a positive reciprocal matrix λmax ≥ n, with equality exactly when it is consistent
 * (Saaty 1977, J. Math. Psychology 15, 234–281). A λmax that exceeds n by less than the
 * eigen-solver's precision (n × 1e-12) is rounding, and CI is reported as exactly 0. */
export function consistency(lambdaMax: number, n: number): Consistency {
  const ri = randomIndex(n);
  if (n <= 2 || lambdaMax - n <= n * 1e-12) return { lambdaMax, ci: 0, ri, cr: 0, inconsistent: false };
  const ci = (lambdaMax - n) / (n - 1);
  const cr = ci / ri;
  return { lambdaMax, ci, ri, cr, inconsistent: cr > CR_THRESHOLD };
}
