/** Principal (Perron) eigenvector of a positive square matrix by power iteration:
 *
 *   w⁰ = row geometric means, normalised to Σ w = 1 (exact for a consistent matrix)
 *   wᵏ⁺¹ = A wᵏ / Σ_i (A wᵏ)_i
 *
 * until max_i |wᵏ⁺¹_i − wᵏ_i| ≤ 1e-15 (or 10,000 steps), then
 *
 *   λmax = Σ_i (A w)_i / Σ_i w_i
 *
 * (at the fixed point A w = λ w, so summing both sides gives λ). By Perron's theorem a
 * positive matrix has a simple, strictly dominant positive eigenvalue with a positive
 * eigenvector, so the iteration converges from any positive start, geometrically at the rate
 * |λ₂| / λmax; for pairwise matrices of order ≤ 15 a few dozen steps suffice. The weights
 * are w normalised to sum to 1. */
export function principalEigenvector(a: readonly (readonly number[])[]): { vector: Float64Array; lambdaMax: number; iterations: number } {
  const n = a.length;
  let w: Float64Array = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let logSum = 0;
    for (let j = 0; j < n; j++) logSum += Math.log(a[i][j]);
    w[i] = Math.exp(logSum / n);
  }
  normaliseInPlace(w);
  let iterations = 0;
  for (; iterations < 10_000; iterations++) {
    const next = multiply(a, w);
    normaliseInPlace(next);
    let change = 0;
    for (let i = 0; i < n; i++) change = Math.max(change, Math.abs(next[i] - w[i]));
    w = next;
    if (change <= 1e-15) break;
  }
  const aw = multiply(a, w);
  let sAw = 0;
  let sW = 0;
  for (let i = 0; i < n; i++) {
    sAw += aw[i];
    sW += w[i];
  }
  return { vector: w, lambdaMax: sAw / sW, iterations };
}

function multiply(a: readonly (readonly number[])[], w: Float64Array): Float64Array {
  const n = w.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += a[i][j] * w[j];
    out[i] = s;
  }
  return out;
}

function normaliseInPlace(w: Float64Array): void {
  let s = 0;
  for (const x of w) s += x;
  for (let i = 0; i < w.length; i++) w[i] /= s;
}
