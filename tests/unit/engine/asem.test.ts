import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { explainUnit, buildTree, normaliseMinMax, scoreStandard, type EvaluationMatrix } from '../../../src-shared/engine';
import type { Indicator } from '../../../src-shared/model';
import { ind } from './helpers';

// The ASEM Sustainable Connectivity data (51 countries, 49 indicators, 63 missing values), scored
// by the engine and by a plain re-implementation of the standard computation
// (docs/workbook-format.md) written here from scratch.

type Row = Record<string, string>;
const read = (dir: string, file: string): Row[] =>
  Papa.parse<Row>(readFileSync(join('tests/fixtures/asem', dir, file), 'utf8'), { header: true, skipEmptyLines: true }).data;

function load(dir: string) {
  const indicatorRows = read(dir, 'indicators.csv');
  const indicators: Indicator[] = indicatorRows.map((r, i) =>
    ind(r.code, r.parent === '' ? null : r.parent, Number(r.weight), { direction: r.direction === '-1' ? -1 : 1, position: i }),
  );
  const units = read(dir, 'units.csv').map((r) => r.code);
  const data = read(dir, 'data.csv');
  const parents = new Set(indicatorRows.map((r) => r.parent));
  const leafCodes = indicatorRows.filter((r) => !parents.has(r.code)).map((r) => r.code);
  // raw[code][unit] (NaN where the cell is empty).
  const raw: Record<string, Record<string, number>> = {};
  for (const code of leafCodes) {
    raw[code] = {};
    for (const row of data) raw[code][row.unit] = row[code] === '' ? NaN : Number(row[code]);
  }
  const values = new Float64Array(units.length * leafCodes.length);
  leafCodes.forEach((code, j) => units.forEach((u, i) => (values[j * units.length + i] = raw[code][u])));
  const matrix: EvaluationMatrix = { unitCodes: units, leafCodes, values };
  return { indicatorRows, indicators, units, leafCodes, raw, matrix };
}

/** docs/workbook-format.md by the letter, with plain objects and recursion: every score of
 * every node. */
function reference(dir: string): Record<string, Record<string, number>> {
  const { indicatorRows, units, leafCodes, raw } = load(dir);
  const score: Record<string, Record<string, number>> = {};
  for (const code of leafCodes) {
    const dir1 = indicatorRows.find((r) => r.code === code)!.direction === '-1' ? -1 : 1;
    const present = units.filter((u) => !Number.isNaN(raw[code][u])).map((u) => dir1 * raw[code][u]);
    const min = Math.min(...present);
    const max = Math.max(...present);
    score[code] = {};
    for (const u of units) {
      const x = raw[code][u];
      score[code][u] = Number.isNaN(x) || max === min ? NaN : ((dir1 * x - min) / (max - min)) * 100;
    }
  }
  const nodeScore = (code: string, u: string): number => {
    if (score[code]?.[u] !== undefined) return score[code][u];
    let sum = 0;
    let weights = 0;
    for (const child of indicatorRows.filter((r) => r.parent === code)) {
      const s = nodeScore(child.code, u);
      if (Number.isNaN(s)) continue;
      sum += Number(child.weight) * s;
      weights += Number(child.weight);
    }
    const v = weights > 0 ? sum / weights : NaN;
    (score[code] ??= {})[u] = v;
    return v;
  };
  for (const r of indicatorRows) for (const u of units) nodeScore(r.code, u);
  return score;
}

for (const dir of ['workbook', 'workbook-unequal-weights']) {
  describe(`ASEM ${dir}`, () => {
    const { indicators, indicatorRows, units, raw, matrix } = load(dir);
    const result = scoreStandard(indicators, matrix);
    const ref = reference(dir);

    it('has the fixture the README describes', () => {
      expect(units).toHaveLength(51);
      expect(result.leaves).toHaveLength(49);
      expect(Array.from(matrix.values).filter(Number.isNaN)).toHaveLength(63);
      expect(result.aggregates).toEqual(['Index', 'Conn', 'Physical', 'ConEcFin', 'Political', 'Instit', 'P2P', 'Sust', 'Environ', 'Social', 'SusEcFin']);
    });

    it('matches the plain re-implementation for every node of all 51 countries to 1e-9', () => {
      let compared = 0;
      for (const r of indicatorRows) {
        units.forEach((u, i) => {
          const want = ref[r.code][u];
          const got = result.nodes[r.code][i];
          if (Number.isNaN(want)) expect(got).toBeNaN();
          else expect(Math.abs(got - want)).toBeLessThan(1e-9);
          compared++;
        });
      }
      expect(compared).toBe(60 * 51);
      units.forEach((u, i) => {
        expect(Math.abs(result.total[i] - ref.Index[u])).toBeLessThan(1e-9);
        expect(result.total[i]).toBe(result.base[i]); // no bonus or penalty items
      });
      // Rank 1 is the country with the highest index, per the reference.
      const best = units.reduce((a, b) => (ref.Index[b] > ref.Index[a] ? b : a));
      expect(result.rank[units.indexOf(best)]).toBe(1);
      expect([...result.rank].sort((a, b) => a - b)).toEqual(Array.from({ length: 51 }, (_, k) => k + 1));
      expect(result.warnings).toEqual([]);
    });

    it('reverses the 14 lower-is-better indicators', () => {
      const reversed = indicators.filter((i) => i.direction === -1).map((i) => i.code);
      expect(reversed).toHaveLength(14);
      for (const code of reversed) {
        const present = units.filter((u) => !Number.isNaN(raw[code][u]));
        const xs = present.map((u) => raw[code][u]);
        const lo = Math.min(...xs);
        const hi = Math.max(...xs);
        for (const u of present) {
          const s = result.nodes[code][units.indexOf(u)];
          // lower is better: 100 × (max − x) / (max − min); the smallest raw value scores 100.
          expect(Math.abs(s - (100 * (hi - raw[code][u])) / (hi - lo))).toBeLessThan(1e-9);
          if (raw[code][u] === lo) expect(s).toBe(100);
          if (raw[code][u] === hi) expect(s).toBe(0);
        }
      }
    });

    it('explains every country: the contributions add up to its index', () => {
      const tree = buildTree(indicators);
      const nm = normaliseMinMax(tree, matrix);
      units.forEach((_, i) => {
        const sum = explainUnit(tree, nm, i).leaves.reduce((s, l) => s + l.contribution, 0);
        expect(Math.abs(sum - result.base[i])).toBeLessThan(1e-9);
      });
    });
  });
}
