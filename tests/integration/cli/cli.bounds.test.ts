import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { periodInput } from '../../../src-main/service/periodInput';
import { openStore } from '../../../src-main/store';
import { createRescorer, mulberry32, weightBox, weightSpace } from '../../../src-shared/engine';
import { fileHash, runCli } from './run-cli';
import { SIX_VILLAGES, tempPath, writeWorkbookDir } from './workbook-fixture';

/** `kaoping bounds` on workbook-fixture.ts's six villages whose strengths differ
 * (`SIX_VILLAGES`). Checked against `kaoping score` and `kaoping whatif` (the nominal ranks, and
 * the bounds with the weights fixed) and against rescoring at points of the box. */
const HEADER = ['unit', 'name', 'nominal', 'best', 'best_limit', 'best_status', 'best_margin', 'worst', 'worst_limit', 'worst_status', 'worst_margin'];

let db: string;

/** CSV text → rows of cells (the fixture has no quoted cells). */
const csvRows = (text: string): string[][] => text.trimEnd().split('\n').map((l) => l.split(','));

beforeAll(() => {
  db = tempPath('county.db');
  expect(runCli(['import', writeWorkbookDir(SIX_VILLAGES), '--db', db]).status).toBe(0);
});

/** unit → rank from `kaoping score`. */
function scoreRanks(): Map<string, string> {
  const r = runCli(['score', '--db', db]);
  expect(r.status).toBe(0);
  const [header, ...rows] = csvRows(r.stdout);
  return new Map(rows.map((row) => [row[0], row[header.indexOf('rank')]]));
}

/** unit → total from `kaoping score`. */
function scoreTotals(): Map<string, number> {
  const r = runCli(['score', '--db', db]);
  expect(r.status).toBe(0);
  const [header, ...rows] = csvRows(r.stdout);
  return new Map(rows.map((row) => [row[0], Number(row[header.indexOf('score')])]));
}

/** unit → [min, max] rank rescoring gives at 400 random points and corners of the ±f box. */
function ranksSeen(f: number): Map<string, [number, number]> {
  const store = openStore(db);
  try {
    const { input } = periodInput(store, undefined, undefined);
    const r = createRescorer(input.tree, input.matrix, input.scheme, input.context);
    const space = weightSpace(input.tree, input.scheme);
    const { lo, hi } = weightBox(space, { relative: f });
    const random = mulberry32(11);
    const seen = new Map<string, [number, number]>();
    for (let s = 0; s < 400; s++) {
      const weights: Record<string, number> = { ...space.kept };
      space.codes.forEach((c, k) => (weights[c] = s % 2 ? lo[k] + random() * (hi[k] - lo[k]) : random() < 0.5 ? lo[k] : hi[k]));
      const { rank } = r.rescore(weights);
      r.unitCodes.forEach((u, i) => {
        const [a, b] = seen.get(u) ?? [Infinity, -Infinity];
        seen.set(u, [Math.min(a, rank[i]), Math.max(b, rank[i])]);
      });
    }
    return seen;
  } finally {
    store.close();
  }
}

