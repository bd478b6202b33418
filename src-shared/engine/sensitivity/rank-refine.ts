import type { RankCertificate } from './rank-certificate';

export interface WeightBoxBounds {
  lo: Float64Array;
  hi: Float64Array;
}

/** What `refineLimit` needs from the search. */
export interface RefineOptions {
  box: WeightBoxBounds;
  /** The weights that can move (indexes into lo/hi). */
  free: readonly number[];
  /** 1: the best rank (smaller is better), -1: the worst. */
  sign: 1 | -1;
  /** The certificate of a sub-box. */
  certify: (box: WeightBoxBounds) => RankCertificate;
  /** The rank reached so far (null while none). */
  reached: () => number | null;
  /** Scores weights, keeping them when they reach a better rank. */
  tryWeights: (w: Float64Array) => void;
  /** Certificates to spend at most (deterministic: no clock). */
  budget: number;
  /** Seed vertices tried per sub-box. */
  seedsPerBox: number;
}

interface Piece extends WeightBoxBounds {
  limit: number;
}

/** Branch and bound over the box. One certificate bounds each pair over the whole box, and a
 * pair may be passable only at weights where another pair is not (u3 passes u1 at one end of
 * a weight's range, u2 at the other): the pairwise limits then ignore that no single point
 * does both. Splitting the box in two along its widest free weight (relative to the bounds)
 * and certifying each half separates such points; the limit over the box is the most
 * promising limit of the pieces left. Pieces whose limit the rank already reached cannot do
 * better and are dropped; each new piece's centre and the certificate's seed vertices are
 * tried, which often reaches a limit. Stops when no piece can beat the rank reached (the
 * limit is proven), or when the budget is spent. Returns the refined limit, never looser than
 * the box's own certificate (null where the unit is never ranked). */
export function refineLimit(o: RefineOptions, rootLimit: number | null): number | null {
  if (rootLimit === null) return null;
  const { sign } = o;
  const key = (limit: number) => sign * limit;
  const width = Float64Array.from(o.box.hi, (h, k) => h - o.box.lo[k]);
  const pieces: Piece[] = [{ lo: o.box.lo, hi: o.box.hi, limit: rootLimit }];
  const stuck: Piece[] = [];
  let spent = 0;
  const beaten = (p: Piece): boolean => {
    const r = o.reached();
    return r !== null && key(p.limit) >= key(r);
  };
  while (pieces.length > 0 && spent < o.budget) {
    // The most promising piece first.
    let at = 0;
    for (let k = 1; k < pieces.length; k++) if (key(pieces[k].limit) < key(pieces[at].limit)) at = k;
    const piece = pieces[at];
    if (beaten(piece)) break;
    pieces.splice(at, 1);
    let d = -1;
    let widest = 0;
    for (const k of o.free) {
      const rel = (piece.hi[k] - piece.lo[k]) / width[k];
      if (rel > widest) [d, widest] = [k, rel];
    }
    if (d < 0) {
      // Nothing left to split: its limit stands as it is.
      stuck.push(piece);
      continue;
    }
    const mid = (piece.lo[d] + piece.hi[d]) / 2;
    for (const half of [0, 1]) {
      const lo = Float64Array.from(piece.lo);
      const hi = Float64Array.from(piece.hi);
      if (half === 0) hi[d] = mid;
      else lo[d] = mid;
      const certificate = o.certify({ lo, hi });
      spent++;
      const limit = sign > 0 ? certificate.bestLimit : certificate.worstLimit;
      if (limit === null) continue;
      o.tryWeights(Float64Array.from(lo, (l, k) => (l + hi[k]) / 2));
      for (const j of certificate.contested.slice(0, o.seedsPerBox)) o.tryWeights(certificate.vertex(j, sign > 0 ? 'min' : 'max'));
      pieces.push({ lo, hi, limit });
    }
  }
  const r = o.reached();
  let limit = r;
  for (const p of [...pieces, ...stuck]) if (limit === null || key(p.limit) < key(limit)) limit = p.limit;
  // A piece never has a looser limit than the whole box, but the whole box's is kept when
  // nothing finer was found.
  return limit === null ? rootLimit : sign > 0 ? Math.max(limit, rootLimit) : Math.min(limit, rootLimit);
}
