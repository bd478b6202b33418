import type { ScoringScheme } from '../../../src-shared/engine/scheme';
import type { ApiIndicator } from '../../state/types';

/** The weighted nodes a sensitivity chart can vary (scored nodes in a group of two or more, in
 * the tree's order) and each one's nominal share of its sibling group under a scheme: the
 * scheme's weight, else the tree's. Pure. */
export function weightedNodes(indicators: readonly ApiIndicator[], scheme: ScoringScheme): { code: string; share: number }[] {
  const scored = indicators.filter((i) => i.kind === 'indicator');
  const weight = (i: ApiIndicator) => scheme.weights?.[i.code] ?? i.weight;
  const groups = new Map<string | null, ApiIndicator[]>();
  for (const i of scored) groups.set(i.parent, [...(groups.get(i.parent) ?? []), i]);
  const out: { code: string; share: number }[] = [];
  for (const i of [...scored].sort((a, b) => a.position - b.position)) {
    const group = groups.get(i.parent)!;
    if (group.length < 2) continue;
    const sum = group.reduce((s, g) => s + weight(g), 0);
    out.push({ code: i.code, share: sum > 0 ? weight(i) / sum : 0 });
  }
  return out;
}
