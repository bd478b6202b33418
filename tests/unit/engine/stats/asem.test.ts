import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildTree, type EvaluationMatrix } from '../../../../src-shared/engine';
import { indicatorStatistics } from '../../../../src-shared/engine/stats';
import { ind } from '../helpers';

// Indicator statistics of the ASEM Sustainable Connectivity data (51 countries, 49
// indicators, 63 missing values), against plain re-computations written here and figures
// from scipy.

type Row = Record<string, string>;
const read = (file: string): Row[] =>
  Papa.parse<Row>(readFileSync(join('tests/fixtures/asem/workbook', file), 'utf8'), { header: true, skipEmptyLines: true }).data;

const indicatorRows = read('indicators.csv');
const units = read('units.csv').map((r) => r.code);
const data = read('data.csv');
const tree = buildTree(
  indicatorRows.map((r, i) => ind(r.code, r.parent === '' ? null : r.parent, Number(r.weight), { direction: r.direction === '-1' ? -1 : 1, position: i })),
);
const leaves = [...tree.leaves];
/** The present values of an indicator, in unit order. */
const present = (code: string): number[] => data.filter((r) => r[code] !== '').map((r) => Number(r[code]));
const values = new Float64Array(units.length * leaves.length);
leaves.forEach((code, j) => data.forEach((row) => (values[j * units.length + units.indexOf(row.unit)] = row[code] === '' ? NaN : Number(row[code]))));
const matrix: EvaluationMatrix = { unitCodes: units, leafCodes: leaves, values };
const stats = indicatorStatistics(tree, matrix);
const byCode = new Map(stats.indicators.map((s) => [s.code, s]));

// Excel's SKEW and KURT in their standardised form (G1 and G2, what COINr's skew() and kurt()
// compute), and the plain Pearson r.
function plain(x: number[]) {
  const n = x.length;
  const m = x.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(x.reduce((a, b) => a + (b - m) ** 2, 0) / (n - 1));
  const z = (p: number) => x.reduce((a, b) => a + ((b - m) / sd) ** p, 0);
  return {
    mean: m,
    sd,
    skew: (n / ((n - 1) * (n - 2))) * z(3),
    kurt: ((n * (n + 1)) / ((n - 1) * (n - 2) * (n - 3))) * z(4) - (3 * (n - 1) ** 2) / ((n - 2) * (n - 3)),
  };
}
function plainR(a: string, b: string): number {
  const pairs = data.filter((r) => r[a] !== '' && r[b] !== '').map((r) => [Number(r[a]), Number(r[b])]);
  const ma = pairs.reduce((s, p) => s + p[0], 0) / pairs.length;
  const mb = pairs.reduce((s, p) => s + p[1], 0) / pairs.length;
  const sab = pairs.reduce((s, p) => s + (p[0] - ma) * (p[1] - mb), 0);
  const saa = pairs.reduce((s, p) => s + (p[0] - ma) ** 2, 0);
  const sbb = pairs.reduce((s, p) => s + (p[1] - mb) ** 2, 0);
  return sab / Math.sqrt(saa * sbb);
}
const breaks = (x: number[]): boolean => {
  const { skew, kurt } = plain(x);
  return Math.abs(skew) >= 2 && kurt >= 3.5;
};

describe('ASEM indicator statistics', () => {
  it('counts the 63 missing values through availability', () => {
    expect(stats.indicators).toHaveLength(49);
    let missing = 0;
    for (const s of stats.indicators) {
      expect(s.n).toBe(present(s.code).length);
      expect(s.availability).toBeCloseTo(s.n / 51, 14);
      missing += 51 - s.n;
    }
    expect(missing).toBe(63);
    // E.g. ConSpeed is missing for 8 countries, Poverty for 7.
    expect(byCode.get('ConSpeed')!.n).toBe(43);
    expect(byCode.get('Poverty')!.n).toBe(44);
  });

  it('agrees with a plain computation of every moment', () => {
    for (const s of stats.indicators) {
      const x = present(s.code);
      const p = plain(x);
      expect(s.min).toBe(Math.min(...x));
      expect(s.max).toBe(Math.max(...x));
      expect(s.mean!).toBeCloseTo(p.mean, 9);
      expect(s.sd! / p.sd).toBeCloseTo(1, 12);
      expect(s.skewness!).toBeCloseTo(p.skew, 10);
      expect(s.kurtosis!).toBeCloseTo(p.kurt, 10);
      expect(s.zeroShare).toBe(x.filter((v) => v === 0).length / x.length);
    }
  });

  it('agrees with scipy', () => {
    // scipy 1.17: x.mean(), x.std(ddof=1), stats.skew(x, bias=False),
    // stats.kurtosis(x, bias=False) over the present values of each column.
    const scipy: Record<string, [number, number, number, number]> = {
      Flights: [38.624864901960784, 46.72227498370915, 2.103287194051549, 4.508879369700655],
      Tariff: [2.460625, 2.378000596111444, 2.449179488053455, 5.410918822581841],
      FemLab: [0.8181280341213762, 0.1411167971470786, -2.055812761315598, 5.024317924102444],
      Goods: [289.65523039215685, 388.1995687431543, 2.6499732544006442, 8.266609523138177],
      ConSpeed: [14.286046511627905, 5.106465621214179, 0.462203723707921, 0.187321419069999],
    };
    for (const [code, [m, sd, skew, kurt]] of Object.entries(scipy)) {
      const s = byCode.get(code)!;
      expect(s.mean!).toBeCloseTo(m, 10);
      expect(s.sd!).toBeCloseTo(sd, 10);
      expect(s.skewness!).toBeCloseTo(skew, 10);
      expect(s.kurtosis!).toBeCloseTo(kurt, 10);
    }
  });

  it('gives the outlier verdicts a plain winsorisation confirms', () => {
    // A plain one-sided winsorisation: the k most extreme values set to the (k+1)-th.
    const winsorised = (x: number[], k: number, high: boolean): number[] => {
      const sorted = [...x].sort((a, b) => (high ? b - a : a - b));
      const cap = sorted[k];
      return x.map((v) => (high ? Math.min(v, cap) : Math.max(v, cap)));
    };
    const cases: [string, number, boolean][] = [
      ['Flights', 1, true],
      ['Goods', 2, true],
      ['Tariff', 3, true],
      ['FemLab', 1, false],
    ];
    for (const [code, k, high] of cases) {
      const x = present(code);
      expect(byCode.get(code)!.outliers).toEqual({ treatment: 'winsorised', points: k });
      expect(breaks(winsorised(x, k - 1, high)), code).toBe(true);
      expect(breaks(winsorised(x, k, high)), code).toBe(false);
    }
    // Every indicator left alone passes the rule as it is.
    for (const s of stats.indicators.filter((x) => x.outliers.treatment === 'none')) expect(breaks(present(s.code)), s.code).toBe(false);
  });

  it('flags the pairs a plain computation finds with |r| > 0.9', () => {
    const expected: { a: string; b: string }[] = [];
    leaves.forEach((a, i) =>
      leaves.slice(i + 1).forEach((b) => {
        if (Math.abs(plainR(a, b)) > 0.9) expected.push({ a, b });
      }),
    );
    expect(stats.collinear.map(({ a, b }) => ({ a, b }))).toEqual(expected);
    expect(expected).toEqual([
      { a: 'Goods', b: 'CultGood' },
      { a: 'Research', b: 'CultGood' },
    ]);
    // numpy.corrcoef over the 44 countries with both values: 0.9294695093753257.
    expect(stats.collinear[0].r).toBeCloseTo(0.9294695093753257, 12);
  });
});
