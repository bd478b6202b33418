import { minMaxColumn } from '../normalise';
import type { EngineWarning } from '../types';
import { blendInto } from './blend';
import { efficacyColumn } from './efficacy';
import { fixedColumn } from './fixed';
import { growthColumn, type ResolvedGrowth } from './growth';
import type { LeafRule } from './methods';
import { scoreByGroup, type PeerColumnScorer, type PeerGroups } from './peers';
import { percentileColumn } from './percentile';
import { pointsColumn } from './points';
import { reportMissing, someUnits } from './report';
import { targetColumn } from './target';
import { zscoreColumn } from './zscore';

/** Everything scoring one leaf needs besides its rule. */
export interface LeafInput {
  code: string;
  direction: 1 | -1;
  /** The raw values (NaN = missing), after outlier treatment where it applies. */
  values: Float64Array;
  /** The raw values as observed (growth is computed on these, never on treated values). */
  observed: Float64Array;
  /** The previous period's values aligned with the units, or null when there are none. */
  previous: Float64Array | null;
  unitCodes: readonly string[];
  lo: number;
  hi: number;
  groups: PeerGroups;
  growth: ResolvedGrowth;
  levelShare: number;
}

const PEER_SCORERS: Record<'minmax' | 'efficacy' | 'zscore' | 'rank', PeerColumnScorer> = {
  minmax: minMaxColumn,
  efficacy: efficacyColumn,
  zscore: zscoreColumn,
  rank: percentileColumn,
};

/** Scores one leaf into `out` and `mask` (views of the normalised matrix) by its rule, adding
 * the warnings that explain missing cells. */
export function scoreLeaf(rule: LeafRule, input: LeafInput, out: Float64Array, mask: Uint8Array, warnings: EngineWarning[]): void {
  const { values, direction, lo, hi, groups, code } = input;
  switch (rule.method) {
    case 'minmax':
    case 'efficacy':
    case 'zscore':
    case 'rank':
      scoreByGroup(PEER_SCORERS[rule.method], values, direction, lo, hi, groups, out, mask);
      break;
    case 'fixed':
      fixedColumn(values, direction, rule.bounds, lo, hi, out, mask);
      break;
    case 'target':
      targetColumn(values, direction, rule.target, lo, hi, out, mask);
      break;
    case 'points':
      pointsColumn(values, direction, rule.fullPoints, lo, hi, out, mask);
      break;
    case 'growth': {
      const g = scoreGrowth(input, out, mask, warnings);
      reportMissing(code, input.observed, g, mask, groups, warnings);
      return;
    }
    case 'blend': {
      scoreByGroup(minMaxColumn, values, direction, lo, hi, groups, out, mask);
      const gOut = new Float64Array(out.length);
      const gMask = new Uint8Array(out.length);
      scoreGrowth(input, gOut, gMask, warnings);
      blendInto(out, mask, gOut, gMask, input.levelShare);
      break;
    }
  }
  reportMissing(code, values, values, mask, groups, warnings);
}

/** Growth scored by min-max over the peers, direction applied (for a lower-is-better
 * indicator, a fall is the best growth); returns the growth values. Warns when there is no
 * previous column (`engine.scoring.growthNoPrevious`) or some units have no usable base
 * (`engine.scoring.growthNoBase`). */
function scoreGrowth(input: LeafInput, out: Float64Array, mask: Uint8Array, warnings: EngineWarning[]): Float64Array {
  const { code, observed, previous, direction, lo, hi, groups } = input;
  const hasValue = observed.some(Number.isFinite);
  if (previous === null) {
    out.fill(0);
    mask.fill(0);
    if (hasValue) warnings.push({ key: 'engine.scoring.growthNoPrevious', params: { indicator: code }, indicator: code });
    return new Float64Array(observed.length).fill(NaN);
  }
  const { values: g, noBase } = growthColumn(observed, previous, input.growth);
  if (noBase.length > 0) {
    warnings.push({
      key: 'engine.scoring.growthNoBase',
      params: { indicator: code, count: noBase.length, units: someUnits(input.unitCodes, noBase) },
      indicator: code,
    });
  }
  scoreByGroup(minMaxColumn, g, direction, lo, hi, groups, out, mask);
  return g;
}
