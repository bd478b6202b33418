/** Bonus, penalty and veto entries of the demo villages, in points as the catalog's notes say
 * (VB1 1 per honour, VP2 0.5 per patch, VP3 1.5 per incident …). A few dozen villages get a
 * bonus and a few dozen a penalty each year; vetoes happen only in the latest year, to three
 * villages, and the data of those villages tell the same story. */
import type { Indicator } from '../../src-shared/model';
import { drawAdjustments, type AdjustmentRule } from './adjustments';
import type { Village } from './county-units';
import { finishValue } from './numbers';
import type { Rng } from './random';
import type { ValueTable } from './value-table';

const RULES: readonly AdjustmentRule<Village>[] = [
  // Honours go to well-endowed, well-run villages; innovations to dynamic ones.
  { code: 'VB1', perYear: 14, jitter: 3, weight: (v) => Math.exp(0.9 * v.e + 0.6 * v.g), points: [[1, 0.8], [2, 0.2]] },
  { code: 'VB2', perYear: 8, jitter: 2, weight: (v) => Math.exp(0.8 * v.g + 0.5 * v.d), points: [[1, 0.85], [2, 0.15]] },
  // Rectified laggards are, by definition, villages with weak governance.
  { code: 'VB3', perYear: 6, jitter: 2, weight: (v) => Math.exp(-1.2 * v.g), points: [[1, 1]] },
  { code: 'VP1', perYear: 18, jitter: 3, weight: (v) => Math.exp(-0.9 * v.g), points: [[1, 0.65], [2, 0.25], [3, 0.1]] },
  // Building pressure on farmland is highest near the town.
  {
    code: 'VP2', perYear: 10, jitter: 2,
    weight: (v) => Math.exp(0.3 * v.e - 0.4 * v.g + (v.category === '城郊融合' ? 0.8 : 0)),
    points: [[0.5, 0.5], [1, 0.3], [1.5, 0.15], [2, 0.05]],
  },
  { code: 'VP3', perYear: 4, jitter: 1, weight: (v) => Math.exp(-0.5 * v.g), points: [[1.5, 0.9], [3, 0.1]] },
];

const VETOES = ['VV1', 'VV2', 'VV3', 'VV4'];
const VETO_VILLAGES = 3;

export function generateCountyAdjustments(
  villages: readonly Village[],
  leaves: readonly Indicator[],
  years: readonly string[],
  latestYear: string,
  table: ValueTable,
  rng: Rng,
): void {
  drawAdjustments(RULES, villages, (v) => v.code, leaves, years, rng.fork('rules'), table);

  const leaf = new Map(leaves.map((l) => [l.code, l]));
  const vetoes = VETOES.filter((c) => leaf.has(c));
  if (vetoes.length === 0) return;
  const r = rng.fork('vetoes');
  const items = r.shuffle(vetoes);
  const chosen = r.shuffle(r.weightedSample(villages.map((v) => Math.exp(-1.2 * v.g)), VETO_VILLAGES));
  chosen.forEach((vi, k) => {
    const v = villages[vi];
    const code = items[k % items.length];
    table.set(latestYear, v.code, code, 1);
    const put = (ind: string, f: (x: number) => number) => {
      const now = table.get(latestYear, v.code, ind);
      const l = leaf.get(ind);
      if (l && typeof now === 'number') table.set(latestYear, v.code, ind, finishValue(f(now), l));
    };
    if (code === 'VV1') put('V4.4', (x) => Math.max(x, r.int(3, 5))); // the petitions behind it
    if (code === 'VV2') { put('V4.1', (x) => Math.min(x, 1)); put('V7.4', (x) => x - 15); }
    if (code === 'VV3') { put('V5.3', () => r.uniform(40, 60)); put('VP3', () => 3); }
    if (code === 'VV4') { put('V7.4', () => r.uniform(50, 55)); put('V7.1', () => r.uniform(60, 66)); }
  });
}
