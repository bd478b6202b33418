import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempPath, writeWorkbookDir } from './workbook-fixture';
import { fileHash, runCli } from './run-cli';

/** `kaoping weights` on the small workbook of workbook-fixture.ts against weights worked out by
 * hand, and `kaoping ahp` on the matrices of tests/fixtures/ahp. */

const AHP = resolve(__dirname, '../../fixtures/ahp');
let db: string;

beforeAll(() => {
  db = tempPath('county.db');
  const r = runCli(['import', writeWorkbookDir(), '--db', db]);
  expect(r.status).toBe(0);
});

function rowsOf(csv: string): string[][] {
  return Papa.parse<string[]>(csv.trim()).data;
}

/** code → weight from `code,weight` CSV (header checked). */
function weightsOf(csv: string): Record<string, number> {
  const [header, ...rows] = rowsOf(csv);
  expect(header).toEqual(['code', 'weight']);
  return Object.fromEntries(rows.map(([c, w]) => [c, Number(w)]));
}

// The fixture's leaves in tree order, min-max normalised to [0, 1] over U1..U4 with direction:
//   I1 10, 20, 30, 40          → 0, ⅓, ⅔, 1
//   I2 5, 5, 1, 3 (lower best) → 0, 0, 1, ½
//   I3 7, NA, 9, 8             → 0, –, 1, ½   (m = 3)
// Adjustment items (B1, P1) and aggregates (D1, D2) are not weighed.
const plnp = (ps: number[]): number => ps.reduce((s, p) => (p > 0 ? s + p * Math.log(p) : s), 0);

