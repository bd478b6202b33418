import { KaopingError } from '../../api/errors';

/** Rank quantiles from a histogram of ranks. The definition (stated in docs/sensitivity.md):
 * the p-quantile of N ranks is the smallest rank r such that at least ⌈p·N⌉ of the N ranks are
 * <= r (the "nearest rank" or inverted-CDF definition, type 1 of Hyndman and Fan). It is always
 * one of the ranks seen, so intervals read as whole places; the median is the lower median. */
export function rankQuantile(histogram: ArrayLike<number>, offset: number, length: number, count: number, p: number): number | null {
  if (count === 0) return null;
  const need = Math.max(1, Math.ceil(p * count - 1e-9));
  let seen = 0;
  for (let r = 1; r < length; r++) {
    seen += histogram[offset + r];
    if (seen >= need) return r;
  }
  return null;
}

/** The ranks of every unit over a run's draws, kept the cheaper of two ways: a histogram per
 * unit (units × (units + 1) counters) or the ranks themselves (draws × units). Both give the
 * same quantiles (nearest rank, as `rankQuantile`). Rank 0 = unranked in that draw: not counted. */
export interface RankTally {
  add(rank: Int32Array): void;
  /** The p-quantile of unit i's ranked draws; null when it was never ranked. */
  quantile(i: number, p: number): number | null;
}

/** Above this many cells (4 bytes each) neither way fits comfortably in a worker. */
export const MAX_TALLY_CELLS = 64 * 1024 * 1024;
/** Below this many histogram cells the histogram is used whatever the draws. */
const SMALL_HISTOGRAM = 4 * 1024 * 1024;

export function rankTally(units: number, samples: number): RankTally {
  const width = units + 1;
  const histogramCells = units * width;
  const rawCells = units * samples;
  if (histogramCells <= SMALL_HISTOGRAM || histogramCells <= rawCells) {
    if (histogramCells > MAX_TALLY_CELLS) throw new KaopingError('scenarios.tooLarge', { units, samples });
    const histogram = new Uint32Array(histogramCells);
    return {
      add: (rank) => {
        for (let i = 0; i < units; i++) histogram[i * width + rank[i]]++;
      },
      quantile: (i, p) => {
        let ranked = 0;
        for (let r = 1; r < width; r++) ranked += histogram[i * width + r];
        return rankQuantile(histogram, i * width, width, ranked, p);
      },
    };
  }
  if (rawCells > MAX_TALLY_CELLS) throw new KaopingError('scenarios.tooLarge', { units, samples });
  const ranks = new Int32Array(rawCells);
  let draws = 0;
  const sorted = new Map<number, Int32Array>();
  const of = (i: number): Int32Array => {
    let s = sorted.get(i);
    if (!s) {
      const mine: number[] = [];
      for (let d = 0; d < draws; d++) if (ranks[d * units + i] > 0) mine.push(ranks[d * units + i]);
      s = Int32Array.from(mine).sort();
      sorted.set(i, s);
    }
    return s;
  };
  return {
    add: (rank) => {
      ranks.set(rank.subarray(0, units), draws * units);
      draws++;
      sorted.clear();
    },
    quantile: (i, p) => {
      const s = of(i);
      return s.length === 0 ? null : s[Math.max(1, Math.ceil(p * s.length - 1e-9)) - 1];
    },
  };
}
