import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempPath, writeWorkbookDir } from './workbook-fixture';
import { fileHash, runCli } from './run-cli';

/** The CLI end to end on the small workbook of workbook-fixture.ts, against scores worked out
 * by hand. */

let db: string;

beforeAll(() => {
  db = tempPath('county.db');
  const r = runCli(['import', writeWorkbookDir(), '--db', db]);
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/5 units, 7 indicators, 20 observations/);
});

function parse(csv: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data;
}

describe('kaoping score', () => {
  // Min-max to [0, 100] per indicator over U1..U4 (direction applied first):
  //   I1 10,20,30,40        -> 0, 100/3, 200/3, 100
  //   I2 5,5,1,3 (dir -1)   -> -5,-5,-1,-3 -> 0, 0, 100, 50
  //   I3 7,NA,9,8           -> 0, missing, 100, 50
  // D1 = (I1 + I2) / 2 (weights 1:1); D2 = I3.
  const D1 = [0, 50 / 3, (200 / 3 + 100) / 2, 75];
  const D2 = [0, NaN, 100, 50];
  // Base = (2·D1 + 1·D2) / 3; U2 has no D2, so its base is D1 alone (weights renormalised).
  const base = [0, D1[1], (2 * D1[2] + 100) / 3, (2 * 75 + 50) / 3];
  // Bonus B1 (cap 5): 0, 6 -> 5, 0, 1.  Penalty P1 (cap 3): 0, 0, 2, 0.
  const total = [base[0], base[1] + 5, base[2] - 2, base[3] + 1];

  it('writes unit,name,rank,score and one column per aggregate, by rank, at full precision', () => {
    const r = runCli(['score', '--db', db]);
    expect(r.status).toBe(0);
    const header = r.stdout.split('\n')[0];
    expect(header).toBe('unit,name,rank,score,D1,D2');
    const rows = parse(r.stdout);
    expect(rows.map((x) => x.unit)).toEqual(['U3', 'U4', 'U2', 'U1']);
    expect(rows.map((x) => x.rank)).toEqual(['1', '2', '3', '4']);
    const byUnit = Object.fromEntries(rows.map((x) => [x.unit, x]));
    ['U1', 'U2', 'U3', 'U4'].forEach((u, i) => {
      expect(Number(byUnit[u].score)).toBeCloseTo(total[i], 12);
      expect(Number(byUnit[u].D1)).toBeCloseTo(D1[i], 12);
      if (Number.isNaN(D2[i])) expect(byUnit[u].D2).toBe('');
      else expect(Number(byUnit[u].D2)).toBeCloseTo(D2[i], 12);
    });
    // Full double precision: 86.888… is printed with all its digits (not rounded for display).
    expect(byUnit.U3.score).toMatch(/^86\.8888888888888\d+$/);
    expect(byUnit.U1.name).toBe('甲村');
  });

  it('--range maps min-max to another range', () => {
    const r = runCli(['score', '--db', db, '--range', '60,100']);
    expect(r.status).toBe(0);
    const byUnit = Object.fromEntries(parse(r.stdout).map((x) => [x.unit, x]));
    // Every normalised score s becomes 60 + 0.4·s, and means keep that affine map.
    expect(Number(byUnit.U4.D1)).toBeCloseTo(60 + 0.4 * 75, 12);
    expect(Number(byUnit.U1.score)).toBeCloseTo(60, 12);
  });

  it('--aggregate geometric fails clearly where a score is 0 under [0, 100]', () => {
    const r = runCli(['score', '--db', db, '--aggregate', 'geometric']);
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--aggregate geometric with --range 1,100', () => {
    const r = runCli(['score', '--db', db, '--aggregate', 'geometric', '--range', '1,100']);
    expect(r.status).toBe(0);
    const byUnit = Object.fromEntries(parse(r.stdout).map((x) => [x.unit, x]));
    // U4: I1 = 100, I2 = 1 + 0.99·50 = 50.5 -> D1 = sqrt(100 · 50.5)
    expect(Number(byUnit.U4.D1)).toBeCloseTo(Math.sqrt(100 * 50.5), 10);
  });

  it('--out writes the same CSV to a file', () => {
    const out = tempPath('ranking.csv');
    const r = runCli(['score', '--db', db, '--out', out]);
    expect(r.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(runCli(['score', '--db', db]).stdout);
  });
});

describe('kaoping import --dry-run, re-import and export', () => {
  it('--dry-run checks and writes nothing', () => {
    const before = fileHash(db);
    const r = runCli(['import', writeWorkbookDir(), '--db', db, '--dry-run']);
    expect(r.status).toBe(0);
    expect(fileHash(db)).toBe(before);
    const fresh = tempPath('dry.db');
    expect(runCli(['import', writeWorkbookDir(), '--db', fresh, '--dry-run']).status).toBe(0);
    expect(fileHash(fresh)).toBeNull();
  });

  it('export then import into a new database scores the same', () => {
    const xlsx = tempPath('export.xlsx');
    expect(runCli(['export', '--db', db, '--out', xlsx]).status).toBe(0);
    const copy = tempPath('copy.db');
    expect(runCli(['import', xlsx, '--db', copy]).status).toBe(0);
    expect(runCli(['score', '--db', copy]).stdout).toBe(runCli(['score', '--db', db]).stdout);
  });

  it('--version and --help', () => {
    const v = runCli(['--version']);
    expect(v.status).toBe(0);
    expect(v.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    const h = runCli(['--help']);
    expect(h.status).toBe(0);
    expect(h.stdout).toMatch(/import/);
    expect(h.stdout).toMatch(/score/);
    expect(h.stdout).toMatch(/export/);
  });
});
