import { describe, expect, it } from 'vitest';
import { buildTree, scoreNormalised } from '../../../../src-shared/engine';
import { topsis } from '../../../../src-shared/engine/results';
import { at, ind, matrix } from '../helpers';
import { normalisedOf } from './helpers';

describe('topsis on a published worked example', () => {
  // Hwang, C.-L. & Yoon, K. (1981), Multiple Attribute Decision Making: Methods and
  // Applications, Springer (Lecture Notes in Economics and Mathematical Systems 186), the
  // fighter aircraft example of the TOPSIS chapter (p. 133): four aircraft, six criteria —
  // maximum speed (Mach), ferry range (NM), maximum payload (lb), acquisition cost ($10⁶, a
  // cost criterion), reliability and maneuverability (linguistic ratings on a 1–9 scale) — with
  // weights 0.2, 0.1, 0.1, 0.1, 0.2, 0.3. The book reports (values rounded to 4 and 3 places,
  // from a normalised matrix itself rounded to 4 places):
  //   S*  (distance to the ideal)      0.0545, 0.1197, 0.0580, 0.1009
  //   S⁻  (distance to the anti-ideal) 0.0983, 0.0439, 0.0920, 0.0458
  //   C*                               0.643,  0.268,  0.613,  0.312   → A1 > A3 > A4 > A2
  const aircraft = [
    [2.0, 1500, 20000, 5.5, 5, 9],
    [2.5, 2700, 18000, 6.5, 3, 5],
    [1.8, 2000, 21000, 4.5, 7, 7],
    [2.2, 1800, 20000, 5.0, 5, 5],
  ];
  const weights = [0.2, 0.1, 0.1, 0.1, 0.2, 0.3];
  // The cost criterion is negated: the norm of the column is unchanged and its ideal becomes
  // the smallest cost, as the book takes it.
  const columns = weights.map((_, k) => aircraft.map((row) => (k === 3 ? -row[k] : row[k])));
  const r = topsis(columns, weights);

  it('reproduces the distances and the closeness', () => {
    const sPlus = [0.0545, 0.1197, 0.058, 0.1009];
    const sMinus = [0.0983, 0.0439, 0.092, 0.0458];
    const c = [0.643, 0.268, 0.613, 0.312];
    // Tolerances: the book's rounding (its normalised matrix differs from exact division by up
    // to 6e-4, e.g. 5.5/√117.75 = 0.50686 printed as 0.5063).
    sPlus.forEach((v, i) => expect(Math.abs(r.dPlus[i] - v)).toBeLessThan(2e-4));
    sMinus.forEach((v, i) => expect(Math.abs(r.dMinus[i] - v)).toBeLessThan(2e-4));
    c.forEach((v, i) => expect(Math.abs(r.closeness[i] - v)).toBeLessThan(1e-3));
  });

  it('agrees with the first column done by hand', () => {
    // C = D⁻ / (D⁺ + D⁻) for every aircraft.
    for (let i = 0; i < 4; i++) expect(r.closeness[i]).toBeCloseTo(r.dMinus[i] / (r.dPlus[i] + r.dMinus[i]), 15);
    // Speed alone: ‖x‖ = √(2² + 2.5² + 1.8² + 2.2²) = √18.33; the ideal is 2.5 (A2), the
    // anti-ideal 1.8 (A3).
    const one = topsis([columns[0]], [1]);
    const norm = Math.sqrt(18.33);
    // A1: |2/norm − 2.5/norm| to the ideal, |2/norm − 1.8/norm| to the anti-ideal.
    expect(one.dPlus[0]).toBeCloseTo(0.5 / norm, 12);
    expect(one.dMinus[0]).toBeCloseTo(0.2 / norm, 12);
    expect(one.closeness[0]).toBeCloseTo(0.2 / 0.7, 12);
  });

  it('gives the same closeness as a node aggregation mapped onto the output range', () => {
    // The same decision matrix taken as normalised scores of six leaves under one node with
    // TOPSIS aggregation, output range [0, 1]: the node's score is C itself.
    const codes = ['X1', 'X2', 'X3', 'X4', 'X5', 'X6'];
    const indicators = [ind('G', null), ...codes.map((c, k) => ind(c, 'G', weights[k]))];
    const units = ['A1', 'A2', 'A3', 'A4'];
    const nm = normalisedOf(units, codes, aircraft.map((row) => row.map((v, k) => (k === 3 ? -v : v))), [0, 1]);
    const res = scoreNormalised(buildTree(indicators), matrix(units, [], []), nm, { aggregate: 'topsis' });
    units.forEach((u, i) => expect(at(res, res.nodes.G, u)).toBeCloseTo(r.closeness[i], 14));
    expect(Array.from(res.rank)).toEqual([1, 4, 2, 3]);
  });
});

