import { minMaxColumn } from '../normalise';
import type { PeerColumnScorer } from './peers';

/** Efficacy coefficient (功效系数法, domain notes rule R3): 60 to 100 percent of the range
 * between the worst and the best unit of the peer set,
 *
 *   s_i = lo + (hi − lo) × (0.6 + 0.4 t_i),   t_i = min-max of d × x_i over the peers
 *
 * so on [0, 100]: 60 + 40 × t. This is min-max onto [lo + 0.6 (hi − lo), hi], and is computed
 * as exactly that (the worst unit gets 60, the best 100). Constant and empty columns as for
 * min-max. */
export const efficacyColumn: PeerColumnScorer = (raw, direction, lo, hi, out, mask) =>
  minMaxColumn(raw, direction, lo + 0.6 * (hi - lo), hi, out, mask);
