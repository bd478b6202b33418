import { beforeAll, describe, expect, it } from 'vitest';
import { tempPath, writeWorkbookDir } from './workbook-fixture';
import { runCli } from './run-cli';

/** `kaoping stats` on the small workbook of workbook-fixture.ts, against figures worked out by
 * hand. */

let db: string;

beforeAll(() => {
  db = tempPath('county.db');
  expect(runCli(['import', writeWorkbookDir(), '--db', db]).status).toBe(0);
});

/** The table's rows by indicator code, cells split on runs of spaces. */
function tableRows(stdout: string): Record<string, string[]> {
  const rows: Record<string, string[]> = {};
  for (const line of stdout.split('\n')) {
    const cells = line.trim().split(/\s{2,}/);
    if (/^I\d$/.test(cells[0])) rows[cells[0]] = cells;
  }
  return rows;
}

describe('kaoping stats', () => {
  it('prints one row per indicator and the collinear pairs', () => {
    const r = runCli(['stats', '--db', db]);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Indicator statistics, period 2024');
    expect(lines[2].trim().split(/\s+/)).toEqual(['code', 'n', 'availability', 'min', 'max', 'mean', 'sd', 'skew', 'kurtosis', 'zeros', 'outliers']);
    const rows = tableRows(r.stdout);
    // I1 10, 20, 30, 40: mean 25, deviations ±15, ±5: Σd² = 500, sd = √(500/3) = 12.91;
    // symmetric, so skew 0; g2 = 4 × (2 × 15⁴ + 2 × 5⁴) / 500² = 1.64,
    // kurtosis ((5 (1.64 − 3) + 6) × 3) / (2 × 1) = −1.2.
    expect(rows.I1).toEqual(['I1', '4', '100%', '10', '40', '25', '12.91', '0', '-1.2', '0%', 'none']);
    // I2 5, 5, 1, 3: mean 3.5, Σd² = 2.25 + 2.25 + 6.25 + 0.25 = 11, sd = √(11/3) = 1.915.
    expect(rows.I2.slice(0, 7)).toEqual(['I2', '4', '100%', '1', '5', '3.5', '1.915']);
    // I3 7, (missing), 9, 8: 3 of 4 units; mean 8, sd 1, skew 0; kurtosis needs 4 values.
    expect(rows.I3).toEqual(['I3', '3', '75%', '7', '9', '8', '1', '0', '0%', 'none']);
    // I2 and I3 over U1, U3, U4: (5, 7), (1, 9), (3, 8) lie on the line y = 9.5 − x/2: r = −1.
    // I1–I2: Σ dx dy = −50, r = −50 / √(500 × 11) = −0.67; I1–I3: r = 20 / √(466.7 × 2) = 0.65.
    expect(lines).toContain('Collinear pairs (|r| > 0.9):');
    expect(lines).toContain('  I2 – I3  r = -1.000');
    expect(lines.filter((l) => l.includes(' – '))).toHaveLength(1);
  });

  it('speaks Chinese', () => {
    const r = runCli(['stats', '--db', db, '--period', '2024'], 'zh-CN');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('2024 期指标统计');
    expect(r.stdout).toContain('偏度');
    expect(r.stdout).toContain('高度相关的指标对');
  });

  it('fails in one line for an unknown period or a missing database', () => {
    for (const args of [
      ['stats', '--db', db, '--period', '2099'],
      ['stats', '--db', tempPath('none.db')],
    ]) {
      const r = runCli(args);
      expect(r.status).not.toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
