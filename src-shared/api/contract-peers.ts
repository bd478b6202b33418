import { z } from 'zod';

/** Calls of peer comparison (对标比晒, issue 5), spread into `contract`. Definitions of the
 * numbers: docs/peers.md. */

const num = z.number().nullable();

/** Whom a unit is compared with. `similar`: the k nearest units by the named endowment
 * indicators (standardised), or with no indicators by the whole normalised profile. */
export const peerSpec = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('category') }),
  z.object({ kind: z.literal('township') }),
  z.object({ kind: z.literal('level') }),
  z.object({ kind: z.literal('saved'), name: z.string().min(1) }),
  z.object({ kind: z.literal('list'), members: z.array(z.string().min(1)).min(1) }),
  z.object({ kind: z.literal('similar'), k: z.number().int().min(1).max(100).default(5), indicators: z.array(z.string().min(1)).default([]) }),
]);

export const storedPeerGroup = z.object({
  name: z.string(),
  note: z.string().nullable(),
  members: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const indicatorStanding = z.object({
  code: z.string(),
  direction: z.union([z.literal(1), z.literal(-1)]),
  value: num,
  peerMedian: num,
  /** value − peer median, in the indicator's unit. */
  gap: num,
  /** Direction-aware mid-rank percentile among the peers, 0–100 (100 = better than all). */
  percentile: num,
  peerBest: num,
  peersWithValue: z.number().int(),
});

export const quadrantName = z.enum(['strong', 'catchingUp', 'fallingBehind', 'lagging']);

export const peerComparison = z.object({
  period: z.string(),
  /** The period the improvement is measured from (the one before, of the same kind). */
  previousPeriod: z.string().nullable(),
  scheme: z.string().nullable(),
  unit: z.object({ code: z.string(), name: z.string(), parentName: z.string().nullable(), category: z.string().nullable(), level: z.string().nullable() }),
  /** The peers, without the unit; `distance` for a similarity group. */
  peers: z.array(z.object({ unit: z.string(), name: z.string(), parentName: z.string().nullable(), category: z.string().nullable(), distance: num })),
  indicators: z.array(indicatorStanding),
  /** Codes of the indicators where the unit stands best / worst among its peers. */
  strengths: z.array(z.string()),
  weaknesses: z.array(z.string()),
  /** Top-level dimensions: the unit's score, the peers' median and best. */
  dimensions: z.array(z.object({ code: z.string(), value: num, peerMedian: num, peerBest: num })),
  /** Level (total) against improvement (total − previous total) of the unit and its peers. */
  quadrant: z
    .object({
      levelMedian: z.number(),
      improvementMedian: z.number(),
      points: z.array(z.object({ unit: z.string(), level: z.number(), improvement: z.number(), quadrant: quadrantName })),
    })
    .nullable(),
  /** Rank within the group (unit and peers) in each period of the same kind up to `period`. */
  ranks: z.object({ periods: z.array(z.string()), rows: z.array(z.object({ unit: z.string(), ranks: z.array(z.number().int().nullable()) })) }),
  /** Normalised leaf scores (0–100 on the standard range) of the unit, then its peers. */
  heatmap: z.object({ leaves: z.array(z.string()), rows: z.array(z.object({ unit: z.string(), scores: z.array(num) })) }),
});

export const unitProfile = z.object({
  period: z.string(),
  scheme: z.string().nullable(),
  total: num,
  base: num,
  bonus: z.number(),
  penalty: z.number(),
  grade: z.string().nullable(),
  rank: z.number().int().nullable(),
  /** Units ranked in the period, overall and in the unit's category. */
  ranked: z.number().int(),
  rankInCategory: z.number().int().nullable(),
  rankedInCategory: z.number().int(),
  /** Total and ranks in each period of the same kind up to `period`. */
  trend: z.array(z.object({ period: z.string(), total: num, rank: z.number().int().nullable(), rankInCategory: z.number().int().nullable() })),
  goals: z
    .object({ rate: num, total: z.number().int(), counted: z.number().int(), byStatus: z.record(z.string(), z.number().int()) })
    .nullable(),
  /** Bonus and penalty items with points, and veto items triggered. */
  items: z.array(z.object({ code: z.string(), kind: z.enum(['bonus', 'penalty', 'veto']), points: z.number() })),
  /** The unit against its category (or, without one, its level). */
  comparison: peerComparison,
});

export const peersCalls = {
  listPeerGroups: { input: z.object({}), output: z.array(storedPeerGroup) },
  /** Creates or replaces a hand-picked peer group by name; audited. */
  savePeerGroup: {
    input: z.object({ name: z.string(), note: z.string().nullable().default(null), members: z.array(z.string()) }),
    output: storedPeerGroup,
  },
  renamePeerGroup: { input: z.object({ name: z.string().min(1), newName: z.string() }), output: storedPeerGroup },
  deletePeerGroup: { input: z.object({ name: z.string().min(1) }), output: z.object({ deleted: z.string() }) },
  /** One unit against a peer group: indicators, dimensions, quadrant, ranks, heatmap. */
  peerComparison: {
    input: z.object({
      period: z.string().min(1).optional(),
      unit: z.string().min(1),
      peers: peerSpec,
      scheme: z.string().min(1).optional(),
      /** How many strengths and weaknesses. */
      top: z.number().int().min(1).max(20).default(3),
    }),
    output: peerComparison,
  },
  /** Everything the unit's report card (单位画像) shows. */
  unitProfile: {
    input: z.object({ period: z.string().min(1).optional(), unit: z.string().min(1), scheme: z.string().min(1).optional() }),
    output: unitProfile,
  },
} as const;
