import { expect } from 'vitest';
import {
  rankSetup,
  mulberry32,
  Presence,
  rankBounds,
  scoreScheme,
  weightMap,
  type RankBoundsOptions,
  type RankCertificate,
  type SensitivityInput,
  type WeightBounds,
} from '../../../../src-shared/engine';

/** The certificate of `unit` and the box it covers, built the way rankBounds builds them. */
export function certificateOf(input: SensitivityInput, unit: string, bounds: WeightBounds) {
  const { r, space, i, lo, hi, free, certify } = rankSetup(input, unit, bounds);
  const box = { lo, hi, free };
  return { r, space, box, i, certificate: certify(box) };
}

/** Weight vectors of the box: `random` uniform draws (seeded), and every vertex when the box
 * has at most `maxVertexDims` moving weights. */
export function boxPoints(lo: Float64Array, hi: Float64Array, random: number, maxVertexDims = 10): Float64Array[] {
  const out: Float64Array[] = [];
  const rnd = mulberry32(7);
  for (let s = 0; s < random; s++) out.push(Float64Array.from(lo, (l, k) => l + rnd() * (hi[k] - l)));
  const moving = [...lo.keys()].filter((k) => hi[k] > lo[k]);
  if (moving.length <= maxVertexDims) {
    for (let mask = 0; mask < 1 << moving.length; mask++) {
      const w = Float64Array.from(lo);
      moving.forEach((k, b) => (w[k] = mask & (1 << b) ? hi[k] : lo[k]));
      out.push(w);
    }
  }
  return out;
}

/** Rescoring (the engine itself, an independent check of the bounds' algebra) at every point:
 * each T_j − T_i lies within the pair's bounds, j's ranked status agrees, and the unit's rank
 * is within the certified limits. Returns how many comparisons were checked. */
export function expectSound(input: SensitivityInput, unit: string, bounds: WeightBounds, points: (lo: Float64Array, hi: Float64Array) => Float64Array[]): { checked: number; certificate: RankCertificate } {
  const { r, space, box, i, certificate } = certificateOf(input, unit, bounds);
  let checked = 0;
  for (const w of points(box.lo, box.hi)) {
    const { total, rank } = r.rescore(weightMap(space, w));
    if (rank[i] > 0) {
      expect(rank[i]).toBeGreaterThanOrEqual(certificate.bestLimit!);
      expect(rank[i]).toBeLessThanOrEqual(certificate.worstLimit!);
    }
    for (const p of certificate.pairs) {
      if (p.ranked === Presence.Always) expect(rank[p.unit]).toBeGreaterThan(0);
      if (p.ranked === Presence.Never) expect(rank[p.unit]).toBe(0);
      if (rank[i] === 0 || rank[p.unit] === 0) continue;
      const d = total[p.unit] - total[i];
      const slack = 1e-10 * Math.max(1, Math.abs(total[i]));
      expect(d).toBeGreaterThanOrEqual(p.min - slack);
      expect(d).toBeLessThanOrEqual(p.max + slack);
      checked++;
    }
  }
  return { checked, certificate };
}

/** rankBounds on `unit`: each end's rank is what scoring from scratch with its weights gives
 * (an independent path: scoreScheme, not the rescorer), and lies within its limit. */
export function expectReached(input: SensitivityInput, unit: string, bounds: WeightBounds, options: RankBoundsOptions = {}) {
  const res = rankBounds(input, unit, bounds, options);
  const i = input.matrix.unitCodes.indexOf(unit);
  for (const end of [res.best, res.worst]) {
    const rank = scoreScheme(input.tree, input.matrix, { ...input.scheme, weights: { ...input.scheme.weights, ...end.weights } }, input.context).rank[i];
    expect(end.rank).toBe(rank > 0 ? rank : null);
    expect(end.proven).toBe(end.rank !== null && end.rank === end.limit);
  }
  if (res.best.rank !== null) expect(res.best.rank).toBeGreaterThanOrEqual(res.best.limit!);
  if (res.worst.rank !== null) expect(res.worst.rank).toBeLessThanOrEqual(res.worst.limit!);
  return res;
}