describe('kaoping weights', () => {
  it('--method entropy: p = y/Σy, e = −Σ p ln p / ln m, w ∝ 1 − e', () => {
    // I1: Σ = 2, p = 0, ⅙, ⅓, ½ (m = 4).  I2: Σ = 1.5, p = 0, 0, ⅔, ⅓ (m = 4).
    // I3: Σ = 1.5, p = 0, ⅔, ⅓ (m = 3: U2 has no value).
    const d = [
      1 + plnp([0, 1 / 6, 1 / 3, 1 / 2]) / Math.log(4),
      1 + plnp([0, 0, 2 / 3, 1 / 3]) / Math.log(4),
      1 + plnp([0, 2 / 3, 1 / 3]) / Math.log(3),
    ];
    const sum = d[0] + d[1] + d[2];
    const r = runCli(['weights', '--db', db, '--method', 'entropy']);
    expect(r.status).toBe(0);
    const w = weightsOf(r.stdout);
    expect(Object.keys(w)).toEqual(['I1', 'I2', 'I3']);
    ['I1', 'I2', 'I3'].forEach((c, j) => expect(w[c]).toBeCloseTo(d[j] / sum, 14));
    expect(w.I1 + w.I2 + w.I3).toBeCloseTo(1, 14);
    // Full double precision, not rounded for display.
    expect(rowsOf(r.stdout)[1][1].length).toBeGreaterThan(12);
  });

  it('--method cv: σ (sample) / mean, missing left out', () => {
    // I1: mean ½, Σ d² = ¼ + 1/36 + 1/36 + ¼ = 5/9, σ = √(5/27).
    // I2: mean 3/8, Σ d² = 2·(9/64) + (25/64) + (1/64) = 44/64, σ = √(44/192).
    // I3: mean ½, Σ d² = ¼ + ¼ + 0 = ½, σ = √(¼) = ½.
    const v = [Math.sqrt(5 / 27) / 0.5, Math.sqrt(44 / 192) / 0.375, 0.5 / 0.5];
    const sum = v[0] + v[1] + v[2];
    const w = weightsOf(runCli(['weights', '--db', db, '--method', 'cv']).stdout);
    ['I1', 'I2', 'I3'].forEach((c, j) => expect(w[c]).toBeCloseTo(v[j] / sum, 14));
  });

  it('--method critic: σ (sample) × Σ (1 − r), r over the units that have both values', () => {
    const cols = [
      [0, 1 / 3, 2 / 3, 1],
      [0, 0, 1, 0.5],
      [0, NaN, 1, 0.5],
    ];
    const present = (xs: number[]): number[] => xs.filter((x) => !Number.isNaN(x));
    const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = (xs: number[]): number => Math.sqrt(xs.reduce((s, x) => s + (x - mean(xs)) ** 2, 0) / (xs.length - 1));
    const pearson = (a: number[], b: number[]): number => {
      const both = a.map((x, i) => [x, b[i]]).filter(([x, y]) => !Number.isNaN(x) && !Number.isNaN(y));
      const mx = mean(both.map(([x]) => x));
      const my = mean(both.map(([, y]) => y));
      const sxy = both.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
      const sxx = both.reduce((s, [x]) => s + (x - mx) ** 2, 0);
      const syy = both.reduce((s, [, y]) => s + (y - my) ** 2, 0);
      return sxy / Math.sqrt(sxx * syy);
    };
    const c = cols.map((a, j) => sd(present(a)) * cols.reduce((s, b, k) => (k === j ? s : s + 1 - pearson(a, b)), 0));
    const sum = c[0] + c[1] + c[2];
    const w = weightsOf(runCli(['weights', '--db', db, '--method', 'critic']).stdout);
    ['I1', 'I2', 'I3'].forEach((code, j) => expect(w[code]).toBeCloseTo(c[j] / sum, 14));
  });

  it('--method equal: ⅓ each', () => {
    const equal = weightsOf(runCli(['weights', '--db', db, '--method', 'equal', '--period', '2024']).stdout);
    expect(equal).toEqual({ I1: 1 / 3, I2: 1 / 3, I3: 1 / 3 });
  });

  it('--out writes the same CSV to a file', () => {
    const out = tempPath('weights.csv');
    const r = runCli(['weights', '--db', db, '--method', 'entropy', '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(runCli(['weights', '--db', db, '--method', 'entropy']).stdout);
  });

  it('refuses an unknown method, an unknown period and a missing database in one line', () => {
    const out = tempPath('never.csv');
    for (const args of [
      ['--method', 'pca'],
      ['--method', 'entropy', '--period', '1999'],
    ]) {
      const r = runCli(['weights', '--db', db, ...args, '--out', out]);
      expect(r.status).not.toBe(0);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(existsSync(out)).toBe(false);
    }
    expect(runCli(['weights', '--method', 'pca', '--db', db]).stderr).toContain('pca');
    const none = runCli(['weights', '--db', tempPath('absent.db'), '--method', 'entropy']);
    expect(none.status).not.toBe(0);
  });
});

describe('kaoping ahp', () => {
  it('writes code,weight rows and a last CR row (Saaty’s drinks example)', () => {
    // Saaty (2008), Int. J. Services Sciences 1(1), Table 2: .177 .019 .042 .116 .190 .129 .327,
    // C.R. = .022 (tests/fixtures/ahp/README.md).
    const r = runCli(['ahp', '--matrix', resolve(AHP, 'saaty-drinks.csv')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const rows = rowsOf(r.stdout);
    expect(rows[0]).toEqual(['code', 'weight']);
    expect(rows.map((x) => x[0])).toEqual(['code', 'coffee', 'wine', 'tea', 'beer', 'sodas', 'milk', 'water', 'CR']);
    [0.177, 0.019, 0.042, 0.116, 0.19, 0.129, 0.327].forEach((p, i) => expect(Math.abs(Number(rows[i + 1][1]) - p)).toBeLessThanOrEqual(0.0005));
    expect(Math.abs(Number(rows[8][1]) - 0.022)).toBeLessThanOrEqual(0.0005);
  });

  it('a consistent matrix: its weights and CR 0', () => {
    const out = tempPath('ahp.csv');
    const r = runCli(['ahp', '--matrix', resolve(AHP, 'consistent.csv'), '--out', out]);
    expect(r.status).toBe(0);
    const rows = rowsOf(readFileSync(out, 'utf8'));
    expect(rows.slice(1).map((x) => x[0])).toEqual(['D1', 'D2', 'D3', 'CR']);
    [4 / 7, 2 / 7, 1 / 7].forEach((w, i) => expect(Number(rows[i + 1][1])).toBeCloseTo(w, 14));
    expect(rows[4]).toEqual(['CR', '0']);
  });

  it('warns when CR is above 0.10 and still writes the weights', () => {
    // The circulant matrix of the fixture: λmax = 3.5, CR = 0.25 / 0.58.
    const r = runCli(['ahp', '--matrix', resolve(AHP, 'inconsistent.csv')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/CR = 0\.431/);
    expect(r.stderr).toContain('(X, Y)');
    const rows = rowsOf(r.stdout);
    expect(Number(rows[4][1])).toBeCloseTo(0.25 / 0.58, 12);
  });

  it('refuses a matrix that is not reciprocal, naming the cell, and writes nothing', () => {
    const out = tempPath('never.csv');
    const r = runCli(['ahp', '--matrix', resolve(AHP, 'not-reciprocal.csv'), '--out', out]);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('(D1, D3)');
    expect(fileHash(out)).toBeNull();
    // In Chinese too.
    expect(runCli(['ahp', '--matrix', resolve(AHP, 'not-reciprocal.csv')], 'zh-CN').stderr).toContain('（D1，D3）');
  });

  it('refuses a missing file and a cell that is not a number, in one line', () => {
    const missing = runCli(['ahp', '--matrix', tempPath('absent.csv')]);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    const bad = tempPath('bad.csv');
    writeFileSync(bad, ',A,B\nA,1,x\nB,1,1\n');
    const r = runCli(['ahp', '--matrix', bad]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('(A, B)');
  });
});
