import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempPath, writeWorkbookDir } from './workbook-fixture';
import { fileHash, runCli } from './run-cli';

/** `score` with schemes, grades, categories and explanations, on the small workbook of
 * workbook-fixture.ts. Standard totals worked out in cli.commands.test.ts:
 *   U3 = 800/9 − 2,  U4 = 200/3 + 1,  U2 = 50/3 + 5,  U1 = 0. */

let db: string;

beforeAll(() => {
  db = tempPath('schemes.db');
  expect(runCli(['import', writeWorkbookDir(), '--db', db]).status).toBe(0);
});

const byUnit = (csv: string) =>
  Object.fromEntries(Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data.map((r) => [r.unit ?? r.code, r]));

function schemeFile(json: unknown): string {
  const p = join(mkdtempSync(join(tmpdir(), 'kaoping-scheme-')), 'scheme.json');
  writeFileSync(p, typeof json === 'string' ? json : JSON.stringify(json));
  return p;
}

describe('kaoping score --grades', () => {
  it('grades by thresholds', () => {
    const r = runCli(['score', '--db', db, '--grades', '优秀>=80,良好>=60,一般>=20,较差']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('unit,name,rank,score,grade,boundary_tie,D1,D2');
    const rows = byUnit(r.stdout);
    expect([rows.U3.grade, rows.U4.grade, rows.U2.grade, rows.U1.grade]).toEqual(['优秀', '良好', '一般', '较差']);
  });

  it('grades by a quota: at most 25% (1 of 4) 优秀', () => {
    const rows = byUnit(runCli(['score', '--db', db, '--grades', '优秀<=25%,良好']).stdout);
    expect([rows.U3.grade, rows.U4.grade, rows.U2.grade, rows.U1.grade]).toEqual(['优秀', '良好', '良好', '良好']);
  });

  it('refuses a malformed grade spec in one line', () => {
    const r = runCli(['score', '--db', db, '--grades', '优秀>=60,良好>=80,较差']);
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--grades/);
  });
});

describe('kaoping score --explain', () => {
  it('gives each leaf its contribution, summing to the base score', () => {
    const r = runCli(['score', '--db', db, '--explain', 'U4']);
    expect(r.status).toBe(0);
    const rows = byUnit(r.stdout);
    // U4: I1 = 100, I2 = 50, I3 = 50; effective weights 2/3·1/2, 2/3·1/2, 1/3.
    expect(Number(rows.I1.weight)).toBeCloseTo(1 / 3, 12);
    expect(Number(rows.I3.weight)).toBeCloseTo(1 / 3, 12);
    expect(Number(rows.I1.contribution)).toBeCloseTo(100 / 3, 10);
    expect(Number(rows.I2.contribution)).toBeCloseTo(50 / 3, 10);
    expect(Number(rows.I1.raw)).toBe(40);
    expect(rows.I1.rank).toBe('1');
    const sum = ['I1', 'I2', 'I3'].reduce((s, c) => s + Number(rows[c].contribution), 0);
    expect(sum).toBeCloseTo(Number(rows.base.contribution), 10);
    expect(Number(rows.base.contribution)).toBeCloseTo(200 / 3, 10);
    expect(Number(rows.B1.contribution)).toBe(1);
    expect(Number(rows.total.contribution)).toBeCloseTo(200 / 3 + 1, 10);
  });

  it('names an unknown unit', () => {
    const r = runCli(['score', '--db', db, '--explain', 'U99']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/U99/);
  });
});

describe('kaoping score --within-category', () => {
  it('normalises and ranks within each category', () => {
    const r = runCli(['score', '--db', db, '--within-category']);
    expect(r.status).toBe(0);
    const rows = byUnit(r.stdout);
    // 集聚提升 {U1, U2}: I1 10 → 0, 20 → 100; I2 and I3 carry nothing inside the category
    // (5, 5 constant; U2's I3 missing), so U2's base = D1 = 100, plus its capped bonus 5.
    expect(Number(rows.U2.score)).toBeCloseTo(105, 10);
    expect(rows.U2.category_rank).toBe('1');
    expect(rows.U1.category_rank).toBe('2');
    // 城郊融合 {U3, U4}: I1 0 / 100, I2 (lower is better) 100 / 0, I3 100 / 0;
    // U3 = (2·50 + 100)/3 − 2, U4 = (2·50 + 0)/3 + 1.
    expect(Number(rows.U3.score)).toBeCloseTo(200 / 3 - 2, 10);
    expect(Number(rows.U4.score)).toBeCloseTo(100 / 3 + 1, 10);
    expect(rows.U3.category_rank).toBe('1');
  });
});