describe('TOPSIS as the aggregation of a node', () => {
  // Two children A and B, weights 1 : 1, scores by hand (range [0, 100]); unit v misses B.
  //   A: u 3, v 4, w 0     ‖A‖ = √(9 + 16 + 0) = 5   → r = 0.6, 0.8, 0     r⁺ = 0.8, r⁻ = 0
  //   B: u 4, v –, w 3     ‖B‖ = √(16 + 9) = 5       → r = 0.8, –, 0.6     r⁺ = 0.8, r⁻ = 0.6
  // Weights renormalised over the children present: u and w ½, ½; v 1 on A alone.
  //   u: D⁺ = √((½·(0.6 − 0.8))² + 0) = 0.1,   D⁻ = √((½·0.6)² + (½·0.2)²) = √0.1
  //      C = √0.1 / (0.1 + √0.1) = 1 / (1 + √0.1) ≈ 0.7597
  //   v: D⁺ = 0, D⁻ = 0.8 → C = 1
  //   w: D⁺ = √((½·0.8)² + (½·0.2)²) = √0.17,  D⁻ = 0 → C = 0
  const indicators = [ind('G', null), ind('A', 'G'), ind('B', 'G')];
  const units = ['u', 'v', 'w'];
  const rows = [
    [3, 4],
    [4, NaN],
    [0, 3],
  ];
  const tree = buildTree(indicators);
  const raw = matrix(units, [], []);

  it('measures each unit along the children it has, with weights renormalised', () => {
    const r = scoreNormalised(tree, raw, normalisedOf(units, ['A', 'B'], rows), { aggregate: 'topsis' });
    expect(r.total[0]).toBeCloseTo(100 / (1 + Math.sqrt(0.1)), 12);
    expect(r.total[1]).toBe(100);
    expect(r.total[2]).toBe(0);
    expect(Array.from(r.rank)).toEqual([2, 1, 3]);
    // The same through the standalone function, D± with the renormalised weights.
    const t = topsis([[3, 4, 0], [4, NaN, 3]], [1, 1]);
    expect([t.dPlus[0], t.dMinus[0]].map((x) => +x.toFixed(12))).toEqual([0.1, +Math.sqrt(0.1).toFixed(12)]);
    expect([t.dPlus[1], t.dMinus[1]].map((x) => +x.toFixed(12))).toEqual([0, 0.8]);
    expect(t.dPlus[2]).toBeCloseTo(Math.sqrt(0.17), 12);
  });

  it('maps the closeness onto the output range', () => {
    const r = scoreNormalised(tree, raw, normalisedOf(units, ['A', 'B'], rows, [1, 100]), { aggregate: 'topsis' });
    // score = lo + (hi − lo)·C: u 1 + 99/(1 + √0.1), v 100, w 1.
    expect(r.total[0]).toBeCloseTo(1 + 99 / (1 + Math.sqrt(0.1)), 12);
    expect([r.total[1], r.total[2]]).toEqual([100, 1]);
  });

  it('is missing, with a warning, where the closeness is undefined', () => {
    // v's only child A has one value among the units (v alone): r⁺ = r⁻, so D⁺ = D⁻ = 0.
    const r = scoreNormalised(tree, raw, normalisedOf(units, ['A', 'B'], [[NaN, 4], [4, NaN], [NaN, 3]]), {
      aggregate: 'topsis',
    });
    expect(r.total[1]).toBeNaN();
    expect(r.rank[1]).toBe(0);
    expect(r.warnings).toContainEqual({ key: 'engine.topsisUndefined', params: { aggregate: 'G', count: 1 }, indicator: 'G' });
    // u and w on B alone: 4 and 3 → u C = 1, w C = 0.
    expect([r.total[0], r.total[2]]).toEqual([100, 0]);
  });
});
