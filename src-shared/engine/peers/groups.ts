/** Peer groups (对标组) for comparing one unit: the places it is fair to measure it against.
 * Not the scoring peer sets of ../scoring/peers.ts, which decide whom a unit is normalised with;
 * these only choose whom it is shown beside. */

/** What a peer group is drawn from: each unit's code, township (parent), level and category. */
export interface PeerCandidate {
  code: string;
  parent: string | null;
  level: string | null;
  category: string | null;
}

/** The attribute-based peer groups: units sharing the unit's category, township (parent) or
 * level, and a hand-picked list. Similarity groups are in similarity.ts. */
export type AttributePeerSpec =
  | { kind: 'category' }
  | { kind: 'township' }
  | { kind: 'level' }
  | { kind: 'list'; members: readonly string[] };

/** The peers of `unit` among `candidates` (in candidate order; never the unit itself). A unit
 * whose attribute is null has no peers by it: "no category" is not a category. A list keeps the
 * candidates it names, so a listed unit without data in the period simply drops out. */
export function attributePeers(candidates: readonly PeerCandidate[], unit: string, spec: AttributePeerSpec): string[] {
  const self = candidates.find((c) => c.code === unit);
  if (!self) return [];
  if (spec.kind === 'list') {
    const wanted = new Set(spec.members);
    return candidates.filter((c) => c.code !== unit && wanted.has(c.code)).map((c) => c.code);
  }
  const field = spec.kind === 'township' ? 'parent' : spec.kind;
  const mine = self[field];
  if (mine === null) return [];
  return candidates.filter((c) => c.code !== unit && c[field] === mine).map((c) => c.code);
}