describe('kaoping scheme and score --scheme', () => {
  it('saves a scheme, lists it, and scores with it; flags override it', () => {
    const file = schemeFile({ weights: { D1: 1, D2: 1 }, grades: { labels: ['好', '差'], thresholds: [80] } });
    const saved = runCli(['scheme', 'save', '--db', db, '--name', '等权', '--file', file, '--note', 'equal dimensions']);
    expect(saved.status).toBe(0);
    expect(runCli(['scheme', 'list', '--db', db]).stdout).toMatch(/等权/);
    expect(JSON.parse(runCli(['scheme', 'show', '--db', db, '--name', '等权']).stdout)).toMatchObject({ weights: { D1: 1, D2: 1 } });

    const rows = byUnit(runCli(['score', '--db', db, '--scheme', '等权', '--grades']).stdout);
    // D1 and D2 now weigh 1:1: U3 = (250/3 + 100)/2 − 2, U4 = (75 + 50)/2 + 1.
    expect(Number(rows.U3.score)).toBeCloseTo((250 / 3 + 100) / 2 - 2, 10);
    expect(Number(rows.U4.score)).toBeCloseTo(62.5 + 1, 10);
    expect(rows.U3.grade).toBe('好');
    expect(rows.U4.grade).toBe('差');

    const ranged = byUnit(runCli(['score', '--db', db, '--scheme', '等权', '--range', '60,100']).stdout);
    expect(Number(ranged.U1.score)).toBeCloseTo(60, 10);
  });

  it('refuses a bad scheme file naming the field, and changes nothing', () => {
    const before = fileHash(db);
    const r = runCli(['scheme', 'save', '--db', db, '--name', 'bad', '--file', schemeFile({ weights: { D1: -1 } })]);
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/weights\.D1/);
    expect(fileHash(db)).toBe(before);
  });

  it('names an unknown scheme, and the schemes there are', () => {
    const r = runCli(['score', '--db', db, '--scheme', 'nope']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/nope/);
    // `scheme show` says it in the same words, with the known schemes (等权, saved above).
    const shown = runCli(['scheme', 'show', '--db', db, '--name', 'nope']);
    expect(shown.status).not.toBe(0);
    expect(shown.stderr.trim().split('\n')).toHaveLength(1);
    expect(shown.stderr.trim()).toBe(r.stderr.trim());
    expect(shown.stderr).toMatch(/等权/);
  });
});

describe('kaoping score --period-weights (process assessment)', () => {
  it('combines periods by weight, renormalised over the periods a unit has', () => {
    const data = [
      'unit,period,I1,I2,I3,B1,P1',
      'U1,2024,10,5,7,0,0', 'U2,2024,20,5,NA,6,0', 'U3,2024,30,1,9,0,2', 'U4,2024,40,3,8,1,0',
      // 2025: the same for U1–U3, no row for U4.
      'U1,2025,10,5,7,0,0', 'U2,2025,20,5,NA,6,0', 'U3,2025,30,1,9,0,2',
    ].join('\n');
    const pdb = tempPath('periods.db');
    expect(runCli(['import', writeWorkbookDir({ data }), '--db', pdb]).status).toBe(0);
    const r = runCli(['score', '--db', pdb, '--period-weights', '2024:1,2025:3']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('unit,name,rank,score,share,2024,2025');
    const rows = byUnit(r.stdout);
    // 2025 over U1–U3: I1 0, 50, 100; I2 0, 0, 100; I3 0, —, 100 → D1 0, 25, 100; D2 0, —, 100;
    // totals 0, 25 + 5, 100 − 2. 2024 totals as in the standard example.
    const t2024 = { U1: 0, U2: 50 / 3 + 5, U3: 800 / 9 - 2, U4: 200 / 3 + 1 };
    const t2025 = { U1: 0, U2: 30, U3: 98 };
    expect(Number(rows.U2['2025'])).toBeCloseTo(t2025.U2, 10);
    expect(Number(rows.U2.score)).toBeCloseTo((t2024.U2 + 3 * t2025.U2) / 4, 10);
    expect(Number(rows.U3.score)).toBeCloseTo((t2024.U3 + 3 * t2025.U3) / 4, 10);
    expect(Number(rows.U4.score)).toBeCloseTo(t2024.U4, 10);
    expect(Number(rows.U4.share)).toBeCloseTo(0.25, 12);
    expect(rows.U4['2025']).toBe('');
    expect([rows.U3.rank, rows.U4.rank, rows.U2.rank, rows.U1.rank]).toEqual(['1', '2', '3', '4']);
  });

  it('refuses a malformed spec', () => {
    const r = runCli(['score', '--db', db, '--period-weights', '2024=1']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/--period-weights/);
  });
});
