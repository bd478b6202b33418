import { pairVertex, type CertificateInput } from './rank-certificate';

/** Seeds for moving many units past one at once (rank-bounds.ts's search).
 *
 * `groupSeed`: For fixed weights a unit's total is, where
 * no value is missing, linear in its leaf scores (a weighted sum with the effective weights),
 * so the mean of a group's totals is the total of a virtual unit scoring the group's mean on
 * every leaf. The pair program between the unit and that virtual unit gives the vertex that
 * pushes the group, on average, furthest below the unit ('min') or above it ('max'). Only a
 * seed: with missing values the virtual unit averages the values present, and nothing relies
 * on the vertex being optimal for any real unit. */
export function groupSeed(input: CertificateInput, i: number, group: readonly number[], sense: 'min' | 'max'): Float64Array {
  const n = input.categories.length;
  const leaves = input.scores.length / n;
  const scores = new Float64Array((n + 1) * leaves);
  const mask = new Uint8Array((n + 1) * leaves);
  for (let l = 0; l < leaves; l++) {
    scores.set(input.scores.subarray(l * n, (l + 1) * n), l * (n + 1));
    mask.set(input.mask.subarray(l * n, (l + 1) * n), l * (n + 1));
    let sum = 0;
    let count = 0;
    for (const j of group) {
      if (input.mask[l * n + j] === 1) {
        sum += input.scores[l * n + j];
        count++;
      }
    }
    scores[l * (n + 1) + n] = count > 0 ? sum / count : 0;
    mask[l * (n + 1) + n] = count > 0 ? 1 : 0;
  }
  let adjustment = 0;
  for (const j of group) adjustment += input.adjustment[j] / group.length;
  const virtual: CertificateInput = {
    ...input,
    scores,
    mask,
    // The unit's own category: the same weights as the unit, so the pair is tight.
    categories: [...input.categories, input.categories[i]],
    adjustment: Float64Array.of(...input.adjustment, adjustment),
    excluded: Uint8Array.of(...input.excluded, 0),
  };
  return pairVertex(virtual, i, n, sense);
}

/** Vertices where each free weight takes the side most of the given seeds put it on: over
 * the 4, 8, 16, … seeds of the units closest to the unit, and over all of them. One pair's
 * optimum moves one unit; a vote moves many at once, which the best and worst ranks need. */
export function votes(seeds: Float64Array[], closest: number[], lo: Float64Array, hi: Float64Array, free: readonly number[]): Float64Array[] {
  const out: Float64Array[] = [];
  for (let take = 4; ; take *= 2) {
    const some = closest.slice(0, take).map((k) => seeds[k]);
    if (some.length === 0) break;
    const w = Float64Array.from(some[0]);
    for (const k of free) {
      let up = 0;
      for (const seed of some) if (seed[k] === hi[k]) up++;
      w[k] = 2 * up > some.length ? hi[k] : 2 * up < some.length ? lo[k] : (lo[k] + hi[k]) / 2;
    }
    out.push(w);
    if (take >= seeds.length) break;
  }
  return out;
}

