import { nodeAggregation } from '../results/plan';
import { Presence, rankCertificate, type CertificateInput, type RankCertificate } from './rank-certificate';

/** Tighter limits from groups of units (docs/sensitivity.md, "Groups").
 *
 * Pairwise bounds say each contested unit j can be above the unit i, and can be below; not
 * whether they can all be below at once. For weights fixed, a unit with every value present,
 * arithmetic means all the way up and no floor has a total linear in its leaf scores and
 * adjustment (a weighted sum with the effective weights, the same for every unit of the same
 * weight group). So the mean of a group's totals is the total of a virtual unit that scores
 * the group's mean on every leaf: mean_{j∈S} D_j(w) = D_v(w) exactly. If the pair program
 * proves D_v > ε over the whole box, then at every weight some member of S is above i; so S
 * holds at least one place above i, and disjoint such groups add up. The same with D_v < −ε
 * for the worst: some member is always below.
 *
 * Groups are built greedily from the contested units with every value present, per weight
 * group, the most clearly above (below) at the nominal weights first (those on the other side
 * last: a group may mix them): units join the open group until its virtual unit is certified, which
 * closes it. Each test is the certificate of a two-unit problem (the unit and the virtual
 * one), so it costs a tree's worth of small programs. Returns the certificate with its limits
 * tightened (the pairs are left as they are). */
export function withGroupLimits(input: CertificateInput, i: number, certificate: RankCertificate, nominalD: (j: number) => number): RankCertificate {
  if (certificate.bestLimit === null || certificate.worstLimit === null || !linearModel(input)) return certificate;
  // The members must share one linear function; unit i need not (its side of the pair program
  // handles missing values and other weights soundly).
  const ranked = new Set(certificate.pairs.filter((p) => p.ranked === Presence.Always).map((p) => p.unit));
  const candidates = certificate.contested.filter((j) => ranked.has(j) && linearUnit(input, j));
  const { epsilon } = certificate;

  /** The candidates of each weight group, the most clearly on `side` (above i for 1, below
   * for −1) at the nominal weights first. */
  const bySide = (side: 1 | -1): number[][] => {
    const byWeights = new Map<string | null, number[]>();
    for (const j of candidates) {
      const key = weightGroup(input, j);
      const members = byWeights.get(key);
      if (members) members.push(j);
      else byWeights.set(key, [j]);
    }
    return [...byWeights.values()].map((members) => members.sort((a, b) => side * (nominalD(b) - nominalD(a)) || a - b));
  };

  // Disjoint groups, each closed as soon as its virtual unit is certified on `side`: each
  // holds at least one unit there at every weight.
  const groups = (side: 1 | -1): number => {
    let count = 0;
    for (const members of bySide(side)) {
      let open: number[] = [];
      for (const j of members) {
        open.push(j);
        const [min, max] = virtualPair(input, i, open);
        if ((side > 0 && min > epsilon) || (side < 0 && max < -epsilon)) {
          count++;
          open = [];
        }
      }
    }
    return count;
  };

  return {
    ...certificate,
    bestLimit: certificate.bestLimit + groups(1),
    worstLimit: certificate.worstLimit - groups(-1),
  };
}

/** Whether totals are linear in the leaf scores for fixed weights: arithmetic means only, no
 * floor (a TOPSIS or geometric node, or a floor, breaks it for every unit). */
function linearModel(input: CertificateInput): boolean {
  const { scheme, tree } = input;
  if (scheme.floor !== null && scheme.floor !== undefined) return false;
  return ['', ...tree.aggregates].every((a) => nodeAggregation(tree, scheme, a) === 'arithmetic');
}

/** A unit whose total is a linear function of its scores, the same for every unit of its
 * weight group: every value present, not excluded. */
function linearUnit(input: CertificateInput, u: number): boolean {
  const n = input.categories.length;
  if (input.excluded[u] === 1) return false;
  for (let k = u; k < input.mask.length; k += n) if (input.mask[k] !== 1) return false;
  return true;
}

/** The category whose own weights a unit uses, or null for the scheme's alone. */
function weightGroup(input: CertificateInput, u: number): string | null {
  const c = input.categories[u];
  const own = input.scheme.categoryWeights;
  return c !== null && own !== undefined && Object.prototype.hasOwnProperty.call(own, c) ? c : null;
}

/** Bounds of D_v = T_v − T_i over the box for the virtual unit v of `group` (the group's mean
 * score on every leaf, its mean adjustment): the certificate of the two-unit problem. */
function virtualPair(input: CertificateInput, i: number, group: readonly number[]): [number, number] {
  const n = input.categories.length;
  const leaves = input.scores.length / n;
  const scores = new Float64Array(2 * leaves);
  const mask = new Uint8Array(2 * leaves);
  for (let l = 0; l < leaves; l++) {
    let sum = 0;
    for (const j of group) sum += input.scores[l * n + j];
    scores[2 * l] = input.scores[l * n + i];
    mask[2 * l] = input.mask[l * n + i];
    scores[2 * l + 1] = sum / group.length;
    mask[2 * l + 1] = 1;
  }
  let adjustment = 0;
  for (const j of group) adjustment += input.adjustment[j];
  const two: CertificateInput = {
    ...input,
    scores,
    mask,
    // The virtual unit weighs like its members (all of one weight group).
    categories: [input.categories[i], input.categories[group[0]]],
    adjustment: Float64Array.of(input.adjustment[i], adjustment / group.length),
    excluded: new Uint8Array(2),
  };
  const pair = rankCertificate(two, 0).pairs[0];
  return [pair.min, pair.max];
}
