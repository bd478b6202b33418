import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileHash, runCli } from './run-cli';
import { SIX_VILLAGES, tempPath, writeWorkbookDir } from './workbook-fixture';

/** `kaoping sensitivity`, `kaoping scenario` and `kaoping whatif` on the indicator sheet of
 * workbook-fixture.ts with six villages whose strengths differ, so that weights matter; checked
 * against `kaoping score` (an independent path through the service). */

let db: string;

/** CSV text → rows of cells (the fixture has no quoted cells). */
const csvRows = (text: string): string[][] => text.trimEnd().split('\n').map((l) => l.split(','));

beforeAll(() => {
  db = tempPath('county.db');
  expect(runCli(['import', writeWorkbookDir(SIX_VILLAGES), '--db', db]).status).toBe(0);
  const graded = tempPath('graded.json');
  writeFileSync(graded, JSON.stringify({ grades: { labels: ['好', '中', '差'], thresholds: [60, 40] } }));
  expect(runCli(['scheme', 'save', '--db', db, '--name', '等次', '--file', graded]).status).toBe(0);
  const alt = tempPath('alt.json');
  writeFileSync(alt, JSON.stringify({ weights: { D1: 1, D2: 5 }, grades: { labels: ['好', '中', '差'], thresholds: [60, 40] } }));
  expect(runCli(['scheme', 'save', '--db', db, '--name', '生态优先', '--file', alt]).status).toBe(0);
});

/** unit → rank from `kaoping score`. */
function scoreRanks(scheme: string): Map<string, string> {
  const r = runCli(['score', '--db', db, '--scheme', scheme]);
  expect(r.status).toBe(0);
  const [header, ...rows] = csvRows(r.stdout);
  const at = header.indexOf('rank');
  return new Map(rows.map((row) => [row[0], row[at]]));
}

