import { applyProportions } from '../../state/weights/rebalance';
import type { ProposalLine } from './ProposalTable';

export interface GroupItem {
  code: string;
  name: string;
  points: number;
}

/** What applying `proposal` (shares by code) to a group would give, with the reducer's own
 * rule (`applyProportions`: the group keeps its total, locked items keep their points):
 * current share, the new points and the new share of every item. Without a proposal the new
 * columns are empty. */
export function proposalLines(
  items: readonly GroupItem[],
  proposal: Readonly<Record<string, number>> | null,
  objective: Readonly<Record<string, number>> | null,
  locks: ReadonlySet<string>,
): ProposalLine[] {
  const codes = items.map((i) => i.code);
  const points = Object.fromEntries(items.map((i) => [i.code, i.points]));
  const total = items.reduce((s, i) => s + i.points, 0);
  const applied = proposal ? applyProportions(codes, points, locks, proposal) : null;
  const appliedTotal = applied ? codes.reduce((s, c) => s + applied[c], 0) : 0;
  return items.map((i) => ({
    code: i.code,
    name: i.name,
    current: total > 0 ? i.points / total : 0,
    objective: objective ? objective[i.code] : undefined,
    proposed: applied ? (appliedTotal > 0 ? applied[i.code] / appliedTotal : 0) : null,
    points: applied ? applied[i.code] : null,
    locked: locks.has(i.code),
  }));
}