describe('kaoping bounds', () => {
  it('with the weights fixed (±0) gives every unit its own rank, and says an exact tie as a near-tie', () => {
    // The standard scores: U4 and U6 tie at 62.5 (rank 2 both), U1 leads with 66.67. Nothing
    // can move, so each end is the unit's rank, proven, except the tied pair's worst: the limit
    // counts the twin as possibly above (rank 3), which only a difference within μ could do;
    // μ = 1e-5 × the largest total, 66.67.
    const r = runCli(['bounds', '--db', db, '--relative', '0', '--prove', '5']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const [header, ...rows] = csvRows(r.stdout);
    expect(header).toEqual(HEADER);
    const ranks = scoreRanks();
    const totals = scoreTotals();
    expect(rows.map((row) => row[0]).sort()).toEqual([...ranks.keys()].sort());
    const largest = Math.max(...totals.values());
    for (const [unit, , nominal, best, bestLimit, bestStatus, bestMargin, worst, worstLimit, worstStatus, worstMargin] of rows) {
      const rank = ranks.get(unit)!;
      const twins = [...totals].filter(([u, t]) => u !== unit && t === totals.get(unit)).length;
      expect([nominal, best, bestLimit, worst]).toEqual(Array(4).fill(rank));
      expect([bestStatus, bestMargin]).toEqual(['proven', '']);
      if (twins === 0) expect([worstLimit, worstStatus, worstMargin]).toEqual([rank, 'proven', '']);
      else {
        expect([Number(worstLimit), worstStatus]).toEqual([Number(rank) + twins, 'near_tie']);
        expect(Number(worstMargin)).toBeCloseTo(1e-5 * largest, 12);
      }
    }
    expect(rows.filter((row) => row[9] === 'near_tie').map((row) => row[0]).sort()).toEqual(['U4', 'U6']);
    // Rows by nominal rank.
    expect(rows.map((row) => Number(row[2]))).toEqual(rows.map((row) => Number(row[2])).sort((a, b) => a - b));
  });

  it('at ±30% brackets every rank rescoring reaches in the box, proving the ends it says', () => {
    const out = tempPath('bounds.csv');
    const r = runCli(['bounds', '--db', db, '--relative', '0.3', '--prove', '40', '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    const [, ...rows] = csvRows(readFileSync(out, 'utf8'));
    const seen = ranksSeen(0.3);
    const ranks = scoreRanks();
    expect(rows).toHaveLength(6);
    for (const [unit, , nominal, best, bestLimit, bestStatus, , worst, worstLimit, worstStatus] of rows) {
      expect(nominal).toBe(ranks.get(unit));
      const [lowest, highest] = seen.get(unit)!;
      // No point of the box passes a limit; the ranks reached lie on the limits' side of the
      // nominal rank; a proven end is its limit.
      expect(Number(bestLimit)).toBeLessThanOrEqual(lowest);
      expect(Number(worstLimit)).toBeGreaterThanOrEqual(highest);
      expect(Number(best)).toBeLessThanOrEqual(Number(nominal));
      expect(Number(worst)).toBeGreaterThanOrEqual(Number(nominal));
      if (bestStatus === 'proven') expect(best).toBe(bestLimit);
      if (worstStatus === 'proven') expect(worst).toBe(worstLimit);
    }
    // The weights move these six villages: some unit's best and worst differ.
    expect(rows.some((row) => row[3] !== row[7])).toBe(true);
  });

  it('bounds the units asked for, in the order of their nominal rank', () => {
    const r = runCli(['bounds', '--db', db, '--units', 'U5, U2', '--relative', '0.1']);
    expect(r.status).toBe(0);
    const [, ...rows] = csvRows(r.stdout);
    const ranks = scoreRanks();
    expect(rows.map((row) => row[0])).toEqual(['U2', 'U5'].sort((a, b) => Number(ranks.get(a)) - Number(ranks.get(b))));
    expect(rows.map((row) => row[1])).toEqual(rows.map((row) => (row[0] === 'U2' ? '乙村' : '戊村')));
  });

  it('bounds the ranks in a stored scenario: with ±0, its own ranks, as `kaoping whatif` gives them', () => {
    const file = tempPath('scenario.json');
    writeFileSync(file, JSON.stringify({ overlay: { weights: { D1: 1, D2: 5 } } }));
    expect(runCli(['scenario', 'save', '--db', db, '--name', '生态', '--file', file]).status).toBe(0);
    const whatif = runCli(['whatif', '--db', db, '--scenario', '生态']);
    expect(whatif.status).toBe(0);
    const [wh, ...wrows] = csvRows(whatif.stdout);
    const scenarioRank = new Map(wrows.map((row) => [row[0], row[wh.indexOf('rank')]]));
    const r = runCli(['bounds', '--db', db, '--scenario', '生态', '--relative', '0']);
    expect(r.status).toBe(0);
    const [, ...rows] = csvRows(r.stdout);
    expect(rows).toHaveLength(6);
    for (const row of rows) expect([row[2], row[3], row[7]]).toEqual(Array(3).fill(scenarioRank.get(row[0])));
    // The scenario moves some unit from where the standard computation has it.
    const ranks = scoreRanks();
    expect(rows.some((row) => row[2] !== ranks.get(row[0]))).toBe(true);
  });

  it('refuses bad flags, an unknown unit and an unknown scenario in one line, writing nothing', () => {
    const before = fileHash(db);
    const out = tempPath('never.csv');
    const refused = (args: string[], lang: 'en' | 'zh-CN' = 'en') => {
      const r = runCli(['bounds', '--db', db, '--out', out, ...args], lang);
      expect(r.status).not.toBe(0);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      return r.stderr;
    };
    expect(refused(['--relative', 'lots'])).toBe('kaoping: The value "lots" of option --relative is not a valid number.\n');
    expect(refused(['--prove', '1.5'])).toBe('kaoping: The value "1.5" of option --prove is not a valid number.\n');
    expect(refused(['--relative', '1.5'])).toMatch(/^kaoping: The weight bounds "1\.5" of node .* are not valid/);
    expect(refused(['--units', 'U9'], 'zh-CN')).toMatch(/^kaoping: .*U9/);
    expect(refused(['--scenario', '没有'])).toMatch(/^kaoping: There is no scenario named "没有"/);
    expect(refused(['--scheme', 'x', '--scenario', 'y'])).toBe('kaoping: Give either --scheme or --scenario, not both: a scenario has its own scheme.\n');
    expect(existsSync(out)).toBe(false);
    expect(fileHash(db)).toBe(before);
  });
});