describe('kaoping sensitivity', () => {
  it('with f = 0 writes every unit at its nominal rank, grade probabilities 0 or 1', () => {
    const r = runCli(['sensitivity', '--db', db, '--scheme', '等次', '--samples', '20', '--weight-noise', '0', '--seed', '4']);
    expect(r.status).toBe(0);
    const [header, ...rows] = csvRows(r.stdout);
    expect(header).toEqual(['unit', 'name', 'nominal', 'median', 'q05', 'q95', 'p_好', 'p_中', 'p_差']);
    const ranks = scoreRanks('等次');
    expect(rows.map((row) => row[0]).sort()).toEqual([...ranks.keys()].sort());
    for (const row of rows) {
      expect(row.slice(2, 6)).toEqual(Array(4).fill(ranks.get(row[0])));
      expect(row.slice(6).map(Number).sort()).toEqual([0, 0, 1]);
    }
    // Rows by nominal rank.
    expect(rows.map((row) => Number(row[2]))).toEqual(rows.map((row) => Number(row[2])).sort((a, b) => a - b));
  });

  it('gives the same output for the same seed, to standard output or a file', () => {
    const args = ['sensitivity', '--db', db, '--scheme', '等次', '--samples', '500', '--weight-noise', '0.6', '--seed', '77', '--top-k', '2'];
    const a = runCli(args);
    expect(a.status).toBe(0);
    const out = tempPath('mc.csv');
    expect(runCli([...args, '--out', out])).toMatchObject({ status: 0, stdout: '' });
    expect(readFileSync(out, 'utf8')).toBe(a.stdout);
    const [header, ...rows] = csvRows(a.stdout);
    expect(header.at(-1)).toBe('p_top2');
    for (const row of rows) {
      const [median, q05, q95] = row.slice(3, 6).map(Number);
      expect(q05 <= median && median <= q95).toBe(true);
      expect(row.slice(6, 9).map(Number).reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
    }
    // Noise this large moves somebody: the run is not just the nominal ranking.
    expect(rows.some((row) => row[4] !== row[5])).toBe(true);
  });

  it('refuses a bad flag with one line in the user’s language and writes nothing', () => {
    const out = tempPath('never.csv');
    const bad = runCli(['sensitivity', '--db', db, '--samples', 'many', '--out', out]);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toBe('kaoping: The value "many" of option --samples is not a valid number.\n');
    expect(fileHash(out)).toBeNull();
    const noisy = runCli(['sensitivity', '--db', db, '--weight-noise', '1.5'], 'zh-CN');
    expect(noisy.status).not.toBe(0);
    expect(noisy.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(noisy.stderr).toMatch(/权重扰动幅度“1.5”无效/);
    const many = runCli(['sensitivity', '--db', db, '--samples', '20000']);
    expect(many.stderr).toMatch(/samples "20000" .* from 1 to 10000/);
    const choice = runCli(['sensitivity', '--db', db, '--aggregate-choices', 'topsis,median']);
    expect(choice.status).not.toBe(0);
    expect(choice.stderr).toContain('--aggregate-choices');
    expect(choice.stderr).toContain('"median"');
  });
});

describe('kaoping sensitivity with aggregation choices', () => {
  it('spreads the ranks of units the two aggregations order differently, even with f = 0', () => {
    const r = runCli(['sensitivity', '--db', db, '--samples', '200', '--weight-noise', '0', '--seed', '2', '--aggregate-choices', 'topsis']);
    expect(r.status).toBe(0);
    const rows = csvRows(r.stdout).slice(1);
    const arithmetic = new Map(csvRows(runCli(['score', '--db', db]).stdout).slice(1).map((row) => [row[0], row[2]]));
    const topsis = new Map(csvRows(runCli(['score', '--db', db, '--aggregate', 'topsis']).stdout).slice(1).map((row) => [row[0], row[2]]));
    for (const row of rows) {
      const [q05, q95] = [Number(row[4]), Number(row[5])];
      const ranks = [Number(arithmetic.get(row[0])), Number(topsis.get(row[0]))].sort((a, b) => a - b);
      expect([q05, q95]).toEqual(ranks);
    }
    expect(rows.some((row) => row[4] !== row[5])).toBe(true);
  });
});

describe('kaoping scenario and whatif', () => {
  it('saves a scenario and compares it with its baseline', () => {
    const file = tempPath('scenario.json');
    writeFileSync(file, JSON.stringify({ overlay: { weights: { D1: 1, D2: 5 } } }));
    expect(runCli(['scenario', 'save', '--db', db, '--name', '生态', '--scheme', '等次', '--file', file]).status).toBe(0);
    expect(runCli(['scenario', 'list', '--db', db]).stdout).toBe('生态\t等次\n');
    const r = runCli(['whatif', '--db', db, '--scenario', '生态']);
    expect(r.status).toBe(0);
    const [header, ...rows] = csvRows(r.stdout);
    expect(header).toEqual(['unit', 'name', 'base_rank', 'rank', 'change', 'base_total', 'total', 'base_grade', 'grade']);
    const base = scoreRanks('等次');
    const after = scoreRanks('生态优先');
    for (const row of rows) {
      expect(row[2]).toBe(base.get(row[0]));
      expect(row[3]).toBe(after.get(row[0]));
      expect(Number(row[4])).toBe(Number(row[2]) - Number(row[3]));
    }
    expect(rows.some((row) => row[4] !== '0')).toBe(true);
  });

  it('refuses an unknown scenario and a bad scenario file', () => {
    const out = tempPath('never.csv');
    const r = runCli(['whatif', '--db', db, '--scenario', '没有', '--out', out]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/^kaoping: There is no scenario named "没有"\. Known scenarios: .*\n$/);
    expect(fileHash(out)).toBeNull();
    const file = tempPath('bad.json');
    writeFileSync(file, JSON.stringify({ edits: [{ unit: 'U1', indicator: 'I1', op: 'times', value: 2 }] }));
    const bad = runCli(['scenario', 'save', '--db', db, '--name', 'x', '--file', file]);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/^kaoping: Scenario file bad\.json is invalid: edits\.0\.op: .*\n$/);
  });
});

/** `--scoring-choices`, checked against `kaoping score --scoring` (an independent path). */
describe('kaoping sensitivity --scoring-choices', () => {
  it('with f = 0 spreads each unit exactly between its min-max and its z-score rank', () => {
    const r = runCli(['sensitivity', '--db', db, '--samples', '200', '--weight-noise', '0', '--seed', '2', '--scoring-choices', 'zscore']);
    expect(r.status).toBe(0);
    const rows = csvRows(r.stdout).slice(1);
    const rankBy = (args: string[]) => new Map(csvRows(runCli(['score', '--db', db, ...args]).stdout).slice(1).map((row) => [row[0], Number(row[2])]));
    const minmax = rankBy([]);
    const zscore = rankBy(['--scoring', 'zscore']);
    expect([...minmax.values()]).not.toEqual([...minmax.keys()].map((u) => zscore.get(u)));
    for (const row of rows) {
      const ranks = [minmax.get(row[0])!, zscore.get(row[0])!].sort((a, b) => a - b);
      expect([Number(row[4]), Number(row[5])]).toEqual(ranks);
    }
  });

  it('refuses a method it does not offer, naming the flag', () => {
    const r = runCli(['sensitivity', '--db', db, '--scoring-choices', 'zscore,target']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('--scoring-choices');
    expect(r.stderr).toContain('minmax, efficacy, zscore, rank');
  });
});
