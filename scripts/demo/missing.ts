/** Missing values at random: a share of the cells of ordinary indicators is left empty, as when a
 * department does not deliver a figure. Adjustments are never missing (0 means none). */
import type { Indicator } from '../../src-shared/model';
import { isAdjustment } from './catalog';
import type { Rng } from './random';
import type { ValueTable } from './value-table';

export function punchMissing(
  table: ValueTable,
  periods: readonly string[],
  units: readonly string[],
  leaves: readonly Indicator[],
  share: number,
  rng: Rng,
): number {
  let punched = 0;
  for (const period of periods) {
    for (const unit of units) {
      for (const leaf of leaves) {
        if (isAdjustment(leaf) || !table.has(period, unit, leaf.code)) continue;
        if (rng.chance(share)) {
          table.set(period, unit, leaf.code, null);
          punched++;
        }
      }
    }
  }
  return punched;
}
